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


CLAUSE = """أطلقت البلدية خدمة الدراجات في آذار 2022، بعد تجربة محدودة في حي واحد عام {y}[1].

المصادر
[1] "تجربة الدراجات في الحي القديم"، جريدة النهار، 5 حزيران 2020
"""


def _clause(y: int):
    raw = CLAUSE.format(y=y)
    return C.citation_before_event(Facts([text_facts(Document(path=Path("t.txt"), raw=raw, form="web-endnotes"))]))


def test_the_dated_clause_the_marker_closes_is_the_claim():
    assert _clause(2019) == []  # the source documents the pilot of its clause, not the later launch
    assert [f.kind for f in _clause(2021)] == ["citation-before-event"]  # its clause is after the source
