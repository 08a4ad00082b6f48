"""A short author-year citation in a footnote whose year the reference list does not give its author.

Construction (author-date style carried into numbered notes, common in Maghrebi and Levantine
academic Arabic): the note holds only «NAME، YEAR، ص N» / "NAME, YEAR, p. N" (several separated
by «;»/«؛»), the full reference is in the list: «(3) FAO, 2023, p. 41.» with «FAO (2023). The
Impact of Disasters …». A note year the list never gives that author is a fault
(``author-year-unlisted``), as for «(Sims, 2010: 91)» in the body. Variants: Latin and Arabic
names, «et al.», Eastern digits, «ص»/"p."/"chap.", one or two citations in a note.
Not faults: the list gives the author that year (also as the second of two works); a note that
is not a short citation («(1) أستاذ التعليم العالي، كلية الآداب …»، a full reference with a title).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.authoryear import author_year_unlisted
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AUTHORS = [("FAO", "FAO ({y}). The Impact of Disasters on Agriculture. Rome.", "{a}, {y}, p. {p}."),
           ("WMO", "WMO ({y}). State of the Climate in Africa. Geneva.", "{a}, {y}, p. {p}."),
           ("Schilling et al.", "Schilling, J., Freier, K. P., & Hertig, E. ({y}). Climate change in North Africa. Agriculture, 156, 12-26.", "{a}, {y}, p. {p}."),
           ("الإدريسي", "الإدريسي، يوسف ({y}). الموارد المائية بالسهل. فاس: منشورات كلية الآداب.", "{a}، {y}، ص {p}."),
           ("بنعلي", "بنعلي، نادية ({y}). الفلاحة البورية والجفاف. الرباط: دار الأمان.", "{a}، {y}، ص {p}.")]


def build(notes: list[str], entries: list[str], east: bool) -> str:
    body = ("الجفاف والتكيف الفلاحي\n\nيوسف الإدريسي(1)\n\n1. مقدمة\nتعرف المنطقة جفافاً متكرراً(2)، "
            "وتؤكد التقارير ذلك(3).\n\n(1) أستاذ التعليم العالي، كلية الآداب، جامعة ابن طفيل، القنيطرة.\n")
    body += "".join(f"({i + 2}) {n}\n" for i, n in enumerate(notes))
    refs = "\nالمراجع\n" + "".join(f"- {e}\n" for e in entries)
    text = body + refs
    return text.translate(EAST) if east else text


def found(text: str) -> list:
    return author_year_unlisted(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="pdf-text"))]))


def cases():
    rng = random.Random(3)
    for i in range(16):
        (a1, e1, n1), (a2, e2, n2) = rng.sample(AUTHORS, 2)
        y1, y2 = rng.choice([2012, 2018, 2021]), rng.choice([2019, 2020, 2023])
        east = i % 4 == 3
        entries = [e1.format(y=y1), e2.format(y=y2)]
        p = rng.randint(5, 90)
        two = i % 2 == 1
        sep = "; " if i % 3 else "؛ "
        def notes(yy):
            first = n1.format(a=a1, y=yy, p=p)
            second = n2.format(a=a2, y=y2, p=p + 3)
            return [first.rstrip(".") + sep + second] if two else [first, second]
        yield f"{i}", build(notes(y1), entries, east), build(notes(y1 + 1), entries, east)


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_short_note_year_not_in_the_list_is_found(name, right, wrong):
    assert found(right) == []
    assert [f.kind for f in found(wrong)] == ["author-year-unlisted"]
