"""Argument reconstructions (``data/annotations/<slug>.yml``): schema, quote anchoring, graph, exports.

An annotation reconstructs one work's argument: its research problem, questions, hypothesis,
method and declared structure; its thesis; its claims (each anchored by a verbatim quote of the
raw text, glossed in English, typed, placed in a section, with the evidence it rests on); the
relations between claims; the conclusions, each resting on claims and answering questions; and
an assessment of whether the conclusions answer the questions and confirm the hypothesis.

:func:`load_annotation` reads and validates a file; every problem is a
:class:`~tahqiq.errors.TahqiqError` naming the file, the entry and the field, e.g.
``data/annotations/x.yml: claims[3] (id 'c4'): missing field 'gloss'``.

The file, in outline (``start``/``end`` are written by :func:`write_offsets`)::

    work: salman-2025                    # a catalogued slug
    text: 000_01ec08bd9cfc9a25.txt       # the text the quotes are anchored in (the base text)
    problem: "..."                       # the research problem, in English
    questions: [{id: q1, quote: "...", gloss: "..."}]       # [] if the work states none
    hypothesis: {quote: "...", gloss: "..."}                 # or null
    method: {quote: "...", gloss: "..."}                     # or null
    structure: ["المبحث الأول: ...", ...]                     # the declared plan, section titles
    thesis: {quote: "...", gloss: "..."}
    claims:
      - id: c1
        quote: "..."                     # verbatim, contiguous in the raw text, found once
        gloss: "..."                     # faithful English
        type: factual                    # factual | causal | evaluative | predictive | normative
        section: "..."                   # the heading it sits under
        topic: alliance                  # optional: one of TOPICS or a list
        evidence: {citations: [...], findings: [...]}   # citation ids / markers; finding ids
        note: "..."                      # optional annotator's remark
    relations: [{from: c2, to: c1, type: supports}]      # supports | attacks | elaborates;
                                                          # ``to`` may be a conclusion
    conclusions:
      - {id: k1, quote: "...", gloss: "...", rests_on: [c1], answers: [q1],
         topic: alliance, findings: [], note: "..."}      # topic, findings, note optional
    assessment:
      answers_questions: {verdict: partly, note: "..."}      # true | false | partly | null
      hypothesis_confirmed: {verdict: null, note: "..."}     # null: no hypothesis stated
      deciding_claims: [c1]

Quotes are anchored in the raw text by :func:`anchor`, which compares normalised text
(:func:`tahqiq.text.normtext.fold`, ``doc.norm``) ignoring whitespace and line breaks and the
stretched-letter artefacts of PDF text, and returns raw offsets. The offsets are stored in the
file (``start``, ``end`` on every quoted item); :func:`check_anchors` verifies them and
:func:`write_offsets` refreshes them.

:func:`chain` tabulates which conclusion answers which question; :func:`graph` gives the
argument map as two tables; :func:`to_argdown`, :func:`to_aif` and
:func:`svg_map` export it (Argdown text, AIF JSON, a self-contained SVG). All are deterministic.
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
import yaml

from ..corpus.catalogue import Catalogue, Document, project_root
from ..errors import TahqiqError
from ..text.normtext import NormText, fold
from ..corpus.yamlfile import read_yaml

CLAIM_TYPES = ("factual", "causal", "evaluative", "predictive", "normative")
RELATION_TYPES = ("supports", "attacks", "elaborates")
TOPICS = ("alliance", "diplomacy", "economy", "energy", "history", "military", "multipolarity", "technology", "trade")
"""The topics a claim may be tagged with (``topic``: one of them or a list)."""
VERDICTS = (True, False, "partly", None)
"""Values of an assessment's ``verdict``; ``null`` means not applicable (no questions or no
hypothesis stated), which the note must say."""

TOP_FIELDS = (
    "work", "text", "problem", "questions", "hypothesis", "method", "structure", "thesis",
    "claims", "relations", "conclusions", "assessment",
)
QUESTION_FIELDS = ("id", "quote", "gloss", "start", "end")
CLAIM_FIELDS = ("id", "quote", "gloss", "type", "section", "evidence", "topic", "note", "start", "end")
CONCLUSION_FIELDS = ("id", "quote", "gloss", "rests_on", "answers", "topic", "findings", "note", "start", "end")
NODE_COLUMNS = (
    "id", "kind", "type", "topics", "label", "gloss", "quote", "section", "start", "end",
    "citations", "findings", "depth", "linked",
)
"""Columns of the nodes table of :func:`graph`: ``kind`` is ``conclusion`` or ``claim``;
``type`` is the claim type (``conclusion`` for conclusions); ``depth`` is 0 for conclusions and
one more than the shallowest node a claim supports, attacks or elaborates; ``linked`` says
whether a chain of edges leads from the node to a conclusion (claims that lead nowhere get the
deepest layer + 1)."""
EDGE_COLUMNS = ("source", "target", "type", "origin")
"""Columns of the edges table of :func:`graph`: ``type`` is a relation type; ``origin`` is
``relation`` (from ``relations``) or ``rests_on`` (a conclusion resting on a claim, a support)."""

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
_FINDING_ID = re.compile(r"^[a-z][a-z0-9-]*-[0-9a-f]{12}$")


# --------------------------------------------------------------------------- data model


@dataclass
class Quoted:
    """A quoted item: a verbatim ``quote`` of the raw text and its English ``gloss``."""

    quote: str
    gloss: str
    start: int | None = None
    end: int | None = None
    where: str = ""


@dataclass
class Question(Quoted):
    id: str = ""


@dataclass
class Claim(Quoted):
    id: str = ""
    type: str = ""
    section: str = ""
    citations: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Relation:
    source: str
    target: str
    type: str


@dataclass
class Conclusion(Quoted):
    id: str = ""
    rests_on: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Verdict:
    verdict: bool | str | None
    note: str


@dataclass
class Assessment:
    answers_questions: Verdict
    hypothesis_confirmed: Verdict
    deciding_claims: list[str]


@dataclass
class Annotation:
    """A validated reconstruction. ``data`` is the mapping as read (``write_offsets`` dumps it)."""

    path: Path
    where: str
    work: str
    text: str
    problem: str
    questions: list[Question]
    hypothesis: Quoted | None
    method: Quoted | None
    structure: list[str]
    thesis: Quoted
    claims: list[Claim]
    relations: list[Relation]
    conclusions: list[Conclusion]
    assessment: Assessment
    data: dict = field(repr=False)

    def quoted(self) -> list[tuple[Quoted, dict]]:
        """Every quoted item with its mapping in ``data``, in file order."""
        out: list[tuple[Quoted, dict]] = []
        d = self.data
        out += [(q, m) for q, m in zip(self.questions, d.get("questions") or [])]
        for key in ("hypothesis", "method", "thesis"):
            item = getattr(self, key)
            if item is not None:
                out.append((item, d[key]))
        out += [(c, m) for c, m in zip(self.claims, d["claims"])]
        out += [(c, m) for c, m in zip(self.conclusions, d["conclusions"])]
        return out

    def claim(self, cid: str) -> Claim:
        return next(c for c in self.claims if c.id == cid)


# --------------------------------------------------------------------------- loading


def annotation_path(slug: str, root: str | Path | None = None) -> Path:
    """``data/annotations/<slug>.yml`` under the project root."""
    return Path(root or project_root()) / "data" / "annotations" / f"{slug}.yml"


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


class _Checker:
    """Validation helpers that raise :class:`TahqiqError` naming the file and the entry."""

    def __init__(self, where: str):
        self.where = where

    def fail(self, entry: str, problem: str):
        raise TahqiqError(self.where, f"{entry}: {problem}" if entry else problem)

    def mapping(self, v, entry: str) -> dict:
        if not isinstance(v, dict):
            self.fail(entry, f"expected a mapping, not {type(v).__name__}")
        return v

    def has(self, m: dict, f: str, entry: str):
        if f not in m:
            self.fail(entry, f"missing field {f!r}")
        return m[f]

    def text(self, m: dict, f: str, entry: str, required: bool = True) -> str:
        v = self.has(m, f, entry) if required else m.get(f, "")
        if v is None and not required:
            return ""
        if not isinstance(v, str) or (required and not v.strip()):
            self.fail(entry, f"field {f!r} must be a non-empty string")
        return v

    def str_list(self, m: dict, f: str, entry: str, required: bool = True) -> list[str]:
        v = self.has(m, f, entry) if required else (m.get(f) or [])
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            self.fail(entry, f"field {f!r} must be a list of non-empty strings")
        return list(v)

    def offset(self, m: dict, f: str, entry: str) -> int | None:
        v = m.get(f)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
            self.fail(entry, f"field {f!r} must be a non-negative integer")
        return v

    def quoted(self, m, entry: str, cls=Quoted, **extra) -> Quoted:
        m = self.mapping(m, entry)
        quote = self.text(m, "quote", entry)
        gloss = self.text(m, "gloss", entry)
        start, end = self.offset(m, "start", entry), self.offset(m, "end", entry)
        if (start is None) != (end is None) or (start is not None and end <= start):
            self.fail(entry, "fields 'start' and 'end' must both be given, with start < end")
        return cls(quote=quote, gloss=gloss, start=start, end=end, where=entry, **extra)

    def finding_ids(self, m: dict, entry: str, required: bool) -> list[str]:
        ids = self.str_list(m, "findings", entry, required)
        for fid in ids:
            if not _FINDING_ID.match(fid):
                self.fail(entry, f"field 'findings': {fid!r} is not a finding id (<kind>-<12 hex>)")
        return ids

    def keys(self, m: dict, allowed: tuple[str, ...], entry: str) -> None:
        unknown = sorted(set(m) - set(allowed))
        if unknown:
            self.fail(entry, f"unknown field {unknown[0]!r} (allowed: {', '.join(allowed)})")

    def topics(self, m: dict, entry: str) -> list[str]:
        topic = m.get("topic", [])
        topics = [topic] if isinstance(topic, str) else topic
        if not isinstance(topics, list):
            self.fail(entry, "field 'topic' must be a topic or a list of topics")
        for t in topics:
            self.choice(t, TOPICS, "topic", entry)
        return list(topics)

    def items(self, data: dict, key: str, required: bool = True) -> list:
        v = self.has(data, key, "") if required else data.get(key)
        if v is None and not required:
            return []
        if not isinstance(v, list):
            self.fail(key, "expected a list")
        return v

    def ident(self, m: dict, entry: str, seen: set[str]) -> tuple[str, str]:
        cid = self.has(m, "id", entry)
        if not isinstance(cid, str) or not _ID.match(cid):
            self.fail(entry, f"field 'id' must be an identifier (letters, digits, _ . -), not {cid!r}")
        if cid in seen:
            self.fail(f"{entry} (id {cid!r})", "duplicate id")
        seen.add(cid)
        return cid, f"{entry} (id {cid!r})"

    def choice(self, v, allowed: tuple, f: str, entry: str):
        if v not in allowed or isinstance(v, bool) != any(isinstance(a, bool) and a == v for a in allowed):
            shown = ", ".join("null" if a is None else str(a).lower() if isinstance(a, bool) else a for a in allowed)
            self.fail(entry, f"field {f!r} must be one of {shown}, not {v!r}")
        return v


def _read_yaml(path: Path, where: str) -> dict:
    return read_yaml(path, where, missing="no such annotation file")


def load_annotation(slug_or_path: str | Path, root: str | Path | None = None) -> Annotation:
    """Read and validate an annotation, given a work's slug or a path to a ``.yml`` file.

    Checks every required field, the types (claim types, relation types, topics, verdicts),
    non-empty quotes and glosses, unique ids, that ``work`` is a catalogued slug and ``text`` one
    of its texts, and that every relation endpoint, ``rests_on``, ``answers`` and
    ``deciding_claims`` names an existing claim or question. Offsets are checked for form only;
    :func:`check_anchors` checks them against the text.
    """
    root = Path(root) if root else project_root()
    s = str(slug_or_path)
    by_slug = not (isinstance(slug_or_path, Path) or s.endswith((".yml", ".yaml")) or "/" in s)
    path = annotation_path(s, root) if by_slug else Path(s)
    where = _display(path, root)
    data = _read_yaml(path, where)
    ck = _Checker(where)

    for f in TOP_FIELDS:
        ck.has(data, f, "")
    unknown = sorted(set(data) - set(TOP_FIELDS))
    if unknown:
        ck.fail("", f"unknown field {unknown[0]!r}")

    cat = Catalogue(root)
    work = ck.text(data, "work", "")
    if work not in cat.slugs:
        ck.fail("", f"field 'work': unknown work {work!r}; known works: {', '.join(cat.slugs)}")
    if by_slug and work != s:
        ck.fail("", f"field 'work' is {work!r} but the file is named for {s!r}")
    text = ck.text(data, "text", "")
    files = [t.file for t in cat.work(work).texts]
    if text not in files:
        ck.fail("", f"field 'text': {text!r} is not a text of {work!r} ({', '.join(files)})")

    problem = ck.text(data, "problem", "")
    seen_q: set[str] = set()
    questions = []
    for i, m in enumerate(ck.items(data, "questions")):
        entry = f"questions[{i}]"
        qid, entry = ck.ident(ck.mapping(m, entry), entry, seen_q)
        ck.keys(m, QUESTION_FIELDS, entry)
        questions.append(ck.quoted(m, entry, Question, id=qid))
    hypothesis = None if data["hypothesis"] is None else ck.quoted(data["hypothesis"], "hypothesis")
    method = None if data["method"] is None else ck.quoted(data["method"], "method")
    structure = ck.str_list(data, "structure", "")
    thesis = ck.quoted(data["thesis"], "thesis")

    seen_c: set[str] = set()
    claims = []
    for i, m in enumerate(ck.items(data, "claims")):
        entry = f"claims[{i}]"
        cid, entry = ck.ident(ck.mapping(m, entry), entry, seen_c)
        ck.keys(m, CLAIM_FIELDS, entry)
        ctype = ck.choice(ck.has(m, "type", entry), CLAIM_TYPES, "type", entry)
        section = ck.text(m, "section", entry)
        ev = ck.mapping(ck.has(m, "evidence", entry), f"{entry} evidence")
        citations = ck.str_list(ev, "citations", f"{entry} evidence")
        findings = ck.finding_ids(ev, f"{entry} evidence", required=True)
        claims.append(ck.quoted(m, entry, Claim, id=cid, type=ctype, section=section, citations=citations,
                                findings=findings, topics=ck.topics(m, entry), note=ck.text(m, "note", entry, False)))

    conclusions = []
    seen_k: set[str] = set()
    for i, m in enumerate(ck.items(data, "conclusions")):
        entry = f"conclusions[{i}]"
        kid, entry = ck.ident(ck.mapping(m, entry), entry, seen_k | seen_c | seen_q)
        seen_k.add(kid)
        ck.keys(m, CONCLUSION_FIELDS, entry)
        rests_on = ck.str_list(m, "rests_on", entry)
        answers = ck.str_list(m, "answers", entry)
        for c in rests_on:
            if c not in seen_c:
                ck.fail(entry, f"field 'rests_on': no claim with id {c!r}")
        for q in answers:
            if q not in seen_q:
                ck.fail(entry, f"field 'answers': no question with id {q!r}")
        conclusions.append(ck.quoted(m, entry, Conclusion, id=kid, rests_on=rests_on, answers=answers,
                                     topics=ck.topics(m, entry), findings=ck.finding_ids(m, entry, False),
                                     note=ck.text(m, "note", entry, False)))
    if not conclusions:
        ck.fail("conclusions", "at least one conclusion is required")

    relations = []
    for i, m in enumerate(ck.items(data, "relations")):
        entry = f"relations[{i}]"
        m = ck.mapping(m, entry)
        src, dst = ck.text(m, "from", entry), ck.text(m, "to", entry)
        entry = f"{entry} ({src} -> {dst})"
        rtype = ck.choice(ck.has(m, "type", entry), RELATION_TYPES, "type", entry)
        if src not in seen_c:
            ck.fail(entry, f"field 'from': no claim with id {src!r}")
        if dst not in seen_c and dst not in seen_k:
            ck.fail(entry, f"field 'to': no claim or conclusion with id {dst!r}")
        if src == dst:
            ck.fail(entry, "a claim cannot relate to itself")
        relations.append(Relation(src, dst, rtype))

    a = ck.mapping(data["assessment"], "assessment")
    verdicts = {}
    for f in ("answers_questions", "hypothesis_confirmed"):
        entry = f"assessment.{f}"
        v = ck.mapping(ck.has(a, f, "assessment"), entry)
        verdicts[f] = Verdict(ck.choice(ck.has(v, "verdict", entry), VERDICTS, "verdict", entry),
                              ck.text(v, "note", entry))
    if not questions and verdicts["answers_questions"].verdict is not None:
        ck.fail("assessment.answers_questions", "the work states no questions: field 'verdict' must be null")
    if hypothesis is None and verdicts["hypothesis_confirmed"].verdict is not None:
        ck.fail("assessment.hypothesis_confirmed", "the work states no hypothesis: field 'verdict' must be null")
    deciding = ck.str_list(a, "deciding_claims", "assessment")
    for c in deciding:
        if c not in seen_c:
            ck.fail("assessment", f"field 'deciding_claims': no claim with id {c!r}")

    return Annotation(
        path=path, where=where, work=work, text=text, problem=problem, questions=questions,
        hypothesis=hypothesis, method=method, structure=structure, thesis=thesis, claims=claims,
        relations=relations, conclusions=conclusions,
        assessment=Assessment(verdicts["answers_questions"], verdicts["hypothesis_confirmed"], deciding),
        data=data,
    )


def load_all(root: str | Path | None = None) -> dict[str, Annotation]:
    """Every annotation of ``data/annotations/`` by work slug, in file-name order."""
    d = Path(root or project_root()) / "data" / "annotations"
    return {p.stem: load_annotation(p.stem, root) for p in sorted(d.glob("*.yml"))}


def document(annotation: Annotation, root: str | Path | None = None) -> Document:
    """The text the annotation is anchored in."""
    cat = Catalogue(root or project_root())
    work = cat.work(annotation.work)
    return cat.load_entry(work, next(t for t in work.texts if t.file == annotation.text))


# --------------------------------------------------------------------------- anchoring

# Removed from both sides before comparing: whitespace, and the letter ya, whose runs are the
# stretched-letter (kashida) artefacts of PDF text («العسيييكري» for «العسكري»).
_SKIP = re.compile(r"[\sي]+")
_YA_OR_MARK = re.compile("[\u064a\u0649\u0640\u064b-\u0652\u0670]")
_KEYS: dict[int, tuple[NormText, str, list[int]]] = {}


def _key(s: str) -> str:
    return _SKIP.sub("", s)


def _text_key(norm: NormText) -> tuple[str, list[int]]:
    """The comparison key of a normalised text and, per key character, its normalised index."""
    hit = _KEYS.get(id(norm))
    if hit is not None and hit[0] is norm:
        return hit[1], hit[2]
    pos = [i for i, ch in enumerate(norm.text) if not (ch.isspace() or ch == "ي")]
    key = "".join(norm.text[i] for i in pos)
    if len(_KEYS) >= 8:
        _KEYS.clear()
    _KEYS[id(norm)] = (norm, key, pos)
    return key, pos


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


# --------------------------------------------------------------------------- graph


def _depths(ann: Annotation, edges: list[tuple[str, str]]) -> tuple[dict[str, int], set[str]]:
    """Layer of each node (conclusions 0, a claim one below the shallowest node it points to)
    and the set of nodes linked to a conclusion."""
    depth = {k.id: 0 for k in ann.conclusions}
    incoming: dict[str, list[str]] = {}
    for s, t in edges:
        incoming.setdefault(t, []).append(s)
    frontier = [k.id for k in ann.conclusions]
    while frontier:
        nxt = []
        for t in frontier:
            for s in incoming.get(t, []):
                if s not in depth:
                    depth[s] = depth[t] + 1
                    nxt.append(s)
        frontier = nxt
    linked = set(depth)
    bottom = max(depth.values()) + 1
    for c in ann.claims:
        depth.setdefault(c.id, bottom)
    return depth, linked


def graph(annotation: Annotation) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The argument map: ``(nodes, edges)`` with columns :data:`NODE_COLUMNS`, :data:`EDGE_COLUMNS`.

    Nodes are the conclusions, then the claims, in file order. Edges are the relations, then
    one support edge from each claim a conclusion rests on to the conclusion.
    """
    ann = annotation
    edges = [(r.source, r.target, r.type, "relation") for r in ann.relations]
    edges += [(c, k.id, "supports", "rests_on") for k in ann.conclusions for c in k.rests_on]
    depth, linked = _depths(ann, [(s, t) for s, t, _, _ in edges])
    rows = []
    for k in ann.conclusions:
        rows.append({"id": k.id, "kind": "conclusion", "type": "conclusion", "topics": list(k.topics),
                     "label": _label(k.id, k.gloss), "gloss": k.gloss, "quote": k.quote, "section": "conclusion",
                     "start": k.start, "end": k.end, "citations": [], "findings": list(k.findings), "depth": 0,
                     "linked": True})
    for c in ann.claims:
        rows.append({"id": c.id, "kind": "claim", "type": c.type, "topics": list(c.topics),
                     "label": _label(c.id, c.gloss), "gloss": c.gloss, "quote": c.quote, "section": c.section,
                     "start": c.start, "end": c.end, "citations": list(c.citations),
                     "findings": list(c.findings), "depth": depth[c.id], "linked": c.id in linked})
    nodes = pd.DataFrame(rows, columns=list(NODE_COLUMNS))
    for col in ("start", "end"):
        nodes[col] = nodes[col].astype("Int64")
    nodes["depth"] = nodes["depth"].astype(int)
    return nodes, pd.DataFrame(edges, columns=list(EDGE_COLUMNS))


