"""The built book, with a hostile article, as a reader sees it in headless Chromium (see conftest)."""

from __future__ import annotations

import base64
import csv
import io
import re
from pathlib import Path

import pytest

try:
    from .conftest import PWN
except ImportError:  # run as a script
    PWN = "PWNED"

WIDTHS = (1366, 390)

PROBE = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const n = a.name.toLowerCase(), v = a.value;
      if (n.startsWith('on') && (v.includes('PWNED') || v.includes('__pwned'))) bad.push(el.tagName + ' ' + n);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(n) && /^\\s*javascript:/i.test(v))
        bad.push(el.tagName + ' ' + n + '=' + v.slice(0, 40));
    }
    if (['SCRIPT', 'IFRAME', 'STYLE', 'OBJECT', 'EMBED'].includes(el.tagName) && (el.textContent.includes('PWNED') ||
        (el.getAttribute('src') || '').includes('PWNED') || el.textContent.includes('display:none}')))
      bad.push('live ' + el.tagName);
  }
  const hidden = getComputedStyle(document.body).display === 'none';
  const edition = [...document.querySelectorAll('a.tahqiq-edition-link')].map(a => [a.href, a.textContent]);
  return {title: document.title, pwned: !!window.__pwned, bad, hidden, edition,
          dir: document.documentElement.getAttribute('dir'), lang: document.documentElement.lang,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
}"""

MEASURE = """async () => {
  await document.fonts.ready;
  const rows = [...document.querySelectorAll('table.tq tbody tr')].map(r => r.getBoundingClientRect().height);
  const maps = [...document.querySelectorAll('.tq-map')].map(m => {
    const s = m.querySelector('svg').getBoundingClientRect();
    return {box: m.clientWidth, svg: s.width, scroll: m.scrollWidth};
  });
  const csvs = [...document.querySelectorAll('a.tq-download[href^="data:text/csv"]')].map(a => [a.href, a.textContent]);
  const naskh = [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Tahqiq Naskh').map(f => f.status);
  const hasArabic = /[\\u0600-\\u06FF]/.test(document.body.innerText);
  // the primary sidebar (where it is shown beside the article) and what of the article reaches
  // into it: elements not clipped by a scrolling box of their own, and visible
  const side = document.querySelector('.bd-sidebar-primary'), art = document.querySelector('article.bd-article');
  let intrude = [];
  if (side && art) {
    const s = side.getBoundingClientRect();
    if (getComputedStyle(side).visibility !== 'hidden' && s.width > 0 && s.left < window.innerWidth && s.right > 0) {
      for (const el of art.querySelectorAll('h1, h2, h3, p, th, td, figure, .tq-map, .tq-scroll, pre')) {
        const r = el.getBoundingClientRect();
        let clipped = false;
        for (let e = el.parentElement; e && e !== art; e = e.parentElement)
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX)) { clipped = true; break; }
        const over = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        if (!clipped && r.width && r.height && over > 1) intrude.push(`${el.tagName} ${Math.round(over)}px`);
      }
    }
  }
  // boxes that scroll sideways (a table wider than its box) and plots (drawn width vs natural width)
  const boxes = [...document.querySelectorAll('.tq-scroll, .pst-scrollable-table-container')].map(
    b => ({cls: b.className, over: b.scrollWidth - b.clientWidth}));
  const plots = [...document.querySelectorAll('.cell_output > img')].filter(i => i.naturalWidth).map(
    i => ({shown: i.getBoundingClientRect().width, natural: i.naturalWidth, box: i.parentElement.getBoundingClientRect().width}));
  return {rows, maps, csvs, naskh, hasArabic, intrude: intrude.slice(0, 5), boxes, plots};
}"""

CONTRAST = """() => {
  const rgb = s => { const m = s.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                     return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const mix = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
                                b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const bgOf = el => { const layers = []; for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
    let c = {r: 255, g: 255, b: 255, a: 1};
    if (!layers.length || layers[layers.length - 1].a < 1) c = rgb(getComputedStyle(document.documentElement).backgroundColor || 'rgb(255,255,255)');
    if (c.a < 1) c = {r: 255, g: 255, b: 255, a: 1};
    for (const l of layers.reverse()) c = mix(l, c); return c; };
  const ratio = el => { const fg = mix(rgb(getComputedStyle(el).color), bgOf(el)), bg = bgOf(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x); return (a + 0.05) / (b + 0.05); };
  const out = [];
  for (const sel of ['.tq-quote blockquote', 'blockquote.tq-quote', '.tq-quote mark', '.tq-finding-head code',
                     'table.tq td', '.tq-quote-label', '.tq-message'])
    for (const el of [...document.querySelectorAll(sel)].filter(e => e.textContent.trim()).slice(0, 40))
      out.push([sel, ratio(el)]);
  return {theme: document.documentElement.dataset.theme, ratios: out};
}"""


EDITION = "ar"  # the Arabic edition's HTML is under ar/ of the English one


def _pages(html: Path) -> list[Path]:
    """Every page of both editions (not the index redirect, the general index or the search page)."""
    skip = {"index.html", "genindex.html", "search.html"}

    def own(p: Path) -> tuple[str, ...]:  # the path within its edition
        parts = p.relative_to(html).parts
        return parts[1:] if parts[0] == EDITION else parts

    return sorted(p for p in html.rglob("*.html") if "/".join(own(p)) not in skip and not own(p)[0].startswith("_"))


@pytest.fixture(scope="session")
def visits(hostile_book, browser, screenshots):
    """Every page at both widths (light mode, screenshots kept) and in dark mode at 1366 px."""
    out = {}
    for width in WIDTHS:
        ctx = browser.new_context(viewport={"width": width, "height": 900}, color_scheme="light")
        ctx.add_init_script("window.alert = window.confirm = window.prompt = () => { window.__pwned = 1; };")
        page = ctx.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in _pages(hostile_book):
            rel = path.relative_to(hostile_book).as_posix()
            del errors[:]
            page.goto(path.as_uri(), wait_until="load")
            probe = page.evaluate(PROBE)
            measure = page.evaluate(MEASURE)
            shot = screenshots / str(width) / rel.replace("/", "__").replace(".html", ".png")
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot), full_page=True)
            out[(width, rel)] = {**probe, **measure, "errors": list(errors), "expected_title": None}
        ctx.close()
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, color_scheme="dark")
    page = ctx.new_page()
    for path in _pages(hostile_book):
        rel = path.relative_to(hostile_book).as_posix()
        if rel.startswith("book/articles/") or rel.endswith(("validity.html", "exercises.html")):
            page.goto(path.as_uri(), wait_until="load")
            out[("dark", rel)] = page.evaluate(CONTRAST)
            if rel.startswith("book/articles/") and "--" not in rel:
                page.screenshot(path=str(screenshots / "dark" / rel.replace("/", "__").replace(".html", ".png"))
                                if (screenshots / "dark").mkdir(exist_ok=True) or True else None)
    ctx.close()
    return out


def test_every_page_was_opened(visits, hostile_book):
    pages = {rel for (_, rel) in visits}
    assert "book/articles/hostile-2024.html" in pages
    assert "book/glossary.html" in pages and "book/intro.html" in pages
    # the Arabic edition, page for page
    english = {rel for rel in pages if rel.startswith("book/")}
    assert {rel for rel in pages if rel.startswith("ar/")} == {"ar/book/ar/" + rel[5:] for rel in english}


def test_arabic_edition_reads_right_to_left_and_links_to_its_counterparts(visits, hostile_book):
    """Every Arabic page is <html lang="ar" dir="rtl">, every English one left to right; each page
    links to its counterpart in the other edition, and the link resolves to a page of the book."""
    for (width, rel), v in visits.items():
        if width == "dark":
            continue
        arabic = rel.startswith("ar/")
        assert (v["lang"], v["dir"]) == (("ar", "rtl") if arabic else ("en", None)), f"{rel} at {width}px"
        assert len(v["edition"]) == 1, f"{rel}: {len(v['edition'])} links to the other edition"
        href, label = v["edition"][0]
        assert label == ("English" if arabic else "العربية"), rel
        target = Path(href.removeprefix("file://"))
        assert target.exists(), f"{rel}: the link to the other edition is broken: {href}"
        other = rel.replace("ar/book/ar/", "book/", 1) if arabic else rel.replace("book/", "ar/book/ar/", 1)
        assert target.resolve() == (hostile_book / other).resolve(), rel


def test_no_script_from_the_hostile_article_runs(visits):
    for (width, rel), v in visits.items():
        if width == "dark":
            continue
        assert v["title"] != PWN, f"{rel} at {width}px: document.title was set by a payload"
        assert not v["pwned"], f"{rel} at {width}px: a payload ran"
        assert not v["bad"], f"{rel} at {width}px: live markup from the article: {v['bad'][:5]}"
        assert not v["hidden"], f"{rel} at {width}px: the article's <style> hid the page"


@pytest.mark.parametrize("chapter", ["book/articles/hostile-2024.html", "ar/book/ar/articles/hostile-2024.html"])
def test_hostile_title_is_shown_as_text(hostile_book, browser, chapter):
    page = browser.new_page()
    page.goto((hostile_book / chapter).as_uri())
    h1 = page.locator("article h1").first.inner_text()
    # shown, not run (the Arabic edition titles the chapter with the Arabic title, the English one with title_en)
    assert "script" in h1 and ("onerror" in h1 if chapter.startswith("ar/") else "document.title" in h1)
    sidebar = page.locator("nav.bd-links").inner_text()
    assert "script" in sidebar
    assert "\u202e" not in h1 and "\u202e" not in sidebar  # no bidi override in titles
    card = page.locator(".tq-card").first.inner_text()
    assert "iframe" in card and "onerror" in card  # author and venue shown as text
    page.close()


def test_no_console_errors(visits):
    for (width, rel), v in visits.items():
        if width != "dark":
            assert not v["errors"], f"{rel} at {width}px: console errors {v['errors'][:3]}"


def test_no_horizontal_overflow_on_a_phone(visits):
    over = {rel: v["overflow"] for (width, rel), v in visits.items() if width == 390 and v["overflow"] > 1}
    assert not over, f"pages wider than a 390 px screen (px too wide): {over}"


def test_the_sidebar_never_covers_the_article(visits):
    """Where the primary sidebar is shown beside the article (1366 px), nothing of the article that
    is not inside a scrolling box of its own reaches under it, in either edition."""
    under = {rel: v["intrude"] for (width, rel), v in visits.items() if width == 1366 and v["intrude"]}
    assert not under, f"the sidebar covers part of the article: {under}"


def test_glossary_rows_are_readable(visits):
    rows = visits[(1366, "book/glossary.html")]["rows"]
    assert len(rows) >= 5
    assert max(rows) < 250, f"glossary rows up to {max(rows):.0f} px tall"
    # at 390 px each row is a card (test_status_cards: the glossary stacks its columns): a card, its
    # definition whole, fits one screen (900 px), where a row of the scrolled table was a column of words
    rows390 = visits[(390, "book/glossary.html")]["rows"]
    assert sorted(rows390)[len(rows390) // 2] < 900


def test_argument_map_fits_its_box(visits):
    seen = 0
    for (width, rel), v in visits.items():
        if width == "dark":
            continue
        for m in v["maps"]:
            seen += 1
            assert m["svg"] <= m["box"] + 1 and m["scroll"] <= m["box"] + 1, f"{rel} at {width}px: map {m}"
    assert seen


def test_csv_links_decode_to_their_stated_row_count(visits):
    checked = 0
    for (width, rel), v in visits.items():
        if width != 1366:
            continue
        for href, label in v["csvs"]:
            data = base64.b64decode(href.split(",", 1)[1])
            assert data.startswith(b"\xef\xbb\xbf"), f"{rel}: {label} has no UTF-8 BOM"
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
            # "(name.csv, 44 rows)" in English, «(name.csv، عدد الصفوف: 44)» in the Arabic edition
            m = re.search(r"([\d,]+) rows?\)|عدد الصفوف: ([\d,]+)\)", label)
            assert m, f"{rel}: no row count in the CSV link {label!r}"
            stated = int((m.group(1) or m.group(2)).replace(",", ""))
            assert len(rows) - 1 == stated, f"{rel}: {label} decodes to {len(rows) - 1} rows"
            checked += 1
    assert checked > 10


def test_arabic_webfont_is_used(visits):
    v = visits[(1366, "book/articles/salman-2025.html")]
    assert v["hasArabic"]
    assert "loaded" in v["naskh"], f"the shipped Arabic font did not load: {v['naskh']}"


def test_dark_mode_contrast(visits):
    checked = 0
    for key, v in visits.items():
        if key[0] != "dark":
            continue
        assert v["theme"] == "dark", f"{key[1]}: the theme did not follow the dark colour scheme"
        for sel, r in v["ratios"]:
            checked += 1
            assert r >= 4.5, f"{key[1]}: {sel} contrast {r:.2f}:1 in dark mode"
    assert checked > 20


def test_screenshots_of_every_page_at_both_widths(visits, screenshots):
    for (width, rel) in visits:
        if width == "dark":
            continue
        shot = screenshots / str(width) / rel.replace("/", "__").replace(".html", ".png")
        assert shot.exists() and shot.stat().st_size > 1000


def test_search_results_show_the_hostile_title_as_text(hostile_book, browser):
    """Sphinx's search writes result titles with innerHTML: the hostile title must arrive there inert.
    (Served over HTTP: the search fetches the result pages for their summaries, which file:// forbids.)"""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(hostile_book)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ctx = browser.new_context()
    ctx.add_init_script("window.alert = window.confirm = window.prompt = () => { window.__pwned = 1; };")
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"http://127.0.0.1:{server.server_address[1]}/search.html?q=javascript")
    page.wait_for_selector("#search-results p.search-summary, #search-results .search-summary", timeout=20000)
    page.wait_for_timeout(500)
    results = page.locator("#search-results").inner_text()
    assert page.evaluate("document.title") != PWN and not page.evaluate("!!window.__pwned")
    assert not page.evaluate(PROBE)["bad"]
    assert "onload" in results or "script" in results, results[:300]
    ctx.close()
    server.shutdown()
    assert not errors


@pytest.mark.parametrize("page", ["book/intro.html", "ar/book/ar/intro.html"])
def test_intro_corpus_table_fits_a_phone(visits, page):
    """At 390 px the intro's corpus table fits its box (no sideways scrolling inside it)."""
    boxes = visits[(390, page)]["boxes"]
    assert boxes and all(b["over"] <= 1 for b in boxes), f"{page}: {boxes}"


def test_plots_are_readable_on_a_phone(visits):
    """At 390 px a plot fits its box, scaled down from the size it is drawn at for a phone (at most
    about 530 px, text 16.7 px in the image), so its text is still at least 11 px; it is never panned
    sideways (it was: 560 px wide in a 358 px box, its labels about 10 px)."""
    seen = 0
    for (width, rel), v in visits.items():
        if width == "dark":
            continue
        for p in v["plots"]:
            seen += 1
            assert p["shown"] <= p["box"] + 1, f"{rel} at {width}: plot {p['shown']:.0f} px in a {p['box']:.0f} px box"
            assert p["natural"] <= 530 and 16.6 * p["shown"] / p["natural"] >= 11, f"{rel} at {width}: {p}"
    assert seen
