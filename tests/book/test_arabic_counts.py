"""A number and the noun it counts agree in the Arabic edition (issue 12): the chapter's prose read
«في 90 كتلة: 3 عنوانًا، و1 حاشية» and the fact-check «3 ملاحظة» whatever the number, since the noun was
typed once after the glued number. The counted phrase is now glued whole, agreed by one helper
(render.arabic_count, the forms of each noun in ``counted`` of lang/messages.yml)."""

from __future__ import annotations

import re

import pytest

from tahqiq.book import render
from tahqiq.review.messages import counted

FORMS = ["ملاحظة واحدة", "ملاحظتان", "ملاحظات", "ملاحظةً", "ملاحظة"]


@pytest.mark.parametrize("n, shown", [
    (0, "0 ملاحظة"), (1, "ملاحظة واحدة"), (2, "ملاحظتان"),
    *((n, f"{n} ملاحظات") for n in range(3, 11)),
    (11, "11 ملاحظةً"), (12, "12 ملاحظةً"), (55, "55 ملاحظةً"), (99, "99 ملاحظةً"),
    (100, "100 ملاحظة"), (101, "101 ملاحظة"), (102, "102 ملاحظة"), (103, "103 ملاحظات"),
    (110, "110 ملاحظات"), (111, "111 ملاحظةً"), (1000, "1,000 ملاحظة"),
])
def test_a_number_agrees_with_its_noun(n, shown):
    assert render.arabic_count(n, FORMS) == shown
    assert render.count_of(n, "finding", "ar") == shown


def test_every_counted_noun_has_its_five_arabic_forms_and_an_english_plural():
    for noun, entry in counted().items():
        assert len(entry["ar"]) == 5 and all(re.search(r"[\u0600-\u06ff]", f) for f in entry["ar"]), noun
        assert not re.search(r"\d", " ".join(entry["ar"])), noun
        assert render.count_of(2, noun) == f"2 {entry.get('en', noun + 's')}"
    assert render.count_of(1, "bibliography entry") == "1 bibliography entry"
    assert render.count_of(3, "bibliography entry") == "3 bibliography entries"


def test_the_chapters_prose_glues_counted_phrases(catalogue):
    from tahqiq.book import strings
    from tahqiq.book.chapter import Chapter

    ch = Chapter.load("salman-2025", lang="ar")
    st = ch.stats()
    for key, noun in (("headings", "heading"), ("footnotes", "footnote"), ("blocks", "block"), ("words", "word")):
        assert st[f"{key}_n"] == render.count_of(st[key], noun, "ar")
    # no glued number in the chapter's Arabic prose is followed by a noun typed once for every number
    for sid in ("article.outline", "article.dates-and-periods", "article.figures", "article.citations", "article.the-argument"):
        ar = strings.text(sid, "ar")
        assert not re.search(r"\{glue:text\}`(words|blocks|headings|paragraphs|footnotes|endnotes|dates|figures|citations|"
                             r"bibliography_entries|arg_claims|arg_relations|arg_conclusions)` [\u0600-\u06ff]", ar), sid


# ---------------------------------------------------------------- every page of the Arabic edition
"""The corpus, crosswork, validity, glossary, syllabus and comparison pages glued a bare number before a
noun typed once («في المدوَّنة 4 أعمال في 5 نصوص، و31024 كلمة», «92 ملاحظة», «0 إنذارات كاذبة»,
«20 مرات», «(2 تمرينًا؛», «3 واقعة», «في 2 سؤالًا»): their prose now glues counted phrases
(render.counted), and a scan of every built Arabic page finds none left (render.unagreed_counts)."""

from pathlib import Path  # noqa: E402

from tahqiq.book import strings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text, found", [
    ("في المدوَّنة 4 أعمال في 5 نصوص، و31024 كلمة في المجموع", [("31024 كلمة", "31,024 كلمةً")]),
    ("للكواشف في المدوَّنة 92 ملاحظة: 73 داخلية", [("92 ملاحظة", "92 ملاحظةً")]),
    ("و0 إنذارات كاذبة.", [("0 إنذارات كاذبة", "0 إنذار كاذب")]),
    ("مشوَّشةً 20 مرات كلٌّ منها", [("20 مرات", "20 مرةً")]),
    ("(2 تمرينًا؛ في كل مقطع", [("2 تمرينًا", "تمرينان")]),
    ("٣ ملاحظة", [("٣ ملاحظة", "3 ملاحظات")]),  # the Arabic-Indic digits too
    ("1 عمل", [("1 عمل", "عمل واحد")]),
    # agreed, or not a count of a counted noun
    ("في المدوَّنة 4 أعمال و5 نصوص، و31,024 كلمةً", []), ("11 ملاحظةً و100 ملاحظة و103 ملاحظات", []),
    ("١١ ملاحظةً", []), ("2.04 إنذارًا كاذبًا", []), ("لكل 10,000 محرف", []), ("heldout7 فما بعده", []),
    ("الـ21 عالية الثقة", []), ("عام 2022 أصبحت", []), ("0 إنذار كاذب", []),
])
def test_unagreed_counts_finds_a_number_and_its_noun_in_the_wrong_form(text, found):
    assert render.unagreed_counts(text) == found


