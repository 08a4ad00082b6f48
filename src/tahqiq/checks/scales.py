"""Scale words slipped by a thousand (findings of kind ``arithmetic-magnitude``, a warning).

``arithmetic-scale-slip``
    A list of amounts of one kind (the same currency, unit or counted noun) joined by «و»، commas or
    "and" in one sentence («كلفة المرحلة الأولى 120 مليون دينار، والثانية 150 مليوناً، والثالثة 80
    مليوناً»، «منها 2.5 مليون ريال للملاعب و1.5 مليون ريال للتدريب») sums to an amount of the same kind
    stated in its paragraph only after a scale word is changed: «بكلفة 350 مليار دينار» is a
    thousand times the 350 million of its parts. A finding when the sum times 1,000 or 1,000,000 (or
    divided by them) meets the amount, within the rounding of the printed figures, and no amount of
    the paragraph equals the sum as printed. Lists restated by «أي» or parts named by «منها»، «من
    إجمالي» are lists of their own: the whole is never in its own list.
"""

from __future__ import annotations

import re

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import SLACK, Fig, _agree, _fig_ev, _finding, _fmt, _sentences, figures_of

FAMILY = "arithmetic"

_JOIN = re.compile(r"(?:^|[\s،,])(?:و|and)|[،,]", re.I)
_BREAK = re.compile(r"(?:^|[\s،,(])(?:منها|من بينها|اي|من اجمالي|من اصل|من مجموع|of which|out of|i\.e\.|including)"
                    r"(?=[\s,،:]|$)|[.;؛:()]", re.I)
_LIST_GAP = 40
FACTORS = (1e3, 1e6, 1e-3, 1e-6)


def _same(a: Fig, b: Fig) -> bool:
    return a.kind in ("money", "measure", "count") and a.dim == b.dim and (a.kind != "count" or a.unit == b.unit)


def _lists(text: str, sent: list[Fig]) -> list[list[Fig]]:
    """Runs of two figures or more of one kind joined by «و»/commas within a sentence."""
    out = []
    for i, a in enumerate(sent):
        if a.kind == "percent":
            continue
        run = [a]
        for b in sent[i + 1:]:
            if not _same(b, a):
                continue
            gap = text[run[-1].ne:b.ns]
            if len(gap) > _LIST_GAP or not _JOIN.search(gap) or _BREAK.search(gap):
                break
            run.append(b)
        if len(run) >= 2:
            out.append(run)
    return [r for r in out if not any(set(map(id, r)) < set(map(id, o)) for o in out)]  # maximal runs only


@detector("arithmetic-scale-slip", "internal")
def arithmetic_scale_slip(facts: Facts) -> list[Finding]:
    """An amount a thousand (a million) times the sum of the list of its parts."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        seen = set()
        for _, sent in _sentences(t, figs):
            for run in _lists(text, sent):
                ps, pe = next(((s, e) for s, e in paras if s <= run[0].ns < e), (0, len(text)))
                others = [w for w in figs if ps <= w.ns < pe and all(w is not g for g in run) and _same(w, run[0])]
                lo, hi = sum(g.lo for g in run), sum(g.hi for g in run)
                if not others or any(_agree(lo, hi, w.lo, w.hi) for w in others):
                    continue
                for w in others:
                    k = next((k for k in FACTORS if _agree(lo * k, hi * k, w.lo, w.hi, SLACK)), None)
                    key = (w.ns, tuple(g.ns for g in run))
                    if k is None or key in seen:
                        continue
                    seen.add(key)
                    total = sum(g.value for g in run)
                    out.append(_finding(
                        "arithmetic-magnitude", "warning",
                        f"{w.row['text'].strip()} is {_fmt(k) if k > 1 else '1/' + _fmt(1 / k)} times the sum of "
                        f"{' + '.join(g.row['text'].strip() for g in run)} ({_fmt(total)}): a scale word slipped?",
                        [w, *run],
                        {"rule": "an amount vs the sum of a list of its kind, off by a power of a thousand",
                         "amount": _fig_ev(w), "parts": [_fig_ev(g) for g in run], "sum": total, "factor": k},
                    ))
    return out
