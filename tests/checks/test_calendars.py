"""weekday-mismatch and hijri-gloss-mismatch (checks/calendars.py): synthetic sentences, positive
and negative, Arabic and English."""

from __future__ import annotations

import pytest

from tahqiq.checks.calendars import hijri_gloss_mismatch, ordinal, weekday_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic, english


def facts(s: str) -> Facts:
    return Facts([text_facts(from_string(s, "plain"))])


@pytest.mark.parametrize("s, quote, named, actual", [
    ("عقد المجلس جلسته يوم الخميس 3 مارس 2023 في العاصمة.", "الخميس 3 مارس 2023", "Thursday", "Friday"),
    ("أعلنت الوزارة النتائج الأحد الموافق 10 أيلول 2017.", "الأحد الموافق 10 أيلول 2017", "Sunday", "Sunday"),
    ("The council met on Tuesday, 5 June 2023 in the capital.", "Tuesday, 5 June 2023", "Tuesday", "Monday"),
    ("وفي يوم الخميس 15 رمضان 1445هـ افتتح الجسر.", "الخميس 15 رمضان 1445ه", "Thursday", "Monday"),
])
def test_weekday_against_its_date(s, quote, named, actual):
    fs = weekday_mismatch(facts(s))
    if named == actual:
        assert fs == []
        return
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "weekday-mismatch"
    assert f.spans[0].text.startswith(quote.split()[0]) and f.spans[0].text.endswith(quote.split()[-1])
    assert (f.evidence["named"], f.evidence["actual"]) == (named, actual)
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert ar.startswith("يذكر النص يوم ") and f.evidence["named_ar"] in ar and not f.evidence["named_ar"].isascii()
    assert english(f.message)


@pytest.mark.parametrize("s", [
    "عقد المجلس جلسته يوم الجمعة 3 مارس 2023 في العاصمة.",  # right
    "The council met on Monday, 5 June 2023.",
    "وصل الوفد ليلة الجمعة 2 مارس 2023.",  # the eve of Friday is Thursday evening
    "وفي يوم الأحد 15 رمضان 1445هـ افتتح الجسر.",  # one day off a Hijri date: the moon's sighting
    "وصل الوفد يوم الخميس، وفي 3 مارس 2023 وقعت الاتفاقية.",  # the weekday is of another clause
    "اجتمع المجلس في مارس 2023 يوم الخميس.",  # a month, not a day
])
def test_no_weekday_finding(s):
    assert weekday_mismatch(facts(s)) == []


@pytest.mark.parametrize("phrase, n", [
    ("الثامن", 8), ("الرابع عشر", 14), ("الحادي والعشرين", 21), ("العشرين", 20), ("19", 19),
    ("الحادي عشر", 11), ("الجديد", None), ("الثامن الجديد", None),
])
def test_ordinal(phrase, n):
    assert ordinal(phrase) == n


@pytest.mark.parametrize("s, quote", [
    ("دخلت المدينة في الحكم الإسلامي سنة 15هـ/646م بعد المعركة.", "15هـ/646م"),
    ("وولد الشاعر سنة 660م/15هـ في البادية.", "660م/15ه"),
    ("ازدهرت في العصر الأموي (41-132هـ/671-750م) على طريق الحج.", "41-132هـ/671-750م"),
    ("وبني فيها خان في القرن الثامن الهجري/الثالث عشر الميلادي.", "القرن الثامن الهجري/الثالث عشر الميلادي"),
    ("وازدهرت المدرسة في القرن الثالث عشر الميلادي (الثامن الهجري).", "القرن الثالث عشر الميلادي (الثامن الهجري"),
    ("صدر الكتاب عام 1445 هـ الموافق 2020 م.", "1445 هـ الموافق 2020 م"),
])
def test_hijri_gloss_mismatch(s, quote):
    fs = hijri_gloss_mismatch(facts(s))
    assert len(fs) == 1, s
    assert fs[0].kind == "hijri-gloss-mismatch"
    assert fs[0].spans[0].text.replace("ـ", "") == quote.replace("ـ", "")
    ar = arabic(fs[0].kind, fs[0].evidence, [sp.text for sp in fs[0].spans])
    assert "{" not in ar and "الهجري" in ar


@pytest.mark.parametrize("s", [
    "دخلت المدينة في الحكم الإسلامي سنة 15هـ/636م بعد المعركة.",
    "وولد الشاعر سنة 637م/15هـ في البادية.",
    "ازدهرت في العصر الأموي (41-132هـ/661-750م) على طريق الحج.",
    "وبني فيها خان في القرن الثامن الهجري/الرابع عشر الميلادي.",
    "في القرن السابع الهجري (الثالث عشر الميلادي) نشأت المدرسة.",
    "في القرن 8 هـ/14 م بني الخان.",
    "صدر الكتاب عام 1445 هـ الموافق 2024 م.",
    "بلغ الإنتاج 15 هكتاراً و636 مترا.",  # no era marks
    "في 12/5/1445هـ/2023م صدر القرار.",  # a day/month/year, read by the dates extractor
])
def test_no_hijri_gloss_finding(s):
    assert hijri_gloss_mismatch(facts(s)) == []


# --------------------------------------------------------------------------- hijri-gregorian-mismatch

@pytest.mark.parametrize("s, quote", [
    ("عقد المؤتمر في رمضان 1444هـ/آب 2023م.", "رمضان 1444هـ/آب 2023م"),
    ("عقد المؤتمر في 1 رمضان 1444هـ الموافق 23 مايو 2023م.", "1 رمضان 1444هـ الموافق 23 مايو 2023"),
    ("عقد المؤتمر في رمضان 1444 (آب 2023).", "رمضان 1444 (آب 2023)"),
    ("عقد المؤتمر في آب 2023 (رمضان 1444هـ).", "آب 2023 (رمضان 1444هـ)"),
    ("عقد المؤتمر في 23 مايو 2023 (1 رمضان 1444هـ).", "23 مايو 2023 (1 رمضان 1444هـ)"),
])
def test_a_hijri_month_or_day_against_its_gregorian_equivalent(s, quote):
    from tahqiq.checks.calendars import hijri_gregorian_mismatch

    fs = hijri_gregorian_mismatch(facts(s))
    assert len(fs) == 1 and fs[0].kind == "hijri-gregorian-mismatch" and fs[0].spans[0].text == quote, fs
    ar = arabic(fs[0].kind, fs[0].evidence, [sp.text for sp in fs[0].spans])
    assert ar.startswith("يقابل النص التاريخ الهجري") and english(fs[0].message)


@pytest.mark.parametrize("s", [
    "عقد المؤتمر في رمضان 1444هـ/آذار 2023م.",
    "عقد المؤتمر في 1 رمضان 1444هـ الموافق 23 مارس 2023م.",
    "عقد المؤتمر في 2 رمضان 1444هـ الموافق 23 مارس 2023م.",  # one day off: a month begun by sighting
    "عقد المؤتمر في رمضان 1444 (نيسان 2023).",  # Ramadan 1444 ran into April
    "عقد المؤتمر في آب 2023، وفي رمضان 1444 صام الناس.",  # no brackets, no pair
    "عقد المؤتمر عام 1445هـ/2020م.",  # a year pair: hijri-gloss-mismatch's
    "The conference met in March 2023 (Ramadan 1444 AH).",
])
def test_right_hijri_pairs_and_non_pairs_are_silent(s):
    from tahqiq.checks.calendars import hijri_gregorian_mismatch

    assert hijri_gregorian_mismatch(facts(s)) == []
