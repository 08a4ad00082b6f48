"""Events: linking a text's mentions to the gazetteer (:mod:`tahqiq.link.gazetteer`, whose
names are re-exported here).

:func:`link_mentions` finds the aliases of the events in a text's normalised view and gives each
mention the date the text assigns it, taken from ``tf.dates`` within the same sentence. The link
keeps its evidence (the alias, the date row, the distance, the rule) and a ``score`` (0.6 for a
name, 0.5 for an ambiguous one, 0.4 for a description, plus up to 0.4 for a near date). Rules:

* an alias matches whole words, ignoring punctuation between its words and an Arabic proclitic
  (و ف ب ل ك) before it; «…» in an alias is a gap of up to six words;
* overlapping matches: the longest wins (so «التصديق على اتفاقية مكملة», a ratification, beats
  the «اتفاقية مكملة» inside it);
* an alias shared by several events (a series, a place) is *ambiguous*, and a *weak* alias is a
  description («الحرب في أوكرانيا»): both are linked only when the text dates the mention within
  a year of a reference date, to the event whose reference date is nearest;
* the relation of a date to a mention (``date_rel``): ``on`` (the date the text gives the
  event), ``before``/``after``/``since``/``until`` (an order word between them, «قبيل», «بعد»,
  «منذ», or the date's own modifier), ``other`` (the date belongs to another clause: a
  consequence connector between them, «الأمر الذي», «مما», or, for a date after the mention, a
  new clause «، وفي ...») or ``cited`` (the mention sits in a note or a bibliography entry, whose
  date is a publication date). Only ``on`` dates say when the event happened;
* a date goes to the nearest mention of its sentence that can take it (the date stands ``on``
  it and, for a weak or ambiguous alias, falls within a year of a reference date), within
  :data:`MAX_GAP` characters; a year inside an author-year citation is never an event's date.

:func:`dated_statements` keeps the dated facts that no event claims: the subject phrase (the
few content words around a date, in its clause or sentence) and the date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pandas as pd

from ..facts import TextFacts, records_of
from ..text.intervals import ONGOING, human  # noqa: F401  (ONGOING: the end of an event that has not ended)
from ..lang import lexicon, words
from ..segment.sentences import STOP_OR_LINE, enclosing, ends
from ..text.patterns import alt
from ..text.spans import select
from ..text.normtext import fold
from ..text.rows import frame
from ..text.rows import rows as table_rows
from .gazetteer import (  # noqa: F401  (the gazetteer's names, re-exported)
    EVENT_KINDS, PRECISIONS, RELATIONS, Alias, Event, Gazetteer, _WORD, bib_keys, compile_alias, load_events,
)

COLUMNS = (
    "file", "start", "end", "text", "event_id", "alias", "date_start", "date_end", "date_text",
    "date_rel", "score", "evidence",
)
"""Columns of :func:`link_mentions`."""

STATEMENT_COLUMNS = (
    "file", "start", "end", "text", "subject", "date_text", "date_offset", "date_start", "date_end",
    "granularity", "date_rel", "sentence",
)
"""Columns of :func:`dated_statements`: ``start/end/text`` cover the subject words and the date,
``date_offset`` is the raw start of the date expression, ``sentence`` the raw start of its sentence."""


# Dates that can say when an event happened (a year range, a century or a URL's date cannot).
DATE_TYPES = ("date", "month", "day_range", "quarter", "half", "year", "decade", "relative")
MAX_GAP = 150  # normalised characters between a mention and its date
WINDOW_DAYS = 366  # weak and ambiguous aliases: how far the text's date may lie from the reference
CITED_BLOCKS = ("footnote", "endnote", "bibliography")

def _order_re(words: dict) -> re.Pattern:
    """Arabic words (after an optional «و»/«ف») or English words, whole, as one pattern."""
    return re.compile(rf"(?<!\w)[وف]?{alt(fold(w) for w in words['ar'])}(?!\w)|\b{alt(words['en'])}\b", re.I)


# order words («قبيل», after) and consequence connectors («الأمر الذي»): src/tahqiq/lang/order.yml
_ORDER = [(rel, _order_re(ws)) for rel, ws in lexicon("order")["order"].items()]
_CONSEQUENCE = _order_re(lexicon("order")["consequence"])
# a comma and a conjunction opening a new clause with its own time adverbial («، وفي عام ...»)
_NEW_CLAUSE = re.compile(r"[،,]\s*[وف](?:في|خلال|عند|قد|منذ|بعد|قبل)(?!\w)|,\s*(?:and|but|while|whereas)\b", re.I)
_STOP = set(words("stopwords", "statements"))


# --------------------------------------------------------------------------- intervals


def overlaps(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two inclusive ISO intervals share a day (containment included)."""
    return a[0] <= b[1] and b[0] <= a[1]


