"""What a reader of issue 12 still tripped over: ids cut at their hyphens in narrow cells, the
collation's tall rows of formatting-only variants, the argument's problem and assessment notes in
English only on the Arabic edition, and a quote's label read backwards on it."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tahqiq.argument.model import load_all
from tahqiq.book import render
from tahqiq.book.chapter import Chapter
from tahqiq.book.comparison import Comparison
from tahqiq.book.crosswork import CrossWork, formatting_only

ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.mark.parametrize("s", ["F-003-arithmetic-share-2", "salman-2025", "2022-02-04", "external-date-487a44d00d91",
                               "268-269", "000_01ec08bd9cfc9a25.txt:bib:ar:1-2"])
def test_an_id_is_one_word(s):
    assert render.is_id(s)


@pytest.mark.parametrize("s", ["a name differs", "الروسية-الصينية", "-5", "x", "2022", "words differ: a-b c"])
def test_prose_a_number_or_an_arabic_compound_is_no_id(s):
    assert not render.is_id(s)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_id_in_a_table_cell_is_kept_on_one_line_and_left_to_right(lang):
    df = pd.DataFrame({"id": ["F-003-arithmetic-share-2"], "findings": ["external-date-487a44d00d91, c-1-x"],
                       "text": ["<b>x-y</b> and more"]})
    html = render.table(df, "t", lang=lang).html
    assert '<span class="tq-id" dir="ltr">F-003-arithmetic-share-2</span>' in html
    assert ('<span class="tq-id" dir="ltr">external-date-487a44d00d91</span>, '
            '<span class="tq-id" dir="ltr">c-1-x</span>') in html
    assert "<b>" not in html  # an untrusted cell stays escaped
    ar = render.table(pd.DataFrame({"findings": ["a-1، b-2"]}), "t", lang="ar").html
    assert '<span class="tq-id" dir="ltr">a-1</span>، <span class="tq-id" dir="ltr">b-2</span>' in ar  # its own commas


def test_a_works_slug_as_a_column_header_is_kept_whole():
    html = render.table(pd.DataFrame({"putin-beijing-2024": ["نعم"], "question": ["x"]}), "t", lang="ar").html
    assert '<th dir="ltr" lang="en"><span class="tq-id" dir="ltr">putin-beijing-2024</span></th>' in html


def test_the_stylesheet_keeps_an_id_whole():
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "book" / "_static" / "tahqiq.css").read_text(encoding="utf-8")
    rule = re.search(r"\.tq-id, bdi\.tq-date, \.tq-finding-head code \{([^}]*)\}", css)
    assert rule and "white-space: nowrap" in rule.group(1) and "word-break: normal" in rule.group(1)


def test_a_quote_label_reads_in_its_names_direction_with_its_offsets_left_to_right():
    label = render.quote_label("العلاقات الروسية - الصينية منذ عام 2022، النسخة A [3048:3075]")
    assert label.startswith('<div class="tq-quote-label" dir="rtl" lang="ar"><bdi>العلاقات')
    assert '<bdi dir="ltr" class="tq-id">[3048:3075]</bdi>' in label
    en = render.quote_label("Russian-Chinese relations, witness A [1:2]")
    assert 'dir="ltr" lang="en"' in en and "[1:2]" in en
    assert "<script>" not in render.quote_label("<script>x</script> [1:2]")


@pytest.fixture(scope="module")
def crosswork():
    return CrossWork()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_whole_collation_folds_its_formatting_only_variants_into_a_compact_table(crosswork, lang):
    c = crosswork.collation
    plain = formatting_only(c)
    assert plain.sum() > 50 and (~plain).sum() > 5  # the corpus's two witnesses: mostly markup
    html = crosswork.collation_table(lang=lang).html
    shown, folded = html.split('<details class="tq-folded"', 1)
    # the table above lists the variants that are not formatting only, each with its note
    assert shown.count("<tr>") == (~plain).sum() + 1
    # the folded table: one row per formatting-only variant, its readings only (no repeated note)
    assert folded.count("<tr>") == plain.sum() + 1 and "tq-compact" in folded
    assert "only markup" not in folded and "لا تختلف إلا" not in folded
    assert f"{int(plain.sum()):,}" in folded.split("</summary>", 1)[0]
    # one download, of every variant
    assert html.count('class="tq-download"') == 1
    assert f"collation.csv" in html and (f"{len(c)} rows" in html or f"عدد الصفوف: {len(c)}" in html)
    # the variants that change the meaning are not folded
    assert "tq-folded" not in crosswork.collation_table(meaning_only=True, lang=lang).html


def test_every_annotation_gives_its_problem_and_assessment_notes_in_arabic():
    for slug, ann in load_all().items():
        assert ARABIC.search(ann.problem_ar), slug
        for v in (ann.assessment.answers_questions, ann.assessment.hypothesis_confirmed):
            assert ARABIC.search(v.note_ar), slug


def _chain_rows(html: str) -> list[str]:
    return re.findall(r"<tr>(.*?)</tr>", html.split("<tbody>", 1)[1], re.S)


def test_the_arabic_chain_shows_the_problem_and_the_assessment_in_arabic(catalogue):
    ch = Chapter(catalogue.load("salman-2025"), catalogue, "ar")
    ann = ch.annotation
    rows = _chain_rows(ch.chain_table().html)
    problem, assessment = rows[0], rows[-1]
    assert render.esc(ann.problem_ar) in problem and "(بالإنجليزية)" not in problem
    assert render.esc(ann.assessment.answers_questions.note_ar) in assessment
    assert render.esc(ann.assessment.hypothesis_confirmed.note_ar) in assessment
    assert ann.problem[:40] not in problem and ann.assessment.answers_questions.note[:40] not in assessment
    en = Chapter(catalogue.load("salman-2025"), catalogue).chain_table().html
    assert render.esc(ann.problem[:60]) in en and ann.problem_ar[:30] not in en


def test_a_note_without_arabic_is_shown_in_english_marked_and_set_left_to_right(catalogue):
    from dataclasses import replace

    ch = Chapter(catalogue.load("salman-2025"), catalogue, "ar")
    ann = ch.annotation
    bare = replace(ann, problem_ar="", assessment=replace(ann.assessment, answers_questions=replace(
        ann.assessment.answers_questions, note_ar="")))
    ch.__dict__["annotation"] = bare
    rows = _chain_rows(ch.chain_table().html)
    assert 'dir="ltr" lang="en">' + render.esc(ann.problem[:30]) in rows[0]
    assert '<span class="tq-untranslated" dir="rtl" lang="ar">(بالإنجليزية)</span>' in rows[0]
    assert render.esc(ann.assessment.answers_questions.note[:30]) in rows[-1] and "(بالإنجليزية)" in rows[-1]


def test_the_comparison_overview_gives_each_verdict_its_note_in_the_editions_language():
    cmp = Comparison()
    ar = cmp.overview("ar")
    en = cmp.overview("en")
    anns = load_all()
    for r in ar.itertuples(index=False):
        a = anns[r.work].assessment
        assert r[4].endswith(a.answers_questions.note_ar) and r[5].endswith(a.hypothesis_confirmed.note_ar)
    # a verdict of null reads «not applicable», never «None»
    assert not any(str(x).startswith("None") for x in en["answers its questions"])
    assert any(str(x).startswith("not applicable: ") for x in en["hypothesis confirmed"])


def test_a_code_in_a_findings_message_is_one_left_to_right_word():
    ar = render._message("بالمقارنة مع التاريخ المرجعي (المصدر: wp-invasion-ukraine): والتاريخ المرجعي 2022-02-24.", "ar")
    assert '(المصدر: <bdi dir="ltr" class="tq-id">wp-invasion-ukraine</bdi>)' in ar
    assert '<bdi dir="ltr" class="tq-id">2022-02-24</bdi>.' in ar  # the sentence's full stop stays outside
    en = render._message("F-003-arithmetic-share-2 at https://example.org/a-b-c <b>x-y</b>", "en")
    assert '<bdi dir="ltr" class="tq-id">F-003-arithmetic-share-2</bdi>' in en
    assert "https://example.org/a-b-c" in en and 'tq-id">https' not in en  # an address may still wrap
    assert "<b>" not in en  # escaped first


def test_the_comparison_overview_is_a_card_per_work_with_its_questions_listed():
    """As a table of six prose columns the overview was very tall (a work's row over 1,500 px at
    1366 px on the Arabic edition, each column a few words wide, the questions run together with
    « | »). It is now a card per work, each part on its own line, the questions and conclusions as
    numbered lists; the CSV keeps the table."""
    import re

    cmp = Comparison()
    anns = load_all()
    for lang in ("en", "ar"):
        html = cmp.overview_html(lang).html
        assert "<table" not in html and 'data-table="comparison-overview"' in html
        cards = re.findall(r'<div class="tq-card">(.*?)</dl></div>', html, flags=re.S)
        assert len(cards) == len(cmp.overview(lang)) == len(anns)
        for card in cards:
            work = re.search(r"<h4>([^<]*)</h4>", card).group(1)
            n = len(anns[work].questions)
            if n > 1:
                assert card.count("<li>") >= n and " | " not in card.split("<dd>")[1]
            assert render.column_label("questions", lang) in card and render.column_label("hypothesis confirmed", lang) in card
        assert 'download="comparison-overview.csv"' in html
        assert "<script" not in html


def test_the_collation_summary_names_each_witness_by_its_work_not_its_title(catalogue):
    """At 390 px the collation summary's two file columns read «Russian-Chinese relations since
    year 2022, witness A» over five lines on every row; they now read «salman-2025/A», one
    left-to-right word kept whole, in both editions. The CSV keeps the file names."""
    import base64

    cw = CrossWork(catalogue)
    for lang in ("en", "ar"):
        html = cw.collation_summary_table(lang).html
        body = html.split("<tbody>")[1]
        assert '<span class="tq-id" dir="ltr">salman-2025/A</span>' in body
        assert "Russian-Chinese relations" not in body and "العلاقات الروسية" not in body
        data = re.search(r'base64,([^"]+)"', html).group(1)
        assert "000_01ec08bd9cfc9a25.txt" in base64.b64decode(data).decode("utf-8-sig")


def test_the_validity_pages_score_tables_name_their_texts_by_work_and_witness(catalogue):
    """The tables of dates and figures per type named their texts «000», «001», … (a file's number)."""
    from tahqiq.book.chapter import name_gold_texts

    df = pd.DataFrame({"text": ["000", "001", "002", "all texts"], "type": ["year"] * 4, "tp": [1, 2, 3, 6]})
    assert name_gold_texts(df, catalogue)["text"].tolist() == ["salman-2025/A", "salman-2025/B", "mahmoud-2023",
                                                                "all texts"]
