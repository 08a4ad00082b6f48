"""Temporal expressions in Arabic and English text, with the interval each one denotes.

:func:`extract_dates` finds dates (``23/12/2024``, ``4 / شباط / عام 2022``, ``November 12, 2024``),
months (``نوفمبر 2021``, ``فبراير/شباط 2022``), day ranges (``19-25 أغسطس 2005``), quarters and
halves of a year (``الربع الأول من عام 2024``, ``النصف الأول من العام الجاري``, ``Q1 2024``,
``the first half of 2023``), years where the number is a year, year ranges (also those printed
reversed, ``٢٠٢٣-٢٠١٤``), decades, centuries and millennia (``تسعينيات القرن الماضي``,
``أوائل العقد الأول من القرن الحادي والعشرين``, ``مطلع الألفية الثالثة``, ``الألفية الجديدة``),
relative expressions (``العام الماضي``, ``بعد شهرين``, ``السنوات الخمس المقبلة``), dates inside URLs
and date-times. The ``type`` of a row is one of :data:`TYPES`; its ``granularity`` is the unit of its
interval (``day``, ``month``, ``quarter``, ``half``, ``year``, ``decade``, ``century``, ``millennium``,
``minute`` for a date-time, or the unit of a relative expression).

Conventions (documented here because the gold set and the scores depend on them):

* ``start_date``/``end_date`` are ISO dates, inclusive: the whole interval of the calendar unit the
  expression names. A modifier (``early``, ``mid``, ``late``, ``since``, ``until``, ``before``,
  ``after``, or a combination such as ``since-early``) is recorded in ``modifier`` and does not
  narrow or widen the interval (as TimeML's ``mod`` attribute): «أواخر عام 2024» is 2024-01-01..
  2024-12-31 with modifier ``late``; «منذ عام 2014» is 2014 with modifier ``since``.
* A decade is ten calendar years (the 1990s are 1990..1999); a century follows the same
  convention (the twentieth century is 1900..1999) and the first decade of a century is its
  first ten years (2000..2009 for the twenty-first). A millennium is counted from year 1, as its
  ordinal says: the third millennium is 2001..3000, the second 1001..2000. A quarter (type
  ``quarter``) or half (type ``half``) is that part of its calendar year: the third quarter of 2022
  is 2022-07-01..2022-09-30, «الربع الأخير» the fourth, «النصف الثاني» July to December.
* Relative expressions are computed in the unit they name: «العام الماضي» is the year before the
  anchor's year; «السنوات الخمس المقبلة» the five years after it; «العقدين الماضيين» the twenty
  years before it; «بعد شهرين» the month two months after the anchor's month; «منذ ثلاثة عقود»
  the year thirty years before (modifier ``since``). A relative expression whose unit is finer
  than the anchor (a month counted from an anchor known only to the year), or with no anchor,
  is left unresolved: no dates. Vague ones («السنوات الأخيرة», «العقود الماضية») are always
  unresolved.
* The anchor of a relative expression is the nearest preceding explicit date in the same
  sentence (the narrative's reference time) or, for anaphoric ones («بعد شهرين», «العام التالي»,
  «نفس العام», «اليوم التالي»), in the same paragraph; a period from what follows («الأعوام العشرة
  التي تلت … 1997») is counted from the date that follows in the sentence (or left unresolved).
  The present («العام الجاري», «هذا العام») and «قبل N» (ago) are counted from the publication (or
  given) date only. A count between two events («بعد أربع سنوات من توقيعها», «قبل ستة أشهر من
  انتهائها») and a count restating the date just given («عام 1908، أي بعد ثماني سنوات») are
  durations (figures), not dates. Otherwise the anchor is the date given by the caller
  (``anchor``, ``--date``), the catalogued publication date, or one inferred from the text
  (:mod:`.inference`: a publication cue, a dateline, a copyright or headline year, the latest full
  date), never today's. ``anchor`` records which («preceding date 2024-09», «published
  2025-06-30», «inferred 2024 (headline: «…»)»).
* A month or day named without a year takes its year from the sentence: from the nearer of the
  dated expressions before and after it in the same sentence («في 23 شباط وفي … 24 فبراير عام
  1918»), else from a date before it in the same paragraph; otherwise it is the latest such month
  not after the publication (or given) date. «أيار الماضي» is the last May before that date (that
  May of its year when the date is only a year). A quarter or half named without a year («الربع الثالث», unless a noun follows
  as in «الربع الأخير من القرن») takes its year the same way (from its first month); one of a
  relative year («النصف الأول من العام الجاري») is that part of the year the relative names.
* A quarter or half without a year and with no date in its sentence or paragraph takes the year of
  the text's last narrative date when that is the anchor's year or the one before (a yearly report
  published the next year), else the latest one ended before a full anchor. A date after a
  comparison's baseline word in the same clause («مقابل 4 مليارات في عام 2023») anchors nothing
  that follows. A year range anchors only what refers back to it («العام نفسه»), at its last year.
* «أمس», «أول أمس» are the day(s) before the anchor (a dateline, the publication or given date),
  unresolved when it has no day; with a weekday («أمس الخميس») or before a date they are checked.
  «اليوم» is the anchor's day in a wire's lead (the first sentence after its dateline: «وقّعت … اليوم عقداً») and
  closing a lapse counted from it («أي بعد سبعة أشهر من اليوم»); elsewhere it means nowadays and is no date.
  A season («هذا الموسم», «الموسم الماضي») is counted as a year.
* Millennia named without an ordinal are relative to the publication (or given) date: «الألفية
  الجديدة» is the third millennium when that date is after 2000 (unresolved otherwise); the bare
  word is a time only after a modifier («بداية الألفية»: the date's millennium), never alone
  («أهداف الألفية»).
* Years before 1 are numbered astronomically, as ISO 8601 extends them: 660 BC is ``-0659``;
  the eighth century BC is ``-0799``..``-0700`` (:mod:`.calendars`). A year below 1000 is read
  only with its era («عام 622م», «622 CE»).
* Hijri dates are converted with ``hijridate`` (Umm al-Qura): the interval is the Gregorian days
  of the Hijri unit and ``note`` gives the Hijri date; outside its tables (1343-1500 AH) no
  interval. A Hijri/Gregorian pair is one row with the Gregorian interval and a note saying
  whether the halves agree; so is a Hijri day and its Gregorian day joined by «الموافق» (in
  either order), not a day glossed in brackets (two rows).
* «بين أيار وحزيران 2020» is one range of months (as «بين 1990 و1999» is one year range);
  «في أيار وحزيران 2020» two months. A month alone after an event noun («حرب حزيران») and a day
  made recurring («12 نيسان من كل عام») are no dates.
* Only in ``pdf-scrambled`` texts are parts of a date accepted in reversed order (``1992ديسمبر 18``)
  or recovered from elsewhere in the same line; the row then says so in ``note``.

The package: :mod:`.patterns` (every pattern, built from the language data in ``tahqiq/lang``),
:mod:`.scan` (the fast part: vectorised scans for the keys of the patterns and the windows where they
run), :mod:`.finder` (the rules: candidates, with :mod:`.calendars` for other eras and calendars
and :mod:`.context` for numbers and words that context makes dates), :mod:`.select`
(non-overlapping candidates and their prefixes), :mod:`.unitrefs` (the feminine «السنة الماضية», «15 من الشهر الجاري», «العام قبل الماضي»),
:mod:`.anchors` (resolving relative expressions),
:mod:`.inference` (the anchor a text gives itself), :mod:`.intervals` (calendar intervals), :mod:`.english`
(English relative expressions: «last year», «next April», «three years ago», «the following year»). The work is linear in the length of the text (``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from operator import attrgetter
from pathlib import Path

import numpy as np
import pandas as pd

from ...corpus.catalogue import Document
from ...errors import TahqiqError
from ...text.normtext import NormText
from . import patterns
from .anchors import Anchor, check_days, join_months_of_years, parse_anchor, resolve_all
from .calendars import join_day_pairs
from .finder import Finder
from .inference import infer_anchor
from ...text.intervals import year_of
from .intervals import Cand
from .scan import collector_paused
from .select import extend_prefix, select

__all__ = ["COLUMNS", "TYPES", "dates_from_string", "extract_dates", "from_string", "parse_anchor", "reload", "year_of"]

COLUMNS = (
    "file", "start", "end", "text", "type", "start_date", "end_date",
    "granularity", "modifier", "anchor", "note",
)
TYPES = ("date", "month", "day_range", "quarter", "half", "year", "year_range", "decade", "century", "millennium",
         "relative", "url_date", "datetime")


def reload() -> None:
    """Build the patterns again from the lexicons now (:func:`tahqiq.lang.reload` marks them
    stale, and they are built again when next used)."""
    patterns.rebuild()


def candidates(t: str, scrambled: bool) -> list[Cand]:
    """The chosen expressions of a normalised text, their prefixes taken in, not yet resolved."""
    cands = select(Finder(t, scrambled).run())
    # a year that a chosen expression took as its own (elsewhere in a scrambled line) is no row
    consumed = {c.consumes for c in cands if c.consumes}
    cands = [c for c in cands if not (c.type == "year" and (c.start, c.end) in consumed)]
    for c in cands:
        extend_prefix(t, c)
    # «أمس الخميس» just before a day: part of that day's row, which is checked against it
    kept = []
    for c in cands:
        prev = kept[-1] if kept else None
        if (prev is not None and prev.relative and prev.relative[0] == "yesterday" and c.granularity == "day"
                and not t[prev.end : c.start].strip(" \t،,")):
            c.start, c.day_check = prev.start, prev.day_check
            kept[-1] = c
            continue
        kept.append(c)
    cands = join_day_pairs(t, kept)
    # prefixes may now touch the previous row: keep rows disjoint
    for prev, c in zip(cands, cands[1:]):
        if c.start < prev.end:
            c.start = prev.end
            while c.start < c.end and t[c.start].isspace():
                c.start += 1
    return cands


def from_string(s: str, form: str = "plain") -> Document:
    """A :class:`Document` for a synthetic string (tests, notebooks)."""
    return Document(path=Path("<string>"), raw=s, form=form)


def extract_dates(doc: Document, anchor: str | None = None) -> pd.DataFrame:
    """Every temporal expression of ``doc``, one row each, sorted by start, not overlapping.

    The anchor of relative expressions is, in this order: ``anchor`` (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``), the date given with the document (``doc.date``: ``--date``), the catalogued
    publication date (``doc.work.date_published``), or one inferred from the text
    (:func:`.inference.infer_anchor`, labelled ``inferred`` with its evidence); never today's date.
    A year given alone takes the month and day of the text's dateline (or publication cue) when
    that is in the same year.
    """
    patterns.ensure()
    norm: NormText = doc.norm
    given = anchor or getattr(doc, "date", None)
    default = None
    if given:
        default = parse_anchor(given, "given")
        if default is None:
            raise TahqiqError(given, "not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
    elif doc.work is not None and doc.work.date_published:
        default = parse_anchor(doc.work.date_published, "published")
    with collector_paused():  # pays on long texts only (see collector_paused)
        cands = candidates(norm.text, doc.form == "pdf-scrambled")
        if default is None or default.m is None:
            inferred = infer_anchor(norm.text, cands, lambda a, b: doc.raw[norm.starts[a] : norm.starts[b - 1] + 1])
            if default is None:
                default = inferred
            elif inferred is not None and inferred.y == default.y and inferred.m is not None and (
                    "dateline" in inferred.label or "publication cue" in inferred.label):
                # a year given, the text's own dateline in that year: its month and day as well
                evidence = inferred.label.split(" (", 1)[1][:-1] if " (" in inferred.label else inferred.label
                default = Anchor(inferred.y, inferred.m, inferred.d, f"{default.label}, day from the text ({evidence})")
        df = _frame(doc, cands, default)
    # the anchor the relative expressions were resolved against, for the detectors that need the
    # text's own time («وهي اليوم في السبعين»): its year and its label (given, published, inferred …)
    df.attrs["anchor"] = (default.y, default.label) if default is not None else None
    return df


def _frame(doc: Document, cands: list[Cand], default: Anchor | None) -> pd.DataFrame:
    """The rows of the candidates of ``doc``, their relative expressions resolved."""
    norm = doc.norm
    resolve_all(norm.text, cands, default)
    cands = join_months_of_years(norm.text, cands)
    check_days(cands, default)
    mark_bracketed_spans(norm.text, cands)
    cands = [c for c in cands if c.end > c.start]
    # the fields of the candidates as columns; the raw spans as norm.raw_span gives them
    objects = [k for k in COLUMNS if k not in ("start", "end")]
    fields = list(zip(*map(attrgetter("start", "end", *objects[2:]), cands))) or [()] * len(objects)
    raw_start = norm.starts[np.array(fields[0], dtype=np.intp)].astype(np.int64)
    raw_end = norm.starts[np.array(fields[1], dtype=np.intp) - 1].astype(np.int64) + 1
    # the object columns in one block (keeping None as None, not NaN, for missing values); then
    # the offsets, inserted in their places
    values = np.empty((len(cands), len(objects)), dtype=object)
    values[:, 0] = doc.name
    values[:, 1] = [doc.raw[a:b] for a, b in zip(raw_start.tolist(), raw_end.tolist())]
    for j, column in enumerate(fields[2:], 2):
        values[:, j] = column
    df = pd.DataFrame(values, columns=objects, dtype=object, copy=False)
    df.insert(COLUMNS.index("start"), "start", raw_start)
    df.insert(COLUMNS.index("end"), "end", raw_end)
    return df


_AFTER_NAME = re.compile(r"(?<![\u0621-\u064AA-Za-z])(?![وف]?(?:من|في|منذ|بين|خلال|حتى|حتي|الى|إلى|عام|العام|سنه|سنة|"
                         r"الفتره|الفترة|فتره|فترة|طوال|عبر|in|from|since|between|during|until|to|of)[ \t]*\()"
                         r"[\u0621-\u064AA-Za-z]+[ \t]*\([ \t]*$", re.I)
_CLOSE = re.compile(r"[ \t]*\)")


def mark_bracketed_spans(t: str, cands: list) -> None:
    """A year range in brackets right after a word («الملك فيصل (1906-1975)»، «الخطة الخمسية (2021-2025)»)
    glosses that noun: a life or a plan's years, never the time of its clause. Its note says so
    (:data:`.context.SPAN_NOTE`), so that an order word or a gap is not counted to it."""
    from .context import SPAN_NOTE

    for c in cands:
        if c.type == "year_range" and _AFTER_NAME.search(t, max(0, c.start - 40), c.start) and _CLOSE.match(t, c.end):
            c.note = "; ".join(filter(None, [c.note, SPAN_NOTE]))


def dates_from_string(s: str, anchor: str | None = None, form: str = "plain") -> pd.DataFrame:
    """:func:`extract_dates` on a string (its ``file`` column is ``<string>``)."""
    return extract_dates(from_string(s, form), anchor)
