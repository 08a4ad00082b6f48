"""Anchoring an argument reconstruction in its text: quotes to raw offsets, checked and stored.

Quotes are anchored in the raw text by :func:`anchor`, which compares normalised text
(:func:`tahqiq.text.normtext.fold`, ``doc.norm``) ignoring whitespace and line breaks and the
stretched-letter artefacts of PDF text, and returns raw offsets. The offsets are stored in the
file (``start``, ``end`` on every quoted item); :func:`check_anchors` verifies them and
:func:`write_offsets` refreshes them; :func:`check_citations` and :func:`check_findings` check
the evidence an item cites, :func:`overlapping_findings` the findings inside its quote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from ..corpus.catalogue import Document
from ..errors import TahqiqError
from ..text.normtext import NormText, fold
from .model import Annotation, document, load_annotation


# --------------------------------------------------------------------------- anchoring

# Removed from both sides before comparing: whitespace, and the letter ya, whose runs are the
# stretched-letter (kashida) artefacts of PDF text («العسيييكري» for «العسكري»).
_SKIP = re.compile(r"[\sي]+")
_YA_OR_MARK = re.compile("[\u064a\u0649\u0640\u064b-\u0652\u0670]")


def _key(s: str) -> str:
    return _SKIP.sub("", s)


def _text_key(norm: NormText) -> tuple[str, list[int]]:
    """The comparison key of a normalised text and, per key character, its normalised index."""
    return _text_key_of(norm.text)


@lru_cache(maxsize=8)
def _text_key_of(text: str) -> tuple[str, list[int]]:
    pos = [i for i, ch in enumerate(text) if not (ch.isspace() or ch == "ي")]
    return "".join(text[i] for i in pos), pos


def find_all(quote: str, doc: Document) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` of every occurrence of ``quote`` in ``doc`` (normalised comparison)."""
    q = _key(fold(quote))
    if not q:
        return []
    folded = fold(quote).strip()
    key, pos = _text_key(doc.norm)
    raw = doc.raw
    out = []
    i = key.find(q)
    while i >= 0:
        start, end = doc.norm.raw_span(pos[i], pos[i + len(q) - 1] + 1)
        # the key skips ya: take the ya (and diacritics) the quote begins or ends with
        if folded.endswith("ي"):
            while end < len(raw) and _YA_OR_MARK.match(raw[end]):
                end += 1
        if folded.startswith("ي"):
            while start > 0 and _YA_OR_MARK.match(raw[start - 1]):
                start -= 1
        out.append((start, end))
        i = key.find(q, i + 1)
    return out


def anchor(quote: str, doc: Document) -> tuple[int, int]:
    """Raw ``(start, end)`` of ``quote`` in ``doc``: compared after normalisation (``fold``),
    ignoring whitespace and line breaks and stretched-letter artefacts. The quote must occur
    exactly once; otherwise a :class:`TahqiqError` says it is missing or ambiguous."""
    hits = find_all(quote, doc)
    if not hits:
        raise TahqiqError(doc.name, f"quote not found: «{quote[:60]}»")
    if len(hits) > 1:
        raise TahqiqError(doc.name, f"quote occurs {len(hits)} times, lengthen it: «{quote[:60]}»")
    return hits[0]


def resolve_offsets(annotation: Annotation, doc: Document | None = None) -> Annotation:
    """Anchor every quoted item and store its ``start``/``end`` (on the objects and in ``data``).

    Raises a :class:`TahqiqError` naming the annotation file and the entry of the first quote
    that is missing from the text or occurs more than once.
    """
    doc = doc or document(annotation)
    for item, m in annotation.quoted():
        try:
            item.start, item.end = anchor(item.quote, doc)
        except TahqiqError as exc:
            raise TahqiqError(annotation.where, f"{item.where}: field 'quote': {exc.problem} in {doc.name}") from None
        m["start"], m["end"] = item.start, item.end
    return annotation


