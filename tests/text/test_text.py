"""Normalisation keeps an exact map back to raw offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tahqiq.text.normtext import ArabicWords, fold, language, normalise


def test_eastern_digits_decimal_comma_and_percent():
    n = normalise("بلغت ٢٦،٣٪ عام ٢٠٢٢")
    assert n.text == "بلغت 26.3% عام 2022"
    a = n.text.index("26.3%")
    assert n.raw_span(a, a + 5) == (5, 10)
    assert n.raw[5:10] == "٢٦،٣٪"


def test_arabic_comma_between_words_is_kept():
    assert normalise("روسيا، الصين").text == "روسيا، الصين"
    assert normalise("٢٠٢٢، ٢٠٢٣").text == "2022، 2023"  # a list, not a decimal


def test_letter_folding_and_deletions():
    assert fold("إِنَّ الأمــــم المتحدة آسيا مصطفى") == "ان الامم المتحده اسيا مصطفي"


def test_markdown_escapes_and_sup_tags():
    raw = r"العلاقات الروسية\_الصينية<sup>(٢)</sup> و\*"
    n = normalise(raw)
    assert n.text == "العلاقات الروسيه_الصينيه(2) و*"
    i = n.text.index("(2)")
    s, e = n.raw_span(i, i + 3)
    assert raw[s:e] == "(٢)"


def test_stretched_letters_repaired_from_the_text_vocabulary():
    raw = "التعاون العسكري مهم. التقارب العسكري الروسي. التحالف العسيييكري الروسييي"
    n = normalise(raw)
    assert n.text.endswith("التحالف العسكري الروسي")
    i = n.text.rindex("العسكري")
    s, e = n.raw_span(i, i + len("العسكري"))
    assert raw[s:e] == "العسيييكري"


def test_stretched_letters_left_alone_without_evidence():
    # «العسيكري» occurs nowhere else: nothing is guessed
    assert normalise("كلمة العسيييكري فقط").text == "كلمه العسيييكري فقط"


def test_real_double_ya_is_kept():
    raw = "العسكريين والعسكريين"
    assert normalise(raw).text == raw


@pytest.mark.parametrize("num", ["000", "001", "002", "003", "004"])
def test_map_is_monotonic_and_covers_the_corpus(docs, num):
    d = docs[num]
    n = d.norm
    assert len(n.starts) == len(n.text) == len(n.ends)
    assert all(a < b for a, b in zip(n.starts, n.ends))
    assert all(a <= b for a, b in zip(n.starts, n.starts[1:]))
    # a word found in the normalised view is found in the raw text at the mapped offsets
    for m in list(re.finditer(r"\d{4}", n.text))[:50]:
        s, e = n.raw_span(*m.span())
        assert fold(d.raw[s:e]) == m.group()


def test_corpus_artefacts(docs):
    n = docs["002"].norm.text
    assert "العسيييكري" in docs["002"].raw
    assert "العسيييكري" not in n
    assert "\\_" in docs["001"].raw and "\\_" not in docs["001"].norm.text
    assert "<sup>" not in docs["001"].norm.text
    assert not re.search("[٠-٩]", docs["000"].norm.text)


def test_language():
    assert language("العلاقات الروسية") == "ar"
    assert language("Russian-Chinese relations") == "en"
    assert language("2022 - 2023") == "und"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابةىأإآـيي٠١٢٣٤٥٦٧٨٩،٪\\_<>/sup 0123456789abc\n")), max_size=80))
def test_random_text_maps_back(raw):
    n = normalise(raw)
    assert len(n.starts) == len(n.text)
    for i in range(len(n.text)):
        s, e = n.raw_span(i, i + 1)
        assert 0 <= s < e <= len(raw)


def _words_reference(text: str, vocabulary: set[str], clitics: str) -> list[tuple[int, int]]:
    """What :class:`ArabicWords` finds, by a plain regular expression over every word."""
    out = []
    for m in re.finditer(r"[\u0621-\u064A]+", text):
        w = m.group()
        if w in vocabulary or (w[0] in clitics and w[1:] in vocabulary):
            out.append(m.span())
    return out


def test_arabic_words_whole_words_with_clitics():
    finder = ArabicWords({"القرن", "منذ", "مايو"}, clitics="وبلف")
    text = "منذ القرن،والقرن xمايو 2014مايو القرنين وبمنذ فمنذ"
    assert [text[a:b] for a, b in finder.spans(text)] == ["منذ", "القرن", "والقرن", "مايو", "مايو", "فمنذ"]
    assert ArabicWords(set()).spans(text) == []
    with pytest.raises(ValueError):
        ArabicWords({"May"})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابلوفيكرمن ،.1x")), max_size=60),
       st.sets(st.text(alphabet=st.sampled_from(list("ابلوفيكرمن")), min_size=1, max_size=4), max_size=6))
def test_arabic_words_agree_with_a_regex(text, vocabulary):
    for clitics in ("", "وبلف"):
        assert ArabicWords(vocabulary, clitics).spans(text) == _words_reference(text, vocabulary, clitics)


def test_norm_spans_is_norm_span_of_each():
    from tahqiq.text.normtext import normalise

    n = normalise("قال: «٢٦،٣ ٪» في العسيييكري\\_ذلك")
    spans = [(0, 3), (6, 12), (14, 27), (3, 4)]
    assert n.norm_spans([s for s, _ in spans], [e for _, e in spans]) == [n.norm_span(s, e) for s, e in spans]
    assert n.norm_spans([], []) == []
