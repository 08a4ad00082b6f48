"""Synthetic tests of the kinds of date expressions read out of sample (issue 10, part 1): each
kind has positive and negative cases, in Arabic and in English, written for the rule (not copied
from any corpus or dev-set text)."""

import pytest

from tahqiq.extract.dates import dates_from_string


def rows(s, anchor=None):
    df = dates_from_string(s, anchor)
    return [(r.text, r.start_date, r.end_date) for r in df.itertuples()]


def one(s, anchor=None):
    df = dates_from_string(s, anchor)
    assert len(df) == 1, df[["text", "start_date", "end_date"]].to_dict("records")
    return df.iloc[0]


# -- years of any century where the context makes them years ------------------------------

@pytest.mark.parametrize("s,year", [
    ("بنيت القلعة في 1347، ثم هدمت.", "1347"),
    ("احترقت المدينة في 1502.", "1502"),
    ("The fort was built in 1347, then razed.", "1347"),
    ("منذ 1683؛ لم يتغير شيء", "1683"),
])
def test_a_year_of_any_century_after_a_preposition(s, year):
    r = one(s)
    assert r.text.endswith(year) and r.start_date == f"{year}-01-01" and r.type == "year"


def test_years_joined_to_a_year_are_years():
    assert rows("هوجمت في 1410 و 1466.") == [("1410", "1410-01-01", "1410-12-31"), ("1466", "1466-01-01", "1466-12-31")]
    assert rows("raided in 1410 and 1466.") == [("1410", "1410-01-01", "1410-12-31"), ("1466", "1466-01-01", "1466-12-31")]


@pytest.mark.parametrize("s", [
    "وصل في 1500 جندي إلى الحصن.",  # a count before its noun
    "arrived in 1500 troops",
    "انظر ص 1347، الفقرة الثانية.",  # a page
    "see page 1347, line 2",
    "بلغ عدد الزوار 1650 زائرا",  # no preposition
])
def test_a_number_that_is_no_year(s):
    assert not [r for r in rows(s) if r[1] and r[1].startswith(("15", "16", "13"))]


@pytest.mark.parametrize("s,start,end", [
    ("انتشرت الفكرة في 1740s، ثم خبت.", "1740-01-01", "1749-12-31"),
    ("it spread in the 1640s.", "1640-01-01", "1649-12-31"),
])
def test_a_decade_of_any_century(s, start, end):
    r = one(s)
    assert (r.start_date, r.end_date, r.type) == (start, end, "decade")


def test_a_century_with_an_english_ordinal_in_arabic_text():
    r = one("في أواخر القرن 14th تغير كل شيء")
    assert (r.start_date, r.end_date, r.modifier) == ("1300-01-01", "1399-12-31", "late")


# -- before the common era ------------------------------------------------------------------

@pytest.mark.parametrize("s,start", [
    ("تأسست المدينة عام 480 قبل الميلاد تقريبا", "-0479-01-01"),
    ("سقطت سنة 1200 ق.م بعد حصار", "-1199-01-01"),
    ("founded in 480 BC by settlers", "-0479-01-01"),
    ("destroyed in 31 BCE.", "-0030-01-01"),
])
def test_a_bce_year_is_numbered_astronomically(s, start):
    r = one(s)
    assert r.start_date == start and r.end_date == start[:-5] + "12-31" and r.type == "year"


@pytest.mark.parametrize("s", ["في القرن الخامس قبل الميلاد ازدهرت", "in the 5th century BC it flourished"])
def test_a_bce_century(s):
    r = one(s)
    assert (r.start_date, r.end_date, r.type) == ("-0499-01-01", "-0400-12-31", "century")


def test_an_ad_century_and_a_count_before_the_era_word_are_not_bce():
    assert rows("في القرن الخامس الميلادي ازدهرت") == [("القرن الخامس", "0400-01-01", "0499-12-31")]
    assert rows("the 5th century was long") == []


# -- Hijri dates ----------------------------------------------------------------------------

