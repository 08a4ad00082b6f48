"""``anniversary-date`` (findings of kind ``event-date-conflict``): a yearly anniversary kept on
another day than the event the text dates.

«وتحتفل البلدة في 12 نيسان من كل عام بذكرى ميلاده»، «يُحيي الاتحاد ذكرى تأسيسه في 3 أيار»: an
anniversary («ذكرى» + the verbal noun of an event: ميلاد، وفاة، تأسيس، استقلال …, ``lang/order.yml``
``verbal_nouns``) with a day and month and no year of its own is the event's day. The event is the
nearest mention before it of the same group, a verb or a verbal noun («وُلد … يوم الأحد 12 نيسان
1931»، «تأسس الاتحاد في 3 أيار 1950») with a date to the day standing on it (same sentence,
within :data:`MAX_GAP` characters, no order word between), within :data:`REACH` characters;
when the anniversary names the event's object («ذكرى تأسيس الاتحاد»), the event's sentence must
name it too. A different day or month is a finding. «ذكرى» with a year («الذكرى الخمسين عام
2000») or without a day is a date of the celebration, not of the event, and is left alone. Of
several days near «ذكرى», the one in apposition right before it («من 19 يونيو إلى 25 فبراير، ذكرى
تولي الحكم») is the anniversary's.
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector
from ..extract.dates import from_string
from .verbnouns import group_of, tells

MAX_GAP = 60
REACH = 3000
_WORD = re.compile(r"[\u0621-\u064A]+")
_REMEMBRANCE = re.compile(r"(?<![\u0621-\u064A])(?:[وفبل]|بال|وب|لل|ال)?(?:ذكري|ذكرا)(?![\u0621-\u064A])")
_YEAR = re.compile(r"\d{4}")


def _day_dates(tf: TextFacts) -> list[dict]:
    from .textevents import _dates

    return [d for d in _dates(tf) if d["row"].granularity == "day" and d["row"].type in ("date", "datetime")]


def _md(d: dict) -> str:
    return str(d["row"].start_date)[5:10]


_RECURRING_DAY = None


def _recurring_days(t: str) -> list[dict]:
    """Days and months made yearly («في 18 آذار من كل عام»، «في 20 شباط سنوياً»): the date
    extractor gives them no row (they are no one day), but they are an anniversary's day."""
    global _RECURRING_DAY
    from types import SimpleNamespace

    from ..extract.dates import patterns as P

    if _RECURRING_DAY is None:
        P.MONTHS_AR or from_string("", "plain")  # the lexicons load with the extractor
        names = sorted(P.MONTHS_AR, key=len, reverse=True)
        _RECURRING_DAY = re.compile(
            r"(?<![\d.,])(?P<d>[12]\d|3[01]|0?[1-9])[^\S\n]+(?P<mon>"
            + "|".join(re.escape(n).replace(r"\ ", r"[^\S\n]+") for n in names) + r")(?![\u0621-\u064A])")
    out = []
    for m in _RECURRING_DAY.finditer(t):
        if not P.RECURRING_AFTER.match(t, m.end()):
            continue
        mon = P.MONTHS_AR[re.sub(r"\s+", " ", m.group("mon"))]
        row = SimpleNamespace(start_date=f"2000-{mon:02d}-{int(m.group('d')):02d}", granularity="day", type="date")
        out.append({"ns": m.start(), "ne": m.end(), "row": row})
    return out