CHAIN_COLUMNS = ("question", "question_gloss", "conclusion", "conclusion_gloss", "rests_on")
"""Columns of :func:`chain`."""


def chain(annotation: Annotation) -> pd.DataFrame:
    """Which conclusion answers which question: one row per (question, conclusion) pair, in file
    order; a question no conclusion answers has an empty ``conclusion``, a conclusion that answers
    no question an empty ``question``."""
    ann = annotation
    rows = []
    for q in ann.questions:
        ks = [k for k in ann.conclusions if q.id in k.answers]
        for k in ks or [None]:
            rows.append({"question": q.id, "question_gloss": q.gloss, "conclusion": k.id if k else None,
                         "conclusion_gloss": k.gloss if k else None, "rests_on": list(k.rests_on) if k else []})
    for k in ann.conclusions:
        if not k.answers:
            rows.append({"question": None, "question_gloss": None, "conclusion": k.id, "conclusion_gloss": k.gloss,
                         "rests_on": list(k.rests_on)})
    return pd.DataFrame(rows, columns=list(CHAIN_COLUMNS))


def _short(gloss: str, width: int = 60) -> str:
    g = " ".join(gloss.split())
    return g if len(g) <= width else g[: width - 1].rstrip(" ,;:.") + "…"


def _label(nid: str, gloss: str) -> str:
    return f"{nid}: {_short(gloss)}"


