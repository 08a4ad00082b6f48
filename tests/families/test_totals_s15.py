"""A total summing what the holders counted before it stated (synthetic texts): «… بـ A، تلتها … بـ B، ثم …
بـ C. وبذلك وفّرت الدول الثلاث T»، «فوفّرت الدول الثلاث معاً T» (the definite count of the holders between the
parts and the total is no part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


NEXT = ("وجاءت البرازيل أولاً بـ 41.2 مليون طن، تلتها الأرجنتين بـ 22.5 مليون طن، ثم أوكرانيا بـ 13 مليون طن. "
        "وبذلك وفّرت الدول الثلاث {v} مليون طن من الواردات.")
SAME = ("وجاءت البرازيل أولاً بـ 41.2 مليون طن، تلتها الأرجنتين بـ 22.5 مليون طن، ثم أوكرانيا بـ 13 مليون طن، "
        "فوفّرت الدول الثلاث معاً {v} مليون طن.")


@pytest.mark.parametrize("text", [NEXT, SAME])
@pytest.mark.parametrize("v,bad", [("76.7", False), ("67.7", True)])
def test_the_holders_total(text, v, bad):
    assert ("arithmetic-total" in kinds(text.format(v=v))) is bad


def test_more_holders_than_amounts_is_no_total():
    text = ("وصدّرت البرازيل 41.2 مليون طن. وبذلك وفّرت الدول الأربع 60 مليون طن من الواردات.")
    assert "arithmetic-total" not in kinds(text)
