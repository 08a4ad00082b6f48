"""A person introduced by a full name in apposition to an office, then named by the surname alone
in a second spelling: the grammar, generated.

How a news item introduces a speaker (the office first, the name after it):
- apposition between commas: «وقال المتحدث باسم الوزارة، علي الساعدي، إن …»، «أعلن المندوب
  الجهوي للتجارة بصفاقس، منير الحمامي، أن …»، «من جهته، قال رئيس جمعية الصيادين، الهادي بن عمر، إن …»
  (a given name with «ال» and «بن X»; «علي», which folds like the preposition «على»);
- an office with its article right before the name: «بحضور المحافظ سعد الجبوري».
Then the surname alone after a verb of saying: «وأضاف الساعدي أن …»، «وأوضح بن عمر أن …».
Faulty: that bare surname one letter off (dropped, added or changed: «السعدي»، «الهمامي»، «عمار»),
written nowhere else. Not faults: the same spelling; two people both introduced whose surnames are
one letter apart; a bare surname no one was introduced with; words between commas after an office
that are not a name («قال المدير، في الأثناء، إن»).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.surnames import surname_alone
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

OFFICES = ["المتحدث باسم الوزارة", "المندوب الجهوي للتجارة بصفاقس", "المدير الفني للمهرجان",
           "رئيس جمعية الصيادين", "مديرة المستشفى الجامعي", "الناطق الرسمي باسم الشركة"]
INTRO = [
    "وقال {o}، {g} {s}، إن المشروع سيكتمل قبل نهاية العام.",
    "أعلن {o}، {g} {s}، أمس الأربعاء، أن الإنتاج ارتفع بشكل ملحوظ.",
    "من جهته، قال {o}، {g} {s}، إن الأسعار استقرت في الأشهر الأخيرة.",
]
ARTICLE_INTRO = "وجرى الافتتاح بحضور {t} {g} {s} وعدد من المسؤولين المحليين."
TITLES = ["المحافظ", "الوالي", "المدير", "الوزير"]
NAMES = [("علي", "الساعدي", "السعدي"), ("منير", "الحمامي", "الهمامي"), ("سعد", "الجبوري", "الجبور"),
         ("الهادي", "بن عمر", "بن عمار"), ("كريمة", "الدباغ", "الصباغ"), ("سامي", "الخطيب", "الخطيبي"),
         ("نادية", "الشامي", "الشام"), ("يوسف", "المرزوقي", "المرزوقى")]
LATER = ["وأضاف {b} أن الشركة المنفذة استخدمت مواد محلية.", "وأوضح {b}، خلال ندوة صحفية، أن الكلفة ارتفعت.",
         "وأكد {b} أن العمل سيستمر خلال الصيف."]
FILLER = "وتبلغ كلفة المشروع نحو 120 مليون دينار، ويعمل فيه 300 عامل."


def found(text: str) -> list:
    return surname_alone(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def _cases():
    rng = random.Random(412)
    out = []
    for i, (g, s, v) in enumerate(NAMES):
        if v.replace("ى", "ي") == s.replace("ى", "ي"):
            continue  # «ى»/«ي» is spelling, not another name
        for k in range(3):
            intro = (INTRO[(i + k) % 3].format(o=rng.choice(OFFICES), g=g, s=s) if k < 2
                     else ARTICLE_INTRO.format(t=rng.choice(TITLES), g=g, s=s))
            later = LATER[(i + k) % 3]
            out.append((f"{s}-{k}", intro, later, s, v))
    return out


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_the_surname_alone_in_a_second_spelling_is_flagged(case):
    _, intro, later, s, v = case
    assert found(intro + "\n\n" + FILLER + " " + later.format(b=s)) == []
    hits = found(intro + "\n\n" + FILLER + " " + later.format(b=v))
    assert len(hits) == 1 and v.split()[-1] in hits[0].message


@pytest.mark.parametrize("text", [
    # two people introduced, surnames a letter apart
    "وقال المدير الفني للمهرجان، سامي الخطيب، إن الدورة نجحت. وقالت الناقدة، منى الخطيبي، إن الأفلام جيدة. وأضاف الخطيبي أن الجمهور حضر بكثافة.",
    # a bare surname with no introduction
    "وأضاف السعدي أن الشركة المنفذة استخدمت مواد محلية.",
    # words between commas after an office that are not a name
    "وقال المدير، في الأثناء، إن العمل مستمر. وأضاف الأثناء أن الكلفة ارتفعت.",
])
def test_not_flagged(text):
    assert found(text) == []
