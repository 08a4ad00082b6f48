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
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import Document
from ..text.normtext import NormText, fold, language, normalise
from ..text.spans import select

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


# --------------------------------------------------------------------------- dates

YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DATE_TYPES = ("date", "month", "datetime")


def _iso(row) -> str:
    """A row of :func:`tahqiq.extract.dates.extract_dates` as ISO with its granularity kept."""
    return {"day": row.start_date, "month": row.start_date[:7]}.get(row.granularity, row.start_date[:4])


def _dates(s: str) -> list[tuple[int, int, str, str]]:
    """The dates written in ``s``: ``(start, end, type, iso)`` with raw offsets into ``s``.

    Uses the dates extractor, so that a citation reads its dates the way the body's are read:
    English and Arabic month names, numeric day/month/year (two-digit years are 20yy),
    Eastern digits, and dates in URL paths (``url_date``). A month without its year, which
    the extractor cannot place, is left out."""
    from .dates import extract_dates

    df = extract_dates(Document(path=Path("<string>"), raw=s, form="plain"))
    return [
        (int(r.start), int(r.end), r.type, _iso(r))
        for r in df.itertuples(index=False)
        if (r.type in _DATE_TYPES or r.type == "url_date") and isinstance(r.start_date, str)
    ]


def _date_rows(df: pd.DataFrame) -> list[tuple[int, int, str, str]]:
    """The rows of a text's dates table that a reference can use, as :func:`_dates` gives them
    (raw offsets into the text), in the table's order."""
    if not len(df):
        return []
    return [
        (int(r.start), int(r.end), r.type, _iso(r))
        for r in df.itertuples(index=False)
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


# --------------------------------------------------------------------------- reference parsing

_URL = re.compile(r"<?(?P<url>(?:https?://|www\.)[^\s<>\u0600-\u06FF]+[^\s<>.,،;)\]\u0600-\u06FF])>?")
_NUMBER_LABEL = re.compile(
    r"^\s*(?:\[(?P<b>\d{1,3})\]|\^?\((?P<p>\d{1,3})\)|(?P<d>\d{1,3})\s*[.)\-]\s|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s*"
)
_QUOTED = re.compile(r'"(?P<q>[^"]{3,}?)"')
_ISSUE = re.compile(r"(?i)(?<![\w])(?:العدد|عدد|No\.|No|Issue|Number|no\.)\s*(?P<v>\d+)")
_VOLUME = re.compile(r"(?i)(?<![\w])(?:المجلد|مجلد|Vol\.|Vol|Volume)\s*(?P<v>\d+)")
_PAGES = re.compile(r"(?<![\w])(?:صص|ص|pp\.?|p\.?|P\.)\s*(?P<v>\d+(?:\s*-\s*\d+)?)(?![\d])")
_EDITION = re.compile(r"(?i)(?<![\w])(?:ط|Edition|ed\.)\s*\d+(?![\d])")
_THESIS = re.compile(
    r"(?i)(?<![\w])(?:رساله ماجستير|رساله دكتوراه|اطروحه دكتوراه|master'?s? thesis|ph\.?d\.? thesis"
    r"|doctoral (?:thesis|dissertation))"
)
_STATUS = re.compile(r"(?i)(?<![\w])(?:غير منشوره|منشوره|unpublished|published)(?![\w])")
_BACK = re.compile(r"(?i)(?<![\w])(?P<op>مصدر سبق ذكره|المصدر السابق|op\.? ?cit\.?)|(?P<ibid>المصدر نفسه|نفس المصدر|ibid\.?)")
_YEAR_TOKEN = re.compile(rf"(?<![\w\-/.]){YEAR}(?![\w\-/])")
_PAREN = re.compile(r"\((?P<c>[^()]*)\)")
_SEP = "،,"

VENUE_WORDS = tuple(
    fold(w) for w in (
        "مجلة", "المجلة", "مجله", "صحيفة", "جريدة", "دورية", "نشرة",
        "journal", "magazine", "review", "times", "quarterly", "bulletin", "gazette", "post", "news",
        "interest", "insight", "horizons",
    )
)
INSTITUTION_WORDS = tuple(
    fold(w) for w in (
        "جامعة", "الجامعة", "كلية", "مركز", "المركز", "معهد", "وزارة", "دار", "مؤسسة", "منظمة", "هيئة",
        "أكاديمية", "university", "college", "faculty", "center", "centre", "institute", "commission",
        "council", "ministry", "press", "foundation", "agency", "department", "school", "academy",
    )
)
_NAME_TOKEN_EN = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]{1,3}-[A-Z][\w'-]*|and|bin|ibn|de|van|von|der|al|el)$")
_AR_WORD = re.compile(r"[\u0621-\u064A]")


def _has_word(seg: str, words: tuple[str, ...]) -> bool:
    """Whether a word of ``seg`` (lower case, with or without the article ال) is one of ``words``."""
    toks = re.findall(r"[\w']+", seg.lower())
    return any(t in words or (len(t) > 4 and t[:2] == "ال" and t[2:] in words) for t in toks)


def _is_name(seg: str, max_words: int = 8) -> bool:
    """Whether a segment reads as a personal or corporate author name."""
    toks = seg.replace("،", " ").split()
    if not toks or len(toks) > max_words or re.search(r"\d|https?:", seg):
        return False
    if _AR_WORD.search(seg):
        return not _has_word(seg, VENUE_WORDS)
    return all(_NAME_TOKEN_EN.match(t) for t in toks)


def _year_at(t: str, m: re.Match) -> bool:
    """Whether a year token stands alone between separators (not inside a title or a range)."""
    left = t[: m.start()].rstrip()
    right = t[m.end():].lstrip()
    return (not left or left[-1] in _SEP + "(:.;") and (
        not right or right[0] in _SEP + ").;<" or right.startswith(("http", "www"))
    )


@dataclass
class _Scan:
    """The state of :func:`parse_reference`: the normalised text and what has been consumed."""

    s: str
    t: str
    taken: list[bool]
    nt: NormText

    def raw(self, a: int, b: int) -> str:
        ra, rb = self.nt.raw_span(a, b)
        return _clean(self.s[ra:rb])

    def take(self, a: int, b: int) -> None:
        for i in range(a, b):
            self.taken[i] = True

    def free(self, a: int, b: int) -> bool:
        return not any(self.taken[a:b])


def _clean(s: str) -> str:
    """``s`` with runs of white space made one space and separators trimmed from its ends."""
    return re.sub(r"\s+", " ", s).strip(" \t\n،,.:;-–—<>\"“”«»")


def parse_reference(s: str, inverted: bool = False, dates: list[tuple[int, int, str, str]] | None = None) -> dict:
    """Parse a bibliography entry, footnote or endnote into its fields (keys :data:`FIELDS`).

    Text fields are slices of ``s`` (trimmed of separators), except ``authors`` of an
    ``inverted`` entry (a bibliography's «Surname, Given names»), which is put back in the
    natural order «Given names Surname» so that it compares with the notes. ``year`` is an
    int; ``date``, ``url_date`` and ``accessed`` ISO strings with their granularity kept;
    ``pages``, ``volume`` and ``issue`` strings with ASCII digits.

    The rules: a leading label ``[n]``, ``(n)`` or ``n.`` is the ``number``; URLs, English
    and numeric dates, ``العدد/No.``, ``المجلد/Vol.``, ``ص/p.``, editions, thesis kinds,
    (un)published and back-references are recognised wherever they stand; a parenthesis
    holding only place, publisher and year («(بغداد: ٢٠١٥)», «(أبو ظبي : مركز …،٢٠٢١)») is
    split into them; a year standing alone between separators is the year. What is left is
    cut at commas into segments: a quoted title takes the segments before it as authors and
    the one after it as venue; otherwise the first name-like segment is the author, the
    next segments up to one naming a journal or an institution are the title, then come
    the venue (a journal word), publishers (institution words) and a place (one or two words).

    ``dates`` are the dates written in ``s`` as :func:`_dates` gives them, when the caller has them
    already (the text's dates table); they are extracted from ``s`` otherwise.
    """
    out: dict = dict.fromkeys(FIELDS)
    nt = normalise(s, repair_stretched=False)
    sc = _Scan(s=s, t=nt.text, taken=[False] * len(nt.text), nt=nt)
    t = sc.t
    m = _NUMBER_LABEL.match(t)
    if m:
        v = next(v for v in m.groups() if v)
        out["number"] = int("".join(str(_SUPERSCRIPT.index(c)) for c in v)) if m.group("s") else int(v)
        sc.take(0, m.end())
    # URLs, the date in the first one, and dates; a date written after a URL is when it was read
    urls = []
    for m in _URL.finditer(t):
        if out["url"] is None:
            out["url"] = sc.raw(*m.span("url")).strip("<>")
        urls.append((m.start("url") + _path_start(m.group("url")), m.end()))
        sc.take(*m.span())
    for rs, re_, kind, iso in (_dates(s) if dates is None else dates):
        a, b = nt.norm_span(rs, re_)
        if kind == "url_date":
            if urls and urls[0][0] <= a < urls[0][1] and out["url_date"] is None:
                out["url_date"] = iso
            continue
        if not sc.free(a, b):  # inside a URL
            continue
        if urls and a >= urls[0][1] and out["accessed"] is None:
            out["accessed"] = iso
        elif out["date"] is None:
            out["date"] = iso
        sc.take(a, b)
    # a quoted title
    quoted = None
    for m in _QUOTED.finditer(t):
        if sc.free(*m.span()):
            quoted = m.span()
            out["title"] = sc.raw(*m.span("q"))
            sc.take(*m.span())
            break
    # typed tokens
    for key, rx in (("issue", _ISSUE), ("volume", _VOLUME), ("pages", _PAGES)):
        for m in rx.finditer(t):
            if sc.free(*m.span()):
                if out[key] is None:
                    out[key] = re.sub(r"\s+", "", m.group("v"))
                sc.take(*m.span())
    for rx in (_EDITION, _STATUS):
        for m in rx.finditer(t):
            if sc.free(*m.span()):
                sc.take(*m.span())
    thesis = None
    for m in _THESIS.finditer(t):
        if sc.free(*m.span()):
            thesis = thesis or sc.raw(*m.span())
            sc.take(*m.span())
    for m in _BACK.finditer(t):
        if sc.free(*m.span()):
            out["back"] = out["back"] or ("op_cit" if m.group("op") else "ibid")
            sc.take(*m.span())
    # parentheses holding place / publisher / year only
    places: list[str] = []
    publishers: list[str] = []
    years: list[int] = []
    for m in _PAREN.finditer(t):
        if not sc.free(m.start("c"), m.end("c")) and not _paren_leftover(sc, m):
            sc.take(*m.span())
            continue
        parts = _paren_parts(sc, m)
        if parts is None:
            continue
        for kind, value in parts:
            {"year": years, "place": places, "publisher": publishers}[kind].append(value)
        sc.take(*m.span())
    for m in _YEAR_TOKEN.finditer(t):
        if sc.free(*m.span()) and _year_at(t, m):
            years.append(int(m.group()))
            sc.take(*m.span())
    # the rest, cut into segments
    segs = _segments(sc, quoted)
    authors, title_segs, rest = _assign(segs, quoted, inverted, sc, out["back"] is not None)
    out["authors"] = authors
    if title_segs and out["title"] is None:
        a, b = title_segs[0][0], title_segs[-1][1]
        out["title"] = sc.raw(a, b)
    venue = None
    fields: list[list] = []  # [kind, start, end]
    for a, b, q_after in rest:
        seg = t[a:b]
        keyword = _has_word(seg, VENUE_WORDS + INSTITUTION_WORDS)
        if fields and seg[0].islower() and seg[0].isascii() and not keyword and _adjacent(sc, fields[-1][1:], (a, b)):
            fields[-1][2] = b  # «Center for strategic, political and economic studies»: a list inside a name
            continue
        if (q_after or _has_word(seg, VENUE_WORDS)) and not any(f[0] == "venue" for f in fields):
            kind = "venue"
        elif _has_word(seg, INSTITUTION_WORDS):
            kind = "publisher"
        elif len(seg.split()) <= 2 and not re.search(r"\d", seg):
            kind = "place"
        elif not any(f[0] == "venue" for f in fields):
            kind = "venue"
        else:
            kind = "publisher"
        fields.append([kind, a, b])
    for kind, a, b in fields:
        if kind == "venue":
            venue = sc.raw(a, b)
        else:
            (publishers if kind == "publisher" else places).append(sc.raw(a, b))
    out["venue"] = venue or thesis
    out["publisher"] = ", ".join(dict.fromkeys(p for p in publishers if p)) or None
    out["place"] = ", ".join(dict.fromkeys(p for p in places if p)) or None
    if years:
        out["year"] = years[-1]
    if out["date"] is not None and out["year"] is None:
        out["year"] = int(out["date"][:4])
    return out


def _paren_leftover(sc: _Scan, m: re.Match) -> bool:
    """Whether a parenthesis whose content is partly consumed still has free letters."""
    return any(not sc.taken[i] and sc.t[i].isalpha() for i in range(m.start("c"), m.end("c")))


def _paren_parts(sc: _Scan, m: re.Match) -> list[tuple[str, object]] | None:
    """The parts of a «(place: publisher، year)» parenthesis, or None if it is something else."""
    parts: list[tuple[str, object]] = []
    pos = m.start("c")
    for piece in re.split(r"([،,:])", m.group("c")):
        a, b = pos, pos + len(piece)
        pos = b
        if piece in "،,:" or not piece.strip():
            continue
        free = "".join(ch if not sc.taken[a + i] else " " for i, ch in enumerate(piece)).strip()
        if not free:
            continue
        if re.fullmatch(YEAR, free):
            parts.append(("year", int(free)))
        elif re.search(r"\d", free):
            return None
        elif _has_word(free, INSTITUTION_WORDS):
            parts.append(("publisher", sc.raw(a, b)))
        elif len(free.split()) <= 3:
            parts.append(("place", sc.raw(a, b)))
        else:
            return None
    if not any(k == "year" for k, _ in parts) and len(parts) > 1 and not any(k == "publisher" for k, _ in parts):
        return None
    return parts


def _segments(sc: _Scan, quoted: tuple[int, int] | None) -> list[tuple[int, int, bool]]:
    """Free runs of text cut at commas and at consumed tokens: ``(start, end, after_quote)``.

    ``after_quote`` marks the first segment after a quoted title. A run at the start that
    ends in ``Name:`` (``Reuters: "…"``) is cut there.
    """
    t = sc.t
    segs: list[tuple[int, int, bool]] = []
    start = None
    for i in range(len(t) + 1):
        boundary = i == len(t) or sc.taken[i] or t[i] in _SEP
        if boundary:
            if start is not None:
                a, b = start, i
                while a < b and not (t[a].isalnum()):
                    a += 1
                while b > a and not (t[b - 1].isalnum() or t[b - 1] in ")'"):
                    b -= 1
                if b > a and any(ch.isalpha() for ch in t[a:b]):
                    segs.append((a, b, False))
                start = None
        elif start is None:
            start = i
    if segs:
        a, b, _ = segs[0]
        m = re.match(r"([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}):\s+(?=\S)", t[a:b])
        if m:
            segs[0:1] = [(a, a + m.end(1), False), (a + m.end(), b, False)]
    if quoted:
        for k, (a, b, _) in enumerate(segs):
            if a >= quoted[1]:
                segs[k] = (a, b, True)
                break
    return segs


_Seg = tuple[int, int, bool]


def _assign(
    segs: list[_Seg], quoted: tuple[int, int] | None, inverted: bool, sc: _Scan, back: bool
) -> tuple[str | None, list[_Seg], list[_Seg]]:
    """Split segments into authors, title segments and the rest.

    ``back``: the reference points back to an earlier note, so a lone segment is its author."""
    t = sc.t
    if quoted:
        before = [(a, b) for a, b, _ in segs if b <= quoted[0]]
        rest = [s for s in segs if s[0] >= quoted[1]]
        names = [sc.raw(a, b) for a, b in before]
        return ("; ".join(n for n in names if n) or None), [], rest
    if not segs:
        return None, [], []
    authors = None
    i = 0
    first = t[segs[0][0]:segs[0][1]]
    if (
        inverted and len(segs) >= 3 and _is_name(first, 2)
        and _is_name(t[segs[1][0]:segs[1][1]], 8) and _adjacent(sc, segs[0], segs[1])
    ):
        given = sc.raw(segs[1][0], segs[1][1])
        lead, sep, others = given.partition(" and ")
        authors = f"{lead} {sc.raw(segs[0][0], segs[0][1])}{sep}{others}"
        i = 2
    elif (len(segs) >= 2 or back) and _is_name(first):
        authors = sc.raw(segs[0][0], segs[0][1])
        i = 1
    title = [segs[i]] if i < len(segs) else []
    j = i + 1
    while (
        title and j < len(segs) and _adjacent(sc, segs[j - 1], segs[j])
        and not _has_word(t[segs[j][0]:segs[j][1]], VENUE_WORDS + INSTITUTION_WORDS)
        and len(t[segs[j][0]:segs[j][1]].split()) > 2
    ):
        title.append(segs[j])
        j += 1
    return authors, title, segs[j:]


def _adjacent(sc: _Scan, s1: tuple, s2: tuple) -> bool:
    """Whether only separators (no consumed token) stand between two segments."""
    return all(not sc.taken[k] for k in range(s1[1], s2[0]))


# --------------------------------------------------------------------------- markers

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARKER = re.compile(
    r"\^\((?P<caret>\d{1,3})\)"
    r"|⁽(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾"
    r"|\[(?P<bracket>\d{1,3})\]"
    r"|(?<!\()\((?P<paren>\d{1,2})\)(?![\d)])"
    r"|\^(?P<caretd>\d{1,2})(?!\d)"
    r"|(?<=[^\s\d⁰¹²³⁴⁵⁶⁷⁸⁹⁽])(?P<bare>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁾])"
)


@dataclass(frozen=True)
class Marker:
    """A note marker found in normalised text: span, number and style
    (``paren`` ``(1)``, ``caret`` ``^(1)``, ``sup`` ``⁽¹⁾``, ``bracket`` ``[1]``, ``caretd`` ``^1``,
    ``bare`` a superscript ``¹`` after a word)."""

    start: int
    end: int
    number: int
    style: str


def find_markers(text: str) -> list[Marker]:
    """Note markers in a normalised text, in order.

    ``<sup>(1)</sup>`` is ``(1)`` once normalised; Eastern digits are ASCII. A marker at the
    very start of the text is a label (a note's or list item's own number), not a marker.
    """
    out = []
    for m in _MARKER.finditer(text):
        if not text[: m.start()].strip():
            continue
        style = m.lastgroup
        v = m.group(style)
        if style in ("sup", "bare"):
            v = "".join(str(_SUPERSCRIPT.index(c)) for c in v)
        out.append(Marker(m.start(), m.end(), int(v), style))
    return out


# --------------------------------------------------------------------------- author-year

_LAT_NAME = r"[A-Z][A-Za-z'’.\-]*(?:\s[A-Z][A-Za-z'’.\-]*){0,2}"
_LAT_NAMES = rf"{_LAT_NAME}(?:\s*(?:,|&|and)\s*{_LAT_NAME}){{0,3}}"
_AR_NAME = r"[\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,}){0,4}"
_PG = r"(?:p{1,2}\.?\s*)?\d{1,4}(?:\s*-\s*\d{1,4})?"
_YR = rf"(?P<year>{YEAR})"
_MONTHS_EN = ("January|February|March|April|May|June|July|August|September|October|November|December"
              "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter")

AUTHOR_YEAR_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    # (Snyder: 1997, p 123)  (Korolev; 2021, 9)  (Olcott, Garnett: 2000)
    ("latin", re.compile(rf"\(\s*(?P<names>{_LAT_NAMES})\s*[:;]\s*{_YR}(?:\s*,\s*(?P<pages>{_PG}))?\s*\)")),
    # (Korolev, 2021, p. 9)  (Korolev 2021: 9)  (Lo et al., 2009)  (Lo and Kuchins, 2014)
    ("latin_comma", re.compile(
        rf"\(\s*(?!(?:{_MONTHS_EN})\b)(?P<names>{_LAT_NAME}(?:\s+et al\.?)?(?:\s*(?:&|and)\s*{_LAT_NAME})?)"
        rf"\s*,?\s+{_YR}[a-z]?(?:\s*[,:]\s*(?P<pages>{_PG}))?\s*\)"
    )),
    # (فرقاني، 2016)  (هلال: 2021)  (موقع وزارة الخارجية الروسية، نوفمبر 2014)
    ("arabic", re.compile(
        rf"\(\s*(?P<names>{_AR_NAME})\s*[،:,]\s*(?:[\u0621-\u064A]{{3,}}\s+)?{_YR}"
        rf"(?:\s*[،,:]\s*(?:ص\s*)?(?P<pages>{_PG}))?\s*\)"
    )),
)
"""Author-year references as they are written."""

