"""Running a scan: list the texts, skip the ones done, process batches in parallel, summarise.

Batches run in worker processes on this machine (:class:`concurrent.futures.ProcessPoolExecutor`)
or, given a scheduler address, as one Dask task per batch on a cluster (``dask.distributed``):
each task writes its own Parquet parts, so the output folder must be one the workers can write
(a shared file system). Progress (texts, bytes, rate, ETA) goes to stderr.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import os
import re
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import TahqiqError
from . import store
from .tables import TABLES, date_from_name, timed_tables

SUFFIXES = (".txt", ".md")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BATCH_BYTES = 400_000
"""A batch holds texts up to about this many bytes (at least one text, at most :data:`BATCH_TEXTS`)."""
BATCH_TEXTS = 32


@dataclass
class Item:
    path: str
    sha256: str
    size: int
    published: str | None


@dataclass
class Summary:
    texts: int = 0
    skipped: int = 0
    done: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0
    bytes: int = 0
    cross: tuple[int, float] | None = None

    def line(self, out: Path) -> str:
        per = f", {self.cpu / self.done:.3f} s CPU per text" if self.done else ""
        return (f"scan: {self.texts} text(s): {self.done} scanned, {self.skipped} already done, "
                f"{len(self.failed)} failed; {self.bytes / 1e6:.1f} MB in {self.wall:.1f} s{per}"
                + (f"; cross-work: {self.cross[0]} finding(s) in {self.cross[1]:.1f} s" if self.cross else "")
                + f"; tables in {out}")


def list_texts(targets: list[str]) -> list[Path]:
    """The files named by ``targets``: files, folders (their ``*.txt`` and ``*.md``, recursively) or globs."""
    files: list[Path] = []
    for t in targets:
        p = Path(t)
        if p.is_dir():
            files += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix in SUFFIXES)
        elif p.is_file():
            files.append(p)
        else:
            hits = sorted(Path(x) for x in glob.glob(t, recursive=True) if Path(x).is_file())
            if not hits:
                raise TahqiqError(t, "no such file or folder, and no file matches it as a glob")
            files += hits
    seen, out = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def read_dates(path: str | Path) -> dict[str, str]:
    """``--dates CSV``: columns ``file`` (a file name or path) and ``date`` (YYYY, YYYY-MM or YYYY-MM-DD)."""
    p = Path(path)
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise TahqiqError(p, f"cannot read the dates CSV ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise TahqiqError(p, "the dates CSV is not UTF-8") from None
    if not rows or not {"file", "date"} <= set(rows[0]):
        raise TahqiqError(p, "the dates CSV needs a header with the columns 'file' and 'date'")
    out = {}
    for i, r in enumerate(rows, start=2):
        d = (r["date"] or "").strip()
        if d and not _ISO.match(d):
            raise TahqiqError(p, f"line {i}: date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        out[Path((r["file"] or "").strip()).name] = d or None
    return out


def plan(targets: list[str], date_from_names: bool = False, dates: str | Path | None = None) -> list[Item]:
    table = read_dates(dates) if dates else {}
    items = []
    for f in list_texts(targets):
        try:
            data = f.read_bytes()
        except OSError as exc:
            raise TahqiqError(f, f"cannot read ({exc.strerror})") from None
        pub = table.get(f.name) if dates else (date_from_name(f.name) if date_from_names else None)
        items.append(Item(str(f), hashlib.sha256(data).hexdigest(), len(data), pub))
    return items


def batches(items: list[Item], max_bytes: int | None = None, max_texts: int | None = None) -> list[list[Item]]:
    max_bytes, max_texts = max_bytes or BATCH_BYTES, max_texts or BATCH_TEXTS
    out: list[list[Item]] = []
    cur: list[Item] = []
    size = 0
    for it in items:
        if cur and (size + it.size > max_bytes or len(cur) >= max_texts):
            out.append(cur)
            cur, size = [], 0
        cur.append(it)
        size += it.size
    if cur:
        out.append(cur)
    return out


def run_batch(items: list[tuple[str, str, str | None]], out: str, progress=None, workers: int = 1) -> list[dict]:
    """Scan one batch of ``(path, sha256, published)`` into ``out``; returns one record per text.
    Runs in a worker (a process here, or a Dask worker). ``progress`` (a callable or a queue)
    receives ``(file name, stage)`` as each stage of each text ends. ``workers``: the processes a
    large text's detectors may use (the scan's only batch leaves the other cores idle)."""
    tables: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES if t != "crosswork"}
    infos = []
    for path, sha, pub in items:
        name = Path(path).name
        stage = None
        if progress is not None:
            send = progress if callable(progress) else progress.put
            stage = (lambda s, name=name, send=send: send((name, s)))
        res, err, cpu = timed_tables(path, pub, stage, workers=workers)
        info = {"file": name, "path": str(path), "sha256": sha, "published": pub,
                "status": "done" if res is not None else "failed", "error": err, "cpu_seconds": round(cpu, 4)}
        if res is not None:
            for k, v in res.items():
                tables[k].append(v)
            tables["texts"].append(pd.DataFrame([{k: info[k] for k in ("file", "path", "sha256", "published")}],
                                                dtype="string").assign(bytes=os.path.getsize(path)))
        infos.append(info)
    store.write_batch(Path(out), store.batch_key([s for _, s, _ in items]), tables, infos)
    return infos


STAGE_SHARE = {"normalise": 0.0, "blocks": 0.02, "sentences": 0.01, "dates": 0.015, "figures": 0.03,
               "references": 0.01, "entities": 0.30, "links": 0.17, "detectors": 0.445}
"""The share of a text's time each stage takes (measured on a 2 MB synthetic text): as a stage of a
text ends, the progress bar moves by that share of the text's bytes, so a large text shows its
progress before it ends."""


def _progress(total_bytes: int, n: int, show: bool):
    from tqdm import tqdm

    # no monitor thread: a process with one thread may fork a large text's detectors (checks.run)
    tqdm.monitor_interval = 0
    return tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000, file=sys.stderr,
                disable=not show, desc=f"scan {n} text(s)", smoothing=0.1, dynamic_ncols=True)


def scan_to(targets: list[str], out: str | Path, jobs: int | None = None, date_from_names: bool = False,
            dates: str | Path | None = None, scheduler: str | None = None, progress: bool = True,
            log=None, cross: bool = False) -> Summary:
    """Scan the texts named by ``targets`` into the folder ``out``; returns the summary."""
    log = log or (lambda s: print(s, file=sys.stderr))
    out = Path(out)
    t0 = time.monotonic()
    items = plan(targets, date_from_names, dates)
    out.mkdir(parents=True, exist_ok=True)
    removed = store.clean(out)
    if removed:
        log(f"scan: removed {removed} file(s) of an interrupted earlier scan")
    done = store.done_hashes(out)
    todo, seen = [], set(done)
    for it in items:
        if it.sha256 not in seen:
            seen.add(it.sha256)
            todo.append(it)
    summary = Summary(texts=len(items), skipped=len(items) - len(todo))
    # batches small enough that every worker gets several (a tail of one long batch idles the rest)
    parallel = 32 if scheduler else (jobs or os.cpu_count() or 1)
    total = sum(it.size for it in todo)
    groups = batches(todo, max_bytes=max(1, min(BATCH_BYTES, total // (4 * parallel))))
    args = [[(it.path, it.sha256, it.published) for it in g] for g in groups]
    sizes = [sum(it.size for it in g) for g in groups]
    bar = _progress(sum(sizes), len(todo), progress)
    failures = out / "scan.log"

    size_of = {Path(it.path).name: it.size for it in todo}
    shown: dict[str, int] = {}  # bytes of an unfinished text already shown by its stages
    partial: dict[tuple[str, str], float] = {}  # the share of a text's stage already shown by its parts

    def show_stage(name: str, stage: str) -> None:
        """The stage a text has reached: the bar moves by the stage's share of the text's bytes."""
        base, _, part = stage.partition(" ")  # "detectors 12/95": the 12th of 95 detectors ended
        whole = STAGE_SHARE.get(base, 0.0)
        if part:  # a part of a stage moves the bar by its part of the stage's share
            k, n = map(int, part.split("/"))
            share = whole / n if k < n else 0.0
            partial[name, base] = partial.get((name, base), 0.0) + share
        else:  # the stage's end: the rest of its share
            share = whole - partial.pop((name, base), 0.0)
        step = min(int(size_of.get(name, 0) * share), size_of.get(name, 0) - shown.get(name, 0))
        if step > 0:
            shown[name] = shown.get(name, 0) + step
            bar.update(step)
        bar.set_postfix_str(f"{name}: {stage} done", refresh=True)

    def record(infos: list[dict], size: int) -> None:
        size -= sum(shown.pop(r["file"], 0) for r in infos)  # the rest of the batch's bytes
        for r in infos:
            if r["status"] == "done":
                summary.done += 1
            else:
                summary.failed.append((r["path"], r["error"]))
                log(f"scan: skipped {r['error']}")
                with failures.open("a", encoding="utf-8") as fh:
                    fh.write(f"{r['error']}\n")
            summary.cpu += r["cpu_seconds"]
        summary.bytes += size
        bar.update(size)
        bar.set_postfix(texts=summary.done, failed=len(summary.failed), refresh=False)

    try:
        if scheduler:
            from .cluster import run_on_cluster

            run_on_cluster(scheduler, args, sizes, str(out), record)
        elif (jobs or os.cpu_count() or 1) <= 1 or len(args) <= 1:
            for a, size in zip(args, sizes):  # one batch: a large text's detectors share the cores
                record(run_batch(a, str(out), progress=lambda m: show_stage(*m), workers=jobs or os.cpu_count() or 1), size)
        else:
            import multiprocessing

            workers = min(jobs or os.cpu_count() or 1, len(args))
            with multiprocessing.Manager() as manager, ProcessPoolExecutor(max_workers=workers) as pool:
                stages = manager.Queue()
                futs = {pool.submit(run_batch, a, str(out), stages): size for a, size in zip(args, sizes)}
                pending = set(futs)
                try:
                    while pending:
                        done_now, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                        while not stages.empty():
                            show_stage(*stages.get_nowait())
                        for fut in done_now:
                            record(fut.result(), futs[fut])
                except BaseException:
                    for f in futs:
                        f.cancel()
                    raise
    finally:
        bar.close()
    if cross:
        from .cross import cross_findings, write_cross

        t1 = time.monotonic()
        df = cross_findings(targets, date_from_names, dates, jobs=jobs)
        write_cross(out, df)
        summary.cross = (len(df), time.monotonic() - t1)
    summary.wall = time.monotonic() - t0
    return summary


def scan(targets, out: str | Path | None = None, **kwargs) -> dict[str, pd.DataFrame]:
    """Scan texts and return every table as a DataFrame (see :data:`~tahqiq.scan.tables.TABLES`).

    ``targets``: paths, folders or globs (a single string is one target). ``out``: the folder of
    the Parquet tables (default: a temporary folder, removed afterwards). Other keyword arguments
    are those of :func:`scan_to` (``jobs``, ``date_from_names``, ``dates``, ``scheduler``, ``progress``).
    """
    import tempfile

    targets = [str(targets)] if isinstance(targets, (str, Path)) else [str(t) for t in targets]
    kwargs.setdefault("progress", False)
    kwargs.setdefault("log", lambda s: None)
    if out is not None:
        scan_to(targets, out, **kwargs)
        return store.read_tables(out)
    with tempfile.TemporaryDirectory(prefix="tahqiq-scan-") as tmp:
        scan_to(targets, tmp, **kwargs)
        return store.read_tables(tmp)
