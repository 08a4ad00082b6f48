"""Arithmetic detectors: figures in one sentence that do not add up.

Each detector reads the ``figures`` table of a text (values with their scale applied, units,
approximators) and looks, in one sentence, for a wording that ties figures together:

* ``arithmetic-total`` -- parts joined by «و» / "and" and a stated total («بمجموع»، «إجمالي»،
  «معاً», "in total", "together"), or a figure followed by its breakdown in parentheses;
* ``arithmetic-growth`` -- «ارتفع من A إلى B بنسبة P%» / "rose from A to B, an increase of P%";
* ``arithmetic-share`` -- «V، أي P% من T» / "V, i.e. P% of T";
* ``arithmetic-rate`` -- «N مناورة في K سنوات، أي بمعدل M سنوياً» / "N exercises in K years, M a year";
* ``arithmetic-magnitude`` -- a part larger than the whole it is said to be part of («من إجمالي»،
  «من أصل», "out of", «منها», "of which"), an amount in a national currency larger than the
  whole annual economy of the country that issues it, and an «additional» amount orders of
  magnitude away from the amount it adds to.

Every figure is an interval: its printed precision (``26.3`` is 26.25–26.35, ``240 مليار`` 239.5–240.5
billion; a whole count of things is exact) widened by its approximator («نحو» ±10 %, «أكثر من» open
above, «يصل إلى» open below).
A finding is made only when no values inside the intervals satisfy the relation, with a
relative slack of :data:`SLACK` on top, and its evidence lists the figures, the computed value
and the tolerance.

:func:`sentence_bounds` and :func:`paragraph_bounds` give the sentence and paragraph around a
raw offset; the citation detectors use them too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.rows import records
from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from ..segment.sentences import BLANK_LINE, STOP_OR_BLANK, around
from ..text.amounts import readable
from ..text.normtext import fold
from ..text.patterns import spaced
from . import detector

SLACK = 0.02
"""Relative slack added to every comparison (loose rounding in the source)."""

APPROX_SLACK = 0.10
# a sum of parts is checked against its total with no slack beyond the rounding intervals of the
# figures themselves («74 مليار» is 73.5 to 74.5 billion; «18.5» is 18.45 to 18.55)
TOTAL_SLACK = 0.0
"""Relative width given to a figure qualified by «نحو»، «حوالي», "about"."""

GROWTH_PAD = 0.5
"""Percentage points a stated growth rate may differ from the computed one."""

MAGNITUDE_RATIO = 100.0
"""Two amounts said to be one the addition to the other that differ by this factor or more."""



# --------------------------------------------------------------------------- sentences



def sentence_bounds(raw: str, pos: int) -> tuple[int, int]:
    """The raw span of the sentence holding offset ``pos``: from after the previous full stop,
    question mark or blank line to the next one (the stop included)."""
    return around(raw, pos, STOP_OR_BLANK, reach=2000)


def paragraph_bounds(raw: str, pos: int) -> tuple[int, int]:
    """The raw span of the paragraph (text between blank lines) holding offset ``pos``."""
    return around(raw, pos, BLANK_LINE, reach=20000, keep_end=False, strip=False)


@lru_cache(maxsize=1)
def approximator_before() -> re.Pattern:
    """An approximator right before a figure («نحو»، «ما يقارب»، "about": ``durations.approximators``):
    search the text before the figure's start."""
    from .. import lang

    return re.compile(rf"(?<![\u0621-\u064A\w]){spaced(lang.words('durations', 'approximators'))}\s*$", re.I)


def paragraph_before_start(t: TextFacts, ns: int) -> int:
    """The normalised start of the paragraph before the one holding the normalised offset ``ns`` (its own start
    when it is the first): how far back a figure said earlier may be looked for."""
    raw = int(t.norm.raw_span(ns, ns + 1)[0])
    para = paragraph_bounds(t.raw, raw)
    return t.norm.norm_pos((paragraph_bounds(t.raw, max(0, para[0] - 2)) if para[0] > 0 else para)[0])


# --------------------------------------------------------------------------- figures as intervals


@dataclass(frozen=True)
class Fig:
    """A figure of the ``figures`` table with its normalised span and its interval."""

    row: dict
    ns: int
    ne: int
    value: float
    lo: float
    hi: float
    kind: str  # percent, money, measure, count, number
    unit: str

    @property
    def dim(self) -> str:
        """What the figure measures: ``%``, ``money:USD``, ``m3/year``, or ``count`` for counts and bare numbers."""
        if self.kind == "percent":
            return "%"
        if self.kind == "money":
            return f"money:{self.unit}"
        if self.kind == "measure":
            return self.unit
        return "count"


# Units of one physical dimension, each as a multiple of the dimension's base unit (the codes of
# lang/units.yml): a length in metres and one in kilometres are one measure, 1,000 apart.
UNIT_BASE: dict[str, tuple[str, float]] = {
    "mm": ("m", 1e-3), "cm": ("m", 1e-2), "m": ("m", 1.0), "km": ("m", 1e3), "mile": ("m", 1609.344),
    "m2": ("m2", 1.0), "dunam": ("m2", 1e3), "feddan": ("m2", 4200.83), "ha": ("m2", 1e4), "km2": ("m2", 1e6),
    "g": ("kg", 1e-3), "kg": ("kg", 1.0), "tonne": ("kg", 1e3),
    "litre": ("m3", 1e-3), "ft3": ("m3", 0.0283168), "barrel": ("m3", 0.158987), "m3": ("m3", 1.0), "km3": ("m3", 1e9),
    "W": ("W", 1.0), "kW": ("W", 1e3), "MW": ("W", 1e6), "GW": ("W", 1e9),
    "kWh": ("Wh", 1e3), "MWh": ("Wh", 1e6), "GWh": ("Wh", 1e9), "TWh": ("Wh", 1e12),
}


def unit_factor(g: Fig, r: Fig) -> float | None:
    """How many of ``r``'s unit one of ``g``'s makes when the two are different units of one dimension
    (:data:`UNIT_BASE`: «415 واط» and «ميغاواط»، «متر» and «كيلومتر»), else None."""
    if g.kind != "measure" or r.kind != "measure" or g.unit == r.unit:
        return None
    a, b = UNIT_BASE.get(g.unit or ""), UNIT_BASE.get(r.unit or "")
    return a[1] / b[1] if a and b and a[0] == b[0] else None


def in_base_unit(g: Fig) -> Fig:
    """``g`` in the base unit of its dimension (:data:`UNIT_BASE`; «72 كيلومتراً» as 72,000 m), a
    rate per period as well («15.75 مليار متر مكعب سنوياً» in m3/year); ``g`` itself when its unit
    has no base."""
    if g.kind != "measure":
        return g
    unit, _, per = g.unit.partition("/")
    if unit not in UNIT_BASE:
        return g
    base, k = UNIT_BASE[unit]
    if k == 1.0 and base == unit:
        return g
    from dataclasses import replace

    return replace(g, value=g.value * k, lo=g.lo * k, hi=g.hi * k, unit=base + (f"/{per}" if per else ""))


_NUM_IN = re.compile(r"\d+(?:[.,٫،ر]\d+)*")


_MAGHREBI_IN = re.compile(r"(\d+)ر(\d+)")


def _half_unit(text: str, scale: float, value: float | None = None) -> float:
    """Half the last printed digit of a figure's number, scaled (``26.3`` -> 0.05; a European decimal
    comma «5,77» -> 0.005; a Maghrebi decimal «2ر14» in either key order -> 0.05 or 0.005, the order
    read from the ``value`` the figures table gave it)."""
    text = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    if mg := _MAGHREBI_IN.search(text):
        a, b = mg.groups()
        first = value is not None and scale and abs(float(f"{b}.{a}") * scale - value) < 1e-6 * max(1.0, abs(value))
        return 0.5 * 10 ** -len(a if first else b) * scale
    m = _NUM_IN.search(text)
    if not m:
        return 0.5 * scale
    digits = m.group()
    dec = re.search(r"[.٫،](\d+)$", digits) or re.fullmatch(r"\d+,(\d{1,2})", digits)
    if dec and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits):
        return 0.5 * 10 ** -len(dec.group(1)) * scale
    return 0.5 * scale


