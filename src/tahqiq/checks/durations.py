"""Durations: a stated length of time against the start and end years the text gives for it.

«استمرت الحرب خمس سنوات، من 1950 إلى 1953» states five years and gives three. The rule reads a
duration (a cue that makes a number of years a length of time: «استمرت»، «لمدة»، «خلال»، «على مدى»،
"lasted", "for", "over"; then a number in digits or words and a year unit, or a dual «عامين»)
and a span of two years (from/«من» … to/«إلى»/«حتى», between/«بين» … and/«و», or «1950-1953») in
the same sentence, or in the next one when the sentence has none. A finding (kind
``duration-mismatch``, a warning) is raised when the stated number differs from the span's
difference by more than one year (one year of slack: «من 2018 إلى 2023» is five or six years as
one counts the ends). An approximated number («أكثر من»، «نحو»، "about", "more than") is left
alone, and so is a span running backwards or longer than two centuries. The words are in
``lang/durations.yml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from ..segment.sentences import sentences
from . import detector

KIND = "duration-mismatch"
SLACK = 1
MAX_SPAN = 200
MAX_NUMBER_WORDS = 3
UNORDERED_FORMS = frozenset({"pdf-scrambled"})


def _alt(ws) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import lexicon, words

    w = lambda k: words("durations", k)  # noqa: E731
    en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()}
    units, duals = _alt(w("units")), _alt(w("duals"))
    cue = rf"(?<!\w)(?:{_alt(w('cues'))})\s+"
    num = rf"(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,{MAX_NUMBER_WORDS - 1}}}?)"
    duration = re.compile(rf"{cue}(?:(?P<dual>{duals})|{num}\s+(?P<unit>{units}))(?!\w)", re.I)
    yw = rf"(?:(?:{_alt(w('year_words'))})(?:ي)?\s+)?"
    year = r"(?P<{}>[12]\d{{3}})(?!\d)"
    span = re.compile(
        rf"(?<!\w)(?:(?:{_alt(w('span_from'))})\s+(?:[^\s\d]+\s+){{0,4}}?{yw}{year.format('a')}\s*[،,]?\s*"
        rf"(?:{_alt(w('span_to'))})\s+{yw}{year.format('b')}"
        rf"|(?:{_alt(w('span_between'))})\s+(?:\S+\s+)?{yw}{year.format('c')}\s+(?:{_alt(w('span_and'))})\s*"
        rf"{yw}{year.format('d')}"
        rf"|{year.format('e')}\s*[-–—/]\s*{year.format('f')})", re.I)
    approx = re.compile(rf"(?<!\w)(?:{_alt(w('approximators'))})\s*$", re.I)
    return duration, span, approx, en


def _number(s: str, en: dict) -> tuple[int, int] | None:
    """The value of the number ending ``s`` (digits, English or Arabic words) and how many
    characters from the end it takes."""
    from ..extract.numerals import words_value

    if s.isdigit():
        return int(s), len(s)
    toks = s.split()
    for k in range(len(toks)):  # the longest suffix that reads as a number
        tail = " ".join(toks[k:])
        if tail.lower() in en:
            return en[tail.lower()], len(tail)
        hit = words_value(tail)
        if hit and not hit[1]:
            return hit[0], len(tail)
    return None


def find_durations(t: str) -> list[dict]:
    """Stated durations with the span of years they are set against: ``years, a, b, start, end,
    span_start, span_end`` (offsets in ``t``)."""
    duration, span, approx, en = _patterns()
    sents = [s for par in re.finditer(r"[^\n]+", t) for s in sentences(par.group(), par.start())]
    out = []
    for i, (ss, se) in enumerate(sents):
        for m in duration.finditer(t, ss, se):
            if m.group("dual"):
                n, nstart = 2, m.start("dual")
            else:
                v = _number(m.group("num"), en)
                if v is None:
                    continue
                n, nstart = v[0], m.end("num") - v[1]
            if approx.search(t, 0, nstart) or n <= 0:
                continue
            found = None
            nxt = sents[i + 1] if i + 1 < len(sents) and "\n" not in t[se:sents[i + 1][0]] else (se, se)
            for a, b in ((ss, se), nxt):
                hits = [h for h in span.finditer(t, a, b) if not (h.start() < m.end() and m.start() < h.end())]
                if hits:
                    found = min(hits, key=lambda h: abs(h.start() - m.start()))
                    break
            if found is None:
                continue
            y = [int(g) for g in found.groups() if g]
            ya, yb = y[0], y[1]
            if not 0 < yb - ya <= MAX_SPAN or abs((yb - ya) - n) <= SLACK:
                continue
            out.append({"years": n, "a": ya, "b": yb, "start": nstart, "end": m.end(),
                        "span_start": found.start(), "span_end": found.end()})
    return out


@detector(KIND, "internal")
def duration_mismatch(facts: Facts) -> list[Finding]:
    """A stated duration («استمرت خمس سنوات») against the years of its own span («من 1950 إلى 1953»)."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out


def _findings(tf: TextFacts) -> list[Finding]:
    out = []
    for d in find_durations(tf.norm.text):
        spans = []
        for s, e in ((d["start"], d["end"]), (d["span_start"], d["span_end"])):
            rs, re_ = tf.norm.raw_span(s, e)
            spans.append(Span(tf.file, rs, re_, tf.raw[rs:re_]))
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"The text states {d['years']} years («{spans[0].text}») but gives {d['a']} to {d['b']} "
                     f"(«{spans[1].text}»): {d['b'] - d['a']} years."),
            spans=spans,
            evidence={"rule": "a stated duration against the difference of the span's years, one year of slack",
                      "stated": d["years"], "from": d["a"], "to": d["b"]},
        ))
    return out
