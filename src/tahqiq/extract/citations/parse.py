"""Parsing one reference string (a note, a bibliography entry) into its fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from ...text.normtext import NormText, fold, normalise
from .fields import _SUPERSCRIPT, FIELDS, YEAR, _dates, _path_start
from ...text.intervals import year_of

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
_BACK = re.compile(r"(?i)(?<![\w])(?P<op>مصدر سبق ذكره|مرجع سبق ذكره|المصدر السابق|المرجع السابق|مصدر سابق|مرجع سابق"
                   r"|op\.? ?cit\.?)|(?P<ibid>المصدر نفسه|المرجع نفسه|نفس المصدر|نفس المرجع|ibid\.?)")
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


_ACCESS_CUE = re.compile(r"(?:تاريخ\s+(?:الاطلاع|الدخول|الزياره|التصفح|الاسترجاع)|(?:تم\s+)?(?:الاطلاع|اطلع\s+عليه|استرجع|"
                         r"استرجاع|زيارة|زياره)(?:\s+(?:عليه|عليها|في|يوم|بتاريخ))*|accessed(?:\s+on)?|retrieved(?:\s+on)?|"
                         r"visited(?:\s+on)?|last\s+accessed)\s*[:：]?\s*(?:يوم\s+|في\s+|on\s+)?$", re.IGNORECASE)
"""The label before the date a source was read (matched at the date's start, on the normalised text)."""


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
    found = list(_dates(s) if dates is None else dates)
    # a date labelled as the day the source was read («تاريخ الاطلاع: 3 شباط 2025»، "accessed 3 February 2025") is
    # the access date wherever it stands; then a date after the URL without the label is the source's own
    cued = {rs for rs, re_, kind, _ in found
            if kind != "url_date" and _ACCESS_CUE.search(t, max(0, nt.norm_span(rs, re_)[0] - 30), nt.norm_span(rs, re_)[0])}
    # (a date inside a quoted title names what the source covers, «نشرة النقل، كانون الأول 2024», not when it came
    # out: the source's date is one written outside the title, when there is one)
    titled = [m.span() for m in _QUOTED.finditer(t)]
    in_title = None
    for rs, re_, kind, iso in found:
        a, b = nt.norm_span(rs, re_)
        if kind == "url_date":
            if urls and urls[0][0] <= a < urls[0][1] and out["url_date"] is None:
                out["url_date"] = iso
            continue
        if not sc.free(a, b):  # inside a URL
            continue
        if rs in cued and out["accessed"] is None:
            out["accessed"] = iso
        elif urls and a >= urls[0][1] and out["accessed"] is None and not cued:
            out["accessed"] = iso
        elif out["date"] is None and any(x <= a and b <= y for x, y in titled):
            in_title = in_title or iso
            continue  # (left free: the title keeps its words)
        elif out["date"] is None:
            out["date"] = iso
        sc.take(a, b)
    if out["date"] is None:
        out["date"] = in_title
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
        out["year"] = year_of(out["date"])
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
    second = t[segs[1][0]:segs[1][1]] if len(segs) >= 2 else ""
    if (
        inverted and len(segs) >= 3 and _is_name(first, 2)
        and _is_name(second, 8) and _adjacent(sc, segs[0], segs[1])
    ) or (not inverted and _inverted_note(first, second, len(segs) >= 3 or back)
          and _adjacent(sc, segs[0], segs[1])):
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


def _inverted_note(first: str, second: str, more: bool) -> bool:
    """A note that begins as a bibliography entry does, «Surname, Given names, …» («الخوالدة،
    سامي، …», "Angrist, Joshua D. and Jörn-Steffen Pischke, …"): a one-word surname, then given
    names (up to three words, or several authors joined by «and»/«و») that carry no article, and
    a title or a back reference after them."""
    if not more or len(first.split()) != 1 or not _is_name(first, 1) or not _is_name(second, 8):
        return False
    words = second.split()
    if _AR_WORD.search(second):
        return len(words) <= 3 and not any(w.startswith(("ال", "وال")) for w in words) \
            and not _has_word(second, INSTITUTION_WORDS)
    return len(words) <= 3 or " and " in second


def _adjacent(sc: _Scan, s1: tuple, s2: tuple) -> bool:
    """Whether only separators (no consumed token) stand between two segments."""
    return all(not sc.taken[k] for k in range(s1[1], s2[0]))


