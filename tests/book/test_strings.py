"""The book's strings file (src/tahqiq/lang/ui.yml): both languages for every id, the same glue
roles in both, the templates' cells in step with it, and the Arabic edition's pages in Arabic."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from tahqiq.book import sphinxext, strings
from tahqiq.errors import TahqiqError


def test_every_string_has_both_languages_and_the_same_glue():
    entries = strings.strings()
    assert len(entries) > 40
    for sid, texts in entries.items():
        assert set(texts) == {"en", "ar"}, sid
        assert texts["en"].strip() and texts["ar"].strip(), sid
        assert strings._glue_names(texts["en"]) == strings._glue_names(texts["ar"]), sid


def test_validate_names_the_id_and_what_is_wrong():
    with pytest.raises(TahqiqError, match=r"entries\.page\.intro: expected exactly the languages en, ar"):
        strings.validate({"page.intro": {"en": "Hello"}})
    with pytest.raises(TahqiqError, match=r"entries\.page\.intro\.ar: expected a non-empty string"):
        strings.validate({"page.intro": {"en": "Hello", "ar": "  "}})
    # a translation that drops a glued number, or points a link elsewhere, is refused
    with pytest.raises(TahqiqError, match=r"entries\.page\.n: the glue roles and links differ"):
        strings.validate({"page.n": {"en": "{glue:text}`n` works", "ar": "أعمال"}})
    with pytest.raises(TahqiqError, match="differ"):
        strings.validate({"page.d": {"en": "see {doc}`the page <a>`", "ar": "انظر {doc}`الصفحة <b>`"}})
    strings.validate({"page.ok": {"en": "{glue:text}`n` works, {doc}`the page <a>`",
                                  "ar": "{glue:text}`n` أعمال، {doc}`الصفحة <a>`"}})


def test_text_and_unknown_ids():
    assert strings.text("toc.corpus", "en") == "The corpus"
    assert strings.text("toc.corpus", "ar") == "المدوَّنة"
    with pytest.raises(TahqiqError, match="no string 'toc.nothing'"):
        strings.text("toc.nothing", "ar")
    with pytest.raises(TahqiqError, match="unknown language 'fr'"):
        strings.text("toc.corpus", "fr")


def test_template_cells_are_the_english_of_their_string(root):
    """A template's cell that names a string holds exactly its English text (so the template reads
    as the English edition does), and every string a template names exists."""
    named = 0
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            sid = strings.cell_id(cell)
            if sid:
                named += 1
                assert cell.cell_type == "markdown", (path.name, sid)
                assert cell.source.rstrip("\n") == strings.text(sid, "en"), (path.name, sid)
    assert named >= 40


def test_localise_cells_puts_the_edition_text_in_place():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("## The claims", metadata={"tahqiq": {"ui": "article.the-claims"}}),
                nbformat.v4.new_markdown_cell("no string here"),
                nbformat.v4.new_code_cell("x = 1", metadata={"tahqiq": {"ui": "article.the-claims"}})]
    strings.localise_cells(nb, "ar")
    assert nb.cells[0].source == "### الدعاوى"
    assert nb.cells[1].source == "no string here"
    assert nb.cells[2].source == "x = 1"  # code is never replaced


def test_findings_use_message_ar_on_the_arabic_edition_and_fall_back_without_it():
    f = pd.DataFrame({"id": ["a", "b"], "message": ["two dates disagree", "a figure changed"],
                      "message_ar": ["تاريخان متعارضان", None]})
    ar = strings.localise_findings(f, "ar")
    assert list(ar["message"]) == ["تاريخان متعارضان", "a figure changed"]
    assert list(f["message"]) == ["two dates disagree", "a figure changed"]  # the input is untouched
    assert list(strings.localise_findings(f, "en")["message"]) == list(f["message"])
    no_ar = f.drop(columns=["message_ar"])  # a findings table without the column
    assert list(strings.localise_findings(no_ar, "ar")["message"]) == list(f["message"])


@pytest.mark.parametrize("page,lang,href", [
    ("book/intro", "en", "../ar/book/ar/intro.html"),
    ("book/articles/salman-2025", "en", "../../ar/book/ar/articles/salman-2025.html"),
    ("book/ar/intro", "ar", "../../../book/intro.html"),
    ("book/ar/articles/salman-2025--B", "ar", "../../../../book/articles/salman-2025--B.html"),
    ("genindex", "en", None),
    ("search", "ar", None),
])
def test_each_page_links_to_its_counterpart(page, lang, href):
    """English pages are at html/book/…, Arabic ones at html/ar/book/ar/…: the relative link from
    one to the other resolves in the published tree."""
    assert sphinxext.counterpart(page, lang) == href
    if href:
        here = Path("/html") / (("ar/" if lang == "ar" else "") + page + ".html")
        there = ("/html/ar/" + page.replace("book/", "book/ar/", 1) if lang == "en"
                 else "/html/" + page.replace("book/ar/", "book/", 1)) + ".html"
        assert Path(os.path.normpath(here.parent / href)) == Path(there)


def test_edition_link_labels_the_other_edition():
    en = sphinxext.edition_link("book/intro", "en")
    assert ">العربية</a>" in en and 'hreflang="ar"' in en and 'dir="rtl"' in en
    ar = sphinxext.edition_link("book/ar/intro", "ar")
    assert ">English</a>" in ar and 'hreflang="en"' in ar
    assert sphinxext.edition_link("genindex", "en") == ""


def test_arabic_pages_are_right_to_left(tmp_path):
    page = tmp_path / "p.html"
    page.write_text('<!DOCTYPE html>\n<html lang="ar" data-content_root="../" >\n<body></body></html>', encoding="utf-8")
    assert sphinxext.set_direction(page)
    assert '<html lang="ar" dir="rtl" data-content_root' in page.read_text(encoding="utf-8")
    assert not sphinxext.set_direction(page)  # once
    en = tmp_path / "e.html"
    en.write_text('<html lang="en"><body></body></html>', encoding="utf-8")
    assert not sphinxext.set_direction(en)


def test_no_english_string_left_on_an_arabic_page(root):
    """Every executed Arabic notebook (book/ar) shows the Arabic text of each string its template
    names, never the English one."""
    pages = sorted((root / "book" / "ar").rglob("*.ipynb"))
    if not pages:
        pytest.skip("the Arabic edition is not built (tahqiq build writes book/ar)")
    english = {t["en"].strip() for t in strings.strings().values()}
    for path in pages:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "markdown" and strings.cell_id(cell):
                shown, expected = cell.source.strip(), strings.text(strings.cell_id(cell), "ar").strip()
                assert shown not in english, (path.name, strings.cell_id(cell))
                if shown.startswith("# ") and expected.startswith("# "):  # a chapter's title replaces the heading
                    shown, expected = shown.partition("\n")[2], expected.partition("\n")[2]
                assert shown == expected, (path.name, strings.cell_id(cell))


def _outputs_html(nb) -> str:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            h = o.get("data", {}).get("text/html") or o.get("data", {}).get("text/markdown")
            out.append("".join(h) if isinstance(h, list) else (h or ""))
        if cell.cell_type == "markdown":
            out.append(cell.source)
    return "\n".join(out)


def test_no_english_header_empty_text_exercise_or_comparison_words_on_an_arabic_page(root):
    """On the executed Arabic notebooks: every table header whose column has a label shows the
    Arabic one; no English empty-table text, exercise wording or untranslated comparison marker."""
    import re

    pages = sorted((root / "book" / "ar").rglob("*.ipynb"))
    if not pages:
        pytest.skip("the Arabic edition is not built (tahqiq build writes book/ar)")
    en_cols = {v for k, v in strings.labels("col", "en").items() if v != strings.labels("col", "ar")[k]}
    ui = [k for k in strings.strings() if k.startswith(("render.", "exercise."))]
    english = [strings.text(k, "en").split("{")[0].strip() for k in ui]
    english = [e for e in english if len(e) > 12]  # whole phrases, not a word an Arabic page may quote
    marker = strings.text("comparison.untranslated", "ar")
    for path in pages:
        html = _outputs_html(nbformat.read(path, as_version=4))
        for head in re.findall(r"<thead>(.*?)</thead>", html, re.S):
            for th in re.findall(r"<th[^>]*>([^<]*)</th>", head):
                assert th not in en_cols, (path.name, th)
        seen = re.sub(r"<[^>]*>", " ", html)
        for e in english:
            assert e not in seen, (path.name, e)
        assert marker not in seen, path.name


def test_every_markdown_cell_of_every_template_names_a_string(root):
    """No prose of a template is left out of the strings file (it would stay English on Arabic pages)."""
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type == "markdown":
                assert strings.cell_id(cell), f"{path.name}: markdown cell {i} names no string of ui.yml"


def test_plot_alt_texts_follow_the_edition(root):
    """A plot cell that names its alternative text (metadata.tahqiq.alt) gets the edition's text;
    the template keeps the English one (what the English edition shows)."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("fig", metadata={"tahqiq": {"alt": "plot.alt.blocks"},
                                                           "mystnb": {"image": {"alt": "English"}}}),
                nbformat.v4.new_code_cell("x", metadata={"tags": ["remove-input"]})]
    strings.localise_cells(nb, "ar")
    assert nb.cells[0].metadata["mystnb"]["image"]["alt"] == strings.text("plot.alt.blocks", "ar")
    assert "mystnb" not in nb.cells[1].metadata and nb.cells[1].source == "x"
    named = 0
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if aid := strings.alt_id(cell):
                named += 1
                assert cell.metadata["mystnb"]["image"]["alt"] == strings.text(aid, "en"), (path.name, aid)
    assert named >= 6


def test_every_plot_of_the_book_names_its_alternative_text(root):
    """A cell that draws a plot (``fig = …plot(…)``) names its alternative text: without it the
    image's alt was its file path."""
    import re

    for path in sorted((root / "notebooks").glob("*.ipynb")):
        for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type == "code" and re.search(r"^fig = .*plot\(", cell.source, re.M):
                assert strings.alt_id(cell), f"{path.name}: cell {i} draws a plot without metadata.tahqiq.alt"


def test_heading_links_hover_in_the_editions_language():
    from tahqiq.book.sphinxext import localise_headerlinks

    body = '<h2>x<a class="headerlink" href="#x" title="Link to this heading">#</a></h2><p title="Link">y</p>'
    ar = localise_headerlinks(body, "ar")
    assert 'title="رابط إلى هذا العنوان"' in ar and "Link to this heading" not in ar and 'title="Link"' in ar
    assert localise_headerlinks(body, "en") == body