def _interval(value: float, text: str, scale: float, approx: str | None, exact: bool = False) -> tuple[float, float]:
    """The values a printed figure stands for: ± half its last digit (none if ``exact``), widened
    by its approximator."""
    h = 0.0 if exact else _half_unit(text, scale, value)
    lo, hi = value - h, value + h
    if approx == "about":
        lo, hi = value * (1 - APPROX_SLACK), value * (1 + APPROX_SLACK)
    elif approx in ("more_than", "at_least"):
        hi = math.inf
    elif approx in ("less_than", "up_to"):
        lo = 0.0
    return lo, hi


def _opt(v):
    try:
        return None if v is None or v != v else v
    except TypeError:
        return v


def figures_of(t: TextFacts) -> list[Fig]:
    """The quantities of a text (not ordinals), with normalised spans and intervals, by position;
    computed once per text and kept on its facts (several detectors read them)."""
    cached = t.__dict__.get("_figs")
    if cached is None:
        cached = t.__dict__["_figs"] = _figures_of(t)
    return list(cached)


def _figures_of(t: TextFacts) -> list[Fig]:
    f = t.figures
    out = []
    if f is None or not len(f):
        return out
    for r in records(f):
        kind = str(r.get("type"))
        if kind == "ordinal" or _opt(r.get("value")) is None:
            continue
        value = float(r["value"])
        scale = float(_opt(r.get("scale")) or 1.0)
        exact = kind in ("count", "number") and scale == 1.0 and value == int(value)
        lo, hi = _interval(value, str(r["text"]), scale, _opt(r.get("approx")), exact)
        ns, ne = t.norm.norm_span(int(r["start"]), int(r["end"]))
        out.append(Fig(r, ns, ne, value, lo, hi, kind, str(_opt(r.get("unit")) or "")))
    return sorted(out, key=lambda g: g.ns)


def _sentences(t: TextFacts, figs: list[Fig], least: int = 2) -> list[tuple[int, list[Fig]]]:
    """Figures grouped by the sentence they stand in, with the sentence's normalised start
    (sentences with ``least`` figures or more)."""
    groups: dict[tuple[int, int], list[Fig]] = {}
    bounds = t.__dict__.setdefault("_sentence_bounds", {})  # raw offset -> its sentence, once per text
    for g in figs:
        pos = int(g.row["start"])
        if pos not in bounds:
            bounds[pos] = sentence_bounds(t.raw, pos)
        groups.setdefault(bounds[pos], []).append(g)
    return [(t.norm.norm_pos(k[0]), v) for k, v in sorted(groups.items()) if len(v) >= least]


def _between(t: TextFacts, a: Fig, b: Fig) -> str:
    """The normalised text between two figures."""
    return t.norm.text[a.ne:b.ns] if a.ne <= b.ns else t.norm.text[b.ne:a.ns]


def _fmt(x: float) -> str:
    """A computed amount as a reader writes it: from a million up to four significant digits with
    a scale word (``207.1 trillion``, via text.amounts.readable), never ``2.071e+14``."""
    if x == math.inf:
        return "∞"
    if abs(x) >= 1e6:
        return readable(float(f"{x:.4g}"))
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _agree(lo: float, hi: float, tlo: float, thi: float, slack: float = SLACK, pad: float = 0.0) -> bool:
    """Whether the computed interval [lo, hi] meets the stated one [tlo, thi], widened by a
    relative ``slack`` and an absolute ``pad``."""
    pad = max(pad, slack * max(abs(tlo), abs(thi) if thi != math.inf else abs(tlo)))
    return lo <= thi + pad and hi >= tlo - pad


# a stop between two figures ends a list; a decimal point between digits («(67.8 بالمئة)») does not
_LIST_BREAK = re.compile(r"(?<!\d)\.|\.(?!\d)|[;:؛]")


def _difference_agrees(x: Fig, y: Fig, stated: Fig) -> bool:
    """Whether ``stated`` is |x − y|: within 10 % when a figure is approximate («نحو»), else within the
    printed precision of the three (the difference of two intervals, zero when they overlap)."""
    from .rates import _approx

    d = abs(x.value - y.value)
    if any(_approx(g) for g in (x, y, stated)):
        return abs(d - stated.value) <= 0.10 * max(stated.value, d)
    lo = min(abs(x.lo - y.hi), abs(x.hi - y.lo)) if (x.lo > y.hi or y.lo > x.hi) else 0.0
    hi = max(abs(x.hi - y.lo), abs(y.hi - x.lo))
    return _agree(lo, hi, stated.lo, stated.hi, slack=0.0)


def _finding(kind: str, severity: str, message: str, figs: list[Fig], evidence: dict) -> Finding:
    spans = sorted({Span.of(g.row) for g in figs}, key=lambda s: s.start)
    return Finding(kind=kind, severity=severity, message=message, spans=spans, evidence=evidence)


def _bound(x: float) -> float | None:
    """An interval bound for the evidence (JSON has no infinity: an open bound is None)."""
    return None if math.isinf(x) else x


def _fig_ev(g: Fig) -> dict:
    return {"text": g.row["text"], "value": g.value, "interval": [_bound(g.lo), _bound(g.hi)], "dim": g.dim}


# --------------------------------------------------------------------------- a scale word slipped

_SCALE_WORD = re.compile(r"(?<!\w)(?:ال)?(?:الف|الاف|مليون|ملايين|مليار|مليارات|بليون|بلايين|تريليون|thousand|million|"
                         r"billion|trillion)(?!\w)", re.IGNORECASE)
SLIP_FACTORS = (1e3, 1e-3, 1e6, 1e-6)


def scale_slip(figs: list[Fig], agrees) -> list[tuple[Fig, float]]:
    """The figures of a relation that does not hold which make it hold once their scale word is read a
    thousand (a million) times larger or smaller: (the figure, the factor) for each; empty when none
    does. Only a figure written with a scale word («مليون»، «مليار»، "billion") is tried: that word is
    what slips. ``agrees(figs)`` says whether the relation holds for a list of figures."""
    out = []
    for i, g in enumerate(figs):
        if not _SCALE_WORD.search(fold(str(g.row.get("text", "")))):  # («آلاف» as printed)
            continue
        for f in SLIP_FACTORS:
            trial = list(figs)
            trial[i] = replace(g, value=g.value * f, lo=g.lo * f, hi=g.hi * f)
            if agrees(trial):
                out.append((g, f))
                break
    return out


def slip_finding(slips: list[tuple[Fig, float]], figs: list[Fig], relation: str) -> Finding:
    """A relation that holds only with one scale word changed (kind ``arithmetic-magnitude``)."""
    def factor(f: float) -> str:
        return f"{f:g}" if f >= 1 else f"1/{1 / f:g}"

    readings = " or ".join(f"{g.row['text'].strip()} were {_fmt(g.value * f)} (×{factor(f)})" for g, f in slips)
    return _finding(
        "arithmetic-magnitude", "warning",
        f"{relation.capitalize()} holds only if {readings}: a scale word slipped?",
        figs,
        {"rule": "a relation of figures that holds only with one scale word changed",
         "slipped": _fig_ev(slips[0][0]), "factor": factor(slips[0][1]), "relation": relation,
         "readings": [{"figure": _fig_ev(g), "factor": factor(f)} for g, f in slips],
         "figures": [_fig_ev(x) for x in figs]},
    )


# --------------------------------------------------------------------------- totals vs parts

_AND = re.compile(r"(?:^|[\s,،])(?:و|ثم|and|plus)(?=[\s\u0621-\u064A\d]|$)|[,،+]")
_TOTAL_CUE = re.compile(  # whole words only: «معا» is no cue inside «المعاملات»
    r"(?<!من )(?<!\w)(?:(?:ب|ا?ي )?(?:ما )?مجموعه|بمجموع|و?المجموع|(?<!من )باجمالي|(?<!من )اجمالي|اجمالا|في المجمل|معا|"
    r"in total|a total of|totall?ing|together|combined|altogether)(?!\w)",
    re.IGNORECASE,
)


