"""The registry of planted-fault sets: blind or in-sample, checked on load, read for the book."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tahqiq.errors import TahqiqError
from tahqiq.review import yardsticks

ROOT = Path(__file__).resolve().parents[2]


def test_the_project_registry_loads_and_every_set_exists():
    sets = yardsticks.load(ROOT / "benchmarks" / "yardsticks.yml")
    assert {s.status for s in sets} <= set(yardsticks.STATUSES)
    for s in sets:
        assert s.plants.is_file(), s.plants
        assert s.clean.is_dir(), s.clean
        assert s.status == "blind" or s.read, f"{s.name}: an in-sample set says when its misses were read"


@pytest.mark.parametrize("body,problem", [
    ("sets: []\n", "non-empty list under 'sets'"),
    ("sets:\n  - name: a\n    plants: p.yml\n    clean: c\n    status: secret\n", "status 'secret' is not one of"),
    ("sets:\n  - name: a\n    plants: p.yml\n    status: blind\n", "'clean' is missing"),
    ("sets:\n  - name: a\n    plants: p.yml\n    clean: c\n    status: blind\n"
     "  - name: a\n    plants: q.yml\n    clean: d\n    status: blind\n", "listed twice"),
    ("sets:\n  - just a string\n", "expected a mapping"),
])
def test_a_malformed_registry_is_one_line_naming_the_file(tmp_path, body, problem):
    p = tmp_path / "yardsticks.yml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(TahqiqError) as e:
        yardsticks.load(p)
    assert str(p) in str(e.value) and problem in str(e.value) and "\n" not in str(e.value)


def test_find_by_plants_path(tmp_path):
    (tmp_path / "h9").mkdir()
    p = tmp_path / "yardsticks.yml"
    p.write_text("sets:\n  - name: h9\n    plants: h9/plants.yml\n    clean: h9/clean\n    status: blind\n",
                 encoding="utf-8")
    assert yardsticks.find(p, tmp_path / "h9" / "plants.yml").name == "h9"
    assert yardsticks.find(p, tmp_path / "other.yml") is None


def _row(name, status, caught, plants=100, fa=1, chars=20_000):
    return {"set": name, "status": status, "texts": 9, "chars": chars, "plants": plants, "kinds": 19,
            "caught": caught, "recall": round(caught / plants, 3), "false_alarms": fa,
            "per_10k": round(fa / chars * 1e4, 2), "commit": "abc1234", "measured": "2026-12-04"}


def test_results_put_blind_sets_first_and_the_glue_names_the_newest_blind_set(tmp_path):
    p = tmp_path / "yardsticks.csv"
    pd.DataFrame([_row("default", "in-sample", 80), _row("heldout8", "blind", 40, fa=3),
                  _row("heldout7", "in-sample", 60)]).to_csv(p, index=False)
    df = yardsticks.results(p)
    assert list(df["status"]) == ["blind", "in-sample", "in-sample"]
    g = yardsticks.blind_glue(df)
    assert (g["blind_set"], g["blind_caught"], g["blind_n"], g["blind_recall"], g["blind_fa_10k"]) == \
        ("heldout8", 40, 100, "40%", "1.50")


def test_no_blind_set_and_no_results_file(tmp_path):
    p = tmp_path / "yardsticks.csv"
    pd.DataFrame([_row("default", "in-sample", 80)]).to_csv(p, index=False)
    assert yardsticks.blind_glue(yardsticks.results(p))["blind_set"] == "none"
    empty = yardsticks.results(tmp_path / "absent.csv")
    assert empty.empty and list(empty.columns) == list(yardsticks.COLUMNS)


def test_a_results_file_missing_a_column_is_named(tmp_path):
    p = tmp_path / "yardsticks.csv"
    pd.DataFrame([{"set": "x", "status": "blind"}]).to_csv(p, index=False)
    with pytest.raises(TahqiqError, match="missing column"):
        yardsticks.results(p)


def test_a_part_of_a_set_names_texts_of_the_set_and_parts_do_not_overlap():
    from tahqiq.review.planted import load_recipes, only_files

    sets = yardsticks.load(ROOT / "benchmarks" / "yardsticks.yml")
    parts: dict[Path, list[set]] = {}
    for s in sets:
        if s.files:
            rec = only_files(load_recipes(s.plants, s.clean), s.files)
            assert set(rec.raw) == set(s.files) and rec.plants
            assert {p.file for p in rec.plants} <= set(s.files)
            parts.setdefault(s.plants, []).append(set(s.files))
    for plants, ps in parts.items():
        assert sum(len(p) for p in ps) == len(set().union(*ps)), f"{plants}: parts overlap"


def test_only_files_refuses_a_text_the_set_does_not_have():
    from tahqiq.review.planted import load_recipes, only_files

    rec = load_recipes(ROOT / "benchmarks" / "planted" / "plants.yml", ROOT / "benchmarks" / "clean")
    with pytest.raises(TahqiqError, match="no text 'clean/nope.txt'"):
        only_files(rec, ["clean/nope.txt"])


def test_with_no_blind_set_the_glue_gives_the_last_blind_figures_of_the_registry(tmp_path):
    reg = tmp_path / "yardsticks.yml"
    reg.write_text("sets:\n"
                   "  - {name: default, plants: p.yml, clean: c, status: in-sample}\n"
                   "  - {name: heldout8b, plants: p.yml, clean: c, status: in-sample,\n"
                   "     last_blind: {caught: 93, plants: 180, false_alarms: 13, chars: 14297, commit: dadb33c}}\n",
                   encoding="utf-8")
    p = tmp_path / "yardsticks.csv"
    pd.DataFrame([_row("default", "in-sample", 80)]).to_csv(p, index=False)
    g = yardsticks.blind_glue(yardsticks.results(p), reg)
    assert (g["blind_set"], g["blind_caught"], g["blind_n"], g["blind_recall"], g["blind_fa_10k"]) == \
        ("heldout8b (dadb33c)", 93, 180, "52%", "9.09")


def test_a_malformed_last_blind_is_named(tmp_path):
    reg = tmp_path / "yardsticks.yml"
    reg.write_text("sets:\n  - {name: a, plants: p.yml, clean: c, status: in-sample, last_blind: {caught: x}}\n",
                   encoding="utf-8")
    with pytest.raises(Exception, match="last_blind"):
        yardsticks.load(reg)


def test_the_newest_blind_set_is_the_highest_number_not_the_last_in_letters(tmp_path):
    p = tmp_path / "yardsticks.csv"
    pd.DataFrame([_row("heldout9", "blind", 50), _row("heldout10", "blind", 57)]).to_csv(p, index=False)
    assert yardsticks.blind_glue(yardsticks.results(p))["blind_set"] == "heldout10"