SCRAMBLED_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    # the closing parenthesis lost: (Bedeski, Swanstrom: 2012تغير
    ("latin_open", re.compile(rf"\(\s*(?P<names>{_LAT_NAMES})\s*[:;]\s*{_YR}(?:\s*,\s*(?P<pages>{_PG}))?")),
    # mirrored on one line: Kuchins): 129 ,2014(   Lo): (2009
    ("latin_mirrored", re.compile(
        rf"(?<![\w(])(?P<names>{_LAT_NAMES})\)\s*[:;]\s*\(?\s*(?:(?P<pages>{_PG})\s*,\s*)?{_YR}\s*\(?"
    )),
    # the year moved first, the parenthesis mirrored and glued to the name or left open:
    # (2021)هلال:   ( 2014)موقع وزارة …،   (2015  محمد،   (2012إدريس،
    # and, with the separator lost, a glued name ending the chunk: ( 2010)تقرير مهمة السلام
    ("arabic_mirrored", re.compile(
        rf"\(\s*{_YR}(?:\)|\s*)(?P<names>{_AR_NAME})\s*[،:]"
        rf"|\(\s*(?P<year2>{YEAR})\s*\)(?P<names2>{_AR_NAME})(?=\s{{2,}}|\s*$|\s*\.)"
    )),
    # mirrored with words of the sentence scrambled into it: ( … 2016. … )فرقاني،
    ("arabic_scrambled", re.compile(
        rf"\([^()\n]{{0,80}}?(?<![\d\w]){_YR}(?![\d\w])[^()\n]{{0,40}}?\)"
        rf"(?P<names>[\u0621-\u064A]{{2,}}(?: [\u0621-\u064A]{{2,}}){{0,2}})\s*،"
    )),
)
"""The forms right-to-left extraction makes of them, looked for in scrambled texts only."""

