"""One turning point placed at the start of two centuries (synthetic texts written for the rule)."""

from __future__ import annotations

from pathlib import Path

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    fs = REGISTRY["turning-point-century"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


FILL = ("وقد شهدت المنطقة أحداثا كثيرة في تلك المرحلة.\n\n" * 3)


def test_one_turn_at_the_start_of_two_centuries_arabic():
    s = ("مع دخول القرن العشرين انتقلت علاقات الإمارتين الجبليتين من الخصومة إلى التحالف التجاري.\n\n" + FILL +
         "وفي بداية القرن الحادي والعشرين انتقلت علاقات الإمارتين الجبليتين من الخصومة إلى التحالف.")
    fs = run(s)
    assert len(fs) == 1 and fs[0].kind == "period-mismatch"
    assert fs[0].evidence["centuries"] == ["1900", "2000"]


def test_one_turn_in_english():
    s = ("At the beginning of the twentieth century the river ports shifted from barter trade to cash trade.\n\n"
         "Trade grew. Ports grew. Ships grew.\n\n"
         "At the start of the 21st century the river ports shifted from barter trade to cash.")
    assert len(run(s)) == 1


def test_two_different_changes_or_one_century_are_quiet():
    s = ("مع دخول القرن العشرين انتقلت علاقات الإمارتين الجبليتين من الخصومة إلى التحالف.\n\n" + FILL +
         "وفي بداية القرن الحادي والعشرين ازدهرت صناعة النسيج في المدن الساحلية الجنوبية.")
    assert run(s) == []
    t = ("في بداية القرن العشرين انتقلت علاقات الإمارتين من الخصومة إلى التحالف.\n\n" + FILL +
         "ومع دخول القرن العشرين انتقلت علاقات الإمارتين من الخصومة إلى التحالف.")
    assert run(t) == []
    u = ("In the twentieth century the river ports shifted from barter trade to cash trade.\n\n"
         "At the start of the 21st century the river ports shifted from barter trade to cash.")
    assert run(u) == []  # only one phrase names a century's start