# --------------------------------------------------------------------------- Argdown


def _oneline(s: str) -> str:
    return " ".join(s.split())


def to_argdown(annotation: Annotation) -> str:
    """The map in Argdown: a statement ``[id]: gloss #type`` per conclusion and claim, with the
    claims that support (``<+``) or attack (``<-``) it indented below; elaborations are given as
    comments (Argdown has no elaboration relation)."""
    ann = annotation
    lines = [f"// Argument reconstruction of {ann.work} ({ann.text}), generated by tahqiq", "",
             f"// Thesis: {_oneline(ann.thesis.gloss)}", ""]
    def incoming(target: str) -> None:
        for r in ann.relations:
            if r.target == target:
                lines.append({"supports": f"  <+ [{r.source}]", "attacks": f"  <- [{r.source}]",
                              "elaborates": f"  // elaborated by [{r.source}]"}[r.type])

    lines.append("// Conclusions")
    for k in ann.conclusions:
        tags = " ".join(f"#{t}" for t in ("conclusion", *k.topics))
        lines.append(f"[{k.id}]: {_oneline(k.gloss)} {tags}")
        for c in k.rests_on:
            lines.append(f"  <+ [{c}]")
        incoming(k.id)
        lines.append("")
    lines.append("// Claims")
    for c in ann.claims:
        tags = " ".join(f"#{t}" for t in (c.type, *c.topics))
        lines.append(f"[{c.id}]: {_oneline(c.gloss)} {tags}")
        incoming(c.id)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------- AIF


