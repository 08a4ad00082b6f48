"""render's own words (download link, row counts, "not known") and the reader's-notes table
take the edition's language; untrusted strings stay escaped in both."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tahqiq.book import render, strings

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def _english_ui(html: str, keys: list[str]) -> list[str]:
    """The English texts of ``keys`` a reader sees in ``html`` (its text, tags removed), as words."""
    seen = re.sub(r"<[^>]*>", " ", html)
    return [strings.text(k, "en") for k in keys
            if re.search(r"(?<!\w)" + re.escape(strings.text(k, "en")) + r"(?!\w)", seen)]


def test_table_in_arabic_has_no_english_ui_string_and_escapes_cells():
    df = pd.DataFrame({"quote": [HOSTILE, "نص عربي", "third"], "n": [1, 2, 3]})
    html = render.table(df, "t", max_rows=1, lang="ar").html
    assert strings.text("render.download_csv", "ar") in html
    assert "Download CSV" not in html and " rows" not in html and "in the CSV" not in html
    assert "عدد الصفوف: 3" in html and "عددها 2" in html
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    en = render.table(df, "t", max_rows=1).html
    assert "Download CSV" in en and "3 rows" in en and "2 more rows in the CSV." in en


def test_csv_link_escapes_a_hostile_filename_in_both_languages():
    for lang in ("en", "ar"):
        html = render.csv_link(pd.DataFrame({"a": [1]}), HOSTILE + ".csv", lang=lang)
        assert "<script>" not in html and "<img" not in html


def test_card_not_known_in_the_editions_language():
    ar = render.card([("العنوان", None), ("x", HOSTILE)], title=HOSTILE, lang="ar").html
    assert "غير معروف" in ar and "not known" not in ar
    assert re.search(r'<span class="tq-na" dir="rtl" lang="ar">', ar)
    assert "<script>" not in ar and "<img" not in ar
    assert "not known" in render.card([("Title", "")]).html


def test_reader_notes_table_in_arabic(catalogue):
    from tahqiq.book.readernotes import notes_table

    doc = catalogue.load("salman-2025")
    empty = pd.DataFrame(columns=["kind", "spans"])
    ar = notes_table(doc.name, empty, "s", lang="ar").html
    keys = [k for k in strings.strings() if k.startswith("notes.")]
    assert _english_ui(re.sub(r"<td.*?</td>", "", ar, flags=re.S), keys) == []
    assert "ملاحظة القارئ" in ar and "<script" not in ar
    b = catalogue.load("salman-2025", "B")
    none_ar = notes_table(b.name, empty, "x", lang="ar").html
    assert strings.text("notes.none", "ar") in none_ar and 'dir="rtl"' in none_ar
    assert "No reader" in notes_table(b.name, empty, "x").html


def test_crosswork_alignment_and_timeline_in_arabic(catalogue):
    from tahqiq.book.crosswork import CrossWork

    cw = CrossWork(catalogue)
    ar = cw.alignment_html("ar").html
    keys = ["crosswork.no_alignment", "crosswork.passage"]
    assert not any(strings.text(k, "en").split("{")[0].strip() in re.sub(r"<[^>]*>", " ", ar) for k in keys)
    assert "<script" not in ar
    fig = cw.event_timeline_plot("ar")
    ax = fig.axes[0]
    assert fig.get_suptitle().replace("\u200f", "").replace("\n", " ") == strings.text("plot.events_title", "ar")
    legend = ax.get_legend()
    if legend is not None:
        assert "reference date" not in [t.get_text() for t in legend.get_texts()]
    assert "Download CSV" not in cw.collation_table(lang="ar").html


def test_comparison_agreement_and_stances_in_arabic():
    from tahqiq.book.comparison import STANCES, Comparison, stance_name

    assert [stance_name(s, "en") for s in STANCES] == list(STANCES)
    assert all(re.search(r"[\u0600-\u06ff]", stance_name(s, "ar")) for s in STANCES)
    c = Comparison.__new__(Comparison)
    agree = {"positions": [{"stance": "yes"}, {"stance": "yes"}]}
    split = {"positions": [{"stance": "yes"}, {"stance": "partly"}]}
    assert c.agreement(agree, "ar") == "الأعمال متفقة"
    assert c.agreement(split, "ar") == "الأعمال مختلفة (جزئيًّا، نعم)"
    assert c.agreement(split) == "the works disagree (partly, yes)"


def test_comparison_question_html_escapes_curated_text(catalogue):
    from tahqiq.book.comparison import Comparison

    cmp = Comparison(catalogue)
    q = dict(cmp.data["questions"][0], question=HOSTILE)
    html = cmp.question_html(q, "ar").html
    assert "<script" not in html and "<img" not in html
    assert "the works agree" not in html and "the works disagree" not in html


def _headers(html: str) -> list[str]:
    return re.findall(r"<th[^>]*>([^<]*)</th>", html.split("<thead>", 1)[1].split("</thead>", 1)[0])


def test_table_headers_are_labels_in_the_editions_language():
    df = pd.DataFrame({"start": [1], "unit": ["RUB"], "link.date.text": ["x"], "zzz.0.stage": ["y"],
                       HOSTILE: [0]})
    ar = render.table(df, "t", lang="ar").html
    en = render.table(df, "t").html
    assert _headers(ar)[:3] == ["البداية", "الوحدة", "الربط › التاريخ › النص"]
    assert _headers(ar)[3] == "zzz.0.stage"  # a part with no label: the name as written, not half-translated
    assert _headers(en)[:3] == ["start", "unit", "link › date › text"]
    assert 'dir="rtl" lang="ar">البداية' in ar  # an Arabic header is set right to left
    assert "<script>" not in ar and "<script>" not in en  # an unknown (untrusted) column name stays escaped


def test_column_label_falls_back_to_the_name_and_labels_every_known_column_in_both_languages():
    assert render.column_label("no_such_column", "ar") == "no_such_column"
    cols = strings.labels("col", "ar")
    assert len(cols) > 100
    for name, label in cols.items():
        assert re.search(r"[\u0600-\u06FF]", label), name  # every Arabic header is Arabic
        assert strings.labels("col", "en")[name] != label


def test_empty_findings_and_empty_evidence_in_the_editions_language():
    empty = pd.DataFrame(columns=["kind"])
    assert render.findings(empty, {}, lang="ar").html.count(strings.text("render.no_findings", "ar")) == 1
    assert "No findings." not in render.findings(empty, {}, lang="ar").html
    assert "No findings." in render.findings(empty, {}).html
    assert strings.text("render.no_evidence", "ar") in render.evidence_table({}, lang="ar")
    assert "no evidence recorded" in render.evidence_table(None)


def test_a_finding_on_an_arabic_page_has_no_english_ui_words():
    f = {"id": "f1", "kind": "k", "severity": "high", "scope": "internal", "verdict": None,
         "message": "رسالة", "spans": [{"file": "a.txt", "start": 0, "end": 3, "text": "نصّ"}], "evidence": {}}
    html = render.finding(f, {"a.txt": "نصّ وغيره"}, here="a.txt", lang="ar")
    assert _english_ui(html, ["render.evidence", "render.in_text", "render.no_evidence"]) == []
    assert strings.text("render.in_text", "ar") in html and strings.text("render.evidence", "ar") in html


def test_csv_link_isolates_the_file_name_so_an_arabic_label_reads_in_order():
    ar = render.csv_link(pd.DataFrame({"a": [1, 2]}), "x-y.csv", lang="ar")
    assert '(<bdi dir="ltr">x-y.csv</bdi>، عدد الصفوف: 2)' in ar
    assert '(<bdi dir="ltr">x-y.csv</bdi>, 2 rows)' in render.csv_link(pd.DataFrame({"a": [1, 2]}), "x-y.csv")


def test_crosswork_event_names_in_the_editions_language(catalogue):
    """The event-dates table and the timeline name each event in the edition's language (events.yml
    ``name.ar``, required and validated on load); the English edition keeps the English names."""
    from tahqiq.book.crosswork import CrossWork

    cw = CrossWork(catalogue)
    df = cw.event_dates
    if df.empty:
        pytest.skip("no dated event mention in the corpus")
    ar, en = cw.event_dates_in("ar"), cw.event_dates_in("en")
    by_id = cw.events.by_id
    assert list(ar["event"]) == [by_id[e].name_ar for e in ar["event_id"]]
    assert list(en["event"]) == [by_id[e].name_en for e in en["event_id"]]
    assert all(re.search(r"[\u0600-\u06ff]", n) for n in ar["event"])
    html = render.table(ar, "event-dates", columns=["work", "event", "text"], lang="ar").html
    assert not any(by_id[e].name_en in html for e in ar["event_id"])
    names = [t.get_text() for t in cw.event_timeline_plot("ar").axes[0].texts]  # each above its row
    assert names and all(re.search(r"[\u0600-\u06ff]", t) for t in names)


def test_variant_notes_and_classes_in_arabic():
    """Every kind of note collate.classify writes reads in Arabic on the Arabic edition (the readings
    it quotes kept), and is unchanged on the English one."""
    from tahqiq.book.crosswork import variant_class, variant_note
    from tahqiq.compare.collate import classify

    pairs = [("  ", " "), ("قال:", "قال،"), ("عام 2001", "عام 2003"), ("الصين", "الصيـن"),
             ("قال بوتين", "قال بوتن"), ("كبيرة جدا", "كبيره جدا"), ("بدأ التعاون", "انتهى الخلاف")]
    seen = set()
    for a, b in pairs:
        cls, note = classify(a, b)
        seen.add(cls)
        html = variant_note(note, "ar")
        ar = html.plain
        assert variant_note(note, "en") == note
        assert ":" not in note or "<bdi>" in html.html  # the readings isolated in their own direction
        head = ar.split(":", 1)[0]
        assert re.search(r"[\u0600-\u06ff]", head) and not re.search(r"[A-Za-z]{3,}", head), (note, ar)
        assert "(none)" not in ar
        assert re.search(r"[\u0600-\u06ff]", variant_class(cls, "ar")) and variant_class(cls, "en") == cls
    assert {"formatting", "number", "word"} <= seen
    assert variant_note("an unknown note", "ar") == "an unknown note" and variant_note(None, "ar") is None
    assert "<script>" not in variant_note(f"words differ: {HOSTILE} / x", "ar").html


def test_argument_map_in_arabic_has_no_english_words_of_its_own(catalogue):
    """The chapter's argument map (its SVG labels, legend, links and label) speaks the edition's
    language; the English edition is what svg_map draws by default."""
    from tahqiq.argument.maps import MAP_WORDS, svg_map
    from tahqiq.book.chapter import Chapter

    ch = Chapter(catalogue.load("avdaliani-2025"), catalogue, "ar")
    if ch.annotation is None:
        pytest.skip("no reconstruction of avdaliani-2025")
    ar = ch.argument_map().html
    for k in ("open", "close", "legend", "touched", "title"):
        assert strings.text(f"map.{k}", "en").split("{")[0].strip() not in ar, k
    assert strings.text("map.legend", "ar") in ar and strings.text("map.open", "ar") in ar
    for word in ("supports", "attacks", "elaborates", "factual", "causal", "evaluative", "predictive", ">conclusion<"):
        assert word not in re.sub(r'class="[^"]*"|id="[^"]*"|marker id="[^"]*"|url\(#[^)]*\)', "", ar), word
    en = Chapter(catalogue.load("avdaliani-2025"), catalogue).argument_map().html
    assert svg_map(ch._marked_annotation(), ch.confirmed) in en  # the English map is the default drawing
    assert set(MAP_WORDS) <= {k[len("map."):] for k in strings.strings() if k.startswith("map.")}


def test_findings_summary_heads_a_severity_by_its_word_not_as_a_footnote(catalogue):
    """The chapter's summary of findings headed its count of «note» findings «الحاشية» (a footnote,
    col.note of the citation tables) on the Arabic edition; it reads «ملاحظة», the severity's word."""
    from tahqiq.book.chapter import Chapter

    ch = Chapter.load("putin-beijing-2024", lang="ar")
    head = ch.findings_summary_table().html.split("</thead>", 1)[0]
    assert strings.text("finding.severity.note", "ar") in head and strings.text("col.note", "ar") not in head
    assert strings.text("finding.severity.error", "ar") in head
    en = Chapter.load("putin-beijing-2024").findings_summary_table().html.split("</thead>", 1)[0]
    assert ">note<" in en and ">error<" in en


