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
from dataclasses import dataclass

import pandas as pd

from ..corpus.catalogue import Document, from_string  # noqa: F401  (from_string re-exported)
from ..lang import lexicon, words
from ..text.normtext import fold, language
from ..text.rows import frame

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
    "abstract": ("الملخص", "ملخص", "الخلاصه", "خلاصه", "abstract", "summary", "المستخلص", "مستخلص"),
    "intro": ("المقدمه", "مقدمه", "introduction"),
    "conclusion": ("الخاتمه", "خاتمه", "conclusion", "conclusions"),
    "bibliography": ("المصادر", "المراجع", "bibliography", "references", "sources"),
    "notes": ("الهوامش", "الهامش", "هوامش", "الحواشي", "حواشي", "notes", "endnotes", "footnotes"),
}
_TOP = {fold(w): k for k, ws in _TOP_WORDS.items() for w in ws}
_SUB_WORDS = {fold(w) for w in ("النتائج", "التوصيات", "الاستنتاجات", "results", "findings", "recommendations")}
_FILLER = {fold(w) for w in ("قائمه", "و", "and", "list", "of", "the")}
# A back-matter heading qualified by the language of what it lists («المراجع العربية»، «المراجع
# الأجنبية»، «المصادر باللغة الإنجليزية»، "References in English"): the qualifier names no other kind.
_LANG_QUALIFIERS = {fold(w).lower() for w in (
    "العربية", "العربي", "الأجنبية", "الأجنبي", "الإنجليزية", "الإنكليزية", "الإنجليزي", "الفرنسية", "الفرنسي",
    "باللغة", "اللغة", "باللغتين", "بالعربية", "بالإنجليزية", "بالإنكليزية", "بالفرنسية", "الأخرى",
    "arabic", "english", "french", "foreign", "in", "language", "other")}


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
    r"^(?:" + "|".join(re.escape(w) for w in words("boilerplate", "banner_labels")) + r")\s*[:：]", re.I,
)
"""Field labels of a repository's cover page (src/tahqiq/lang/boilerplate.yml)."""

# Web page residue: interface phrases (folded) -> detail (src/tahqiq/lang/boilerplate.yml).
_UI_PHRASES = {fold(e["phrase"]): e["detail"] for e in lexicon("boilerplate")["ui_phrases"]}
_ERROR_BANNER = re.compile(r"an error has occurred|reload\b|حدث خطأ|page not found", re.I)
_DISCLAIMER = re.compile(r"^(?:" + "|".join(map(re.escape, words("boilerplate", "disclaimer"))) + r")\s*[:：]?\s*$", re.I)

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
    if len(core) > 1 and any(_TOP.get(w) for w in core):
        core = [w for w in core if w not in _LANG_QUALIFIERS] or core
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
                if stack and stack[0][0].hclass == "top" and (
                        cls in ("struct", "generic") or (cls == "ordinal" and stack[0][0].hsub == "abstract")):
                    stack = []  # an abstract has no numbered sections: «أولاً: مقدمة» after it opens the body
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
            elif b.hclass in ("struct", "generic") or (b.hclass == "ordinal" and top_sub == "abstract"):
                top_sub, category = None, None
            elif top_sub == "bibliography":
                category = _bib_category(_title(raw[b.start:b.end]))
            continue
        if top_sub == "abstract" and b.kind == "keywords":
            top_sub = None  # the keywords close the abstract above them
        elif top_sub == "abstract" and b.kind == "paragraph":
            b.kind = "abstract"
        elif top_sub == "bibliography" and b.kind in ("paragraph", "list_item"):
            b.kind = "bibliography"
            b.detail = category or "bibliography"
    return sections


def segment(doc: Document) -> pd.DataFrame:
    """The blocks of ``doc`` (columns :data:`COLUMNS`), in text order; see the module docstring."""
    from .forms import _seg_article, _seg_scrambled, _seg_web

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
    return frame(rows, COLUMNS, {"level": "Int64", "number": "Int64", "page": "Int64"})


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
