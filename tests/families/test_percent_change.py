"""Family of constructions: a percentage change (or a multiple) against the two figures it compares.

How Arabic (and English) states a change -- the grammar the cases below are generated from:

* **the verb** of rise or fall, in both genders and with the clitics و/ف: «ارتفع/ارتفعت، زاد/زادت، قفز/قفزت،
  نما/نمت، صعد» and «تراجع/تراجعت، انخفض/انخفضت، هبط/هبطت، تقلص»; or **the verbal noun** after the
  figure: «بزيادة، بارتفاع، بنمو، بانخفاض، بتراجع، بهبوط» with «نسبتها/نسبته/قدرها» or bare «بنسبة».
* **word order**: «ارتفع X من A إلى B بنسبة P%» (start, end, rate), «ارتفع X بنسبة P% من A إلى B»
  (rate first), «بلغ X B، بزيادة P% عن A» / «مقارنة بـA» (end, rate, start), «بلغ X B مقابل A في العام
  السابق، بارتفاع نسبته P%» (end, start, rate), the start in the sentence before («بلغت X A عام 2022.
  وفي 2023 ارتفعت إلى B، أي بنسبة P%»), English "rose from A to B, an increase of P%", "fell P% to B
  from A", "reached B, up P% from A".
* **multiples and halves**: «تضاعف X من A إلى B» (at least twice: the word says doubled, and a writer
  uses it of larger multiples, never of less), «تضاعف ثلاث مرات», «ارتفع من A إلى B، أي
  ثلاثة أضعاف/ضعفين», «تراجع من A إلى B، أي إلى النصف».
* **percentage points vs percent**: a rate of a percentage («ارتفعت البطالة من 10% إلى 12%») changes by
  2 points «بنقطتين مئويتين/بـ2 نقطة مئوية» or by 20 % «بنسبة 20%»: both are correct; a wrong count of
  points or a wrong relative rate is a fault.
* **printed precision**: the rate is checked to the precision of its figures («33%» and «33.3%» of
  30→40 both pass; «من 12 إلى 15 مليار، بزيادة 29%» passes as rounding of unrounded figures).
* **numbers** in Western and Eastern digits, with scale words (ألف، مليون، مليار) and currencies.

Each case has a CORRECT version (no finding) and a FAULTY version (a finding of kind
``arithmetic-growth``), inside a paragraph with distractors (true changes, rates of other things).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

KINDS = {"arithmetic-growth"}
SEED = 12




def num(n: float, east: bool = False) -> str:
    s = f"{n:g}"
    return s.translate(EAST) if east else s


RISE_VERBS = ["ارتفع", "ارتفعت", "زاد", "زادت", "قفز", "قفزت", "نما", "نمت", "وارتفع", "فارتفعت"]
FALL_VERBS = ["تراجع", "تراجعت", "انخفض", "انخفضت", "هبط", "هبطت", "وتراجع", "فانخفضت"]
# (subject, masculine?, unit phrase after the number)
SUBJECTS = [("عدد الزوار", True, "ألف زائر"), ("الصادرات", False, "مليار دولار"), ("إنتاج القمح", True, "ألف طن"),
            ("الإيرادات", False, "مليون دينار")]
RISES = [(40, 50, "25"), (200, 300, "50"), (30, 40, "33.3"), (80, 100, "25"), (12, 15, "25"), (50, 65, "30")]
FALLS = [(50, 40, "20"), (300, 200, "33.3"), (80, 60, "25"), (40, 30, "25"), (15, 12, "20"), (200, 150, "25")]
RATE_LINKS = ["بنسبة {P}%", "، أي بنسبة {P}%", "، بزيادة نسبتها {P}%", "، أي بارتفاع قدره {P}%", " ({P}%)"]
FALL_LINKS = ["بنسبة {P}%", "، أي بنسبة {P}%", "، بانخفاض نسبته {P}%", "، أي بتراجع قدره {P}%", " ({P}%)"]
DISTRACT = ["ويبلغ معدل التضخم السنوي 4%، وفق البنك المركزي.",
            "وتمثل الزراعة 12% من الناتج المحلي الإجمالي.",
            "وكان عدد السكان قد ارتفع من 8 ملايين نسمة إلى 10 ملايين نسمة بين عامي 2010 و2020، أي بنسبة 25%."]


def _agrees(verb: str, masc: bool) -> bool:
    return verb.endswith("ت") != masc


def _wrong(p: str) -> str:
    return num(round(float(p) + 15))


def _verb_cases(rng: random.Random):
    k = 0
    for falling, verbs, pairs, links in ((False, RISE_VERBS, RISES, RATE_LINKS), (True, FALL_VERBS, FALLS, FALL_LINKS)):
        for i, (a, b, p) in enumerate(pairs):
            subj, masc, unit = SUBJECTS[i % len(SUBJECTS)]
            verb = next(v for v in verbs[i % len(verbs):] + verbs if _agrees(v.lstrip("وف") if v[0] in "وف" else v, masc))
            east = i % 3 == 2
            A, B = num(a, east), num(b, east)
            link = links[i % len(links)]
            for P, ok in ((p, True), (_wrong(p), False)):
                Ps = num(float(P), east) if "." in P else num(int(P), east)
                rate = (" " if not link.startswith(("،", " ")) else "") + link.format(P=Ps)
                yield "verb_from_to", ok, f"{verb} {subj} من {A} {unit} إلى {B} {unit}{rate} خلال العام الماضي."
                yield "verb_rate_first", ok, f"{verb} {subj} بنسبة {Ps}% من {A} {unit} إلى {B} {unit}."
                noun = ("بانخفاض" if falling else "بزيادة") if i % 2 else ("بتراجع" if falling else "بارتفاع")
                cmp_ = ("عن", "مقارنة بـ", "قياساً بـ")[i % 3]
                sep = "" if cmp_.endswith("بـ") else " "
                yield "noun_rate_vs_start", ok, (f"وبلغت قيمة {subj} {B} {unit} عام 2023، {noun} {Ps}% {cmp_}{sep}{A} {unit} "
                                                 f"عام 2022.")
                yield "end_against_start", ok, (f"وبلغت قيمة {subj} {B} {unit} عام 2023، مقابل {A} {unit} في العام السابق، "
                                                f"{noun} نسبته {Ps}%.")
                yield "start_prior_sentence", ok, (f"وبلغت قيمة {subj} {A} {unit} عام 2022. وفي عام 2023 {verb} إلى {B} {unit}، "
                                                   f"أي بنسبة {Ps}%.")
            k += 1


def _multiple_cases(rng: random.Random):
    for a, unit in ((100, "ألف لاجئ"), (40, "مليون دولار"), (15, "ألف طالب")):
        yield "doubled", True, f"وتضاعف عدد المسجلين من {a} {unit} إلى {2 * a} {unit} خلال خمس سنوات."
        yield "doubled", False, f"وتضاعف عدد المسجلين من {a} {unit} إلى {int(1.3 * a)} {unit} خلال خمس سنوات."
        yield "doubled", True, f"وتضاعف عدد المسجلين ثلاث مرات من {a} {unit} إلى {3 * a} {unit}."
        yield "doubled", False, f"وتضاعف عدد المسجلين ثلاث مرات من {a} {unit} إلى {5 * a} {unit}."
        yield "doubled", True, f"وارتفع عدد المسجلين من {a} {unit} إلى {3 * a} {unit}، أي ثلاثة أضعاف."
        yield "doubled", False, f"وارتفع عدد المسجلين من {a} {unit} إلى {6 * a} {unit}، أي ثلاثة أضعاف."
        yield "halved", True, f"وتراجع عدد المسجلين من {2 * a} {unit} إلى {a} {unit}، أي إلى النصف."
        yield "halved", False, f"وتراجع عدد المسجلين من {2 * a} {unit} إلى {int(1.6 * a)} {unit}، أي إلى النصف."
        yield "halved", True, f"وانخفض عدد المسجلين إلى النصف، من {2 * a} {unit} إلى {a} {unit}."
        yield "halved", False, f"وانخفض عدد المسجلين إلى النصف، من {2 * a} {unit} إلى {int(1.5 * a)} {unit}."


def _points_cases(rng: random.Random):
    for a, b in ((10, 12), (20, 25), (8, 6), (30, 24)):
        verb = "ارتفعت" if b > a else "تراجعت"
        pts = abs(b - a)
        rel = round(abs(b - a) / a * 100)
        head = f"{verb} نسبة البطالة من {a}% إلى {b}%"
        yield "points", True, f"{head}، أي بواقع {pts} نقاط مئوية."
        yield "points", False, f"{head}، أي بواقع {pts + 3} نقاط مئوية."
        yield "points", True, f"{head}، أي بنسبة {rel}%."
        yield "points", False, f"{head}، أي بنسبة {rel + 12}%."


def _english_cases(rng: random.Random):
    for a, b, p in ((40, 50, 25), (200, 300, 50), (50, 40, 20), (80, 60, 25)):
        up = b > a
        for P, ok in ((p, True), (p + 15, False)):
            yield "english", ok, (f"Exports {'rose' if up else 'fell'} from ${a} billion to ${b} billion, "
                                  f"{'an increase' if up else 'a decline'} of {P}%.")
            yield "english", ok, f"Exports {'rose' if up else 'fell'} {P}% to ${b} billion from ${a} billion."
            yield "english", ok, (f"Exports reached ${b} billion in 2023, {'up' if up else 'down'} {P}% from ${a} billion "
                                  f"in 2022.")


PTS_WORDS = {3: "بثلاث", 5: "بخمس", 7: "بسبع"}


def _rate_bound_then_pair(rng: random.Random):
    """A change of a rate («ارتفعت النسبة من A% عام Y1 إلى B% عام Y2، أي بـN نقاط مئوية») followed in the
    same sentence by a second pair with no rate of its own («وأن متوسط … انخفض من C إلى D»): B% is the end
    value of the first pair, never the rate of the second. The faulty version states a wrong rate for
    the second pair."""
    for a, b, c, d, unit in ((61, 68, 38, 32, "طالباً"), (40, 45, 120, 90, "مدرسة"), (12, 9, 50, 60, "معلماً"),
                             (70, 75, 24, 30, "شعبة")):
        verb = "ارتفعت" if b > a else "تراجعت"
        verb2 = "انخفض" if d < c else "ارتفع"
        pts = abs(b - a)
        rel = round(abs(d - c) / c * 100)
        for east in (False, True):
            n = (lambda x: num(x, True)) if east else (lambda x: num(x))
            points = f"بـ{n(pts)} نقاط مئوية" if east else f"{PTS_WORDS[pts]} نقاط مئوية"
            head = (f"وتشير البيانات إلى أن نسبة النجاح {verb} من {n(a)}% عام 2016 إلى {n(b)}% عام 2022، أي {points}، "
                    f"وأن متوسط العدد {verb2} من {n(c)} {unit} إلى {n(d)} {unit}")
            yield "rate_bound_then_pair", True, head + " (الوزارة، 2023: 18)."
            yield "rate_bound_then_pair", True, head + f"، أي بنسبة {n(rel)}%."
            yield "rate_bound_then_pair", False, head + f"، أي بنسبة {n(rel + 20)}%."
    for a, b, c, d in ((61, 68, 38, 32), (20, 25, 80, 100)):
        yield "rate_bound_then_pair", True, (f"The pass rate rose from {a}% in 2016 to {b}% in 2022, and the average class "
                                             f"{'fell' if d < c else 'grew'} from {c} to {d} pupils.")


def _two_categories(rng: random.Random):
    """Two categories set side by side by «مقابل», each with its own rate of change in parentheses («A في
    الحضر (بزيادة 12%)، مقابل B في القرى (بزيادة 8%)»): «مقابل» contrasts them, it does not make A the
    later value of B. Correct texts only (nothing to flag)."""
    for a, b, p1, p2 in ((5.77, 3.85, 12, 8), (120, 80, 5, 3), (48, 30, 20, 15)):
        for east in (False, True):
            n = (lambda x: num(x, True)) if east else (lambda x: num(x))
            yield "two_categories", True, (f"وبلغ عدد المستفيدين {n(a)} مليون في الوسط الحضري (بزيادة {n(p1)}%)، مقابل "
                                           f"{n(b)} مليون في الوسط القروي (بارتفاع {n(p2)}%).")


MONTHS = ["كانون الثاني", "يناير", "جانفي", "آذار", "مارس", "شهر حزيران"]


def _start_month_year(rng: random.Random):
    """The start value dated by a month and year between it and «إلى»: «انخفضت المشاريع المتلكئة من A
    مشروعاً في كانون الثاني 2024 إلى B مشروعاً هذا الشهر، أي بنسبة P%»."""
    for k, (a, b) in enumerate(((36, 27), (40, 50), (80, 60), (120, 150), (50, 40))):
        month = MONTHS[k % 6]
        verb = "ارتفع" if b > a else "انخفض"
        p = round(abs(b - a) / a * 100)
        for east in (False, True):
            n = (lambda x: num(x, True)) if east else (lambda x: num(x))
            for P, ok in ((p, True), (p + 8, False)):
                yield "start_month_year", ok, (f"و{verb} عدد المشاريع المتعثرة من {n(a)} مشروعاً في {month} {n(2024)} إلى "
                                               f"{n(b)} مشروعاً هذا الشهر، أي بنسبة {n(P)}%.")


def _then_sequence(rng: random.Random):
    """A sequence of values in one sentence, the rate of its last step after it: «استقبل المتحف A زائر عام
    2019، ثم هبط العدد إلى B زائر في العام التالي بسبب الجائحة، أي بتراجع نسبته P%»; «تراجع عدد زوارها من
    A إلى B في دورة 2022، قبل أن يرتفع إلى C في الدورة الماضية، أي بزيادة P مقارنة بدورة 2022» (the
    step from B to C; the imperfect verb after «قبل أن»)."""
    for k, (a, b, c) in enumerate(((38, 9.5, 31), (40, 30, 45), (20, 16, 24), (60, 45, 54))):
        p1 = round((1 - b / a) * 100)
        p2 = round((c / b - 1) * 100)
        for east in (False, True):
            n = (lambda x: num(x, True)) if east else (lambda x: num(x))
            for P, ok in ((p1, True), (p1 + max(10, round(p1 * 0.3)) if p1 < 70 else p1 - 25, False)):
                yield "then_sequence", ok, (f"واستقبل المتحف {n(a)} ألف زائر عام 2019، ثم {'هبط' if k % 2 else 'تراجع'} العدد "
                                            f"إلى {n(b)} ألف زائر في العام التالي بسبب الجائحة، أي بتراجع نسبته {n(P)}%.")
            for P, ok in ((p2, True), (p2 + max(10, round(p2 * 0.3)), False)):
                yield "then_sequence", ok, (f"وتراجع عدد زوارها من {n(a)} ألف زائر إلى {n(b)} ألفاً في دورة 2022، قبل أن "
                                            f"{'يرتفع' if k % 2 else 'يعود ويرتفع'} إلى {n(c)} ألفاً في الدورة الماضية، أي "
                                            f"بزيادة {n(P)} بالمائة مقارنة بدورة 2022.")


MULT_WORDS = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة"}


def _more_than_multiple(rng: random.Random):
    """«ارتفعت الحالات من A حالة سنة 2023 إلى B حالة السنة الماضية، أي أكثر من N أضعاف» (the end value's
    time between it and the multiple; «أكثر من» a lower bound: B / A must pass N, and a wrong N above the
    ratio is a fault)."""
    for a, b in ((1240, 6480), (300, 1250), (80, 500), (150, 640)):
        r = b / a
        n = int(r)
        for east in (False, True):
            A, B = (f"{x:,}".replace(",", "٬" if east else ",").translate(EAST if east else {}) for x in (a, b))
            for N, ok in ((n, True), (n + 1, False)):
                yield "more_than_multiple", ok, (f"وجاءت الحملة بعد ارتفاع الحالات المؤكدة من {A} حالة سنة 2023 إلى {B} حالة "
                                                 f"السنة الماضية، أي أكثر من {MULT_WORDS[N]} أضعاف.")


def cases():
    rng = random.Random(SEED)
    out = [*_verb_cases(rng), *_multiple_cases(rng), *_points_cases(rng), *_english_cases(rng), *_rate_bound_then_pair(rng),
           *_two_categories(rng), *_start_month_year(rng), *_then_sequence(rng),
           *_more_than_multiple(rng)]
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


CASES = cases()
FORMS = sorted({c[0] for c in CASES})
RECALL = {form: 1.0 for form in FORMS}


@pytest.mark.parametrize("form", FORMS)
def test_percent_change_family(form):
    assert_family(CASES, form, KINDS, RECALL[form])
