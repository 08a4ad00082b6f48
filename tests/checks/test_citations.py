"""Citation detectors: synthetic texts with hand-built extraction tables (positive and negative),
then concrete findings on the corpus."""

from __future__ import annotations


import pandas as pd
import pytest

import builders as B
from tahqiq.checks import citations as C
from tahqiq.checks import sources as S
from tahqiq.facts import Facts

CIT = ("file", "start", "end", "text", "kind", "marker", "page", "note_start", "note_end", "note_text",
       "authors", "year", "date", "pages", "url", "url_date", "bib_id", "bib_text", "resolved")
BIB = ("file", "start", "end", "text", "bib_id", "section", "lang", "number", "page", "authors", "title",
       "venue", "volume", "issue", "year", "date", "pages", "publisher", "place", "url", "url_date", "accessed")
DATES = ("file", "start", "end", "text", "type", "start_date", "end_date", "granularity", "modifier", "anchor", "note")
NAME = "t.txt"


def _at(raw: str, text: str, after: int = 0) -> tuple[int, int]:
    i = raw.index(text, after)
    return i, i + len(text)


def _frame(rows: list[dict], columns) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns))


def ref(raw: str, text: str, **fields) -> dict:
    """A bibliography/note row for the first occurrence of ``text`` in ``raw``."""
    s, e = _at(raw, text)
    return {"file": NAME, "start": s, "end": e, "text": text, "lang": "en", **fields}


def make(raw: str, notes=(), bib=(), cites=(), dates=(), published=None, form="plain") -> Facts:
    """Facts made of the given rows alone (tests/builders.py): no extractor runs."""
    return B.facts(B.text(raw, NAME, published=published, form=form, notes=[_row(r, BIB) for r in notes],
                          bibliography=[_row(r, BIB) for r in bib], citations=[_row(r, CIT) for r in cites],
                          dates=_frame(list(dates), DATES)))


def _row(r: dict, columns) -> dict:
    unknown = set(r) - set(columns)
    assert not unknown, f"not a column: {sorted(unknown)}"
    return r


def cite(raw: str, marker_text: str, note: dict | None = None, after: int = 0, **fields) -> dict:
    s, e = _at(raw, marker_text, after)
    row = {"file": NAME, "start": s, "end": e, "text": marker_text, "kind": fields.pop("kind", "endnote"), **fields}
    if note:
        row.update(note_start=note["start"], note_end=note["end"], note_text=note["text"])
    return row


def year(raw: str, text: str, y: int, type_: str = "year", modifier=None, after: int = 0) -> dict:
    s, e = _at(raw, text, after)
    return {"file": NAME, "start": s, "end": e, "text": text, "type": type_, "start_date": f"{y}-01-01",
            "end_date": f"{y}-12-31", "granularity": "year", "modifier": modifier}


# --------------------------------------------------------------------------- URL dates


def test_url_date_gap_rules():
    assert C.url_date_gap("2021-11-21", "2021-11-24") == ("day", 3)
    assert C.url_date_gap("2021-11-21", "2021-11-22") is None  # within the tolerance
    assert C.url_date_gap("2024-10", "2024-10") is None
    assert C.url_date_gap("2024-11-12", "2024-11") is None  # compared at month granularity
    assert C.url_date_gap("2023", "2022-05") == ("year", None)
    assert C.url_date_gap("2024-09-30", "2024-10") == ("month", None)


def test_citation_url_date_positive_and_negative():
    raw = ('[1] "Pact signed", News, March 3, 2020, https://news.example/2020/03/09/pact\n'
           '[2] "Talks", News, May 5, 2021, https://news.example/2021/05/05/talks\n')
    n1 = ref(raw, raw.splitlines()[0], section="endnotes", number=1, date="2020-03-03", url_date="2020-03-09",
             url="https://news.example/2020/03/09/pact")
    n2 = ref(raw, raw.splitlines()[1], section="endnotes", number=2, date="2021-05-05", url_date="2021-05-05",
             url="https://news.example/2021/05/05/talks")
    found = C.citation_url_date(make(raw, bib=[n1, n2]))
    assert len(found) == 1
    f = found[0]
    assert f.kind == "citation-url-date" and f.evidence["gap_days"] == 6
    assert [s.text for s in f.spans] == ['[1] "Pact signed", News, March 3, 2020',
                                         "https://news.example/2020/03/09/pact"]
    assert "endnote [1]" in f.message and "2020-03-09" in f.message