def gap_days(a: tuple[str, str], b: tuple[str, str]) -> int:
    """Days between two inclusive ISO intervals (0 when they overlap)."""
    if overlaps(a, b):
        return 0
    lo, hi = (a, b) if a[1] < b[0] else (b, a)
    return (date.fromisoformat(hi[0]) - date.fromisoformat(lo[1])).days


format_interval = human
"""«4 February 2022», «since 2022»: :func:`tahqiq.text.intervals.human`."""


# --------------------------------------------------------------------------- linking


@dataclass
class _Mention:
    start: int  # normalised offsets
    end: int
    cands: list[tuple[Event, Alias]]
    sent: tuple[int, int] = (0, 0)


def _sentences(t: str) -> list[int]:
    return ends(t, STOP_OR_LINE)


_sentence_of = enclosing


@lru_cache(maxsize=4096)
def _alias_words(text: str) -> frozenset[str]:
    """The words of an alias as :func:`compile_alias` writes them, case-folded."""
    return frozenset(w.casefold() for p in fold(text).split("…") for w in _WORD.findall(p))


@lru_cache(maxsize=4096)
def _first_word(text: str) -> str:
    """The first word of an alias as :func:`compile_alias` writes it, case-folded: every match of
    the alias's pattern has it where its group ``m`` starts, after at most a two-letter proclitic."""
    return _WORD.findall(fold(text).split("…")[0])[0].casefold()


def alias_matches(al: Alias, t: str, folded: str | None = None) -> list[re.Match]:
    """``al.pattern.finditer(t)``, found from the places of the alias's first word instead of by
    running the pattern over the whole text (the same matches: each one starts at most two
    characters before an occurrence of that word, and is tried there, leftmost first). ``folded``:
    ``t.casefold()``; when folding changes the text's length, the offsets differ and the whole
    text is scanned."""
    folded = t.casefold() if folded is None else folded
    if len(folded) != len(t):
        return list(al.pattern.finditer(t))
    first = _first_word(al.text)
    out: list[re.Match] = []
    last, tried = 0, -1
    q = folded.find(first)
    while q >= 0:
        for s in range(max(last, q - 2, tried + 1), q + 1):
            tried = s
            m = al.pattern.match(t, s)
            if m:
                out.append(m)
                last = m.end()
                break
        q = folded.find(first, q + 1)
    return out


def _find_mentions(t: str, gaz: Gazetteer) -> list[_Mention]:
    found: dict[tuple[int, int], list[tuple[Event, Alias]]] = {}
    folded = t.casefold()
    written: dict[str, bool] = {}  # a word of the aliases -> whether the text has it: each looked for once

    def has(w: str) -> bool:
        got = written.get(w)
        if got is None:
            got = written[w] = w in folded
        return got

    for ev in gaz:
        for al in ev.aliases:
            # an alias matches only where each of its words is written: a substring test spares
            # running the pattern over the whole text for the many aliases a text never names
            if not all(has(w) for w in _alias_words(al.text)):
                continue
            for m in alias_matches(al, t, folded):
                lst = found.setdefault((m.start("m"), m.end("m")), [])
                if all(e.id != ev.id for e, _ in lst):
                    lst.append((ev, al))
    # overlapping matches: the longest wins (a ratification's alias over the treaty's inside it)
    return [_Mention(s, e, cands) for (s, e), cands in select(found.items(), span=lambda kv: kv[0])]


def _dates_norm(tf: TextFacts) -> list[dict]:
    """The text's dates that can date an event, with normalised offsets; years inside an
    author-year citation («(Snyder: 1997)») are the source's, not the event's, and are left out.
    Computed once per text (a dozen detectors ask; kept on its facts while its dates and citations
    are the same tables); each call gets fresh dicts."""
    memo = tf.__dict__.get("_dates_norm_memo")
    if memo is None or memo[0] is not tf.dates or memo[1] is not tf.citations:
        memo = tf.__dict__["_dates_norm_memo"] = (tf.dates, tf.citations, _compute_dates_norm(tf))
    return [dict(d) for d in memo[2]]


