"""Magnitudes no noun can have (findings of kind ``arithmetic-magnitude``, a warning).

``arithmetic-implausible``
    A population larger than its kind of place can hold: «مدينة صغيرة … يبلغ عدد سكانها نحو 14
    مليون نسمة» (a scale word slipped: 14,000), «قرية يقطنها 2 مليون نسمة»، or any population over the
    world's. The place is the settlement noun of ``lang/plausible.yml`` nearest before the population
    word in its sentence («سكانها»، «يقطنها»، "its population") when a relative («التي»، «الذي»)
    opens it, else the sentence's first (its subject); a sentence that names a larger place («البلاد»،
    «المحافظة», "the country") before the population is left alone. The population is the count of people within six words
    after it. The caps are generous (a village up to 300,000, a small city up to two million): only a
    slip of a scale word reaches them.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from .. import lang
from ..facts import Facts
from ..review.findings import Finding
from ..text.normtext import fold
from . import detector
from .arithmetic import _fig_ev, _finding, _fmt, figures_of
from ..text.spans import last_mark
from ..text.patterns import spaced

FAMILY = "arithmetic"
_REACH = 6


_alt = partial(spaced, fold=fold)  # longest first; a blank matches any white space


@lru_cache(maxsize=1)
def _lex():
    lex = lang.lexicon("plausible")
    caps = {fold(k).casefold(): float(v) for k, v in lex["settlements"].items()}
    places = re.compile(rf"(?<!\w)(?P<place>{_alt([*lex['settlements'], *lang.words('plausible', 'larger')])})(?!\w)",
                        re.I)
    cue = re.compile(rf"(?<!\w)(?:{_alt(lang.words('plausible', 'population_cues'))})(?!\w)", re.I)
    units = {fold(u).casefold() for u in lang.words("plausible", "population_units")}
    return caps, places, cue, units, float(lex["world"])


@detector("arithmetic-implausible", "internal")
def arithmetic_implausible(facts: Facts) -> list[Finding]:
    """A population larger than its kind of place (a village, a town, a small city) can hold."""
    caps, places, cue, units, world = _lex()
    out = []
    for t in facts:
        text = t.norm.text
        for g in figures_of(t):
            after = re.match(r"\s*(\w+)", text[g.ne:g.ne + 30])
            people = (g.kind == "count" and fold(g.unit or "").casefold() in units
                      or g.kind == "number" and after is not None and fold(after.group(1)).casefold() in units)
            if not people or g.lo <= 0:
                continue
            start = last_mark(text, ".!?؟\n", g.ns)
            c = None
            for c in cue.finditer(text, start + 1, g.ns):
                pass
            if c is None or len(re.findall(r"\w+", text[c.end():g.ns])) > _REACH:
                cap, place = world, None
            else:
                ps = list(places.finditer(text, start + 1, c.end()))
                if any(fold(p.group("place")).casefold() not in caps for p in ps):
                    continue  # a country, a province … in the sentence: whose population is unclear
                # «… مدينة X التي يبلغ عدد سكانها»: the nearest place; else the sentence's first (its subject)
                rel = re.search(r"(?<!\w)(?:التي|الذي|اللتي|which|whose)(?!\w)(?:\s+\w+){0,3}\s*$",
                                text[start + 1:c.start()])
                p = (ps[-1] if rel else ps[0]) if ps else None
                place = p.group("place") if p else None
                cap = min(caps[fold(place).casefold()], world) if place else world
            if g.lo <= cap:
                continue
            what = f"a {place}" if place else "any place on earth"
            out.append(_finding(
                "arithmetic-magnitude", "warning",
                f"{g.row['text'].strip()} is more people than {what} can hold (at most {_fmt(cap)}): "
                f"a scale word slipped?",
                [g],
                {"rule": "a population vs the largest its kind of place can have", "population": _fig_ev(g),
                 "place": place, "cap": cap},
            ))
    return out