SOURCE_WORDS = VENUE_WORDS + tuple(fold(w) for w in ("agency", "وكالة", "موقع"))
"""Words that make a parenthesis without a year a reference to a source: «(TASS Russian News
Agency)», «(الموقع الرسمي لوزارة الخارجية الروسية)»."""
# A parenthesis (or a mirrored one) holding only a source's name or a domain name
_SOURCE = re.compile(
    r"(?P<open>[()])\s*(?P<names>[A-Za-z\u0621-\u064A][A-Za-z\u0621-\u064A .'&-]{1,58}[A-Za-z\u0621-\u064A]"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\s*(?P<close>[()])"
)
# A reference split over lines by the extraction: the names with the mirrored opening paren
# («;Korolev)», «:Snyder)», «,Lai)») and, further on, the year part («)43 ,2021», «2002(»,
# «Reiter; 2000, p203)»).
_SPLIT_HEAD = re.compile(rf"(?<![\w)])[:;,]\s*(?P<names>{_LAT_NAMES})\)")
_SPLIT_TAIL = re.compile(
    rf"\)\s*(?:(?P<pages>{_PG})\s*,\s*)?(?P<year1>{YEAR})(?![\d\w])"
    rf"|(?<![\w\d])(?P<year2>{YEAR})\s*\("
    rf"|(?P<more>{_LAT_NAMES})\s*[:;]\s*(?P<year3>{YEAR})(?:\s*,\s*(?P<pages2>{_PG}))?\s*\)"
)
SPLIT_REACH = 600
"""How far (normalised characters) the year part of a split reference may stand from its names."""


