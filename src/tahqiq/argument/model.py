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
    problem_ar: "..."                    # optional: the same in Arabic, for the Arabic edition
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
      answers_questions: {verdict: partly, note: "...", note_ar: "..."}   # true | false | partly | null;
      hypothesis_confirmed: {verdict: null, note: "..."}     # null: no hypothesis stated; note_ar optional
                                                             # (the note in Arabic, for the Arabic edition)
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
from ..corpus.yamlfile import read_yaml, validate_entry
from ..errors import TahqiqError

CLAIM_TYPES = ("factual", "causal", "evaluative", "predictive", "normative")
RELATION_TYPES = ("supports", "attacks", "elaborates")
TOPICS = ("alliance", "diplomacy", "economy", "energy", "history", "military", "multipolarity", "technology", "trade")
"""The topics a claim may be tagged with (``topic``: one of them or a list)."""
VERDICTS = (True, False, "partly", None)
"""Values of an assessment's ``verdict``; ``null`` means not applicable (no questions or no
hypothesis stated), which the note must say."""

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
    note_ar: str = ""  # the note in Arabic (the Arabic edition shows the English, marked, without it)


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
    problem_ar: str = ""  # the problem in Arabic (the Arabic edition shows the English, marked, without it)

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


def _models() -> dict:
    """The pydantic models of an annotation's entries (built once, on first use)."""
    if _MODELS:
        return _MODELS
    from typing import Annotated, Literal

    from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator
    from pydantic_core import PydanticCustomError

    def nonblank(v: str) -> str:
        if not v.strip():
            raise PydanticCustomError("blank", "must be a non-empty string")
        return v

    Text = Annotated[str, AfterValidator(nonblank)]
    Id = Annotated[str, StringConstraints(pattern=_ID.pattern)]
    def finding_id(v: str) -> str:
        if not _FINDING_ID.match(v):
            raise PydanticCustomError("finding_id", "{v} is not a finding id (<kind>-<12 hex>)", {"v": repr(v)})
        return v

    FindingId = Annotated[str, AfterValidator(finding_id)]
    Offset = Annotated[int, Field(ge=0, strict=True)] | None
    Topics = Annotated[list[Literal[TOPICS]], BeforeValidator(lambda v: [v] if isinstance(v, str) else v)]
    Note = Annotated[str, BeforeValidator(lambda v: "" if v is None else v)]

    class Entry(BaseModel):
        model_config = ConfigDict(extra="forbid", populate_by_name=True)

    class QuotedM(Entry):
        quote: Text
        gloss: Text
        start: Offset = None
        end: Offset = None

        @model_validator(mode="after")
        def _offsets(self):
            if (self.start is None) != (self.end is None) or (self.start is not None and self.end <= self.start):
                raise PydanticCustomError("entry", "fields 'start' and 'end' must both be given, with start < end")
            return self

    class QuestionM(QuotedM):
        id: Id

    class EvidenceM(Entry):
        citations: list[Text]
        findings: list[FindingId]

    class ClaimM(QuotedM):
        id: Id
        type: Literal[CLAIM_TYPES]
        section: Text
        evidence: EvidenceM
        topic: Topics = []
        note: Note = ""

    class ConclusionM(QuotedM):
        id: Id
        rests_on: list[Text]
        answers: list[Text]
        topic: Topics = []
        findings: list[FindingId] = []
        note: Note = ""

    class RelationM(Entry):
        source: Text = Field(alias="from")
        target: Text = Field(alias="to")
        type: Literal[RELATION_TYPES]

    class VerdictM(Entry):
        verdict: Literal[True, False, "partly"] | None
        note: Text
        note_ar: Note = ""

    class AssessmentM(Entry):
        answers_questions: VerdictM
        hypothesis_confirmed: VerdictM
        deciding_claims: list[Text]

    class TopM(BaseModel):  # the entries are validated one by one, to name them in errors
        model_config = ConfigDict(extra="forbid")
        work: Text
        text: Text
        problem: Text
        problem_ar: Note = ""
        questions: list
        hypothesis: dict | None
        method: dict | None
        structure: list[Text]
        thesis: dict
        claims: list
        relations: list
        conclusions: list
        assessment: dict

    _MODELS.update(question=QuestionM, claim=ClaimM, conclusion=ConclusionM, relation=RelationM,
                   quoted=QuotedM, assessment=AssessmentM, top=TopM)
    return _MODELS


_MODELS: dict = {}


def _quoted(q, cls=Quoted, **extra) -> Quoted:
    return cls(quote=q.quote, gloss=q.gloss, start=q.start, end=q.end, **extra)


def _entry_id(m, entry: str, seen: set[str]) -> str:
    """``entry`` named by its id (``claims[3] (id 'c4')``), or as it is if it has none yet."""
    cid = m.get("id") if isinstance(m, dict) else None
    return f"{entry} (id {cid!r})" if isinstance(cid, str) else entry


