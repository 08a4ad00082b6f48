"""Two editions of an institutional report, and an institution's department split differently
between a note and a bibliography entry (checks/sources). Synthetic texts."""

from __future__ import annotations

from pathlib import Path

from tahqiq.checks import sources as S
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

TEXT = """أظهر المسح الأول تراجع عدد الزوار(1). وارتفع العدد في المسح التالي(2).

الهوامش
(1) بلدية الوادي، قسم السياحة، دليل الزوار السنوي، الكرك، 2016، ص 4.
(2) بلدية الوادي، قسم السياحة، دليل الزوار السنوي 2021، الكرك، 2022، ص 9.

المراجع
- بلدية الوادي، قسم السياحة، دليل الزوار السنوي، الكرك، 2016.
- بلدية الوادي، قسم السياحة، دليل الزوار السنوي 2021، الكرك، 2022.
"""


def facts(s: str) -> Facts:
    return Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))])


def test_two_editions_of_a_report_are_two_cited_sources():
    f = facts(TEXT)
    assert S.source_inconsistent(f) == []
    assert S.missing_from_bibliography(f) == []
    assert S.uncited_bibliography(f) == []


def test_one_report_given_two_years_is_still_found():
    # no year in either title: one source given two publication years
    s = TEXT.replace("السنوي 2021،", "السنوي،")
    kinds = {x.evidence["field"] for x in S.source_inconsistent(facts(s))}
    assert "year" in kinds


def test_an_uncited_entry_is_still_found():
    s = TEXT.replace("- بلدية الوادي، قسم السياحة، دليل الزوار السنوي، الكرك، 2016.",
                     "- بلدية الوادي، قسم السياحة، دليل المتاحف، الكرك، 2016.")
    assert len(S.uncited_bibliography(facts(s))) == 1
    assert len(S.missing_from_bibliography(facts(s))) == 1


def test_same_series_item_by_edition_year():
    a = {"title": "دليل الزوار السنوي", "year": 2016}
    b = {"title": "دليل الزوار السنوي 2021", "year": 2022}
    assert S.same_series_item(a, b)
    assert not S.same_series_item(a, {**b, "year": 2016})
    assert not S.same_series_item(a, {"title": "دليل الزوار السنوي", "year": 2022})


def test_department_with_author_or_title_matches():
    note = {"authors": "بلدية الوادي", "title": "قسم السياحة، دليل الزوار"}
    entry = {"authors": "قسم السياحة بلدية الوادي", "title": "دليل الزوار"}
    assert S._matches(note, entry)
    assert not S._matches(note, {**entry, "title": "دليل المتاحف"})
