"""Facts built from small hand-made tables, so that a detector test needs neither the corpus nor
the extractors: a detector is a function of the facts and the reference data, and these build
exactly the rows it reads.

    raw = "Putin met Poutine."
    t = text(raw, entities=[entity(raw, "Putin", name="putin", canon="putin"), ...])
    findings = entity_variant(facts(t))

A row names its span by a ``quote`` (its ``occurrence``-th appearance in ``raw``), so offsets are
never typed by hand; every other column of the table's schema is None unless given.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tahqiq.corpus.catalogue import Document
from tahqiq.extract.citations import BIB_COLUMNS, COLUMNS as CITATION_COLUMNS
from tahqiq.facts import Facts, Reference, TextFacts
from tahqiq.link.entities import COLUMNS as ENTITY_COLUMNS
from tahqiq.link.events import COLUMNS as LINK_COLUMNS, STATEMENT_COLUMNS, Event, Gazetteer, format_interval


def span(raw: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """The raw offsets of the ``occurrence``-th ``quote`` in ``raw``."""
    start = -1
    for _ in range(occurrence):
        start = raw.index(quote, start + 1)
    return start, start + len(quote)


def row(raw: str, quote: str, occurrence: int = 1, file: str = "t.txt", **columns) -> dict:
    """A table row quoting ``quote``: ``file, start, end, text`` and the given columns."""
    start, end = span(raw, quote, occurrence)
    return {"file": file, "start": start, "end": end, "text": raw[start:end], **columns}


def table(rows: list[dict], columns) -> pd.DataFrame:
    """The rows as a table of the given schema, sorted by start (missing columns are None)."""
    df = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=list(columns))
    return df.sort_values("start", kind="stable").reset_index(drop=True) if len(df) else df


def entity(raw: str, quote: str, *, name: str, kind: str = "person", canon: str | None = None,
           skeleton: str | None = None, script: str = "ar", occurrence: int = 1, file: str = "t.txt") -> dict:
    """A row of the entities table (``canon`` is the gazetteer id when the gazetteer knows it)."""
    from tahqiq.link.entities import skeleton as skel

    return row(raw, quote, occurrence, file, name=name, kind=kind, cue=None, canon=canon, script=script,
               skeleton=skeleton if skeleton is not None else skel(name))


def reference(raw: str, quote: str, *, occurrence: int = 1, file: str = "t.txt", **fields) -> dict:
    """A row of the notes or bibliography table: a parsed reference (fields of
    :data:`tahqiq.extract.citations.BIB_COLUMNS`)."""
    return row(raw, quote, occurrence, file, **fields)


def event(eid: str, start: str, end: str | None = None, *, kind: str = "summit", name: str | None = None,
          precision: str = "day") -> Event:
    """An event of the gazetteer (no aliases: the links are given by hand)."""
    return Event(eid, kind, name or eid, name or eid, (), start, end or start, precision, "test", ())


def link(raw: str, mention: str, date: str, event_id: str, when: tuple[str, str], *, granularity: str = "day",
         rel: str = "on", score: float = 0.9, file: str = "t.txt", occurrence: int = 1) -> dict:
    """A row of the event links table: ``mention`` of event ``event_id`` dated by the ``date`` quote
    to the inclusive interval ``when``."""
    m = row(raw, mention, occurrence, file)
    ds, de = span(raw, date)
    return {**m, "event_id": event_id, "alias": mention, "date_start": when[0], "date_end": when[1],
            "date_text": raw[ds:de], "date_rel": rel, "score": score,
            "evidence": {"date": {"start": ds, "end": de, "text": raw[ds:de], "type": "date",
                                  "granularity": granularity, "modifier": None},
                         "interval": format_interval(*when)}}


def text(raw: str, file: str = "t.txt", *, work_key: str | None = None, base: bool = True,
         published: str | None = None, form: str = "plain", blocks: list[dict] | None = None,
         entities: list[dict] = (), notes: list[dict] = (), bibliography: list[dict] = (),
         citations: list[dict] = (), links: list[dict] = (), statements: list[dict] = (),
         **tables: pd.DataFrame) -> TextFacts:
    """The facts of one text, made of the given rows (every table not given is empty)."""
    doc = Document(path=Path(file), raw=raw, form=form)
    return TextFacts(
        file=file, raw=raw, norm=doc.norm, work_key=work_key or file, base=base, published=published, doc=doc,
        blocks=pd.DataFrame(blocks or [], columns=["file", "start", "end", "text", "kind"]),
        entities=table(list(entities), ENTITY_COLUMNS),
        notes=table(list(notes), BIB_COLUMNS),
        bibliography=table(list(bibliography), BIB_COLUMNS),
        citations=table(list(citations), CITATION_COLUMNS),
        links=table(list(links), LINK_COLUMNS),
        statements=table(list(statements), STATEMENT_COLUMNS),
        **tables,
    )


def facts(*texts: TextFacts, events: list[Event] = ()) -> Facts:
    """A bundle of texts checked against a gazetteer of the given events."""
    return Facts(list(texts), Reference(events=Gazetteer(Path("<test>"), tuple(events))))


def extracted(*raws: str) -> Facts:
    """Facts extracted from plain texts ``t0.txt``, ``t1.txt``… (the real extractors, not hand-made rows)."""
    from tahqiq.facts import text_facts

    return Facts([text_facts(Document(path=Path(f"t{i}.txt"), raw=s, form="plain")) for i, s in enumerate(raws)])


def run_detector(name: str, *raws: str) -> list:
    """The findings of the registered detector ``name`` over :func:`extracted` facts of ``raws``,
    after checking that every span quotes its text."""
    from tahqiq.checks import REGISTRY, load_all

    load_all()
    fs = REGISTRY[name].func(extracted(*raws))
    for f in fs:
        for sp in f.spans:
            assert raws[int(sp.file[1])][sp.start:sp.end] == sp.text
    return fs