def to_aif(annotation: Annotation) -> dict:
    """The map as AIF JSON (the AIFdb layout: ``nodes``, ``edges``, ``locutions``).

    Claims and conclusions are I-nodes (``text`` the English gloss, with the quote and offsets
    as extra keys); each support relation is an RA-node (``Default Inference``), each attack a
    CA-node (``Default Conflict``), each elaboration an MA-node (``Default Rephrase``); a
    conclusion's ``rests_on`` is one RA-node linking all its premises (a linked argument).
    """
    ann = annotation
    nodes: list[dict] = []
    edges: list[dict] = []

    def inode(item, kind: str, extra: dict) -> None:
        nodes.append({"nodeID": item.id, "text": _oneline(item.gloss), "type": "I", "kind": kind,
                      "quote": item.quote, "start": item.start, "end": item.end, **extra})

    def edge(a: str, b: str) -> None:
        edges.append({"edgeID": f"e{len(edges) + 1}", "fromID": a, "toID": b, "formEdgeID": None})

    for k in ann.conclusions:
        inode(k, "conclusion", {})
    for c in ann.claims:
        inode(c, "claim", {"claimType": c.type, "topics": list(c.topics), "citations": list(c.citations),
                           "findings": list(c.findings)})
    names = {"supports": ("RA", "Default Inference"), "attacks": ("CA", "Default Conflict"),
             "elaborates": ("MA", "Default Rephrase")}
    for i, r in enumerate(ann.relations, 1):
        typ, text = names[r.type]
        sid = f"{typ.lower()}{i}"
        nodes.append({"nodeID": sid, "text": text, "type": typ})
        edge(r.source, sid)
        edge(sid, r.target)
    for i, k in enumerate(ann.conclusions, 1):
        if not k.rests_on:
            continue
        sid = f"ra-{k.id}"
        nodes.append({"nodeID": sid, "text": "Default Inference", "type": "RA"})
        for c in k.rests_on:
            edge(c, sid)
        edge(sid, k.id)
    return {"nodes": nodes, "edges": edges, "locutions": [],
            "meta": {"work": ann.work, "text": ann.text, "generator": "tahqiq.argument.model"}}


