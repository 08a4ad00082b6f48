"""An article extracted from its PDF whose headings lost the blank line after them («1. المقدمة»
directly followed by its paragraph), and footnotes after a rule line. Synthetic text."""

from __future__ import annotations

from tahqiq.corpus.catalogue import from_string
from tahqiq.segment.blocks import segment
from tahqiq.segment.forms import heading_line

TEXT = """عنوان الدراسة: الري بالتنقيط في القرى

الملخص: تدرس الورقة أثر الري بالتنقيط في ثلاث قرى.

1. المقدمة
بدأ المشروع عام 2015 في ثلاث قرى(1). وتوسع لاحقا.
__________
(1) الحسيني، مازن، الري في الأرياف، دار النهر، عمان، 2016، ص 9.

2. النتائج
ارتفع الإنتاج كثيرا(2).
__________
(2) الحسيني، مازن، مرجع سابق، ص 12.

المراجع
أولاً: المراجع العربية
- الحسيني، مازن، الري في الأرياف، دار النهر، عمان، 2016.
"""


def _blocks():
    return segment(from_string(TEXT, form="pdf-text"))


def test_heading_line_of_a_numbered_section():
    assert heading_line("1. المقدمة") is not None and heading_line("المراجع") is not None
    assert heading_line("بدأ المشروع عام 2015 في ثلاث قرى.") is None
    assert heading_line("قال الوزير") is None


def test_a_heading_glued_to_its_paragraph_is_split_and_opens_the_body():
    b = _blocks()
    heads = b[b["kind"] == "heading"]["text"].tolist()
    assert "1. المقدمة" in heads and "المراجع" in heads
    notes = b[b["kind"] == "footnote"]
    assert notes["number"].tolist() == [1, 2]
    assert len(b[b["kind"] == "bibliography"]) == 1


def test_a_paragraph_starting_with_an_ordinary_line_is_not_split():
    b = segment(from_string("عنوان\n\nقال الوزير إن المشروع بدأ\nوتوسع لاحقا في القرى.\n", form="pdf-text"))
    assert not any("\n" not in t and t.startswith("قال الوزير") and t.endswith("بدأ") for t in b["text"])
