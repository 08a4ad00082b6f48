"""Family of constructions: a total over a length of time, restated as a rate per unit of time.

Grammar: ``TOTAL (في|خلال|على مدى|طوال) LENGTH[ (LENGTH')]، (أي|بمعدل|بمتوسط)[ نحو] RATE ADVERB`` with
ADVERB one of «سنوياً/شهرياً/أسبوعياً/يومياً» — «بقيمة 400 مليار دولار على مدى 30 عاماً، أي نحو 13.3
مليار دولار سنوياً», «توزيع 48 ألف طن على مدى 16 أسبوعاً، بمعدل 3 آلاف طن أسبوعياً», «2730 قطار خلال
الأشهر التسعة الأولى (273 يوماً)، بمعدل 10 قطارات يومياً». TOTAL / LENGTH in the adverb's unit must give
RATE (5% beyond the figures' rounding; «نحو» widens the rate).

Distractors: a comparison figure of the same kind between the total and the rate («مقابل 30 مليار
دولار في الفترة نفسها»), a length restated in another unit in brackets, Eastern digits; a rate of
another thing («بمعدل 5 رحلات يومياً» after a tonnage) is no restatement of the total.
Cases are generated from a seed; faulty cases change the rate by a third or more.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, findings

SEED = 19
TOTALS = [("بلغت قيمة العقد", "مليار دولار"), ("وزعت الوكالة", "ألف طن من القمح"), ("استقبل الميناء", "ألف حاوية"),
          ("صدّرت الشركة", "مليون برميل")]
LENGTHS = {"year": [("عاماً", 1), ("سنوات", 1)], "month": [("شهراً", 1), ("أشهر", 1)], "week": [("أسبوعاً", 1)],
           "day": [("يوماً", 1)]}
ADVERBS = {"year": "سنوياً", "month": "شهرياً", "week": "أسبوعياً", "day": "يومياً"}
LEADS = ["، بمعدل", "، أي بمعدل", "، أي نحو", "، بمتوسط", "، أي ما يعادل"]
DURING = ["على مدى", "خلال", "في"]


def _unit_word(unit: str, n: int) -> str:
    words = LENGTHS[unit]
    return words[0][0] if n > 10 or len(words) == 1 else words[1][0]


def cases() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(24):
        verb, noun = TOTALS[i % len(TOTALS)]
        unit = list(ADVERBS)[i % 4]
        n = rng.randint(3, 40) if unit != "day" else rng.randint(20, 300)
        rate = rng.randint(2, 90)
        total = rate * n
        lead = LEADS[i % len(LEADS)]
        noun_rate = noun.split(" من ")[0]
        comparison = f"، مقابل {total - rng.randint(1, total // 3 + 1)} {noun_rate} في الفترة نفسها من العام الماضي" if i % 3 == 0 else ""
        good = (f"{verb} {total} {noun} {DURING[i % 3]} {n} {_unit_word(unit, n)}{comparison}{lead} {rate} "
                f"{noun_rate} {ADVERBS[unit]}.")
        wrong = rate + max(2, round(rate * rng.choice([0.4, 0.5, 0.8])))
        bad = good.replace(f"{lead} {rate} ", f"{lead} {wrong} ")
        if i % 4 == 3:
            good, bad = good.translate(EAST), bad.translate(EAST)
        out.append((good, bad))
    return out


@pytest.mark.parametrize("good, bad", cases())
def test_a_right_rate_is_no_finding(good, bad):
    got = [f for f in findings(good) if f.kind == "arithmetic-rate"]
    assert not got, [f.message for f in got]


def test_wrong_rates_are_found():
    cs = cases()
    hits = [bad for _, bad in cs if any(f.kind == "arithmetic-rate" for f in findings(bad))]
    assert len(hits) >= 0.9 * len(cs), [bad for _, bad in cs if bad not in hits][:3]


def test_a_rate_of_another_thing_is_no_restatement():
    s = "وزعت الوكالة 48 ألف طن من القمح على مدى 16 أسبوعاً، بمعدل 5 رحلات يومياً لشاحنات النقل."
    assert not [f for f in findings(s) if f.kind == "arithmetic-rate"]
