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
Python than to read. The file is an index (a digest of each entry's key -> where the entry lies)
and the entries, each marshalled with its key: a run reads the index and decodes only the
entries it asks for (the file holds every pattern of every module, over a thousand, most of them
large; decoding all their keys cost a fresh process about 7 ms before its first pattern).

The module offers the rest of :mod:`re` too (``from ..text import recache as re`` in a module
whose patterns are built at import or from the lexicons: one line changed, the module's code as
before); patterns built from a text's own words should use plain :func:`re.compile`.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import mmap
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
FORMAT = 3
"""The cache file's layout (in its name): 3, an index of the entries' keys by digest, then the
entries, each key and its arguments marshalled apart (:class:`_Entries`; read lazily)."""
_MAGIC = b"tahqiq-recache-3\n"
"""The first bytes of a cache file, then the index's length (8 bytes), the index and the entries."""
MAX_MEMO = 4096
"""Patterns kept in memory (as :mod:`re`'s own cache, larger); past it the memory is emptied."""

_memo: dict[tuple[str, int], re.Pattern] = {}
_disk = None  # (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern, marshalled (a mapping)
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


def _digest(key) -> bytes:
    """What names ``key`` in a file's index: a 128-bit digest, the same in every process (a
    string's ``hash`` is not). A pattern's key ``(pattern, flags)`` is digested from its text and
    its flags' number (``re.I`` and ``2`` are one key); any other key (a tuple of strings and
    tuples: :func:`source`) from its ``repr``."""
    if len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int):
        data = key[0].encode("utf-8", "surrogatepass") + b"\0flags=%d" % int(key[1])
    else:
        data = repr(key).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


class _Entries:
    """The entries of a cache file, read lazily: ``key -> value`` (the value still marshalled) for
    the keys asked, each found through the file's index by its digest (the key is stored beside
    its value, for listing and merging the file, and not decoded to look a value up)."""

    def __init__(self, data: bytes | mmap.mmap):
        if data[:len(_MAGIC)] != _MAGIC:
            raise ValueError("not a cache file")
        at = len(_MAGIC) + 8
        size = int.from_bytes(data[len(_MAGIC):at], "little")
        self.index = marshal.loads(data[at:at + size])
        if not isinstance(self.index, dict):
            raise ValueError("not a cache file")
        self.data, self.base = data, at + size

    def _value(self, where):
        offset, key_len, value_len = where
        start = self.base + offset + key_len
        return marshal.loads(self.data[start:start + value_len])

    def _entry(self, where) -> tuple:
        offset, key_len, _ = where
        start = self.base + offset
        return marshal.loads(self.data[start:start + key_len]), self._value(where)

    def get(self, key, default=None):
        where = self.index.get(_digest(key))
        if where is None:
            return default
        try:
            return self._value(where)
        except (ValueError, EOFError, TypeError):
            return default

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return len(self.index)

    def items(self):
        for where in self.index.values():
            try:
                yield self._entry(where)
            except (ValueError, EOFError, TypeError):
                continue

    def __iter__(self):
        return (key for key, _ in self.items())

    def values(self):
        return (value for _, value in self.items())


def _read(path: Path | None, mapped: bool = False):
    """The cache file: (pattern, flags) -> the ``_sre.compile`` arguments, each still marshalled
    (bytes), read through the file's index (:class:`_Entries`), so that reading the file costs its
    index, not its entries; :func:`_args` decodes the few a run uses. Empty when the file is missing
    or broken. ``mapped`` (a run's look-ups): the file mapped into memory (on POSIX, where a file
    another process replaces, as :func:`_write` does, stays as it was for this one), not read whole,
    so that a run reads the pages of its index and of the entries it asks for (the file holds
    every module's patterns: reading its megabytes cost a fresh process about 1 ms)."""
    if not path:
        return {}
    try:
        if mapped and os.name == "posix":
            with path.open("rb") as f:
                return _Entries(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
        return _Entries(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _write(path: Path, entries: dict) -> None:
    """``entries`` (key -> marshalled value) as a cache file at ``path``, written atomically."""
    index, blob, offset = {}, [], 0
    for key, value in entries.items():
        k, v = marshal.dumps(key), marshal.dumps(value)
        index[_digest(key)] = (offset, len(k), len(v))
        blob += [k, v]
        offset += len(k) + len(v)
    head = marshal.dumps(index)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *blob]))
    os.replace(tmp, path)


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
            _disk = _read(cache_file(), mapped=True)
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
        _disk = _read(cache_file(), mapped=True)
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
        data = dict(_read(path).items())
        data.update(_new)
        _write(path, data)
        _new.clear()
    except (OSError, ValueError):
        pass