def test_a_url_year_named_in_the_title_is_the_data_year():
    raw = ('[1] "مؤشرات التجارة ٢٠٢٢"، الهيئة، 3 مارس 2023، https://stats.example/indicators/2022/\n'
           '[2] "Trade indicators", Authority, 3 March 2023, https://stats.example/indicators/2022/\n')
    lines = raw.splitlines()
    n1 = ref(raw, lines[0], section="endnotes", number=1, date="2023-03-03", url_date="2022",
             url="https://stats.example/indicators/2022/")
    n2 = ref(raw, lines[1], section="endnotes", number=2, date="2023-03-03", url_date="2022",
             url="https://stats.example/indicators/2022/")
    found = C.citation_url_date(make(raw, bib=[n1, n2]))
    # the first names 2022 in its title (the data's year); the second does not: its URL year disagrees
    assert [f.evidence["url_date"] for f in found] == ["2022"] and "endnote [2]" in found[0].message


# --------------------------------------------------------------------------- source before event


def test_claim_span_closes_at_the_marker():
    raw = "كان ذلك في 2010. وقعت المعاهدة عام 2022.[3] ثم تلا ذلك شيء."
    s, e = C.claim_span(raw, raw.index("[3]"))
    assert raw[s:e] == "وقعت المعاهدة عام 2022"


def test_source_dated_before_the_event_arabic():
    raw = ("وقع البلدان اتفاقية الغاز عام 2022 (1). وفي عام 2010 بدأت المفاوضات (2).\n\n"
           "(1) كاتب، عنوان، 2019.\n(2) كاتب، عنوان آخر، 2012.")
    n1 = ref(raw, "(1) كاتب، عنوان، 2019.", section="footnote", number=1, year=2019)
    n2 = ref(raw, "(2) كاتب، عنوان آخر، 2012.", section="footnote", number=2, year=2012)
    c1 = cite(raw, "(1)", n1, kind="footnote", marker=1, year=2019)
    c2 = cite(raw, "(2)", n2, kind="footnote", marker=2, year=2012)
    dates = [year(raw, "عام 2022", 2022), year(raw, "عام 2010", 2010)]
    found = C.citation_before_event(make(raw, notes=[n1, n2], cites=[c1, c2], dates=dates))
    assert len(found) == 1
    f = found[0]
    assert f.evidence["source_date"] == "2019" and f.evidence["event_date"] == "2022"
    assert [s.text for s in f.spans] == ["عام 2022", "(1)", "(1) كاتب، عنوان، 2019."]


def test_forecasts_bounds_and_unordered_texts_are_not_events():
    raw = "Gas exports will reach 80 bcm by 2030 [1]. Trade grew until 2021 [2]."
    c1 = cite(raw, "[1]", marker=1, year=2016)
    c2 = cite(raw, "[2]", marker=2, year=2019)
    dates = [year(raw, "2030", 2030), year(raw, "until 2021", 2021, modifier="until")]
    assert C.citation_before_event(make(raw, cites=[c1, c2], dates=dates, published="2025-01-01")) == []
    raw2 = "The treaty was signed in 2001 [1]."
    c = cite(raw2, "[1]", marker=1, year=1999)
    d = [year(raw2, "2001", 2001)]
    assert len(C.citation_before_event(make(raw2, cites=[c], dates=d))) == 1
    # in an unordered text the claim is the window of lines before the marker (not the sentence)
    # there the sentence's words before the marker stand after it on its (mirrored) line
    assert C.citation_before_event(make(raw2, cites=[c], dates=d, form="pdf-scrambled")) == []
    raw4 = "the two sides\n. [1] signed the treaty in 2001"
    c4 = cite(raw4, "[1]", marker=1, year=1999)
    d4 = [year(raw4, "2001", 2001)]
    assert len(C.citation_before_event(make(raw4, cites=[c4], dates=d4, form="pdf-scrambled"))) == 1
    raw3 = "The treaty was signed in 2001 [2].\nIt was ratified [1]."
    c2 = cite(raw3, "[2]", marker=2, year=2002)
    c1 = cite(raw3, "[1]", marker=1, year=1999)
    d3 = [year(raw3, "2001", 2001)]
    assert C.citation_before_event(make(raw3, cites=[c2, c1], dates=d3, form="pdf-scrambled")) == []


