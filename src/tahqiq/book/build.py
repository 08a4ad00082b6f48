"""``tahqiq build``: execute the chapter notebooks with papermill, then build the HTML book.

1. The catalogue is loaded and every checksum verified, before anything is written.
2. ``notebooks/article.ipynb`` is executed for every work (its base text) into
   ``book/articles/<slug>.ipynb`` and for every other witness into
   ``book/articles/<slug>--<witness>.ipynb``; ``notebooks/corpus.ipynb`` into ``book/corpus.ipynb``.
   A notebook is skipped when the hash of its inputs (the template, the package's source, the
   data files it reads, its parameters) equals the hash stored in it by the last build.
   Notebooks run in parallel over the cores; each is written to a temporary file in
   ``_build/.executing/`` and moved into place only when it succeeded, so a failure or an
   interruption never destroys a good notebook nor leaves a stray one in ``book/``.
   Every template is executed twice, once per edition (:data:`LANGS`): with ``lang="en"`` (its
   default) into ``book/``, and with ``lang="ar"`` into ``book/ar/`` (``book/ar/articles/`` for
   the chapters), all in the same worker pool. The markdown cells that name a string of
   ``src/tahqiq/lang/ui.yml`` get the text of their edition (:mod:`tahqiq.book.strings`).
3. ``_toc.yml`` and ``book/status.md`` (the execution status of every notebook), and the Arabic
   edition's ``_toc_ar.yml``, ``_config_ar.yml`` (``_config.yml`` with ``language: ar``) and
   ``book/ar/status.md`` are written.
4. ``jupyter-book build`` runs with ``execute_notebooks: off`` and warnings as errors
   (``-W -n --keep-going``) into a fresh staging folder, then again for the Arabic edition, whose
   HTML goes under ``ar/`` of the same folder; only if both succeed is the result published as
   ``_build/html`` (an atomic rename of a symlink, :mod:`tahqiq.book.atomic`): a reader sees both
   old editions or both new ones. A failed build leaves the previous HTML in place.

Ctrl-C or SIGTERM at any moment stops the build (queued notebooks cancelled, running ones
stopped) and leaves the previous book readable; the next build starts by cleaning up
(:func:`tahqiq.book.atomic.recover`). ``build(hook=...)`` is called with the name of each phase
(:data:`PHASES`) as it starts, for tests that interrupt it there.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..corpus.catalogue import Catalogue
from ..errors import TahqiqError
from . import atomic, strings
from ..provenance import PACKAGE, package_files
from .render import myst_heading

KERNEL = "python3"
# Notebooks over the whole corpus, executed into book/<name>.ipynb.
CORPUS_NOTEBOOKS = ("corpus", "crosswork", "comparison", "validity", "syllabus", "guides", "exercises", "glossary")
HASH_KEY = "tahqiq"
PHASES = ("recover", "plan", "findings", "notebooks", "toc", "html", "html-ar", "swap", "swapped")
"""The phases of a build, in order, as passed to ``build(hook=...)``."""
LANGS = ("en", "ar")
"""The editions: English (the templates' default) and Arabic, built into ``book/ar/``."""
from .sphinxext import EDITION_DIR  # where the Arabic edition goes: book/ar (sources), _build/html/ar (HTML)


@dataclass
class Job:
    """One notebook to execute: a template, where it goes, its parameters and its inputs."""

    name: str
    template: Path
    output: Path
    parameters: dict
    inputs: list[Path]
    title: str | None = None  # markdown replacing the template's first heading cell
    lang: str = "en"  # the edition: en (book/...) or ar (book/ar/...)
    salt: str = ""  # more that decides the outputs, hashed with the inputs (a chapter's catalogue entry)
    input_hash: str = ""
    status: str = "pending"  # pending | skipped | executed | failed
    seconds: float = 0.0
    error: str = ""


@dataclass
class BuildReport:
    jobs: list[Job] = field(default_factory=list)
    html: Path | None = None
    ok: bool = False


def _package_sources() -> list[Path]:
    return package_files()


def input_hash(job: Job, root: Path) -> str:
    """A hash of everything that decides a notebook's outputs."""
    h = hashlib.sha256()
    h.update(json.dumps(job.parameters, sort_keys=True).encode())
    h.update((job.title or "").encode())
    h.update(job.salt.encode())
    pkg = PACKAGE
    for p in [job.template, *job.inputs]:
        h.update(str(p.relative_to(root) if p.is_relative_to(root) else p.name).encode())
        h.update(p.read_bytes() if p.exists() else b"<missing>")
    for p in _package_sources():
        h.update(str(p.relative_to(pkg)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _curated_files(root: Path) -> list[Path]:
    """Curated YAML under data/ (everything but the raw texts), which any chapter may read."""
    data = root / "data"
    return sorted(p for p in data.rglob("*") if p.is_file() and "raw" not in p.relative_to(data).parts)


def _chapter_inputs(root: Path, cat: Catalogue, slug: str, curated: list[Path]) -> list[Path]:
    """What a chapter reads of the curated data: everything but the catalogue and the other works'
    annotations (its own catalogue entry is hashed through the job's ``salt``), so that adding a
    work re-executes its own chapter and the pages that list works, not every chapter."""
    notes = root / "data" / "annotations"
    return [p for p in curated if p != cat.path and (p.parent != notes or p.stem == slug)]


def chapter_title(work) -> str:
    """A chapter's title: the English title, else the Arabic one, else the slug."""
    from ..text.normtext import clean_label

    return clean_label(work.title.get("en") or "") or clean_label(work.title.get("ar") or "") or work.slug


def edition_title(work, lang: str) -> str:
    """A chapter's title in an edition: the Arabic edition prefers the Arabic title."""
    from ..text.normtext import clean_label

    if lang == "ar":
        return clean_label(work.title.get("ar") or "") or chapter_title(work)
    return chapter_title(work)


def edition_root(root: Path, lang: str) -> Path:
    """The folder of an edition's sources: ``book/`` for English, ``book/ar/`` for Arabic."""
    return root / "book" if lang == "en" else root / "book" / EDITION_DIR


def plan(root: Path, cat: Catalogue, langs: tuple[str, ...] = LANGS) -> list[Job]:
    """The notebooks a build executes, in a stable order: every edition of :data:`LANGS` in turn."""
    jobs = []
    for lang in langs:
        jobs += _plan_edition(root, cat, lang)
    return jobs


def _plan_edition(root: Path, cat: Catalogue, lang: str) -> list[Job]:
    template = root / "notebooks" / "article.ipynb"
    curated = _curated_files(root)
    base_dir = edition_root(root, lang)
    suffix = "" if lang == "en" else f".{lang}"  # a job's name is a file name (logs, temporary notebooks)
    extra = {} if lang == "en" else {"lang": lang}  # the English edition runs the templates' defaults
    jobs = []
    for w in cat.works:
        entry = json.dumps(dataclasses.asdict(w), sort_keys=True, ensure_ascii=False)
        for t in sorted(w.texts, key=lambda t: (t.file != w.base_text, t.witness)):
            base = t.file == w.base_text
            stem = w.slug if base else f"{w.slug}--{t.witness}"
            params = {"article_id": w.slug} if base else {"article_id": w.slug, "witness": t.witness}
            # The catalogue's title is untrusted: it becomes a MyST heading only escaped, and
            # without the characters the theme would re-emit as markup (render.myst_heading).
            title = edition_title(w, lang)
            witness = strings.text("chapter.witness", lang).format(title=title, witness=t.witness)
            heading = myst_heading(title if base else witness)
            jobs.append(
                Job(
                    name=stem + suffix,
                    template=template,
                    output=base_dir / "articles" / f"{stem}.ipynb",
                    parameters={**params, **extra},
                    inputs=[*_chapter_inputs(root, cat, w.slug, curated), cat.raw_dir / t.file],
                    title=heading,
                    salt=entry,
                    lang=lang,
                )
            )
    every_text = [cat.raw_dir / t.file for w in cat.works for t in w.texts]
    gold = sorted((root / "tests" / "gold").glob("*.yml"))  # the validity page scores the extractors on them
    planted = [p for p in [root / "benchmarks" / "planted.csv"] if p.exists()]  # and reads the planted-fault summary
    # the gold samples' figures beside tests/gold, each headed by its set's status in the registry
    planted += sorted((root / "data" / "quality").glob("*.csv"))
    planted += [p for p in [root / "benchmarks" / "yardsticks.yml", root / "benchmarks" / "results" / "yardsticks.csv"]
                if p.exists()]
    for name in CORPUS_NOTEBOOKS:
        jobs.append(
            Job(
                name=name + suffix,
                template=root / "notebooks" / f"{name}.ipynb",
                output=base_dir / f"{name}.ipynb",
                parameters=dict(extra),
                inputs=[*curated, *every_text, *(gold + planted if name == "validity" else [])],
                lang=lang,
            )
        )
    return jobs


def stored_hash(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # a damaged notebook is simply re-executed
        return None
    return nb.metadata.get(HASH_KEY, {}).get("input_hash")


def _finish_notebook(path: Path, job: Job, seconds: float) -> None:
    """Post-process an executed notebook: its title, hidden parameter cells, the input hash,
    and no per-cell timestamps (they would change every run)."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        tags = cell.metadata.setdefault("tags", [])
        if ("injected-parameters" in tags or "parameters" in tags) and "remove-cell" not in tags:
            tags.append("remove-cell")
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    strings.localise_cells(nb, job.lang)  # the edition's text of every cell that names a string
    if job.title and nb.cells and nb.cells[0].cell_type == "markdown":
        first, _, rest = nb.cells[0].source.partition("\n")
        if first.startswith("# "):
            nb.cells[0].source = job.title + ("\n" + rest if rest else "")
    pm = nb.metadata.get("papermill", {})
    for k in ("start_time", "end_time", "input_path", "output_path"):
        pm.pop(k, None)
    pm["duration"] = round(seconds, 1)
    nb.metadata[HASH_KEY] = {"input_hash": job.input_hash, "parameters": job.parameters,
                             "executed_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    nbformat.write(nb, path)


def execute(job: Job, root: Path) -> Job:
    """Run one notebook with papermill into a temporary file, then move it into place."""
    import papermill as pm

    job.output.parent.mkdir(parents=True, exist_ok=True)
    tmpdir = atomic.executing_dir(root)
    tmpdir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".ipynb", dir=tmpdir, prefix=f"{job.name}.")
    os.close(fd)
    t0 = time.monotonic()
    try:
        for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
            try:
                pm.execute_notebook(
                    str(job.template),
                    tmp,
                    parameters=job.parameters,
                    kernel_name=KERNEL,
                    progress_bar=False,
                    cwd=str(root),
                    log_output=False,
                )
                break
            except Exception as exc:  # a kernel that never started is tried again; a cell's error is not
                if attempt == KERNEL_START_ATTEMPTS or not kernel_did_not_start(exc):
                    raise
                print(f"{job.name}: the kernel did not start ({_short_error(exc)}); "
                      f"attempt {attempt + 1} of {KERNEL_START_ATTEMPTS}", file=sys.stderr)
        job.seconds = time.monotonic() - t0
        _finish_notebook(Path(tmp), job, job.seconds)
        os.replace(tmp, job.output)
        job.status = "executed"
    except Exception as exc:  # report, keep the previous notebook
        job.seconds = time.monotonic() - t0
        job.status = "failed"
        job.error = _short_error(exc)
    finally:  # also on Ctrl-C / SIGTERM: no temporary notebook is left behind
        Path(tmp).unlink(missing_ok=True)
    return job


KERNEL_START_ATTEMPTS = 3
_KERNEL_START = re.compile(r"Kernel died before replying to kernel_info|Kernel didn't respond|kernel_info", re.I)


def kernel_did_not_start(exc: BaseException) -> bool:
    """True when ``exc`` says the kernel never came up (a busy machine, a port taken by a kernel
    starting at the same moment in another worker), as opposed to an error raised by a cell:
    the first is worth a second try, the second is the notebook's own fault."""
    if hasattr(exc, "ename") and hasattr(exc, "cell_index"):  # papermill's PapermillExecutionError
        return False
    return bool(_KERNEL_START.search(str(exc)))


def _short_error(exc: Exception) -> str:
    name = getattr(exc, "ename", type(exc).__name__)
    value = getattr(exc, "evalue", str(exc))
    return f"{name}: {value}".splitlines()[0][:300]


def _run_job(args: tuple[Job, str]) -> Job:
    """In a worker process: execute one job, with the kernel's own stderr (start-up and
    shutdown chatter) going to ``_build/logs/<name>.log`` instead of the terminal."""
    job, root = args
    os.environ.setdefault("TAHQIQ_ROOT", root)
    logs = Path(root) / "_build" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    saved = os.dup(2)
    with open(logs / f"{job.name}.log", "w") as log:
        os.dup2(log.fileno(), 2)
        try:
            return execute(job, Path(root))
        finally:
            os.dup2(saved, 2)
            os.close(saved)


TOC = {"en": "_toc.yml", "ar": "_toc_ar.yml"}
CONFIG = {"en": "_config.yml", "ar": "_config_ar.yml"}


def write_toc(root: Path, jobs: list[Job], lang: str = "en") -> None:
    """The table of contents of an edition from the catalogue (``_toc.yml``, ``_toc_ar.yml``):
    intro, the corpus, a chapter per work (other witnesses as its sections), the execution status."""
    def t(sid: str) -> str:
        return json.dumps(strings.text(sid, lang), ensure_ascii=False)  # a YAML string, quoted

    book = "book" if lang == "en" else f"book/{EDITION_DIR}"
    mine = [j for j in jobs if j.lang == lang]
    chapters = [j for j in mine if j.output.parent.name == "articles"]
    lines = ["# Generated by `tahqiq build` from data/articles.yml; edits are overwritten.", "format: jb-book",
             f"root: {book}/intro", "parts:", f"  - caption: {t('toc.corpus')}", "    chapters:",
             f"      - file: {book}/corpus"]
    lines += [f"  - caption: {t('toc.articles')}", "    chapters:"]
    for job in chapters:
        stem = job.output.stem
        if "--" in stem:
            continue
        lines.append(f"      - file: {book}/articles/{stem}")
        subs = [j for j in chapters if j.output.stem.startswith(stem + "--")]
        if subs:
            lines.append("        sections:")
            lines += [f"          - file: {book}/articles/{j.output.stem}" for j in subs]
    lines += [f"  - caption: {t('toc.across')}", "    chapters:", f"      - file: {book}/crosswork",
              f"      - file: {book}/comparison", f"      - file: {book}/validity"]
    lines += [f"  - caption: {t('toc.seminar')}", "    chapters:", f"      - file: {book}/syllabus",
              f"      - file: {book}/guides", f"      - file: {book}/exercises",
              f"      - file: {book}/glossary", f"      - file: {book}/add-article"]
    lines += [f"  - caption: {t('toc.about')}", "    chapters:", f"      - file: {book}/status"]
    _write_if_changed(root / TOC[lang], "\n".join(lines) + "\n")


def write_config(root: Path, lang: str = "ar") -> Path:
    """The configuration of an edition other than English: ``_config.yml`` with the edition's
    title and ``language`` (which the theme and :mod:`tahqiq.book.sphinxext` read)."""
    import yaml

    from ..corpus.yamlfile import read_yaml

    conf = read_yaml(root / CONFIG["en"])
    conf["title"] = strings.text("book.title", lang)
    conf["author"] = strings.text("book.author", lang)  # the footer's "By …" (the theme translates "By")
    conf.setdefault("sphinx", {}).setdefault("config", {})["language"] = lang
    # myst-nb's button over a folded cell ("Show code cell outputs") in the edition's language
    conf["sphinx"]["config"]["nb_code_prompt_show"] = strings.text("nb.code_prompt_show", lang)
    conf["sphinx"]["config"]["nb_code_prompt_hide"] = strings.text("nb.code_prompt_hide", lang)
    text = (f"# Generated by `tahqiq build` from {CONFIG['en']} for the {lang} edition; edits are overwritten.\n"
            + yaml.safe_dump(conf, allow_unicode=True, sort_keys=False))
    _write_if_changed(root / CONFIG[lang], text)
    return root / CONFIG[lang]


def write_status(root: Path, jobs: list[Job], lang: str = "en") -> None:
    """An edition's ``status.md``: every notebook of it, its parameters, inputs hash, last run and status."""
    base = edition_root(root, lang)
    rows = []
    for job in [j for j in jobs if j.lang == lang]:
        meta = {}
        if job.output.exists():
            nb = nbformat.read(job.output, as_version=4)
            meta = nb.metadata.get("papermill", {})
            meta["hash"] = nb.metadata.get(HASH_KEY, {}).get("input_hash", "")
            meta["when"] = nb.metadata.get(HASH_KEY, {}).get("executed_at", "")
        rel = job.output.relative_to(base).with_suffix("")
        # what the notebook shows, not what this build did: a build that changes nothing leaves
        # this page as it was (a failure is shown until the notebook runs again)
        state = strings.text("status.failed" if job.status == "failed" else "status.ok", lang)
        # one code span per parameter: a phone's narrow column breaks between them, not inside a word
        params = " ".join(f"`{_cell_code(k)}={_cell_code(v)}`" for k, v in job.parameters.items()) \
            or f"`{strings.text('status.none', lang)}`"
        when = meta.get("when", "")
        if when and lang == "ar":
            # «2026-12-05 07:33 UTC» isolated left to right: in a right-to-left cell its three runs
            # were read in the wrong order («UTC 07:33 2026-12-05», screenshots at 390 and 1366 px)
            when = f"\u2066{when}\u2069"
        rows.append(
            f"| [{_status_name(job, lang)}]({rel}) | {params} | {state} | "
            f"{when or strings.text('status.not_recorded', lang)} | {meta.get('duration', '')} | "
            f"`{str(meta.get('hash', ''))[:12]}` |"
        )
    text = (
        strings.text("status.title", lang) + "\n\n" + strings.text("status.intro", lang) + "\n\n"
        # a table of class tq-status (tahqiq.css: no word or parameter broken inside on a phone;
        # the table scrolls in its box, its hidden side faded)
        + "```{table}\n:class: tq-status\n\n"
        + strings.text("status.header", lang) + "\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n```\n"
    )
    base.mkdir(parents=True, exist_ok=True)
    _write_if_changed(base / "status.md", text)


def _status_name(job: Job, lang: str = "en") -> str:
    """A notebook as the status page names it: a chapter by its work and witness in the form the
    rest of the book uses («salman-2025, witness B»), never by its file stem, whose «--» the
    page's typography turned into an en dash («salman-2025–B»); other notebooks by their stem.
    Markdown's own characters are escaped (the name sits in a link's text)."""
    p = job.parameters
    if job.output.parent.name == "articles" and "article_id" in p:
        work = str(p["article_id"])
        name = (strings.text("plot.witness", lang).format(work=work, witness=p["witness"])
                if "witness" in p else work)
    else:
        # the page's own title (its first heading), as the sidebar names it: the file stem
        # («corpus», «glossary») was English inside the Arabic edition's status page
        name = (_page_title(job.output) if lang != "en" else None) or job.output.stem
    return re.sub(r"([\\`*_{}\[\]()<>#+!|~-])", r"\\\1", _cell_code(name))


def _page_title(path: Path) -> str | None:
    """The first level-one heading of a notebook's Markdown cells (its title), or None."""
    if not path.exists():
        return None
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # an unreadable notebook is named by its stem
        return None
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^# +(.+?)\s*$", cell.source, re.M)
            if m:
                return m.group(1)
    return None


def _cell_code(v) -> str:
    """A value inside a code span of a Markdown table cell (no backtick or pipe can end either)."""
    return str(v).replace("`", "'").replace("|", "/")


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)  # an interruption never leaves half a file
        finally:
            tmp.unlink(missing_ok=True)


def run_notebooks(root: Path, jobs: list[Job], workers: int, force: bool = False, log=print,
                  hook=None) -> None:
    hook = hook or (lambda phase: None)
    todo = []
    for job in jobs:
        job.input_hash = input_hash(job, root)
        if not force and stored_hash(job.output) == job.input_hash:
            job.status = "skipped"
        else:
            todo.append(job)
    n, done = len(jobs), len(jobs) - len(todo)
    log(f"notebooks: {n} in all, {done} up to date, {len(todo)} to execute on {workers} worker(s)")
    if not todo:
        return
    # Every chapter shows the whole corpus's findings: compute them once, before the notebooks
    # start, into the cache they all read.
    from ..review.factcheck import corpus_findings

    hook("findings")
    t0 = time.monotonic()
    corpus_findings(Catalogue(root))
    log(f"findings: checked the corpus in {time.monotonic() - t0:.1f} s")
    hook("notebooks")
    by_name = {j.name: j for j in jobs}

    def finished(res: Job) -> None:
        nonlocal done
        job = by_name[res.name]
        job.status, job.seconds, job.error = res.status, res.seconds, res.error
        done += 1
        extra = f": {job.error}" if job.error else ""
        log(f"[{done}/{n}] {job.name}: {job.status} in {job.seconds:.1f} s{extra}")

    if workers <= 1 or len(todo) == 1:
        for job in todo:
            finished(_run_job((job, str(root))))
        return
    pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), initializer=atomic.worker_init)
    try:
        futures = [pool.submit(_run_job, (job, str(root))) for job in todo]
        for fut in as_completed(futures):
            finished(fut.result())
    except BaseException:  # Ctrl-C, SIGTERM or a crash: stop the queued and running notebooks now
        atomic.stop_pool(pool)
        raise
    pool.shutdown()


def run_jupyter_book(cmd: list[str], root: Path) -> subprocess.CompletedProcess:
    """Run jupyter-book (a function of its own so that tests can stand in a fast fake)."""
    return subprocess.run(cmd, cwd=root, capture_output=True, text=True)


def _jupyter_book_pass(root: Path, staging: Path, lang: str, log=print) -> Path:
    """One edition's jupyter-book build into ``staging``; its HTML folder, or a :class:`TahqiqError`."""
    exe = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(exe if exe.exists() else "jupyter-book"), "build", str(root), "--path-output", str(staging),
           "-W", "-n", "--keep-going"]
    if lang != "en":
        cmd += ["--config", str(root / CONFIG[lang]), "--toc", str(root / TOC[lang])]
    log("jupyter-book: " + " ".join(cmd[1:]))
    t0 = time.monotonic()
    proc = run_jupyter_book(cmd, root)
    if proc.returncode != 0:
        lines = (proc.stdout + proc.stderr).splitlines()
        causes = [ln for ln in lines if any(w in ln for w in ("WARNING", "ERROR", "Error", "error:"))]
        tail = "\n".join((causes or lines)[-30:])
        raise TahqiqError(CONFIG[lang], f"jupyter-book build failed; the previous _build/html is kept ({lang} edition)\n{tail}")
    log(f"jupyter-book ({lang}): done in {time.monotonic() - t0:.1f} s")
    return staging / "_build" / "html"