def test_a_numeric_hijri_date_is_converted():
    r = one("صدر القرار بتاريخ ١٠ / ٣ / ١٤٣٠هـ في الرياض")
    assert (r.start_date, r.type) == ("2009-03-07", "date") and "Hijri 1430-03-10" in r.note


def test_a_hijri_month_with_its_year():
    r = one("في شوال 1440 عقد المؤتمر")
    assert (r.start_date, r.end_date, r.type) == ("2019-06-04", "2019-07-03", "month")


def test_a_hijri_year_spans_its_gregorian_days():
    r = one("في عام 1430 هـ صدر")
    assert (r.start_date, r.end_date) == ("2008-12-29", "2009-12-17")


def test_a_hijri_year_outside_the_tables_is_converted_approximately():
    r = one("توفي سنة 1105 هـ في دمشق")
    assert r.start_date[:4] == "1693" and "outside" in r.note and "approximate" in r.note


def test_a_hijri_gregorian_pair_is_one_expression_checked_both_ways():
    ok = one("افتتح عام 1430هـ/2009م")
    assert (ok.start_date, ok.end_date) == ("2009-01-01", "2009-12-31") and "agrees" in ok.note
    bad = one("افتتح عام 1430هـ/2015م")
    assert "disagrees" in bad.note
    rev = one("افتتح عام 2009م (1430هـ) رسميا")
    assert rev.text == "عام 2009م (1430هـ)" and "agrees" in rev.note


def test_a_hijri_month_name_without_a_year_or_a_gregorian_year_alone_is_no_hijri_date():
    assert rows("صام المسلمون شهر رجب") == []
    assert [r[1] for r in rows("في عام 1430 صدر")] == ["1430-01-01"]


# -- ranges in words -------------------------------------------------------------------------

@pytest.mark.parametrize("s,text,start,end", [
    ("حكم في الفترة 1803 إلى 1811 بلا منازع", "1803 إلى 1811", "1803-01-01", "1811-12-31"),
    ("ruled 1803 to 1811 unopposed", "1803 to 1811", "1803-01-01", "1811-12-31"),
    ("موسم 1987- 88 كان طويلا", "1987- 88", "1987-01-01", "1988-12-31"),
    ("the 1987-88 season", "1987-88", "1987-01-01", "1988-12-31"),
    ("وقعت بين يوليو-سبتمبر 1977 أحداث", "يوليو-سبتمبر 1977", "1977-07-01", "1977-09-30"),
])
def test_ranges_in_words(s, text, start, end):
    r = [x for x in rows(s) if x[0] == text]
    assert r == [(text, start, end)]


def test_a_year_then_until_another_is_no_range():
    assert rows("مدد في عام 2012 حتى عام 2025") == [("عام 2012", "2012-01-01", "2012-12-31"),
                                                   ("حتى عام 2025", "2025-01-01", "2025-12-31")]
    assert [r[1] for r in rows("من 1500 إلى 1800 جندي")] == []  # counted soldiers
    assert rows("the 2015-08 report") == [("2015", "2015-01-01", "2015-12-31")]  # a month number: no range


# -- the year from the side the sentence gives it ---------------------------------------------

def test_a_day_month_takes_the_year_that_follows_it_in_the_sentence():
    s = "بدأ الإضراب في مايو 1931، وفي سياق آخر طويل جدا من الأحداث المتتالية أعلن القرار في 3 آذار وفي بلدة أخرى يوم 5 آذار 1934."
    r = [x for x in rows(s) if x[0] == "3 آذار"]
    assert r == [("3 آذار", "1934-03-03", "1934-03-03")]


def test_a_day_month_after_its_year_keeps_the_year_before():
    s = "وقع في 4 مايو 1931 ثم في 9 حزيران."
    assert rows(s)[-1] == ("9 حزيران", "1931-06-09", "1931-06-09")


# -- back-references and relative days ----------------------------------------------------------

@pytest.mark.parametrize("s,text", [
    ("تأسس الحزب عام 1905، وانقسم في نفس العام.", "نفس العام"),
    ("تأسس الحزب عام 1905، وانقسم في العام ذاته.", "العام ذاته"),
    ("تأسس الحزب عام 1905، وانقسم في نهاية العام.", "نهاية العام"),
])
def test_a_back_reference_takes_the_year_just_mentioned(s, text):
    r = [x for x in rows(s, "2020") if x[0] == text]
    assert r == [(text, "1905-01-01", "1905-12-31")]


