"""A reference list split by language: «المراجع العربية» / «المراجع الأجنبية», generated.

Construction (heldout7, academic Arabic writing in any field): the back matter lists its sources
under headings that name the list and qualify it by the language of what it lists:
  heading := LIST-WORD [«و» LIST-WORD] QUALIFIER
  LIST-WORD := «المراجع» | «المصادر» | «قائمة المراجع» | "References" | "Sources" | "Bibliography"
  QUALIFIER := «العربية» | «الأجنبية» | «باللغة العربية» | «باللغة الإنجليزية» | «الفرنسية»
             | "in English" | "in Arabic" | "(Arabic)" …
The entries under it are bibliography entries (their years, URL dates and access dates are then
checked: a URL «/2022/10/» under an entry dated (2023) is a fault, ``citation-url-date``).
Not a bibliography heading (distractors): the qualifier alone («العربية»، "English"), a body
heading that names something else with a qualifier («اللغة العربية في التعليم»).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.citations import citation_url_date
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

HEADINGS = [
    ("المراجع العربية", "المراجع الأجنبية"),
    ("المصادر والمراجع العربية", "المصادر والمراجع الأجنبية"),
    ("المراجع باللغة العربية", "المراجع باللغة الإنجليزية"),
    ("قائمة المراجع العربية", "قائمة المراجع الفرنسية"),
    ("References in Arabic", "References in English"),
]
BODY = ("مقدمة\nتتناول هذه الدراسة أثر الجفاف على الفلاحة البورية في السهل منذ عام 1981، "
        "وتعتمد على معطيات رسمية ودولية.\n\nخاتمة\nيتبين أن التكيف الفردي يستنزف الموارد المائية.\n\n")
AR_ENTRIES = ["- الإدريسي، يوسف ({y}). الموارد المائية بالسهل. فاس: منشورات كلية الآداب.",
              "- المندوبية السامية للتخطيط ({y}). المعطيات الإحصائية الجهوية. الرباط. https://www.hcp.ma/region/{u}/04/donnees (تاريخ الاطلاع: 10 أكتوبر 2024)."]
EN_ENTRIES = ["- FAO ({y}). The Impact of Disasters on Agriculture. Rome. https://www.fao.org/documents/{u}/10/impact (accessed 5 November 2024).",
              "- WMO ({y}). State of the Climate in Africa. Geneva. https://wmo.int/publication-series/{u}/09/state-of-climate (accessed 12 October 2024)."]


def build(pair, y_ar: int, u_ar: int, y_en: int, u_en: int) -> str:
    h_ar, h_en = pair
    ar = "\n".join(e.format(y=y_ar, u=u_ar) for e in AR_ENTRIES)
    en = "\n".join(e.format(y=y_en, u=u_en) for e in EN_ENTRIES)
    return BODY + h_ar + "\n" + ar + "\n\n" + h_en + "\n" + en + "\n"


def facts(text: str) -> Facts:
    return Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))])


def cases():
    rng = random.Random(7)
    for i, pair in enumerate(HEADINGS):
        y = rng.choice([2019, 2020, 2021, 2022, 2023])
        right = build(pair, y, y, y, y)
        wrong_ar = build(pair, y, y - 2, y, y)
        wrong_en = build(pair, y, y, y, y - 1)
        yield f"{i}-ar", right, wrong_ar
        yield f"{i}-en", right, wrong_en


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_entries_under_a_language_qualified_heading_are_checked(name, right, wrong):
    assert citation_url_date(facts(right)) == []
    found = citation_url_date(facts(wrong))
    assert found and {f.kind for f in found} == {"citation-url-date"}


@pytest.mark.parametrize("pair", HEADINGS, ids=[f"h{i}" for i in range(len(HEADINGS))])
def test_every_entry_is_a_bibliography_entry(pair):
    t = list(facts(build(pair, 2021, 2021, 2021, 2021)))[0]
    assert t.bibliography is not None and len(t.bibliography) == 4


@pytest.mark.parametrize("heading", ["العربية", "English", "اللغة العربية في التعليم", "الترجمة إلى الإنجليزية"])
def test_a_qualifier_alone_or_another_topic_opens_no_bibliography(heading):
    text = BODY + heading + "\nتدرَّس اللغة في المدارس منذ عام 1990، وفق المنهج الوطني الصادر عام 2011.\n"
    t = list(facts(text))[0]
    assert t.bibliography is None or len(t.bibliography) == 0