@dataclass(frozen=True)
class AuthorYear:
    """An author-year reference in normalised text; ``name_spans`` are where its names stand."""

    start: int
    end: int
    authors: str
    year: int | None
    pages: str | None
    form: str
    name_spans: tuple[tuple[int, int], ...] = ()


def find_author_year(text: str, scrambled: bool = True) -> list[AuthorYear]:
    """Author-year references in a normalised text, in order, without overlaps.

    Forms: ``(Name: 1997, p 123)``, ``(Name; 2021, 9)``, ``(A, B: 2000)``, Arabic
    ``(الاسم، 2016)`` / ``(الاسم: 2021)``, and the forms right-to-left PDF extraction makes of
    them: mirrored parentheses (``Kuchins): 129 ,2014(``, ``(2021)هلال:``), the year moved
    before the name (``(2015  محمد،``), and a reference split in two pieces up to
    :data:`SPLIT_REACH` characters apart (``;Korolev)`` … ``)43 ,2021``). A parenthesis
    holding only a source's name (one of :data:`SOURCE_WORDS`) or a domain name is a reference
    without a year (form ``source``): a parenthesised English gloss of a term is not.

    The extraction's forms (:data:`SCRAMBLED_PATTERNS`, mirrored parentheses, split
    references) are looked for only when ``scrambled`` is true: in a text extracted in
    reading order they would only find false references.
    """
    found: list[AuthorYear] = []
    for form, rx in AUTHOR_YEAR_PATTERNS + (SCRAMBLED_PATTERNS if scrambled else ()):
        for m in rx.finditer(text):
            g = m.groupdict()
            key = "names" if g.get("names") else "names2"
            pages = g.get("pages")
            found.append(AuthorYear(m.start(), m.end(), _clean(g[key]), int(g.get("year") or g["year2"]),
                                    re.sub(r"\s+", "", pages) if pages else None, form, (m.span(key),)))
    for m in _SOURCE.finditer(text):
        names = m.group("names")
        if (m.group("open"), m.group("close")) != ("(", ")") and not (scrambled and m.group("open") == ")"):
            continue
        if not ("." in names and " " not in names or _has_word(names, SOURCE_WORDS)):
            continue
        found.append(AuthorYear(m.start(), m.end(), _clean(names), None, None, "source", (m.span("names"),)))
    for m in _SPLIT_HEAD.finditer(text) if scrambled else ():
        if any(f.start <= m.start() < f.end for f in found):
            continue
        tail = _SPLIT_TAIL.search(text, m.end(), min(len(text), m.end() + SPLIT_REACH))
        if not tail:
            continue
        names = _clean(m.group("names"))
        spans = [m.span("names")]
        if tail.group("more"):
            names = f"{names}, {_clean(tail.group('more'))}"
            spans.append(tail.span("more"))
        pages = tail.group("pages") or tail.group("pages2")
        year = next(int(v) for k, v in tail.groupdict().items() if k.startswith("year") and v)
        found.append(AuthorYear(m.start(), tail.end(), names, year,
                                re.sub(r"\s+", "", pages) if pages else None, "split", tuple(spans)))
    return select(found, span=lambda f: (f.start, f.end), priority=lambda f: (f.start, -(f.end - f.start)))


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
        from ..segment.blocks import segment

        blocks = segment(doc)
    return blocks.sort_values("start", kind="stable").reset_index(drop=True)


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


