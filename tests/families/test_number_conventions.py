"""Family of constructions: how a text writes the decimals and thousands of its numbers, and the
country of a bare currency name.

* **the Maghrebi decimal sign «ر»** (Tunisian and Algerian press): a text that stores its decimals
  fraction first («2ر14» is displayed «14ر2» and is 14.2, «9ر10 بالمائة» = 10.9%) shows it by a constant
  one-digit first group and longer second groups (decided per text: ``reading.fraction_first``); a lone
  «5ر4» keeps the reading order (5.4).
* **the comma-decimal convention** (European, Moroccan, some Levantine texts): a text that writes its
  decimals with a comma («10,4 ملايين», «92,5%») groups thousands with a point: «1.240 حالة» is 1240,
  «5.120 موقعاً» 5120, and «17,6 حالة لكل 100 ألف» is a decimal count. A text that writes a decimal
  point («3.5%») or a thousands comma («61,200 رحلة») keeps «1.240» as 1.24.
* **a point before three digits before a noun counted in whole things** in a text that shows neither
  convention («سجلت 1.240 حالة»: not 1.24 cases); a time («6.250 سنوات») may be a fraction.
* **a bare currency name** («دينار», «درهم», «جنيه») takes the code of the one country the text names
  by a province or city («بنابل», «في البصرة») or by its nisba in any inflection («680 عراقياً»,
  «العمال التونسيون»); two countries named, and the name stays bare.

Each case is generated from a seed: Western and Eastern digits, varied nouns, scales and distractors.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST
from tahqiq.extract.figures import figures_from_string

SEED = 10
COUNT_NOUNS = [("حالة", "حالة"), ("موقعاً", "موقع"), ("مركزاً", "مركز"), ("طبيب", "طبيب"), ("فرقة", "فرقة"),
               ("مدرسة", "مدرسة")]
AFTER_R = [("بالمائة", 1, "%"), ("ألف طن", 1000, "tonne"), ("مليون دينار تونسي", 1e6, "TND"), ("بالمئة", 1, "%")]
LEADS = ["بلغ الإنتاج خلال السنة الماضية", "وأوضح المسؤول أن القيمة ارتفعت إلى", "وسجلت المصالح المعنية نحو"]


def vu(s: str) -> list[tuple[float, str | None]]:
    return [(round(r.value, 6), r.unit) for r in figures_from_string(s).itertuples()]


def _digits(s: str, east: bool) -> str:
    return s.translate(EAST) if east else s


def maghrebi_cases() -> list[tuple[str, float, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(16):
        whole, frac = rng.randint(10, 99), rng.randint(1, 9)  # a two-digit integer side shows the order
        after, scale, unit = AFTER_R[i % len(AFTER_R)]
        out.append((f"{rng.choice(LEADS)} {frac}ر{whole} {after}، بحسب المندوب الجهوي.", (whole + frac / 10) * scale, unit))
    return out


@pytest.mark.parametrize("s, value, unit", maghrebi_cases())
def test_maghrebi_decimal_sign_is_read_in_display_order(s, value, unit):
    assert vu(s) == [(round(value, 6), unit)]


@pytest.mark.parametrize("s", ["بلغ العجز 5ر4 مليار", "بلغ العجز 5ر4 مليار مقابل 12ر3 مليار"])
def test_a_text_whose_maghrebi_numbers_do_not_show_their_order_keeps_the_reading_order(s):
    assert vu(s)[0][0] == 5.4e9


def comma_convention_cases() -> list[tuple[str, list]]:
    rng = random.Random(SEED + 1)
    out = []
    for i in range(16):
        east = i % 2 == 1
        noun, lem = COUNT_NOUNS[i % len(COUNT_NOUNS)]
        k, r = rng.randint(1, 99), rng.randint(100, 999)
        d1, d2 = rng.randint(10, 99), rng.randint(1, 9)
        s = (f"بلغت نسبة التغطية {d1},{d2}% حسب الوزارة. وعبأت المديرية {k}.{r} {noun} في الجهات، "
             f"أي بمعدل {d1},{d2} {noun} لكل جهة.")
        want = [(d1 + d2 / 10, "%"), (k * 1000 + r, lem), (d1 + d2 / 10, lem)]
        out.append((_digits(s, east), [(round(v, 6), u) for v, u in want]))
    return out


@pytest.mark.parametrize("s, want", comma_convention_cases())
def test_a_text_with_decimal_commas_groups_thousands_with_a_point(s, want):
    assert vu(s) == want


def point_convention_cases() -> list[tuple[str, list]]:
    """Negatives: the text writes a decimal point (or a thousands comma), and «k.rrr» is a decimal."""
    rng = random.Random(SEED + 2)
    out = []
    for i in range(12):
        k, r = rng.randint(1, 9), rng.randint(100, 999)
        d = rng.randint(1, 9)
        if i % 2:
            s = f"ارتفع الناتج بنسبة {d}.5% وبلغت الاستثمارات {k}.{r} مليون دولار."
            want = [(d + 0.5, "%"), (round((k + r / 1000) * 1e6, 6), "USD")]
        else:
            s = f"سيّرت الشركة 61,200 رحلة، وبلغ المتوسط {k}.{r} مليار ريال سعودي."
            want = [(61200.0, "رحلة"), (round((k + r / 1000) * 1e9, 6), "SAR")]
        out.append((_digits(s, i % 3 == 0), want))
    return out


@pytest.mark.parametrize("s, want", point_convention_cases())
def test_a_text_with_decimal_points_keeps_the_point_a_decimal(s, want):
    assert vu(s) == want


@pytest.mark.parametrize("east", [False, True])
@pytest.mark.parametrize("noun, lem", COUNT_NOUNS)
def test_a_point_before_three_digits_before_a_whole_thing_groups_thousands(noun, lem, east):
    assert vu(_digits(f"وسجلت المصالح 1.240 {noun} خلال الحملة.", east)) == [(1240.0, lem)]


@pytest.mark.parametrize("s, value", [
    ("بلغ متوسط مدة الخدمة 6.250 سنوات", 6.25),  # a time may be a fraction
    ("بلغ متوسط الانتظار 2.125 ساعة", 2.125),
])
def test_a_time_keeps_its_decimal_point(s, value):
    assert [v for v, _ in vu(s)] == [value]


# --------------------------------------------------------------------------- bare currency names

PLACES = [("نابل", "TND"), ("صفاقس", "TND"), ("البصرة", "IQD"), ("الموصل", "IQD"), ("إربد", "JOD"),
          ("وهران", "DZD"), ("بنغازي", "LYD")]
NISBAS = [("عراقياً", "IQD"), ("تونسياً", "TND"), ("أردنياً", "JOD"), ("جزائرياً", "DZD")]


def currency_cases() -> list[tuple[str, str | None]]:
    rng = random.Random(SEED + 3)
    out = []
    for place, code in PLACES:
        n = rng.randint(2, 900)
        out.append((f"وقال المسؤول في {place} إن كلفة المشروع بلغت {n} مليون دينار.", code))
    for nisba, code in NISBAS:
        n, w = rng.randint(2, 900), rng.randint(10, 99)
        out.append((f"وعمل في الموقع {w * 10} عامل، منهم {w} {nisba}. وبلغت الكلفة {n} مليار دينار.", code))
    # negatives: two countries named (a place of one, the nisba of another), or none
    out.append(("وقال المسؤول في نابل إن العمال البصريين... وبلغت الكلفة في البصرة ونابل 40 مليون دينار.", None))
    out.append(("وبلغت كلفة المشروع 40 مليون دينار، بحسب الوزارة.", None))
    return out


@pytest.mark.parametrize("s, code", currency_cases())
def test_a_bare_currency_name_takes_the_country_the_text_names(s, code):
    money = [u for _, u in vu(s) if u in ("دينار", "TND", "IQD", "JOD", "DZD", "LYD", "KWD", "BHD")]
    assert money == [code or "دينار"]


# --------------------------------------------------------------------------- an elided counted noun
# * «استقبل 38 ألف زائر … قبل أن يعود إلى 31 ألفاً», and (to come) «نقلت 8.5 ملايين مسافر … 1.8 مليون في الربع الأول»:
#   a number with the same scale word and no noun, in the same paragraph, counts what the count before it
#   counted; not across a paragraph, not after another kind of amount (money, a measure), not with
#   another scale word.
# * a definite «الربع/النصف» before «المماثل/المقابل/الماضي/الجاري» is a part of a period, no fraction.

ELIDED = [("زائر", "زائر"), ("مسافر", "مسافر"), ("طالب", "طالب"), ("مركبة", "مركبة"), ("نسمة", "نسمة")]
SCALES = [("ألف", "ألفاً", 1e3), ("مليون", "مليون", 1e6), ("ألف", "ألفا", 1e3)]


def elided_cases() -> list[tuple[str, list]]:
    rng = random.Random(SEED + 6)
    out = []
    for i in range(15):
        noun, lem = ELIDED[i % len(ELIDED)]
        sc, sc_bare, f = SCALES[i % len(SCALES)]
        n1, n2, p = rng.randint(11, 90), rng.randint(11, 90), rng.randint(5, 60)
        s = (f"وقد سجل المرفق {n1} {sc} {noun} عام 2019، أي بتراجع نسبته {p}%، "
             f"قبل أن يعود العدد إلى {n2} {sc_bare} في عام 2023.")
        out.append((s.translate(EAST) if i % 3 == 2 else s, [(n1 * f, lem), (float(p), "%"), (n2 * f, lem)]))
    return out


@pytest.mark.parametrize("s, want", elided_cases())
def test_an_elided_counted_noun_is_the_one_counted_before(s, want):
    assert vu(s) == [(round(v, 6), u) for v, u in want]


@pytest.mark.parametrize("s", [
    "وقد سجل المرفق 38 ألف زائر عام 2019.\n\nوبلغت الإيرادات 31 ألفاً في عام 2023.",  # another paragraph
    "وقد سجل المرفق 38 ألف زائر، وبلغت الكلفة 12 ألف طن من الإسمنت، ثم 31 ألفاً في عام 2023.",  # a measure between
    "وقد سجل المرفق 38 ألف زائر عام 2019، ثم بلغت الميزانية 31 مليوناً في عام 2023.",  # another scale word
])
def test_no_elided_noun_across_a_paragraph_another_amount_or_scale(s):
    assert all(u != "زائر" for v, u in vu(s) if v == 31000 or v == 31e6)


@pytest.mark.parametrize("s, fractions", [
    ("بنمو 22.2% عن الربع المماثل من العام الماضي", 0),
    ("تراجعت المبيعات في الربع الماضي بنسبة 3%", 0),
    ("وارتفعت خلال النصف الجاري من العام", 0),
    ("حصلت الشركة على الربع من الأرباح", 1),
    ("استحوذت على ربع السوق المحلية", 1),
    ("وذهب النصف إلى الجمعيات", 1),
])
def test_a_quarter_of_a_period_is_no_fraction(s, fractions):
    assert sum(u == "fraction" for _, u in vu(s)) == fractions