def _compute_dates_norm(tf: TextFacts) -> list[dict]:
    spans = [(int(c["start"]), int(c["end"])) for c in records_of(tf, "citations") if c["kind"] == "author_year"]
    rows = []
    for r in table_rows(tf.dates):  # picklable rows: phrases keep them and cross the worker boundary
        if r.type not in DATE_TYPES or not isinstance(r.start_date, str):
            continue
        if any(a <= int(r.start) and int(r.end) <= b for a, b in spans):
            continue
        ns, ne = tf.norm.norm_span(int(r.start), int(r.end))
        rows.append({"ns": ns, "ne": ne, "row": r})
    return rows


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def birth_before(t: str, ns: int) -> int | None:
    """Where the word of birth governing the date at ``ns`` of the normalised text starts, if one does
    («شو إن لاي، المولود عام 1898»: a person's birth, on no event the sentence names)."""
    from ..extract.dates import patterns as P

    P.ensure()
    born = P.BIRTH_BEFORE.search(t, max(0, ns - 40), ns)
    return None if born is None else born.start()


def _relation(t: str, m: _Mention, d: dict, others: list[_Mention]) -> str:
    """How a date relates to a mention of the same sentence (see the module docstring)."""
    mod = d["row"].modifier if isinstance(d["row"].modifier, str) else ""
    for rel in ("since", "after", "before", "until"):
        if mod.startswith(rel):
            return rel
    after = d["ns"] >= m.end
    born = birth_before(t, d["ns"])
    if born is not None and not born <= m.start < d["ns"]:
        return "other"
    lo, hi = (m.end, d["ns"]) if after else (d["ne"], m.start)
    # the gap, with other mentions and the order word just before each of them blanked out:
    # in «DATE وقبيل بدء X، أصدر ... Y» the «قبيل» relates the date to X, not to Y.
    chars = list(t[lo:hi])
    for o in others:
        if o is m or o.end <= lo or o.start >= hi:
            continue
        a = max(lo, o.start - 20)
        pre = t[a:o.start]
        cut = len(pre)
        for _, rx in _ORDER:
            for om in rx.finditer(pre):
                if len(_WORD.findall(pre[om.end():])) <= 1:
                    cut = min(cut, om.start())
        for i in range(max(lo, a + cut), min(hi, o.end)):
            chars[i - lo] = " "
    gap = "".join(chars)
    if _CONSEQUENCE.search(gap) or (after and _NEW_CLAUSE.search(gap)):
        return "other"
    for rel, rx in _ORDER:
        if rx.search(gap):
            return rel
    return "on"


def _cited_spans(tf: TextFacts) -> list[tuple[int, int]]:
    """The raw spans of the text's notes and bibliography blocks, once per blocks table (kept on its facts)."""
    memo = tf.__dict__.get("_cited_spans_memo")
    if memo is None or memo[0] is not tf.blocks:
        cited = [(int(r["start"]), int(r["end"])) for r in records_of(tf, "blocks") if r["kind"] in CITED_BLOCKS]
        memo = tf.__dict__["_cited_spans_memo"] = (tf.blocks, sorted(cited))
    return list(memo[1])


def _window_ok(m: _Mention, d: dict, gaz: Gazetteer) -> bool:
    """Whether a date can identify a weak or ambiguous mention (strong ones take any date)."""
    if _kind(m, gaz) == "strong":
        return True
    when = (d["row"].start_date, d["row"].end_date)
    return any(gap_days(when, (e.start, e.end)) <= WINDOW_DAYS for e, _ in m.cands)


def _kind(m: _Mention, gaz: Gazetteer) -> str:
    if len(m.cands) == 1 and not m.cands[0][1].weak and not gaz.is_ambiguous(m.cands[0][1]):
        return "strong"
    return "weak" if all(a.weak for _, a in m.cands) else "ambiguous"


