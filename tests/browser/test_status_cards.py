"""The build status page as its readers see it (issue 12, the page-by-page review of the
screenshots at 390 and 1366 px, both editions):

* at 390 px the status table showed two of its six columns, the parameters cut mid-name
  («article_id=salman»), the status, time, seconds and hash off the screen: on a phone it is now
  a list of cards, one a notebook, each cell labelled with its column's header;
* the Arabic edition named its notebooks by their English file stems («corpus», «glossary»);
* the Arabic edition showed the time of the last run as «UTC 07:33 2026-12-05» (its three runs
  reordered in a right-to-left cell)."""

from __future__ import annotations

import re

import pytest

PAGES = ["book/status.html", "ar/book/ar/status.html"]

CARDS = """(sel) => {
  const t = document.querySelector(sel || 'table.tq-status');
  const cells = [...t.querySelectorAll('tbody td')];
  const boxes = [...document.querySelectorAll('article.bd-article .pst-scrollable-table-container, article.bd-article .tq-scroll')]
    .map(b => b.scrollWidth - b.clientWidth);
  return {
    cards: t.classList.contains('tq-cards'),
    display: getComputedStyle(t).display,
    thead: getComputedStyle(t.querySelector('thead')).display,
    n: cells.length,
    outside: cells.filter(c => { const r = c.getBoundingClientRect(); return r.left < -1 || r.right > window.innerWidth + 1; })
                  .map(c => c.textContent.trim()).slice(0, 5),
    unlabelled: cells.filter(c => c.cellIndex > 0 && ['none', 'normal', ''].includes(
                  getComputedStyle(c, '::before').content.replace(/["'\\s:]/g, ''))).length,
    labels: [...new Set(cells.map(c => c.getAttribute('data-label')))],
    heads: [...t.querySelectorAll('thead th')].map(h => h.textContent.trim()),
    scrolls: boxes.filter(x => x > 1).length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}"""


def _open(browser, book, rel, width):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((book / rel).as_uri(), wait_until="load")
    page.wait_for_timeout(200)
    return ctx, page, errors


@pytest.mark.parametrize("rel", PAGES)
def test_the_status_table_is_a_list_of_labelled_cards_on_a_phone(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    m = page.evaluate(CARDS)
    ctx.close()
    assert not errors, errors
    assert m["cards"] and m["display"] == "block" and m["thead"] == "none", f"{rel}: not cards at 390 px: {m}"
    assert m["n"] >= 6 * 5, m
    assert not m["outside"], f"{rel} at 390 px: cells outside the screen: {m['outside']}"
    assert m["scrolls"] == 0 and m["overflow"] <= 1, f"{rel} at 390 px: something still scrolls sideways: {m}"
    assert m["unlabelled"] == 0, f"{rel}: {m['unlabelled']} cells shown without their column's label"
    assert set(m["labels"]) == set(m["heads"]), m


@pytest.mark.parametrize("rel", PAGES)
def test_the_status_table_stays_a_table_on_a_desktop(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 1366)
    m = page.evaluate(CARDS)
    ctx.close()
    assert m["display"] == "table" and m["thead"] != "none", m
    assert m["unlabelled"] == m["n"] - m["n"] // len(m["heads"]), "labels are shown on a desktop"


TIME_ORDER = """() => [...document.querySelectorAll('table.tq-status tbody tr')].map(tr => {
  const cell = tr.cells[3], text = cell.textContent, pos = s => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT); let n;
    while ((n = walker.nextNode())) { const i = n.textContent.indexOf(s);
      if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + s.length);
                    return r.getBoundingClientRect().left; } }
    return null; };
  const m = text.match(/(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d) UTC/);
  return m ? [pos(m[1]), pos(m[2]), pos('UTC')] : null; }).filter(x => x)"""


@pytest.mark.parametrize("width", [390, 1366])
def test_the_arabic_status_page_reads_the_time_left_to_right(hostile_book, browser, width):
    ctx, page, errors = _open(browser, hostile_book, "ar/book/ar/status.html", width)
    times = page.evaluate(TIME_ORDER)
    ctx.close()
    assert times, "no time of a last run on the Arabic status page"
    for date, clock, utc in times:
        assert date < clock < utc, f"at {width} px the time reads out of order: {(date, clock, utc)}"


def test_the_arabic_status_page_names_its_notebooks_in_arabic(hostile_book, browser):
    ctx, page, errors = _open(browser, hostile_book, "ar/book/ar/status.html", 1366)
    names = page.locator("table.tq-status tbody tr td:first-child").all_inner_texts()
    ctx.close()
    stems = {"corpus", "crosswork", "comparison", "validity", "syllabus", "guides", "exercises", "glossary"}
    assert len(names) >= 13
    assert not stems & {n.strip() for n in names}, names
    # every notebook that is not a chapter (named by its work) is named in Arabic
    assert all(re.search("[\u0600-\u06FF]", n) for n in names if not re.match(r"[a-z-]+-\d{4}", n.strip())), names


GLOSSARY = ["book/glossary.html", "ar/book/ar/glossary.html"]


@pytest.mark.parametrize("rel", GLOSSARY)
def test_a_table_of_prose_is_a_list_of_labelled_cards_on_a_phone(hostile_book, browser, rel):
    """The glossary (a column of definitions) at 390 px showed three of its columns, each definition
    cut at the screen's edge: a table with a column of prose is cards on a phone, a table on a desktop."""
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    m = page.evaluate(CARDS, "table.tq-stack")
    ctx.close()
    assert not errors, errors
    assert m["cards"] and m["display"] == "block" and m["thead"] == "none", f"{rel}: not cards at 390 px: {m}"
    assert not m["outside"], f"{rel} at 390 px: cells outside the screen: {m['outside']}"
    assert m["scrolls"] == 0 and m["overflow"] <= 1, f"{rel} at 390 px: something still scrolls sideways: {m}"
    assert m["unlabelled"] == 0 and set(m["labels"]) == set(m["heads"]), m
    ctx, page, errors = _open(browser, hostile_book, rel, 1366)
    wide = page.evaluate(CARDS, "table.tq-stack")
    ctx.close()
    assert wide["display"] == "table" and wide["thead"] != "none", wide
