"""Translation artefacts between a text's Arabic and English versions (an abstract and its
translation, a bilingual front matter), complementing :mod:`tahqiq.checks.bilingual`.

``translation-year-word``
    In Arabic «عام» is both the noun "a year" and the word that introduces a year number («بعد عام
    2022» = "after 2022"). Read as the noun, «بعد عام 2022» becomes "a year later in 2022" and
    «منذ عام 2016» "a year ago in 2016": the translation now says something else. The rule finds,
    in the English text, "a year" with an order word (later, after, ago, before, earlier, since)
    next to a year number, and in the Arabic text of the same document the order word with «عام»
    and the same year number (بعد، عقب ↔ later/after; منذ ↔ ago/since; قبل ↔ before/earlier). Both
    places are quoted; the finding is a ``warning`` of kind ``bilingual-mismatch``.
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector

KIND = "bilingual-mismatch"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
# "a year later in 2022", "a year later, in 2022", "a year ago in 2016", "after a year in 2022"
_EN = re.compile(
    rf"\b(?:an?|one)\s+year\s+(?P<w1>later|after|afterwards|ago|before|earlier|since)\b[\s,]*(?:in|of|from)?\s*{_YEAR}\b"
    rf"|\b(?P<w2>after|since|before)\s+(?:an?|one)\s+year\b[\s,]*(?:in|of|from)?\s*(?P<year2>1[6-9]\d\d|20\d\d)\b",
    re.I,
)
_AR = re.compile(r"(?<!\w)[وف]?(?P<w>بعد|عقب|منذ|قبل)\s+(?:عام|العام|سنه|السنه)\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d)")
_SENSE = {"later": "after", "after": "after", "afterwards": "after", "ago": "since", "since": "since",
          "before": "before", "earlier": "before", "بعد": "after", "عقب": "after", "منذ": "since", "قبل": "before"}


# --------------------------------------------------------------------------- accessors


def _text(tf: TextFacts) -> str:
    """The normalised text (Arabic folded, Eastern digits ASCII); offsets map back with ``tf.norm``."""
    return tf.norm.text


def _span(tf: TextFacts, a: int, b: int) -> Span:
    rs, re_ = tf.norm.raw_span(a, b)
    return Span(tf.file, rs, re_, tf.raw[rs:re_])


@detector("translation-year-word", "internal")
def translation_year_word(facts: Facts) -> list[Finding]:
    """«بعد عام 2022» translated "a year later in 2022": عام read as "a year"."""
    out = []
    for tf in facts:
        t = _text(tf)
        arabic: dict[tuple[str, str], re.Match] = {}
        for m in _AR.finditer(t):
            arabic.setdefault((_SENSE[m.group("w")], m.group("year")), m)
        if not arabic:
            continue
        for m in _EN.finditer(t):
            word = (m.group("w1") or m.group("w2")).lower()
            year = m.group("year") or m.group("year2")
            ar = arabic.get((_SENSE[word], year))
            if ar is None:
                continue
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"The English «{m.group(0)}» reads «{ar.group(0)}» as “a year” {word}: the Arabic says "
                         f"{_SENSE[word]} {year}, the English a one-year interval."),
                spans=[_span(tf, ar.start(), ar.end()), _span(tf, m.start(), m.end())],
                evidence={"rule": "عام before a year number translated as the noun 'a year'",
                          "arabic": ar.group(0), "english": m.group(0), "year": int(year), "sense": _SENSE[word]},
            ))
    return out