def test_counted_glues_a_phrase_beside_each_count():
    got = render.counted({"a": 5, "b": "45,483", "c": "none", "d": 2, "e": 1, "f": 12},
                         {"a": "text", "b": "character", "c": "planted fault", "d": "time", "e": "note (a reader's)",
                          "f": "open question"}, "ar")
    assert {k: str(v) for k, v in got.items()} == {
        "a_n": "5 نصوص", "b_n": "45,483 محرفًا", "c_n": "none", "d_n": "مرتين", "e_n": "ملاحظة واحدة",
        "f_n": "12 سؤالًا مفتوحًا"}
    en = render.counted({"e": 1, "f": 3, "g": 380}, {"e": "note (a reader's)", "f": "note (a reader's)", "g": "time"}, "en")
    assert {k: str(v) for k, v in en.items()} == {"e_n": "1 note", "f_n": "3 notes", "g_n": "380 times"}


def test_no_string_of_the_arabic_edition_types_a_counted_noun_after_a_glued_number():
    """A glued bare number followed by a counted noun's form is right for some numbers only: the
    phrase is glued whole instead (``<name>_n``, render.counted)."""
    forms = sorted({re.sub("[\u064b-\u0652]", "", f) for e in counted().values() for f in e["ar"]}, key=len, reverse=True)
    typed = []
    for sid, texts in strings.strings().items():
        for m in re.finditer(r"(?:\{glue:text\}`(\w+)`|\{(\w+)\}) ([^`{]{0,40})", texts["ar"]):
            if (m.group(1) or m.group(2)).endswith("_n") or m.group(2) == "count":  # a counted phrase already
                continue
            after = re.sub("[\u064b-\u0652]", "", m.group(3))
            if any(after.startswith(f) and not re.match("[\u0621-\u064a]", after[len(f):len(f) + 1]) for f in forms):
                typed.append(f"{sid}: {m.group(0)}")
    assert not typed, typed


def page_text(html: str) -> str:
    """What a reader reads of a built page: its text with inline elements joined (a glued number in its
    <span> and the noun after it on one line), scripts, styles and code blocks left out."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for t in soup(["script", "style", "pre"]):
        t.decompose()
    for t in soup.find_all(["span", "a", "bdi", "strong", "em", "code", "sup", "sub", "b", "i", "abbr", "mark",
                            "small", "q", "cite"]):
        t.unwrap()
    soup.smooth()
    return soup.get_text("\n")


def test_every_built_arabic_page_agrees_its_counts():
    """Every page of the built Arabic edition (``tahqiq build``; skipped before a build): no number
    followed by a counted noun in another form than render.arabic_count's."""
    site = ROOT / "_build" / "html" / "ar"
    pages = [p for p in sorted(site.rglob("*.html")) if "_static" not in p.parts and "_sources" not in p.parts]
    if not pages:
        pytest.skip("no built Arabic edition in _build/html/ar (run tahqiq build)")
    assert len(pages) >= 15
    bad = {p.relative_to(site).as_posix(): found for p in pages
           if (found := render.unagreed_counts(page_text(p.read_text(encoding="utf-8"))))}
    assert not bad, bad


@pytest.mark.parametrize("lang, shown", [("en", "1 research question"), ("ar", "سؤال بحثي واحد")])
def test_a_chapters_research_questions_are_counted(catalogue, lang, shown):
    """putin-beijing-2024's «How well the argument holds» read «Of its 1 research questions» (and
    «من أسئلتها البحثية الـ1»): the count is glued as a counted phrase."""
    from tahqiq.book.chapter import Chapter

    st = Chapter.load("putin-beijing-2024", lang=lang).stats()
    assert st["arg_questions"] == 1 and st["arg_questions_n"] == shown
    assert "{glue:text}`arg_questions_n`" in strings.text("article.how-well-the-argument-holds", lang)
