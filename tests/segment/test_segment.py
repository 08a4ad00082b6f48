"""Blocks: the invariants on every text, concrete expectations per text, and the fallback rules."""

from __future__ import annotations

import re

import pytest

from tahqiq.segment.blocks import COLUMNS, KINDS, OUTLINE_COLUMNS, SECTION_SEP, _heading_class, from_string, outline, segment

STEMS = ("000", "001", "002", "003", "004")


@pytest.fixture(scope="module")
def blocks(docs):
    """Every text segmented once: blocks['000'] ... blocks['004']."""
    return {stem: segment(docs[stem]) for stem in STEMS}


def _headings(df):
    return [re.sub(r"^[\s#*•\-]+|[\s*:]+$", "", t) for t in df[df.kind == "heading"].text]


# --------------------------------------------------------------------------- every text


@pytest.mark.parametrize("stem", STEMS)
def test_offsets_exact_ordered_and_complete(stem, docs, blocks):
    raw, df = docs[stem].raw, blocks[stem]
    assert tuple(df.columns) == COLUMNS
    assert list(df.block) == list(range(len(df)))
    assert set(df.kind) <= set(KINDS)
    assert set(df.file) == {docs[stem].name}
    for start, end, text in zip(df.start, df.end, df.text):
        assert raw[start:end] == text
        assert text == text.strip() and text
    assert (df.start.values[1:] >= df.end.values[:-1]).all()  # in order, no overlap
    covered = bytearray(len(raw))
    for start, end in zip(df.start, df.end):
        covered[start:end] = b"\x01" * (end - start)
    dropped = [i for i, c in enumerate(raw) if not c.isspace() and not covered[i]]
    assert dropped == []
    assert set(df.lang) <= {"ar", "en", "und"}
    assert (df[df.detail == "unclassified"]).empty


@pytest.mark.parametrize("stem", STEMS)
def test_sections_follow_headings(stem, blocks):
    df = blocks[stem]
    for row in df[df.kind == "heading"].itertuples():
        assert row.level >= 1
        assert row.section.count(SECTION_SEP) == row.level - 1
    before_first = df[df.block < df[df.kind == "heading"].block.min()]
    assert before_first.section.isna().all() and before_first.level.isna().all()


def test_deterministic(docs, blocks):
    assert segment(docs["002"]).equals(blocks["002"])


@pytest.mark.parametrize("stem", ("000", "001", "002"))
def test_pdf_forms_are_paged(stem, blocks):
    df = blocks[stem]
    assert df.page.notna().all()
    assert (df.page.diff().dropna() >= 0).all()  # pages never go back


@pytest.mark.parametrize("stem", ("003", "004"))
def test_web_forms_have_no_pages(stem, blocks):
    assert blocks[stem].page.isna().all()


# --------------------------------------------------------------------------- 000 and 001 (one article, two witnesses)

HEADINGS_001 = [
    "المقدمة",
    "المبحث الأول: التطور التاريخي للعلاقات الروسية – الصينية",
    "المطلب الأول : المدة الممتدة من الحرب الباردة الى انهيار الاتحاد السوفييتي ( ١٩٩١.١٩٤٩ )",
    "المطلب الثاني : مرحلة ما بعد انهيار الاتحاد السوفيتي",
    "المبحث الثاني : التقارب والتحديات في العلاقات الصينية - الروسية منذ 2022",
    "المطلب الأول : التقارب الروسي - الصيني",
    "أولاً : التقارب السياسي",
    "ثانياً: التقارب الاقتصادي",
    "ثالثاً : التقارب العسكري",
    "المطلب الثاني : التحديات التي تؤثر على العلاقات الصينية - الروسية",
    "الخاتمة",
    "النتائج",
    "Conclusion",
    "Results",
    "المصادر",
    "أولاً : الدوريات و البحوث",
    "ثانياً : الرسائل",
    "Bibliography",
    "First: periodicals and research",
    "Second: the messages",
    "Third: The internet",
]
LEVELS = [1, 1, 2, 2, 1, 2, 3, 3, 3, 2, 1, 2, 1, 2, 1, 2, 2, 1, 2, 2, 2]


def test_headings_001(blocks):
    df = blocks["001"]
    assert _headings(df) == HEADINGS_001
    assert list(df[df.kind == "heading"].level) == LEVELS
    row = df[df.text.str.contains("أولاً : التقارب السياسي", regex=False) & (df.kind == "heading")].iloc[0]
    assert row.section == SECTION_SEP.join([
        "المبحث الثاني : التقارب والتحديات في العلاقات الصينية - الروسية منذ 2022",
        "المطلب الأول : التقارب الروسي - الصيني",
        "أولاً : التقارب السياسي",
    ])


