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

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import _agree, _between, _fig_ev, _finding, _fmt, _sentences, figures_of

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
