"""The dev-set figures beside the in-sample ones (the validity page's table)."""

import math

import pandas as pd
import pytest

from tahqiq.errors import TahqiqError
from tahqiq.review.devset import IN_SAMPLE, OUT_OF_SAMPLE, devset_scores, side_by_side

CSV = """measure,tool,anchor,value,gold,sample
dates exact-interval recall,tahqiq CLI,--date,0.950,100,out-of-sample (dev set)
dates exact-interval precision,tahqiq CLI,--date,0.970,100,out-of-sample (dev set)
figures value+unit recall,tahqiq API,-,0.500,40,out-of-sample (dev set)
"""


def test_the_devset_figures_sit_beside_the_in_sample_ones(tmp_path):
    p = tmp_path / "devset.csv"
    p.write_text(CSV, encoding="utf-8")
    quality = pd.DataFrame([{"text": "all texts", "type": "all", "precision": 0.99, "recall": 0.98}])
    t = side_by_side({"dates": quality}, devset_scores(p)).set_index("measure")
    row = t.loc["dates: exact-interval recall, publication date given"]
    assert (row[IN_SAMPLE], row[OUT_OF_SAMPLE]) == (0.98, 0.95)
    assert math.isnan(t.loc["figures: value and unit precision", OUT_OF_SAMPLE])
    shown = side_by_side({"dates": quality}, devset_scores(p), display=True).set_index("measure")
    assert shown.loc["figures: value and unit recall", IN_SAMPLE] == "—"
    assert shown.loc["figures: value and unit recall", OUT_OF_SAMPLE] == "0.500"


def test_a_bad_devset_file_is_named(tmp_path):
    with pytest.raises(TahqiqError, match="no such file"):
        devset_scores(tmp_path / "missing.csv")
    p = tmp_path / "bad.csv"
    p.write_text("measure,tool,anchor,value,gold,sample\nx,y,-,high,1,s\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="bad.csv.*not a number|not a number"):
        devset_scores(p)
    p.write_text("measure,value\nx,1\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="missing column"):
        devset_scores(p)


def test_the_committed_devset_figures_load():
    df = devset_scores()
    assert {"dates exact-interval recall", "CPU ratio to dateparser, cold, imports included"} <= set(df["measure"])
