"""External: a ruling given to a court that did not issue it.

«نقضت محكمة العدل الدولية مطالبات الصين … في بحر الصين الجنوبي» gives the award of July 2016 on
the South China Sea, made by an arbitral tribunal (the Permanent Court of Arbitration), to the
International Court of Justice. The facts are the reference rulings (``data/reference/rulings.yml``:
the subject's names, the issuing body, a source) and, in the text, a word of a ruling («نقضت»,
"ruled"; ``lang/courts.yml``) with a court named within :data:`COURT_GAP` characters of it and a
subject of a reference ruling within :data:`SUBJECT_GAP` characters (by characters, not
sentences, so that a text whose lines are out of order is read too). A court other than the
ruling's body is a finding (kind ``external-ruling-body``, a warning, scope ``external``) naming
the source. A court named without a word of a ruling (a case «taken to the ICJ») says nothing.
"""

from __future__ import annotations

from ..facts import Facts
from ..review.findings import Finding, Span
from . import detector
from .citations import UNORDERED_FORMS

KIND = "external-ruling-body"
COURT_GAP = 40
SUBJECT_GAP = 250


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


@detector(KIND, "external")
def ruling_body(facts: Facts) -> list[Finding]:
    """A reference ruling whose subject a text gives, with a ruling word, to another court."""
    from ..lang import lexicon
    from ..link.rulings import court_mentions, ruling_words, subject_mentions

    rulings = getattr(facts.reference, "rulings", None) or ()
    out = []
    if not rulings:
        return out
    names = {cid: (langs.get("en") or [cid])[0] for cid, langs in lexicon("courts")["courts"].items()}
    for tf in facts:
        t = tf.norm.text
        glued = getattr(tf.doc, "form", None) in UNORDERED_FORMS
        courts = court_mentions(t, glued)
        if not courts:
            continue
        verbs = ruling_words(t)
        seen = set()
        for cs, ce, cid in courts:
            if not any(_gap((cs, ce), v) <= COURT_GAP for v in verbs):
                continue
            for r in rulings:
                subj = [s for s in subject_mentions(t, r, glued) if _gap((cs, ce), s) <= SUBJECT_GAP]
                if not subj or cid == r.body or (cs, r.id) in seen:
                    continue
                seen.add((cs, r.id))
                ss = min(subj, key=lambda s: _gap((cs, ce), s))
                (rcs, rce), (rss, rse) = tf.norm.raw_span(cs, ce), tf.norm.raw_span(*ss)
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"Against the reference facts (source: {r.source}): the text gives the ruling on "
                             f"«{tf.raw[rss:rse]}» to «{tf.raw[rcs:rce]}» ({names.get(cid, cid)}); it was issued "
                             f"on {r.date} by the {names.get(r.body, r.body)}."),
                    spans=[Span(tf.file, rcs, rce, tf.raw[rcs:rce]), Span(tf.file, rss, rse, tf.raw[rss:rse])],
                    evidence={"rule": "a ruling word with a court and a reference ruling's subject nearby; "
                                      "the court is not the ruling's body",
                              "ruling": r.id, "court": cid, "body": r.body, "date": r.date, "source": r.source},
                    scope="external",
                ))
    return out
