"""Family of constructions: a period phrase apposed to a date that carries its era letter — «يوم 30 نوفمبر
1967م، في القرن التاسع عشر»، «عام 1387هـ، في القرن الخامس عشر الهجري» — glosses that date as it does
without the letter («عام 1967، في …»): the letter is the date's, not a word between them.
Synthetic sentences, session 18.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


@pytest.mark.parametrize("date", ["يوم 30 نوفمبر 1967م", "يوم 28 شعبان 1387هـ الموافق 30 نوفمبر 1967م", "عام 1967م"])
@pytest.mark.parametrize("period, fault", [("القرن العشرين", False), ("ستينيات القرن العشرين", False),
                                           ("القرن التاسع عشر", True), ("ثمانينيات القرن العشرين", True)])
def test_a_period_apposed_to_a_date_with_its_era_letter(date, period, fault):
    text = f"بيروت، 3 مايو 2024 - انتهى الاحتلال {date}، في {period}، بعد حرب طويلة."
    assert ("period-mismatch" in kinds(text)) == fault