def _pieces(blocks: pd.DataFrame, section_of, split_urls: bool = False) -> list[_Piece]:
    """The blocks as pieces. With ``split_urls``, a block whose lines each carry their own URL
    is cut into one piece per line: several web references run together (an entry without a
    number after the previous one)."""
    out = []
    for b in blocks.itertuples(index=False):
        number, page, section = _opt_int(b.number), _opt_int(b.page), section_of(b)
        spans = [(b.start, b.end)]
        if split_urls:
            lines = [m.span() for m in re.finditer(r"[^\n]+", b.text)]
            lines = [(a, z) for a, z in lines if b.text[a:z].strip()]
            if len(lines) > 1 and all(_URL.search(b.text[a:z]) for a, z in lines):
                spans = [(b.start + a, b.start + z) for a, z in lines]
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
            "section": pc.section, "lang": language(body),
            "number": pc.number if pc.number is not None else f["number"], "page": pc.page,
            **{k: f[k] for k in FIELDS if k not in ("number", "back")},
            "_back": f["back"],
        })
    return rows


def _frame(rows: list[dict], columns: tuple[str, ...]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(columns))
    df = df.sort_values("start", kind="stable").reset_index(drop=True)
    for c in ("number", "page", "year", "marker", "note_start", "note_end"):
        if c in df.columns:
            df[c] = df[c].astype("Int64")
    return df


