"""A total of named holders whose own figures the text gave before: ``arithmetic-total``.

«توزعت مبيعات 2024 على النحو الآتي: الإمارات 31 ألف سيارة، والسعودية 24 ألفاً، والمغرب 11 ألفاً … وتستحوذ
الإمارات والسعودية معاً على 55 ألف سيارة»: the holders joined by «و» before «معاً» (``breakdown`` lexicon,
``together``: «معاً»، «مجتمعة», "together", "combined") each had a figure of their own right after their name,
earlier in the paragraph or the one before it («الإمارات 31 ألف سيارة»، «والسعودية: 24 ألفاً»، «السعودية (24
ألفاً)»); the total after «معاً» must be their sum. Only when every holder has exactly one such figure, of the
total's measure (or a bare number at its scale: «24 ألفاً» after «31 ألف سيارة»), and the sum is of the total's
order (within a factor of two), so that a holder named with another figure («الإمارات 31 ألف سيارة … والإمارات
عام 2020 …») raises nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from . import detector, per_ordered_text
from .arithmetic import SLACK, TOTAL_SLACK, Fig, _agree, _bound, _fig_ev, _finding, _fmt, figures_of, paragraph_before_start

FAMILY = "arithmetic"
_AL = r"\u0621-\u064A"
_NAME = rf"(?:ال)?[{_AL}]{{3,}}"
_REACH = 30  # characters from «معاً» to the total


def _together() -> re.Pattern:
    return _together_and_cues()[0]


@lru_cache(maxsize=1)
def _together_and_cues() -> tuple[re.Pattern, tuple[str, ...]]:
    """The pattern of holders named together, and its cue words (one of which, as written, every
    match holds: a text holding none is not scanned, a pass that tries the names at every letter)."""
    from ..lang import words

    cues = tuple(words("breakdown", "together"))
    cue = "|".join(re.escape(w) for w in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![{_AL}])(?P<names>{_NAME}(?:\s*[،,]?\s*و{_NAME}){{1,5}})\s+(?:{cue})(?![{_AL}])"), cues


def _holds_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds a cue word as :func:`_together` reads one: after a blank (``\\s``, which
    is ``str.isspace``) and before no Arabic letter. A text without one has no match (the cue's letters
    are in many words: «معا» in «معاهدة»)."""
    for c in cues:
        i = text.find(c)
        while i >= 0:
            end = i + len(c)
            if i > 0 and text[i - 1].isspace() and (end == len(text) or not "\u0621" <= text[end] <= "\u064A"):
                return True
            i = text.find(c, i + 1)
    return False


def _holder_figure(t: TextFacts, name: str, figs: list[Fig], lo: int, hi: int) -> list[Fig]:
    """The figures the text gives right after ``name`` (its own), between ``lo`` and ``hi``."""
    text = t.norm.text
    out = []
    for m in re.finditer(rf"(?<![{_AL}])[وف]?{re.escape(name)}(?![{_AL}])\s*[:：(]?\s*", text[lo:hi]):
        at = lo + m.end()
        g = next((g for g in figs if g.ns == at), None)
        if g is not None:
            out.append(g)
    return out


def _findings(t: TextFacts) -> list:
    text = t.norm.text
    together, cues = _together_and_cues()
    if not _holds_cue(text, cues):
        return []
    figs = figures_of(t)
    out = []
    for m in together.finditer(text):
        total = next((g for g in figs if m.end() <= g.ns <= m.end() + _REACH and g.kind != "percent"), None)
        if total is None or re.search(r"[.،,؛;:]", text[m.end():total.ns]):
            continue
        names = [n.strip() for n in re.split(r"(?:\s*[،,]\s*|\s+)و(?=" + _NAME + r"(?:\s|$))", m.group("names"))]
        if len(names) < 2 or len(set(names)) != len(names):
            continue
        lo = paragraph_before_start(t, m.start())
        parts = []
        for n in names:
            own = [g for g in _holder_figure(t, n, figs, lo, m.start()) if g.kind != "percent"]
            if len(own) != 1:
                break
            parts.append(own[0])
        else:
            if not all(p.dim == total.dim or (p.kind == "number" and 0.01 <= p.value / total.value <= 1) for p in parts):
                continue
            s = sum(p.value for p in parts)
            if not 0.5 <= s / total.value <= 2:
                continue
            plo, phi = sum(p.lo for p in parts), sum(p.hi for p in parts)
            if _agree(plo, phi, total.lo, total.hi, slack=TOTAL_SLACK):
                continue
            out.append(_finding(
                "arithmetic-total", "error" if abs(s - total.value) > 0.05 * abs(total.value) else "warning",
                f"The figures the text gave «{t.raw[slice(*t.norm.raw_span(*m.span('names')))]}» "
                f"({' + '.join(p.row['text'].strip() for p in parts)}) "
                f"add up to {_fmt(s)}, not the {total.row['text'].strip()} it says they hold together.",
                parts + [total],
                {"rule": "named holders «معاً» against the sum of the figures the text gave each",
                 "parts": [_fig_ev(p) for p in parts], "total": _fig_ev(total), "computed": s,
                 "computed_interval": [_bound(plo), _bound(phi)], "slack": SLACK},
            ))
    return out


@detector("named-sum")
def named_sum(facts: Facts) -> list:
    """Holders named together («الإمارات والسعودية معاً على 55 ألف سيارة») against the figures the text gave each."""
    return per_ordered_text(_findings)(facts)
