"""Two right-to-left defects seen in the critical edition of salman-2025 (Arabic and English
editions, 390 and 1366 px), fixed for their construction, not for that text:

* «تاريخ الاسترداد: 2026/07/10 05:05 +03» showed its date, time and zone in reverse order: a date
  followed by a clock time (and a zone) is isolated left to right;
* «رابط ثابت: <https://…>» was a left-to-right paragraph (the URL's Latin letters outnumbered the
  Arabic), its colon and brackets on the wrong side: addresses do not count toward a line's script."""

from __future__ import annotations

import random

import pytest

from tahqiq.book.edition import _TIMESTAMP, Mark, marked
from tahqiq.book.render import dir_attrs

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _stamps(seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(20):
        y, mo, d, h, mi = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
        sep = rng.choice("/-.")
        date = f"{y}{sep}{mo:02d}{sep}{d:02d}" if rng.random() < 0.5 else f"{d}{sep}{mo}{sep}{y}"
        clock = f"{h:02d}:{mi:02d}" + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.3 else "")
        zone = rng.choice(["", " +03", " -05:00", " UTC", " GMT", "+0300", " \u221202"])
        s = f"{date} {clock}{zone}"
        out.append(s.translate(AR_DIGITS) if rng.random() < 0.25 else s)
    return out


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("frame", ["تاريخ الاسترداد: {} (بتوقيت موسكو)", "Retrieved {}, archived.", "{}"])
def test_a_date_and_time_is_one_left_to_right_stamp(seed, frame):
    for stamp in _stamps(seed):
        text = frame.format(stamp)
        found = [m.group(0) for m in _TIMESTAMP.finditer(text)]
        assert found == [stamp], (text, found)
        html = marked(text, 0, len(text), [])
        assert f'<bdi class="tq-stamp" dir="ltr">{stamp}</bdi>' in html, html


@pytest.mark.parametrize("text", [
    "بين 2014 - 2022 تغيّرت العلاقات",          # a range of years reads right to left in Arabic
    "في 2026/07/10 وقع الحدث",                   # a date alone is one run already
    "الساعة 05:05 +03",                          # a time alone
    "عامَي 2022 و2023 على التوالي",
    "https://example.org/2026/07/10 05:05",     # a date inside an address
    "the ratio 2026/07/10 05:05x",              # not followed by a word boundary
    "نسبة 12.5.2024 10:300",                     # minutes of three digits
])
def test_what_is_not_a_date_and_time_is_left_alone(text):
    assert not list(_TIMESTAMP.finditer(text)), text
    assert "tq-stamp" not in marked(text, 0, len(text), [])


def test_a_stamp_keeps_the_marks_inside_it_and_nests_validly():
    raw = "تاريخ: 2026/07/10 05:05 +03 نص"
    html = marked(raw, 0, len(raw), [Mark(7, 17, "tq-date", tip="d", label="x1", href="#x"),
                                     Mark(0, len(raw), "tq-finding"), Mark(18, 23, "tq-date")])
    i, j = html.index('<bdi class="tq-stamp"'), html.index("</bdi>")
    inner = html[i:j]
    assert 'class="tq-date tq-finding"' in inner and ">x1</a>" in inner and "05:05" in inner and "+03" in inner
    assert inner.count("<span") == inner.count("</span>")  # no element crosses the stamp's edges
    assert html.count("<bdi") == 1 == html.count("</bdi>")


@pytest.mark.parametrize("line", [
    "رابط ثابت: <https://political-encyclopedia.org/library/9587>",
    "المصدر: https://www.example.com/articles/2024/russia-china-relations-long-address",
    "للتواصل: someone.with.a.long.name@university.example.edu",
    "انظر www.example.org/a/very/long/path/to/a/page",
])
def test_an_arabic_line_with_an_address_is_right_to_left(line):
    assert dir_attrs(line) == ' dir="rtl" lang="ar"'


@pytest.mark.parametrize("line, expected", [
    ("https://political-encyclopedia.org/library/9587", ' dir="ltr" lang="en"'),  # an address alone
    ("Available at https://example.org/مقال-عن-العلاقات-الروسية-الصينية", ' dir="ltr" lang="en"'),
    ("See the report (تقرير) at https://example.org/x", ' dir="ltr" lang="en"'),
    ("العلاقات الروسية الصينية", ' dir="rtl" lang="ar"'),
    ("Russian-Chinese relations", ' dir="ltr" lang="en"'),
    ("2022", ' dir="auto"'),
])
def test_a_line_is_still_directed_by_its_own_words(line, expected):
    assert dir_attrs(line) == expected
