"""Rates: one figure implying another that the text gives beside it.

«2 مليون برميل يومياً، أي ما يعادل 500 مليون برميل سنوياً» — a daily volume and the yearly volume
said to be the same quantity: 2 million a day is 730 million a year. The rule reads two figures of
one sentence with the same base unit per different periods (day, week, month, year: the units of
the figures extractor, ``barrel/day`` and ``barrel/year``) joined by a word that makes the second a
restatement of the first («أي»، «ما يعادل»، «ما يساوي»، «بما يعادل»، "or", "i.e.", "equivalent to",
"that is"), converts the first to the second's period (365 days, 52 weeks, 12 months a year) and
compares the intervals the printed figures stand for (:func:`tahqiq.checks.arithmetic.figures_of`,
with the arithmetic's slack). A finding is kind ``arithmetic-rate`` (a warning).
"""

from __future__ import annotations

import re

from .. import lang
from ..facts import Facts
from ..review.findings import Finding
from ..text.normtext import fold
from . import detector
from .arithmetic import _agree, _between, _compatible, _fig_ev, _finding, _fmt, _sentences, figures_of

# a count printed so roundly («مليون زائر»: 0.5 to 1.5 million) that it gives any average is not used
VAGUE = 0.25
# an average is computed from the printed figures, not from the ends of their «نحو» intervals (which,
# compounded over a total, a count and an average, would admit almost any figure): 10% of the average
PER_HEAD_TOL = 0.10
PER_YEAR = {"day": 365.0, "week": 52.0, "month": 12.0, "year": 1.0}
_RESTATE = re.compile(
    r"^[\s,،(]*(?:(?:اي|أي|ما|بما|يعادل|يساوي|او|أو|or|i\.e\.|that is|equivalent to|equal to|which is|"
    r"amounting to|نحو|حوالي|about|some|around)(?!\w)[\s,،:]*)+$",
    re.I,
)


def _per(unit: str) -> tuple[str, str] | None:
    base, _, per = unit.rpartition("/")
    return (base, per) if base and per in PER_YEAR else None


@detector("arithmetic-per-period", "internal")
def arithmetic_per_period(facts: Facts) -> list[Finding]:
    """A rate per day (week, month) restated per year (or the reverse) with a figure that does not follow."""
    out = []
    for t in facts:
        for _, sent in _sentences(t, figures_of(t)):
            for a, b in zip(sent, sent[1:]):
                pa, pb = _per(a.unit), _per(b.unit)
                if not pa or not pb or pa[0] != pb[0] or pa[1] == pb[1]:
                    continue
                if not _RESTATE.match(_between(t, a, b)):
                    continue
                k = PER_YEAR[pa[1]] / PER_YEAR[pb[1]]
                lo, hi = a.lo * k, a.hi * k
                if _agree(lo, hi, b.lo, b.hi):
                    continue
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{a.row['text'].strip()} is {_fmt(a.value * k)} {pb[0]} per {pb[1]}, not "
                    f"{b.row['text'].strip()} ({_fmt(b.value)}).",
                    [a, b],
                    {"rule": "a rate restated per another period («أي», 'or'): value × periods per year",
                     "first": _fig_ev(a), "second": _fig_ev(b), "factor": k, "computed": a.value * k},
                ))
    return out


def _per_head_patterns():
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))
    # up to three words may close the total before its comma («91 مليون ريال عماني، أي …», "$91 million
    # US, or …", «40,320 ديناراً في السنة، أي …»)
    restate = re.compile(rf"^(?:(?:\s*[^\W\d_]+){{1,3}}(?=\s*[,،]))?[\s,،(]*(?:(?:{alt(lang.words('rates', 'restate'))})(?!\w)[\s,،:]*)+$", re.I)
    per = re.compile(rf"^\s*(?:(?:في المتوسط|on average)\s+)?(?:{alt(lang.words('rates', 'per'))})\s*"
                     rf"(?P<noun>[^\W\d_]+)(?:\s+(?:{alt(lang.words('rates', 'one'))}))?", re.I)
    return restate, per


def _same_noun(unit: str, noun: str) -> bool:
    u, n = fold(unit).casefold(), fold(noun).casefold()  # «مبنى» (a unit) is «مبني» (normalised text)
    # («لليلة الواحدة»، «للتر»: «لل» before a noun that begins with «ل» writes one lam for three, so the
    # noun after «لل» lacks its own first letter)
    return bool(u) and (u == n or u + "s" == n or n + "s" == u or u.removeprefix("ال") == n.removeprefix("ال")
                        or u.startswith("ل") and u[1:] == n)


