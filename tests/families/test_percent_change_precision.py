"""Family of constructions: a stated percentage change two points or more off the change of two
figures printed to three significant digits.

Grammar (``arithmetic-growth``): «بلغت 132 مليار دولار في عام 2023، مقابل 120 مليار دولار في عام
2022، بزيادة 10 بالمائة», «ارتفعت من 120 إلى 132 مليار، بزيادة 10%». The figures' own rounding
(131.5 to 132.5, 119.5 to 120.5) allows 9.1 to 10.9%; a writer's rounding of the rate adds half a
point (GROWTH_PAD), so 12% is wrong while 11% may be a rate rounded from unrounded figures.
"""

from __future__ import annotations

import pytest

from families._famlib_forms import findings

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FORMS = [
    "وقال إن التجارة بين الدول الست بلغت {b} مليار دولار في عام 2023، مقابل {a} مليار دولار في عام 2022، بزيادة {p} بالمائة.",
    "وارتفعت الصادرات من {a} مليار دولار عام 2022 إلى {b} مليار دولار عام 2023، أي بزيادة {p}%.",
]
PAIRS = [(120, 132, 10, 12), (250, 300, 20, 22), (480, 456, 5, 7)]


def cases():
    out = []
    for i, form in enumerate(FORMS):
        for a, b, right, wrong in PAIRS:
            if b < a and i == 1:
                continue
            f = form.replace("بزيادة", "بانخفاض").replace("ارتفعت", "تراجعت") if b < a else form
            for east in (False, True):
                r, w = f.format(a=a, b=b, p=right), f.format(a=a, b=b, p=wrong)
                if east:
                    r, w = r.translate(EAST), w.translate(EAST)
                out.append((f"{i}-{a}-{b}-{'east' if east else 'west'}", r, w))
    return out


CASES = cases()


def growth(s):
    return [f for f in findings(s) if f.kind == "arithmetic-growth"]


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_two_points_off_is_found(name, right, wrong):
    assert growth(right) == []
    assert len(growth(wrong)) == 1


def test_a_rate_rounded_from_unrounded_figures_passes():
    assert growth(FORMS[0].format(a=120, b=132, p=11)) == []
