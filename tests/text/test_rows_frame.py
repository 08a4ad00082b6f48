"""text.rows.frame: the table pd.DataFrame(rows, columns) with columns cast and rows sorted would give."""

import pandas as pd
import pytest

from tahqiq.text.rows import frame


def _pandas(rows, columns, dtypes=None, sort=None):
    df = pd.DataFrame(rows, columns=list(columns))
    for c, t in (dtypes or {}).items():
        df[c] = df[c].astype(t)
    return df.sort_values(sort, kind="stable").reset_index(drop=True) if sort else df


CASES = [
    ([], ("a", "b"), {}),
    ([], ("a", "b"), {"a": "Int64"}),
    ([], ("a", "b"), {"a": "int64", "b": "float64"}),
    ([{"a": 1, "b": None}, {"a": 2}], ("a", "b"), {}),  # a missing key: NaN, as pandas reads it
    ([{"a": 1, "b": None}, {"a": None, "b": "x"}], ("a", "b"), {"a": "Int64"}),
    ([(1, None, "x", 2.0, [1]), (2, 3, None, None, {"k": 1})], ("a", "b", "c", "d", "e"), {"b": "Int64"}),
    ([(1, True, "x"), (2, False, None)], ("a", "b", "c"), {"a": "float64"}),
    ([(1, None, None)], ("a", "b", "c"), {}),
]


@pytest.mark.parametrize("rows,columns,dtypes", CASES)
def test_frame_as_pandas_builds_it(rows, columns, dtypes):
    pd.testing.assert_frame_equal(frame(rows, columns, dtypes), _pandas(rows, columns, dtypes), check_exact=True)


def test_frame_sorted_stably():
    rows = [{"start": 5, "k": "b", "v": 1.0}, {"start": 1, "k": "z", "v": None}, {"start": 5, "k": "a", "v": 2.5},
            {"start": 1, "k": "a", "v": 3.0}]
    got = frame(rows, ("start", "k", "v"), {"start": "int64"}, by=lambda r: r["start"])
    pd.testing.assert_frame_equal(got, _pandas(rows, ("start", "k", "v"), {"start": "int64"}, sort="start"),
                                  check_exact=True)
    got = frame(rows, ("start", "k", "v"), by=lambda r: (r["start"], r["k"]))
    pd.testing.assert_frame_equal(got, _pandas(rows, ("start", "k", "v"), sort=["start", "k"]), check_exact=True)
