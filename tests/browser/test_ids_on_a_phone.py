"""At 390 px, ids were cut at their hyphens in narrow cells («F-003-arithmetic-» / «share-2»), a
finding's id in its head likewise, and a quote's label on the Arabic edition read «A العلاقات …،
النسخة» (its direction left to right). Each id is now one word on one line (the table scrolls in its
own box, the page never sideways), and the formatting-only variants of the collation are folded."""

from __future__ import annotations

import pytest

from .test_reader_fixes import _open

SPLIT = """(sel) => [...document.querySelectorAll(sel)]
  .filter(e => e.getBoundingClientRect().width > 0)
  .filter(e => new Set([...e.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size > 1)
  .map(e => e.textContent)"""

PAGES = ["book/articles/salman-2025.html", "ar/book/ar/articles/salman-2025.html", "book/crosswork.html",
         "ar/book/ar/crosswork.html", "ar/book/ar/articles/mahmoud-2023.html", "ar/book/ar/validity.html"]


@pytest.mark.parametrize("rel", PAGES)
def test_ids_stay_on_one_line_at_390_px_and_the_page_does_not_scroll_sideways(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    n = page.locator("article.bd-article :is(.tq-id, bdi.tq-date, .tq-finding-head code)").count()
    split = page.evaluate(SPLIT, "article.bd-article :is(.tq-id, bdi.tq-date, .tq-finding-head code)")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    ctx.close()
    assert n, f"{rel}: no id to test"
    assert not split, f"{rel} at 390 px: ids cut across lines: {split[:6]}"
    assert overflow <= 1, f"{rel} at 390 px: the page scrolls sideways by {overflow} px"
    assert not errors


QUOTE_LABELS = """() => [...document.querySelectorAll('.tq-quote-label')].slice(0, 40).map(l => {
  const name = l.querySelector('bdi'), offs = l.querySelector('bdi.tq-id');
  return {dir: getComputedStyle(l).direction, name: name.getBoundingClientRect().right, offs: offs ? offs.getBoundingClientRect().right : null,
          text: l.textContent};
})"""


def test_an_arabic_quote_label_reads_right_to_left_with_its_offsets_after_the_name(hostile_book, browser):
    ctx, page, errors = _open(browser, hostile_book, "ar/book/ar/articles/salman-2025.html", 390)
    labels = page.evaluate(QUOTE_LABELS)
    ctx.close()
    assert labels
    for lab in labels:
        assert lab["dir"] == "rtl", lab
        if lab["offs"] is not None:  # the offsets come after the name: to its left on a right-to-left line
            assert lab["offs"] <= lab["name"] + 1, lab


COLLATION = """() => { const d = document.querySelector('details.tq-folded');
  const closed = !d.open, shut = d.getBoundingClientRect().height; d.open = true;
  const open = [...d.querySelectorAll('tbody tr')].slice(0, 40).map(r => r.getBoundingClientRect().height);
  const line = parseFloat(getComputedStyle(d.querySelector('td')).lineHeight);
  return {closed, shut, opened: d.getBoundingClientRect().height, open, line}; }"""


@pytest.mark.parametrize("rel", ["book/crosswork.html", "ar/book/ar/crosswork.html"])
@pytest.mark.parametrize("width", [390, 1366])
def test_the_formatting_only_variants_are_folded_and_a_row_is_as_tall_as_its_reading(hostile_book, browser, rel, width):
    ctx, page, errors = _open(browser, hostile_book, rel, width)
    c = page.evaluate(COLLATION)
    ctx.close()
    assert c["closed"] and c["shut"] < 80 and c["opened"] > c["shut"] + 500, c  # folded: a line until opened
    # most readings are a character or a mark: a row a line (a long reading, a URL, may take two or three)
    short = [h for h in c["open"] if h <= 1.6 * c["line"] + 6]
    assert len(short) >= 0.8 * len(c["open"]), c


CARDS = """() => [...document.querySelectorAll('table.tq-cards tbody td')].filter(td => td.getBoundingClientRect().width > 0)
  .slice(0, 200).map(td => { const v = td.querySelector(':scope > bdi.tq-value');
    const label = getComputedStyle(td, '::before').content;
    return {page: document.documentElement.dir || 'ltr', dir: getComputedStyle(td).direction, align: getComputedStyle(td).textAlign,
            own: td.getAttribute('dir'), value: v ? v.getAttribute('dir') : null,
            right: v ? td.getBoundingClientRect().right - v.getBoundingClientRect().right : null, label}; })"""


@pytest.mark.parametrize("rel", ["ar/book/ar/corpus.html", "book/corpus.html", "ar/book/ar/glossary.html",
                                 "ar/book/ar/articles/salman-2025.html"])
def test_a_cards_line_reads_label_then_value_in_the_pages_direction(hostile_book, browser, rel):
    """At 390 px the corpus cards of the Arabic edition read «A :النسخة» at the left edge beside
    right-aligned Arabic ones: a card's cell now takes the page's direction, its value isolated."""
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    cells = page.evaluate(CARDS)
    ctx.close()
    assert cells, f"{rel}: no cards at 390 px"
    page_dir = "rtl" if rel.startswith("ar/") else "ltr"
    for c in cells:
        assert c["dir"] == page_dir, (rel, c)
        if c["own"]:  # the value keeps its own direction inside the line
            assert c["value"] == c["own"], (rel, c)
        if page_dir == "rtl" and c["value"] == "ltr" and c["label"] not in ("none", "normal"):
            assert c["right"] > 5, f"{rel}: a left-to-right value stands where its label should: {c}"
    assert not errors
