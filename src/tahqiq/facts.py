"""Facts: everything the detectors may look at, gathered once per text, in one stage.

``gather(docs)`` builds, for each document and in this order, each step a function of the
steps before it::

    raw ─► normalised text ─► blocks ─► sentences
                                 │
                                 ├─► dates ─► figures
                                 ├─► bibliography, notes ─► citations
                                 ├─► entities
                                 └─► event links (with the gazetteer) ─► dated statements

and returns a :class:`Facts` bundle: the :class:`TextFacts` of each text (a plain record of
those tables) and the :class:`Reference` data (the events gazetteer, the economies' reference
figures) that the caller loaded once. Detectors receive the bundle (never a path or a slug):
they are pure functions of the facts and the reference data, read no file and keep no cache.
Each text is known by its file name, and witnesses of one work share an opaque ``work_key``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .corpus.catalogue import Document
from .text.normtext import NormText

STAGES = ("blocks", "sentences", "dates", "figures", "references", "entities", "links")
"""The steps of :func:`text_facts`, in order (``references`` builds bibliography, notes and
citations together)."""


@dataclass(frozen=True)
class Reference:
    """Reference data the detectors compare the texts with, loaded once by the caller.

    ``events``: the events gazetteer (:class:`tahqiq.link.gazetteer.Gazetteer`);
    ``economies``: the annual economies by currency (:class:`tahqiq.corpus.reference.Economy`),
    the bounds of the arithmetic-magnitude detector; ``usd_per``: US dollars per unit by currency
    (``exchange_rates.yml``), to compare amounts in two currencies by order of magnitude."""

    events: object
    economies: dict = field(default_factory=dict)
    offices: object = None  # offices and their holders (:class:`tahqiq.link.offices.Offices`)
    usd_per: dict = field(default_factory=dict)
    agreements: dict = field(default_factory=dict)  # terms of named agreements by event id (tahqiq.link.agreements)
    exercises: dict = field(default_factory=dict)  # places of named exercises by event id (tahqiq.link.exercises)
    series: tuple = ()  # recurring exercises and patrols with their first date (tahqiq.link.exercises.Series)
    rulings: tuple = ()  # rulings and the body that issued each (tahqiq.link.rulings.Ruling)


def load_reference(root: str | Path | None = None) -> Reference:
    """The project's reference data (``data/reference/`` and the bibliography they cite),
    validated; a problem raises :class:`tahqiq.errors.TahqiqError` naming the file.

    The files are read again only when one of them changed (path, size and modification time
    are the key), so building the facts of many small strings does not reread them."""
    from .corpus.catalogue import project_root

    root = Path(root) if root is not None else project_root()
    ref = root / "data" / "reference"
    files = (ref / "events.yml", ref / "economies.yml", root / "book" / "references.bib", ref / "offices.yml",
             ref / "agreements.yml", ref / "exchange_rates.yml", ref / "exercises.yml",
             ref / "rulings.yml")
    key = tuple((str(p), *(lambda st: (st.st_size, st.st_mtime_ns))(p.stat())) if p.is_file() else (str(p),)
                for p in files)
    return _load_reference(key, *files)


@lru_cache(maxsize=4)
def _load_reference(key: tuple, events: Path, economies: Path, bib: Path, offices: Path, agreements: Path,
                    rates: Path, exercises: Path, rulings: Path) -> Reference:
    from .corpus.reference import load_economies, load_exchange_rates
    from .link.agreements import load_agreements
    from .link.events import load_events
    from .link.exercises import load_exercises, load_series
    from .link.offices import load_offices
    from .link.rulings import load_rulings

    gaz = load_events(events, bib)
    return Reference(events=gaz, economies=load_economies(economies, bib),
                     usd_per=load_exchange_rates(rates, bib) if rates.is_file() else {},
                     offices=load_offices(offices, bib) if offices.is_file() else None,
                     agreements=load_agreements(agreements, bib, {e.id for e in gaz}) if agreements.is_file() else {},
                     exercises=load_exercises(exercises, bib, {e.id for e in gaz}) if exercises.is_file() else {},
                     series=load_series(exercises, bib) if exercises.is_file() else (),
                     rulings=load_rulings(rulings, bib) if rulings.is_file() else ())


_EMPTY = pd.DataFrame()
"""The table a text's facts hold before their stage fills it (never handed out: each gets a copy,
a fifth of the cost of making one; ten per text)."""


def _empty() -> pd.DataFrame:
    return _EMPTY.copy()


@dataclass
class TextFacts:
    """The facts of one text: a plain record of its tables (DataFrames whose rows carry
    ``file, start, end, text`` with raw offsets), filled by :func:`text_facts` in the order of
    :data:`STAGES`."""

    file: str
    raw: str
    norm: NormText
    work_key: str
    base: bool
    published: str | None
    doc: Document = field(repr=False)
    blocks: pd.DataFrame = field(default_factory=_empty, repr=False)
    sentences: pd.DataFrame = field(default_factory=_empty, repr=False)
    dates: pd.DataFrame = field(default_factory=_empty, repr=False)
    figures: pd.DataFrame = field(default_factory=_empty, repr=False)
    bibliography: pd.DataFrame = field(default_factory=_empty, repr=False)
    notes: pd.DataFrame = field(default_factory=_empty, repr=False)
    citations: pd.DataFrame = field(default_factory=_empty, repr=False)
    entities: pd.DataFrame = field(default_factory=_empty, repr=False)
    links: pd.DataFrame = field(default_factory=_empty, repr=False)
    statements: pd.DataFrame = field(default_factory=_empty, repr=False)


_FIELDS: tuple[str, ...] = ()
"""The names of :class:`TextFacts`' fields (:func:`per_text` compares them), listed once."""


