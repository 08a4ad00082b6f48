"""Who supplies whom, across a text's Arabic and English versions (synthetic texts written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    fs = REGISTRY["supply-direction"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("ar,en", [
    ("تزود روسيا الصين بكميات كبيرة من النفط.", "China supplies Russia with large amounts of oil."),
    ("صدرت كازاخستان كميات من القمح إلى الصين عام 2020.", "China exported wheat to Kazakhstan in 2020."),
    ("وتستورد الهند النفط الخام من روسيا.", "Russia imports crude oil from India."),
])
def test_a_reversed_direction(ar, en):
    fs = run(f"ملخص\n\n{ar}\n\nAbstract\n\n{en}")
    assert len(fs) == 1 and fs[0].kind == "bilingual-mismatch"


@pytest.mark.parametrize("ar,en", [
    ("تزود روسيا الصين بكميات كبيرة من النفط.", "Russia supplies China with large amounts of oil."),
    ("وتستورد الهند النفط الخام من روسيا.", "India imports crude oil from Russia."),
    ("تزود روسيا الصين بالنفط.", ""),  # one language only
    ("تزود روسيا الصين بالنفط، وتصدر الصين الآلات إلى روسيا.", "China exports machines to Russia."),  # both ways in Arabic
])
def test_agreeing_or_one_sided_texts_are_quiet(ar, en):
    assert run(f"ملخص\n\n{ar}\n\nAbstract\n\n{en}") == []
