"""The country of a bare riyal, dinar, dirham, pound or lira (issue 10 point 3; :mod:`tahqiq.extract.figures.currency`)."""

from __future__ import annotations

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string


def _units(s: str) -> dict[str, str | None]:
    return {r.text: (None if pd.isna(r.unit) else r.unit) for r in figures_from_string(s).itertuples()}


@pytest.mark.parametrize("s, quote, code", [
    # the adjective after the name, in any of its forms
    ("اشترت الهيئة معدات بـ 12 مليون ريال سعودي.", "12 مليون ريال سعودي", "SAR"),
    ("بلغ رأس المال 300 ألف ريال عماني.", "300 ألف ريال عماني", "OMR"),
    ("دفعت البلدية 45 ألف دينار أردني للمقاول.", "45 ألف دينار أردني", "JOD"),
    ("قدرت الخسائر بنحو 7 ملايين دينار كويتي.", "7 ملايين دينار كويتي", "KWD"),
    ("ارتفعت المبيعات إلى 90 مليون درهم إماراتي.", "90 مليون درهم إماراتي", "AED"),
    ("خصصت الوزارة 15 مليون درهم مغربي للبرنامج.", "15 مليون درهم مغربي", "MAD"),
    ("بلغ الإيجار 800 ألف ليرة لبنانية شهرياً.", "800 ألف ليرة لبنانية", "LBP"),
    ("جمع الصندوق 60 ألف دنانير بحرينية.", "60 ألف دنانير بحرينية", "BHD"),
    ("بيعت السلعة بـ 25 ريالاً قطرياً.", "25 ريالاً قطرياً", "QAR"),
])
def test_the_adjective_after_the_name_gives_the_country(s, quote, code):
    assert _units(s)[quote] == code


def test_a_later_bare_name_takes_the_nearest_qualified_mention_before_it():
    s = ("بلغت الإيرادات 5 ملايين ريال عماني في الربع الأول.\nوفي الربع الثاني بلغت 3 ملايين ريال، "
         "ثم دفعت الشركة 2 مليون ريال قطري لشريكها، و4 ملايين ريال لاحقاً.")
    got = _units(s)
    assert got["3 ملايين ريال"] == "OMR" and got["2 مليون ريال قطري"] == "QAR" and got["4 ملايين ريال"] == "QAR"


def test_a_definite_qualified_mention_counts_too():
    s = "تراجع سعر الدينار العراقي أمام الدولار، وبلغ متوسط الراتب 900 ألف دينار."
    assert _units(s)["900 ألف دينار"] == "IQD"


def test_a_bare_name_before_the_only_qualified_mention_takes_it():
    assert _units("بلغ الدعم 20 مليون درهم (الدرهم الإماراتي يساوي 0.27 دولار).")["20 مليون درهم"] == "AED"


@pytest.mark.parametrize("s, quote, code", [
    ("أعلنت الشركة السعودية أن أرباحها بلغت 630 مليون ريال.", "630 مليون ريال", "SAR"),
    ("في الرياض، بلغ متوسط الإيجار 40 ألف ريال.", "40 ألف ريال", "SAR"),
    ("قال وزير المالية في مسقط إن العجز بلغ 200 مليون ريال.", "200 مليون ريال", "OMR"),
    ("ارتفع عدد السياح في الأردن، وبلغ إنفاقهم 1.2 مليار دينار.", "1.2 مليار دينار", "JOD"),
    ("أعلنت الحكومة في الخرطوم رفع الأجور إلى 12 ألف جنيه.", "12 ألف جنيه", "SDG"),
    ("تعتزم تركيا رفع الحد الأدنى للأجور إلى 17 ألف ليرة.", "17 ألف ليرة", "TRY"),
])
def test_the_only_country_of_that_currency_named_in_the_text(s, quote, code):
    assert _units(s)[quote] == code


@pytest.mark.parametrize("s, quote, bare", [
    ("بلغ سعر الكيس 900 جنيه.", "900 جنيه", "جنيه"),  # no country named
    ("زار الوفد الكويت ثم البحرين، ودفع 900 دينار.", "900 دينار", "دينار"),  # two dinar countries
    ("وقعت قطر والسعودية اتفاقاً بقيمة 50 مليون ريال.", "50 مليون ريال", "ريال"),
    ("زار الوزير المغرب ثم دبي، وبلغت الصفقة 10 ملايين درهم.", "10 ملايين درهم", "درهم"),
    ("سافر الوفد إلى البرازيل، وبلغت الكلفة 30 ألف ريال.", "30 ألف ريال", "ريال"),  # the real by adjective only
])
def test_no_country_or_two_and_nothing_is_guessed(s, quote, bare):
    assert _units(s)[quote] == bare


def test_a_country_of_another_currency_does_not_count():
    # Egypt uses the pound, not the riyal: a riyal in a text naming only Egypt stays bare
    assert _units("زار الوفد القاهرة، ودفع 500 ريال.")["500 ريال"] == "ريال"


def test_the_dollar_is_never_reassigned():
    assert _units("أعلنت السعودية استثمار 5 مليارات دولار.")["5 مليارات دولار"] == "USD"
