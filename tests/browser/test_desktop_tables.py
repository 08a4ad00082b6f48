"""At 1366 px the findings tables scrolled sideways: the chapters' were 1,100 to 1,300 px wide and
the validity page's 1,500 px in a 755 px box (id, kind, message, severity, scope, verdict and quotes
side by side), so a reader scrolled to see a finding's verdict. Each finding's id, kind, severity,
scope and verdict now share one cell (``render.findings_index``) and its message and quotes wrap
beside it: no findings table scrolls sideways on a desktop, in either edition, and the ids stay on
one line. (The other wide tables, blocks, citations and claims, still scroll inside their box.)"""

from __future__ import annotations

import pytest

from .test_reader_fixes import _open

PAGES = [f"{pre}{page}" for pre in ("book/", "ar/book/ar/")
         for page in ("articles/salman-2025.html", "articles/avdaliani-2025.html", "articles/mahmoud-2023.html",
                      "validity.html")]

TABLES = """() => [...document.querySelectorAll('.tq-table')]
  .filter(t => t.querySelector('table.tq-findings') || (t.dataset.table || '').endsWith('-findings-summary'))
  .map(t => { const b = t.querySelector('.tq-scroll'); const ids = [...t.querySelectorAll('.tq-finding-cell > .tq-id')];
              return {name: t.dataset.table, over: b.scrollWidth - b.clientWidth,
                      split: ids.filter(i => new Set([...i.getClientRects()].map(r => Math.round(r.top))).size > 1).length,
                      ids: ids.length}; })"""


@pytest.mark.parametrize("rel", PAGES)
def test_no_findings_table_scrolls_sideways_on_a_desktop(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 1366)
    tables = page.evaluate(TABLES)
    ctx.close()
    assert any(t["ids"] for t in tables), f"{rel}: no findings table"
    for t in tables:
        assert t["over"] <= 1, f"{rel} at 1366 px: {t['name']} scrolls sideways by {t['over']} px"
        assert not t["split"], f"{rel} at 1366 px: {t['split']} ids cut across lines in {t['name']}"
    assert not errors
