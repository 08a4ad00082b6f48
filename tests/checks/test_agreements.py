"""External check of an agreement's term (synthetic sentences written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.facts import Facts, load_reference, text_facts
from tahqiq.link.agreements import load_agreements

load_all()


def run(s: str):
    fs = REGISTRY["external-agreement"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,years", [
    ("وقّع البلدان معاهدة حسن الجوار عام 2001 لمدة 30 عاماً.", 30),
    ("The Treaty of Good-Neighbourliness was signed in 2001 for 25 years.", 25),
])
def test_a_wrong_term(s, years):
    fs = run(s)
    assert len(fs) == 1 and fs[0].scope == "external" and fs[0].evidence["text_years"] == years


@pytest.mark.parametrize("s", [
    "وقّع البلدان معاهدة حسن الجوار عام 2001 لمدة 20 عاماً.",
    "The Treaty of Good-Neighbourliness was signed in 2001 for 20 years.",
    "وقّع البلدان معاهدة حسن الجوار عام 2001.\n\nوبعد ذلك بقي الاتفاق التجاري ساريا لمدة 30 عاماً.",
])
def test_the_right_term_or_another_agreement_is_quiet(s):
    assert run(s) == []


def test_the_file_is_validated(tmp_path):
    assert load_reference().agreements["treaty-2001"].duration_years == 20
    bib = Path(__file__).resolve().parents[2] / "book" / "references.bib"
    bad = tmp_path / "agreements.yml"
    bad.write_text("agreements:\n  - {event: treaty-2001, duration_years: twenty, source: wp-treaty-2001}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="duration_years"):
        load_agreements(bad, bib)
    bad.write_text("agreements:\n  - {event: nope, duration_years: 5, source: wp-treaty-2001}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="gazetteer"):
        load_agreements(bad, bib, {"treaty-2001"})


# --------------------------------------------------------------------------- a term given by its end year

@pytest.mark.parametrize("s,years", [
    ("وكانت الخطوة البارزة تمديد معاهدة حسن الجوار في عام 2021 حتى عام 2030 وسط ترحيب الجانبين.", 9),
    ("وقّع البلدان معاهدة حسن الجوار عام 2001 وتسري حتى عام 2040.", 39),
    ("The Treaty of Good-Neighbourliness signed in 2001 was valid until 2036.", 35),
])
def test_an_end_year_against_the_term(s, years):
    fs = run(s)
    assert len(fs) == 1 and fs[0].scope == "external" and fs[0].evidence["text_years"] == years


@pytest.mark.parametrize("s", [
    "وكانت الخطوة البارزة تمديد معاهدة حسن الجوار في عام 2021 حتى عام 2026.",
    "The Treaty of Good-Neighbourliness ran from 2001 until 2021.",
    "وقّع البلدان معاهدة حسن الجوار عام 2001 وتسري حتى عام 2022.",  # counted to the end of its first term
    "وقّع البلدان معاهدة حسن الجوار عام 2001، وظلت الحدود محل تفاوض حتى عام 2008.",  # another clause
    "The Treaty of Good-Neighbourliness of 2001 was praised; trade grew until 2014.",
])
def test_an_end_year_within_the_term_or_of_another_clause_is_quiet(s):
    assert run(s) == []
