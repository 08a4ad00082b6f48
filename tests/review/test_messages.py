"""Findings in two languages: English with its Arabic glossed, Arabic from per-kind templates."""

from __future__ import annotations

import re

import pytest

from tahqiq import checks
from tahqiq.book.chapter import text_labels
from tahqiq.book.render import name_texts
from tahqiq.review import factcheck, messages
from tahqiq.review.findings import COLUMNS, Finding, Span, to_frame
from tahqiq.text.translit import has_arabic

LATIN_WORD = re.compile(r"[A-Za-z]{4,}")


def test_every_registered_detector_kind_has_titles_and_an_arabic_template():
    kinds = messages.kinds()
    missing = sorted(k for k in checks.load_all() if k not in kinds)
    assert not missing, f"kinds without an entry in lang/messages.yml: {missing}"
    for k in checks.REGISTRY:
        entry = kinds[k]
        assert entry["title_en"] and has_arabic(entry["title_ar"])
        assert entry["templates_ar"] and all(has_arabic(t) for t in entry["templates_ar"])


def test_every_template_fills_from_quotes_alone_or_falls_back_to_one_that_does():
    # a finding of any kind with no evidence still gets an Arabic message quoting its spans
    for k in messages.kinds():
        out = messages.arabic(k, {}, ["نص أول", "نص ثان"])
        assert "«نص أول» و«نص ثان»" in out, (k, out)
        assert "{" not in out and "}" not in out


def test_arabic_template_uses_evidence_and_falls_back_when_a_field_is_missing():
    ev = {"later_stage": {"label": "القبول", "date": "2024-01-02"},
          "earlier_stage": {"label": "الاستلام", "date": "2024-02-01"}}
    out = messages.arabic("article-history-order", ev, ["x"])
    assert "«القبول» بتاريخ 2024-01-02" in out and "«الاستلام» المؤرّخة 2024-02-01" in out
    # without the stages the kind's quote-only template is used
    out = messages.arabic("article-history-order", {"rule": "r"}, ["القبول: 2 يناير"])
    assert out == "تواريخ مراحل المقال ليست في ترتيبها: «القبول: 2 يناير»."


def test_arabic_messages_from_the_evidence_of_an_order_word_and_a_bilingual_part():
    ev = {"order_word": "قبل", "later": {"text": "عام 2010", "date": "2010"},
          "earlier": {"text": "قبل عام 2015", "date": "2015"}}
    assert messages.arabic("order-word-contradiction", ev, ["x"]) == (
        "تجعل كلمة «قبل» «عام 2010» (2010) لاحقًا لـ«قبل عام 2015» (2015)، مع أنّ تاريخه أسبق.")
    ev = {"part": "abstract", "kind": "year", "arabic": {"text": "عام 2001", "value": 2001},
          "english": {"text": "2011", "value": 2011}}
    assert messages.arabic("bilingual-mismatch", ev, ["x"]) == (
        "تذكر النسخة العربية من الملخّص «عام 2001» (2001)، وتذكر النسخة الإنجليزية منها «2011» (2011).")


def test_arabic_terms_and_numbers_are_written_for_arabic_readers():
    out = messages.arabic("witness-variant", {"class": "name"}, ["أ", "ب"])
    assert "في اسم علم:" in out
    # a value with no Arabic term skips the template rather than leaking English
    out = messages.arabic("witness-variant", {"class": "punctuation"}, ["أ", "ب"])
    assert out == "تختلف النسختان: «أ» و«ب»."
    out = messages.arabic("arithmetic-magnitude", {"amount": {"text": "٣ تريليون روبل", "value": 3e12},
                                                   "gdp": 2e12}, ["٣ تريليون روبل"])
    assert "(3 تريليون)" in out and "(2 تريليون)" in out and "e+" not in out
    out = messages.arabic("journal-issue-date", {"venue": "مجلة", "issues": [3, 4], "years": [2021, 2020]}, ["a"])
    assert "العدد 3 سنة 2021" in out and "العدد اللاحق 4 سنة 2020" in out


def test_unknown_kind_gets_the_generic_arabic_message():
    assert messages.arabic("no-such-kind", {"x": 1}, ["قبل", "after"]) == (
        "رصد الفحص الآلي (no-such-kind) موضعًا يستدعي المراجعة: «قبل» و«after».")


