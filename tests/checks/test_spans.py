"""stated-span (checks/spans.py): a length of years or months against the range, the end date or
the gap of its own sentence. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from tahqiq.checks.spans import lengths, stated_span
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def findings(s: str, form: str = "plain"):
    return stated_span(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize("s, stated, shape", [
    # a length right before its own range of years
    ("عملت في وزارة الخارجية خمس سنوات، من 2001 إلى 2009، ثم انتقلت إلى الجامعة.", 5, "range"),
    ("تولى رئاسة البلدية ثلاث سنوات (1990-1997) قبل أن يستقيل.", 3, "range"),
    ("She taught at the college for four years, from 1961 to 1968, before moving abroad.", 4, "range"),
    # a length closed by an end word and a date, counted from the date before it
    ("عُيّن محافظاً للبنك المركزي عام 1995، وبقي في منصبه عشر سنوات حتى عام 2001.", 10, "until"),
    ("بدأ تطبيق الاتفاق في الأول من شباط 2010، لمدة عشرين عاماً تنتهي في 31 كانون الثاني 2020.", 20, "until"),
    ("أُطلق المشروع في آذار 2015 واستمر تنفيذه أربعة أشهر حتى تشرين الأول 2015.", 4, "until"),
    # a gap right after the second of two dates, counted from the first
    ("التحق بكلية الطب عام 1970، وتخرج عام 1977 بعد خمس سنوات من الدراسة.", 5, "gap"),
    # «أكثر من N» wrong when the dates are N or fewer apart
    ("وُضع حجر الأساس في أيار 2016، وافتُتح المبنى في حزيران 2018، بعد أكثر من ثلاث سنوات من بدء البناء.", 3, "gap"),
])
def test_length_against_its_dates(s, stated, shape):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "duration-mismatch"
    assert (f.evidence["stated"], f.evidence["shape"]) == (stated, shape)
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert "{" not in ar and "«" in ar


@pytest.mark.parametrize("s", [
    # right, counted either way
    "عملت في وزارة الخارجية ثماني سنوات، من 2001 إلى 2009، ثم انتقلت إلى الجامعة.",
    "عملت في وزارة الخارجية تسع سنوات، من 2001 إلى 2009، ثم انتقلت إلى الجامعة.",
    "تولى رئاسة البلدية سبع سنوات (1990-1997) قبل أن يستقيل.",
    "She taught at the college for seven years, from 1961 to 1968, before moving abroad.",
    "عُيّن محافظاً للبنك المركزي عام 1995، وبقي في منصبه ست سنوات حتى عام 2001.",
    "بدأ تطبيق الاتفاق في الأول من شباط 2010، لمدة عشر سنوات تنتهي في 31 كانون الثاني 2020.",
    "أُطلق المشروع في آذار 2015 واستمر تنفيذه سبعة أشهر حتى تشرين الأول 2015.",
    "التحق بكلية الطب عام 1970، وتخرج عام 1977 بعد سبع سنوات من الدراسة.",
    "وُضع حجر الأساس في أيار 2016، وافتُتح المبنى في حزيران 2019، بعد أكثر من ثلاث سنوات من بدء البناء.",
    # approximate, or a length that is not the range's («منذ»، a range of something else)
    "عملت في وزارة الخارجية نحو خمس سنوات، من 2001 إلى 2009.",
    "عملت في وزارة الخارجية خمس سنوات تقريباً، من 2001 إلى 2009.",
    "التحق بكلية الطب عام 1970، وتخرج عام 1977 بعد نحو خمس سنوات من الدراسة.",
    # «بعد N» after a date with no «من»: counted from what is not said
    "التحق بكلية الطب عام 1970، وتخرج عام 1977 بعد خمس سنوات.",
    # a gap whose «من» phrase has its own date is gaps' shape, not this one
    "التحق بكلية الطب عام 1970، وتخرج عام 1977 بعد خمس سنوات من افتتاح الكلية عام 1972.",
    # one date only
    "وبقي في منصبه عشر سنوات حتى عام 2001.",
])
def test_right_or_unreadable_lengths_are_left_alone(s):
    assert findings(s) == [], s


def test_lengths_reads_numbers_in_words_and_duals():
    t = "بعد اكثر من ثلاث سنوات، ثم عامين، ثم خمسه عشر شهرا، ثم after more than 4 years"  # normalised text
    got = [(x.n, x.unit, x.after, x.more) for x in lengths(t, 0, len(t))]
    assert got == [(3, "year", True, True), (2, "year", False, False), (15, "month", False, False),
                   (4, "year", True, True)]


def test_scrambled_texts_are_skipped():
    assert findings("عملت في وزارة الخارجية خمس سنوات، من 2001 إلى 2009.", form="pdf-scrambled") == []
