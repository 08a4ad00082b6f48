"""External: a named exercise placed by the border of a country its area does not touch; an
instance of a recurring exercise or patrol dated before the first one (``external-series-start``,
:func:`series_before_start`).

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


SERIES_KIND = "external-series-start"
SERIES_GAP = 100
"""Raw characters between a series' name and the year the text gives the instance (same sentence)."""


@detector(SERIES_KIND, "external")
def series_before_start(facts: Facts) -> list[Finding]:
    """An instance of a recurring exercise or patrol dated before the first one took place
    (``series`` of ``data/reference/exercises.yml``): «الدوريات البحرية المشتركة، مثل تلك التي جرت
    في عام 2003» against the first joint naval patrol of October 2021. The year is the nearest
    event date (:func:`tahqiq.checks.citations._event_years`: an explicit year, not a bound or a
    forecast) of the name's sentence within :data:`SERIES_GAP` characters."""
    from ..link.exercises import series_mentions
    from ..text.intervals import year_of
    from .arithmetic import sentence_bounds
    from .citations import _event_years, source_before

    series = getattr(facts.reference, "series", None) or ()
    out = []
    if not series:
        return out
    for tf in facts:
        for s, e, ser in series_mentions(tf.norm.text, series):
            rs, re_ = tf.norm.raw_span(s, e)
            a, b = sentence_bounds(tf.raw, rs)
            a = max(a, *(tf.raw.rfind(c, a, rs) + 1 for c in ";؛"))  # the name's clause
            b = min([b] + [k for k in (tf.raw.find(c, re_, b) for c in ";؛") if k >= 0])
            dates = _event_years(tf, max(a, rs - SERIES_GAP), min(b, re_ + SERIES_GAP))
            if not dates:
                continue
            d = min(dates, key=lambda r: max(0, rs - int(r["end"]), int(r["start"]) - re_))
            given = str(d["start_date"])[:7 if d.get("granularity") in ("month", "day") else 4]
            if not source_before(given, ser.first):
                continue
            out.append(Finding(
                kind=SERIES_KIND,
                severity="warning",
                message=(f"Against the reference facts (source: {ser.source}): the text dates «{tf.raw[rs:re_]}» "
                         f"{year_of(d['start_date'])}; the first of the {ser.name_en} took place in {ser.first}."),
                spans=[Span(tf.file, rs, re_, tf.raw[rs:re_]), Span.of(d)],
                evidence={"rule": "an instance of a recurring exercise or patrol dated before its first instance",
                          "series": ser.id, "given": given, "first": ser.first, "source": ser.source},
                scope="external",
            ))
    return out
