"""Collation of witnesses, passage alignment across works, and their two detectors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tahqiq.checks.witnesses import paraphrase_changes, witness_variants
from tahqiq.compare.collate import COLUMNS, classify, collate, edit_distance
from tahqiq.compare.paraphrase import ALIGN_COLUMNS, CHANGE_COLUMNS, align_passages, centuries, changed_facts, stem
from tahqiq.corpus.catalogue import Catalogue, Document
from tahqiq.facts import Facts, TextFacts, gather, text_facts

# --------------------------------------------------------------------------- helpers


def tf(raw: str, name: str = "a.txt", work: str | None = None, base: bool = True,
       published: str | None = None) -> TextFacts:
    """Facts of a synthetic text, optionally placed in a work."""
    t = text_facts(Document(path=Path(name), raw=raw))
    return dataclasses.replace(t, work_key=work or name, base=base, published=published)


def check_spans(df, a: TextFacts, b: TextFacts) -> None:
    for r in df.itertuples():
        assert a.raw[r.start_a:r.end_a] == r.text_a
        assert b.raw[r.start_b:r.end_b] == r.text_b


def meaningful(df):
    return df[df["changes_meaning"]]


# --------------------------------------------------------------------------- classify


@pytest.mark.parametrize("a, b, cls", [
    ("<sup>(1)</sup>", "⁽¹⁾", "formatting"),
    ("## المقدمة", "المقدمة", "formatting"),
    ("الروسية\\_الصينية", "الروسية_الصينية", "formatting"),
    ("٢٠٢٢", "2022", "formatting"),
    ("**Abstract:**", "Abstract:", "formatting"),
    ("تقارباً", "تقاربا", "formatting"),
    ("أطراف", "اطراف", "spelling"),
    ("مدرسة", "مدرسه", "spelling"),
    ("انسجاماً", "انسجماً", "spelling"),
    ("colour", "color", "spelling"),
    ("2001", "2002", "number"),
    ("٢٥٥ مليون", "٢٥٠ مليون", "number"),
    ("strong", "weak", "word"),
    ("الجو", "الجوهرية", "word"),
    ("", "very", "word"),
])
def test_classify(a, b, cls):
    assert classify(a, b)[0] == cls


def test_classify_names_by_general_cues():
    assert classify("بوتين", "بايدن", before_a="قال الرئيس ", before_b="قال الرئيس ")[0] == "name"
    assert classify("النهرين", "النهدين", before_a="جامعة ", before_b="جامعة ")[0] == "name"
    assert classify("Putin", "Biden", before_a="talks with ", before_b="talks with ")[0] == "name"
    assert classify("التعاون", "التنسيق", quoted=True)[0] == "name"
    # the same words without a cue are word changes; a capital after a full stop is no cue
    assert classify("بوتين", "بايدن", before_a="قال ", before_b="قال ")[0] == "word"
    assert classify("Talks", "Meetings", before_a="ended. ", before_b="ended. ")[0] == "word"
    # a name that differs only in orthography is still a spelling variant
    assert classify("الأردن", "الاردن", before_a="جامعة ", before_b="جامعة ")[0] == "spelling"


def test_edit_distance_and_stem():
    assert edit_distance("انسجاما", "انسجما") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("a", "abcdefgh", limit=2) == 3
    assert stem("والعلاقات") == stem("العلاقة") == "علاق"
    assert stem("Pipelines") == "pipeline"


# --------------------------------------------------------------------------- collate: synthetic


def test_identical_texts_have_no_variants():
    for s in ("وقعت روسيا والصين معاهدة الصداقة عام ٢٠٠١.\n", "Russia and China signed the treaty in 2001.\n"):
        df = collate(s, s)
        assert list(df.columns) == list(COLUMNS)
        assert df.empty


def test_formatting_only_differences_change_nothing():
    a = "العلاقات الروسية_الصينية منذ عام ٢٠٢٢⁽¹⁾\n\nشهدت العلاقات تقارباً كبيراً.\n"
    b = "## العلاقات الروسية\\_الصينية منذ عام 2022<sup>(1)</sup>\n\nشهدت العلاقات **تقارباً كبيراً**.\n"
    fa, fb = tf(a, "a.txt"), tf(b, "b.txt")
    df = collate(fa, fb)
    assert len(df) >= 4
    assert set(df["class"]) == {"formatting"}
    assert not df["changes_meaning"].any()
    check_spans(df, fa, fb)
    en = collate("Russia and China\nsigned it.", "**Russia** and [China](http://x.org)  signed it.")
    assert set(en["class"]) == {"formatting"}


def test_changed_year_is_one_number_variant():
    for a, b, ya, yb in (
        ("وقعت روسيا والصين معاهدة الصداقة عام ٢٠٠١ في موسكو.", "وقعت روسيا والصين معاهدة الصداقة عام ٢٠٠٢ في موسكو.",
         "٢٠٠١", "٢٠٠٢"),
        ("Russia and China signed the treaty in 2001 in Moscow.", "Russia and China signed the treaty in 2002 in Moscow.",
         "2001", "2002"),
    ):
        fa, fb = tf(a, "a.txt"), tf(b, "b.txt")
        df = collate(fa, fb)
        assert len(df) == 1
        r = df.iloc[0]
        assert (r["text_a"], r["text_b"], r["class"], bool(r["changes_meaning"])) == (ya, yb, "number", True)
        check_spans(df, fa, fb)


def test_insertion_has_an_empty_span_where_it_is_missing():
    fa, fb = tf("The ties are strong.", "a.txt"), tf("The ties are very strong.", "b.txt")
    df = collate(fa, fb)
    assert len(df) == 1
    r = df.iloc[0]
    assert (r["text_a"], r["text_b"], r["class"]) == ("", "very", "word")
    assert r["start_a"] == r["end_a"] == fa.raw.index("strong")
    check_spans(df, fa, fb)


# --------------------------------------------------------------------------- corpus fixtures


@pytest.fixture(scope="module")
def corpus() -> Facts:
    return gather(Catalogue().documents())


@pytest.fixture(scope="module")
def by_stem(corpus) -> dict[str, TextFacts]:
    return {t.file[:3]: t for t in corpus}


@pytest.fixture(scope="module")
def collation(by_stem):
    return collate(by_stem["000"], by_stem["001"]), None


# --------------------------------------------------------------------------- collate: corpus


def test_corpus_collation_is_exact(collation, by_stem):
    df, _ = collation
    assert list(df.columns) == list(COLUMNS)
    check_spans(df, by_stem["000"], by_stem["001"])
    assert list(df["start_a"]) == sorted(df["start_a"])


def test_corpus_meaning_changes(collation):
    df, _ = collation
    rows = {(r["text_a"], r["text_b"], r["class"]) for r in meaningful(df).to_dict("records")}
    assert rows == {
        ("07/10 05:05", "05/25 15:14", "number"),  # the retrieval time on the library's cover page
        ("الجو", "الجوهرية", "word"),
        ("النهريين", "النهدين", "name"),  # «جامعة النهرين» in two bibliography entries
    }
    assert (df["class"] == "name").sum() == 2
    assert (df["class"] == "number").sum() == 1


def test_corpus_spelling_variants(collation):
    df, _ = collation
    spelling = {(r.text_a, r.text_b) for r in df[df["class"] == "spelling"].itertuples()}
    assert spelling == {
        ("لعام", "عام"), ("انسجاما", "انسجما"), ("لمراعاة", "لمرعاة"), ("الأردن", "الاردن"),
        ("الأحادية", "الاحادية"), ("أطراف", "اطراف"), ("ولاسيما", "ولأسيما"),
    }


def test_corpus_markup_is_formatting(collation):
    df, _ = collation
    markup = df[df["text_b"].str.contains("<sup>|##|\\*\\*|\\\\_|mailto", regex=True)]
    assert len(markup) >= 40
    assert set(markup["class"]) == {"formatting"}
    assert (df["class"] == "formatting").sum() >= 60


def test_witness_variant_detector(corpus):
    found = witness_variants(corpus)
    assert sorted(f.severity for f in found) == ["note", "warning", "warning", "warning"]
    assert all(f.kind == "witness-variant" and f.scope == "internal" for f in found)
    for f in found:
        assert {s.file[:3] for s in f.spans} == {"000", "001"}
    number = next(f for f in found if f.evidence["class"] == "number")
    assert "07/10 05:05" in number.message and "05/25 15:14" in number.message


def test_witness_variant_detector_synthetic():
    a = tf("قال الرئيس بوتين إن العلاقات قوية منذ عام ٢٠٠١.\n\nنص آخر.", "a.txt", work="w")
    b = tf("## قال الرئيس بايدن إن العلاقات قوية منذ عام 2001<sup>(1)</sup>.\n\nنص آخر.", "b.txt", work="w", base=False)
    found = witness_variants(Facts([a, b]))
    assert [(f.evidence["class"], f.severity) for f in found] == [("name", "warning")]
    assert [s.text for s in found[0].spans] == ["بوتين", "بايدن"]
    same = tf("قال الرئيس بوتين إن العلاقات قوية منذ عام 2001.\n\nنص آخر.", "c.txt", work="w", base=False)
    assert witness_variants(Facts([a, same])) == []
    # texts of different works are never collated
    assert witness_variants(Facts([a, tf(b.raw, "d.txt", work="v")])) == []


# --------------------------------------------------------------------------- alignment: synthetic

SOURCE_AR = """عنوان الدراسة