def test_line_window():
    # a mirrored line: after the citation on its line is what was written before it
    raw = "a 1\n\nb 2\nc 3\nd 4\ne 5 [1] f 6 [2] g"
    s, e = raw.index("[1]"), raw.index("[1]") + 3
    parts = C.line_window(raw, s, e, 2)
    assert [raw[a:b] for a, b in parts] == ["c 3\nd 4\n", " f 6 [2] g"]
    parts = C.line_window(raw, s, e, 2, next_start=raw.index("[2]"))
    assert [raw[a:b] for a, b in parts] == ["c 3\nd 4\n", " f 6 "]
    assert raw[slice(*C.line_window(raw, s, e, 4)[0])] == raw[:raw.index("e 5")]
    # never the previous citation's line
    assert raw[slice(*C.line_window(raw, s, e, 4, previous_end=raw.index("c 3") + 1)[0])] == "d 4\n"


def test_source_before_at_common_granularity():
    assert C.source_before("2021-11-21", "2021-11-25")
    assert C.source_before("2021-11-21", "2022")
    assert not C.source_before("2021-11-21", "2021-11")
    assert not C.source_before("2021", "2021-12-01")
    assert not C.source_before("2024-11-14", "2024")


def test_source_dated_days_before_the_event_english():
    raw = "The roadmap was signed on 25 November 2021 [8]. Exercises followed in 2022 [9]."
    c8 = cite(raw, "[8]", marker=8, date="2021-11-21", year=2021)
    c9 = cite(raw, "[9]", marker=9, date="2023-01-10", year=2023)
    day = {"file": NAME, **dict(zip(("start", "end"), _at(raw, "25 November 2021"))), "text": "25 November 2021",
           "type": "date", "start_date": "2021-11-25", "end_date": "2021-11-25", "granularity": "day"}
    found = C.citation_before_event(make(raw, cites=[c8, c9], dates=[day, year(raw, "2022", 2022)]))
    assert [(f.evidence["source_date"], f.evidence["event_date"]) for f in found] == [("2021-11-21", "2021-11-25")]


# --------------------------------------------------------------------------- reused notes


def test_same_endnote_number_for_different_dated_events():
    raw = "The border treaty was signed in 2001.[5] The exercise took place in 2019.[5] Also in 2019.[6]"
    cs = [cite(raw, "[5]", marker=5), cite(raw, "[5]", after=raw.index("[5]") + 1, marker=5),
          cite(raw, "[6]", marker=6)]
    dates = [year(raw, "2001", 2001), year(raw, "2019", 2019), year(raw, "2019", 2019, after=raw.index("Also"))]
    found = C.note_reused(make(raw, cites=cs, dates=dates))
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].evidence["years"] == [[2001], [2019]]
    same_year = raw.replace("2001", "2019")
    dates[0] = year(same_year, "2019", 2019)
    assert C.note_reused(make(same_year, cites=cs, dates=dates)) == []


def test_one_note_text_under_several_numbers():
    body = "أولاً ادعاء.[1]\n\nثانياً ادعاء آخر مختلف.[2]\n\n"
    raw = body + '[1] "Same source title", Agency, April 24, 2024\n[2] "Same source title", Agency, April 24, 2024\n'
    lines = raw.splitlines()
    n1, n2 = (ref(raw, lines[-2], section="endnotes", number=1), ref(raw, lines[-1], section="endnotes", number=2))
    cs = [cite(raw, "[1]", n1, marker=1), cite(raw, "[2]", n2, marker=2)]
    found = C.note_reused(make(raw, bib=[n1, n2], cites=cs))
    assert len(found) == 1 and found[0].severity == "note"
    assert {s.text for s in found[0].spans} >= {"[1]", "[2]", lines[-2], lines[-1]}
    one_paragraph = raw.replace(".[1]\n\n", ".[1] ")
    lines = one_paragraph.splitlines()
    n1, n2 = (ref(one_paragraph, lines[-2], section="endnotes", number=1),
              ref(one_paragraph, lines[-1], section="endnotes", number=2))
    cs = [cite(one_paragraph, "[1]", n1, marker=1), cite(one_paragraph, "[2]", n2, marker=2)]
    assert C.note_reused(make(one_paragraph, bib=[n1, n2], cites=cs)) == []


# --------------------------------------------------------------------------- one source


