"""arithmetic-parts: synthetic sentences (extracted by the real pipeline), positive and negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import parts
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts


def found(raw: str) -> list:
    return parts.arithmetic_parts(Facts([text_facts(Document(path=Path("p.txt"), raw=raw))]))


POSITIVE = [
    # «منها» parts (bare numbers: the whole's own noun left out) exceeding their whole
    "وضم الفريق 40 باحثاً، منهم 25 في الرباط و20 في فاس.",
    "ويعمل في الشركة 3,000 عامل، منهم 1,800 في المناجم و1,400 في النقل.",
    "وبلغت الصادرات 5 مليارات دولار، منها 3.5 مليار دولار من النفط و2.5 مليار دولار من الغاز.",
    # closed by «والباقي»: must sum to the whole
    "وشارك في الاستفتاء 900 ناخب، منهم 500 من المدينة والباقي 300 من الريف.",
    # a distribution against the whole stated before it
    "وبلغ عدد الشكاوى 2,000 شكوى عام 2021. وتوزعت الشكاوى على الكهرباء (900 شكوى) والمياه (700 شكوى) "
    "والطرق (600 شكوى).",
    # English
    "Exports reached $5 billion, of which $3.5 billion came from oil and $2.5 billion from gas.",
]

NEGATIVE = [
    # the same, right
    "وضم الفريق 40 باحثاً، منهم 25 في الرباط و15 في فاس.",
    "وبلغت الصادرات 5 مليارات دولار، منها 3 مليارات دولار من النفط و2 مليار دولار من الغاز.",
    "وشارك في الاستفتاء 900 ناخب، منهم 500 من المدينة والباقي 400 من الريف.",
    "وبلغ عدد الشكاوى 2,000 شكوى عام 2021. وتوزعت الشكاوى على الكهرباء (900 شكوى) والمياه (500 شكوى) "
    "والطرق (600 شكوى).",
    "Exports reached $6 billion, of which $3.5 billion came from oil and $2.5 billion from gas.",
    # a partial list («منهم» with fewer parts than the whole) is no fault
    "وضم الفريق 40 باحثاً، منهم 20 في الرباط و10 في فاس.",
    # subsets of different wholes: a figure with its own «منهم» opens another whole
    "وقُتل 12 شخصاً، منهم ثلاثة أطفال، وأصيب 30 آخرون، منهم 9 نساء.",
    "وقُتل 12 شخصاً، منهم 5 أطفال و4 نساء، وأصيب 30 منهم 20 رجلاً.",
    # «منهم» after a figure of another noun: the whole is the students, not the universities
    "وشمل المسح 1,500 طالب من ست جامعات، منهم 900 طالبة و600 طالب.",
    # the list ends where a new clause starts («قدموا من ثلاث قرى»)
    "ويشارك 120 عارضاً، منهم 85 مزارعاً و35 جمعية، قدموا من ثلاث قرى.",
    # a distribution whose whole the text never states
    "وتوزعت المنح على الطب (50 منحة) والهندسة (30 منحة).",
    # a year is no part
    "وبلغ عدد الزوار 300 زائر، منهم 120 في عام 2019 و100 في عام 2020.",
]


@pytest.mark.parametrize("raw", POSITIVE)
def test_flags_parts_that_do_not_fit_their_whole(raw):
    got = found(raw)
    assert [f.kind for f in got] == ["arithmetic-parts"], raw


@pytest.mark.parametrize("raw", NEGATIVE)
def test_quiet_on_partial_lists_and_other_wholes(raw):
    assert found(raw) == [], [f.message for f in found(raw)]


SHARES = "وتوزعت أصوات الناخبين على ثلاثة مرشحين: الأول (45%) والثاني (35%) والثالث (20%)."


@pytest.mark.parametrize("raw", [
    SHARES.replace("(20%)", "(30%)"),
    "وتوزعت الإيرادات بين النفط بنسبة 60% والغاز بنسبة 30% والزراعة بنسبة 20%.",
])
def test_shares_of_a_distribution_beyond_100(raw):
    assert [f.kind for f in found(raw)] == ["arithmetic-parts"], raw


@pytest.mark.parametrize("raw", [
    SHARES,
    # short of 100 %: a remainder may be left out
    SHARES.replace("(20%)", "(10%)"),
    # examples, not the whole distribution
    "وتوزعت أصوات الناخبين على المرشحين، أبرزهم الأول (65%) والثاني (55%).",
    # rounded shares summing to 101 %
    "وتوزعت الإيرادات بين النفط بنسبة 33.5% والغاز بنسبة 33.5% والزراعة بنسبة 33.5%.",
])
def test_shares_of_a_distribution_quiet(raw):
    assert found(raw) == [], [f.message for f in found(raw)]
