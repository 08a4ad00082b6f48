"""Scale words absurd for their noun (findings of kind ``arithmetic-magnitude``, a warning).

``arithmetic-scale-cap``
    A magnitude no instance of its noun reaches, so that a scale word (ألف، مليون، مليار، تريليون) or a
    unit must have slipped: an amount of money for one person (per capita, a salary) in the millions of
    dollars, the price of a barrel of oil in the thousands, ten million troops or more, a city of a
    million km², one country's population over one and a half billion. The nouns and caps are in
    ``lang/scalecaps.yml``; the cue must stand within a few words before the figure (or, for a price,
    right after it: «80 ألف دولار للبرميل», "$80,000 a barrel"); money is compared in US dollars at
    the reference rates (an amount in a currency with no rate is left alone). Measures and counts capped
    by what they measure (``noun_caps``: the height of a landform or structure, the mass of a sack, the
    books of a library) are read the same way.

``arithmetic-scale-floor``
    A measure smaller than any instance of its noun, so that a unit must have slipped: a railway, a pipeline,
    a road, a canal or a border «162 متراً» long (kilometres). The nouns, cues and floors are
    ``noun_floors`` of ``lang/scalecaps.yml``, read as ``noun_caps`` are; a bridge, a tunnel or an extension
    in the sentence leaves it alone.

``arithmetic-scale-twice``
    The same quantity printed twice with two scale words: the same noun before both, the same digits,
    the same unit, a thousand (or a million) apart («موازنة 2024 … 12 مليار دينار … موازنة 2024 البالغة
    12 مليون دينار»). Two currencies, two estimates and two different figures of one noun differ in
    their digits or unit and are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from .. import lang
from ..facts import Facts
from ..review.findings import Finding
from ..text.normtext import fold
from . import detector
from .arithmetic import Fig, _fig_ev, _finding, _fmt, _opt, figures_of
from ..text.spans import first_mark, last_mark
from ..text.patterns import spaced

FAMILY = "arithmetic"
_REACH = 7  # words between a cue and its figure


_alt = partial(spaced, fold=fold)  # longest first; a blank matches any white space


def _cue(ws) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:لل|[وفبل]ال|[وفبل]|ال)?(?:{_alt(ws)})(?!\w)", re.I)


@lru_cache(maxsize=1)
def _lex():
    lex = lang.lexicon("scalecaps")
    places = {fold(k).casefold(): float(v) for k, v in lex["area_places"].items()}
    return {
        "person": _cue(lex["per_person"]), "person_cap": float(lex["per_person_cap"]),
        "barrel": _cue(lex["barrel"]), "barrel_cap": float(lex["barrel_cap"]),
        "troops": {fold(w).casefold() for w in lex["troops"]}, "troops_cap": float(lex["troops_cap"]),
        "area": _cue(lex["area_cues"]), "places": places,
        "place_re": re.compile(rf"(?<!\w)(?:{_alt(lex['area_places'])})(?!\w)", re.I),
        "area_any": float(lex["area_any"]),
        "pop": _cue(lex["population_cues"]), "pop_skip": _cue(lex["population_skip"]),
        "country_cap": float(lex["country_cap"]),
        "day_person": re.compile(rf"^\s*(?:{_alt(lex['per_person_day'])})(?!\w)", re.I),
        "day_person_cap": {k: float(v) for k, v in lex["per_person_day_cap"].items()},
        "noun_caps": [{"what": c["what"], "quantity": c["quantity"], "cap": float(c["cap"]), "reach": int(c.get("reach", _REACH)),
                       "cues": _cue(c["cues"]), "nouns": _cue(c["nouns"]) if c.get("nouns") else None,
                       "skip": _cue(c["skip"]) if c.get("skip") else None,
                       "units": {fold(u).casefold() for u in c.get("units", ())}}
                      for c in lex.get("noun_caps", ())],
        "noun_floors": [{"what": c["what"], "quantity": c["quantity"], "floor": float(c["floor"]),
                         "reach": int(c.get("reach", _REACH)), "cues": _cue(c["cues"]), "nouns": _cue(c["nouns"]),
                         "skip": _cue(c["skip"]) if c.get("skip") else None} for c in lex.get("noun_floors", ())],
    }


def _noun_cap(text: str, g: Fig, lex) -> tuple[float, float, str] | None:
    """A cap of ``noun_caps`` (lang/scalecaps.yml) that applies to ``g``: (its value in the cap's base unit,
    the cap, what it is), or None."""
    from .shares import UNIT_BASE

    start = last_mark(text, ".!?؟\n؛;", g.ns)
    end = first_mark(text, ".!?؟\n؛;", g.ne)
    end = len(text) if end < 0 else end
    for c in lex["noun_caps"]:
        if c["quantity"] == "count":
            if g.kind != "count" or fold(g.unit or "").casefold() not in c["units"]:
                continue
            low = g.lo
        else:
            base = UNIT_BASE.get((g.unit or "").partition("/")[0]) if g.kind == "measure" and "/" not in (g.unit or "") else None
            if base is None or base[0] != c["quantity"]:
                continue
            low = g.lo * base[1]
        if not _near_before(text, c["cues"], g, c["reach"]):
            continue
        if c["nouns"] is not None and not c["nouns"].search(text, start + 1, g.ns):
            continue
        if c["skip"] is not None and c["skip"].search(text, start + 1, end):
            continue
        unit = {"length": "m", "mass": "kg", "volume": "m³"}.get(c["quantity"])
        return low, c["cap"], f"{c['what']} (in {unit})" if unit else c["what"]
    return None


def _near_before(text: str, rx: re.Pattern, g: Fig, reach: int = _REACH) -> re.Match | None:
    """The last match of ``rx`` in the clause before ``g`` within ``reach`` words."""
    start = last_mark(text, ".!?؟\n؛;", g.ns)
    m = None
    for m in rx.finditer(text, start + 1, g.ns):
        pass
    if m is None or len(re.findall(r"\w+", text[m.end():g.ns])) > reach:
        return None
    return m


def _usd(facts: Facts, g: Fig) -> float | None:
    if g.kind != "money":
        return None
    rate = 1.0 if g.unit == "USD" else facts.reference.usd_per.get(g.unit)
    return None if rate is None else g.lo * rate


def _cap_of(facts: Facts, t, g: Fig, lex) -> tuple[float, float, str] | None:
    """(the figure's lower bound in the cap's measure, the cap, what it is) or None."""
    text = t.norm.text
    after = text[g.ne:g.ne + 25]
    if g.kind == "money":
        usd = _usd(facts, g)
        if usd is None:
            return None
        if _near_before(text, lex["person"], g, 5) or re.match(r"^\s*(?:لكل فرد|للفرد|per capita|per person|a head)", after, re.I):
            return usd, lex["person_cap"], "an amount for one person"
        cue = _near_before(text, lex["barrel"], g, 4)
        if cue is not None and any(0 <= cue.start() - f.ne <= 2 and f.kind == "money" for f in figures_of(t)):
            cue = None  # «بسعر 75 دولاراً للبرميل تبلغ قيمتها 13.14 مليار دولار»: the price before the cue is the barrel's
        if cue is not None or lex["barrel"].match(after.strip()):
            return usd, lex["barrel_cap"], "the price of a barrel of oil"
        return None
    if g.kind == "measure" and lex["day_person"].match(after if "/" not in g.unit else text[g.ne:g.ne + 40]):
        from .shares import UNIT_BASE  # «250 مترا مكعبا للفرد يوميا»: a unit slipped (litres)

        quantity, k = UNIT_BASE.get(g.unit.partition("/")[0], (None, 1.0))
        if quantity in lex["day_person_cap"]:
            base = {"volume": "m³", "mass": "kg"}.get(quantity, "")
            return g.lo * k, lex["day_person_cap"][quantity], f"the {quantity} ({base}) one person uses in a day"
        return None
    if g.kind == "count" and fold(g.unit or "").casefold() in lex["troops"]:
        return g.lo, lex["troops_cap"], "the troops of one state"
    if g.kind == "measure" and g.unit == "km2":
        m = _near_before(text, lex["area"], g)
        if not m:
            return g.lo, lex["area_any"], "any area on earth's land"
        start = last_mark(text, ".!?؟\n؛;", g.ns)
        ps = list(lex["place_re"].finditer(text, start + 1, g.ns))
        place = fold(ps[-1].group()).casefold() if ps else None
        cap = lex["places"].get(place, lex["area_any"]) if place else lex["area_any"]
        return g.lo, cap, f"the area of a {place}" if place else "any area on earth's land"
    if g.kind in ("count", "number") and _opt(g.row.get("scale")):
        m = _near_before(text, lex["pop"], g, 4)
        if not m:
            return _noun_cap(text, g, lex)
        start = last_mark(text, ".!?؟\n؛;", g.ns)
        between = text[m.start():g.ns]
        if lex["pop_skip"].search(text, start + 1, g.ns) or re.search(r"\sو(?:ال)?\w{3,}\s", between) \
                or re.search(r"(?<!\w)(?:and)(?!\w)", between, re.I):
            return None
        return g.lo, lex["country_cap"], "the population of one country"
    return _noun_cap(text, g, lex)


@detector("arithmetic-scale-cap", "internal")
def arithmetic_scale_cap(facts: Facts) -> list[Finding]:
    """A magnitude its noun cannot reach (per capita, a barrel's price, troops, an area, a country's people)."""
    lex = _lex()
    out = []
    for t in facts:
        for g in figures_of(t):
            got = _cap_of(facts, t, g, lex)
            if got is None:
                continue
            low, cap, what = got
            if low <= cap:
                continue
            out.append(_finding(
                "arithmetic-magnitude", "warning",
                f"{g.row['text'].strip()} is more than {what} can be (at most about {_fmt(cap)}): a scale word slipped?",
                [g],
                {"rule": "a magnitude vs the largest its noun can have (lang/scalecaps.yml)", "figure": _fig_ev(g),
                 "measure": what, "value_in_cap_measure": low, "cap": cap},
            ))
    return out


def _noun_floor(text: str, g: Fig, lex) -> tuple[float, float, str] | None:
    """A floor of ``noun_floors`` (lang/scalecaps.yml) that applies to ``g``: (its value in the floor's base
    unit, the floor, what it is), or None: a measure of the floor's quantity with a cue within its reach
    before it, one of the nouns before it in its sentence and none of the skipped words in the sentence."""
    from .shares import UNIT_BASE

    if g.kind != "measure" or "/" in (g.unit or "") or _opt(g.row.get("approx")):
        return None
    base = UNIT_BASE.get(g.unit or "")
    start = last_mark(text, ".!?؟\n؛;", g.ns)
    end = first_mark(text, ".!?؟\n؛;", g.ne)
    end = len(text) if end < 0 else end
    for c in lex["noun_floors"]:
        if base is None or base[0] != c["quantity"]:
            continue
        if not _near_before(text, c["cues"], g, c["reach"]) or not c["nouns"].search(text, start + 1, g.ns):
            continue
        if c["skip"] is not None and c["skip"].search(text, start + 1, end):
            continue
        return g.hi * base[1], c["floor"], c["what"]
    return None


@detector("arithmetic-scale-floor", "internal")
def arithmetic_scale_floor(facts: Facts) -> list[Finding]:
    """A measure smaller than its noun can be (a railway of 162 metres: a unit slipped from kilometres)."""
    lex = _lex()
    out = []
    for t in facts:
        text = t.norm.text
        for g in figures_of(t):
            got = _noun_floor(text, g, lex)
            if got is None or got[0] >= got[1]:
                continue
            high, floor, what = got
            out.append(_finding(
                "arithmetic-magnitude", "warning",
                f"{g.row['text'].strip()} is less than {what} can be (at least about {_fmt(floor)} m): a unit slipped?",
                [g],
                {"rule": "a magnitude vs the smallest its noun can have (lang/scalecaps.yml)", "figure": _fig_ev(g),
                 "measure": what, "value_in_floor_measure": high, "floor": floor},
            ))
    return out


_STOP = {"في", "من", "الي", "علي", "عن", "مع", "بنحو", "نحو", "حوالي", "قرابه", "بلغ", "بلغت", "البالغ", "البالغه",
         "التي", "الذي", "ان", "او", "عام", "العام", "سنه", "مليون", "مليار", "الف", "تريليون", "دولار", "وقدرت", "قدرت"}


def _nouns(text: str, g: Fig) -> set[str]:
    """The content words of the clause just before a figure (up to five), without clitics."""
    start = last_mark(text, ".!?؟\n؛;،,(", g.ns)
    words = re.findall(r"[\u0621-\u064A]{3,}|[a-z]{4,}", text[start + 1:g.ns].casefold())[-5:]
    out = set()
    for w in words:
        w = re.sub(r"^(?:و|ف|ب|ل)?(?:ال)?", "", w) if len(w) > 5 else w
        if w not in _STOP and len(w) >= 4:
            out.add(w)
    return out


def _mantissa(g: Fig) -> tuple[float, float] | None:
    scale = _opt(g.row.get("scale"))
    if not scale or float(scale) < 1e3:
        return None
    return round(g.value / float(scale), 6), float(scale)


@detector("arithmetic-scale-twice", "internal")
def arithmetic_scale_twice(facts: Facts) -> list[Finding]:
    """One quantity printed twice, the same digits and noun, with two scale words."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = [(g, _mantissa(g)) for g in figures_of(t) if g.kind in ("money", "count", "measure")]
        figs = [(g, m) for g, m in figs if m is not None]
        for i, (a, ma) in enumerate(figs):
            for b, mb in figs[i + 1:]:
                if a.kind != b.kind or a.unit != b.unit or ma[0] != mb[0] or ma[1] == mb[1]:
                    continue
                shared = _nouns(text, a) & _nouns(text, b)
                if not shared:
                    continue
                out.append(_finding(
                    "arithmetic-magnitude", "warning",
                    f"{a.row['text'].strip()} and {b.row['text'].strip()} give the same quantity with two scale "
                    f"words ({_fmt(a.value)} vs {_fmt(b.value)}).",
                    [a, b],
                    {"rule": "the same noun, digits and unit with two scale words", "first": _fig_ev(a),
                     "second": _fig_ev(b), "shared_words": sorted(shared)},
                ))
    return out
