"""Event dates: one event given two dates, in one text or across works, and against the gazetteer.

The facts are the links of :func:`tahqiq.link.events.link_mentions`: a mention of a gazetteer event
with the date its sentence gives it. Only dates that stand ``on`` the mention are compared (not
«قبيل X», «منذ X», a note's publication date, nor a date of another clause), and only links
scoring at least :data:`MIN_SCORE`. Two dates contradict each other when their intervals do not
overlap: «May 2024» and «16 May 2024» agree, «4 February 2022» and «24 February 2022» do not;
two dates that both fall within a multi-day or ongoing event (a war, an exercise) agree.
Signing and ratification, or a statement and an invasion, are different events of the gazetteer,
so their dates are never compared. Severity: ``error`` when both dates name a day, ``warning``
when one of them names only a month, a year or a decade.

Dated statements that no event claims (:func:`tahqiq.link.events.dated_statements`) are compared too,
more cautiously: two statements with a precise date (a day or a month), in different sentences,
are one fact when their subject phrases share at least :data:`MIN_SHARED` distinctive words
with a Jaccard similarity of at least :data:`MIN_JACCARD`; a conflict between them is a warning.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import pandas as pd

from ..text.normtext import fold
from ..facts import Facts, TextFacts, per_text, records_of
from ..review.findings import Finding, Span
from ..link.events import Event, Gazetteer, format_interval, overlaps
from . import detector
from ..text.intervals import year_of, year_text

MIN_SCORE = 0.55
# unlinked statements: the same fact when their subject phrases share this many distinctive words
# (words in at most COMMON_SHARE of all statements) with at least this Jaccard similarity
MIN_SHARED = 3
MIN_JACCARD = 0.6
COMMON_SHARE = 0.05
PRECISE = ("day", "month")
KIND = "event-date-conflict"
EXTERNAL_KIND = "external-date"

@per_text  # (read by the event detectors and by the phrases of textevents)
def links_of(tf: TextFacts) -> list[dict]:
    """The comparable links of a text (dated ``on`` the mention, score ≥ :data:`MIN_SCORE`), without
    the mentions an anniversary word governs («الذكرى الـ23 لتوقيع المعاهدة»، "the 23rd anniversary
    of the treaty": the date is the anniversary's, not the event's). Rows of ``tf.links`` as
    records (:func:`~tahqiq.facts.records_of`), in its order, shared by the callers: never changed."""
    return [link for link in records_of(tf, "links")
            if link["date_rel"] == "on" and pd.notna(link["date_start"]) and link["score"] >= MIN_SCORE
            and not _anniversary_before(tf, int(link["start"])) and not _stage_governs(tf, link)]


_STAGE_WORDS_BEFORE = 3  # words before a mention where a stage verb or noun governs it («صادق البرلمان على المعاهدة»)


def _stage_governs(tf: TextFacts, link) -> bool:
    """Whether a stage word (ratification, entry into force, renewal, withdrawal, negotiation,
    draft) governs the mention, within its clause: among the few words before it, or between it
    and its date («ودخلت المعاهدة حيز التنفيذ عام 2002»). The date is then the stage's, another
    event than the one the gazetteer dates, unless the matched alias names that stage itself
    («تمديد معاهدة حسن الجوار»)."""
    import re

    t = tf.norm.text
    ns, ne = tf.norm.norm_span(int(link["start"]), int(link["end"]))
    d = link["evidence"]["date"]
    ds = tf.norm.norm_span(int(d["start"]), int(d["end"]))[0]
    head = re.split(r"[,،؛;:.()\n]", t[max(0, ns - 60):ns])[-1]
    head = " ".join(head.split()[-_STAGE_WORDS_BEFORE:])
    between = t[ne:ds] if ds >= ne and not re.search(r"[,،؛;:.()\n]", t[ne:ds]) else ""
    alias = fold(str(link["alias"])).lower()
    for w in _stage_words():
        if w in alias:
            continue
        pat = rf"(?<!\w)(?:[وفبل]|[وفبل]?ال)?{re.escape(w)}(?!\w)"
        if re.search(pat, head.lower()) or re.search(pat, between.lower()):
            return True
    return False


@lru_cache(maxsize=1)
def _stage_words() -> tuple[str, ...]:
    from ..lang import lexicon

    stages = lexicon("event_phrases")["stages"]
    return tuple(fold(str(w)).lower() for k, ws in stages.items() if k not in ("anniversary", "announcement")
                 for w in ws)


_ANNIVERSARY_REACH = 40  # normalised characters before a mention where an anniversary word governs it


def _anniversary_before(tf: TextFacts, raw_start: int) -> bool:
    import re

    from ..lang import lexicon
    from ..text.normtext import fold

    t = tf.norm.text
    ns = tf.norm.norm_span(raw_start, raw_start)[0]
    head = t[max(0, ns - _ANNIVERSARY_REACH):ns]
    head = re.split(r"[,،؛;:.()\n]", head)[-1]
    words = [fold(str(w)).lower() for w in lexicon("event_phrases")["stages"]["anniversary"]]
    return any(re.search(rf"(?<!\w)[وفب]?{re.escape(w)}(?!\w)", head.lower()) for w in words)


def _contradict(ev: Event, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two dates of one event contradict each other when they do not overlap, unless both fall
    within the event's reference span (a war since 2022 is rightly said to go on in 2022 and in
    2023; a six-day exercise in its first and its last day)."""
    ref = (ev.start, ev.end)
    return not overlaps(a, b) and not (overlaps(a, ref) and overlaps(b, ref))


def _span(tf: TextFacts, link) -> Span:
    """The mention and its date, quoted together."""
    d = link["evidence"]["date"]
    s, e = min(int(link["start"]), d["start"]), max(int(link["end"]), d["end"])
    return Span(tf.file, s, e, tf.raw[s:e])


def _when(link) -> tuple[str, str]:
    return str(link["date_start"]), str(link["date_end"])


def _day(link) -> bool:
    return link["evidence"]["date"]["granularity"] == "day"


def _fact(tf: TextFacts, link) -> dict:
    return {"file": tf.file, "mention": link["text"], "date_text": link["date_text"],
            "date": list(_when(link)), "alias": link["alias"], "score": float(link["score"])}


@per_text
def statements_of(tf: TextFacts) -> list[dict]:
    """The text's unlinked statements with a precise date (a day or a month) standing on them: rows
    of ``tf.statements`` as records, in its order, shared by the callers (never changed)."""
    return [r for r in records_of(tf, "statements") if r["date_rel"] == "on" and r["granularity"] in PRECISE]


def _common_words(facts: Facts, gaz: Gazetteer) -> set[str]:
    """Words too frequent among the statements of the whole bundle to identify a fact."""
    counts: dict[str, int] = {}
    n = 0
    for tf in facts:
        for subj in (r["subject"] for r in statements_of(tf)):
            n += 1
            for w in set(subj.split()):
                counts[w] = counts.get(w, 0) + 1
    return {w for w, c in counts.items() if c > max(1, COMMON_SHARE * n)} if n >= 1 / COMMON_SHARE else set()


def _same_fact(a, b, common: set[str]) -> list[str] | None:
    """The distinctive words two statements share, when they state the same fact."""
    wa, wb = set(a["subject"].split()) - common, set(b["subject"].split()) - common
    shared = wa & wb
    if len(shared) >= MIN_SHARED and len(shared) / len(wa | wb) >= MIN_JACCARD:
        return sorted(shared)
    return None


def _statement_finding(ta: TextFacts, a, tb: TextFacts, b, shared: list[str], scope: str) -> Finding:
    wa, wb = (str(a["date_start"]), str(a["date_end"])), (str(b["date_start"]), str(b["date_end"]))
    where = "The text dates" if scope == "internal" else f"{ta.file} and {tb.file} date"
    return Finding(
        kind=KIND,
        severity="warning",
        message=(f"{where} the same statement («{' '.join(shared)}») {format_interval(*wa)} and "
                 f"{format_interval(*wb)}, which do not overlap."),
        spans=[Span(ta.file, int(a["start"]), int(a["end"]), str(a["text"])),
               Span(tb.file, int(b["start"]), int(b["end"]), str(b["text"]))],
        evidence={"rule": "one unlinked statement (same subject phrase), two non-overlapping dates",
                  "shared_words": shared,
                  "facts": [{"file": t.file, "subject": r["subject"], "date_text": r["date_text"],
                             "date": [str(r["date_start"]), str(r["date_end"])]} for t, r in ((ta, a), (tb, b))]},
        scope=scope,
    )


def _calendar_slot(r) -> str | None:
    """A precise date's place in the year (``05`` for May, ``05-16`` for 16 May), else None."""
    start = str(r["date_start"])
    return {"month": start[5:7], "day": start[5:10]}.get(r["granularity"])


def _measures(tf: TextFacts, r) -> bool:
    """Whether the sentence of a statement states a figure (a quantity, not its date)."""
    from .arithmetic import sentence_bounds

    s0, s1 = sentence_bounds(tf.raw, int(r["date_offset"]))
    fig = tf.figures
    return bool(len(fig)) and bool(((fig["start"] >= s0) & (fig["end"] <= s1)).any())


def _year_on_year(ta: TextFacts, a, tb: TextFacts, b, slots: dict[tuple[str, str], set[str]]) -> bool:
    """Two statements dated to the same month (or day) of different years are a comparison of
    periods («أيار 2010 … أيار 2011 … أيار 2012»), not one fact dated twice, when one of their
    sentences states a figure or the text has that month in three years or more."""
    slot = _calendar_slot(a)
    if slot is None or slot != _calendar_slot(b) or year_of(a["date_start"]) == year_of(b["date_start"]):
        return False
    series = max(len(slots.get((t.file, slot), ())) for t in (ta, tb))
    return series >= 3 or _measures(ta, a) or _measures(tb, b)


def _slots(*pairs) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for tf, st in pairs:
        for r in st:
            slot = _calendar_slot(r)
            if slot:
                out.setdefault((tf.file, slot), set()).add(year_text(str(r["date_start"])))
    return out


def _statement_pairs(ta: TextFacts, sa: list[dict], tb: TextFacts, sb: list[dict], common: set[str], scope: str):
    out = []
    slots = _slots((ta, sa), (tb, sb))
    for i, a in enumerate(sa):
        for j, b in enumerate(sb):
            if ta is tb and (j <= i or a["sentence"] == b["sentence"]):
                continue  # one sentence's dates are an enumeration, not rivals
            wa, wb = (a["date_start"], a["date_end"]), (b["date_start"], b["date_end"])
            if overlaps(wa, wb) or _year_on_year(ta, a, tb, b, slots):
                continue
            shared = _same_fact(a, b, common)
            if shared:
                out.append(_statement_finding(ta, a, tb, b, shared, scope))
    return out


@detector("event-date-conflict", scope="internal")
def event_date_conflict(facts: Facts) -> list[Finding]:
    """One event given two incompatible dates within one text."""
    gaz = facts.reference.events
    out = []
    for tf in facts:
        by_event: dict[str, list[dict]] = {}  # (as groupby("event_id", sort=True) groups them)
        for link in links_of(tf):
            if pd.notna(link["event_id"]):
                by_event.setdefault(link["event_id"], []).append(link)
        for eid in sorted(by_event):
            ev = gaz.by_id[eid]
            first: dict[tuple[str, str], object] = {}
            for link in by_event[eid]:
                first.setdefault(_when(link), link)
            for a, b in combinations(sorted(first), 2):
                if not _contradict(ev, a, b):
                    continue
                la, lb = first[a], first[b]
                out.append(Finding(
                    kind=KIND,
                    severity="error" if _day(la) and _day(lb) else "warning",
                    message=(f"The text dates {ev.name_en} both {format_interval(*a)} and "
                             f"{format_interval(*b)}, which do not overlap."),
                    spans=[_span(tf, la), _span(tf, lb)],
                    evidence={"rule": "one event, two non-overlapping dates in one text", "event": eid,
                              "facts": [_fact(tf, la), _fact(tf, lb)]},
                    scope="internal",
                ))
    common = _common_words(facts, gaz)
    for tf in facts:  # indexed: a long text has thousands of statements
        out.extend(_cross_statements([tf], common, "internal"))
    return out


@detector("event-date-conflict-cross", scope="cross-work")
def event_date_conflict_cross(facts: Facts) -> list[Finding]:
    """One event dated differently by two works (their base texts).

    Only pairs of works that can conflict are compared: works linking the same event (an index
    by event id), and statements sharing at least :data:`MIN_SHARED` distinctive words (an index
    by word); the findings are those of comparing every pair of works."""
    gaz = facts.reference.events
    per_work: dict[str, tuple[TextFacts, list[dict]]] = {}
    for tf in facts:
        if tf.base:
            per_work[tf.work_key] = (tf, links_of(tf))
    works = sorted(per_work)
    by_event: dict[str, dict[str, list[dict]]] = {}
    for w in works:
        for link in per_work[w][1]:
            by_event.setdefault(link["event_id"], {}).setdefault(w, []).append(link)
    out = []
    for eid in sorted(by_event):
        ev = gaz.by_id[eid]
        for w1, w2 in combinations(sorted(by_event[eid]), 2):
            (t1, _), (t2, _) = per_work[w1], per_work[w2]
            pairs = [(a, b) for a in by_event[eid][w1] for b in by_event[eid][w2]
                     if _contradict(ev, _when(a), _when(b))]
            if not pairs:
                continue
            a, b = max(pairs, key=lambda p: (_day(p[0]) + _day(p[1])))  # the most precise pair
            out.append(Finding(
                kind=KIND,
                severity="error" if _day(a) and _day(b) else "warning",
                message=(f"{t1.file} dates {ev.name_en} {format_interval(*_when(a))} but {t2.file} dates it "
                         f"{format_interval(*_when(b))}; the two do not overlap."),
                spans=[_span(t1, a), _span(t2, b)],
                evidence={"rule": "one event, two non-overlapping dates in two works", "event": eid,
                          "facts": [_fact(t1, a), _fact(t2, b)],
                          "pairs": len(pairs)},
                scope="cross-work",
            ))
    common = _common_words(facts, gaz)
    out.extend(_cross_statements([per_work[w][0] for w in works], common))
    return out


def _cross_statements(texts: list[TextFacts], common: set[str], scope: str = "cross-work") -> list[Finding]:
    """:func:`_statement_pairs` of every pair of texts (the earlier text of ``texts`` first), or
    with ``scope="internal"`` of every pair of statements within each text (not of one
    sentence), comparing only statements that share :data:`MIN_SHARED` distinctive words or more."""
    internal = scope == "internal"
    rows = [statements_of(tf) for tf in texts]
    slots = _slots(*zip(texts, rows))  # keyed by file: the same as for each pair
    postings: dict[str, list[tuple[int, int]]] = {}
    for ti, rs in enumerate(rows):
        for si, r in enumerate(rs):
            for w in set(r["subject"].split()) - common:
                postings.setdefault(w, []).append((ti, si))
    out = []
    for ti, rs in enumerate(rows):
        for si, a in enumerate(rs):
            shared: dict[tuple[int, int], int] = {}
            for w in set(a["subject"].split()) - common:
                for key in postings[w]:
                    if (key[0] == ti and key[1] > si) if internal else key[0] > ti:
                        shared[key] = shared.get(key, 0) + 1
            for (tj, sj), n in sorted(shared.items()):
                if n < MIN_SHARED:
                    continue
                b = rows[tj][sj]
                if internal and a["sentence"] == b["sentence"]:
                    continue  # one sentence's dates are an enumeration, not rivals
                if overlaps((a["date_start"], a["date_end"]), (b["date_start"], b["date_end"])) or \
                        _year_on_year(texts[ti], a, texts[tj], b, slots):
                    continue
                words = _same_fact(a, b, common)
                if words:
                    out.append(_statement_finding(texts[ti], a, texts[tj], b, words, scope))
    return out


def _against(ev: Event, tf: TextFacts, link) -> Finding:
    ref = (ev.start, ev.end)
    return Finding(
        kind=EXTERNAL_KIND,
        severity="error" if _day(link) and ev.precision == "day" else "warning",
        message=(f"Against the reference date (source: {ev.source}): the text dates {ev.name_en} "
                 f"{format_interval(*_when(link))}, but the reference date is {format_interval(*ref)}."),
        spans=[_span(tf, link)],
        evidence={"rule": "a linked event's date does not overlap the gazetteer's reference date",
                  "event": ev.id, "fact": _fact(tf, link),
                  "reference": {"start": ev.start, "end": ev.end, "precision": ev.precision, "source": ev.source},
                  "link": link["evidence"]},
        scope="external",
    )


@detector("external-date", scope="external")
def external_date(facts: Facts) -> list[Finding]:
    """A text's date for a linked event contradicts the gazetteer's reference date."""
    gaz = facts.reference.events
    out = []
    for tf in facts:
        for link in links_of(tf):
            ev = gaz.by_id[link["event_id"]]
            if not overlaps(_when(link), (ev.start, ev.end)):
                out.append(_against(ev, tf, link))
    return out
