"""``arithmetic-magnitude``: a part larger than the whole it is said to be part of («من إجمالي»،
«من أصل», "out of", «منها», "of which"), an amount in a national currency larger than the whole
annual economy of the country that issues it, and an «additional» amount orders of magnitude away
from the amount it adds to. Figures are read as intervals, as in :mod:`.arithmetic`.
"""

from __future__ import annotations

import re

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import (
    _CONTRAST, CONVERTED, MAGNITUDE_RATIO, SLACK, Fig, _between, _fig_ev, _finding, _fmt, _sentences, figures_of, in_base_unit,
)

FAMILY = "arithmetic"  # the arithmetic family is split over arithmetic.py and this module (review/recall)

_PART_OF = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:من اجمالي|من اصل|من مجموع|من اجمال|out of|of a total of|of total)\s+"
                      r"(?:\S+\s+){0,4}?$", re.IGNORECASE)
_OF_WHICH = re.compile(r"(?:منها|من بينها|of which|including)\s+(?:\S+\s+){0,3}?$", re.IGNORECASE)
# a noun with a pronoun of possession right before «منها» makes it that noun's complement, no partitive: «بلغت صادرات
# تونس إلى الصين 300 مليون دولار ووارداتها منها 1.1 مليار دولار» (her imports from it)
_OWNED_BEFORE = re.compile(r"(?<!\w)[\u0621-\u064A]{3,}(?:ها|هم|هما)\s+$")
CONVERSION_RATIO = 30.0
"""An amount restated in another currency («110 مليارات ريال، أي 29.3 مليار دولار») is a slip of scale when, at the
reference rates, one is this many times the other or more: rates move (a pound may lose most of its value), a
scale word does not (a thousand times)."""
_ADDITIONAL = re.compile(r"(?:اضافي|اضافيه|الاضافي|الاضافيه|additional|further|extra)", re.IGNORECASE)


def _usd(g: Fig, usd_per: dict[str, float]) -> float | None:
    if g.kind != "money" or g.unit not in usd_per:
        return None
    return g.value * usd_per[g.unit]


def _comparable(a: Fig, b: Fig, usd_per: dict[str, float]) -> tuple[float, float] | None:
    """The two figures in one measure: same dimension as they are, money converted to US dollars
    at the reference rates (``data/reference/exchange_rates.yml``)."""
    if a.dim == b.dim:
        return a.value, b.value
    ua, ub = _usd(a, usd_per), _usd(b, usd_per)
    if ua is not None and ub is not None:
        return ua, ub
    return None


def _one_unit(a: Fig, b: Fig) -> tuple[Fig, Fig]:
    """The two figures in one unit when they measure one dimension in two («523 متراً، منها 305
    كيلومترات»: both in metres); as read otherwise."""
    if a.dim != b.dim and in_base_unit(a).dim == in_base_unit(b).dim:
        return in_base_unit(a), in_base_unit(b)
    return a, b


def _other_things(part: Fig, whole: Fig) -> bool:
    """Counts of two different named things: households are no part of a number of villages."""
    return part.kind == whole.kind == "count" and bool(part.unit) and bool(whole.unit) and part.unit != whole.unit


def _between_figure(sent: list[Fig], a: Fig, b: Fig) -> bool:
    """Another figure stands between the two: the part of «X، منها …» / "X out of …" is the figure
    right after the cue, not one further on."""
    return any(a.ne <= g.ns and g.ne <= b.ns for g in sent if g is not a and g is not b)


