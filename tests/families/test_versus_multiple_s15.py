"""A multiple after two figures set against each other (synthetic texts): «A، مقابل B، أي أن X يزيد على N
أضعاف Y» (N or more, under 2N) and «… أي نحو N أضعاف» (N to the nearest half)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


MORE = ("بلغت صادرات البلاد إلى الهند 84.2 مليار دولار عام 2023، مقابل 19.6 مليار دولار إلى باكستان، أي أن صادراتها "
        "إلى الهند تزيد على {n} أضعاف صادراتها إلى باكستان.")


@pytest.mark.parametrize("n,bad", [("أربعة", False), ("ثلاثة", False), ("خمسة", True)])
def test_more_than_n_times(n, bad):
    assert ("arithmetic-growth" in kinds(MORE.format(n=n))) is bad


def test_a_scale_slip_makes_the_multiple_absurd():
    text = MORE.format(n="أربعة").replace("19.6 مليار دولار", "19.6 مليون دولار")
    assert "arithmetic-growth" in kinds(text)


@pytest.mark.parametrize("n,bad", [("أربعة", False), ("ستة", True)])
def test_about_n_times(n, bad):
    text = (f"وتدفع الشركة الأولى 42 مليون دولار سنوياً، مقابل 10 ملايين دولار تدفعها الثانية، أي نحو {n} أضعاف.")
    assert ("arithmetic-growth" in kinds(text)) is bad
