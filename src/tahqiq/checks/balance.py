"""A trade balance against its exports and imports (``trade-balance``, findings of kind ``arithmetic-total``).

«بلغت الصادرات 15 مليار دولار، في حين بلغت الواردات 21 مليار دولار، مما يعني عجزاً تجارياً قدره 6
مليارات دولار»، "exports of $15bn and imports of $21bn, a deficit of $6bn": a deficit or surplus
stated in the sentence that gives the exports and the imports is their difference. The exports are
the one figure after «الصادرات»/"exports" (before the next figure), the imports the one after
«الواردات»/"imports", both of the balance's kind (the same currency or unit); the balance is a
figure right after «عجز»/«فائض»/"deficit"/"surplus" (past «تجاري»، «قدره»، «بقيمة»، "of"). The
difference agrees within the printed precision of the three figures, or 10 % with «نحو».

Never checked: a balance as a share («عجز نسبته 3% من الناتج»: a percent), a sentence with two
figures after «الصادرات» (exports of two years or two partners: which two the balance takes is not
said), a balance of another sentence.
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .arithmetic import _compatible, _difference_agrees, _fig_ev, _finding, _fmt, _sentences, figures_of

_BALANCE = re.compile(r"(?<!\w)(?:[وب]?(?:ال)?(?:عجز|فايض|فائض)\w{0,2}|(?:a\s+|the\s+)?(?:trade\s+)?(?:deficit|surplus))"
                      r"(?:\s+(?:تجاري\w{0,2}|التجاري|في\s+الميزان\s+التجاري|trade))?"
                      r"(?:\s+(?:قدره|قيمته|يبلغ|بلغ|بقيمه|مقداره|بمقدار|نحو|of|worth|amounting\s+to))*\s*$", re.I)
_EXPORTS = re.compile(r"(?<!\w)(?:[وف]?(?:ال)?صادرات\w*|exports?)(?!\w)", re.I)
_IMPORTS = re.compile(r"(?<!\w)(?:[وف]?(?:ال)?واردات\w*|imports?)(?!\w)", re.I)


def _after_word(t, sent, word: re.Pattern, s0: int) -> list:
    """The figures that are the first figure after an occurrence of ``word`` in the sentence, or that the word
    names right after them («570 مليون دولار صادرات مغربية و1.33 مليار دولار واردات من روسيا»: the noun after a
    figure is that figure's, not the next one's)."""
    text = t.norm.text
    out = []
    if not sent:
        return out
    for m in word.finditer(text, s0, min(len(text), sent[-1].ne + 40)):
        prev = next((g for g in reversed(sent) if g.ne <= m.start()), None)
        nxt = next((g for g in sent if g.ns >= m.end()), None)
        g = prev if prev is not None and not text[prev.ne:m.start()].strip() else \
            nxt if nxt is not None and nxt.ns - m.end() <= 80 else None
        if g is not None and g not in out:
            out.append(g)
    return out


def _continued(t, sent, g, b, other: re.Pattern) -> bool:
    """Whether the figure after ``g`` (before the balance) continues its list: of its kind, with no
    word of the other side between them."""
    nxt = next((x for x in sent if x.ns >= g.ne and x.ne <= b.ns), None)
    return nxt is not None and nxt is not b and _compatible(nxt, g) and not other.search(t.norm.text[g.ne:nxt.ns]) \
        and not other.match(t.norm.text[nxt.ne:nxt.ne + 30].lstrip()) \
        and not _BALANCE.search(t.norm.text[max(g.ne, nxt.ns - 45):nxt.ns])  # (nor the other side's noun after it)


@detector("trade-balance", "internal")
def trade_balance(facts: Facts) -> list:
    """A deficit or surplus that is not the difference of the exports and imports of its sentence."""
    out = []
    for t in facts:
        text = t.norm.text
        for s0, sent in _sentences(t, figures_of(t), least=3):
            for b in sent:
                if b.kind == "percent" or not _BALANCE.search(text[max(s0, b.ns - 45):b.ns]):
                    continue
                ex = [g for g in _after_word(t, [g for g in sent if g.ne <= b.ns], _EXPORTS, s0) if _compatible(g, b)]
                im = [g for g in _after_word(t, [g for g in sent if g.ne <= b.ns], _IMPORTS, s0) if _compatible(g, b)]
                if len(ex) != 1 or len(im) != 1 or ex[0] is im[0]:
                    continue
                e, i = ex[0], im[0]
                if _continued(t, sent, e, b, _IMPORTS) or _continued(t, sent, i, b, _EXPORTS):
                    continue  # «الصادرات 40 مليار عام 2023 و45 مليار عام 2024»: which one the balance takes is not said
                d = abs(e.value - i.value)
                if _difference_agrees(e, i, b):
                    continue
                out.append(_finding(
                    "arithmetic-total", "warning",
                    f"The balance {b.row['text'].strip()} is not the difference of the exports "
                    f"{e.row['text'].strip()} and the imports {i.row['text'].strip()} ({_fmt(d)}).",
                    [e, i, b],
                    {"rule": "a trade deficit or surplus is the difference of the exports and imports of its sentence",
                     "exports": _fig_ev(e), "imports": _fig_ev(i), "balance": _fig_ev(b), "computed": d},
                ))
    return out