def test_headings_000_match_the_other_witness(blocks):
    # same tree; the witnesses differ only in spacing and dashes inside two titles
    df = blocks["000"]
    assert len(_headings(df)) == len(HEADINGS_001)
    assert list(df[df.kind == "heading"].level) == LEVELS


@pytest.mark.parametrize("stem", ("000", "001"))
def test_footnotes_000_001(stem, blocks):
    df = blocks[stem]
    notes = df[df.kind == "footnote"]
    assert len(notes) == 29
    per_page = notes.groupby("page").size().to_dict()
    assert per_page[3] == 2 and per_page[5] == 4 and per_page[14] == 3 and per_page[16] == 1
    assert len(per_page) == 14
    for _, page in notes.groupby("page"):  # numbering restarts on every page
        assert list(page.number) == list(range(1, len(page) + 1))
    # a footnote cut at the line end keeps its continuation
    cut = notes[notes.text.str.startswith("(١) محمد عبدالله الهميسات")].iloc[0]
    assert cut.text.rstrip().endswith("ص ١٤-١٧")
    # body text after a page's notes starts the next page
    after = df[df.text.str.startswith("عام ١٩٥٣ عملوا")].iloc[0]
    assert after.kind == "paragraph" and after.page == 4


def test_markers_resolve_to_notes_of_the_same_page(docs, blocks):
    doc, df = docs["001"], blocks["001"]
    notes = {(r.page, r.number) for r in df[df.kind == "footnote"].itertuples()}
    markers = []
    for r in df[~df.kind.isin(["footnote", "bibliography", "boilerplate"])].itertuples():
        norm = doc.norm.text[slice(*doc.norm.norm_span(r.start, r.end))]  # <sup> tags dropped, digits folded
        markers += [(r.page, int(n)) for n in re.findall(r"\((\d{1,2})\)", norm)]
    assert len(markers) == 29
    assert all(m in notes for m in markers)


@pytest.mark.parametrize("stem, n_entries", [("000", 37), ("001", 38)])
def test_bibliography_000_001(stem, n_entries, blocks):
    bib = blocks[stem][blocks[stem].kind == "bibliography"]
    assert len(bib) == n_entries
    counts = bib.groupby(["lang", "detail"]).size().to_dict()
    assert counts[("ar", "periodicals")] == 12 and counts[("ar", "theses")] == 3
    assert counts[("en", "periodicals")] == 12 and counts[("en", "theses")] == 3
    assert counts[("en", "internet")] == n_entries - 30  # 001 has one unnumbered entry more
    assert list(bib[bib.detail == "theses"].number) == [1, 2, 3, 1, 2, 3]


@pytest.mark.parametrize("stem", ("000", "001"))
def test_front_matter_000_001(stem, blocks):
    df = blocks[stem]
    head = df[df.page == 1]
    assert list(head.kind) == ["metadata"] * 4 + ["boilerplate"] * 2
    assert head.text.iloc[2].startswith("رابط ثابت")
    titles = df[df.kind == "title"]
    assert [d for d in titles.detail] == ["main title", "parallel title"]
    assert "العلاقات الروسية" in titles.text.iloc[0] and titles.lang.tolist() == ["ar", "en"]
    keywords = df[(df.kind == "keywords") & (df.detail == "keyword")]
    assert [re.sub(r"^- ", "", t) for t in keywords.text] == [
        "Russia", "China", "Russian-Ukrainian war", "American hegemony",
        "روسيا", "الصين", "الحرب الروسية الأوكرانية", "الهيمنة الأمريكية",
    ]
    abstracts = df[df.kind == "abstract"]
    assert abstracts.lang.tolist() == ["en", "ar"]
    assert (df[df.detail == "article history"].shape[0]) == 10
    assert df[df.detail == "author"].shape[0] == 2 and df[df.detail == "affiliation"].shape[0] == 2
    assert df.loc[df.kind == "heading", "block"].min() > abstracts.block.max()


def test_markdown_rules_are_boilerplate(blocks):
    df = blocks["001"]
    rules = df[df.detail == "rule"]
    assert len(rules) == 3 and set(rules.text) == {"---"} and set(rules.kind) == {"boilerplate"}


# --------------------------------------------------------------------------- 002 (scrambled PDF)


