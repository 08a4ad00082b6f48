"""The timelines on a desktop (issue 12): drawn for a phone only, a chapter's dated mentions were 430 px wide in
a 755 px column at 1366 px (the plot itself about 90 px wide beside its legend) and the events' timeline 420 px
wide and 2,700 px tall. Each is a <picture> now (tahqiq.book.plots.Picture): at 1366 px the browser shows the
desktop's drawing, across the column at its own size (its text about 15 px); at 390 px the phone's, scaled to
the column with its text at least 13 px; either fits its box, in both editions."""

from __future__ import annotations

import pytest

from .test_reader_fixes import _open

PICTURES = """() => [...document.querySelectorAll('.bd-article picture.tq-plot img')].map(img => {
  const box = document.querySelector('article.bd-article').getBoundingClientRect();
  const r = img.getBoundingClientRect();
  return {shown: r.width, tall: r.height, natural: img.naturalWidth, box: img.closest('.cell_output').getBoundingClientRect().width,
          column: box.width, alt: img.alt, source: img.currentSrc === img.src ? 'img' : 'source'}; })"""

PAGES = ["book/articles/salman-2025.html", "ar/book/ar/articles/salman-2025.html", "book/crosswork.html",
         "ar/book/ar/crosswork.html"]


@pytest.mark.parametrize("rel", PAGES)
@pytest.mark.parametrize("width", [390, 1366])
def test_a_timeline_uses_the_columns_width_on_a_desktop_and_fits_a_phone(hostile_book, browser, rel, width):
    ctx, page, errors = _open(browser, hostile_book, rel, width)
    pics = page.evaluate(PICTURES)
    ctx.close()
    assert len(pics) == 1, f"{rel}: {len(pics)} timelines"
    p = pics[0]
    assert p["shown"] <= p["box"] + 1, f"{rel} at {width}px: wider than its box: {p}"
    assert p["alt"] and "/" not in p["alt"][:12], p  # the edition's words, not a file's path
    if width == 1366:
        assert p["source"] == "source" and p["shown"] >= 0.9 * p["box"], f"{rel}: not across the column: {p}"
        # at its own size, or scaled to its box by a few px (a long name in its legend: the hostile book's made it
        # 760 px in a 757 px column), its text about 15 px either way
        assert p["natural"] * 0.97 <= p["shown"] <= p["natural"] + 1, f"{rel}: not at its own size on a desktop: {p}"
        if "crosswork" in rel:
            assert p["tall"] <= 1700, f"{rel}: the events' timeline {p['tall']} px tall at 1366 px"
    else:
        assert p["source"] == "img" and p["natural"] <= 470, p
        assert 16.6 * p["shown"] / p["natural"] >= 13, f"{rel} at 390 px: text under 13 px: {p}"
    assert not errors
