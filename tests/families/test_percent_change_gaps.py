"""Family of constructions: a percentage change whose start, end and rate are set apart by other words.

Grammar (how Arabic, and English, puts words between the terms of a change; each form below is
generated from it, with a CORRECT text that raises nothing and a FAULTY one that must raise
``arithmetic-growth``):

* **the start's circumstance** -- «من A [وحدة] ظرف إلى B [وحدة]»: between the start value and «إلى»
  stands when or where it held: a parenthesised period «(1990-2018)», a time phrase «في يناير»،
  «سنة 2013»، «في العام الجامعي 2018-2019»، possibly with an apposition between commas «، قبل الأزمة
  المالية،». Words and years only: another number, a clause break or a contrast word («في حين») there
  means the two figures are not one change.
* **the end's unit elided or shared** -- «من A ألف متر مكعب يوميا عام 2020 إلى B ألفاً عام 2024»: after
  «إلى» the scale word in the accusative («ألفاً، مليوناً») stands for the start's unit, and «عام 2024»
  after it is a date, not a counted noun; «من A ألف متر مكعب إلى B ألف متر مكعب يوميا»: the rate adverb
  («يوميا، سنويا») is written once after the end and measures both.
* **the span of the change** -- «من A إلى B خلال السنوات الخمس الأخيرة/في خمس سنوات/على مدى ثلاثة
  أعوام، أي بزيادة P%»: a count of time units after a preposition of time between the pair and its rate
  is the duration of the change, not another figure.
* **a deficit or a surplus** -- «بلغ X A، مقابل معدل عادي قدره B، أي بعجز نسبته P%» (a shortfall
  against a normal or a target is a fall: 1 - A / B), «أي بفائض نسبته P%» (a rise); but «عجز نسبته 3% من
  الناتج» is a share of another whole and is left alone.
* **the start in the rate's sentence, the end stated before** -- «ارتفع عدد المتضررين بنسبة P% عن السنة
  الماضية، حين بلغ A»، «وبالمقارنة مع الحملة السابقة، التي شملت A، ارتفع عدد الملقحين بنسبة P%»: a verb and
  «بنسبة P%» with no «إلى B», a comparison word («عن، مقارنة»), one figure tied as the start («حين بلغ، التي
  شملت، البالغ»); the end is a figure of the same noun stated before the sentence. A finding only when none
  gives the rate and one is within a factor of 1.5 of the end the rate implies.
* **the start in an earlier section** -- «- **المساحة:** A … ¶ ## ما بعد المعرض ¶ وأن المساحة سترتفع إلى B، أي
  بزيادة P%»: no start in the paragraph; a figure of B's measure before it whose clause names the subject's
  noun (the future verb «سترتفع/ستنخفض» too).
* **the start named after the rate** -- «إلى B قبل يونيو 2026، أي بزيادة P% على المخزون الحالي البالغ
  A»، «بزيادة P% عن موازنة العام الماضي وقدرها A»، "up P% on the current stock of A": the comparison
  preposition, a noun phrase naming the start, «البالغ/وقدره»/"of", then A.

Numbers vary in Western and Eastern digits; each text sits between distractors (true changes,
rates of other things). Wrong rates are wrong by more than the printed precision allows.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

KINDS = {"arithmetic-growth"}
SEED = 97


def n(x, east: bool) -> str:
    s = f"{x:g}"
    return s.translate(EAST) if east else s


def _rate(a: float, b: float) -> int:
    return round(abs(b / a - 1) * 100)


def _wrong(p: int) -> int:
    return p + 10 if p < 60 else p - 15


PAIRS = [(520, 312), (20, 26), (60, 48), (4, 6), (40, 50), (150, 120), (80, 100)]
CIRCUMSTANCES = ["(1990-2018)", "في يناير", "سنة 2013", "في العام الجامعي 2018-2019، قبل الأزمة المالية،",
                 "في بداية الموسم", "(2010-2015)", "في العام الماضي، قبل الجائحة،"]
SUBJECTS = [("متوسط التساقطات", "ملم", "ملم"), ("سعر الطن", "دينار", "دينار"), ("موازنة الجامعة", "مليون دولار", "مليون دولار"),
            ("صندوق المنح", "ملايين دولار", "ملايين دولار"), ("عدد المنخرطين", "ألف منخرط", "ألف منخرط")]
DISTRACT = ["ويبلغ معدل التضخم السنوي 4%، وفق البنك المركزي.",
            "وتمثل الزراعة 12% من الناتج المحلي الإجمالي.",
            "وكان عدد السكان قد ارتفع من 8 ملايين نسمة إلى 10 ملايين نسمة، أي بنسبة 25%."]


def _start_circumstance(rng):
    for k, (a, b) in enumerate(PAIRS):
        subj, ua, ub = SUBJECTS[k % len(SUBJECTS)]
        verb = "ارتفع" if b > a else "تراجع"
        noun = "بزيادة" if b > a else "بانخفاض"
        circ = CIRCUMSTANCES[k % len(CIRCUMSTANCES)]
        east = k % 2 == 1
        p = _rate(a, b)
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "start_circumstance", ok, (f"و{verb} {subj} من {n(a, east)} {ua} {circ} إلى {n(b, east)} {ub} في الموسم "
                                             f"الأخير، أي {noun} {n(P, east)} في المئة.")
    # English
    for a, b in ((500, 300), (40, 50)):
        p = _rate(a, b)
        word = "rose" if b > a else "fell"
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "start_circumstance", ok, (f"Wheat output {word} from {a} thousand tonnes (1990-2018) to {b} thousand tonnes last season, {'an increase' if b > a else 'a drop'} of {P}%.")


def _circumstance_negatives(rng):
    """Near misses: another pair's rate after a contrast word; a number inside the gap (two figures,
    not a start and its circumstance)."""
    yield "start_circumstance", True, ("انخفض عدد الحالات من 80 حالة في يناير إلى 60 حالة في مارس، في حين ارتفعت "
                                       "الوفيات بنسبة 10%.")
    yield "start_circumstance", True, ("انتقل المشروع من 40 موظفا في 3 مدن إلى 90 موظفا في المدينة الجديدة، أي بزيادة "
                                       "نسبتها 10% في عدد الفروع.")


def _elided_end_unit(rng):
    for k, (a, b, unit) in enumerate(((520, 715, "ألف متر مكعب يوميا"), (250, 300, "ألف طن سنويا"),
                                       (40, 50, "مليون متر مكعب سنويا"), (800, 600, "ألف برميل يوميا"))):
        east = k % 2 == 0
        scale = unit.split()[0]
        acc = {"ألف": "ألفاً", "مليون": "مليوناً"}[scale]
        verb = "ارتفع" if b > a else "انخفض"
        noun = "بزيادة" if b > a else "بتراجع"
        p = _rate(a, b)
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "elided_end_unit", ok, (f"وكان الطلب قد {verb} من {n(a, east)} {unit} عام {n(2020, east)} إلى "
                                          f"{n(b, east)} {acc} عام {n(2024, east)}، {noun} {n(P, east)} بالمائة.")
            # the rate adverb written once, after the end
            base, adverb = unit.rsplit(" ", 1)
            yield "elided_end_unit", ok, (f"و{'سترفع' if b > a else 'ستخفض'} المحطة الطاقة من {n(a, east)} {base} إلى {n(b, east)} {base} {adverb}، "
                                          f"أي {noun} نسبتها {n(P, east)} بالمائة.")


def _span_adjunct(rng):
    spans = ["خلال السنوات الخمس الأخيرة", "في خمس سنوات", "على مدى ثلاثة أعوام", "خلال الأشهر الستة الماضية"]
    for k, (a, b) in enumerate(((4, 6), (200, 150), (30, 42), (90, 60))):
        east = k % 2 == 1
        verb = "ارتفع" if b > a else "تراجع"
        noun = "بزيادة" if b > a else "بانخفاض"
        p = _rate(a, b)
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "span_adjunct", ok, (f"وتضيف أن صندوق المنح {verb} من {n(a, east)} ملايين دولار إلى {n(b, east)} ملايين "
                                       f"دولار {spans[k]}، أي {noun} {n(P, east)} في المئة.")
    for P, ok in ((50, True), (40, False)):
        yield "span_adjunct", ok, f"The fund grew from $4 million to $6 million over five years, an increase of {P}%."


def _deficit(rng):
    for k, (a, b) in enumerate(((184.5, 246), (300, 400), (90, 120), (45, 60))):
        east = k % 2 == 1
        a_s = f"{a:g}".replace(".", ",")
        a_s = a_s.translate(EAST) if east else a_s
        p = round((1 - a / b) * 100)
        for P, ok in ((p, True), (p + 10, False)):
            yield "deficit_surplus", ok, (f"بلغ متوسط التساقطات منذ بداية الموسم {a_s} ملم، مقابل معدل عادي قدره "
                                          f"{n(b, east)} ملم، أي بعجز نسبته {n(P, east)} في المائة.")
    for P, ok in ((20, True), (30, False)):
        yield "deficit_surplus", ok, ("وبلغت التساقطات 300 ملم مقابل معدل عادي قدره 250 ملم، أي بفائض نسبته "
                                      f"{P}%.")
    # a share of another whole after the rate: not a change
    yield "deficit_surplus", True, "بلغ العجز 50 مليار دينار مقابل 40 مليار دينار، أي عجز نسبته 3% من الناتج."
    yield "deficit_surplus", True, "وسجل الميزان التجاري 12 مليار دولار مقابل 9 مليارات، أي فائض نسبته 4% من الناتج المحلي."


def _base_named_after(rng):
    links = ["على المخزون الحالي البالغ", "عن موازنة العام الماضي وقدرها", "مقارنة بالإنتاج السابق البالغ",
             "على الطاقة الحالية التي بلغت"]
    for k, (a, b, unit) in enumerate(((48, 60, "ألف طن"), (120, 150, "مليون دينار"), (400, 300, "ألف طن"),
                                       (80, 100, "ميغاواط"))):
        east = k % 2 == 0
        noun = "بزيادة" if b > a else "بانخفاض"
        p = _rate(a, b)
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "base_named_after", ok, (f"وتوصي المفوضية بتعزيز الرصيد إلى {n(b, east)} {unit} قبل يونيو 2026، أي "
                                           f"{noun} {n(P, east)} في المائة {links[k]} {n(a, east)} {unit}.")
    for P, ok in ((25, True), (20, False)):
        yield "base_named_after", ok, f"The reserve will reach 60,000 tonnes, up {P}% on the current stock of 48,000 tonnes."
    # a rate with no start figure after the noun phrase: nothing to check
    yield "base_named_after", True, ("وارتفع الرصيد إلى 60 ألف طن، أي بزيادة 30 في المائة على العام الماضي، وبلغت "
                                     "الواردات 48 ألف طن.")


def _base_in_clause(rng):
    """«ارتفع عدد المتضررين بنسبة P% عن السنة الماضية، حين بلغ A» / «وبالمقارنة مع الحملة السابقة، التي شملت A،
    ارتفع عدد الملقحين بنسبة P%»: the start tied to its figure in the rate's sentence, the end stated before."""
    for k, (end, start, noun) in enumerate(((486, 405, "ألف شخص"), (9.62, 9.1, "ملايين طفل"), (60, 48, "ألف زائر"),
                                             (300, 400, "ألف طن"))):
        east = k % 2 == 1
        verb = "ارتفع" if end > start else "تراجع"
        p = round(abs(end / start - 1) * 100, 1)
        p = int(p) if p == int(p) else p
        wrong = round(p + 6, 1)
        for P, ok in ((p, True), (wrong, False)):
            lead = f"ويقدر عدد المعنيين هذا العام بـ{n(end, east)} {noun}.\n\n"
            if k % 2 == 0:
                body = (f"وقال المفوض إن العدد {verb} بنسبة {n(P, east)} في المائة عن السنة الماضية، حين بلغ "
                        f"{n(start, east)} {noun}.")
            else:
                body = (f"وبالمقارنة مع الحملة السابقة، التي شملت {n(start, east)} {noun}، {verb} العدد بنسبة "
                        f"{n(P, east)}%.")
            yield "base_in_clause", ok, lead + body
    # no end stated; an end far from what the rate implies (another quantity): nothing to check
    yield "base_in_clause", True, "وقال المفوض إن العدد ارتفع بنسبة 20 في المائة عن السنة الماضية، حين بلغ 405 آلاف شخص."
    yield "base_in_clause", True, ("وطال جفاف 2017 نحو 2 مليون شخص.\n\nوقال المفوض إن العدد ارتفع بنسبة 20 في المائة عن "
                                   "السنة الماضية، حين بلغ 405 آلاف شخص.")