def test_a_framed_year_without_a_date_before_it_is_the_anchors():
    assert rows("ستقام الفعاليات على مدار العام.", "2021") == [("العام", "2021-01-01", "2021-12-31")]
    assert rows("ستقام الفعاليات على مدار العام.") == [("العام", None, None)]


def test_words_that_only_look_like_a_back_reference():
    assert rows("قال الأمين العام للأمم المتحدة", "2020") == []
    assert rows("الرأي العام نفسه تغير", "2020") == []


def test_relative_days_follow_the_date_just_mentioned_or_stay_unresolved():
    assert rows("سقطت المدينة في 9 مارس 1941. وفي اليوم التالي وصل الجيش.")[-1] == \
        ("اليوم التالي", "1941-03-10", "1941-03-10")
    assert rows("سقطت المدينة في 9 مارس 1941، بعد ليلة من القصف في اليوم السابق.")[-1] == \
        ("اليوم السابق", "1941-03-08", "1941-03-08")
    # only a year before it: no day to count from, nothing guessed
    assert rows("سقطت المدينة عام 1941. وفي اليوم التالي وصل الجيش.")[-1] == ("اليوم التالي", None, None)


# -- periods ------------------------------------------------------------------------------------

def test_the_first_or_last_months_of_a_year():
    assert rows("ارتفعت الأسعار في الأشهر الثلاثة الأولى من العام 2013") == \
        [("الأشهر الثلاثة الأولى من العام 2013", "2013-01-01", "2013-03-31")]
    assert rows("هبطت في الأشهر الأربعة الأخيرة من عام 2013") == \
        [("الأشهر الأربعة الأخيرة من عام 2013", "2013-09-01", "2013-12-31")]


def test_the_years_after_a_date_that_follows():
    r = rows("شهدت الأعوام الخمسة التي تلت توقيع المعاهدة سنة 1990 نموا")
    assert r[0] == ("الأعوام الخمسة التي تلت", "1991-01-01", "1995-12-31")
    r = rows("في السنوات الثلاث التي سبقت الحرب عام 1939 تسلحت")
    assert r[0] == ("السنوات الثلاث التي سبقت", "1936-01-01", "1938-12-31")


def test_a_period_with_no_date_to_count_from_is_left_unresolved():
    r = rows("شهدت الأعوام الخمسة التي تلت المعاهدة نموا.", "2020")
    assert r == [("الأعوام الخمسة التي تلت", None, None)]


# -- month pairs and months relative to the anchor ---------------------------------------------

def test_an_unslashed_month_pair_is_one_month():
    assert rows("قتل في أكتوبر تشرين الأول 1410.") == [("أكتوبر تشرين الأول 1410", "1410-10-01", "1410-10-31")]
    r = one("وقع في 22 فبراير (آذار) 1991")
    assert "disagree" in r.note


def test_a_month_relative_to_the_publication_date():
    assert rows("زار الوفد الصين في أيار الماضي", "2024-09-10") == [("أيار الماضي", "2024-05-01", "2024-05-31")]
    assert rows("زار الوفد الصين في أيار الماضي", "2024-03-10") == [("أيار الماضي", "2023-05-01", "2023-05-31")]
    assert rows("يزور الوفد الصين في مايو المقبل", "2024-09-10") == [("مايو المقبل", "2025-05-01", "2025-05-31")]
    # a year only: that month of the anchor's year; no anchor: unresolved
    assert rows("زار الوفد الصين في أيار الماضي", "2024") == [("أيار الماضي", "2024-05-01", "2024-05-31")]
    assert dates_from_string("زار الوفد الصين في أيار الماضي").start_date.tolist() == [None]