def _bib_section(block) -> str | None:
    """The bibliography section the segmenter names in ``detail`` (``periodicals``, ``internet`` …)."""
    return block.detail if isinstance(block.detail, str) else None


def _bibliography(doc: Document, blocks: pd.DataFrame, dates: pd.DataFrame | None = None) -> list[dict]:
    stem = _stem(doc)
    bib = blocks[blocks["kind"] == BIB_KIND]
    rows = _ref_rows(doc, _pieces(bib, _bib_section, split_urls=True), inverted=True, dates=dates)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["lang"]] = counts.get(r["lang"], 0) + 1
        r["bib_id"] = f"{stem}:bib:{r['lang']}:{counts[r['lang']]}"
    ends = _ref_rows(doc, _pieces(blocks[blocks["kind"] == ENDNOTE_KIND], lambda b: "endnotes"), inverted=False,
                     dates=dates)
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
    return _frame(_bibliography(doc, _blocks(doc, blocks)), BIB_COLUMNS)


def _notes(doc: Document, blocks: pd.DataFrame, dates: pd.DataFrame | None = None) -> list[dict]:
    stem = _stem(doc)
    rows = _ref_rows(doc, _pieces(blocks[blocks["kind"] == NOTE_KIND], lambda b: "footnote"), inverted=False,
                     dates=dates)
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
    return _frame(_notes(doc, _blocks(doc, blocks)), BIB_COLUMNS)


