"""Detectors, one module per family, and a registry that runs them all.

A detector is registered with :func:`detector` and has the signature ``(facts: Facts) -> list[Finding]``.
It never reads files and never knows an article id.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from ..facts import Facts
from ..review.findings import Finding


@dataclass(frozen=True)
class Detector:
    name: str
    scope: str  # internal | cross-work | external
    func: Callable[[Facts], list[Finding]]
    doc: str


REGISTRY: dict[str, Detector] = {}


def detector(name: str, scope: str = "internal"):
    """Register a detector under ``name``."""

    def wrap(func):
        REGISTRY[name] = Detector(name, scope, func, (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else "")
        return func

    return wrap


# Forms whose word order was scrambled by extraction: a rule that reads what stands before or after
# a word (an order word, a list, a clause) cannot trust the position of anything in them.
UNORDERED_FORMS = frozenset({"pdf-scrambled"})


def in_order(tf) -> bool:
    """Whether a text's word order can be trusted (its form is not one of ``UNORDERED_FORMS``)."""
    return getattr(tf.doc, "form", None) not in UNORDERED_FORMS


def per_ordered_text(find: Callable) -> Callable[[Facts], list[Finding]]:
    """A detector body that runs ``find(tf)`` on every text whose word order can be trusted."""

    def run_each(facts: Facts) -> list[Finding]:
        return [f for tf in facts if in_order(tf) for f in find(tf)]

    return run_each


_LOADED = False
"""Whether :func:`load_all` has imported the package's modules (its folder is listed once per process)."""


def load_all() -> dict[str, Detector]:
    """Import every module of this package so that its detectors register."""
    global _LOADED
    if not _LOADED:
        for mod in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{mod.name}")
        _LOADED = True
    return REGISTRY


def run(facts: Facts, scopes: set[str] | None = None,
        progress: Callable[[str, int, int], None] | None = None, workers: int = 1) -> list[Finding]:
    """Run every registered detector (of the given scopes) over the facts. ``progress``, if
    given, is called as ``progress(name, k, n)`` after the ``k``-th of the ``n`` detectors run
    (the progress bar of a large text). ``workers`` > 1 runs every other detector in a forked
    process on the same facts (a large text on a machine with idle cores); the findings are the
    same, in the same order."""
    names = [n for n in sorted(load_all()) if not scopes or REGISTRY[n].scope in scopes]
    if workers > 1 and len(names) > 1 and _can_fork():
        return yield_fallbacks(_run_forked(facts, names, progress))
    out: list[Finding] = []
    for k, name in enumerate(names, 1):
        out.extend(REGISTRY[name].func(facts))
        if progress is not None:
            progress(name, k, len(names))
    return yield_fallbacks(out)


FALLBACK = "fallback"
"""An evidence key: a finding made by a rule of last resort (a stated figure set against every candidate around it)
gives the raw offset of the figure it checks under it, and gives way to any other finding of its kind that quotes
that figure."""


def yield_fallbacks(found: list[Finding]) -> list[Finding]:
    """The findings, without each fallback finding whose checked figure another finding of its kind quotes too (that
    finding read the figure's own wording: one fault, reported once)."""
    if not any(FALLBACK in f.evidence for f in found):
        return found
    firm = {(f.kind, sp.file, sp.start) for f in found if FALLBACK not in f.evidence for sp in f.spans}
    return [f for f in found if FALLBACK not in f.evidence
            or (f.kind, f.spans[0].file, f.evidence[FALLBACK]) not in firm]


def _can_fork() -> bool:
    """A fork is safe in a process with one thread (a Dask worker's threads may hold locks)."""
    import os
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def _run_forked(facts: Facts, names: list[str], progress) -> list[Finding]:
    """The detectors shared between this process and a forked child (which inherits the facts
    without copying them): each takes the next detector not yet taken (a counter in shared
    memory), so neither waits while the other has work; the child's findings come back pickled
    through a pipe."""
    import multiprocessing
    import os
    import pickle
    import signal
    import traceback

    nxt = multiprocessing.get_context("fork").Value("i", 0)

    def take() -> int:
        with nxt.get_lock():
            k = nxt.value
            nxt.value += 1
        return k

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(r)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                mine: dict[str, list[Finding]] = {}
                while (k := take()) < len(names):
                    mine[names[k]] = REGISTRY[names[k]].func(facts)
                got = ("ok", mine)
            except BaseException:
                got = ("error", traceback.format_exc())
            with os.fdopen(w, "wb") as fh:
                pickle.dump(got, fh, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    found: dict[str, list[Finding]] = {}
    try:
        while (k := take()) < len(names):
            found[names[k]] = REGISTRY[names[k]].func(facts)
            if progress is not None:
                progress(names[k], min(k + 1, len(names) - 1), len(names))
        with os.fdopen(r, "rb") as fh:
            status, got = pickle.load(fh)
    except BaseException:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        raise
    finally:
        os.waitpid(pid, 0)
    if status != "ok":
        raise RuntimeError(f"a detector failed in the forked process:\n{got}")
    found.update(got)
    if progress is not None:
        progress(names[-1], len(names), len(names))
    return [f for n in names for f in found[n]]
