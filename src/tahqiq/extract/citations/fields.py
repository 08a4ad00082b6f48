"""The columns of the citation tables and the dates a reference gives (its own text, its URL)."""

from __future__ import annotations

import re
from pathlib import Path
import pandas as pd
from ...text.rows import tuples
from ...corpus.catalogue import Document
from ...text.intervals import year_text

COLUMNS = (
    "file", "start", "end", "text", "kind", "marker", "page", "note_start", "note_end", "note_text",
    "authors", "year", "date", "pages", "url", "url_date", "bib_id", "bib_text", "resolved",
)
"""Columns of :func:`extract_citations`."""

BIB_COLUMNS = (
    "file", "start", "end", "text", "bib_id", "section", "lang", "number", "page", "authors", "title",
    "venue", "volume", "issue", "year", "date", "pages", "publisher", "place", "url", "url_date",
    "accessed",
)
"""Columns of :func:`extract_bibliography` and :func:`extract_notes`."""

FIELDS = (
    "number", "authors", "title", "venue", "volume", "issue", "year", "date", "pages", "publisher",
    "place", "url", "url_date", "accessed", "back",
)
"""Keys of :func:`parse_reference`. ``back`` is ``"ibid"`` (المصدر نفسه, ibid.) or ``"op_cit"``
(مصدر سبق ذكره, op. cit.) when the note points back to a source cited before, else None."""

KINDS = ("footnote", "endnote", "author_year")


_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
"""Superscript digits, as footnote markers print them."""

# --------------------------------------------------------------------------- dates

YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DATE_TYPES = ("date", "month", "datetime")


def _iso(row) -> str:
    """A row of :func:`tahqiq.extract.dates.extract_dates` as ISO with its granularity kept."""
    return {"day": row.start_date, "month": row.start_date[:7]}.get(row.granularity, year_text(row.start_date))


def _dates(s: str) -> list[tuple[int, int, str, str]]:
    """The dates written in ``s``: ``(start, end, type, iso)`` with raw offsets into ``s``.

    Uses the dates extractor, so that a citation reads its dates the way the body's are read:
    English and Arabic month names, numeric day/month/year (two-digit years are 20yy),
    Eastern digits, and dates in URL paths (``url_date``). A month without its year, which
    the extractor cannot place, is left out."""
    from ..dates import extract_dates

    df = extract_dates(Document(path=Path("<string>"), raw=s, form="plain"))
    return [
        (int(r.start), int(r.end), r.type, _iso(r))
        for r in tuples(df, index=False)
        if (r.type in _DATE_TYPES or r.type == "url_date") and isinstance(r.start_date, str)
    ]


def _date_rows(df: pd.DataFrame) -> list[tuple[int, int, str, str]]:
    """The rows of a text's dates table that a reference can use, as :func:`_dates` gives them
    (raw offsets into the text), in the table's order."""
    if not len(df):
        return []
    return [
        (int(r.start), int(r.end), r.type, _iso(r))
        for r in tuples(df, index=False)
        if (r.type in _DATE_TYPES or r.type == "url_date") and isinstance(r.start_date, str)
    ]


def _dates_in(rows: list[tuple[int, int, str, str]], start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The date rows lying in ``[start, end)``, with offsets relative to ``start``: what
    :func:`_dates` gives for that slice of the text."""
    return [(a - start, b - start, kind, iso) for a, b, kind, iso in rows if a >= start and b <= end]


def parse_date(s: str) -> str | None:
    """The first date (a day or a month, not a bare year) written in ``s``, ISO with its
    granularity kept: ``November 21, 2021`` → ``2021-11-21``, ``October, 2024`` → ``2024-10``,
    ``23/12/24`` → ``2024-12-23``, ``٢٦ / تشرين الثاني / عام ٢٠٢٤`` → ``2024-11-26``."""
    return next((iso for _, _, kind, iso in _dates(s) if kind in _DATE_TYPES), None)


def url_date(url: str | None) -> str | None:
    """The date written in a URL, ISO with its granularity kept, or None.

    ``/flashpoints/2021/11/24/…`` gives ``2021-11-24``, ``/page/202411/1322940.shtml``
    ``2024-11``, ``/proceedings/2024/october/…`` ``2024-10``; an id (``/politics/1780663``)
    gives nothing.
    """
    if not url:
        return None
    path = _path_start(url)
    return next((iso for a, _, kind, iso in _dates(url) if kind == "url_date" and a >= path), None)


def _path_start(url: str) -> int:
    """Where the path of a URL begins (a year in the host name is no date)."""
    m = re.match(r"\s*<?(?:[A-Za-z]+://)?[^/\s]*", url)
    return m.end() if m else 0


