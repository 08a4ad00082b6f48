"""Three more ways Arabic states an age against a birth year, generated.

1. The age now with «يبلغ»: «وهو المولود عام b ويبلغ <ordinal|N> من عمره»، «وتبلغ الخامسة والستين
   من عمرها» — the age at the text's own date (a dateline): the difference of the years or one less.
2. The age in brackets after a name: «<name> (N عاماً)، المولود عام b» — the age at the text's
   date. A bracket after a date or a word of a spell («منذ 1990 (35 عاماً)»، «حكمه (30 عاماً)») is a
   length, not an age. Not an age at death: a sentence with a word of death is left
   to the at-death rule; a bracket with no birth near it, or with two, is left alone.
3. The age at the time of an event the sentence before dates, with an anaphoric adverb: «افتُتحت
   … يوم 14 تشرين الأول 1974. وقد أسسها <name> (b-d)، وكان يومها في الثالثة والخمسين» («يومها»،
   «حينها»، «آنذاك»، «وقتها»); the birth from a lifetime in brackets or a birth word.
Positives: the age two or more years off; negatives: the right age (the birthday passed or not),
and distractors (a count in brackets that is not an age, a second person's birth far away).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DATELINE = "القاهرة – الأربعاء 28 مايو 2025\n\n"
ORD_M = {25: "الخامسة والعشرين", 28: "الثامنة والعشرين", 30: "الثلاثين", 33: "الثالثة والثلاثين",
         37: "السابعة والثلاثين", 41: "الحادية والأربعين", 53: "الثالثة والخمسين", 55: "الخامسة والخمسين",
         60: "الستين", 63: "الثالثة والستين", 65: "الخامسة والستين", 48: "الثامنة والأربعين", 50: "الخمسين"}


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return age_mismatch(Facts([text_facts(doc)]))


NOW = [("وتصدر المهاجم محمود عبد الرازق قائمة الهدافين، وهو المولود عام {b} ويبلغ {a} من عمره.", "m"),
       ("وكرّمت اللجنة المهندسة فاطمة المزروعي، المولودة عام {b}، التي تبلغ {a} من عمرها.", "f")]
BRACKET = ["وأشاد المدرب بحارس المرمى المخضرم أحمد الشناوي ({a} عاماً)، المولود عام {b}، الذي حافظ على نظافة شباكه.",
           "وقال الكاتب سليم العارف ({a} عاماً)، وهو المولود عام {b} في حلب، إن الرواية لم تكتمل بعد."]
THEN = ["وافتُتحت الجامعة رسمياً يوم الاثنين 14 تشرين الأول {e}. وقد أسسها الأب يوسف عون ({b}-{d})، وكان يومها في {a}، بثلاث كليات.",
        "وتأسست الجمعية في آذار {e}. وكانت رئيستها الأولى سلمى الخوري ({b}-{d})، وكانت حينها في {a}."]
NOW_AGES = [(1997, 28, 25), (1962, 63, 60), (1984, 41, 37)]
THEN_AGES = [(1921, 1974, 2003, 53, 50), (1926, 1974, 2010, 48, 53), (1940, 1990, 2015, 50, 55)]


def cases():
    for i, t in enumerate(NOW):
        for b, right, wrong in NOW_AGES:
            for east in (False, True):
                f = (lambda s: s.translate(EAST)) if east else (lambda s: s)
                yield f"now{i}-{b}-{int(east)}", DATELINE + f(t[0].format(b=b, a=ORD_M[right])), \
                    DATELINE + f(t[0].format(b=b, a=ORD_M[wrong]))
    for i, t in enumerate(BRACKET):
        for b, right, wrong in NOW_AGES:
            for east in (False, True):
                f = (lambda s: s.translate(EAST)) if east else (lambda s: s)
                yield f"bracket{i}-{b}-{int(east)}", DATELINE + f(t.format(b=b, a=right)), \
                    DATELINE + f(t.format(b=b, a=wrong))
    for i, t in enumerate(THEN):
        for b, e, d, right, wrong in THEN_AGES:
            yield f"then{i}-{b}", DATELINE + t.format(b=b, e=e, d=d, a=ORD_M[right]), \
                DATELINE + t.format(b=b, e=e, d=d, a=ORD_M[wrong])


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_right_age_is_quiet_and_a_wrong_one_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


@pytest.mark.parametrize("text", [
    # a count in brackets, not an age
    "وسجل الفريق 40 هدفاً (12 عاماً من دون لقب)، وهو المولود عام 1990 كما يقول جمهوره.",
    # an age at death: left to the at-death rule
    "وتوفي الشاعر سليم العارف (78 عاماً)، المولود عام 1930، في منزله عام 2008.",
    # «يومها» with no date before the sentence
    "وقد أسسها الأب يوسف عون (1921-2003)، وكان يومها في الثالثة والستين.",
])
def test_distractors_are_quiet(text):
    assert found(DATELINE + text) == []


def test_the_family_is_large():
    assert len(CASES) >= 28


@pytest.mark.parametrize("text", [
    "وشغل المنصب منذ عام 1990 (35 عاماً)، وهو المولود عام 1950.",
    "وامتد حكمه (30 عاماً)، وهو المولود عام 1940، حتى رحيله.",
])
def test_a_length_in_brackets_is_not_an_age(text):
    assert found(DATELINE + text) == []
