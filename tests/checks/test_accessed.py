"""accessed-before-publication: a web reference visited before it appeared. Synthetic notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.accessed import accessed_before
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(note: str):
    s = f"عنوان\n\nارتفعت الصادرات كثيرا[1].\n\n[1] {note}\n"
    return REGISTRY["accessed-before-publication"].func(
        Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="web-endnotes"))]))


@pytest.mark.parametrize("note", [
    "وكالة الأنباء، \"ارتفاع الصادرات\"، 12 مارس 2023، https://www.news.xx/a/1، تاريخ الاطلاع: 5 فبراير 2023.",
    "\"Exports rise\", Trade Daily, November 18, 2020, https://www.trade.xx/b/2 (accessed 2 October 2019).",
])
def test_accessed_before_published(note):
    fs = run(note)
    assert len(fs) == 1 and fs[0].kind == "accessed-before-publication"


@pytest.mark.parametrize("note", [
    "وكالة الأنباء، \"ارتفاع الصادرات\"، 12 مارس 2023، https://www.news.xx/a/1، تاريخ الاطلاع: 5 أبريل 2023.",
    "\"Exports rise\", Trade Daily, November 18, 2020, https://www.trade.xx/b/2 (accessed 18 November 2020).",
    "وزارة التجارة، التقرير السنوي 2024، https://www.moc.xx/r/2024، تاريخ الاطلاع: 5 أبريل 2023.",
])
def test_accessed_after_or_only_a_year(note):
    assert run(note) == []


def test_precision():
    assert accessed_before("2023-03-12", "2023-02")
    assert not accessed_before("2023-03", "2023-03-01") and not accessed_before("2023", "2023-01-05")
