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
