"""``accessed-before-publication``: a web reference read before it was published.

A reference that gives its own publication date and the date its URL was visited («تاريخ
الاطلاع», "accessed", "retrieved"; :func:`tahqiq.extract.citations.parse.parse_reference` fills
``date`` and ``accessed``) cannot have been visited before it appeared: one of the two dates is
wrong. Dates are compared at the precision both give (a year against a full date compares years);
a reference with only a year of publication is left alone, since its year may come from a title
(«التقرير السنوي 2024»).
"""

from __future__ import annotations

from ..facts import Facts
from ..review.findings import Finding, Span
from . import detector
from .citations import _iso_parts, _label, _refs, _val

FAMILY = "citations"


def accessed_before(published: str, accessed: str) -> bool:
    """Whether ISO ``accessed`` is earlier than ISO ``published`` at the precision both give."""
    p, a = _iso_parts(published), _iso_parts(accessed)
    n = min(len(p), len(a))
    return a[:n] < p[:n]


@detector("accessed-before-publication", "internal")
def accessed_before_publication(facts: Facts) -> list[Finding]:
    """A reference whose accessed date is earlier than its own publication date."""
    out = []
    for t in facts:
        for r in _refs(t):
            pub, acc = _val(r.get("date")), _val(r.get("accessed"))
            if not isinstance(pub, str) or not isinstance(acc, str) or pub.startswith("-") or acc.startswith("-"):
                continue
            if not accessed_before(pub, acc):
                continue
            out.append(Finding(
                kind="accessed-before-publication",
                severity="warning",
                message=f"{_label(r).capitalize()} was accessed on {acc}, before its own publication date {pub}.",
                spans=[Span.of(r)],
                evidence={"rule": "a reference's accessed date is not earlier than its publication date",
                          "published": pub, "accessed": acc},
            ))
    return out