def test_headings_002(blocks):
    df = blocks["002"]
    h = df[df.kind == "heading"]
    assert len(h) == 14
    assert list(h.level) == [1, 1, 1, 2, 2, 2, 2, 1, 1, 2, 2, 2, 1, 1]
    titles = _headings(df)
    assert titles[:4] == ["لخصالم", "Abstract", "مقدمة", "أولاً: المشكلة البحثية والتساؤلات"]
    assert titles[-1] == "والنتائج الخاتمة"
    assert list(h.number.iloc[3:7]) == [1, 2, 3, 4]  # the ordinals of the introduction, scrambled or not
    assert df[(df.section == "لخصالم") & (df.kind != "heading")].kind.tolist() == ["abstract", "keywords"]


def test_page_furniture_002(docs, blocks):
    df = blocks["002"]
    furniture = df[df.kind == "boilerplate"]
    assert furniture.detail.tolist() == ["page number", "page header", "page header"]
    assert furniture.number.iloc[0] == 41
    assert "العدد الخامس عشر" in furniture.text.iloc[2]
    # the header starts a page, and no other block holds header text
    assert furniture.page.iloc[1] == furniture.page.iloc[0] + 1
    others = df[df.kind != "boilerplate"]
    assert not others.text.str.contains("العدد الخامس عشر|المجلة العلمية لكلية").any()
    nxt = df[df.block == furniture.block.iloc[-1] + 1].iloc[0]
    assert nxt.kind == "paragraph" and nxt.page == furniture.page.iloc[1]


def test_footnotes_002(blocks):
    df = blocks["002"]
    notes = df[df.kind == "footnote"]
    assert list(notes.number) == list(range(1, 10))
    assert notes.groupby("page").size().to_dict() == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 2, 8: 1}
    first = notes.iloc[0]
    assert first.text.startswith("استحدثت تدابير بناء الثقة") and first.text.endswith("https://www.un.org/disarmament")
    # the body resumes right after the notes, on the next page
    nxt = df[df.block == first.block + 1].iloc[0]
    assert nxt.kind == "paragraph" and nxt.page == first.page + 1 and "من الاعتماد المتبادل" in nxt.text


def test_conclusions_002(blocks):
    df = blocks["002"]
    items = df[(df.kind == "list_item") & (df.section == "والنتائج الخاتمة")]
    assert list(items.number) == list(range(1, 19))


# --------------------------------------------------------------------------- 003 and 004 (web)


def test_web_003(docs, blocks):
    raw, df = docs["003"].raw, blocks["003"]
    menu = df.iloc[0]
    assert (menu.kind, menu.detail, menu.text) == ("boilerplate", "menu", "القائمة القائمة")
    assert not ((df.start > menu.start) & (df.start < menu.end)).any()  # nothing starts inside the residue
    assert df.iloc[1].kind == "title" and df.iloc[1].text.startswith("كيف تعمل زيارة بوتين")
    assert df.iloc[2].kind == "abstract" and df.iloc[2].detail == "standfirst"
    last = df.iloc[-1]
    assert (last.kind, last.text) == ("boilerplate", "إمكانية الوصول")
    assert _headings(df) == ['الشراكة "بلا حدود".', "التعاون الاقتصادي مدفوع بالضغوط الغربية", "رؤية جيوسياسية مشتركة"]
    assert (df.kind == "paragraph").sum() == 22
    assert df.end.iloc[-1] == len(raw.rstrip())


def test_web_004(blocks):
    df = blocks["004"]
    notes = df[df.kind == "endnote"]
    assert list(notes.number) == list(range(1, 15))
    assert notes.text.str.contains("https?://").all() and set(notes.lang) == {"en"}
    assert _headings(df) == ["البعد الأمني والعسكري", "البعد السياسي- هل هو عكس حقبة كسنجر؟", "خاتمة"]
    residue = df[df.text == "أرسل منشورك"]
    assert len(residue) == 10 and set(residue.kind) == {"boilerplate"}
    banner = df.iloc[-1]
    assert banner.kind == "boilerplate" and banner.detail == "error banner" and banner.text.startswith("An error")
    assert df[df.detail == "disclaimer"].shape[0] == 2
    assert df.iloc[0].kind == "title"


# --------------------------------------------------------------------------- outline


def test_outline_001(docs, blocks):
    o = outline(blocks["001"])
    assert tuple(o.columns) == OUTLINE_COLUMNS
    assert list(o.level) == LEVELS and list(o.heading) == HEADINGS_001
    assert outline(docs["001"]).equals(o)
    first = o.iloc[1]  # المبحث الأول: its words include its two مطلب
    assert first.words > o.iloc[2].words + o.iloc[3].words
    assert first.end == o.iloc[3].end
    assert (o.words > 0).all()
    assert o.start.is_monotonic_increasing


# --------------------------------------------------------------------------- fallback and rules


