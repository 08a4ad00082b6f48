"""Citation detectors: what the notes, endnotes and bibliography of one text prove against
themselves and against the claims they are cited for.

All detectors are internal (one text at a time) and read only the extraction tables of a
:class:`~tahqiq.facts.TextFacts`: ``citations`` (markers in the body linked to their notes),
``notes`` (footnotes), ``bibliography`` (bibliography entries and endnotes) and ``dates``.

* ``citation-url-date`` -- a reference whose written date and the date in its URL disagree by
  more than :data:`URL_DATE_TOLERANCE_DAYS` (compared at the granularity both share);
* ``citation-before-event`` -- a source dated (by year) before the latest dated event the claim
  it supports describes;
* ``note-reused`` -- one endnote number cited for claims about different dated events, or one
  note text repeated under several numbers for claims in different paragraphs.

The detectors of one source described twice, of notes against the bibliography and of journal
issues are in :mod:`.sources`.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from ..text.rows import records
from ..extract.citations import ref_key
from ..facts import Facts, TextFacts, per_text, records_of
from ..review.findings import Finding, Span
from ..text.normtext import fold
from . import UNORDERED_FORMS, detector
from .arithmetic import paragraph_bounds, sentence_bounds
from ..text.intervals import year_of

URL_DATE_TOLERANCE_DAYS = 1
"""Days a reference's date may differ from the date in its URL (time zones, overnight posting)."""

EVENT_DATE_TYPES = ("date", "month", "year")
"""Date types that can date the event a claim describes (ranges, decades, relative dates cannot)."""

_NOT_EVENT_MODIFIERS = ("until", "before", "after")
"""A date with one of these relation words bounds the claim rather than dating its event."""

