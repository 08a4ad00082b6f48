"""arithmetic-change-then and arithmetic-multiple: synthetic sentences written for the rules (the
real pipeline extracts the figures), positive and negative, Arabic and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(name: str, s: str):
    return REGISTRY[name].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


THEN_WRONG = [
    "كان إنتاج القمح 800 طن في الموسم الأول، ثم ارتفع في الموسم الثاني إلى 1,000 طن، أي بزيادة 40%.",
    "بلغ عدد المسافرين 250 ألف مسافر في الربع الأول، ثم تراجع بعد الإغلاق إلى 200 ألف مسافر، أي بنسبة 25%.",
    "The reservoir held 400 million cubic metres in spring, then fell in the drought to 300 million cubic metres, a drop of 33%.",
]
THEN_RIGHT = [
    "كان إنتاج القمح 800 طن في الموسم الأول، ثم ارتفع في الموسم الثاني إلى 1,000 طن، أي بزيادة 25%.",
    "بلغ عدد المسافرين 250 ألف مسافر في الربع الأول، ثم تراجع بعد الإغلاق إلى 200 ألف مسافر، أي بنسبة 20%.",
    "The reservoir held 400 million cubic metres in spring, then fell in the drought to 300 million cubic metres, a drop of 25%.",
    # two quantities with no «ثم» between them: the rate may be about anything
    "بلغت الصادرات 800 مليون دولار، وارتفعت الواردات إلى 1,000 مليون دولار، أي بزيادة 10% عن العام السابق.",
    # the figure before «ثم» measures something else
    "كان عدد العمال 800 عامل، ثم ارتفع الإنتاج إلى 1,000 طن، أي بزيادة 40%.",
]


@pytest.mark.parametrize("s", THEN_WRONG)
def test_a_rate_after_then_to_that_the_start_does_not_give(s):
    fs = run("arithmetic-change-then", s)
    assert [f.kind for f in fs] == ["arithmetic-growth"], s


@pytest.mark.parametrize("s", THEN_RIGHT)
def test_a_rate_after_then_to_that_fits_or_has_no_start_is_quiet(s):
    assert run("arithmetic-change-then", s) == []


MULT_WRONG = [
    "ارتفع عدد المشتركين من 2,500 مشترك عام 2015 إلى 10,000 مشترك عام 2020، أي ثلاثة أضعاف.",
    "تضاعف عدد المدارس ثلاث مرات من 40 مدرسة إلى 200 مدرسة.",
]
MULT_RIGHT = [
    "ارتفع عدد المشتركين من 2,500 مشترك عام 2015 إلى 10,000 مشترك عام 2020، أي أربعة أضعاف.",
    "تضاعف عدد المدارس خمس مرات من 40 مدرسة إلى 200 مدرسة.",
    "ارتفع عدد المشتركين من 2,500 مشترك إلى 7,600 مشترك، أي ثلاثة أضعاف تقريباً.",  # 3.04
    # «زاد بمقدار N أضعاف»: N + 1 times is a reading too
    "زاد عدد المشتركين من 2,500 مشترك إلى 10,000 مشترك، أي بمقدار ثلاثة أضعاف.",
    # a multiple of something else, far from the pair
    "ارتفع عدد المشتركين من 2,500 مشترك إلى 10,000 مشترك، وزاد عدد الفروع في المدة نفسها ثلاثة أضعاف.",
]


@pytest.mark.parametrize("s", MULT_WRONG)
def test_a_multiple_that_the_two_figures_do_not_give(s):
    fs = run("arithmetic-multiple", s)
    assert [f.kind for f in fs] == ["arithmetic-growth"], s


@pytest.mark.parametrize("s", MULT_RIGHT)
def test_a_multiple_that_fits_or_belongs_elsewhere_is_quiet(s):
    assert run("arithmetic-multiple", s) == []


@pytest.mark.parametrize("s, n", [
    ("ورفعت الهيئة إيراداتها من 5 مليارات دولار عام 2020 إلى 8 مليارات دولار عام 2022، أي بزيادة 60%. ثم تراجعت "
     "الإيرادات في عام 2023 إلى نحو 6 مليارات دولار، أي بتراجع نسبته 40% تقريباً عن عام 2022.", 1),
    ("ورفعت الهيئة إيراداتها من 5 مليارات دولار عام 2020 إلى 8 مليارات دولار عام 2022، أي بزيادة 60%. ثم تراجعت "
     "الإيرادات في عام 2023 إلى نحو 6 مليارات دولار، أي بتراجع نسبته 25% تقريباً عن عام 2022.", 0),
    # no figure of that year in the text: nothing to compare with
    ("ورفعت الهيئة إيراداتها من 5 مليارات دولار عام 2020 إلى 8 مليارات دولار عام 2021. ثم تراجعت "
     "الإيرادات في عام 2023 إلى نحو 6 مليارات دولار، أي بتراجع نسبته 40% تقريباً عن عام 2022.", 0),
])
def test_a_rate_against_a_named_year(s, n):
    assert len(run("arithmetic-change-then", s)) == n
