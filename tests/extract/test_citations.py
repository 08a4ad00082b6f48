"""Citations: markers, author-year references, reference parsing, URL dates; and the corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tahqiq.extract.citations import (
    BIB_COLUMNS,
    COLUMNS,
    FIELDS,
    KINDS,
    extract_bibliography,
    extract_citations,
    extract_notes,
    find_author_year,
    find_markers,
    parse_date,
    parse_reference,
    resolve_reference,
    url_date,
)
from tahqiq.corpus.catalogue import from_string as _from_string
from tahqiq.text.normtext import fold, normalise


def from_string(s: str):
    return _from_string(s, form="pdf-text")

# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.militarytimes.com/flashpoints/2021/11/24/russia-china-sign/", "2021-11-24"),
        ("https://www.globaltimes.cn/page/202411/1322940.shtml", "2024-11"),
        ("https://www.cna.org/reports/2023/05/russian-chinese", "2023-05"),
        ("https://www.usni.org/magazines/proceedings/2024/october/okean-returns", "2024-10"),
        ("https://example.org/a/2024-03-12-title", "2024-03-12"),
        ("https://tass.com/politics/1780663", None),  # an id, not a date
        ("https://www.cirsd.org/en/horizons/horizons-autumn-2024--issue-no-28/x", "2024"),  # a year, kept as such
        ("https://2024.example.org/13/99/", None),  # a year in the host; an impossible month
        (None, None),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize(
    "s, expected",
    [
        ("Military Times, November 21, 2021, https://x", "2021-11-21"),
        ("U.S. Naval Institute, October, 2024", "2024-10"),
        ("21 Nov. 2021", "2021-11-21"),
        ("<https://2u.pw/x> 22/12/2024", "2024-12-22"),
        ("23/12/24", "2024-12-23"),
        ("25/ 12/ 2024", "2024-12-25"),
        ("في ٢٦ / تشرين الثاني / عام ٢٠٢٤", "2024-11-26"),
        ("موقع وزارة الخارجية، نوفمبر ٢٠١٤", "2014-11"),
        ("31/02/2024 is no date", None),
        ("no date here 2024", None),
        ("أيلول", None),  # a month without its year
    ],
)
def test_parse_date(s, expected):
    assert parse_date(s) == expected


# --------------------------------------------------------------------------- markers


def _markers(raw: str) -> list[tuple[str, int, str]]:
    n = normalise(raw)
    out = []
    for m in find_markers(n.text):
        a, b = n.raw_span(m.start, m.end)
        out.append((raw[a:b], m.number, m.style))
    return out


def test_markers_all_styles_and_eastern_digits():
    raw = (
        "انهيار الاتحاد السوفيتي عام ١٩٩١^(١). مع البيئة الدولية^(٢)، في المجالات (1) ، "
        "الشراكة العسكرية⁽²⁾ و(بريطانيا)⁽¹²⁾ الزعيمين<sup>(3)</sup> سنوياً.[7]. منذ 1985.[10]"
    )
    assert _markers(raw) == [
        ("^(١)", 1, "caret"),
        ("^(٢)", 2, "caret"),
        ("(1)", 1, "paren"),
        ("⁽²⁾", 2, "sup"),
        ("⁽¹²⁾", 12, "sup"),
        ("(3)", 3, "paren"),  # the <sup> tags are dropped by normalisation, the span keeps them out
        ("[7]", 7, "bracket"),
        ("[10]", 10, "bracket"),
    ]


def test_markers_not_labels_years_or_words():
    # a note's own label at the start, a year in parentheses, a parenthesised word or code
    assert _markers("(1) زيدون سلمان محمد ، روسيا والصين") == []
    assert _markers("ما بين الاعوام (١٩٤٩-١٩٩١) و (2021) و (5G) و (ع)") == []


# --------------------------------------------------------------------------- author-year


def _ay(raw: str):
    n = normalise(raw)
    out = []
    for f in find_author_year(n.text):
        a, b = n.raw_span(f.start, f.end)
        out.append((raw[a:b], f.authors, f.year, f.pages, f.form))
    return out


@pytest.mark.parametrize(
    "raw, authors, year, pages",
    [
        ("حلافدراسته (Snyder: 1997, p 123) حول", "Snyder", 1997, "p123"),
        ("Source: (Korolev: 2021, 9) ", "Korolev", 2021, "9"),
        ("وبكين (Korolev; 2021, 9) في", "Korolev", 2021, "9"),
        ("(Larin; 2020, p75) العلاقات", "Larin", 2020, "p75"),
        ("(Korolov: 2021, p9-10) .", "Korolov", 2021, "p9-10"),
        ("السؤال (Olcott, Garnett: 2000) المطروح", "Olcott, Garnett", 2000, None),
        ("دراسة (فرقاني، 2016) طرحت", "فرقاني", 2016, None),
        ("(هلال: ٢٠٢١) خطرة", "هلال", 2021, None),
        ("(موقع وزارة الخارجية الروسية، نوفمبر 2014) الطريق", "موقع وزاره الخارجيه الروسيه", 2014, None),
    ],
)
def test_author_year_well_formed(raw, authors, year, pages):
    [(_, a, y, p, _)] = _ay(raw)
    assert (a, y, p) == (authors, year, pages)


def test_author_year_forms_of_right_to_left_extraction():
    found = _ay(
        "مصطلح  بالإ  ،Kuchins): 129 ,2014(  الضرورة و  Lo): (2009\"  هفتم "
        "ثم )  (Bedeski, Swanstrom: 2012تغير السؤال "
        "الأمريكية (2015  محمد،المترتبة عليه ) (2012إدريس،  ) خطرة (2021)هلال: "
        "و ( 2010)تقرير مهمة السلام    طائرة"
    )
    assert [(f[1], f[2], f[3]) for f in found] == [
        ("Kuchins", 2014, "129"),
        ("Lo", 2009, None),
        ("Bedeski, Swanstrom", 2012, None),
        ("محمد", 2015, None),
        ("ادريس", 2012, None),
        ("هلال", 2021, None),
        ("تقرير مهمه السلام", 2010, None),
    ]
    assert found[0][0] == "Kuchins): 129 ,2014("


def test_author_year_split_over_lines():
    raw = "فوفقاً لدراسة :Snyder)  حول \nتعزز هذه الآلية حيث للتحالف  )350 ,1997\nوكذلك ,Lai) التحالف\nReiter; 2000, p203) ."
    found = _ay(raw)
    assert [(f[1], f[2], f[3], f[4]) for f in found] == [
        ("Snyder", 1997, "350", "split"),
        ("Lai, Reiter", 2000, "p203", "split"),
    ]
    assert found[0][0].startswith(":Snyder)") and found[0][0].endswith(")350 ,1997")


def test_author_year_scrambled_arabic():
    raw = "( طرحت تساؤلًا حول درجة هذا التقارب فيما بين 2016. غير أن دراسة )فرقاني،  بعد"
    [(text, authors, year, _, form)] = _ay(raw)
    assert (authors, year, form) == ("فرقاني", 2016, "arabic_scrambled")
    assert text.endswith(")فرقاني،")


def test_references_to_a_source_without_year():
    found = _ay(
        "الصناعية العسكرية (TASS Russian News Agency)، الوثائق الرسمية (pravo.gov.ru)) و "
        "THADDبإطلاق  . )الموقع الرسمي لوزارة الخارجية الروسية( في"
    )
    assert [(f[0], f[2], f[4]) for f in found] == [
        ("(TASS Russian News Agency)", None, "source"),
        ("(pravo.gov.ru)", None, "source"),
        (")الموقع الرسمي لوزارة الخارجية الروسية(", None, "source"),
    ]


def test_extraction_forms_only_in_scrambled_texts():
    n = normalise("Kuchins): 129 ,2014(  و (2021)هلال: و ;Yan) كلام 2002(")
    assert [f.form for f in find_author_year(n.text)] == ["latin_mirrored", "arabic_mirrored", "split"]
    assert find_author_year(n.text, scrambled=False) == []
    # a year in parentheses followed by a sentence is no reversed reference, scrambled or not
    assert find_author_year(normalise("وفي عام (2015) شهدت العلاقات تطورا، ثم").text) == []


def test_author_year_ignores_plain_parentheses():
    assert _ay("عام (2022) و (CBMs) و (Security Council) و (١٩٤٩-١٩٩١) و (البريكس)") == []


# --------------------------------------------------------------------------- references


def test_arabic_footnote():
    r = parse_reference(
        "(1) زيدون سلمان محمد ، روسيا والصين :محفزات وقيود التعاون في جنوب شرق اسيا ، "
        "مجلة العلوم السياسية، العدد ٦٨ ، (جامعة بغداد ،٢٠٢٤)، ص ٢٦٨-٢٦٩"
    )
    assert r["number"] == 1
    assert r["authors"] == "زيدون سلمان محمد"
    assert r["title"] == "روسيا والصين :محفزات وقيود التعاون في جنوب شرق اسيا"
    assert r["venue"] == "مجلة العلوم السياسية"
    assert (r["issue"], r["year"], r["pages"]) == ("68", 2024, "268-269")
    assert r["publisher"] == "جامعة بغداد"


def test_arabic_footnote_place_publisher_year_parenthesis_and_back_references():
    r = parse_reference(
        "(3) وحدة دراسات الصين ، التقارب الصيني الروسي وتأثيره على التوازن في الشرق الأوسط، "
        "(أبو ظبي : مركز الإمارات للدراسات،٢٠٢١)،ص ٢"
    )
    assert (r["place"], r["publisher"], r["year"], r["pages"]) == ("أبو ظبي", "مركز الإمارات للدراسات", 2021, "2")
    op = parse_reference("(2) يزيد عادل عبد المجيد ، مصدر سبق ذكره، ص ٢٠٣")
    assert (op["authors"], op["title"], op["pages"], op["back"]) == ("يزيد عادل عبد المجيد", None, "203", "op_cit")
    assert parse_reference("(3) يزيد عادل عبد المجيد ، المصدر نفسه ، ص ٢٠٤")["back"] == "ibid"


def test_arabic_bibliography_entry_is_inverted():
    r = parse_reference(
        "6. محمود ،غزلان ، التقارب العسكري الروسي الصيني، واحتمالات التحالف العسكري، المجلة العلمية "
        "لكلية الدراسات الاقتصادية والعلوم السياسية، المجلد ٨ ، العدد ١٥ ،(جامعة الإسكندرية، مصر، ٢٠٢٣).",
        inverted=True,
    )
    assert r["number"] == 6
    assert r["authors"] == "غزلان محمود"
    assert r["title"] == "التقارب العسكري الروسي الصيني، واحتمالات التحالف العسكري"  # a comma inside the title
    assert r["venue"] == "المجلة العلمية لكلية الدراسات الاقتصادية والعلوم السياسية"
    assert (r["volume"], r["issue"], r["year"]) == ("8", "15", 2023)
    assert (r["publisher"], r["place"]) == ("جامعة الإسكندرية", "مصر")


def test_arabic_thesis():
    r = parse_reference(
        "2. جاسم ، سداد نوري ،العلاقات الروسية _الصينية للفترة (٢٠٠٠-٢٠١٢) ، رسالة ماجستير، (غير منشورة) "
        ",كلية العلوم السياسية، جامعة النهريين، بغداد، ٢٠١٤ .",
        inverted=True,
    )
    assert r["authors"] == "سداد نوري جاسم"
    assert r["title"] == "العلاقات الروسية _الصينية للفترة (٢٠٠٠-٢٠١٢)"  # the years in the title are not the year
    assert (r["venue"], r["year"], r["place"]) == ("رسالة ماجستير", 2014, "بغداد")
    assert r["publisher"] == "كلية العلوم السياسية, جامعة النهريين"


def test_english_bibliography_entry():
    r = parse_reference(
        "1. Abdul Hussein, Fadel Ali, a study in the new polarity and drawing the features of the new "
        "international system, Journal of International Studies, No. 85, College of Political Science, "
        "University of Baghdad, 2021.",
        inverted=True,
    )
    assert r["authors"] == "Fadel Ali Abdul Hussein"
    assert r["title"].startswith("a study in the new polarity") and r["title"].endswith("system")
    assert (r["venue"], r["issue"], r["year"]) == ("Journal of International Studies", "85", 2021)
    assert r["publisher"] == "College of Political Science, University of Baghdad"
    vol = parse_reference(
        "12. Sayfey, Moshavar, the future of the strategic partnership, Truth Magazine, Vol. 20, No. 4, "
        "Algeria, Algeria, 2021.",
        inverted=True,
    )
    assert (vol["volume"], vol["issue"], vol["place"], vol["venue"]) == ("20", "4", "Algeria", "Truth Magazine")


def test_english_internet_entry_with_access_date():
    r = parse_reference(
        "4. Mohamed Osman, the determining factors of the future course of Russian-Chinese relations, "
        "Journal of international politics, 2022, <https://2u.pw/yKUSIEh2> , 23/12 /2024",
        inverted=True,
    )
    assert r["authors"] == "Mohamed Osman"  # natural order: the second segment is no name
    assert (r["year"], r["url"], r["accessed"]) == (2022, "https://2u.pw/yKUSIEh2", "2024-12-23")
    assert r["venue"] == "Journal of international politics"
    assert parse_reference("2. Eman Hashad, a title here, Egypt, 2023, <https://goo.su/a8KEi> 23/12/24")[
        "accessed"
    ] == "2024-12-23"


def test_endnote_with_quoted_title_date_and_url_date():
    r = parse_reference(
        "[8] “Russia, China sign roadmap for closer military cooperation”, Military Times, November 21, 2021, "
        "https://www.militarytimes.com/flashpoints/2021/11/24/russia-china-sign-roadmap/"
    )
    assert r["number"] == 8
    assert r["title"] == "Russia, China sign roadmap for closer military cooperation"
    assert (r["venue"], r["date"], r["year"], r["url_date"]) == ("Military Times", "2021-11-21", 2021, "2021-11-24")
    assert r["authors"] is None
    many = parse_reference("[6] D. Gorenburg, E. Wishnick, “Russian-Chinese Military Cooperation”, CNA, 2023, https://x.org/a")
    assert (many["authors"], many["venue"], many["year"]) == ("D. Gorenburg; E. Wishnick", "CNA", 2023)
    agency = parse_reference('(3) Reuters: "Russia, China agree 30-year gas deal", 2022, <https://2u.pw/iYBk5dUS>')
    assert (agency["authors"], agency["title"], agency["year"]) == ("Reuters", "Russia, China agree 30-year gas deal", 2022)


def test_url_stops_at_arabic_glued_to_it():
    r = parse_reference("بناء الثقة https://www.un.org/disarmamentالمعلومات حول تدابير")
    assert r["url"] == "https://www.un.org/disarmament"


def test_text_fields_are_slices_of_the_input():
    s = "(٣) احمد عبدالامير الانباري ، التقارب الروسي - الصيني ،مجلة المستنصرية، العدد ٥٨، (بغداد، ٢٠١٧)، ص ٥٦-٥٧"
    r = parse_reference(s)
    for k in ("authors", "title", "venue", "place"):
        assert r[k] in s, k
    assert (r["issue"], r["year"], r["pages"]) == ("58", 2017, "56-57")


def test_resolve_reference_by_title_authors_url():
    bib = [
        {"bib_id": "x:bib:ar:1", "authors": "احمد عبد الامير الأنباري", "title": "التقارب الروسي - الصيني:محاولة", "url": None},
        {"bib_id": "x:bib:ar:2", "authors": "يزيد عادل عبد المجيد", "title": "واقع ومستقبل العلاقات", "url": None},
        {"bib_id": "x:bib:en:1", "authors": "Ahmed Dahshan", "title": "Russia and China", "url": "https://2u.pw/E8E1XNUA"},
    ]
    note = parse_reference("(3) احمد عبدالامير الانباري ، التقارب الروسي - الصيني: محاولة ،مجلة ما، العدد ٥٨")
    assert resolve_reference(note, bib) == "x:bib:ar:1"
    assert resolve_reference(parse_reference("(2) يزيد عادل عبدالمجيد ، مصدر سبق ذكره، ص ٢٠٣"), bib) == "x:bib:ar:2"
    web = parse_reference("(1) احمد دهشان ، روسيا والصين ،٢٠٢٤، <https://2u.pw/E8E1XNUA>")
    assert resolve_reference(web, bib) == "x:bib:en:1"  # across scripts, by its URL
    assert resolve_reference(parse_reference("(1) كاتب آخر ، عنوان آخر تماما ، ٢٠٢٠"), bib) is None


def test_column_lists():
    assert COLUMNS[:4] == ("file", "start", "end", "text") and "resolved" in COLUMNS
    assert BIB_COLUMNS[:4] == ("file", "start", "end", "text") and "url_date" in BIB_COLUMNS
    assert fold("الأنباري") == "الانباري"


# --------------------------------------------------------------------------- the corpus

@pytest.fixture(scope="module")
def tables(docs):
    """Citations, bibliography and notes of every text, computed once."""
    return {
        k: (extract_citations(d), extract_bibliography(d), extract_notes(d)) for k, d in docs.items()
    }


def test_every_row_quotes_the_raw_text(docs, tables):
    for k, (cit, bib, notes) in tables.items():
        raw = docs[k].raw
        assert list(cit.columns) == list(COLUMNS)
        assert list(bib.columns) == list(BIB_COLUMNS) and list(notes.columns) == list(BIB_COLUMNS)
        for df in (cit, bib, notes):
            assert all(raw[r.start:r.end] == r.text for r in df.itertuples()), k
            assert df["start"].is_monotonic_increasing
        assert (cit["start"].shift(-1).fillna(len(raw)) >= cit["end"]).all(), f"overlapping citations in {k}"
        linked = cit.dropna(subset=["note_start"])
        assert all(raw[int(r.note_start):int(r.note_end)] == r.note_text for r in linked.itertuples())


def test_000_footnote_markers_resolve_by_page_and_number(tables):
    cit, bib, notes = tables["000"]
    assert cit["kind"].value_counts().to_dict() == {"footnote": 29}
    assert cit["note_start"].notna().all()
    by_start = notes.set_index("start")
    for r in cit.itertuples():
        note = by_start.loc[int(r.note_start)]
        assert (note["number"], note["page"]) == (r.marker, r.page)
    # four markers on page 5 (numbering restarted), each to the note with its number there
    page5 = cit[cit["page"] == 5]
    assert page5["marker"].tolist() == [1, 2, 3, 4]
    assert page5["authors"].tolist() == ["يزيد عادل عبدالمجيد", "علي حسين باكير", "احمد عبدالامير الانباري", "حيدر زهير جاسم"]
    assert page5["year"].tolist() == [2023, 2006, 2017, 2015]
    # «(1)» is found on pages 3 to 16, each time a different note; every note is called once
    assert cit.loc[cit["marker"] == 1, "note_start"].is_unique
    assert sorted(cit["note_start"].astype(int)) == sorted(notes["start"])


def test_000_notes_resolve_to_the_bibliography(tables):
    cit, bib, notes = tables["000"]
    stem = "000_01ec08bd9cfc9a25"
    assert int(cit["resolved"].sum()) == 26
    anbari = cit[cit["authors"] == "احمد عبدالامير الانباري"].iloc[0]
    assert anbari["bib_id"] == f"{stem}:bib:ar:1" and anbari["bib_text"].startswith("1. الأنباري، احمد عبد الامير")
    # «مصدر سبق ذكره» (op. cit.) by its author, «المصدر نفسه» (ibid.) as the note before it
    majid = cit[cit["authors"] == "يزيد عادل عبد المجيد"]
    assert majid["bib_id"].tolist() == [f"{stem}:bib:ar:12"] * 2
    # an Arabic web note resolves to the English internet entry with its URL
    dahshan = cit[cit["authors"] == "احمد دهشان"].iloc[0]
    assert dahshan["bib_id"] == f"{stem}:bib:en:16" and dahshan["url"] == "https://2u.pw/E8E1XNUA"
    # sources the bibliography leaves out stay unresolved
    assert set(cit.loc[~cit["resolved"], "authors"].fillna("")) == {"Reuters", ""}


def test_000_bibliography_sections(tables):
    cit, bib, notes = tables["000"]
    counts = bib.groupby(["lang", "section"]).size().to_dict()
    assert counts == {
        ("ar", "periodicals"): 12, ("ar", "theses"): 3,
        ("en", "periodicals"): 12, ("en", "theses"): 3, ("en", "internet"): 8,
    }
    web = bib[bib["section"] == "internet"]
    assert web["url"].notna().all()
    assert web["accessed"].tolist()[:6] == ["2024-12-22", "2024-12-23", "2024-12-24", "2024-12-23", "2024-12-25", "2024-12-26"]
    ar6 = bib[bib["bib_id"] == "000_01ec08bd9cfc9a25:bib:ar:6"].iloc[0]
    assert (ar6["authors"], ar6["volume"], ar6["issue"], ar6["year"], ar6["place"]) == ("غزلان محمود", "8", "15", 2023, "مصر")
    assert len(notes) == 29 and set(notes["section"]) == {"footnote"}


def test_001_witness_has_the_same_apparatus(tables):
    cit0, bib0, _ = tables["000"]
    cit1, bib1, _ = tables["001"]
    assert len(cit1) == len(cit0) == 29
    assert cit1["marker"].tolist() == cit0["marker"].tolist()
    assert cit1["page"].tolist() == cit0["page"].tolist()
    assert len(bib1) == len(bib0) == 38


def test_002_author_year_references(tables):
    cit, bib, notes = tables["002"]
    ay = cit[cit["kind"] == "author_year"]
    assert len(ay) == 50
    assert int(ay["year"].isna().sum()) == 5  # sources named without a year: (TASS Russian News Agency) …
    assert bib.empty and not ay["resolved"].any()  # 002 has no bibliography
    snyder = ay[ay["text"] == "(Snyder: 1997, p 123)"].iloc[0]
    assert (snyder["authors"], snyder["year"], snyder["pages"]) == ("Snyder", 1997, "p123")
    assert ("Kuchins", 2014, "129") in set(zip(ay["authors"], ay["year"], ay["pages"]))
    assert {"فرقاني", "محمد", "إدريس", "هلال"} <= set(ay["authors"])
    # a reference split in two by the extraction, with a footnote between its pieces
    korolev = ay[ay["text"].str.startswith(";Korolev)")].iloc[0]
    assert (korolev["year"], korolev["pages"]) == (2021, "43")
    fn = cit[cit["kind"] == "footnote"]
    assert fn["marker"].tolist() == list(range(1, 10))
    assert fn["note_start"].notna().all()


def test_004_endnotes(tables):
    cit, bib, notes = tables["004"]
    assert len(bib) == 14 and bib["number"].tolist() == list(range(1, 15))
    assert set(bib["section"]) == {"endnotes"} and notes.empty
    assert cit["kind"].eq("endnote").all() and len(cit) == 14 and cit["resolved"].all()
    e8 = cit[cit["marker"] == 8].iloc[0]
    assert (e8["date"], e8["url_date"], e8["year"]) == ("2021-11-21", "2021-11-24", 2021)
    assert e8["bib_id"] == "004_2bb25243eaff52f7:note:8"
    e7 = bib[bib["number"] == 7].iloc[0]
    assert (e7["venue"], e7["date"], e7["url_date"]) == ("Global Times", "2024-11-12", "2024-11")
    assert bib["url"].notna().all()


def test_003_has_no_citations(tables):
    cit, bib, notes = tables["003"]
    assert cit.empty and bib.empty and notes.empty


def test_synthetic_document():
    doc = from_string(
        "المقدمة\n\nأكد الباحث ذلك (1) وأضاف آخر (Snyder: 1997, p 123) ثم (فرقاني، 2016).\n\n"
        "(1) زيدون سلمان محمد ، روسيا والصين ، مجلة العلوم السياسية، العدد ٦٨ ، (جامعة بغداد ،٢٠٢٤)، ص ٢٦٨\n"
    )
    cit = extract_citations(doc)
    assert cit["kind"].tolist() == ["footnote", "author_year", "author_year"]
    assert all(doc.raw[r.start:r.end] == r.text for r in cit.itertuples())
    fn = cit.iloc[0]
    assert doc.raw[int(fn["note_start"]):].startswith("(1) زيدون")
    assert (fn["marker"], fn["authors"], fn["year"], fn["pages"]) == (1, "زيدون سلمان محمد", 2024, "268")
    notes = extract_notes(doc)
    assert notes["bib_id"].tolist() == ["<string>:fn:1:1"]
    assert extract_bibliography(doc).empty


def test_synthetic_author_year_resolves_to_the_bibliography():
    doc = from_string(
        "مقدمة\n\nتناولت دراسة سابقة هذا التقارب (Snyder: 1997, p 123) كما أشار (فرقاني، 2016) إلى ذلك "
        "و (Snyder: 2001).\n\n"
        "المصادر:\n\n1. فرقاني، محمد ، التقارب الروسي الصيني ، مجلة الدراسات ، العدد ٣ ، (الجزائر، ٢٠١٦) .\n"
        "2. Snyder, Glenn, Alliance Politics, Cornell University Press, Ithaca, 1997.\n"
    )
    bib = extract_bibliography(doc)
    assert bib["bib_id"].tolist() == ["<string>:bib:ar:1", "<string>:bib:en:1"]
    assert bib["authors"].tolist() == ["محمد فرقاني", "Glenn Snyder"]
    assert bib.iloc[1][["title", "publisher", "place", "year"]].tolist() == [
        "Alliance Politics", "Cornell University Press", "Ithaca", 1997,
    ]
    cit = extract_citations(doc)
    assert set(cit["kind"]) <= set(KINDS)
    assert cit["bib_id"].fillna("").tolist() == ["<string>:bib:en:1", "<string>:bib:ar:1", ""]  # no 2001 entry
    assert cit["resolved"].tolist() == [True, True, False]
    assert cit["bib_text"].iloc[0].startswith("2. Snyder, Glenn")


_ALPHABET = "()[]^⁽⁾¹²،,:;. \n-\"0123456789٠١٢٣٤٥ابتثجحخدرسصطعلمنهويةSnyderKorolevNo.Vol.ص/httpswww"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_parsers_hold_on_any_text(s):
    t = normalise(s).text
    for found in (find_markers(t), find_author_year(t)):
        spans = [(f.start, f.end) for f in found]
        assert all(0 <= a < b <= len(t) for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))  # in order, no overlap
    r = parse_reference(s)
    assert set(r) == set(FIELDS)
    flat = " ".join(s.split())
    for k in ("title", "venue"):
        assert r[k] is None or r[k] in flat
    assert all(p in flat for p in (r["place"] or "").split(", ") if p)


def test_author_year_with_two_authors_joined_by_wa_resolves():
    from tahqiq.extract.citations.resolve import _resolve_author_year

    bib = [
        {"bib_id": "x:bib:ar:1", "authors": "النجار، ليلى والحسن، سامي", "year": 2020, "venue": None},
        {"bib_id": "x:bib:ar:2", "authors": "وهبة، رامز", "year": 2018, "venue": None},
        {"bib_id": "x:bib:en:1", "authors": "Moore, J. and Park, S.", "year": 2020, "venue": None},
    ]
    assert _resolve_author_year("النجار والحسن", 2020, bib) == "x:bib:ar:1"
    assert _resolve_author_year("Moore and Park", 2020, bib) == "x:bib:en:1"
    assert _resolve_author_year("وهبة", 2018, bib) == "x:bib:ar:2"  # a name that begins with «و» is read whole
    assert _resolve_author_year("النجار والحسن", 2019, bib) is None  # another year: another source
    assert _resolve_author_year("السعدي والحسن", 2020, bib) is None


def test_a_long_url_does_not_make_an_arabic_entry_english():
    from tahqiq.extract.citations import extract_bibliography as bibliography

    raw = ("المقال.\n\nالمراجع\n"
           "1. هيئة الموانئ، التقرير السنوي 2021، 3 مايو 2022، "
           "https://www.ports-authority.example/reports/annual/2022/05/annual-report-2021-final.pdf\n"
           "2. Ports Authority, Annual Report 2021, 3 May 2022, https://www.ports-authority.example/en/ar2021\n")
    bib = bibliography(_from_string(raw, "plain"))
    assert bib["lang"].tolist() == ["ar", "en"]
