"""``arithmetic-each-total`` (findings of kind ``arithmetic-total``): a count of things, the amount each
of them has, and the total the text gives them, which is not the count times the amount.

Grammar: ``COUNT … (كل منها|كل منهما|لكل منها|كل واحد منها …) EACH … (أي|بمجموع|بإجمالي|ما مجموعه …) TOTAL``,
or the total followed by «في المجموع»/«إجمالاً»/«معاً» — «ويتألف الخط من أنبوبين متوازيين طاقة كل منهما
15.75 مليار متر مكعب سنوياً، أي 31.5 مليار متر مكعب في المجموع», «ثلاث محطات قدرة كل منها 400 ميغاواط،
بإجمالي 1200 ميغاواط». «منهما» (of the two) counts two; «منها» (of them) counts the nearest count of things
before it in the sentence («ثلاث محطات»). EACH is the first figure after the phrase (within a few words),
TOTAL the next figure of its measure (the same currency, unit or counted noun) with a total's cue. A finding
when COUNT × EACH, with the figures' own intervals and 1% slack, misses TOTAL.
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .arithmetic import EACH as _EACH, _agree, _compatible, _fig_ev, _finding, _fmt, _sentences, figures_of, unit_factor

FAMILY = "arithmetic"
SLACK = 0.01
_AL = r"\u0621-\u064A"
_EACH_REACH = 40  # characters from the phrase to the amount each has
_TOTAL_BEFORE = re.compile(rf"(?:(?<![{_AL}])(?:اي|بمجموع|باجمالي|اجمالي|مجموعه|مجموعها|ما\s+مجموعه|ليبلغ|لتبلغ|"
                           r"ليصل|لتصل)|\bi\.e\.,?|\bin\s+total|\ba\s+total\s+of)\s*(?:[\u0621-\u064A]+\s+)?$", re.I)
_TOTAL_AFTER = re.compile(rf"^\s*(?:[{_AL}]+\s+)?(?:في\s+المجموع|اجمالا|معا|بالمجموع|in\s+total|altogether|combined)"
                          rf"(?![{_AL}])", re.I)
_COUNT_REACH = 120  # characters from the count of things back from the phrase


def _same_measure(a, b) -> bool:
    """Whether two figures measure one thing: compatible, or the same unit with a rate on one only
    («m3/year» and «m3»)."""
    if a.kind != b.kind:
        return False
    return _compatible(a, b) or a.kind == "measure" and a.unit.split("/")[0] == b.unit.split("/")[0] \
        and ("/" in a.unit) != ("/" in b.unit) or unit_factor(a, b) is not None


@detector("arithmetic-each-total", "internal")
def arithmetic_each_total(facts: Facts) -> list:
    """A count times the amount of each against the total the text gives."""
    out = []
    for t in facts:
        text = t.norm.text
        for s0, sent in _sentences(t, figures_of(t), least=2):
            # (the total may leave out the rate of the amount each: «15.75 مليار متر مكعب سنوياً، أي 31.5 مليار
            # متر مكعب في المجموع»)
            s_end = sent[-1].ne
            for m in _EACH.finditer(text, s0, s_end):
                each = next((g for g in sent if m.end() <= g.ns <= m.end() + _EACH_REACH and g.kind != "percent"), None)
                if each is None:
                    continue
                if (m.group("two") or "") == "هما" or (m.group("en_two") or "").lower() == "two":
                    n = 2
                else:
                    counts = [g for g in sent if g.ne <= m.start() and m.start() - g.ne <= _COUNT_REACH
                              and g.kind == "count" and g.value == int(g.value)
                              and (g.lo == g.hi or g.unit and g.hi - g.lo <= 0.01 * g.value)  # («480 ألف لوح»)
                              # (a count of things named by their noun may be large: «480 ألف لوح»)
                              and 2 <= g.value <= (100_000_000 if g.unit else 10_000) and not _compatible(g, each)]
                    if not counts:
                        continue
                    n = int(counts[-1].value)
                total = next((g for g in sent if g.ns > each.ne and _same_measure(g, each)
                              and (_TOTAL_BEFORE.search(text, max(s0, g.ns - 25), g.ns)
                                   or _TOTAL_AFTER.match(text, g.ne))), None)
                if total is None or [g for g in sent if each.ne <= g.ns < total.ns and _same_measure(g, each)]:
                    continue  # (another amount of its measure between: which one is the total is unclear)
                k = unit_factor(each, total) or 1.0
                if _agree(n * each.lo * k, n * each.hi * k, total.lo, total.hi, slack=SLACK):
                    continue
                out.append(_finding(
                    "arithmetic-total", "error",
                    f"{n} × {each.row['text'].strip()} (each) is {_fmt(n * each.value * k)}, not the stated total "
                    f"{total.row['text'].strip()} ({_fmt(total.value)}).",
                    [each, total],
                    {"rule": "a count times the amount of each vs the stated total", "count": n,
                     "each": _fig_ev(each), "total": _fig_ev(total), "computed": n * each.value * k, "slack": SLACK},
                ))
    return out
