"""arithmetic-series: one part after «منهم» above its whole, a list restated by «أي T», and an
ordinal series against the whole stated before it (synthetic sentences written for the rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["arithmetic-series"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


WRONG = [
    # one part after «منهم» larger than its whole
    "وحضر الندوة 350 مشاركاً، منهم 420 من طلاب الجامعة.",
    # a list restated by «أي T»
    "فاز بالبطولة ثلاثة أندية: الفجر (8 ألقاب)، والنهضة (6 ألقاب)، والرمال (4 ألقاب)، أي 20 لقباً في 18 موسماً.",
    "وتبرعت البلديات بـ 40 حافلة و25 حافلة و15 حافلة، أي 90 حافلة.",
    # an ordinal series against the whole stated before it
    "بلغت كلفة المشروع 500 مليون دينار. وتبلغ كلفة المرحلة الأولى 200 مليون دينار، والثانية 150 مليوناً، والثالثة 100 مليون.",
    "بلغت إيرادات الشركة 5 مليارات درهم في 2024. وسجل الربع الأول 1.1 مليار درهم، والربع الثاني 1.4 مليار، "
    "والربع الثالث 1.6 مليار، والربع الرابع 1.8 مليار درهم.",
]
RIGHT = [
    "وحضر الندوة 350 مشاركاً، منهم 220 من طلاب الجامعة.",
    # «منهم» after a figure of another noun
    "وحضر الندوة 35 وفداً، منهم 120 طالباً.",
    "فاز بالبطولة ثلاثة أندية: الفجر (8 ألقاب)، والنهضة (6 ألقاب)، والرمال (4 ألقاب)، أي 18 لقباً في 18 موسماً.",
    "وتبرعت البلديات بـ 40 حافلة و25 حافلة و15 حافلة، أي 80 حافلة.",
    # a range and a «respectively» pair are no parts
    "ويتراوح عدد الحافلات بين 40 حافلة و60 حافلة، أي 50 حافلة في المتوسط.",
    "بلغت كلفة المشروع 450 مليون دينار. وتبلغ كلفة المرحلة الأولى 200 مليون دينار، والثانية 150 مليوناً، والثالثة 100 مليون.",
    "بلغت إيرادات الشركة 5.9 مليار درهم في 2024. وسجل الربع الأول 1.1 مليار درهم، والربع الثاني 1.4 مليار، "
    "والربع الثالث 1.6 مليار، والربع الرابع 1.8 مليار درهم.",
    # only two of the quarters: no whole to check
    "بلغت إيرادات الشركة 5 مليارات درهم في 2024. وسجل الربع الأول 1.1 مليار درهم، والربع الثاني 1.4 مليار.",
    # a whole of another time is no whole
    "بلغت كلفة المشروع 500 مليون دينار، مقابل 520 مليون دينار في الخطة. وتبلغ كلفة المرحلة الأولى 20 مليون دينار، "
    "والثانية 15 مليوناً، والثالثة 10 ملايين.",
]


@pytest.mark.parametrize("s", WRONG)
def test_parts_that_miss_their_whole(s):
    assert len(run(s)) == 1, s


@pytest.mark.parametrize("s", RIGHT)
def test_parts_that_fit_or_have_no_whole_are_quiet(s):
    assert run(s) == [], s
