"""Amounts listed with their shares against each other (``share-pairs``, findings of kind
``arithmetic-share-whole``).

«النفط الخام بقيمة 6 مليارات دولار (40 في المئة)، والمعادن بقيمة 5.4 مليار دولار (36 في المئة)،
والمنتجات الزراعية بقيمة 3.6 مليار دولار (24 في المئة)»، «الإمارات بحصة 35% (46.2 مليار دولار)»:
each amount of a list is its share of one whole, so every pair gives that whole (A / P × 100). The
whole need not be stated: three pairs or more of one sentence, or of the lines of one bulleted or numbered
list, one pair to a line, its share in brackets or after «، أي» (amounts of one measure, each with its share in brackets after it, or the share
with the amount in brackets after it; a bare number of the list counts what its first amount counts) give
it together.
A pair whose whole, within the printed precision of its amount and share, meets none of what the
others give together (their wholes' common interval, itself not empty), and misses it by more than
one per cent of it, is a finding: its amount or its share is wrong.

Never checked: lists of fewer than three pairs; pairs whose wholes disagree two ways (no common
whole of the others); shares of 100 % or more; a list whose shares are of different wholes (they
then give no common whole, and nothing is said).
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .arithmetic import _fig_ev, _finding, _fmt, _sentences, figures_of

MARGIN = 0.01
"""A pair's whole must miss the others' common whole by more than this share of it."""

_OPEN = re.compile(r"^\s*\(\s*$")
_CLOSE = re.compile(r"^\s*\)")


def _pairs(t, sent) -> list[tuple]:
    """(amount, share) pairs of a sentence: «A (P%)» or «P% (A)»."""
    text = t.norm.text
    out = []
    for x, y in zip(sent, sent[1:]):
        if not _OPEN.match(text[x.ne:y.ns]) or not _CLOSE.match(text[y.ne:y.ne + 3]):
            continue
        if x.kind != "percent" and y.kind == "percent":
            out.append((x, y))
        elif x.kind == "percent" and y.kind != "percent":
            out.append((y, x))
    return out


_GLOSS = re.compile(r"^\s*[,،]\s*(?:اي|i\.e\.)\s+(?:بنسبه\s+|ما\s+نسبته\s+)?$", re.I)


def _glossed(t, figs) -> list[tuple]:
    """(amount, share) pairs of a list's line glossed by its share: «- **الشعرة**: 48 ألف طن، أي 63.2 بالمائة.»"""
    text = t.norm.text
    return [(x, y) for x, y in zip(figs, figs[1:])
            if x.kind != "percent" and y.kind == "percent" and _GLOSS.match(text[x.ne:y.ns])]


def _whole(a, p) -> tuple[float, float] | None:
    if p.lo <= 0 or p.hi >= 100 or a.lo <= 0:
        return None
    return a.lo / p.hi * 100, a.hi / p.lo * 100


def _item_runs(t, figs) -> list[list[tuple]]:
    """The pairs of a bulleted or numbered list, one pair on each line («• روسيا: 2.88 مليون طن (45%). ⏎ •
    أستراليا: 1.6 مليون طن (25%). ⏎ …»): the lines of a list follow each other, each opening with its marker."""
    from ..text.patterns import LIST_MARKER

    text = t.norm.text
    item = re.compile(rf"[ \t]*(?:\*\*)?{LIST_MARKER}\s")
    by_line: dict[int, list] = {}
    for g in figs:
        a = text.rfind("\n", 0, g.ns) + 1
        by_line.setdefault(a, []).append(g)
    runs, run, last_end = [], [], -1
    for a in sorted(by_line):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        pairs = (_pairs(t, by_line[a]) or _glossed(t, by_line[a])) if item.match(text, a) else []
        if len(pairs) == 1 and run and not text[last_end:a].strip():
            run.append(pairs[0])
        else:
            if len(run) >= 3:
                runs.append(run)
            run = pairs[:1] if len(pairs) == 1 else []
        last_end = b
    if len(run) >= 3:
        runs.append(run)
    return runs


@detector("share-pairs", "internal")
def share_pairs(facts: Facts) -> list:
    """An amount listed with its share whose whole disagrees with the whole the other pairs give."""
    out = []
    for t in facts:
        figs = figures_of(t)
        groups = []
        for _, sent in _sentences(t, figs, least=3):
            pairs = _pairs(t, sent)
            if pairs and len(pairs) < 3:
                # «إدارة الأعمال 3780 طالباً (30 في المئة)، والهندسة 2520 (20 في المئة)، …»: the bare numbers
                # of the list count what its first amount counts
                from .parts import _with_bare

                first = pairs[0][0]
                pairs = _pairs(t, _with_bare(t, sent, sent[0].ns, first))
            groups.append(pairs)
        for pairs in groups + _item_runs(t, figs):
            if len(pairs) < 3 or len({a.dim for a, _ in pairs}) != 1:
                continue
            wholes = [_whole(a, p) for a, p in pairs]
            if any(w is None for w in wholes):
                continue
            if max(w[0] for w in wholes) <= min(w[1] for w in wholes):
                continue  # one whole for all
            for k, ((a, p), w) in enumerate(zip(pairs, wholes)):
                rest = [x for j, x in enumerate(wholes) if j != k]
                lo, hi = max(x[0] for x in rest), min(x[1] for x in rest)
                if lo > hi:
                    continue  # the others disagree among themselves
                if w[1] >= lo * (1 - MARGIN) and w[0] <= hi * (1 + MARGIN):
                    continue
                whole = (lo + hi) / 2
                out.append(_finding(
                    "arithmetic-share-whole", "warning",
                    f"{a.row['text'].strip()} ({p.row['text'].strip()}) gives a whole of {_fmt(a.value / p.value * 100)}; "
                    f"the other {len(rest)} amounts with their shares give {_fmt(whole)} "
                    f"({p.row['text'].strip()} of it is {_fmt(whole * p.value / 100)}).",
                    [a, p],
                    {"rule": "amounts listed with their shares give one whole (A / P x 100); one pair against the others",
                     "amount": _fig_ev(a), "share": _fig_ev(p), "computed": a.value / p.value * 100,
                     "others_whole": [lo, hi]},
                ))
    return out