def head_word(noun: str, unit: str | None) -> str:
    """The head as a reader knows it: the count's own noun when the head was read after «لل» without its first «ل»
    («لليلة الواحدة» read as «يلة»: «ليلة»), else ``noun``."""
    u, n = fold(unit or "").casefold(), fold(noun).casefold()
    return str(unit) if u.startswith("ل") and u[1:] == n else noun


def _approx(g) -> bool:
    a = g.row.get("approx")
    return isinstance(a, str) and bool(a)


def _head_agrees(x, y, c) -> bool:
    """Whether total ``x`` over count ``c`` gives average ``y``: within PER_HEAD_TOL when a figure is
    approximate («نحو»), else within the printed precision of the three (with the arithmetic's slack:
    «40,320 ديناراً … أي 186 ديناراً للأسرة» over 240 households is 168, not 186)."""
    if any(_approx(g) for g in (x, y, c)):
        return abs(x.value / c.value - y.value) <= PER_HEAD_TOL * y.value
    return _agree(x.lo / c.hi, x.hi / c.lo, y.lo, y.hi)


_AND_GAP = re.compile(r"^[^\d.؛;]{0,40}?(?:\s|^)و\s*(?:ب|ل)?\s*$")
_OF_WHICH = re.compile(r"^\s*[^\W\d_]*\s*[,،]?\s*(?:منها|منهم|منهن|من بينها|توزعت على|موزعه على|موزعة على|of which|including)"
                       r"\s*(?:ب|ل)?\s*$", re.I)


def _whole_of_list(t, sent, x):
    """The whole that a list of parts ending with ``x`` breaks down («الكلفة 186 مليون درهم، منها 112 مليون …
    و46 مليون … و28 مليون …، أي ما يعادل 19,3 درهماً لكل طفل»: the average restates the whole), or None."""
    i = sent.index(x)
    while i > 0 and _compatible(sent[i - 1], x) and _AND_GAP.match(_between(t, sent[i - 1], sent[i])):
        i -= 1
    if i == sent.index(x) or i == 0:
        return None
    w = sent[i - 1]
    return w if _compatible(w, x) and _OF_WHICH.match(_between(t, w, sent[i])) and w.value > x.value else None


@detector("arithmetic-per-head", "internal")
def arithmetic_per_head(facts: Facts) -> list[Finding]:
    """An average per head («أي ما يقارب 95 ريالاً للزائر الواحد») that no count of those heads in the
    text gives from the total it restates."""
    restate, per = _per_head_patterns()
    out = []
    for t in facts:
        figs = figures_of(t)
        for _, sent in _sentences(t, figs):
            for x, y in zip(sent, sent[1:]):
                if x.kind == "percent" or not _compatible(x, y) or not restate.match(_between(t, x, y)):
                    continue
                m = per.match(t.norm.text[y.ne:y.ne + 40])
                if not m or y.lo <= 0:
                    continue
                from .averages import _head_of  # (averages builds on this module)

                heads = [c for c in figs if c not in (x, y) and c.lo > 0
                         and _head_of(c, m.group("noun")) and c.hi - c.lo <= VAGUE * c.value]
                whole = _whole_of_list(t, sent, x)
                if not heads or any(_head_agrees(x, y, c) for c in heads) or whole is not None and any(
                        _head_agrees(whole, y, c) for c in heads):
                    continue
                own = [c for c in sent[:sent.index(x)] if c.kind == "count" and c.lo > 0]
                if any(_head_agrees(x, y, c) for c in own):
                    continue  # «مجموع التعهدات السبعة … 245.7 مليار دولار، بمتوسط 35.1 مليار للاجتماع الواحد»: the
                    # total names its own count, whatever noun the average is given per
                c = min(heads + own, key=lambda g: abs(x.value / g.value - y.value))  # the count that comes closest
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{x.row['text'].strip()} over {c.row['text'].strip()} is {_fmt(x.value / c.value)} a head, "
                    f"not {y.row['text'].strip()}; no count of «{m.group('noun')}» in the text gives it.",
                    [x, y, c],
                    {"rule": "total / count of heads vs stated average (every count of the noun in the text)",
                     "total": _fig_ev(x), "average": _fig_ev(y), "heads": [_fig_ev(h) for h in heads],
                     "computed": x.value / c.value},
                ))
    return out