def records_of(tf: TextFacts, table: str) -> list[dict]:
    """The rows of one of a text's tables (``tf.<table>``) as records (:func:`tahqiq.text.rows.records`:
    ``to_dict("records")``), in its order, read once per table: kept on the text's facts while the
    table is the same object. The detectors select the rows they need from these (a comparison per
    row), not by filtering the table (a boolean mask and a new table, each a fraction of a
    millisecond on one text's small tables). Shared by every caller: read them, never change them
    (copy a row to change it)."""
    from .text.rows import records

    df = getattr(tf, table)
    kept = tf.__dict__.setdefault("_records_of", {}).get(table)
    if kept is None or kept[0] is not df:
        kept = tf.__dict__["_records_of"][table] = (df, records(df) if df is not None else [])
    return kept[1]


def per_text(func=None, *, copy=None):
    """``func(tf)``, a reading of one text that several detectors ask for (or one detector several
    times), computed once per text: the answer is kept on the text's facts while every field of
    them is the same object (a table replaced, as a test may, computes it anew). Callers share
    the answer and must not change it; ``copy``, if given, makes each caller its own
    (``copy(answer)``: fresh dicts of shared rows, say)."""

    def wrap(func):
        import functools

        name = f"_per_text:{func.__module__}.{func.__qualname__}"

        @functools.wraps(func)
        def once(tf: TextFacts):
            global _FIELDS
            if not _FIELDS:
                from dataclasses import fields

                _FIELDS = tuple(f.name for f in fields(TextFacts))
            now = tuple(getattr(tf, f) for f in _FIELDS)
            kept = tf.__dict__.get(name)
            if kept is None or any(a is not b for a, b in zip(kept[0], now)):
                kept = tf.__dict__[name] = (now, func(tf))
            return kept[1] if copy is None else copy(kept[1])

        return once

    return wrap(func) if func is not None else wrap


@dataclass
class Facts:
    """The facts of a set of texts and the reference data they are checked against."""

    texts: list[TextFacts]
    reference: Reference | None = None

    def __post_init__(self):
        if self.reference is None:
            self.reference = load_reference()

    def __iter__(self):
        return iter(self.texts)

    def by_file(self, file: str) -> TextFacts:
        return next(t for t in self.texts if t.file == file)

    def witnesses(self) -> dict[str, list[TextFacts]]:
        """Texts grouped by work, for works with more than one text (base text first)."""
        groups: dict[str, list[TextFacts]] = {}
        for t in self.texts:
            groups.setdefault(t.work_key, []).append(t)
        return {k: sorted(v, key=lambda t: (not t.base, t.file)) for k, v in groups.items() if len(v) > 1}


def _record(doc: Document) -> TextFacts:
    work = doc.work
    return TextFacts(
        file=doc.name,
        raw=doc.raw,
        norm=doc.norm,
        work_key=work.slug if work else doc.name,
        base=(work is None) or doc.name == work.base_text,
        published=doc.date or (work.date_published if work else None),
        doc=doc,
    )


