"""A stated age against the year of birth the text gives: the grammar of the claim, generated.

How Arabic (and English) give a person's birth year:
- the verb, active or passive in form, either gender: «وُلد … عام b»، «ولدت … سنة b»، «ولد في b»;
- the noun of birth: «من مواليد عام b»، «المولود عام b»، «المولودة في b»;
- English: "born in b", "was born in b".

How they give an age at a dated event (the event year e, before the age in its clause):
- death with «عن عمر» and an approximating verb: «توفي عام e عن عمر ناهز/يناهز n عاماً»;
- death with the bare number: «رحل في e عن n عاماً» (an age only after a word of death);
- the frame «وهو في الـn من عمره»، «وهي في الـn من عمرها»، «وكان في n من العمر», the number in
  digits, Eastern digits or a definite ordinal word («في الأربعين من عمره»);
- a definite ordinal without «من عمره»: «وهو في الخامسة والثلاثين»;
- «البالغ من العمر n عاماً»، «وكان يبلغ من العمر n عاماً»، «وعمره n سنة»، «بعمر n عاماً»، «في سن الـn»;
- English: "died in e, aged n", "in e, at the age of n, he ...".
The birth may be in the sentence before, the person named again by a pronoun («وفي عام e، وهو في
…») or by name. Correct: n = e − b or e − b − 1 (the birthday not yet reached); an approximate age
(«ناهز»، «نحو») one more or less. Faulty: n four or more years off. Distractors in every paragraph:
a founding year with a true length of years after it, and a second dated event without an age.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TENS = {30: "الثلاثين", 40: "الأربعين", 50: "الخمسين", 60: "الستين", 70: "السبعين"}
ORD_F = {31: "الحادية والثلاثين", 35: "الخامسة والثلاثين", 45: "الخامسة والأربعين", 52: "الثانية والخمسين",
         36: "السادسة والثلاثين", 41: "الحادية والأربعين", 56: "السادسة والخمسين", 49: "التاسعة والأربعين"}
CARD = {30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين", 64: "أربعة وستين", 74: "أربعة وسبعين",
        44: "أربعة وأربعين", 34: "أربعة وثلاثين", 54: "أربعة وخمسين"}

BIRTH_AR = [
    "وُلد الشاعر سليم العارف عام {b} في قرية ساحلية صغيرة.",
    "ولدت الباحثة ليلى الحسن سنة {b} لأسرة من التجار.",
    "والمفكر خالد الراشد من مواليد عام {b}، وقد درس الفلسفة في القاهرة.",
    "كان الدبلوماسي المولود في {b} قد عمل في سفارات عدة.",
]
AGE_AR = [
    "وتوفي عام {e} عن عمر ناهز {n} عاماً.",
    "ورحل في {e} عن {n} عاماً بعد مرض طويل.",
    "وفي عام {e}، وهو في الـ{n} من عمره، تولى رئاسة التحرير.",
    "وانتخب عضواً في المجمع عام {e} وكان في {w} من عمره.",
    "وفي عام {e} نال الجائزة الكبرى، وكان يبلغ من العمر {n} عاماً.",
    "وفي سنة {e} أصدر كتابه الأول وعمره {n} سنة.",
    "وغادر البلاد عام {e} بعمر {n} عاماً.",
    "واعتزل العمل السياسي في عام {e} في سن الـ{n}.",
]
EN = [
    ("The poet Salim al-Arif was born in {b} in a small coastal village.", "He died in {e}, aged {n}."),
    ("The diplomat was born in {b}.", "In {e}, at the age of {n}, he became ambassador."),
]
DISTRACT = ("وتأسست الجمعية الأدبية عام 1950، واحتفلت في عام 2000 بمرور خمسين عاماً على تأسيسها، "
            "وفي عام 2005 نقلت مقرها إلى العاصمة.")
PAIRS = [(1921, 1985), (1938, 1990), (1947, 2001)]


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return age_mismatch(Facts([text_facts(doc)]))


def _ages(b: int, e: int, rng: random.Random) -> tuple[int, int]:
    right = e - b - rng.choice((0, 1))
    return right, right + rng.choice((4, 5, 6, -5))


def _forms(t: str, n: int, k: int) -> str:
    """The age ``n`` in form ``k``: digits, Eastern digits, or a word where the template has {w}."""
    if "{w}" in t:
        return t.replace("{w}", f"الـ{n}" if k == 0 else (ORD_F.get(n) or TENS.get(n) or f"الـ{n}"))
    if k == 1:
        return t.replace("{n}", str(n).translate(EAST))
    if k == 2 and n in CARD and "عاماً" in t:
        return t.replace("{n}", CARD[n])
    return t.replace("{n}", str(n))


def cases():
    rng = random.Random(11)
    for i, bt in enumerate(BIRTH_AR):
        for j, at in enumerate(AGE_AR):
            b, e = PAIRS[(i + j) % len(PAIRS)]
            right, wrong = _ages(b, e, rng)
            for k in range(3):
                for joined in (" ", "\n"):  # one paragraph, or the age in the line after the birth
                    if joined == "\n" and k:
                        continue
                    par = lambda n: bt.format(b=b) + joined + _forms(at, n, k).format(e=e)  # noqa: E731
                    yield (f"ar-b{i}-a{j}-k{k}-{'p' if joined == ' ' else 's'}",
                           DISTRACT + "\n\n" + par(right), DISTRACT + "\n\n" + par(wrong))
    for i, (bt, at) in enumerate(EN):
        for b, e in PAIRS:
            right, wrong = _ages(b, e, rng)
            yield (f"en{i}-{b}", "The society was founded in 1950.\n\n" + bt.format(b=b) + " " + at.format(e=e, n=right),
                   "The society was founded in 1950.\n\n" + bt.format(b=b) + " " + at.format(e=e, n=wrong))


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_right_age_is_quiet_and_a_wrong_one_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


def test_the_family_is_large():
    assert len(CASES) >= 60