def jupyter_book(root: Path, log=print, hook=None, langs: tuple[str, ...] = LANGS) -> Path:
    """Build the HTML of every edition into fresh staging folders (the Arabic one under ``ar/``
    of the English one); publish it as ``_build/html`` only when every edition succeeded."""
    hook = hook or (lambda phase: None)
    stagings = []
    try:
        stagings.append(atomic.new_staging(root))
        html = _jupyter_book_pass(root, stagings[0], "en", log)
        for lang in langs:
            if lang == "en":
                continue
            hook("html-" + lang)
            stagings.append(atomic.new_staging(root))
            other = _jupyter_book_pass(root, stagings[-1], lang, log)
            os.replace(other, html / EDITION_DIR)
        final = atomic.publish(root, html, hook=hook)
    finally:
        for staging in stagings:
            shutil.rmtree(staging, ignore_errors=True)
    return final


def warn_unknown_verdicts(root: Path, log=print) -> None:
    """Print a warning (not an error: the book is still built) for verdicts of ``data/triage.yml``
    whose id no finding has; the tests fail on them."""
    from ..review.factcheck import corpus_findings, load_triage, triage_report

    unknown = triage_report(corpus_findings(Catalogue(root)), load_triage(root=root), "data/triage.yml")
    if unknown:
        log(f"warning: {unknown}")


