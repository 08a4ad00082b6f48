"""Words inside table cells are found by the book's offline search.

Sphinx indexes a notebook's ``text/html`` output by deleting its tags; cells written back to back
(``…</td><td>…``) would fuse the last word of one cell with the first of the next."""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pandas as pd
from docutils import nodes
from docutils.utils import new_document
from sphinx.search import IndexBuilder
from sphinx.search.en import SearchEnglish

from tahqiq.book import render


def _sphinx_words(html: str) -> list[str]:
    """The words Sphinx's indexer takes from ``html`` as a notebook output (its own collector)."""
    doc = new_document("<test>")
    doc += nodes.raw("", html, format="html")
    ib = IndexBuilder.__new__(IndexBuilder)
    ib.lang = SearchEnglish({})
    return ib._word_collector(doc).words


def _findings_like_table() -> render.HTML:
    df = pd.DataFrame([{"id": "k-1", "kind": "entity-variant", "message": "one place written two ways",
                        "quotes": "شنغهاي | شينغهاي", "work": "salman-2025"},
                       {"id": "k-2", "kind": "witness-variant", "message": "Zhuhaiword differs",
                        "quotes": "النهريين", "work": "avdaliani-2025"}])
    return render.table(df, "findings")


def test_every_cell_word_is_a_word_of_the_index():
    words = _sphinx_words(_findings_like_table()._repr_html_())
    for w in ("Zhuhaiword", "شنغهاي", "شينغهاي", "النهريين", "2025", "ways", "entity", "k"):
        assert w in words, w
    assert not [w for w in words if w.endswith("2025") and w != "2025"]  # nothing fused to a cell's end


def test_evidence_and_findings_keep_their_words_apart():
    html = render.HTML(render.evidence_table({"rule": "alpha", "value": "betaword"}))._repr_html_()
    words = _sphinx_words(html)
    assert "alpha" in words and "betaword" in words and "rule" in words and "value" in words


def test_searchable_only_adds_whitespace_between_blocks():
    html = '<table><tr><td>a<mark>b</mark>c</td><td>d</td></tr></table><p>x</p><span>y</span><span>z</span>'
    out = render.searchable(html)
    assert out.replace("\n", "") == html
    assert "<mark>b</mark>c" in out and "<span>y</span><span>z</span>" in out  # inline text untouched
    assert "</td>\n<td>" in out


def test_a_word_only_in_a_table_cell_is_in_the_built_search_index(tmp_path):
    """A small Sphinx + myst-nb build (the book's stack) of a notebook whose only output is a table."""
    (tmp_path / "conf.py").write_text('extensions = ["myst_nb"]\nnb_execution_mode = "off"\n'
                                      'html_theme = "basic"\nexclude_patterns = ["_build"]\n')
    (tmp_path / "index.md").write_text("# Index\n\nprose only\n\n```{toctree}\npage\n```\n")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("table")
    t = _findings_like_table()
    cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/html": t._repr_html_(),
                                                                   "text/plain": repr(t)}, execution_count=1)]
    nb.cells = [nbformat.v4.new_markdown_cell("# Page"), cell]
    nbformat.write(nb, tmp_path / "page.ipynb")
    r = subprocess.run([sys.executable, "-m", "sphinx", "-q", "-b", "html", str(tmp_path), str(tmp_path / "_build")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    s = (tmp_path / "_build" / "searchindex.js").read_text(encoding="utf-8")
    terms = json.loads(s[s.index("(") + 1:s.rindex(")")])["terms"]
    for w in ("zhuhaiword", "شينغهاي", "النهريين", "avdaliani"):
        assert w in terms, w
    assert not [t for t in terms if t.endswith("2025") and t != "2025"]
