"""``period-mismatch`` for a period explained by the clause after it: «في سبعينيات القرن العشرين،
إذ بُنيت … عام 1974»، «إلى القرن السابع عشر على الأقل، إذ تذكر وثيقة مؤرخة سنة 1680»، «تراجعت في
ثمانينيات القرن العشرين، فانخفض … من 30 عام 1982 إلى 9 عام 1989».

``period-clause``
    A decade, century or millennium phrase, a comma within a few words after it, and a clause
    opened by an explanatory or consequential word (``lang/periodclauses.yml`` ``openers``: «إذ»،
    «حيث»، «فقد»; or «ف» glued to a verb, «فانخفض»، «فتراجع»; ``as``, ``since`` … in English) that
    gives dates as its evidence: when every plain date of that clause (no since/until/before/after
    of its own or before it, up to the sentence end, a semicolon, an order word or a new time frame;
    at most twenty words) lies more than a year outside the period, the clause contradicts it (a
    ``warning``, kind ``period-mismatch``). A date inside the period — or a year from the other
    convention of counting decades and centuries — leaves the clause alone: a clause counting from a
    baseline before the period («في الثمانينيات، فانخفض من 30 عام 1979 إلى 9 عام 1989») is fine.
    Texts whose word order was scrambled by extraction are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..text.intervals import year_of
from ..text.spans import held_by, starting_in
from . import detector, per_ordered_text
from .chronology import _ORDER_RE, POINT_TYPES, dated_mentions, sentence_spans
from .periods import _AFTER_CUE, _BEFORE_CUE, _NEW_FRAME, _distance, _period_span, _periods
from ..text.patterns import spaced as _alt

NAME = "period-clause"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_LEAD_WORDS = 4  # words between the period and the comma
_REACH = 20  # words of the clause
_SLACK = 1  # the other convention of counting decades and centuries


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    from ..lang import words

    ws = _alt(words("periodclauses", "openers"))
    glued = _alt(words("periodclauses", "glued_verb_heads"))
    return re.compile(
        rf"\s*[,،]\s*(?:(?:{ws})(?![{_AL}A-Za-z])|ف(?=(?:{glued})[{_AL}]{{3,}}))", re.I)


def _clause(text: str, p_end: int, s_end: int) -> tuple[int, int] | None:
    """The explanatory clause after a period: (start, end) in the normalised text, or None."""
    rest = text[p_end:s_end]
    comma = re.search(r"[,،؛;]", rest)
    if comma is None or rest[comma.start()] in "؛;":
        return None
    lead = rest[:comma.start()]
    if len(_WORD.findall(lead)) > _LEAD_WORDS or _ORDER_RE.search(lead) or "\n" in lead:
        return None
    m = _opener().match(rest, comma.start())
    if m is None:
        return None
    start = p_end + m.end()
    end = s_end
    stop = re.search(r"[؛;:()]", text[start:s_end])
    if stop:
        end = start + stop.start()
    toks = list(_WORD.finditer(text, start, end))
    if len(toks) > _REACH:
        end = toks[_REACH - 1].end()
    return start, end


def _plain(text: str, clause_start: int, y) -> bool:
    """A date of the clause without a relation of its own or an after/before cue before it."""
    if y.modifier:
        return False
    lead = text[clause_start:y.nstart]
    return not (_AFTER_CUE.search(lead) or _BEFORE_CUE.search(lead))


def _findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    periods = _periods(tf)
    points = [y for y in dated_mentions(tf, POINT_TYPES)]
    out = []
    for s, e in sentence_spans(text):
        for p in held_by(periods, s, e):
            cl = _clause(text, p.nend, e)
            if cl is None:
                continue
            cs, ce = cl
            # the clause ends at a sequence word, a new time frame or another period phrase
            ce = min((q.nstart for q in starting_in(periods, cs, ce)), default=ce)
            ys = []
            for y in held_by(points, cs, ce):
                lead = text[cs:y.nstart]
                if _ORDER_RE.search(lead) or _NEW_FRAME.search(lead):
                    break
                ys.append(y)
            ys = [y for y in ys if _plain(text, cs, y)]
            if not ys:
                continue
            ds = [_distance(p, y) for y in ys]
            if min(ds) <= _SLACK:
                continue
            y = ys[ds.index(min(ds))]
            ps, ysp = _period_span(tf, p), y.span
            yr = f"{year_of(y.start_date)}" + ("" if year_of(y.start_date) == year_of(y.end_date)
                                               else f"..{year_of(y.end_date)}")
            out.append(Finding(
                kind="period-mismatch",
                severity="warning",
                message=(f"«{ps.text}» ({p.start_year}..{p.end_year}) is explained by a clause whose dates all lie "
                         f"outside it: «{ysp.text}» ({yr}) is {min(ds)} years away."),
                spans=sorted([ps, ysp], key=lambda sp: sp.start),
                evidence={
                    "rule": "a period phrase explained by the clause after it («، إذ …»، «، فانخفض …»); every plain "
                            "date of the clause lies outside the phrase's interval",
                    "period": {"text": ps.text, "first_year": p.start_year, "last_year": p.end_year,
                               "modifier": p.modifier},
                    "year": {"text": ysp.text, "start": y.start_date, "end": y.end_date},
                    "distance_years": min(ds),
                    "shape": "clause",
                    "dates": len(ys),
                },
            ))
    return out


@detector(NAME)
def period_clause(facts: Facts) -> list[Finding]:
    """A period phrase explained by a clause whose every date lies outside it."""
    return per_ordered_text(_findings)(facts)
