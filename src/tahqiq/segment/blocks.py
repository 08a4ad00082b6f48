"""Blocks: cutting a raw text into titled, typed, paged segments with exact offsets.

:func:`segment` turns a :class:`~tahqiq.corpus.catalogue.Document` into a table of *blocks* (columns
:data:`COLUMNS`), one row per title, abstract, keyword, metadata line, heading, paragraph, list
item, footnote, endnote, bibliography entry or piece of boilerplate, in text order. Every block is
a span of the raw text (``text == raw[start:end]``, surrounding white space excluded by moving the
offsets); blocks never overlap, and every non-white-space character of the raw text lies in some
block: boilerplate (menus, banners, running headers, page numbers) is tagged, never dropped.

Columns (:data:`COLUMNS`):

``file``, ``block``
    the text's file name; the block's 0-based index in text order.
``kind``
    one of :data:`KINDS`.
``start``, ``end``, ``text``
    raw code-point offsets and ``raw[start:end]``.
``lang``
    ``ar``, ``en`` or ``und`` (:func:`tahqiq.text.normtext.language` of the block's text).
``level``, ``section``
    for a heading, its level (1 = top) and its path, heading titles joined with :data:`SECTION_SEP`
    (the path includes the heading itself); for any other block, those of the enclosing heading,
    or null before the first heading. Titles are the raw heading text without Markdown markup
    (``#``, ``**``, a leading bullet) and without a final colon.
``number``
    the number of a footnote, endnote, list item or bibliography entry, the printed number of a
    page-number block, and the ordinal or number of a labelled heading («ثالثاً» → 3); else null.
``page``
    for ``pdf-text``, ``markdown`` and ``pdf-scrambled``: the page of the text's own page
    structure (1-based; see below); null for the other forms.
``detail``
    free text or null: ``main title``/``parallel title``; ``library record``, ``author``,
    ``affiliation``, ``label``, ``article history``, ``contact``, ``licence`` (metadata);
    ``keyword``/``label`` (keywords: one row per keyword and one for the label);
    ``standfirst`` (abstract); the bibliography category; ``figure caption``/``figure source``/
    ``figure label``; for boilerplate which residue it is: ``library banner``, ``rule``, ``menu``,
    ``accessibility link``, ``call to action``, ``repeated residue``, ``error banner``,
    ``disclaimer``, ``page number``, ``page header``.

Lines are classified on their folded form (:func:`tahqiq.text.normtext.fold`: digits, alef and ta marbuta
forms, quotes and dashes unified), while every offset stays a raw offset.

The rules are chosen by the document's form (``doc.form``):

``pdf-text`` and ``markdown`` (a journal article extracted from its PDF)
    Paragraphs are separated by blank lines; lines starting with a list marker, a footnote
    number ``(n)`` or a Markdown heading start a block of their own. The first page, if it is a
    repository's cover (two or more labels such as «رابط ثابت», «تاريخ الاسترداد»), is
    ``metadata`` (its labelled lines) and ``boilerplate`` (the rest). Then the front matter:
    title and parallel title, authors and affiliations (lines carrying an affiliation mark such as
    ``^a``), labelled article history, keywords (one ``keywords`` row per keyword, plus one for the
    label), abstracts (``Abstract:`` / «الخلاصة:»), contact and licence lines. Footnotes are runs of
    blocks starting with ``(n)`` after a page's body; a following short block continues the
    footnote when the footnote was visibly cut off (it does not end with a digit, a URL or a stop).
    Pages: the text's page structure is read from two signals — a run of three or more blank
    lines, and the end of a page's footnotes (body text after footnotes starts a new page). Pages
    without footnotes or blank runs cannot be seen, so ``page`` counts the pages the text shows
    (page 1 = the first page of the text), which is what footnote markers are resolved against.

``pdf-scrambled`` (right-to-left lines whose word order was scrambled by extraction)
    Blank lines carry no meaning, so the text is read line by line. A line holding only white
    space announces the notes of a page: the notes are the following single-line chunks (a new
    note at each line carrying ``(n)`` at either end), up to the first line of the next chunk of
    several lines and the URLs after it; the body resumes after them on a new page. A line that is
    only a number is a page number; short lines near it naming the journal, issue or volume are
    running page headers (both ``boilerplate``). Headings are short lines with an ordinal label
    («أولاً:», also when its parts are scrambled, «اً: منهج الدراسة ثالث»), a front- or
    back-matter word (also as an anagram, «لخصالم» for «الملخص»), or a numbered label ``(n) …:``.
    Paragraphs are runs of body lines, ended by a short line with a full stop at either end;
    numbered conclusions (``-1`` … ``-18`` in sequence) are list items.

``web-translated``, ``web-endnotes`` and ``plain`` (and any other form)
    Paragraphs separated by blank lines; site residue is ``boilerplate`` (menus and links from a
    lexicon of interface phrases, error banners, a short block repeated three times or more,
    disclaimers); ``[n]`` blocks are ``endnote``; the first real block is the title and, in web
    forms, a following one-sentence paragraph is the standfirst (``abstract``, detail
    ``standfirst``); headings are short lines without final punctuation (or very short ones set
    off by two blank lines); list items start with ``-``, ``•`` or ``1.``.

Headings get a level from their kind, not from their typography, so that two extractions of one
article agree: front and back matter («المقدمة», «الخاتمة», «المصادر», ``Conclusion``,
``Bibliography``) are top-level and are closed by a structural heading; «الباب» > «الفصل» >
«المبحث» > «المطلب» > «الفرع» > ordinal labels («أولاً», ``First:``) and result labels
(«النتائج», ``Results``) > numbered labels; an unclassified heading is top-level. An ordinal
sequence that restarts at «أولاً» after the introduction's own ordinals closes the introduction.
Paragraphs under an abstract heading are ``abstract``; entries under a bibliography heading are
``bibliography``, their ``detail`` naming the category of the sub-heading («الدوريات» →
``periodicals``, «الرسائل» → ``theses``, ``Internet`` → ``internet``, …).

:func:`outline` gives the section tree: one row per heading, with the number of words in the
(non-boilerplate) blocks of its subtree.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import Document
from ..text.normtext import fold, language

COLUMNS = ("file", "block", "kind", "start", "end", "text", "lang", "level", "section", "number", "page", "detail")
"""Columns of :func:`segment`."""

OUTLINE_COLUMNS = ("block", "level", "section", "heading", "start", "end", "words")
"""Columns of :func:`outline`."""

KINDS = (
    "title", "abstract", "keywords", "metadata", "heading", "paragraph", "list_item",
    "footnote", "endnote", "bibliography", "boilerplate",
)
"""Every value the ``kind`` column can take."""

SECTION_SEP = " › "
"""Separator of heading titles in the ``section`` path."""

WEB_FORMS = ("web-translated", "web-endnotes")


def from_string(s: str, form: str = "plain", name: str = "<string>") -> Document:
    """A :class:`Document` for a literal text (tests, examples)."""
    return Document(path=Path(name), raw=s, form=form)


# --------------------------------------------------------------------------- blocks


@dataclass
class _Block:
    start: int
    end: int
    kind: str
    detail: str | None = None
    number: int | None = None
    page: int | None = None
    hclass: str | None = None  # headings: class from _heading_class
    hrank: int = 0
    hsub: str | None = None  # headings: sub-kind (intro, abstract, bibliography, ...) or category
    ordinal: int | None = None


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """Move ``start``/``end`` inwards past white space."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _lines(raw: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, without its line break."""
    out, pos = [], 0
    for m in re.finditer(r"\r\n|\n|\r", raw):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(raw)))
    return out


_EASTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _int(s: str) -> int:
    return int(s.translate(_EASTERN))


def _words(s: str) -> int:
    return len(s.split())


# --------------------------------------------------------------------------- lexicons

# Markup stripped before a line is classified (Markdown headings, bold, bullets, escapes).
_MARKUP = re.compile(r"^[\s#>*•\-–]+|[\s*]+$")


def _clean(s: str) -> str:
    """A line without Markdown/bullet markup and surrounding space (for classifying, titles)."""
    s = _MARKUP.sub("", s)
    s = s.replace("**", "").replace("\\", "")
    return s.strip()


def _title(s: str) -> str:
    """A heading's title for the section path: markup and a final colon removed."""
    return re.sub(r"\s*[:：]\s*$", "", _clean(s)).strip()


def _folded_words(s: str) -> list[str]:
    return re.findall(r"[\w']+", fold(s).lower())


# Front- and back-matter headings, by sub-kind (folded on use).
_TOP_WORDS = {
    "abstract": ("الملخص", "ملخص", "الخلاصه", "خلاصه", "abstract", "summary"),
    "intro": ("المقدمه", "مقدمه", "introduction"),
    "conclusion": ("الخاتمه", "خاتمه", "conclusion", "conclusions"),
    "bibliography": ("المصادر", "المراجع", "bibliography", "references", "sources"),
    "notes": ("الهوامش", "الهامش", "هوامش", "الحواشي", "حواشي", "notes", "endnotes", "footnotes"),
}
_TOP = {fold(w): k for k, ws in _TOP_WORDS.items() for w in ws}
_SUB_WORDS = {fold(w) for w in ("النتائج", "التوصيات", "الاستنتاجات", "results", "findings", "recommendations")}
_FILLER = {fold(w) for w in ("قائمه", "و", "and", "list", "of", "the")}


def _anagram(w: str) -> str:
    return "".join(sorted(w))


_TOP_ANAGRAMS = {_anagram(w): k for w, k in _TOP.items() if len(w) >= 4}

_STRUCT = [  # (rank, words): larger rank = deeper
    (1, ("الباب", "part")),
    (2, ("الفصل", "chapter")),
    (3, ("المبحث", "section")),
    (4, ("المطلب",)),
    (5, ("الفرع",)),
]
_STRUCT_RANK = {fold(w): r for r, ws in _STRUCT for w in ws}
_ORDINAL_RANK = 6
_NUMBERED_RANK = 7
_GENERIC_RANK = 1

