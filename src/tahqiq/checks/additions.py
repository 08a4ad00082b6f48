"""An amount added to another, and the result the text states: ``arithmetic-total``.

«مقابل 1.125 مليار دولار، تضاف إليها 450 مليون دولار تعويضاً عن نفقات سابقة، فبلغ ما دفعته الشركة 1.575 مليار
دولار»، «تورد أرامكو 480 ألف برميل يومياً … وتضاف إلى ذلك 210 آلاف برميل يومياً لمشروع آخر، فيصبح المجموع 690 ألف
برميل يومياً»، "to which 450 million is added, bringing the total to …": a passive verb of adding with its «إلى»
(``breakdown`` lexicon, ``added``: «تضاف إليها»، «يضاف إلى ذلك»، «أضيفت إليه») right before an amount B, and, after
B in the same sentence, a result A + B introduced by a verb of reaching with «ف» or «ل» («فبلغ»، «فيصبح»،
«ليصل») or by «المجموع»/«الإجمالي» (``breakdown``, ``result``). A, the amount added to, is an amount of B's
measure before the verb: in its sentence, or, when the verb opens its sentence, in the sentence before.
The text may name several such amounts before (a capacity beside a supply): a finding only when none of them
plus B is the result, within the figures' printed precision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from . import detector, per_ordered_text
from .arithmetic import TOTAL_SLACK, SLACK, _agree, _bound, _compatible, _fig_ev, _finding, _fmt, figures_of, scale_slip, sentence_bounds, slip_finding

_AL = r"\u0621-\u064A"
_B_REACH = 12  # characters from the verb of adding to B
_RESULT_REACH = 8  # words from the result cue to the result
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    from ..lang import words

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("breakdown", key), key=len, reverse=True))

    added = re.compile(rf"(?<![{_AL}\w])[وف]?(?:{alt('added')})(?![{_AL}\w])", re.IGNORECASE)
    result = re.compile(rf"(?<![{_AL}\w])(?:{alt('result')})(?![{_AL}\w])", re.IGNORECASE)
    return added, result


def _findings(t: TextFacts) -> list:
    text = t.norm.text
    figs = [g for g in figures_of(t) if g.kind != "percent"]
    added, result = _cues()
    out = []
    for m in added.finditer(text):
        b = next((g for g in figs if m.end() <= g.ns <= m.end() + _B_REACH), None)
        if b is None or re.search(r"[.،,؛;:]", text[m.end():b.ns]):
            continue
        ss, se = sentence_bounds(text, m.start())
        r = result.search(text, b.ne, se)
        if r is None or re.search(r"[.؛;:]", text[b.ne:r.start()]):
            continue
        total = next((g for g in figs if r.end() <= g.ns < se and _compatible(g, b)), None)
        if total is None or len(_WORD.findall(text[r.end():total.ns])) > _RESULT_REACH \
                or re.search(r"[.،,؛;:]", text[r.end():total.ns]):
            continue
        lo = ss
        if not any(ss <= g.ns and g.ne <= m.start() and _compatible(g, b) for g in figs):
            lo = sentence_bounds(text, max(0, ss - 2))[0] if ss > 0 else ss  # the verb opens its sentence
        starts = [g for g in figs if lo <= g.ns and g.ne <= m.start() and _compatible(g, b) and g.unit == b.unit]
        if not starts:
            continue
        if any(_agree(a.lo + b.lo, a.hi + b.hi, total.lo, total.hi, slack=TOTAL_SLACK) for a in starts):
            continue
        if not any(0.5 <= (a.value + b.value) / total.value <= 2 for a in starts if total.value):
            # no amount before is of the result's order: not what was added to, unless the sum holds with one scale
            # word read for another («تضاف إليها 450 مليار دولار، فبلغ 1.575 مليار» after «1.125 مليار»)
            for a in starts:
                slip = scale_slip([a, b, total], lambda fs: _agree(fs[0].lo + fs[1].lo, fs[0].hi + fs[1].hi,
                                                                    fs[2].lo, fs[2].hi, slack=TOTAL_SLACK))
                if slip:
                    out.append(slip_finding(slip, [a, b, total], "the amount added to another and the result"))
                    break
            continue
        a = min(starts, key=lambda g: (abs(g.value + b.value - total.value), -g.ns))  # the reading nearest the result
        s = a.value + b.value
        out.append(_finding(
            "arithmetic-total", "error" if abs(s - total.value) > 0.05 * abs(total.value) else "warning",
            f"{a.row['text'].strip()} + {b.row['text'].strip()} added to it is {_fmt(s)}, not the "
            f"{total.row['text'].strip()} the text gives as the result.",
            [a, b, total],
            {"rule": "an amount added to another («تضاف إليها») against the result the text states",
             "start": _fig_ev(a), "added": _fig_ev(b), "total": _fig_ev(total), "computed": s,
             "computed_interval": [_bound(a.lo + b.lo), _bound(a.hi + b.hi)], "slack": SLACK,
             "other_starts": [_fig_ev(g) for g in starts if g is not a]},
        ))
    return out


@detector("added-amount")
def added_amount(facts: Facts) -> list:
    """An amount added to another («تضاف إليها 450 مليون دولار، فبلغ …») against the result the text states."""
    return per_ordered_text(_findings)(facts)
