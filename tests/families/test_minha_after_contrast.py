"""Family of constructions: «منها» in a clause contrasted with the one before it is no partitive.

Grammar: ``NOUN1 بلغ A UNIT، (في حين|بينما|فيما) بلغ NOUN2 منها B UNIT[، أي P% من NOUN3]`` — after a
contrast connector the second clause is parallel to the first: «الواردات منها» is "the imports from
it" (the complement of NOUN2), not "of which". B is no part of A, and a share P that follows is a
share of NOUN3 (often the two together: P = 100 B / (A + B)), not of A. Without the connector,
«A UNIT، منها B» is a whole and its part: a part larger than its whole, or a share that the two
figures do not give, is still found.

Cases are generated from a seed: varied nouns, units, connectors, magnitudes, Western and Eastern digits.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, findings

SEED = 7
PAIRS = [("الصادرات إلى الصين", "الواردات منها", "التبادل التجاري"),
         ("صادرات النفط إلى الهند", "وارداتها منها", "إجمالي التبادل"),
         ("عدد السياح القادمين من روسيا", "عدد المغادرين إليها منها", "حركة السفر بين البلدين"),
         ("الاستثمارات الخليجية في مصر", "الاستثمارات المصرية منها", "مجموع الاستثمارات المتبادلة")]
UNITS = ["مليار دولار", "مليون يورو", "مليار درهم", "ألف طن"]
CONNECTORS = ["في حين بلغت", "بينما بلغت", "فيما بلغت"]
ARITH = {"arithmetic-magnitude", "arithmetic-share-whole", "arithmetic-share"}


def cases(n: int = 18) -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(n):
        one, two, total = PAIRS[i % len(PAIRS)]
        unit = UNITS[i % len(UNITS)]
        a = rng.randint(8, 40)
        b = a + rng.randint(3, 25)
        p = round(100 * b / (a + b), 1)
        s = (f"وأوضح الوزير أن {one} بلغت {a} {unit}، {CONNECTORS[i % 3]} {two} {b} {unit}، "
             f"أي {p} في المئة من {total}، بحسب البيانات الرسمية.")
        bad = f"وأوضح الوزير أن {one} بلغت {a} {unit}، منها {b} {unit} عبر الموانئ البحرية."
        if i % 3 == 2:
            s, bad = s.translate(EAST), bad.translate(EAST)
        out.append((s, bad))
    return out


@pytest.mark.parametrize("s, bad", cases())
def test_a_parallel_clause_with_minha_is_no_part_of_the_first(s, bad):
    got = [f for f in findings(s) if f.kind in ARITH]
    assert not got, [f.message for f in got]


@pytest.mark.parametrize("s, bad", cases()[:9])
def test_a_true_partitive_larger_than_its_whole_is_still_found(s, bad):
    assert "arithmetic-magnitude" in {f.kind for f in findings(bad)}