def test_source_inconsistent_year_and_pages():
    raw = ("(1) Ivanov, Border talks, Journal X, No. 5, 2015, p. 40\n"
           "(2) Ivanov, Border Talks, Journal X, No. 5, 2016, p. 90\n"
           "Ivanov, Border talks, Journal X, No. 5, 2015, pp. 30-60\n")
    lines = raw.splitlines()
    common = dict(authors="Ivanov", venue="Journal X", issue="5")
    n1 = ref(raw, lines[0], section="footnote", number=1, title="Border talks", year=2015, pages="40", **common)
    n2 = ref(raw, lines[1], section="footnote", number=2, title="Border Talks", year=2016, pages="90", **common)
    b = ref(raw, lines[2], section="periodicals", title="Border talks", year=2015, pages="30-60", **common)
    found = S.source_inconsistent(make(raw, notes=[n1, n2], bib=[b]))
    fields = sorted(f.evidence["field"] for f in found)
    assert fields == ["pages", "year"]
    assert all(f.severity == "warning" for f in found)
    consistent = make(raw, notes=[n1], bib=[b])
    assert S.source_inconsistent(consistent) == []


def test_same_source_by_misspelt_host_and_arabic_spelling():
    a = {"url": "https://zu.pw/4jMJ8gcZ", "authors": "x", "title": "y"}
    b = {"url": "https://2u.pw/4jMJ8gcZ", "authors": "z", "title": "w"}
    c = {"url": "https://site.cn/page/202411/1322940.shtml"}
    d = {"url": "https://site.cn/page/202411/1323039.shtml"}
    assert S.same_source(a, b) and not S.same_source(c, d)
    assert S.same_source({"authors": "يزيد عادل عبدالمجيد", "title": "العلاقات الروسية-الصينية"},
                         {"authors": "يزيد عادل عبد المجيد", "title": "العلاقات الروسيه الصينيه"})


# --------------------------------------------------------------------------- notes vs bibliography


def test_missing_and_uncited_bibliography():
    raw = ("(1) Petrov, Arctic routes, 2019, p. 4\n(2) Chen, Pipeline politics, 2020, p. 7\n"
           "Petrov, Arctic routes, 2019\nWang, Unused book, 2018\nLi, Other book, 2017\nZhou, Cited, 2016\n")
    lines = raw.splitlines()
    n1 = ref(raw, lines[0], section="footnote", number=1, authors="Petrov", title="Arctic routes", year=2019)
    n2 = ref(raw, lines[1], section="footnote", number=2, authors="Chen", title="Pipeline politics", year=2020)
    bib = [ref(raw, lines[2], section="books", authors="Petrov", title="Arctic routes", year=2019, bib_id="b1"),
           ref(raw, lines[3], section="books", authors="Wang", title="Unused book", year=2018, bib_id="b2"),
           ref(raw, lines[4], section="books", authors="Li", title="Other book", year=2017, bib_id="b3"),
           ref(raw, lines[5], section="books", authors="Zhou", title="Cited", year=2016, bib_id="b4")]
    cites = [{"file": NAME, "start": 0, "end": 3, "text": "(1)", "kind": "footnote", "bib_id": "b4"}]
    facts = make(raw, notes=[n1, n2], bib=bib, cites=cites)
    missing = S.missing_from_bibliography(facts)
    assert [f.spans[0].text for f in missing] == [lines[1]]
    uncited = S.uncited_bibliography(facts)
    assert sorted(f.spans[0].text for f in uncited) == sorted([lines[3], lines[4]])
    assert S.missing_from_bibliography(make(raw, notes=[n1, n2])) == []  # no bibliography, nothing to check


def test_translated_bibliography_section_is_not_uncited():
    raw = "(1) مؤلف، عنوان عربي، 2019\nمؤلف، عنوان عربي، 2019\nAuthor, English title, 2019\n"
    lines = raw.splitlines()
    n = ref(raw, lines[0], section="footnote", number=1, authors="مؤلف", title="عنوان عربي", lang="ar")
    bib = [ref(raw, lines[1], section="periodicals", authors="مؤلف", title="عنوان عربي", lang="ar", bib_id="a"),
           ref(raw, lines[2], section="periodicals", authors="Author", title="English title", lang="en", bib_id="e")]
    assert S.uncited_bibliography(make(raw, notes=[n], bib=bib)) == []


# --------------------------------------------------------------------------- journal issues


