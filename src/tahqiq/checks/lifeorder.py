"""A date ordered against a person's death or birth, which the text gives as a lifetime: «ظل رئيساً
لها حتى استقالته عام 2002، قبل وفاته بعام» after «الأب يوسف عون (1921-2003)».

``life-order`` (findings of kind ``order-word-contradiction``)
    The grammar: a dated mention Y, then (a comma at most between) «قبل»/«بعد» + the verbal noun of
    a death or birth with a pronoun («وفاته»، «وفاتها»، «رحيله»، «ميلاده»، «ولادتها») and, if given,
    the lapse with «بـ» («بعام»، «بعامين»، «بثلاث سنوات»). The person's death (birth) year is the
    nearest lifetime in brackets before it in the text («(1921-2003)», two years 15 to 110 apart, not
    a spell of office: :func:`.ages._lifetimes`). A finding when Y lies on the wrong side of that
    year, or, with a lapse stated in years, when the years differ from the lapse by more than one.
    A text with no lifetime before the phrase is left alone (the person's death is not dated).
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..text.intervals import year_of
from . import UNORDERED_FORMS, detector
from .ages import _lifetimes
from .chronology import POINT_TYPES, dated_mentions, raw_span

NAME = "life-order"
KIND = "order-word-contradiction"
_AL = r"\u0621-\u064A"
_REACH = 3000
_PHRASE = re.compile(
    rf"^\s*[،,]?\s*(?P<ow>قبل|بعد)\s+(?P<ev>(?:وفات|رحيل)(?:ه|ها)|(?:ميلاد|ولادت|مولد)(?:ه|ها))"
    rf"(?:\s+ب(?P<lapse>عام|سنه|عامين|سنتين|[{_AL}]+\s+(?:سنوات|اعوام|اعوام|سنه|عاما)|\d{{1,3}}\s+(?:سنوات|اعوام|سنه|عاما)))?"
    rf"(?![{_AL}])")


def _lapse(s: str | None) -> int | None:
    from ..extract.numerals import words_value

    if s is None:
        return None
    if s in ("عام", "سنه"):
        return 1
    if s in ("عامين", "سنتين"):
        return 2
    num = s.split()[0]
    if num.isdigit():
        return int(num)
    hit = words_value(num)
    return hit[0] if hit and not hit[1] else None


def _findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    lives = _lifetimes(tf)
    if not lives:
        return []
    out = []
    for y in dated_mentions(tf, POINT_TYPES):
        if y.modifier is not None or y.type == "relative":
            continue
        m = _PHRASE.match(text[y.nend:y.nend + 60])
        if m is None:
            continue
        prior = [(b, d) for b, d in lives if b.nend <= y.nstart and y.nstart - b.nend <= _REACH]
        if not prior:
            continue
        born, died = prior[-1]
        death = m.group("ev").startswith(("وفات", "رحيل"))
        ref = year_of(died.start_date) if death else year_of(born.start_date)
        yy = year_of(y.start_date)
        before = m.group("ow") == "قبل"
        n = _lapse(m.group("lapse"))
        wrong_side = yy > ref if before else yy < ref
        off = n is not None and abs(abs(ref - yy) - n) > 1
        if not (wrong_side or off):
            continue
        s, e = y.nend + m.start("ow"), y.nend + m.end()
        ref_m = died if death else born
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"«{raw_span(tf, s, e).text}» puts {yy} {'before' if before else 'after'} a "
                     f"{'death' if death else 'birth'} the text dates {ref}"
                     + (f", {n} year(s) apart" if n is not None else "") + "."),
            spans=[raw_span(tf, y.nstart, y.nend), raw_span(tf, s, e), raw_span(tf, ref_m.nstart, ref_m.nend)],
            evidence={"rule": "a date ordered against a person's death or birth given as a lifetime in brackets",
                      "order_word": m.group("ow"), "date": yy, "reference": ref, "lapse": n},
        ))
    return out


@detector(NAME)
def life_order(facts: Facts) -> list[Finding]:
    """A date ordered against a death or birth («عام 2002، قبل وفاته بعام») the text gives as a lifetime."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
