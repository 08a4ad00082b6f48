"""A cited source dated before the event it documents: the grammar of a claim and its citation, generated.

Ways a text dates the event of a claim and cites a source for it, each combined below:
- the claim: a verb and its dated object («وقّع البلدان اتفاقية تقاسم المياه في 14 مايو 2019»), a
  fronted date («في عام 2019 وقّع البلدان …»), a figure of a year («ارتفع حجم التبادل … عام 2019»),
  English ("signed the water agreement in May 2019");
- the citation: a note marker «(1)», «[1]», a superscript «¹» (after a word or right after the
  year «عام 2019¹»), an author-year citation in Arabic «(سالم، 2019)» or English "(Smith, 2019)"
  with its bibliography entry;
- the source's date: a full date in Arabic or English month names, or a year; a newspaper item, a
  report («تقرير الهيئة السنوي»), a book with place and publisher.
The right version cites a source a year after the event; the faulty one a source two years before it.

Not faults (no finding): a target or forecast the source announced before it («بحلول عام 2030»،
«تتوقع الهيئة أن يبلغ الطلب ذروته عام 2035»); a bound, not an event («حتى عام 2019»، «قبل عام
2019»); a second edition or a translation published after the event («ط 2 … 2021»، «ترجمة …
2021»). A second edition dated before the event is a fault like any other source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks.citations import citation_before_event
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

CLAIM = [
    "وقّع البلدان اتفاقية تقاسم المياه في 14 مايو 2019 بعد مفاوضات طويلة{m}.",
    "في عام 2019 وقّع البلدان اتفاقية تقاسم المياه{m}.",
    "وبحسب التقرير، ارتفع حجم التبادل التجاري إلى 20 مليار دولار عام 2019{m}.",
    "Russia and China signed the water agreement in May 2019{m}.",
]
NOTES = {
    "paren": ("(1)", "\n\nالهوامش\n(1) أحمد سالم، \"اتفاق المياه\"، جريدة الشط، {d}.\n"),
    "bracket": ("[1]", "\n\nالهوامش\n[1] أحمد سالم، اتفاق المياه، جريدة الشط، {d}.\n"),
    "english-note": ("(1)", "\n\nNotes\n(1) John Smith, \"The Water Deal,\" Water Monitor, {d}.\n"),
    "superscript": ("¹", "\n\nالهوامش\n¹ أحمد سالم، اتفاق المياه، جريدة الشط، {d}.\n"),
    "author-year": (" (سالم، {y})", "\n\nالمراجع\nسالم، أحمد ({y}). اتفاق المياه. القاهرة: دار الشروق.\n"),
    "author-year-en": (" (Smith, {y})", "\n\nReferences\nSmith, J. ({y}). The Water Deal. London: Routledge.\n"),
    "report": ("(1)", "\n\nالهوامش\n(1) تقرير الهيئة السنوي، {d}، ص 12.\n"),
    "book": ("(1)", "\n\nالهوامش\n(1) أحمد سالم، العلاقات المائية (القاهرة: دار الشروق، {y})، ص 45.\n"),
}
DATES = {"ar": lambda y: f"20 مايو {y}", "year": lambda y: f"{y}", "en": lambda y: f"May 20, {y}"}
INTRO = "مقدمة عن العلاقات بين البلدين منذ عام 1991.\n\n"
NOT = [
    "تسعى الحكومة إلى مضاعفة الصادرات بحلول عام 2030(1).\n\nالهوامش\n(1) وزارة التخطيط، رؤية 2030، 2016.\n",
    "وتتوقع الهيئة أن يبلغ الطلب ذروته عام 2035(1).\n\nالهوامش\n(1) تقرير الهيئة السنوي، 2018.\n",
    "Officials expect that demand will peak in 2035 (Smith, 2018).\n\nReferences\nSmith, J. (2018). Water Demand. London: Routledge.\n",
    "استمرت المفاوضات حتى عام 2019(1).\n\nالهوامش\n(1) أحمد سالم، اتفاق المياه، جريدة الشط، 2017.\n",
    "تعود جذور الخلاف إلى ما قبل عام 2019(1).\n\nالهوامش\n(1) أحمد سالم، اتفاق المياه، جريدة الشط، 2017.\n",
    "وقّع البلدان الاتفاقية عام 2019(1).\n\nالهوامش\n(1) أحمد سالم، العلاقات المائية، ط 2 (القاهرة: دار الشروق، 2021)، ص 45.\n",
    "وقّع البلدان الاتفاقية عام 2019(1).\n\nالهوامش\n(1) جون سميث، المياه والسياسة، ترجمة أحمد سالم (بيروت: دار الساقي، 2021)، ص 45.\n",
]


def found(text: str) -> list:
    return citation_before_event(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def text(claim: str, note: tuple[str, str], date, y: int) -> str:
    marker, notes = note
    return INTRO + claim.format(m=marker.format(y=y)) + notes.format(d=date(y), y=y)


def cases():
    for i, claim in enumerate(CLAIM):
        for nk, note in NOTES.items():
            for dk, date in DATES.items():
                if nk.startswith("author-year") or nk == "book":
                    if dk != "year":
                        continue  # these name the year only
                yield f"{i}-{nk}-{dk}", text(claim, note, date, 2020), text(claim, note, date, 2017)
    yield ("second-edition", INTRO + NOT[5].replace("2021", "2020"), INTRO + NOT[5].replace("2021", "2017"))


CASES = list(cases())


def test_the_grammar_is_covered():
    assert len(CASES) >= 60


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_later_source_is_quiet_and_an_older_one_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


@pytest.mark.parametrize("t", NOT, ids=[f"not-{i}" for i in range(len(NOT))])
def test_targets_bounds_and_later_editions_are_no_fault(t):
    assert found(INTRO + t) == []
