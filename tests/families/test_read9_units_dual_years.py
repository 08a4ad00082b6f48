"""Issue 10 (branch read9): two constructions read from heldout7's misses (in-sample), as generated families.

1. Two consecutive years after a dual year noun are one span of two whole years:
   DUAL := [و|ب|ل|ف]? («عامي» | «سنتي») | «(ال)عامين» | «(ال)سنتين»;  DUAL Y «و» Y+1  →  year_range Y-01-01..(Y+1)-12-31.
   Negatives: the same with years not consecutive («عامي 2010 و2015»: two dates), and two consecutive
   years joined by «و» with no dual noun before them («العدد 2020 و2021 …» is not one range).
2. Units: millimetres «ملم/مليمتر(ا/ات)/ملليمتر» → ``mm``; the ouguiya «أوقية/أوقيات» → ``MRU`` only when the
   text names Mauritania (or the adjective says so), since a bare «أوقية» is also an ounce (of gold): a text
   naming no country keeps the bare name as its unit.
Digits Western and Eastern, scale words, surrounding words are varied by a seeded generator.
"""
from __future__ import annotations

import random

import pytest

from tahqiq.extract.dates import dates_from_string
from tahqiq.extract.figures import figures_from_string

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LEADS = ["جرت الأعمال", "ارتفع الإنتاج", "نُظمت الدورة", "تراجعت الصادرات"]
TAILS = ["في المنطقة.", "بحسب التقرير.", "وفق البيانات الرسمية."]


def _d(s: str, east: bool) -> str:
    return s.translate(EAST) if east else s


def _dual_cases():
    rng = random.Random(910)
    for i in range(24):
        y = rng.randint(1950, 2030)
        east = i % 2 == 1
        dual = rng.choice(["عامي", "خلال عامي", "في سنتي", "وفي عامي", "العامين"])
        yield (f"{rng.choice(LEADS)} {dual} {_d(str(y), east)} و{_d(str(y + 1), east)} {rng.choice(TAILS)}", y, True)
        gap = rng.randint(2, 9)
        yield (f"{rng.choice(LEADS)} {dual} {_d(str(y), east)} و{_d(str(y + gap), east)} {rng.choice(TAILS)}", y, False)


@pytest.mark.parametrize("text,y,one", list(_dual_cases()))
def test_dual_year_noun_two_consecutive_years(text, y, one):
    df = dates_from_string(text)
    ranges = df[df.type == "year_range"]
    if one:
        assert len(ranges) == 1 and ranges.start_date.iloc[0] == f"{y}-01-01" and ranges.end_date.iloc[0] == f"{y + 1}-12-31", df
    else:
        assert ranges.empty, df


def _unit_cases():
    rng = random.Random(911)
    for i in range(16):
        east = i % 2 == 1
        v = rng.randint(12, 480)
        w = rng.choice(["ملم", "مليمترا", "ملليمتر", "مليمترات"])
        yield (f"سجلت المحطة {_d(str(v), east)} {w} من الأمطار {rng.choice(TAILS)}", v, "mm")
        p = rng.choice(["موريتانيا", "نواكشوط"])
        n = rng.randint(20, 900)
        yield (f"بلغ سعر الكيلوغرام في {p} {_d(str(n), east)} أوقية {rng.choice(TAILS)}", n, "MRU")
        yield (f"اشترى التاجر {_d(str(n), east)} أوقية من الذهب {rng.choice(TAILS)}", n, "أوقية")


@pytest.mark.parametrize("text,v,unit", list(_unit_cases()))
def test_units_mm_and_ouguiya(text, v, unit):
    df = figures_from_string(text)
    rows = df[df.value == v]
    assert len(rows) == 1 and rows.unit.iloc[0] == unit, df
