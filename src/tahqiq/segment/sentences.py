"""Sentences: the one sentence splitter, built on the blocks.

:func:`sentences` cuts a block's text into sentences; :func:`sentence_table` applies it to
every body block of a text and returns a table with raw offsets (``file, start, end, text,
block, kind``), the ``sentences`` of :class:`tahqiq.facts.TextFacts`.
"""

from __future__ import annotations

import re

import pandas as pd

from ..corpus.catalogue import Document

BODY_KINDS = ("paragraph", "list_item")
"""Block kinds whose sentences make the table (the body of the text)."""

SENTENCE_COLUMNS = ("file", "start", "end", "text", "block", "kind")

_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?؟…]+[\"'»”)\]]*(?:\[[\d٠-٩]{1,3}\]|\([\d٠-٩]{1,3}\))?(?=\s|$)")
_LEADING_MARKER = re.compile(r"^\s*(?:[(\[]?[\d٠-٩]{1,3}\s*[.)\]\-]|[-•▪◦*]|\*\*)\s*")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` of the sentences of a block's ``text`` starting at ``offset``.

    A sentence ends at ``. ! ? ؟ …`` (with a closing quote or bracket and a note marker ``[12]``
    or ``(3)`` after it) before white space, but not after a single capital (``U.S.``); a leading
    list marker is left out; a piece with fewer than two words of letters joins the next one (the
    last such piece, the one before).
    """
    m = _LEADING_MARKER.match(text)
    pos = m.end() if m else 0
    out: list[tuple[int, int]] = []
    start = pos
    for e in _SENTENCE_END.finditer(text, pos):
        if len(_LETTER_WORD.findall(text[start:e.end()])) >= 2:
            out.append((start, e.end()))
            start = e.end()
    rest = len(_LETTER_WORD.findall(text[start:]))
    if rest >= 2:
        out.append((start, len(text)))
    elif rest and out:  # a short tail joins the sentence before it
        out[-1] = (out[-1][0], len(text))
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        spans.append((offset + a, offset + b))
    return spans


def sentence_table(doc: Document, blocks: pd.DataFrame) -> pd.DataFrame:
    """The sentences of the body blocks of ``doc`` (columns :data:`SENTENCE_COLUMNS`), in reading
    order of the blocks; ``block`` is the block's index in ``blocks``."""
    rows = []
    for i, b in zip(blocks.index, blocks.itertuples(index=False)):
        if b.kind not in BODY_KINDS:
            continue
        for start, end in sentences(b.text, int(b.start)):
            rows.append((doc.name, start, end, doc.raw[start:end], int(i), b.kind))
    return pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
