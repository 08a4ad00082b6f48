"""Broken plurals and sound plurals in -ات read to the singular lemma (issue 10 point 3), and the
indefinite dual read by morphology with its guards (a proclitic-looking first letter, an adjective
agreeing with a dual, the sound plural of a participle spelt like a noun)."""

from __future__ import annotations

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string
from tahqiq.extract.figures.lemmas import lemma


def _units(s: str) -> dict[str, str | None]:
    return {r.text: (None if pd.isna(r.unit) else r.unit) for r in figures_from_string(s).itertuples()}


@pytest.mark.parametrize("plural, singular", [
    ("أنشطة", "نشاط"), ("معالم", "معلم"), ("معاصر", "معصرة"), ("مطاعم", "مطعم"), ("قلاع", "قلعة"),
    ("أبراج", "برج"), ("مقابر", "مقبرة"), ("أشجار", "شجرة"), ("أجهزة", "جهاز"), ("جرائم", "جريمة"),
    ("تقارير", "تقرير"), ("صحف", "صحيفة"), ("وظائف", "وظيفة"), ("مواسم", "موسم"), ("ضرائب", "ضريبة"),
    ("قروض", "قرض"), ("أماكن", "مكان"), ("عواصم", "عاصمة"), ("آثار", "أثر"), ("طوابق", "طابق"),
    ("مطارات", "مطار"), ("حسابات", "حساب"), ("مخيمات", "مخيم"), ("مهرجانات", "مهرجان"), ("منشآت", "منشأة"),
    ("مباريات", "مباراة"), ("طالبات", "طالبة"), ("موظفات", "موظفة"),
])
def test_plural_to_singular(plural, singular):
    assert lemma(plural, 5)[0] == singular
    assert lemma("ال" + plural, 5)[0] == singular


@pytest.mark.parametrize("s, quote, unit", [
    ("زار الطلاب خمسة متاحف وسبعة معالم في المدينة.", "سبعة معالم", "معلم"),
    ("نظّمت الجمعية 6 أنشطة للأطفال.", "6 أنشطة", "نشاط"),
    ("تضم القرية 9 معاصر للزيتون.", "9 معاصر", "معصرة"),
    ("افتُتحت 4 مستشفيات و3 مخيمات.", "3 مخيمات", "مخيم"),
    ("تشارك 8 منتخبات في البطولة.", "8 منتخبات", "منتخب"),
])
def test_counts_take_the_singular(s, quote, unit):
    assert _units(s)[quote] == unit


def test_a_singular_that_looks_like_a_plural_stays_after_a_scale_word():
    # «مزارع» is a farmer (singular) after «آلاف», not the plural of «مزرعة»
    assert _units("استفاد من البرنامج ثلاثة آلاف مزارع.")["ثلاثة آلاف مزارع"] == "مزارع"


@pytest.mark.parametrize("s, quote, unit", [
    ("وقّعت البلدية مذكرة مع بلديتين في الخارج.", "بلديتين", "بلدية"),  # «ب» is the word's own letter
    ("اكتفت الإدارة بمكتبين في العاصمة.", "بمكتبين", "مكتب"),  # here it is a proclitic
])
def test_duals_with_a_first_letter_that_looks_like_a_proclitic(s, quote, unit):
    got = _units(s)
    assert got.get(quote, got.get(quote.removeprefix("ب"))) == unit


@pytest.mark.parametrize("s", [
    "عيّنت الوزارة معلمين جدداً في المدارس.",  # teachers, a sound plural
    "سافر مدربين ومشرفين مع الفريق.",
    "تعمل الشركة مع شركة طيران وطنية.",  # «طيران» is aviation, not two birds
    "وقعت البلدية اتفاقاً مع بلديتين أوروبيتين، وشاركت المدينة الأوروبية.",  # «أوروبيتين» agrees with the dual
])
def test_not_duals(s):
    got = _units(s)
    assert not any(u in ("معلم", "مدرب", "مشرف", "طير", "أوروبية", "اوروبيه") for u in got.values())