# --------------------------------------------------------------------------- resolution


def ref_key(s) -> str:
    """A comparison key: folded, lower case, letters and digits only (so «عبدالمجيد» is «عبد المجيد»);
    "" for anything that is not a non-empty string (None, a pandas missing value)."""
    if not isinstance(s, str) or not s:
        return ""
    return _ref_key(s)


@lru_cache(maxsize=1 << 14)
def _ref_key(s: str) -> str:
    return "".join(ch for ch in fold(s).lower() if ch.isalnum())


def url_key(u) -> str:
    """A URL without scheme, ``www.`` and trailing slash, lower case; "" for a missing one."""
    if not isinstance(u, str) or not u:
        return ""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", u.strip().lower()).rstrip("/")


def same_url(a, b) -> bool:
    """The same address: equal URL keys, or the same path (of 6 characters or more) on hosts one
    letter apart (a short link mistyped in one of two places: ``zu.pw/4jMJ8gcZ`` for ``2u.pw/4jMJ8gcZ``)."""
    a, b = url_key(a), url_key(b)
    if not a or not b:
        return False
    if a == b:
        return True
    ha, _, pa = a.partition("/")
    hb, _, pb = b.partition("/")
    return pa == pb and len(pa) >= 6 and len(ha) == len(hb) and sum(x != y for x, y in zip(ha, hb)) == 1


def _sim(a, b, floor: float = 0.0) -> float:
    """The difflib ratio of the keys of ``a`` and ``b``; 0.0 when it is surely below ``floor``
    (difflib's quick upper bounds say so), which spares the full comparison."""
    ka, kb = ref_key(a), ref_key(b)
    if not ka or not kb:
        return 0.0
    m = SequenceMatcher(None, ka, kb, autojunk=False)
    if floor and (m.real_quick_ratio() < floor or m.quick_ratio() < floor):
        return 0.0
    return m.ratio()


TITLE_MATCH = 0.8
"""Title similarity (difflib ratio of folded keys) at which a reference matches an entry."""
AUTHOR_MATCH = 0.8
"""Author similarity at which a reference whose title is similar enough (≥ 0.5) matches."""


