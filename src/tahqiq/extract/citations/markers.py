"""Citation markers in the body: footnote and endnote markers, author-year references."""

from __future__ import annotations

import re
from dataclasses import dataclass
from ...text.normtext import fold
from ...text.spans import select
from .fields import _SUPERSCRIPT, YEAR
from .parse import VENUE_WORDS, _clean, _has_word

# --------------------------------------------------------------------------- markers

_MARKER = re.compile(
    r"\^\((?P<caret>\d{1,3})\)"
    r"|⁽(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾"
    r"|\[(?P<bracket>\d{1,3})\]"
    r"|(?<!\()\((?P<paren>\d{1,2})\)(?![\d)])"
    r"|\^(?P<caretd>\d{1,2})(?!\d)"
    r"|(?<=[^\s\d⁰¹²³⁴⁵⁶⁷⁸⁹⁽])(?P<bare>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁾])"
    # after a year a superscript is a note's (a power follows a short number: «10²»)
    r"|(?<=(?<!\d)(?:1[6-9]|20)\d\d)(?P<bare_year>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁾])"
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
    lead = len(text) - len(text.lstrip())  # the first non-blank character: before it, a marker is a label
    for m in _MARKER.finditer(text):
        if m.start() <= lead:
            continue
        style = m.lastgroup
        v = m.group(style)
        style = "bare" if style == "bare_year" else style
        if style in ("sup", "bare"):
            v = "".join(str(_SUPERSCRIPT.index(c)) for c in v)
        out.append(Marker(m.start(), m.end(), int(v), style))
    return out


# --------------------------------------------------------------------------- author-year

_LAT_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’.\-]*"
_PARTICLE = r"(?:(?:van|von|der|den|de|du|da|di|del|della|dos|la|le|bin|ben|ibn)\s)"
_LAT_NAME = rf"{_PARTICLE}{{0,2}}{_LAT_WORD}(?:\s{_PARTICLE}{{0,2}}{_LAT_WORD}){{0,2}}"
# (a Latin name may carry letters with diacritics, «Bøås», «Gévaudan», «Müller», «Łukasz», and
# lower-case particles, «Van der Veen», «de Waal», «von Soest»)
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


