"""A number with no noun takes the unit of the whole it is a part of, or of the figure it is
compared with (:mod:`tahqiq.extract.figures.parts`); a four-digit count before its noun is not a year."""

from __future__ import annotations

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string


def _got(s: str) -> dict[str, tuple[float, str | None]]:
    return {r.text: (r.value, None if pd.isna(r.unit) else r.unit) for r in figures_from_string(s).itertuples()}


@pytest.mark.parametrize("s, quote, value, unit", [
    ("يعمل في المصنع 900 عامل، منهم 350 في الورديات الليلية.", "350", 350, "عامل"),
    ("تضم المكتبة 20 ألف كتاب، منها 4 آلاف في قسم المراجع.", "4 آلاف", 4000, "كتاب"),
    ("بلغت الإيرادات 8 ملايين دينار كويتي، منها 3 ملايين للتعليم.", "3 ملايين", 3e6, "KWD"),
    ("سافر 60 طالباً إلى الخارج، وعاد 45 منهم قبل نهاية العام.", "45", 45, "طالب"),
    ("افتتحت الوزارة عشر مدارس، منها ثلاث في الجنوب.", "ثلاث", 3, "مدرسة"),
    ("اعتقلت الشرطة 12 شخصاً، وأُفرج عن خمسة منهم.", "خمسة", 5, "شخص"),
    ("حضر الندوة 400 باحث، من بينهم 90 من الجامعات العربية.", "90", 90, "باحث"),
    ("استقبل المتحف 25 ألف زائر هذا الشتاء، مقابل 18 ألفاً في الشتاء الماضي.", "18 ألفاً", 18000, "زائر"),
    ("صدّرت الشركة 700 طن، مقارنة بـ 500 في العام السابق.", "500", 500, "tonne"),
    ("بلغت نسبة النجاح 80% هذا العام بعد أن كانت 65 قبل عامين.", "65", 65, "%"),
    ("بلغ عدد الزوار 6500 زائر، منهم 1500 من خارج البلاد.", "1500", 1500, "زائر"),
])
def test_a_part_takes_the_unit_of_its_whole(s, quote, value, unit):
    assert _got(s)[quote] == (value, unit)


def test_parts_joined_by_and():
    got = _got("يعمل في الشركة 5,000 موظف، منهم 3,200 في المصانع و1,800 في المكاتب.")
    assert got["3,200"] == (3200, "موظف") and got["1,800"] == (1800, "موظف")


@pytest.mark.parametrize("s, quote", [
    ("بلغ عدد الموظفين 300 موظف. ومنهم 20 في الخارج.", "20"),  # not across a sentence end
    ("منهم 20 في الخارج.", "20"),  # no whole before it
    ("ارتفع عدد العمال إلى 900 عامل\nمنهم 40 في الإدارة.", "40"),  # not across a line
])
def test_no_part_without_a_whole_in_its_sentence(s, quote):
    assert quote not in _got(s)


def test_a_year_after_a_comparison_is_not_a_part():
    got = _got("صدّرت البلاد 40 ألف طن في 2020 مقابل 2019 التي شهدت تراجعاً.")
    assert "2019" not in got and got["40 ألف طن"] == (40000, "tonne")


def test_a_part_with_its_own_unit_keeps_it():
    got = _got("بلغ عدد السكان 50 ألف نسمة، منهم 30% من الشباب.")
    assert got["30%"] == (30, "%")


@pytest.mark.parametrize("s, quote, unit", [
    ("سجّلت الجامعة 1500 طالبة في برامج الهندسة.", "1500 طالبة", "طالبة"),
    ("شارك في المسابقة 1200 طالب من 40 مدرسة.", "1200 طالب", "طالب"),
    ("أرسلت الوزارة 2400 خيمة إلى المخيمات.", "2400 خيمة", "خيمة"),
])
def test_a_four_digit_count_before_its_noun(s, quote, unit):
    assert _got(s)[quote][1] == unit


@pytest.mark.parametrize("s", [
    "في 1990 طالب الوزير بالإصلاح.",
    "عام 1995 شهد العالم تحولات كبيرة.",
    "وحققت رؤية 2030 الطموحة أهدافها الأولى.",
    "منذ 1948 عاش اللاجئون في المخيمات.",
])
def test_a_year_before_a_word_is_not_a_count(s):
    assert figures_from_string(s).empty
