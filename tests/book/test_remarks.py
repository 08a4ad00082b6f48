"""What the engine writes in English reads in Arabic on the Arabic edition (:mod:`tahqiq.book.remarks`
and the chapter's tables): the extraction's remarks (a date's or figure's note, a relative date's
anchor), the gazetteer's reference dates, the claims' placeholder section and glosses, the chain's
joining words, a work's venue, numbers with a scale word. Screenshots at 390 px of the Arabic putin-beijing-2024, mahmoud-2023 and crosswork pages showed
each of them in English."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tahqiq.book import remarks, render
from tahqiq.book.chapter import Chapter, venue_of
from tahqiq.facts import text_facts
from tahqiq.review.evidence_labels import remark_ar

LATIN = re.compile(r"[A-Za-z]{2,}")


def _cells(html: str) -> list[str]:
    """The visible text of each body cell of a rendered table."""
    body = html.split("<tbody>", 1)[1] if "<tbody>" in html else html
    # a row's folded values (render.table(more=…): «details.tq-row-more») count as cells of their own
    folded = [re.sub(r"<[^>]*>", "", d) for d in re.findall(r"<dd[^>]*>(.*?)</dd>", body, flags=re.S)]
    body = re.sub(r'<details class="tq-row-more".*?</details>', "", body, flags=re.S)
    return [re.sub(r"<[^>]*>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body, flags=re.S)] + folded


# --------------------------------------------------------------------------- the extraction's remarks


@pytest.mark.parametrize("note, expected", [
    ("dual", "مثنّى"),
    ("number in words; counted noun not in the lexicon", "عدد مكتوب بالحروف؛ المعدود ليس في المعجم"),
    ("year 2014 recovered from the line of a scrambled text", "السنة 2014 مستعادة من سطرها في نص مضطرب الترتيب"),
    ("published 2024-05", "تاريخ النشر 2024-05"),
    ("anchor (published 2024-05) too coarse for a relative day",
     "التاريخ المرجعي (تاريخ النشر 2024-05) أعمّ من أن يُحسب منه يوم نسبي"),
    ("an age: «في السابعة عشرة (من عمره)»", "عمر: «في السابعة عشرة (من عمره)»"),
])
def test_a_remark_reads_in_arabic_its_values_kept(note, expected):
    assert remark_ar(note) == expected


def test_a_remark_without_arabic_is_shown_in_english_marked_as_such():
    assert remark_ar("dual; a remark no one wrote") is None  # every part, or none
    shown = remarks.remark("a remark no one wrote", "ar")
    assert isinstance(shown, render.HTML) and "بالإنجليزية" in shown.html
    assert remarks.remark("dual", "en") == "dual"


def test_every_remark_the_corpus_texts_get_has_its_arabic(catalogue):
    missing = set()
    for w in catalogue.works:
        for t in w.texts:
            f = text_facts(catalogue.load_entry(w, t))
            for df in (f.dates, f.figures):
                for c in remarks.REMARK_COLUMNS:
                    if c in df.columns:
                        missing |= {v for v in df[c].dropna() if isinstance(v, str) and remark_ar(v) is None}
    assert not missing, sorted(missing)


@pytest.mark.parametrize("slug", ["mahmoud-2023", "putin-beijing-2024"])
def test_the_dates_and_figures_tables_show_no_english_remark(catalogue, slug):
    ch = Chapter.load(slug, lang="ar")
    for df, html in ((ch.dates, ch.dates_table().html), (ch.figures, ch.figures_table().html)):
        cells = _cells(html)
        for c in remarks.REMARK_COLUMNS:
            for v in df[c].dropna() if c in df.columns else ():
                assert v not in cells, f"{slug}: the remark {v!r} shown in English"
                assert remark_ar(v) in cells
        # the CSV keeps the English remark, with its Arabic beside it
        assert "note_ar" not in re.sub(r'href="[^"]*"', "", html)
    en = Chapter.load(slug).figures_table().html
    assert any(v in _cells(en) for v in ch.figures["note"].dropna())


def test_a_number_with_a_scale_word_reads_in_arabic_right_to_left():
    df = pd.DataFrame({"value": [3e8, 12.0]})
    ar, en = render.table(df, "t", lang="ar").html, render.table(df, "t").html
    assert re.search(r'<td class="tq-num" dir="rtl"[^>]*>300 مليون</td>', ar)
    assert re.search(r'<td class="tq-num" dir="ltr"[^>]*>300 million</td>', en)
    assert '<td class="tq-num" dir="ltr">12</td>' in ar


# --------------------------------------------------------------------------- reference dates


@pytest.mark.parametrize("start, end, en, ar", [
    ("2022-02-24", "2022-02-24", "24 February 2022", "24 شباط/فبراير 2022"),
    ("2022-02-24", "9999-12-31", "since 24 February 2022", "منذ 24 شباط/فبراير 2022"),
    ("2024-05-16", "2024-05-17", "16 May 2024 – 17 May 2024", "من 16 أيار/مايو 2024 إلى 17 أيار/مايو 2024"),
    ("2005-06-01", "2005-06-30", "June 2005", "حزيران/يونيو 2005"),
    ("1996-01-01", "1996-12-31", "1996", "1996"),
])
def test_a_reference_date_in_both_editions(start, end, en, ar):
    assert remarks.human(start, end, "en") == en
    assert remarks.human(start, end, "ar") == ar


def test_the_crosswork_events_and_the_ratification_exercises_give_reference_dates_in_arabic(catalogue):
    from tahqiq.book.crosswork import CrossWork
    from tahqiq.book.seminar import conflict_or_ratification

    cw = CrossWork(catalogue)
    ref = cw.event_dates_in("ar")["reference"]
    assert len(ref) and not [r for r in ref if LATIN.search(r)]
    for ex in conflict_or_ratification(cw.events, lang="ar"):
        html = ex.prompt + (ex.solution or "")
        seen = re.sub(r"<code>.*?</code>|<[^>]*>", " ", html)
        for word in ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December", "since", "ratification of", "extension of", "follow up of"):
            assert word not in seen, f"{word!r} in an Arabic exercise"


# --------------------------------------------------------------------------- the argument, the venue


def test_the_arabic_claims_and_chain_have_no_english_placeholder_gloss_or_joining_words():
    ch = Chapter.load("putin-beijing-2024", lang="ar")
    claims = ch.claims_table().html
    seen = " ".join(_cells(claims))
    assert "(opening, before the first heading)" not in seen and "(المستهل، قبل العنوان الأول)" in seen
    for gloss in ch.claims()["gloss"]:
        assert gloss not in seen
    chain = ch.chain()
    assert not [v for v in chain["answered_by"] if LATIN.search(v)]  # ids (q1, c11) and Arabic words
    assert chain["gloss"].iloc[-1].startswith("تجيب الاستنتاجات عن الأسئلة: ")
    shown = " ".join(_cells(ch.chain_table().html))
    assert "يستند إلى" in shown and "الدعاوى الحاسمة" in shown and "rests on" not in shown
    assert not [g for q, g in zip(chain["quote"], chain["gloss"]) if q and g in shown]  # a quote is its own gloss
    # the problem and the assessment's notes in Arabic (problem_ar, note_ar), no English marked as such
    assert ch.annotation.problem_ar[:40] in shown and "بالإنجليزية" not in shown
    en = Chapter.load("putin-beijing-2024")
    assert "(opening, before the first heading)" in " ".join(_cells(en.claims_table().html))
    assert "rests on" in " ".join(_cells(en.chain_table().html))


def test_the_venue_reads_in_the_editions_language(catalogue):
    w = catalogue.work("salman-2025")
    assert venue_of(w, "en") == w.venue and not LATIN.search(venue_of(w, "ar"))
    other = catalogue.work("avdaliani-2025")  # a name: as written in both editions
    assert venue_of(other, "ar") == other.venue
    card = Chapter.load("salman-2025", lang="ar").card().html
    assert w.venue not in card and w.venue_ar in card


def test_a_variants_note_is_headed_as_a_remark_not_a_footnote(catalogue):
    from tahqiq.book import strings
    from tahqiq.book.crosswork import CrossWork

    html = CrossWork(catalogue).collation_table(lang="ar").html
    heads = re.findall(r"<th[^>]*>([^<]*)</th>", html)
    assert strings.text("render.note_remark", "ar") in heads and strings.text("col.note", "ar") not in heads


def test_an_iso_date_in_an_arabic_card_value_reads_left_to_right():
    """The reading guide's «أين نُشر: مقالة في مجلة، … · 2025-06-30» showed the date as «30-06-2025»."""
    html = render.span("مقالة في مجلة، تنشرها مكتبة الموسوعة السياسية · 2025-06-30")
    assert '<bdi dir="ltr" class="tq-date">2025-06-30</bdi>' in html
    assert render.span("Journal · 2025-06-30") == '<span dir="ltr" lang="en">Journal · 2025-06-30</span>'


def test_a_bibliography_key_names_its_work_and_witness_as_one_code():
    """«salman-2025, witness A:bib:ar:12» was English in the Arabic salman-2025 chapter's tables; its
    Arabic words («salman-2025، النسخة A:bib:ar:12») then wrapped over three lines, reordered around
    the Arabic word. A key is a code: the same in both editions, no word of either language, one
    left-to-right id kept whole (tq-id)."""
    df = pd.DataFrame({"key": ["000_01ec08bd9cfc9a25:bib:ar:12"]})
    ar, en = _cells(render.table(df, "t", lang="ar").html), _cells(render.table(df, "t").html)
    assert ar == en == ["salman-2025/A:bib:ar:12"]
    for lang in ("ar", "en"):
        assert '<span class="tq-id" dir="ltr">salman-2025/A:bib:ar:12</span>' in render.table(df, "t", lang=lang).html


def test_an_iso_date_alone_in_a_cell_is_isolated_left_to_right():
    """The Arabic corpus page's cards at 390 px showed «تاريخ النشر: 30-06-2025»."""
    html = render.table(pd.DataFrame({"published": ["2025-06-30"]}), "t", lang="ar").html
    assert '<bdi dir="ltr" class="tq-date">2025-06-30</bdi>' in html
