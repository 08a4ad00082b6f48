"""A change in absolute terms against its two ends (``arithmetic-increment``, findings of kind
``arithmetic-total``).

«ارتفع عدد الدول المشاركة من 39 إلى 42 دولة، بزيادة ثلاث دول»، «انخفض الإنتاج من 12 إلى 9 ملايين طن،
أي بتراجع قدره 3 ملايين طن»، "rose from 39 to 42, an increase of three": the change N stated with its
two ends A («من»/"from") and B («إلى»/"to") is B − A. And the event that makes the change, before
it: «انضمام ثلاث دول جديدة …، ليرتفع عدد الدول من 39 إلى 42»، «انسحاب دولتين …، لينخفض العدد من 12 إلى
10» (a joining, an addition, a withdrawal, an exit: nouns of ``lang/change.yml``-like words below).

The change is a figure of the ends' kind (the same counted noun for counts; a bare count takes it),
right after a noun of change («بزيادة»، «بارتفاع»، «بتراجع»، «بانخفاض»، «بنقص»، «بإضافة»، "an increase
of", "up by") or right after a noun of an event of joining or leaving followed, with no other figure
between, by a verb of change and the pair. A finding when |B − A| is not N within the printed
precision of the three (10 % with «نحو»).

Never checked: a percentage («بزيادة 20%»: :mod:`.arithmetic`'s growth), a change of another noun
(«من 39 إلى 42 دولة، بزيادة 5 مليارات دولار»), a pair whose ends are not both stated.
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .arithmetic import _between, _difference_agrees, _fig_ev, _finding, _fmt, _pair_compatible, _sentences, figures_of, from_to_gap

_CHANGE_NOUN = re.compile(
    r"(?:^|[\s,،(])(?:اي\s+)?(?:[بو]?(?:ال)?(?:زياده|ارتفاع|انخفاض|تراجع|نقص|تقلص|اضافه|نمو|هبوط|خفض))"
    r"(?:\s+(?:قدرها|قدره|مقدارها|مقداره|بلغت|بلغ|تبلغ|يبلغ|بواقع))?\s*$"
    # «من 20.8 إلى 15.8 مليون برميل، أي بخمسة ملايين»: the change measured with «بـ» after «أي»
    r"|(?:^|[\s,،(])اي\s+ب\s*$"
    r"|(?:an?\s+)?(?:increase|rise|decrease|drop|fall|decline|gain|addition)\s+of\s*$|(?:up|down)\s+by\s*$",
    re.IGNORECASE)
_EVENT_NOUN = re.compile(r"(?:^|[\s,،(])(?:[بو]?(?:ال)?(?:انضمام|اضافه|انسحاب|خروج|دخول|التحاق|افتتاح|اغلاق|"
                         r"تسجيل|قبول|انتخاب|تعيين)|(?:the\s+)?(?:accession|addition|withdrawal|exit|entry)\s+of)\s*$",
                         re.IGNORECASE)
_CHANGE_VERB = re.compile(r"(?:^|\s)[ولف]?(?:ي|ت)?(?:رتفع|صل|بلغ|نخفض|تراجع|زيد|زداد|قفز|هبط|رفع)|(?:^|\s)(?:ارتفع|وصل|بلغ|"
                          r"انخفض|تراجع|زاد|ازداد|قفز|هبط)|\b(?:bringing|raising|rising|taking|lowering|reducing)\b",
                          re.IGNORECASE)


def _same(n, b) -> bool:
    if n.kind == "percent":
        return False
    if n.kind == b.kind == "measure" and (n.dim.startswith(b.dim + "/") or b.dim.startswith(n.dim + "/")):
        return True  # «… إلى 15.8 مليون برميل، أي بخمسة ملايين برميل يومياً»: the period said once
    if n.dim != b.dim:
        return n.kind in ("count", "number") and b.kind in ("count", "number") and not n.unit
    return n.dim != "count" or not n.unit or not b.unit or n.unit == b.unit


# «تضيف طيران الإمارات سبع رحلات …، ليرتفع العدد الإجمالي إلى 91 رحلة»، «لتضيف 558 ألف برميل …، فبلغ الخفض
# الإجمالي 1.758 مليون»: an amount added (a verb of adding right before it), then the result (a verb of reaching
# and, before the figure, nothing but words)
_ADD_VERB = re.compile(r"(?:^|\s)[ولف]?(?:[تيا]?ضيف|اضاف(?:ت|وا)?|اضيف(?:ت)?)\s+(?:[^\W\d_]+\s+){0,4}$")
_ADD_REACH = 300
_RESULT = re.compile(r"[،,]\s*[ولف]?(?:[يت]?(?:رتفع|صل|بلغ)|ارتفع|وصل|بلغ|بلغت|ارتفعت|وصلت)(?!\w)"
                     r"(?:\s+[^\W\d_]+){0,3}\s+(?:الي\s+|إلى\s+)?$")


def _additions(t, s0: int, sent: list, figs: list) -> list:
    """(A, N, T) of «… A …. تضيف N …، ليرتفع الإجمالي إلى T»: A is the last figure of N's measure before the
    verb of adding (``figs``: the text's figures), in its paragraph and at most :data:`_ADD_REACH` characters before."""
    text = t.norm.text
    out = []
    for i, n in enumerate(sent):
        if n.kind == "percent" or not _ADD_VERB.search(text, max(s0, n.ns - 60), n.ns):
            continue
        total = next((g for g in sent[i + 1:] if _same(g, n) and _RESULT.search(text, max(n.ne, g.ns - 60), g.ns)), None)
        if total is None:
            continue
        starts = [g for g in figs if g.ne <= n.ns and n.ns - g.ne <= _ADD_REACH and _same(g, n) and g.kind != "percent"]
        if not starts or "\n" in text[starts[-1].ne:n.ns]:
            continue
        out.append((starts[-1], n, total))
    return out


@detector("arithmetic-increment", "internal")
def arithmetic_increment(facts: Facts) -> list:
    """A change in absolute terms («بزيادة ثلاث دول»، «انضمام ثلاث دول … من 39 إلى 42») that is not the
    difference of its two ends."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for s0, sent in _sentences(t, figs):
            for a, n, b in _additions(t, s0, sent, figs):
                if _difference_agrees(a, b, n) or not 0.5 <= (a.value + n.value) / b.value <= 2:
                    continue
                out.append(_finding(
                    "arithmetic-total", "warning",
                    f"{a.row['text'].strip()} and the {n.row['text'].strip()} added make {_fmt(a.value + n.value)}, "
                    f"not {b.row['text'].strip()}.",
                    [a, n, b],
                    {"rule": "an amount added to the figure before it makes the total stated after it (A + N = T)",
                     "start": _fig_ev(a), "end": _fig_ev(b), "change": _fig_ev(n), "computed": abs(b.value - a.value)},
                ))
            for i, a in enumerate(sent[:-1]):
                b = sent[i + 1]
                if a.kind == "percent" or not _pair_compatible(a, b):
                    continue
                if not re.search(r"(?:من|from)\s*(?:\S+\s+){0,1}$", text[max(0, a.ns - 30):a.ns], re.IGNORECASE) \
                        or not from_to_gap(_between(t, a, b)):
                    continue
                cands = []
                for n in sent:
                    if n is a or n is b or not _same(n, b):
                        continue
                    if n.ns >= b.ne and n.ns - b.ne <= 60 and _CHANGE_NOUN.search(text[max(b.ne, n.ns - 30):n.ns]) \
                            and not re.search(r"\d", text[b.ne:n.ns]):
                        cands.append(n)
                    elif n.ne <= a.ns and _EVENT_NOUN.search(text[max(s0, n.ns - 25):n.ns]) \
                            and not any(g.ns >= n.ne and g.ne <= a.ns for g in sent) \
                            and _CHANGE_VERB.search(text[n.ne:a.ns]) and a.ns - n.ne <= 150:
                        cands.append(n)
                if len(cands) != 1:
                    continue
                n = cands[0]
                d = abs(b.value - a.value)
                if _difference_agrees(a, b, n):
                    continue
                out.append(_finding(
                    "arithmetic-total", "warning",
                    f"From {a.row['text'].strip()} to {b.row['text'].strip()} is a change of {_fmt(d)}, "
                    f"not {n.row['text'].strip()}.",
                    [a, b, n],
                    {"rule": "a change in absolute terms is the difference of its two ends (from A to B)",
                     "start": _fig_ev(a), "end": _fig_ev(b), "change": _fig_ev(n), "computed": d},
                ))
    return out
