"""Facts: everything the detectors may look at, gathered once per text.

``gather(docs)`` runs segmentation and extraction on each document and returns a
:class:`Facts` bundle. Detectors receive the bundle (never a path or a slug): each text is
known by its file name, and witnesses of one work share an opaque ``work_key``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from .corpus.catalogue import Document
from .text.normtext import NormText


@dataclass
class TextFacts:
    """The facts of one text. Tables are DataFrames whose rows carry ``file, start, end, text``."""

    file: str
    raw: str
    norm: NormText
    work_key: str
    base: bool
    published: str | None
    doc: Document = field(repr=False)

    @cached_property
    def blocks(self) -> pd.DataFrame:
        from .segment.blocks import segment

        return segment(self.doc)

    @cached_property
    def dates(self) -> pd.DataFrame:
        from .extract.dates import extract_dates

        return extract_dates(self.doc)

    @cached_property
    def figures(self) -> pd.DataFrame:
        from .extract.figures import extract_figures

        return extract_figures(self.doc, self.dates)

    @cached_property
    def citations(self) -> pd.DataFrame:
        from .extract.citations import extract_citations

        return extract_citations(self.doc)

    @cached_property
    def bibliography(self) -> pd.DataFrame:
        from .extract.citations import extract_bibliography

        return extract_bibliography(self.doc)

    @cached_property
    def notes(self) -> pd.DataFrame:
        from .extract.citations import extract_notes

        return extract_notes(self.doc)


@dataclass
class Facts:
    texts: list[TextFacts]

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


def text_facts(doc: Document) -> TextFacts:
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


def gather(docs: list[Document]) -> Facts:
    return Facts([text_facts(d) for d in docs])