_ORDINALS_AR = [fold(w) for w in ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً")]
_ORDINAL_STEMS_AR = [fold(w) for w in ("أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")]
_ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

# Bibliography categories named by their sub-heading.
_BIB_CATEGORIES = [
    ("periodicals", ("الدوريات", "الدوريه", "المجلات", "البحوث", "periodicals", "journals", "articles", "research")),
    ("theses", ("الرسائل", "الاطاريح", "رسائل", "theses", "thesis", "dissertations", "messages")),
    ("books", ("الكتب", "books")),
    ("internet", ("الانترنت", "الانترنيت", "المواقع", "الالكترونيه", "internet", "websites", "online")),
    ("documents", ("الوثائق", "documents")),
]


def _bib_category(title: str) -> str:
    words = set(_folded_words(title))
    for name, keys in _BIB_CATEGORIES:
        if words & {fold(k) for k in keys}:
            return name
    return title


# Labels of the front matter, by what they introduce.
_LABELS = {
    "keywords": ("الكلمات المفتاحية", "الكلمات الدالة", "كلمات مفتاحية", "keywords", "key words"),
    "history": ("تواريخ البحث", "معلومات البحث", "article history", "article info", "تاريخ البحث"),
}
_LABEL_RE = {
    k: re.compile(r"^(?:" + "|".join(re.escape(fold(v).lower()) for v in vs) + r")\b", re.I)
    for k, vs in _LABELS.items()
}
_ABSTRACT_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(fold(w)) for w in ("الملخص", "ملخص", "الخلاصة", "المستخلص", "abstract", "summary"))
    + r")\s*[:：]\s*\S",
    re.I,
)
_CONTACT = re.compile(r"corresponding author|e-?mail|\btel\b|البريد الالكتروني|للمراسله", re.I)
_LICENCE = re.compile(r"open access|\bcc[ -]by\b|creativecommons|©|حقوق النشر", re.I)
_AFFIL_MARK = re.compile(r"\^\{?[a-z](?:\s*\\?\*)?\}?\s*$|<sup>[a-z](?:\s*\\?\*)?</sup>\s*$", re.I)
_INSTITUTION = re.compile(r"universit|college|faculty|institute|school|جامعه|كليه|معهد|مركز", re.I)

# The cover page a repository adds to a PDF.
_BANNER_LABELS = re.compile(
    r"^(?:" + "|".join(re.escape(fold(w)) for w in (
        "اسم المقال", "اسم الكاتب", "رابط ثابت", "تاريخ الاسترداد", "article title", "author name",
        "permalink", "permanent link", "retrieved", "date retrieved",
    )) + r")\s*[:：]", re.I,
)

# Web page residue: interface phrases (folded) -> detail.
_UI_PHRASES = {
    fold(k): v for k, v in {
        "القائمة": "menu", "menu": "menu", "الرئيسية": "menu", "home": "menu", "بحث": "menu",
        "search": "menu", "تخطي إلى المحتوى": "menu", "skip to content": "menu",
        "إمكانية الوصول": "accessibility link", "accessibility": "accessibility link",
        "أرسل منشورك": "call to action", "شارك": "share links", "share": "share links",
        "تسجيل الدخول": "menu", "log in": "menu", "اشترك": "call to action", "subscribe": "call to action",
    }.items()
}
_ERROR_BANNER = re.compile(r"an error has occurred|reload\b|حدث خطأ|page not found", re.I)
_DISCLAIMER = re.compile(r"^(?:" + re.escape(fold("إخلاء المسؤولية")) + r"|disclaimer)\s*[:：]?\s*$", re.I)

# Running headers of journal pages.
_JOURNAL_RE = re.compile(r"مجله|المجلد|العدد|journal|\bvol\b|volume|issue", re.I)


def _ui_detail(text: str) -> str | None:
    """The detail of a short block made only of interface phrases, else None."""
    t = fold(text).lower().strip()
    if not t or _words(t) > 8:
        return None
    details = []
    rest = t
    for phrase in sorted(_UI_PHRASES, key=len, reverse=True):
        if phrase.lower() in rest:
            details.append(_UI_PHRASES[phrase])
            rest = rest.replace(phrase.lower(), " ")
    if details and not re.search(r"\w", rest):
        return details[0]
    return None


# --------------------------------------------------------------------------- headings


def _heading_class(text: str, scrambled: bool = False) -> tuple[str, int, str | None, int | None] | None:
    """``(class, rank, sub, ordinal)`` of a heading-like line, or None when it names no kind.

    Classes: ``top`` (front/back matter; sub = intro, abstract, conclusion, bibliography, notes),
    ``struct`` (الباب/الفصل/المبحث/المطلب/الفرع), ``ordinal`` (أولاً…, First:…), ``sub`` (النتائج,
    Results), ``numbered`` (``(1) …:``). With ``scrambled``, words may be in any order and a
    word may be an anagram of a lexicon word.
    """
    clean = _title(text)
    words = _folded_words(clean)
    if not words:
        return None
    core = [w[1:] if w.startswith("و") and (w[1:] in _TOP or w[1:] in _SUB_WORDS) else w for w in words]
    core = [w for w in core if w not in _FILLER]
    if core:
        tops = [_TOP.get(w) or (_TOP_ANAGRAMS.get(_anagram(w)) if scrambled else None) for w in core]
        if all(t or w in _SUB_WORDS for t, w in zip(tops, core)):
            kinds = [t for t in tops if t]
            if kinds:
                return ("top", 0, kinds[0], None)
            return ("sub", _ORDINAL_RANK, None, None)
    first = words[0]
    if first in _STRUCT_RANK and len(words) >= 2:
        return ("struct", _STRUCT_RANK[first], None, None)
    if first in _ORDINALS_AR:
        return ("ordinal", _ORDINAL_RANK, None, _ORDINALS_AR.index(first) + 1)
    if first in _ORDINALS_EN and re.match(r"^\W*\w+\s*:", clean):
        return ("ordinal", _ORDINAL_RANK, None, _ORDINALS_EN.index(first) + 1)
    if scrambled:
        for w in words:
            if w in _ORDINALS_AR:
                return ("ordinal", _ORDINAL_RANK, None, _ORDINALS_AR.index(w) + 1)
        # an ordinal split in two by extraction: its stem alone, its ending («اً:») elsewhere
        if re.search(r"(?:^|\s)\S{0,3}ا\s*[:：]", fold(clean)):
            for w in words:
                if w in _ORDINAL_STEMS_AR:
                    return ("ordinal", _ORDINAL_RANK, None, _ORDINAL_STEMS_AR.index(w) + 1)
    m = re.search(r"^\(\s*([\d٠-٩]+)\s*\)|\(\s*([\d٠-٩]+)\s*\)$", clean)
    if m and ":" in clean:
        return ("numbered", _NUMBERED_RANK, None, _int(m.group(1) or m.group(2)))
    return None


