"""A future tense dated before the text's own present: «أعلنت اللجنة أن الدورة المقبلة ستقام في
أكتوبر 2024» in a text written in November 2025.

``future-past-date`` (findings of kind ``order-word-contradiction``)
    The grammar: the future prefix «س» on the imperfect of a verb of a scheduled event («ستقام»،
    «سيبدأ»، «ستنطلق»: ``lang/future.yml`` ``stems``), or «سوف» before it, then, within four words
    and no comma or clause break, the date it governs (a day, month or year with no relation word
    of its own). The future looks forward from the time of writing: the date must not lie wholly
    before the text's present year (:func:`.appositions.present_year`: a dateline, the publication
    date). A sentence with an explicit date before the verb is a plan reported at that date
    («وكان قد أعلن عام 2019 أن الدورة ستقام عام 2020») and is left alone, as is a text with no
    present of its own, and a date in the present year (the month may have come already).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from . import UNORDERED_FORMS, detector
from .appositions import present_year
from .chronology import POINT_TYPES, dated_mentions, raw_span

NAME = "future-past-date"
KIND = "order-word-contradiction"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_REACH = 4


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    from ..lang import words
    from .durations import _alt

    stems = _alt(words("future", "stems"))
    fut = _alt(words("future", "future"))
    return re.compile(rf"(?<![{_AL}])[وف]?(?:س(?:{stems})|(?:{fut})\s+(?:{stems}))(?![{_AL}])")


def _findings(tf: TextFacts) -> list[Finding]:
    now = present_year(tf)
    if now is None:
        return []
    text = tf.norm.text
    points = [x for x in dated_mentions(tf, POINT_TYPES) if x.modifier is None and x.type != "relative"]
    out = []
    for ps, _, sents in line_sentences(text):
        for ss, se in sents:
            for m in _verb().finditer(text, ss, se):
                if any(ss <= x.nstart and x.nend <= m.start() for x in points):
                    continue
                y = next((x for x in points if m.end() <= x.nstart < se), None)
                if y is None:
                    continue
                lead = text[m.end():y.nstart]
                if len(_WORD.findall(lead)) > _REACH or re.search(r"[،,;؛:.()\n]", lead):
                    continue
                if year_of(y.end_date) >= now or ps < 200 and y.nstart < 200 and ss == ps == 0:
                    continue
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"«{raw_span(tf, m.start(), m.end()).text}» puts in the future a date "
                             f"({y.start_date[:10]}) before the text's own year ({now})."),
                    spans=[raw_span(tf, m.start(), m.end()), raw_span(tf, y.nstart, y.nend)],
                    evidence={"rule": "a verb in the future tense governing a date before the text's present",
                              "order_word": raw_span(tf, m.start(), m.end()).text, "present": now,
                              "later": {"text": raw_span(tf, y.nstart, y.nend).text, "date": y.start_date[:10]}},
                ))
    return out


@detector(NAME)
def future_past_date(facts: Facts) -> list[Finding]:
    """A verb in the future tense («ستقام») governing a date before the text's own year."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