def test_a_count_between_two_events_is_a_duration_not_a_date():
    # «بعد/قبل N من <event>»: the time between two events (a figure), whether or not the event is dated
    s = "اندلعت الحرب عام 1980. وبعد ثلاث سنوات من توقيع الهدنة عام 1991 انسحبت القوات."
    assert [x for x in rows(s, "2020") if "سنوات" in x[0]] == []
    s = "اندلعت الحرب عام 1980. وبعد ثلاث سنوات من الهدنة انسحبت القوات."
    assert [x for x in rows(s, "2020") if "سنوات" in x[0]] == []
    assert [x for x in rows("أغلق المصنع في أيار 2019، قبل شهرين على انتهاء العقد.", "2020") if "شهر" in x[0]] == []
    assert [x for x in rows("وأُنجز الجسر عام 2012، أي بعد عامين من وضع حجر الأساس.", "2020") if "بعد" in x[0]] == []
    # a bare count after a date is the narrative's «N later» (kept), «أي بعد N» restates the interval (dropped)
    assert rows("انتقل إلى دمشق عام 1950، وبعد عامين سافر إلى باريس.", "2020")[-1] == ("وبعد عامين", "1952-01-01", "1952-12-31")
    assert rows("انتقل إلى دمشق عام 1950 ثم إلى باريس عام 1955، أي بعد خمس سنوات.", "2020")[-1][0] == "عام 1955"
    # «من الآن»: from now, the anchor
    assert rows("سيعود بعد شهرين من الآن", "2020-05-01") == [("بعد شهرين", "2020-07-01", "2020-07-31")]


def test_a_levantine_month_alone_is_a_month_and_a_weak_name_alone_is_not():
    assert rows("وقع الاتفاق في أيار بعد مفاوضات", "2020-09-01") == [("أيار", "2020-05-01", "2020-05-31")]
    assert rows("زار الأب ابنه", "2020-09-01") == []  # «آب» (August) is also «father»
    assert rows("مارس الرياضة يوميا", "2020-09-01") == []  # «مارس»: practised


@pytest.mark.parametrize("s,text,start", [
    ("هاجر القوم عام 622م إلى الشمال", "عام 622م", "0622-01-01"),
    ("بنيت سنة 711 ميلادية", "سنة 711 ميلادية", "0711-01-01"),
    ("crowned in AD 800 in the city", "AD 800", "0800-01-01"),
    ("completed in 537 CE.", "537 CE", "0537-01-01"),
])
def test_a_year_of_the_first_millennium_with_its_era(s, text, start):
    assert rows(s) == [(text, start, start[:5] + "12-31")]


def test_a_short_number_without_its_era_is_no_year():
    assert rows("يبلغ طوله 622 م تقريبا") == []  # metres
    assert rows("في عام 622 كان") == []


def test_the_year_of_an_iso_date_reads_bce_years():
    from tahqiq.extract.dates import year_of

    assert [year_of(s) for s in ("-0659-01-01", "0000-12-31", "0622-01-01", "2024-05-01")] == [-659, 0, 622, 2024]


# --- Hijri dates outside the Umm al-Qura tables: the tabular calendar, marked approximate ------------

def test_hijri_year_outside_tables_is_approximate_interval():
    from tahqiq.extract.dates import dates_from_string

    row = dates_from_string("فتحت المدينة سنة 400هـ بعد حصار طويل.").iloc[0]
    assert (row["start_date"], row["end_date"]) == ("1009-08-31", "1010-08-20")
    assert "approximate" in row["note"] and "tabular" in row["note"]


def test_hijri_day_outside_tables_and_pair_check():
    from tahqiq.extract.dates import dates_from_string

    day = dates_from_string("ولد في 5 شعبان 1250 هـ في دمشق.").iloc[0]
    assert day["start_date"] == day["end_date"] and day["start_date"].startswith("1834-")
    assert "approximate" in day["note"]
    pair = dates_from_string("عام 900هـ/1494م").iloc[0]  # the halves are checked by the tabular calendar
    assert "agrees with 1494" in pair["note"]
    bad = dates_from_string("عام 900هـ/1600م").iloc[0]
    assert "disagrees" in bad["note"]


