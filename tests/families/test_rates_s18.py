"""Families of constructions (synthetic sentences, session 18):

- a total of the year a sentence dates, said approximately, spread per day: «وعبرته عام 2023 نحو 21 ألف سفينة، أي
  بمعدل 57.5 سفينة يومياً» (21,000 / 365, checked to a tenth since the total is approximate);
- a rate restated per another period when the units carry the periods («1.75 مليون برميل يومياً، أي قرابة 639
  مليون برميل سنوياً»): the restatement is computed from the printed figure, whatever «نحو» lets it be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


SHIPS = "وعبرت المضيق عام {y} نحو {n} ألف سفينة، أي بمعدل {d} سفينة يومياً، معظمها ناقلات."


@pytest.mark.parametrize("y, n, d, fault", [
    (2023, 21, "57.5", False), (2024, 22, "60", False), (2023, 21, "75.5", True), (2023, 25, "57.5", True),
    (2022, 18, "49", False), (2022, 18, "39", True),
])
def test_an_approximate_total_of_a_dated_year_per_day(y, n, d, fault):
    assert ("arithmetic-rate" in kinds(SHIPS.format(y=y, n=n, d=d))) == fault


RATE = "وتستورد الصين من المملكة {a} {x} {u1}، أي قرابة {b} {x} {u2}، ما يجعلها أكبر مورّد."


@pytest.mark.parametrize("a, b, x, u1, u2, fault", [
    ("نحو 1.75 مليون", "639 مليون", "برميل", "يومياً", "سنوياً", False),
    ("نحو 1.75 مليون", "539 مليون", "برميل", "يومياً", "سنوياً", True),
    ("1.2 مليون", "100 ألف", "طن", "سنوياً", "شهرياً", False),
    ("1.2 مليون", "120 ألف", "طن", "سنوياً", "شهرياً", True),
])
def test_a_rate_restated_per_another_period(a, b, x, u1, u2, fault):
    assert ("arithmetic-rate" in kinds(RATE.format(a=a, b=b, x=x, u1=u1, u2=u2))) == fault