_FUTURE_CUE = re.compile(
    r"(?:بحلول|ستصل|سيصل|سوف|تخطط|يخطط|المتوقع|متوقع|تهدف|by|expected|will|plan"
    # verbs and nouns of expectation and schedule («ويُتوقع أن يكتمل عام 2026»، «من المقرر أن»)
    r"|يتوقع|تتوقع|نتوقع|يرتقب|مرتقب|المرتقب|ينتظر|المنتظر|المقرر|مقرر|يهدف|scheduled|forecast|projected)"
    r"\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
"""Words just before a date that make it a target or forecast, not an event (matched on the folded
text: «يُتوقع» with its vowel mark is «يتوقع»)."""

_FUTURE_CLAUSE = re.compile(
    r"(?<!\w)[وف]?(?:يتوقع|تتوقع|نتوقع|يرجح|ترجح|تخطط|يخطط|تعتزم|يعتزم|تسعى|يسعى|تامل|يامل|تطمح|يطمح"
    # «ومن المقرر أن تُعقد القمة الثالثة عام 2026»: a schedule's clause
    r"|من\s+(?:المقرر|المنتظر|المتوقع|المرتقب|المزمع|المفترض)"
    # (the subject may stand between, a name of several words: «تتوقع هيئة الاتصالات والفضاء والتقنية أن تبلغ …»)
    r"|expects?|plans?|aims?|intends?|hopes?)\s+(?:\S+\s+){0,6}(?:ان|أن|to|that)\s+[^،,.؛;:!?؟\n]*$",
    re.IGNORECASE,
)
"""A verb of expectation or intent whose complement («أن …»، "to …", "that …") holds the date, in
one clause: «وتتوقع الهيئة أن يبلغ الطلب ذروته عام 2035» dates a forecast, not an event."""

"""Text forms whose word order within a line is not the reading order: there the sentence a marker
closes cannot be delimited, so its claim is taken as a window of lines (:data:`UNORDERED_CLAIM_LINES`)."""

UNORDERED_CLAIM_LINES = 4
"""In an unordered text, the non-blank lines before a citation's own line that its claim may span
(never reaching back past the previous citation): the few lines a mirrored sentence occupies."""

_EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")

MIN_NOTE_CHARS = 25
"""Shorter notes (an «ibid.», a bare page) are not compared for reuse."""


# --------------------------------------------------------------------------- small helpers


def _val(v):
    """``v`` or None for pandas missing values."""
    if v is None:
        return None
    try:
        return None if pd.isna(v) else v
    except (TypeError, ValueError):
        return v


@per_text(copy=lambda rows: [dict(r) for r in rows])  # (five detectors read them)
def _refs(t: TextFacts) -> list[dict]:
    """Every parsed reference of a text: its footnotes and its bibliography entries/endnotes."""
    rows = []
    for table in (t.notes, t.bibliography):
        if table is not None and len(table):
            rows.extend(records(table))
    return sorted(rows, key=lambda r: r["start"])


def _label(r: dict) -> str:
    """How a reference is named in a message: ``endnote [8]``, ``note (2) p. 5``, ``bibliography entry``."""
    section = _val(r.get("section"))
    number = _val(r.get("number"))
    if section == "endnotes":
        return f"endnote [{number}]"
    if section == "footnote":
        page = _val(r.get("page"))
        return f"note ({number})" + (f" on page {page}" if page is not None else "")
    return "bibliography entry" + (f" {number}" if number is not None else "")


def _iso_parts(iso: str) -> tuple[int, ...]:
    return tuple(int(p) for p in iso.split("-"))


def _as_date(parts: tuple[int, ...]) -> date | None:
    try:
        return date(*parts) if len(parts) == 3 else None
    except ValueError:
        return None


def _sub_span(t: TextFacts, r: dict, needle: str | None) -> Span | None:
    """The span of ``needle`` inside the raw text of row ``r``, if it occurs there."""
    if not needle:
        return None
    i = t.raw.find(needle, int(r["start"]), int(r["end"]))
    if i < 0:
        return None
    return Span(t.file, i, i + len(needle), needle)


# --------------------------------------------------------------------------- URL dates


def url_date_gap(written: str, in_url: str) -> tuple[str, int | None] | None:
    """How a written date and a URL date disagree, or None if they agree.

    Both are ISO with their granularity kept. They are compared at the finer granularity both
    have: two days differ if they are more than :data:`URL_DATE_TOLERANCE_DAYS` apart (the gap
    in days is returned), two months or years if they are not the same.
    """
    a, b = _iso_parts(written), _iso_parts(in_url)
    n = min(len(a), len(b))
    if n == 3:
        da, db = _as_date(a), _as_date(b)
        if da is None or db is None:
            return None
        gap = abs((da - db).days)
        return ("day", gap) if gap > URL_DATE_TOLERANCE_DAYS else None
    if a[:n] != b[:n]:
        return (("year", "month")[n - 1], None)
    return None


@detector("citation-url-date", "internal")
def citation_url_date(facts: Facts) -> list[Finding]:
    """A reference's written date disagrees with the date in its URL."""
    out = []
    for t in facts:
        for r in _refs(t):
            written, in_url, url = _val(r.get("date")), _val(r.get("url_date")), _val(r.get("url"))
            if written is None and _val(r.get("year")) is not None and in_url and len(str(in_url)) >= 7:
                # no day or month written: the entry's year of publication against a URL dated to
                # the month («Geneva, 2021, https://…/publications/2021/09/…»)
                written = f"{int(_val(r.get('year'))):04d}"
            out.extend(_accessed_early(t, r, url, [d for d in (in_url, written) if d]))
            if not (written and in_url and url):
                continue
            gap = url_date_gap(str(written), str(in_url))
            if gap is None:
                continue
            unit, days = gap
            url_span = _sub_span(t, r, url)
            head_end = url_span.start if url_span else int(r["end"])
            head = t.raw[int(r["start"]):head_end].rstrip(" ,،<")
            if unit == "year" and len(str(in_url)) == 4 \
                    and re.search(rf"(?<!\d){re.escape(str(in_url)[:4])}(?!\d)", fold(head)):
                # «مؤشرات الطلب على المياه 2024» … /indicators/2024/: the URL's year is the one the
                # title names (the data's year), not the date the page was published. A URL dated to
                # the month or the day (/2022/02/, /2021/05/14/) is a publication folder: its date is
                # compared even when the title names the same year («… reporté à 2021», /2021/05/14/)
                continue
            spans = [Span(t.file, int(r["start"]), int(r["start"]) + len(head), head)]
            if url_span:
                spans.append(url_span)
            apart = f" ({days} days apart)" if days is not None else f" (a different {unit})"
            out.append(Finding(
                kind="citation-url-date",
                severity="warning",
                message=f"The {_label(r)} is dated {written} but its URL carries {in_url}{apart}.",
                spans=spans,
                evidence={"rule": "written date vs URL date at their common granularity",
                          "date": written, "url_date": in_url, "url": url, "gap_days": days,
                          "tolerance_days": URL_DATE_TOLERANCE_DAYS},
            ))
    return out


def _accessed_early(t: TextFacts, r: dict, url, published: list) -> list[Finding]:
    """A reference read (``accessed``, «تاريخ الاطلاع») before the date it was published on (the
    date in its URL or its written date), compared at the granularity both have: a finding."""
    accessed = _val(r.get("accessed"))
    if not accessed or not url:
        return []
    for pub in published:
        a, b = _iso_parts(str(accessed)), _iso_parts(str(pub))
        n = min(len(a), len(b))
        if a[:n] >= b[:n]:
            continue
        if n == 3:
            da, db = _as_date(a), _as_date(b)
            if da is None or db is None or (db - da).days <= URL_DATE_TOLERANCE_DAYS:
                continue
        spans = [Span(t.file, int(r["start"]), int(r["end"]), t.raw[int(r["start"]):int(r["end"])])]
        return [Finding(
            kind="citation-url-date",
            severity="warning",
            message=f"The {_label(r)} says it was accessed on {accessed}, before it was published ({pub}).",
            spans=spans,
            evidence={"rule": "the access date of a reference is not before its publication date (URL or written)",
                      "accessed": accessed, "published": pub, "url": url},
        )]
    return []


# --------------------------------------------------------------------------- claims


def claim_span(raw: str, marker_start: int, previous_end: int = 0) -> tuple[int, int]:
    """The claim a note marker at ``marker_start`` supports: the sentence it closes.

    The claim starts at the sentence start (a marker just after a full stop closes the
    sentence before it) or at the end of a previous marker in that sentence, whichever is
    later, and ends at the marker.
    """
    end = marker_start
    while end > 0 and raw[end - 1] in " \t.،,؛;:":
        end -= 1
    s, _ = sentence_bounds(raw, max(end - 1, 0))
    return max(s, previous_end if previous_end <= end else s), end


_OWN_FIELDWORK = re.compile(
    # the study's own instrument, named with the article («وُزعت الاستمارة»، «الاستبيانات»)
    r"(?<!\w)[وفب]?(?:الاستماره|الاستمارات|الاستبيان|الاستبيانات|الاستبانه|الاستبانات"
    # its fieldwork («العمل الميداني»، «الدراسة الميدانية»، «عينة الدراسة»، «هذا البحث»)
    r"|(?:العمل|الدراسه|البحث|المسح|النزول|الزيارات|المقابلات)\s+الميداني(?:ه)?|عينه\s+(?:الدراسه|البحث)"
    r"|هذه\s+الدراسه|هذا\s+البحث"
    # the author in the first person («استبيان أجريته»، «قمنا بتوزيع»، «زرت»)
    r"|اجريته|اجريتها|اجريناه|اجريناها|اجرينا|قمت|قمنا|وزعنا|جمعنا|زرت|زرنا|قابلت|قابلنا)(?!\w)"
    r"|\b(?:field\s?work|questionnaires?|our\s+(?:survey|interviews|sample|study)|this\s+study"
    r"|(?:we|I)\s+(?:surveyed|interviewed|conducted|collected|distributed|visited))\b",
    re.IGNORECASE,
)
"""The author's own fieldwork named in a clause: the survey, questionnaire or interviews of the
article itself, or the author in the first person. A date in that clause dates the author's method
(«وُزعت الاستمارة بين 5 أبريل و30 يونيو 2024»), not an event a cited source documents, so a note
closing that sentence («… واستُكملت بمعطيات IPCC(5)») is no source older than it. A survey by a
named third party («أجرى فريق بريطاني مسحاً عام 1973») is no such clause."""

_CLAUSE_EDGE = re.compile(r"[.،,؛;!?؟\n]")


def own_fieldwork(raw: str, start: int, end: int) -> bool:
    """Whether the clause around ``raw[start:end]`` (to the nearest comma, semicolon, full stop or
    line end either side) names the author's own fieldwork (:data:`_OWN_FIELDWORK`)."""
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(raw, max(0, start - 160), start)), default=max(0, start - 160))
    m = _CLAUSE_EDGE.search(raw, end, end + 160)
    right = m.start() if m else min(len(raw), end + 160)
    return bool(_OWN_FIELDWORK.search(fold(raw[left:right])))


