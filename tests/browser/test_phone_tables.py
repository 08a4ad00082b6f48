"""At 390 px the per-detector, citations, figures, dates, findings-summary, collation, extraction-quality,
recall and yardstick tables scrolled sideways inside their boxes (in both editions), most of their columns out
of sight (issue 12; found by the book20 helper, measured again: 26 tables on 10 pages of each edition). A
data table wider than its box on a phone is now a list of cards (tahqiq.js: tq-fit; tahqiq.css): its first
cell on top, each other cell «label: value», its numbers side by side. Nothing is lost: every cell is still
there, labelled with its column, the folded «more» and the CSV download kept. On a desktop the tables stay tables."""

from __future__ import annotations

import pytest

from .test_desktop_tables import _pages

# (a compact table, a row a line, is left as it is: the collation's folded formatting-only variants, test_ids_on_a_phone.py)
TABLES = """() => [...document.querySelectorAll('.tq-table')].filter(t => t.querySelector('table.tq:not(.tq-compact)')).map(t => {
  const b = t.querySelector('.tq-scroll'), table = t.querySelector('table.tq');
  const cells = [...table.querySelectorAll('tbody td')];
  const shown = cells.filter(c => c.getBoundingClientRect().width > 0 && c.textContent.trim());
  return {name: t.dataset.table, over: b.scrollWidth - b.clientWidth, cards: table.classList.contains('tq-cards'),
          fit: table.classList.contains('tq-fit'), cells: cells.length, shown: shown.length,
          unlabelled: cells.filter(c => c.cellIndex > 0 && !c.getAttribute('data-label')).length,
          csv: !!t.querySelector('a.tq-download, a[download]'),
          right: Math.round(table.getBoundingClientRect().right - b.getBoundingClientRect().right)}; })"""


def _tables(browser, book, width):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    out = {}
    for rel in _pages(book):
        page.goto((book / rel).as_uri(), wait_until="load")
        page.wait_for_timeout(50)
        out[rel] = page.evaluate(TABLES)
    ctx.close()
    return out, errors


def test_no_data_table_scrolls_sideways_on_a_phone(hostile_book, browser):
    pages, errors = _tables(browser, hostile_book, 390)
    over, fitted, lost = [], 0, []
    for rel, tables in pages.items():
        for t in tables:
            if t["over"] > 1:
                over.append(f"{rel}: {t['name']} scrolls sideways by {t['over']} px")
            if t["fit"]:
                fitted += 1
                if t["unlabelled"]:
                    lost.append(f"{rel}: {t['name']}: {t}")
    assert not over, "\n".join(over)
    assert fitted >= 20, f"only {fitted} tables shown as cards on a phone (nothing tested)"
    names = {t["name"]: t for tables in pages.values() for t in tables if t["fit"]}
    for must in ("validity-by-detector", "salman-2025-000-citations", "salman-2025-000-findings-summary"):
        assert must in names, f"{must} is not a list of cards at 390 px"
        assert names[must]["csv"], f"{must}: no CSV to download at 390 px"
    assert not lost, "\n".join(lost)  # every cell labelled with its column
    assert not errors


def test_on_a_desktop_the_data_tables_stay_tables(hostile_book, browser):
    for rel in ("book/validity.html", "ar/book/ar/articles/salman-2025.html"):
        ctx = browser.new_context(viewport={"width": 1366, "height": 900})
        page = ctx.new_page()
        page.goto((hostile_book / rel).as_uri(), wait_until="load")
        tables = page.evaluate(TABLES)
        ctx.close()
        assert tables and not [t["name"] for t in tables if t["fit"]], rel
        assert all(t["over"] <= 1 for t in tables), rel