def resolve_reference(ref: dict, bib: list[dict]) -> str | None:
    """The ``bib_id`` of the bibliography entry a parsed reference names, or None.

    The same URL decides (see :func:`same_url`). Otherwise the title must be similar (≥ :data:`TITLE_MATCH`), or
    the authors similar (≥ :data:`AUTHOR_MATCH`) with a title at least half similar; a
    reference without title (an «op. cit.» note) matches on its authors alone, and only if
    one entry is the best. Comparisons are of folded keys (letters and digits), so
    «عبدالامير» and «عبد الأمير» are the same.
    """
    url = url_key(ref.get("url"))
    if url:
        for b in bib:
            if same_url(url, b.get("url")):
                return b["bib_id"]
    scored = []
    for b in bib:
        # each similarity is computed in full only when its value can matter (see _sim's floor)
        if ref.get("title"):
            t = _sim(ref.get("title"), b.get("title"), floor=0.5)
            if t >= TITLE_MATCH:
                scored.append((_sim(ref.get("authors"), b.get("authors")) + t, b["bib_id"]))
            elif t >= 0.5:
                a = _sim(ref.get("authors"), b.get("authors"), floor=AUTHOR_MATCH)
                if a >= AUTHOR_MATCH:
                    scored.append((a + t, b["bib_id"]))
        else:
            a = _sim(ref.get("authors"), b.get("authors"), floor=AUTHOR_MATCH)
            if a >= AUTHOR_MATCH:
                scored.append((a, b["bib_id"]))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and not ref.get("title") and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _resolve_author_year(names: str, year: int, bib: list[dict]) -> str | None:
    """The one entry whose authors (or venue) contain the cited name, folded, and whose year is
    the cited one (any year for a reference that gives none)."""
    first = ref_key(re.split(r"[,،&]| and ", names)[0])
    if not first:
        return None
    hits = [
        b["bib_id"] for b in bib
        if year in (None, b.get("year")) and first in _name_keys(b)
    ]
    return hits[0] if len(hits) == 1 else None


def _name_keys(entry: dict) -> set[str]:
    """Keys of the names an entry can be cited by: each word of its authors, and its whole
    authors and venue (a corporate author, «وكالة الطاقة الدولية»)."""
    keys = {ref_key(entry.get("authors")), ref_key(entry.get("venue"))}
    if isinstance(entry.get("authors"), str):
        keys.update(ref_key(w) for w in re.split(r"[\s,;،]+", entry["authors"]))
    return keys - {""}


def _resolve_notes(notes: list[dict], bib: list[dict]) -> dict[int, str | None]:
    """Each note's bibliography entry, by its start; «ibid.» takes the previous note's."""
    out: dict[int, str | None] = {}
    previous = None
    for n in sorted(notes, key=lambda r: r["start"]):
        if n["_back"] == "ibid" and not n["title"]:
            found = previous
        else:
            found = resolve_reference(n, bib)
        out[n["start"]] = found
        previous = found
    return out


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
    blocks = _blocks(doc, blocks)
    bib = _bibliography(doc, blocks, dates)
    notes = _notes(doc, blocks, dates)
    return _frame(bib, BIB_COLUMNS), _frame(notes, BIB_COLUMNS), _citations(doc, blocks, bib, notes)


def _citations(doc: Document, blocks: pd.DataFrame, bib: list[dict], notes: list[dict]) -> pd.DataFrame:
    bib_by_id = {b["bib_id"]: b for b in bib}
    entries = [b for b in bib if b["section"] != "endnotes"]
    endnotes = {b["number"]: b for b in bib if b["section"] == "endnotes"}
    note_bib = _resolve_notes(notes, entries)
    norm = doc.norm
    body = blocks[~blocks["kind"].isin(NOT_BODY_KINDS)]
    rows = []
    for b in body.itertuples(index=False):
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
    starts = body["start"].to_numpy()
    for ay in find_author_year(norm.text, scrambled=doc.form == "pdf-scrambled"):
        start, end = norm.raw_span(ay.start, ay.end)
        k = starts.searchsorted(start, side="right") - 1
        if k < 0 or start >= body["end"].iat[k]:
            continue
        row = _citation_row(doc, start, end, "author_year", _opt_int(body["page"].iat[k]))
        names = [doc.raw[slice(*norm.raw_span(a, z))] for a, z in ay.name_spans]
        bib_id = _resolve_author_year(ay.authors, ay.year, entries)
        row.update(authors=", ".join(_clean(n) for n in names) or ay.authors, year=ay.year, pages=ay.pages)
        row.update(bib_id=bib_id, resolved=bib_id is not None, bib_text=bib_by_id[bib_id]["text"] if bib_id else None)
        rows.append(row)
    df = _frame(rows, COLUMNS)
    df["resolved"] = df["resolved"].astype(bool)
    return df