PLAIN = (
    "A short title\n\n"
    "First paragraph of the text. It has two sentences.\n\n"
    "Background\n\n"
    "Body text\nwrapped on two lines.\n\n"
    "- one point\n"
    "• another point\n"
    "1. a numbered point\n"
    "2) and a second one\n\n"
    "Findings.\n\n"
    "The end of it all, written as a sentence.\n"
)


def test_plain_fallback():
    df = segment(from_string(PLAIN))
    assert df.kind.tolist() == [
        "title", "paragraph", "heading", "paragraph", "list_item", "list_item", "list_item", "list_item",
        "paragraph", "paragraph",
    ]
    assert df.text.iloc[3] == "Body text\nwrapped on two lines."
    assert df.number.iloc[6] == 1 and df.number.iloc[7] == 2
    assert df.section.iloc[3] == "Background" and df.level.iloc[3] == 1
    assert df.page.isna().all() and set(df.lang) == {"en"}


def test_plain_fallback_arabic_with_residue():
    text = "القائمة\n\nعنوان المقال\n\nخلاصة المقال في جملة واحدة طويلة بما يكفي.\n\n\nالقسم الثاني\n\n" \
           "فقرة ثانية.\n\nشارك\n\nشارك\n\nشارك\n\n[1] A note, 2024, https://example.org\n"
    df = segment(from_string(text, form="web-endnotes"))
    assert df.kind.tolist() == [
        "boilerplate", "title", "abstract", "heading", "paragraph", "boilerplate", "boilerplate", "boilerplate",
        "endnote",
    ]
    assert df.detail.iloc[0] == "menu" and df.number.iloc[-1] == 1


def test_crlf_offsets():
    text = "Title line\r\n\r\nA paragraph here.\r\n"
    df = segment(from_string(text))
    assert [text[s:e] for s, e in zip(df.start, df.end)] == ["Title line", "A paragraph here."]


@pytest.mark.parametrize("line, scrambled, expected", [
    ("المقدمة:", False, ("top", "intro", None)),
    ("## **Bibliography :**", False, ("top", "bibliography", None)),
    ("المبحث الثاني : التقارب", False, ("struct", None, None)),
    ("ثالثاً : التقارب العسكري", False, ("ordinal", None, 3)),
    ("•Second: the messages", False, ("ordinal", None, 2)),
    ("النتائج:", False, ("sub", None, None)),
    ("لخصالم", True, ("top", "abstract", None)),  # an anagram of الملخص
    ("والنتائج الخاتمة", True, ("top", "conclusion", None)),
    ("اً: منهج الدراسة ثالث", True, ("ordinal", None, 3)),  # ثالثاً split in two
    ("مرحلة التعاون المتقدم: دمج القيادات (3)", True, ("numbered", None, 3)),
    ("اً: منهج الدراسة ثالث", False, None),
    ("روسيا والصين", False, None),
])
def test_heading_class(line, scrambled, expected):
    got = _heading_class(line, scrambled=scrambled)
    assert (got if got is None else (got[0], got[2], got[3])) == expected


SCRAMBLED = (
    " مقدمة \n"
    "الفقرة الأولى من النص تمتد على سطر كامل من الكلمات الكثيرة هنا وهناك في هذا المكان\n"
    " .وتنتهي هنا بسطر قصير\n"
    " \n"
    "تفاصيل الحاشية الأولى ومصدرها   (1)\n"
    "\n"
    "https://example.org/a\n"
    "صفحة ثانية تبدأ بسطر طويل من الكلمات الكثيرة التي تشبه سطرا كاملا من متن النص هنا\n"
    "ويستمر المتن في سطر آخر طويل من الكلمات الكثيرة التي تشبه سطرا كاملا من المتن\n"
    "\n"
    "12 \n"
    "\n"
    " المجلة العلمية، العدد الخامس، المجلد الثامن\n"
    "متن الصفحة الثالثة يستمر بسطر طويل من الكلمات الكثيرة التي تشبه سطرا كاملا هنا\n"
)


def test_scrambled_rules():
    df = segment(from_string(SCRAMBLED, form="pdf-scrambled"))
    assert df.kind.tolist() == ["heading", "paragraph", "footnote", "paragraph", "boilerplate", "boilerplate",
                                "paragraph"]
    assert df.detail.tolist()[4:6] == ["page number", "page header"]
    assert df.page.tolist() == [1, 1, 1, 2, 2, 3, 3]
    note = df.iloc[2]
    assert note.number == 1 and note.text.endswith("https://example.org/a")
    assert df.text.iloc[3].count("\n") == 1  # the two body lines of page 2 are one paragraph
