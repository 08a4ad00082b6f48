"""Hundreds in two words («ثلاث مئة» = 300), ordinals after the article, note markers printed as
plain digits (issue 10 point 3)."""

from __future__ import annotations

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string
from tahqiq.extract.numerals import words_value


def _got(s: str) -> dict[str, tuple[float, str | None, str]]:
    return {r.text: (r.value, None if pd.isna(r.unit) else r.unit, r.type) for r in figures_from_string(s).itertuples()}


@pytest.mark.parametrize("words, value", [
    ("ثلاث مئه", 300), ("تسع مائه", 900), ("خمس مئه وعشرين", 520), ("ثلاثمئه", 300), ("مئه", 100),
    ("اربع مائه وخمسه وسبعين", 475),
])
def test_hundreds_in_two_words(words, value):
    assert words_value(words) == (value, False)


@pytest.mark.parametrize("s, quote, value, unit", [
    ("استقبلت المدرسة ثلاث مئة طالب هذا العام.", "ثلاث مئة طالب", 300, "طالب"),
    ("تبرعت الجمعية بـ خمس مائة ألف دولار.", "خمس مائة ألف دولار", 5e5, "USD"),
    ("جمعت المكتبة تسع مئة وخمسين كتاباً.", "تسع مئة وخمسين كتاباً", 950, "كتاب"),
    ("أرسلت الوزارة سبعمئة خيمة.", "سبعمئة خيمة", 700, "خيمة"),
])
def test_hundreds_in_figures(s, quote, value, unit):
    v, u, _ = _got(s)[quote]
    assert (v, u) == (value, unit)


def test_a_number_after_mia_is_not_multiplied():
    # «ثلاث مقالات في مئة يوم»: two figures, not 300
    got = _got("قرأ ثلاث مقالات في مئة يوم.")
    assert got["ثلاث مقالات"][0] == 3 and got["مئة يوم"][0] == 100


@pytest.mark.parametrize("s, quote, value", [
    ("احتفلت المدينة بالذكرى الـ50 لتأسيسها.", "الـ50", 50),
    ("افتُتحت الدورة الـ 12 للمهرجان أمس.", "الـ 12", 12),
])
def test_a_number_after_the_article_is_an_ordinal(s, quote, value):
    v, u, typ = _got(s)[quote]
    assert (v, u, typ) == (value, None, "ordinal")


@pytest.mark.parametrize("s, marker", [
    ("وأضاف التقرير أن المدينة7 تضم 12 حياً.", "7"),
    ("ذكر المؤلف ذلك في كتابه 2 وأضاف أن المدينة قديمة.", "2"),
    ("وتراجعت الزراعة في الوادي13 بعد الجفاف.", "13"),
])
def test_note_markers_in_plain_digits_are_not_figures(s, marker):
    assert not any(q.startswith(marker) for q in _got(s))


@pytest.mark.parametrize("s, quote, unit", [
    ("خصصت الوزارة بـ960 مليون ريال للمشروع.", "960 مليون ريال", "ريال"),  # a proclitic, not a word
    ("يعمل فيها و4,500 موظف.", "4,500 موظف", "موظف"),
    ("بلغت مساحة الشقة 120 م2.", "120 م2", "m2"),
    ("اشترت البلدية 2 مليون شتلة.", "2 مليون شتلة", "شتلة"),  # a scale word: a figure
    ("استقبل المستشفى 2 طبيبين من الخارج.", "2 طبيبين", "طبيب"),  # a dual after «2»
    ("اشترت المدرسة 2 حافلات.", "2 حافلات", "حافلة"),  # a plural after «2»
])
def test_glued_proclitics_and_counted_twos_stay_figures(s, quote, unit):
    assert _got(s)[quote][1] == unit