def _assign_sections(blocks: list[_Block], raw: str) -> list[tuple[int | None, str | None]]:
    """``(level, section)`` of every block, from the headings before it."""
    stack: list[tuple[_Block, int, str]] = []  # (heading, rank, title)
    front_ordinals: dict[int, int] = {}
    out: list[tuple[int | None, str | None]] = []
    for b in blocks:
        if b.kind == "heading":
            cls, rank = b.hclass or "generic", b.hrank
            if cls == "top":
                stack = []
            else:
                if stack and stack[0][0].hclass == "top" and cls in ("struct", "generic"):
                    stack = []
                if (cls == "ordinal" and b.ordinal == 1 and stack and stack[0][0].hclass == "top"
                        and stack[0][0].hsub in ("intro", "abstract") and front_ordinals.get(id(stack[0][0]), 0) >= 2):
                    stack = []
                while stack and stack[-1][0].hclass != "top" and stack[-1][1] >= rank:
                    stack.pop()
                if cls == "ordinal" and stack and stack[0][0].hclass == "top":
                    key = id(stack[0][0])
                    front_ordinals[key] = max(front_ordinals.get(key, 0), b.ordinal or 0)
            stack.append((b, rank, _title(raw[b.start:b.end])))
            out.append((len(stack), SECTION_SEP.join(t for _, _, t in stack)))
        elif stack:
            out.append((len(stack), SECTION_SEP.join(t for _, _, t in stack)))
        else:
            out.append((None, None))
    return out


def _heading(start: int, end: int, cls: tuple[str, int, str | None, int | None] | None, page: int | None = None,
             detail: str | None = None) -> _Block:
    c, rank, sub, ordinal = cls or ("generic", _GENERIC_RANK, None, None)
    return _Block(start, end, "heading", detail=detail, page=page, hclass=c, hrank=rank, hsub=sub, ordinal=ordinal,
                  number=ordinal if c in ("ordinal", "numbered") else None)


# --------------------------------------------------------------------------- units (blank-line forms)

_LIST_START = re.compile(r"^\s*(?:[-*]\s+|[•▪◦]\s*|([\d٠-٩]{1,3})\s*[.)\-]\s+|([\d٠-٩]{1,3})\s*[.)\-](?=\S))")
_NOTE_START = re.compile(r"^\s*\(\s*([\d٠-٩]{1,3})\s*\)\s*(?=[^\W\d_])")
_ENDNOTE_START = re.compile(r"^\s*\[(\d{1,3})\]\s*\S")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|[─━—–]{3,}|(?:\*\s){2,}\*)\s*$")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# a note's own label at the start of its line, in the plain-text forms: «(1)», «[1]», «¹», «1-», «1.», «1)»
_NOTE_LABEL = re.compile(
    r"^\s*(?:\[([\d٠-٩]{1,3})\]|\(\s*([\d٠-٩]{1,3})\s*\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|([\d٠-٩]{1,3})\s*[.)\-])\s*(?=\S)"
)


def note_label(text: str) -> int | None:
    """The number of a note's label opening ``text`` («(1)», «[1]», «¹», «1-», «1.»), else None."""
    m = _NOTE_LABEL.match(text)
    if not m:
        return None
    v = next(g for g in m.groups() if g)
    return int("".join(str(_SUPERSCRIPT_DIGITS.index(c)) for c in v)) if v[0] in _SUPERSCRIPT_DIGITS else _int(v)


def _notes_heading(text: str) -> bool:
    """Whether a heading names a notes section («الهوامش», «المراجع والهوامش», "Notes")."""
    notes = {fold(w) for w in _TOP_WORDS["notes"]}
    return any((w[1:] if w.startswith("و") else w) in notes for w in _folded_words(_title(text)))


@dataclass
class _Unit:
    start: int
    end: int
    blank_before: int  # blank lines before it (0 inside a chunk)