_COLON_AFTER = re.compile(r"[^\d:.؟?!\n]{0,60}:\s*")
# the words that gloss a figure by another («، أي 40%»، «بما يعادل»، "i.e."): a gloss after a total, and
# (with the verbs of measure) the link between a part and its share
_GLOSS = r"اي|أي|بما يعادل|ما يعادل|i\.e\.|or"
_SHARE_GLOSS = re.compile(rf"\s*[،,]\s*(?:{_GLOSS}),?\s+", re.IGNORECASE)
_PER_COLON = re.compile(r"(?<![\w])(?:لكل|للواحد|للواحده|per|each)(?![\w])[^:\d]{0,25}:\s*$", re.IGNORECASE)


# a count of times or multiples («ست مرات»، «ثلاثة أضعاف»، "three times") multiplies another figure: it is of
# no quantity's measure but its own
_MULTIPLIERS = frozenset({"مره", "مرة", "مرات", "ضعف", "اضعاف", "أضعاف", "times", "fold"})


_TIME_UNITS = {"يوم": "day", "ايام": "day", "أيام": "day", "day": "day", "days": "day",
               "اسبوع": "week", "أسبوع": "week", "اسابيع": "week", "أسابيع": "week", "week": "week", "weeks": "week",
               "شهر": "month", "اشهر": "month", "أشهر": "month", "شهور": "month", "month": "month", "months": "month",
               "عام": "year", "اعوام": "year", "أعوام": "year", "سنه": "year", "سنة": "year", "سنوات": "year",
               "year": "year", "years": "year", "عقد": "decade", "عقود": "decade", "decade": "decade", "decades": "decade",
               "ساعه": "hour", "ساعة": "hour", "ساعات": "hour", "hour": "hour", "hours": "hour"}


def time_unit(g) -> str | None:
    """The unit of time a figure counts («30 عاماً»: year), if it counts one."""
    return _TIME_UNITS.get((g.unit or "").strip()) if g.kind in ("count", "number") else None


def _compatible(a: Fig, b: Fig) -> bool:
    if ((a.unit or "") in _MULTIPLIERS) != ((b.unit or "") in _MULTIPLIERS):
        return False  # «تضاعفت أكثر من ست مرات … إلى 5.3 ملايين حاوية»: a multiplier is no start of a count
    ua, ub = time_unit(a), time_unit(b)
    if ua and ub and ua != ub:
        return False  # «خمس سنوات وتسعة أشهر»: years and months are counted apart, never added as numbers
    return a.dim == b.dim


def _chain_before(t: TextFacts, sent: list[Fig], end_pos: int, like: Fig | None = None) -> list[Fig]:
    """Figures joined by «و»/"and"/commas that end just before ``end_pos`` (within 40 characters); with
    ``like``, only figures of its measure (a count of the parts' holders between them and the total, «فوفرت
    الدول الثلاث معاً 251.1 مليون طن», is no part)."""
    before = [g for g in sent if g.ne <= end_pos and not (
        like is not None and g.kind == "count" and not _compatible(g, like) and str(g.row["text"]).startswith("ال"))]
    if not before or end_pos - before[-1].ne > 40:
        return []
    chain = [before[-1]]
    for g in reversed(before[:-1]):
        gap = t.norm.text[g.ne:chain[0].ns]
        if len(gap) > 40 or not _AND.search(gap) or not _compatible(g, chain[0]):
            break
        chain.insert(0, g)
    return chain


_CONTRAST = re.compile(r"(?<!\w)(?:بينما|في حين|فيما|مقابل|مقارنه|while|whereas|compared|against|versus)(?!\w)",
                       re.IGNORECASE)
# «وتبيّن أن الشحن ارتفع من A إلى B، وأن الإيرادات لم تغطِّ سوى P% …», "shows that freight rose from A to B, and that
# revenue covered only P percent": a second reported clause, with a subject of its own
_THAT_CLAUSE = re.compile(r"(?<!\w)(?:وان|وبان|and\s+that)(?!\w)", re.IGNORECASE)
_WORLD = re.compile(r"(?<!\w)(?:ال)?(?:عالم|عالمي|عالميه)(?!\w)|\b(?:world|world's|global|worldwide)\b", re.IGNORECASE)


def _world(t: TextFacts, g: Fig, lo: int) -> bool:
    """Whether the clause before a figure (from ``lo``, at most 60 characters) scopes it to the world."""
    return bool(_WORLD.search(t.norm.text[max(lo, g.ns - 60):g.ns]))


def _other_whole(t: TextFacts, parts: list[Fig], total: Fig) -> bool:
    """Whether the total is another whole than the parts' sum: set against them («بينما»، "while")
    or scoped to the world when the parts are not (a regional sum is no part list of the world's)."""
    if _CONTRAST.search(t.norm.text[parts[-1].ne:total.ns]):
        return True
    return _world(t, total, parts[-1].ne) and not any(_world(t, p, 0) for p in parts)


def _elided(p: Fig, total: Fig) -> bool:
    """Whether a part may leave out the unit its total gives («74 مليار متر مكعب: 55.5 مليار لمصر
    و…»: the figures table reads «لمصر» as a counted noun): a number or count under a total that
    has a unit (checked further by :func:`_check_total`: of the total's order of magnitude)."""
    return p.kind in ("number", "count") and total.kind in ("measure", "money")


_AVERAGE_BEFORE = re.compile(r"(?<!\w)(?:ب|و)?(?:معدل|متوسط|المعدل|المتوسط)\s*$|(?:في|على)\s+المتوسط\s*$|"
                             r"(?:an?|the)\s+average(?:\s+of)?\s*$|on\s+average\s*$", re.IGNORECASE)
_PER_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:لكل|في كل|per|each|a piece)(?!\w)|^\s*(?:\S+\s+)?لل\S+\s+الواحد[هة]?(?!\w)",
                        re.IGNORECASE)


def _average(t: TextFacts, g: Fig) -> bool:
    """A figure stated as an average or a rate per item («بمعدل 12 حافلة للخط الواحد», "an average
    of 12 per line"): a mean of the parts, never one of them."""
    text = t.norm.text
    return bool(_AVERAGE_BEFORE.search(text[max(0, g.ns - 20):g.ns]) or _PER_AFTER.match(text[g.ne:g.ne + 30]))


def _list_before_average(t: TextFacts, figs: list[Fig]) -> list[Fig]:
    """The figures of a breakdown up to the first average stated after it."""
    k = next((i for i, g in enumerate(figs) if _average(t, g)), len(figs))
    return figs[:k]


def _other_noun(parts: list[Fig], total: Fig) -> bool:
    """Parts all counting one noun are no parts of a count of another noun («48 حافلة على أربعة خطوط:
    … (15 حافلة)»: buses, not lines)."""
    units = {p.unit for p in parts}
    return (total.dim == "count" and all(p.dim == "count" for p in parts) and len(units) == 1
            and "" not in units and total.unit not in ("", "fraction") and total.unit not in units)


def _scale_of(g: Fig) -> float:
    """The multiplier of a figure's scale word (``1.0`` without one; the table's missing value is NaN)."""
    v = g.row.get("scale")
    return 1.0 if v is None or v != v or not v else float(v)


_CONTRAST_CLAUSE = re.compile(r"[،,]\s*(?:في\s+حين|بينما|فيما|while|whereas)(?!\w)", re.IGNORECASE)
_PART_SHARE = re.compile(r"^(?:\s+[\u0621-\u064A]+){0,4}\s*(?:[،,]\s*(?:اي\s+)?|\(\s*)$")
"""What stands between a part and the share of it said right after it («في سانت بطرسبورغ، أي»، «من الشحن (»)."""


