"""Notes in every common plain-text form, linked to their markers (synthetic texts written for the rule)."""

from __future__ import annotations

import pytest

from tahqiq.corpus.catalogue import from_string
from tahqiq.extract.citations import extract_citations, find_markers
from tahqiq.segment.blocks import segment
from tahqiq.segment.forms import note_label

BODY_AR = "عنوان المقال\n\nتطورت العلاقات بين البلدين في هذه الفترة{m1}. وقد أشار باحثون إلى ذلك{m2}.\n\n"
NOTES_AR = ("أحمد علي، العلاقات الدولية، القاهرة: دار النشر، 2015، ص 12.",
            "سمير حسن، مقال في السياسة، مجلة الدراسات، العدد 3، 2018.")


def _cit(s: str):
    doc = from_string(s, form="plain")
    return segment(doc), extract_citations(doc)


@pytest.mark.parametrize("heading", ["الهوامش", "الهامش", "المراجع والهوامش", "Notes", "Endnotes"])
@pytest.mark.parametrize("label", ["({n})", "[{n}]", "{n}-", "{n}.", "{sup}"])
def test_notes_after_a_heading_in_every_label_form(heading, label):
    sup = {1: "¹", 2: "²"}
    marker = "[{n}]" if label == "[{n}]" else ("{sup}" if label == "{sup}" else "({n})")
    m = {f"m{n}": (" " if marker != "{sup}" else "") + marker.format(n=n, sup=sup[n]) for n in (1, 2)}
    notes = "\n".join(f"{label.format(n=n, sup=sup[n])} {NOTES_AR[n - 1]}" for n in (1, 2))
    blocks, cit = _cit(BODY_AR.format(**m) + heading + "\n\n" + notes)
    ends = blocks[blocks["kind"] == "endnote"]
    assert list(ends["number"]) == [1, 2]
    assert list(cit["marker"]) == [1, 2]
    assert list(cit["year"]) == [2015, 2018]
    assert cit["note_text"].iloc[0].endswith("ص 12.")


def test_english_superscript_notes_after_a_separator():
    s = ("A title\n\nRelations improved markedly in this decade¹. Scholars disagree².\n\n---\n\n"
         "¹ John Smith, Eurasian Politics, London: Press, 2015, p. 12.\n"
         "² Jane Doe, \"Ties\", Journal of Studies, 2018.")
    blocks, cit = _cit(s)
    assert list(blocks[blocks["kind"] == "endnote"]["number"]) == [1, 2]
    assert list(cit["text"]) == ["¹", "²"] and list(cit["year"]) == [2015, 2018]


def test_eastern_digit_labels():
    s = BODY_AR.format(m1=" (١)", m2=" (٢)") + "الهوامش\n\n(١) " + NOTES_AR[0] + "\n(٢) " + NOTES_AR[1]
    blocks, cit = _cit(s)
    assert list(blocks[blocks["kind"] == "endnote"]["number"]) == [1, 2]
    assert list(cit["year"]) == [2015, 2018]


def test_a_list_of_points_is_not_notes():
    s = ("عنوان\n\nللقرار ثلاثة أسباب:\n\n(1) الكلفة المرتفعة للمشروع.\n(2) ضيق الوقت المتاح.\n\n"
         "The reasons were: (1) cost and (2) time, as the board said.")
    blocks, cit = _cit(s)
    assert "endnote" not in set(blocks["kind"])
    assert cit["note_text"].isna().all()


def test_a_separator_followed_by_prose_is_no_notes_section():
    s = "عنوان\n\nنص أول طويل نسبيا.\n\n---\n\nنص بعد الفاصل يتابع المقال.\n\n1. نقطة أولى في قائمة."
    blocks, _ = _cit(s)
    assert "endnote" not in set(blocks["kind"])


def test_years_in_parentheses_are_not_markers():
    assert find_markers("صدر القرار عام (2015) وأعيد النظر فيه (1999).") == []
    assert [m.number for m in find_markers("as noted¹ and again³")] == [1, 3]
    assert find_markers("an area of 10³ km and 5² m") == []  # a power of a number is no marker


def test_note_label():
    assert [note_label(s) for s in ("(3) x", "[12] x", "¹² x", "7- x", "7. x", "٤) x", "x (1)", "2015 x")] == [
        3, 12, 12, 7, 7, 4, None, None]
