"""In the critical edition, a date followed by a clock time reads left to right inside Arabic
(salman-2025 showed «تاريخ الاسترداد: 05:05 +03 2026/07/10»), and an Arabic line carrying a web
address is a right-to-left paragraph (it was left to right, «رابط ثابت» on the wrong side)."""

from __future__ import annotations

import pytest

ORDER = """() => [...document.querySelectorAll('.tq-edition bdi.tq-stamp, bdi.tq-stamp')].map(b => {
  const rects = [];
  const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT); let n;
  while ((n = walker.nextNode())) {
    if (n.parentElement.closest('a.tq-id')) continue;
    const re = /[0-9\\u0660-\\u0669]+/g; let m;
    while ((m = re.exec(n.textContent))) { const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
      const x = r.getBoundingClientRect(); rects.push([m[0], Math.round(x.left), Math.round(x.top)]); }
  }
  return {text: b.textContent, rects};
})"""

URL_LINES = """() => [...document.querySelectorAll('p')].filter(p => /https?:\\/\\//.test(p.textContent) && /[\\u0600-\\u06FF]{3}/.test(p.textContent)
  && p.textContent.replace(/https?:\\/\\/\\S+/g, '').replace(/[^A-Za-z\\u0600-\\u06FF]/g, '').length > 0
  && (p.textContent.replace(/https?:\\/\\/\\S+/g, '').match(/[\\u0600-\\u06FF]/g) || []).length >
     (p.textContent.replace(/https?:\\/\\/\\S+/g, '').match(/[A-Za-z]/g) || []).length)
  .map(p => [p.textContent.slice(0, 60), getComputedStyle(p).direction])"""


@pytest.mark.parametrize("rel", ["ar/book/ar/articles/salman-2025.html", "book/articles/salman-2025.html"])
@pytest.mark.parametrize("width", [390, 1366])
def test_a_date_and_time_reads_left_to_right(hostile_book, browser, rel, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto((hostile_book / rel).as_uri(), wait_until="load")
    stamps = page.evaluate(ORDER)
    lines = page.evaluate(URL_LINES)
    page.close()
    assert stamps, f"{rel}: no date and time isolated (salman-2025 has «2026/07/10 05:05 +03»)"
    for s in stamps:
        on_line = [r for r in s["rects"] if r[2] == s["rects"][0][2]]  # the pieces on its first line
        lefts = [r[1] for r in on_line]
        assert lefts == sorted(lefts), f"{rel} at {width} px: «{s['text']}» reads out of order: {s['rects']}"
    assert lines and all(d == "rtl" for _, d in lines), f"{rel}: Arabic lines with an address not right to left: {lines}"