def _event_years(t: TextFacts, start: int, end: int) -> list[dict]:
    """The dates in ``[start, end)`` of the raw text that can date an event: with an explicit year,
    not a bound («حتى», "until", «قبل»), not a target or forecast (after a future cue, or later than
    the text's publication)."""
    if t.dates is None:
        return []
    published = year_of(t.published) if t.published else None
    out = []
    for r in records_of(t, "dates"):
        if not (r["start"] >= start and r["end"] <= end and r["type"] in EVENT_DATE_TYPES):
            continue
        if not _EXPLICIT_YEAR.search(fold(str(r["text"]))):
            continue
        if published is not None and year_of(r["start_date"]) > published:
            continue
        mod = _val(r.get("modifier")) or ""
        if any(w in mod for w in _NOT_EVENT_MODIFIERS):
            continue
        if _FUTURE_CUE.search(fold(t.raw[max(start, int(r["start"]) - 40):int(r["start"])])):
            continue
        if _FUTURE_CLAUSE.search(fold(t.raw[max(start, int(r["start"]) - 100):int(r["start"])])):
            continue
        if not _val(r.get("start_date")):
            continue
        if own_fieldwork(t.raw, int(r["start"]), int(r["end"])):
            continue
        out.append(dict(r))
    return out


@per_text(copy=lambda rows: [dict(r) for r in rows])
def _cited(t: TextFacts) -> list[dict]:
    c = t.citations
    if c is None or not len(c):
        return []
    return sorted(records(c), key=lambda r: r["start"])


