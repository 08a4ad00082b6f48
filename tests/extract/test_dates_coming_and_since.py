"""Relative dates read from heldout9's misses (session 13; in-sample since), with synthetic sentences:
«المقبل/القادم» in any number counts from the time of writing, even after a later date of its
sentence; a month without its year does not borrow the year of a later date that another time
word («منذ»، «مقابل»، «بعد») puts elsewhere."""

from __future__ import annotations

import pytest

from tahqiq.extract.dates import dates_from_string

HEAD = "الأحد 9 آذار 2025\n\n"


def _row(text: str, quote: str):
    d = dates_from_string(HEAD + text)
    return d[d["text"].str.contains(quote)].iloc[0]


@pytest.mark.parametrize("phrase, first, last", [
    ("السنتين المقبلتين", "2026-01-01", "2027-12-31"),
    ("العامين القادمين", "2026-01-01", "2027-12-31"),
    ("السنوات الثلاث المقبلة", "2026-01-01", "2028-12-31"),
])
def test_the_coming_years_count_from_the_time_of_writing_not_a_date_of_the_sentence(phrase, first, last):
    r = _row(f"ستبقى الرسوم كما هي حتى عام 2029، ما قد يرفع الأسعار في {phrase}.", phrase)
    assert (r["start_date"], r["end_date"]) == (first, last)


def test_the_following_years_still_count_from_the_date_before_them():
    d = dates_from_string(HEAD + "انتهت الحرب عام 1946، وفي العام التالي أعيد البناء.")
    r = d[d["text"].str.contains("التالي")].iloc[0]
    assert r["start_date"] == "1947-01-01"


@pytest.mark.parametrize("between", ["منذ اندلاع الأزمة", "بعد الأزمة التي بدأت", "مقابل ما سُجّل"])
def test_a_month_without_its_year_does_not_borrow_a_later_year_across_another_time(between):
    r = _row(f"بلغت الصادرات 40 شحنة في كانون الثاني، في أعلى مستوى {between} في أيار 2022.", "كانون الثاني")
    assert r["start_date"] == "2025-01-01"


def test_a_day_without_its_year_still_takes_the_year_its_sentence_gives_it():
    d = dates_from_string("في 12 نيسان وفي المدينة الأخرى يوم 13 نيسان عام 1921 أعلنت الهدنة.")
    assert d.iloc[0]["start_date"] == "1921-04-12"


def test_the_coming_years_of_a_narrated_past_date_count_from_it():
    r = _row("وقّع الوزيران عام 2019 خطة تلزم البلدين بالتنسيق على مدى السنوات الثلاث المقبلة.", "المقبلة")
    assert (r["start_date"], r["end_date"]) == ("2020-01-01", "2022-12-31")