FLOWING_KINDS = ("paragraph", "abstract", "list_item")
"""Block kinds whose line ends inside a block only wrap its text."""


def flowed(norm: NormText, blocks: pd.DataFrame, form: str) -> NormText:
    """``norm`` with each line end that wraps a paragraph, an abstract or a list item
    (:func:`tahqiq.text.spans.wraps`: after a long line) read as a space: a paragraph hard-wrapped by its
    writer's editor or by a PDF's lines is one paragraph, so a sentence the wrap cuts is read whole by the
    detectors. Same length and offsets; the lines of a text whose lines are out of order
    (``pdf-scrambled``) stay units of their own, and a short line (a heading the blocks did not set
    apart) ends its line."""
    from .checks import UNORDERED_FORMS
    from .text.spans import wraps

    if form in UNORDERED_FORMS or blocks.empty or "\n" not in norm.text:
        return norm
    chars = None
    for kind, start, end in zip(blocks["kind"], blocks["start"], blocks["end"]):
        if kind not in FLOWING_KINDS:
            continue
        a, b = norm.norm_span(int(start), int(end))
        k = norm.text.find("\n", a, b)
        while 0 <= k < b - 1:
            # (a list item whose line ends a sentence is done: the line after it opens a paragraph of its own,
            # «- … وتحوّل إلى الاتحاد بعد ثلاث سنوات.⏎وقد وقّع المعاهدة …»)
            if wraps(norm.text, k) and not (kind == "list_item" and norm.text[a:k].rstrip()[-1:] in ".!?؟"):
                if chars is None:
                    chars = list(norm.text)
                chars[k] = " "
            k = norm.text.find("\n", k + 1, b)
    if chars is None:
        return norm
    return NormText(raw=norm.raw, text="".join(chars), starts=norm.starts)


def text_facts(doc: Document, reference: Reference | None = None, timer=None) -> TextFacts:
    """The facts of one document, each table built once, in the order of :data:`STAGES`.

    ``reference`` gives the gazetteer the event links are made with (the project's when None).
    ``timer``, if given, is called as ``timer(stage, seconds)`` after each step with the CPU seconds it took (benchmarks)."""
    from time import process_time

    from .extract.citations import extract_references
    from .extract.dates import extract_dates
    from .extract.figures import extract_figures
    from .link.entities import extract_entities
    from .link.events import dated_statements, link_mentions
    from .segment.blocks import segment
    from .segment.sentences import sentence_table

    gaz = (reference or load_reference()).events
    t = _record(doc)
    clock = process_time()

    def done(stage: str) -> None:
        nonlocal clock
        if timer is not None:
            now = process_time()
            timer(stage, now - clock)
            clock = now

    t.norm.text  # the normalised view, built once by the document
    done("normalise")
    t.blocks = segment(doc)
    t.norm = flowed(t.norm, t.blocks, doc.form)
    done("blocks")
    t.sentences = sentence_table(doc, t.blocks)
    done("sentences")
    t.dates = extract_dates(doc)
    done("dates")
    t.figures = extract_figures(doc, t.dates)
    done("figures")
    t.bibliography, t.notes, t.citations = extract_references(doc, t.blocks, t.dates)
    done("references")
    t.entities = extract_entities(doc, t.blocks)
    done("entities")
    t.links = link_mentions(t, gaz)
    t.statements = dated_statements(t, t.links)
    done("links")
    return t


def _text_facts_in_worker(args: tuple[Document, Reference]) -> TextFacts:
    return text_facts(*args)


def gather(docs: list[Document], reference: Reference | None = None, timer=None, jobs: int = 1) -> Facts:
    """The facts of every document and the reference data (loaded here when not given).

    With ``jobs`` > 1 (and no ``timer``) the texts' facts are built in that many worker processes;
    each text's facts are a function of the text and the reference alone, so the result is the same."""
    from concurrent.futures import ProcessPoolExecutor

    reference = reference or load_reference()
    docs = list(docs)
    if jobs <= 1 or len(docs) <= 1 or timer is not None:
        return Facts([text_facts(d, reference, timer) for d in docs], reference)
    with ProcessPoolExecutor(max_workers=min(jobs, len(docs))) as pool:
        return Facts(list(pool.map(_text_facts_in_worker, [(d, reference) for d in docs])), reference)