def _told(tf: TextFacts, t: str, group: str, before: int, obj: str | None, dates: list[dict]):
    """The nearest mention of ``group`` before ``before`` with a full date on it: (token, date)."""
    from ..link.events import _sentence_of, _sentences
    from .textevents import _base, _relation

    bounds = _sentences(t)
    best = None
    for m in _WORD.finditer(t, max(0, before - REACH), before):
        if not tells(m.group(), group):
            continue
        sent = _sentence_of(bounds, len(t), m.start())
        if obj and obj not in {_base(w.group()) for w in _WORD.finditer(t, *sent)}:
            continue
        cands = [d for d in dates if sent[0] <= d["ns"] < sent[1] and d["ne"] <= before
                 and _YEAR.search(t, d["ns"], d["ne"])
                 and max(0, d["ns"] - m.end(), m.start() - d["ne"]) <= MAX_GAP
                 and _relation(t, m.start(), m.end(), d) == "on"]
        if cands:
            best = (m, min(cands, key=lambda d: abs(d["ns"] - m.start())))
    return best


def _span(tf: TextFacts, s: int, e: int) -> Span:
    rs, re_ = tf.norm.raw_span(s, e)
    return Span(tf.file, rs, re_, tf.raw[rs:re_])


@detector("anniversary-date")
def anniversary_date(facts: Facts) -> list[Finding]:
    """A yearly anniversary kept on another day than the event the text dates."""
    from ..link.events import _sentence_of, _sentences
    from .textevents import _base

    out = []
    for tf in facts:
        if tf.doc.form == "pdf-scrambled":
            continue
        t = tf.norm.text
        dates = sorted(_day_dates(tf) + _recurring_days(t), key=lambda d: d["ns"])
        if len(dates) < 2:
            continue
        bounds = _sentences(t)
        for r in _REMEMBRANCE.finditer(t):
            nxt = list(_WORD.finditer(t, r.end(), min(len(t), r.end() + 40)))[:3]
            if not nxt:
                continue
            group = group_of(t, nxt[0].start(), nxt[-1].end(), words=2)
            if group is None:
                continue
            k = next(i for i, w in enumerate(nxt) if group_of(t, w.start(), w.end(), words=1))
            obj = _base(nxt[k + 1].group()) if k + 1 < len(nxt) and len(_base(nxt[k + 1].group())) >= 3 \
                and not re.search(r"[،,.؛\n]", t[nxt[k].end():nxt[k + 1].start()]) else None
            sent = _sentence_of(bounds, len(t), r.start())
            own = [d for d in dates if sent[0] <= d["ns"] < sent[1] and not _YEAR.search(t, d["ns"], d["ne"])
                   and max(0, d["ns"] - nxt[k].end(), r.start() - d["ne"]) <= MAX_GAP]
            # «نُقل الاحتفال من 19 يونيو إلى 25 فبراير، ذكرى تولي …»: the day in apposition right before
            # «ذكرى» is the anniversary's, whatever other days the sentence gives
            apposed = [d for d in own if d["ne"] <= r.start() and re.fullmatch(r"\s*[،,]\s*", t[d["ne"]:r.start()])]
            if len(own) > 1 and len(apposed) == 1:
                own = apposed
            if len(own) != 1 or any(_YEAR.search(t, d["ns"], d["ne"]) for d in dates if sent[0] <= d["ns"] < sent[1]
                                    and max(0, d["ns"] - nxt[k].end(), r.start() - d["ne"]) <= MAX_GAP):
                continue
            told = _told(tf, t, group, min(r.start(), own[0]["ns"]), obj, dates)
            if told is None or _md(told[1]) == _md(own[0]):
                continue
            tm, td = told
            a = _span(tf, min(tm.start(), td["ns"]), max(tm.end(), td["ne"]))
            b = _span(tf, min(r.start(), own[0]["ns"]), max(nxt[k].end(), own[0]["ne"]))
            out.append(Finding(
                kind="event-date-conflict",
                severity="warning",
                message=(f"The text dates the {group} «{a.text}» on {td['row'].start_date}, but keeps its "
                         f"anniversary on another day: «{b.text}»."),
                spans=[a, b],
                evidence={"rule": "a yearly anniversary («ذكرى» + a verbal noun) on a day and month that are not "
                                  "those of the event the text dates before",
                          "group": group, "event_date": str(td["row"].start_date), "anniversary": _md(own[0])},
            ))
    return out
