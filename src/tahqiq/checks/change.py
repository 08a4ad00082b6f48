"""A stated percentage change against the two figures it compares, in any order.

«بلغ ٩٦٢ ألف زائر، مقابل ٨١٣ ألف زائر في موسم ٢٠٢٢، بارتفاع نسبته ١٨٪», «نفذت ٤٥ فعالية بعد أن
اقتصرت في العام الماضي على ٣٠ فعالية، أي بزيادة نسبتها ٥٠٪», "sales reached 45 units, against 30
units a year earlier, an increase of 50%". The rule reads a percentage introduced by a noun of rise
or fall (``lang/change.yml``) right after the second of two figures of one measure that a comparison
word («مقابل»، «بعد أن»، "compared with") sets against each other. The order of the two figures does
not matter: a rise of P% means larger / smaller - 1 = P/100, a fall of P% means 1 - smaller / larger.
The «من A إلى B» form is the growth rule's (:func:`tahqiq.checks.arithmetic.arithmetic_growth`).
The figures' printed precision bounds the change (:func:`change_agrees`). A finding is kind
``arithmetic-growth``.
"""

from __future__ import annotations

import math
import re

from .. import lang
from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import Fig, GROWTH_PAD, SLACK, _FROM_TO, _agree, _between, _bound, _compatible, _fig_ev, _finding, \
    _sentences, figures_of
from ..text.patterns import spaced as _alt

FAMILY = "arithmetic"  # the arithmetic family is split over arithmetic.py and this module (review/recall)

# a stated rate more than this many points (or this share of the computed rate) from the change the
# printed figures give is wrong even when the figures' rounding could stretch to it: a rate taken from
# unrounded figures stays within about a seventh of the change of the printed ones («من 12 إلى 15
# مليار، بزيادة 29%» passes: 25% printed, 4 points; «30 مليوناً مقابل 24 مليوناً، أي بزيادة 20%» does not:
# 25% printed, 5 points), and within a point of a small change («من 9 إلى 8.1، أي بنسبة 12%»: 10%)
POINT_PAD = 1.0
POINT_SHARE = 0.15


# a deficit or surplus («بعجز نسبته 25%»، «بفائض قدره 10%», "a shortfall of 25%") is a fall or rise against the
# figure set against it (a normal, a target) unless «من»/"of" names another whole after the rate
_GAP_NOUNS = {"عجز", "فايض", "فائض", "surplus", "deficit", "shortfall"}
_OF_AFTER = re.compile(r"\s*(?:من|of)(?!\w)", re.IGNORECASE)


def wrong_base(point: float, plo: float, phi: float) -> bool:
    """Whether a stated change [plo, phi] is the change of the printed values (``point``, in per cent) taken on the
    wrong base, the end instead of the start («من 104 إلى 118، أي بزيادة 11.9%»: 14 / 118, not 14 / 104 = 13.5%;
    «من 240 إلى 210، بانخفاض 14.3%»: 30 / 210), to the stated rate's printed precision, while the right change lies
    more than :data:`POINT_PAD` outside it: the slip, not the figures' rounding."""
    r = 1 + point / 100
    if r <= 0 or not math.isfinite(r):
        return False
    wrong = (1 - 1 / r) * 100
    return plo - 1e-9 <= wrong <= phi + 1e-9 and min(abs(point - plo), abs(point - phi)) > POINT_PAD \
        and not plo <= point <= phi


def change_agrees(lo: float, hi: float, point: float, plo: float, phi: float) -> bool:
    """Whether a stated change [plo, phi] fits the change the figures give: inside the interval
    their rounding allows (``lo``..``hi``) and near the change of the printed values (``point``), and not that
    change on the wrong base (:func:`wrong_base`)."""
    if not _agree(lo, hi, plo, phi, SLACK, GROWTH_PAD) or wrong_base(point, plo, phi):
        return False
    return min(abs(plo - point), abs(phi - point)) <= max(POINT_PAD, POINT_SHARE * abs(point)) or plo <= point <= phi