def link_mentions(tf: TextFacts, events: Gazetteer) -> pd.DataFrame:
    """Every mention of a gazetteer event in the text, with the date the text gives it
    (columns :data:`COLUMNS`, sorted by start; offsets into the raw text).

    A date of the sentence within :data:`MAX_GAP` characters goes to the nearest mention that
    can take it: a mention takes a date when the date stands ``on`` it (no order word or
    consequence between them) and, for a weak or ambiguous alias, lies within a year of a
    reference date. Each mention keeps the nearest date it was given or, failing that, the
    nearest date related to it by an order word (``before``, ``after``, ...), which is never
    compared but tells the chronology."""
    t = tf.norm.text
    bounds = _sentences(t)
    mentions = _find_mentions(t, events)
    dates = _dates_norm(tf)
    cited = _cited_spans(tf)
    for m in mentions:
        m.sent = _sentence_of(bounds, len(t), m.start)
    by_sent: dict[tuple[int, int], list[_Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    # (mention, date) -> (distance, relation, acceptable)
    pairs: dict[tuple[int, int], tuple[int, str, bool]] = {}
    near: dict[int, list[int]] = {}
    by_start = sorted(range(len(dates)), key=lambda di: (dates[di]["ns"], di))
    starts = [dates[di]["ns"] for di in by_start]
    for mi, m in enumerate(mentions):
        rs = tf.norm.raw_span(m.start, m.end)[0]
        in_note = any(a <= rs < b for a, b in cited)
        # only the dates of the mention's sentence (by bisection, not a scan of every date)
        for di in by_start[bisect_left(starts, m.sent[0]):bisect_left(starts, m.sent[1])]:
            d = dates[di]
            dist = _dist((m.start, m.end), (d["ns"], d["ne"]))
            if dist > MAX_GAP:
                continue
            rel = "cited" if in_note else _relation(t, m, d, by_sent[m.sent])
            pairs[mi, di] = (dist, rel, rel in ("on", "cited") and _window_ok(m, d, events))
            near.setdefault(mi, []).append(di)
    # for each date, the mentions that can take it, nearest first: a mention is given a date
    # unless another mention that can take it stands nearer
    takers: dict[int, list[tuple[int, int]]] = {}
    for (oi, di), (dist, _, ok) in pairs.items():
        if ok:
            takers.setdefault(di, []).append((dist, oi))
    for lst in takers.values():
        lst.sort()

    def nearer_other(mi: int, di: int) -> bool:
        d = pairs[mi, di][0]
        return any(dist < d for dist, oi in takers.get(di, [])[:2] if oi != mi)

    rows = []
    for mi, m in enumerate(mentions):
        options = sorted(near.get(mi, []), key=lambda di: (pairs[mi, di][0], dates[di]["ns"]))
        given = [di for di in options if pairs[mi, di][2] and not nearer_other(mi, di)]
        # failing a date of its own, the nearest date related to it by an order word («قبيل X»)
        chosen = given[0] if given else next((di for di in options if pairs[mi, di][1] not in ("on", "cited")), None)
        row = _link_row(tf, events, m, dates[chosen] if chosen is not None else None,
                        pairs[mi, chosen] if chosen is not None else None)
        if row is not None:
            rows.append(row)
    return frame(rows, COLUMNS, by=itemgetter("start", "event_id"))


def _link_row(tf: TextFacts, gaz: Gazetteer, m: _Mention, d: dict | None, pair) -> dict | None:
    """The row of one mention, or None when a weak or ambiguous alias cannot be resolved."""
    kind = _kind(m, gaz)
    alts = sorted(e.id for e, _ in m.cands)
    dist, rel = (pair[0], pair[1]) if pair else (None, None)
    if kind == "strong":
        ev, al = m.cands[0]
    else:
        if d is None or not pair[2]:
            return None
        when = (d["row"].start_date, d["row"].end_date)
        ev, al = min(m.cands, key=lambda ea: (gap_days(when, (ea[0].start, ea[0].end)), ea[1].weak, ea[0].start))
    score = {"strong": 0.6, "ambiguous": 0.5, "weak": 0.4}[kind]
    if d is not None:
        score += 0.4 * (1 - dist / MAX_GAP)
    drow = d["row"] if d is not None else None
    rs, re_ = tf.norm.raw_span(m.start, m.end)
    evidence = {
        "rule": "alias in normalised text; nearest date of the sentence that stands on the mention",
        "alias": al.text,
        "alias_kind": kind,
        "alternatives": [a for a in alts if a != ev.id],
        "sentence": list(tf.norm.raw_span(*m.sent)),
        "distance": dist,
        "date": None if drow is None else {
            "start": int(drow.start), "end": int(drow.end), "text": drow.text, "type": drow.type,
            "granularity": drow.granularity,
            "modifier": drow.modifier if isinstance(drow.modifier, str) else None,
        },
        "reference": {"start": ev.start, "end": ev.end, "precision": ev.precision, "source": ev.source},
    }
    return {
        "file": tf.file, "start": rs, "end": re_, "text": tf.raw[rs:re_], "event_id": ev.id, "alias": al.text,
        "date_start": None if drow is None else drow.start_date,
        "date_end": None if drow is None else drow.end_date,
        "date_text": None if drow is None else drow.text,
        "date_rel": rel, "score": round(score, 3), "evidence": evidence,
    }


# --------------------------------------------------------------------------- dated statements


def dated_statements(tf: TextFacts, links: pd.DataFrame, width: int = 4) -> pd.DataFrame:
    """Dated facts that no gazetteer event claims: for each date expression not attached to a
    linked mention, the subject phrase and the date. Columns :data:`STATEMENT_COLUMNS`.

    The subject phrase is up to ``width`` content words before and after the date within its
    clause (between commas, colons, brackets), or within its sentence when the clause has fewer
    than two; folded, lower-cased, without function words and numbers. ``date_rel`` is ``on``,
    the date's modifier (``since``, ``after``, ...), or ``cited`` in a note or a bibliography
    entry. ``sentence`` is the raw offset where the sentence starts: dates of one sentence are
    items of one statement (an enumeration), not rival dates of one fact. ``links`` are the
    text's event links (:func:`link_mentions`), whose dates are claimed already."""
    used = {int(d["date"]["start"]) for d in links["evidence"] if d and d.get("date")} if len(links) else set()
    t = tf.norm.text
    bounds = _sentences(t)
    cited = _cited_spans(tf)
    rows = []
    for d in _dates_norm(tf):
        r = d["row"]
        if int(r.start) in used:
            continue
        s0, s1 = _sentence_of(bounds, len(t), d["ns"])
        words = _around(t, d, (s0, s1), width)
        if not words:
            continue
        ns, ne = min(words[0].start(), d["ns"]), max(words[-1].end(), d["ne"])
        rs, re_ = tf.norm.raw_span(ns, ne)
        mod = r.modifier if isinstance(r.modifier, str) else ""
        rel = next((x for x in ("since", "after", "before", "until") if mod.startswith(x)), "on")
        if any(a <= int(r.start) < b for a, b in cited):
            rel = "cited"
        rows.append({
            "file": tf.file, "start": rs, "end": re_, "text": tf.raw[rs:re_],
            "subject": " ".join(w.group().lower() for w in words), "date_text": r.text, "date_offset": int(r.start),
            "date_start": r.start_date, "date_end": r.end_date, "granularity": r.granularity, "date_rel": rel,
            "sentence": tf.norm.raw_span(s0, s1)[0],
        })
    return frame(rows, STATEMENT_COLUMNS, by=itemgetter("start", "date_offset"))


_CLAUSE_END = re.compile(r"[،,؛;:()\[\]\"]")


def _around(t: str, d: dict, sent: tuple[int, int], width: int) -> list[re.Match]:
    """Content words around a date: in its clause, or in its sentence if the clause has few."""
    c0 = max([m.end() for m in _CLAUSE_END.finditer(t, sent[0], d["ns"])], default=sent[0])
    c1 = next((m.start() for m in _CLAUSE_END.finditer(t, d["ne"], sent[1])), sent[1])
    if c0 > sent[0] and t[c0 - 1] == "(" and t[c1:c1 + 1] == ")" and not _WORD.search(t, c0, d["ns"]) \
            and not _WORD.search(t, d["ne"], c1):
        # a date alone in brackets dates the phrase the bracket follows, back to its clause's start:
        # «البيان المشترك (مايو 1956)، ثم التأميم (يوليو 1956)»
        p0 = max([m.end() for m in _CLAUSE_END.finditer(t, sent[0], c0 - 1)], default=sent[0])
        before = [w for w in _WORD.finditer(t, p0, c0 - 1) if _content(w.group())][-width:]
        if before:
            return before
    for lo, hi in ((c0, c1), sent):
        before = [w for w in _WORD.finditer(t, lo, d["ns"]) if _content(w.group())][-width:]
        after = [w for w in _WORD.finditer(t, d["ne"], hi) if _content(w.group())][:width]
        if len(before) + len(after) >= 2:
            return before + after
    return before + after


def _content(w: str) -> bool:
    return not any(c.isdigit() for c in w) and w.lower() not in _STOP and len(w) > 1
