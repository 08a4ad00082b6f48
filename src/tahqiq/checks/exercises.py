"""External: a named exercise placed by the border of a country its area does not touch.

«شهدت منطقة "نينجشيا" … وبالقرب من الحدود مع أفغانستان، تدريبات عسكرية روسية صينية» puts the
Zapad/Interaction-2021 exercise, held in Ningxia (a region with no foreign border), by the Afghan
border. The facts are the text's links to gazetteer events that ``data/reference/exercises.yml``
gives a place (``tf.links``) and the border places the text states
(:func:`tahqiq.link.exercises.border_claims`). A border claim within :data:`MAX_GAP` characters of
a linked exercise (the nearest one; by characters, not sentences, so that a text whose lines are
out of order is read too), naming a country the exercise's area does not border, is a finding
(kind ``external-exercise-place``, a warning, scope ``external``) naming the source.
"""

from __future__ import annotations

from ..facts import Facts
from ..review.findings import Finding, Span
from . import detector

KIND = "external-exercise-place"
MAX_GAP = 120


@detector(KIND, "external")
def exercise_place(facts: Facts) -> list[Finding]:
    """A named exercise placed by the border of a country the reference says its area does not touch."""
    from ..lang import lexicon
    from ..link.exercises import border_claims

    places = getattr(facts.reference, "exercises", None) or {}
    out = []
    if not places:
        return out
    countries = lexicon("countries")
    for tf in facts:
        links = tf.links
        if links is None or not len(links):
            continue
        links = links[links["event_id"].isin(list(places))]
        if not len(links):
            continue
        for s, e, cid in border_claims(tf.norm.text):
            rs, re_ = tf.norm.raw_span(s, e)
            gaps = [(max(0, rs - int(ln["end"]), int(ln["start"]) - re_), i) for i, ln in links.iterrows()]
            dist, i = min(gaps)
            if dist > MAX_GAP:
                continue
            ln = links.loc[i]
            ex = places[ln["event_id"]]
            if cid in ex.borders:
                continue
            country = (countries[cid].get("en") or [cid])[0]
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"Against the reference facts (source: {ex.source}): the text places «{ln['text']}» "
                         f"by the border of {country}; it took place in {ex.region_en}, which "
                         + (f"borders only {', '.join(ex.borders)}." if ex.borders else "has no foreign border.")),
                spans=[Span(tf.file, int(ln["start"]), int(ln["end"]), tf.raw[int(ln["start"]):int(ln["end"])]),
                       Span(tf.file, rs, re_, tf.raw[rs:re_])],
                evidence={"rule": "a border place given to a linked exercise vs the exercise's reference place",
                          "event": ex.event, "country": cid, "source": ex.source},
                scope="external",
            ))
    return out
