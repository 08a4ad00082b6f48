"""Footnotes of an article with a bibliography that are not missing from it: the grammar, generated.

Constructions (academic articles with numbered footnotes and a reference list):
- an affiliation note on an author's name in the byline: «يوسف الإدريسي(1)، نادية بنعلي(2)» with
  «(1) أستاذ التعليم العالي، كلية الآداب، جامعة …، فاس.», «(2) باحثة في …، المعهد الوطني …»,
  "(1) Associate Professor, Faculty of Letters, …": a rank or role first, no year. It names no
  source (no fault).
- a note of several short author-year citations separated by «;» or «؛»: «(5) ICARDA, 2020;
  IPCC, 2022, chap. 9.» — listed when each author is an entry of the bibliography with that year.
Positives (still ``missing-from-bibliography``): a note of short citations one of which is not in
the list («(5) ICARDA, 2020; UNEP, 2019, chap. 9.» with no UNEP entry), or is there with another year.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.sources import missing_from_bibliography
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

AFFIL = [
    "أستاذ التعليم العالي، كلية الآداب، جامعة سيدي محمد بن عبد الله، فاس.",
    "باحثة في الجغرافيا الطبيعية، المعهد الوطني للبحث الزراعي، مكناس.",
    "أستاذة محاضرة، قسم التاريخ، جامعة الجزائر 2.",
    "طالب دكتوراه، مختبر الدراسات الجغرافية، جامعة ابن طفيل، القنيطرة.",
    "Associate Professor, Faculty of Letters, Cadi Ayyad University, Marrakesh.",
    "Researcher, National Institute for Agronomic Research, Rabat.",
]
ORGS = [("ICARDA", "Drought Monitoring in North Africa. Beirut"), ("IPCC", "Climate Change: Impacts. Cambridge"),
        ("FAO", "The Impact of Disasters on Agriculture. Rome"), ("WMO", "State of the Climate in Africa. Geneva")]
SEPS = ["; ", "؛ "]


def build(affil: list[str], short: str, listed: list[tuple[str, int]]) -> str:
    byline = "يوسف الإدريسي(1)، نادية بنعلي(2)\n\n"
    body = ("1. مقدمة\nتعرف المنطقة موجات جفاف متكررة منذ أربعة عقود، وتؤكد التقارير الدولية ذلك(3).\n\n"
            f"(1) {affil[0]}\n(2) {affil[1]}\n(3) {short}\n\n")
    refs = "المراجع\n" + "\n".join(f"- {o} ({y}). {dict(ORGS)[o]}." for o, y in listed) + "\n"
    return "الجفاف والتكيف الفلاحي: دراسة ميدانية\n\n" + byline + body + refs


def found(text: str) -> list:
    return missing_from_bibliography(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="pdf-text"))]))


def cases():
    rng = random.Random(5)
    for i in range(12):
        a, b = rng.sample(ORGS, 2)
        ya, yb = rng.choice([2018, 2020, 2022]), rng.choice([2019, 2021, 2023])
        sep = SEPS[i % 2]
        affil = rng.sample(AFFIL, 2)
        short = f"{a[0]}, {ya}{sep}{b[0]}, {yb}, p. {rng.randint(5, 90)}."
        listed = sorted([(a[0], ya), (b[0], yb)])
        right = build(affil, short, listed)
        missing = build(affil, short, [(a[0], ya)])
        other_year = build(affil, short, [(a[0], ya), (b[0], yb - 3)])
        yield f"{i}", right, missing, other_year


CASES = list(cases())


@pytest.mark.parametrize("name,right,missing,other_year", CASES, ids=[c[0] for c in CASES])
def test_affiliations_and_listed_short_citations_are_not_missing(name, right, missing, other_year):
    assert found(right) == []
    assert [f.kind for f in found(missing)] == ["missing-from-bibliography"]
    assert [f.kind for f in found(other_year)] == ["missing-from-bibliography"]
