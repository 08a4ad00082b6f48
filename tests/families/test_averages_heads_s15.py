"""The heads of an average in more of their forms (synthetic texts), each beside its clean form:
- a measure in the unit the head names («150 كيلومتراً» for «للكيلومتر»);
- people counted by one noun, the average per another («19 مليون نسمة» for «للفرد الواحد»);
- an approximator after the lead («أي نحو 700 ميغاواط لكل توربين»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


CASES = [
    ("وبلغت كلفة المشروع 3 مليارات دولار لبناء 150 كيلومتراً من الطرق، أي {v} مليون دولار للكيلومتر.", "20", "30"),
    ("وبلغ الدين 12 مليار دولار، أي ما يعادل {v} دولار للفرد الواحد من سكانها البالغين 19 مليون نسمة.", "630", "400"),
    ("وتنتج المحطة 4500 ميغاواط من ثمانية توربينات، أي نحو {v} ميغاواط لكل توربين.", "560", "700"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_an_average_over_its_heads(text, good, bad):
    assert "arithmetic-rate" not in kinds(text.format(v=good))
    assert "arithmetic-rate" in kinds(text.format(v=bad))


def test_people_of_another_group_are_not_its_heads():
    # «نسمة» counts people; an average per ship has no head among them
    text = "ونقلت السفن 12 مليون طن لسكان يبلغ عددهم 19 مليون نسمة، أي نحو 40 ألف طن للسفينة."
    assert "arithmetic-rate" not in kinds(text)
