"""At 390 px the previous and next links sat side by side, each at most 45% wide, and a chapter's
title ran one or two words a line («Russian- / Chinese / relations / since year / 2022»; the Arabic
«العلاقات / الروسية - / الصينية منذ / عام 2022»). On a phone they now stack, each across the page."""

from __future__ import annotations

import pytest

from .test_reader_fixes import _open

TITLES = """() => [...document.querySelectorAll('.prev-next-area p.prev-next-title')].map(p => {
  const lh = parseFloat(getComputedStyle(p).lineHeight) || 20, a = p.closest('a').getBoundingClientRect();
  const area = p.closest('.prev-next-area').getBoundingClientRect();
  return {text: p.textContent.trim(), lines: Math.round(p.getBoundingClientRect().height / lh),
          share: a.width / area.width}; })"""


@pytest.mark.parametrize("rel", ["book/corpus.html", "ar/book/ar/corpus.html", "book/articles/avdaliani-2025.html",
                                 "ar/book/ar/articles/avdaliani-2025.html"])
def test_previous_and_next_titles_read_across_a_phone(hostile_book, browser, rel):
    ctx, page, errors = _open(browser, hostile_book, rel, 390)
    try:
        titles = page.evaluate(TITLES)
    finally:
        ctx.close()
    assert len(titles) == 2, titles
    assert all(t["share"] > 0.95 for t in titles), titles  # each link across the page
    if "corpus" in rel:  # a title of a few words on one or two lines (it ran over four or five)
        assert all(t["lines"] <= 2 for t in titles), titles