@pytest.mark.parametrize("message, expected", [
    # a glossary word in guillemets: transliteration and sense after the closing guillemet
    ("The order word «قبل» contradicts 2019 and 2018.",
     'The order word «قبل» (qbl, "before") contradicts 2019 and 2018.'),
    # a word with a clitic is glossed through its stem
    ("It says «ومنذ» here.", 'It says «ومنذ» (wmndh, "since") here.'),
    # an Arabic run outside guillemets, unknown to the glossary: transliterated
    ("The venue مجلة السياسة has two issues.", "The venue مجلة السياسة (mjla al-syāsa) has two issues."),
    # a gloss already in Latin letters is kept, not doubled; scientific notation made readable
    ("٣ تريليون روبل (3e+12 RUB) is large.", "٣ تريليون روبل (3 trillion RUB) is large."),
    # a phrase closed by its year is glossed whole; a parenthesis that is no gloss is not taken for one
    ("Two titles: التقرير السنوي لعام 2022 (endnote [1]).",
     "Two titles: التقرير السنوي لعام 2022 (al-tqrīr al-snwī lʻām 2022) (endnote [1])."),
    # English only: unchanged
    ("The endnote [8] is dated 2021-11-21.", "The endnote [8] is dated 2021-11-21."),
])
def test_english_glosses_every_arabic_run(message, expected):
    out = messages.english(message)
    assert out == expected
    assert messages.unglossed(out) == []
    assert messages.english(out) == out  # idempotent


def test_unglossed_finds_arabic_with_nothing_beside_it():
    assert messages.unglossed("The text says «بعد» and 2020.") == ["بعد"]
    assert messages.unglossed("The text says «بعد» (2020).") == ["بعد"]  # a number is not a gloss
    assert messages.unglossed("The text says «بعد» (baʻd, \"after\").") == []


def test_finding_rows_carry_both_messages():
    f = Finding("order-word-contradiction", "warning", "«قبل» contradicts its dates.",
                [Span("t.txt", 0, 3, "قبل"), Span("t.txt", 10, 14, "2019")])
    row = f.to_row()
    assert "message_ar" in COLUMNS and list(to_frame([f]).columns) == list(COLUMNS)
    assert row["message"] == '«قبل» (qbl, "before") contradicts its dates.'
    assert has_arabic(row["message_ar"]) and "«قبل» و«2019»" in row["message_ar"]
    assert f.message == "«قبل» contradicts its dates."  # the detector's own text is untouched


@pytest.fixture(scope="module")
def corpus(catalogue):
    return factcheck.corpus_findings(catalogue)


def test_no_english_message_of_the_corpus_leaves_arabic_unglossed(corpus):
    assert len(corpus)
    bad = {m: messages.unglossed(m) for m in corpus["message"] if messages.unglossed(m)}
    assert not bad


def test_corpus_arabic_messages_are_arabic_and_name_no_file(corpus, catalogue):
    files = set(text_labels(catalogue))
    for kind, m in zip(corpus["kind"], corpus["message_ar"]):
        assert has_arabic(m), (kind, m)
        assert not any(f in m for f in files), (kind, m)
        assert "{" not in m and "e+" not in m
    # an English message naming a file reads as work and witness once named for readers
    labels = text_labels(catalogue)
    for m in corpus["message"]:
        assert not any(f in name_texts(m, labels) for f in files)


def test_corpus_english_messages_write_no_scientific_notation(corpus):
    assert not [m for m in corpus["message"] if re.search(r"\de[+-]\d", m)]


def test_cli_findings_give_both_messages_in_every_format(tmp_path):
    import json
    import subprocess
    import sys

    p = tmp_path / "a.txt"
    p.write_text("وقع الرئيسان معاهدة حسن الجوار في ١٦ تموز ٢٠٠١، ووقعا معاهدة حسن الجوار عام ١٩٩٩.\n",
                 encoding="utf-8")
    rows = []
    for fmt in ("jsonl", "table"):
        r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "findings", str(p), "--format", fmt],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        rows.append(r.stdout)
    found = [json.loads(line) for line in rows[0].splitlines()]
    assert found and all(has_arabic(f["message_ar"]) and not messages.unglossed(f["message"]) for f in found)
    assert "message_ar" in rows[1].splitlines()[0]