def change_fits(a, b, plo: float, phi: float) -> tuple[bool, float, list[float]]:
    """Whether a stated change [plo, phi] (in per cent) fits the change from figure ``a`` to figure ``b``
    (:func:`change_agrees` over their printed intervals), the change of the printed values, and the
    changes their intervals allow (empty when a start is not positive)."""
    ratios = [(y / x - 1) * 100 for x in (a.lo, a.hi) for y in (b.lo, b.hi) if x > 0 and y != math.inf]
    computed = (b.value / a.value - 1) * 100 if a.value else math.inf
    return bool(ratios) and change_agrees(min(ratios), max(ratios), computed, plo, phi), computed, ratios


def _patterns():
    rise, fall = lang.words("change", "rise"), lang.words("change", "fall")
    more, less = lang.words("change", "rise_comparative"), lang.words("change", "fall_comparative")
    # (a comparative introduces its rate by «ب» / "by": «أي أنها أرخص بنحو 31%»؛ «أكثر من 40%» is an approximator)
    comparative = (rf"(?P<cmp>{_alt(more + less)})(?!\w)\s+(?:(?:منها|عنها|عليها|منه|عنه|عليه)\s+)?"
                   rf"(?:ب(?:[\u0621-\u064A]+\s+)?|by\s+(?:about\s+|some\s+|nearly\s+)?)")
    phrase = re.compile(
        rf"^(?:[^.;:!?؟]{{0,40}}?[,،(])?[\s,،(]*(?:(?:اي|i\.e\.|that is|or|وهو ما يعني)\s+(?:(?:انها|انه|ان)\s+)?)?"
        rf"(?:(?:a|an)\s+)?[وب]?[وب]?(?:(?P<noun>{_alt(rise + fall)})(?!\w)(?:\s+\S+){{0,2}}?\s*|{comparative})$",
        re.IGNORECASE)
    comp = re.compile(rf"(?:^|[\s,،(])[وب]?(?:{_alt(lang.words('change', 'comparison'))})(?!\w)", re.IGNORECASE)
    return phrase, comp, {w.casefold() for w in (*fall, *less)}


def _fraction_first_ok(a: Fig, b: Fig, p: Fig, falling: bool) -> bool:
    """Whether the rate agrees with every «ر» figure read fraction first (:func:`.arithmetic.fraction_first`)."""
    from .arithmetic import fraction_first

    a2, b2, p2 = fraction_first(a), fraction_first(b), fraction_first(p)
    if (a2, b2, p2) == (a, b, p) or a2.lo <= 0 or b2.lo <= 0:
        return False
    small, big = sorted((a2, b2), key=lambda g: g.value)
    if falling:
        ratios = [(1 - s / g) * 100 for s in (small.lo, small.hi) for g in (big.lo, big.hi) if g != math.inf]
        point = (1 - small.value / big.value) * 100
    else:
        ratios = [(g / s - 1) * 100 for s in (small.lo, small.hi) for g in (big.lo, big.hi) if g != math.inf]
        point = (big.value / small.value - 1) * 100
    return bool(ratios) and change_agrees(min(ratios), max(ratios), point, p2.lo, p2.hi)


_OUT_OF_BEFORE = re.compile(r"(?<!\w)(?:من\s+اصل|من\s+مجموع|من\s+اجمالي|out\s+of)\s+$", re.IGNORECASE)
# the share of such a whole right after it: «من أصل 300 مليون راكب نقلتهم السكك الحديد، أي 32 في المائة»
_SHARE_OF_WHOLE = re.compile(r"[^.;:؛\d]{0,60}?[,،]\s*(?:اي|i\.e\.)\s+(?:نحو\s+|حوالي\s+)?$", re.IGNORECASE)


# a base named right after a rate («… بزيادة 20% عن العام الماضي»، "compared with"): the change is from it
BASE_AFTER = re.compile(r"\s*(?:عن|مقارنه|مقابل|قياسا|بالمقارنه|compared|from|over|on)(?!\w)", re.IGNORECASE)


