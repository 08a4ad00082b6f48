"""Family of constructions: decimals written with the Maghrebi decimal sign «ر», in either digit order.

The grammar the cases below are generated from:

* **the sign**: Tunisian and Algerian press copy writes a decimal with the letter «ر» between the two
  digit groups: «ر» stands where a point or an Arabic decimal comma would («14ر2 بالمائة»).
* **two key orders, one per text**: copy keyed right to left stores the fraction FIRST: «2ر14 ألف طن»
  is 14.2 thousand tonnes (it shows «14ر2» on screen), «5ر7 مليون دينار» is 7.5 million, «9ر10 بالمائة»
  is 10.9 %. Copy keyed in reading order stores the whole part first: «5ر4 مليار» is 5.4 billion,
  «12ر6 بالمائة» is 12.6 %. A text keeps one order throughout, so the order is read from all its
  decimals: press figures carry one decimal place, so the fraction side is short and of constant length,
  the whole side varies. First groups all of one length with some second group longer = fraction first;
  anything else (first groups of varying length, or every group one digit: «5ر4») = reading order.
* **the arithmetic around them**: a change «من A إلى B، أي بارتفاع بنسبة P بالمائة», «A مقابل B في السنة
  التي قبلها»; a part «تتحمل الدولة X، ويتكفل ... بالباقي، أي Y»; a mean «N بحارا، أي بمعدل R بحارة
  للمركب الواحد» -- each computed on the values, not on the digit strings.

Each case has a CORRECT version (no finding) and a FAULTY version (a finding of the kind written for it),
amid distractors (other decimals in the same key order, true rates of other things). Negatives also
cover reading-order texts: the same sentences keyed whole-part first must raise nothing either.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from families._famlib_forms import EAST, assert_family
from tahqiq.corpus.catalogue import Document
from tahqiq.extract.figures.reading import fraction_first
from tahqiq.facts import text_facts

SEED = 31


def ff(x: float) -> str:
    """``x`` (one decimal place) keyed fraction first: 14.2 -> «2ر14»."""
    whole, frac = f"{x:.1f}".split(".")
    return f"{frac}ر{whole}"


def ro(x: float) -> str:
    """``x`` keyed in reading order: 14.2 -> «14ر2»."""
    return f"{x:.1f}".replace(".", "ر")


SUBJECTS = [("إنتاج الميناء", "ألف طن"), ("قيمة الصادرات", "مليون دينار"), ("عدد الوافدين", "ألف زائر"),
            ("محصول الحبوب", "مليون قنطار"), ("مداخيل القطاع", "مليار دينار")]
# (before, after): one decimal place each, at least one whole part of two digits
CHANGES = [(12.8, 14.2), (10.5, 12.6), (24.0, 18.0), (8.4, 10.5), (16.0, 12.4), (45.5, 50.4)]
PCT_LINKS = ["، أي بارتفاع بنسبة {P} بالمائة", "، بزيادة نسبتها {P} بالمائة", "، أي بزيادة قدرها {P} بالمائة"]
FALL_LINKS = ["، أي بتراجع بنسبة {P} بالمائة", "، بانخفاض نسبته {P} بالمائة", "، أي بتراجع بنسبة {P} بالمائة"]
DISTRACT_FF = ["وبلغت نسبة التضخم 7ر6 بالمائة خلال الشهر الماضي.", "وسجل سعر اللتر 2ر2 دينار في المحطات.",
               "وتمثل الفلاحة 4ر10 بالمائة من الناتج."]
DISTRACT_RO = ["وبلغت نسبة التضخم 6ر7 بالمائة خلال الشهر الماضي.", "وسجل سعر اللتر 2ر2 دينار في المحطات.",
               "وتمثل الفلاحة 10ر4 بالمائة من الناتج."]


def _pct(a: float, b: float) -> float:
    return round(abs(b - a) / a * 100, 1)


def _change_cases(rng: random.Random):
    for i, (a, b) in enumerate(CHANGES):
        subj, unit = SUBJECTS[i % len(SUBJECTS)]
        link = (PCT_LINKS if b > a else FALL_LINKS)[i % 3]
        verb = "ارتفع" if b > a else "تراجع"
        p = _pct(a, b)
        for key, write, distract in (("fraction_first", ff, DISTRACT_FF), ("reading_order", ro, DISTRACT_RO)):
            for P, ok in ((p, True), (p + 9.0, False)):
                east = i % 3 == 2
                w = (lambda x: write(x).translate(EAST)) if east else write
                d = rng.choice(distract)
                yield f"{key}_against", ok, (f"{d} وبلغ {subj} خلال سنة 2024 ما قدره {w(b)} {unit}، مقابل {w(a)} {unit} "
                                             f"في السنة التي قبلها{link.format(P=w(P))}.")
                yield f"{key}_from_to", ok, (f"{d} و{verb} {subj} من {w(a)} {unit} سنة 2023 إلى {w(b)} {unit} العام "
                                             f"الماضي{link.format(P=w(P))}.")


def cases():
    rng = random.Random(SEED)
    return list(_change_cases(rng))


CASES = cases()
FORMS = sorted({c[0] for c in CASES})


@pytest.mark.parametrize("form", FORMS)
def test_maghrebi_decimal_family(form):
    # fraction-first texts are found (the fault is a wrong rate); reading-order texts likewise
    assert_family(CASES, form, {"arithmetic-growth"}, 1.0)


@pytest.mark.parametrize("text, first", [
    ("بلغ الإنتاج 2ر14 ألف طن مقابل 8ر12 ألف طن، أي بارتفاع بنسبة 9ر10 بالمائة.", True),
    ("رصدت له اعتمادات بقيمة 5ر7 مليون دينار، ويتكفل الخواص بالباقي، أي 5ر12 مليون دينار.", True),
    ("بلغ العجز 5ر4 مليار.", False),  # every group one digit: reading order
    ("بلغ العجز 5ر4 مليار، وبلغ الدين 12ر6 مليار.", False),  # first groups vary: reading order
    ("بلغ العجز 120ر5 مليار، وبلغ الدين 3ر6 مليار.", False),
    ("لا رقم عشري هنا: 120 مركبا و14 ألف طن.", False),
])
def test_fraction_first_is_decided_per_text(text, first):
    assert fraction_first(text) is first


@pytest.mark.parametrize("text, values", [
    ("بلغ الإنتاج 2ر14 ألف طن مقابل 8ر12 ألف طن.", [14200.0, 12800.0]),
    ("بلغ الإنتاج ٢ر١٤ ألف طن مقابل ٨ر١٢ ألف طن.", [14200.0, 12800.0]),
    ("رصدت له 5ر7 مليون دينار، أي 5ر12 مليون دينار للمرحلة الثانية.", [7.5e6, 12.5e6]),
    ("بلغ العجز 5ر4 مليار دينار، والدين 12ر6 مليار دينار.", [5.4e9, 12.6e9]),
    ("بلغ العجز 5ر4 مليار دينار.", [5.4e9]),
])
def test_maghrebi_values(text, values):
    figs = text_facts(Document(path=Path("t.txt"), raw=text, form="plain")).figures
    got = [v for v in figs["value"].tolist() if v not in (2023, 2024)]
    assert got == pytest.approx(values)


# Thousands grouped with a point (Moroccan, European copy) in a text whose decimal sign is the comma:
# «18.400 مهني صحة» is 18400 there; with no comma decimal in the text a point stays a decimal point.
@pytest.mark.parametrize("text, values", [
    ("بلغ عدد الملقحين 9,62 ملايين طفل. وشارك 18.400 مهني صحة، منهم 11.200 ممرض.", [9.62e6, 18400.0, 11200.0]),
    ("عبأت الوزارة 5.120 موقعاً، وبلغت نسبة التغطية 92,5%.", [5120.0, 92.5]),
    ("بلغ النمو 2.400 نقطة في المؤشر.", [2.4]),  # no comma decimal: a point is a decimal point
    ("بلغت الكلفة 1.5 مليون دينار، وشارك 3,400 متطوع.", [1.5e6, 3400.0]),  # «3,400»: comma thousands
])
def test_dot_thousands_values(text, values):
    figs = text_facts(Document(path=Path("t.txt"), raw=text, form="plain")).figures
    assert figs["value"].tolist() == pytest.approx(values)
