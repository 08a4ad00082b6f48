"""A total followed by a colon and the parts it is split into (synthetic sentences written for the
rule), read through the whole pipeline (figures extracted from the text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    fs = REGISTRY["arithmetic-total"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s", [
    # the parts leave out the total's unit and exceed it by a little more than its rounding
    "ويُقسَّم المتبقي وقدره 60 مليار متر مكعب بين الدولتين: 42.5 مليار للأولى و18.5 مليار للثانية.",
    "The remaining 60 billion cubic metres are shared between the two: 42.5 billion for the first and 18.5 billion for the second.",
    "بلغت صادرات الإقليم 90 مليار دولار: 40 مليار دولار إلى الشرق و45 مليار دولار إلى الغرب.",
])
def test_a_breakdown_after_a_colon_that_does_not_add_up(s):
    fs = run(s)
    assert len(fs) == 1 and "colon" in fs[0].evidence["rule"]


@pytest.mark.parametrize("s", [
    "ويُقسَّم المتبقي وقدره 60 مليار متر مكعب بين الدولتين: 42.5 مليار للأولى و17.5 مليار للثانية.",
    "The remaining 60 billion cubic metres are shared between the two: 42.5 billion for the first and 17.5 billion for the second.",
    # a figure set against the list after it is not one of its parts
    "بلغت الصادرات 90 مليار دولار: 40 مليار دولار إلى الشرق و50 مليار دولار إلى الغرب، مقابل 70 مليار دولار في العام السابق.",
    # counts of other things under a sum of money are not its parts
    "بلغت الميزانية 5 مليارات دولار: 300 مدرسة و200 مستشفى.",
    # one figure after the colon is no breakdown
    "In that year the port handled 9 million tonnes: 4 million tonnes more than the year before.",
])
def test_no_finding_when_the_breakdown_adds_up_or_is_not_one(s):
    assert run(s) == []


def magnitude(s: str):
    return REGISTRY["arithmetic-magnitude"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s))]))


@pytest.mark.parametrize("s,n", [
    ("يبلغ إيراد البحيرة نحو 30 مليون متر مكعب سنوياً، يتبخر منها 4 مليارات في الصيف.", 1),
    ("The lake receives about 30 million cubic metres a year, of which 4 billion evaporate.", 1),
    ("يبلغ إيراد البحيرة نحو 30 مليار متر مكعب سنوياً، يتبخر منها 4 مليارات في الصيف.", 0),
    ("The lake receives about 30 billion cubic metres a year, of which 4 billion evaporate.", 0),
])
def test_a_part_without_its_unit_larger_than_its_whole(s, n):
    assert len(magnitude(s)) == n
