"""An article history running backwards: the grammar of the claim, generated.

How Arabic and English journals print an article's history (received ≤ revised ≤ accepted ≤
published):
- a verbal noun after «تاريخ»: «تاريخ الاستلام»، «تاريخ الإرسال»، «تاريخ التعديل»، «تاريخ القبول»،
  «تاريخ النشر»; or the noun alone: «الاستلام: …»;
- a passive verb: «استُلم البحث»، «أُرسل البحث»، «قُبل للنشر»، «نُشر»، «عُدّل» (with or without
  its subject «البحث»/«المقال»);
- the date after a colon, a dash, «في» or «بتاريخ»: «قُبل للنشر بتاريخ 3/5/2021»;
- the date as day/month/year with slashes or dashes, ISO year-month-day, day month-name year,
  Western or Eastern digits;
- the items on their own lines, or on one line separated by «|», «؛» or a comma;
- English: "Received: 12 March 2021", "Submitted 12 March 2021; Revised …; Accepted for
  publication …; Published online …", "Received 2021-03-12".
Correct: the dates in order (the same day twice is right: accepted and published the same day).
Faulty: an accepted date before the received one, or a published date before the accepted one.
Distractors: the body of the paper cites dates out of order («وفي 3 مايو 2020 … وفي 1 يناير
2019 …»), and a "received" word in running prose («تلقت الوزارة في 5 مايو 2020 …»).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from tahqiq.checks.chronology import article_history_order
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LATIN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

AR_LABELS = [
    ("تاريخ الاستلام: {r}", "تاريخ القبول: {a}", "تاريخ النشر: {p}"),
    ("تاريخ الإرسال: {r}", "تاريخ التعديل: {v}", "تاريخ القبول: {a}"),
    ("استُلم البحث: {r}", "قُبل للنشر: {a}", "نُشر: {p}"),
    ("استلم البحث في {r}", "وقبل للنشر في {a}", "ونشر في {p}"),
    ("أُرسل البحث بتاريخ {r}", "قُبل للنشر بتاريخ {a}", "نُشر بتاريخ {p}"),
    ("الاستلام: {r}", "القبول: {a}", "النشر: {p}"),
]
EN_LABELS = [
    ("Received: {r}", "Revised: {v}", "Accepted: {a}"),
    ("Submitted {r}", "Accepted for publication {a}", "Published online {p}"),
    ("Received {r}", "Accepted {a}", "Available online {p}"),
]
AR_JOINS = ["\n", " | ", "؛ "]
EN_JOINS = ["\n", "; "]


def ar_forms(d: date) -> list[str]:
    return [f"{d.day}/{d.month}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day} {LATIN[d.month - 1]} {d.year}", f"{d.day}/{d.month}/{d.year}".translate(EAST)]


def en_forms(d: date) -> list[str]:
    return [f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"]


TITLE_AR = "الأمن المائي في حوض النيل: قراءة في المسارات التفاوضية\nد. سامي الحداد\n"
BODY_AR = ("\n\nالمقدمة\nوفي 3 مايو 2020 عقدت الجولة الثانية من المفاوضات، بعد أن كانت الأولى في 1 يناير 2019. "
           "وتلقت الوزارة في 5 مايو 2020 رداً مكتوباً.")
TITLE_EN = "Water security in the Nile basin\nSami Haddad\n"
BODY_EN = "\n\nIntroduction\nThe second round met on 3 May 2020, after a first round on 1 January 2019."


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return article_history_order(Facts([text_facts(doc)]))


def _dates(rng: random.Random) -> tuple[date, date, date]:
    r = date(2015, 1, 1) + timedelta(days=rng.randrange(2500))
    a = r + timedelta(days=rng.randrange(40, 200))
    return r, a, a + timedelta(days=rng.choice((0, 20, 45)))


def cases():
    rng = random.Random(5)
    for i, labels in enumerate(AR_LABELS):
        for j, join in enumerate(AR_JOINS):
            for k in range(4):
                r, a, p = _dates(rng)
                v = r + (a - r) / 2
                fmt = lambda d: ar_forms(d)[k]  # noqa: E731
                right = join.join(labels).format(r=fmt(r), v=fmt(v), a=fmt(a), p=fmt(p))
                # the faulty history: accepted before received (the receipt pushed past acceptance)
                late = a + timedelta(days=rng.randrange(30, 90))
                wrong = join.join(labels).format(r=fmt(late), v=fmt(v), a=fmt(a), p=fmt(p + timedelta(days=100)))
                yield f"ar{i}-j{j}-f{k}", TITLE_AR + right + BODY_AR, TITLE_AR + wrong + BODY_AR
    for i, labels in enumerate(EN_LABELS):
        for j, join in enumerate(EN_JOINS):
            for k in range(3):
                r, a, p = _dates(rng)
                v = r + (a - r) / 2
                fmt = lambda d: en_forms(d)[k]  # noqa: E731
                right = join.join(labels).format(r=fmt(r), v=fmt(v), a=fmt(a), p=fmt(p))
                late = a + timedelta(days=rng.randrange(30, 90))
                wrong = join.join(labels).format(r=fmt(late), v=fmt(v), a=fmt(a), p=fmt(p + timedelta(days=100)))
                yield f"en{i}-j{j}-f{k}", TITLE_EN + right + BODY_EN, TITLE_EN + wrong + BODY_EN


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_history_in_order_is_quiet_and_one_running_backwards_is_found(name, right, wrong):
    assert found(right) == []
    assert found(wrong)


def test_the_family_is_large():
    assert len(CASES) >= 60
