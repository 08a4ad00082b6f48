"""age-mismatch (checks/ages.py): an ordinal age without «من عمره» («وهو في السابعة عشرة») and a
birth anniversary in a dated year («في الذكرى التسعين لميلاده»). Synthetic sentences."""

from __future__ import annotations

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def run(s: str):
    return age_mismatch(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s, age", [
    ("وُلدت الرسامة عام 1950 في قرية ساحلية. وأقامت معرضها الأول عام 1975 وهي في الثلاثين.", 30),
    ("ولد المهندس سنة 1942. وسافر إلى باريس عام 1960 وهو في الحادية والعشرين.", 21),
    ("ولد الموسيقي عام 1900. وفي عام 1975، في الذكرى السبعين لميلاده، أقيم له حفل كبير.", 70),
    ("ولدت المغنية عام 1920، وفي عام 2020 احتفلت المدينة بالذكرى الـ90 لميلادها.", 90),
])
def test_wrong_age(s, age):
    fs = run(s)
    assert len(fs) == 1, s
    assert fs[0].evidence["age"] == age
    assert "{" not in arabic(fs[0].kind, fs[0].evidence, [sp.text for sp in fs[0].spans])


@pytest.mark.parametrize("s", [
    "وُلدت الرسامة عام 1950 في قرية ساحلية. وأقامت معرضها الأول عام 1975 وهي في الخامسة والعشرين.",
    "ولد المهندس سنة 1942. وسافر إلى باريس عام 1960 وهو في الثامنة عشرة.",
    "ولد الموسيقي عام 1900. وفي عام 1975، في الذكرى الخامسة والسبعين لميلاده، أقيم له حفل كبير.",
    "ولدت المغنية عام 1920، وفي عام 2020 احتفلت المدينة بالذكرى الـ100 لميلادها.",
    # an hour, not an age
    "ولد المهندس سنة 1942. وغادر المدينة عام 1960 وهو في الثالثة صباحاً.",
    # an anniversary of something else
    "ولد الموسيقي عام 1900. وفي عام 1975، في الذكرى السبعين لتأسيس الفرقة، أقيم حفل كبير.",
])
def test_right_or_other(s):
    assert run(s) == [], s
