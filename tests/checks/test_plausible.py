"""arithmetic-implausible (checks/plausible.py): a population larger than its kind of place can
hold. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from tahqiq.checks.plausible import arithmetic_implausible
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def run(s: str):
    return arithmetic_implausible(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s", [
    "الرملة قرية زراعية في سفح الجبل، يبلغ عدد سكانها 4 ملايين نسمة ويعمل معظمهم في الزيتون.",
    "وادي السدر بلدة صغيرة على الطريق الساحلي يقطنها نحو 12 مليون نسمة.",
    "يبلغ عدد سكان الكوكب 11 مليار نسمة بحسب التقرير.",
    "Al-Nahr is a small town on the river; its population is 3 million inhabitants.",
])
def test_implausible_population(s):
    fs = run(s)
    assert len(fs) == 1, s
    assert fs[0].kind == "arithmetic-magnitude"
    assert "{" not in arabic(fs[0].kind, fs[0].evidence, [sp.text for sp in fs[0].spans])


@pytest.mark.parametrize("s", [
    "الرملة قرية زراعية في سفح الجبل، يبلغ عدد سكانها 4 آلاف نسمة ويعمل معظمهم في الزيتون.",
    "وادي السدر بلدة صغيرة على الطريق الساحلي يقطنها نحو 12 ألف نسمة.",
    "يبلغ عدد سكان الكوكب 8 مليارات نسمة بحسب التقرير.",
    # a larger place nearer the population than the village
    "تقع القرية في شمال البلاد التي يبلغ عدد سكانها 30 مليون نسمة.",
    "تقع القرية في شمال المحافظة، ويبلغ عدد سكانها 3 ملايين نسمة.",
    # a city may be large
    "القاهرة مدينة كبيرة يبلغ عدد سكانها 21 مليون نسمة.",
])
def test_plausible_population(s):
    assert run(s) == [], s


def test_the_subject_not_the_nearest_city():
    s = "الرملة مدينة صغيرة تقع على بعد 30 كيلومتراً من مدينة حمص، ويبلغ عدد سكانها 9 ملايين نسمة."
    assert len(run(s)) == 1
    s2 = "تقع الرملة الصغيرة قرب مدينة حمص التي يبلغ عدد سكانها مليون نسمة."
    assert run(s2) == []
