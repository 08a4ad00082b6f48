"""Family of constructions: a gap of years between two dates that both name their month.

Grammar (``stated-gap``, checks/gaps.py): «صار نافذاً في 29 يناير 2025، أي بعد عام واحد» (after «28 يناير 2024»): when both
dates name their month, the gap is known to the month, so a writer's rounding is half a year, not a
whole one; a count one year off is a fault. Between two bare years («بعد 2024 … عام 2029، أي بعد خمس
سنوات») the ends may be counted either way and one year of slack remains. A gap may open a clause after a
comma, counted from the last date before it («في 1 يناير 2003، وبعد خمس سنوات أُطلقت … في 1 يناير
2008»); «وبعد عشر سنوات من الإهمال» counts from something else and is left alone.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.gaps import stated_gap
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WORDS = {1: "عام واحد", 2: "عامين", 3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات", 6: "ست سنوات", 7: "سبع سنوات"}
FORMS = [
    "أُطلق الاتحاد الجمركي في 1 يناير {a}، وبعد {w} أُطلقت السوق المشتركة في 1 يناير {b}.",
    "أعلنت الدول انسحابها في 28 يناير {a}، وهو انسحاب صار نافذاً في 29 يناير {b}، أي بعد {w}.",
    "افتُتح الخط الأول في مارس {a}، ثم افتُتح الخط الثاني في أبريل {b}، أي بعد {w}.",
]


def cases():
    out = []
    for i, form in enumerate(FORMS):
        for a, n in ((2003, 5), (2018, 2), (2010, 4), (2024, 1)):
            for east in (False, True):
                right = form.format(a=a, b=a + n, w=WORDS[n])
                wrong = form.format(a=a, b=a + n, w=WORDS[n + 1])
                if east:
                    right, wrong = right.translate(EAST), wrong.translate(EAST)
                out.append((f"{i}-{a}-{n}-{'east' if east else 'west'}", right, wrong))
    return out


CASES = cases()


def found(s: str) -> list:
    return [f for f in stated_gap(Facts([text_facts(from_string(s, "plain"))])) if f.kind == "duration-mismatch"]


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_gap_one_year_off_between_dated_months_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


@pytest.mark.parametrize("s", [
    "فإذا حافظ الممر على نموه بعد 2024، فسيبلغ 11 مليون طن في عام 2029، أي بعد ست سنوات.",
    "افتُتح الخط الأول في مارس 2010، ثم افتُتح الخط الثاني في سبتمبر 2014، أي بعد خمس سنوات.",
    "تأسس المجلس في مايو 1981، وبعد عشر سنوات من الإهمال عاد إلى العمل في يناير 2003.",
])
def test_bare_years_and_half_years_keep_their_slack(s):
    assert found(s) == []