def test_hijri_inside_tables_stays_umm_al_qura_and_invalid_day_is_no_date():
    from tahqiq.extract.dates import dates_from_string

    row = dates_from_string("عام 1445هـ").iloc[0]
    assert row["note"] == "Hijri 1445 (Umm al-Qura)"
    from tahqiq.extract.dates.calendars import tabular_hijri_interval
    assert tabular_hijri_interval(1200, 2, 30) is None  # Safar has 29 days in the tabular calendar
    assert tabular_hijri_interval(0) is None


@pytest.mark.parametrize("s, months", [
    # two different months joined by «و» are two months, not one month named twice (with «بين»
    # they are one range: test_a_range_of_months_with_bain_or_a_deixis_is_one_interval)
    ("أجري المسح في تشرين الأول وكانون الأول 2023.", ["2023-10", "2023-12"]),
    ("توقفت الرحلات في أيار وحزيران 2020.", ["2020-05", "2020-06"]),
    # one month named twice stays one mention
    ("وصل الوفد في سبتمبر أيلول 2019.", ["2019-09"]),
    ("وقع الهجوم في 22 فبراير (شباط) 1991.", ["1991-02"]),
])
def test_two_months_joined_by_wa_are_two_months(s, months):
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.extract.dates import extract_dates

    d = extract_dates(from_string(s, "plain"))
    assert [x[:7] for x in d["start_date"]] == months


# -- a month alone naming an event, a day that recurs -----------------------------------------

@pytest.mark.parametrize("s", [
    "غيّرت حرب أكتوبر موازين القوى في المنطقة.",
    "رفع المتظاهرون شعارات ثورة تموز في الساحة.",
    "وما زالت أحداث أيلول حاضرة في الذاكرة.",
    "يحتفل السكان بعيد الاستقلال في 17 نيسان من كل عام.",
    "يقام المهرجان في 3 آب كل سنة.",
    "The festival is held on 12 April every year.",
])
def test_an_event_named_by_a_month_and_a_recurring_day_are_no_dates(s):
    assert rows(s, "2024-05-01") == []


@pytest.mark.parametrize("s,expected", [
    ("اندلعت حرب أكتوبر 1973 بعد ست سنوات.", ("أكتوبر 1973", "1973-10-01")),
    ("وقعت المعركة في أكتوبر بعد حصار طويل.", ("أكتوبر", "2023-10-01")),
    ("يحتفل السكان في 17 نيسان بعيد الاستقلال، وكل عام يزداد عددهم.", ("17 نيسان", "2024-04-17")),
])
def test_a_month_with_its_year_or_without_an_event_noun_is_still_a_date(s, expected):
    assert rows(s, "2024-05-01")[0][:2] == expected


@pytest.mark.parametrize("s,anchor,expected", [
    # «بين X وY» is one interval (the conventions' «بين 1990 و1999» is one year range)
    ("توقفت الرحلات بين أيار وحزيران 2020.", "2024", ("2020-05-01", "2020-06-30")),
    ("أجري المسح بين تشرين الأول وكانون الأول 2023.", "2024", ("2023-10-01", "2023-12-31")),
    # a deixis after the last month resolves the range against the anchor
    ("ارتفعت المبيعات من كانون الثاني إلى آذار الماضي.", "2024-06-10", ("2024-01-01", "2024-03-31")),
    ("ارتفعت المبيعات من تشرين الثاني إلى شباط الماضي.", "2024-06-10", ("2023-11-01", "2024-02-29")),
    ("تستمر الأعمال من يونيو إلى أغسطس المقبل.", "2024-03-01", ("2024-06-01", "2024-08-31")),
])
def test_a_range_of_months_with_bain_or_a_deixis_is_one_interval(s, anchor, expected):
    df = dates_from_string(s, anchor)
    assert len(df) == 1 and (df.iloc[0].start_date, df.iloc[0].end_date) == expected


def test_two_months_with_wa_and_no_bain_before_a_deixis_stay_two():
    assert len(dates_from_string("في كانون الثاني وشباط الماضي", "2024-05-03")) == 2
    assert [r.start_date for r in dates_from_string("بين حزيران وأيار 2020", "2024").itertuples()] != ["2020-05-01"]
