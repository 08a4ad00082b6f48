"""Family of constructions: an age at death in a later paragraph, tied to a lifetime in brackets by the
person's name.

Grammar (``age-mismatch``, checks/ages.py): «تولى الشيخ عبد الله السالم الصباح (1895-1965) الحكم …»
in one paragraph, other people's lifetimes elsewhere («مبارك الصباح (1837-1915)»), and later «وتوفي
عبد الله السالم يوم … 1965 عن سبعين عاماً»: two words of the name before the bracket, standing
together in the age's sentence, tie the age to that lifetime.
Not faults: the right age (or one less); a death sentence naming another person of the text.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

PEOPLE = [("الشيخ عبد الله السالم الصباح", "عبد الله السالم", 1895, 1965, "سبعين", "خمسة وستين"),
          ("الأمير سعود بن فيصل", "سعود بن فيصل", 1901, 1969, "ثمانية وستين", "ستين"),
          ("الشاعر حامد يوسف الخطيب", "يوسف الخطيب", 1920, 1998, "ثمانية وسبعين", "ثمانين")]
OTHER = "وكان جده مبارك الصباح (1837-1915) قد وقّع اتفاقية الحماية."


def cases():
    out = []
    for full, short, b, d, right_age, wrong_age in PEOPLE:
        head = f"{OTHER}\n\nتولى {full} ({b}-{d}) الحكم في عهد صعب.\n\nوفي عام 1964 نُقل الاحتفال إلى فبراير.\n\n"
        tail = "وتوفي {s} يوم الأربعاء 24 نوفمبر {d} عن {a} عاماً، وخلفه أخوه."
        out.append((short, head + tail.format(s=short, d=d, a=right_age), head + tail.format(s=short, d=d, a=wrong_age)))
    return out


CASES = cases()


def found(s: str) -> list:
    return age_mismatch(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_named_lifetime_gives_the_birth(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


def test_another_person_is_no_tie():
    s = (f"{OTHER}\n\nتولى الشيخ عبد الله السالم الصباح (1895-1965) الحكم.\n\n"
         "وتوفي الشيخ أحمد الجابر يوم 31 يناير 1950 عن اثنين وستين عاماً.")
    assert found(s) == []
