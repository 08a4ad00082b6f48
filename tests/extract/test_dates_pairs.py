"""Synthetic tests (written for the rules, not copied from any text) of Hijri forms: a
Hijri/Gregorian pair is ONE row valued at its Gregorian half, its halves checked against each
other; year-first numeric Hijri dates; ordinal day words before a Hijri month."""

import pytest

from tahqiq.extract.dates import dates_from_string


def one(s, anchor=None):
    df = dates_from_string(s, anchor)
    assert len(df) == 1, df[["text", "start_date", "end_date", "note"]].to_dict("records")
    return df.iloc[0]


@pytest.mark.parametrize("s,start,end,agree", [
    ("نزل الجيش المدينة سنة 23هـ/644م ثم رحل.", "0644-01-01", "0644-12-31", True),
    ("بنيت القلعة عام 589هـ/1193م على التل.", "1193-01-01", "1193-12-31", True),
    ("بنيت القلعة عام 589هـ/1250م على التل.", "1250-01-01", "1250-12-31", False),
    ("صدر النظام عام 1430هـ (2009م) بعد دراسة.", "2009-01-01", "2009-12-31", True),
])
def test_a_hijri_gregorian_year_pair_is_one_row_at_its_gregorian_half(s, start, end, agree):
    r = one(s)
    assert (r.type, r.start_date, r.end_date) == ("year", start, end)
    assert ("disagrees" not in r.note) == agree, r.note


def test_a_hijri_gregorian_range_pair_is_one_year_range():
    r = one("حكمت الأسرة بين 656-923هـ/1258-1517م في تلك البلاد.")
    assert (r.type, r.start_date, r.end_date) == ("year_range", "1258-01-01", "1517-12-31")
    assert "agrees" in r.note
    r = one("حكمت الأسرة بين 656-923هـ/1258-1300م في تلك البلاد.")
    assert "disagrees" in r.note


@pytest.mark.parametrize("s,start,end,agree", [
    ("وصل الوفد في شعبان 1444هـ/فبراير 2023م إلى المدينة.", "2023-02-01", "2023-02-28", True),
    ("وصل الوفد في شعبان 1444هـ الموافق مارس 2023م إلى المدينة.", "2023-03-01", "2023-03-31", True),
    ("وصل الوفد في شعبان 1444هـ/أكتوبر 2023م إلى المدينة.", "2023-10-01", "2023-10-31", False),
])
def test_a_hijri_gregorian_month_pair_is_one_row_at_its_gregorian_month(s, start, end, agree):
    r = one(s)
    assert (r.type, r.start_date, r.end_date) == ("month", start, end)
    assert ("disagrees" not in r.note) == agree, r.note


def test_a_two_digit_hijri_year_needs_its_cue_or_its_pair():
    r = one("توفي الخليفة سنة 40هـ في الكوفة.")
    assert r.type == "year" and r.start_date.startswith("0660") and "approximate" in r.note
    assert dates_from_string("الملف رقم 40هـ في الأرشيف.").empty
    assert dates_from_string("قرأ 12 هـ و13 هـ").empty


@pytest.mark.parametrize("s,day", [
    ("صدر التعميم بتاريخ 1430/3/10هـ للعمل به.", "2009-03-07"),
    ("صدر التعميم بتاريخ 1430-03-10هـ للعمل به.", "2009-03-07"),
])
def test_a_year_first_numeric_hijri_date(s, day):
    r = one(s)
    assert (r.type, r.start_date, r.end_date) == ("date", day, day) and "Hijri 1430-03-10" in r.note


def test_a_year_first_numeric_date_without_hijri_marker_is_not_hijri():
    r = one("Filed on 2009/3/10 by the clerk.")
    assert (r.start_date, r.note) == ("2009-03-10", None)


@pytest.mark.parametrize("s,day", [
    ("تبدأ الدراسة في الأول من محرم 1446هـ كما تقرر.", "2024-07-07"),
    ("تبدأ الدراسة في العاشر من شهر محرم 1446هـ كما تقرر.", "2024-07-16"),
    ("وفي الحادي والعشرين من رجب 1440هـ عقد اللقاء.", "2019-03-28"),
])
def test_an_ordinal_day_word_before_a_hijri_month(s, day):
    r = one(s)
    assert (r.type, r.start_date, r.end_date) == ("date", day, day)


def test_an_ordinal_word_not_a_day_before_a_hijri_month_is_no_day():
    r = one("وصل الفوج الأول في محرم 1446هـ إلى المدينة.")
    assert (r.type, r.start_date, r.end_date) == ("month", "2024-07-07", "2024-08-04")


