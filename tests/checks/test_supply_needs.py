"""The words a supply pattern needs (supply._NEEDS): a text is scanned with a pattern only when it
holds one of them, and the statements found are those of every pattern run over the text."""

from __future__ import annotations

import re

import pytest

from tahqiq.checks import supply
from tahqiq.text.normtext import normalise


def _unfiltered(t: str) -> list[dict]:
    names, *_ = supply._countries()
    out = []
    for lang, rx, _ in supply._patterns():
        for m in rx.finditer(t):
            s, r = names.get(m.group("x").lower()), names.get(m.group("y").lower())
            if s and r and s != r:
                out.append({"lang": lang, "supplier": s, "receiver": r, "start": m.start(), "end": m.end()})
    return out


def test_odd_case_letters_are_all_those_ignorecase_matches_with_ascii():
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert set(re.compile("(?i)[a-z]").findall(every)) == set(supply._ODD_CASE)


def test_one_word_list_per_pattern_each_word_in_its_pattern():
    pats = supply._patterns()
    assert len(pats) == len(supply._NEEDS)
    for (lang, rx, _), needs in zip(pats, supply._NEEDS):
        for w in needs:
            assert w in rx.pattern and (lang == "ar" or w == w.lower())


TEXTS = [
    "تزود روسيا الصين بكميات كبيرة من النفط.", "وزودت روسيا الصين بالغاز.", "صدرت كازاخستان القمح إلى الصين.",
    "ورّدت روسيا النفط الى الهند.", "صادرات الصين إلى روسيا ارتفعت.", "تصدير النفط من روسيا الى الصين.",
    "واردات الهند من روسيا.", "وتستورد الهند النفط الخام من روسيا.",
    "China supplies Russia with large amounts of oil.", "CHINA SUPPLIES RUSSIA WITH OIL.",
    "China exported wheat to Kazakhstan.", "China's exports of machines to Russia.", "exports from China to Russia",
    "Russia imports crude oil from India.", "Russia bought crude oil from India.",
    "China \u017fupplies Russia with oil.", "China \u017fold arms to Russia.", "Ru\u017f\u017fia imports oil from India.",
    "Iran \u0130mports oil from Iraq.", "nothing here at all", "",
]


@pytest.mark.parametrize("t", TEXTS + [" ".join(TEXTS), "ملخص\n\n" + TEXTS[0] + "\n\nAbstract\n\n" + TEXTS[9]])
def test_the_same_statements_as_every_pattern_run(t):
    for s in (t, normalise(t).text):
        assert supply.supply_statements(s) == _unfiltered(s)


def test_a_text_without_the_words_is_not_scanned(monkeypatch):
    # (the filter is what it saves: a pattern whose words are absent is never run)
    calls = []
    pats = [(lang, type("P", (), {"finditer": lambda self, t, rx=rx: calls.append(rx) or rx.finditer(t)})(), o)
            for lang, rx, o in supply._patterns()]
    monkeypatch.setattr(supply, "_patterns", lambda: pats)
    supply.supply_statements("تزود روسيا الصين بالنفط.")
    assert len(calls) == 1
