"""Synthetic tests (written for the rules, not copied from any text) of the conventions of a
yearly report: quarters named without a year, a comparison's baseline date that anchors nothing,
«الربع الثاني من العام», and «خلال العام» before an amount."""

import pytest

from tahqiq.extract.dates import dates_from_string


def rows(s, anchor=None):
    df = dates_from_string(s, anchor)
    return [(r.text, r.start_date, r.end_date) for r in df.itertuples()]


REPORT = ("حققت شركة الواحة أرباحا للعام المالي المنتهي في 31 ديسمبر 2028، إذ بلغت مبيعاتها 9 مليارات، "
          "مقابل 7 مليارات في عام 2027. وارتفع عدد العملاء إلى مليونين من مليون ونصف في العام السابق.\n\n"
          "وحقق الربع الأخير أعلى مبيعات، تلاه الربع الثالث، ثم النصف الأول مجتمعا.")


def test_a_comparison_baseline_anchors_no_later_relative_expression():
    got = rows(REPORT, "2029")
    assert ("العام السابق", "2027-01-01", "2027-12-31") in got


def test_quarters_without_a_year_take_the_recent_year_of_the_report():
    got = rows(REPORT, "2029")
    assert got[-3:] == [("الربع الأخير", "2028-10-01", "2028-12-31"), ("الربع الثالث", "2028-07-01", "2028-09-30"),
                        ("النصف الأول", "2028-01-01", "2028-06-30")]


def test_quarters_do_not_take_an_old_year_of_the_text():
    s = "تأسست الشركة في عام 1998.\n\nوارتفعت المبيعات في الربع الثالث بنسبة كبيرة."
    assert rows(s, "2029")[-1] == ("الربع الثالث", "2029-07-01", "2029-09-30")


@pytest.mark.parametrize("anchor,year", [("2029-02-10", "2028"), ("2029-04-02", "2029")])
def test_a_quarter_without_a_year_is_the_latest_ended_before_a_full_anchor(anchor, year):
    assert rows("وسجلت الصادرات في الربع الأول زيادة ملحوظة.", anchor) == [
        ("الربع الأول", f"{year}-01-01", f"{year}-03-31")]


def test_a_comparison_word_after_a_clause_break_does_not_make_a_baseline():
    s = "ارتفعت المبيعات مقابل تراجع الأسعار، وفي عام 2026 بلغت ذروتها، ثم انخفضت في العام التالي."
    assert rows(s, "2029")[-1] == ("العام التالي", "2027-01-01", "2027-12-31")


def test_english_compared_makes_a_baseline():
    s = "Sales reached 9 billion on 31 December 2028, compared with 7 billion in 2027. Q1 2029 was weaker."
    assert [r[0] for r in rows(s, "2029")] == ["31 December 2028", "2027", "Q1 2029"]


def test_a_quarter_of_the_bare_year_is_of_the_year_of_the_context():
    assert rows("تتوقع الهيئة نموا في 2027 مع افتتاح الميناء في الربع الثاني من العام.", "2026") == [
        ("2027", "2027-01-01", "2027-12-31"), ("الربع الثاني من العام", "2027-04-01", "2027-06-30")]


def test_a_quarter_of_the_year_named_keeps_its_year():
    assert rows("افتتح الميناء في الربع الثاني من العام 2019 بعد تأخير.", "2026") == [
        ("الربع الثاني من العام 2019", "2019-04-01", "2019-06-30")]


def test_a_framed_year_before_an_amount_is_the_year_of_the_context():
    got = rows("بلغت الأرباح في 2027 نحو 3 مليارات. وصدرت الشركة خلال العام 1.5 مليون طن.", "2029")
    assert got[-1] == ("العام", "2027-01-01", "2027-12-31")


def test_a_framed_year_before_its_own_year_is_that_year():
    assert rows("وصدرت الشركة خلال العام 2025 مليون طن.", "2029") == []
    assert rows("وتوسعت الشركة خلال العام 2025، ثم توقفت.", "2029") == [("العام 2025", "2025-01-01", "2025-12-31")]


# -- day ranges of a month without its year ------------------------------------------------

