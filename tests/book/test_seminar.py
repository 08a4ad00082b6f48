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



def test_glossary_first_occurrences_are_cut_between_words(catalogue):
    """Seen at 1366 px in both editions: the glossary's first occurrences began and ended mid-word
    («ي النظام السياسي الدولي، …», «ن مجموعة من التحديات …»), the sentence cut 120 characters from
    the term. A side cut by the limit is now cut between words and marked «…» (render.sentence_text)."""
    g = seminar.glossary()
    docs = {d.name: d for d in catalogue.documents()}
    cut = 0
    for r in g[g["first_quote"].notna()].itertuples():
        raw, q = docs[r.first_file].raw, r.first_quote
        body = q.removeprefix("… ").removesuffix(" …")
        at = raw.find(body, max(0, r.first_start - 200))
        assert 0 <= at <= r.first_start, r.ar
        if q.startswith("… "):
            cut += 1
            assert raw[at - 1].isspace(), (r.ar, q[:30])  # it begins with a whole word
        if q.endswith(" …"):
            assert raw[at + len(body)].isspace(), (r.ar, q[-30:])
    assert cut >= 5


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
    ar = seminar.reading_guide("salman-2025", f, catalogue, lang="ar").html
    assert "العيوب المعروفة" in ar and "لمن" in ar and "Known faults" not in ar and "For whom" not in ar
    assert "Ruaa Ghani Salman" in ar and "article-history-order" in ar and '<p dir="rtl">' in ar


def test_open_exercises_have_solutions_and_no_key(catalogue):
    from tahqiq.book.crosswork import CrossWork

    cw = CrossWork(catalogue)
    exercises = seminar.conflict_or_ratification(cw.events)
    assert exercises and all(ex.kind == "open" and not ex.checked and ex.solution for ex in exercises)
    assert len({ex.id for ex in exercises}) == len(exercises)
    md = exercises[0].book_markdown()
    assert md.startswith("````{exercise}\n:label: ex-open-") and "````{solution} ex-open-" in md
    assert ":class: dropdown" in md  # closed until opened


def test_open_exercises_in_arabic_keep_their_ids_and_show_no_english_words(catalogue):
    import re

    from tahqiq.book import strings
    from tahqiq.book.crosswork import CrossWork

    cw = CrossWork(catalogue)
    pairs = [(seminar.conflict_or_ratification(cw.events), seminar.conflict_or_ratification(cw.events, lang="ar")),
             (seminar.rerun_with_witness(catalogue, cw.collation_summary()),
              seminar.rerun_with_witness(catalogue, cw.collation_summary(), lang="ar"))]
    for en, ar in pairs:
        assert en and [e.id for e in en] == [a.id for a in ar]  # a student's notebook names the same exercise
        for ex in ar:
            shown = re.sub(r"<[^>]*>", " ", ex.title + ex.prompt + ex.solution)
            for k in ("ratification.title", "ratification.prompt", "rerun.title", "rerun.question", "rerun.solution"):
                assert strings.text(f"exercise.{k}", "en").split("{")[0].strip() not in shown, (ex.id, k)
            assert re.search(r"[\u0600-\u06FF]", ex.title) and 'dir="rtl" lang="ar"' in ex.prompt


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


def test_comparison_has_arabic_for_every_curated_text(catalogue):
    """The Arabic edition falls back to English nowhere on the current data."""
    from tahqiq.book.comparison import untranslated

    assert untranslated(Comparison(catalogue).data) == []


def test_comparison_arabic_page_marks_each_missing_translation_and_nothing_else(catalogue):
    from tahqiq.book import strings
    from tahqiq.book.comparison import untranslated

    c = Comparison(catalogue)
    marker = strings.text("comparison.untranslated", "ar")
    q = c.data["questions"][0]
    html = c.question_html(q, "ar").html
    assert marker not in html and q["question_ar"] in html and q["question"] not in html
    assert q["positions"][0]["summary_ar"] in html and q["positions"][0]["summary"] not in html
    del q["positions"][1]["summary_ar"]  # one translation missing: the English, marked, once
    html = c.question_html(q, "ar").html
    assert html.count(marker) == 1 and q["positions"][1]["summary"] in html
    assert untranslated(c.data) == [f"questions[{q['id']}].summary[{q['positions'][1]['work']}]"]
    assert marker not in c.question_html(q, "en").html  # the English edition shows English, unmarked
    facts = c.shared_facts_html("ar").html
    assert all(f["fact_ar"] in facts and f["fact"] not in facts for f in c.data["shared_facts"])
    st = c.stance_table("ar")
    assert list(st["question"]) == [x["question_ar"] for x in c.data["questions"]]


def test_comparison_with_an_unknown_claim_names_file_and_entry(root, tmp_path):
    shutil.copytree(root / "data", tmp_path / "data")
    p = tmp_path / "data" / "comparison.yml"
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    data["questions"][0]["positions"][0]["claims"].append("c999")
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"comparison.yml: question 'alliance', positions\[0\]: claim 'c999'"):
        load_comparison(tmp_path)


@pytest.mark.parametrize("file, edit, message", [
    ("comparison.yml", lambda d: d["questions"][0]["positions"][0].update(stance="maybe"),
     r"comparison.yml: question 'alliance': field 'positions.0.stance' must be one of 'yes', 'no', 'partly' or "
     r"'open', not 'maybe'"),
    ("comparison.yml", lambda d: d["shared_facts"][0].pop("fact"), r"comparison.yml: shared fact '[\w-]+': missing field 'fact'"),
    ("comparison.yml", lambda d: d["questions"][0]["positions"][0].update(summary_ar=""),
     r"comparison.yml: question 'alliance': .*'positions.0.summary_ar'"),
    ("comparison.yml", lambda d: d["questions"][0].update(question_fr="?"),
     r"comparison.yml: question 'alliance': .*question_fr"),
    ("seminar.yml", lambda d: d["guides"][1].pop("audience"), r"seminar.yml: guides\[1\] \('[\w-]+'\): missing field 'audience'"),
    ("reference/glossary.yml", lambda d: d["terms"][2].update(forms="one form"),
     r"glossary.yml: terms\[2\] \('.+'\): field 'forms': Input should be a valid list"),
])
def test_curated_seminar_files_name_file_entry_and_field(root, tmp_path, file, edit, message):
    """The comparison, the reading guides and the glossary are validated by pydantic models through
    the one entry validator; a bad entry is one line naming the file, the entry and the field."""
    from tahqiq.book.seminar import load_glossary, load_guides

    shutil.copytree(root / "data", tmp_path / "data")
    p = tmp_path / "data" / file
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    edit(data)
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    load = {"comparison.yml": load_comparison, "seminar.yml": load_guides, "reference/glossary.yml": load_glossary}[file]
    with pytest.raises(TahqiqError, match=message):
        load(tmp_path)


def test_positions_table_in_arabic_names_stances_and_summaries_in_arabic(catalogue):
    from tahqiq.book import strings

    data = Comparison(catalogue).data
    ar = seminar.positions_table(data, lang="ar")
    en = seminar.positions_table(data)
    assert set(en["stance"]) <= {"yes", "no", "partly", "open"}
    assert set(ar["stance"]) <= {strings.text(f"comparison.stance.{s}", "ar") for s in ("yes", "no", "partly", "open")}
    assert list(ar["summary"]) == [p["summary_ar"] for p in data["questions"][0]["positions"]]
