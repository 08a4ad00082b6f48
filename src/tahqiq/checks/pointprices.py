"""The price of one percentage point of a stake, and the value of the whole it implies: ``arithmetic-rate``.

«اشترت حصة 10% مقابل 375 مليون دولار، أي … لكل نقطة: 37.5 مليون دولار، ما يعني أن قيمة الامتياز كله قُدّرت بـ3.75
مليار دولار»، «الاستحواذ على 10% من الشركة مقابل 3.6 مليار دولار … دفعت الشركة 360 مليون دولار عن كل نقطة مئوية»:
an amount R said to be paid per point («لكل نقطة»، «عن كل نقطة مئوية»، «للنقطة الواحدة»، "per percentage point",
within a few words of R) is the price A of a stake P% divided by P; the stakes are the shares bought for a price
(«P% … مقابل/بقيمة/لقاء/بمبلغ A», P before A in one sentence) in R's paragraph and the one before, and a finding is
made only when none of them gives R. The value of the whole then said in R's sentence («قيمة الامتياز كله»،
«القيمة الإجمالية»، "the whole company") is R × 100. The figures' printed precision, and 10% after «تقريباً»/«نحو»
when the approximator stands right before the price.
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .rates import _approx
from .arithmetic import SLACK, APPROX_SLACK, approximator_before, _agree, _bound, _fig_ev, _finding, _fmt, figures_of, paragraph_before_start, sentence_bounds

_AL = r"\u0621-\u064A"
_PER_POINT = re.compile(rf"(?<![{_AL}\w])(?:لكل|عن\s+كل|للنقطه\s+الواحده|per)\s+(?:نقطه|percentage\s+point|point)"
                        rf"|(?<![{_AL}\w])للنقطه(?![{_AL}\w])", re.I)
_PRICE_WORD = re.compile(rf"(?<![{_AL}\w])(?:مقابل|بقيمه|لقاء|بمبلغ|بسعر|بثمن|for)\s*$", re.I)
_WHOLE_BEFORE = re.compile(rf"(?<![{_AL}\w])(?:كله|كلها|كاملا|كامله|بالكامل|الكامله|الكامل|الاجماليه|whole|entire)"
                           rf"(?![{_AL}\w])[^.؛;]{{0,25}}$", re.I)
_PAIR_REACH = 80  # characters from a stake's percentage to its price


def _price_before(text: str, ns: int) -> bool:
    """Whether a price word («مقابل»، «بقيمة»، "for") stands right before the figure at ``ns``, an
    approximator («نحو»، «ما يقارب») allowed between."""
    start = max(0, ns - 30)
    m = approximator_before().search(text, start, ns)
    return bool(_PRICE_WORD.search(text, start, m.start() if m else ns))


@detector("arithmetic-point-price", "internal")
def arithmetic_point_price(facts: Facts) -> list:
    """A price per percentage point against the stakes bought for a price, and the whole's value it implies."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        money = [g for g in figs if g.kind == "money"]
        pcts = [g for g in figs if g.kind == "percent"]
        for cue in _PER_POINT.finditer(text):
            # the price the cue names: right after it («لكل نقطة: 37.5 مليون دولار»), else right before it («دفعت 360
            # مليون دولار عن كل نقطة مئوية»)
            r = next((g for g in money if cue.end() <= g.ns and re.fullmatch(r"[\s:：]*(?:مئويه)?[\s:：]*", text[cue.end():g.ns])),
                     None)
            if r is None:
                r = next((g for g in reversed(money) if g.ne <= cue.start() and len(text[g.ne:cue.start()].split()) <= 1
                          and not re.search(r"[.،,؛;:]", text[g.ne:cue.start()])), None)
            if r is None:
                continue
            lo = paragraph_before_start(t, r.ns)
            stakes = []
            for a in money:
                if a is r or not lo <= a.ns < r.ns or not _price_before(text, a.ns):
                    continue
                ss = sentence_bounds(text, a.ns)[0]
                p = next((p for p in reversed(pcts) if max(ss, a.ns - _PAIR_REACH) <= p.ns < a.ns), None)
                if p is not None and 0 < p.value < 100:
                    stakes.append((p, a))
            if not stakes:
                continue
            # (an approximator right before the price widens it: «نحو 37 مليون دولار لكل نقطة»; one before the cue
            # qualifies a comparison, «بالسعر نفسه تقريباً لكل نقطة: 37.5 مليون دولار», not the price)
            slack = APPROX_SLACK if _approx(r) or approximator_before().search(text, max(0, r.ns - 14), r.ns) else SLACK
            if not any(_agree(a.lo / p.hi, a.hi / p.lo, r.lo, r.hi, slack=slack) for p, a in stakes):
                p, a = stakes[-1]
                s = a.value / p.value
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{a.row['text'].strip()} for {p.row['text'].strip()} is {_fmt(s)} a percentage point, not "
                    f"{r.row['text'].strip()}.",
                    [p, a, r],
                    {"rule": "a price per percentage point against the price of the stake it divides",
                     "stake": _fig_ev(p), "price": _fig_ev(a), "per_point": _fig_ev(r), "computed": s,
                     "computed_interval": [_bound(a.lo / p.hi), _bound(a.hi / p.lo)], "slack": slack}))
                continue
            se = sentence_bounds(text, r.ns)[1]
            w = next((g for g in money if r.ne < g.ns < se and _WHOLE_BEFORE.search(text, max(r.ne, g.ns - 40), g.ns)), None)
            if w is not None and not _agree(r.lo * 100, r.hi * 100, w.lo, w.hi, slack=slack):
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{r.row['text'].strip()} a percentage point makes the whole {_fmt(r.value * 100)}, not "
                    f"{w.row['text'].strip()}.",
                    [r, w],
                    {"rule": "the value of a whole against the price of one percentage point of it",
                     "per_point": _fig_ev(r), "whole": _fig_ev(w), "computed": r.value * 100,
                     "computed_interval": [_bound(r.lo * 100), _bound(r.hi * 100)], "slack": slack}))
    return out
