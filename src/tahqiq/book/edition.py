"""Each chapter's text as a critical edition (*tahqiq*): the article readable as an article, with
its apparatus in place.

:func:`edition` renders the blocks of a raw text in order (headings as headings, paragraphs,
footnotes with links from their markers and back) and marks, at their raw offsets, what the
engine found: dates and figures (a hover shows their values), the findings and claims that quote
the text (with their ids, linked to their entries, and back), and the variants of another
witness (a hover shows the other reading). A text whose lines are scrambled (``pdf-scrambled``)
is shown line by line, each line with what the engine recovered from it beside it: its reading
order (:func:`tahqiq.segment.reorder.reading`) and its dates and figures.

Every string from the text or the catalogue is escaped here (:func:`tahqiq.book.render.esc`);
nothing else builds HTML from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ..segment.reorder import reading
from .render import HTML, anchor, dir_attrs, esc, isolate_iso_dates

SKIP_KINDS = frozenset({"boilerplate"})
HEADING_KINDS = frozenset({"heading", "title"})
NOTE_KINDS = frozenset({"footnote", "endnote"})


@dataclass
class Mark:
    """One annotation over ``raw[start:end]``: a CSS class, a hover text, an optional link."""

    start: int
    end: int
    cls: str
    tip: str = ""
    href: str | None = None
    label: str | None = None  # a small id shown after the span (a finding's or claim's id)
    target: str | None = None  # an id the span carries, for links back to it


CLAIMS_ANCHOR = "tq-claims"
"""The id of a chapter's claims table (:meth:`tahqiq.book.chapter.Chapter.claims_table`), where a
claim marked in the edition links: the section's own id («#the-claims») exists only in the English
edition (a section headed in Arabic is «id12»), so the Arabic edition's claim links led nowhere."""


@dataclass
class Apparatus:
    """What an edition marks in one text."""

    marks: list[Mark] = field(default_factory=list)

    def add(self, mark: Mark) -> None:
        if mark.end > mark.start:
            self.marks.append(mark)


def _tip(key: str, lang: str, **fields) -> str:
    """A hover text ``edition.tip.<key>`` of ui.yml in ``lang`` (both editions: one string id)."""
    from . import strings

    return strings.text(f"edition.tip.{key}", lang).format(**fields)


def _term(group: str, key, lang: str) -> str:
    """A category (a figure's type, a claim's type, a variant's class) in ``lang``: its
    ``edition.tip.<group>.<key>`` string; the English edition and an unknown key keep the key."""
    from . import strings

    sid = f"edition.tip.{group}.{key}"
    return strings.text(sid, lang) if lang != "en" and sid in strings.strings() else str(key)


def _date_tip(r, lang: str = "en") -> str:
    from .plots import term

    kind = r.type if lang == "en" else term("date_type", r.type, lang)
    if pd.isna(r.start_date):
        return _tip("date", lang, type=kind, value=_tip("unresolved", lang))
    span = r.start_date if r.start_date == r.end_date else f"{r.start_date} – {r.end_date}"
    return _tip("date", lang, type=kind, value=span)


def _figure_tip(r, lang: str = "en") -> str:
    unit = "" if r.unit is None or pd.isna(r.unit) else f" {_unit(r.unit, lang)}"
    value = r.value
    if isinstance(value, float) and value.is_integer():
        value = f"{int(value):,}"
    return _tip("figure", lang, type=_term("figure_type", r.type, lang), value=f"{value}{unit}")


def _unit(unit: str, lang: str) -> str:
    """A figure's unit: its code on the English edition («m3/year»), its Arabic on the Arabic one
    («م³/سنة», ``units_ar`` of ``lang/messages.yml``; a code without Arabic as written)."""
    if lang == "en":
        return unit
    from ..review.messages import unit_ar

    return unit_ar(unit) or unit


def _kind(kind: str, lang: str) -> str:
    """A finding's kind: its id on the English edition, its Arabic title (messages.yml) on the Arabic."""
    if lang == "en":
        return kind
    from ..review.messages import kinds

    return (kinds().get(kind) or {}).get("title_ar") or kind


