"""One event given two dates in one text: the grammar of naming and dating an event, generated.

Ways Arabic (and English) name one event twice, each a template below:
- a verbal noun and its complement: «توقيع/إبرام/تأسيس/انهيار + name» («منذ توقيع معاهدة حسن الجوار
  والصداقة»، «منذ انهيار الاتحاد السوفيتي»); an opening («افتتاح») is left out: openings of a
  session or a fair recur every year, so a name alone does not single one out;
- a verb before the named event: «وقّع البلدان معاهدة …»، «أُبرمت اتفاقية …»، «أُعلن تأسيس منظمة …»;
- a participle after the event: «المعاهدة الموقعة عام …»، «الاتفاقية المبرمة في …»;
- a back-reference: «وقد وُقّعت هذه المعاهدة نفسها عام …» (the treaty named last);
- an ordinal that singles out one instance of a recurring event: «القمة الأولى لمجموعة بريكس»;
- English: "signed the Treaty of … in July 2001" / "The Treaty of …, signed in 2001".
The two mentions sit in two paragraphs with a distractor paragraph between (another year, another
figure), and their dates take different forms: day-month-year with Egyptian or Levantine month
names, month-year, year («عام»), Eastern digits, numeric day/month/year.

Not faults (each written as its own case, no finding expected): a signing and the ratification,
the entry into force or a renewal («تجديد»/«تمديد») of the same treaty; two visits of one person;
a summit or joint exercises held again a later year.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.corpus.catalogue import Document
from tahqiq.checks.events import event_date_conflict
from tahqiq.checks.textevents import text_event_date_conflict
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR = {5: "مايو", 7: "يوليو"}
LEV = {5: "أيار", 7: "تموز"}
DATE = {
    "dmy": lambda y, m, d: f"في {d} {AR[m]} {y}",
    "lev": lambda y, m, d: f"في {d} {LEV[m]} {y}",
    "my": lambda y, m, d: f"في {AR[m]} {y}",
    "y": lambda y, m, d: f"عام {y}",
    "east": lambda y, m, d: f"في {d} {AR[m]} {y}".translate(EAST),
    "num": lambda y, m, d: f"في {d}/{m}/{y}",
}
FIRST = [
    "وقّع البلدان معاهدة حسن الجوار والصداقة {D}، بعد مفاوضات استمرت سنوات.",
    "جرى توقيع معاهدة حسن الجوار والصداقة بين البلدين {D} في العاصمة.",
    "أُبرمت اتفاقية تقاسم مياه النهر {D} بين الدول الثلاث.",
    "أُعلن تأسيس منظمة شنغهاي للتعاون {D} في مدينة شنغهاي.",
    "شهد {D} إبرام اتفاقية تقاسم مياه النهر بين الدول الثلاث.",
]
SECOND = [
    "وقد نصّت معاهدة حسن الجوار والصداقة، الموقعة {D}، على تسوية الخلافات الحدودية.",
    "ومنذ توقيع معاهدة حسن الجوار والصداقة {D} تحسنت العلاقات.",
    "وبموجب اتفاقية تقاسم مياه النهر الموقعة {D} حصلت كل دولة على حصة ثابتة.",
    "ومنذ تأسيس منظمة شنغهاي للتعاون {D} توسعت عضويتها.",
    "وظلت اتفاقية تقاسم مياه النهر المبرمة {D} سارية.",
    "وقد وُقّعت هذه المعاهدة نفسها {D} في موسكو.",
]
PAIRS = [(0, 0), (1, 0), (0, 1), (2, 2), (3, 3), (4, 4), (2, 4), (0, 5), (1, 5)]
WHOLE = [  # the whole pair, the second year in {b}
    ("collapse", "أدى انهيار الاتحاد السوفيتي عام 1991 إلى فراغ استراتيجي.", "ومنذ انهيار الاتحاد السوفيتي في عام {b} تغيرت الخريطة."),
    ("ordinal", "انعقدت القمة الأولى لمجموعة بريكس في يكاترينبورغ عام 1991.", "وكانت القمة الأولى لمجموعة بريكس عام {b} قد ركزت على الأزمة المالية."),
    ("verb", "وقّع البلدان معاهدة حسن الجوار والصداقة عام 1991.", "وقّعت روسيا والصين معاهدة حسن الجوار والصداقة في يوليو {b}."),
    ("en", "Russia and China signed the Treaty of Good-Neighbourliness in July 1991.", "The Treaty of Good-Neighbourliness, signed in {b}, settled the border."),
]
NOT = [
    ("ratification", "وقّع البلدان معاهدة حسن الجوار والصداقة عام 2001.", "وصادق البرلمان على معاهدة حسن الجوار والصداقة عام 2002."),
    ("entry-into-force", "وقّع البلدان معاهدة حسن الجوار والصداقة عام 2001.", "ودخلت معاهدة حسن الجوار والصداقة حيز التنفيذ عام 2002."),
    ("extension", "نصت معاهدة حسن الجوار والصداقة الموقعة عام 2001 على ترسيم الحدود.", "وجرى تمديد معاهدة حسن الجوار والصداقة عام 2021 لخمس سنوات."),
    ("renewal", "نصت معاهدة حسن الجوار والصداقة الموقعة عام 2001 على ترسيم الحدود.", "وفي عام 2021 جدد البلدان معاهدة حسن الجوار والصداقة."),
    ("visits", "زار الرئيس الصيني موسكو عام 2013.", "ثم زار الرئيس الصيني موسكو مرة أخرى عام 2015."),
    ("visit-nouns", "جاءت زيارة الرئيس الصيني إلى موسكو عام 2013.", "وتلتها زيارة الرئيس الصيني إلى موسكو عام 2015."),
    ("annual-summit", "انعقدت قمة منظمة شنغهاي للتعاون عام 2019 في بيشكيك.", "وانعقدت قمة منظمة شنغهاي للتعاون عام 2020 افتراضياً."),
    ("exercises", "أجرى البلدان مناورات بحرية مشتركة في بحر اليابان عام 2012.", "وأجريا مناورات بحرية مشتركة في بحر اليابان عام 2017."),
    ("anniversary", "وقّع البلدان معاهدة حسن الجوار والصداقة عام 2001.", "واحتفل البلدان بذكرى معاهدة حسن الجوار والصداقة عام 2021."),
    ("ratification-backref", "وقّع البلدان معاهدة حسن الجوار والصداقة عام 2001.", "وصادق البرلمان على هذه المعاهدة عام 2002."),
]
MID = "\n\nوتطورت العلاقات التجارية بين البلدين خلال العقد التالي، وارتفع حجم التبادل إلى 20 مليار دولار عام 2010.\n\n"


def found(text: str) -> list:
    facts = Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))])
    return event_date_conflict(facts) + text_event_date_conflict(facts)


def cases():
    for i, j in PAIRS:
        for f1 in DATE:
            for f2 in ("dmy", "y", "my", "east"):
                a = FIRST[i].format(D=DATE[f1](2001, 7, 16)) + MID
                yield (f"{i}-{j}-{f1}-{f2}", a + SECOND[j].format(D=DATE[f2](2001, 7, 16)),
                       a + SECOND[j].format(D=DATE[f2](2004, 7, 16)))
    for name, a, b in WHOLE:
        yield name, a + MID + b.format(b=1991), a + MID + b.format(b=1994)


CASES = list(cases())


def test_the_grammar_is_covered():
    assert len(CASES) >= 200


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_one_date_is_quiet_and_a_second_date_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) >= 1


@pytest.mark.parametrize("name,a,b", NOT, ids=[c[0] for c in NOT])
def test_another_stage_or_another_instance_is_no_second_date(name, a, b):
    assert found(a + MID + b) == []
