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
    (0, "لا ملاحظة"), (1, "ملاحظة واحدة"), (2, "ملاحظتان"),
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
    ("و0 إنذارات كاذبة.", [("0 إنذارات كاذبة", "لا إنذار كاذب")]),
    # none is «لا» and the singular (issue 12: «0 سؤال بحثي» read as no Arabic), the digit 0 before a noun in no form
    ("للمقالة 0 سؤال بحثي", [("0 سؤال بحثي", "لا سؤال بحثي")]), ("0 إنذار كاذب", [("0 إنذار كاذب", "لا إنذار كاذب")]),
    ("مشوَّشةً 20 مرات كلٌّ منها", [("20 مرات", "20 مرةً")]),
    ("(2 تمرينًا؛ في كل مقطع", [("2 تمرينًا", "تمرينان")]),
    ("٣ ملاحظة", [("٣ ملاحظة", "3 ملاحظات")]),  # the Arabic-Indic digits too
    ("1 عمل", [("1 عمل", "عمل واحد")]),
    # agreed, or not a count of a counted noun
    ("في المدوَّنة 4 أعمال و5 نصوص، و31,024 كلمةً", []), ("11 ملاحظةً و100 ملاحظة و103 ملاحظات", []),
    ("١١ ملاحظةً", []), ("2.04 إنذارًا كاذبًا", []), ("لكل 10,000 محرف", []), ("heldout7 فما بعده", []),
    ("الـ21 عالية الثقة", []), ("عام 2022 أصبحت", []), ("ولا إنذار كاذب", []), ("عن 0 منها", []),
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


def test_every_built_arabic_page_agrees_its_counts():
    """Every page of the built Arabic edition (``tahqiq build``; skipped before a build): no number
    followed by a counted noun in another form than render.arabic_count's (test_build.py runs the same
    check on the book it builds, so CI never skips it)."""
    check_arabic_counts()


def check_arabic_counts(html=None) -> None:
    site = (html or ROOT / "_build" / "html") / "ar"
    pages = [p for p in sorted(site.rglob("*.html")) if "_static" not in p.parts and "_sources" not in p.parts]
    if not pages:
        pytest.skip("no built Arabic edition in _build/html/ar (run tahqiq build)")
    assert len(pages) >= 15
    bad = {p.relative_to(site).as_posix(): found for p in pages
           if (found := render.unagreed_counts(render.page_text(p.read_text(encoding="utf-8"))))}
    assert not bad, bad


@pytest.mark.parametrize("lang, shown", [("en", "1 research question"), ("ar", "سؤال بحثي واحد")])
def test_a_chapters_research_questions_are_counted(catalogue, lang, shown):
    """putin-beijing-2024's «How well the argument holds» read «Of its 1 research questions» (and
    «من أسئلتها البحثية الـ1»): the count is glued as a counted phrase."""
    from tahqiq.book.chapter import Chapter

    st = Chapter.load("putin-beijing-2024", lang=lang).stats()
    assert st["arg_questions"] == 1 and st["arg_questions_n"] == shown
    assert "{glue:text}`arg_questions_n`" in strings.text("article.how-well-the-argument-holds", lang)


# ---------------------------------------------------------------- partitives, duals after a preposition
"""The Arabic edition read «للمقالة سؤال بحثي واحد، تجيب الاستنتاجات عن 1 منها» (a plural pronoun for one
question, a bare 1), «سؤالان بحثيان، … عن 2 منها», «(1 منها اعتراضات)», «يمسّ التحقق 1 من الدعاوى»,
«تختلف في 1 منها», «من الأعمال يجيب 2 بنعم، و1 بلا، و1 بغير ذلك» (a number with no noun counted) and
would have read «في سؤالان» for two questions. «n of them» is now glued whole (render.partitive: a number
word for one and two, or the noun counted, and «منه», «منها» or «منهما» agreed with the whole), a dual
after a preposition is genitive (render.dual_oblique), and render.unagreed_counts finds each kind."""