def apparatus(file: str, dates: pd.DataFrame, figures: pd.DataFrame, citations: pd.DataFrame,
              findings: pd.DataFrame, claims: list | None = None, variants: pd.DataFrame | None = None,
              other: str | None = None, lang: str = "en") -> Apparatus:
    """The marks of one text from its extraction tables, the findings (those whose spans fall in
    ``file``), the claims anchored in it and the variants against ``other`` (a :func:`collate`
    table with this text as ``a``); the hover texts in ``lang`` (the text's own words as they are)."""
    app = Apparatus()
    other = _tip("other", lang) if other is None else other
    for r in dates.itertuples(index=False):
        app.add(Mark(int(r.start), int(r.end), "tq-date", _date_tip(r, lang)))
    for r in figures.itertuples(index=False):
        app.add(Mark(int(r.start), int(r.end), "tq-figure", _figure_tip(r, lang)))
    for r in citations.itertuples(index=False):
        if r.kind in ("footnote", "endnote") and not pd.isna(r.marker):
            n = int(r.marker)
            app.add(Mark(int(r.start), int(r.end), "tq-marker", _tip("note", lang, n=n), href=f"#{anchor(f'note-{n}')}",
                         target=anchor(f"ref-{n}")))
    seen: set[str] = set()
    for fid, kind, spans in zip(findings["id"], findings["kind"], findings["spans"]):
        for sp in spans:
            if sp["file"] == file:
                first = fid not in seen
                seen.add(fid)
                app.add(Mark(int(sp["start"]), int(sp["end"]), "tq-hit tq-finding-hit",
                             _tip("finding", lang, id=fid, kind=_kind(kind, lang)),
                             href=f"#{anchor(fid)}", label=str(fid), target=anchor(f"ed-{fid}") if first else None))
    for c in claims or []:
        if c.start is not None and c.end is not None:
            app.add(Mark(int(c.start), int(c.end), "tq-claim",
                         _tip("claim", lang, id=c.id, type=_term("claim_type", c.type, lang)), href=f"#{CLAIMS_ANCHOR}",
                         label=str(c.id), target=anchor(f"ed-claim-{c.id}")))
    if variants is not None:
        for r in variants.itertuples(index=False):
            if r.changes_meaning:
                reading = r.text_b if r.text_b else _tip("absent", lang)
                app.add(Mark(int(r.start_a), max(int(r.end_a), int(r.start_a) + 1), "tq-variant",
                             _tip("variant", lang, other=other, reading=reading,
                                  cls=_term("variant_class", r[COL_CLASS], lang))))
    return app


COL_CLASS = 8  # position of ``class`` in a collate row (a keyword, so not an attribute name)


def marked(raw: str, start: int, end: int, marks: list[Mark], hidden: frozenset[int] = frozenset()) -> str:
    """HTML of ``raw[start:end]`` with the marks that overlap it: the text is cut at every mark
    boundary and each piece wrapped in the classes (and hover texts) of the marks over it; a
    mark's link covers its pieces, its id label follows its last piece. The characters at the
    raw offsets ``hidden`` (markup of the extraction, :func:`markdown_markup`) are not shown."""
    inside = [m for m in marks if m.start < end and m.end > start]
    stamps = [(t.start(), t.end()) for t in _TIMESTAMP.finditer(raw, start, end)]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside),
                   *(x for t in stamps for x in t)})
    opens, closes = {a for a, _ in stamps}, {b for _, b in stamps}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a in opens:
            out.append('<bdi class="tq-stamp" dir="ltr">')
        piece = esc("".join(ch for i, ch in enumerate(raw[a:b], a) if i not in hidden) if hidden else raw[a:b])
        over = [m for m in inside if m.start <= a and b <= m.end]
        if over:
            cls = " ".join(dict.fromkeys(m.cls for m in over))
            tip = "; ".join(m.tip for m in over if m.tip)
            # every mark that starts here keeps its id (two findings quoting the same words: the
            # second's «↑ in the text» link had no target)
            targets = list(dict.fromkeys(m.target for m in over if m.target and m.start == a))
            idattr = f' id="{esc(targets[0])}"' if targets else ""
            link = next((m.href for m in over if m.href), None)
            body = f'<a href="{esc(link)}">{piece}</a>' if link else piece
            piece = (''.join(f'<span id="{esc(t)}"></span>' for t in targets[1:])
                     + f'<span class="{esc(cls)}" title="{esc(tip)}"{idattr}>{body}</span>')
        out.append(piece)
        for m in inside:
            if m.label and min(end, m.end) == b and m.end <= end:
                out.append(f'<a class="tq-id" href="{esc(m.href or "")}">{esc(m.label)}</a>')
        if b in closes:
            out.append("</bdi>")
    return "".join(out)