def check_annotations(root: Path) -> None:
    """Validate every annotation and anchor each of its quotes in its text: the first quote that
    is not found (or occurs twice, or has stale offsets) raises a :class:`TahqiqError` of one line
    naming the annotation file, the claim (or other entry) and the quote."""
    from ..argument.anchor import check_anchors
    from ..argument.model import document, load_all

    for ann in load_all(root).values():
        check_anchors(ann, document(ann, root))


def build(root: Path | None = None, workers: int | None = None, force: bool = False, html: bool = True,
          log=print, hook=None) -> BuildReport:
    """The whole build. Raises :class:`TahqiqError` on the first problem that stops it.
    ``hook(phase)`` is called as each phase of :data:`PHASES` starts."""
    hook = hook or (lambda phase: None)
    with atomic.sigterm_as_interrupt():
        cat = Catalogue(root)
        root = cat.root
        hook("recover")
        atomic.recover(root, log=log)
        hook("plan")
        cat.documents()  # verifies every checksum and decodes every text before anything runs
        check_annotations(root)  # a quote not in its text stops the build before anything is published
        jobs = plan(root, cat)
        workers = workers or max(1, min(os.cpu_count() or 1, len(jobs)))
        t0 = time.monotonic()
        run_notebooks(root, jobs, workers, force=force, log=log, hook=hook)
        warn_unknown_verdicts(root, log)
        hook("toc")
        for lang in LANGS:
            write_toc(root, jobs, lang)
            write_status(root, jobs, lang)
            if lang != "en":
                write_config(root, lang)
        report = BuildReport(jobs=jobs)
        failed = [j for j in jobs if j.status == "failed"]
        if failed:
            names = ", ".join(j.name for j in failed)
            raise TahqiqError(failed[0].template, f"{len(failed)} notebook(s) failed ({names}); "
                              f"the previous notebooks and _build/html are kept. First error: {failed[0].error}")
        log(f"notebooks: done in {time.monotonic() - t0:.1f} s")
        if html:
            hook("html")
            report.html = jupyter_book(root, log=log, hook=hook)
            log(f"The book is at {report.html / 'index.html'}")
        report.ok = True
        return report