في عام 2001 أنشئت منظمة شنغهاي للتعاون التي وسعت المشاورات العسكرية بين الصين وروسيا بشكل كبير وأضفت عليها الطابع المؤسسي.
وأدخلت المنظمة منصات متعددة للتفاعلات المنتظمة بين وزراء الدفاع وغيرهم من المسؤولين العسكريين بمستويات مختلفة.
وتعقد مؤتمرات القمة السنوية للمنظمة كل عام في إحدى عواصم الدول الأعضاء منذ يوم إنشائها.
"""


def scramble(text: str) -> str:
    """Reverse the word order of every line, as a right-to-left PDF extraction may."""
    return "\n".join(" ".join(reversed(line.split())) for line in text.split("\n"))


PARAPHRASE_AR = """عنوان المقال

مقدمة قصيرة عن الموضوع.

وفي عام {year} تم إنشاء منظمة شنغهاي للتعاون والتي عملت على توسيع المشاورات العسكرية بين الصين وروسيا بشكل كبير وإضفاء الطابع المؤسسي عليها، وأنشأت المنظمة منصات متعددة للتفاعلات المنتظمة بين وزراء الدفاع وغيرهم من المسؤولين العسكريين على جميع المستويات، وتعقد القمة السنوية للمنظمة كل عام في إحدى عواصم الدول الأعضاء.
"""

UNRELATED_AR = """عنوان آخر