# A date followed by a clock time (and a zone): «2026/07/10 05:05 +03», «10-07-2026 5:05 UTC», in
# Western or Arabic-Indic digits. Its runs of digits are separate to the bidi algorithm, so inside
# a right-to-left paragraph they were shown in reverse order («05:05 +03 2026/07/10», the
# critical edition of salman-2025); :func:`marked` isolates each such stamp left to right.
_D = "[0-9\u0660-\u0669\u06F0-\u06F9]"
_TIMESTAMP = re.compile(
    rf"(?<![\w/.:-])(?:{_D}{{4}}([/.-]){_D}{{1,2}}\1{_D}{{1,2}}|{_D}{{1,2}}([/.-]){_D}{{1,2}}\2{_D}{{4}})"
    rf"[ \t]+{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?(?:[ \t]*(?:[+\-\u2212]{_D}{{2}}(?::?{_D}{{2}})?|UTC|GMT)\b)?"
    rf"(?![\w:/])")


_HEADING_MARKUP = re.compile(r"#{1,6}[ \t]+")
# Markdown of an extraction (form ``markdown``): a backslash escape of ASCII punctuation («\_»),
# strong emphasis («**…**», opened after a space, a bracket, a quote, a punctuation mark («:**») or
# the start, not before a space; closed after a non-space), superscripts («<sup>…</sup>») and links («[text](url)»).
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_STRONG = re.compile(r"(?<![^\s(\[«\"'*:;,.،؛!?؟])\*\*(?=\S)([^\n]+?)(?<=\S)\*\*")
_SUP = re.compile(r"<sup>([^<\n]*)</sup>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)\)")
_EMPTY_LINK = re.compile(r"\[([^\]\n]+)\]\(#?\)")  # a link to nowhere: markup of a conversion in any form


def markdown_markup(raw: str, start: int, end: int) -> tuple[frozenset[int], list[Mark]]:
    """The markup of a Markdown extraction in ``raw[start:end]``: the raw offsets of its markup
    characters (escaping backslashes, ``**`` delimiters, ``<sup>`` tags, a link's brackets and
    address), to be hidden, and the marks of what the markup means (strong text, superscripts).
    The text between is shown as it is; every offset still points into the raw text."""
    hidden: set[int] = set()
    marks: list[Mark] = []
    for m in _ESCAPE.finditer(raw, start, end):
        hidden.add(m.start())
    for m in _SUP.finditer(raw, start, end):
        hidden.update(range(m.start(), m.start(1)))
        hidden.update(range(m.end(1), m.end()))
        marks.append(Mark(m.start(1), m.end(1), "tq-sup"))
    for m in _LINK.finditer(raw, start, end):
        hidden.add(m.start())
        hidden.update(range(m.end(1), m.end()))
    strong_markup(raw, start, end, hidden, marks)
    return frozenset(hidden), marks


# The forms whose converter wrote Markdown's strong emphasis into the text: a PDF converted to text
# kept «1. **المشاكل الداخلية** :» (salman-2025, witness A), shown with its stars in the critical
# edition and the exercises. A plain text's stars are its own.
STRONG_FORMS = frozenset({"markdown", "pdf-text"})