# --------------------------------------------------------------------------- SVG

TYPE_COLOURS = {
    "conclusion": "#e0e0e0",
    "factual": "#d6e6f5",
    "causal": "#fde1c4",
    "evaluative": "#e7d9f0",
    "predictive": "#dcefd6",
    "normative": "#fff2b3",
}
EDGE_COLOURS = {"supports": "#2e7d32", "attacks": "#c62828", "elaborates": "#9e9e9e"}

_W, _H, _GAP_X, _GAP_Y, _MARGIN, _PER_ROW, _BAND_GAP = 190, 74, 24, 80, 20, 7, 24


def _layout(nodes: pd.DataFrame, edges: pd.DataFrame) -> tuple[dict[str, tuple[float, float]], list[tuple[int, float]]]:
    """Top-left corner of each node box, and the y of the rule below each band but the last.

    One band per depth; the conclusions in one row; a band of claims wrapped into rows as wide
    (at least :data:`_PER_ROW`), every other row shifted by half a slot so that edges from below
    pass between the boxes; nodes within a band ordered by the mean position of the nodes they
    point to, then file order."""
    targets: dict[str, list[str]] = {}
    for s, t in zip(edges["source"], edges["target"]):
        targets.setdefault(s, []).append(t)
    order = {nid: i for i, nid in enumerate(nodes["id"])}
    pos: dict[str, tuple[float, float]] = {}
    bands: list[tuple[int, float]] = []
    slot = _W + _GAP_X
    per_row = max(_PER_ROW, int((nodes["depth"] == 0).sum()))
    y = _MARGIN + 24
    for d in sorted(set(nodes["depth"])):
        ids = list(nodes["id"][nodes["depth"] == d])

        def bary(n: str) -> tuple[float, int]:
            ts = [pos[t][0] for t in targets.get(n, []) if t in pos]
            return (sum(ts) / len(ts) if ts else math.inf, order[n])

        ids.sort(key=bary)
        for k, r in enumerate(range(0, len(ids), per_row)):
            for j, n in enumerate(ids[r: r + per_row]):
                pos[n] = (_MARGIN + (k % 2) * slot / 2 + j * slot, y)
            y += _H + _GAP_Y
        bands.append((d, y - _GAP_Y / 2 + _BAND_GAP / 2))
        y += _BAND_GAP
    return pos, bands[:-1]