def line_window(raw: str, start: int, end: int, lines: int, previous_end: int = 0,
                next_start: int | None = None) -> list[tuple[int, int]]:
    """The claim of a citation at ``[start, end)`` in a text whose lines run right to left in
    reverse (a mirrored PDF line: what stands after the citation on its line was written before
    it). Two parts: the ``lines`` non-blank lines before the citation's own line, never the line
    of the previous citation (``previous_end``) nor any before it; and the rest of its own line
    after it, up to the next citation on that line (``next_start``)."""
    own = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    if next_start is not None and next_start < line_end:
        line_end = next_start
    first = own
    k = 0
    while k < lines and first > 0:
        prev = raw.rfind("\n", 0, first - 1) + 1
        if raw[prev:first].strip():
            k += 1
        first = prev
    if previous_end:
        after_previous = raw.find("\n", previous_end)
        first = max(first, own if after_previous < 0 else min(after_previous + 1, own))
    return [(first, own), (end, line_end)]


def _claims(t: TextFacts, unordered: bool = False) -> list[tuple[dict, list[tuple[int, int]]]]:
    """Each body citation with the parts of the text its claim spans: one, the sentence it closes
    (:func:`claim_span`). In an unordered text there is none, unless ``unordered``: then the
    claim is the :func:`line_window` of the citation."""
    scrambled = getattr(t.doc, "form", None) in UNORDERED_FORMS
    if scrambled and not unordered:
        return []
    cited = _cited(t)
    out = []
    previous_end = 0
    for i, c in enumerate(cited):
        s, e = int(c["start"]), int(c["end"])
        if scrambled:
            nxt = int(cited[i + 1]["start"]) if i + 1 < len(cited) else None
            parts = line_window(t.raw, s, e, UNORDERED_CLAIM_LINES, previous_end, nxt)
        else:
            parts = [claim_span(t.raw, s, previous_end)]
        out.append((c, parts))
        previous_end = e
    return out


