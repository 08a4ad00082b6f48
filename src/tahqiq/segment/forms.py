"""The segmenters of each form of text, called by :func:`tahqiq.segment.blocks.segment`: the
blank-line forms (a PDF's text, Markdown: :func:`_seg_article`), web pages and plain text
(:func:`_seg_web`), and the scrambled right-to-left PDF extraction (:func:`_seg_scrambled`).
Each returns the blocks of the document in reading order; the vocabulary they recognise
(headings, labels, banners) is in :mod:`tahqiq.segment.blocks`."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..corpus.catalogue import Document
from ..text.normtext import fold
from .blocks import (
    WEB_FORMS,
    _ABSTRACT_LABEL,
    _AFFIL_MARK,
    _BANNER_LABELS,
    _Block,
    _CONTACT,
    _DISCLAIMER,
    _ERROR_BANNER,
    _INSTITUTION,
    _JOURNAL_RE,
    _LABEL_RE,
    _LICENCE,
    _clean,
    _heading,
    _heading_class,
    _int,
    _lines,
    _trim,
    _ui_detail,
    _words,
)


# --------------------------------------------------------------------------- units (blank-line forms)

_LIST_START = re.compile(r"^\s*(?:[-*]\s+|[•▪◦]\s*|([\d٠-٩]{1,3})\s*[.)\-]\s+|([\d٠-٩]{1,3})\s*[.)\-](?=\S))")
_NOTE_START = re.compile(r"^\s*\(\s*([\d٠-٩]{1,3})\s*\)\s*(?=[^\W\d_])")
_ENDNOTE_START = re.compile(r"^\s*\[(\d{1,3})\]\s*\S")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|[─━—–]{3,}|(?:\*\s){2,}\*)\s*$")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# a note's own label at the start of its line, in the plain-text forms: «(1)», «[1]», «¹», «1-», «1.», «1)»,
# and a Markdown footnote's definition «[^1]:» (Pandoc, GitHub)
_NOTE_LABEL = re.compile(
    r"^\s*(?:\[\^([\d٠-٩]{1,3})\]\s*:|\[([\d٠-٩]{1,3})\]|\(\s*([\d٠-٩]{1,3})\s*\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|([\d٠-٩]{1,3})\s*[.)\-])\s*(?=\S)"
)


_MD_NOTE_DEF = re.compile(r"\s*\[\^[\d٠-٩]{1,3}\]\s*:")


def note_label(text: str) -> int | None:
    """The number of a note's label opening ``text`` («(1)», «[1]», «¹», «1-», «1.»), else None."""
    m = _NOTE_LABEL.match(text)
    if not m:
        return None
    v = next(g for g in m.groups() if g)
    return int("".join(str(_SUPERSCRIPT_DIGITS.index(c)) for c in v)) if v[0] in _SUPERSCRIPT_DIGITS else _int(v)


def _bib_label(text: str) -> bool:
    """Whether a line is a bibliography's label («المصادر:», «المراجع:», "References:")."""
    from .blocks import _heading_class

    cls = _heading_class(text.strip().rstrip(":").strip())
    return bool(cls and cls[0] == "top" and cls[2] == "bibliography")


def _note_lines(raw: str, start: int, end: int) -> list[tuple[int, int, int | None]]:
    """The notes of a chunk that opens with a note's label: one per line when each of its lines opens
    with a Markdown footnote's definition («[^1]: …» / «[^2]: …» with no blank line between them: one
    note each), else the chunk as one note (a note's text may run over several lines)."""
    lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", raw[start:end])
             if m.group().strip()]
    if len(lines) > 1 and all(_MD_NOTE_DEF.match(raw[a:z]) for a, z in lines):
        return [(a, z, note_label(raw[a:z])) for a, z in lines]
    return [(start, end, note_label(raw[start:end]))]


def _notes_heading(text: str) -> bool:
    """Whether a heading names a notes section («الهوامش», «المراجع والهوامش», "Notes")."""
    from .blocks import _TOP_WORDS, _folded_words, _title

    notes = {fold(w) for w in _TOP_WORDS["notes"]}
    return any((w[1:] if w.startswith("و") else w) in notes for w in _folded_words(_title(text)))


@dataclass
class _Unit:
    start: int
    end: int
    blank_before: int  # blank lines before it (0 inside a chunk)


_SECTION_NUMBER = re.compile(r"^\s*[\d٠-٩]{1,2}\s*[.)-]\s*(?=\S)")


def heading_line(line: str, ordinals: bool = False) -> tuple | None:
    """The heading class of a line that is a front- or back-matter heading or a structural one,
    also after a section number («1. المقدمة», «المراجع»): short, without a final stop. With
    ``ordinals``, also a section opened by an ordinal word («أولاً: مقدمة», «ثانياً: من … إلى …»)."""
    t = _SECTION_NUMBER.sub("", line).strip()
    if not t or len(t.split()) > (10 if ordinals else 6) or re.search(r"[.،,:;]$", t):
        return None
    cls = _heading_class(t)
    if cls and cls[0] == "ordinal":
        return cls if ordinals and len(t.split()) <= 10 else None
    return cls if cls and cls[0] in ("top", "struct", "sub") and len(t.split()) <= 6 else None