def _start_earlier_section(rng):
    """«## أرقام الدورة ¶ - **المساحة:** A متر مربع … ¶ ## ما بعد المعرض ¶ وأن المساحة سترتفع إلى B، أي بزيادة P%»:
    the start in another section, the clause of its figure naming the subject's noun; the verb in the future
    («سترتفع/ستنخفض»)."""
    for k, (label, a, b, unit) in enumerate((("المساحة", 36000, 45000, "متر مربع"), ("الطاقة الإنتاجية", 250, 300, "ألف طن"),
                                              ("الميزانية", 80, 60, "مليون درهم"))):
        east = k == 1
        verb, noun = ("سترتفع", "بزيادة") if b > a else ("ستنخفض", "بانخفاض")
        A = f"{a:,}" if a >= 1000 else n(a, east)
        B = f"{b:,}" if b >= 1000 else n(b, east)
        p = _rate(a, b)
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "start_earlier_section", ok, (f"## أرقام الدورة\n\n- **{label}:** {A} {unit}، موزعة على ست قاعات.\n"
                                                f"- **الزوار:** 52,000 زائر.\n\n## ما بعد المعرض\n\nأعلنت اللجنة أن الدورة "
                                                f"المقبلة ستقام في أكتوبر 2026، وأن {label} {verb} إلى {B} {unit}، أي {noun} "
                                                f"{n(P, east)}%.")
    # another subject: its start never stated
    yield "start_earlier_section", True, ("## أرقام\n\n- **المساحة:** 36,000 متر مربع.\n- **الصفقات:** 40 مليون درهم.\n\n"
                                          "## ما بعد\n\nوأن الميزانية سترتفع إلى 45 مليون درهم، أي بزيادة 10%.")


def cases():
    rng = random.Random(SEED)
    out = [*_start_circumstance(rng), *_circumstance_negatives(rng), *_elided_end_unit(rng), *_span_adjunct(rng),
           *_deficit(rng), *_base_named_after(rng), *_base_in_clause(rng),
           *_start_earlier_section(rng)]
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


CASES = cases()
FORMS = sorted({c[0] for c in CASES})


@pytest.mark.parametrize("form", FORMS)
def test_percent_change_gaps_family(form):
    assert_family(CASES, form, KINDS, 1.0)