def _unique(cid: str, entry: str, seen: set[str], where: str) -> None:
    if cid in seen:
        raise TahqiqError(where, f"{entry}: duplicate id")
    seen.add(cid)


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
    M = _models()
    top = validate_entry(M["top"], data, where, "")

    def fail(entry: str, problem: str):
        raise TahqiqError(where, f"{entry}: {problem}" if entry else problem)

    def check(model: str, m, entry: str):
        return validate_entry(M[model], m, where, entry)

    cat = Catalogue(root)
    work = top.work
    if work not in cat.slugs:
        fail("", f"field 'work': unknown work {work!r}; known works: {', '.join(cat.slugs)}")
    if by_slug and work != s:
        fail("", f"field 'work' is {work!r} but the file is named for {s!r}")
    text = top.text
    files = [t.file for t in cat.work(work).texts]
    if text not in files:
        fail("", f"field 'text': {text!r} is not a text of {work!r} ({', '.join(files)})")

    seen_q: set[str] = set()
    questions = []
    for i, m in enumerate(top.questions):
        entry = _entry_id(m, f"questions[{i}]", seen_q)
        q = check("question", m, entry)
        _unique(q.id, entry, seen_q, where)
        questions.append(_quoted(q, Question, id=q.id, where=entry))
    hypothesis = None if top.hypothesis is None else _quoted(check("quoted", top.hypothesis, "hypothesis"), where="hypothesis")
    method = None if top.method is None else _quoted(check("quoted", top.method, "method"), where="method")
    thesis = _quoted(check("quoted", top.thesis, "thesis"), where="thesis")

    seen_c: set[str] = set()
    claims = []
    for i, m in enumerate(top.claims):
        entry = _entry_id(m, f"claims[{i}]", seen_c)
        c = check("claim", m, entry)
        _unique(c.id, entry, seen_c, where)
        claims.append(_quoted(c, Claim, id=c.id, type=c.type, section=c.section, citations=list(c.evidence.citations),
                              findings=list(c.evidence.findings), topics=list(c.topic), note=c.note, where=entry))

    conclusions = []
    seen_k: set[str] = set()
    for i, m in enumerate(top.conclusions):
        entry = _entry_id(m, f"conclusions[{i}]", seen_k)
        k = check("conclusion", m, entry)
        _unique(k.id, entry, seen_k | seen_c | seen_q, where)
        seen_k.add(k.id)
        for c in k.rests_on:
            if c not in seen_c:
                fail(entry, f"field 'rests_on': no claim with id {c!r}")
        for q in k.answers:
            if q not in seen_q:
                fail(entry, f"field 'answers': no question with id {q!r}")
        conclusions.append(_quoted(k, Conclusion, id=k.id, rests_on=list(k.rests_on), answers=list(k.answers),
                                   topics=list(k.topic), findings=list(k.findings), note=k.note, where=entry))
    if not conclusions:
        fail("conclusions", "at least one conclusion is required")

    relations = []
    for i, m in enumerate(top.relations):
        entry = f"relations[{i}]"
        if isinstance(m, dict):
            entry = f"{entry} ({m.get('from')} -> {m.get('to')})"
        r = check("relation", m, entry)
        if r.source not in seen_c:
            fail(entry, f"field 'from': no claim with id {r.source!r}")
        if r.target not in seen_c and r.target not in seen_k:
            fail(entry, f"field 'to': no claim or conclusion with id {r.target!r}")
        if r.source == r.target:
            fail(entry, "a claim cannot relate to itself")
        relations.append(Relation(r.source, r.target, r.type))

    a = check("assessment", top.assessment, "assessment")
    verdicts = {f: Verdict(getattr(a, f).verdict, getattr(a, f).note, getattr(a, f).note_ar)
                for f in ("answers_questions", "hypothesis_confirmed")}
    if not questions and verdicts["answers_questions"].verdict is not None:
        fail("assessment.answers_questions", "the work states no questions: field 'verdict' must be null")
    if hypothesis is None and verdicts["hypothesis_confirmed"].verdict is not None:
        fail("assessment.hypothesis_confirmed", "the work states no hypothesis: field 'verdict' must be null")
    deciding = list(a.deciding_claims)
    for c in deciding:
        if c not in seen_c:
            fail("assessment", f"field 'deciding_claims': no claim with id {c!r}")
    problem, structure = top.problem, list(top.structure)

    return Annotation(
        path=path, where=where, work=work, text=text, problem=problem, questions=questions,
        hypothesis=hypothesis, method=method, structure=structure, thesis=thesis, claims=claims,
        relations=relations, conclusions=conclusions,
        assessment=Assessment(verdicts["answers_questions"], verdicts["hypothesis_confirmed"], deciding),
        data=data, problem_ar=top.problem_ar,
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
