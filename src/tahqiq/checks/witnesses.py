"""Witnesses and borrowings: variants between two texts of one work, facts changed in a paraphrase.

``witness-variant`` collates every other witness of a work against its base text
(:func:`tahqiq.compare.collate.collate`) and reports each variant that changes meaning (number, name or
word); formatting and spelling variants stay in the collation table only.

``paraphrase-change`` aligns the passages that a text takes from a text of another work
(:func:`tahqiq.compare.paraphrase.align_passages`, by order-insensitive similarity) and reports every date,
century or figure that changed on the way (:func:`tahqiq.compare.paraphrase.changed_facts`). A text can only
borrow from one published no later than itself, so each pair is aligned from the later text to
the earlier (both ways when a date is missing or equal). Only base texts take part.
"""

from __future__ import annotations

from ..text.rows import records
from ..compare.collate import collate
from ..compare.paraphrase import align_passages, changed_facts
from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector

SEVERITY = {"number": "warning", "name": "warning", "word": "note"}


def _quote(s: str, limit: int = 60) -> str:
    s = " ".join(s.split())
    return f"«{s if len(s) <= limit else s[:limit] + '…'}»" if s else "nothing"


@detector("witness-variant", scope="internal")
def witness_variants(facts: Facts) -> list[Finding]:
    """Two witnesses of one text read differently: a number, a name or a word changed."""
    out: list[Finding] = []
    for texts in facts.witnesses().values():
        base = texts[0]
        for other in texts[1:]:
            table = collate(base, other)
            for r in records(table[table["changes_meaning"]]):
                cls = r["class"]
                out.append(Finding(
                    kind="witness-variant",
                    severity=SEVERITY[cls],
                    message=(f"The witnesses differ in a {cls}: {r['file_a']} reads {_quote(r['text_a'])} "
                             f"where {r['file_b']} reads {_quote(r['text_b'])}."),
                    spans=[Span(r["file_a"], r["start_a"], r["end_a"], r["text_a"]),
                           Span(r["file_b"], r["start_b"], r["end_b"], r["text_b"])],
                    evidence={"rule": "collation of two witnesses (token alignment of the normalised texts)",
                              "class": cls, "note": r["note"]},
                    scope="internal",
                ))
    return out


def _borrows(a: TextFacts, b: TextFacts) -> bool:
    """Whether ``a`` may have taken passages from ``b``: not published before it."""
    return not (a.published and b.published and a.published[:10] < b.published[:10])


@detector("paraphrase-change", scope="cross-work")
def paraphrase_changes(facts: Facts) -> list[Finding]:
    """A passage taken from another work of the corpus changed a date, century or figure on the way."""
    from ..compare.candidates import paraphrase_candidates

    bases = [t for t in facts if t.base]
    out: list[Finding] = []
    # only the pairs with similar passages (MinHash LSH over each text's units and windows) are aligned
    similar = {(id(bases[i]), id(bases[j])) for p in paraphrase_candidates(bases) for i, j in (p, p[::-1])}
    for a in bases:
        for b in bases:
            if a.work_key == b.work_key or not _borrows(a, b) or (id(a), id(b)) not in similar:
                continue
            passages = align_passages(a, b)
            if passages.empty:
                continue
            for r in changed_facts(a, b, passages).itertuples():
                p = passages.iloc[r.passage]
                cited = "which it cites" if p["cites"] else "which it does not cite"
                out.append(Finding(
                    kind="paraphrase-change",
                    severity="warning",
                    message=(f"A passage of {r.file_a} that follows {r.file_b} ({cited}; similarity "
                             f"{p['similarity']:.2f}) gives the {r.fact} {_quote(r.text_a)} = {r.value_a} "
                             f"where the source has {_quote(r.text_b)} = {r.value_b}."),
                    spans=[Span(r.file_a, r.start_a, r.end_a, r.text_a), Span(r.file_b, r.start_b, r.end_b, r.text_b)],
                    evidence={"rule": "order-insensitive passage alignment, then facts paired by their context",
                              "fact": r.fact, "value_a": r.value_a, "value_b": r.value_b,
                              "passage_a": [int(p["start_a"]), int(p["end_a"])],
                              "passage_b": [int(p["start_b"]), int(p["end_b"])],
                              "similarity": float(p["similarity"]), "cites": p["cites"]},
                    scope="cross-work",
                ))
    return out
