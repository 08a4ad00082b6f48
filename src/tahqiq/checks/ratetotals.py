"""A rate per period kept up for a length of time, and the total the text gives for it: ``arithmetic-rate``.

«تقدم الحكومة الصينية 150 منحة دراسية سنوياً للطلبة الكويتيين لمدة خمس سنوات، أي 750 منحة»، «يصدّر 20 ألف طن
شهرياً على مدى ستة أشهر، بإجمالي 120 ألف طن»، "300 tonnes a day for ten days, 3,000 tonnes in all": a figure
followed by a period adverb (``lang/averages.yml`` ``periods``: «سنوياً»، «شهرياً»، "a year"), then, in its
sentence, a length of time («لمدة»، «على مدى»، «طوال»، «خلال»، "for", "over" and a count of years, months, weeks
or days), then a total of the rate's own noun (the same unit, or the same money) introduced by «أي»، «بإجمالي»،
«ما مجموعه»، "in all" or a restating word. The total must be the rate times the length (converted between
periods: 12 months, 52 weeks, 365 days a year), within the figures' printed precision.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from .. import lang
from ..facts import Facts
from ..text.normtext import fold
from . import detector
from .arithmetic import SLACK, _agree, _bound, _fig_ev, _finding, _fmt, _sentences, figures_of, time_unit
from .rates import PER_YEAR
from ..text.patterns import spaced

_AL = r"\u0621-\u064A"
_UNIT_YEAR = {"year": 1.0, "month": 1 / 12, "week": 1 / 52, "day": 1 / 365}


_alt = partial(spaced, fold=fold)  # longest first; a blank matches any white space


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, re.Pattern, re.Pattern]:
    periods = {k: re.compile(rf"\s*(?:[{_AL}A-Za-z]+\s+){{0,3}}?(?:{_alt(v)})(?![{_AL}\w])", re.I)
               for k, v in lang.lexicon("averages")["periods"].items()}
    length = re.compile(rf"(?<![{_AL}\w])(?:لمده|لفتره|علي\s+مدي|على\s+مدى|طوال|طيله|خلال|for|over)\s*$", re.I)
    total = re.compile(rf"[\s,،(]*(?:اي|أي|بإجمالي|باجمالي|بمجموع|ما\s+مجموعه|اي\s+ما\s+مجموعه|أي\s+ما\s+مجموعه|"
                       rf"ليصل\s+المجموع\s+الي|in\s+all|a\s+total\s+of|i\.e\.|or)[\s,،:]*(?:نحو|حوالي|about)?\s*$", re.I)
    return periods, length, total


@detector("arithmetic-rate-total", "internal")
def arithmetic_rate_total(facts: Facts) -> list:
    """A rate per period for a length of time («150 منحة سنوياً لمدة خمس سنوات») against the total given («أي 750 منحة»)."""
    periods, length_cue, total_cue = _patterns()
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t), least=3):
            for i, a in enumerate(sent):
                if a.kind == "percent" or time_unit(a):
                    continue
                base, _, per = (a.unit or "").rpartition("/")  # «20 ألف طن شهرياً»: the figure's own unit per month
                if not (base and per in PER_YEAR):
                    base = a.unit
                    per = next((k for k, rx in periods.items() if rx.match(text, a.ne, min(len(text), a.ne + 60))), None)
                if per is None:
                    continue
                n = next((g for g in sent[i + 1:i + 2] if time_unit(g) in _UNIT_YEAR), None)
                if n is None or not length_cue.search(text, max(0, n.ns - 20), n.ns) or n.ns - a.ne > 80:
                    continue
                total = next((g for g in sent[i + 2:i + 3] if g.kind == a.kind and g.unit == base), None)
                if total is None or not total_cue.match(text, n.ne, total.ns):
                    continue
                k = _UNIT_YEAR[time_unit(n)] * PER_YEAR[per]  # periods of the rate in one unit of the length
                lo, hi = a.lo * n.lo * k, a.hi * n.hi * k
                if _agree(lo, hi, total.lo, total.hi):
                    continue
                s = a.value * n.value * k
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{a.row['text'].strip()} per {per} for {n.row['text'].strip()} is {_fmt(s)}, not the "
                    f"{total.row['text'].strip()} the text gives as its total.",
                    [a, n, total],
                    {"rule": "a rate per period kept up for a length of time against the total the text gives",
                     "rate": _fig_ev(a), "length": _fig_ev(n), "total": _fig_ev(total), "computed": s,
                     "computed_interval": [_bound(lo), _bound(hi)], "slack": SLACK},
                ))
    return out