def _source_date(c: dict) -> str | None:
    """The date of a cited source, ISO with its granularity (a full date, else the year)."""
    d = _val(c.get("date"))
    if d:
        return str(d)
    y = _val(c.get("year"))
    return f"{int(y):04d}" if y is not None else None


_ISO_LEN = {"day": 10, "month": 7}


def _event_date(r: dict) -> str:
    """An event date of the dates table, ISO cut to its granularity."""
    return str(r["start_date"])[:_ISO_LEN.get(str(_val(r.get("granularity"))), 4)]


def source_before(source: str, event: str) -> bool:
    """Whether a source dated ``source`` is earlier than an event dated ``event`` (both ISO with
    their granularity), compared at the granularity both have: 2021-11-21 is before 2021-11-25
    and before 2022, not before November 2021."""
    a, b = _iso_parts(source), _iso_parts(event)
    n = min(len(a), len(b))
    return a[:n] < b[:n]


@detector("citation-before-event", "internal")
def citation_before_event(facts: Facts) -> list[Finding]:
    """A source dated before the event the claim it is cited for describes."""
    out = []
    for t in facts:
        for c, parts in _claims(t, unordered=True):
            source = _source_date(c)
            if source is None:
                continue
            events = [r for cs, ce in parts for r in _event_years(t, cs, ce)]
            if len(parts) == 1 and events:
                # the marker closes its last clause: when that clause is dated, it is the claim
                # («أُطلق في 2020، بعد تجربة عام 2018(2)»: the source documents the pilot)
                cs, ce = parts[0]
                cut = max(t.raw.rfind("،", cs, ce), t.raw.rfind(",", cs, ce))
                events = (cut > cs and _event_years(t, cut, ce)) or events
            if not events:
                continue
            latest = max(events, key=_event_date)
            event = _event_date(latest)
            if not source_before(source, event):
                continue
            note_span = None
            if _val(c.get("note_start")) is not None:
                ns, ne = int(c["note_start"]), int(c["note_end"])
                note_span = Span(t.file, ns, ne, t.raw[ns:ne])
            spans = [Span.of(latest), Span.of(c)] + ([note_span] if note_span else [])
            out.append(Finding(
                kind="citation-before-event",
                severity="warning",
                message=(f"Citation {c['text'].strip()} gives a source dated {source} for a claim about "
                         f"{latest['text'].strip()} ({event})."),
                spans=spans,
                evidence={"rule": "source date earlier than the latest event date in the claim it supports, "
                                  "at their common granularity",
                          "source_date": source, "event_date": event, "event_text": latest["text"],
                          "claim": " … ".join(t.raw[cs:ce] for cs, ce in parts if ce > cs), "note": _val(c.get("note_text"))},
            ))
        out.extend(_reported_too_early(t))
    return out


_TITLE_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_EAST_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _has_word(text: str, cues) -> bool:
    """Whether the folded, lower-cased ``text`` holds one of ``cues`` as whole words (an Arabic cue
    may take «و»/«ف»/«ب»/«ل»/«ال» before it)."""
    for c in cues:
        c = c.lower()
        pre = r"(?<![^\W\d_])(?:[وفبل]|ال|[وف]?ال|لل)?" if not c.isascii() else r"(?<![A-Za-z])"
        if re.search(pre + re.escape(c) + (r"(?![^\W\d_])" if not c.isascii() else r"(?![A-Za-z])"), text):
            return True
    return False


