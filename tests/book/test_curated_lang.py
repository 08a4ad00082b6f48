"""Curated text a human writes (reading guides, the catalogue's notes, reviewers' reasons, reader's
notes) in the edition's language: the Arabic where the curated YAML gives it (validated on load),
else the English visibly marked «(بالإنجليزية)»; always escaped."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tahqiq.book import render, strings
from tahqiq.errors import TahqiqError

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'
MARK = "(بالإنجليزية)"
FALLBACK = 'class="tq-untranslated"'  # the marker's element (the card's own label «العنوان (بالإنجليزية)» is no marker)


def test_in_edition_picks_the_editions_text_and_marks_a_fallback():
    assert strings.text("render.in_english", "ar") == MARK
    ar = render.in_edition("An English note", "ملاحظة عربية", "ar")
    assert "ملاحظة عربية" in ar.html and "English" not in ar.html and MARK not in ar.html
    fb = render.in_edition("An English note", None, "ar")
    assert "An English note" in fb.html and MARK in fb.html and 'class="tq-untranslated"' in fb.html
    assert render.in_edition("An English note", "  ", "ar").html.count(MARK) == 1  # blank Arabic: a fallback
    en = render.in_edition("An English note", "ملاحظة عربية", "en")
    assert "An English note" in en.html and "ملاحظة" not in en.html and MARK not in en.html
    assert render.in_edition(None, None, "ar") is None and render.in_edition("", "", "en") is None
    assert render.in_edition(None, "ملاحظة", "ar") is not None  # an Arabic text alone is shown on its edition


def test_in_edition_escapes_both_texts():
    for html in (render.in_edition(HOSTILE, None, "ar").html, render.in_edition("x", HOSTILE, "ar").html,
                 render.in_edition(HOSTILE, None, "en").html):
        assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


def test_reading_guide_audience_and_form_in_arabic(catalogue, monkeypatch):
    from tahqiq.book import seminar
    from tahqiq.review import factcheck

    f = factcheck.corpus_findings(catalogue)
    guides = seminar.load_guides(catalogue.root)
    g = guides["avdaliani-2025"]
    ar = seminar.reading_guide("avdaliani-2025", f, catalogue, lang="ar").html
    assert g["audience_ar"] in ar and g["form_ar"] in ar and render.esc(g["audience"]) not in ar and FALLBACK not in ar
    en = seminar.reading_guide("avdaliani-2025", f, catalogue).html
    assert render.esc(g["audience"]) in en and g["audience_ar"] not in en
    # a guide without its Arabic: the English, marked, on the Arabic edition only
    bare = {k: dict(v) for k, v in guides.items()}
    bare["avdaliani-2025"].pop("form_ar")
    monkeypatch.setattr(seminar, "load_guides", lambda root=None: bare)
    ar = seminar.reading_guide("avdaliani-2025", f, catalogue, lang="ar").html
    assert render.esc(g["form"]) in ar and ar.count(FALLBACK) == 1 and g["audience_ar"] in ar


def test_reading_guide_faults_name_kinds_and_severities_in_arabic(catalogue):
    from tahqiq.book import seminar
    from tahqiq.review import factcheck

    ar = seminar.reading_guide("salman-2025", factcheck.corpus_findings(catalogue), catalogue, lang="ar").html
    faults = ar.split('class="tq-guide-faults"', 1)[1].split("</ul>", 1)[0]
    assert "(error)" not in faults and "(warning)" not in faults
    assert re.search(r"[\u0600-\u06ff]", re.sub(r"<code>.*?</code>", "", faults))


def test_guide_arabic_fields_are_validated(tmp_path):
    from tahqiq.book import seminar

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "seminar.yml").write_text(
        "guides:\n  - {work: w, audience: a, form: f, audience_ar: ''}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="audience_ar"):
        seminar.load_guides(tmp_path)
    (tmp_path / "data" / "seminar.yml").write_text(
        "guides:\n  - {work: w, audience: a, form: f, form_arabic: x}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="form_arabic"):
        seminar.load_guides(tmp_path)


def test_chapter_card_notes_in_arabic(catalogue):
    from tahqiq.book.chapter import Chapter

    w = catalogue.work("avdaliani-2025")
    assert w.notes and w.notes_ar
    doc = catalogue.load("avdaliani-2025")
    ar = Chapter(doc, catalogue, "ar").card().html
    assert w.notes_ar in ar and render.esc(w.notes) not in ar
    en = Chapter(doc, catalogue).card().html
    assert render.esc(w.notes) in en and w.notes_ar not in en


def test_reviewers_reason_in_arabic_and_marked_when_missing():
    f = {"id": "k-1", "kind": "k", "severity": "note", "scope": "internal", "message": "m", "spans": [],
         "evidence": {}, "verdict": "explained", "reason": "An English reason", "reason_ar": "سبب بالعربية"}
    ar = render.finding(f, {}, lang="ar")
    assert "سبب بالعربية" in ar and "An English reason" not in ar
    assert "An English reason" in render.finding(f, {}) and "سبب بالعربية" not in render.finding(f, {})
    f["reason_ar"] = None
    ar = render.finding(f, {}, lang="ar")
    assert "An English reason" in ar and MARK in ar
    f["reason"] = HOSTILE
    assert "<script>" not in render.finding(f, {}, lang="ar")


def test_triage_reads_the_arabic_reason(tmp_path):
    from tahqiq.review import factcheck

    p = tmp_path / "triage.yml"
    p.write_text("verdicts:\n  - {id: x, verdict: explained, reason: r, reason_ar: سبب}\n", encoding="utf-8")
    assert factcheck.load_triage(p)["x"] == {"verdict": "explained", "reason": "r", "reason_ar": "سبب"}
    df = factcheck.with_verdicts(pd.DataFrame({"id": ["x", "y"]}), factcheck.load_triage(p))
    assert df["reason_ar"][0] == "سبب" and pd.isna(df["reason_ar"][1])
    p.write_text("verdicts:\n  - {id: x, verdict: explained, reason: r, reason_arabic: سبب}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="triage.yml"):
        factcheck.load_triage(p)


def test_reader_notes_show_one_explanation_in_arabic(catalogue):
    from tahqiq.book.readernotes import notes_for, notes_table

    doc = catalogue.load("salman-2025")
    empty = pd.DataFrame(columns=["kind", "spans"])
    notes = notes_for(doc.name, empty)
    ar = notes_table(doc.name, empty, "s", lang="ar").html
    head = ar.split("</thead>", 1)[0]
    assert "بالإنجليزية" not in head and strings.text("col.explanation", "ar") in head
    shown = [e for e in notes["explanation_ar"] if isinstance(e, str) and e]
    assert shown and all(render.esc(e) in ar for e in shown[:5])
    cells = ar.split("</thead>", 1)[1].split("</tbody>", 1)[0]
    assert not any(render.esc(e) in cells for e in notes["explanation"][notes["explanation_ar"].notna()][:5])


def test_reader_notes_kinds_confidence_and_detectors_read_in_arabic(catalogue):
    """The chapter's table of the reader's notes renamed its columns to Arabic headers before
    rendering, so its codes stayed English on the Arabic edition («name-variant», «high»,
    «entity-variant»): every cell but the ids beside a kind's title is Arabic now."""
    from tahqiq.book.readernotes import notes_for, notes_table

    doc = catalogue.load("salman-2025")
    notes = notes_for(doc.name, pd.DataFrame(columns=["kind", "spans"]))
    found = pd.DataFrame({"kind": ["entity-variant"], "spans": [[{"file": doc.name, "start": int(s), "end": int(e)}]
                                                                  for s, e in zip(notes["start"][:1], notes["end"][:1])]})
    ar = notes_table(doc.name, found, "s", lang="ar").html
    body = ar.split("</thead>", 1)[1].split("</tbody>", 1)[0]
    body = re.sub(r'<code class="tq-kind-id"[^>]*>.*?</code>', "", body)
    codes = set(notes["kind"]) | {"high", "medium", "low", "entity-variant"}
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body, flags=re.S)]
    assert not [c for c in cells if c.strip() in codes]
    assert "عالية" in body and '<code class="tq-kind-id" dir="ltr">entity-variant</code>' in ar
    head = ar.split("</thead>", 1)[0]
    assert strings.text("col.touched_by_detector", "ar") in head and "touched" not in head
    en = notes_table(doc.name, found, "s").html
    assert "touched by detector" in en and "high" in en and "tq-kind-id" not in en


def test_a_table_shows_the_arabic_twin_of_an_english_column_on_the_arabic_edition():
    """The validity page's «reader's notes no finding touches» showed each note's English explanation
    on the Arabic edition though data/notes/*.yml gives explanation_ar: a shown column with a
    ``<column>_ar`` twin in the frame reads the twin (the English marked where the twin is empty)."""
    df = pd.DataFrame({"quote": ["«أ»", "«ب»", "«ج»"], "explanation": ["An English one", "Another", HOSTILE],
                       "explanation_ar": ["شرح عربي", None, HOSTILE]})
    ar = render.table(df, "notes-missed", columns=["quote", "explanation"], lang="ar").html
    body = ar.split("</thead>", 1)[1]
    assert "شرح عربي" in body and "An English one" not in body
    assert "Another" in body and body.count(FALLBACK) == 1
    assert "<script>" not in ar and "&lt;script&gt;" in ar
    en = render.table(df, "notes-missed", columns=["quote", "explanation"]).html
    assert "An English one" in en and "شرح عربي" not in en.split("</a>", 1)[1]
