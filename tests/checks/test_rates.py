"""A rate restated per another period (synthetic sentences written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["arithmetic-per-period"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("s", [
    "تصدر الجمهورية نحو 2 مليون برميل يومياً، أي ما يعادل 500 مليون برميل سنوياً.",
    "The port ships 2 million barrels per day, or 500 million barrels a year.",
])
def test_a_daily_volume_against_its_yearly_restatement(s):
    fs = run(s)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-rate"


@pytest.mark.parametrize("s", [
    "تصدر الجمهورية 2 مليون برميل يومياً، أي ما يعادل 730 مليون برميل سنوياً.",
    "The port ships 2 million barrels per day, or 730 million barrels a year.",
    "The port shipped 2 million barrels per day in 2020 and 500 million barrels a year by 2030.",  # not a restatement
])
def test_consistent_or_unrelated_rates_are_quiet(s):
    assert run(s) == []
