"""Citations: footnote markers linked to their notes, author-year references, bibliography
entries and endnotes, each parsed into its fields and resolved to the bibliography.

Three tables, all with raw offsets (``text == raw[start:end]``) and rows sorted by ``start``:

* :func:`extract_bibliography` -- one row per bibliography entry (Arabic and English sections)
  or endnote (``[n] ...`` after a web article), parsed into author, title, venue, volume,
  issue, year, date, pages, publisher, place, URL, the date written in the URL path and the
  access date;
* :func:`extract_notes` -- the footnote texts, parsed the same way, each with its page;
* :func:`extract_citations` -- one row per citation in the body: a footnote marker (``(1)``,
  ``<sup>(1)</sup>``, ``^(١)``, ``⁽¹⁾``) linked to the note with that number on its page, an
  endnote marker ``[n]``, or an author-year reference (``(Snyder: 1997, p 123)``,
  ``(Korolev; 2021, 9)``, ``(فرقاني، 2016)``, and the mirrored or split forms that
  right-to-left PDF extraction produces), with the year/date it gives, its URL date and the
  bibliography entry it resolves to.

The blocks (paragraphs, footnotes, endnotes, bibliography entries, pages) come from
:func:`tahqiq.segment.blocks.segment`. The string parsers (:func:`parse_reference`,
:func:`find_markers`, :func:`find_author_year`, :func:`url_date`, :func:`parse_date`) work on
any string and are what the tests exercise with synthetic cases.
"""


from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
import pandas as pd
from ...text.rows import frame, tuples
from ...corpus.catalogue import Document
from ...text.normtext import language
from .fields import BIB_COLUMNS, COLUMNS, FIELDS, KINDS, _date_rows, _dates_in, parse_date, url_date
from .markers import find_author_year, find_markers
from .parse import _URL, _clean, parse_reference
from .resolve import _resolve_author_year, _resolve_notes, ref_key, resolve_reference, same_url, url_key

__all__ = [
    "BIB_COLUMNS", "COLUMNS", "FIELDS", "KINDS",
    "extract_bibliography", "extract_citations", "extract_notes", "extract_references",
    "find_author_year", "find_markers", "parse_date", "parse_reference", "url_date",
    "ref_key", "resolve_reference", "same_url", "url_key",
]
"""The string parsers live in :mod:`.fields` (columns, dates of a reference), :mod:`.parse` (one
reference's fields), :mod:`.markers` (markers and author-year references in the body) and
:mod:`.resolve` (keys and resolution to the bibliography); this module reads a document's blocks."""

# --------------------------------------------------------------------------- documents

NOTE_KIND = "footnote"
ENDNOTE_KIND = "endnote"
BIB_KIND = "bibliography"
NOT_BODY_KINDS = frozenset(
    {"footnote", "endnote", "bibliography", "boilerplate", "heading", "title", "metadata"}
)
"""Block kinds of :func:`tahqiq.segment.blocks.segment` in which no citation of the body is looked for."""


def _stem(doc: Document) -> str:
    return Path(doc.name).stem


