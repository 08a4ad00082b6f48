"""Constructions that must not be read as faults, each beside the fault the same rule still finds
(synthetic texts):
- two periods joined by «و» gloss a year together («عام 1991، أي في أواخر الثمانينيات ومطلع التسعينيات»);
- two clauses of one sentence, each with its own whole and its parts' shares, joined by «فيما»;
- one end of a range of shares («إلى ما بين 35 و40 بالمائة») is no share a part must give;
- a serial list whose next «، و» item is a clause («ثلاث قمم: …، و…، و…، وتلتها زيارة …»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


@pytest.mark.parametrize("y,bad", [("1991", False), ("1988", False), ("1997", True)])
def test_two_periods_joined_by_and(y, bad):
    text = f"وأُعيد افتتاح السفارة عام {y}، أي في أواخر الثمانينيات ومطلع التسعينيات من القرن العشرين."
    assert ("period-mismatch" in kinds(text)) is bad


def test_two_clauses_each_with_its_whole():
    text = ("واستوردت تونس في الموسم نفسه 4 ملايين طن من الشعير، منها 3 ملايين طن أوكرانية، أي 75 بالمائة من وارداتها، "
            "فيما استوردت ليبيا 2 مليون طن، منها 0.5 مليون طن من أوكرانيا، أي 25 بالمائة.")
    assert kinds(text) == []
    assert "arithmetic-share-whole" in kinds(text.replace("أي 75 بالمائة", "أي 60 بالمائة"))


def test_an_end_of_a_range_of_shares():
    text = ("واستوردت البلاد 2.7 مليون طن من أصل 8.5 ملايين طن.\n\n"
            "وتتوقع المصادر أن تتراوح الواردات بين 8 و8.5 ملايين طن، وأن ترتفع حصة القمح الروسي فيها إلى ما بين 35 و40 بالمائة.")
    assert "arithmetic-share-whole" not in kinds(text)


@pytest.mark.parametrize("n,bad", [("ثلاث", False), ("خمس", True)])
def test_a_clause_after_a_serial_list(n, bad):
    text = (f"وعُقدت خلال الزيارة {n} قمم: مصرية صينية، وخليجية صينية، وعربية صينية، وتلتها زيارة الرئيس التركي "
            "إلى بكين في فبراير 2023.")
    assert ("count-mismatch" in kinds(text)) is bad
