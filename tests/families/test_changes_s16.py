"""Percentage points between two percentages in more shapes (synthetic sentences, written for the rule):
the start's base after it («من 138 بالمئة من الناتج المحلي عام 2022 إلى 88 بالمئة»), and a time phrase
before the stated points («… في نهاية العام الجاري، أي بتراجع 50 نقطة مئوية»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


TEXT = ("ويتوقع الصندوق أن ينخفض الدين العام من 124 بالمئة من الناتج المحلي عام 2021 إلى 91 بالمئة في نهاية "
        "العام المقبل، أي بتراجع {n} نقطة مئوية في أربع سنوات.")


@pytest.mark.parametrize("n,found", [("33", False), ("23", True), ("43", True)])
def test_points_from_a_share_of_gdp(n, found):
    assert ("arithmetic-growth" in kinds(TEXT.format(n=n))) is found


def test_a_from_inside_the_gap_is_another_pair():
    # «من» opening another start between the two: no pair
    text = "ارتفعت الحصة من 20 بالمئة من صادرات عام 2020 ومن 30 بالمئة من الواردات إلى 45 بالمئة، أي بزيادة 10 نقاط."
    assert "arithmetic-growth" not in kinds(text)
