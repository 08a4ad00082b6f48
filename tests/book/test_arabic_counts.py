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
