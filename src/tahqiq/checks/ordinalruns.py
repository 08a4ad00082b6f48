"""A count of successive items and the ordinals of its first and last: «لم يخسر في 14 مباراة متتالية،
من الجولة الثامنة إلى الجولة الحادية والعشرين»، «شارك في ست دورات، من الدورة الخامسة إلى العاشرة».

``ordinal-run`` (findings of kind ``duration-mismatch``)
    The grammar::

        N <noun> [up to two words] [،] من ال<noun2> <ordinal a> (إلى|حتى) [ال<noun2>] <ordinal b>

    N in digits or words; the ordinals as words («الثامنة»، «الحادية والعشرين»، «الخامس عشر») or
    digits («الجولة 8»). The items are counted inclusively: rounds 8 to 21 are 14 rounds. The count
    and the ordinals count the same things only when the counted noun *is* the ordinals' noun
    («ست دورات … من الدورة الخامسة») or is said to be successive («متتالية»، «متتاليا»، «على
    التوالي»: one per round); «سجل خمسة أهداف من الجولة الثامنة إلى العاشرة» counts goals, not rounds,
    and is left alone, as is an approximated count («نحو»، «أكثر من»). A finding when N differs
    from ``b - a + 1`` (no slack: both ends are named).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from . import UNORDERED_FORMS, detector
from .chronology import raw_span
from .eventgaps import same_root, skeleton

NAME = "ordinal-run"
KIND = "duration-mismatch"
_AL = r"\u0621-\u064A"
_TOK = re.compile(rf"[{_AL}]+|\d+")
_SUCCESSIVE = re.compile(rf"(?<![{_AL}])(?:متتالي|متتاليه|متتاليا|متتاليين|متتاليات|متواصله|متواصلا|علي\s+التوالي)(?![{_AL}])")
_RUN = re.compile(rf"(?<![{_AL}])من\s+(?P<n1>ال[{_AL}]{{2,}})\s+(?P<rest>[^.،,؛;:()\n]{{1,80}})")
_TO = re.compile(rf"\s+(?:الي|حتي|والي|وحتي)\s+")
_APPROX = re.compile(rf"(?<![{_AL}])(?:نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من|زهاء|ما\s+يقارب)\s*$")


def _ordinal_prefix(s: str) -> tuple[int, int] | None:
    """The ordinal at the start of ``s`` (its value and length), the longest that parses."""
    from .calendars import ordinal

    toks = list(_TOK.finditer(s))
    if not toks or toks[0].start() != 0:
        return None
    for k in range(min(3, len(toks)), 0, -1):
        phrase = " ".join(t.group() for t in toks[:k])
        v = ordinal(phrase)
        if v is not None and (k == 1 or not toks[0].group().isdigit()):
            return v, toks[k - 1].end()
    return None


def _count_before(text: str, pos: int) -> tuple[int, int, int, list[str]] | None:
    """The count and its noun before «من» at ``pos``: (value, start, end, words after the number)."""
    from ..extract.numerals import words_value

    head = text[max(0, pos - 80):pos]
    head = re.split(r"[.؛;:()\n]", head)[-1]
    if head.count("،") + head.count(",") > 1:
        return None
    base = pos - len(head)
    toks = list(_TOK.finditer(head))
    for i in range(len(toks) - 1, -1, -1):  # the number nearest «من», with one to three words after it
        after = toks[i + 1:]
        if not 1 <= len(after) <= 3:
            continue
        w = toks[i].group()
        if w.isdigit():
            return int(w), base + toks[i].start(), base + toks[i].end(), [t.group() for t in after]
        for j in range(max(0, i - 2), i + 1):
            phrase = " ".join(t.group() for t in toks[j:i + 1])
            hit = words_value(phrase)
            if hit and not hit[1]:
                if _APPROX.search(head[:toks[j].start()]):
                    return None
                return hit[0], base + toks[j].start(), base + toks[i].end(), [t.group() for t in after]
    return None


def _findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    out = []
    for m in _RUN.finditer(text):
        rest, rs = m.group("rest"), m.start("rest")
        a = _ordinal_prefix(rest)
        if a is None:
            continue
        to = _TO.match(rest, a[1])
        if to is None:
            continue
        tail = rest[to.end():]
        n1 = m.group("n1")
        if tail.startswith(n1 + " "):
            tail2, off = tail[len(n1) + 1:], to.end() + len(n1) + 1
        else:
            tail2, off = tail, to.end()
        b = _ordinal_prefix(tail2)
        if b is None or b[0] <= a[0]:
            continue
        c = _count_before(text, m.start())
        if c is None:
            continue
        n, cs, ce, words_ = c
        if _APPROX.search(text[max(0, cs - 20):cs]):
            continue
        same = any(same_root(skeleton(w), skeleton(n1)) for w in words_[:1])
        if not same and not _SUCCESSIVE.search(" ".join(words_)):
            continue
        counted = b[0] - a[0] + 1
        if n == counted or n < 2:
            continue
        end = rs + off + b[1]
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"The text counts {n} items from the {a[0]}th to the {b[0]}th, which are {counted} "
                     "counted inclusively."),
            spans=[raw_span(tf, cs, ce), raw_span(tf, m.start(), end)],
            evidence={"rule": "a count of successive items against the ordinals of its first and last (inclusive)",
                      "stated": n, "first": a[0], "last": b[0], "counted": counted},
        ))
    return out


@detector(NAME)
def ordinal_run(facts: Facts) -> list[Finding]:
    """A count of successive items («14 مباراة متتالية») against its first and last ordinals."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
