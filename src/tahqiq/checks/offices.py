"""External: a title the reference facts say a person never held.

«الرئيس الروسي غورباتشوف» calls the last Soviet leader the Russian president; "Chinese President
Deng Xiaoping" gives Deng an office he never held. The facts are the title-and-name pairs of
:func:`tahqiq.link.offices.titled_mentions`, compared with the holders of each office in
``data/reference/offices.yml`` (each office with a public source). A person the file does not
know, or an office it does not list, says nothing. The finding is ``external`` (kind
``external-office``, a warning) and names the offices the person did hold, with their terms.

A title given for a time before the office existed is the second rule (kind
``external-office-before``): «"ماو تسي تونغ" رئيس جمهورية الصين الشعبية الذي رفض … بين عامي
1940-1941» calls Mao president of a republic founded in 1949, whose presidency began in 1954;
"Russian President Yeltsin, in 1989" gives Yeltsin an office created in 1991. An office begins with
the earliest term of its holders. The time the title is given for is the first dated mention after
the title in its sentence (the clause that says what the person did), or, with none after it, the
last one before it, within :data:`MAX_GAP` characters. A title given for a time within the
office's life but before the person's own term ("President Xi, then vice-president, in 2010") is
the usual retrospective title and says nothing.
"""

from __future__ import annotations

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import UNORDERED_FORMS, detector
from .chronology import POINT_TYPES, dated_mentions

KIND = "external-office"
"""Forms whose lines are not in reading order: a title and a name side by side there may belong
to different clauses."""


# --------------------------------------------------------------------------- accessors


def _reference(facts: Facts):
    """The reference offices and holders, carried by the facts."""
    return getattr(facts.reference, "offices", None)


def _mentions(tf: TextFacts, ref):
    from ..link.offices import titled_mentions

    return titled_mentions(tf.norm.text, ref)


def _held(ref, person: str) -> str:
    from ..link.events import format_interval

    out = []
    for o in ref.offices:
        for h in o.holders:
            if h.person == person:
                end = "" if h.end == "9999-12-31" else h.end
                out.append(f"{o.name_en} {format_interval(h.start, h.start)}–{format_interval(end, end) if end else 'today'}")
    return "; ".join(out) or "none of the offices listed"


@detector("external-office", "external")
def external_office(facts: Facts) -> list[Finding]:
    """A person given the title of an office the reference facts say they never held."""
    ref = _reference(facts)
    if ref is None:
        return []
    by_id = {o.id: o for o in ref.offices}
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        for m in _mentions(tf, ref):
            office = by_id[m.office]
            if office.held_by(m.person):
                continue
            rs, re_ = tf.norm.raw_span(m.start, m.end)
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"Against the reference facts (source: {office.source}): the text calls {m.person.title()} "
                         f"«{m.title}», but the {office.name_en} was never {m.person.title()}. "
                         f"Offices held: {_held(ref, m.person)}."),
                spans=[Span(tf.file, rs, re_, tf.raw[rs:re_])],
                evidence={"rule": "a title given to a person who never held that office",
                          "office": office.id, "person": m.person, "source": office.source},
                scope="external",
            ))
    return out


# --------------------------------------------------------------------------- before the office

KIND_BEFORE = "external-office-before"
MAX_GAP = 300
"""Characters between the title and the date it is read with."""


def _sentence(tf, pos: int) -> tuple[int, int] | None:
    s = tf.sentences
    if s is None or not len(s):
        return None
    rs, _ = tf.norm.raw_span(pos, pos + 1)
    hit = s[(s["start"] <= rs) & (s["end"] > rs)]
    return (int(hit.iloc[0]["start"]), int(hit.iloc[0]["end"])) if len(hit) else None


@detector(KIND_BEFORE, "external")
def office_before_it_existed(facts: Facts) -> list[Finding]:
    """A person given an office's title for a time before the office began."""
    ref = _reference(facts)
    if ref is None:
        return []
    by_id = {o.id: o for o in ref.offices}
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        mentions = _mentions(tf, ref)
        if not mentions:
            continue
        dates = dated_mentions(tf, POINT_TYPES)
        for m in mentions:
            office = by_id[m.office]
            if not office.held_by(m.person):  # a title never held: checks.offices says so
                continue
            began = min(h.start for h in office.holders)
            sent = _sentence(tf, m.start)
            if sent is None:
                continue
            inside = [d for d in dates if sent[0] <= tf.norm.raw_span(d.nstart, d.nend)[0] < sent[1]]
            after = [d for d in inside if d.nstart >= m.end and d.nstart - m.end <= MAX_GAP]
            before = [d for d in inside if d.nend <= m.start and m.start - d.nend <= MAX_GAP]
            when = after[0] if after else (before[-1] if before else None)
            if when is None or when.end_date >= began:
                continue
            a, b = tf.norm.raw_span(min(m.start, when.nstart), max(m.end, when.nend))
            out.append(Finding(
                kind=KIND_BEFORE,
                severity="warning",
                message=(f"Against the reference facts (source: {office.source}): the text calls {m.person.title()} "
                         f"«{tf.raw[slice(*tf.norm.raw_span(m.start, m.end))]}» for «{when.row['text']}», before the {office.name_en} existed "
                         f"(its first holder took office on {began})."),
                spans=[Span(tf.file, a, b, tf.raw[a:b])],
                evidence={"rule": "a title given for a time before the office's earliest term",
                          "office": office.id, "person": m.person, "date": when.end_date,
                          "office_began": began, "source": office.source},
                scope="external",
            ))
    return out
