"""The dev-set figures beside the in-sample ones (the validity page's table)."""

import math
import re
from pathlib import Path

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


# Issue 12: each gold sample beyond tests/gold is headed by its set's status in the registry
# (benchmarks/yardsticks.yml), never «out-of-sample» by default.

REGISTRY = """sets:
  - name: default
    plants: planted/plants.yml
    clean: clean
    devset: true
    status: {dev}
  - name: heldout7
    plants: heldout7/plants.yml
    clean: heldout7/clean
    status: in-sample
  - name: heldout9a
    plants: heldout9/plants.yml
    clean: heldout9/clean
    files: [clean/a.txt]
    status: blind
  - name: heldout9b
    plants: heldout9/plants.yml
    clean: heldout9/clean
    files: [clean/b.txt]
    status: {nine_b}
"""


def _registry(tmp_path, dev="in-sample", nine_b="blind"):
    p = tmp_path / "yardsticks.yml"
    p.write_text(REGISTRY.format(dev=dev, nine_b=nine_b), encoding="utf-8")
    return p


@pytest.mark.parametrize("dev", ["in-sample", "blind"])
def test_the_devset_status_is_the_registry_s(tmp_path, dev):
    from tahqiq.review.devset import DEVSET, sample_status

    assert sample_status(DEVSET, _registry(tmp_path, dev=dev)) == dev


def test_a_heldout_folder_is_blind_only_while_every_set_drawn_from_it_is(tmp_path):
    from tahqiq.review.devset import sample_status

    assert sample_status("heldout7", _registry(tmp_path)) == "in-sample"
    assert sample_status("heldout9", _registry(tmp_path)) == "blind"
    assert sample_status("heldout9", _registry(tmp_path, nine_b="in-sample")) == "in-sample"
    # a folder no set names (heldout10, or heldout1 beside heldout10) is never called out of sample
    assert sample_status("heldout10", _registry(tmp_path)) == "in-sample"
    assert sample_status("heldout", _registry(tmp_path)) == "in-sample"


def test_a_project_without_the_registry_calls_every_sample_in_sample(tmp_path):
    # a copy of the book without benchmarks/ (a seminar's, the browser tests'): it still builds
    from tahqiq.review.devset import DEVSET, sample_status

    assert sample_status("heldout7", tmp_path / "benchmarks" / "yardsticks.yml") == "in-sample"
    assert sample_status(DEVSET, tmp_path / "benchmarks" / "yardsticks.yml") == "in-sample"


def test_each_sample_column_is_headed_by_its_status_in_both_editions(tmp_path):
    from tahqiq.review.devset import DEVSET, sample_label

    p = tmp_path / "devset.csv"
    p.write_text(CSV, encoding="utf-8")
    h = tmp_path / "heldout9.csv"
    h.write_text(CSV.replace("0.950", "0.700").replace("out-of-sample (dev set)", "heldout9"), encoding="utf-8")
    quality = pd.DataFrame([{"text": "all texts", "type": "all", "precision": 0.99, "recall": 0.98}])
    reg = _registry(tmp_path)
    t = side_by_side({"dates": quality}, devset_scores(p), others={"heldout9": devset_scores(h)}, lang="en",
                     registry=reg).set_index("measure")
    dev_col, nine_col = sample_label(DEVSET, "in-sample", "en"), sample_label("heldout9", "blind", "en")
    assert list(t.columns) == [IN_SAMPLE, dev_col, nine_col]
    assert OUT_OF_SAMPLE not in t.columns and not any("out-of-sample" in c for c in t.columns[1:2])
    assert dev_col.startswith("in-sample") and nine_col.startswith("blind") and "heldout9" in nine_col
    row = t.loc["dates: exact-interval recall, publication date given"]
    assert (row[IN_SAMPLE], row[dev_col], row[nine_col]) == (0.98, 0.95, 0.7)
    ar = side_by_side({"dates": quality}, devset_scores(p), others={"heldout9": devset_scores(h)}, lang="ar",
                      display=True, registry=reg)
    assert ar.columns[2].startswith("داخل العيّنة") and ar.columns[3].startswith("عمياء")
    assert "benchmarks/heldout9" in ar.columns[3]
    assert ar.set_index("measure").loc["الأرقام: دقة القيمة والوحدة"].iloc[2] == "—"
    assert not any(re.search("[a-z]{4}", m.replace("dateparser", "")) for m in ar["measure"])  # no English left


def test_the_committed_heldout_gold_figures_load_with_the_registry_status():
    """Each committed heldout gold CSV loads, and its column is labelled with the status the registry
    gives the set of its folder (heldout7 and heldout8 have been read; a blind set stays blind)."""
    from tahqiq.corpus.catalogue import project_root
    from tahqiq.review import yardsticks
    from tahqiq.review.devset import gold_samples, sample_status

    samples = gold_samples()
    assert {"heldout7", "heldout8"} <= set(samples)
    registry = {Path(y.clean).parent.name: y.status for y in yardsticks.load(project_root() / "benchmarks" / "yardsticks.yml")}
    for name, df in samples.items():
        assert {"dates exact-interval precision", "figures value+unit recall"} <= set(df["measure"])
        assert set(df["sample"]) == {name}
        assert sample_status(name) == registry[name]
    assert sample_status("heldout7") == sample_status("heldout8") == "in-sample"
