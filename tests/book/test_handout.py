"""Handouts printed to PDF by headless Chromium: pages and text checked with pdftotext."""

from __future__ import annotations

import shutil
import subprocess

import pandas as pd
import pytest

from tahqiq.book import handout, render
from tahqiq.errors import TahqiqError

needs_chromium = pytest.mark.skipif(handout.chromium() is None,
                                    reason="Chromium is not installed (Debian: apt-get install chromium)")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                   reason="pdftotext/pdfinfo are not installed (Debian: apt-get install poppler-utils)")


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@needs_chromium
@needs_poppler
def test_print_stylesheet_unclips_tables(tmp_path, root):
    """A table of 150 rows in the book's 32em scroll box prints whole, over several pages."""
    df = pd.DataFrame({"row": [f"row-{i:03d}" for i in range(150)], "text": ["نص عربي للتجربة"] * 150})
    html = handout._page("t", render.table(df, "t").html, root)
    pdf = handout.print_pdf(html, tmp_path / "t.pdf")
    text = _text(pdf)
    assert "row-000" in text and "row-149" in text  # the last row is not clipped
    assert _pages(pdf) >= 3


@needs_chromium
@needs_poppler
def test_work_handout_has_guide_text_and_findings(tmp_path):
    pdf = handout.handout("putin-beijing-2024", tmp_path / "h.pdf")
    text = " ".join(_text(pdf).split())
    assert _pages(pdf) >= 2
    for expected in ("Reading guide", "The text", "Its findings", "Handout of putin-beijing-2024", "For whom"):
        assert expected in text


def test_missing_chromium_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(handout, "chromium", lambda: None)
    with pytest.raises(TahqiqError, match="Chromium is needed to print a handout: install it"):
        handout.print_pdf("<p>x</p>", tmp_path / "x.pdf")


def test_exercise_handout_leaves_solutions_out_unless_asked(monkeypatch, root):
    from tahqiq.book import exercises as exm
    from tahqiq.book import seminar

    ex = exm.open_exercise("A question <b>", "<p>Prompt</p>", "<p>SECRET SOLUTION</p>")
    monkeypatch.setattr(seminar, "build_exercises", lambda cat, lang="en": [ex])
    student = handout.exercises_html()
    assert "Prompt" in student and "SECRET SOLUTION" not in student and "A question &lt;b&gt;" in student
    assert "SECRET SOLUTION" in handout.exercises_html(solutions=True)


def test_arabic_handout_page_is_right_to_left_with_the_shipped_font(root):
    html = handout._page("ت", "<p>نص</p>", root, "ar")
    assert '<html lang="ar" dir="rtl">' in html
    assert 'url("fonts/' not in html and "NotoNaskhArabic-Regular.ttf" in html  # the font by file URL
    assert '<html lang="en" dir="ltr">' in handout._page("t", "<p>x</p>", root)


def test_exercise_handout_in_arabic_has_arabic_headings_and_no_english_ones(root):
    from tahqiq.book import strings
    from tahqiq.corpus.catalogue import Catalogue

    ar = handout.exercises_html(Catalogue(root), solutions=True, lang="ar")
    for sid in ("exercises", "solution", "answer"):
        assert strings.text(f"handout.{sid}", "ar") in ar
        assert f">{strings.text(f'handout.{sid}', 'en')}<" not in ar
    assert "Spot the conflicting dates" not in ar and "Rebuild the map" not in ar
