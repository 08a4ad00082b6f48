"""Changes in more of their shapes (synthetic texts), each beside its clean form:
- the newer figure first, the older set against it with a four-digit count and its own year («3200
  مدني عام 2024 مقابل 2000 عام 2022، أي بزيادة 60 في المائة»);
- points between two percentages after «أي بـ» alone («من 71٪ عام 1999 إلى 58٪ عام 2024، أي بـ 13 نقطة
  مئوية»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


@pytest.mark.parametrize("p,bad", [("60", False), ("37.5", True)])
def test_a_count_against_an_older_count_of_its_own_year(p, bad):
    text = f"وسُجّل في الإقليم 4800 حادث عام 2024 مقابل 3000 عام 2022، أي بزيادة {p} في المائة."
    assert ("arithmetic-growth" in kinds(text)) is bad


@pytest.mark.parametrize("p,bad", [("13", False), ("18", True)])
def test_points_after_a_bare_preposition(p, bad):
    text = f"تراجعت حصة الشركة في السوق من 71٪ عام 1999 إلى 58٪ عام 2024، أي بـ {p} نقطة مئوية في ربع قرن."
    assert ("arithmetic-growth" in kinds(text)) is bad
