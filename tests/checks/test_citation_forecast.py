"""A forecast in the claim («ويُتوقع أن يكتمل عام 2027») is not an event its source documents
after the fact (checks/citations). Synthetic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import citations as C
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

TEXT = """بدأ بناء الجسر في أيار 2021، {cue} عام 2027[1].

المصادر
[1] "انطلاق أعمال الجسر"، جريدة النهار، 12 أيار 2021
"""


def run(cue: str):
    raw = TEXT.format(cue=cue)
    return C.citation_before_event(Facts([text_facts(Document(path=Path("t.txt"), raw=raw, form="web-endnotes"))]))


@pytest.mark.parametrize("cue", ["ويُتوقع أن يكتمل", "ومن المقرَّر أن يُفتتح", "ويُرتقب افتتاحه"])
def test_a_forecast_is_not_an_event(cue):
    assert run(cue) == []


@pytest.mark.parametrize("cue", ["واكتمل", "وافتُتح رسمياً"])
def test_an_event_after_the_source_is_found(cue):
    assert [f.kind for f in run(cue)] == ["citation-before-event"]
