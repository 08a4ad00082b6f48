"""Two period phrases glossing one time, generated: «أُنشئ في منتصف القرن العشرين الميلادي، أي في أواخر القرن
الرابع عشر الهجري» (a Gregorian century and a Hijri one, each narrowed by its part). They must meet: a century
moved by one is flagged. Two periods joined by «و» or by a range are two times and are never compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

G = {18: "الثامن عشر", 19: "التاسع عشر", 20: "العشرين", 21: "الحادي والعشرين"}
H = {12: "الثاني عشر", 13: "الثالث عشر", 14: "الرابع عشر", 15: "الخامس عشر"}
T = "تحالف دفاعي أُنشئ في {gp} القرن {g} الميلادي، أي في {hp} القرن {h} الهجري، في ذروة الحرب الباردة."
# (Gregorian part, century, Hijri part, century) that meet
RIGHT = [("منتصف", 20, "أواخر", 14), ("أواخر", 20, "مطلع", 15), ("منتصف", 19, "أواسط", 13), ("أواخر", 18, "أوائل", 13)]


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind == "period-mismatch")


@pytest.mark.parametrize("gp,g,hp,h", RIGHT)
def test_a_gregorian_and_a_hijri_century(gp, g, hp, h):
    assert kinds(T.format(gp=gp, g=G[g], hp=hp, h=H[h])) == []
    moved = g - 1 if g - 1 in G else g + 1
    assert kinds(T.format(gp=gp, g=G[moved], hp=hp, h=H[h])) == ["period-mismatch"]


def test_two_times():
    text = "وشهدت المنطقة في منتصف القرن التاسع عشر الميلادي، وفي أواخر القرن الرابع عشر الهجري، تحولات كبيرة."
    assert kinds(text) == []
