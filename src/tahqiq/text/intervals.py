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


def _years(y0: str, y1: str, sep: str) -> str:
    return y0 if y0 == y1 else f"{y0}{sep}{y1}"


def label(start: str, end: str, sep: str = "–") -> str:
    """An ISO interval as briefly as it can be said: whole years as years (``2004``,
    ``2000–2009``), one day as the day, one whole month as the month (``2004-06``), anything
    else as ``start–end``; ``sep`` joins the two ends."""
    if start[4:] == "-01-01" and end[4:] == "-12-31":
        return _years(start[:4], end[:4], sep)
    if start == end:
        return start
    if start[:7] == end[:7] and start[8:] == "01" and int(end[8:]) >= 28:
        return start[:7]
    return f"{start}{sep}{end}"


def human(start: str, end: str) -> str:
    """«4 February 2022», «February 2022», «2022», «start – end», or «since start» (ongoing)."""
    if end == ONGOING:
        return f"since {human(start, start)}"
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
