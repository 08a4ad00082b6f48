"""A build interrupted in any phase (Ctrl-C or SIGTERM) leaves the previous book readable and the
next build working. Runs on a tiny project (one short text written for the test, one chapter
notebook, the corpus pages as plain Markdown) so that each build takes seconds."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from tahqiq.book import atomic
from tahqiq.book import build as build_mod

TEXT = "العلاقات الروسية الصينية\n\n## مقدمة\n\nفي ٤ شباط ٢٠٢٢ أعلن البلدان شراكة، وبلغت التجارة ٢٤٠ مليار دولار عام ٢٠٢٣.\n"
CATALOGUE = """works:
  - slug: tiny-2024
    title: {{ar: "نص قصير", en: "A tiny text"}}
    author: {{ar: "كاتب", en: "A writer"}}
    affiliation: {{ar: "جامعة", en: "A university"}}
    venue: null
    volume_issue: null
    date_published: "2024-01-01"
    languages: [ar]
    source_url: null
    licence: null
    notes: "Written for the interruption tests."
    base_text: "tiny.txt"
    texts:
      - {{file: "tiny.txt", sha256: "{sha}", form: "plain", retrieved: null, witness: "A"}}
"""
PAGES = ("corpus", "crosswork", "comparison", "validity", "guides", "exercises", "glossary", "add-article", "syllabus")


def template(marker: str, sleep: float = 0.0) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# Chapter\n\nversion {marker}"),
                nbformat.v4.new_code_cell("article_id = None\nwitness = None", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell(f"import time\ntime.sleep({sleep})\nprint('{marker}')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def make_project(root: Path, dest: Path) -> Path:
    shutil.copy2(root / "_config.yml", dest / "_config.yml")
    (dest / "book").mkdir()
    shutil.copytree(root / "book" / "_static", dest / "book" / "_static")
    if (root / "book" / "_ext").is_dir():  # the book's local Sphinx extensions
        shutil.copytree(root / "book" / "_ext", dest / "book" / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(root / "book" / "references.bib", dest / "book" / "references.bib")
    (dest / "book" / "ar").mkdir()
    for book, intro in ((dest / "book", "# Tiny book"), (dest / "book" / "ar", "# كتاب صغير")):  # both editions
        (book / "intro.md").write_text(f"{intro}\n\nFor the interruption tests.\n", encoding="utf-8")
        for name in PAGES:
            (book / f"{name}.md").write_text(f"# {name}\n\nA page.\n", encoding="utf-8")
    shutil.copytree(root / "data" / "reference", dest / "data" / "reference")
    (dest / "data" / "raw").mkdir()
    (dest / "data" / "raw" / "tiny.txt").write_text(TEXT, encoding="utf-8")
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    (dest / "data" / "articles.yml").write_text(CATALOGUE.format(sha=sha), encoding="utf-8")
    (dest / "notebooks").mkdir()
    nbformat.write(template("v0"), dest / "notebooks" / "article.ipynb")
    return dest


def book_text(proj: Path) -> str:
    """The chapter as a reader sees it, in both editions (the Arabic one under ar/)."""
    html = proj / "_build" / "html"
    return "\n".join((p / "tiny-2024.html").read_text(encoding="utf-8")
                     for p in (html / "book" / "articles", html / "ar" / "book" / "ar" / "articles"))


def assert_clean(proj: Path) -> None:
    """No temporary notebook in the book's sources, no half-built folder."""
    assert not list((proj / "book").rglob(".*.ipynb"))
    assert not list((proj / "_build").glob(".staging*"))