# -- millennia before the common era ------------------------------------------------------

@pytest.mark.parametrize("s,start,end", [
    ("ظهرت أولى القرى الزراعية في الألفية السابعة قبل الميلاد على ضفاف النهر.", "-6999-01-01", "-6000-12-31"),
    ("يعود الفخار إلى الألفية الثانية ق.م في هذا الوادي.", "-1999-01-01", "-1000-12-31"),
    ("Bronze tools spread in the second millennium BC across the region.", "-1999-01-01", "-1000-12-31"),
    ("Settlers arrived in the 6th millennium BCE.", "-5999-01-01", "-5000-12-31"),
])
def test_a_millennium_before_the_common_era(s, start, end):
    r = one(s)
    assert (r.type, r.start_date, r.end_date) == ("millennium", start, end)


def test_a_millennium_without_its_era_is_of_the_common_era():
    r = one("دخل العالم الألفية الثالثة بتحديات جديدة.")
    assert (r.start_date, r.end_date) == ("2001-01-01", "3000-12-31")
    assert dates_from_string("عاشت القبيلة قبل الميلاد بقرون في الجبال.").empty


# -- Hijri centuries ---------------------------------------------------------------------

@pytest.mark.parametrize("s,start,end,agree", [
    ("ازدهرت صناعة الورق في القرن السادس الهجري/الثاني عشر الميلادي في المدينة.", "1100-01-01", "1199-12-31", True),
    ("بني الجامع في القرن الرابع الهجري (العاشر الميلادي) على التل.", "0900-01-01", "0999-12-31", True),
    ("بني الجامع في القرن الرابع الهجري/الخامس عشر الميلادي على التل.", "1400-01-01", "1499-12-31", False),
])
def test_a_hijri_gregorian_century_pair_is_one_row_at_its_gregorian_century(s, start, end, agree):
    r = one(s)
    assert (r.type, r.start_date, r.end_date) == ("century", start, end)
    assert ("disagrees" not in r.note) == agree, r.note


def test_a_hijri_century_alone_is_converted_approximately():
    r = one("اشتهرت المدينة في القرن السادس الهجري بأسواقها.")
    assert r.type == "century" and (r.start_date, r.end_date) == ("1106-09-09", "1203-09-16")
    assert "approximate" in r.note


def test_a_century_without_hijri_is_gregorian():
    r = one("اشتهرت المدينة في القرن السادس عشر بأسواقها.")
    assert (r.start_date, r.end_date, r.note) == ("1500-01-01", "1599-12-31", None)


# -- a Hijri day and its Gregorian day joined by «الموافق» are one row -------------------------

@pytest.mark.parametrize("s,day,agree", [
    ("افتُتح المبنى في العاشر من شوال 1445هـ الموافق 19 نيسان 2024م.", "2024-04-19", True),
    ("عقد المؤتمر يوم 19 أبريل 2024م الموافق 10 شوال 1445هـ.", "2024-04-19", True),
    ("وقع الحادث في 5 محرم 1446 هـ، الموافق لـ 11 يوليو 2024.", "2024-07-11", True),
    ("افتُتح المبنى في العاشر من شوال 1445هـ الموافق 29 نيسان 2024م.", "2024-04-29", False),
])
def test_a_hijri_day_glossed_by_muwafiq_is_one_row(s, day, agree):
    df = dates_from_string(s)
    assert len(df) == 1, df[["text", "start_date"]].to_dict("records")
    r = df.iloc[0]
    assert r.start_date == r.end_date == day and r.note.startswith("Hijri/Gregorian pair")
    assert ("disagrees" not in r.note) == agree


def test_a_day_glossed_in_brackets_or_two_dates_in_a_list_stay_two_rows():
    assert len(dates_from_string("ولد في 3 آذار 1950 (15 جمادى الأولى 1369هـ) في القرية.")) == 2
    assert len(dates_from_string("في العاشر من شوال 1445هـ، ثم في 3 أيار 2024 عاد.")) == 2


@pytest.mark.parametrize("s,start,agree", [
    ("صدر القرار في عام 1445هـ الموافق لعام 2024م بعد دراسة.", "2024-01-01", True),
    ("صدر القرار في عام 1445هـ الموافق لعام 2019م بعد دراسة.", "2019-01-01", False),
])
def test_a_hijri_year_glossed_by_muwafiq_li_is_one_row(s, start, agree):
    r = one(s)
    assert r.start_date == start and r.note.startswith("Hijri/Gregorian pair") and ("disagrees" not in r.note) == agree
