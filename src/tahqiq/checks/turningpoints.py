"""Periods: one turning point placed in two different centuries in two places of one work.

«مع دخول القرن العشرين تحولت العلاقات … نحو الشراكة» and, pages later, «في بداية القرن الحادي
والعشرين تحولت العلاقات … نحو الشراكة» date one turn twice, a hundred years apart. The facts are
the century phrases of ``tf.dates`` (type ``century``) that name the *start* of a century — the
phrase itself or the words just before it say so («بداية»، «مطلع»، «دخول»، «أوائل»، «بدايات»، "the
beginning of", "the start of", "the turn of", "the dawn of", "early in", "the entry into") — and the
content words of what happens then: up to :data:`WINDOW` content words of the phrase's sentence
after it and before it. Two such phrases in different sentences, naming different centuries, are
one turning point placed twice when what happens shares at least :data:`MIN_SHARED` distinctive
words (words found in at most :data:`COMMON_SHARE` of the text's sentences, century words
excluded) with a Jaccard similarity of at least :data:`MIN_JACCARD`; or when their two sentences,
read whole, tell the same story: they share at least :data:`WIDE_MIN_SHARED` rare words (words of
at most :data:`RARE_SHARE` of the text's sentences, and of at least one sentence besides: «التفرد»،
«الحرب الباردة», not «العلاقات»). An author who writes the turn twice often words the turn
itself differently and keeps its story. The finding (kind ``period-mismatch``, a warning) quotes
both phrases.
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts, per_text, records_of
from ..review.findings import Finding, Span
from . import detector
from .textevents import _base
from ..text.intervals import year_text

KIND = "period-mismatch"
WINDOW = 8
MIN_SHARED = 3
MIN_JACCARD = 0.4
COMMON_SHARE = 0.2
WIDE_MIN_SHARED = 4
RARE_SHARE = 0.025
"""A rare word stands in at most this share of the text's sentences (and never fewer than three)."""

_START = re.compile(
    r"(?<!\w)(?:[وفب]?(?:بدايه|بدايات|مطلع|دخول|اوائل|مستهل|فجر|بزوغ|مع دخول|مع بدايه|مع مطلع))(?!\w)"
    r"|\b(?:beginning|start|turn|dawn|outset|early|entry|onset)\b",
    re.I,
)
_CENTURY_WORDS = re.compile(
    r"(?<!\w)(?:ال)?(?:قرن|عشرين|حادي|الحادي|والعشرين|تاسع|عشر|ثامن|century|centuries|twentieth|"
    r"twenty|first|nineteenth|eighteenth|th|st|nd)(?!\w)", re.I)


# --------------------------------------------------------------------------- accessors


def _centuries(tf: TextFacts):
    if tf.dates is None:
        return []
    return [dict(r) for r in records_of(tf, "dates") if r["type"] == "century"]


def _sentence_bounds(tf: TextFacts):
    from ..link.events import _sentence_of, _sentences

    t = tf.norm.text
    bounds = _sentences(t)
    return lambda pos: _sentence_of(bounds, len(t), pos)


def _content(w: str) -> bool:
    from ..link.events import _content as content

    return content(w) and not _CENTURY_WORDS.fullmatch(w)


# --------------------------------------------------------------------------- rule


def _starts(tf: TextFacts) -> list[dict]:
    """Century phrases that name a century's start, with the content words of their sentence."""
    t = tf.norm.text
    sent_of = _sentence_bounds(tf)
    out = []
    for r in _centuries(tf):
        ns, ne = tf.norm.norm_span(int(r["start"]), int(r["end"]))
        before = t[max(0, ns - 20):ns]
        if not (_START.search(t[ns:ne]) or _START.search(before.split("،")[-1].split(",")[-1])):
            continue
        s0, s1 = sent_of(ns)
        after = [m.group() for m in re.finditer(r"\w+", t[ne:s1]) if _content(m.group())][:WINDOW]
        prior = [m.group() for m in re.finditer(r"\w+", t[s0:ns]) if _content(m.group())][-WINDOW // 2:]
        whole = {_base(m.group()) for m in re.finditer(r"\w+", t[s0:s1]) if _content(m.group())}
        out.append({"row": r, "ns": ns, "ne": ne, "sent": (s0, s1), "words": {_base(w) for w in after + prior},
                    "sentence": whole})
    return out


@per_text  # (read for the common words and the rare ones)
def _counts(tf: TextFacts) -> tuple[dict[str, int], int]:
    """Each word's number of sentences in the text, and the number of sentences."""
    t = tf.norm.text
    from ..link.events import _sentences

    bounds = [0] + _sentences(t) + [len(t)]
    sents = [t[a:b] for a, b in zip(bounds, bounds[1:]) if t[a:b].strip()]
    counts: dict[str, int] = {}
    for s in sents:
        for w in {_base(m.group()) for m in re.finditer(r"\w+", s)}:
            counts[w] = counts.get(w, 0) + 1
    return counts, max(1, len(sents))


def _common(tf: TextFacts) -> set[str]:
    counts, n = _counts(tf)
    return {w for w, c in counts.items() if c > COMMON_SHARE * n and c > 2}


def _rare(tf: TextFacts) -> set[str]:
    counts, n = _counts(tf)
    return {w for w, c in counts.items() if c <= max(3, RARE_SHARE * n)}


@detector("turning-point-century", "internal")
def turning_point_century(facts: Facts) -> list[Finding]:
    """One turning point (the same change) placed at the start of two different centuries."""
    out = []
    for tf in facts:
        starts = _starts(tf)
        if len(starts) < 2:
            continue
        common, rare = _common(tf), _rare(tf)
        for i, a in enumerate(starts):
            for b in starts[i + 1:]:
                if a["sent"] == b["sent"] or a["row"]["start_date"] == b["row"]["start_date"]:
                    continue
                wa, wb = a["words"] - common, b["words"] - common
                shared = wa & wb
                near = len(shared) >= MIN_SHARED and len(shared) / len(wa | wb) >= MIN_JACCARD
                story = a["sentence"] & b["sentence"] & rare
                if not near and len(story) < WIDE_MIN_SHARED:
                    continue
                if not near:
                    shared = story
                spans = [Span.of(a["row"]), Span.of(b["row"])]
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"The same turn («{' '.join(sorted(shared))}») is placed at «{spans[0].text.strip()}» "
                             f"and at «{spans[1].text.strip()}», a century apart."),
                    spans=spans,
                    evidence={"rule": "the start of two different centuries for one change (shared words of what happens)"
                                      if near else "the start of two different centuries in two sentences telling "
                                                   "one story (shared rare words)",
                              "shared_words": sorted(shared),
                              "centuries": [year_text(a["row"]["start_date"]), year_text(b["row"]["start_date"])]},
                ))
    return out