@pytest.mark.parametrize("text, found", [
    ("للمقالة سؤال بحثي واحد، تجيب الاستنتاجات عن 1 منها؛", [("1 منها", "واحد منها"),
                                                            ("سؤال بحثي واحد … منها", "سؤال بحثي واحد … منه")]),
    ("للمقالة سؤالان بحثيان، تجيب الاستنتاجات عن سؤالين منها؛", [("سؤالان بحثيان … منها", "سؤالان بحثيان … منهما")]),
    ("يمسّ التحقق 1 من الدعاوى", [("1 من الدعاوى", "واحد من الدعاوى")]),
    ("(2 منها اعتراضات)", [("2 منها", "اثنان منها")]), ("لـ1 منها حكم", [("1 منها", "واحد منها")]),
    ("حُلَّ منها 2 إلى مدخل", [("منها 2", "منها اثنان")]),
    ("من الأعمال يجيب 2 بنعم، و1 بلا", [("2 بنعم", "(the noun counted) بنعم"), ("1 بلا", "(the noun counted) بلا")]),
    ("10 مؤكَّدة، و2 مفسَّرة، و0 إنذار كاذب", [("0 إنذار كاذب", "لا إنذار كاذب"), ("و2 مفسَّرة", "(the noun counted) مفسَّرة")]),
    ("(3 وقائعية، و1 سببية)", [("و1 سببية", "(the noun counted) سببية")]),
    ("10 ملاحظات مؤكَّدة، وملاحظتان مفسَّرتان", []), ("من 3 إلى 2 أيار", []), ("و1 مليار", []),
    ("تختلف في سؤالان:", [("في سؤالان", "في سؤالين")]), ("لـعملان", [("لـعملان", "لـعملين")]),
    # agreed, or no count of things
    ("للمقالة سؤالان بحثيان، تجيب الاستنتاجات عن سؤالين منهما؛", []), ("سؤال واحد منه", []),
    ("ملاحظة واحدة تقتبس النص منها", []), ("في النص 55 تعبيرًا زمنيًا: 53 منها لها مجال", []),
    ("يجيب عملان بنعم، وعمل واحد بلا، وعمل واحد بغير ذلك", []), ("الحاشية 1 والبند 6", []),
    ("من 1 أيلول/سبتمبر 2022", []), ("المضاعِف 1 مليار", []), ("وتمتنع النتيجة 2 صراحةً", []), ("مرتين", []),
])
def test_unagreed_counts_finds_each_kind_of_count_a_reader_trips_over(text, found):
    assert render.unagreed_counts(text) == found


def test_a_dual_after_a_preposition_is_genitive():
    assert render.count_of(2, "question", "ar", "gen") == "سؤالين"
    assert render.count_of(2, "false alarm", "ar", "gen") == "إنذارين كاذبين"
    assert render.count_of(2, "error", "ar", "acc") == "خطأين"
    assert render.count_of(2, "bibliography entry", "ar", "gen") == "مدخلين في قائمة المراجع"
    assert render.count_of(2, "time", "ar", "gen") == "مرتين"  # an adverb already
    for n in (0, 1, 3, 11, 100):  # only the dual changes with the case
        assert render.count_of(n, "question", "ar", "gen") == render.count_of(n, "question", "ar")
    for noun, entry in counted().items():  # every noun's dual has its oblique form
        two = entry["ar"][1]
        assert render.dual_oblique(two) != two or noun == "time", noun
        assert not render.unagreed_counts(f"في {render.count_of(2, noun, 'ar', 'gen')}"), noun


@pytest.mark.parametrize("args, shown", [
    ((1, "question", "ar", 1, None, "gen", True), "سؤال واحد منه"),
    ((2, "question", "ar", 2, None, "gen", True), "سؤالين منهما"),
    ((2, "question", "ar", 4, None, "gen", True), "سؤالين منها"),
    ((3, "question", "ar", 4, None, "gen", True), "3 أسئلة منها"),
    ((1, "finding", "ar", 1, None, "nom", False), "واحدة منها"),
    ((2, "variant", "ar", 97, None, "nom", False), "اثنان منها"),
    ((2, "claim", "ar", 9, None, "gen", False), "اثنتين منها"),
    ((4, "variant", "ar", 97, None, "nom", False), "4 منها"),
    ((1, "question", "en", 1, None, "gen", True), "1"),
])
def test_n_of_them_agrees_with_n_and_with_the_whole(args, shown):
    n, noun, lang, whole, of, case, is_counted = args
    assert render.partitive(n, noun, lang, whole=whole, of=of, case=case, counted=is_counted) == shown
    assert not render.unagreed_counts(shown)


