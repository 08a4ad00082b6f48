"""The seminar material and the comparison: curated data checked, computed parts concrete."""

from __future__ import annotations

import shutil

import pytest
import yaml

from tahqiq.book import seminar
from tahqiq.book.comparison import Comparison, load_comparison
from tahqiq.errors import TahqiqError


def test_glossary_counts_terms_in_every_work(catalogue):
    g = seminar.glossary(catalogue).set_index("en")
    assert g.loc["alliance", "total"] >= 30
    assert g.loc["rapprochement", "mahmoud-2023"] > g.loc["rapprochement", "putin-beijing-2024"]
    row = g.loc["alliance"]
    assert row["first_file"].startswith("000")  # salman-2025 is the first work of the catalogue
    first = catalogue.load("salman-2025").raw[int(row["first_start"]):int(row["first_end"])]
    assert "تحالف" in first or "حلف" in first
    assert all(g["total"] > 0), "a glossary term occurs nowhere in the corpus"


def test_term_pattern_takes_clitics_and_suffixes():
    from tahqiq.text.normtext import fold

    p = seminar.term_pattern(["تحالف"])
    assert [m.group() for m in p.finditer(fold("والتحالفات وتحالف ومتحالفون"))] == ["والتحالفات", "وتحالف"]


def test_reading_guides_name_author_audience_and_faults(catalogue):
    from tahqiq.review import factcheck

    f = factcheck.corpus_findings(catalogue)
    html = seminar.reading_guide("salman-2025", f, catalogue).html
    assert "Ruaa Ghani Salman" in html and "For whom" in html and "Known faults" in html
    assert "article-history-order" in html


def test_solutions_are_in_closed_toggles(catalogue):
    from tahqiq.review import factcheck
    from tahqiq.book.crosswork import CrossWork

    cw = CrossWork(catalogue)
    f = factcheck.corpus_findings(catalogue)
    exercises = seminar.spot_the_conflict(f, cw.texts) + seminar.conflict_or_ratification(cw.events)
    assert len(exercises) >= 3
    for ex in exercises:
        assert '<details class="tq-solution"><summary>Solution</summary>' in ex.html
        assert "<details open" not in ex.html
    texts = [ex.html for ex in seminar.spot_the_conflict(f, cw.texts)]
    assert len(set(texts)) == len(texts)


def test_comparison_positions_are_anchored_claims(catalogue):
    c = Comparison(catalogue)
    st = c.stance_table().set_index("question")
    alliance = st.loc["Is the Russian-Chinese relationship an alliance?"]
    assert alliance["avdaliani-2025"] == "no" and alliance["putin-beijing-2024"] == "yes"
    assert alliance["agreement"].startswith("the works disagree")
    pos = c.positions(c.data["questions"][0])
    for row in pos.to_dict(orient="records"):
        raw = catalogue.load(row["work"]).raw
        assert raw[row["start"]:row["end"]] and row["gloss"]


def test_comparison_with_an_unknown_claim_names_file_and_entry(root, tmp_path):
    shutil.copytree(root / "data", tmp_path / "data")
    p = tmp_path / "data" / "comparison.yml"
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    data["questions"][0]["positions"][0]["claims"].append("c999")
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"comparison.yml: question 'alliance', positions\[0\]: claim 'c999'"):
        load_comparison(tmp_path)