def _wrap(s: str, width: int, lines: int) -> list[str]:
    out = textwrap.wrap(" ".join(s.split()), width) or [""]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip(" ,;:.") + "…"
    return out


def _edge(src: tuple[float, float], dst: tuple[float, float], typ: str, tip: str) -> str:
    """A curved edge from the top of the source box to the bottom of the target box (or, within
    one row, an arc over the row from top to top)."""
    (sx, sy), (tx, ty) = src, dst
    x1, x2 = sx + _W / 2, tx + _W / 2
    if sy > ty:
        y1, y2 = sy, ty + _H
        mid = (y1 + y2) / 2
        d = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{mid:.1f} {x2:.1f},{mid:.1f} {x2:.1f},{y2:.1f}"
    else:
        y1 = y2 = min(sy, ty)
        lift = min(_GAP_Y - 10, 20 + abs(x2 - x1) / 8)
        d = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 - lift:.1f} {x2:.1f},{y2 - lift:.1f} {x2:.1f},{y2:.1f}"
    dash = ' stroke-dasharray="5,4"' if typ == "elaborates" else ""
    return (f'<path d="{d}" fill="none" stroke="{EDGE_COLOURS[typ]}" stroke-width="1.6"{dash} '
            f'marker-end="url(#arrow-{typ})"><title>{tip}</title></path>')


