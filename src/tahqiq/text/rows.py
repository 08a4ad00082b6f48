"""Rows of a table as named tuples that survive pickling.

``DataFrame.itertuples()`` makes its rows of a class named ``Pandas`` created on the fly, which
:mod:`pickle` cannot find again; a row kept in per-text facts (a phrase's date, say) then breaks
the worker processes of the cross-work stage (:mod:`tahqiq.scan.cross`). :func:`rows` gives the
same named tuples (same fields, ``_replace``, equality with tuples) of a class that pickles by
its column names.

:func:`records` and :func:`tuples` are ``df.to_dict("records")`` and ``df.itertuples()`` (the same
values, of the same types) without pandas' cost of making a Series of every column first, which
is most of their time on the small tables of one text (a test compares them on every dtype).
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.api.extensions import ExtensionDtype
from pandas.core.arrays.masked import BaseMaskedArray
from pandas.core.arrays.string_arrow import ArrowStringArray
from pandas.core.dtypes.cast import maybe_box_native


def _reduce(self):
    return _row, (self._fields_in, tuple(self))


@lru_cache(maxsize=None)
def row_type(columns: tuple[str, ...]) -> type:
    """The named-tuple class of rows with ``columns`` (fields renamed as ``itertuples`` does)."""
    base = namedtuple("Row", columns, rename=True)
    return type("Row", (base,), {"__slots__": (), "_fields_in": columns, "__reduce__": _reduce})


def _row(columns: tuple[str, ...], values: tuple):
    return row_type(columns)(*values)


def rows(df: pd.DataFrame) -> list:
    """The rows of ``df`` as picklable named tuples (``df.itertuples(index=False)`` otherwise)."""
    cls = row_type(tuple(str(c) for c in df.columns))
    return [cls._make(r) for r in _plain(df, False)]


def _columns(df: pd.DataFrame) -> list[list]:
    """Each column's values as iterating its Series gives them (Python scalars from NumPy arrays)."""
    return [_values(a) for a in df._iter_column_arrays()]


def _values(a) -> list:
    if isinstance(a, np.ndarray):
        return a.tolist()
    if isinstance(a, ArrowStringArray):  # as iterating it gives: each string, or the dtype's missing value
        na = a.dtype.na_value
        return [na if v is None else v for v in a._pa_array.to_pylist()]  # 4-6x faster than iterating
    return list(a)


def _plain(df: pd.DataFrame, index: bool):
    """``df.itertuples(index=index, name=None)``."""
    cols = _columns(df)
    if index:
        cols.insert(0, list(df.index))
    return zip(*cols) if cols else iter([()] * len(df))


@lru_cache(maxsize=None)
def _pandas_type(fields: tuple[str, ...]) -> type:
    return namedtuple("Pandas", fields, rename=True)


def tuples(df: pd.DataFrame, index: bool = True, name: str | None = "Pandas") -> list:
    """``list(df.itertuples(index, name))``: the rows as named tuples (plain tuples if ``name`` is
    None), the index first as ``Index`` when ``index``."""
    rows = _plain(df, index)
    if name is None:
        return list(rows)
    fields = (["Index"] if index else []) + list(df.columns)
    cls = _pandas_type(tuple(fields)) if name == "Pandas" else namedtuple(name, fields, rename=True)
    return list(map(cls._make, rows))


def records(df: pd.DataFrame) -> list[dict]:
    """``df.to_dict("records")``: one dict per row, the values of object and extension columns
    boxed as pandas boxes them (NumPy scalars as Python ones)."""
    if not df.columns.is_unique:
        return df.to_dict("records")  # pandas warns and keeps the last: leave that to it
    columns = df.columns.tolist()
    cols = [_boxed(a, dt) for a, dt in zip(df._iter_column_arrays(), df.dtypes.values)]
    return [dict(zip(columns, r)) for r in zip(*cols)] if cols else [{} for _ in range(len(df))]


def _boxed(a, dt) -> list:
    """A column's values as ``to_dict("records")`` gives them: those of an object or extension column
    boxed by ``maybe_box_native`` (NumPy scalars as Python ones, ``pd.NA`` as None). Its two
    commonest extension arrays are boxed as a whole, not value by value (most of the time of a
    text's small tables): strings (each ``str`` as it is, a missing value as its boxed missing
    value) and masked numbers (their data's Python values, None where masked)."""
    if isinstance(a, ArrowStringArray):
        na = maybe_box_native(a.dtype.na_value)
        return [na if v is None else v for v in a._pa_array.to_pylist()]
    if isinstance(a, BaseMaskedArray):
        values = a._data.tolist()
        for i in np.flatnonzero(a._mask).tolist():
            values[i] = None
        return values
    values = _values(a)
    if dt == np.dtype(object) or isinstance(dt, ExtensionDtype):
        return list(map(maybe_box_native, values))
    return values


_MISSING = float("nan")
"""What a row given as a dict without a column's key holds there (as ``pd.DataFrame(dicts)`` has it)."""


def frame(rows: list, columns: tuple[str, ...] | list[str], dtypes: dict[str, str] | None = None,
          by=None) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)`` (rows as tuples, or as dicts), with each column of
    ``dtypes`` cast (``df[c] = df[c].astype(t)``) and, if ``by`` (a key of a row) is given, the rows
    in its order, stably (``.sort_values(…, kind="stable").reset_index(drop=True)``), built at once:
    one list per column, the typed ones as arrays of their type, sorted before the table is made.
    A text's tables are small: making a table and casting its columns one by one cost more than
    their values (a test compares the two on every table of the benchmark texts)."""
    columns = list(columns)
    dtypes = dtypes or {}
    if not rows:  # (the columns of no rows are of pandas' choosing: as it makes them)
        df = pd.DataFrame(rows, columns=columns)
        for c, t in dtypes.items():
            df[c] = df[c].astype(t)
        return df
    if by is not None:
        rows = sorted(rows, key=by)
    if isinstance(rows[0], dict):
        cols = [[r.get(c, _MISSING) for r in rows] for c in columns]
    else:
        cols = [list(v) for v in zip(*rows)]
    data = {}
    for c, values in zip(columns, cols):
        t = dtypes.get(c)
        data[c] = _strings(values) if t is None else pd.array(values, dtype=t) if t == "Int64" \
            else np.array(values, dtype=t)
    if len(data) == len(columns):  # the columns are the dict's keys, in order: not looked up again
        return pd.DataFrame(data)
    return pd.DataFrame(data, columns=columns)


@lru_cache(maxsize=1)
def _inferred_strings():
    """The dtype pandas gives a column of Python strings when it infers it (``"str"``, Arrow's
    strings, in pandas 3), or None when that is not an Arrow string array (objects, in older pandas)."""
    a = pd.DataFrame({"x": ["a"]})["x"].array
    return a.dtype if isinstance(a, ArrowStringArray) and a._pa_array.type == pa.large_string() else None


def _strings(values: list):
    """A column's values as pandas infers them, a column of strings alone (no missing value) made
    into its array at once (the Arrow strings pandas would make, without its check of each value:
    most of the time of building a text's small tables); any other column as it is."""
    dtype = _inferred_strings()
    if dtype is None or not all(type(v) is str for v in values):
        return values
    return ArrowStringArray(pa.array(values, type=pa.large_string()), dtype=dtype)
