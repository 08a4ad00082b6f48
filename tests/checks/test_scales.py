"""arithmetic-scale-slip (checks/scales.py): an amount a thousand times the sum of the list of its
parts. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from tahqiq.checks.scales import arithmetic_scale_slip
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def run(s: str):
    return arithmetic_scale_slip(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s", [
    "رصدت البلدية 60 مليار درهم لتجديد الشبكة. وخُصص للمياه 25 مليون درهم، وللكهرباء 20 مليوناً، وللطرق 15 مليوناً.",
    "وقدمت الجهات المانحة 7 ملايين دولار، منها 4 آلاف دولار من الاتحاد الأوروبي و3 آلاف دولار من البنك الدولي.",
    "بلغت الميزانية 2 مليون يورو، يتقاسمها الشريكان بنسبة 60% و40%، أي 1.2 مليار يورو و800 مليون يورو.",
    "The fund raised $5 billion: $3 million from banks and $2 million from charities.",
])
def test_scale_slip(s):
    fs = run(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "arithmetic-magnitude"
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert "{" not in ar


@pytest.mark.parametrize("s", [
    "رصدت البلدية 60 مليون درهم لتجديد الشبكة. وخُصص للمياه 25 مليون درهم، وللكهرباء 20 مليوناً، وللطرق 15 مليوناً.",
    "وقدمت الجهات المانحة 7 آلاف دولار، منها 4 آلاف دولار من الاتحاد الأوروبي و3 آلاف دولار من البنك الدولي.",
    # the sum exists as printed too: the larger amount is something else
    "بلغ الناتج 5 مليارات دولار، وبلغت المنح 5 ملايين دولار: 3 ملايين دولار من المصارف و2 مليون دولار من الجمعيات.",
    # different currencies, or counts of different things
    "رصدت البلدية 60 مليار درهم. وخُصص للمياه 25 مليون دولار، وللكهرباء 20 مليون دولار، وللطرق 15 مليون دولار.",
    "يعمل في القطاع 9 آلاف عامل، ويضم 5 مصانع و4 مصانع أخرى قيد الإنشاء.",
    # a sum off by a factor that is not a power of a thousand
    "رصدت البلدية 600 مليون درهم. وخُصص للمياه 25 مليون درهم، وللكهرباء 20 مليوناً، وللطرق 15 مليوناً.",
])
def test_no_slip(s):
    assert run(s) == [], s
