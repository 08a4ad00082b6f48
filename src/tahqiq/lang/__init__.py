"""Language data as data: the lexicons every stage reads, one YAML file each in this folder.

A lexicon file is a mapping with a ``description`` (what it holds and where its entries come
from) and its entries under ``entries``: a list of words, a mapping of lists, or a mapping of
mappings, as the file's consumer documents. :func:`lexicon` reads a file once, validates its
shape and returns the entries; :func:`words` returns one list of it folded with
:func:`tahqiq.text.normtext.fold` (the form extractors match against), also once.

The folder can be replaced as a whole by setting ``TAHQIQ_LANG_DIR`` (a copy with one more
spelling, say) and calling :func:`reload`: every stage then reads the copy.

Where each kind of word lives (add a new spelling to one file and every stage sees it):
see the ``description`` of each file, and ``ARCHITECTURE.md``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from ..errors import TahqiqError

HERE = Path(__file__).resolve().parent


def folder() -> Path:
    """The folder the lexicons are read from: ``$TAHQIQ_LANG_DIR`` or this package's folder."""
    env = os.environ.get("TAHQIQ_LANG_DIR")
    return Path(env) if env else HERE


def _check(path: Path, entries, where: str = "entries") -> None:
    """Entries are lists of non-empty strings, or mappings whose values are entries, numbers or
    strings, to any depth."""
    if isinstance(entries, list):
        for i, w in enumerate(entries):
            if isinstance(w, (dict, list)):
                _check(path, w, f"{where}[{i}]")
            elif not isinstance(w, (str, int, float)) or (isinstance(w, str) and not w.strip()):
                raise TahqiqError(path, f"{where}[{i}]: expected a non-empty string, not {w!r}")
    elif isinstance(entries, dict):
        for k, v in entries.items():
            if isinstance(v, (dict, list)):
                _check(path, v, f"{where}.{k}")
            elif v is not None and not isinstance(v, (str, int, float, bool)):
                raise TahqiqError(path, f"{where}.{k}: unexpected value {v!r}")
    else:
        raise TahqiqError(path, f"{where}: expected a list or a mapping")


def _read(path: Path, missing: str) -> dict:
    """The YAML file ``path`` as a mapping, kept in the cache folder of :mod:`tahqiq.text.recache`
    keyed by the file's bytes (as Python keeps compiled bytecode): a later process reads the
    mapping back instead of parsing the YAML (and importing the parser) on its first text.
    ``TAHQIQ_CACHE=off`` turns it off; any failure of the cache reads the YAML itself."""
    import hashlib
    import marshal

    from ..text.recache import cache_file

    cache = cache_file()
    try:
        raw = path.read_bytes() if cache is not None else None
    except OSError:
        raw = None
    if raw is None:
        from ..corpus.yamlfile import read_yaml

        return read_yaml(path, missing=missing)
    key = hashlib.blake2b(raw, digest_size=16).hexdigest()
    where = cache.with_name(f"lexicon-{path.stem}-{key}.marshal")
    try:
        data = marshal.loads(where.read_bytes())
        if isinstance(data, dict):
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    from ..corpus.yamlfile import read_yaml

    data = read_yaml(path, missing=missing)
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        tmp = where.with_name(f"{where.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, where)
        for old in where.parent.glob(f"lexicon-{path.stem}-*.marshal"):  # an earlier version of the file
            if old != where:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
    return data


@lru_cache(maxsize=None)
def lexicon(name: str):
    """The entries of ``<name>.yml``, validated (read once; :func:`reload` forgets them)."""
    path = folder() / f"{name}.yml"
    data = _read(path, missing=f"no such lexicon {name!r}")
    if not isinstance(data.get("description"), str) or not data["description"].strip():
        raise TahqiqError(path, "missing field 'description'")
    if "entries" not in data:
        raise TahqiqError(path, "missing field 'entries'")
    _check(path, data["entries"])
    return data["entries"]


@lru_cache(maxsize=None)
def words(name: str, key: str | None = None) -> tuple[str, ...]:
    """A list of ``<name>.yml`` (the entries themselves, or the list under ``key``), folded, in
    file order, without duplicates."""
    from ..text.normtext import fold

    entries = lexicon(name)
    if key is not None:
        if not isinstance(entries, dict) or key not in entries:
            raise TahqiqError(folder() / f"{name}.yml", f"no list {key!r} under 'entries'")
        entries = entries[key]
    if not isinstance(entries, list):
        raise TahqiqError(folder() / f"{name}.yml", f"entries{'.' + key if key else ''}: expected a list")
    return tuple(dict.fromkeys(fold(str(w)) for w in entries))


_HOOKS: list = []


def on_reload(hook) -> None:
    """Have :func:`reload` call ``hook()`` (a stage rebuilding the tables it made from lexicons)."""
    if hook not in _HOOKS:
        _HOOKS.append(hook)


def reload() -> None:
    """Forget every lexicon read so far (after ``TAHQIQ_LANG_DIR`` or a file changed), and rebuild
    what the stages made from them (see :func:`on_reload`)."""
    lexicon.cache_clear()
    words.cache_clear()
    for hook in _HOOKS:
        hook()
