"""A stated count against the items the text lists (synthetic sentences written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str, form: str = "plain"):
    fs = REGISTRY["count-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form=form))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,count,items", [
    ("تتنازع الدولتان على ثلاث جزر هي: الجزيرة الشمالية والجزيرة الرملية.", 3, 2),
    ("وقّع الجانبان أربع اتفاقيات هي الطاقة، والنقل، والتعليم.", 4, 3),
    ("The dispute covers three islands: Northisle and Sandisle.", 3, 2),
    ("The bloc has four founding members (Aland, Borduria and Carpania).", 4, 3),
    ("ضمت المنظمة عند تأسيسها خمس دول هي ألفا وبيتا وغاما وديلتا وإبسيلون وزيتا.", 5, 6),
])
def test_a_count_against_a_list_of_another_length(s, count, items):
    fs = run(s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].evidence["count"], len(fs[0].evidence["items"])) == ("count-mismatch", count, items)


@pytest.mark.parametrize("s", [
    "تتنازع الدولتان على ثلاث جزر هي: الجزيرة الشمالية والجزيرة الرملية وجزيرة الملح.",
    "The dispute covers three islands: Northisle, Sandisle and Saltisle.",
    "هناك ثلاثة أسباب منها الكلفة والوقت.",  # examples, not the whole list
    "The bloc has five members, including Aland and Borduria.",
    "Trade grew in three years: 2019, 2020 and 2021 and more.",
    "Three reasons are given below.",
    "بلغ عدد السكان ثلاثة ملايين: نصفهم في العاصمة التي تمتد على طول الساحل الغربي للبلاد، والباقي في القرى الجبلية البعيدة عن المدن.",
])
def test_complete_lists_examples_and_clauses_are_quiet(s):
    assert run(s) == []
