"""Family of constructions: a century named by a deictic word («القرن الماضي»، «القرن الحالي»،
«القرن المقبل») counts from the time of writing (the dateline, publication date or the date given),
even when a narrated year stands just before it («عام 1961، أي في مطلع ستينيات القرن الماضي»);
«القرن السابق» (the century before the one just told) counts from the narrated date. With no time of
writing, the narrated date is all there is to count from (unchanged). Synthetic sentences, session 18.
"""

from __future__ import annotations

import pytest

from tahqiq.extract.dates import extract_dates, from_string

DATELINES = ["طرابلس، الأحد 2 نوفمبر 2025\n\n", "بيروت - 14 شباط 2019 - ", "نشر في 3 مارس 2031\n\n"]


def _row(text: str, words: str):
    df = extract_dates(from_string(text))
    rows = [r for _, r in df.iterrows() if words in r["text"]]
    assert rows, (words, list(df["text"]))
    return rows[0]


@pytest.mark.parametrize("head", DATELINES)
@pytest.mark.parametrize("year, phrase, first", [
    (1961, "مطلع ستينيات القرن الماضي", 1960),
    (1985, "أواخر ثمانينيات القرن المنصرم", 1980),
    (1950, "أواسط القرن الماضي", 1900),
    (1999, "تسعينيات القرن الماضي", 1990),
])
def test_the_past_century_is_the_writers(head, year, phrase, first):
    text = f"{head}صدرت أولى الشحنات عام {year}، أي في {phrase}، وتضاعفت بعدها."
    assert _row(text, phrase.split()[-2])["start_date"][:4] == str(first)

def test_the_present_and_coming_centuries_are_the_writers():
    head = DATELINES[0]
    assert _row(f"{head}بدأ المشروع عام 1890، وسيكتمل في منتصف القرن الحالي.", "الحالي")["start_date"][:4] == "2000"
    assert _row(f"{head}بدأ المشروع عام 1890، وقد يكتمل في القرن المقبل.", "المقبل")["start_date"][:4] == "2100"


def test_the_century_before_the_one_told_counts_from_the_narrated_year():
    text = f"{DATELINES[0]}وفي عام 1890، أي في مطلع تسعينيات القرن السابق لقيام الدولة، بدأ التعدين."
    assert _row(text, "السابق")["start_date"][:4] == "1790"
