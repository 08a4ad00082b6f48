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


def load_all() -> dict[str, Detector]:
    """Import every module of this package so that its detectors register."""
    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")
    return REGISTRY


def run(facts: Facts, scopes: set[str] | None = None,
        progress: Callable[[str, int, int], None] | None = None) -> list[Finding]:
    """Run every registered detector (of the given scopes) over the facts. ``progress``, if
    given, is called as ``progress(name, k, n)`` after the ``k``-th of the ``n`` detectors run
    (the progress bar of a large text)."""
    out: list[Finding] = []
    names = [n for n in sorted(load_all()) if not scopes or REGISTRY[n].scope in scopes]
    for k, name in enumerate(names, 1):
        out.extend(REGISTRY[name].func(facts))
        if progress is not None:
            progress(name, k, len(names))
    return out