def _bare_parts(t: TextFacts, after: list[Fig], start: int, total: Fig) -> list[Fig]:
    """«100 مليار متر مكعب سنوياً: 38 عبر الخط الأول، و50 عبر الخط الثاني، و12 …»: after a colon, bare
    numbers (no unit, no scale word) under a total with a unit and a scale are its parts, in its
    unit and at its scale (the figures table leaves them out: they count nothing)."""
    from .parts import _with_bare

    scale = _scale_of(total)
    out = []
    for g in _with_bare(t, [g for g in after if g.ns >= start], start, total):
        if g in after:
            out.append(g)
        elif not re.search(r"(?:[:،,]\s*|(?:^|\s)و\s*)$", t.norm.text[max(0, g.ns - 5):g.ns]):
            continue  # «نور 1»، «المرحلة 2»: a number of a name, no item of the list
        elif re.fullmatch(r"[\d.,]+", t.norm.text[g.ns:g.ne]):
            out.append(Fig({**g.row, "scale": scale}, g.ns, g.ne, g.value * scale, g.lo * scale, g.hi * scale,
                           g.kind, g.unit))
        else:
            out.append(g)
    bare = [g for g in out if g not in after]
    if bare and scale > 1 and total.value > 0 and 0.5 <= sum(g.value / scale if g in bare else g.value for g in out
                                                            if g.kind != "percent") / total.value <= 2:
        # «14 ألف مخطوطة: 9800 في سانت بطرسبورغ، و2800 في موسكو، و1400 في قازان»: parts written in full, not in
        # the total's thousands
        out = [Fig({**g.row, "scale": 1}, g.ns, g.ne, g.value / scale, g.lo / scale, g.hi / scale, g.kind, g.unit)
               if g in bare else g for g in out]
        bare = [g for g in out if g not in after]
    if bare and re.search(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", t.norm.text[start:bare[-1].ne + 25]):
        return []  # «80 في 2021 و90 في 2022»: a series over years, no parts of one whole
    return out


# «كل منها»، «كل منهما»، «لكل منها»، «كل واحد منها» (each of them, of the two), "each of them": the amount after
# it is had by each of several things (:mod:`.eachtotals`)
EACH = re.compile(r"(?<![\u0621-\u064A])(?:ل)?كل(?:\s+(?:واحد|واحده))?\s+(?:من)(?P<two>هما|ها|هم)(?![\u0621-\u064A])"
                  r"|\beach\s+of\s+(?:the\s+)?(?P<en_two>two|them|these)\b", re.I)


def _each(t: TextFacts, g: Fig) -> bool:
    """Whether the amount ``g`` is one each of several things have («طاقة كل منهما 15.75 مليار …»)."""
    return bool(EACH.search(t.norm.text, max(0, g.ns - 25), g.ns))


def _shared_precision(parts: list[Fig]) -> list[Fig]:
    """The parts of one breakdown printed at one precision: a whole number at the scale of parts printed
    with decimals («6.3 مليارات …، و3 مليارات …، و5.2 مليارات») was written without its «.0», so it stands for
    ± half the siblings' last digit, not ± half a billion."""
    scales = {float(_opt(p.row.get("scale")) or 1.0) for p in parts}
    if len(scales) != 1 or (scale := scales.pop()) == 1.0 or any(_opt(p.row.get("approx")) for p in parts):
        return parts
    halves = [_half_unit(str(p.row["text"]), scale, p.value) for p in parts]
    finest = min(halves)
    if finest >= 0.5 * scale:
        return parts
    return [replace(p, lo=p.value - finest, hi=p.value + finest) if h == 0.5 * scale else p
            for p, h in zip(parts, halves)]


_SUB_PART = re.compile(r"(?<!\w)(?:منها|منهم|منهما|of which|of whom)(?!\w)", re.IGNORECASE)
_CLAUSE_JOINT = re.compile(r"[،,]\s*[وف][^\W\d_]{3,}\s")


def _closed_prefix(t: TextFacts, chain: list[Fig], total: Fig) -> list[Fig]:
    """The first parts of ``chain`` when the next one begins a clause after a comma («112 من الأطباء والممرضين: 48
    طبيباً و64 ممرضاً، وتضم 300 سرير وثماني غرف»): the list was closed there if those parts already make ``total``,
    or if the next part counts a noun neither they nor the total count."""
    for k in range(2, len(chain)):
        if not _CLAUSE_JOINT.search(_between(t, chain[k - 1], chain[k])):
            continue
        nxt = chain[k]
        if nxt.kind == "count" and nxt.unit and all(p.kind == "count" for p in chain[:k]) \
                and nxt.unit not in {p.unit for p in chain[:k]} | {total.unit}:
            return chain[:k]
        head = _shared_precision(chain[:k])
        if _agree(sum(p.lo for p in head), sum(p.hi for p in head), total.lo, total.hi, slack=TOTAL_SLACK):
            return chain[:k]
    return chain


def _check_total(t: TextFacts, parts: list[Fig], total: Fig, how: str, elided: bool = False) -> Finding | None:
    if len(parts) < 2 or any(not (_compatible(p, total) or (elided and _elided(p, total))) for p in parts):
        return None
    if any(_each(t, p) for p in parts):
        return None  # «ثلاث محطات قدرة كل منها 400 ميغاواط، ومحطة رابعة قدرتها 300 …»: 400 counts three times
    if _other_noun(parts, total):
        return None
    if time_unit(total) is None and any(time_unit(p) for p in parts):
        return None  # «١٥٠ عربة في ٢٠٢٤ و٢٧٠ في الأشهر العشرة الأولى»: a span of months is no part of wagons
    if elided and any(not _compatible(p, total) for p in parts):
        # parts read as bare numbers or counts under a total with a unit («55.5 مليار لمصر» after
        # «74 مليار متر مكعب»): the same quantity only if of one kind and of the total's order;
        # parts that leave out the total's scale word too («102 مليون طن: 45 لميناء أكتاو، و16 …») are
        # read at its scale
        scale = _scale_of(total)
        if scale > 1 and all(_compatible(p, total) or _scale_of(p) == 1.0 for p in parts) \
                and not 0.5 <= sum(p.value for p in parts) / total.value <= 2 \
                and 0.5 <= sum(p.value * (1 if _compatible(p, total) else scale) for p in parts) / total.value <= 2:
            parts = [p if _compatible(p, total) else Fig({**p.row, "scale": scale}, p.ns, p.ne, p.value * scale,
                                                         p.lo * scale, p.hi * scale, p.kind, p.unit) for p in parts]
        s = sum(p.value for p in parts)
        if len({p.kind for p in parts} - {"number", "count"}) or not 0.5 <= s / total.value <= 2:
            return None
    if _other_whole(t, parts, total):
        return None
    parts = _shared_precision(parts)
    lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
    if _agree(lo, hi, total.lo, total.hi, slack=TOTAL_SLACK):
        return None
    s = sum(p.value for p in parts)
    return _finding(
        "arithmetic-total", "error" if abs(s - total.value) > 0.05 * abs(total.value) else "warning",
        f"The parts {' + '.join(p.row['text'].strip() for p in parts)} add up to {_fmt(s)}, "
        f"not the stated total {total.row['text'].strip()} ({_fmt(total.value)}).",
        parts + [total],
        {"rule": f"sum of parts vs stated total ({how})", "parts": [_fig_ev(p) for p in parts],
         "total": _fig_ev(total), "computed": s, "computed_interval": [_bound(lo), _bound(hi)], "slack": SLACK},
    )


# a total summing what the holders counted before it stated («وبذلك وفّرت الدول الثلاث …»، «فوفّرت الدول الثلاث
# معاً …»): «وبذلك/وبهذا/ف» before the verb
_HOLDERS_TOTAL = re.compile(r"(?<!\w)(?:و?(?:بذلك|بهذا)|ف\w+)(?:\s+\S+)?\s*$")
_BRACKET_AFTER = re.compile(r"[^\d()]{0,25}\(")
"""A bracket opening within a few characters after a total (matched at the total's end, not on a copy of the rest of the text)."""


@detector("arithmetic-total", "internal")
def arithmetic_total(facts: Facts) -> list[Finding]:
    """A stated total that is not the sum of the parts listed with it."""
    out = []
    for t in facts:
        for s0, sent in _sentences(t, figures_of(t), least=1):  # one figure: its parts may be bare numbers
            sent = [g for g in sent if g.unit != "fraction"]  # «نصف»، "a third": a share, never a part or a total
            seen = set()
            # parts ... «بمجموع»/"in total" ... total
            for i, total in enumerate(sent):
                window = t.norm.text[max(s0, total.ns - 40):total.ns]
                cue = None
                for m in _TOTAL_CUE.finditer(window):
                    cue = m
                after_cue = None
                if cue is None:
                    after = t.norm.text[total.ne:total.ne + 30]
                    after_cue = re.match(r"^\s*(?:\S+\s+)?(?:معا|together|in total|combined|altogether)", after)
                    if not after_cue:
                        continue
                    parts = _chain_before(t, sent[:i], total.ns)
                else:
                    cue_pos = max(s0, total.ns - 40) + cue.start()
                    parts = _chain_before(t, sent[:i], cue_pos, like=total)
                f = _check_total(t, parts, total, "total cue")
                if f and f.id not in seen:
                    seen.add(f.id)
                    out.append(f)
            # «وبذلك وفّرت الدول الثلاث 251.1 مليون طن»: the N holders counted right before the total, their
            # amounts the last N figures of its measure before them in the paragraph
            for i, total in enumerate(sent):
                holders = [g for g in sent[:i] if g.kind == "count" and str(g.row["text"]).startswith("ال")
                           and 2 <= g.value <= 12 and g.lo == g.hi and 0 <= total.ns - g.ne <= 25
                           and not _compatible(g, total)]
                if not holders or not _HOLDERS_TOTAL.search(t.norm.text, max(0, holders[-1].ns - 40), holders[-1].ns):
                    continue
                c = holders[-1]
                p0 = t.norm.text.rfind("\n", 0, c.ns) + 1  # (the line: a paragraph of the text)
                prior = [g for g in figures_of(t) if p0 <= g.ns and g.ne <= c.ns and g.kind != "percent"]
                parts = [g for g in prior if _compatible(g, total)][-int(c.value):]
                if len(parts) < c.value or any(not _compatible(g, total) for g in prior if g.ns >= parts[0].ns):
                    continue  # (another measure among them: not the holders' amounts alone)
                f = _check_total(t, parts, total, "holders counted before the total")
                if f and f.id not in seen:
                    seen.add(f.id)
                    out.append(f)
            # total (part, part ...)
            for i, total in enumerate(sent):
                m = _BRACKET_AFTER.match(t.norm.text, total.ne)
                if not m:
                    continue
                close = t.norm.text.find(")", m.end())
                if close < 0:
                    continue
                close -= total.ne
                inner = _list_before_average(t, [g for g in sent[i + 1:] if g.ne <= total.ne + close])
                if len(inner) < 2 or any(not _AND.search(_between(t, a, b)) for a, b in zip(inner, inner[1:])):
                    continue
                f = _check_total(t, inner, total, "breakdown in parentheses")
                if f and f.id not in seen:
                    seen.add(f.id)
                    out.append(f)
            # total … «:» part و part (a breakdown after a colon, up to the end of the sentence)
            for i, total in enumerate(sent):
                m = _COLON_AFTER.match(t.norm.text, total.ne)
                if not m:
                    # «5.9 مليار دولار، أي 5.9 بالمئة من رأس المال: السعودية 2.5 مليار …»: the total's share of another
                    # whole glosses it before the colon
                    g = _SHARE_GLOSS.match(t.norm.text, total.ne)
                    p = next((p for p in sent[i + 1:i + 2] if g and p.ns == g.end() and p.kind == "percent"), None)
                    m = _COLON_AFTER.match(t.norm.text, p.ne) if p is not None else None
                    if not m or re.search(r"[،,؛;]", t.norm.text[p.ne:m.end()]):
                        continue
                if _PER_COLON.search(t.norm.text, total.ne, m.end()):
                    continue  # «375 مليون دولار، أي بالسعر نفسه لكل نقطة: 37.5 مليون دولار»: a rate per unit follows
                if re.search(r"[،,؛;]", t.norm.text[total.ne:m.end()]) and any(
                        total.ne <= g.ns and g.ne <= m.end() and g.dim == total.dim for g in sent):
                    # «30 طالباً في كل شعبة، ويتولى التدريس ثمانية أساتذة: …»: the colon is another clause's, whose
                    # own figure of the measure heads the list («18.6 مليار دولار، موزعة على أربع فئات: …» is one)
                    continue
                inner = _list_before_average(t, [g for g in sent[i + 1:] if g.ns >= m.end()])
                if len(inner) < 2 and (total.kind in ("measure", "money") or total.kind == "count" and not any(
                        g.kind == "count" and (g.ne <= total.ns and not re.search(r"[،,.;:؛]", t.norm.text[g.ne:total.ns])
                                               or total.ne <= g.ns and g.ne <= m.end())
                        for g in sent if g is not total)):
                    # (bare numbers under a count: «5000 جندي: 3000 من الجيش و1500 …»; not under a count of the places
                    # another count is spread over nor beside one, «22 مفاعلاً في سبع دول: ٤ في مصر، …»: that list is
                    # arithmetic-parts')
                    inner = _list_before_average(t, _bare_parts(t, sent[i + 1:], m.end(), total))
                elif total.kind == "count" and inner and re.match(r"\s*[،,]?\s*و\s*\d", t.norm.text[inner[-1].ne:]):
                    # «16 قطعة بحرية: 10 إيرانية و4 روسية و2 صينية»: a bare number goes on with the list
                    inner = _list_before_average(t, _bare_parts(t, sent[i + 1:], m.end(), total))
                # (a part's share said right after it is no part: «9800 في سانت بطرسبورغ، أي 70 بالمئة، و2800 في
                # موسكو»، «126 مليوناً من الشحن (70 بالمئة) و54 مليوناً»)
                inner = [g for k, g in enumerate(inner) if not (k and g.kind == "percent" and total.kind != "percent"
                                                                and _PART_SHARE.match(_between(t, inner[k - 1], g)))]
                # (the list ends where a clause of contrast begins: «…: 126 مليوناً من الشحن و54 مليوناً من الركاب، في
                # حين بلغت خدمة الدين 520 مليون دولار»)
                cut = next((k for k in range(1, len(inner)) if _CONTRAST_CLAUSE.search(_between(t, inner[k - 1], inner[k]))),
                           len(inner))
                inner = inner[:cut]
                chain = inner[:1]
                for a, b in zip(inner, inner[1:]):
                    gap = _between(t, a, b)
                    if not _AND.search(gap) or len(gap) > 50 or _CONTRAST.search(gap) or _SUB_PART.search(gap):
                        break  # («في 32 حصة أسبوعياً، منها 8 حصص للروسية»: a part of the part before, not one more)
                    chain.append(b)
                if len(chain) < len(inner) or len(chain) < 2:
                    continue  # figures after the list: the colon does not open a breakdown
                if not re.search(r"[^\W\d_]{2,}", t.norm.text[m.end():chain[0].ns]):
                    # (parts with no label before them, «…: 48 طبيباً و64 ممرضاً، وتضم 300 سرير»: a word before a later
                    # one begins another clause; under labels, «…: المغرب 2.1 مليار، وتونس 1.5 مليار», it is one more label)
                    chain = _closed_prefix(t, chain, total)
                if total.kind == "count" and total.value == len(chain) and any(g.dim != total.dim or g.unit != total.unit
                                                                               or g.value > total.value for g in chain):
                    continue  # «12.8 مليون طن، موزعة على خمسة عقود: 4 ملايين …، و…»: the count of the items, not their sum
                if _average(t, total):
                    # «حصة قدرها 140 ألف طن، أي بمعدل 14 ألف طن للسفينة، موزعة على ثلاثة أصناف: 84 ألف طن …»: a rate
                    # per head restates the total before it, which the list breaks down
                    total = next((g for g in reversed(sent[:i]) if g.dim == total.dim and not _average(t, g)), None)
                    if total is None:
                        continue
                f = _check_total(t, chain, total, "breakdown after a colon", elided=True)
                if f and f.id not in seen:
                    seen.add(f.id)
                    out.append(f)
    return out


# --------------------------------------------------------------------------- growth

# (the imperfect after «أن»/«قبل أن»: «قبل أن يرتفع إلى 18 ألفاً»، «يتوقع أن تنخفض من A إلى B»)
_RISE = (r"ارتفع|ارتفعت|زاد|زادت|ازداد|ازدادت|نما|نمت|قفز|قفزت|صعد|صعدت|رفع|رفعت|تضخم|تضخمت|توسع|توسعت|تضاعف|تضاعفت|"
         r"يرتفع|ترتفع|يزداد|تزداد|ينمو|تنمو|يقفز|تقفز|يصعد|تصعد|"
         r"rose|increased|grew|jumped|climbed|raised|went up")
_FALL = (r"انخفض|انخفضت|تراجع|تراجعت|هبط|هبطت|تقلص|تقلصت|خفض|خفضت|قلص|قلصت|نزل|نزلت|تدني|تدنت|انكمش|انكمشت|"
         r"ينخفض|تنخفض|يتراجع|تتراجع|يهبط|تهبط|يتقلص|تتقلص|ينزل|تنزل|"
         r"fell|decreased|declined|dropped|shrank|reduced|cut|went down")
# «من A عام 2000 إلى B عام 2014», "from A in 2000 to B in 2014": the start value's year may stand
# between it and the «إلى»/to.
_FROM_TO = re.compile(r"^\s*(?:(?:في|in)?\s*(?:(?:عام|العام|سنه|سنة)|(?:شهر\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*\d{4}\s*[،,]?\s*)?"
                      r"(?:to|الي|حتي|ل)\s*(?:\S+\s+){0,2}?$", re.IGNORECASE)


# «من A (1990-2018) إلى B», «من A في العام الجامعي 2018-2019، قبل الأزمة المالية، إلى B», «من A أوقية في
# يناير إلى B»: the start value's circumstance (a time phrase, a parenthesised period, an apposition between
# commas) may stand between it and «إلى»/to. Words only, and years (a year or a range of years, bare or in
# brackets); no other number, no sentence or clause break, no contrast word, at most 70 characters.
_FROM_TO_TAIL = re.compile(r"(?:^|\s)(?:to|الي|حتي)\s*(?:\S+\s+){0,2}?$", re.IGNORECASE)
_BASE_AFTER = re.compile(r"^\s*(?:من|of)\s+(?:ال|the\s+)[^\W\d_]+(?:\s+ال[^\W\d_]+){0,2}(?=\s|$)", re.IGNORECASE)
_GAP_YEARS = re.compile(r"\(?\s*\d{4}(?:\s*[-–/]\s*\d{2,4})?\s*\)?")


def from_to_gap(gap: str) -> bool:
    """Whether ``gap`` (the text between two figures, the first after «من»/"from") reads «… إلى» ("… to"),
    the start's circumstance between them (:data:`_FROM_TO`, or the wider form above)."""
    if _FROM_TO.match(gap):
        return True
    tail = _FROM_TO_TAIL.search(gap)
    if not tail or tail.start() > 70:
        return False
    head = _GAP_YEARS.sub(" ", gap[:tail.start()])
    # the start's base right after it, «من» + a definite noun phrase: «من 138 بالمئة من الناتج المحلي عام 2022
    # إلى 88 بالمئة» (of GDP)
    head = _BASE_AFTER.sub(" ", head, count=1)
    if re.search(r"[\d.;:!?؟\n%]", head) or _CONTRAST.search(head):
        return False
    return not re.search(r"(?<!\w)(?:الي|to|من|from|و?بين|between)(?!\w)", head, re.IGNORECASE)


# A rate adverb written once after the end value of a from-to pair belongs to both: «من 600 ألف متر مكعب
# إلى 850 ألف متر مكعب يوميا» (m3 and m3/day are one measure there).
def _pair_compatible(a: Fig, b: Fig) -> bool:
    if _compatible(a, b):
        return True
    return a.kind == b.kind == "measure" and (a.unit.split("/")[0] == b.unit or b.unit.split("/")[0] == a.unit)


# «إلى B من A» (the end value first): only words of the end value, then «من»/"from"
# (the end's year may stand between: «ارتفعت إلى 4.8 ملايين طن عام 2024، من 3.2 ملايين طن عام 2022»)
_TO_FROM = re.compile(r"^\s*(?:(?:في\s+)?(?:عام|العام|سنه|in)?\s*(?:1[89]|20)\d\d\s*)?[,،]?\s*(?:[^\W\d_]+\s+){0,2}?(?:من|from)\s*$",
                      re.IGNORECASE)


_RATE_LINK = re.compile(r"^\s*[,،]?\s*(?:(?:اي|i\.e\.|or|that is)\s+)?(?:(?:ب|و)?(?:نسبه|مقدار)|by|of)?\s*$|^\s*\(\s*$",
                        re.IGNORECASE)


# A percentage right after «إلى»/«من» ("to"/"from") is a bound of a change of a rate, not a rate of change.
_BOUND_BEFORE = re.compile(r"(?:(?<![\w])(?:الي|من|حتي)|\b(?:to|from))\s*$", re.IGNORECASE)


def _closes_other(t: TextFacts, sent: list[Fig], p: Fig) -> bool:
    """Whether a percentage closes the clause of the figure just before it («من 12% إلى 9%، أي بنسبة
    25%، كما انخفض … من 75 إلى 45»): the rate of that earlier pair, not of one after it."""
    prev = [g for g in sent if g.ne <= p.ns]
    return bool(prev) and p.ns - prev[-1].ne <= 25 and bool(_RATE_LINK.match(t.norm.text[prev[-1].ne:p.ns]))


def _own_rate(t: TextFacts, sent: list[Fig], a: Fig, b: Fig, p: Fig) -> bool:
    """Whether percentage ``p`` can be the rate of the pair ``a``→``b``: nothing but words between
    them, and no contrast word («في حين», "whereas") that opens another comparison."""
    lo, hi = (b.ne, p.ns) if p.ns >= b.ne else (p.ne, a.ns)
    if lo > hi:
        return False
    if _CONTRAST.search(t.norm.text, lo, hi) or _THAT_CLAUSE.search(t.norm.text, lo, hi):
        return False
    if p.ns < a.ns and _closes_other(t, sent, p):
        return False
    if p.ns < a.ns and _BOUND_BEFORE.search(t.norm.text, max(0, p.ns - 12), p.ns):
        return False  # «ارتفعت النسبة من 61% إلى 68%، … وانخفض … من 38 إلى 32»: 68% is a value, not a rate
    if p.ns < a.ns and re.search(rf"(?<!\w)[وف]?(?:{_RISE}|{_FALL})(?!\w)", t.norm.text[p.ne:a.ns]):
        return False  # «… أي بزيادة 50%، وتقلص انتظار السفن من تسعة أيام إلى أربعة»: a verb of its own opens the pair
    gap = t.norm.text[lo:hi]
    if any(not (len(n) == 4 and 1800 <= int(n) <= 2100) for n in re.findall(r"(?<![\d.,])\d+(?![\d.,]\d)", gap)):
        return False  # «… in 2024, and voyages numbered 92 in 2024, 53 of them …, or 57.6 percent»: a count the
        # figures table leaves out (a bare number) stands between: the rate is another's
    return not any(lo <= g.ns and g.ne <= hi for g in sent if g is not p and not _span_adjunct(t, g)
                   and not multiple_gloss(t, g) and not _restates(t, b if p.ns >= b.ne else a, g))


CONVERTED = re.compile(r"^\s*[،,]?\s*(?:اي|او|بما يعادل|ما يعادل|ما يساوي|i\.e\.|or|equivalent to)\s+"
                       r"(?:(?:نحو|حوالي|قرابه|ما يعادل|ما يقارب|about|roughly|some)\s+)?$", re.IGNORECASE)
"""What stands between an amount and its restatement in another currency or unit («، أي نحو»، "or about")."""


def _restates(t: TextFacts, x: Fig, g: Fig) -> bool:
    """Whether ``g`` restates ``x`` right after it, in another currency or unit («إلى 2.5 تريليون دولار، أي نحو 9.4
    تريليونات ريال»): the same amount said twice, not another figure between a pair and its rate."""
    return g.kind == x.kind and g.kind in ("money", "measure") and g.unit != x.unit \
        and CONVERTED.match(t.norm.text[x.ne:g.ns]) is not None


# «من A إلى B خلال السنوات الخمس الأخيرة، أي بزيادة P%»، «… في خمس سنوات، بنسبة P%»: a count of time units after
# a preposition of time is the span of the change, not another figure between the pair and its rate
_SPAN_UNITS = {"سنة", "سنه", "عام", "شهر", "يوم", "أسبوع", "اسبوع", "عقد", "year", "month", "day", "week", "decade"}
_SPAN_LEAD = re.compile(r"(?<!\w)(?:خلال|في|علي مدي|على مدى|طوال|مدى|مدي|over|in|within|during)\s+(?:\S+\s+){0,1}$",
                        re.IGNORECASE)


_GLOSS_BEFORE = re.compile(r"[,،]\s*(?:اي|i\.e\.|or)?\s*$", re.IGNORECASE)


def multiple_gloss(t: TextFacts, g: Fig) -> bool:
    """Whether ``g`` says a change again as a multiple, after a comma or «أي» («إلى 45 ألفاً، أي مرتين ونصفاً، بزيادة
    150%»، «أي أربعة أضعاف»): the same change, not another figure between a pair and its rate."""
    return (g.unit or "") in _MULTIPLIERS and bool(_GLOSS_BEFORE.search(t.norm.text, max(0, g.ns - 12), g.ns))


def _span_adjunct(t: TextFacts, g: Fig) -> bool:
    return g.kind == "count" and g.unit in _SPAN_UNITS and bool(_SPAN_LEAD.search(t.norm.text, max(0, g.ns - 25), g.ns))


def _range_end(t: TextFacts, sent: list[Fig], p: Fig) -> bool:
    """Whether percentage ``p`` is an end of a from-to pair of percentages («ارتفعت نسبة النجاح من 61%
    عام 2016 إلى 68% عام 2022»): a level that moved, not the rate of another pair of figures."""
    for q in sent:
        if q is p or q.kind != "percent":
            continue
        first, second = sorted((p, q), key=lambda g: g.ns)
        if second.ns - first.ne > 40:
            continue
        if re.search(r"(?:من|from)\s*$", t.norm.text[max(0, first.ns - 8):first.ns], re.IGNORECASE) and \
                _FROM_TO.match(_between(t, first, second)):
            return True
    return False


_MAGHREBI = re.compile(r"(\d+)ر(\d+)")


def fraction_first(g: Fig) -> Fig:
    """``g`` read with its Maghrebi decimal sign «ر» the other way round. The sign is written in both
    orders: «5ر4» = 5.4, but the Tunisian agency's dispatches store the fraction first («2ر14 ألف طن» =
    14.2 thousand tonnes, «9ر10 بالمائة» = 10.9%), so a figure with «ر» has two readings (``g``
    unchanged when it has no «ر»)."""
    m = _MAGHREBI.search(str(g.row.get("text", "")).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    if not m or g.value == 0:
        return g
    plain = float(f"{m.group(1)}.{m.group(2)}")
    if plain == 0:
        return g
    ff = float(f"{m.group(2)}.{m.group(1)}")
    scale = float(_opt(g.row.get("scale")) or 1.0)
    # the other reading than the figures table's (which decides the order per text: ..extract.figures)
    k = plain / ff if ff and math.isclose(g.value, ff * scale, rel_tol=1e-9) and not math.isclose(ff, plain) else ff / plain
    value = g.value * k
    if _opt(g.row.get("approx")):
        return Fig(g.row, g.ns, g.ne, value, g.lo * k, g.hi * k if g.hi != math.inf else g.hi, g.kind, g.unit)
    # the last printed digits of the other reading: the first group when it is now the fraction
    h = 0.5 * 10 ** -len(m.group(1) if k == ff / plain else m.group(2)) * scale
    return Fig(g.row, g.ns, g.ne, value, value - h, value + h, g.kind, g.unit)


def _fraction_first_agrees(a: Fig, b: Fig, p: Fig, falling: bool, change_agrees) -> bool:
    """Whether the rate agrees when every «ر» figure of the three is read fraction first (one text,
    one convention)."""
    a2, b2, p2 = fraction_first(a), fraction_first(b), fraction_first(p)
    if (a2, b2, p2) == (a, b, p) or a2.lo <= 0:
        return False
    ratios = [(y / x - 1) * 100 for x in (a2.lo, a2.hi) for y in (b2.lo, b2.hi) if x > 0 and y != math.inf]
    if not ratios:
        return False
    plo, phi = (-p2.hi, -p2.lo) if falling else (p2.lo, p2.hi)
    return change_agrees(min(ratios), max(ratios), (b2.value / a2.value - 1) * 100, plo, phi)


@detector("arithmetic-growth", "internal")
def arithmetic_growth(facts: Facts) -> list[Finding]:
    """A growth rate that does not follow from the start and end values it is given with."""
    from .change import change_agrees, change_fits  # the change module builds on this one

    out = []
    for t in facts:
        for s0, sent in _sentences(t, figures_of(t)):
            for i, a in enumerate(sent):
                if a.kind == "percent":
                    continue
                head = t.norm.text[max(0, a.ns - 60):a.ns]
                b = next((g for g in sent[i + 1:i + 2] if _pair_compatible(a, g)), None)
                if b is None:
                    continue
                from_a = re.search(r"(?:من|from)\s*(?:\S+\s+){0,1}$", head, re.IGNORECASE)
                if from_a and from_to_gap(_between(t, a, b)):
                    pass
                elif not _compatible(a, b):
                    continue
                elif re.search(r"(?:الي|to)\s*(?:\S+\s+){0,1}$", head, re.IGNORECASE) and _TO_FROM.match(_between(t, a, b)):
                    a, b = b, a  # «ارتفع صافي الربح إلى 630 مليون من 500 مليون»: the end first
                else:
                    continue
                # the verb of this pair is the last one before it («انخفض … من 40 إلى 26، في حين ارتفع … من 38 إلى 41»)
                verb = None
                for verb in re.finditer(rf"(?:{_RISE}|{_FALL})", t.norm.text[max(s0, min(a.ns, b.ns) - 120):min(a.ns, b.ns)],
                                       re.IGNORECASE):
                    pass
                if not verb:
                    continue
                # the rate of this pair: the nearest percentage with no contrast word and no other figure between
                first, second = sorted((a, b), key=lambda g: g.ns)
                pcts = [g for g in sent if g.kind == "percent" and _own_rate(t, sent, first, second, g)]
                if not pcts:
                    continue
                p = min(pcts, key=lambda g: min(abs(g.ns - b.ne), abs(g.ns - a.ne)))
                if a.lo <= 0:
                    continue
                ratios = [(y / x - 1) * 100 for x in (a.lo, a.hi) for y in (b.lo, b.hi) if x > 0 and y != math.inf]
                if not ratios:
                    continue
                lo, hi = min(ratios), max(ratios)
                falling = bool(re.match(rf"(?:{_FALL})", verb.group(), re.IGNORECASE))
                plo, phi = (-p.hi, -p.lo) if falling else (p.lo, p.hi)
                computed = (b.value / a.value - 1) * 100
                if change_agrees(lo, hi, computed, plo, phi):
                    continue
                if _fraction_first_agrees(a, b, p, falling, change_agrees):
                    continue

                slip = scale_slip([a, b], lambda figs: change_fits(*figs, plo, phi)[0])
                if slip:
                    out.append(slip_finding(slip, [a, b, p], "the change between the two amounts"))
                    continue
                out.append(_finding(
                    "arithmetic-growth", "error" if abs(computed - (plo + phi) / 2) > 5 else "warning",
                    f"From {a.row['text'].strip()} to {b.row['text'].strip()} is a change of {computed:+.1f}%, "
                    f"not the stated {p.row['text'].strip()}.",
                    [a, b, p],
                    {"rule": "(end / start - 1) x 100 vs stated rate", "start": _fig_ev(a), "end": _fig_ev(b),
                     "rate": _fig_ev(p), "computed": computed, "computed_interval": [_bound(lo), _bound(hi)],
                     "direction": "fall" if falling else "rise", "tolerance_points": GROWTH_PAD, "slack": SLACK},
                ))
    return out


# --------------------------------------------------------------------------- share of a total

_SHARE_LINK = re.compile(
    rf"(?:^|[\s(،,])(?:{_GLOSS}|يعادل|تعادل|يمثل|تمثل|ما يمثل|وهو ما يمثل|ما نسبته|بنسبه|"
    r"equal to|equals|representing|represents|which is|accounting for)(?=[\s,]|$)",
    re.IGNORECASE,
)


# the word that makes a figure the term of a comparison («مقابل B»، «بالمقارنة مع B»، "against B", "compared with B")
_COMPARED = re.compile(r"(?:^|[\s،,(])(?:مقابل|بالمقارنه\s+(?:مع|ب)|مقارنه\s+(?:مع|ب)|قياسا\s+(?:الي|ب)|against|versus|"
                       r"vs\.?|compared\s+(?:with|to))\s*(?:\S+\s+){0,1}$", re.IGNORECASE)


@detector("arithmetic-share", "internal")
def arithmetic_share(facts: Facts) -> list[Finding]:
    """A value said to be P% of a total that is not P% of it."""
    out = []
    for t in facts:
        for s0, sent in _sentences(t, figures_of(t)):
            for i, p in enumerate(sent):
                if p.kind != "percent":
                    continue
                after = t.norm.text[p.ne:p.ne + 60]
                m = re.match(r"^\s*(?:من|of)\s+", after, re.IGNORECASE)
                if not m:
                    continue
                total = next((g for g in sent[i + 1:] if g.kind != "percent" and g.ns - p.ne <= 50), None)
                # (a colon after «من» and its noun opens a list: «أي 5.9 بالمئة من رأس المال: السعودية 2.5 مليار …»
                # names the whole by its noun, and the list's first amount is a part, not that whole)
                if total is None or re.search(r"[.،,;:؛]", t.norm.text[p.ne:total.ns]):
                    continue
                seen = set()
                for v in sent:
                    if v is total or v is p or not _compatible(v, total):
                        continue
                    if not _SHARE_LINK.search(_between(t, v, p)) or len(_between(t, v, p)) > 60:
                        continue
                    lo, hi = p.lo / 100 * total.lo, p.hi / 100 * total.hi
                    if _COMPARED.search(t.norm.text[max(s0, v.ns - 30):v.ns]):
                        # «بلغت A في 2024، مقابل B في 2023، وهو ما يمثل P% من T»: B is the term of comparison;
                        # the share is said of the head figure A before it
                        head = next((g for g in reversed(sent) if g.ns < v.ns and g is not total
                                     and _compatible(g, total)
                                     and not _COMPARED.search(t.norm.text[max(s0, g.ns - 30):g.ns])), None)
                        if head is None or id(head) in seen:
                            continue
                        v = head
                    seen.add(id(v))
                    if _agree(lo, hi, v.lo, v.hi):
                        continue
                    # another amount of the same list just before («منها A من … وB من …، أي … P% من T»):
                    # the share may be said of it, and it fits
                    # or a count of other things beside it in one clause («نحو 600 ألف شخص على متن 19 ألف زورق، أي
                    # 3.5 بالمائة من السكان»: the people are the share, not the boats)
                    # or a figure between it and the share that the share gives («وأضافت 200 من المهندسين و150 …، فبلغت
                    # وحدتها 1050 جندياً، أي 7.5 بالمئة من 14 ألف جندي»: the share is said of the nearer one)
                    if any(g is not total and v.ne <= g.ns and g.ne <= p.ns and g.kind != "percent"
                           and _compatible(g, total) and _agree(lo, hi, g.lo, g.hi) for g in sent):
                        continue
                    if any(g is not v and g is not total and g.ne <= v.ns and v.ns - g.ne <= 80
                           and _compatible(g, total) and _agree(lo, hi, g.lo, g.hi)
                           and (re.search(r"(?:^|[\s،,])و", _between(t, g, v))
                                or g.kind == v.kind == "count" and g.unit != v.unit
                                and not re.search(r"[،,.;؛:]", _between(t, g, v))) for g in sent):
                        continue
                    computed = p.value / 100 * total.value
                    slip = scale_slip([v, total], lambda figs: _agree(p.lo / 100 * figs[1].lo, p.hi / 100 * figs[1].hi,
                                                                      figs[0].lo, figs[0].hi))
                    if slip:
                        out.append(slip_finding(slip, [v, p, total], "the share of the whole"))
                        continue
                    out.append(_finding(
                        "arithmetic-share", "warning",
                        f"{p.row['text'].strip()} of {total.row['text'].strip()} is {_fmt(computed)}, "
                        f"not {v.row['text'].strip()} ({_fmt(v.value)}).",
                        [v, p, total],
                        {"rule": "share x total vs stated value", "value": _fig_ev(v), "share": _fig_ev(p),
                         "total": _fig_ev(total), "computed": computed, "computed_interval": [_bound(lo), _bound(hi)],
                         "slack": SLACK},
                    ))
    return out


# --------------------------------------------------------------------------- rate of events

_YEAR_UNITS = {"عام": 1.0, "سنه": 1.0, "سنة": 1.0, "year": 1.0, "years": 1.0, "شهر": 1 / 12, "month": 1 / 12,
               "months": 1 / 12, "عقد": 10.0, "decade": 10.0}
_PER_YEAR = re.compile(r"^\s*(?:\S+\s+)?(?:سنويا|في العام|في السنه|كل عام|كل سنه|a year|per year|annually|each year)",
                       re.IGNORECASE)


# «على مدى» is read on the normalised text, where «على» is folded to «علي» and «مدى» to «مدي»: both spellings
_DURING = re.compile(r"(?:^|\s)(?:في|خلال|(?:على|علي)\s+مد[يى]|طوال|over|in|during|within)(?:\s|$)", re.IGNORECASE)


def _per_year(g: Fig) -> bool:
    """Whether a figure is itself a yearly rate («9 مناورات سنوياً», "4 a year", unit ``…/year``)."""
    return g.unit.endswith("/year") or bool(re.search(r"(?:سنويا|a year|per year|annually)$", g.row["text"].strip()))


def _years_of(g: Fig) -> float | None:
    """The duration of a figure in years if it counts years, months or decades."""
    u = g.unit.lower()
    if g.kind == "count" and u in _YEAR_UNITS:
        return _YEAR_UNITS[u]
    return None


@detector("arithmetic-rate", "internal")
def arithmetic_rate(facts: Facts) -> list[Finding]:
    """A yearly rate that does not follow from the number of events and the period it covers."""
    from .averages import _period  # the period adverbs of lang/averages.yml (averages imports this module)

    out = []
    for t in facts:
        for s0, sent in _sentences(t, figures_of(t)):
            for j, k in enumerate(sent):
                per = _years_of(k)
                if per is None:
                    continue
                n = next((g for g in reversed(sent[:j]) if _years_of(g) is None and g.kind in ("count", "number")),
                         None)
                if n is None or k.ns - n.ne > 40 or not _DURING.search(t.norm.text[n.ne:k.ns]):
                    continue
                rate = next((g for g in sent[j + 1:] if g.kind in ("count", "number") and _years_of(g) is None
                             and (_PER_YEAR.match(t.norm.text[g.ne:g.ne + 30]) or _per_year(g)
                                  or re.search(r"بمعدل\s*$|rate of\s*$|average of\s*$", t.norm.text[g.ns - 15:g.ns]))),
                            None)
                if rate is not None and _period(t.norm.text, rate) in ("day", "week", "month"):
                    continue  # «بمعدل 10 قطارات يومياً»: a rate per day, week or month (checks.periodtotals)
                if rate is None:
                    continue
                lo, hi = n.lo / (k.hi * per), n.hi / (k.lo * per) if k.lo > 0 else math.inf
                if _agree(lo, hi, rate.lo, rate.hi, 0.05):
                    continue
                computed = n.value / (k.value * per)
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{n.row['text'].strip()} in {k.row['text'].strip()} is {computed:.2f} a year, "
                    f"not {rate.row['text'].strip()}.",
                    [n, k, rate],
                    {"rule": "events / years vs stated yearly rate", "events": _fig_ev(n), "period": _fig_ev(k),
                     "period_years": k.value * per, "rate": _fig_ev(rate), "computed": computed,
                     "computed_interval": [_bound(lo), _bound(hi)], "slack": 0.05},
                ))
    return out


# --------------------------------------------------------------------------- orders of magnitude
