"""External: the term a text gives a named agreement against the reference term.

«وُقعت معاهدة حسن الجوار عام 2001 لمدة 30 عاماً» gives the treaty thirty years; it was concluded for
twenty. The facts are the text's links to gazetteer events (``tf.links``) that
``data/reference/agreements.yml`` gives a term, and the durations the text states
(:func:`tahqiq.link.agreements.durations`): a duration goes to the nearest linked agreement of its
sentence (within :data:`MAX_GAP` characters). A duration that differs from the reference term is a
finding (kind ``external-agreement``, a warning, scope ``external``) naming the source.

A term can also be given by its end: «تم تمديدها في عام 2021 حتى عام 2030» gives the 2021 extension
nine years, it was for five. A year after a range word (:func:`tahqiq.link.agreements.until_years`)
within :data:`UNTIL_GAP` characters after a linked agreement, in its clause (:data:`CLAUSE_BREAK`)
and with no other linked agreement between them, ends a term that begins in the year of the agreement's reference
date; it differs from the reference term when it is more than :data:`UNTIL_SLACK` year off (a term
counted from the entry into force, or to the last year it covers, is a year longer or shorter).
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector

MAX_GAP = 120
UNTIL_GAP = 60
UNTIL_SLACK = 1
CLAUSE_BREAK = re.compile(r"[،,؛;.:]")
"""Punctuation between an agreement and an end year that puts the year in another clause."""


def _reference(facts: Facts) -> dict:
    """The terms of named agreements, carried by the facts."""
    return getattr(facts.reference, "agreements", None) or {}


def _durations(tf: TextFacts):
    from ..link.agreements import durations

    return durations(tf.norm.text)


@detector("external-agreement", "external")
def external_agreement(facts: Facts) -> list[Finding]:
    """A named agreement given another term than the reference one."""
    terms = _reference(facts)
    out = []
    if not terms:
        return out
    for tf in facts:
        links = tf.links
        if links is None or not len(links):
            continue
        links = links[links["event_id"].isin(list(terms))]
        if not len(links):
            continue
        for s, e, years in _durations(tf):
            rs, re_ = tf.norm.raw_span(s, e)
            best = None
            for _, ln in links.iterrows():
                sent = ln["evidence"].get("sentence") if isinstance(ln["evidence"], dict) else None
                if sent and not (sent[0] <= rs < sent[1]):
                    continue
                dist = max(0, rs - int(ln["end"]), int(ln["start"]) - re_)
                if dist <= MAX_GAP and (best is None or dist < best[0]):
                    best = (dist, ln)
            if best is None:
                continue
            ln = best[1]
            ag = terms[ln["event_id"]]
            if ag.duration_years == years:
                continue
            a, b = min(int(ln["start"]), rs), max(int(ln["end"]), re_)
            out.append(Finding(
                kind="external-agreement",
                severity="warning",
                message=(f"Against the reference facts (source: {ag.source}): the text gives «{ln['text']}» a term of "
                         f"{years} years; it was concluded for {ag.duration_years}."),
                spans=[Span(tf.file, a, b, tf.raw[a:b])],
                evidence={"rule": "a duration next to a linked agreement vs the agreement's reference term",
                          "event": ag.event, "text_years": years, "reference_years": ag.duration_years,
                          "source": ag.source},
                scope="external",
            ))
        out.extend(_until_findings(tf, links, terms, facts))
    return out


def _until_findings(tf: TextFacts, links, terms: dict, facts: Facts) -> list[Finding]:
    """Terms given by their end year after a linked agreement (see the module docstring)."""
    from ..link.agreements import until_years

    events = getattr(getattr(facts.reference, "events", None), "by_id", None) or {}
    starts = sorted(int(x) for x in links["start"])
    out = []
    for _, ln in links.iterrows():
        ev = events.get(ln["event_id"])
        if ev is None:
            continue
        sent = ln["evidence"].get("sentence") if isinstance(ln["evidence"], dict) else None
        for s, e, year in until_years(tf.norm.text):
            rs, re_ = tf.norm.raw_span(s, e)
            if not (0 <= rs - int(ln["end"]) <= UNTIL_GAP) or (sent and not sent[0] <= rs < sent[1]):
                continue
            if any(int(ln["start"]) < o < rs for o in starts):
                break  # another agreement is nearer: the year is its
            if CLAUSE_BREAK.search(tf.raw[int(ln["end"]):rs]):
                break  # the year ends another clause
            ag = terms[ln["event_id"]]
            years = year - int(ev.start[:4])
            if abs(years - ag.duration_years) > UNTIL_SLACK:
                a = int(ln["start"])
                out.append(Finding(
                    kind="external-agreement",
                    severity="warning",
                    message=(f"Against the reference facts (source: {ag.source}): the text has «{ln['text']}» "
                             f"({ev.start[:4]}) run until {year}, a term of {years} years; it was concluded for "
                             f"{ag.duration_years}."),
                    spans=[Span(tf.file, a, re_, tf.raw[a:re_])],
                    evidence={"rule": "an end year after a linked agreement vs the agreement's reference term",
                              "event": ag.event, "text_years": years, "reference_years": ag.duration_years,
                              "until": year, "source": ag.source},
                    scope="external",
                ))
            break
    return out
