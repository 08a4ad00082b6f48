"""The romaniser (simplified ALA-LC) and the Arabic runs of a string."""

import pytest

from tahqiq.text.translit import arabic_runs, has_arabic, romanise


@pytest.mark.parametrize("arabic, latin", [
    ("قبل", "qbl"),                       # consonants only: short vowels are not written, not guessed
    ("منذ", "mndh"),                      # digraph for ذ
    ("الصين", "al-ṣīn"),                  # the article, an emphatic, ي between consonants as ī
    ("روسيا", "rūsyā"),                   # و as ū, ي before ا as y, final ا as ā
    ("الصينية", "al-ṣīnīya"),             # nisba ending «ية»
    ("والعلوم", "wa-al-ʻlūm"),            # conjunction + article, ع as ʻ
    ("بالرئيس", "bi-al-rʼīs"),            # preposition + article, hamza as ʼ
    ("للدراسات", "lil-drāsāt"),           # «لل»
    ("الاستلام", "al-istlām"),            # the alif after the article
    ("أوكرانيا", "ūkrānyā"),              # «أو» opening a word
    ("اللغوي", "al-lghwī"),               # «وي» at the end: w then ī
    ("٢٠٧ تريليون", "207 trīlyūn"),       # Arabic-Indic digits, «يو» as yū
    ("عامٌ", "ʻām"),                      # harakat dropped
])
def test_romanise_letters(arabic, latin):
    assert romanise(arabic) == latin


def test_romanise_keeps_latin_and_punctuation():
    assert romanise("Putin، بوتين (2022)") == "Putin, būtīn (2022)"
    assert romanise("no Arabic here") == "no Arabic here"


def test_romanised_text_has_no_arabic_left():
    s = "العلاقات الروسية - الصينية في العقد الأخير من القرن العشرين، ١٩٩٠–١٩٩٩؛ هل؟"
    assert not has_arabic(romanise(s))


def test_arabic_runs_span_words_digits_and_spaces_but_stop_at_latin():
    s = "The text says وبعد عام 2022 but English a year later"
    runs = [m.group() for m in arabic_runs(s)]
    assert runs == ["وبعد عام 2022"]  # a number closing the phrase belongs to it
    # but not a number that opens a gloss, a decimal or a clause of the English
    assert [m.group() for m in arabic_runs("المبلغ (2.07e+14 RUB)")] == ["المبلغ"]
    assert [m.group() for m in arabic_runs("التقرير 2018, and")] == ["التقرير"]
    assert [m.group() for m in arabic_runs("x «قبل» y «Before» z بعد")] == ["قبل", "بعد"]
    assert arabic_runs("only English, 2022") == []
