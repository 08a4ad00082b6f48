"""author-year-unlisted: a citation's year that the bibliography never gives its author. Synthetic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()

BIB = "\n\nالمراجع\n\n- الحسيني، مازن (2016). الري في الأرياف. عمان: دار النهر.\n- Novak, Petra (2011). Water in Dry Lands. Oslo: Delta Press.\n"


def run(body: str):
    s = "عنوان المقال\n\n" + body + BIB
    return REGISTRY["author-year-unlisted"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("body, year", [
    ("ارتفع الإنتاج بعد اعتماد التنقيط (الحسيني، 2018: 9). وهذا ما تؤكده الدراسات.", 2018),
    ("Yields rose after drip irrigation (Novak, 2013: 40), as later studies confirm.", 2013),
])
def test_a_year_the_bibliography_does_not_give(body, year):
    fs = run(body)
    assert len(fs) == 1 and fs[0].evidence["year"] == year


@pytest.mark.parametrize("body", [
    "ارتفع الإنتاج بعد اعتماد التنقيط (الحسيني، 2016: 9). وهذا ما تؤكده الدراسات.",
    "ارتفع الإنتاج بعد اعتماد التنقيط (العتوم، 2018: 9). وهذا ما تؤكده الدراسات.",  # an author not listed at all
])
def test_a_listed_year_or_an_unlisted_author_is_quiet(body):
    assert run(body) == []
