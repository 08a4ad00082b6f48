"""Reader's notes: validated on load, every quote found in its text, kept apart from detector findings;
and the recall measured on them per detector family."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from tahqiq.errors import TahqiqError
from tahqiq.review import notes as notes_mod
from tahqiq.review.notes import CONFIDENCES, NOTE_KINDS, as_findings, corpus_notes, load_notes, reach
from tahqiq.review.recall import (READER_ONLY, by_confidence, by_family, detector_families, family_of, planted_by_kind,
                                  planted_totals, reference_facts)


@pytest.fixture(scope="module")
def notes(catalogue):
    return corpus_notes(catalogue)


def test_every_work_has_notes_and_every_quote_is_its_raw_text(catalogue, notes):
    assert set(notes["slug"]) == set(catalogue.slugs)
    docs = {d.name: d for d in catalogue.documents()}
    for r in notes.itertuples():
        assert docs[r.file].raw[r.start:r.end] == r.quote
        assert r.kind in NOTE_KINDS and r.confidence in CONFIDENCES and r.explanation
    assert notes["id"].is_unique
    assert set(notes["origin"]) == {"reader"}


def write(root, slug, body):
    d = root / "data" / "notes"
    d.mkdir(parents=True, exist_ok=True)
    p = d / f"{slug}.yml"
    p.write_text(body, encoding="utf-8")
    return p


NOTE = 'notes:\n- {quote: "%s", kind: %s, confidence: %s, explanation: "x"%s}\n'


@pytest.mark.parametrize("quote, kind, conf, extra, problem", [
    ("no such words in the text", "implausible", "high", "", "field 'quote' is not in"),
    ("a", "implausible", "high", "", "occurs .* times"),
    ("a", "implausible", "high", ", occurrence: 99999", "field 'occurrence'"),
    ("Russian", "typo", "high", "", "field 'kind'"),
    ("Russian", "implausible", "sure", "", "field 'confidence'"),
])
def test_a_bad_note_is_one_clear_error_naming_file_entry_and_field(catalogue, tmp_path, quote, kind, conf, extra,
                                                                     problem):
    p = write(tmp_path, "salman-2025", NOTE % (quote, kind, conf, extra))
    with pytest.raises(TahqiqError, match=problem) as e:
        load_notes(p, catalogue)
    assert "salman-2025.yml" in str(e.value) and "notes[0]" in str(e.value)


def test_missing_field_and_unknown_slug_are_refused(catalogue, tmp_path):
    p = write(tmp_path, "salman-2025", 'notes:\n- {quote: "Russian", kind: implausible, confidence: high}\n')
    with pytest.raises(TahqiqError, match="missing field 'explanation'"):
        load_notes(p, catalogue)
    p = write(tmp_path, "no-such-work", NOTE % ("Russian", "implausible", "high", ""))
    with pytest.raises(TahqiqError, match="slug"):
        load_notes(p, catalogue)


def test_an_occurrence_picks_among_repeated_quotes(catalogue, tmp_path):
    raw = catalogue.load("avdaliani-2025").raw
    q = "أرسل منشورك"
    p = write(tmp_path, "avdaliani-2025", NOTE % (q, "implausible", "low", ", occurrence: 2"))
    (row,) = load_notes(p, catalogue).itertuples()
    first = raw.index(q)
    assert row.start == raw.index(q, first + 1)


def _findings(spans_by_kind):
    return pd.DataFrame([{"kind": k, "verdict": "confirmed", "spans": [{"file": f, "start": a, "end": b, "text": ""}]}
                         for k, f, a, b in spans_by_kind])


def test_reach_is_overlap_in_the_same_file():
    n = pd.DataFrame([{"file": "x", "start": 10, "end": 20}, {"file": "y", "start": 10, "end": 20}])
    r = reach(n, _findings([("order-word-contradiction", "x", 19, 25), ("entity-variant", "y", 20, 30)]))
    assert list(r["reached"]) == [True, False]
    assert r.loc[0, "reached_by"] == "order-word-contradiction"


def test_family_of_a_kind_follows_the_detector_modules():
    assert family_of("order-word") == "chronology"
    assert family_of("order-word-contradiction") == "chronology"
    assert family_of("citation-year") == "citations"
    assert family_of("reversed-meaning") == READER_ONLY


def test_by_family_counts_a_confirmed_finding_on_a_note_once():
    n = pd.DataFrame([{"file": "x", "start": 10, "end": 20, "kind": "order-word", "confidence": "high"},
                      {"file": "x", "start": 40, "end": 50, "kind": "reversed-meaning", "confidence": "high"}])
    f = _findings([("order-word-contradiction", "x", 12, 14),  # the note's fault
                   ("order-word-contradiction", "x", 60, 70)])  # a second fault, only the detector's
    t = by_family(f, n).set_index("family")
    assert t.loc["chronology", "known_faults"] == 2 and t.loc["chronology", "recall"] == 1.0
    assert t.loc[READER_ONLY, "notes"] == 1 and t.loc[READER_ONLY, "recall"] == 0.0
    c = by_confidence(f, n).set_index("confidence")
    assert c.loc["high", "recall"] == 0.5


def test_reference_facts_are_reached_only_by_external_findings():
    n = pd.DataFrame([{"file": "x", "start": 10, "end": 20, "kind": "reference-fact", "confidence": "high"},
                      {"file": "x", "start": 40, "end": 50, "kind": "reference-fact", "confidence": "medium"},
                      {"file": "x", "start": 60, "end": 70, "kind": "order-word", "confidence": "high"}])
    f = _findings([("external-office-before", "x", 12, 14), ("entity-variant", "x", 41, 45),
                   ("external-agreement", "x", 61, 65)])
    f["scope"] = ["external", "internal", "external"]
    r = reference_facts(f, n)
    assert (r["notes"], r["touched"], r["recall"], r["by"]) == (2, 1, 0.5, ["external-office-before"])
    assert family_of("reference-fact") == "offices"


def test_the_planted_summary_feeds_the_validity_page(root):
    csv = root / "benchmarks" / "planted.csv"
    t = planted_totals(csv)
    assert t["plants"] >= 60 and t["kinds"] >= 8 and 0 <= t["recall"] <= 1
    families = set(detector_families().values()) | {READER_ONLY}
    assert set(planted_by_kind(csv)["family"]) <= families
    assert planted_by_kind(csv).set_index("row").loc["order-word", "family"] == "chronology"


def test_chapter_table_marks_notes_and_escapes_quotes(catalogue):
    from tahqiq.book.readernotes import notes_table

    doc = catalogue.load("salman-2025")
    html = notes_table(doc.name, pd.DataFrame(columns=["kind", "spans"]), "salman-2025-000").html
    assert "reader&#x27;s note" in html or "reader's note" in html
    assert "<script" not in html
    witness_b = catalogue.load("salman-2025", "B")
    assert "No reader" in notes_table(witness_b.name, pd.DataFrame(columns=["kind", "spans"]), "x").html


def test_notes_as_findings_are_marked_reader(notes):
    rows = as_findings(notes.head(3))
    assert set(rows["origin"]) == {"reader"} and set(rows["severity"]) == {"note"}
    assert all(len(s) == 1 for s in rows["spans"])


def test_cli_lists_notes_only_with_with_notes():
    base = [sys.executable, "-m", "tahqiq.cli", "findings", "putin-beijing-2024", "--format", "jsonl"]
    plain = [json.loads(x) for x in subprocess.run(base, capture_output=True, text=True, check=True).stdout.splitlines()]
    assert {r["origin"] for r in plain} <= {"detector"}
    r = subprocess.run(base + ["--with-notes"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    readers = [x for x in rows if x["origin"] == "reader"]
    assert readers and len(rows) == len(plain) + len(readers)
    assert all(x["id"].startswith("note-") for x in readers)


def test_notes_dir_is_under_data(root):
    assert notes_mod.notes_dir(root) == root / "data" / "notes"


def test_planted_figures_say_not_run_without_the_summary(tmp_path, root):
    from tahqiq.review.recall import planted_figures

    table, figs = planted_figures(tmp_path / "absent.csv")
    assert table.empty and set(figs.values()) == {"not run"}
    table, figs = planted_figures(root / "benchmarks" / "planted.csv")
    assert len(table) and figs["planted_n"] >= 60
