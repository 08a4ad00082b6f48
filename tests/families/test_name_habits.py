"""A name written with a letter the text otherwise writes another way, generated:
- hamza: «أوباما» … «اوباما» in a text that writes its common words with hamza («أن»، «إلى»، «أي»);
  quiet in a text that writes them bare («ان»، «الى»): that text has no habit the name breaks;
- a final «ى» for «ي»: «الشامسي» … «الشامسى» in a text that dots «في»/«الذي»; quiet where it writes «فى»;
- a Persian letter for the Arabic one: «بوتين» … «پوتين»، «كرماني» … «کرماني» in any text, name or not;
and the positions that introduce the names: a title and an adjective («المسؤول الروسي أندريه سوكولوف»),
a full name followed by «ونظيره» (his counterpart is another person), the topic particle «أما».
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks.namespell import name_spelling
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

HAMZA_BODY = ("وأكد الخبراء أن المعاهدة أدت إلى خفض الرؤوس، وأن أي تمديد يحتاج إلى موافقة أكثر من جهة. "
              "وأشار التقرير إلى أن أول جولة انتهت، وأن الطرفين أيضاً اتفقا على إطار جديد.")
BARE_BODY = ("واكد الخبراء ان المعاهدة ادت الى خفض الرؤوس، وان اي تمديد يحتاج الى موافقة اكثر من جهة. "
             "واشار التقرير الى ان اول جولة انتهت، وان الطرفين ايضا اتفقا على اطار جديد.")


def found(text: str) -> list:
    return name_spelling(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def _hows(text: str) -> list:
    return [f.evidence.get("how") for f in found(text)]


NAMES = [("باراك", "أوباما", "اوباما"), ("أحمد", "الأنصاري", "الانصاري"), ("إيمان", "الأيوبي", "الايوبي")]


@pytest.mark.parametrize("given,name,bare", NAMES)
def test_hamza_dropped_in_a_text_that_writes_hamza(given, name, bare):
    intro = f"وقّع الاتفاق الرئيس الأميركي {given} {name} في براغ. "
    right = intro + HAMZA_BODY + f" وكان {name}، المولود عام 1961، حاضراً."
    wrong = intro + HAMZA_BODY + f" وكان {bare}، المولود عام 1961، حاضراً."
    assert _hows(right) == []
    assert _hows(wrong) == ["hamza"]


@pytest.mark.parametrize("given,name,bare", NAMES)
def test_no_hamza_habit_no_finding(given, name, bare):
    text = f"وقّع الاتفاق الرئيس الأميركي {given} {name} في براغ. " + BARE_BODY + f" وكان {bare}، المولود عام 1961، حاضراً."
    assert _hows(text) == []


@pytest.mark.parametrize("surname", ["الشامسي", "العلمي", "الكعبي"])
def test_final_ya(surname):
    undotted = surname[:-1] + "ى"
    dotted_text = (f"ويرى الاقتصادي الإماراتي عمر {surname} أن السوق في تحسن، وأن الاتفاق الذي وقع في أبوظبي مهم، "
                   f"والتي تليها جولة في الرياض. ويقول {undotted} إن العملة الموحدة بعيدة.")
    assert _hows(dotted_text) == ["ya"]
    assert _hows(dotted_text.replace(undotted, surname)) == []
    egyptian = dotted_text.replace(" في ", " فى ").replace("الذي", "الذى").replace("والتي", "والتى")
    assert _hows(egyptian) == []


@pytest.mark.parametrize("right,persian", [("بوتين", "پوتين"), ("كرماني", "کرماني"), ("فيينا", "ڤيينا")])
def test_a_persian_letter(right, persian):
    text = f"وقال {right} إن الخط أولوية. ثم اقترح {persian} في سبتمبر تمديداً لعام واحد."
    assert _hows(text) == ["script"]
    assert _hows(text.replace(persian, right)) == []


def test_counterpart_is_not_a_surname():
    text = (f"وقّعها الرئيس الأميركي باراك أوباما ونظيره الروسي دميتري ميدفيديف. " + HAMZA_BODY +
            " وكان اوباما في براغ.")
    assert _hows(text) == ["hamza"]


@pytest.mark.parametrize("title", ["المسؤول الروسي", "الدبلوماسي", "الصحافي اللبناني"])
def test_new_titles_introduce_a_name(title):
    text = f"وقال {title} أندريه سوكولوف إن الخط جاهز. وأوضح سكولوف أن القرض طويل الأجل."
    assert len(found(text)) == 1
    assert len(found(text.replace("سكولوف", "سوكولوف"))) == 0


def test_topic_particle():
    text = ("وقّع الميثاق رئيس الوزراء التركي عدنان مندريس (1899-1961). "
            "أما مندرس، الذي وقّع الميثاق، فقد أُطيح به في انقلاب عام 1960.")
    assert len(found(text)) == 1
    assert found(text.replace("مندرس،", "مندريس،")) == []