def _blocks(doc: Document, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """The blocks of ``doc`` (segmented when not given) in order of their start."""
    if blocks is None:
        from ...segment.blocks import segment

        blocks = segment(doc)
    return blocks.sort_values("start", kind="stable").reset_index(drop=True)


def _block_rows(doc: Document, blocks: pd.DataFrame | None = None) -> list:
    """The rows of :func:`_blocks` as named tuples (``itertuples``), read once: the bibliography,
    the notes and the citations each take the blocks of their kinds from them (a list filtered,
    not a table masked and copied for each kind)."""
    return tuples(_blocks(doc, blocks), index=False)


def _opt_int(v) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


@dataclass(frozen=True)
class _Piece:
    """A span of the raw text to parse as one reference, with what the segmenter said of it."""

    start: int
    end: int
    number: int | None
    page: int | None
    section: str | None


_ENTRY_HEAD = re.compile(r"[ \t]*[^\W\d_][^\n()\d]{1,80}?\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)")
"""The head of a reference-list entry: its authors, then its year in brackets («Kassymova, A. (2022)»)."""


def _of_kind(blocks: list, kind: str) -> list:
    """The rows (:func:`~tahqiq.text.rows.tuples` of the blocks table) of one kind, in order."""
    return [b for b in blocks if b.kind == kind]


def _pieces(blocks: list, section_of, split_urls: bool = False) -> list[_Piece]:
    """The blocks (rows of the blocks table) as pieces. With ``split_urls``, a block whose lines
    each carry their own URL is cut into one piece per line: several web references run together
    (an entry without a number after the previous one)."""
    out = []
    for b in blocks:
        number, page, section = _opt_int(b.number), _opt_int(b.page), section_of(b)
        spans = [(b.start, b.end)]
        if split_urls:
            lines = [m.span() for m in re.finditer(r"[^\n]+", b.text)]
            lines = [(a, z) for a, z in lines if b.text[a:z].strip()]
            if len(lines) > 1 and all(_URL.search(b.text[a:z]) for a, z in lines):
                spans = [(b.start + a, b.start + z) for a, z in lines]
            elif len(lines) > 1 and _ENTRY_HEAD.match(b.text, lines[0][0]) and \
                    sum(bool(_ENTRY_HEAD.match(b.text, a)) for a, _ in lines) >= 2:
                # entries one after another without a blank line between (a PDF's reference list:
                # «Kassymova, A. (2022). …» then «Nurmagambetov, R. (2019). …»): a line that opens with
                # an author and a year in brackets starts an entry, the lines after it continue it
                heads = [k for k, (a, _) in enumerate(lines) if _ENTRY_HEAD.match(b.text, a)]
                spans = [(b.start + lines[k][0], b.start + lines[(heads[j + 1] if j + 1 < len(heads) else len(lines)) - 1][1])
                         for j, k in enumerate(heads)]
        for k, (a, z) in enumerate(spans):
            out.append(_Piece(a, z, number if k == 0 else None, page, section))
    return out


def _ref_rows(doc: Document, pieces: list[_Piece], inverted: bool, dates: pd.DataFrame | None = None) -> list[dict]:
    """Rows of :data:`BIB_COLUMNS` for pieces parsed with :func:`parse_reference`; ``dates`` is
    the text's dates table when the caller has it (each piece then takes the dates inside it)."""
    rows = []
    known = None if dates is None else _date_rows(dates)
    for pc in pieces:
        text = doc.raw[pc.start:pc.end]
        body = text.strip()
        start = pc.start + len(text) - len(text.lstrip())
        end = start + len(body)
        f = parse_reference(body, inverted=inverted, dates=None if known is None else _dates_in(known, start, end))
        rows.append({
            "file": doc.name, "start": start, "end": end, "text": body, "bib_id": None,
            # the language of the entry's words: a URL's Latin letters do not make an Arabic entry English
            "section": pc.section, "lang": language(body.replace(f["url"], " ") if f.get("url") else body),
            "number": pc.number if pc.number is not None else f["number"], "page": pc.page,
            **{k: f[k] for k in FIELDS if k not in ("number", "back")},
            "_back": f["back"],
        })
    return rows


def _frame(rows: list[dict], columns: tuple[str, ...]) -> pd.DataFrame:
    if not rows:  # most texts have no notes, no bibliography or no citations: a copy of one empty table
        return _empty_frame(columns).copy()
    return _build_frame(rows, columns)


@lru_cache(maxsize=None)
def _empty_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    """The table of no rows, built once per process as :func:`_build_frame` builds it (never handed out itself)."""
    return _build_frame([], columns)


def _build_frame(rows: list[dict], columns: tuple[str, ...]) -> pd.DataFrame:
    # the rows in order of their (integer) start, stably, before the table is built: the table
    # DataFrame.sort_values(kind="stable").reset_index(drop=True) gave, without copying it twice
    return frame(rows, columns, {c: "Int64" for c in ("number", "page", "year", "marker", "note_start", "note_end")
                                 if c in columns}, by=itemgetter("start"))


def _bib_section(block) -> str | None:
    """The bibliography section the segmenter names in ``detail`` (``periodicals``, ``internet`` …)."""
    return block.detail if isinstance(block.detail, str) else None


def _bibliography(doc: Document, blocks: list, dates: pd.DataFrame | None = None) -> list[dict]:
    """The bibliography's and the endnotes' rows; ``blocks``: the rows of the blocks table (:func:`_block_rows`)."""
    stem = _stem(doc)
    rows = _ref_rows(doc, _pieces(_of_kind(blocks, BIB_KIND), _bib_section, split_urls=True), inverted=True,
                     dates=dates)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["lang"]] = counts.get(r["lang"], 0) + 1
        r["bib_id"] = f"{stem}:bib:{r['lang']}:{counts[r['lang']]}"
    ends = _ref_rows(doc, _pieces(_of_kind(blocks, ENDNOTE_KIND), lambda b: "endnotes"), inverted=False, dates=dates)
    for k, r in enumerate(ends, 1):
        r["bib_id"] = f"{stem}:note:{r['number'] if r['number'] is not None else k}"
    return rows + ends


