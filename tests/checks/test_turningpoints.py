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


OTHER = ("وتناولت الدراسة جوانب أخرى من العلاقات بين البلدين في مجالات مختلفة {}.\n\n")
OTHER_EN = "The study also covers other sides of the relations between the two countries in area {}.\n\n"


def _long(first: str, second: str, other: str) -> str:
    return first + "\n\n" + "".join(other.format(i) for i in range(40)) + second


def test_one_story_told_twice_with_the_turn_worded_otherwise_arabic():
    a = ("بعد سنوات الخصومة وانحسار طريق القوافل وتراجع الملاحة النهرية وتفكك الأحلاف القبلية، "
         "ومنذ بداية القرن الحادي والعشرين اتفقت الإمارتان على خط واحد في سياستهما.")
    b = ("ومع انحسار طريق القوافل وتراجع الملاحة النهرية وتفكك الأحلاف القبلية بعد سنوات الخصومة، "
         "ومع دخول القرن العشرين أخذت صلات الإمارتين تتخذ طابع الشراكة الوثيقة.")
    fs = run(_long(a, b, OTHER))
    assert len(fs) == 1 and fs[0].evidence["centuries"] == ["2000", "1900"]
    assert "one story" in fs[0].evidence["rule"]


def test_one_story_told_twice_in_english():
    a = ("After the caravan road declined, river shipping collapsed and the tribal leagues dissolved, "
         "since the beginning of the twenty-first century the two emirates agreed on one line.")
    b = ("Once the caravan road declined, river shipping collapsed and the tribal leagues dissolved, "
         "with the entry of the twentieth century the emirates began a close partnership.")
    assert len(run(_long(a, b, OTHER_EN))) == 1


def test_two_stories_at_two_century_starts_are_quiet():
    a = ("بعد سنوات الخصومة وانحسار طريق القوافل وتراجع الملاحة النهرية وتفكك الأحلاف القبلية، "
         "ومنذ بداية القرن الحادي والعشرين اتفقت الإمارتان على خط واحد في سياستهما.")
    b = ("ومع ازدهار صناعة النسيج في المدن الساحلية وافتتاح المدارس الحديثة، "
         "ومع دخول القرن العشرين أخذت صلات الإمارتين تتخذ طابع الشراكة الوثيقة.")
    assert run(_long(a, b, OTHER)) == []
    # the shared words are the text's common words (relations, countries), not a story
    c = "Since the beginning of the twenty-first century the relations between the two countries changed in area 1."
    d = "With the entry of the twentieth century the relations between the two countries grew in area 2."
    assert run(_long(c, d, OTHER_EN)) == []
