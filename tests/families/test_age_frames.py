"""Ages without a date before them in their clause: the grammar, generated.

Beside the frames of ``test_age.py`` (a dated event, then the age), an age is given for:
- a date right after it: «وتوفي عن عمر ناهز n عاماً عام e»، «ونال الجائزة وهو في الـn من عمره، وذلك
  في عام e»، "He died aged n in e." (only a comma, «وذلك»/«أي» or a preposition between them);
- the death of a person whose lifetime is given in brackets after the name: «سليم العارف (b-d)»
  … «وتوفي عن n عاماً» (the brackets give the birth too); Western or Eastern digits, a spaced dash;
- the present, at the text's own date: «المولودة عام b، وهي في الـn»، «المولود سنة b، ويبلغ من
  العمر n عاماً»، «وعمرها n سنة» — the text's date given with it (``--date``) or inferred from its
  dateline («الرباط، 12 مارس 2025 —»).
Correct: n = year − b or year − b − 1 (and, for an inferred date of the text, one more). Faulty: n
five or more years off, or the birth year moved by five or more. Not flagged, whatever the age:
a present age in a text with no date of its own (nothing to measure against: never guess), a past
frame with no date («وكان في الأربعين»), a bracketed range of a reign or a term («حكمه (1952-1999)»)
before an age at death, and a date after the age that belongs to another clause.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ORD_F = {70: "السبعين", 75: "الخامسة والسبعين", 64: "الرابعة والستين", 59: "التاسعة والخمسين",
         80: "الثمانين", 45: "الخامسة والأربعين", 50: "الخمسين", 69: "التاسعة والستين", 54: "الرابعة والخمسين",
         74: "الرابعة والسبعين", 63: "الثالثة والستين", 58: "الثامنة والخمسين", 79: "التاسعة والسبعين",
         68: "الثامنة والستين", 53: "الثالثة والخمسين", 85: "الخامسة والثمانين"}
NAMES = ["الشاعر سليم العارف", "الرسامة هدى المصري", "المهندس كمال الدباغ", "المؤرخة سعاد الخطيب"]
DATELINES = ["الرباط، 12 مارس 2025 — ", "عمّان، 3 حزيران 2025 (بترا) - ", "القاهرة في 20 يناير 2025: "]

AFTER = [
    "ولد {p} عام {b} في مدينة ساحلية. وتوفي عن عمر ناهز {n} عاماً عام {e}.",
    "ولد {p} سنة {b}. ونال الجائزة الكبرى وهو في الـ{n} من عمره، وذلك في عام {e}.",
    "من مواليد عام {b}، عمل {p} في التدريس طويلاً، وتقاعد في سن الـ{n} عام {e}.",
]
LIFETIME = [
    "كان {p} ({b}-{d}) من رواد جيله، وقد درس في بيروت. وتوفي عن عمر ناهز {n} عاماً بعد مرض طويل.",
    "يعد {p} ({b} - {d}) من أبرز الأسماء في مجاله. ورحل عن {n} عاماً في مدينته.",
]
PRESENT = [
    "تكرم الدورة {p}، المولودة عام {b}، وهي في {w}، بعد مسيرة امتدت عقوداً.",
    "ويحل {p}، المولود سنة {b}، ضيفاً على الملتقى، ويبلغ من العمر {n} عاماً.",
]
EN = "Salim al-Arif was born in {b}. He died aged {n} in {e}."
DISTRACT = "وتأسست الجمعية عام 1950، وفي عام 2005 نقلت مقرها إلى العاصمة."


def found(text: str, date: str | None = None) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain", date=date)
    return age_mismatch(Facts([text_facts(doc)]))


def _cases():
    rng = random.Random(20261204)
    out = []
    for i, t in enumerate(AFTER * 2):
        b = rng.choice((1921, 1934, 1940, 1947))
        e = b + rng.choice((60, 65, 70, 75))
        right = e - b - rng.choice((0, 1))
        east = i % 2 == 1
        out.append(("after", t, dict(p=rng.choice(NAMES), b=b, e=e), right, right + rng.choice((5, 6, -5)), east, None))
    for i, t in enumerate(LIFETIME * 3):
        b = rng.choice((1920, 1931, 1945))
        d = b + rng.choice((62, 70, 78))
        right = d - b - rng.choice((0, 1))
        out.append(("lifetime", t, dict(p=rng.choice(NAMES), b=b, d=d), right, right - rng.choice((5, 7)), i % 2 == 1, None))
    for i, (t, dl) in enumerate([(t, dl) for t in PRESENT for dl in DATELINES]):
        b = 2025 - rng.choice((70, 75, 64, 59, 80))
        right = 2025 - b - (i % 2)
        wrong = next(w for w in (right - 5, right + 5, right - 6, right + 6, right + 10) if w in ORD_F)
        out.append(("present", dl + t, dict(p=rng.choice(NAMES), b=b), right, wrong, False, None))
    for t in PRESENT:
        b = 1950
        out.append(("present-given", t, dict(p=NAMES[1], b=b), 75, 70, False, "2025-06-01"))
    return out


def _render(t: str, fields: dict, n: int, east: bool) -> str:
    w = ORD_F.get(n, f"الـ{n}")
    s = DISTRACT + "\n" + t.format(n=n, w=w, **fields)
    return s.translate(EAST) if east and "{w}" not in t else s


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_right_age_is_quiet_and_wrong_age_is_flagged(case):
    form, t, fields, right, wrong, east, date = case
    assert found(_render(t, fields, right, east), date) == []
    hits = found(_render(t, fields, wrong, east), date)
    assert [h.kind for h in hits] == ["age-mismatch"]
    assert hits[0].evidence["age"] == wrong


@pytest.mark.parametrize("case", [c for c in CASES if c[0] in ("lifetime", "after")][:6])
def test_birth_year_moved_is_flagged(case):
    form, t, fields, right, wrong, east, date = case
    moved = dict(fields, b=fields["b"] + 6)
    assert [h.kind for h in found(_render(t, moved, right, east), date)] == ["age-mismatch"]


def test_english_date_after_the_age():
    assert found(EN.format(b=1920, n=78, e=1998)) == []
    assert [h.evidence["year"] for h in found(EN.format(b=1920, n=70, e=1998))] == [1998]


@pytest.mark.parametrize("text", [
    # a present age and no date of the text: nothing to measure against
    "تكرم الدورة الرسامة هدى المصري، المولودة عام 1950، وهي في السبعين، بعد مسيرة امتدت عقوداً.",
    # a past frame with no date
    "ولد كمال الدباغ عام 1930. وكان في الأربعين من عمره حين هاجر.",
    # a reign in brackets is not a lifetime
    "وحكم الملك البلاد طويلاً، واستمر حكمه (1952-1999) حتى وفاته. وتوفي عن عمر ناهز 63 عاماً.",
    # the date after the age belongs to another clause
    "ولد سليم العارف عام 1920. وتوفي عن عمر ناهز 78 عاماً، ونشرت أعماله الكاملة بعد ذلك في عام 2010.",
])
def test_not_flagged(text):
    assert found(text) == []


def test_present_age_against_a_given_date_of_the_text():
    t = "تكرم الدورة الرسامة هدى المصري، المولودة عام 1950، وهي في السبعين، بعد مسيرة امتدت عقوداً."
    assert found(t, "2020-05-01") == []
    assert [h.evidence["year"] for h in found(t, "2025-05-01")] == [2025]


@pytest.mark.parametrize("n,flagged", [("الأربعين", False), ("الخمسين", True)])
def test_a_lifetime_and_a_birth_of_the_same_year_are_one_birth(n, flagged):
    t = ("سليم العارف (1920-1998)\n\nولد سليم العارف عام 1920 في قرية ساحلية.\n\n"
         f"وفي عام 1960، وهو في {n} من عمره، هاجر إلى باريس.")
    assert [h.kind for h in found(t)] == (["age-mismatch"] if flagged else [])