@detector("arithmetic-change", "internal")
def arithmetic_change(facts: Facts) -> list[Finding]:
    """A percentage rise or fall stated after two compared figures that it does not follow from."""
    from .periodtotals import _length  # (periodtotals builds on the averages, which build on this module's kin)

    phrase, comp, falls = _patterns()
    out = []
    for t in facts:
        for _, sent in _sentences(t, figures_of(t)):
            for i, p in enumerate(sent):
                if p.kind != "percent" or i < 2:
                    continue
                if BASE_AFTER.match(t.norm.text, p.ne):
                    continue  # «… أي بزيادة 10% عن العام الماضي»: the rate has a base of its own
                # «… مقابل 160 مليار دولار قبل ثلاث سنوات، أي بزيادة 25%»: a length of time is the base's time, no figure
                k = i - 1
                while k > 1 and _length(sent[k]):
                    k -= 1
                b = sent[k]
                m = phrase.match(_between(t, b, p))
                if b.kind == "percent" or not m:
                    continue
                said = (m.group("noun") or m.group("cmp")).casefold()
                if said in _GAP_NOUNS and _OF_AFTER.match(t.norm.text, p.ne):
                    continue  # «عجز نسبته 3% من الناتج»: a deficit or surplus as a share of another whole, not a change
                # a length of time between them is the period, not the measure compared («612 ألف زائر في الأشهر
                # التسعة الأولى …، مقابل 510 آلاف زائر»), unless the compared figure is a length too
                # (the whole of a share said between them is no term of the change: «96 مليون راكب عام 2024 من أصل 300
                # مليون راكب …، أي 32 في المائة، مقابل 80 مليون راكب عام 2023، بزيادة 20 في المائة»)
                wholes = [g for g in sent[:k] if _OUT_OF_BEFORE.search(t.norm.text, max(0, g.ns - 16), g.ns)]
                a = next((g for g in reversed(sent[:k]) if _compatible(g, b) and (not _length(g) or _length(b))
                          and not any(g is w for w in wholes)), None)
                if a is None or a.kind == "percent" or len(_between(t, a, b)) > 120:
                    continue
                if len(_between(t, a, b)) > 80 and not any(a.ne <= w.ns and w.ne <= b.ns for w in wholes):
                    continue
                gap = _between(t, a, b)
                shares_of = {id(g) for w in wholes for g in sent if g.kind == "percent" and w.ne <= g.ns
                             and _SHARE_OF_WHOLE.match(t.norm.text, w.ne, g.ns)}
                if any(g.kind == "percent" and a.ne <= g.ns and g.ne <= b.ns and id(g) not in shares_of for g in sent):
                    continue  # «A في الحضر (بزيادة 12%)، مقابل B في القرى (بزيادة 8%)»: two categories, each with its rate
                if not comp.search(gap) or _FROM_TO.match(gap) or a.lo <= 0 or b.lo <= 0:
                    continue
                small, big = sorted((a, b), key=lambda g: g.value)
                falling = said in falls
                if falling:
                    ratios = [(1 - s / g) * 100 for s in (small.lo, small.hi) for g in (big.lo, big.hi) if g != math.inf]
                    point = (1 - small.value / big.value) * 100
                else:
                    ratios = [(g / s - 1) * 100 for s in (small.lo, small.hi) for g in (big.lo, big.hi) if g != math.inf]
                    point = (big.value / small.value - 1) * 100
                if not ratios or change_agrees(min(ratios), max(ratios), point, p.lo, p.hi):
                    continue
                if _fraction_first_ok(a, b, p, falling):
                    continue
                word = "fall" if falling else "rise"
                out.append(_finding(
                    "arithmetic-growth", "error" if abs(point - p.value) > 5 else "warning",
                    f"{small.row['text'].strip()} against {big.row['text'].strip()} is a {word} of {point:.1f}%, "
                    f"not the stated {p.row['text'].strip()}.",
                    [a, b, p],
                    {"rule": "a rise: larger / smaller - 1; a fall: 1 - smaller / larger; vs the stated rate",
                     "first": _fig_ev(a), "second": _fig_ev(b), "rate": _fig_ev(p), "computed": point,
                     "computed_interval": [_bound(min(ratios)), _bound(max(ratios))], "direction": word,
                     "tolerance_points": max(POINT_PAD, POINT_SHARE * abs(point)), "slack": SLACK},
                ))
    return out
