"""Family of constructions: a scale word (ألف، مليون، مليار، تريليون) or unit absurd for its noun.

How Arabic (and English) ties a magnitude to its noun -- the grammar the cases below are generated from:

* **the noun before the figure** (a verb of being or reaching, then the figure): «يبلغ عدد سكان البلاد
  N»، «بلغ نصيب الفرد من الناتج المحلي N»، «متوسط دخل الفرد N»، «سعر برميل النفط N»، «تبلغ مساحة
  المدينة N»، «نشر N جندي»، «جيش قوامه N جندي»; with the clitics و/ف on the verb and ب on the figure
  («قُدِّر بـN»); English "a population of N", "GDP per capita of N", "N troops", "an area of N km²".
* **the counted noun after the figure**: «نسمة، شخص» (people), «جندي، مقاتل، عسكري، troops» (troops).
* **a per-person amount** (per capita, a salary, a price of one barrel or one litre) cannot reach the
  millions; **troops** of one state cannot reach ten million; **an area** of a city cannot reach a
  million km², of a country fifty million km²; **a population** cannot exceed the world's.
* **the same quantity named twice** with two scale words: «بلغت موازنة 2024 نحو 12 مليار دينار … موازنة
  2024 البالغة 12 مليون دينار» (the same digits and noun, a thousand apart).
* NOT faults (the correct versions and distractors): the same quantity in two currencies («12 مليار
  دينار (نحو 17 مليار دولار)»), estimates from two sources («1.3 مليون … فيما تقدرها الحكومة بـ1.4
  مليون»), a large but plausible scale («الناتج المحلي للصين 18 تريليون دولار»، «جيش قوامه مليوني جندي»).
* **numbers** in Western and Eastern digits, with «نحو/قرابة» (about).

Each case has a CORRECT version (no finding) and a FAULTY version (a finding of kind
``arithmetic-magnitude``), inside a paragraph with distractors.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

KINDS = {"arithmetic-magnitude"}
SEED = 13




def num(n: float, east: bool) -> str:
    s = f"{n:g}"
    return s.translate(EAST) if east else s


DISTRACT = ["ويبلغ الناتج المحلي الإجمالي للصين نحو 18 تريليون دولار، وفق صندوق النقد الدولي.",
            "وتقدر الأمم المتحدة عدد اللاجئين بنحو 1.3 مليون لاجئ، فيما تقدرهم الحكومة بنحو 1.4 مليون لاجئ.",
            "وبلغت الموازنة العامة 12 مليار دينار (نحو 17 مليار دولار)."]


def _per_capita(rng):
    cues = ["بلغ نصيب الفرد من الناتج المحلي الإجمالي", "وبلغ متوسط دخل الفرد", "ووصل الدخل الفردي السنوي إلى",
            "فيما بلغ متوسط الراتب الشهري للموظف"]
    for k, cue in enumerate(cues):
        n = (12, 4, 30, 2)[k]
        east = k % 2 == 1
        cur = ("دولار", "دولار", "دولار", "دولار")[k]
        yield "per_capita", True, f"{cue} {num(n, east)} ألف {cur}."
        yield "per_capita", False, f"{cue} {num(n, east)} مليون {cur}."
    yield "per_capita", True, "GDP per capita reached $12,000 in 2023."
    yield "per_capita", False, "GDP per capita reached $12 million in 2023."


def _troops(rng):
    forms = ["ونشرت الحكومة نحو {n} {s} جندي على الحدود.", "ويبلغ قوام الجيش {n} {s} عسكري.",
             "وشارك في العملية {n} {s} مقاتل.", "The ministry deployed {n} {s} troops to the border."]
    for k, form in enumerate(forms):
        n = (30, 250, 15, 40)[k]
        eng = form.startswith("The")
        yield "troops", True, form.format(n=n, s="thousand" if eng else "ألف")
        yield "troops", False, form.format(n=n, s="million" if eng else "مليون")


def _area(rng):
    for k, (place, n) in enumerate((("المدينة", 500), ("العاصمة", 700), ("البلاد", 90), ("المحافظة", 20))):
        east = k % 2 == 0
        big = place == "البلاد"
        ok_s, bad_s = ("ألف", "مليار") if big else ("", "مليون")
        yield "area", True, f"وتبلغ مساحة {place} نحو {num(n, east)} {ok_s} كيلومتر مربع.".replace("  ", " ")
        yield "area", False, f"وتبلغ مساحة {place} نحو {num(n, east)} {bad_s} كيلومتر مربع."


def _price(rng):
    for k, (what, n, cur) in enumerate((("برميل النفط", 80, "دولاراً"), ("برميل خام برنت", 75, "دولاراً"))):
        yield "price", True, f"ووصل سعر {what} إلى {n} {cur} في أيار."
        yield "price", False, f"ووصل سعر {what} إلى {n} ألف {cur} في أيار."
    yield "price", True, "Oil prices rose to $80 a barrel."
    yield "price", False, "Oil prices rose to $80,000 a barrel."


def _population(rng):
    for k, (country, n) in enumerate((("الأردن", 11), ("تونس", 12), ("لبنان", 5), ("السودان", 45))):
        east = k % 2 == 1
        yield "population", True, f"ويبلغ عدد سكان {country} نحو {num(n, east)} مليون نسمة."
        yield "population", False, f"ويبلغ عدد سكان {country} نحو {num(n, east)} مليار نسمة."


def _same_quantity(rng):
    for k, (what, n, cur) in enumerate((("موازنة عام 2024", 12, "مليار دينار"), ("كلفة المشروع", 3.5, "مليار دولار"),
                                         ("قيمة الصادرات", 40, "مليون دولار"), ("عدد اللاجئين", 1.3, "مليون لاجئ"))):
        other = cur.replace("مليار", "مليون") if "مليار" in cur else cur.replace("مليون", "مليار")
        head = f"وقدرت الحكومة {what} بنحو {n:g} {cur}. "
        yield "same_quantity", True, head + f"وتشير الوثائق إلى أن {what} البالغة {n:g} {cur} لم تتغير."
        yield "same_quantity", False, head + f"وتشير الوثائق إلى أن {what} البالغة {n:g} {other} لم تتغير."


def cases():
    rng = random.Random(SEED)
    out = [*_per_capita(rng), *_troops(rng), *_area(rng), *_price(rng), *_population(rng), *_same_quantity(rng)]
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


CASES = cases()
FORMS = sorted({c[0] for c in CASES})
RECALL = {form: 1.0 for form in FORMS}


@pytest.mark.parametrize("form", FORMS)
def test_scale_word_family(form):
    assert_family(CASES, form, KINDS, RECALL[form])
