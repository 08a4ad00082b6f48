"""Units of volume, area, power and energy, and rates (issue 10 point 3): litre, kW, MW, kWh, MWh,
hectare, dunam, m2; «طن سنوياً», «لتر في اليوم», «طن/سنة»; «في العام 2023» is a time, not a rate."""

from __future__ import annotations

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string


def _got(s: str) -> list[tuple[str, float, str | None]]:
    return [(r.text, r.value, None if pd.isna(r.unit) else r.unit) for r in figures_from_string(s).itertuples()]


@pytest.mark.parametrize("s, quote, value, unit", [
    ("يحتاج المنزل إلى 150 لتراً من الماء.", "150 لتراً", 150, "litre"),
    ("خزّنت البلدة 3 ملايين ليتر من الوقود.", "3 ملايين ليتر", 3e6, "litre"),
    ("ركّبت المدرسة ألواحاً بقدرة 45 كيلوواط على السطح.", "45 كيلوواط", 45, "kW"),
    ("تبلغ قدرة المزرعة الشمسية 120 ميغاوات.", "120 ميغاوات", 120, "MW"),
    ("ارتفع الاستهلاك إلى 900 كيلوواط ساعة في الشهر الماضي.", "900 كيلوواط ساعة", 900, "kWh"),
    ("ولّدت المحطة 35 ألف ميغاواط ساعة من الكهرباء.", "35 ألف ميغاواط ساعة", 35000, "MWh"),
    ("استصلحت الوزارة 70 هكتاراً من الأراضي.", "70 هكتاراً", 70, "ha"),
    ("تمتد البساتين على 250 دونماً شرق القرية.", "250 دونماً", 250, "dunam"),
    ("بيعت قطعة أرض مساحتها 600 متر مربع.", "600 متر مربع", 600, "m2"),
    ("يُقدّر الإنتاج بنحو 8 آلاف طن سنوياً.", "8 آلاف طن سنوياً", 8000, "tonne/year"),
    ("يستهلك المصنع 40 ألف لتر يومياً.", "40 ألف لتر يومياً", 40000, "litre/day"),
    ("تنقل الأنابيب 3 ملايين برميل في اليوم.", "3 ملايين برميل في اليوم", 3e6, "barrel/day"),
    ("بطاقة 500 ألف طن/سنة من الإسمنت.", "500 ألف طن/سنة", 5e5, "tonne/year"),
    ("يُنتج الحقل 20 ألف طن في العام.", "20 ألف طن في العام", 20000, "tonne/year"),
])
def test_units_and_rates(s, quote, value, unit):
    row = figures_from_string(s).set_index("text").loc[quote]
    assert row["value"] == value and row["unit"] == unit and row["type"] == "measure"


@pytest.mark.parametrize("s, quote, unit", [
    ("أنتجت المزرعة 600 طن في العام 2023.", "600 طن", "tonne"),
    ("صدّرت الشركة 70 ألف لتر في العام الماضي.", "70 ألف لتر", "litre"),
    ("استهلكت البلدة 900 لتر في اليوم الأول من الأزمة.", "900 لتر", "litre"),
])
def test_a_time_after_the_unit_is_not_a_rate(s, quote, unit):
    row = figures_from_string(s).set_index("text").loc[quote]
    assert row["unit"] == unit


def test_kwh_is_not_kw_followed_by_hours():
    got = _got("استهلك الجهاز 5 كيلوواط ساعة خلال 3 ساعات.")
    assert ("5 كيلوواط ساعة", 5.0, "kWh") in got and ("3 ساعات", 3.0, "ساعة") in got


def test_a_word_beginning_like_a_unit_is_not_one():
    # «لترميم» begins with the letters of «لتر»; «سماء» with those of «سم»
    got = _got("خصصت البلدية 40 ألف دينار لترميم المدرسة، و12 سماء.")
    assert all(u not in ("litre", "cm") for _, _, u in got)