def _units(raw: str) -> list[_Unit]:
    """Blank-line separated chunks, split further at lines that open a block of their own."""
    units: list[_Unit] = []
    blank = 0
    cur: _Unit | None = None
    for s, e in _lines(raw):
        line = raw[s:e]
        if not line.strip():
            blank += 1
            cur = None
            continue
        opens = bool(_LIST_START.match(line) or _NOTE_START.match(line) or _ENDNOTE_START.match(line)
                     or (line.lstrip()[:1] in _SUPERSCRIPT_DIGITS and line.strip())
                     or _MD_HEADING.match(line) or _RULE.match(line))
        if cur is None or opens:
            ts, te = _trim(raw, s, e)
            cur = _Unit(ts, te, blank)
            units.append(cur)
            blank = 0
        else:
            cur.end = _trim(raw, s, e)[1]
    return units


def _list_number(text: str) -> int | None:
    m = _LIST_START.match(text)
    if m and (m.group(1) or m.group(2)):
        return _int(m.group(1) or m.group(2))
    return None


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!؟?…:;،,]\s*[\"'»”)]*\s*$", text))


# --------------------------------------------------------------------------- pdf-text / markdown


def _note_unfinished(text: str) -> bool:
    """Whether a footnote's text is visibly cut off (continues in the next block)."""
    t = text.rstrip()
    return not re.search(r"(?:[\d٠-٩]|>|\.|\)|\]|[a-z]/?)\s*$", t)


def _seg_article(doc: Document) -> list[_Block]:
    raw = doc.raw
    markdown = doc.form == "markdown"
    units = _units(raw)
    blocks: list[_Block] = []

    # the repository's cover page: the units before the first run of 3+ blank lines
    first_break = next((i for i, u in enumerate(units) if i and u.blank_before >= 3), 0)
    cover = units[:first_break]
    n_labels = sum(1 for u in cover if _BANNER_LABELS.match(fold(_clean(raw[u.start:u.end]))))
    i0 = 0
    page = 1
    if n_labels >= 2:
        for u in cover:
            t = raw[u.start:u.end]
            if _BANNER_LABELS.match(fold(_clean(t))):
                blocks.append(_Block(u.start, u.end, "metadata", "library record", page=page))
            else:
                blocks.append(_Block(u.start, u.end, "boilerplate", "library banner", page=page))
        i0 = first_break

    zone = "front"
    label: str | None = None
    titles = 0
    in_notes = False
    pending = False
    for idx in range(i0, len(units)):
        u = units[idx]
        t = raw[u.start:u.end]
        clean = _clean(t)
        folded = fold(clean).lower()
        if idx and u.blank_before >= 3:
            pending = True
        if _RULE.match(t):
            blocks.append(_Block(u.start, u.end, "boilerplate", "rule", page=page + (1 if pending and not in_notes else 0)))
            continue
        note = _NOTE_START.match(t)
        if note and zone == "body":
            blocks.append(_Block(u.start, u.end, "footnote", number=_int(note.group(1)), page=page))
            in_notes = True
            continue
        if in_notes:
            prev = blocks[-1] if blocks[-1].kind == "footnote" else None
            if (prev is not None and _note_unfinished(raw[prev.start:prev.end]) and len(t) < 200
                    and not _heading_class(t) and not _LIST_START.match(t)):
                prev.end = u.end
                continue
            in_notes = False
            pending = True
        if pending:
            page += 1
            pending = False

        one_line = "\n" not in t
        md_head = bool(_MD_HEADING.match(t)) or (markdown and t.startswith("**") and t.rstrip().endswith("**") and one_line)
        cls = _heading_class(t) if one_line else None
        short = _words(clean) <= (16 if cls and cls[0] in ("top", "struct") else 10)
        no_stop = not re.search(r"[.،,]\s*$", clean)
        is_heading = one_line and short and no_stop and (cls is not None or md_head)

        if zone == "front":
            if is_heading and cls and (cls[0] == "struct" or (cls[0] == "top" and cls[2] != "abstract")):
                zone = "body"
            else:
                b = _front_block(u, t, clean, folded, label, titles, page)
                if b.kind == "paragraph" and _words(clean) >= 40:
                    zone = "body"  # no heading opened the body: its first long paragraph does
                else:
                    blocks.append(b)
                    if b.kind == "title":
                        titles += 1
                    if b.detail == "label":
                        label = "keywords" if b.kind == "keywords" else "history"
                    elif not _LIST_START.match(t):
                        label = None
                    continue
        if is_heading:
            blocks.append(_heading(u.start, u.end, cls, page))
            continue
        num = _list_number(t)
        if _LIST_START.match(t):
            blocks.append(_Block(u.start, u.end, "list_item", number=num, page=page))
        else:
            blocks.append(_Block(u.start, u.end, "paragraph", page=page))
    return blocks