def _death_years(t: TextFacts) -> list[int]:
    """The years the body dates a death on: dates with their year in a sentence with a death word
    («توفي … عام 2019»، "died in 2019")."""
    from ..lang import words

    cues = words("sources", "death")
    sents, d = t.sentences, t.dates
    if sents is None or not len(sents) or d is None or not len(d):
        return []
    rows = [r for r in records_of(t, "dates") if r["type"] in EVENT_DATE_TYPES]
    out = []
    for s in records_of(t, "sentences"):
        a, b = int(s["start"]), int(s["end"])
        if not _has_word(fold(t.raw[a:b]).lower(), cues):
            continue
        out.extend(year_of(r["start_date"]) for r in rows
                   if a <= int(r["start"]) < b and _val(r.get("start_date"))
                   and _EXPLICIT_YEAR.search(fold(str(r["text"])).translate(_EAST_DIGITS)))
    return out


def _death_dates(t: TextFacts) -> list[str]:
    """The dates the body gives a death, ISO cut to their granularity («توفي … يوم الأربعاء 9
    أكتوبر 2013» → 2013-10-09): an obituary dated 7 October 2013 reports a death two days early."""
    from ..lang import words

    cues = words("sources", "death")
    sents, d = t.sentences, t.dates
    if sents is None or not len(sents) or d is None or not len(d):
        return []
    rows = [r for r in records_of(t, "dates") if r["type"] in EVENT_DATE_TYPES]
    out = []
    for s in records_of(t, "sentences"):
        a, b = int(s["start"]), int(s["end"])
        if not _has_word(fold(t.raw[a:b]).lower(), cues):
            continue
        dated = [r for r in rows if a <= int(r["start"]) < b and _val(r.get("start_date"))
                 and _EXPLICIT_YEAR.search(fold(str(r["text"])).translate(_EAST_DIGITS))
                 # the death word on the date's own line (not in a heading «التكريم والوفاة» above it)
                 and _has_word(fold(t.raw[max(a, t.raw.rfind("\n", 0, int(r["start"])) + 1):
                                         b if t.raw.find("\n", int(r["start"])) < 0
                                         else min(b, t.raw.find("\n", int(r["start"])))]).lower(), cues)]
        # the date that follows the death word, in its clause («وتوفي في الخرطوم يوم … 8 أكتوبر
        # 2013»), not another event of the sentence («نال جائزة عام 2011 … وتوفي …»)
        after = [r for r in dated
                 if _has_word(fold(t.raw[max(a, int(r["start"]) - 60):int(r["start"])].rsplit("\n", 1)[-1]).lower(), cues)]
        out.extend(_event_date(r) for r in (after or dated))
    return out


_HISTORY_PERIOD = re.compile(r"\(\s*(1[5-9]\d\d|20\d\d)\s*[-–—]\s*(1[5-9]\d\d|20\d\d)\s*\)")
"""A closed period in brackets in a title, in either order (right-to-left extraction reverses it):
«تاريخ الكويت الحديث (1965-1750)», "A History of the Soviet Union (1917–1991)"."""
_HISTORY_WORD = re.compile(r"(?<![\w])(?:و?(?:ال)?تاريخ|history|histoire)(?![\w])")
"""A history of a period («تاريخ …», "History of …") is written after the period it closes."""


def _reported_too_early(t: TextFacts) -> list[Finding]:
    """A reference published before what its title says it reports: a retrospective report on a
    year («التقرير السنوي 2023»، "Annual Report 2023", "PISA 2022 Results") dated an earlier year,
    or a title reporting a death ("… dies at 87"، «رحيل …») dated before every death the text dates."""
    from ..lang import words

    retro, prosp = words("sources", "retrospective"), words("sources", "prospective")
    death = words("sources", "death")
    deaths = None
    out = []
    for r in _refs(t):
        title, year = _val(r.get("title")), _val(r.get("year"))
        if not title or year is None:
            continue
        # an untitled author field may hold the title («- رحيل الشاعر …، مجلة الآداب، 1997»)
        head = " ".join(str(x) for x in (_val(r.get("authors")), title) if x)
        ft = fold(head).lower().translate(_EAST_DIGITS)
        year = int(year)
        what = None
        years = [int(y) for y in _TITLE_YEAR.findall(ft)]
        period = _HISTORY_PERIOD.search(ft)
        if years and _has_word(ft, retro) and not _has_word(ft, prosp) and year < max(years):
            what = f"a report on {max(years)}", max(years)
        elif period and _HISTORY_WORD.search(ft) and year < max(int(period.group(1)), int(period.group(2))):
            end = max(int(period.group(1)), int(period.group(2)))
            what = f"the end ({end}) of the period", end
        elif _has_word(ft, death):
            deaths = _death_dates(t) if deaths is None else deaths
            written = _val(r.get("date"))
            source = str(written) if written else f"{year:04d}"
            if deaths and all(source_before(source, d) for d in deaths):
                first = min(deaths, key=_iso_parts)
                what = f"a death the text dates {first}", first
                year = source
        if what is None:
            continue
        a, b = int(r["start"]), int(r["end"])
        out.append(Finding(
            kind="citation-before-event",
            severity="warning",
            message=f"The {_label(r)} «{str(title).strip()}» is dated {year}, before {what[0]} that its title reports.",
            spans=[Span(t.file, a, b, t.raw[a:b])],
            evidence={"rule": "a source is not published before what its title reports (a year's report, a death)",
                      "source_date": str(year), "event_date": str(what[1]), "title": str(title)},
        ))
    return out


