"""Exercises whose answer is data: a passage with distractors, a checker that says what is right,
missing or wrong, and notebooks for students (no solution) and teachers (answers, solutions).
Synthetic texts written for these tests, Arabic and English."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest

from tahqiq.book import exercises as exm
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.extract.dates import extract_dates

AR = ("تأسست المنظمة عام 2001 في شنغهاي. وفي عام 2005 أجرت الدولتان أول مناورة مشتركة. "
      "ثم وقعت الدولتان المعاهدة عام 2003 بعد توقيعها عام 2001 كما يقول الكاتب. "
      "وفي عام 2014 تحدث الوزير عن تحالف تقني. وفي عام 2022 أعلنتا شراكة بلا حدود.\n")
EN = ("The organisation was founded in 2001. In 2005 the two held their first joint exercise. "
      "The treaty was signed in 1999, two years after it was signed in 2001. "
      "In 2014 the minister spoke of a technological alliance. In 2022 they announced a partnership.\n")


def _doc(text, name):
    return Document(path=Path(name), raw=text, slug=name.split(".")[0], witness="A")


def _finding(doc, a: str, b: str, fid="event-date-conflict-0001"):
    """A synthetic finding whose two spans are the second occurrence of ``a`` and of ``b``."""
    i = doc.raw.index(a, doc.raw.index(a) + 1) if doc.raw.count(a) > 1 else doc.raw.index(a)
    j = doc.raw.index(b, i + 1) if b in doc.raw[i + 1:] else doc.raw.index(b)
    spans = [{"file": doc.name, "start": i, "end": i + len(a), "text": a},
             {"file": doc.name, "start": j, "end": j + len(b), "text": b}]
    return pd.DataFrame([{"id": fid, "kind": "event-date-conflict", "severity": "error", "message": "two dates",
                          "spans": spans, "evidence": {}, "scope": "internal", "verdict": "unreviewed"}])


@pytest.mark.parametrize("text, a, b", [(AR, "عام 2003", "عام 2001"), (EN, "in 1999", "in 2001")])
def test_conflict_passage_has_distractors_and_is_marked(text, a, b):
    doc = _doc(text, "syn.txt")
    f = _finding(doc, a, b)
    (ex,) = exm.conflict_exercises(f, {doc.name: doc}, {doc.name: extract_dates(doc)})
    labels = ex.key["labels"]
    assert len(labels) >= 4  # the two conflicting dates among at least two others
    right = [s[0] for s in ex.key["sets"]]
    assert len(right) == 2 and all(f"[{r}]" in ex.prompt for r in right)
    assert "two dates" not in ex.prompt and "two dates" in ex.solution  # the prompt does not give it away
    assert exm.mark(ex, right).ok
    distractor = next(lab for lab in labels if lab not in right)
    m = exm.mark(ex, [right[0], distractor])
    assert not m.ok and m.missing == ["1 of the two conflicting mention(s)"]
    assert m.wrong == [f"{distractor} «{labels[distractor]}» is not one of the two"]
    assert exm.mark(ex, ["m99"]).wrong == ["m99: no such label"]


def test_year_answers():
    ex = exm.Exercise("ex-year-x", "year", "t", "p", "h", "answer = None", "s",
                      key={"first": 2015, "last": 2024, "phrase": "العقد الماضي", "anchor": "published 2025"})
    assert exm.mark(ex, "2015-2024").ok and exm.mark(ex, "2015–2024").ok
    m = exm.mark(ex, 2014)
    assert not m.ok and m.wrong == ["2014-2014: too early; what date is the phrase counted from?"]
    assert exm.mark(ex, None).missing
    one = exm.Exercise("ex-year-y", "year", "t", "p", "h", "", "s",
                       key={"first": 2024, "last": 2024, "phrase": "this year", "anchor": "published 2024-05"})
    assert exm.mark(one, 2024).ok and exm.mark(one, "2024").evidence == ["«this year» = 2024, counted from "
                                                                        "published 2024-05"]


def _ann(relations, gloss="The author says so."):
    claims = [SimpleNamespace(id=f"c{i}", section="الخاتمة", quote=f"قول {i}", gloss=gloss) for i in (1, 2, 3)]
    rel = [SimpleNamespace(source=s, type=t, target=g) for s, t, g in relations]
    return SimpleNamespace(claims=claims, relations=rel, data={"claims": [{"gloss": gloss}]})


def test_map_exercise_marks_relations_and_leaves_drafts_out():
    (ex,) = exm.map_exercises({"w": _ann([("c1", "supports", "c3"), ("c2", "attacks", "c3")])})
    assert "supports" not in ex.prompt.split("Which supports")[1].split("?")[1]  # no relation shown
    assert exm.mark(ex, "- c1 supports c3\n- c2 attacks c3\n").ok
    m = exm.mark(ex, "- c1 supports c3\n- c2 supports c3\n")
    assert m.right == ["c1 supports c3"] and m.missing == ["a relation between c2 and c3"]
    assert m.wrong == ["c2 supports c3 (recorded: c2 attacks c3)"]
    with pytest.raises(TahqiqError, match="cannot read the relation 'c1 likes c3'"):
        exm.mark(ex, "- c1 likes c3")
    assert exm.map_exercises({"w": _ann([("c1", "supports", "c3")], gloss="TODO: gloss")}) == []


def test_student_and_teacher_notebooks(tmp_path):
    (ex,) = exm.map_exercises({"w": _ann([("c1", "supports", "c3"), ("c2", "elaborates", "c1")])})
    (student,) = exm.write_notebooks([ex], tmp_path / "s")
    (teacher,) = exm.write_notebooks([ex], tmp_path / "t", teacher=True)
    s_text, t_text = student.read_text(encoding="utf-8"), teacher.read_text(encoding="utf-8")
    assert "Solution" not in s_text and "c2 elaborates c1" not in s_text
    assert "## Solution" in t_text
    nb = nbformat.read(student, as_version=4)
    assert [c.cell_type for c in nb.cells] == ["markdown", "code", "code"]
    assert "check('ex-map-" in nb.cells[2].source
    (sid, sanswer), = exm.answers_in(student)
    assert sid == ex.id and not exm.mark(ex, sanswer).ok
    (tid, tanswer), = exm.answers_in(teacher)
    assert exm.mark(ex, tanswer).ok


def test_answers_in_bad_notebooks(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    nbformat.write(nb, tmp_path / "none.ipynb")
    with pytest.raises(TahqiqError, match="none.ipynb: has no answer cell"):
        exm.answers_in(tmp_path / "none.ipynb")
    nb.cells = [nbformat.v4.new_code_cell("answer = sorted(['m1'])",
                                          metadata={"tags": ["answer"], "tahqiq": {"exercise": "ex-year-1"}})]
    nbformat.write(nb, tmp_path / "expr.ipynb")
    with pytest.raises(TahqiqError, match="expr.ipynb: cell 1: write the answer as a value"):
        exm.answers_in(tmp_path / "expr.ipynb")
    (tmp_path / "broken.ipynb").write_text("{", encoding="utf-8")
    with pytest.raises(TahqiqError, match="broken.ipynb: is not a notebook"):
        exm.answers_in(tmp_path / "broken.ipynb")


def test_check_answers_cli_on_the_corpus_maps(tmp_path):
    """The corpus's curated maps: the teacher's copy is right, the empty student copy is not."""
    from tahqiq.book.seminar import build_exercises

    maps = build_exercises(kinds=("map",))
    assert maps and all(ex.kind == "map" for ex in maps)
    (s,) = exm.write_notebooks(maps[:1], tmp_path / "s")
    (t,) = exm.write_notebooks(maps[:1], tmp_path / "t", teacher=True)
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "check-answers", str(t)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"{maps[0].id}: right" in r.stdout
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "check-answers", str(s)], capture_output=True, text=True)
    assert r.returncode == 1 and "not yet right" in r.stdout and "missing: a relation between" in r.stdout


def test_open_questions_are_not_marked():
    ex = exm.open_exercise("Why?", "<p>Why?</p>", "<p>Because.</p>")
    m = exm.mark(ex, "Because the text says so.")
    assert not m.marked and str(m).startswith(f"{ex.id}: not marked")


def _arabic_exercise_has_no_english(ex, english_keys):
    from tahqiq.book import strings

    shown = re.sub(r"<[^>]*>", " ", ex.book_markdown())
    for k in english_keys:
        en = strings.text(f"exercise.{k}", "en").split("{")[0].strip()
        assert en not in shown, (ex.kind, k)


def test_exercises_in_arabic_have_arabic_prompts_titles_and_solutions_and_the_same_ids():
    en = exm.map_exercises({"w": _ann([("c1", "supports", "c3"), ("c2", "attacks", "c3")])})
    (ar,) = exm.map_exercises({"w": _ann([("c1", "supports", "c3"), ("c2", "attacks", "c3")])}, lang="ar")
    assert ar.id == en[0].id and ar.key == en[0].key  # the same exercise, marked the same way
    assert re.search(r"[\u0600-\u06FF]", ar.title) and re.search(r"[\u0600-\u06FF]", ar.how)
    assert 'dir="rtl" lang="ar"' in ar.prompt and 'dir="rtl" lang="ar"' in ar.solution
    _arabic_exercise_has_no_english(ar, ["map.title", "map.prompt", "map.how", "map.solution", "notebook"])
    assert "Rebuild the map" in en[0].title and 'dir="ltr"' in en[0].prompt


@pytest.mark.parametrize("text, a, b", [(AR, "عام 2003", "عام 2001"), (EN, "in 1999", "in 2001")])
def test_conflict_exercise_in_arabic_shows_the_arabic_message_and_no_english_words(text, a, b):
    doc = _doc(text, "syn.txt")
    f = _finding(doc, a, b).assign(message_ar=["تاريخان متعارضان"])
    (ar,) = exm.conflict_exercises(f, {doc.name: doc}, {doc.name: extract_dates(doc)}, lang="ar")
    (en,) = exm.conflict_exercises(f, {doc.name: doc}, {doc.name: extract_dates(doc)})
    assert ar.id == en.id and ar.key == en.key
    assert "تاريخان متعارضان" in ar.solution and "two dates" not in ar.solution
    assert "two dates" in en.solution and "تاريخان متعارضان" not in en.solution
    _arabic_exercise_has_no_english(ar, ["conflict.title", "conflict.prompt", "conflict.how", "conflict.solution",
                                         "conflict.mentions"])


@pytest.mark.parametrize("text, a, b", [(AR, "عام 2003", "عام 2001"), (EN, "in 1999", "in 2001")])
def test_conflict_exercise_title_names_the_kind_in_the_editions_language(text, a, b):
    """The Arabic title and solution name the detector by its Arabic title, not by its English id;
    the English edition keeps the id; a kind without an Arabic title keeps its id."""
    from tahqiq.review.messages import kinds

    doc = _doc(text, "syn.txt")
    f = _finding(doc, a, b)
    (ar,) = exm.conflict_exercises(f, {doc.name: doc}, {doc.name: extract_dates(doc)}, lang="ar")
    (en,) = exm.conflict_exercises(f, {doc.name: doc}, {doc.name: extract_dates(doc)})
    title_ar = kinds()["event-date-conflict"]["title_ar"]
    assert "event-date-conflict" not in ar.title and title_ar in ar.title and title_ar in ar.solution
    assert "event-date-conflict" in en.title and title_ar not in en.title
    assert exm.kind_name("no-such-kind", "ar") == "no-such-kind" and exm.kind_name("event-date-conflict", "en") == \
        "event-date-conflict"


def test_exercises_are_named_by_kind_work_and_number_and_keep_their_digest():
    def ex(kind, work, key):
        return exm.Exercise(exm._stable_id(kind, key), kind, "t", "p", "h", "", "s", work=work)

    named = exm.readable_ids([ex("conflict", "salman-2025", 1), ex("conflict", "salman-2025", 2),
                              ex("map", "salman-2025", 3), ex("open", None, 4), ex("year", "A B/..", 5)])
    assert [e.id for e in named] == ["ex-conflict-salman-2025-1", "ex-conflict-salman-2025-2",
                                     "ex-map-salman-2025-1", "ex-open-corpus-1", "ex-year-a-b-1"]
    assert all(re.fullmatch(r"[0-9a-f]{8}", e.digest) for e in named)
    assert len({e.digest for e in named}) == 5


def test_a_notebook_for_an_exercise_that_changed_says_so(tmp_path):
    from tahqiq.book import seminar

    maps = seminar.build_exercises(kinds=("map",))
    assert maps[0].id.startswith("ex-map-") and not re.search(r"[0-9a-f]{8}$", maps[0].id)
    (t,) = exm.write_notebooks(maps[:1], tmp_path / "t", teacher=True)
    assert exm.digests_in(t) == {maps[0].id: maps[0].digest}
    assert f"digest={maps[0].digest!r}" in nbformat.read(t, as_version=4).cells[2].source
    with pytest.raises(TahqiqError, match="has changed since this notebook was written"):
        seminar.exercise(maps[0].id, digest="00000000")
    assert seminar.exercise(maps[0].id, digest=maps[0].digest).id == maps[0].id


def test_an_exercise_passage_of_a_markdown_text_hides_its_markup():
    raw = "معلومات البحث :**تواريخ البحث:**\n- الاستلام: 16 أذار 2025 و 2**3"
    m = [{"start": raw.find("16"), "end": raw.find("2025") + 4, "label": "m1"}]
    md = exm._labelled(raw, 0, len(raw), m, "markdown")
    assert "**" not in md.split("2**3")[0] and "تواريخ البحث:" in md and "2**3" in md
    assert "**تواريخ" in exm._labelled(raw, 0, len(raw), m, "plain")  # a plain text's stars are its own
    # a PDF's converter wrote strong emphasis too (salman-2025, witness A: «:**تواريخ البحث:**» showed its stars
    # in the first exercise at 390 px)
    pdf = exm._labelled(raw, 0, len(raw), m, "pdf-text")
    assert "**" not in pdf.split("2**3")[0] and "تواريخ البحث:" in pdf
