"""The planted-fault benchmark's recipes, their validation, and how a plant is counted caught.

The texts here are synthetic, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tahqiq.errors import TahqiqError
from tahqiq.review import planted
from tahqiq.review.planted import FAULT_KINDS, Plant, check_plant, load_recipes, summary

ROOT = Path(__file__).resolve().parents[2]
PLANTS = ROOT / "benchmarks" / "planted" / "plants.yml"

TEXT = "وقعت الاتفاقية عام 2010، وبعد عامين، في عام 2012، بدأ التنفيذ. The treaty was signed in 2010.\n"


def write(tmp_path: Path, plants: str, text: str = TEXT) -> Path:
    (tmp_path / "clean").mkdir(exist_ok=True)
    (tmp_path / "clean" / "a.txt").write_text(text, encoding="utf-8")
    d = tmp_path / "planted"
    d.mkdir(exist_ok=True)
    p = d / "plants.yml"
    p.write_text("texts:\n  clean/a.txt: plain\n  devset/absent.txt: plain\nplants:\n" + plants, encoding="utf-8")
    return p


def load(p: Path):
    return load_recipes(p, p.parent.parent / "clean", p.parent.parent / "no-devset")


def test_anchor_resolves_to_the_offset_of_before(tmp_path):
    p = write(tmp_path, '- {id: a, file: clean/a.txt, kind: order-word, anchor: "في عام 2012", before: "2012", after: "2008"}\n')
    rec = load(p)
    (pl,) = rec.plants
    assert TEXT[pl.offset:pl.offset + 4] == "2012"
    assert pl.apply(TEXT) == TEXT.replace("2012", "2008")
    assert rec.missing == ["devset/absent.txt"]


def test_offset_form_is_checked_against_the_text(tmp_path):
    off = TEXT.index("2012")
    p = write(tmp_path, f"- {{id: a, file: clean/a.txt, kind: order-word, offset: {off}, before: '2012', after: '2008'}}\n")
    assert load(p).plants[0].offset == off
    p = write(tmp_path, f"- {{id: a, file: clean/a.txt, kind: order-word, offset: {off + 1}, before: '2012', after: '2008'}}\n")
    with pytest.raises(TahqiqError, match=r"plant 'a': field 'before'.*not at offset"):
        load(p)


@pytest.mark.parametrize("line, problem", [
    ('- {id: a, file: clean/a.txt, kind: order-word, anchor: "عام 2011", before: "2011", after: "2008"}', "found 0 times"),
    ('- {id: a, file: clean/a.txt, kind: order-word, anchor: "2010", before: "2010", after: "2008"}', "found 2 times"),
    ('- {id: a, file: clean/a.txt, kind: order-word, anchor: "في عام 2012", before: "2013", after: "2008"}', "not once in the anchor"),
    ('- {id: a, file: clean/a.txt, kind: typo, anchor: "في عام 2012", before: "2012", after: "2008"}', "field 'kind'"),
    ('- {id: a, file: clean/b.txt, kind: order-word, anchor: "في عام 2012", before: "2012", after: "2008"}', "not listed under 'texts'"),
    ('- {id: a, file: clean/a.txt, kind: order-word, anchor: "في عام 2012", before: "2012", after: "2012"}', "same as 'before'"),
    ('- {id: a, file: clean/a.txt, kind: order-word, before: "2012", after: "2008"}', "missing field 'anchor'"),
    ('- {id: a, file: clean/a.txt, kind: order-word, anchor: "في عام 2012", after: "2008"}', "missing field 'before'"),
])
def test_a_bad_recipe_is_one_clear_error(tmp_path, line, problem):
    with pytest.raises(TahqiqError, match=problem) as e:
        load(write(tmp_path, line + "\n"))
    assert "plants.yml" in str(e.value)


def test_duplicate_ids_are_refused(tmp_path):
    line = '- {id: a, file: clean/a.txt, kind: order-word, anchor: "في عام 2012", before: "2012", after: "2008"}\n'
    with pytest.raises(TahqiqError, match="duplicate id"):
        load(write(tmp_path, line + line))


def test_plants_of_an_absent_devset_text_are_skipped(tmp_path):
    p = write(tmp_path, '- {id: d, file: devset/absent.txt, kind: order-word, anchor: "x", before: "x", after: "y"}\n')
    rec = load(p)
    assert rec.plants == [] and rec.missing == ["devset/absent.txt"]


def _frame(rows):
    return pd.DataFrame([{"kind": k, "message": "m", "spans": [{"start": a, "end": b, "text": ""} for a, b in spans]}
                         for k, spans in rows], columns=["kind", "message", "spans"])


def test_caught_means_a_new_finding_quoting_the_changed_phrase(monkeypatch):
    text = "A 2010 B 2012 C 2020"
    plant = Plant("p", "clean/a.txt", "order-word", text.index("2012"), "2012", "20120")  # one char longer
    baseline = _frame([("order-word-contradiction", [(2, 6), (16, 20)])])  # an old finding after the plant
    # the old finding, shifted by one character, quotes the plant's neighbourhood but is not new;
    # a new one elsewhere is not about the plant; a new one on the plant is.
    found = {
        "old-only": _frame([("order-word-contradiction", [(2, 6), (17, 21)])]),
        "elsewhere": _frame([("order-word-contradiction", [(2, 6)])]),
        "on-plant": _frame([("order-word-contradiction", [(2, 6), (9, 14)])]),
        "other-kind": _frame([("period-mismatch", [(9, 14)])]),
    }
    for case, df in found.items():
        monkeypatch.setattr(planted, "findings_of", lambda name, raw, form, df=df: df)
        r = check_plant(plant, text, "plain", baseline)
        assert r["caught"] == (case in ("on-plant", "other-kind")), case
        assert r["caught_as_expected"] == (case == "on-plant"), case


def test_summary_gives_recall_per_kind_and_false_alarms_per_10k():
    res = pd.DataFrame([
        {"kind": "order-word", "caught": True, "caught_as_expected": True},
        {"kind": "order-word", "caught": False, "caught_as_expected": False},
        {"kind": "share", "caught": True, "caught_as_expected": False},
    ])
    rec = type("R", (), {"raw": {"a": "x" * 20_000}})()
    alarms = pd.DataFrame([{"file": "a", "kind": "k", "message": "m", "quotes": "q"}])
    t = summary(res, alarms, rec).set_index("row")
    assert t.loc["order-word", "recall"] == 0.5 and t.loc["share", "recall_expected"] == 0.0
    assert t.loc["overall", "plants"] == 3 and t.loc["overall", "caught"] == 2
    assert t.loc["false-alarms", "per_10k"] == 0.5


def test_the_committed_benchmark_has_sixty_plants_over_eight_kinds_on_valid_anchors():
    rec = load_recipes(PLANTS)  # every anchor and offset is checked on load
    clean = [p for p in rec.plants if p.file.startswith("clean/")]
    assert len(clean) >= 40
    if not rec.missing:
        assert len(rec.plants) >= 60
    assert len({p.kind for p in rec.plants}) >= 8
    assert {p.kind for p in rec.plants} <= set(FAULT_KINDS)
    # the four written forms are all there
    assert {rec.texts[n] for n in rec.raw if n.startswith("clean/")} == {"pdf-text", "markdown", "web-endnotes", "plain"}


def test_planted_csv_is_the_committed_summary():
    df = pd.read_csv(ROOT / "benchmarks" / "planted.csv")
    assert {"overall", "false-alarms"} <= set(df["row"])
    assert set(df["row"]) - {"overall", "false-alarms"} <= set(FAULT_KINDS)
