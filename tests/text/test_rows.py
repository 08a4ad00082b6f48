"""Picklable rows: what itertuples gives, but a row survives a worker process."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

from tahqiq.text.rows import rows


def test_rows_are_itertuples_that_pickle():
    df = pd.DataFrame({"start": [3, 9], "text": ["١٥ آذار ٢٠٢٠", "May 2021"], "modifier": ["on", "since"]})
    got = rows(df)
    assert got == list(df.itertuples(index=False))  # same values, same order
    assert got[0].text == "١٥ آذار ٢٠٢٠" and got[1].modifier == "since"
    back = pickle.loads(pickle.dumps(got))
    assert back == got and back[1].start == 9 and type(back[0]) is type(got[0])
    changed = got[1]._replace(modifier=None)
    assert changed.modifier is None and pickle.loads(pickle.dumps(changed)) == changed


def test_rows_rename_bad_field_names_and_empty_tables():
    df = pd.DataFrame([[1, 2]], columns=["class", "2nd"])
    (r,) = rows(df)
    assert tuple(r) == (1, 2) and pickle.loads(pickle.dumps(r)) == r
    assert rows(pd.DataFrame()) == []


def test_plain_itertuples_do_not_pickle():
    """Why :func:`rows` exists (if pandas ever fixes this, the helper may go)."""
    (r,) = pd.DataFrame({"a": [1]}).itertuples(index=False)
    with pytest.raises(pickle.PicklingError):
        pickle.dumps(r)
