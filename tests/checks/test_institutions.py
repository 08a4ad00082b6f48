"""An institution renamed in translation (synthetic bilingual bibliographies written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.institutions import institutions
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def test_institutions_as_concepts():
    assert institutions("جامعة الشمال /كلية القانون والعلوم السياسية<sup>a</sup>") == {
        "university": set(), "faculty": {"law", "sciences", "political"}}
    assert institutions("حسن، علي، كتاب، (كلية العلوم السياسية، جامعة الشمال، 2015)") == {
        "faculty": {"sciences", "political"}, "university": set()}
    assert institutions("Hassan, Ali, Book, Arab Democratic Center for strategic, political and economic studies, Berlin, 2015") == {
        "center": {"arab", "democratic", "strategic", "political", "economic", "studies"}}


def _text(ar_inst: str, en_inst: str) -> str:
    ar = [f"حسن، علي، الزراعة في السهوب، {ar_inst}، 2015 .", "منصور، ليلى، الري والتنمية، دار النهر، عمان، 2018 .",
          "سالم، كريم، الحبوب والأسواق، دار الشرق، القاهرة، 2020 ."]
    en = [f"Hassan, Ali, Farming in the Steppe, {en_inst}, 2015.", "Mansour, Layla, Irrigation and Development, River Press, Amman, 2018.",
          "Salem, Karim, Grain and Markets, East Press, Cairo, 2020."]
    body = "عنوان البحث\n\nالمقدمة\n\n" + ("نص البحث في الزراعة والري والتجارة بين البلدين. " * 30) + "\n\n"
    return (body + "المصادر:\n\n" + "\n".join(f"{i}. {e}" for i, e in enumerate(ar, 1)) + "\n\nBibliography :\n\n"
            + "\n".join(f"{i}. {e}" for i, e in enumerate(en, 1)) + "\n")


def run(s: str):
    return REGISTRY["institution-renamed"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))]))


@pytest.mark.parametrize("ar,en,lost,added", [
    ("مركز الدراسات الأوراسية", "Center for Arab-European Studies", ["eurasian"], ["arab", "european"]),
    ("كلية العلوم السياسية", "College of Political", ["sciences"], []),
])
def test_an_institution_renamed(ar, en, lost, added):
    fs = run(_text(ar, en))
    assert len(fs) == 1 and fs[0].kind == "bilingual-mismatch"
    ev = fs[0].evidence
    assert sorted(set(ev["arabic"]) - set(ev["english"])) == lost and sorted(set(ev["english"]) - set(ev["arabic"])) == added


@pytest.mark.parametrize("ar,en", [
    ("كلية العلوم السياسية", "Faculty of Political Science"),
    ("مركز الدراسات الأوراسية", "Center for Eurasian Studies"),
    ("جامعة الشمال", "Northern University"),
])
def test_faithful_translations_are_quiet(ar, en):
    assert run(_text(ar, en)) == []


def _front(ar_aff: str, en_aff: str) -> str:
    return ("الزراعة في السهوب\n\nFarming in the Steppe\n\nAli Hassan^a\n\n" + en_aff + "^a\n\n"
            "علي حسن^{a *}\n\n" + ar_aff + "^a\n\n"
            "Abstract: This paper studies farming and irrigation in the steppe and the trade in grain. " * 3 + "\n\n"
            "الخلاصة: يدرس هذا البحث الزراعة والري في السهوب وتجارة الحبوب بين البلدين. " * 3 + "\n\n"
            "المقدمة\n\n" + ("نص البحث في الزراعة والري والتجارة بين البلدين. " * 30) + "\n")


def _checked(s: str):
    fs = run(s)
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("ar,en,lost", [
    ("جامعة الشمال /كلية القانون والعلوم السياسية", "Northern University / College of Political Science", ["law"]),
    ("جامعة الشمال، مركز الدراسات الأوراسية", "Northern University, Center for Arab-European Studies", ["eurasian"]),
])
def test_an_affiliation_renamed_in_the_front_matter(ar, en, lost):
    fs = _checked(_front(ar, en))
    assert len(fs) == 1 and fs[0].kind == "bilingual-mismatch"
    ev = fs[0].evidence
    assert sorted(set(ev["arabic"]) - set(ev["english"])) == lost


@pytest.mark.parametrize("ar,en", [
    ("جامعة الشمال /كلية القانون والعلوم السياسية", "Northern University / College of Law and Political Science"),
    ("جامعة الشمال /كلية العلوم السياسية", "Northern University / Faculty of Political Science"),
    ("جامعة الشمال", "Northern University"),
])
def test_a_faithful_affiliation_is_quiet(ar, en):
    assert _checked(_front(ar, en)) == []


def test_two_faculties_in_one_language_are_not_paired():
    s = _front("جامعة الشمال /كلية القانون والعلوم السياسية", "Northern University / College of Political Science")
    s = s.replace("علي حسن^{a *}", "علي حسن^{a *}\n\nجامعة الجنوب /كلية الآداب^b")
    assert _checked(s) == []
