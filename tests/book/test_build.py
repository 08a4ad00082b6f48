"""The build: what it plans, when it skips, and a real build of the book in a copy of the project."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from tahqiq.book.build import build, input_hash, plan, stored_hash
from tahqiq.corpus.catalogue import Catalogue
from tahqiq.errors import TahqiqError


def test_plan_has_a_chapter_per_work_and_witness(catalogue, root):
    """The shipped works' chapters, in order (a student's added works' chapters follow them), then
    the pages over the whole corpus; then the same again for the Arabic edition, into book/ar."""
    from tahqiq.book.build import CORPUS_NOTEBOOKS

    jobs = plan(root, catalogue)
    n = len(CORPUS_NOTEBOOKS) + sum(len(w.texts) for w in catalogue)
    assert len(jobs) == 2 * n
    en, ar = jobs[:n], jobs[n:]
    names = [j.name for j in en]
    assert names[:5] == ["salman-2025", "salman-2025--B", "mahmoud-2023", "putin-beijing-2024", "avdaliani-2025"]
    assert names[-len(CORPUS_NOTEBOOKS):] == list(CORPUS_NOTEBOOKS)
    assert [j.name for j in ar] == [f"{name}.ar" for name in names]
    salman = jobs[0]
    assert salman.parameters == {"article_id": "salman-2025"}
    assert jobs[1].parameters == {"article_id": "salman-2025", "witness": "B"}
    assert any(p.name.startswith("000_") for p in salman.inputs)
    assert not any(p.name.startswith("002_") for p in salman.inputs)
    # the Arabic edition: the same template and inputs, lang="ar", its own folder, an Arabic title
    assert ar[0].parameters == {"article_id": "salman-2025", "lang": "ar"}
    assert ar[1].parameters == {"article_id": "salman-2025", "witness": "B", "lang": "ar"}
    assert ar[0].output == root / "book" / "ar" / "articles" / "salman-2025.ipynb"
    assert ar[-1].output == root / "book" / "ar" / f"{CORPUS_NOTEBOOKS[-1]}.ipynb"
    assert ar[0].inputs == salman.inputs and ar[0].template == salman.template
    assert {j.lang for j in en} == {"en"} and {j.lang for j in ar} == {"ar"}
    assert "الروسية" in ar[0].title and "النسخة B" in ar[1].title
    assert len({j.output for j in jobs}) == len(jobs)


def test_toc_of_each_edition_lists_its_notebooks(catalogue, root, tmp_path):
    from tahqiq.book.build import write_toc

    jobs = plan(root, catalogue)
    for lang, name in (("en", "_toc.yml"), ("ar", "_toc_ar.yml")):
        write_toc(tmp_path, jobs, lang)
        toc = (tmp_path / name).read_text(encoding="utf-8")
        for job in jobs:
            entry = "file: " + str(job.output.relative_to(root).with_suffix(""))
            assert (entry in toc) == (job.lang == lang), (lang, job.name)
        # the Markdown pages of the edition exist (intro, add-article), and the captions are its own
        for page in ("intro", "add-article"):
            src = root / ("book" if lang == "en" else "book/ar") / f"{page}.md"
            assert src.exists() and f"book/{'' if lang == 'en' else 'ar/'}{page}" in toc
    assert "caption: \"المقالات\"" in (tmp_path / "_toc_ar.yml").read_text(encoding="utf-8")
    assert (root / "_toc.yml").read_text(encoding="utf-8").count("file: ") == \
        (tmp_path / "_toc.yml").read_text(encoding="utf-8").count("file: ")


def test_arabic_config_is_the_english_one_in_arabic(root, tmp_path):
    import yaml

    from tahqiq.book.build import write_config

    shutil.copy2(root / "_config.yml", tmp_path / "_config.yml")
    conf = yaml.safe_load(write_config(tmp_path, "ar").read_text(encoding="utf-8"))
    en = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    assert conf["sphinx"]["config"]["language"] == "ar"
    assert conf["title"].startswith("تحقيق")
    assert conf["sphinx"]["extra_extensions"] == en["sphinx"]["extra_extensions"]
    assert conf["parse"] == en["parse"] and conf["bibtex_bibfiles"] == en["bibtex_bibfiles"]


def copy_project(root: Path, dest: Path) -> Path:
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy2(root / name, dest / name)
    for name in ("book", "notebooks", "data"):
        shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("_build", ".*.ipynb"))
    return dest


def test_hash_sees_data_and_template_changes(root, tmp_path):
    proj = copy_project(root, tmp_path)
    cat = Catalogue(proj)
    before = input_hash(plan(proj, cat)[0], proj)
    (proj / "data" / "reference" / "new.yml").parent.mkdir(exist_ok=True)
    (proj / "data" / "reference" / "new.yml").write_text("events: []\n")
    job = plan(proj, cat)[0]
    assert input_hash(job, proj) != before
    again = input_hash(job, proj)
    nb = proj / "notebooks" / "article.ipynb"
    nb.write_text(nb.read_text().replace("The work as catalogued", "The work, as catalogued"))
    assert input_hash(job, proj) != again


ESCAPE_TEXT = """مقال تجريبي <script>alert("x")</script>

