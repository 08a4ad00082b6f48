"""ISO intervals: how they are said, and how the calendar's named periods are counted.

One place for the labels of an inclusive ISO interval (``start``, ``end``, ``YYYY-MM-DD``):
:func:`label` the compact one of tables and evidence (``2004``, ``2000–2009``, ``2004-06``),
:func:`human` the one of messages (``4 February 2022``, ``since 2022``), and for the period
words the counting convention of the dates extractor: a millennium is counted from year 1, as
its ordinal says (:func:`millennium_years`: the third is 2001..3000).
"""

from __future__ import annotations

from datetime import date, timedelta

ONGOING = "9999-12-31"
"""The end of an interval still running (an ongoing war)."""


def year_text(iso_date: str) -> str:
    """The year of an ISO date as written: ``2004`` of ``2004-06-01``, ``-0659`` of ``-0659-01-01``
    (ISO 8601's astronomical years before 1, as the dates table writes them)."""
    return iso_date[:5] if iso_date.startswith("-") else iso_date[:4]


def year_of(iso_date: str) -> int:
    """The (astronomical) year of an ISO date: ``-0659-01-01`` is -659 (read it so, never as
    ``int(s[:4])``, which gives -65)."""
    return int(year_text(str(iso_date)))


def _rest(iso_date: str) -> str:
    """What follows the year of an ISO date (``-06-01`` of ``2004-06-01``)."""
    return iso_date[len(year_text(iso_date)):]


def _years(y0: str, y1: str, sep: str) -> str:
    return y0 if y0 == y1 else f"{y0}{sep}{y1}"


def label(start: str, end: str, sep: str = "–") -> str:
    """An ISO interval as briefly as it can be said: whole years as years (``2004``,
    ``2000–2009``), one day as the day, one whole month as the month (``2004-06``), anything
    else as ``start–end``; ``sep`` joins the two ends."""
    if _rest(start) == "-01-01" and _rest(end) == "-12-31":
        return _years(year_text(start), year_text(end), sep)
    if start == end:
        return start
    if start[:-3] == end[:-3] and start[-2:] == "01" and int(end[-2:]) >= 28:
        return start[:-3]
    return f"{start}{sep}{end}"


def human(start: str, end: str) -> str:
    """«4 February 2022», «February 2022», «2022», «start – end», or «since start» (ongoing)."""
    if end == ONGOING:
        return f"since {human(start, start)}"
    if start.startswith("-") or end.startswith("-"):  # before year 1: Python's dates stop at 1
        return label(start, end, " – ")
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s == e:
        return f"{s.day} {s:%B %Y}"
    if s.day == 1 and (e + timedelta(days=1)).day == 1:
        if s.month == 1 and e.month == 12:
            return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
        if (s.year, s.month) == (e.year, e.month):
            return f"{s:%B %Y}"
        return f"{s:%B %Y} – {e:%B %Y}"
    return f"{human(start, start)} – {human(end, end)}"


def millennium_years(n: int) -> tuple[int, int]:
    """The first and last year of the ``n``-th millennium, counted from year 1 (the dates
    extractor's convention): the third is 2001..3000, the second 1001..2000."""
    return (n - 1) * 1000 + 1, n * 1000
