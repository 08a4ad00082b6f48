"""The margin in points between two percentages set against each other, generated: «بلغت حصة المجموعة A%
العام الماضي، مقابل B% لدول مجموعة السبع، أي بفارق N نقاط مئوية». N must be |A - B| within the printed
precision of the three figures (whole percentages: a point of rounding between them); a margin two or more
points off is flagged. Quiet: a margin the rounding allows; two percentages not set against each other.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

WORDS = {2: "نقطتين", 3: "ثلاث نقاط", 4: "أربع نقاط", 5: "خمس نقاط", 6: "ست نقاط", 7: "سبع نقاط", 8: "ثماني نقاط",
         9: "تسع نقاط", 10: "عشر نقاط", 12: "12 نقطة", 15: "15 نقطة", 20: "20 نقطة"}
T = "بلغت حصة المجموعة {a}{pct} العام الماضي، مقابل {b}{pct} لدول مجموعة السبع، أي بفارق {n} مئوية."


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind.startswith("arithmetic"))


@pytest.mark.parametrize("pct", ["%", " في المائة", " بالمئة"])
@pytest.mark.parametrize("a,b", [(40, 35), (62, 50), (30, 20), (45, 38)])
def test_margin(pct, a, b):
    right = a - b
    assert kinds(T.format(a=a, b=b, n=WORDS[right], pct=pct)) == []
    wrong = next(w for w in WORDS if abs(w - right) >= 2)
    assert kinds(T.format(a=a, b=b, n=WORDS[wrong], pct=pct)) == ["arithmetic-growth"]


def test_two_percentages_not_set_against_each_other():
    text = "بلغت حصة المجموعة 40% العام الماضي، وارتفعت حصة الصين 35% في المدة نفسها، أي بفارق ثلاث نقاط عن توقعاتها."
    assert kinds(text) == []
