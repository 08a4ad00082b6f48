"""Sentences: the one sentence splitter, built on the blocks, and the sentence-end rules.

:func:`sentences` cuts a block's text into sentences; :func:`sentence_table` applies it to
every body block of a text and returns a table with raw offsets (``file, start, end, text,
block, kind``), the ``sentences`` of :class:`tahqiq.facts.TextFacts`.

Some stages need a sentence around a position of a whole text (normalised or raw) rather than
the sentences of the blocks: they use :func:`ends`, :func:`between`, :func:`enclosing` and
:func:`around` with one of the rules below, named here in one place so that their differences
are visible and reasoned:

* :data:`STOP_OR_LINE` (event links): a stop before white space, or any line break;
* :data:`STOP_RUN_OR_LINE` (paraphrase alignment): a run of stops and line breaks, since the
  lines of a scrambled PDF are units of their own;
* :data:`STOP_OR_BLANK` (arithmetic, citations): a stop not before a digit (a decimal point is no end)
  nor after an abbreviation or an initial, or a blank line; :data:`BLANK_LINE` gives the paragraph;
* :data:`GAP` (chronology, periods): the white space after a stop, a blank line, or the line
  break before a list, note or heading marker;
* :data:`STOP_OR_BREAK` (dates: the sentence a date takes its year or anchor from): a stop
  before white space, a blank line, or the line break before a list marker; :data:`PARAGRAPH_GAP`
  (dates: how far an anaphoric expression reaches) a line break, any white space, a line break.
  :class:`NextBreak` asks whether such a break lies between two positions, in one pass.
"""

from __future__ import annotations

from ..text.rows import frame, tuples
from ..text import recache as re  # re, with compiled patterns kept between runs
from bisect import bisect_right
from functools import lru_cache

import pandas as pd

from ..corpus.catalogue import Document

BODY_KINDS = ("paragraph", "list_item")
"""Block kinds whose sentences make the table (the body of the text)."""

SENTENCE_COLUMNS = ("file", "start", "end", "text", "block", "kind")

# (the leading look-ahead names the characters a match starts with: the same matches, but the
# look-behind runs only at a stop, not at every character: 2.7x faster over a text)
_SENTENCE_END = re.compile(r"(?=[.!?؟…])(?<!\b[A-Z])[.!?؟…]+[\"'»”)\]]*(?:\[[\d٠-٩]{1,3}\]|\([\d٠-٩]{1,3}\))?(?=\s|$)")
_LEADING_MARKER = re.compile(r"^\s*(?:[(\[]?[\d٠-٩]{1,3}\s*[.)\]\-]|[-•▪◦*]|\*\*)\s*")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


STOP_OR_LINE = re.compile(r"[.!?؟؛](?=\s)|\n")
STOP_RUN_OR_LINE = re.compile(r"[.!?؟؛\n]+")
# a stop that ends no sentence: an abbreviation («i.e.», "e.g.", "p.", "No.", "vs.", an initial «J.»)
_ABBREV = r"(?<!\bi\.e)(?<!\be\.g)(?<!\bcf)(?<!\bvs)(?<!\betc)(?<!\bNo)(?<!\bpp)(?<!\bp)(?<!\bVol)(?<!\b[A-Z])"
# the leading lookahead names the characters a match can start with: the same matches, but the nine
# look-behinds of an abbreviation run only before a stop, not at every character (12x faster to scan)
STOP_OR_BLANK = re.compile(rf"(?=[!?؟.\n])(?:[!?؟](?![\d])(?=[\s\[\(⁽\"”»]|$)|{_ABBREV}\.(?![\d])(?=[\s\[\(⁽\"”»]|$)|\n[ \t]*\n)")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
STOP_OR_CLOSE = re.compile(r"[.!?؟؛\n]|\)")
"""A stop, a semicolon, a line end or a closing bracket: where a count's list of items ends."""
GAP = re.compile(r"(?<=[.!?؟])\s+|\n\s*\n|\n(?=[ \t]*(?:[-*•#]|\(?\d+[.)-]|\[\d+\]))")
STOP_OR_BREAK = re.compile(r"[.!?؟]\s|\n\s*\n|\n(?=\s*[-*#\d(]\s)")
PARAGRAPH_GAP = re.compile(r"\n\s*\n")


class NextBreak:
    """Whether a match of ``rule`` (a sentence or paragraph break) lies between two positions of
    ``text``, asked with ever later starting positions: each stretch of text is searched once, so
    a whole text costs one pass."""

    def __init__(self, text: str, rule: re.Pattern):
        self.t, self.pattern = text, rule
        self.searched_from, self.found = -1, len(text) + 1  # the first break at or after searched_from

    def between(self, a: int, b: int) -> bool:
        if a > self.found or self.searched_from < 0 or a < self.searched_from:
            m = self.pattern.search(self.t, a)
            self.searched_from, self.found = a, (m.start() if m else len(self.t) + 1)
        return self.found < b


_ENDS_LAST: tuple = (None, None, ())
"""The last text and rule :func:`ends` read, and their ends (one tuple, read and replaced at once,
so that threads never pair one text with another's ends)."""


def ends(text: str, rule: re.Pattern = STOP_OR_LINE) -> list[int]:
    """The offsets just after each sentence end of ``text`` under ``rule`` (a fresh list; the last
    text's are kept: its detectors ask for them one after another)."""
    global _ENDS_LAST
    last_text, last_rule, found = _ENDS_LAST
    if last_rule is not rule or (last_text is not text and last_text != text):
        found = tuple(m.end() for m in rule.finditer(text))
        _ENDS_LAST = (text, rule, found)
    return list(found)


