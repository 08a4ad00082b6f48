"""The tables of one text, as a corpus scan writes them.

:func:`text_tables` loads one file, extracts its blocks, dates, figures, citations (with the
bibliography and notes), entity mentions and event links, runs the internal detectors on it
alone, and returns every table as a DataFrame ready for Parquet (:func:`for_parquet`). It is the
unit of work of :mod:`tahqiq.scan.run`, in a worker process or on a Dask worker.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from functools import lru_cache
from pathlib import Path

import pandas as pd

TABLES = ("texts", "blocks", "dates", "figures", "citations", "bibliography", "notes", "entities", "events",
          "findings", "crosswork")
"""Every table a scan writes; ``texts`` has one row per text scanned (its hash); ``crosswork`` the
findings of the cross-work detectors (``--cross``), recomputed over all the texts on each run."""

_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?)?(?!\d)")


def date_from_name(name: str) -> str | None:
    """A publication date written in a file name: ``2024-05-20``, ``20240520``, ``2024-05`` or ``2024``."""
    m = _NAME_DATE.search(Path(name).name)
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


def _json(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, (dict, list, tuple, set)):
        return json.dumps(list(v) if isinstance(v, (set, tuple)) else v, ensure_ascii=False, sort_keys=True,
                          default=str)
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return str(v)


@lru_cache(maxsize=1)
def _string() -> pd.api.extensions.ExtensionDtype:
    """pandas' ``"string"`` dtype, its name resolved once per process (resolving it asks every
    registered dtype in turn: most of the time of casting a text's small columns)."""
    return pd.api.types.pandas_dtype("string")


def _strings(col) -> pd.api.extensions.ExtensionArray:
    """A column of strings (each a ``str`` or missing) as the ``"string"`` array of :func:`for_parquet`.

    With pandas' Arrow strings (the default) the array is made from Arrow's strings at once: a
    ``"str"`` column's own Arrow data (what ``astype("string")`` keeps), a list's values by one
    ``pyarrow.array``, without ``pd.array``'s check and conversion of each value (which cost most of
    the time of the small columns of one text). Otherwise, ``pd.array(col, dtype="string")``."""
    dtype = _string()
    if getattr(dtype, "storage", None) == "pyarrow":
        import pyarrow as pa
        from pandas.core.arrays.string_arrow import ArrowStringArray

        if isinstance(col, ArrowStringArray):
            return ArrowStringArray(col._pa_array, dtype=dtype)
        if isinstance(col, list):
            return ArrowStringArray(pa.array(col, type=pa.large_string()), dtype=dtype)
    return col.astype(dtype) if not isinstance(col, list) else pd.array(col, dtype=dtype)


_EMPTY: dict = {}
"""The :func:`for_parquet` table of a table without rows, by its columns and their dtypes (all it
depends on then), made once per process: most texts have no findings, and many no notes or no
bibliography (making a table costs the same with no row)."""


def for_parquet(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text-like columns are strings (JSON for nested values): one Parquet schema
    for every part, whatever a batch happened to contain."""
    if len(df) == 0:
        try:
            key = (tuple(df.columns), df.columns.dtype, tuple(df.dtypes))
            hash(key)
        except TypeError:  # (unhashable column names: made each time)
            return _for_parquet(df)
        if key not in _EMPTY:
            _EMPTY[key] = _for_parquet(df)
        return _EMPTY[key].copy()
    return _for_parquet(df)


def _for_parquet(df: pd.DataFrame) -> pd.DataFrame:
    cols = {}
    for i, (col, dt) in enumerate(zip(df._iter_column_arrays(), df.dtypes.values)):
        if isinstance(dt, pd.StringDtype):  # strings or missing values already: the same values, cast at once
            col = _strings(col)
        elif dt == object:
            col = _strings([v if type(v) is str else _json(v) for v in col.tolist()])
        cols[i] = col
    # built at once (a column set one by one costs more than its values), on a fresh range index
    out = pd.DataFrame(cols, index=pd.RangeIndex(len(df)))
    out.columns = df.columns
    return out


FINE_BYTES = 1_000_000
"""From this size on, a text's detectors stage reports each detector as it ends, so that the
progress bar of a large text moves inside its longest stage (smaller texts report stages only:
one message per detector per text would cost more than it shows)."""


def text_tables(path: str | Path, published: str | None = None, reference=None, stage=None,
                workers: int = 1) -> dict[str, pd.DataFrame]:
    """Every table of one text (not ``texts``). Raises :class:`~tahqiq.errors.TahqiqError` for
    bad input (missing, empty, binary, not UTF-8). ``stage(name)``, if given, is called as each
    stage of the text ends (the progress of a large text). ``workers`` > 1 lets a large text's
    detectors use that many processes (:func:`tahqiq.checks.run`)."""
    from .. import checks
    from ..corpus.catalogue import load_path
    from ..facts import Facts, load_reference, text_facts
    from ..review.findings import to_frame

    reference = reference or load_reference()
    tf = text_facts(load_path(path), reference, timer=(lambda name, seconds: stage(name)) if stage else None)
    tf.published = published
    out = {name: getattr(tf, name) for name in ("blocks", "dates", "figures", "citations", "bibliography", "notes",
                                                 "entities")}
    out["events"] = tf.links
    each = None
    large = len(tf.raw.encode("utf-8")) >= FINE_BYTES
    if stage and large:  # a large text: the bar moves inside the stage
        each = (lambda name, k, n: stage(f"detectors {k}/{n}"))
    found = to_frame(checks.run(Facts([tf], reference), {"internal"}, progress=each, workers=workers if large else 1))
    if stage:
        stage("detectors")
    found.insert(0, "file", tf.file)
    out["findings"] = found
    return {k: for_parquet(v) for k, v in out.items()}


def timed_tables(path: str, published: str | None, stage=None,
                 workers: int = 1) -> tuple[dict[str, pd.DataFrame] | None, str | None, float]:
    """:func:`text_tables`, catching a failure as one line (``file: problem``) instead of raising."""
    from ..errors import TahqiqError

    def cpu() -> float:  # this process and any it forked for the detectors of a large text
        t = os.times()
        return time.process_time() + t.children_user + t.children_system

    t0 = cpu()
    try:
        return text_tables(path, published, stage=stage, workers=workers), None, cpu() - t0
    except TahqiqError as exc:
        return None, str(exc), cpu() - t0
    except Exception as exc:  # a bug on one text must not stop a corpus
        return None, f"{path}: internal error: {type(exc).__name__}: {exc}".splitlines()[0][:300], cpu() - t0
