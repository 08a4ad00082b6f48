"""External check of titles against data/reference/offices.yml (synthetic sentences written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.facts import Facts, load_reference, text_facts
from tahqiq.link.offices import load_offices

load_all()


def run(s: str):
    fs = REGISTRY["external-office"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,person", [
    ("أدى تراجع الاقتصاد إلى دفع الرئيس الروسي \"غورباتشوف\" إلى طرح مبادرة جديدة.", "gorbachev"),
    ("In 1986 Russian President Gorbachev proposed a new Asian policy.", "gorbachev"),
    ("Brezhnev, the Russian president, hardened the line.", "brezhnev"),
    ("وصف المقال الرئيس الصيني دينغ شياو بينغ بأنه مهندس الإصلاح.", "deng"),
    ("وصرح وزير الخارجية الروسي وانغ يي بأن المحادثات مثمرة.", "wang-yi"),
    ("Russian Prime Minister Lavrov said the talks went well.", "lavrov"),
])
def test_a_title_never_held(s, person):
    fs = run(s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].scope, fs[0].evidence["person"]) == ("external-office", "external", person)


@pytest.mark.parametrize("s", [
    "التقى الرئيس الروسي فلاديمير بوتين بالرئيس الصيني شي جين بينغ في موسكو.",
    "Soviet President Gorbachev visited Beijing in May 1989.",
    "Russian President Yeltsin and Chinese President Jiang Zemin signed the declaration.",
    "The Russian president met Gorbachev's former advisers.",  # no title given to the name
    "Deng Xiaoping received the delegation.",
    "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مثمرة، والتقى رئيس الوزراء الصيني لي كه تشيانغ.",
    "Chinese Premier Li Keqiang met Russian Prime Minister Medvedev.",
])
def test_titles_held_or_not_given_are_quiet(s):
    assert run(s) == []


def test_the_reference_file_is_validated(tmp_path):
    ref = load_offices()
    assert {o.id for o in ref.offices} >= {"president-russia", "president-china", "general-secretary-cpsu"}
    bad = tmp_path / "offices.yml"
    bad.write_text("persons: []\noffices:\n  - {id: x, titles: {en: [X]}, holders: [], source: nope}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="source"):
        load_offices(bad)
    bad.write_text("persons: [{id: p, names: {en: [P]}}]\noffices:\n  - {id: x, titles: {en: [X]}, source: wp-president-of-russia,"
                   " holders: [{person: q, start: '2000-01-01', end: ongoing}]}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="unknown person"):
        load_offices(bad)


# --------------------------------------------------------------------------- a title before its office existed


def run_before(s: str):
    facts = Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))], load_reference())
    fs = REGISTRY["external-office-before"].func(facts)
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,person", [
    ("وقاد الجناح الآخر \"ماو تسي تونغ\" رئيس جمهورية الصين الشعبية الذي رفض طلب الحلفاء عام 1938.", "mao"),
    ("In 1937 Chinese President Mao Zedong refused to send his troops north.", "mao"),
    ("وفي عام 1989 زار الرئيس الروسي بوريس يلتسين الولايات المتحدة.", "yeltsin"),
    ("Russian President Yeltsin toured the United States in September 1989.", "yeltsin"),
])
def test_a_title_before_its_office_existed(s, person):
    fs = run_before(s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].scope, fs[0].evidence["person"]) == ("external-office-before", "external", person)


@pytest.mark.parametrize("s", [
    "وفي عام 1956 استقبل \"ماو تسي تونغ\" رئيس جمهورية الصين الشعبية وفداً سوفيتياً.",
    "Chinese President Mao Zedong received a Soviet delegation in 1957.",
    "In 1996 Russian President Yeltsin visited Beijing.",
    # a title of the person's later office for an earlier time: the usual retrospective title
    "زار الرئيس الصيني شي جين بينغ موسكو عام 2010 حين كان نائباً للرئيس.",
    "Russian President Putin worked in Dresden in the 1980s.",  # a decade is not a point in time
    "استقبل بوتين الرئيس الصيني عام 1940.",  # no name after the title, an unquoted name before it
])
def test_titles_within_the_office_life_are_quiet(s):
    assert run_before(s) == []