# «متوسط الإيراد لكل موظف 400 ألف ريال»: the average named before its figure, the total elsewhere
_AVG_BEFORE = re.compile(
    r"(?:متوسط|معدل|average)\s+(?P<what>[^\W\d_]+)\s+(?:لكل|per|for each)\s+(?P<noun>[^\W\d_]+)"
    r"(?:\s+(?:الواحد|الواحده))?\s*(?:(?:هو|بلغ|يبلغ|نحو|حوالي|was|is)\s+)?$"
    r"|(?:متوسط|معدل)\s+(?P<what2>[^\W\d_]+)\s+لل(?P<noun2>[^\W\d_]+)(?:\s+(?:الواحد|الواحده))?\s*"
    r"(?:(?:هو|بلغ|يبلغ|نحو|حوالي)\s+)?$"
    # «وتبلغ كلفة الكيلومتر الواحد بذلك نحو 5.3 ملايين دولار»: the thing of one head, in the construct state
    r"|(?<!\w)(?P<what3>[^\W\d_]{3,})\s+ال(?P<noun3>[^\W\d_]{2,})\s+(?:الواحد|الواحده)\s*"
    r"(?:(?:بذلك|اذن|إذن)\s+)?(?:(?:هو|هي|بلغ|يبلغ|تبلغ|بلغت|نحو|حوالي|قرابه)\s+)*$",
    re.IGNORECASE,
)


def _unit_named(unit: str, noun: str) -> bool:
    """Whether a measure's unit («km») is the unit a noun names («كيلومتر»), as the figures extractor reads it."""
    from ..extract.figures import lexicon

    return lexicon.UNITS.get(fold(noun).casefold()) == unit


def _stem(word: str) -> str:
    w = fold(word).casefold()
    w = re.sub(r"^(?:وال|بال|لل|ال|the\s)", "", w)
    return w[:4]


@detector("arithmetic-average-named", "internal")
def arithmetic_average_named(facts: Facts) -> list[Finding]:
    """An average named before its figure («متوسط الإيراد لكل موظف 400 ألف ريال») that no total of
    that thing in the text («بلغت إيراداتها 4.8 مليار ريال») over any count of those heads gives."""
    out = []
    for t in facts:
        figs = figures_of(t)
        text = t.norm.text
        for y in figs:
            if y.kind == "percent" or y.lo <= 0:
                continue
            m = _AVG_BEFORE.search(text[max(0, y.ns - 60):y.ns])
            if not m:
                continue
            what, noun = next((m.group(f"what{k}"), m.group(f"noun{k}")) for k in ("", "2", "3") if m.group(f"what{k}"))
            stem = _stem(what)
            if len(stem) < 3:
                continue
            totals = [x for x in figs if x is not y and _compatible(x, y)
                      and stem in fold(text[max(0, x.ns - 40):x.ns]).casefold()]
            # the heads: a count of the noun, or a measure in its unit («752 كيلومتراً» for «الكيلومتر الواحد»)
            heads = [c for c in figs if c.kind in ("count", "number", "measure") and c.lo > 0 and c is not y
                     and (_same_noun(c.unit, noun) or c.kind == "measure" and _unit_named(c.unit, noun))
                     and c.hi - c.lo <= VAGUE * c.value]
            if not totals or not heads or any(_head_agrees(x, y, c) for x in totals for c in heads):
                continue
            x, c = min(((x, c) for x in totals for c in heads), key=lambda p: abs(p[0].value / p[1].value - y.value))
            out.append(_finding(
                "arithmetic-rate", "warning",
                f"{y.row['text'].strip()} per {head_word(noun, c.unit)}: no total of «{what}» in the text over any count "
                f"of «{head_word(noun, c.unit)}» "
                f"gives it ({x.row['text'].strip()} over {c.row['text'].strip()} is {_fmt(x.value / c.value)}).",
                [x, y, c],
                {"rule": "a named average vs every total of the thing over every count of the heads",
                 "average": _fig_ev(y), "totals": [_fig_ev(g) for g in totals], "heads": [_fig_ev(h) for h in heads],
                 "computed": x.value / c.value},
            ))
    return out
