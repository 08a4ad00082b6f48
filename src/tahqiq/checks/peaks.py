"""A peak dated against the series it tops (``series-peak``, findings of kind ``event-date-conflict``).

«وتوزعت التسليمات على ست سنوات: 160 عربة عام 2020، و320 عام 2021، و380 عام 2022، و250 عام 2023. وبذلك بلغت
الذروة عام 2022 …»: a series of yearly values (three or more, each a number with the year after it: «N عام Y»،
«N في Y»، "N in Y", joined by commas or «و») names its own peak and its trough; a peak («الذروة»، «ذروته»،
«أعلى مستوى»، "peaked", "the peak") or a trough («أدنى مستوى»، "the low") dated in the same sentence or the next
one, to a year of the series, must be the year of its highest (or lowest) value. The peak is the series' one
highest value (a tie names no peak); a year outside the series is left alone (another time).
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from . import detector, per_ordered_text
from .chronology import raw_span

KIND = "event-date-conflict"
FAMILY = "events"
_AL = r"\u0621-\u064A"

# one value of a series and its year: «380 عام 2022»، «و320 عام 2021»، «1.2 مليون طن في 2019»، "410 in 2018"
_POINT = re.compile(rf"(?<![\d.,])(?P<v>\d+(?:[.,]\d+)?)(?:\s+(?:[{_AL}A-Za-z]+)){{0,3}}?\s+"
                    rf"(?:عام|العام|سنه|في|خلال|in)\s+(?P<y>(?:1[89]|20)\d{{2}})(?!\d)", re.I)
# (a comma or «و», and a few words of the change: «، إلى 1400 عام 2022»، «، ثم تراجع إلى 1800 عام 2024»)
_JOINT = re.compile(rf"^\s*(?:[,،]|(?<![{_AL}])و|\band\b)\s*(?:و?[{_AL}A-Za-z]+\s+){{0,3}}?(?:و|and\s+)?$", re.I)
_PEAK = re.compile(rf"(?<![{_AL}])(?:ب|و|ف)?(?:(?P<hi>الذروه|ذروته|ذروتها|ذروتهم|ذروتهما|اعلي\s+مستوي|اعلي\s+مستوياته|"
                   rf"اعلي\s+مستوياتها|اقصي\s+مستوي|peaked|the\s+peak|its\s+peak|its\s+highest)|"
                   rf"(?P<lo>ادني\s+مستوي|ادني\s+مستوياته|ادني\s+مستوياتها|the\s+low|its\s+lowest))(?![{_AL}])"
                   rf"(?:[^.؛;\n\d]{{0,25}}?)(?:عام|العام|سنه|في|in)\s+(?P<y>(?:1[89]|20)\d{{2}})(?!\d)", re.I)
MIN_POINTS = 3


def _series(text: str, a: int, b: int) -> list[re.Match]:
    """The longest run of values with their years in ``text[a:b]``, each joined to the one before."""
    best: list[re.Match] = []
    run: list[re.Match] = []
    for m in _POINT.finditer(text, a, b):
        if run and (len(text[run[-1].end():m.start()]) > 30 or not _JOINT.match(text[run[-1].end():m.start()])):
            best = max(best, run, key=len)
            run = []
        run.append(m)
    return max(best, run, key=len)


def _value(m: re.Match) -> float:
    return float(m.group("v").replace(",", "."))


def _findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    out = []
    sents = [s for _, _, line in line_sentences(text) for s in line]
    for i, (ss, se) in enumerate(sents):
        run = _series(text, ss, se)
        if len(run) < MIN_POINTS or len({m.group("y") for m in run}) != len(run):
            continue
        # the peak in the rest of the sentence or in the next one
        end = sents[i + 1][1] if i + 1 < len(sents) else se
        for p in _PEAK.finditer(text, run[-1].end(), end):
            y = p.group("y")
            if y not in {m.group("y") for m in run}:
                continue
            pick = max if p.group("hi") else min
            top = pick(_value(m) for m in run)
            tops = [m for m in run if _value(m) == top]
            if len(tops) != 1 or tops[0].group("y") == y:
                continue
            t = tops[0]
            word = "peak" if p.group("hi") else "trough"
            out.append(Finding(
                kind=KIND, severity="warning",
                message=(f"The text dates the {word} of its series to {y}, but the series it gives has its "
                         f"{'highest' if p.group('hi') else 'lowest'} value in {t.group('y')} "
                         f"({t.group('v')})."),
                spans=[raw_span(tf, t.start(), t.end()), raw_span(tf, p.start(), p.end())],
                evidence={"rule": "a peak or a trough dated against the series of yearly values it tops",
                          "stated_year": int(y), "series_year": int(t.group("y")),
                          "series": [{"value": m.group("v"), "year": int(m.group("y"))} for m in run]},
            ))
    return out


@detector("series-peak")
def series_peak(facts: Facts) -> list[Finding]:
    """A peak or a trough («بلغت الذروة عام 2022») dated to another year than the series it tops gives."""
    return per_ordered_text(_findings)(facts)
