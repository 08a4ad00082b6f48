"""عام read as "a year" in a translation (synthetic bilingual texts written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    fs = REGISTRY["translation-year-word"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("ar,en", [
    ("تراجعت التجارة البحرية بعد عام 2022 بشكل ملحوظ.", "Maritime trade fell markedly a year later in 2022."),
    ("تتعاون الجامعتان منذ عام 2016 في البحث.", "The two universities have cooperated a year ago in 2016 in research."),
    ("وبعد عام ٢٠٢٠ تغيرت الأولويات.", "After a year, in 2020, the priorities changed."),
])
def test_year_word_read_as_a_year(ar, en):
    fs = run(f"ملخص\n\n{ar}\n\nAbstract\n\n{en}")
    assert len(fs) == 1 and fs[0].kind == "bilingual-mismatch"
    assert fs[0].spans[1].text.lower().startswith(("a year", "after a year"))


@pytest.mark.parametrize("ar,en", [
    ("تراجعت التجارة البحرية بعد عام 2022 بشكل ملحوظ.", "Maritime trade fell markedly after 2022."),
    ("تراجعت التجارة البحرية بعد عام 2022 بشكل ملحوظ.", "A year later in 2023 trade recovered."),  # another year
    ("تراجعت التجارة عام 2021 ثم تعافت بعد عام واحد.", "Trade fell in 2021 and recovered a year later in 2022."),
])
def test_a_right_translation_or_a_real_year_later_is_quiet(ar, en):
    assert run(f"ملخص\n\n{ar}\n\nAbstract\n\n{en}") == []


# --------------------------------------------------------------------------- bibliography sections

AR_BOOKS = ["حسن، علي، الزراعة في السهوب، دار الوادي، بغداد، 2015 .",
            "منصور، ليلى، الري والتنمية، دار النهر، عمان، 2018 .",
            "سالم، كريم، الحبوب والأسواق، دار الشرق، القاهرة، 2020 ."]
EN_BOOKS = ["Hassan, Ali, Farming in the Steppe, Valley Press, Baghdad, 2015.",
            "Mansour, Layla, Irrigation and Development, River Press, Amman, 2018.",
            "Salem, Karim, Grain and Markets, East Press, Cairo, 2020."]
EN_WEB = ["Grain Council, Annual report, 2021, https://grain.example.org/report-2021",
          "Steppe Ministry, Export data, 2022, https://ministry.example.org/exports"]


def _bib(ar_web: bool) -> str:
    ar = "المصادر:\n\nأولاً : الكتب\n" + "\n".join(f"{i}. {e}" for i, e in enumerate(AR_BOOKS, 1))
    if ar_web:
        ar += "\n\nثانياً : المواقع الالكترونية\n" + "\n".join(
            f"{i}. مجلس الحبوب، تقرير {i}، 2021، https://grain.example.org/r{i}" for i in (1, 2))
    en = ("Bibliography :\n\nFirst: books\n" + "\n".join(f"{i}. {e}" for i, e in enumerate(EN_BOOKS, 1))
          + "\n\nSecond: internet\n" + "\n".join(f"{i}. {e}" for i, e in enumerate(EN_WEB, 1)))
    body = "عنوان البحث\n\nالمقدمة\n\n" + ("نص البحث في الزراعة والري والتجارة بين البلدين. " * 30) + "\n\n"
    return body + ar + "\n\n" + en + "\n"


def _run_bib(s: str):
    return REGISTRY["bilingual-bibliography-section"].func(
        Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))]))


def test_a_bibliography_section_missing_in_one_language():
    fs = _run_bib(_bib(ar_web=False))
    assert [(f.kind, f.evidence["section"]) for f in fs] == [("bilingual-mismatch", "internet")]
    # quoted by the missing section's heading, then its first entry
    assert [sp.text for sp in fs[0].spans][:2] == ["Second: internet", "1. " + EN_WEB[0]]


def test_bibliographies_with_the_same_sections_are_quiet():
    assert _run_bib(_bib(ar_web=True)) == []


# --------------------------------------------------------------------------- outlets rendered word by word


def _run_outlet(s: str):
    fs = REGISTRY["outlet-literal"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


def _web(entries: list[str]) -> str:
    return _bib(ar_web=True).replace("\n".join(f"{i}. {e}" for i, e in enumerate(EN_WEB, 1)),
                                     "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1)))


def test_an_outlet_rendered_word_by_word():
    fs = _run_outlet(_web(["The location of the island, Grain prices rise again, <https://example.org/a> , 2/3/2024",
                           "Steppe Ministry, Export data, 2022, https://ministry.example.org/exports"]))
    assert [f.spans[0].text for f in fs] == ["The location of the island"]
    assert fs[0].kind == "bilingual-mismatch" and fs[0].evidence["literal"] == "the location of"


def test_outlets_named_as_outlets_are_quiet():
    assert _run_outlet(_web(["Al Jazeera website, Grain prices rise again, <https://example.org/a> , 2/3/2024",
                             "Smith, John, The location of industry in the steppe, Valley Press, 2019."])) == []
    assert _run_outlet(_bib(ar_web=False)) == []