def strong_markup(raw: str, start: int, end: int, hidden: set[int] | None = None,
                  marks: list[Mark] | None = None) -> tuple[set[int], list[Mark]]:
    """The ``**`` delimiters of strong emphasis in ``raw[start:end]`` added to ``hidden`` (an escaped
    star, whose backslash is in ``hidden``, is a star) and a strong mark over each emphasised text."""
    hidden = set() if hidden is None else hidden
    marks = [] if marks is None else marks
    pos = start
    while (m := _STRONG.search(raw, pos, end)) is not None:
        if m.start() - 1 in hidden and raw[m.start() - 1] == "\\":  # an escaped star is a star
            pos = m.start() + 1
            continue
        hidden.update((m.start(), m.start() + 1, m.end() - 2, m.end() - 1))
        marks.append(Mark(m.start(1), m.end(1), "tq-strong"))
        pos = m.end()
    return hidden, marks


# A superscript written by a converter as a caret (Pandoc's «^a», LaTeX's «^{a *}»), in any form: the
# marks of an author's affiliation («سلمان^{a *}»). Shown raw inside a right-to-left line, its braces
# were mirrored and its star moved before the letter; it is shown as a superscript, isolated.
_CARET = re.compile(r"\^\{([^{}\n]{1,12})\}|\^([A-Za-z0-9*\u2020\u2021]{1,3})(?![\w{])")


def converter_markup(raw: str, start: int, end: int) -> tuple[set[int], list[Mark]]:
    """The markup a converter leaves in a text of any form, in ``raw[start:end]``: the raw offsets to
    hide and the marks of what it means. A link to nowhere («[Raoa Ganni Salman](#)») shows its text
    only; a caret superscript is shown raised (:func:`caret_superscripts`)."""
    hidden, marks = caret_superscripts(raw, start, end)
    for m in _EMPTY_LINK.finditer(raw, start, end):
        hidden.add(m.start())
        hidden.update(range(m.end(1), m.end()))
    return hidden, marks


def caret_superscripts(raw: str, start: int, end: int) -> tuple[set[int], list[Mark]]:
    """The caret superscripts of ``raw[start:end]`` (:data:`_CARET`): the raw offsets of their
    markup (the caret and braces), to be hidden, and a mark over each superscript's text, left to
    right unless it is Arabic."""
    hidden: set[int] = set()
    marks: list[Mark] = []
    for m in _CARET.finditer(raw, start, end):
        g = 1 if m.group(1) is not None else 2
        hidden.update(range(m.start(), m.start(g)))
        hidden.update(range(m.end(g), m.end()))
        ltr = not any("\u0600" <= ch <= "\u06FF" for ch in m.group(g))
        marks.append(Mark(m.start(g), m.end(g), "tq-sup tq-sup-ltr" if ltr else "tq-sup"))
    return hidden, marks


def _block_html(raw: str, r, marks: list[Mark], lang: str = "en", markdown: bool = False, strong: bool = False) -> str:
    start = int(r.start)
    if r.kind in HEADING_KINDS and (m := _HEADING_MARKUP.match(raw, start, int(r.end))):
        start = m.end()  # a Markdown heading's "## " is markup of the extraction, not text
    hidden: frozenset[int] = frozenset()
    extra: list[Mark] = []
    if markdown:
        hidden, extra = markdown_markup(raw, start, int(r.end))
    elif strong:  # a converter's strong emphasis (STRONG_FORMS)
        h, extra = strong_markup(raw, start, int(r.end))
        hidden = frozenset(h)
    converted, sups = converter_markup(raw, start, int(r.end))
    if converted:
        hidden, extra = frozenset(hidden | converted), [*extra, *sups]
    if extra:
        marks = sorted([*marks, *extra], key=lambda m: (m.start, -m.end))
    body = marked(raw, start, int(r.end), marks, hidden)
    d = dir_attrs(r.text)
    if r.kind in HEADING_KINDS:
        level = 2 if r.kind == "title" else min(2 + (int(r.level) if not pd.isna(r.level) else 1), 5)
        return f'<h{level} class="tq-ed-heading"{d}>{body}</h{level}>'
    if r.kind in NOTE_KINDS and not pd.isna(r.number):
        n = int(r.number)
        back = f' <a class="tq-back" href="#{anchor(f"ref-{n}")}" title="{esc(_tip("back", lang))}">↩</a>'
        return f'<p class="tq-note" id="{anchor(f"note-{n}")}"{d}>{body}{back}</p>'
    cls = {"bibliography": "tq-note", "metadata": "tq-meta", "list_item": "tq-item"}.get(r.kind, "")
    return f'<p{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}{d}>{body}</p>'