def check_anchors(annotation: Annotation, doc: Document | None = None) -> None:
    """Raise a :class:`TahqiqError` unless every quote anchors exactly once and its stored
    offsets are the resolved ones (a wrong quote or a stale offset fails)."""
    doc = doc or document(annotation)
    for item, _ in annotation.quoted():
        try:
            s, e = anchor(item.quote, doc)
        except TahqiqError as exc:
            raise TahqiqError(annotation.where, f"{item.where}: field 'quote': {exc.problem} in {doc.name}") from None
        if item.start is None:
            raise TahqiqError(annotation.where, f"{item.where}: missing fields 'start', 'end' (the quote is at "
                              f"{s}, {e}; run `tahqiq annotate {annotation.work} --offsets`)")
        if (item.start, item.end) != (s, e):
            raise TahqiqError(annotation.where, f"{item.where}: fields 'start', 'end' are {item.start}, {item.end} "
                              f"but the quote is at {s}, {e} (run `tahqiq annotate {annotation.work} --offsets`)")


def citation_ids(doc: Document) -> set[str]:
    """What a claim's ``evidence.citations`` may name in ``doc``: the ``bib_id`` of a citation,
    a footnote or endnote, or a bibliography entry, or the text of a citation marker (author-year
    references of a text without a bibliography have no id but their text)."""
    from ..extract.citations import extract_bibliography, extract_citations, extract_notes

    ids: set[str] = set()
    cites = extract_citations(doc)
    for df in (cites, extract_notes(doc), extract_bibliography(doc)):
        ids |= {str(v) for v in df["bib_id"].dropna()}
    return ids | set(cites["text"])


def check_citations(annotation: Annotation, doc: Document | None = None) -> None:
    """Raise a :class:`TahqiqError` naming the claim if a citation is not in the text's
    extraction tables (see :func:`citation_ids`)."""
    known = citation_ids(doc or document(annotation))
    for c in annotation.claims:
        for cit in c.citations:
            if cit not in known:
                raise TahqiqError(annotation.where, f"{c.where}: field 'citations': {cit!r} is not a citation "
                                  f"of {annotation.text}")


def check_findings(annotation: Annotation, findings: pd.DataFrame) -> None:
    """Raise a :class:`TahqiqError` naming the claim if a finding id is not in ``findings``
    (the table of :func:`tahqiq.review.factcheck.corpus_findings`)."""
    known = set(findings["id"])
    for c in [*annotation.claims, *annotation.conclusions]:
        for fid in c.findings:
            if fid not in known:
                raise TahqiqError(annotation.where, f"{c.where}: field 'findings': no finding with id {fid!r}")


def overlapping_findings(annotation: Annotation, findings: pd.DataFrame) -> pd.DataFrame:
    """Findings with a span inside the quote of a claim or conclusion (needs stored offsets):
    one row per (item id, finding id), in file order. A review aid: the curated ``findings``
    of an item are what the map shows."""
    rows = []
    for item in [*annotation.claims, *annotation.conclusions]:
        if item.start is None:
            continue
        for fid, spans in zip(findings["id"], findings["spans"]):
            if any(sp["file"] == annotation.text and sp["start"] < item.end and item.start < sp["end"] for sp in spans):
                rows.append({"item": item.id, "finding": fid, "linked": fid in item.findings})
    return pd.DataFrame(rows, columns=["item", "finding", "linked"])


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with long lines kept whole and multi-line strings as literal blocks."""


def _str_representer(dumper: yaml.SafeDumper, s: str):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None)


def _compact(items) -> bool:
    return all(isinstance(x, (str, int)) and not (isinstance(x, str) and (not x or re.search(r"[\s:#,]", x)))
               for x in items)


def _list_representer(dumper: yaml.SafeDumper, v: list):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=_compact(v))


def _dict_representer(dumper: yaml.SafeDumper, v: dict):
    flow = len(v) <= 3 and _compact(v.values())
    return dumper.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=flow)


_Dumper.add_representer(str, _str_representer)
_Dumper.add_representer(list, _list_representer)
_Dumper.add_representer(dict, _dict_representer)


def write_offsets(path: str | Path, root: str | Path | None = None) -> Annotation:
    """Fill or refresh the ``start``/``end`` offsets of every quoted item of the file at ``path``.

    The file is validated, anchored and written back in block-style YAML (key order kept;
    comments are not preserved).
    """
    ann = load_annotation(Path(path), root)
    resolve_offsets(ann, document(ann, root))
    text = yaml.dump(ann.data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6)
    Path(path).write_text(text, encoding="utf-8")
    return ann
