"""The length a change took, said round or in seasons (synthetic texts): «من A عام Y1 إلى B عام Y2، أي
بـ D في ربع قرن / عقد / عقدين»; «من A في موسم 2015/2016 إلى B في موسم 2020/2021، أي … في خمسة مواسم»."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


ROUND = "ارتفعت حصة الطاقة الشمسية في الإنتاج من 4 في المئة عام {a} إلى 19 في المئة عام 2022، أي بـ 15 نقطة مئوية في {n}."


@pytest.mark.parametrize("a,n,bad", [
    ("1997", "ربع قرن", False),
    ("1999", "ربع قرن", False),  # 23 years: a quarter of a century, said round
    ("2012", "عقد", False),
    ("2011", "عقد واحد", False),
    ("1997", "عقد", True),
    ("2002", "عقدين", False),
    ("2012", "عقدين", True),
    ("1992", "ثلاثة عقود", False),
    ("2012", "نصف قرن", True),
])
def test_a_change_over_a_round_length(a, n, bad):
    assert ("duration-mismatch" in kinds(ROUND.format(a=a, n=n))) is bad


def test_a_contract_is_no_decade():
    text = "ارتفعت الكمية من 4 ملايين طن عام 2015 إلى 9 ملايين طن عام 2022، أي بزيادة نص عليها في عقد التوريد."
    assert kinds(text) == []


SEASONS = ("تراجعت حصة الشعير المستورد من 40 في المئة في موسم 2015/2016 إلى 12 في المئة في موسم 2020/2021، "
           "أي بـ 28 نقطة مئوية في {n} مواسم.")


@pytest.mark.parametrize("n,bad", [("خمسة", False), ("ستة", False), ("ثمانية", True), ("ثلاثة", True)])
def test_a_change_over_seasons(n, bad):
    assert ("duration-mismatch" in kinds(SEASONS.format(n=n))) is bad
