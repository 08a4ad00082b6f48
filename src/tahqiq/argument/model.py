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

Quotes are anchored in the raw text by :mod:`tahqiq.argument.anchor` (``anchor``,
``check_anchors``, ``write_offsets``); the map and its exports (``graph``, ``chain``,
``to_argdown``, ``to_aif``, ``svg_map``) are in :mod:`tahqiq.argument.maps`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus.catalogue import Catalogue, Document, project_root
from ..corpus.yamlfile import read_yaml
from ..errors import TahqiqError

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