def extract_bibliography(doc: Document, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per bibliography entry or endnote of ``doc`` (columns :data:`BIB_COLUMNS`).

    ``bib_id`` is ``<stem>:bib:<lang>:<k>`` (the k-th entry in that language, in reading
    order) for bibliography entries and ``<stem>:note:<n>`` for endnote n. Bibliography
    entries are parsed as «Surname, Given names, …» (see :func:`parse_reference`);
    ``section`` is the bibliography section the segmenter names.
    """
    return _frame(_bibliography(doc, _block_rows(doc, blocks)), BIB_COLUMNS)


def _notes(doc: Document, blocks: list, dates: pd.DataFrame | None = None) -> list[dict]:
    """The footnotes' rows; ``blocks``: the rows of the blocks table (:func:`_block_rows`)."""
    stem = _stem(doc)
    rows = _ref_rows(doc, _pieces(_of_kind(blocks, NOTE_KIND), lambda b: "footnote"), inverted=False, dates=dates)
    for k, r in enumerate(rows, 1):
        page = r["page"] if r["page"] is not None else 0
        number = r["number"] if r["number"] is not None else k
        r["bib_id"] = f"{stem}:fn:{page}:{number}"
    return rows


def extract_notes(doc: Document, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """The footnotes of ``doc`` parsed like bibliography entries (columns :data:`BIB_COLUMNS`).

    ``section`` is ``"footnote"``, ``page`` the page the note stands on, ``number`` its number
    on that page, and ``bib_id`` the note's own id ``<stem>:fn:<page>:<number>``.
    """
    return _frame(_notes(doc, _block_rows(doc, blocks)), BIB_COLUMNS)


# --------------------------------------------------------------------------- citations


def _note_for(marker_pos: int, page, number: int, notes: list[dict]) -> dict | None:
    """The note a marker points to: the note with its number on its page, else the first note
    with that number after the marker (a note pushed to the next page)."""
    same = [n for n in notes if n["number"] == number]
    if page is not None:
        on_page = [n for n in same if n["page"] == page]
        if on_page:
            after = [n for n in on_page if n["start"] >= marker_pos]
            return (after or on_page)[0]
    after = [n for n in same if n["start"] >= marker_pos]
    return after[0] if after else None


def _label_end(text: str) -> int | None:
    """Where a list item's own number «(n)» ends when it closes the item's first line (right-to-left
    extraction moves the label from the start of the line to its end), else None."""
    m = re.match(r"[^\n]*?\((\d{1,2})\)[ \t]*(?:\n|$)", text)
    return m.end(1) + 1 if m else None


def _citation_row(doc: Document, start: int, end: int, kind: str, page) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(file=doc.name, start=start, end=end, text=doc.raw[start:end], kind=kind, page=page,
               resolved=False)
    return row


def _fill_from(row: dict, ref: dict, bib_id: str | None, bib_by_id: dict) -> None:
    for k in ("authors", "year", "date", "pages", "url", "url_date"):
        row[k] = ref.get(k)
    row["bib_id"] = bib_id
    row["bib_text"] = bib_by_id[bib_id]["text"] if bib_id in bib_by_id else None
    row["resolved"] = bib_id is not None


def extract_citations(doc: Document, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every citation in the body of ``doc`` (columns :data:`COLUMNS`), sorted by start.

    * ``footnote``: a marker (see :func:`find_markers`) in a body block, linked to the note
      with its number on its page (``note_start``/``note_end``/``note_text``), else to the
      first note with that number after it; ``authors``/``year``/``date``/``pages``/``url``/
      ``url_date`` are the note's, ``bib_id`` the bibliography entry the note resolves to
      (see :func:`resolve_reference`; «ibid.» takes the previous note's);
    * ``endnote``: a ``[n]`` marker, linked to endnote n, whose id is its ``bib_id``;
    * ``author_year``: a reference found by :func:`find_author_year`, resolved by surname and
      year when the text has a bibliography.

    ``marker`` is the note number; ``page`` the page of the block holding the citation.
    """
    return extract_references(doc, blocks)[2]


def extract_references(doc: Document, blocks: pd.DataFrame | None = None, dates: pd.DataFrame | None = None,
                       ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The bibliography, the notes and the citations of ``doc`` (see :func:`extract_bibliography`,
    :func:`extract_notes`, :func:`extract_citations`), each reference parsed once.

    ``blocks`` is the :func:`tahqiq.segment.blocks.segment` table of ``doc`` (computed when not
    given); ``dates`` its :func:`tahqiq.extract.dates.extract_dates` table, from which each
    reference takes the dates written in it (when not given, each reference's dates are
    extracted from the reference alone)."""
    blocks = _block_rows(doc, blocks)
    bib = _bibliography(doc, blocks, dates)
    notes = _notes(doc, blocks, dates)
    return _frame(bib, BIB_COLUMNS), _frame(notes, BIB_COLUMNS), _citations(doc, blocks, bib, notes)


def _citations(doc: Document, blocks: list, bib: list[dict], notes: list[dict]) -> pd.DataFrame:
    bib_by_id = {b["bib_id"]: b for b in bib}
    entries = [b for b in bib if b["section"] != "endnotes"]
    endnotes = {b["number"]: b for b in bib if b["section"] == "endnotes"}
    note_bib = _resolve_notes(notes, entries)
    norm = doc.norm
    body = [b for b in blocks if b.kind not in NOT_BODY_KINDS]
    rows = []
    for b in body:
        page = _opt_int(b.page)
        ns, ne = norm.norm_span(b.start, b.end)
        text = norm.text[ns:ne]
        label_end = _label_end(text) if b.kind == "list_item" else None
        for mk in find_markers(text):
            if label_end is not None and mk.end == label_end:
                continue
            start, end = norm.raw_span(ns + mk.start, ns + mk.end)
            if mk.style == "bracket":
                row = _citation_row(doc, start, end, "endnote", page)
                note = endnotes.get(mk.number)
                bib_id = note["bib_id"] if note is not None else None
            else:
                row = _citation_row(doc, start, end, "footnote", page)
                note = _note_for(start, page, mk.number, notes)
                bib_id = note_bib.get(note["start"]) if note is not None else None
                if note is None and mk.number in endnotes:
                    # a plain text's «(1)» or «¹» pointing to its notes at the end
                    row["kind"] = "endnote"
                    note = endnotes[mk.number]
                    bib_id = note["bib_id"]
            row["marker"] = mk.number
            if note is not None:
                row.update(note_start=note["start"], note_end=note["end"], note_text=note["text"])
                _fill_from(row, note, bib_id, bib_by_id)
            rows.append(row)
    # author-year references are looked for in the whole text, since one split by the
    # extraction may have a note between its two pieces; they count where they begin
    starts = [b.start for b in body]
    for ay in find_author_year(norm.text, scrambled=doc.form == "pdf-scrambled"):
        start, end = norm.raw_span(ay.start, ay.end)
        k = bisect_right(starts, start) - 1
        if k < 0 or start >= body[k].end:
            continue
        row = _citation_row(doc, start, end, "author_year", _opt_int(body[k].page))
        names = [doc.raw[slice(*norm.raw_span(a, z))] for a, z in ay.name_spans]
        bib_id = _resolve_author_year(ay.authors, ay.year, entries)
        row.update(authors=", ".join(_clean(n) for n in names) or ay.authors, year=ay.year, pages=ay.pages)
        row.update(bib_id=bib_id, resolved=bib_id is not None, bib_text=bib_by_id[bib_id]["text"] if bib_id else None)
        rows.append(row)
    df = _frame(rows, COLUMNS)
    df["resolved"] = df["resolved"].astype(bool)
    return df