@pytest.mark.parametrize("s,anchor,expected", [
    ("تعقد الندوة من 8 إلى 11 أكتوبر المقبل في المدينة.", "2027-06-20", ("2027-10-08", "2027-10-11")),
    ("تعقد الندوة من 8 إلى 11 أكتوبر المقبل في المدينة.", "2027-11-20", ("2028-10-08", "2028-10-11")),
    ("وأقيمت الدورة بين 3 و5 شباط الماضي بمشاركة واسعة.", "2027-06-20", ("2027-02-03", "2027-02-05")),
    ("وأقيمت الدورة من 21 حتى 24 تموز بمشاركة واسعة.", "2027-09-01", ("2027-07-21", "2027-07-24")),
])
def test_a_day_range_of_a_month_without_its_year(s, anchor, expected):
    df = dates_from_string(s, anchor)
    assert len(df) == 1 and df.iloc[0].type == "day_range"
    assert (df.iloc[0].start_date, df.iloc[0].end_date) == expected


def test_a_day_range_with_its_year_keeps_it_and_an_impossible_day_is_no_date():
    assert rows("تعقد الندوة من 8 إلى 11 أكتوبر 2026 في المدينة.", "2027") == [
        ("8 إلى 11 أكتوبر 2026", "2026-10-08", "2026-10-11")]
    assert rows("تعقد الندوة من 28 إلى 30 فبراير المقبل.", "2027-01-05") == [("28 إلى 30 فبراير المقبل", None, None)]


def test_a_day_range_before_next_month_with_a_year_only_anchor_is_in_that_year():
    # the anchor's month unknown: the month of the anchor's year (as the gold conventions read it)
    assert rows("تعقد الندوة من 8 إلى 11 أكتوبر المقبل.", "2027") == [("8 إلى 11 أكتوبر المقبل", "2027-10-08", "2027-10-11")]
    assert rows("تعقد الندوة من 8 إلى 11 أكتوبر المقبل.", "2027-11-02") == [("8 إلى 11 أكتوبر المقبل", "2028-10-08", "2028-10-11")]


# -- a year range anchors what refers back to it at its last year ----------------------------

def test_the_same_year_after_a_year_range_is_its_last_year():
    assert rows("وفي الفترة 1840-1852 اجتاح الجفاف السهل، وفي العام نفسه هجره أهله.", "2027")[-1] == (
        "العام نفسه", "1852-01-01", "1852-12-31")
    assert rows("حكم الأمير من 1840 إلى 1852، وفي العام التالي خلفه ابنه.", "2027")[-1] == (
        "العام التالي", "1853-01-01", "1853-12-31")


def test_a_baseline_with_a_decimal_amount_is_still_a_baseline():
    s = ("بلغت المبيعات 5.2 مليار في 2028، مقابل 4.7 مليار ريال في عام 2027. "
         "وارتفع الربح إلى 600 مليون من 500 مليون في العام السابق.")
    assert rows(s, "2029")[-1] == ("العام السابق", "2027-01-01", "2027-12-31")


# -- ranges of months ----------------------------------------------------------------------

@pytest.mark.parametrize("s,expected", [
    ("أغلق الطريق من شباط حتى نيسان 2027 للصيانة.", ("2027-02-01", "2027-04-30")),
    ("The road was closed from February to April 2027 for repairs.", ("2027-02-01", "2027-04-30")),
    ("أغلق الطريق من شباط/فبراير إلى نيسان/أبريل 2027 للصيانة.", ("2027-02-01", "2027-04-30")),
    ("أغلق الطريق من تشرين الثاني 2026 إلى شباط 2027 للصيانة.", ("2026-11-01", "2027-02-28")),
    ("The road was closed from November 2026 to February 2027.", ("2026-11-01", "2027-02-28")),
])
def test_a_range_of_months_is_one_row(s, expected):
    df = dates_from_string(s, "2028")
    assert len(df) == 1 and (df.iloc[0].start_date, df.iloc[0].end_date) == expected, df.to_dict("records")


def test_months_of_two_years_in_reverse_order_are_two_rows():
    assert [r[0] for r in rows("بين مايو 2027 ويناير 2026 تغير كل شيء.", "2028")] == ["مايو 2027", "ويناير 2026"]


def test_two_months_joined_by_and_stay_two_months():
    assert ("February and April 2027", "2027-02-01", "2027-04-30") not in rows("The survey ran in February and April 2027.", "2028")
    assert len(rows("أجري المسح في شباط ونيسان 2027 فقط.", "2028")) == 2
