"""Rows of a table as named tuples that survive pickling.

``DataFrame.itertuples()`` makes its rows of a class named ``Pandas`` created on the fly, which
:mod:`pickle` cannot find again; a row kept in per-text facts (a phrase's date, say) then breaks
the worker processes of the cross-work stage (:mod:`tahqiq.scan.cross`). :func:`rows` gives the
same named tuples (same fields, ``_replace``, equality with tuples) of a class that pickles by
its column names.
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache

import pandas as pd


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
    return [cls._make(r) for r in df.itertuples(index=False, name=None)]