@detector("arithmetic-magnitude", "internal")
def arithmetic_magnitude(facts: Facts) -> list[Finding]:
    """A part larger than its whole, an amount larger than the economy that pays it, or an
    addition orders of magnitude off the amount it adds to."""
    out = []
    for t in facts:
        figs = figures_of(t)
        for g in figs:
            # the annual economy an amount in a currency cannot exceed (data/reference/economies.yml)
            econ = facts.reference.economies.get(g.unit) if g.kind == "money" else None
            if econ and g.value > econ.gdp and g.hi > econ.gdp:
                out.append(_finding(
                    "arithmetic-magnitude", "warning",
                    f"{g.row['text'].strip()} ({_fmt(g.value)} {g.unit}) is more than the whole annual economy of "
                    f"{econ.economy} ({_fmt(econ.gdp)} {g.unit}).",
                    [g],
                    {"rule": "amount in a currency vs the annual GDP that issues it", "amount": _fig_ev(g),
                     "economy": econ.economy, "gdp": econ.gdp, "reference": econ.note, "ratio": g.value / econ.gdp},
                ))
        for s0, sent in _sentences(t, figs):
            for i, a0 in enumerate(sent):
                for b0 in sent[i + 1:]:
                    a, b = _one_unit(a0, b0)
                    vals = _comparable(a, b, facts.reference.usd_per)
                    gap = _between(t, a, b)
                    if vals is None and _OF_WHICH.search(gap) and a.kind in ("measure", "money") and b.kind == "number":
                        vals = a.value, b.value  # «84 مليار متر مكعب، يضيع منها 10 مليارات»: the part's unit left out
                    if vals is None or a.kind == "percent":
                        continue
                    if _PART_OF.match(gap) and a.lo > b.hi * (1 + SLACK):
                        part, whole = a, b
                    elif (w := _OF_WHICH.search(gap)) and b.lo > a.hi * (1 + SLACK) and not _CONTRAST.search(gap, 0, w.start()) \
                            and not _OWNED_BEFORE.search(gap, 0, w.start()):
                        # not across a contrast: «بلغت الصادرات 15 مليارًا، في حين بلغت الواردات منها 21
                        # مليارًا» (the imports from it: «منها» a complement of the second clause's noun)
                        part, whole = b, a
                    else:
                        part = whole = None
                    if part is not None and (_other_things(part, whole) or _between_figure(sent, a, b)):
                        part = whole = None  # «400 أسرة في 12 قرية، منها 240 أسرة»; «منها 40%، أي 216 ألف»
                    if part is not None:
                        out.append(_finding(
                            "arithmetic-magnitude", "error",
                            f"{part.row['text'].strip()} is said to be part of {whole.row['text'].strip()} "
                            f"but is larger than it.",
                            [a, b],
                            {"rule": "part vs whole («من إجمالي», «من أصل», out of, of which)",
                             "part": _fig_ev(part), "whole": _fig_ev(whole)},
                        ))
                        continue
                    if a.kind != "money" or b.kind != "money":
                        continue
                    if a.unit != b.unit and CONVERTED.match(gap) and min(vals) > 0 \
                            and max(vals) / min(vals) >= CONVERSION_RATIO:
                        ratio = max(vals) / min(vals)
                        out.append(_finding(
                            "arithmetic-magnitude", "warning",
                            f"{a.row['text'].strip()} is glossed as {b.row['text'].strip()}, but at the reference rates "
                            f"one is about {ratio:,.0f} times the other.",
                            [a, b],
                            {"rule": f"an amount restated in another currency («، أي …»), ratio >= {CONVERSION_RATIO:g} at "
                                     "the reference rates", "amount": _fig_ev(a), "restated": _fig_ev(b),
                             "in_usd": list(vals), "ratio": ratio,
                             "usd_per_unit": {k: facts.reference.usd_per[k] for k in {a.unit, b.unit}}},
                        ))
                        continue
                    later_text = t.norm.text[max(a.ne, b.ns - 40):b.ns]
                    if not _ADDITIONAL.search(later_text):
                        continue
                    va, vb = vals
                    if min(va, vb) <= 0:
                        continue
                    ratio = max(va, vb) / min(va, vb)
                    if ratio < MAGNITUDE_RATIO:
                        continue
                    out.append(_finding(
                        "arithmetic-magnitude", "warning",
                        f"The additional amount {b.row['text'].strip()} is about {ratio:,.0f} times "
                        f"{a.row['text'].strip()}, the amount it adds to.",
                        [a, b],
                        {"rule": f"«additional» amount vs base amount, ratio >= {MAGNITUDE_RATIO:g}",
                         "base": _fig_ev(a), "additional": _fig_ev(b), "in_usd": [va, vb], "ratio": ratio,
                         "usd_per_unit": {k: facts.reference.usd_per[k] for k in {a.unit, b.unit}
                                          if k in facts.reference.usd_per}},
                    ))
    return out