@pytest.fixture(scope="module")
def tiny_project(root, tmp_path_factory):
    """The tiny project, built once (real papermill, real jupyter-book); each test leaves it built."""
    proj = make_project(root, tmp_path_factory.mktemp("tiny"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TAHQIQ_ROOT", str(proj))
        mp.setattr(build_mod, "CORPUS_NOTEBOOKS", ())
        build_mod.build(proj, workers=1, log=lambda s: None)
    assert "v0" in book_text(proj)
    return proj


@pytest.fixture()
def tiny(tiny_project, monkeypatch):
    monkeypatch.setenv("TAHQIQ_ROOT", str(tiny_project))
    monkeypatch.setattr(build_mod, "CORPUS_NOTEBOOKS", ())
    return tiny_project


def fake_jupyter_book(cmd, root):
    """Stands in for jupyter-book (seconds per build): the chapter page holds the executed notebook."""
    staging = Path(cmd[cmd.index("--path-output") + 1])
    ar = "--config" in cmd  # the Arabic edition's pass (its own config and toc)
    page = staging / "_build" / "html" / "book" / ("ar/articles" if ar else "articles") / "tiny-2024.html"
    page.parent.mkdir(parents=True)
    src = root / "book" / ("ar/articles" if ar else "articles") / "tiny-2024.ipynb"
    page.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (staging / "_build" / "html" / "index.html").write_text("index", encoding="utf-8")
    return subprocess.CompletedProcess(cmd, 0, "", "")


def test_interrupt_in_every_phase_keeps_the_book_and_the_next_build_works(tiny, monkeypatch):
    proj = tiny
    monkeypatch.setattr(build_mod, "run_jupyter_book", fake_jupyter_book)
    build_mod.build(proj, workers=1, log=lambda s: None)
    for i, phase in enumerate(build_mod.PHASES, start=1):
        marker = f"v{i}"
        nbformat.write(template(marker), proj / "notebooks" / "article.ipynb")  # one notebook to execute
        before = book_text(proj)

        def hook(p, phase=phase):
            if p == phase:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            build_mod.build(proj, workers=1, log=lambda s: None, hook=hook)
        after = book_text(proj)  # the book is readable: the previous one, or (after the swap) the new one
        assert after == before or (phase == "swapped" and marker in after), phase
        assert not list((proj / "book").rglob(".*.ipynb"))
        logs: list[str] = []
        report = build_mod.build(proj, workers=1, log=logs.append)
        assert report.ok, phase
        assert marker in book_text(proj), phase
        assert_clean(proj)
        versions = [p for p in (proj / "_build").iterdir() if p.name.startswith("html.")]
        assert len(versions) == 1 and (proj / "_build" / "html").resolve() == versions[0].resolve(), phase


def test_stale_pages_and_leftovers_do_not_survive(tiny):
    proj = tiny
    published = (proj / "_build" / "html").resolve()
    (published / "stale.html").write_text("old page", encoding="utf-8")
    # what an interrupted build of an older version left behind
    (proj / "book" / "articles" / ".tiny-2024.abc123.ipynb").write_text("{}", encoding="utf-8")
    (proj / "_build" / ".staging").mkdir()
    (proj / "_build" / ".staging" / "junk").write_text("x")
    atomic.executing_dir(proj).mkdir(exist_ok=True)
    (atomic.executing_dir(proj) / "tiny-2024.x.ipynb").write_text("{}")
    logs: list[str] = []
    build_mod.build(proj, workers=1, log=logs.append)
    assert any(line.startswith("recover: removed the temporary notebook") for line in logs)
    assert not (proj / "_build" / "html" / "stale.html").exists()
    assert not atomic.executing_dir(proj).exists()
    assert_clean(proj)


def test_recover_restores_an_interrupted_swap_of_a_real_folder(tmp_path):
    """A build interrupted between moving a real ``_build/html`` aside and publishing the new one."""
    b = tmp_path / "_build"
    (b / ".html-old").mkdir(parents=True)
    (b / ".html-old" / "index.html").write_text("previous book")
    (b / "html").mkdir()
    (b / "html" / "index.html").write_text("half")  # an older build's interrupted copy
    atomic.recover(tmp_path, log=lambda s: None)
    assert (b / "html" / "index.html").read_text() == "previous book" and not (b / ".html-old").exists()
    shutil.rmtree(b / "html")
    (b / ".html-old").mkdir()
    (b / ".html-old" / "index.html").write_text("previous book")
    atomic.recover(tmp_path, log=lambda s: None)
    assert (b / "html" / "index.html").read_text() == "previous book"


RUNNER = """import sys
from tahqiq.book import build as b
b.CORPUS_NOTEBOOKS = ()
b.build(sys.argv[1], workers=int(sys.argv[2]), log=print)
"""


@pytest.mark.parametrize("sig,workers", [(signal.SIGINT, 1), (signal.SIGTERM, 2)])
def test_a_signal_while_notebooks_execute_stops_promptly_and_cleanly(tiny, sig, workers):
    proj = tiny
    before = book_text(proj)
    nbformat.write(template("slow", sleep=120), proj / "notebooks" / "article.ipynb")
    env = {**os.environ, "TAHQIQ_ROOT": str(proj)}
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, str(proj), str(workers)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while not list(atomic.executing_dir(proj).glob("*.ipynb")) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stdout.read()
            time.sleep(0.2)
        time.sleep(1.0)  # the kernel is running the slow cell
        t0 = time.monotonic()
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # Ctrl-C in a terminal reaches the whole process group
        else:
            proc.send_signal(sig)  # `kill PID`: the build process alone
        proc.wait(timeout=30)
        assert time.monotonic() - t0 < 30
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode != 0
    assert not list(atomic.executing_dir(proj).glob("*.ipynb")) if atomic.executing_dir(proj).exists() else True
    assert not list((proj / "book").rglob(".*.ipynb"))
    assert book_text(proj) == before  # the previous book, untouched
    nbformat.write(template("after"), proj / "notebooks" / "article.ipynb")
    report = build_mod.build(proj, workers=1, log=lambda s: None)
    assert report.ok and "after" in book_text(proj)
    assert_clean(proj)