def test_journal_issue_numbers_and_years_run_opposite():
    raw = ("(1) A, T1, مجلة الدراسات، العدد 15، 2023\n(2) B, T2, مجلة الدراسات، العدد 16، 2022\n"
           "(3) C, T3, مجلة الدراسات، العدد 17، 2024\n")
    lines = raw.splitlines()
    rows = [ref(raw, lines[i], section="footnote", number=i + 1, venue="مجلة الدراسات", issue=str(15 + i), year=y)
            for i, y in enumerate((2023, 2022, 2024))]
    found = S.journal_issue_date(make(raw, notes=rows))
    assert len(found) == 1
    assert found[0].evidence["issues"] == [15, 16] and found[0].evidence["years"] == [2023, 2022]
    rows[1]["year"] = 2023
    assert S.journal_issue_date(make(raw, notes=rows)) == []


# --------------------------------------------------------------------------- corpus


@pytest.fixture(scope="module")
def corpus(catalogue):
    from tahqiq.facts import gather

    return gather(catalogue.documents())


def _by_file(found):
    out = {}
    for f in found:
        out.setdefault(f.spans[0].file[:3], []).append(f)
    return out


def test_corpus_url_date_is_endnote_8_of_004(corpus):
    found = C.citation_url_date(corpus)
    assert len(found) == 1
    f = found[0]
    assert f.spans[0].file.startswith("004") and f.spans[0].text.startswith("[8]")
    assert (f.evidence["date"], f.evidence["url_date"], f.evidence["gap_days"]) == ("2021-11-21", "2021-11-24", 3)


def test_corpus_journal_issue_15_vs_16(corpus):
    found = _by_file(S.journal_issue_date(corpus))
    assert set(found) == {"000", "001"}
    assert all(f.evidence["issues"] == [15, 16] and f.evidence["years"] == [2023, 2022] for f in found["000"])


def test_corpus_reused_endnote_text_in_004(corpus):
    found = _by_file(C.note_reused(corpus))
    assert [[s.text for s in f.spans][:3] for f in found["004"]] == [["[1]", "[2]", "[3]"]]


def test_corpus_bibliography_checks(corpus):
    missing = _by_file(S.missing_from_bibliography(corpus))
    assert len(missing["000"]) == 3 and all("Reuters" in f.spans[0].text or "China's Position" in f.spans[0].text
                                            for f in missing["000"])
    inconsistent = _by_file(S.source_inconsistent(corpus))
    fields = sorted(f.evidence["field"] for f in inconsistent["000"])
    assert fields == ["title", "url"]
    url = next(f for f in inconsistent["000"] if f.evidence["field"] == "url")
    assert sorted(url.evidence["values"]) == ["https://2u.pw/4jMJ8gcZ", "https://zu.pw/4jMJ8gcZ"]
    assert S.uncited_bibliography(corpus) == []


def test_corpus_spans_quote_the_raw_text(corpus):
    for fn in (C.citation_url_date, C.note_reused, S.source_inconsistent, S.missing_from_bibliography,
               S.journal_issue_date, C.citation_before_event):
        for f in fn(corpus):
            for s in f.spans:
                assert corpus.by_file(s.file).raw[s.start:s.end] == s.text


# --------------------------------------------------------------------------- bilingual lists and series (issue 11)


def _lines_raw(*lines: str) -> tuple[str, list[str]]:
    raw = "\n".join(lines) + "\n"
    return raw, raw.splitlines()


def test_english_entry_translating_a_cited_arabic_entry_is_not_uncited():
    raw, L = _lines_raw(
        "(1) سمير حداد، موانئ البحر الأحمر، 2011، ص 5",
        "(2) Jan Kowalski, Baltic Trade, 2009, p. 3",
        "(3) Eva Novak, Danube Shipping, 2014, p. 8",
        "سمير حداد، موانئ البحر الأحمر، 2011",
        "Samir Haddad, The Red Sea Ports, 2011",
        "Jan Kowalski, Baltic Trade, 2009.",
        "Eva Novak, Danube Shipping, 2014.",
        "Tomas Berg, Unused Atlas, 2005")
    notes = [ref(raw, L[0], section="footnote", number=1, authors="سمير حداد", title="موانئ البحر الأحمر",
                 year=2011, lang="ar"),
             ref(raw, L[1], section="footnote", number=2, authors="Jan Kowalski", title="Baltic Trade", year=2009),
             ref(raw, L[2], section="footnote", number=3, authors="Eva Novak", title="Danube Shipping", year=2014)]
    ar = [ref(raw, L[3], section="books", authors="سمير حداد", title="موانئ البحر الأحمر", year=2011,
              lang="ar", bib_id="a1")]
    en = [ref(raw, L[4], section="books", authors="Samir Haddad", title="The Red Sea Ports", year=2011, bib_id="e1"),
          ref(raw, L[5], section="books", authors="Jan Kowalski", title="Baltic Trade", year=2009, bib_id="e2"),
          ref(raw, L[6], section="books", authors="Eva Novak", title="Danube Shipping", year=2014, bib_id="e3"),
          ref(raw, L[7], section="books", authors="Tomas Berg", title="Unused Atlas", year=2005, bib_id="e4")]
    # the translation of the cited Arabic entry counts as cited; the entry that translates nothing
    # cited is still reported
    found = S.uncited_bibliography(make(raw, notes=notes, bib=ar + en))
    assert [f.spans[0].text for f in found] == [L[7]]
    assert S.translates(en[0], ar[0]) and S.translates(ar[0], en[0])


