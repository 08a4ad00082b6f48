"""Parts of a whole: a number with no noun takes the unit of the figure it is a part of.

«يعمل في المجموعة 12,000 موظف، منهم 7,500 في المصانع و4,500 في الإدارة» counts employees three
times; «يشارك 40 موظفاً، يقضي 10 منهم أربعة أسابيع في الخارج» and «يتوقع 15 ألف زائر، مقابل 12 ألفاً
العام الماضي» too. A number whose own words name nothing takes the unit (and type) of the nearest
figure before it in the same sentence that has one, when a partitive pronoun comes right before it
(«منهم», «منها», «من بينهم»), right after it («10 منهم»), or a comparison right before it («مقابل»,
«مقارنة بـ», «بعد أن كان»); and a number joined by «و» to such a part is one too («و4,500 في الإدارة»).
The cue words are in ``lang/figure_cues.yml`` (``part_of``). Never across a sentence end, a line
break or a semicolon, and never further than :data:`_REACH` characters. The parts listed after the
pronoun, each with its own unit («منهم 90 طبيباً و180 ممرضاً»), do not replace the whole: a part
named later in the sentence («60 منهم») is still a part of the whole (:func:`is_sibling`).
"""

from __future__ import annotations

import re

from . import lexicon as L

_REACH = 160
_SENTENCE_BREAK = re.compile(r"[.!?؟؛;\n]")
_AND_BEFORE = re.compile(r"[^\S\n]*و[^\S\n]*$")


def part_of(t: str, whole: dict | None, prev: dict | None, r: dict) -> dict | None:
    """``r`` (a number with no unit) with the unit of ``whole`` (the last figure with a unit before
    it) when it is a part of it or compared with it; ``prev`` is the figure right before ``r``."""
    if whole is None or whole["unit"] is None or whole["type"] not in ("count", "money", "measure", "percent"):
        return None
    a = r["nstart"]
    if a - whole["nend"] > _REACH or a < whole["nend"] or _SENTENCE_BREAK.search(t, whole["nend"], a):
        return None
    lo = max(whole["nend"], a - 30)
    if L._PART_BEFORE_RE.search(t, lo, a) or L._PART_AFTER_RE.match(t, r["nend"]):
        note = "a part of the figure before it"
    elif L._COMPARE_BEFORE_RE.search(t, lo, a):
        note = "compared with the figure before it"
    elif prev is not None and prev.get("part") and prev["nend"] <= a and _AND_BEFORE.search(t, max(prev["nend"], a - 40), a):
        note = "a part of the figure before it"
    else:
        return None
    return {**r, "unit": whole["unit"], "type": whole["type"], "noun_span": whole.get("noun_span"),
            "construct": whole.get("construct"), "dual_of": whole.get("dual_of"), "note": note, "part": True}


def is_sibling(t: str, whole: dict | None, prev: dict | None, r: dict) -> bool:
    """``r`` (a figure with its own unit) is one of the parts listed after a partitive pronoun, not a
    new whole: «يعمل 350 موظفاً، منهم 90 طبيباً و180 ممرضاً، وقد أنهى 60 منهم برنامجاً» — the «60
    منهم» later in the sentence are 60 of the 350 employees, not of the nurses."""
    if whole is None or r is whole or r["nstart"] < whole["nend"] or r["nstart"] - whole["nend"] > _REACH:
        return False
    a = r["nstart"]
    if _SENTENCE_BREAK.search(t, whole["nend"], a):
        return False
    lo = max(whole["nend"], a - 30)
    if "من" in t[lo:a] and L._PART_BEFORE_RE.search(t, lo, a):  # every cue has «من»: a cheap test first
        return True
    return bool(prev is not None and prev.get("part") and prev["nend"] <= a
                and _AND_BEFORE.search(t, max(prev["nend"], a - 40), a))