## مقدمة

تطورت العلاقات الروسية <b>الصينية</b> منذ عام ٢٠٠١ & بعده.
"""


@pytest.fixture(scope="module")
def built(root, tmp_path_factory):
    """A real build in a copy of the project, after a student added (with `tahqiq add`) a text of
    their own that tries to inject HTML."""
    import subprocess
    import sys

    proj = copy_project(root, tmp_path_factory.mktemp("book"))
    # which chapters were up to date before the student's text came in
    before = {j.name: stored_hash(j.output) == input_hash(j, proj) for j in plan(proj, Catalogue(proj))}
    src = proj / "escape.txt"
    src.write_text(ESCAPE_TEXT, encoding="utf-8")
    env = {**os.environ, "TAHQIQ_ROOT": str(proj)}
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "add", str(src), "--title", "اختبار <i>الهروب</i>",
                        "--author", "Escaping <b>test</b>", "--slug", "escape-test", "--date", "2024"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "added escape-test" in r.stdout
    assert (proj / "data" / "annotations" / "escape-test.yml").exists()
    old = os.environ.get("TAHQIQ_ROOT")
    os.environ["TAHQIQ_ROOT"] = str(proj)
    logs: list[str] = []
    try:
        report = build(proj, log=logs.append)
    finally:
        if old is None:
            os.environ.pop("TAHQIQ_ROOT", None)
        else:
            os.environ["TAHQIQ_ROOT"] = old
    return proj, report, logs, before


def test_build_skips_unchanged_notebooks_and_executes_new_ones(built):
    proj, report, logs, before = built
    status = {j.name: j.status for j in report.jobs}
    assert status["escape-test"] == "executed"
    assert status["corpus"] == "executed"  # it lists the works, which changed
    # another work's chapter does not list the works: adding one leaves it as it was (re-executed
    # only when it was already out of date)
    assert status["mahmoud-2023"] == ("skipped" if before["mahmoud-2023"] else "executed")
    assert any(line.startswith("[") and "escape-test: executed" in line for line in logs)
    assert any("The book is at" in line for line in logs)


def test_built_pages_glue_counts_one_way_and_agree_them_in_arabic(built):
    """The page checks of test_reader_defects_s22.py and test_arabic_counts.py on the book built here (they
    skip in a checkout with no build, as CI's is when they run)."""
    import importlib.util

    def load(name):
        spec = importlib.util.spec_from_file_location(f"_checks_{name}", Path(__file__).with_name(f"{name}.py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    counts, defects = load("test_arabic_counts"), load("test_reader_defects_s22")
    html = built[0] / "_build" / "html"
    assert (html / "ar").is_dir() and (html / "book").is_dir()
    for edition in ("en", "ar"):
        defects.check_glued_counts(edition, html)
    for rel in ("book/syllabus.html", "ar/book/ar/syllabus.html"):
        defects.check_syllabus_key(rel, html)
    counts.check_arabic_counts(html)
    counts.check_no_tuples(html)


def test_html_has_a_chapter_per_work_reading_right_to_left(built):
    proj, report, _, _ = built
    html = proj / "_build" / "html"
    assert (html / "index.html").exists()
    for slug in ("salman-2025", "salman-2025--B", "mahmoud-2023", "putin-beijing-2024", "avdaliani-2025"):
        page = (html / "book" / "articles" / f"{slug}.html").read_text(encoding="utf-8")
        assert '<td dir="rtl" lang="ar">' in page
        assert "Download CSV" in page and "data:text/csv;charset=utf-8;base64," in page
    assert (html / "book" / "corpus.html").exists() and (html / "book" / "status.html").exists()


def test_arabic_edition_is_published_beside_the_english_one(built):
    """The Arabic edition's HTML is under ar/ of the same published book: right to left, in Arabic,
    each page linking to its English counterpart and back; the student's hostile text inert there too."""
    proj, report, _, _ = built
    html = proj / "_build" / "html"
    ar = html / "ar" / "book" / "ar"
    link = re.compile(r'<a class="tahqiq-edition-link" href="([^"]+)"')
    for rel in ("intro", "corpus", "validity", "status", "add-article", "articles/salman-2025",
                "articles/salman-2025--B", "articles/escape-test"):
        page = (ar / f"{rel}.html").read_text(encoding="utf-8")
        assert re.search(r'<html lang="ar" dir="rtl"', page), rel
        (href,) = link.findall(page)
        there = (ar / rel).parent / href
        assert there.resolve() == (html / "book" / f"{rel}.html").resolve() and there.exists(), rel
        back = link.findall((html / "book" / f"{rel}.html").read_text(encoding="utf-8"))
        assert back and ((html / "book" / rel).parent / back[0]).resolve() == (ar / f"{rel}.html").resolve()
    chapter = (ar / "articles" / "salman-2025.html").read_text(encoding="utf-8")
    assert "التحقق من الوقائع" in chapter and "<h2>Fact-check" not in chapter
    escape = (ar / "articles" / "escape-test.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in escape and '<script>alert("x")' not in escape
    assert not re.search(r'<html lang="en"', escape)
    assert {j.lang for j in report.jobs if j.status == "executed"} == {"en", "ar"}


def test_article_text_is_escaped(built):
    proj, _, _, _ = built
    page = (proj / "_build" / "html" / "book" / "articles" / "escape-test.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<script>alert("x")' not in page
    assert "&lt;b&gt;الصينية&lt;/b&gt;" in page


def test_injected_parameters_are_hidden(built):
    proj, _, _, _ = built
    nb = nbformat.read(proj / "book" / "articles" / "escape-test.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and all("remove-cell" in c.metadata["tags"] for c in injected)
    page = (proj / "_build" / "html" / "book" / "articles" / "escape-test.html").read_text(encoding="utf-8")
    assert 'article_id = "escape-test"' not in page


def test_book_reads_offline(built):
    proj, _, _, _ = built
    remote = re.compile(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)=["'](?:https?:)?//""", re.I)
    for page in (proj / "_build" / "html").rglob("*.html"):
        hits = remote.findall(page.read_text(encoding="utf-8"))
        assert not hits, f"{page} loads a remote asset: {hits[:3]}"


def test_failed_build_keeps_previous_html(built):
    proj, _, _, _ = built
    index = proj / "_build" / "html" / "index.html"
    before = index.read_bytes()
    intro = proj / "book" / "intro.md"
    good = intro.read_text(encoding="utf-8")
    intro.write_text(good + "\nA broken reference: {doc}`no-such-page`\n", encoding="utf-8")
    try:
        with pytest.raises(TahqiqError, match="jupyter-book build failed; the previous _build/html is kept"):
            build(proj, log=lambda s: None)
    finally:
        intro.write_text(good, encoding="utf-8")
    assert index.read_bytes() == before


def test_failed_notebook_keeps_previous_notebook(built):
    proj, _, _, _ = built
    nb_path = proj / "notebooks" / "article.ipynb"
    good = nb_path.read_text(encoding="utf-8")
    out = proj / "book" / "articles" / "escape-test.ipynb"
    before = out.read_bytes()
    nb = nbformat.reads(good, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('deliberate failure')"))
    nbformat.write(nb, nb_path)
    try:
        with pytest.raises(TahqiqError, match="notebook\\(s\\) failed.*deliberate failure"):
            build(proj, log=lambda s: None, html=False)
    finally:
        nb_path.write_text(good, encoding="utf-8")
    assert out.read_bytes() == before


def test_rebuild_without_changes_executes_nothing(built):
    proj, _, _, _ = built
    logs: list[str] = []
    report = build(proj, log=logs.append, html=False)
    assert {j.status for j in report.jobs} == {"skipped"}
    assert any("0 to execute" in line for line in logs)


def test_papermill_runs_the_template_on_a_text_outside_the_catalogue(root, tmp_path):
    """`papermill notebooks/article.ipynb out.ipynb -p text_path <file>` gives a chapter of any text."""
    import papermill as pm

    text = tmp_path / "new-article.txt"
    text.write_text("العلاقات الروسية الصينية\n\n## مقدمة\n\nفي ٤ شباط ٢٠٢٢ أعلن البلدان شراكة \"بلا حدود\"، "
                    "وبلغت التجارة ٢٤٠ مليار دولار عام ٢٠٢٣.\n", encoding="utf-8")
    out = tmp_path / "out.ipynb"
    pm.execute_notebook(str(root / "notebooks" / "article.ipynb"), str(out), parameters={"text_path": str(text)},
                        kernel_name="python3", progress_bar=False, cwd=str(root))
    nb = nbformat.read(out, as_version=4)
    html = "".join(o.get("data", {}).get("text/html", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", []))
    assert "new-article.txt" in html and "An uncatalogued text" in html
    assert "2022-02-04" in html  # the date table
    assert "240000000000" in html or "240,000,000,000" in html  # the figures table


def _fake_papermill(monkeypatch, failures: list[Exception]):
    """papermill.execute_notebook standing in: raises each of ``failures`` in turn, then writes
    a one-cell notebook; returns the list of its calls."""
    import papermill as pm

    calls = []

    def fake(template, out, **kwargs):
        calls.append(out)
        if len(calls) <= len(failures):
            raise failures[len(calls) - 1]
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A page")])
        nbformat.write(nb, out)

    monkeypatch.setattr(pm, "execute_notebook", fake)
    return calls


def _job(tmp_path: Path):
    from tahqiq.book.build import Job

    return Job(name="page", template=tmp_path / "t.ipynb", output=tmp_path / "book" / "page.ipynb",
               parameters={}, inputs=[])


def test_a_kernel_that_did_not_start_is_tried_again(tmp_path, monkeypatch):
    """Kernels started at the same moment by parallel workers can die before their first reply
    (a port race, a busy machine): the build tries again instead of failing the page."""
    from tahqiq.book.build import execute

    calls = _fake_papermill(monkeypatch, [RuntimeError("Kernel died before replying to kernel_info")])
    job = execute(_job(tmp_path), tmp_path)
    assert job.status == "executed", job.error
    assert len(calls) == 2 and job.output.exists()


def test_a_cells_own_error_is_not_tried_again(tmp_path, monkeypatch):
    from papermill.exceptions import PapermillExecutionError

    from tahqiq.book.build import execute

    err = PapermillExecutionError(cell_index=3, exec_count=3, source="raise", ename="RuntimeError",
                                  evalue="Kernel died before replying to kernel_info (a string the cell raised)",
                                  traceback=[])
    calls = _fake_papermill(monkeypatch, [err])
    job = execute(_job(tmp_path), tmp_path)
    assert job.status == "failed" and len(calls) == 1
    assert job.error.startswith("RuntimeError: Kernel died") and not job.output.exists()


def test_a_kernel_that_never_starts_fails_after_the_last_attempt(tmp_path, monkeypatch):
    from tahqiq.book.build import KERNEL_START_ATTEMPTS, execute

    calls = _fake_papermill(monkeypatch, [RuntimeError("Kernel died before replying to kernel_info")] * 9)
    job = execute(_job(tmp_path), tmp_path)
    assert job.status == "failed" and len(calls) == KERNEL_START_ATTEMPTS
    assert "kernel_info" in job.error
