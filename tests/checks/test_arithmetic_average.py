"""arithmetic-total: an average per item after a breakdown («أي بمعدل N للـX الواحد») is no part,
and parts all counting one noun are no parts of a count of another noun. Synthetic sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["arithmetic-total"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s))]))


@pytest.mark.parametrize("s", [
    # the parts sum to the total; the average after them is no part
    "وتملك الشركة 30 شاحنة موزعة على ثلاثة مستودعات: الأول (12 شاحنة)، والثاني (10 شاحنات)، "
    "والثالث (8 شاحنات)، أي بمعدل 10 شاحنات للمستودع الواحد.",
    "ويعمل في المستشفى 90 طبيباً: 40 طبيباً في الجراحة و50 طبيباً في الباطنية، بمتوسط 45 طبيباً لكل قسم.",
    # a count of another noun (the containers, not the items) is no total of the items
    "وتضم المكتبة ثلاث قاعات: الأولى (400 كتاب)، والثانية (350 كتاباً)، والثالثة (250 كتاباً).",
])
def test_no_false_total(s):
    assert run(s) == []


@pytest.mark.parametrize("s", [
    # a wrong total is still found when an average follows the parts
    "وتملك الشركة 34 شاحنة موزعة على ثلاثة مستودعات: الأول (12 شاحنة)، والثاني (10 شاحنات)، "
    "والثالث (8 شاحنات)، أي بمعدل 10 شاحنات للمستودع الواحد.",
    "ويعمل في المستشفى 95 طبيباً: 40 طبيباً في الجراحة و50 طبيباً في الباطنية، بمتوسط 45 طبيباً لكل قسم.",
    # parts and total of one noun
    "وتضم المكتبة 1,100 كتاب: 400 كتاب في الأولى و350 كتاباً في الثانية و250 كتاباً في الثالثة.",
])
def test_wrong_total_found(s):
    assert [f.kind for f in run(s)] == ["arithmetic-total"]
