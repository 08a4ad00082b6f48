"""A journal article's front matter as a PDF extraction often gives it: the Arabic abstract, the
"Abstract" heading and the English abstract with no blank line between them; the keywords' label
and its keywords on one line; the body's sections opened by ordinal words («أولاً: مقدمة») glued to
their first paragraph; an article history on one line, its items separated by slashes. Synthetic
text, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document, from_string
from tahqiq.facts import gather
from tahqiq.segment.blocks import segment
from tahqiq.segment.forms import heading_line

TEXT = """مجلة دراسات الموانئ، المجلد 4، العدد 2 (2024)
Journal of Port Studies, Vol. 4, No. 2 (2024)

تاريخ الاستلام: 3 شباط 2024 / تاريخ التعديل: 9 نيسان 2024 / تاريخ القبول: 1 حزيران 2024
Received: 3 February 2024 / Revised: 9 April 2024 / Accepted: 1 June 2024

الملخص
تدرس هذه الورقة ميناءً واحداً بين عامي 2015 و2023، وتبيّن أن حمولته بلغت 12 مليون طن في العام الأخير، بعد أن كانت 8 ملايين طن في أوله، وأن نصف الزيادة جاء من الحاويات التي تنقلها شركات الشحن الكبرى.
Abstract
This paper studies one port between 2015 and 2023 and shows that its cargo reached 12 million tonnes in the last year, up from 8 million tonnes in the first, half of the increase coming from containers carried by the large shipping lines.

الكلمات المفتاحية: الموانئ، الحاويات، الشحن.

أولاً: مقدمة
بدأ تشغيل الميناء عام 2015 برصيفين، وأضيف رصيف ثالث في عام 2019.

ثانياً: من الرصيف الأول إلى الرصيف الثالث في سنوات التوسع
اتسع الميناء في السنوات التالية، وبلغت حمولته 12 مليون طن في عام 2023.
"""


def _blocks():
    b = segment(from_string(TEXT, form="pdf-text"))
    return [(k, TEXT[s:e].splitlines()[0]) for k, s, e in zip(b["kind"], b["start"], b["end"])]


def test_the_abstract_heading_on_a_line_of_its_own_splits_the_two_abstracts():
    got = _blocks()
    ar = next(i for i, (k, t) in enumerate(got) if k == "abstract" and t.startswith("تدرس"))
    assert got[ar + 1] == ("heading", "Abstract")
    assert got[ar + 2][0] == "abstract" and got[ar + 2][1].startswith("This paper")


def test_the_keywords_line_is_keywords_and_closes_the_abstract():
    got = _blocks()
    assert ("keywords", "الكلمات المفتاحية: الموانئ، الحاويات، الشحن.") in got
    assert not any(k == "abstract" and t.startswith(("بدأ", "اتسع")) for k, t in got)


def test_sections_opened_by_ordinal_words_are_headings_split_from_their_paragraph():
    got = _blocks()
    assert ("heading", "أولاً: مقدمة") in got
    assert ("heading", "ثانياً: من الرصيف الأول إلى الرصيف الثالث في سنوات التوسع") in got
    assert ("paragraph", "بدأ تشغيل الميناء عام 2015 برصيفين، وأضيف رصيف ثالث في عام 2019.") in got


def test_an_ordinal_opening_a_long_sentence_is_no_heading():
    assert heading_line("أولاً: مقدمة", ordinals=True) is not None
    assert heading_line("أولاً: مقدمة") is None  # ordinals only where asked
    long = "أولاً: أن الصين تسعى منذ سنوات طويلة إلى توسيع نفوذها في الموانئ عبر الاستثمار والتجارة"
    assert heading_line(long, ordinals=True) is None
    assert heading_line("أولاً: أن الصين تسعى إلى ذلك.", ordinals=True) is None


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="pdf-text")])))


def test_the_clean_front_matter_raises_nothing():
    assert kinds(TEXT) == []


@pytest.mark.parametrize("before,after,lang", [
    ("9 نيسان 2024", "9 كانون الثاني 2024", "ar"),
    ("1 حزيران 2024", "1 آذار 2024", "ar"),
    ("Revised: 9 April 2024", "Revised: 9 January 2024", "en"),
    ("Accepted: 1 June 2024", "Accepted: 1 March 2024", "en"),
])
def test_a_history_on_one_line_separated_by_slashes_is_read(before, after, lang):
    got = kinds(TEXT.replace(before, after))
    assert "article-history-order" in got
    assert "bilingual-mismatch" in got  # and the two histories no longer agree


def test_the_abstracts_are_compared_once_split():
    assert "bilingual-mismatch" in kinds(TEXT.replace("up from 8 million", "up from 6 million"))
