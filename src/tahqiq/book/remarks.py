"""What the engine writes in English and a reader of the Arabic edition reads in Arabic: the
extraction's remarks and the gazetteer's reference dates.

* :func:`remark` -- a date's or figure's ``note`` or a relative date's ``anchor`` (the extractors
  write them in English) in the edition's words: the Arabic of ``evidence_ar.remarks`` of
  ``lang/messages.yml`` (:func:`tahqiq.review.evidence_labels.remark_ar`), else the English marked
  «(بالإنجليزية)» (:func:`tahqiq.book.render.in_edition`).
* :func:`remark_column` -- a column of remarks as a table shows it on the Arabic edition
  (:func:`twin_remarks` adds it beside the English one, which the CSV keeps).
* :func:`human` -- a reference date (an ISO start and end, :func:`tahqiq.text.intervals.human`)
  in the edition's words: «24 February 2022» / «24 شباط/فبراير 2022», «since …» / «منذ …».
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from . import render, strings
from ..text.intervals import ONGOING, human as human_en

REMARK_COLUMNS = ("note", "anchor")
"""The columns of the dates and figures tables that hold the extraction's remarks."""


def remark(value, lang: str = "en"):
    """A remark of the extraction (``note``, ``anchor``) as the reader of ``lang`` reads it."""
    if lang == "en" or not isinstance(value, str) or not value.strip():
        return value
    from ..review.evidence_labels import remark_ar

    ar = remark_ar(value)
    return ar if ar is not None else render.in_edition(value, None, lang)


def twin_remarks(df: pd.DataFrame, lang: str = "en") -> tuple[pd.DataFrame, tuple[str, ...]]:
    """``df`` with, on the Arabic edition, the Arabic of each remark column beside it (``note_ar``:
    :func:`tahqiq.book.render.table` shows it in the English one's place, the English marked as such
    where a remark has no Arabic; the CSV keeps both), and the names of those twin columns (which the
    table should not show as columns of their own)."""
    if lang == "en":
        return df, ()
    from ..review.evidence_labels import remark_ar

    twins = {f"{c}_{lang}": [remark_ar(v) if isinstance(v, str) else None for v in df[c]]
             for c in REMARK_COLUMNS if c in df.columns}
    return (df.assign(**twins) if twins else df), tuple(twins)


def _day(d: date, lang: str) -> str:
    return strings.text("date.day", lang).format(day=d.day, month=strings.text(f"date.month.{d.month}", lang),
                                                  year=d.year)


def _month(d: date, lang: str) -> str:
    return strings.text("date.month_year", lang).format(month=strings.text(f"date.month.{d.month}", lang),
                                                         year=d.year)


def human(start: str, end: str, lang: str = "en") -> str:
    """A reference date as :func:`tahqiq.text.intervals.human` writes it, in ``lang``'s words."""
    if lang == "en":
        return human_en(start, end)
    if end == ONGOING:
        return strings.text("date.since", lang).format(date=human(start, start, lang))
    if start.startswith("-") or end.startswith("-"):  # before year 1: as the English writes it
        return human_en(start, end)
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    sep = strings.text("date.range", lang)
    if s == e:
        return _day(s, lang)
    if s.day == 1 and (e + timedelta(days=1)).day == 1:
        if s.month == 1 and e.month == 12:
            return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
        if (s.year, s.month) == (e.year, e.month):
            return _month(s, lang)
        return sep.format(start=_month(s, lang), end=_month(e, lang))
    return sep.format(start=_day(s, lang), end=_day(e, lang))
