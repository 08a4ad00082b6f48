"""Footnotes written as bibliography entries are («Surname, Given names, Title, …»), and Arabic
back references («مرجع سابق»). Synthetic references."""

from __future__ import annotations

import pytest

from tahqiq.extract.citations.parse import parse_reference


@pytest.mark.parametrize("s, authors, title", [
    ("الحسيني، مازن، الري في الأرياف، دار النهر، عمان، 2016، ص 9.", "مازن الحسيني", "الري في الأرياف"),
    ("Novak, Petra and Ivan Horvat, Water in Dry Lands, Delta Press, Oslo, 2011, p 40.",
     "Petra Novak and Ivan Horvat", "Water in Dry Lands"),
])
def test_a_note_in_the_inverted_order(s, authors, title):
    r = parse_reference(s)
    assert r["authors"] == authors and r["title"] == title


@pytest.mark.parametrize("s, authors, title", [
    ("سليم الحداد، الأعمال الكاملة، دار الشروق، 1993، ص 4.", "سليم الحداد", "الأعمال الكاملة"),
    ("ابن خلدون، المقدمة، دار الفكر، بيروت، 1990، ص 12.", "ابن خلدون", "المقدمة"),
    ("الجاحظ، البيان والتبيين، دار الجيل، بيروت، 1990، ص 12.", "الجاحظ", "البيان والتبيين"),
    ("وزارة المياه والري، التقرير السنوي 2020، عمان، 2021، ص 3.", "وزارة المياه والري", "التقرير السنوي 2020"),
])
def test_a_note_in_the_natural_order_is_left_as_it_is(s, authors, title):
    r = parse_reference(s)
    assert r["authors"] == authors and r["title"] == title


@pytest.mark.parametrize("s", ["الحسيني، مازن، مرجع سابق، ص 12.", "المرجع السابق، ص 5.", "المرجع نفسه، ص 7."])
def test_arabic_back_references(s):
    r = parse_reference(s)
    assert r["back"] is not None and not r["title"]
