"""A currency implied by its paragraph, and the pound that is sterling only when it says so (issue 10)."""

from __future__ import annotations

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string


def _rows(s: str) -> list[tuple[str, float, str | None, str]]:
    df = figures_from_string(s)
    return [(r.text, r.value, None if pd.isna(r.unit) else r.unit, r.type) for r in df.itertuples()]


@pytest.mark.parametrize("s, quote, unit", [
    # the currency named earlier in the paragraph, with or without a number of its own
    ("صدّرت الشركة سلعاً بقيمة 120 مليون درهم، منها 30 مليوناً للزيت.", "30 مليوناً", "درهم"),
    ("حُسبت الميزانية بالريال، وبلغت 4 مليارات في السنة الأولى.", "4 مليارات", "ريال"),
    ("رصد المجلس 90 مليون جنيه مصري للطرق، و12 مليوناً للجسور.", "12 مليوناً", "EGP"),
    ("قدّرت الوزارة الكلفة بالدينار: 8 ملايين للمدارس.", "8 ملايين", "دينار"),
])
def test_bare_scale_amount_takes_the_currency_of_its_paragraph(s, quote, unit):
    row = figures_from_string(s).set_index("text").loc[quote]
    assert row["unit"] == unit and row["type"] == "money"
    assert row["note"] == "currency implied by the paragraph"


def test_never_across_a_paragraph():
    s = "بلغت قيمة العقد 70 مليون درهم.\nوفي الموسم التالي ارتفع الرقم إلى 2 مليون."
    row = figures_from_string(s).set_index("text").loc["2 مليون"]
    assert pd.isna(row["unit"]) and row["type"] == "number"


def test_never_when_the_paragraph_names_two_currencies():
    s = "دفع الطرف الأول 6 ملايين ريال والطرف الثاني 9 ملايين دينار، ثم 3 ملايين."
    got = {q: u for q, _, u, _ in _rows(s)}
    assert got["6 ملايين ريال"] == "ريال" and got["9 ملايين دينار"] == "دينار"
    assert got["3 ملايين"] is None


def test_a_counted_noun_keeps_its_own_unit_and_a_currency_later_is_not_read_back():
    s = "يبلغ عدد سكان البلد 40 مليون نسمة، و5 ملايين في العاصمة، ويتداولون الدرهم."
    got = {q: u for q, _, u, _ in _rows(s)}
    assert got["40 مليون نسمة"] == "نسمة"
    assert got["5 ملايين"] is None  # the currency comes after: nothing is guessed


def test_english_bare_scale_amount_is_left_alone():
    assert _rows("The fund holds 50 million.") == [("50 million", 50e6, None, "number")]


@pytest.mark.parametrize("s, unit", [
    ("اشترى المتحف اللوحة بـ 900 جنيه إسترليني.", "GBP"),
    ("اشترى المتحف اللوحة بـ 900 جنيه استرليني.", "GBP"),
    ("بلغ سعر الكيس 900 جنيه مصري.", "EGP"),
    ("بلغ سعر الكيس 900 جنيه سوداني.", "SDG"),
    ("بلغ سعر الكيس 900 جنيه.", "جنيه"),  # no country named: the bare unit, never GBP
    ("دفع 15 جنيهات عن كل كيس.", "جنيه"),
    ("بلغ الثمن 300 دينار.", "دينار"),
    ("بلغ الثمن 300 دولار.", "USD"),
])
def test_pound_is_sterling_only_when_it_says_so(s, unit):
    df = figures_from_string(s)
    assert list(df["unit"]) == [unit] and list(df["type"]) == ["money"]


def test_a_two_letter_currency_needs_its_article_after_a_proclitic():
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.extract.figures import extract_figures

    # «بين» is "between", not «ب» + «ين» (yen)
    s = "ويقسم الباقي وقدره 60 مليار متر مكعب بين الدولتين: 42.5 مليار للأولى و18.5 مليار للثانية."
    f = extract_figures(from_string(s, "plain"))
    assert "JPY" not in set(f["unit"].dropna())
    s = "بلغت صادرات اليابان بالين 5 تريليونات، منها 2 تريليون للصين."
    assert set(extract_figures(from_string(s, "plain"))["unit"].dropna()) == {"JPY"}