def test_n_of_them_before_its_noun_and_without_a_pronoun():
    assert render.partitive(2, "attack", "ar", whole=11, of="relation", counted=True, first=True) == "منها اعتراضان"
    assert render.partitive(1, "attack", "ar", whole=2, of="relation", counted=True, first=True) == "منهما اعتراض واحد"
    assert render.partitive(1, "claim", "ar", case="acc", pronoun=False) == "واحدةً"
    assert render.partitive(2, "conclusion", "ar", pronoun=False) == "اثنان"
    got = render.partitives({"a": 1, "w": 1, "b": "n/a"}, {"a": {"noun": "question", "whole": "w", "counted": True},
                                                         "b": {"noun": "question"}}, "ar")
    assert {k: str(v) for k, v in got.items()} == {"a_of": "سؤال واحد منه", "b_of": "n/a"}
    # a phrase that is only a number is glued as a count, written as the prose writes counts: {glue:text} read the
    # text «10,887» as the tuple «(10, 887)», and an int glued bare printed «10887» beside «10,903 words»
    from myst_nb.core.variables import format_plain_text

    en = render.partitives({"a": 10887, "w": 10903}, {"a": {"noun": "word", "whole": "w"}}, "en")
    assert format_plain_text(en["a_of"].plain, "s") == "10,887" and en["a_of"].html == "10,887"
    # none of them: the digit, never «لا سؤال» after a preposition
    assert render.partitive(0, "question", "ar", whole=0, counted=True, case="gen") == "0 منها"
    got = render.partitives({"a": 1234}, {"a": {"noun": "claim", "pronoun": False}}, "ar")["a_of"]
    assert (got.html, format_plain_text(got.plain, "s")) == ("1,234", "1,234")  # as every count of the prose


PHRASES = {"n_witnessed"}  # glued as a counted phrase under another name (corpus.ipynb: render.count_of)


def test_no_string_of_the_arabic_edition_glues_a_bare_number_beside_of_them():
    """A glued bare number beside «منها», «من الـ…» or before a complement («بنعم») is wrong for 1 and 2, and «منها»
    for one question or two: such a number is glued as a partitive (``<name>_of``) or a counted phrase (``_n``).
    (The validity page's recall figures, counted against large wholes, are not yet: listed here.)"""
    left = {"validity.p18"}
    bad = []
    for sid, texts in strings.strings().items():
        if sid in left:
            continue
        for m in re.finditer(r"(?:منها|منه|منهما)\s*\{glue:text\}`(\w+)`|\{glue:text\}`(\w+)`\s+(?:منها|منه|منهما|من\s+ال|ب|ل)",
                             texts["ar"]):
            name = m.group(1) or m.group(2)
            if not name.endswith(("_of", "_n")) and name not in PHRASES:
                bad.append(f"{sid}: {m.group(0)}")
    assert not bad, bad


@pytest.mark.parametrize("slug, shown", [
    ("putin-beijing-2024", {"arg_questions_answered_of": "سؤال واحد منه", "arg_attacks_of": "منها اعتراضان"}),
    ("mahmoud-2023", {"arg_questions_answered_of": "سؤالين منهما", "arg_attacks_of": "منها اعتراض واحد",
                      "arg_claims_weakened_of": "واحدةً", "arg_conclusions_weakened_of": "واحد"}),
])
def test_a_chapters_partitives(catalogue, slug, shown):
    from tahqiq.book.chapter import Chapter

    st = Chapter.load(slug, lang="ar").stats()
    assert {k: str(st[k]) for k in shown} == shown
    assert "{glue:text}`arg_questions_answered_of`" in strings.text("article.how-well-the-argument-holds", "ar")


def test_no_glued_number_reads_as_a_tuple_on_a_built_page():
    """myst-nb's {glue:text} reads a glued text «10,887» as a Python literal: the English outline read
    «(10, 887) outside boilerplate». A count is glued as a number or inside a phrase (render.partitives)."""
    check_no_tuples()


def check_no_tuples(html=None) -> None:
    site = html or ROOT / "_build" / "html"
    pages = [p for p in sorted(site.rglob("*.html")) if "_static" not in p.parts and "_sources" not in p.parts]
    if not pages:
        pytest.skip("no built book in _build/html (run tahqiq build)")
    bad = {p.relative_to(site).as_posix(): found for p in pages
           if (found := re.findall(r'class="pasted-text">\((\d+, \d{3})\)<', p.read_text(encoding="utf-8")))}
    assert not bad, bad