# --------------------------------------------------------------------------- reused notes


def _note_key(text: str) -> str:
    """A note's text without its leading number label, as a comparison key."""
    return ref_key(re.sub(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\s*[.)-])\s*", "", fold(text)))


@detector("note-reused", "internal")
def note_reused(facts: Facts) -> list[Finding]:
    """One note cited for different claims: an endnote number for differently dated events, or one
    note text repeated under several numbers for claims in different paragraphs."""
    out = []
    for t in facts:
        claims = [(c, parts[0]) for c, parts in _claims(t)]  # one part each in an ordered text
        # (a) the same endnote number cited at several places whose claims date different events
        by_number: dict[int, list] = {}
        for c, span in claims:
            if c["kind"] == "endnote" and _val(c.get("marker")) is not None:
                by_number.setdefault(int(c["marker"]), []).append((c, span))
        for number, uses in sorted(by_number.items()):
            if len(uses) < 2:
                continue
            years = [{year_of(r["start_date"]) for r in _event_years(t, *sp)} for _, sp in uses]
            dated = [y for y in years if y]
            if len(dated) < 2 or set.intersection(*dated):
                continue
            out.append(Finding(
                kind="note-reused",
                severity="warning",
                message=(f"Endnote [{number}] is cited {len(uses)} times for claims about different years "
                         f"({'; '.join(', '.join(map(str, sorted(y))) for y in dated)})."),
                spans=[Span.of(c) for c, _ in uses],
                evidence={"rule": "one endnote number, claims with disjoint event years",
                          "claims": [t.raw[s:e] for _, (s, e) in uses], "years": [sorted(y) for y in years]},
            ))
        # (b) one note text under several numbers, cited in different paragraphs
        by_text: dict[str, list] = {}
        for c, span in claims:
            text = _val(c.get("note_text"))
            if text and len(text) >= MIN_NOTE_CHARS and _val(c.get("note_start")) is not None:
                by_text.setdefault(_note_key(text), []).append((c, span))
        for key, uses in by_text.items():
            notes = {int(c["note_start"]) for c, _ in uses}
            paragraphs = {paragraph_bounds(t.raw, int(c["start"])) for c, _ in uses}
            if len(notes) < 2 or len(paragraphs) < 2:
                continue
            markers = [c["text"].strip() for c, _ in uses]
            note_spans = {}
            for c, _ in uses:
                ns, ne = int(c["note_start"]), int(c["note_end"])
                note_spans[ns] = Span(t.file, ns, ne, t.raw[ns:ne])
            out.append(Finding(
                kind="note-reused",
                severity="note",
                message=(f"Notes {', '.join(markers)} repeat one note text for claims in {len(paragraphs)} "
                         f"different paragraphs."),
                spans=[Span.of(c) for c, _ in uses] + list(note_spans.values()),
                evidence={"rule": "identical note text under different numbers, claims in different paragraphs",
                          "note": uses[0][0]["note_text"], "claims": [t.raw[s:e] for _, (s, e) in uses]},
            ))
    return out
