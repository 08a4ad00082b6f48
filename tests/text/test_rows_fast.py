"""records and tuples: to_dict("records") and itertuples(), the same values of the same types."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tahqiq.text.rows import records, tuples


def _frames():
    base = pd.DataFrame({
        "start": np.array([3, 9, 14], dtype=np.int64),
        "share": [0.5, np.nan, 2.0],
        "flag": [True, False, True],
        "text": ["١٥ آذار ٢٠٢٠", "May 2021", None],
        "obj": [np.int64(4), np.float64(1.5), {"a": 1}],
        "s": pd.array(["x", None, "ي"], dtype="string"),
        "n": pd.array([1, None, 3], dtype="Int64"),
        "when": pd.to_datetime(["2020-01-01", None, "1999-12-31"]),
        "cat": pd.Categorical(["a", "b", "a"]),
        "class": [1, 2, 3],  # a keyword: renamed in named tuples
        "sd": pd.array(["a", None, "ب"], dtype="str"),  # pandas' default strings (Arrow, NaN missing)
        "sp": pd.array([None, "b", "ج"], dtype="string[pyarrow]"),  # Arrow strings, NA missing
    }, index=[7, 2, 5])
    yield base
    yield base[base["start"] > 100]  # no rows
    yield base.iloc[1:]  # a slice (index not from 0)
    yield pd.DataFrame(index=range(2))  # rows, no columns
    yield pd.DataFrame({"a": ["x", "y"], "b": [np.int64(1), None]})  # object columns only


def _typed(rows):
    return [[(k, type(v).__name__, repr(v)) for k, v in r.items()] for r in rows]


@pytest.mark.parametrize("df", list(_frames()))
def test_records_equal_to_dict(df):
    want = df.to_dict("records")
    got = records(df)
    assert _typed(got) == _typed(want)


@pytest.mark.parametrize("df", list(_frames()))
@pytest.mark.parametrize("index", [True, False])
@pytest.mark.parametrize("name", ["Pandas", None, "Row"])
def test_tuples_equal_itertuples(df, index, name):
    want = list(df.itertuples(index=index, name=name))
    got = tuples(df, index=index, name=name)
    assert [tuple(map(repr, r)) for r in got] == [tuple(map(repr, r)) for r in want]
    assert [tuple(type(v) for v in r) for r in got] == [tuple(type(v) for v in r) for r in want]
    if name and want:
        assert got[0]._fields == want[0]._fields


def test_duplicate_columns_left_to_pandas():
    df = pd.DataFrame([[1, 2]], columns=["a", "a"])
    with pytest.warns(UserWarning):
        assert records(df) == [{"a": 2}]
