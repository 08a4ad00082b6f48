"""Shares in two more constructions, generated (the right share quiet, a wrong one flagged):
- a definite fraction glossing a figure, its whole the larger figure of its kind before it in the sentence:
  «برأسمال مصرّح به قدره 100 مليار دولار، ورأسمال مكتتب به قدره 50 مليار دولار، أي النصف»;
- a percentage explained by a clause holding «A من أصل B»: «بلغت أعمال الاستملاك 85 بالمئة، إذ جرى استملاك
  1870 قطعة من أصل 2200 قطعة».
Not a fraction: «الدول الخمس» (the five), «أي الخمس الأولى» without a figure before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind.startswith("arithmetic"))


CAPITAL = "وقّع المؤسسون الاتفاقية برأسمال مصرّح به قدره {w} مليار دولار، ورأسمال مكتتب به قدره {p} مليار دولار، أي {frac}، تقاسموه بالتساوي."
FRACTIONS = [("النصف", 2), ("الربع", 4), ("الخمس", 5), ("العشر", 10)]


@pytest.mark.parametrize("frac,k", FRACTIONS)
@pytest.mark.parametrize("whole", [100, 240, 60])
def test_definite_fraction(frac, k, whole):
    assert kinds(CAPITAL.format(w=whole, p=whole // k, frac=frac)) == []
    other = next(f for f, kk in FRACTIONS if kk != k)
    assert kinds(CAPITAL.format(w=whole, p=whole // k, frac=other)) == ["arithmetic-share-whole"]


LAND = "أعلنت الشركة أن أعمال استملاك الأراضي بلغت {p} بالمئة، إذ جرى استملاك {a} قطعة من أصل {b} قطعة يمر بها الخط."


@pytest.mark.parametrize("a,b", [(1870, 2200), (450, 600), (96, 120)])
def test_a_share_explained_by_a_clause(a, b):
    right = round(100 * a / b)
    assert kinds(LAND.format(p=right, a=a, b=b)) == []
    assert kinds(LAND.format(p=right - 20, a=a, b=b)) == ["arithmetic-share-whole"]


@pytest.mark.parametrize("text", [
    "وقد انضمت الدول الخمس إلى الاتفاق عام 2018، ثم تبعتها دول أخرى.",
    "وجاءت الشركات العشر الأولى من آسيا، أي الخمس الأولى من الصين والبقية من الهند.",
])
def test_not_fractions(text):
    assert kinds(text) == []
