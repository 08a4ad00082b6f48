"""Family of constructions: a scale word or a unit swapped, found from what the text itself says.

A reader cannot check one magnitude alone; the text must give it a second term. The kinds modelled here
(each generated with a CORRECT text that raises nothing and a FAULTY one with the scale word or unit
swapped, which must raise one of ``arithmetic-magnitude``, ``arithmetic-share-whole``,
``arithmetic-growth``):

* **a measure for one person in one day** -- «بمعدل 250 لترا للفرد يوميا»، «2 كيلوغرام للشخص في اليوم»:
  a unit swapped («مترا مكعبا» for «لترا»، «طنا» for «كيلوغراما») puts it beyond what one person can use
  (10 m³ of water, 100 kg a day). A yearly figure per head («1700 متر مكعب للفرد سنويا», the water
  resources of a country) is no daily use and is left alone.
* **a part in another unit of its whole's quantity** -- «مساحته 42.000 هكتار، منها 25.200 هكتار، أي 60%»
  with the whole's unit swapped to «كيلومتر مربع» (42,000 km² is 4.2 million ha: the share fails by a
  hundred); «1,5 مليون طن، منها 450 ألف كيلوغرام» (a thousand). The part is read in the whole's unit
  (m², ha, km², dunam, feddan; g, kg, t; l, m³; cm, m, km); the correct text with a part in another unit
  («42 كيلومترا مربعا، منها 2.520 هكتارا، أي 60%») raises nothing.
* **a whole named earlier with its scale swapped** -- «بتكلفة إجمالية بلغت 180 مليار ريال. ¶ موّلت الحكومة
  72 مليون ريال من تكلفة المشروع، أي 40 بالمائة منها»: the share is a thousand times off.
* **a change whose start or end slipped** -- «تراجعت الموازنة من 60 مليار دولار في العام الجامعي 2018-2019،
  قبل الأزمة، إلى 48 مليون دولار …، أي بانخفاض 20 في المئة».
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

KINDS = {"arithmetic-magnitude", "arithmetic-share-whole", "arithmetic-growth"}
SEED = 29


def n(x, east: bool) -> str:
    s = f"{x:g}"
    return s.translate(EAST) if east else s


DISTRACT = ["ويبلغ معدل التضخم السنوي 4%، وفق البنك المركزي.", "وتقع المدينة على بعد 30 كيلومتراً من العاصمة."]


def _per_person_day(rng):
    cues = ["للفرد يوميا", "للفرد في اليوم", "لكل شخص يوميا", "للشخص في اليوم"]
    for k, (v, good, bad) in enumerate(((250, "لترا", "مترا مكعبا"), (180, "لترا", "مترا مكعبا"), (2, "كيلوغرام", "طن"),
                                         (150, "لترا", "مترا مكعبا"))):
        east = k % 2 == 1
        for unit, ok in ((good, True), (bad, False)):
            yield "per_person_day", ok, (f"ويستفيد من الشبكة نحو {n(600, east)} ألف نسمة، بمعدل {n(v, east)} {unit} "
                                         f"{cues[k]}، وفق الشركة.")
    yield "per_person_day", True, "ولا تتجاوز الموارد المائية المتجددة 1700 متر مكعب للفرد سنويا في المنطقة."
    yield "per_person_day", True, "وتنتج المحطة 250 ألف متر مكعب يوميا لنحو 600 ألف نسمة."


def _part_other_unit(rng):
    # (subject, whole, the whole's unit right / swapped, part, the part's unit right / swapped, share)
    rows = [("وتبلغ المساحة المسقية", "42.000", ("هكتار", "كيلومتر مربع"), "25.200", ("هكتار", "هكتار"), "بالتنقيط", 60),
            ("وبلغ إنتاج الموسم", "1,5 مليون", ("طن", "طن"), "450 ألف", ("طن", "كيلوغرام"), "للتصدير", 30),
            ("وتمتد المحمية على", "80", ("كيلومترا مربعا", "كيلومترا مربعا"), "2000", ("هكتار", "كيلومتر مربع"),
             "من الغابات", 25)]
    for subj, whole, (wu_ok, wu_bad), part, (pu_ok, pu_bad), what, p in rows:
        for wu, pu, ok in ((wu_ok, pu_ok, True), (wu_bad, pu_bad, False)):
            yield "part_other_unit", ok, (f"{subj} {whole} {wu}، منها {part} {pu} {what}، أي {p}%، والباقي لغير ذلك.")


def _named_earlier(rng):
    for k, cur in enumerate(("ريال", "دينار", "درهم")):
        east = k == 1
        for scale, ok in (("مليون", True), ("مليار", False)):
            yield "named_earlier_scale", ok, (f"افتتحت المحطة بتكلفة إجمالية بلغت {n(180, east)} {scale} {cur}.\n\nوقال المدير "
                                              f"إن الحكومة موّلت {n(72, east)} مليون {cur} من تكلفة المشروع، أي "
                                              f"{n(40, east)} بالمائة منها.")


def _change_scale(rng):
    for k, (a, b, p) in enumerate(((60, 48, 20), (40, 50, 25), (80, 60, 25))):
        east = k == 1
        verb, noun = ("تراجعت", "بانخفاض") if b < a else ("ارتفعت", "بزيادة")
        for scale, ok in (("مليون", True), ("مليار", False)):
            yield "change_scale", ok, (f"{verb} موازنة الجامعة من {n(a, east)} {scale} دولار في العام الجامعي 2018-2019، قبل "
                                       f"الأزمة المالية، إلى {n(b, east)} مليون دولار في العام الجامعي 2023-2024، أي {noun} "
                                       f"{n(p, east)} في المئة.")


def cases():
    rng = random.Random(SEED)
    out = [*_per_person_day(rng), *_part_other_unit(rng), *_named_earlier(rng), *_change_scale(rng)]
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


CASES = cases()
FORMS = sorted({c[0] for c in CASES})


@pytest.mark.parametrize("form", FORMS)
def test_scale_word_kinds_family(form):
    assert_family(CASES, form, KINDS, 1.0)
