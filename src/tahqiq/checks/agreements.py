"""External: the term a text gives a named agreement against the reference term.

«وُقعت معاهدة حسن الجوار عام 2001 لمدة 30 عاماً» gives the treaty thirty years; it was concluded for
twenty. The facts are the text's links to gazetteer events (``tf.links``) that
``data/reference/agreements.yml`` gives a term, and the durations the text states
(:func:`tahqiq.link.agreements.durations`): a duration goes to the nearest linked agreement of its
sentence (within :data:`MAX_GAP` characters). A duration that differs from the reference term is a
finding (kind ``external-agreement``, a warning, scope ``external``) naming the source.
"""

from __future__ import annotations

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector

MAX_GAP = 120


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
    return out
