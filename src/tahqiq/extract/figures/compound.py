"""What is joined by «و» to the end of a figure and belongs to it.

1. After a scale word, the rest of the amount in words: «ثلاثة آلاف وخمسمائة» (3500), «ألفين وخمس
   مائة» (2500), «مليون ومئتي ألف» (1.2e6, the part with a smaller scale of its own), «مليون ونصف»
   (1.5e6; also «ثلاثة ملايين ونصف المليون»). The part must be smaller than the scale.
2. After a count or a measure, a half, a quarter or a third of its unit: «ثلاث سنوات ونصف» (3.5
   years), «ساعتين وربع» (2.25 hours), «مرتين ونصف» (2.5 times); not «ونصف المبلغ» ("and half the
   sum"), where the fraction opens a noun phrase of its own: only the end of the clause or a
   function word («خلال», «في») may follow the fraction.
"""

from __future__ import annotations

import re

from ..numerals import NUMBER_WORDS_RE, words_value
from . import lexicon as L

_AND = r"[^\S\n]+و[^\S\n]?"
_AND_FRACTION = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}  # folded
_FRACTION_AFTER = re.compile(rf"{_AND}(?P<f>{'|'.join(_AND_FRACTION)})(?![{L._AR}])")
_cache: dict = {}


def _words_after_and() -> re.Pattern:
    """«و» + a number-word phrase (built from the current number words)."""
    core = NUMBER_WORDS_RE.pattern.removeprefix(r"(?<![\u0621-\u064A])")
    if _cache.get("src") != core:
        _cache["src"], _cache["re"] = core, re.compile(rf"{_AND}(?P<n>{core})")
    return _cache["re"]


def and_after_scale(t: str, end: int, scale: float) -> tuple[float, int] | None:
    """(what to add, new end) for the rest of an amount joined by «و» after a scale word ending at ``end``."""
    if "و" not in t[end:end + 3]:
        return None
    m = _FRACTION_AFTER.match(t, end)
    if m:
        stop = m.end()
        j = stop + len(t[stop:stop + 4]) - len(t[stop:stop + 4].lstrip(" \t"))
        art = L._SCALE_RE.match(t, j + 2) if j > stop and t.startswith("ال", j) else None
        if art and art.start("w") == j + 2 and L.SCALES.get(art.group("w")) == scale:  # «ونصف المليون»
            stop = art.end()
        return _AND_FRACTION[m.group("f")] * scale, stop
    m = _words_after_and().match(t, end)
    if m:
        got = words_value(m.group("n"))
        if not got or got[1]:
            return None
        sm = L._SCALE_RE.match(t, m.end())  # «مليون ومئتي ألف»: the part has a smaller scale of its own
        factor = L.SCALES.get(sm.group("w"), L.SCALES.get(sm.group("w").lower())) if sm else None
        if factor and factor < scale and got[0] * factor < scale:
            return float(got[0]) * factor, sm.end()
        if got[0] < scale:
            return float(got[0]), m.end()
    return None


def and_a_fraction(t: str, r: dict) -> dict:
    """``r`` (a count or measure of whole units) with «ونصف»/«وربع»/«وثلث» after it added to its value."""
    if r["type"] not in ("count", "measure") or r["unit"] in (None, "fraction") or r["scale"] is not None:
        return r
    if "و" not in t[r["nend"] + 1:r["nend"] + 4]:
        return r
    m = _FRACTION_AFTER.match(t, r["nend"])
    if not m:
        return r
    nxt = L._WORD_RE.match(t, m.end())
    if nxt and nxt.group("w") not in L._FUNCTION_WORDS:
        return r  # «ونصف المبلغ»: a noun phrase of its own
    note = f"{r['note']}; " if r.get("note") else ""
    return {**r, "value": r["value"] + _AND_FRACTION[m.group("f")], "nend": m.end(),
            "note": note + "and a fraction of the unit"}