def svg_map(annotation: Annotation, confirmed_findings: set[str] | frozenset[str] = frozenset()) -> str:
    """The argument map as a self-contained SVG (no scripts, no external assets).

    Conclusions on top, claims below by depth of support; boxes coloured by claim type (legend at
    the bottom), labelled with the id and the shortened English gloss (full gloss as tooltip), and
    the evidence counts (citations, findings); support edges green, attacks red, elaborations grey
    and dashed; a claim linked to a finding in ``confirmed_findings`` gets a thick red outline.
    """
    nodes, edges = graph(annotation)
    pos, bands = _layout(nodes, edges)
    width = max(max(x for x, _ in pos.values()) + _W + _MARGIN, 760)
    body_h = max(y for _, y in pos.values()) + _H
    legend_y = body_h + 30
    height = legend_y + 70
    a = escape  # text content
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="10.5">',
        f"<title>{a(f'Argument map of {annotation.work}')}</title>",
        "<defs>",
    ]
    for t, col in EDGE_COLOURS.items():
        out.append(f'<marker id="arrow-{t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse">'
                   f'<path d="M0,0 L10,5 L0,10 z" fill="{col}"/></marker>')
    out.append("</defs>")
    out.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>')
    out.append(f'<text x="{_MARGIN}" y="{_MARGIN + 6}" font-size="13" font-weight="bold">'
               f"{a(f'{annotation.work}: conclusions (top) and the claims they rest on')}</text>")
    for d, y in bands:
        out.append(f'<line x1="{_MARGIN}" y1="{y:.1f}" x2="{width - _MARGIN}" y2="{y:.1f}" stroke="#e0e0e0"/>')
        below = nodes[nodes["depth"] == d + 1]
        label = (f"below: claims at support depth {d + 1}" if below["linked"].all()
                 else "below: claims not linked to any conclusion")
        out.append(f'<text x="{width - _MARGIN}" y="{y + 11:.1f}" text-anchor="end" font-size="9" '
                   f'fill="#9e9e9e">{a(label)}</text>')
    for s, t, typ in zip(edges["source"], edges["target"], edges["type"]):
        out.append(_edge(pos[s], pos[t], typ, a(f"{s} {typ} {t}")))
    for n in nodes.itertuples(index=False):
        x, y = pos[n.id]
        hit = sorted(set(n.findings) & set(confirmed_findings))
        stroke, sw = ("#c62828", 4) if hit else (("#424242", 2) if n.kind == "conclusion" else ("#757575", 1))
        tip = f"{n.id} ({n.type}): {_oneline(n.gloss)}" + (f" — confirmed findings: {', '.join(hit)}" if hit else "")
        out.append(f'<g class="node {a(n.kind)}"><title>{a(tip)}</title>')
        out.append(f'<rect x="{x}" y="{y}" width="{_W}" height="{_H}" rx="6" fill="{TYPE_COLOURS[n.type]}" '
                   f'stroke="{stroke}" stroke-width="{sw}"/>')
        head = f"{n.id} · {n.type}"
        out.append(f'<text x="{x + 6}" y="{y + 14}" font-weight="bold">{a(head)}</text>')
        for i, line in enumerate(_wrap(n.gloss, 30, 3)):
            out.append(f'<text x="{x + 6}" y="{y + 28 + 12 * i}">{a(line)}</text>')
        if n.kind == "claim":
            ev = f"cit {len(n.citations)} · find {len(n.findings)}"
            out.append(f'<text x="{x + _W - 6}" y="{y + 14}" text-anchor="end" font-size="9" '
                       f'fill="#424242">{a(ev)}</text>')
        out.append("</g>")
    # legend
    lx = _MARGIN
    out.append(f'<text x="{lx}" y="{legend_y}" font-weight="bold">Legend</text>')
    for i, (t, col) in enumerate(TYPE_COLOURS.items()):
        x = lx + i * 110
        out.append(f'<rect x="{x}" y="{legend_y + 8}" width="14" height="14" fill="{col}" stroke="#757575"/>')
        out.append(f'<text x="{x + 18}" y="{legend_y + 19}">{a(t)}</text>')
    y2 = legend_y + 42
    for i, (t, col) in enumerate(EDGE_COLOURS.items()):
        x = lx + i * 110
        dash = ' stroke-dasharray="5,4"' if t == "elaborates" else ""
        out.append(f'<line x1="{x}" y1="{y2}" x2="{x + 24}" y2="{y2}" stroke="{col}" stroke-width="2"{dash}/>')
        out.append(f'<text x="{x + 28}" y="{y2 + 4}">{a(t)}</text>')
    x = lx + 3 * 110
    out.append(f'<rect x="{x}" y="{y2 - 7}" width="14" height="14" fill="#ffffff" stroke="#c62828" stroke-width="3"/>')
    legend = "touched by a confirmed finding; cit/find = evidence counts"
    out.append(f'<text x="{x + 20}" y="{y2 + 4}">{a(legend)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