def _front_block(u: _Unit, t: str, clean: str, folded: str, label: str | None, titles: int, page: int) -> _Block:
    """Classify a unit of an article's front matter."""
    def b(kind: str, detail: str | None = None, number: int | None = None) -> _Block:
        return _Block(u.start, u.end, kind, detail, number=number, page=page)

    is_label = _words(clean) <= 6 and len(clean) < 60
    for name, rx in _LABEL_RE.items():
        if is_label and rx.match(folded):
            return b("keywords" if name == "keywords" else "metadata", "label")
    if _ABSTRACT_LABEL.match(fold(clean)):
        return b("abstract")
    if _LIST_START.match(t) and label == "keywords":
        return b("keywords", "keyword")
    if _LIST_START.match(t) and label == "history":
        return b("metadata", "article history")
    if _CONTACT.search(clean):
        return b("metadata", "contact")
    if _LICENCE.search(clean):
        return b("metadata", "licence")
    if _AFFIL_MARK.search(t):
        return b("metadata", "affiliation" if _INSTITUTION.search(fold(clean)) else "author")
    if titles == 0 and _words(clean) <= 30 and not _ends_sentence(clean):
        return b("title", "main title")
    if titles == 1 and _words(clean) <= 30 and not _ends_sentence(clean):
        return b("title", "parallel title")
    if _LIST_START.match(t):
        return b("list_item", number=_list_number(t))
    return b("paragraph")


# --------------------------------------------------------------------------- web / plain


def _seg_web(doc: Document) -> list[_Block]:
    raw = doc.raw
    web = doc.form in WEB_FORMS
    units = _units(raw)
    counts = Counter(fold(raw[u.start:u.end]).strip() for u in units)
    blocks: list[_Block] = []
    have_title = False
    have_heading = False
    standfirst_possible = web
    disclaimer = False
    notes_zone: str | None = None  # "heading" after a notes heading, "rule" after a separator
    for u in units:
        t = raw[u.start:u.end]
        clean = _clean(t)
        if _RULE.match(t):
            blocks.append(_Block(u.start, u.end, "boilerplate", "rule"))
            notes_zone = notes_zone or "rule"
            continue
        if notes_zone:
            n = note_label(t)
            if n is not None:
                blocks.append(_Block(u.start, u.end, "endnote", number=n))
                continue
            if notes_zone == "rule":
                notes_zone = None  # a separator followed by text that is no note
        ui = _ui_detail(t)
        if ui:
            blocks.append(_Block(u.start, u.end, "boilerplate", ui))
            continue
        if _ERROR_BANNER.search(t) and _words(t) <= 30:
            blocks.append(_Block(u.start, u.end, "boilerplate", "error banner"))
            continue
        if counts[fold(t).strip()] >= 3 and _words(t) <= 8:
            blocks.append(_Block(u.start, u.end, "boilerplate", "repeated residue"))
            continue
        if _DISCLAIMER.match(fold(clean)):
            blocks.append(_Block(u.start, u.end, "boilerplate", "disclaimer"))
            disclaimer = True
            continue
        if disclaimer and not _ENDNOTE_START.match(t):
            blocks.append(_Block(u.start, u.end, "boilerplate", "disclaimer"))
            disclaimer = False
            continue
        disclaimer = False
        m = _ENDNOTE_START.match(t)
        if m:
            blocks.append(_Block(u.start, u.end, "endnote", number=int(m.group(1))))
            continue
        one_line = "\n" not in t
        if not have_title:
            if one_line and _words(clean) <= 25 and not re.search(r"[.،,:]\s*$", clean):
                blocks.append(_Block(u.start, u.end, "title"))
                have_title = True
                continue
            have_title = True  # no title line: the text starts with its body
        if _LIST_START.match(t):
            blocks.append(_Block(u.start, u.end, "list_item", number=_list_number(t)))
            standfirst_possible = False
            continue
        n = _words(clean)
        head = one_line and n <= 12 and not re.search(r"[.!،,:;]\s*[\"'»”]*\s*$", clean)
        set_off = one_line and n <= 6 and u.blank_before >= 2
        if head or set_off:
            blocks.append(_heading(u.start, u.end, _heading_class(t)))
            notes_zone = "heading" if _notes_heading(t) else None
            have_heading = True
            standfirst_possible = False
            continue
        sentences = len(re.findall(r"[.!؟?](?=\s|$)", clean))
        if standfirst_possible and not have_heading and n <= 60 and sentences <= 1:
            blocks.append(_Block(u.start, u.end, "abstract", "standfirst"))
            standfirst_possible = False
            continue
        standfirst_possible = False
        blocks.append(_Block(u.start, u.end, "paragraph"))
    return blocks


# --------------------------------------------------------------------------- pdf-scrambled

_PAGE_NUMBER = re.compile(r"^\s*[\d٠-٩]{1,3}\s*$")
_CAPTION = re.compile(r"(?:شكل|جدول|figure|table)", re.I)
_URL_LINE = re.compile(r"^\s*\S*https?://\S*\s*$")
_EDGE_NUMBER = re.compile(r"^\(\s*([\d٠-٩]{1,3})\s*\)|\(\s*([\d٠-٩]{1,3})\s*\)$")
_SEQ_TOKEN = re.compile(r"(?<!\S)(?:-([\d٠-٩]{1,2})|([\d٠-٩]{1,2})-)(?!\S)")
_STOP = re.compile(r"(?<![\d٠-٩])\.(?![\d٠-٩])")
_KEYWORDS_LINE = re.compile(r"\bkey ?words\b|(?=.*(?:^|\s)الكلمات(?:\s|:|$))(?=.*(?:^|\s)(?:الداله|المفتاحيه)(?:\s|:|$))", re.I)


def _edge_number(s: str) -> int | None:
    m = _EDGE_NUMBER.search(s.strip())
    if m:
        return _int(m.group(1) or m.group(2))
    return None


