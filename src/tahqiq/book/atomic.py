"""A build that survives interruption: cleaning up after an interrupted build, swapping the HTML
atomically, and turning SIGTERM into the same clean stop as Ctrl-C.

* Notebooks execute into ``_build/.executing/`` (never into ``book/``) and are renamed into place
  only when they succeeded; :func:`recover` removes what an interrupted build left there, and any
  hidden temporary notebook an older build left in ``book/``.
* The HTML is built into a fresh staging folder (``_build/.staging-*``, never reused, so a page
  removed from the book does not survive), moved to ``_build/html.<stamp>``, and published by
  renaming a symbolic link over ``_build/html`` (:func:`publish`): a reader sees the old book or
  the new one, never a mix or nothing. :func:`recover` restores ``_build/.html-old`` (left by a
  build interrupted while migrating from a real ``_build/html`` folder) and removes unpublished
  versions and staging folders.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from contextlib import contextmanager
from pathlib import Path

EXECUTING = ".executing"
OLD = ".html-old"


def build_dir(root: Path) -> Path:
    return root / "_build"


def executing_dir(root: Path) -> Path:
    return build_dir(root) / EXECUTING


def _published(root: Path) -> Path | None:
    html = build_dir(root) / "html"
    if html.is_symlink():
        target = html.resolve()
        return target if target.is_dir() else None
    return html if html.is_dir() else None


def recover(root: Path, log=print) -> list[str]:
    """Undo what an interrupted build left behind; returns what was done (one line each)."""
    done = []
    b = build_dir(root)
    for p in (root / "book").rglob(".*.ipynb") if (root / "book").is_dir() else ():
        p.unlink(missing_ok=True)
        done.append(f"removed the temporary notebook {p.relative_to(root)}")
    if executing_dir(root).exists():
        shutil.rmtree(executing_dir(root), ignore_errors=True)
        done.append(f"removed {EXECUTING}/ (notebooks of an interrupted build)")
    if b.is_dir():
        html, old = b / "html", b / OLD
        # .html-old next to a real (or missing, or dangling) _build/html: a swap was interrupted
        # before the new book was published, so the previous one is the complete one
        if old.is_dir() and (not html.is_symlink() or _published(root) is None):
            if html.is_symlink():
                html.unlink()
            elif html.exists():
                shutil.rmtree(html)
            os.replace(old, html)
            done.append("restored _build/html from .html-old (the swap of an interrupted build)")
        current = _published(root)
        for p in b.iterdir():
            stale = p.name.startswith(".staging") or p.name == ".html-link" or p.name == OLD or (
                p.name.startswith("html.") and (current is None or p.resolve() != current))
            if stale:
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)
                done.append(f"removed {p.relative_to(root)}")
    for line in done:
        log(f"recover: {line}")
    return done


def new_staging(root: Path) -> Path:
    """A fresh staging folder for jupyter-book (never one of an earlier build)."""
    b = build_dir(root)
    b.mkdir(parents=True, exist_ok=True)
    p = b / f".staging-{os.getpid()}-{time.time_ns()}"
    p.mkdir()
    return p


def publish(root: Path, built: Path, hook=None) -> Path:
    """Make the folder ``built`` the book at ``_build/html`` in one atomic rename of a symlink."""
    hook = hook or (lambda phase: None)
    b = build_dir(root)
    version = b / f"html.{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}"
    os.replace(built, version)
    link = b / ".html-link"
    link.unlink(missing_ok=True)
    os.symlink(version.name, link)
    html = b / "html"
    previous = _published(root)
    if html.is_dir() and not html.is_symlink():  # a book built before symlinks: move it aside first
        os.replace(html, b / OLD)
    hook("swap")
    os.replace(link, html)  # atomic: readers see the old book or the new one
    hook("swapped")
    for p in [b / OLD, previous]:
        if p is not None and p.exists() and p.resolve() != version.resolve():
            shutil.rmtree(p, ignore_errors=True)
    return html


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def sigterm_as_interrupt():
    """Within the block, SIGTERM stops the program like Ctrl-C (KeyboardInterrupt), so the same
    clean-up runs. Only in the main thread (where signal handlers can be set)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def worker_init() -> None:
    """In a notebook worker process: SIGTERM (sent when the build is interrupted) stops the
    notebook like Ctrl-C, so papermill shuts its kernel down and the temporary file is removed."""
    signal.signal(signal.SIGTERM, _raise_interrupt)


def stop_pool(pool, grace: float = 10.0) -> None:
    """Cancel the queued notebooks and stop the running ones promptly."""
    procs = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    deadline = time.monotonic() + grace
    for p in procs:
        p.join(max(0.0, deadline - time.monotonic()))
        if p.is_alive():
            p.kill()
