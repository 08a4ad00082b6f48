"""Candidates of the dates extractor and the calendar intervals they denote.

Intervals are ISO dates, inclusive, of the whole calendar unit named (see the conventions in
:mod:`tahqiq.extract.dates`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache

from .patterns import PARTS_IN_YEAR

@dataclass(slots=True)
class Cand:
    start: int
    end: int
    type: str
    start_date: str | None
    end_date: str | None
    granularity: str | None
    modifier: str | None = None
    anchor: str | None = None
    note: str | None = None
    rank: int = 0  # higher wins between equally long overlapping candidates
    relative: tuple | None = None  # (kind, unit, n, anaphoric) for relative expressions
    explicit: bool = True  # an explicit calendar date (usable as an anchor)
    consumes: tuple[int, int] | None = None  # a detached year this expression took its year from
    part: tuple[str, int] | None = None  # ("quarter", 3): the interval is that part of the year resolved
    days: tuple[int, int] | None = None  # a day range of a month resolved later: (first, last day)
    day_check: tuple[int, int | None] | None = None  # «أمس الخميس» before a date: (days before the anchor, weekday)
    first_month: int | None = None  # a range of months resolved later («من يناير إلى مارس الماضي»): its first month


def iso(y: int, m: int = 1, d: int = 1) -> str:
    """An ISO 8601 date; years before 1 in astronomical numbering, as ISO 8601 extends them (the
    year 660 BC is ``-0659``, 1 BC is ``0000``)."""
    return f"{y:04d}-{m:02d}-{d:02d}" if y >= 0 else f"-{-y:04d}-{m:02d}-{d:02d}"


def iso_key(d: str) -> tuple[int, int, int]:
    """An ISO date (``iso``) as a (year, month, day) tuple that orders years before 1 too: as
    strings ``-0330`` sorts before ``-0611``, but 331 BC is after 612 BC."""
    neg = d.startswith("-")
    y, m, dd = (d[1:] if neg else d).split("-") + ["1"] * (3 - len((d[1:] if neg else d).split("-")))
    return (-int(y) if neg else int(y)), int(m), int(dd)


def bce_year(n: int) -> int:
    """The astronomical number of the year ``n`` BC: 1 BC is 0, 660 BC is -659."""
    return 1 - n


def bce_century_interval(n: int) -> tuple[str, str]:
    """The ``n``-th century BC, as the project counts centuries (whole hundreds: the twentieth
    century is 1900..1999): the eighth century BC is 800..701 BC, ``-0799``..``-0700``."""
    return iso(bce_year(n * 100)), iso(bce_year((n - 1) * 100 + 1), 12, 31)


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


@lru_cache(maxsize=65536)
def interval(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str, str]:
    if m is None:
        return iso(y), iso(y, 12, 31), "year"
    if d is None:
        return iso(y, m), iso(y, m, last_day(y, m)), "month"
    return iso(y, m, d), iso(y, m, d), "day"


def valid(y: int, m: int, d: int | None = None) -> bool:
    if not (1 <= m <= 12 and 1000 <= y <= 2199):
        return False
    return d is None or 1 <= d <= last_day(y, m)



def millennium_interval(n: int) -> tuple[str, str]:
    """The ``n``-th millennium, counted from year 1: the third is 2001..3000."""
    return iso((n - 1) * 1000 + 1), iso(n * 1000, 12, 31)


def part_interval(unit: str, k: int, y: int) -> tuple[str, str]:
    """The ``k``-th quarter or half of year ``y``."""
    months = 12 // PARTS_IN_YEAR[unit]
    first, last = (k - 1) * months + 1, k * months
    return iso(y, first), iso(y, last, last_day(y, last))


def century_interval(n: int, decade: int | None, decade_index: int | None) -> tuple[str, str]:
    base = (n - 1) * 100
    if decade is not None:
        return iso(base + decade), iso(base + decade + 9, 12, 31)
    if decade_index is not None:
        return iso(base + 10 * decade_index), iso(base + 10 * decade_index + 9, 12, 31)
    return iso(base), iso(base + 99, 12, 31)