def _seg_scrambled(doc: Document) -> list[_Block]:
    raw = doc.raw
    lines = _lines(raw)
    n = len(lines)
    text = [raw[s:e] for s, e in lines]
    blank = [not x.strip() for x in text]
    # a chunk is a run of non-blank lines; size of the chunk each line is in, and position in it
    chunk_size = [0] * n
    chunk_pos = [0] * n
    i = 0
    while i < n:
        if blank[i]:
            i += 1
            continue
        j = i
        while j < n and not blank[j]:
            j += 1
        for k in range(i, j):
            chunk_size[k], chunk_pos[k] = j - i, k - i
        i = j
    body_lengths = [len(x.strip()) for x, b in zip(text, blank) if not b and _words(x) >= 4]
    full = statistics.median(body_lengths) if body_lengths else 80
    page_number_lines = [k for k in range(n) if _PAGE_NUMBER.match(text[k]) and not blank[k]]

    def next_content(k: int) -> int | None:
        while k < n and blank[k]:
            k += 1
        return k if k < n else None

    def near_page_number(k: int) -> bool:
        return any(abs(k - p) <= 8 for p in page_number_lines)

    def is_header(k: int) -> bool:
        s = fold(text[k])
        return _words(s) <= 14 and bool(_JOURNAL_RE.search(s)) and near_page_number(k)

    blocks: list[_Block] = []
    page = 1
    pending = False
    current: _Block | None = None  # an open paragraph / list item / keywords block
    list_no = 0

    def close() -> None:
        nonlocal current
        current = None

    def new_page_if_pending() -> None:
        nonlocal page, pending
        if pending:
            page += 1
            pending = False

    k = 0
    while k < n:
        line = text[k]
        s, e = _trim(raw, *lines[k])
        if blank[k]:
            after_page_furniture = bool(blocks) and blocks[-1].kind == "boilerplate"
            if line and k + 1 < n and not after_page_furniture:  # a line of spaces: notes may follow
                nxt = next_content(k + 1)
                if (nxt is not None and not _PAGE_NUMBER.match(text[nxt]) and not is_header(nxt)
                        and not (_CAPTION.search(text[nxt]) and _words(text[nxt]) <= 6)):
                    close()
                    k = _scrambled_notes(raw, lines, text, blank, chunk_size, chunk_pos, nxt, page, blocks)
                    pending = True
                    continue
            k += 1
            continue
        stripped = line.strip()
        folded = fold(stripped)
        if _PAGE_NUMBER.match(line):
            close()
            blocks.append(_Block(s, e, "boilerplate", "page number", number=_int(stripped), page=page))
            pending = True
            k += 1
            continue
        if is_header(k):
            close()
            new_page_if_pending()
            if blocks and blocks[-1].detail == "page number" and blocks[-1].page == page:
                page += 1  # a header after this page's number starts the next page
            blocks.append(_Block(s, e, "boilerplate", "page header", page=page))
            k += 1
            continue
        new_page_if_pending()
        nwords = _words(stripped)
        short = len(stripped) < 0.8 * full
        indented = len(line) - len(line.lstrip()) >= 1
        has_stop = bool(_STOP.search(stripped))
        cls = _heading_class(stripped, scrambled=True) if nwords <= 14 else None
        if cls and not has_stop and ((short and cls[0] != "sub") or cls[0] == "numbered"):
            close()
            blocks.append(_heading(s, e, cls, page))
            k += 1
            continue
        if _KEYWORDS_LINE.search(folded.lower()):
            close()
            current = _Block(s, e, "keywords", page=page)
            blocks.append(current)
            k += 1
            continue
        if current is not None and current.kind == "keywords":
            if nwords <= 8:  # the keywords run on over short lines
                current.end = e
                k += 1
                continue
            close()
        if _CAPTION.search(stripped) and nwords <= 6 and re.search(r"[\d٠-٩]", stripped):
            close()
            blocks.append(_Block(s, e, "paragraph", "figure caption", page=page))
            k += 1
            continue
        if re.match(r"^source\s*:", stripped, re.I):
            close()
            blocks.append(_Block(s, e, "paragraph", "figure source", page=page))
            k += 1
            continue
        if "•" in stripped and nwords <= 10:
            close()
            m = re.search(r"([\d٠-٩]{1,2})\s*•|•\s*([\d٠-٩]{1,2})", stripped)
            blocks.append(_Block(s, e, "list_item", "figure label", number=_int(m.group(1) or m.group(2)) if m else None,
                                 page=page))
            k += 1
            continue
        seq = [_int(a or b) for a, b in _SEQ_TOKEN.findall(stripped)]
        edge = _edge_number(stripped)
        if (list_no and list_no + 1 in seq) or (not list_no and 1 in seq and nwords >= 4):
            close()
            list_no = list_no + 1 if list_no + 1 in seq else 1
            current = _Block(s, e, "list_item", number=list_no, page=page)
            blocks.append(current)
        elif edge is not None and not short:
            close()
            current = _Block(s, e, "list_item", number=edge, page=page)
            blocks.append(current)
        elif current is not None and current.kind in ("paragraph", "list_item", "abstract") and current.page == page \
                and current.detail is None:
            current.end = e
        else:
            close()
            current = _Block(s, e, "paragraph", page=page)
            blocks.append(current)
        if has_stop and (short or indented):
            close()
        k += 1
    return blocks


