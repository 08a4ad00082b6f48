"""A date ordered against a death or birth the text gives as a lifetime in brackets (``life-order``).

Grammar: «<name> (b-d)» earlier in the text; later «… عام Y، قبل/بعد وفاته|رحيله|ميلاده [بـ<lapse>]»
(«بعام»، «بعامين»، «بثلاث سنوات»). Faulty: Y on the wrong side of d (or b), or the lapse more than a
year off. Correct: Y on the right side with the lapse met. Distractors: no lifetime in the text;
a spell of office in brackets («حكمه (1952-1999)») is no lifetime.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import run
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
KIND = "order-word-contradiction"
PEOPLE = [("الأب يوسف عون", 1921, 2003, "ه"), ("الدكتورة سلمى الخوري", 1930, 2011, "ها"),
          ("الشيخ أحمد الحارثي", 1905, 1978, "ه")]
LAPSES = [(1, "بعام"), (2, "بعامين"), (3, "بثلاث سنوات")]


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return [f for f in run(Facts([text_facts(doc)])) if f.kind == KIND]


def cases():
    for name, b, d, pr in PEOPLE:
        head = f"أسس الجامعة {name} ({b}-{d})، بثلاث كليات.\n\n"
        for n, lapse in LAPSES:
            for east in (False, True):
                f = (lambda s: s.translate(EAST)) if east else (lambda s: s)
                right = head + f"وظل رئيساً لها حتى استقالته عام {d - n}، قبل وفات{pr} {lapse}."
                wrong_side = head + f"وظل رئيساً لها حتى استقالته عام {d - n}، بعد وفات{pr} {lapse}."
                wrong_lapse = head + f"وظل رئيساً لها حتى استقالته عام {d - n - 3}، قبل وفات{pr} {lapse}."
                yield f"{b}-{n}-{int(east)}", f(right), f(wrong_side), f(wrong_lapse)
        birth_ok = head + f"ونُشرت سيرته الأولى عام {b + 40}، بعد ميلاد{pr} بأربعين عاماً."
        birth_bad = head + f"ونُشرت سيرته الأولى عام {b - 5}، بعد ميلاد{pr} بقليل."
        yield f"{b}-birth", birth_ok, birth_bad, None


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong1,wrong2", CASES, ids=[c[0] for c in CASES])
def test_a_date_on_the_right_side_of_a_lifetime_is_quiet(name, right, wrong1, wrong2):
    assert found(right) == []
    assert len(found(wrong1)) == 1
    if wrong2 is not None:
        assert len(found(wrong2)) == 1


@pytest.mark.parametrize("text", [
    "وظل رئيساً لها حتى استقالته عام 2002، بعد وفاته بعام.",  # no lifetime: the death is not dated
    "وفي عهد حكمه (1952-1999) شُيّد الجسر.\n\nوافتُتح المعرض عام 2005، بعد وفاته بعامين.",
])
def test_distractors_are_quiet(text):
    assert found(text) == []
