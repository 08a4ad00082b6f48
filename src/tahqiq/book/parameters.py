"""Papermill parameters checked by the notebook that receives them.

Papermill injects every ``-p NAME VALUE`` as a variable, and only warns about a name the
template's ``parameters`` cell does not define: a typo (``-p articel_id mahmoud-2023``) would
silently render the default work. A template calls :func:`check` first thing after its
parameters cell; any variable of the kernel's namespace that is neither a known parameter nor
one of IPython's own names is an error naming it and the known parameters.
"""

from __future__ import annotations

import difflib

from ..errors import TahqiqError


def unknown(namespace: dict, known: tuple[str, ...], hidden: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The names of ``namespace`` that are not ``known`` parameters, IPython's ``hidden`` names or private."""
    return sorted(k for k in namespace if not k.startswith("_") and k not in known and k not in hidden)


def check(namespace: dict, known: tuple[str, ...], template: str) -> None:
    """Raise a :class:`TahqiqError` naming ``template``, every unknown parameter (with the closest
    known one) and the known parameters, if ``namespace`` holds a variable no parameter cell defines.

    In a notebook: ``check(globals(), ("article_id", "witness"), "notebooks/article.ipynb")`` in
    the first cell after the parameters cell, before any import (imports add names)."""
    hidden: set[str] = set()
    try:  # IPython's own names (In, Out, exit, quit, get_ipython …), when running in a kernel
        from IPython import get_ipython

        ip = get_ipython()
        if ip is not None:
            hidden = set(ip.user_ns_hidden)
    except ImportError:  # pragma: no cover - IPython is a dependency of the notebooks
        pass
    bad = unknown(namespace, known, hidden | {"In", "Out", "get_ipython", "exit", "quit", "open"})
    if not bad:
        return
    hints = []
    for name in bad:
        close = difflib.get_close_matches(name, known, n=1)
        hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    raise TahqiqError(template, f"unknown parameter{'s' if len(bad) > 1 else ''} {', '.join(hints)}; "
                                f"the known parameters are {', '.join(known) or 'none'}")