def _scrambled_notes(raw: str, lines: list[tuple[int, int]], text: list[str], blank: list[bool],
                     chunk_size: list[int], chunk_pos: list[int], k: int, page: int, blocks: list[_Block]) -> int:
    """Read the notes of a page from line ``k``; return the index of the first body line after them."""
    n = len(lines)
    note: _Block | None = None
    while k < n:
        if blank[k]:
            k += 1
            continue
        if _PAGE_NUMBER.match(text[k]):
            return k
        last_chunk = chunk_size[k] > 1
        if last_chunk and chunk_pos[k] > 0 and not _URL_LINE.match(text[k]):
            return k  # the body resumes inside the chunk that closes the notes
        s, e = _trim(raw, *lines[k])
        num = _edge_number(text[k])
        inner = [_int(x) for x in re.findall(r"\(\s*([\d٠-٩]{1,3})\s*\)", text[k])]
        if num is None and note is not None and note.number is not None and note.number + 1 in inner:
            num = note.number + 1
        if note is None or (num is not None and not _URL_LINE.match(text[k])):
            if num is None and inner:
                num = inner[0]
            note = _Block(s, e, "footnote", number=num, page=page)
            blocks.append(note)
        else:
            note.end = e
        k += 1
        if last_chunk and (k >= n or blank[k] or not _URL_LINE.match(text[k])):
            return k
    return k


# --------------------------------------------------------------------------- assembling


def _cover(raw: str, blocks: list[_Block]) -> list[_Block]:
    """Sort, trim, and add a paragraph for any text no rule claimed, so nothing is dropped."""
    out: list[_Block] = []
    for b in sorted(blocks, key=lambda b: b.start):
        b.start, b.end = _trim(raw, b.start, b.end)
        if b.end > b.start:
            out.append(b)
    filled: list[_Block] = []
    pos = 0
    for b in out + [_Block(len(raw), len(raw), "end")]:
        s, e = _trim(raw, pos, b.start)
        if e > s:
            page = filled[-1].page if filled else b.page
            filled.append(_Block(s, e, "paragraph", "unclassified", page=page))
        if b.kind != "end":
            filled.append(b)
        pos = b.end
    return filled


def _apply_sections(blocks: list[_Block], raw: str) -> list[tuple[int | None, str | None]]:
    """Sections, then the kinds that depend on them (abstract, bibliography)."""
    sections = _assign_sections(blocks, raw)
    top_sub: str | None = None
    category: str | None = None
    for b in blocks:
        if b.kind == "heading":
            if b.hclass == "top":
                top_sub, category = b.hsub, None
            elif b.hclass in ("struct", "generic"):
                top_sub, category = None, None
            elif top_sub == "bibliography":
                category = _bib_category(_title(raw[b.start:b.end]))
            continue
        if top_sub == "abstract" and b.kind == "paragraph":
            b.kind = "abstract"
        elif top_sub == "bibliography" and b.kind in ("paragraph", "list_item"):
            b.kind = "bibliography"
            b.detail = category or "bibliography"
    return sections


def segment(doc: Document) -> pd.DataFrame:
    """The blocks of ``doc`` (columns :data:`COLUMNS`), in text order; see the module docstring."""
    raw = doc.raw
    if doc.form in ("pdf-text", "markdown"):
        blocks = _seg_article(doc)
    elif doc.form == "pdf-scrambled":
        blocks = _seg_scrambled(doc)
    else:
        blocks = _seg_web(doc)
    blocks = _cover(raw, blocks)
    sections = _apply_sections(blocks, raw)
    rows = []
    for i, (b, (level, section)) in enumerate(zip(blocks, sections)):
        t = raw[b.start:b.end]
        rows.append((doc.name, i, b.kind, b.start, b.end, t, language(t), level, section, b.number, b.page, b.detail))
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("level", "number", "page"):
        df[col] = df[col].astype("Int64")
    return df


def outline(doc_or_blocks: Document | pd.DataFrame) -> pd.DataFrame:
    """The section tree (columns :data:`OUTLINE_COLUMNS`): one row per heading.

    ``words`` counts the words (white-space separated) of the blocks in the heading's subtree,
    the heading itself and boilerplate excluded; ``end`` is the end of the subtree's last block.
    """
    blocks = segment(doc_or_blocks) if isinstance(doc_or_blocks, Document) else doc_or_blocks
    rows = []
    heads = blocks.index[blocks["kind"] == "heading"].tolist()
    for pos, idx in enumerate(heads):
        h = blocks.loc[idx]
        stop = len(blocks)
        for later in heads[pos + 1:]:
            if blocks.loc[later, "level"] <= h["level"]:
                stop = blocks.index.get_loc(later)
                break
        here = blocks.index.get_loc(idx)
        sub = blocks.iloc[here + 1:stop]
        content = sub[(sub["kind"] != "heading") & (sub["kind"] != "boilerplate")]
        words = int(sum(_words(t) for t in content["text"]))
        end = int(sub["end"].iloc[-1]) if len(sub) else int(h["end"])
        rows.append((int(h["block"]), int(h["level"]), h["section"], _title(h["text"]), int(h["start"]), end, words))
    df = pd.DataFrame(rows, columns=list(OUTLINE_COLUMNS))
    return df
