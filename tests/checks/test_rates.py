"""A rate restated per another period (synthetic sentences written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["arithmetic-per-period"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("s", [
    "تصدر الجمهورية نحو 2 مليون برميل يومياً، أي ما يعادل 500 مليون برميل سنوياً.",
    "The port ships 2 million barrels per day, or 500 million barrels a year.",
])
def test_a_daily_volume_against_its_yearly_restatement(s):
    fs = run(s)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-rate"


@pytest.mark.parametrize("s", [
    "تصدر الجمهورية 2 مليون برميل يومياً، أي ما يعادل 730 مليون برميل سنوياً.",
    "The port ships 2 million barrels per day, or 730 million barrels a year.",
    "The port shipped 2 million barrels per day in 2020 and 500 million barrels a year by 2030.",  # not a restatement
])
def test_consistent_or_unrelated_rates_are_quiet(s):
    assert run(s) == []


AR_AVG = "بلغ عدد زوار المعرض ٩٦٢ ألف زائر. وقدر المنظمون إنفاق الزوار بنحو ٩١ مليون ريال، أي ما يقارب ٩٥ ريالاً للزائر الواحد."
EN_AVG = "The fair drew 962,000 people, who spent about $91 million, or nearly $95 per person."


def per_head(s: str):
    return REGISTRY["arithmetic-per-head"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("s", [
    AR_AVG.replace("٩٥", "١٩٥"),  # the average changed
    AR_AVG.replace("مليون", "مليار"),  # the total's scale word changed
    EN_AVG.replace("$95", "$195"),
    EN_AVG.replace("$91 million", "$91 billion"),
    AR_AVG.replace("مليون ريال،", "مليون ريال عماني،").replace("٩٥", "١٩٥"),  # a currency's adjective before the comma
    # a round target («مليون زائر»: anything from half a million to 1.5 million) explains no average
    AR_AVG.replace("٩٥", "١٩٥") + " ويأمل المنظمون أن يبلغ عدد الزوار مليون زائر.",
    # «نحو» on the total and on a count does not stretch 222 (91 million / 410 thousand) to 195
    AR_AVG.replace("٩٥", "١٩٥") + " واستقبل المعرض في شهره الأول نحو ٤١٠ آلاف زائر.",
])
def test_an_average_per_head_that_no_count_of_the_heads_gives(s):
    fs = per_head(s)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-rate"


@pytest.mark.parametrize("s", [
    AR_AVG,
    EN_AVG,
    # the average is over a part the text also counts: any count of the noun that gives it is enough
    "زار المعرض ٩٦٢ ألف زائر، منهم ٦٠٠ ألف زائر من الداخل. وأنفق هؤلاء ٩١ مليون ريال، أي نحو ١٥٢ ريالاً للزائر.",
    # no count of the noun in the text: nothing to divide by
    "وقدر المنظمون إنفاق الزوار بنحو ٩١ مليون ريال، أي ما يقارب ٩٥ ريالاً للزائر الواحد.",
    "Visitors spent about $91 million, or nearly $195 per person.",
])
def test_an_average_that_follows_or_has_no_count_is_quiet(s):
    assert per_head(s) == []


# a total closed by a time phrase before its comma, a head noun spelled with «ى»/«ة», and figures with
# no approximator (checked to their printed precision, not to 10 %)
EXACT_AVG = "وشمل البرنامج 250 مزرعة. ووفرت المزارع مجتمعةً 50,000 دينار في السنة، أي 200 دينار للمزرعة الواحدة."
BUILDING_AVG = "وركبت البلدية ألواحاً شمسية على 20 مبنى بقدرة إجمالية تبلغ 400 كيلوواط، أي بمعدل 20 كيلوواط للمبنى الواحد."


@pytest.mark.parametrize("s", [
    EXACT_AVG.replace("200 دينار", "215 دينار"),  # 7.5 % off: beyond the printed precision
    BUILDING_AVG.replace("20 كيلوواط", "25 كيلوواط"),
])
def test_an_exact_average_off_by_less_than_ten_percent_or_after_a_time_phrase(s):
    fs = per_head(s)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-rate", s


@pytest.mark.parametrize("s", [
    EXACT_AVG,
    BUILDING_AVG,
    # «نحو» keeps the 10 % tolerance
    EXACT_AVG.replace("50,000 دينار", "نحو 50,000 دينار").replace("200 دينار", "215 دينار"),
])
def test_an_exact_average_that_follows_is_quiet(s):
    assert per_head(s) == [], [f.message for f in per_head(s)]


NAMED = ("وبلغت مبيعات الشركة 6 ملايين دينار عام 2024. ويعمل فيها 300 موظف، ما يجعل متوسط المبيعات لكل موظف "
         "20 ألف دينار.")


def named(s: str):
    return REGISTRY["arithmetic-average-named"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s))]))


@pytest.mark.parametrize("s", [
    NAMED.replace("20 ألف دينار", "30 ألف دينار"),
    NAMED.replace("20 ألف دينار", "20 مليون دينار"),  # the scale word of the average
])
def test_a_named_average_no_total_and_count_give(s):
    fs = named(s)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-rate", s


@pytest.mark.parametrize("s", [
    NAMED,
    # no total of the named thing in the text: nothing to divide
    "ويعمل في الشركة 300 موظف، ومتوسط الراتب لكل موظف 900 دينار.",
    # another total of the thing gives it: any one is enough
    NAMED.replace("20 ألف دينار", "25 ألف دينار") + " وتتوقع الشركة أن تبلغ مبيعاتها 7.5 مليون دينار عام 2025.",
])
def test_a_named_average_that_follows_or_has_no_total_is_quiet(s):
    assert named(s) == [], [f.message for f in named(s)]
