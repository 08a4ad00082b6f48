"""Synthetic tests (written for the rules, not copied from any text) of relative expressions
counted from the anchor: seasons («هذا الموسم», «الموسم الماضي»), «أمس», «أول أمس», «أمس
الخميس» against a dateline, and the weekday of a dateline."""

import pytest

from tahqiq.extract.dates import dates_from_string


def rows(s, anchor=None):
    df = dates_from_string(s, anchor)
    return [(r.text, r.start_date, r.end_date) for r in df.itertuples()]


@pytest.mark.parametrize("s,expected", [
    ("ارتفع محصول القمح هذا الموسم بعد جفاف طويل.", [("هذا الموسم", "2030-01-01", "2030-12-31")]),
    ("كان الحصاد في الموسم الماضي أضعف.", [("الموسم الماضي", "2029-01-01", "2029-12-31")]),
    ("ويتوقع المزارعون أن يتحسن الموسم المقبل.", [("الموسم المقبل", "2031-01-01", "2031-12-31")]),
])
def test_a_season_counted_from_the_anchor_is_a_year(s, expected):
    assert rows(s, "2030") == expected


def test_a_season_with_no_deixis_is_no_date():
    assert rows("بدأ موسم الحصاد وجاء الموسم بأمطار غزيرة.", "2030") == []


def test_the_same_season_follows_the_year_just_named():
    assert rows("بلغ الإنتاج في عام 2019 نحو مليون طن، وكان الموسم الماضي أفضل.", "2030") == [
        ("عام 2019", "2019-01-01", "2019-12-31"), ("الموسم الماضي", "2018-01-01", "2018-12-31")]


DATELINE = "مدينة الواحة – «وكالة الأنباء» – الأربعاء 7 تشرين الأول/أكتوبر 2026\n\n"


def test_yesterday_is_the_day_before_the_dateline():
    df = dates_from_string(DATELINE + "أعلن الوزير أمس أن المشروع اكتمل، وكان قد زار الموقع أول أمس.")
    got = [(r.text, r.start_date) for r in df.itertuples()][1:]
    assert got == [("أمس", "2026-10-06"), ("أول أمس", "2026-10-05")]
    assert "dateline" in df.iloc[1].anchor


def test_yesterday_with_its_weekday_is_checked():
    df = dates_from_string(DATELINE + "أعلن الوزير أمس الثلاثاء أن المشروع اكتمل.")
    r = df.iloc[1]
    assert (r.text, r.start_date, r.note) == ("أمس الثلاثاء", "2026-10-06", None)
    df = dates_from_string(DATELINE + "أعلن الوزير أمس السبت أن المشروع اكتمل.")
    assert "not the «السبت» named" in df.iloc[1].note


def test_yesterday_before_a_date_is_part_of_its_row_and_checked():
    df = dates_from_string("افتتح الوزير مساء أمس الثلاثاء 6 تشرين الأول المعرض.", "2026-10-07")
    assert [(r.text, r.start_date, r.note) for r in df.itertuples()] == [
        ("أمس الثلاثاء 6 تشرين الأول", "2026-10-06", None)]
    df = dates_from_string("افتتح الوزير مساء أمس 4 تشرين الأول المعرض.", "2026-10-07")
    assert "2026-10-06" in df.iloc[0].note


def test_yesterday_without_a_day_anchor_is_unresolved():
    df = dates_from_string("أعلن الوزير أمس أن المشروع اكتمل.", "2026")
    assert (df.iloc[0].text, df.iloc[0].start_date) == ("أمس", None)


@pytest.mark.parametrize("s", [
    "إن المزارعين في أمس الحاجة إلى الماء.",
    "كانت القرية أمس ما تكون إلى طريق معبد.",
    "الأمسية الشعرية كانت جميلة.",
])
def test_the_superlative_amass_is_no_yesterday(s):
    assert rows(s, "2026-10-07") == []


