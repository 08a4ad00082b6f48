"""The Arabic edition as a reader of Arabic meets it in a browser (the book of conftest, with its
hostile article): the theme around the page speaks Arabic (buttons, hover titles, landmarks,
search field, footer), the previous page is on the right and the next one on the left, and the
findings' evidence is labelled in Arabic, rules included."""

from __future__ import annotations

import re

import pytest

ENGLISH = re.compile(r"\b(?:Skip to main content|Back to top|Search this book|Toggle (?:primary|secondary) sidebar|"
                     r"Color mode|System Settings|Light|Dark|Site navigation|Version warning|On this page|"
                     r"previous page|next page|Copyright|By the|Contents|Fullscreen|Download|Print to PDF|Main|"
                     r"tahqiq developers)\b")
PAGES = ("ar/book/ar/corpus.html", "ar/book/ar/articles/salman-2025.html", "ar/book/ar/validity.html")

CHROME = """() => {
  const art = document.querySelector('article.bd-article');
  const words = [];
  for (const el of document.querySelectorAll('*')) {
    if (art && art.contains(el)) continue;
    for (const a of ['title', 'aria-label', 'placeholder', 'data-bs-title', 'data-tooltip'])
      if (el.hasAttribute(a)) words.push(a + '=' + el.getAttribute(a));
  }
  for (const sel of ['.bd-header', '.bd-header-article', '.bd-footer', '.bd-footer-content', '.bd-footer-article',
                     '.prev-next-area', '#pst-skip-link', '.bd-sidebar-secondary', '.bd-sidebar-primary'])
    for (const el of document.querySelectorAll(sel)) words.push(el.textContent);
  const box = s => { const e = document.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect();
                     return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  return {words, prev: box('.prev-next-area a.left-prev'), next: box('.prev-next-area a.right-next'),
          prevTitle: box('.prev-next-area a.left-prev .prev-next-title'),
          nextTitle: box('.prev-next-area a.right-next .prev-next-title')};
}"""


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("rel", PAGES)
def test_the_chrome_of_an_arabic_page_is_arabic_and_reads_right_to_left(hostile_book, browser, rel, width):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    page = ctx.new_page()
    page.goto((hostile_book / rel).as_uri())
    got = page.evaluate(CHROME)
    ctx.close()
    left = sorted({m.group(0) for w in got["words"] for m in ENGLISH.finditer(w)})
    assert not left, f"{rel} at {width} px: English in the theme's chrome: {left}"
    if got["prev"] and got["next"] and width > 600:
        assert got["prev"]["left"] >= got["next"]["right"] - 1, f"{rel}: the previous page is not on the right: {got}"
    elif got["prev"] and got["next"]:  # on a phone they stack, each across the page (test_prev_next_phone):
        # the previous page first, its title on the right, the next one's on the left
        assert got["prev"]["bottom"] <= got["next"]["top"] + 1, f"{rel}: {got['prev']} {got['next']}"
        assert got["prevTitle"]["right"] >= got["prev"]["right"] - 48 and got["nextTitle"]["left"] <= got["next"]["left"] + 48, \
            f"{rel}: the previous page's title is not on the right: {got['prevTitle']} {got['nextTitle']}"


def test_the_evidence_of_an_arabic_chapter_is_labelled_in_arabic(hostile_book, browser):
    page = browser.new_page()
    page.goto((hostile_book / "ar/book/ar/articles/salman-2025.html").as_uri())
    rows = page.evaluate("""() => [...document.querySelectorAll('table.tq-evidence-table tr')].map(
        r => [r.querySelector('th').textContent, r.querySelector('th').getAttribute('title') || r.querySelector('th').textContent,
              r.querySelector('td').textContent])""")
    page.close()
    assert rows
    rules = [td for th, key, td in rows if key.split(".")[-1] == "rule"]
    assert rules and all(re.search(r"[\u0600-\u06FF]", td) for td in rules), rules
    english_headers = [th for th, key, td in rows if not re.search(r"[\u0600-\u06FF]", th)]
    assert len(english_headers) <= len(rows) // 20, english_headers  # keys built from names stay as written
