"""External: a title the reference facts say a person never held.

«الرئيس الروسي غورباتشوف» calls the last Soviet leader the Russian president; "Chinese President
Deng Xiaoping" gives Deng an office he never held. The facts are the title-and-name pairs of
:func:`tahqiq.link.offices.titled_mentions`, compared with the holders of each office in
``data/reference/offices.yml`` (each office with a public source). A person the file does not
know, or an office it does not list, says nothing. The finding is ``external`` (kind
``external-office``, a warning) and names the offices the person did hold, with their terms.
"""

from __future__ import annotations

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector

KIND = "external-office"
UNORDERED_FORMS = frozenset({"pdf-scrambled"})
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