def test_a_weekday_before_a_dateline_date_does_not_hide_the_dateline():
    df = dates_from_string("مدينة الواحة الشمالية – «وكالة الأنباء» – الأربعاء 7 تشرين الأول 2026\n\n"
                           "وستبدأ المرحلة الثانية في كانون الثاني 2027.\n\nأعلن الوزير أمس النتائج.")
    assert df.iloc[-1].start_date == "2026-10-06" and "dateline" in df.iloc[-1].anchor


# -- «قبل N» (ago) and the present («العام الجاري») count from the time of writing ------------

def test_ago_counts_from_the_publication_not_from_the_date_before_it():
    s = "أُسس النادي عام 1990، أي قبل خمسة وثلاثين عاماً."
    assert rows(s, "2025")[-1] == ("قبل خمسة وثلاثين عاما", "1990-01-01", "1990-12-31")
    s = "في عام 2001 زار الوفد المدينة التي هجرها قبل عشر سنوات."
    assert rows(s, "2024")[-1] == ("قبل عشر سنوات", "2014-01-01", "2014-12-31")
    # no anchor: not counted from the narrative's date, left unresolved
    assert dates_from_string("في عام 2001 زار المدينة التي هجرها قبل عشر سنوات.").start_date.tolist() == ["2001-01-01", None]
    # «بعد N» (later) still follows the narrative
    assert rows("تزوج عام 1960، وبعد ثلاث سنوات رحل.", "2024")[-1] == ("وبعد ثلاث سنوات", "1963-01-01", "1963-12-31")


def test_the_present_year_is_the_year_of_writing_not_the_narrative_year():
    s = "بلغت الأرباح 5 ملايين في 2023، وستتضاعف في الربع الثالث من العام الجاري."
    assert rows(s, "2024-05-02")[-1] == ("الربع الثالث من العام الجاري", "2024-07-01", "2024-09-30")
    s = "صدّرت الشركة مليون طن في 2021، وتأمل أن تبلغ ضعفيها هذا العام."
    assert rows(s, "2023")[-1] == ("هذا العام", "2023-01-01", "2023-12-31")
    assert rows("سجلنا في 2019 رقما قياسيا تجاوزناه في العام الحالي.", "2022")[-1][1:] == ("2022-01-01", "2022-12-31")
    # «العام الماضي», «العام التالي» keep following the narrative in their sentence
    assert rows("بلغ الإنتاج مليون طن في عام 2015، بعد أن كان أقل في العام السابق.", "2024")[-1][1] == "2014-01-01"


# -- «أمس» before a day is the day before the time of writing, whatever its sentence names ----

def test_yesterday_with_a_day_takes_the_year_of_the_anchor_not_of_its_sentence():
    s = "أكد الوزير أمس الأربعاء 8 كانون الثاني أن الصادرات في عام 2024 تراجعت."
    assert rows(s, "2025-01-09")[0] == ("أمس الأربعاء 8 كانون الثاني", "2025-01-08", "2025-01-08")
    # without «أمس» the day still takes its year from the sentence
    s = "في 8 كانون الثاني أعلنت الوزارة أرقام عام 2024."
    assert rows(s, "2025-06-01")[0] == ("8 كانون الثاني", "2024-01-08", "2024-01-08")


# -- a month of a relative year («أيلول من العام نفسه») is one expression ----------------------

@pytest.mark.parametrize("s,anchor,expected", [
    ("بدأت الأعمال في شباط 2019 وانتهت في تشرين الأول من العام نفسه.", "2024",
     ("تشرين الأول من العام نفسه", "2019-10-01", "2019-10-31")),
    ("زار الرئيس المدينة في آذار من العام الماضي.", "2024-05-01", ("آذار من العام الماضي", "2023-03-01", "2023-03-31")),
    ("ستفتتح القاعة في 5 حزيران من العام المقبل.", "2024-05-01", ("5 حزيران من العام المقبل", "2025-06-05", "2025-06-05")),
])
def test_a_month_of_a_relative_year_is_one_row(s, anchor, expected):
    assert rows(s, anchor)[-1] == expected


def test_a_month_then_a_relative_year_not_joined_by_min_stay_two_rows():
    got = rows("وصل الوفد في آذار، وفي العام الماضي زار الموقع.", "2024-05-01")
    assert [g[0] for g in got] == ["آذار", "العام الماضي"]
