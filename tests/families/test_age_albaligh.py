"""Family of constructions: ages written «والبالغ N عاماً», with the birth before or after, and the
age «يومها» at an event whose sentence carries an author-year reference.

Grammar (read by ``age-mismatch``, checks/ages.py):
- «فلان، المولود عام Y والبالغ N عاماً، …» and «فلانة، البالغة N عاماً والمولودة عام Y، …»: an age in
  the present («البالغ» with its unit, no «من العمر»), against the year of the text (its dateline);
- «وقّعه فلان، المولود عام Y، وكان يومها في الثانية والخمسين»: the age at the event of the sentence
  before, whose author-year reference («(Henderson & Mitrova, 2020: 7)») is a source's year, not the
  event's.
Not faults: the right age (or one less: the birthday not yet reached); an amount after «البالغة»
(«البالغة 1300 مليار دولار»); an average age («متوسط عمرها 30 عاماً») of a fleet after a person's birth.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DATELINE = "الكويت، 8 ديسمبر 2024 (وكالة الأنباء) – "
PEOPLE = ["الرميثي", "سيربوا", "حسينوف", "الزعبي"]
FORMS = [
    "وأضاف {p}، المولود عام {y} والبالغ {a} عاماً، أن التجارة نمت.",
    "وقالت {p}، البالغة {a} عاماً والمولودة عام {y}، إن الأرقام متواضعة.",
    "ويقول {p}، المولود عام {y} والبالغ من العمر {a} عاماً، إن المشكلة في السفن.",
]


def cases():
    out = []
    for i, form in enumerate(FORMS):
        for j, (y, a) in enumerate([(1965, 59), (1977, 47), (1974, 50)]):
            for east in (False, True):
                p = PEOPLE[(i + j) % len(PEOPLE)]
                right = DATELINE + form.format(p=p, y=y, a=a)
                wrong = DATELINE + form.format(p=p, y=y, a=a + 4)
                if east:
                    right, wrong = right.translate(EAST), wrong.translate(EAST)
                out.append((f"{i}-{y}-{'east' if east else 'west'}", right, wrong))
    sig = ("فعقد الغاز وُقّع في شنغهاي يوم الأربعاء 21 مايو 2014 بعد مفاوضات استمرت عشر سنوات "
           "(Henderson & Mitrova, 2020: 7)، بقيمة 400 مليار دولار. ووقّعه عن الجانب الروسي رئيس الشركة، "
           "المولود عام 1962، وكان يومها في {a}.")
    out.append(("then-cited", sig.format(a="الثانية والخمسين"), sig.format(a="الخامسة والخمسين")))
    return out


CASES = cases()


def found(s: str) -> list:
    return age_mismatch(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_right_age_is_quiet_and_a_wrong_one_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


@pytest.mark.parametrize("s", [
    DATELINE + "وقالت الوزيرة، المولودة عام 1977، إن التجارة البالغة 1300 مليار دولار تنمو.",
    DATELINE + "ويقول نائب المدير، المولود عام 1974 والبالغ 50 عاماً، إن أسطول العبارات لا يتجاوز 52 سفينة، متوسط عمرها 30 عاماً.",
])
def test_amounts_and_average_ages_are_quiet(s):
    assert found(s) == []
