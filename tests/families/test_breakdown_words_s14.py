"""A breakdown whose parts and whole are written in words, generated: «سيضم الخط ثلاث محطات رئيسية، إضافة إلى
تسع محطات فرعية، أي اثنتي عشرة محطة في المجموع» (a sentence with no digit is read too; the whole in words
before a trailing cue «في المجموع»، «إجمالاً»). The right sum is quiet, a part one off is flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

F = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
WHOLE = {10: "عشر محطات", 11: "إحدى عشرة محطة", 12: "اثنتي عشرة محطة", 13: "ثلاث عشرة محطة", 14: "أربع عشرة محطة",
         15: "خمس عشرة محطة"}
T = "سيضم الخط {a} محطات رئيسية، إضافة إلى {b} محطات فرعية، أي {w} {cue}."


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind.startswith("arithmetic"))


@pytest.mark.parametrize("cue", ["في المجموع", "إجمالاً"])
@pytest.mark.parametrize("a,b", [(3, 9), (4, 7), (5, 8), (6, 6), (3, 7)])
def test_words_breakdown(cue, a, b):
    assert kinds(T.format(a=F[a], b=F[b], w=WHOLE[a + b], cue=cue)) == []
    wrong = b - 1 if b - 1 in F else b + 1
    assert kinds(T.format(a=F[a], b=F[wrong], w=WHOLE[a + b], cue=cue)) == ["arithmetic-parts"]
