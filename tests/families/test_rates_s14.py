"""A total restated as a rate whose length of time follows the rate, generated: «وأجرى الطرفان T عملية
تفتيش حتى مارس 2020، أي بمعدل يقارب R عملية سنوياً على مدى N سنوات». T / N must give R (the slack of
:mod:`tahqiq.checks.periodtotals`); a wrong total, rate or length is flagged. Not read: a comparison figure
after «مقابل» before the rate, which is no total of the period.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

YEARS = {4: "أربع", 5: "خمس", 6: "ست", 8: "ثماني", 9: "تسع", 10: "عشر"}
T = "وأجرى الطرفان {t} عملية تفتيش حتى مارس 2020، أي بمعدل يقارب {r} عملية سنوياً على مدى {n} سنوات، قبل أن تُعلَّق."
M = "ونقل الخط {t} مليون طن منذ افتتاحه، بمعدل {r} مليون طن شهرياً على مدى {n} أشهر."


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind.startswith("arithmetic"))


@pytest.mark.parametrize("template", [T, M])
@pytest.mark.parametrize("t,n", [(328, 9), (120, 4), (250, 10), (96, 8)])
def test_rate_with_length_after(template, t, n):
    r = round(t / n)
    assert kinds(template.format(t=t, r=r, n=YEARS[n])) == []
    assert kinds(template.format(t=t, r=r * 2, n=YEARS[n])) == ["arithmetic-rate"]
    other = next(k for k in YEARS if abs(k - n) >= 3)
    assert kinds(template.format(t=t, r=r, n=YEARS[other])) == ["arithmetic-rate"]


def test_a_contrast_figure_is_no_total():
    text = ("وبلغت الصادرات مقابل 500 عملية في الفترة السابقة، أي بمعدل 20 عملية سنوياً على مدى خمس سنوات.")
    assert kinds(text) == []