def test_chapter_card_names_forms_and_languages_in_the_editions_words(catalogue):
    """The Arabic chapter's card read «النسخة A (pdf-text، النص الأساس)», «النسخة B (markdown)» and
    «ar, en» (a 390 px screenshot of the Arabic salman-2025 chapter); the tables already named them."""
    from tahqiq.book.chapter import Chapter

    ar = Chapter.load("salman-2025", lang="ar").card().html
    assert "pdf-text" not in ar and "(markdown)" not in ar and "ar, en" not in ar
    assert strings.text("value.form.pdf-text", "ar") in ar and strings.text("value.lang.en", "ar") in ar
    en = Chapter.load("salman-2025").card().html
    assert "pdf-text" in en and "markdown" in en and "ar, en" in en


def test_a_date_or_figure_note_is_headed_as_a_remark_not_a_footnote(catalogue):
    """The Arabic chapter's dates and figures headed the extraction's remark «الحاشية» (a footnote);
    seen in 390 px screenshots of the Arabic mahmoud-2023 chapter."""
    from tahqiq.book.chapter import Chapter

    ch = Chapter.load("mahmoud-2023", lang="ar")
    for table in (ch.dates_table(), ch.figures_table()):
        head = table.html.split("</thead>", 1)[0]
        assert strings.text("render.note_remark", "ar") in head and strings.text("col.note", "ar") not in head