def _lone_heading(line: str) -> bool:
    """A line that is nothing but a front- or back-matter heading word («Abstract», «الملخص»,
    «المراجع»): it opens a block of its own even where the blank line before it was lost."""
    t = line.strip()
    if not t or len(t.split()) > 2:
        return False
    cls = _heading_class(t)
    return bool(cls and cls[0] == "top")


def _units(raw: str, split_headings: bool = False) -> list[_Unit]:
    """Blank-line separated chunks, split further at lines that open a block of their own (with
    ``split_headings``, also after a heading line that opens a chunk, «1. المقدمة\nيستورد …»: an
    extraction that lost the blank line after a heading)."""
    units: list[_Unit] = []
    blank = 0
    cur: _Unit | None = None
    head = False
    for s, e in _lines(raw):
        line = raw[s:e]
        if not line.strip():
            blank += 1
            cur = None
            continue
        opens = bool(_LIST_START.match(line) or _NOTE_START.match(line) or _ENDNOTE_START.match(line)
                     or (line.lstrip()[:1] in _SUPERSCRIPT_DIGITS and line.strip())
                     or _MD_HEADING.match(line) or _RULE.match(line) or (split_headings and head)
                     or (split_headings and _lone_heading(line)))
        head = split_headings and (cur is None or opens) and heading_line(line, ordinals=True) is not None
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
    units = _units(raw, split_headings=True)
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
    # in Markdown, labelled notes («[1] …», «(1) …», «1- …») under a notes heading («## الهوامش»,
    # "Notes") or after a separator, as the web forms read them: "heading" or "rule" while in such
    # a zone (a PDF text's notes after a rule are its page's footnotes, read below)
    notes_zone: str | None = None
    for idx in range(i0, len(units)):
        u = units[idx]
        t = raw[u.start:u.end]
        clean = _clean(t)
        folded = fold(clean).lower()
        if idx and u.blank_before >= 3:
            pending = True
        if _RULE.match(t):
            blocks.append(_Block(u.start, u.end, "boilerplate", "rule", page=page + (1 if pending and not in_notes else 0)))
            if markdown:
                notes_zone = notes_zone or "rule"
            continue
        if markdown and _MD_NOTE_DEF.match(t):
            # a Markdown footnote's definition («[^1]: …») is a note wherever it stands: no heading or
            # rule need announce it
            for a, z, k in _note_lines(raw, u.start, u.end):
                blocks.append(_Block(a, z, "endnote", number=k, page=page))
            continue
        if notes_zone and not (zone == "body" and _NOTE_START.match(t)):  # a page's footnote: below
            n = note_label(t)
            if n is not None:
                for a, z, k in _note_lines(raw, u.start, u.end):
                    blocks.append(_Block(a, z, "endnote", number=k, page=page))
                continue
            if notes_zone == "rule" or _MD_HEADING.match(t):
                notes_zone = None  # a separator followed by text that is no note, or the next section
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
        cls = (_heading_class(t) or heading_line(t)) if one_line else None
        short = _words(clean) <= (16 if cls and cls[0] in ("top", "struct") else 10)
        no_stop = not re.search(r"[.،,]\s*$", clean)
        is_heading = one_line and short and no_stop and (cls is not None or md_head)

        if zone == "front":
            if is_heading and cls and (cls[0] in ("struct", "ordinal") or (cls[0] == "top" and cls[2] != "abstract")):
                zone = "body"
            elif is_heading and cls and cls[0] == "top" and cls[2] == "abstract" and not re.search(r"[:：]\s*$", clean):
                # an abstract heading alone on its line («الملخص», "Abstract", no colon): a heading,
                # so that the paragraphs under it are the abstract (the front matter goes on)
                blocks.append(_heading(u.start, u.end, cls, page))
                continue
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
        if (one_line and _words(clean) <= 12 and no_stop and _JOURNAL_RE.search(folded)
                and re.fullmatch(r"[0-9٠-٩]{1,4}\s+\D+|\D+\s+[0-9٠-٩]{1,4}", clean)):
            # a page's running header: the page number and the journal's name, alone on a line
            blocks.append(_Block(u.start, u.end, "boilerplate", "running header", page=page))
            continue
        if is_heading:
            blocks.append(_heading(u.start, u.end, cls, page))
            if markdown and zone == "body" and _notes_heading(t):
                notes_zone = "heading"
            continue
        num = _list_number(t)
        if _keywords_line(clean, folded):
            blocks.append(_Block(u.start, u.end, "keywords", page=page))
        elif _LIST_START.match(t):
            blocks.append(_Block(u.start, u.end, "list_item", number=num, page=page))
        else:
            blocks.append(_Block(u.start, u.end, "paragraph", page=page))
    return blocks


def _keywords_line(clean: str, folded: str) -> bool:
    """The keywords' label and the keywords on one line («الكلمات المفتاحية: سد النهضة، الصين»)."""
    return bool(_LABEL_RE["keywords"].match(folded) and re.match(r"[^:：\n]{1,30}[:：]\s*\S", clean))


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
    if _keywords_line(clean, folded):
        return b("keywords")
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
                for a, z, k in _note_lines(raw, u.start, u.end):
                    blocks.append(_Block(a, z, "endnote", number=k))
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
        # a list of sources opened by its label and a colon, alone on its line («المصادر:», «قائمة
        # المراجع:», "Sources:"): a heading, so that the entries under it are the bibliography
        sources = one_line and n <= 4 and clean.rstrip().endswith(":") and _bib_label(t)
        head = head or sources
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
