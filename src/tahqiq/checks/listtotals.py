"""A total announced on a line that ends with a colon, and the numbered or bulleted lines that break it down:
``arithmetic-total``.

«اتفق الجانبان على ستة مشاريع بقيمة إجمالية قدرها 8.5 مليار دولار، هي:⏎1. ميناء مبارك الكبير: 4.2 مليار دولار؛⏎2. …»،
«طاقتها الإجمالية 1.78 مليون برميل يومياً:⏎- مجمع تشجيانغ: 800 ألف برميل يومياً (44.9%)؛⏎- …»: the last figure T of
a line closed by a colon heads the items of the lines right below it, each opened by a number («1.»، «١-»، «(2)») or a
bullet («-»، «*»، «•»); every item must give one figure of T's measure (the first on its line: the same currency, the
same unit, or a count of the same noun), and their sum, at their scales («4.2 مليار» and «700 مليون»), must be T within
the figures' printed precision (or another figure of the head line: a total compared with last year's). A list whose items do not all give such a figure is no breakdown of T (a list of
projects with their dates, say) and is left alone.
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .arithmetic import TOTAL_SLACK, SLACK, _agree, _bound, _compatible, _fig_ev, _finding, _fmt, figures_of

_ITEM = re.compile(r"[ \t]*(?:[-*•–▪]|\(?[0-9٠-٩]{1,2}[.)\-]|\([0-9٠-٩]{1,2}\))[ \t]+\S")
_HEAD_END = re.compile(r"[:：][ \t*_]*$")


@detector("list-total", "internal")
def list_total(facts: Facts) -> list:
    """A total on a line closed by a colon against the sum of the numbered or bulleted lines below it."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = [g for g in figures_of(t) if g.kind != "percent"]
        pos = 0
        lines = []
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        for k, (a, b) in enumerate(lines):
            if not _HEAD_END.search(text, a, b):
                continue
            heads = [g for g in figs if a <= g.ns and g.ne <= b]
            if not heads:
                continue
            total = heads[-1]
            items, blank = [], 0
            for a2, b2 in lines[k + 1:]:
                if not text[a2:b2].strip() and blank == 0:
                    blank += 1  # (one blank line may stand between the head and an item, or between items)
                    continue
                blank = 0
                if not _ITEM.match(text, a2, b2):
                    break
                own = [g for g in figs if a2 <= g.ns and g.ne <= b2 and _compatible(g, total)
                       and not (g.kind == "count" and (g.unit or "") != (total.unit or ""))
                       and not (g.kind == "money" and g.unit != total.unit)]
                if not own:
                    items = []
                    break
                items.append(own[0])
            if len(items) < 2:
                continue
            lo, hi = sum(g.lo for g in items), sum(g.hi for g in items)
            # (any figure of the head line the items give is their total: «بلغت 650 مليار درهم في 2024، مقابل 560 مليار
            # درهم في 2023 … وتوزعت على النحو التالي:»)
            if any(_agree(lo, hi, h.lo, h.hi, slack=TOTAL_SLACK) for h in heads if _compatible(h, total)):
                continue
            s = sum(g.value for g in items)
            if not 0.5 <= s / total.value <= 2:
                continue  # far from the total: not its parts (a list of other things, per year, per unit)
            out.append(_finding(
                "arithmetic-total", "error" if abs(s - total.value) > 0.05 * abs(total.value) else "warning",
                f"The {len(items)} items listed below {total.row['text'].strip()} add up to {_fmt(s)}: "
                f"{' + '.join(g.row['text'].strip() for g in items)}.",
                items + [total],
                {"rule": "a total on a line closed by a colon against the sum of the numbered or bulleted lines below it",
                 "parts": [_fig_ev(g) for g in items], "total": _fig_ev(total), "computed": s,
                 "computed_interval": [_bound(lo), _bound(hi)], "slack": SLACK}))
    return out