def _line_facts(start: int, end: int, dates: pd.DataFrame, figures: pd.DataFrame, lang: str = "en") -> list[str]:
    out = []
    for r in dates.itertuples(index=False):
        if start <= r.start < end:
            out.append(_date_tip(r, lang))
    for r in figures.itertuples(index=False):
        if start <= r.start < end:
            out.append(_figure_tip(r, lang))
    return out


def _scrambled_html(raw: str, blocks: pd.DataFrame, marks: list[Mark], dates, figures, lang: str = "en") -> str:
    """Each line of a scrambled text, with the dates and figures recovered from it beside it."""
    rows = []
    for r in blocks.itertuples(index=False):
        if r.kind in SKIP_KINDS:
            continue
        pos = int(r.start)
        # a note's first line carries the note's id, where its markers link (they led nowhere here)
        note = (anchor(f"note-{int(r.number)}") if r.kind in NOTE_KINDS and not pd.isna(r.number) else None)
        for line in raw[int(r.start):int(r.end)].split("\n"):
            a, b = pos, pos + len(line)
            pos = b + 1
            if not line.strip():
                continue
            facts = ("؛ " if lang == "ar" else "; ").join(_line_facts(a, b, dates, figures, lang))
            order = reading(line)
            recovered = (f'<div class="tq-reading" dir="rtl" lang="ar">{esc(order)}</div>' if order else "")
            if facts:  # in the edition's direction, an ISO date one left-to-right word
                recovered += (f'<div class="tq-recovered-facts" dir="rtl" lang="ar">{isolate_iso_dates(esc(facts))}</div>'
                              if lang == "ar" else f'<div class="tq-recovered-facts" dir="ltr">{esc(facts)}</div>')
            idattr = f' id="{esc(note)}"' if note else ""
            note = None
            rows.append(f'<div{idattr}{dir_attrs(line)}>{marked(raw, a, b, marks)}</div>'
                        f'<div class="tq-recovered">{recovered or "—"}</div>')
    from . import strings

    head = "".join(f'<div><strong>{esc(strings.text(f"edition.scrambled.{k}", lang))}</strong></div>'
                   for k in ("line", "recovered"))
    return f'<div class="tq-scrambled">{head}' + "".join(rows) + "</div>"


def legend(lang: str = "en") -> str:
    """The key of the marks above the text, in the edition's language (``edition.legend.*`` of ui.yml)."""
    from . import strings

    t = lambda k: esc(strings.text(f"edition.legend.{k}", lang))  # noqa: E731
    d = ' dir="rtl" lang="ar"' if lang == "ar" else ' dir="ltr"'
    sep = " · "
    return (f'<p class="tq-legend"{d}><span class="tq-date">{t("date")}</span>{sep}<span class="tq-figure">'
            f'{t("figure")}</span>{sep}<span class="tq-hit">{t("finding")}</span>{sep}<span class="tq-claim">'
            f'{t("claim")}</span>{sep}<span class="tq-variant">{t("variant")}</span> {t("how")}</p>')


def edition(raw: str, form: str, blocks: pd.DataFrame, app: Apparatus, dates: pd.DataFrame,
            figures: pd.DataFrame, lang: str = "en") -> HTML:
    """The text as an article with its apparatus (see the module docstring); the legend in ``lang``."""
    marks = sorted(app.marks, key=lambda m: (m.start, -m.end))
    shown = blocks[~blocks["kind"].isin(SKIP_KINDS)]
    if form == "pdf-scrambled":
        body = _scrambled_html(raw, shown, marks, dates, figures, lang)
    else:
        body = "\n".join(_block_html(raw, r, marks, lang, form == "markdown", form in STRONG_FORMS) for r in shown.itertuples(index=False))
    return HTML(f'<div class="tq-edition-wrap">{legend(lang)}<div class="tq-edition">{body}</div></div>',
                plain=f"<the text with {len(marks)} marks>")
