"""Amounts listed with their shares against each other (``share-pairs``, findings of kind
``arithmetic-share-whole``).

«النفط الخام بقيمة 6 مليارات دولار (40 في المئة)، والمعادن بقيمة 5.4 مليار دولار (36 في المئة)،
والمنتجات الزراعية بقيمة 3.6 مليار دولار (24 في المئة)»، «الإمارات بحصة 35% (46.2 مليار دولار)»:
each amount of a list is its share of one whole, so every pair gives that whole (A / P × 100). The
whole need not be stated: three pairs or more of one sentence (amounts of one measure, each with its
share in brackets after it, or the share with the amount in brackets after it; a bare number of the
list counts what its first amount counts) give it together.
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


def _whole(a, p) -> tuple[float, float] | None:
    if p.lo <= 0 or p.hi >= 100 or a.lo <= 0:
        return None
    return a.lo / p.hi * 100, a.hi / p.lo * 100


@detector("share-pairs", "internal")
def share_pairs(facts: Facts) -> list:
    """An amount listed with its share whose whole disagrees with the whole the other pairs give."""
    out = []
    for t in facts:
        for _, sent in _sentences(t, figures_of(t), least=3):
            pairs = _pairs(t, sent)
            if pairs and len(pairs) < 3:
                # «إدارة الأعمال 3780 طالباً (30 في المئة)، والهندسة 2520 (20 في المئة)، …»: the bare numbers
                # of the list count what its first amount counts
                from .parts import _with_bare

                first = pairs[0][0]
                pairs = _pairs(t, _with_bare(t, sent, sent[0].ns, first))
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
