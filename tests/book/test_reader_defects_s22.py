"""The defects left from the last review of the screenshots (issue 12; 390 and 1366 px, both editions),
each fixed where the page is made:

* glued counts were written two ways: «8,333 words (8100 outside boilerplate)», «10,903 words (10887 …)»
  (a count glued as an int is printed bare by myst-nb; render.glue writes every count with its separators);
* the syllabus's example finding broke its source's key at a hyphen («(source: wp-» / «invasion-ukraine)»):
  it is glued as inline HTML with each code one word (render.inline_message);
* the validity page's recall paragraph glued bare numbers to the Arabic article («ملاحظاته الـ21»,
  «من الـ50»), and two other paragraphs likewise («للكواشف الـ107», «لـ9 منها»);
* the recall cards showed a label over nothing («planted recall:»): an empty last cell that holds only its
  row's folded «more» is marked (tq-only-more) and shows the fold alone;
* «0 سؤال بحثي»: none is «لا» and the singular (render.arabic_count), tested in test_arabic_counts.py."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from myst_nb.core.variables import format_plain_text

from tahqiq.book import render, strings

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "_build" / "html"


def shown(value) -> str:
    """What ``{glue:text}`` shows of a value glued through render.glue (myst-nb's own formatting)."""
    v = render.glued(value)
    return format_plain_text(v.plain if isinstance(v, render.HTML) else repr(v), "s")


@pytest.mark.parametrize("value, text", [
    (8126, "8,126"), (10887, "10,887"), (np.int64(2483), "2,483"), (839, "839"), (0, "0"),
    ("10,887", "10,887"), ("8,333 words", "8,333 words"), ("0.00", "0.00"), ("90%", "90%"), ("heldout20", "heldout20"),
    (render.text("45,483"), "45,483"), (render.text("(1, 2)"), "(1, 2)"),
])
def test_glue_writes_every_count_with_its_separators_and_every_text_as_written(value, text):
    assert shown(value) == text


def test_glue_leaves_what_is_not_a_count_or_a_text_alone():
    assert render.glued(True) is True
    assert render.glued(0.5) == 0.5
    table = render.HTML("<table></table>", plain="<table x: 1 rows>")
    assert render.glued(table).html == table.html


def test_every_template_glues_through_render_glue():
    """A count glued with myst-nb's own ``glue`` is printed bare («8100»): every template imports the book's."""
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        if "glue(" not in code:
            continue
        assert "from myst_nb import glue" not in code, path.name
        assert "from tahqiq.book.render import glue" in code, path.name


def _pages(edition: str, html: Path = SITE):
    site = html / "ar" if edition == "ar" else html / "book"
    if not site.is_dir():
        pytest.skip("no built book in _build/html (run tahqiq build)")
    return [p for p in sorted(site.rglob("*.html")) if "_static" not in p.parts and "_sources" not in p.parts]


@pytest.mark.parametrize("edition", ["en", "ar"])
def test_no_built_page_glues_a_count_without_its_thousands_separators(edition):
    """On the book built in this checkout (skipped before a build; test_build.py runs the same check on the
    book it builds, so CI never skips it)."""
    check_glued_counts(edition)


def check_glued_counts(edition: str, html: Path = SITE) -> None:
    bare = {}
    for p in _pages(edition, html):
        for m in re.finditer(r'<span class="pasted-text">([^<]*)</span>', p.read_text(encoding="utf-8")):
            if re.search(r"(?<![\d,.])\d{4,}(?![\d,.])", m.group(1)) and not re.search(r"heldout\d|\b(19|20)\d\d\b", m.group(1)):
                bare.setdefault(p.name, []).append(m.group(1)[:60])
    assert not bare, bare


def test_a_finding_quoted_in_prose_keeps_each_code_whole_and_escapes_the_rest():
    msg = "Against the reference date (source: wp-invasion-ukraine): the text dates it 4 February 2022."
    html = render.inline_message(msg).html
    assert '<bdi dir="ltr" class="tq-id">wp-invasion-ukraine</bdi>' in html and html.startswith("<span")
    ar = render.inline_message("بالمقارنة مع التاريخ المرجعي (المصدر: wp-invasion-ukraine)", "ar").html
    assert 'dir="rtl" lang="ar"' in ar and '<bdi dir="ltr" class="tq-id">wp-invasion-ukraine</bdi>' in ar
    hostile = render.inline_message('<script>alert(1)</script> <img src=x onerror=alert(2)> a-b \u202e').html
    assert "<script>" not in hostile and "<img" not in hostile and "\u202e" not in hostile
    assert render.inline_message("x-1").plain == "x-1"


@pytest.mark.parametrize("rel", ["book/syllabus.html", "ar/book/ar/syllabus.html"])
def test_the_syllabus_example_shows_its_source_key_as_one_word(rel):
    check_syllabus_key(rel)


def check_syllabus_key(rel: str, html: Path = SITE) -> None:
    page = html / rel
    if not page.exists():
        pytest.skip("no built book in _build/html (run tahqiq build)")
    html = page.read_text(encoding="utf-8")
    assert '<bdi dir="ltr" class="tq-id">wp-invasion-ukraine</bdi>' in html, rel


# a glue role right after a letter or a tatweel of Arabic («الـ{glue}», «لـ{glue}»), or right before one
_GLUED = re.compile(r"(?:[\u0621-\u064a\u0640](?=\{glue)|\{glue(?::text)?\}`\w+`(?=[\u0621-\u064a]))")


def test_no_arabic_string_glues_a_value_to_a_word():
    """«ملاحظاته الـ21 عالية الثقة», «من الـ50», «للكواشف الـ107», «لـ9 منها»: a glued value stands apart from
    the words around it; the conjunction «و» before it is a word of its own (one letter, written joined)."""
    glued = []
    for sid, texts in strings.strings().items():
        for m in _GLUED.finditer(texts["ar"]):
            prev = texts["ar"][m.start() - 1] if m.start() else " "
            if m.group(0) in ("و", "ف") and not re.match(r"[\u0621-\u064a\u0640]", prev):  # «و{glue}»: «and N»
                continue
            glued.append(f"{sid}: …{texts['ar'][max(0, m.start() - 20):m.end() + 30]}…")
    assert not glued, glued


def test_a_row_fold_alone_in_its_last_cell_shows_no_label_of_its_own():
    df = pd.DataFrame({"family": ["actions", "dates"], "notes": [0, 3], "planted recall": [None, 0.5],
                       "detectors": ["action-date-conflict", "date-conflict"]})
    html = render.table(df, "recall", more=["detectors"]).html
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)[1:]
    assert '<td class="tq-na tq-only-more"><details class="tq-row-more"' in rows[0]
    assert "tq-only-more" not in rows[1]  # a value of its own: labelled as every cell
    assert "tq-only-more" not in render.table(df, "recall").html  # nothing folded
    css = (ROOT / "book" / "_static" / "tahqiq.css").read_text(encoding="utf-8")
    assert re.search(r"td\.tq-only-more::before \{ content: none", css)
