"""A count and a value announced before a colon, and the items after it that each give a count and a value of
their own: ``arithmetic-total``.

«موّل البنك في الدول العربية 14 مشروعاً بقيمة 3.5 مليار دولار: 8 مشاريع في مصر بقيمة 2.1 مليار دولار، و4 في
عُمان بقيمة 1.1 مليار دولار، و2 في الأردن بقيمة 300 مليون دولار»، "12 contracts worth $900 million: 7 in Egypt
worth $500 million and 5 in Jordan worth $400 million": the head is a count C then, in the same clause, a value V
(money or a measure) closed by a colon; each item after the colon, joined by «و»/«،»/"and", opens with a number (a
count of C's noun or a bare number) and gives one value of V's measure. Every figure after the colon, to the end of
the sentence, must belong to such an item, or the list is no breakdown and is left alone. The counts must sum to C
exactly; the values to V within their printed precision (:data:`.arithmetic.TOTAL_SLACK`). The breakdown of one
measure after a colon is :mod:`.arithmetic`'s; this is the list whose items pair the two.
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .chronology import raw_span
from .counts import _cardinal

FAMILY = "arithmetic"  # (the arithmetic family is split over several modules: review/recall)
from .arithmetic import _COLON_AFTER, TOTAL_SLACK, _agree, _bound, _compatible, _fig_ev, _finding, _fmt, _sentences, \
    figures_of

_HEAD_GAP = re.compile(r"[^\d.،,؛;:\n]{0,40}")  # between the head's count and its value: one clause
_ITEM_START = re.compile(r"\s*(?:[،,]\s*)?(?:(?:و|and)\s*)?(?P<n>[0-9]+|[^\W\d_]+)(?!\w)(?P<rest>[^\d.؛;:\n]{0,60})$",
                         re.IGNORECASE)  # an item: its count first, then words up to its value


@detector("pair-list-total", "internal")
def pair_list_total(facts: Facts) -> list:
    """Items that each give a count and a value, after a colon, against the count and the value before it."""
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t), least=4):
            for i in range(len(sent) - 1):
                c, v = sent[i], sent[i + 1]
                if c.kind != "count" or c.lo != c.hi or v.kind in ("count", "number", "percent") \
                        or not _HEAD_GAP.fullmatch(text, c.ne, v.ns):
                    continue
                colon = _COLON_AFTER.match(text, v.ne)
                if colon is None or "،" in colon.group() or "," in colon.group():
                    continue
                rest = sent[i + 2:]
                if not rest or rest[0].ns < colon.end():
                    continue
                items, at, ok = [], colon.end(), True
                for x in rest:
                    if not _compatible(x, v):
                        if x.kind in ("count", "number") and x.ns >= at:
                            continue  # the item's own count, read from its words below
                        ok = False
                        break
                    m = _ITEM_START.match(text[at:x.ns])
                    n = _cardinal(m.group("n"), 1, 10 ** 9) if m else None
                    if n is None or n != int(n):
                        ok = False
                        break
                    items.append((n, (m.start("n") + at, m.end("n") + at), x))
                    at = x.ne
                if not ok or len(items) < 2 or text[at:at + 3].strip(" .") and re.match(r"\s*[،,]?\s*و\s*\d", text[at:]):
                    continue  # figures the items do not account for: no breakdown of the head
                counts, values = [n for n, _, _ in items], [x for _, _, x in items]
                found = []
                if sum(counts) != c.value:
                    found.append(("counts", counts, sum(counts)))
                lo, hi = sum(x.lo for x in values), sum(x.hi for x in values)
                if not _agree(lo, hi, v.lo, v.hi, slack=TOTAL_SLACK):
                    found.append(("values", values, sum(x.value for x in values)))
                for what, parts, total_sum in found:
                    if what == "counts":
                        shown = " + ".join(str(n) for n in parts)
                        total, figs = c, [c]
                        extra = [raw_span(t, a, b) for _, (a, b), _ in items]
                        evid = {"total": _fig_ev(c), "counts": parts}
                    else:
                        shown = " + ".join(p.row["text"].strip() for p in parts)
                        total, figs, extra = v, [v, *parts], []
                        evid = {"total": _fig_ev(v), "parts": [_fig_ev(p) for p in parts],
                                "computed_interval": [_bound(lo), _bound(hi)], "slack": TOTAL_SLACK}
                    f = _finding(
                        "arithmetic-total", "warning",
                        f"The {what} of the items after the colon, {shown}, add up to {_fmt(total_sum)}, not the "
                        f"{total.row['text'].strip()} before it.",
                        figs,
                        {"rule": "items that each give a count and a value, after a colon, against the count and the "
                                 "value before it", "computed": total_sum, **evid},
                    )
                    f.spans = sorted({*f.spans, *extra}, key=lambda sp: sp.start)
                    out.append(f)
    return out
