"""checks/averages.py: an average per head whose total is not the figure just before it, and a count
per period restated per another period by adverbs. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from tahqiq.checks.averages import arithmetic_average_sentence, arithmetic_per_period_adverb
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def run(s: str):
    f = Facts([text_facts(from_string(s, "plain"))])
    return arithmetic_average_sentence(f) + arithmetic_per_period_adverb(f)


@pytest.mark.parametrize("s", [
    # the total is not the figure just before the average
    "تملك الشركة 60 شاحنة موزعة على ثلاثة مستودعات: الأول (25 شاحنة)، والثاني (20 شاحنة)، والثالث (15 شاحنة)، أي بمعدل 25 شاحنة للمستودع الواحد.",
    "أقيمت في البطولة 120 مباراة سُجّل فيها 300 هدف، بمعدل 3.5 هدف في المباراة الواحدة.",
    "وزع الصندوق 8 ملايين دينار على 400 جمعية، منها 150 جمعية في الشمال، أي بمتوسط 30 ألف دينار لكل جمعية.",
    # a count per year restated per month
    "تستقبل العيادة 24 ألف مراجع سنوياً، أي بمعدل 3 آلاف مراجع شهرياً.",
    "يزور المتحف 900 زائر يومياً، أي نحو 100 ألف زائر سنوياً.",
])
def test_wrong_average(s):
    fs = run(s)
    assert len(fs) == 1, s
    assert fs[0].kind == "arithmetic-rate"
    ar = arabic(fs[0].kind, fs[0].evidence, [sp.text for sp in fs[0].spans])
    assert "{" not in ar


@pytest.mark.parametrize("s", [
    "تملك الشركة 60 شاحنة موزعة على ثلاثة مستودعات: الأول (25 شاحنة)، والثاني (20 شاحنة)، والثالث (15 شاحنة)، أي بمعدل 20 شاحنة للمستودع الواحد.",
    "أقيمت في البطولة 120 مباراة سُجّل فيها 300 هدف، بمعدل 2.5 هدف في المباراة الواحدة.",
    "وزع الصندوق 8 ملايين دينار على 400 جمعية، منها 150 جمعية في الشمال، أي بمتوسط 20 ألف دينار لكل جمعية.",
    "تستقبل العيادة 24 ألف مراجع سنوياً، أي بمعدل ألفي مراجع شهرياً.",
    "يزور المتحف 900 زائر يومياً، أي نحو 330 ألف زائر سنوياً.",
    # no count of the head in the text: nothing to divide by
    "تملك الشركة 60 شاحنة، أي بمعدل 25 شاحنة للمستودع الواحد.",
    # «في» without «الواحد» is a place, not a head
    "سُجّل 300 هدف، بمعدل 40 هدفاً في الملعب الكبير، وأقيمت 120 مباراة.",
    # two periods not joined by a restating word
    "تستقبل العيادة 24 ألف مراجع سنوياً، وتجري 500 عملية شهرياً.",
])
def test_right_or_unrelated_average(s):
    assert run(s) == [], s
