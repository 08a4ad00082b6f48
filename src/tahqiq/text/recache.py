"""Compiled regular expressions kept on disk between runs, as Python keeps compiled bytecode.

The extractors build a few hundred large patterns (the lexicons' alternations); parsing and
compiling them with :mod:`re` costs most of a fresh process's first text (about 80 ms, against a
few ms to read a text once they are built). :func:`compile` is :func:`re.compile` with the
compiler's output (the ``_sre`` code of the pattern) kept in a cache file, keyed by the Python
version and the ``_sre`` format, so that a later process rebuilds each pattern from its code
directly. The pattern is the same object :func:`re.compile` makes (``==`` compares the code; a
test checks it), so every match is the same.

The cache file is ``$TAHQIQ_CACHE/re-<python>-<sre magic>-<format>.marshal`` (default
``~/.cache/tahqiq``); ``TAHQIQ_CACHE=off`` turns it off. It is read once, at the first pattern,
and written at exit (atomically, merged with what another process wrote) when new patterns were
compiled; any failure to read or write it falls back to plain :func:`re.compile`. The file also
keeps the texts of patterns built from word lists (:func:`source`), which cost more to build in
Python than to read.

The module offers the rest of :mod:`re` too (``from ..text import recache as re`` in a module
whose patterns are built at import or from the lexicons: one line changed, the module's code as
before); patterns built from a text's own words should use plain :func:`re.compile`.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Callable

import _sre
from re import *  # noqa: F401,F403 (this module stands in for re)
from re import Match, Pattern, RegexFlag, error, escape  # noqa: F401

MAX_ENTRIES = 20_000
"""Past this many patterns the cache file takes no new ones."""
FORMAT = 2
"""The cache file's layout (in its name): 2, each entry's arguments marshalled apart (read lazily)."""
MAX_MEMO = 4096
"""Patterns kept in memory (as :mod:`re`'s own cache, larger); past it the memory is emptied."""

_memo: dict[tuple[str, int], re.Pattern] = {}
_disk: dict | None = None  # (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern, marshalled
_new: dict = {}
_where: tuple = ()  # the environment :func:`cache_file` last read, and its answer


def cache_file() -> Path | None:
    global _where
    env = (os.environ.get("TAHQIQ_CACHE", ""), os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))
    if _where and _where[0] == env:  # called at every pattern: Path.home() and the joins once per setting
        return _where[1]
    where = env[0]
    if where.lower() in ("off", "0", "no"):
        path = None
    else:
        folder = Path(where) if where else Path(env[1] or Path.home() / ".cache") / "tahqiq"
        v = sys.version_info
        path = folder / f"re-{sys.implementation.name}{v.major}{v.minor}-{_sre.MAGIC}-{FORMAT}.marshal"
    _where = (env, path)
    return path


def _read(path: Path | None) -> dict:
    """The cache file: (pattern, flags) -> the ``_sre.compile`` arguments, each still marshalled
    (bytes), so that reading the file costs little more than its size however many patterns it
    holds; :func:`_args` decodes the few a run uses."""
    try:
        data = marshal.loads(path.read_bytes()) if path else {}
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _args(value) -> tuple | None:
    """The ``_sre.compile`` arguments of a cache entry (marshalled bytes, or a tuple of an older file)."""
    try:
        return marshal.loads(value) if isinstance(value, bytes) else value
    except (ValueError, EOFError, TypeError):
        return None


def _code(pattern: str, flags: int) -> tuple:
    """What :func:`re._compiler.compile` passes to ``_sre.compile`` after the pattern."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name, on purpose)
    """:func:`re.compile`, from the code cached on disk when an earlier run compiled ``pattern``."""
    global _disk
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    key = (pattern, flags)
    hit = _memo.get(key)
    if hit is not None:
        return hit
    if not isinstance(pattern, str) or flags & re.DEBUG or cache_file() is None:
        cp = re.compile(pattern, flags)
    else:
        if _disk is None:
            _disk = _read(cache_file())
            atexit.register(save)
        args = _args(_disk.get(key))
        cp = None
        if args is not None:
            try:
                cp = _sre.compile(pattern, *args)
            except (TypeError, ValueError, RuntimeError):
                cp = None
        if cp is None:
            try:  # the compiler's internals are private: on any surprise, plain re.compile
                args = _code(pattern, flags)
                cp = _sre.compile(pattern, *args)
            except Exception:  # noqa: BLE001
                cp = re.compile(pattern, flags)
            else:
                if len(_disk) + len(_new) < MAX_ENTRIES:
                    _new[key] = marshal.dumps(args)
    if len(_memo) >= MAX_MEMO:
        _memo.clear()
    _memo[key] = cp
    return cp


def source(key: tuple, build: Callable[[], str]) -> str:
    """A pattern's text that takes long to build from its words (:func:`tahqiq.text.patterns.trie`:
    a few ms for the dates patterns' tables), kept in the cache file beside the compiled patterns:
    ``build()``'s answer from an earlier run when the file has ``key``, else ``build()`` (and kept).
    ``key`` is a tuple of strings and tuples that names everything the answer depends on, the
    building code's version included (so a changed builder never reads an old answer)."""
    global _disk
    if cache_file() is None:
        return build()
    if _disk is None:
        _disk = _read(cache_file())
        atexit.register(save)
    got = _args(_disk.get(key))
    if isinstance(got, str):
        return got
    got = build()
    if len(_disk) + len(_new) < MAX_ENTRIES:
        _new[key] = marshal.dumps(got)
    return got


def save() -> None:
    """Write the patterns compiled in this run into the cache file (merged with the file's)."""
    path = cache_file()
    if not _new or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _read(path)
        data.update(_new)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
        _new.clear()
    except (OSError, ValueError):
        pass
