"""Printable handouts (``tahqiq handout SLUG --pdf FILE``): a work's reading guide, its text and
its findings, or the seminar's exercises, as one HTML page printed to PDF by headless Chromium.

The page uses the book's stylesheets (``book/_static/tahqiq.css`` and the print rules of
``print.css``, which unclip the scrolled tables), so a handout looks like the book on paper.
Every string from an article or the catalogue is escaped (:mod:`tahqiq.book.render`).
Chromium is found as ``$TAHQIQ_CHROMIUM``, ``chromium`` or ``chromium-browser`` on the PATH, or
``/usr/bin/chromium`` (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import render
from ..corpus.catalogue import Catalogue
from ..errors import TahqiqError

EXERCISES = "exercises"
"""The handout of the seminar's exercises (instead of a work's slug)."""


def chromium() -> str | None:
    """The Chromium executable, or ``None``."""
    for name in (os.environ.get("TAHQIQ_CHROMIUM"), "chromium", "chromium-browser", "/usr/bin/chromium"):
        if name and (found := shutil.which(name)):
            return found
    return None


def _page(title: str, body: str, root: Path, lang: str = "en") -> str:
    """The handout page in ``lang`` (Arabic: ``dir="rtl"``), the book's stylesheets inlined with
    their fonts (the shipped Arabic webfont) addressed by file URL, so the PDF shows Arabic anywhere."""
    static = root / "book" / "_static"
    css = "\n".join((static / n).read_text(encoding="utf-8") for n in ("tahqiq.css", "print.css")
                    if (static / n).exists())
    css = css.replace('url("fonts/', f'url("{(static / "fonts").resolve().as_uri()}/')
    d = "rtl" if lang == "ar" else "ltr"
    return (f'<!DOCTYPE html><html lang="{lang}" dir="{d}"><head><meta charset="utf-8"><title>{render.esc(title)}</title>'
            f"<style>{css}\n@page {{ size: A4; margin: 16mm 14mm; }}\nbody {{ font-family: 'DejaVu Sans', sans-serif; }}"
            f"</style></head><body>{body}</body></html>")


def _text_html(raw: str) -> str:
    """The raw text as escaped paragraphs (blank lines separate them), each with its direction."""
    paras = [p.strip() for p in raw.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p{render.dir_attrs(p)}>{render.esc(p).replace(chr(10), '<br>')}</p>" for p in paras)


def work_html(slug: str, cat: Catalogue | None = None, lang: str = "en") -> str:
    """The handout of a work: its reading guide, its base text, and the findings that quote it."""
    from ..review.factcheck import corpus_findings, for_file
    from .seminar import reading_guide

    cat = cat or Catalogue()
    w = cat.work(slug)
    doc = cat.load(slug)
    findings = corpus_findings(cat)
    mine = for_file(findings, {t.file for t in w.texts})
    texts = {d.name: d.raw for d in cat.documents()}
    from . import strings

    mine = strings.localise_findings(mine, lang)
    other = "ar" if lang == "en" else "en"
    title = w.title.get(lang) or w.title.get(other) or slug
    d = ' dir="rtl" lang="ar"' if lang == "ar" else ' dir="ltr"'

    def t(sid: str, **values) -> str:
        return render.esc(strings.text(f"handout.{sid}", lang).format(**values))

    body = (f'<h1 dir="auto">{render.esc(title)}</h1>'
            f'<p class="tq-handout-meta"{d}>' + t("meta", work=slug, file=doc.name, sha=w.text().sha256[:12]) + "</p>"
            f'<h2{d}>{t("guide")}</h2>{reading_guide(slug, findings, cat, lang=lang).html}'
            f'<h2{d}>{t("text")}</h2><div class="tq-handout-text">{_text_html(doc.raw)}</div>'
            f'<h2{d}>{t("findings", n=len(mine))}</h2>{render.findings(mine, texts, lang=lang).html}')
    return _page(title, body, cat.root, lang)


def exercises_html(cat: Catalogue | None = None, solutions: bool = False, lang: str = "en") -> str:
    """The handout of the seminar's exercises in ``lang`` (prompts, and the solutions only if asked)."""
    from . import strings
    from .seminar import build_exercises

    cat = cat or Catalogue()
    d = ' dir="rtl" lang="ar"' if lang == "ar" else ' dir="ltr"'

    def t(sid: str) -> str:
        return render.esc(strings.text(f"handout.{sid}", lang))

    parts = [f'<h1{d}>{t("exercises")}</h1>']
    for ex in build_exercises(cat, lang=lang):
        sol = f'<div class="tq-solution"><h4{d}>{t("solution")}</h4>{ex.solution}</div>' if solutions else ""
        how = f'<p{d}><i>{render.esc(ex.how)}</i></p>' if ex.how else ""
        parts.append(f'<div class="tq-exercise"><h3{d}>{render.esc(ex.title)} '
                     f'<small><code dir="ltr">{render.esc(ex.id)}</code></small></h3>{ex.prompt}{how}'
                     f'<p{d}>{t("answer")}</p><div style="height: 5em; border-bottom: 1px solid #999"></div>{sol}</div>')
    return _page(strings.text("handout.exercises", lang), "".join(parts), cat.root, lang)


def print_pdf(html: str, pdf: str | Path, timeout: int = 180) -> Path:
    """Print ``html`` to ``pdf`` with headless Chromium; a clear error if it is missing or fails."""
    exe = chromium()
    if exe is None:
        raise TahqiqError(None, "Chromium is needed to print a handout: install it (Debian: `apt-get install "
                                "chromium`) or set TAHQIQ_CHROMIUM to its path")
    pdf = Path(pdf).resolve()
    pdf.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tahqiq-handout-") as tmp:
        page = Path(tmp) / "handout.html"
        page.write_text(html, encoding="utf-8")
        out = Path(tmp) / "handout.pdf"
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TahqiqError(pdf, f"Chromium did not finish printing in {timeout} s") from None
        if not out.exists() or out.stat().st_size == 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            raise TahqiqError(pdf, f"Chromium could not print the handout (exit {proc.returncode}: {tail[0]})")
        shutil.move(str(out), pdf)
    return pdf


def handout(target: str, pdf: str | Path, solutions: bool = False, cat: Catalogue | None = None,
            lang: str = "en") -> Path:
    """Write the handout of a work's slug, or of ``exercises``, to ``pdf``, in ``lang`` (en or ar)."""
    cat = cat or Catalogue()
    html = exercises_html(cat, solutions, lang) if target == EXERCISES else work_html(target, cat, lang)
    return print_pdf(html, pdf)
