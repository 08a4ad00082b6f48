"""A length smaller than its noun can be, generated: a railway, a pipeline, a road or a border «162 متراً» long
(a unit slipped from kilometres) is flagged; the same in kilometres is quiet, and so is a bridge or a tunnel of
a few hundred metres, or an extension of a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

NOUNS = ["الخط الحديدي البالغ طوله {n}", "خط الغاز العابر للبحر بطول {n}", "الطريق السريع الذي يمتد {n}",
         "الأنبوب نفسه، على طول {n} داخل البلاد"]
UNITS_BAD = ["{v} متراً", "{v} متر"]
UNITS_OK = ["{v} كيلومتراً", "{v} كم"]


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind.startswith("arithmetic"))


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("v", [162, 300, 540])
def test_a_line_in_metres(noun, v):
    for u in UNITS_BAD:
        assert kinds(f"وقال المدير إن {noun.format(n=u.format(v=v))} سيكتمل قريباً.") == ["arithmetic-magnitude"]
    for u in UNITS_OK:
        assert kinds(f"وقال المدير إن {noun.format(n=u.format(v=v))} سيكتمل قريباً.") == []


@pytest.mark.parametrize("text", [
    "افتُتح الجسر الجديد على النهر بطول 800 متر.",
    "ويمر الخط في نفق بطول 600 متر تحت الجبل.",
    "وتشمل توسعة الخط امتداداً بطول 900 متر حتى المحطة الجديدة.",
])
def test_short_structures(text):
    assert kinds(text) == []