def enclosing(bounds: list[int], n: int, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` in a text of length ``n`` whose sentence ends are ``bounds``
    (as :func:`ends` gives them)."""
    i = bisect_right(bounds, pos)
    return (bounds[i - 1] if i else 0, bounds[i] if i < len(bounds) else n)


def between(text: str, rule: re.Pattern = GAP) -> list[tuple[int, int]]:
    """The non-empty stretches of ``text`` between the matches of ``rule`` (the sentences, when
    ``rule`` matches what separates them)."""
    spans, pos = [], 0
    for m in rule.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def around(text: str, pos: int, rule: re.Pattern = STOP_OR_BLANK, reach: int = 2000, keep_end: bool = True,
           strip: bool = True) -> tuple[int, int]:
    """The sentence of ``text`` holding offset ``pos``: from after the previous match of ``rule``
    (looked for within ``reach`` characters) to the next one, the match included when
    ``keep_end``, leading white space left out when ``strip``."""
    start = 0
    if rule is STOP_OR_BLANK:
        start = _last_stop_end(text, max(0, pos - reach), pos)
    else:
        for m in rule.finditer(text, max(0, pos - reach), pos):
            if m.end() <= pos:
                start = m.end()
    m = rule.search(text, pos)
    end = (m.end() if keep_end else m.start()) if m else len(text)
    while strip and start < end and text[start].isspace():
        start += 1
    return start, end


_STOP_CHARS = "!?؟.\n"
"""The characters a match of :data:`STOP_OR_BLANK` starts with; it holds only them and blanks."""
_STOP_AT = re.compile(r"[!?؟.\n]")
_STOPS_LAST: list = [(None, [])]  # (text, its stop characters), read and replaced as one (threads)


def _last_stop_end(text: str, lo: int, hi: int) -> int:
    """The end of the last match of ``STOP_OR_BLANK.finditer(text, lo, hi)`` (0 if none), found from
    ``hi`` backwards instead of by a pass over the ``reach`` before it (a figure's sentence was
    looked for over 2,000 characters). A match holds only stop characters and blanks, so no match
    crosses a character of another kind: the pass from ``lo`` finds, after such a character, what a
    pass begun just after it finds, and before it what a pass ending just after it finds (the
    pattern's look-aheads read one character). So the last stretch after such a character that
    has a match gives the answer. The text's stop characters are listed once per text."""
    last, stops = _STOPS_LAST[0]
    if last is not text:
        stops = [m.start() for m in _STOP_AT.finditer(text)]
        _STOPS_LAST[0] = (text, stops)
    end = hi
    i = bisect_right(stops, end - 1)  # the stop characters before ``end``: stops[:i]
    while i and stops[i - 1] >= lo:
        sync = stops[i - 1] - 1  # the last character before it that no match holds (or lo - 1)
        while sync >= lo and (text[sync] in _STOP_CHARS or text[sync] in " \t"):
            sync -= 1
        last = None
        for last in STOP_OR_BLANK.finditer(text, sync + 1, end):
            pass
        if last is not None:
            return last.end()
        end = sync + 1
        i = bisect_right(stops, sync)
    return 0


STOP_CHAR_OR_LINE = re.compile(r"[.!?؟\n]")
"""A full stop, question or exclamation mark or line end, as one character: the sentence ends of a
quote shown to a reader (:func:`near`)."""


def near(text: str, start: int, end: int, limit: int = 300, rule: re.Pattern = STOP_CHAR_OR_LINE) -> tuple[int, int]:
    """The sentence (or line) around ``text[start:end]``, at most ``limit`` characters each side:
    back to just after the previous character matching ``rule``, forward to the next one (a
    closing stop included)."""
    a, lo = start, max(0, start - limit)
    while a > lo and not rule.match(text[a - 1]):
        a -= 1
    b, hi = end, min(len(text), end + limit)
    while b < hi and not rule.match(text[b]):
        b += 1
    if b < len(text) and text[b] in ".!?؟":
        b += 1
    return a, b


def _words_upto2(text: str, a: int, b: int) -> int:
    """``min(2, len(_LETTER_WORD.findall(text[a:b])))``, without finding every word (the pattern
    has no look-around, so searching between ``a`` and ``b`` is searching the slice)."""
    m = _LETTER_WORD.search(text, a, b)
    if m is None:
        return 0
    return 2 if _LETTER_WORD.search(text, m.end(), b) else 1


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
        if _words_upto2(text, start, e.end()) >= 2:
            out.append((start, e.end()))
            start = e.end()
    rest = _words_upto2(text, start, len(text))
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


_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=8)
def line_sentences(text: str) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """``(start, end, sentences)`` of each non-empty line of ``text`` (a normalised text's
    paragraphs are its lines), its :func:`sentences` as offsets in ``text``: cut once per text
    however many rules read a text's sentences paragraph by paragraph."""
    return tuple((par.start(), par.end(), tuple(sentences(par.group(), par.start()))) for par in _LINE.finditer(text))


def sentence_table(doc: Document, blocks: pd.DataFrame) -> pd.DataFrame:
    """The sentences of the body blocks of ``doc`` (columns :data:`SENTENCE_COLUMNS`), in reading
    order of the blocks; ``block`` is the block's index in ``blocks``."""
    rows = []
    for i, b in zip(blocks.index, tuples(blocks, index=False)):
        if b.kind not in BODY_KINDS:
            continue
        for start, end in sentences(b.text, int(b.start)):
            rows.append((doc.name, start, end, doc.raw[start:end], int(i), b.kind))
    return frame(rows, SENTENCE_COLUMNS)
