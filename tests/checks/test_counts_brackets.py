"""count-mismatch: a bracket after a count that holds an author-year reference, or that follows a
span of time («بعد خمس سنوات (…)»), is no list of the counted things. Synthetic sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["count-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s))]))


@pytest.mark.parametrize("s", [
    "وقد عاد نصف العمال إلى مصانعهم بعد ثلاث سنوات (الخطيب والنمر، 2019: 33).",
    "وخلصت أربع دراسات ميدانية (حداد وعيسى، 2020) إلى النتيجة نفسها.",
    "وأُغلق المعبر خلال ستة أشهر (كانون الثاني وشباط) من العام.",
])
def test_no_list(s):
    assert run(s) == []


@pytest.mark.parametrize("s", [
    # a real list in brackets of a count that is not a span of time
    "وزار الوفد ثلاث مدن (الكرك ومعان) في جولته.",
    # a list of months that a count announces, with no preposition of time before it
    "وشهدت ثلاثة أشهر (نيسان وأيار) أعلى نسب الهطول.",
])
def test_list_still_counted(s):
    assert [f.kind for f in run(s)] == ["count-mismatch"]
