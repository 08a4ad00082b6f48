"""The glossary is its page's whole matter, yet it was read in a 36em scroll box: three terms at a
time at 1366 px and one and a half at 390 px (seen in the screenshots of both editions), a scroll
inside the page's scroll. Its table (class tq-whole) now runs in the page's flow."""

from __future__ import annotations

import pytest

from .test_reader_fixes import _open

BOX = """() => { const b = document.querySelector('.tq-table[data-table="glossary"] .tq-scroll');
  return {inner: b.scrollHeight - b.clientHeight, rows: b.querySelectorAll('tbody tr').length}; }"""


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("rel", ["book/glossary.html", "ar/book/ar/glossary.html"])
def test_the_glossary_is_read_in_the_pages_flow(hostile_book, browser, rel, width):
    ctx, page, errors = _open(browser, hostile_book, rel, width)
    try:
        box = page.evaluate(BOX)
    finally:
        ctx.close()
    assert box["rows"] >= 5
    assert box["inner"] <= 1, f"{rel} at {width} px: the glossary scrolls {box['inner']} px inside its box"
