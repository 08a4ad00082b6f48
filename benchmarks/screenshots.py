"""Screenshots of every page of both editions of a built book, at 1366 and 390 px, in headless
Chromium (the system ``chromium``, driven by Playwright for Python; Playwright's own browser
download is never used), with what a reader would notice measured on each page:

- ``overflow``: how many px the page is wider than the window (a table or a map that does not
  scroll inside its own box makes the whole page scroll sideways);
- ``overlap``: whether the primary sidebar covers the article (at a width where both are shown);
- ``wide``: the elements of the article that stick out of it (tag, class, px).

    .venv/bin/python benchmarks/screenshots.py                      # _build/html -> _build/screenshots-all
    .venv/bin/python benchmarks/screenshots.py --html _build/html --out /tmp/shots --widths 1366 390
    .venv/bin/python benchmarks/screenshots.py --only comparison     # pages whose path contains a word

Prints one line per page and width with the problems found (nothing after the path: none), and
writes ``report.csv`` in the output folder. Open the PNGs to look at the pages.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("TAHQIQ_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
EDITION = "ar"

MEASURE = """async () => {
  await document.fonts.ready;
  const doc = document.documentElement;
  const art = document.querySelector('article.bd-article') || document.querySelector('main');
  const side = document.querySelector('.bd-sidebar-primary');
  let overlap = 0;
  if (art && side) {
    const a = art.getBoundingClientRect(), s = side.getBoundingClientRect();
    const shown = getComputedStyle(side).visibility !== 'hidden' && s.width > 0 && s.height > 0 &&
                  s.right > 0 && s.left < window.innerWidth;
    if (shown) overlap = Math.max(0, Math.min(a.right, s.right) - Math.max(a.left, s.left));
  }
  const wide = [];
  if (art) {
    const a = art.getBoundingClientRect();
    for (const el of art.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (!r.width) continue;
      let p = el.parentElement, clipped = false;
      for (; p && p !== art; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; }
      }
      if (clipped) continue;
      const out = Math.max(r.right - Math.max(a.right, window.innerWidth), Math.min(a.left, 0) - r.left);
      if (out > 1) wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} +${Math.round(out)}`);
    }
  }
  return {overflow: doc.scrollWidth - doc.clientWidth, overlap: Math.round(overlap), wide: wide.slice(0, 5),
          dir: doc.getAttribute('dir') || 'ltr'};
}"""


def pages(html: Path) -> list[Path]:
    """Every page of both editions (not the index redirect, the general index or the search page)."""
    skip = {"index.html", "genindex.html", "search.html"}

    def own(p: Path) -> tuple[str, ...]:
        parts = p.relative_to(html).parts
        return parts[1:] if parts[0] == EDITION else parts

    return sorted(p for p in html.rglob("*.html") if "/".join(own(p)) not in skip and not own(p)[0].startswith("_"))


def shoot(html: Path, out: Path, widths: list[int], only: str | None = None, full: bool = True,
          schemes: tuple[str, ...] = ("light",)) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            for scheme, width in [(s, w) for s in schemes for w in widths]:
                ctx = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
                page = ctx.new_page()
                for path in pages(html):
                    rel = path.relative_to(html).as_posix()
                    if only and only not in rel:
                        continue
                    page.goto(path.as_uri(), wait_until="load")
                    m = page.evaluate(MEASURE)
                    sub = str(width) if scheme == "light" else f"{width}-{scheme}"
                    shot = out / sub / rel.replace("/", "__").replace(".html", ".png")
                    shot.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(shot), full_page=full)
                    row = {"width": width, "scheme": scheme, "page": rel, "overflow": m["overflow"], "overlap": m["overlap"],
                           "wide": " ".join(m["wide"]), "png": str(shot)}
                    rows.append(row)
                    problems = [f"{k}={row[k]}" for k in ("overflow", "overlap") if row[k] > 1]
                    if row["wide"]:
                        problems.append(f"wide: {row['wide']}")
                    print(f"{width:>5} {scheme[0]} {rel} {' '.join(problems)}", flush=True)
                ctx.close()
        finally:
            browser.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--html", type=Path, default=ROOT / "_build" / "html", help="the built book (default _build/html)")
    ap.add_argument("--out", type=Path, default=ROOT / "_build" / "screenshots-all", help="where the PNGs go")
    ap.add_argument("--widths", type=int, nargs="+", default=[1366, 390])
    ap.add_argument("--only", help="only the pages whose path contains this")
    ap.add_argument("--dark", action="store_true",
                    help="also in dark mode (the theme's 'auto' follows the system scheme), into <width>-dark/")
    ap.add_argument("--viewport-only", action="store_true", help="the first screen, not the whole page")
    a = ap.parse_args(argv)
    if not (a.html / "book").is_dir():
        print(f"{a.html}: no built book there (run .venv/bin/tahqiq build)", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"no Chromium at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 2
    rows = shoot(a.html, a.out, a.widths, a.only, full=not a.viewport_only,
                 schemes=("light", "dark") if a.dark else ("light",))
    a.out.mkdir(parents=True, exist_ok=True)
    with open(a.out / "report.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["width", "scheme", "page", "overflow", "overlap", "wide", "png"])
        w.writeheader()
        w.writerows(rows)
    bad = [r for r in rows if r["overflow"] > 1 or r["overlap"] > 1]
    print(f"{len(rows)} pages shot, {len(bad)} with an overflow or an overlap; report: {a.out / 'report.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