ارتفعت أسعار القمح في الأسواق العالمية خلال موسم الحصاد بسبب الجفاف الذي ضرب المزارع في أمريكا الجنوبية.
وقررت الحكومات زيادة المخزون الاستراتيجي من الحبوب لمواجهة نقص الإمدادات وارتفاع تكاليف الشحن البحري.
ويتوقع الخبراء أن تستقر الأسعار مع بداية الموسم الزراعي المقبل إذا تحسنت الأحوال الجوية.
"""

SOURCE_EN = """A study title

In 2014 Russia and China signed a gas supply contract worth 400 billion dollars for the Power of Siberia pipeline.
The pipeline began delivering gas to northeastern China in December 2019 after several years of construction.
Deliveries through the eastern route reached ten billion cubic metres during the first full year of operation.
"""

PARAPHRASE_EN = """An article title

Some introduction.

Russia and China signed in 2014 a gas supply contract worth 400 billion dollars for the Power of Siberia pipeline. After several years of construction the pipeline began delivering gas to northeastern China in December {year}. During the first full year of operation deliveries through the eastern route reached ten billion cubic metres.
"""


@pytest.mark.parametrize("source", [SOURCE_AR, scramble(SOURCE_AR)], ids=["ordered", "scrambled"])
def test_paraphrase_with_changed_year_ar(source):
    a, b = tf(PARAPHRASE_AR.format(year="2002"), "a.txt"), tf(source, "b.txt")
    passages = align_passages(a, b)
    assert list(passages.columns) == list(ALIGN_COLUMNS)
    assert len(passages) == 1
    check_spans(passages, a, b)
    assert passages.iloc[0]["similarity"] >= 0.6
    assert passages.iloc[0]["cites"] is None
    changes = changed_facts(a, b, passages)
    assert list(changes.columns) == list(CHANGE_COLUMNS)
    assert [(r.fact, r.value_a, r.value_b) for r in changes.itertuples()] == [("date", "2002", "2001")]
    assert "2002" in changes.iloc[0]["text_a"] and "2001" in changes.iloc[0]["text_b"]
    check_spans(changes, a, b)
    # the same paraphrase keeping the year changes nothing
    assert changed_facts(tf(PARAPHRASE_AR.format(year="2001"), "a.txt"), b).empty


def test_paraphrase_with_changed_month_en():
    a, b = tf(PARAPHRASE_EN.format(year="2018"), "a.txt"), tf(SOURCE_EN, "b.txt")
    changes = changed_facts(a, b)
    assert [(r.text_a, r.text_b, r.value_a, r.value_b) for r in changes.itertuples()] == [
        ("December 2018", "December 2019", "2018-12", "2019-12")
    ]
    assert changed_facts(tf(PARAPHRASE_EN.format(year="2019"), "a.txt"), b).empty


def test_paraphrase_refining_a_date_changes_nothing():
    # «December 2019» in the source, «2019» in the paraphrase: the same year, said less precisely
    a = tf(PARAPHRASE_EN.format(year="2019").replace("in December 2019", "in 2019"), "a.txt")
    assert changed_facts(a, tf(SOURCE_EN, "b.txt")).empty


def test_paraphrase_with_changed_name_en():
    a = tf(PARAPHRASE_EN.format(year="2019").replace("Siberia", "Altai"), "a.txt")
    changes = changed_facts(a, tf(SOURCE_EN, "b.txt"))
    assert [(r.fact, r.text_a, r.text_b) for r in changes.itertuples()] == [("name", "Altai", "Siberia")]


def test_unrelated_passage_is_not_aligned():
    assert align_passages(tf(UNRELATED_AR, "a.txt"), tf(SOURCE_AR, "b.txt")).empty
    assert align_passages(tf(UNRELATED_AR, "a.txt"), tf(SOURCE_EN, "b.txt")).empty
    assert align_passages(tf(PARAPHRASE_EN.format(year="2019"), "a.txt"), tf(SOURCE_AR, "b.txt")).empty


def test_centuries_in_any_word_order():
    text = "شهد أوائل العقد الأول من القرن الحادي والعشرين تحولا.\nوالعشرين الحادي القرن من الأول العقد أوائل\nفي القرن العشرين."
    t = tf(text)
    assert [(y0, y1) for _, _, y0, y1 in centuries(t, 0, len(text))] == [(2000, 2009), (2000, 2009), (1900, 1999)]


def test_paraphrase_change_detector_synthetic():
    a = tf(PARAPHRASE_AR.format(year="2002"), "a.txt", published="2025-06-30")
    b = tf(scramble(SOURCE_AR), "b.txt", published="2023-01")
    found = paraphrase_changes(Facts([a, b]))
    assert len(found) == 1
    f = found[0]
    assert (f.kind, f.scope, f.severity) == ("paraphrase-change", "cross-work", "warning")
    assert [s.file for s in f.spans] == ["a.txt", "b.txt"]
    assert "2002" in f.spans[0].text and "2001" in f.spans[1].text
    assert "2002" in f.message and "2001" in f.message
    # a text borrows only from an earlier one: with the dates swapped, the borrower is b.txt
    swapped = paraphrase_changes(Facts([dataclasses.replace(a, published="2020"), b]))
    assert [x.spans[0].file for x in swapped] == ["b.txt"]
    # unrelated texts: nothing
    assert paraphrase_changes(Facts([tf(UNRELATED_AR, "c.txt", published="2025"), b])) == []


# --------------------------------------------------------------------------- alignment: corpus


@pytest.fixture(scope="module")
def alignment(by_stem):
    return align_passages(by_stem["000"], by_stem["002"]), None


def test_corpus_alignment_000_002(alignment, by_stem):
    df, _ = alignment
    assert len(df) == 1
    p = df.iloc[0]
    check_spans(df, by_stem["000"], by_stem["002"])
    assert p["text_a"].startswith("أوائل العقد الأول من القرن العشرين")
    assert "آلية التشاور العسكري" in p["text_a"]
    assert "والعشرين  الحادي  القرن" in p["text_b"] and "شنغهاي" in p["text_b"]
    assert p["similarity"] >= 0.6
    assert p["cites"].startswith("(1) غزلان محمود") and "ص ٢٧-٢٨" in p["cites"]


def test_corpus_unrelated_works_are_not_aligned(by_stem):
    for x, y in (("000", "003"), ("000", "004"), ("003", "004"), ("004", "002"), ("003", "002")):
        assert align_passages(by_stem[x], by_stem[y]).empty, (x, y)


def test_corpus_paraphrase_change(corpus):
    found = paraphrase_changes(corpus)
    assert len(found) == 1
    f = found[0]
    assert [(s.file[:3], s.text) for s in f.spans] == [
        ("000", "العقد الأول من القرن العشرين"),
        ("002", "والعشرين  الحادي  القرن  من  الأول  العقد"),
    ]
    assert (f.evidence["value_a"], f.evidence["value_b"]) == ("1900–1909", "2000–2009")
    assert "غزلان" in f.evidence["cites"]
