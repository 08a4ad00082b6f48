"""What the last review of the screenshots still found at 390 px (issue 12), in both editions:

* the introduction's corpus table squeezed its description into a 130 px column (a word a line) and cut
  each slug at its hyphen («salman-» / «2025»): on a phone it is a list of cards (class tq-stack);
* a code cut at its hyphen in the syllabus (a doc link «salman-» / «2025», a source key «wp-» /
  «invasion-ukraine» in the glued example finding);
* the recall cards showed a label line over nothing («planted recall:» over the row's «more»);
* the collation's formatting-only variants (a compact table) were 470 px wide in a 356 px box;
* a box that scrolls (36em tall) was taller than a phone's screen held sideways."""

from __future__ import annotations

import pytest

from .test_reader_fixes import _open

INTRO = ["book/intro.html", "ar/book/ar/intro.html"]

CORPUS = """() => { const t = document.querySelector('article.bd-article table.tq-stack');
  if (!t) return null;
  const rows = [...t.querySelectorAll('tbody tr')];
  const w = t.getBoundingClientRect().width;
  return {cards: t.classList.contains('tq-cards'), display: getComputedStyle(t).display, width: Math.round(w),
          what: rows.map(r => Math.round(r.cells[2].getBoundingClientRect().width)),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth}; }"""

# a code (a slug, an id, a source's key: a digit or two hyphens in it) cut across lines, in a code span, an id, a
# glued value or a link's text
SPLIT = r"""() => { const out = [];
  for (const el of document.querySelectorAll('article.bd-article :is(code, .tq-id, .pasted-text, a.reference)')) {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); let n;
    while ((n = w.nextNode())) { const re = /[A-Za-z0-9_.]+(?:-\u2060?[A-Za-z0-9_.]+)+/g; let m;
      while ((m = re.exec(n.textContent))) {
        if (!/\d/.test(m[0]) && (m[0].match(/-/g) || []).length < 2) continue;  // «full-scale», «Re-run»: words
        const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
        if (tops.size > 1) out.push(m[0]); } } }
  return out; }"""


@pytest.mark.parametrize("rel", INTRO)
def test_the_corpus_table_of_the_introduction_is_a_list_of_cards_on_a_phone(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    m = page.evaluate(CORPUS)
    split = page.evaluate(SPLIT)
    ctx.close()
    assert m, f"{rel}: no corpus table of class tq-stack"
    assert m["cards"] and m["display"] == "block", m
    # each description has the card's whole width (it had 130 px of a 358 px table)
    assert all(w >= 0.85 * m["width"] for w in m["what"]), m
    assert not split, f"{rel} at 390 px: codes cut at a hyphen: {split}"
    assert m["overflow"] <= 1 and not errors


@pytest.mark.parametrize("rel", INTRO)
def test_the_corpus_table_of_the_introduction_stays_a_table_on_a_desktop(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 1366)
    m = page.evaluate(CORPUS)
    ctx.close()
    assert m["display"] == "table" and len(set(m["what"])) == 1 and m["what"][0] < m["width"] * 0.8, m


@pytest.mark.parametrize("rel", ["book/syllabus.html", "ar/book/ar/syllabus.html"])
def test_no_code_of_the_syllabus_is_cut_at_a_hyphen_on_a_phone(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    split = page.evaluate(SPLIT)
    ids = page.evaluate("() => [...document.querySelectorAll('article.bd-article .tq-message .tq-id')].map(e => e.textContent)")
    ctx.close()
    assert "wp-invasion-ukraine" in ids, f"{rel}: the example finding's source key is not one word: {ids}"
    assert not split, f"{rel} at 390 px: codes cut at a hyphen: {split}"
    assert not errors


LABELS = """() => [...document.querySelectorAll('article.bd-article table.tq-cards td')]
  .filter(td => td.getBoundingClientRect().height > 0)
  .filter(td => !['none', 'normal', ''].includes(getComputedStyle(td, '::before').content.replace(/["'\\s:]/g, '')))
  .filter(td => { const c = td.cloneNode(true); c.querySelectorAll('details.tq-row-more').forEach(d => d.remove());
                  return !c.textContent.trim() && !c.querySelector('img, svg'); })
  .map(td => td.closest('.tq-table').dataset.table + ': ' + td.getAttribute('data-label'))"""


@pytest.mark.parametrize("rel", ["book/validity.html", "ar/book/ar/validity.html"])
def test_no_card_shows_a_label_over_nothing(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    empty = page.evaluate(LABELS)
    folds = page.locator("article.bd-article table.tq-cards td.tq-only-more details.tq-row-more").count()
    ctx.close()
    assert not empty, f"{rel} at 390 px: labels over nothing: {sorted(set(empty))[:8]}"
    assert folds, f"{rel}: no card with its row's fold alone in its last cell (nothing tested)"


COMPACT = """() => { const d = document.querySelector('details.tq-folded'); d.open = true;
  const t = d.querySelector('table.tq-compact'), box = t.parentElement;
  return {over: box.scrollWidth - box.clientWidth, cells: t.querySelectorAll('tbody td').length,
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth}; }"""


@pytest.mark.parametrize("rel", ["book/crosswork.html", "ar/book/ar/crosswork.html"])
def test_the_formatting_only_variants_fit_a_phone(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    m = page.evaluate(COMPACT)
    ctx.close()
    assert m["cells"] > 40, m
    assert m["over"] <= 1 and m["page"] <= 1, f"{rel} at 390 px: the compact collation scrolls sideways: {m}"


BOXES = """() => [...document.querySelectorAll('article.bd-article :is(.tq-scroll, .tq-edition)')]
  .filter(b => b.getBoundingClientRect().height > 0)
  .map(b => ({name: (b.closest('.tq-table') || b).dataset.table || b.className, h: Math.round(b.getBoundingClientRect().height),
              w: Math.round(b.getBoundingClientRect().width), room: Math.round(b.parentElement.getBoundingClientRect().width)}))"""


@pytest.mark.parametrize("rel", ["book/validity.html", "ar/book/ar/articles/salman-2025.html"])
@pytest.mark.parametrize("size", [(390, 640), (844, 390)])
def test_no_box_is_taller_than_the_screen_or_wider_than_its_column(hostile_book, browser, rel, size):
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = ctx.new_page()
    page.goto((hostile_book / rel).as_uri(), wait_until="load")
    page.wait_for_timeout(200)
    boxes = page.evaluate(BOXES)
    ctx.close()
    assert len(boxes) >= 3, boxes
    tall = [b for b in boxes if b["h"] > size[1]]
    wide = [b for b in boxes if b["w"] > b["room"] + 1]
    assert not tall, f"{rel} at {size}: boxes taller than the screen: {tall[:5]}"
    assert not wide, f"{rel} at {size}: boxes wider than their column: {wide[:5]}"
