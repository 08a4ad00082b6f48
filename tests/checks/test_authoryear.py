"""Author-year citations: one source, two years; a source older than the events it documents.
Synthetic texts written for the rules."""

from __future__ import annotations

from pathlib import Path

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.extract.citations import find_author_year
from tahqiq.facts import Facts, text_facts

load_all()


def run(name: str, s: str, form: str = "plain"):
    fs = REGISTRY[name].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form=form))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


def test_author_year_forms():
    got = [(a.authors, a.year, a.pages) for a in find_author_year(
        "x (Snyder: 1997, p 123) y (Korolev; 2021, 9) z (Lo et al., 2009, pp. 3-5) w (كوروليف، 2021: 9) "
        "v (Reiter 2000) u (May 2021) t (2014)", scrambled=False)]
    assert got == [("Snyder", 1997, "p123"), ("Korolev", 2021, "9"), ("Lo et al", 2009, "pp.3-5"),
                   ("كوروليف", 2021, "9"), ("Reiter", 2000, None)]


def test_one_source_two_years_a_paragraph_apart_english():
    s = ("A title\n\nThe partnership deepened after the crisis (Korolev, 2021, p 9). It had limits.\n\n"
         "This shows the partnership stays informal (Korolev, 2012, p 9).")
    fs = run("author-year-inconsistent", s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].severity) == ("source-inconsistent", "warning")
    assert [sp.text for sp in fs[0].spans] == ["(Korolev, 2021, p 9)", "(Korolev, 2012, p 9)"]


def test_one_source_two_years_arabic():
    s = ("عنوان\n\nيرى الباحث أن الشراكة غير رسمية (هلالي، 2019: 44).\n\n"
         "ويضيف أن التوازن هش بطبيعته (هلالي، 2016: 45).")
    fs = run("author-year-inconsistent", s)
    assert [f.evidence["years"] for f in fs] == [[2019, 2016]]


def test_two_listed_works_of_one_author_are_not_a_conflict():
    s = ("A title\n\nBalancing explains the pact (Walt: 1987, p 5). Threats matter more (Walt: 1996, p 9).\n\n"
         "References\n\nWalt, Stephen. The Origins of Alliances. Ithaca: Cornell University Press, 1987.\n\n"
         "Walt, Stephen. Revolution and War. Ithaca: Cornell University Press, 1996.")
    assert run("author-year-inconsistent", s, form="markdown") == []


def test_same_year_or_different_authors_or_far_apart_are_quiet():
    far = "x " * 2000
    s = (f"A title\n\nOne claim (Korolev, 2021). Another (Korolev, 2021, p 3). A third (Lukin, 2018).\n\n"
         f"{far}\n\nMuch later (Korolev, 2015).")
    assert run("author-year-inconsistent", s) == []


def test_a_source_older_than_the_events_of_its_sentence():
    en = "A title\n\nIn 2022 the two navies held joint drills in the Pacific (Snyder: 1997, p 123). They were large."
    ar = "عنوان\n\nأجرى البلدان مناورات بحرية مشتركة عام 2022 في المحيط الهادئ (كوروليف، 2015: 9). وكانت واسعة."
    for s in (en, ar):
        fs = run("citation-before-event", s)
        assert len(fs) == 1 and fs[0].evidence["source_date"] in ("1997", "2015")


def test_a_source_after_its_events_or_a_bound_is_quiet():
    ok = "A title\n\nIn 1996 the two sides settled the border (Snyder: 1997, p 123). It held."
    since = "A title\n\nThe two sides have held talks since 2001 and until 2020 (Lukin; 2003, 9). They continue."
    ar = "عنوان\n\nتخطط الحكومة لرفع التبادل التجاري بحلول عام 2030 (كوروليف، 2021: 9). وهو هدف طموح."
    for s in (ok, since, ar):
        assert run("citation-before-event", s) == []


def test_a_source_older_than_its_events_in_scrambled_lines():
    # mirrored lines of a PDF: the sentence runs over the lines before the citation
    ar = ("عنوان\n\nمن    عدد بإطلاق    الروسي الدفاع وزير قام    2019في مارس  \n"
          "الفضائية   الأقمار  مجال  في  المشتركة  المشاريع \n\n"
          "والاتصالات الملاحة  (Petrov: 2012)   بالإضافة إلى ،\n")
    en = ("A title\n\nthe two navies held in July 2021  \n"
          "joint drills off the coast   of Vladivostok \n\n"
          "with new ships  (Lukin; 2015, 9)   and also ,\n")
    for s in (ar, en):
        fs = run("citation-before-event", s, form="pdf-scrambled")
        assert len(fs) == 1, s
        assert fs[0].evidence["source_date"] in ("2012", "2015")
        assert fs[0].evidence["event_date"] in ("2019-03", "2021-07", "2021")


def test_scrambled_window_stops_at_the_previous_citation_and_a_few_lines():
    # the dated event belongs to an earlier citation's claim, or lies beyond the window of lines
    before_previous = ("A title\n\nthe two navies held    2021in July  (Ivanov: 2022)\n"
                       "joint drills off the coast   of Vladivostok \n"
                       "with new ships  (Lukin; 2015, 9)   and also ,\n")
    far = ("عنوان\n\nمن    عدد بإطلاق    الروسي الدفاع وزير قام    2019في مارس  \n"
           + "".join(f"سطر آخر من النص رقم {w} \n" for w in ("واحد", "اثنان", "ثلاثة", "أربعة", "خمسة"))
           + "والاتصالات الملاحة  (Petrov: 2012)   بالإضافة إلى ،\n")
    later_source = "A title\n\nthe two navies held    2021in July  \nwith new ships  (Lukin; 2023, 9)  and ,\n"
    for s in (before_previous, far, later_source):
        assert run("citation-before-event", s, form="pdf-scrambled") == [], s


def test_scrambled_text_before_the_citation_on_its_line_is_the_next_sentence():
    # mirrored: «فقط في عام 2000 (Soldatkin; 2011). وفي عام 2014 ...» stands as below
    ar = "عنوان\n\nالنفط من برميل    88000  تصدر روسيا كانت\nبسبب السعة المتزايدة و ،  2014في عام  و .  (Soldatkin; 2011)  2000في عام    فقط\n"
    en = "A title\n\nRussia exported oil\nthe pipeline grew and , in 2014 and .  (Lukin; 2011)  in 2000 only\n"
    for s in (ar, en):
        assert run("citation-before-event", s, form="pdf-scrambled") == [], s
