"""Shared by the family modules that generate ``(form, ok, text)`` cases and run every detector
(test_share, test_percent_change, test_scale_word): the findings of one plain text, and the
family's assertion (no finding of any kind on a correct text; the faulty ones found by the kinds
written for the fault, at the family's recall)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tahqiq.checks import load_all, run
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, load_reference, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@lru_cache(maxsize=1)
def _reference():
    load_all()
    return load_reference()


def findings(s: str) -> list:
    """Every detector's findings on ``s`` as one plain text."""
    return run(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))], reference=_reference()))


def assert_family(cases: list[tuple[str, bool, str]], form: str, kinds: set[str], recall: float) -> None:
    """The correct texts of ``form`` raise nothing; at least ``recall`` of its faulty ones raise a
    finding of one of ``kinds``."""
    faulty = [s for f, ok, s in cases if f == form and not ok]
    correct = [s for f, ok, s in cases if f == form and ok]
    hits = [s for s in faulty if any(x.kind in kinds for x in findings(s))]
    alarms = [(s, [x.message for x in got]) for s in correct if (got := findings(s))]
    assert not alarms, alarms[:3]
    assert len(hits) >= recall * len(faulty), [s for s in faulty if s not in hits][:3]