def test_a_table_with_no_row_says_so_in_a_line():
    """putin-beijing-2024 has no citation and no bibliography: its chapter showed a header over no row
    and a CSV of 0 rows to download (mahmoud-2023's bibliography too), seen at 390 px in both editions."""
    empty = pd.DataFrame(columns=["start", "end", "kind", "text"])
    for lang, words in (("en", "Nothing to list here."), ("ar", "لا شيء يُسرد هنا.")):
        html = render.table(empty, "x-citations", lang=lang).html
        assert words in html and "<table" not in html and ".csv" not in html, lang
        assert 'data-table="x-citations"' in html
    assert "<table" in render.table(pd.DataFrame({"kind": ["a"]}), "x", lang="ar").html


def test_argument_map_in_arabic_reads_its_boxes_in_arabic_from_their_right_edge(catalogue):
    """Seen at 1366 px in the Arabic edition: the map's SVG inherited the page's right-to-left
    direction, so every label ran leftwards from its start, out of its box into the next one, and
    its boxes read the English gloss («The basic motive of the United States …»). The map is drawn
    left to right (its root's direction); a box of the Arabic edition shows its claim's quote,
    right to left from its right edge; the English map is drawn as before."""
    import xml.etree.ElementTree as ET

    from tahqiq.book.chapter import Chapter

    ch = Chapter(catalogue.load("avdaliani-2025"), catalogue, "ar")
    if ch.annotation is None:
        pytest.skip("no reconstruction of avdaliani-2025")
    html = ch.argument_map().html
    svg = html[html.index("<svg"):html.index("</svg>") + len("</svg>")]
    root = ET.fromstring(svg)
    assert root.get("direction") == "ltr"
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t for t in root.iter(f"{ns}text") if t.text]
    arabic = [t for t in texts if re.search("[\u0621-\u064a]", t.text) and not re.search("[A-Za-z]{3}", t.text)]
    assert len(arabic) > 40 and all(t.get("direction") == "rtl" for t in arabic)
    for c in [*ch.annotation.claims, *ch.annotation.conclusions]:
        assert not c.quote or render.esc(c.gloss[:25]) not in svg, c.id  # no English gloss, boxes or tooltips
    first = ch.annotation.claims[0]
    assert first.quote.split()[0] in svg and first.gloss[:30] not in svg
    en = Chapter(catalogue.load("avdaliani-2025"), catalogue, "en").argument_map().html
    assert first.gloss[:20] in en and 'direction="rtl"' not in en
