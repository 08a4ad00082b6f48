"""The Arabic edition's status page (issue 12, screenshots at 390 and 1366 px): its notebooks named
by their pages' Arabic titles, not their English file stems; the time of the last run isolated
left to right (it read «UTC 07:33 2026-12-05» in a right-to-left cell)."""

from __future__ import annotations

import nbformat

from tahqiq.book.build import HASH_KEY, Job, edition_root, write_status


def _job(tmp_path, lang, stem, heading, when="2026-12-05 07:33 UTC"):
    base = edition_root(tmp_path, lang)
    base.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata[HASH_KEY] = {"input_hash": "abc", "executed_at": when}
    if heading is not None:
        nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_markdown_cell(f"intro\n\n# {heading}\n\nmore")]
    nbformat.write(nb, base / f"{stem}.ipynb")
    return Job(name=stem, template=tmp_path / "t.ipynb", output=base / f"{stem}.ipynb", inputs=[],
               parameters={"lang": lang} if lang != "en" else {}, lang=lang)


def test_the_arabic_status_page_names_a_notebook_by_its_page_title(tmp_path):
    jobs = [_job(tmp_path, "ar", "corpus", "المدوَّنة"), _job(tmp_path, "ar", "glossary", "مسرد المصطلحات · Glossary"),
            _job(tmp_path, "ar", "plain", None), _job(tmp_path, "ar", "hostile", "<b>x</b> [a](javascript:1) |")]
    write_status(tmp_path, jobs, "ar")
    text = (edition_root(tmp_path, "ar") / "status.md").read_text(encoding="utf-8")
    assert "[المدوَّنة](corpus)" in text and "[مسرد المصطلحات · Glossary](glossary)" in text
    assert "[plain](plain)" in text  # no title: its stem
    row = next(line for line in text.splitlines() if "(hostile)" in line)
    assert r"\<b\>x\</b\> \[a\]\(javascript:1\) /" in row and row.count("|") == 7


def test_the_arabic_status_page_isolates_the_time_left_to_right(tmp_path):
    write_status(tmp_path, [_job(tmp_path, "ar", "corpus", "المدوَّنة")], "ar")
    text = (edition_root(tmp_path, "ar") / "status.md").read_text(encoding="utf-8")
    assert "| \u20662026-12-05 07:33 UTC\u2069 |" in text


def test_the_english_status_page_is_unchanged(tmp_path):
    write_status(tmp_path, [_job(tmp_path, "en", "corpus", "Corpus overview")], "en")
    text = (edition_root(tmp_path, "en") / "status.md").read_text(encoding="utf-8")
    assert "| [corpus](corpus) | `none` |" in text and "| 2026-12-05 07:33 UTC |" in text
    assert "\u2066" not in text
