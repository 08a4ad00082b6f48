"""A stated percentage change against the two figures it compares (synthetic sentences written
for the rule, Arabic and English): «X، مقابل Y، بارتفاع نسبته P٪», «بعد أن ... على Y، أي بزيادة
نسبتها P٪», and the «من A إلى B» form read at the precision its figures are printed with."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.change import change_agrees
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(name: str, s: str):
    return REGISTRY[name].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("s", [
    "بلغ عدد الركاب ٩٦٢ ألف راكب، مقابل ٨١٣ ألف راكب في العام السابق، بارتفاع نسبته ٢٨٪.",
    "نفذت الجمعية ٤٥ فعالية، بعد أن اقتصرت في العام الماضي على ٣٠ فعالية، أي بزيادة نسبتها ٣٠٪.",
    "تراجعت الصادرات إلى 40 مليون دولار مقارنة بـ 50 مليون دولار في العام السابق، بانخفاض نسبته 30%.",
    "Revenue reached $45 million, against $30 million a year earlier, an increase of 30%.",
    "Revenue reached $45 million in 2024, up from $30 million in 2023, a rise of 40%.",
    "Exports fell to $40 million in 2024 compared with $50 million in 2023, a decline of 30%.",
])
def test_a_change_that_does_not_follow_from_its_two_figures(s):
    fs = run("arithmetic-change", s)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-growth"
    assert fs[0].evidence["direction"] in ("rise", "fall")


@pytest.mark.parametrize("s", [
    "بلغ عدد الركاب ٩٦٢ ألف راكب، مقابل ٨١٣ ألف راكب في العام السابق، بارتفاع نسبته ١٨٪.",
    "نفذت الجمعية ٤٥ فعالية، بعد أن اقتصرت في العام الماضي على ٣٠ فعالية، أي بزيادة نسبتها ٥٠٪.",
    "تراجعت الصادرات إلى 40 مليون دولار مقارنة بـ 50 مليون دولار في العام السابق، بانخفاض نسبته 20%.",
    "Revenue reached $45 million, against $30 million a year earlier, an increase of 50%.",
    "Exports fell to $40 million in 2024 compared with $50 million in 2023, a decline of 20%.",
    # two figures of different things, not compared with each other: the rate is about something else
    "بلغت الصادرات 10 مليارات دولار والواردات 8 مليارات دولار، بزيادة 5% عن العام الماضي.",
    "Exports were $10 billion and imports $8 billion, an increase of 5% on the year before.",
])
def test_a_change_that_follows_or_compares_nothing_is_quiet(s):
    assert run("arithmetic-change", s) == []


@pytest.mark.parametrize("s", [
    "وارتفع استهلاك المياه من 12 مليار متر مكعب عام 2000 إلى 15 مليار متر مكعب عام 2014، أي بزيادة نسبتها 35%.",
    "Revenue rose from $12 billion in 2000 to $15 billion in 2014, an increase of 35%.",
    "Revenue fell from $15 billion in 2000 to $12 billion in 2014, a drop of 30%.",
])
def test_from_to_growth_read_at_the_printed_precision(s):
    # 12 -> 15 printed in whole billions could stretch to 34.8%, but the printed figures give 25%
    assert len(run("arithmetic-growth", s)) == 1


@pytest.mark.parametrize("s", [
    "وارتفع استهلاك المياه من 12 مليار متر مكعب عام 2000 إلى 15 مليار متر مكعب عام 2014، أي بزيادة نسبتها 25%.",
    "Revenue rose from $12 billion in 2000 to $15 billion in 2014, an increase of 25%.",
    "Revenue fell from $15 billion in 2000 to $12 billion in 2014, a drop of 20%.",
    "Revenue rose from $12 billion to $15 billion, an increase of 29%.",  # rounded figures, rate from unrounded ones
])
def test_from_to_growth_within_rounding_is_quiet(s):
    assert run("arithmetic-growth", s) == []


def test_change_agrees_needs_both_the_interval_and_the_printed_values():
    assert change_agrees(16.0, 34.8, 25.0, 24.5, 25.5)
    assert not change_agrees(16.0, 34.8, 25.0, 34.5, 35.5)  # inside the interval, 10 points from the printed change
    assert not change_agrees(20.0, 30.0, 25.0, 49.5, 50.5)  # outside the interval


# the tolerance around the change the printed figures give: a seventh of it, at least a point
@pytest.mark.parametrize("s, n", [
    ("بلغ عدد الطلاب 45 ألف طالب، مقابل 36 ألف طالب في العام السابق، أي بزيادة 20%.", 1),  # 25% printed
    ("بلغ عدد الطلاب 45 ألف طالب، مقابل 36 ألف طالب في العام السابق، أي بزيادة 25%.", 0),
    ("بلغ عدد الطلاب 45 ألف طالب، مقابل 36 ألف طالب في العام السابق، أي بزيادة 27%.", 0),  # within a seventh
    ("سجلت الشركة أرباحاً بقيمة 84 مليون دينار، مقابل 60 مليون دينار في العام السابق، بارتفاع نسبته 30%.", 1),  # 40%
    ("Sales reached 84 million dollars, against 60 million dollars a year earlier, an increase of 40%.", 0),
])
def test_change_tolerance_is_a_seventh_of_the_printed_change(s, n):
    assert len(run("arithmetic-change", s)) == n


@pytest.mark.parametrize("s, n", [
    ("وانخفضت الواردات من 8 مليارات دولار إلى 7.2 مليار دولار، أي بنسبة 12%.", 1),  # a fall of 10%
    ("وانخفضت الواردات من 8 مليارات دولار إلى 7.2 مليار دولار، أي بنسبة 10%.", 0),
    ("وانخفضت الواردات من 8 مليارات دولار إلى 7.2 مليار دولار، أي بنسبة 11%.", 0),  # within a point
    ("Imports fell from 8 billion dollars to 7.2 billion dollars, a drop of 13%.", 1),
])
def test_small_changes_are_held_to_a_point(s, n):
    assert len(run("arithmetic-growth", s)) == n


def test_change_agrees_tolerance():
    assert change_agrees(16.0, 34.8, 25.0, 28.5, 29.5)  # 3.5 points from 25: within a seventh
    assert not change_agrees(16.0, 34.8, 25.0, 19.5, 20.5)  # 4.5 points: beyond
    assert not change_agrees(5.0, 15.0, 10.0, 12.5, 13.5)  # 2.5 points from a change of 10
