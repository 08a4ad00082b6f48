"""Ages in four more constructions of Arabic prose, generated (each right age quiet, each wrong one flagged):
- a violent death with an age: «وقُتل X في اليوم التالي عن n عاماً»، «وأُعدم في سبتمبر e عن n عاماً», the
  person's lifetime in brackets earlier in the text, named again in full or by the surname alone;
- an ordinal age right after a birth in apposition, for the event the sentence before dates:
  «وكان X، المولود عام b، في الثامنة والأربعين من عمره يومها، فيما كان Y، المولود عام b2، في الرابعة والأربعين»;
- a past age followed by a clause of time holding its date: «كانت في الثالثة والأربعين حين صدر الكتاب في مارس e»;
- a present age with a word of the present between verb and number: «يبلغ اليوم n سنة» (the text's date from
  its dateline).
Not flagged: the right ages; a name that merely begins with «من» before a lifetime is still a lifetime
(«منصور»), while a spell of office in brackets after «منذ» is not.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

ORD = {44: "الرابعة والأربعين", 48: "الثامنة والأربعين", 43: "الثالثة والأربعين", 46: "السادسة والأربعين",
       52: "الثانية والخمسين", 55: "الخامسة والخمسين", 57: "السابعة والخمسين", 61: "الحادية والستين",
       39: "التاسعة والثلاثين", 49: "التاسعة والأربعين", 45: "الخامسة والأربعين", 50: "الخمسين", 58: "الثامنة والخمسين"}
CARD = {62: "اثنين وستين", 70: "سبعين", 65: "خمسة وستين", 57: "سبعة وخمسين", 75: "خمسة وسبعين", 69: "تسعة وستين",
        64: "أربعة وستين", 60: "ستين", 71: "واحد وسبعين", 68: "ثمانية وستين", 61: "واحد وستين",
        66: "ستة وستين", 67: "سبعة وستين", 74: "أربعة وسبعين"}
PEOPLE = [("عدنان", "مندريس"), ("كمال", "الدباغ"), ("فؤاد", "العمري"), ("منصور", "الحلبي")]
MONTHS = ["يناير", "مارس", "سبتمبر", "نوفمبر"]


def found(text: str, date: str | None = None) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain", date=date)
    return age_mismatch(Facts([text_facts(doc)]))


def _violent(rng):
    out = []
    for first, last in PEOPLE:
        b = rng.choice((1895, 1899, 1903))
        e = b + rng.choice((62, 65, 70))
        verb = rng.choice(("وأُعدم", "وقُتل", "واغتيل"))
        head = (f"وقّع الاتفاق رئيس الوزراء {first} {last} ({b}-{e}) ونظيره سليم الأيوبي (1880-1950) في العاصمة.\n\n"
                f"وظل الحلف قائماً سنوات.\n\n")
        for name in (f"{first} {last}", last):
            body = f"أما {name}، الذي وقّع الاتفاق، فقد أُطيح به عام {e - 1}، {verb} في {rng.choice(MONTHS)} {e} عن {{n}} عاماً."
            right = e - b - rng.choice((0, 1))
            out.append(("violent", head + body, right, right + 5))
    return out


def _apposed(rng):
    out = []
    for _ in range(4):
        e = rng.choice((2008, 2010, 2012))
        a, b2 = e - 48, e - 44
        t = (f"وقّع الرئيسان المعاهدة في براغ يوم {rng.choice((8, 12, 20))} أبريل {e}. وكان الأول، المولود عام {a}، "
             f"في {{first}} من عمره يومها، فيما كان الثاني، المولود عام {b2}، في {{second}}.")
        out.append(("apposed-first", t, 48, 43))
        out.append(("apposed-second", t, 44, 49))
    return out


def _when(rng):
    out = []
    for _ in range(4):
        e = rng.choice((2019, 2021, 2024))
        b = e - 43
        verb = rng.choice(("صدر الكتاب", "نشرت روايتها الأولى", "عُيّنت في المنصب"))
        t = f"والمؤلفة، المولودة سنة {b}، كانت في {{n}} حين {verb} في {rng.choice(MONTHS)} {e}، وقد أمضت سنتين في الخارج."
        out.append(("when", t, 43, 46))
    return out


def _now(rng):
    out = []
    for _ in range(3):
        b = rng.choice((1960, 1968, 1970))
        t = (f"الرباط، 12 مارس 2025 — يتحدث الخبير عادل العلمي في هذا الحوار عن السوق. والعلمي، المولود سنة {b} بفاس، "
             f"يبلغ اليوم {{n}} سنة، وقضى عقدين في المكتب الوطني.")
        right = 2025 - b - rng.choice((0, 1))
        out.append(("now", t, right, right - 5))
    return out


_RNG = random.Random(20261205)
CASES = _violent(_RNG) + _apposed(_RNG) + _when(_RNG) + _now(_RNG)


def _render(form: str, t: str, n: int) -> str:
    if form == "apposed-first":
        return t.format(first=ORD[n], second=ORD[44])
    if form == "apposed-second":
        return t.format(first=ORD[48], second=ORD[n])
    if form == "violent":
        return t.format(n=CARD[n])
    if form == "when":
        return t.format(n=ORD[n])
    return t.format(n=n)


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_right_age_is_quiet_and_wrong_age_is_flagged(case):
    form, t, right, wrong = case
    assert found(_render(form, t, right)) == []
    hits = found(_render(form, t, wrong))
    assert [h.kind for h in hits] == ["age-mismatch"]
    assert hits[0].evidence["age"] == wrong


def test_each_apposed_age_takes_its_own_birth():
    """Moving the second birth year five years flags the second age only (not the first against it)."""
    t = "وقّعا المعاهدة يوم 8 أبريل 2010. وكان الأول، المولود عام 1961، في {first} من عمره يومها، فيما كان الثاني، المولود عام {b2}، في {second}."
    assert found(t.format(first=ORD[48], b2=1965, second=ORD[44])) == []
    hits = found(t.format(first=ORD[48], b2=1960, second=ORD[44]))
    assert [(h.evidence["age"], h.evidence["born"]) for h in hits] == [(44, 1960)]


@pytest.mark.parametrize("text,flagged", [
    # a name that begins with «من» before a lifetime is a name
    ("ألقى منصور (1920-1990) خطاباً في المؤتمر.\n\nوقُتل منصور في حادث عام 1990 عن سبعين عاماً.", False),
    ("ألقى منصور (1920-1990) خطاباً في المؤتمر.\n\nوقُتل منصور في حادث عام 1990 عن ستين عاماً.", True),
    # a spell of office after «منذ» is no lifetime
    ("وتولى الحكم منذ (1952-1999) دون انقطاع. وتوفي عن عمر ناهز 63 عاماً.", False),
])
def test_lifetimes_and_spells(text, flagged):
    assert bool(found(text)) is flagged


def test_an_apposed_age_after_two_dates_is_not_guessed():
    """After two dates in its sentence («عام 2018، بعد … من عام 1996»), the age after «المولود عام b، في»
    could be for either: nothing is said (the nearest, 1996, would make a right age wrong)."""
    t = ("وُقّعت الاتفاقية في 12 آب 2018، بعد اثنين وعشرين عاماً من بدء التفاوض عام 1996، ووقّعها الرئيس الكازاخستاني، "
         "المولود عام 1940، في الثامنة والسبعين.")
    assert found(t) == []


def test_a_violent_death_is_not_measured_against_the_texts_only_birth():
    """In a text of war many are killed: «وقُتل القائد … عن 62 عاماً» is not set against the only birth year
    of the text when it is another person's, in another paragraph (a natural death still is)."""
    t = "ويرى الباحث سمير الحداد، المولود عام 1970، أن الشركة تغيّرت.\n\nوقُتل قائد المجموعة في تحطم طائرته عام 2023 عن 62 عاماً."
    assert found(t) == []
    assert [h.kind for h in found(t.replace("وقُتل", "وتوفي"))] == ["age-mismatch"]


@pytest.mark.parametrize("y_age,j_age,flagged", [("الخامسة والستين", "التاسعة والستين", []),
                                                 ("الستين", "التاسعة والستين", [60]),
                                                 ("الخامسة والستين", "الرابعة والسبعين", [74])])
def test_ages_after_lifetimes_in_brackets(y_age, j_age, flagged):
    """«يلتسين (1931-2007م) يومئذ في الخامسة والستين، ونظيره الصيني جيانغ زيمين (1926-2022م) في التاسعة والستين»:
    an ordinal age right after a lifetime (its era letter inside the bracket), for the date its own sentence gave."""
    text = ("وتفككت الدولة في ديسمبر 1991م.\n\nففي يوم الجمعة 26 أبريل 1996م وقّع رؤساء الدول الخمس في شنغهاي اتفاقية بناء الثقة "
            f"في المجال العسكري في المناطق الحدودية، وكان الرئيس الروسي بوريس يلتسين (1931-2007م) يومئذ في {y_age}، "
            f"ونظيره الصيني جيانغ زيمين (1926-2022م) في {j_age}.")
    assert sorted(h.evidence["age"] for h in found(text)) == flagged
