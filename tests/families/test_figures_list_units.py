"""Figures: a list of bare numbers shares the unit (and scale) written once after its last member.

«تراوحت أعمارهم بين 20 و22 و24 عاماً»، «بلغت المدد 18، 36 و36 شهراً»، «12 و15 و19 مليار دولار»:
Arabic writes the counted noun (and the scale word) once, after the last number of a list joined by
«و» or by commas; every member measures it. Generated (seeded, deterministic): lists of two to five
members, Western and Eastern digits, joined by «و»، «، » or «، و», with the unit a count noun, a
duration, a measure or an amount with a scale; each inside a sentence with distractors.

What must NOT take the list's unit: a number separated from the list by a clause («وصلت 40، وفي
اليوم التالي 55 سفينة»), a number that already has its own unit («5 أهداف و3 و2 هدفاً» keeps «5
أهداف»), years («في 2001 و2005 و2019»), and a range pair keeps reading as a range
(«بين 20 و30 في المئة»: two percentages, as before).
"""

from __future__ import annotations

import random

import pytest

from tahqiq.extract.figures import figures_from_string

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
RNG = random.Random(1107)

# (the noun as written after the last number, its lemma, the scale's multiplier or 1)
UNITS = [
    ("عاماً", "عام", 1), ("شهراً", "شهر", 1), ("طائرة", "طائرة", 1), ("جندياً", "جندي", 1),
    ("كيلومتراً", "km", 1), ("مليار دولار", "USD", 1e9), ("مليون طن", "tonne", 1e6),
    ("ألف برميل", "barrel", 1e3),
]
OPENINGS = ["بلغت الأرقام على التوالي", "وسجلت الإحصاءات الرسمية", "وذكر التقرير السنوي أن القيم كانت",
            "وأظهرت البيانات المنشورة"]
CLOSINGS = ["في السنوات الثلاث الأخيرة.", "بحسب المصادر الرسمية.", "وفق ما نشرته الوزارة في تقريرها."]
JOINS = [" و", "، ", "، و"]


def _rows(s: str) -> list[tuple]:
    return [(r.text, r.value, r.unit if isinstance(r.unit, str) else None) for r in figures_from_string(s).itertuples()]


def _cases(n: int = 24):
    out = []
    for i in range(n):
        written, lemma, scale = UNITS[i % len(UNITS)]
        k = 2 + i % 4
        nums = sorted(RNG.sample(range(11, 99), k))
        join = JOINS[i % len(JOINS)]
        east = i % 3 == 2
        shown = [str(x).translate(EAST) if east else str(x) for x in nums]
        last = " و" if join == " و" or k == 2 else "، و"  # «، و» before the last of three or more
        lst = join.join(shown[:-1]) + last + shown[-1]
        s = f"{RNG.choice(OPENINGS)} {lst} {written} {RNG.choice(CLOSINGS)} وفي عام 2019 زار الوزير المنطقة."
        out.append(pytest.param(s, nums, lemma, scale, id=f"list{i}"))
    return out


@pytest.mark.parametrize("s, nums, lemma, scale", _cases())
def test_every_member_of_a_list_measures_the_unit_after_its_last(s, nums, lemma, scale):
    got = [(v, u) for _, v, u in _rows(s)]
    for x in nums:  # a measure may be read per year («مليون طن» in «السنوات الثلاث»: tonne/year)
        assert any(v == x * scale and str(u).split("/")[0] == lemma for v, u in got), (s, got)


NEGATIVES = [
    # a clause between: the first number is not a member of the list
    ("وصلت 40، وفي اليوم التالي 55 سفينة إلى الميناء.", {(55.0, "سفينة")}, 40.0),
    # years are not counted
    ("وقعت الاتفاقات في 2001 و2005 و2019 بعد مفاوضات طويلة.", set(), 2001.0),
]


@pytest.mark.parametrize("s, want, absent", NEGATIVES, ids=["clause-between", "years"])
def test_what_is_not_a_member_keeps_no_unit(s, want, absent):
    got = {(v, u) for _, v, u in _rows(s)}
    assert want <= got, got
    assert not any(v == absent for v, _ in got), got


def test_a_number_with_its_own_unit_keeps_it():
    got = _rows("سجل الفريق 5 أهداف و3 و2 هدفاً في المباريات الثلاث.")
    assert ("5 أهداف", 5.0, "هدف") in got, got
    assert [v for _, v, u in got if u == "هدف"].count(5.0) == 1, got


def test_a_range_pair_still_reads_as_two_bounds_of_one_unit():
    got = _rows("ارتفعت النسبة بين 20 و30 في المئة خلال العقد الماضي.")
    assert {(v, u) for _, v, u in got} == {(20.0, "%"), (30.0, "%")}, got


def test_english_digits_inside_arabic_and_eastern_digits_agree():
    west = _rows("بلغت مدد العقود 18 و36 و30 شهراً على التوالي.")
    east = _rows("بلغت مدد العقود ١٨ و٣٦ و٣٠ شهراً على التوالي.")
    assert [(v, u) for _, v, u in west] == [(v, u) for _, v, u in east] == [(18.0, "شهر"), (36.0, "شهر"), (30.0, "شهر")]
