"""arithmetic-share-elsewhere: a share whose whole (or part) is stated earlier in the text
(synthetic sentences written for the rule, extracted by the real pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.arithmetic import Fig
from tahqiq.checks.shareforms import point_agrees
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["arithmetic-share-elsewhere"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


WRONG = [
    # «V، أي P%»: the whole stated before
    "شملت الدراسة 500 أسرة في ثلاث قرى. وقالت 300 أسرة، أي 70%، إن الجفاف كان السبب.",
    "استجوبت اللجنة 250 شاهداً. وأكد 90 شاهداً، أي 45%، روايته الأولى.",
    # a share of the whole in its sentence, the part stated before
    "باعت الشركة 1.2 مليار لتر، منها 800 مليون لتر في الداخل. ويقدر حجم السوق المحلي بنحو 4 مليارات لتر، "
    "ما يعني أن حصة الشركة منه تبلغ 35%.",
    "أنتجت المحطة 150 ألف متر مكعب يومياً. وتغطي المحطة نحو 40% من الطلب اليومي للمدينة، البالغ 500 ألف متر مكعب.",
    # the whole is the nearest amount of the share's clause, not one set against it («في حين»)
    "باعت الشركة 1.2 مليار لتر، منها 800 مليون لتر في الداخل. ويقدر حجم السوق المحلي بنحو 4 مليارات لتر، "
    "ما يعني أن حصة الشركة منه تبلغ 35%، في حين يبلغ الاستهلاك العالمي 600 مليار لتر.",
]
RIGHT = [
    "شملت الدراسة 500 أسرة في ثلاث قرى. وقالت 300 أسرة، أي 60%، إن الجفاف كان السبب.",
    "استجوبت اللجنة 250 شاهداً. وأكد 90 شاهداً، أي 36%، روايته الأولى.",
    "باعت الشركة 1.2 مليار لتر، منها 800 مليون لتر في الداخل. ويقدر حجم السوق المحلي بنحو 4 مليارات لتر، "
    "ما يعني أن حصة الشركة منه تبلغ 20%.",
    "أنتجت المحطة 150 ألف متر مكعب يومياً. وتغطي المحطة نحو 30% من الطلب اليومي للمدينة، البالغ 500 ألف متر مكعب.",
    # the whole never stated: no candidate near the implied whole
    "شملت الدراسة 20 قرية. وقالت 300 أسرة، أي 70%، إن الجفاف كان السبب.",
    "وقالت 300 أسرة، أي 70%، إن الجفاف كان السبب، من أصل 12 أسرة زارها الباحث أول مرة.",
    # a rise is no share
    "بلغت الصادرات 5 مليارات دولار. وارتفعت حصة النفط منها بنسبة 40% عن العام الماضي، وبلغت الواردات 9 مليارات دولار.",
    # a part of no stated size: the share is left alone
    "ويقدر حجم السوق المحلي بنحو 4 مليارات لتر، ما يعني أن حصة الشركة منه تبلغ 35%.",
]


@pytest.mark.parametrize("s", WRONG)
def test_a_share_no_stated_figure_gives(s):
    fs = run(s)
    assert [f.kind for f in fs] == ["arithmetic-share-whole"], s


@pytest.mark.parametrize("s", RIGHT)
def test_a_share_that_a_figure_gives_or_that_has_no_candidate_is_quiet(s):
    assert run(s) == [], s


def _fig(v, lo=None, hi=None, kind="count"):
    return Fig({"text": str(v)}, 0, 0, v, v if lo is None else lo, v if hi is None else hi, kind, "")


def test_point_agrees_is_a_point_or_a_twentieth():
    assert point_agrees(_fig(9000), _fig(42000), _fig(21, 20.5, 21.5, "percent"))
    assert not point_agrees(_fig(9000), _fig(42000), _fig(25, 24.5, 25.5, "percent"))  # 21.4% printed
    assert point_agrees(_fig(600), _fig(1000), _fig(62, 61.5, 62.5, "percent"))  # 60%: within 62 x 1/20
    assert not point_agrees(_fig(600), _fig(1000), _fig(65, 64.5, 65.5, "percent"))


# pairs of a part and its share read at the values they print (shares._point_misfit)
from tahqiq.checks import shares  # noqa: E402


def run_pairs(s: str):
    return shares.arithmetic_share_whole(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("s, n", [
    ("وتوزعت الإيرادات على ثلاثة مصادر: الإعلانات 12 مليون دينار (65%)، والاشتراكات 6 ملايين دينار (30%)، "
     "والتبرعات 2 مليون دينار (10%).", 1),
    ("وتوزعت الإيرادات على ثلاثة مصادر: الإعلانات 12 مليون دينار (60%)، والاشتراكات 6 ملايين دينار (30%)، "
     "والتبرعات 2 مليون دينار (10%).", 0),
    ("وتوزعت الإيرادات على ثلاثة مصادر: الإعلانات 12 مليون دينار (60%)، والاشتراكات 5 ملايين دينار (30%)، "
     "والتبرعات 2 مليون دينار (10%).", 1),
    # within a twentieth: 62% of 20 is 12.4
    ("وتوزعت الإيرادات على ثلاثة مصادر: الإعلانات 12 مليون دينار (62%)، والاشتراكات 6 ملايين دينار (30%)، "
     "والتبرعات 2 مليون دينار (10%).", 0),
])
def test_pairs_read_at_their_printed_values(s, n):
    assert len(run_pairs(s)) == n


@pytest.mark.parametrize("s, n", [
    # «V من الـN، أي P%»: the whole a number with the article
    ("وتظهر البيانات أن 90 طالباً فقط من الطلاب الـ300، أي 25%، أكملوا البرنامج.", 1),
    ("وتظهر البيانات أن 90 طالباً فقط من الطلاب الـ300، أي 30%، أكملوا البرنامج.", 0),
    ("وتظهر البيانات أن 90 طالباً من الطلاب الـ1,200، أي 7.5%، أكملوا البرنامج.", 0),
])
def test_a_share_of_a_number_with_the_article(s, n):
    assert len(run(s)) == n


@pytest.mark.parametrize("s, n", [
    # «منهم V، أي ما يزيد على P%»: the printed part and whole give 21.4%
    ("استقبل المركزان نحو 42 ألف مريض، منهم 9 آلاف من الجنوب، أي ما يزيد قليلاً على 25%.", 1),
    ("استقبل المركزان نحو 42 ألف مريض، منهم 9 آلاف من الجنوب، أي ما يزيد قليلاً على 21%.", 0),
    ("استقبل المركزان 42 ألف مريض، منهم 9 آلاف من الجنوب، أي نحو 22%.", 0),
])
def test_a_part_after_minhum_read_at_its_printed_values(s, n):
    assert len(run_pairs(s)) == n