def test_translation_needs_same_year_and_same_author_in_another_language():
    ar = {"lang": "ar", "year": 2011, "authors": "سمير حداد"}
    assert S.translates({"lang": "en", "year": 2011, "authors": "Samir Haddad"}, ar)
    assert not S.translates({"lang": "en", "year": 2012, "authors": "Samir Haddad"}, ar)  # another year
    assert not S.translates({"lang": "en", "year": 2011, "authors": "Laila Khatib"}, ar)  # another author
    assert not S.translates({"lang": "ar", "year": 2011, "authors": "سمير حداد"}, ar)  # same language
    url = "https://example.org/2011/ports"
    assert S.translates({"lang": "en", "year": 2011, "url": url}, {"lang": "ar", "year": 2011, "url": url})
    assert not S.translates({"lang": "en", "year": 2011, "url": url, "authors": "Samir Haddad"},
                            {**ar, "url": "https://other.org/x"})


def test_annual_reports_of_one_body_are_different_sources():
    raw, L = _lines_raw(
        "(1) وزارة المياه، التقرير السنوي لعام ٢٠١٦، عمان، ٢٠١٧، ص 4",
        "(2) وزارة المياه، التقرير السنوي لعام ٢٠٢٠، عمان، ٢٠٢١، ص 9",
        "(3) Port Authority, Yearbook 2012, 2013, p. 3",
        "(4) Port Authority, Yearbook 2014, 2015, p. 8")
    notes = [ref(raw, L[0], section="footnote", number=1, authors="وزارة المياه", title="التقرير السنوي لعام ٢٠١٦",
                 year=2017, lang="ar"),
             ref(raw, L[1], section="footnote", number=2, authors="وزارة المياه", title="التقرير السنوي لعام ٢٠٢٠",
                 year=2021, lang="ar"),
             ref(raw, L[2], section="footnote", number=3, authors="Port Authority", title="Yearbook 2012", year=2013),
             ref(raw, L[3], section="footnote", number=4, authors="Port Authority", title="Yearbook 2014", year=2015)]
    assert S.source_inconsistent(make(raw, notes=notes)) == []
    assert not S.same_source(notes[0], notes[1]) and not S.same_source(notes[2], notes[3])


def test_one_report_of_a_series_given_two_years_is_still_inconsistent():
    raw, L = _lines_raw(
        "(1) وزارة المياه، التقرير السنوي لعام 2016، عمان، 2017، ص 4",
        "(2) وزارة المياه، التقرير السنوي لعام 2016، عمان، 2019، ص 9",
        "(3) Port Authority, Yearbook 2012, 2013, p. 3",
        "(4) Port Authority, Yearbook 2012, 2014, p. 8")
    notes = [ref(raw, L[0], section="footnote", number=1, authors="وزارة المياه", title="التقرير السنوي لعام 2016",
                 year=2017, lang="ar"),
             ref(raw, L[1], section="footnote", number=2, authors="وزارة المياه", title="التقرير السنوي لعام ٢٠١٦",
                 year=2019, lang="ar"),
             ref(raw, L[2], section="footnote", number=3, authors="Port Authority", title="Yearbook 2012", year=2013),
             ref(raw, L[3], section="footnote", number=4, authors="Port Authority", title="Yearbook 2012", year=2014)]
    found = S.source_inconsistent(make(raw, notes=notes))
    assert sorted(f.evidence["field"] for f in found) == ["year", "year"]


def test_series_numbers():
    assert S.series_numbers("التقرير السنوي لعام ٢٠١٨") == ("2018",)
    assert S.series_numbers("Border talks") == ()
    assert not S.same_series_item({"title": "Border talks"}, {"title": "Border Talks"})
