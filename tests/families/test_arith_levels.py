"""Family of constructions that fooled the arithmetic detectors on heldout6's clean texts (in-sample now).

Each construction is written down as a grammar; the cases vary the nouns, the numbers, the digits
(Western/Eastern) and the surrounding sentences, and each has CORRECT texts (no finding of any kind)
and FAULTY ones (a finding of the kind written for the fault).

* **a from-to pair of percentages is a level, not a rate** (``level_range``): «ارتفعت نسبة N من P1%
  [عام Y1] إلى P2% [عام Y2]، …، وانخفض M من A إلى B» -- P1 and P2 are the two ends of a level that
  moved; neither is the rate of the pair A→B that follows (or precedes) it. The pair's own rate
  («، أي بنسبة R%») is still checked.
* **the whole of a breakdown is not the figure set against it** (``against_whole``): «بلغ N T، مقابل
  C في العام السابق[، بنمو نسبته R%]. وتوزع N على …: a …، وb …، وc …» -- the distribution in the next
  sentence breaks down T (this period), not C, which «مقابل»/«مقارنة بـ»/"compared with" sets
  against it. Parts that miss T (even when they sum to C) are a fault.
* **an average restates the whole of a «منها» list, not its last part** (``of_which_head``): «بلغت
  الكلفة T [درهم]، منها a لـ…، وb لـ…، وc لـ…، أي ما يعادل R [درهماً] لكل N» -- R = T / count of N; the
  last part c is not what «أي» restates.
* **the Maghrebi decimal sign «ر» in both orders** (``maghrebi_decimal``): «5ر4» is 5.4, but the
  Tunisian agency's dispatches store the fraction first («2ر14 ألف طن» = 14.2 thousand tonnes, «9ر10
  بالمائة» = 10.9%); a change «من A إلى B، بزيادة نسبتها R» or «A مقابل B …، أي بارتفاع بنسبة R» is
  correct when one reading of all its «ر» figures agrees, a fault when none does.
* **a share restated as «A من أصل B»** (``out_of``): «… في A N من أصل B N [صفة]، أي [في] [نحو] P% من …»
  or «بلغت نسبة … [نحو] P% من …، أي A N من أصل B» (also «من بين»، «من مجموع»، English "A out of B,
  or P%"): P = 100 A / B within its precision (and «نحو»'s latitude); a near-miss distractor is a
  percentage of something else in the same sentence after a contrast.
* **the part restated as the rate of a named noun** (``rate_named``): «بلغ عدد N T، منهم V [صفة]، أي أن
  نسبة X بلغت/تبلغ/وصلت إلى P%» (also «أي نسبة X هي P%»، «أي أن حصة X بلغت P%»): P = 100 V / T.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

SEED = 611

KINDS = {
    "level_range": {"arithmetic-growth"},
    "against_whole": {"arithmetic-parts"},
    "of_which_head": {"arithmetic-rate"},
    "maghrebi_decimal": {"arithmetic-growth"},
    "out_of": {"arithmetic-share-whole"},
    "rate_named": {"arithmetic-share-whole"},
}

DISTRACT = ["وأكد المسؤول أن الأرقام أولية وقابلة للمراجعة.",
            "ويأتي ذلك في إطار خطة تمتد إلى نهاية العقد.",
            "وقد عرضت هذه المعطيات خلال ندوة صحفية انتظمت أمس."]


def num(n, east: bool = False) -> str:
    s = f"{n:g}"
    return s.translate(EAST) if east else s


# ----------------------------------------------------------------------------- level_range
LEVELS = [("نسبة النجاح", 61, 68), ("نسبة البطالة", 15, 12), ("نسبة التغطية", 70, 85), ("معدل الادخار", 20, 24)]
PAIRS = [("متوسط عدد الطلبة في الشعبة", "انخفض", 38, 32, "طالباً", "15.8"),
         ("عدد المستفيدين", "ارتفع", 40, 50, "ألف مستفيد", "25"),
         ("عدد المراكز", "ارتفع", 200, 300, "مركزا", "50"),
         ("عدد الموظفين", "تراجع", 80, 60, "موظفا", "25")]


def _level_cases(rng):
    for i, (lvl, p1, p2) in enumerate(LEVELS):
        for j, (what, verb, a, b, unit, rate) in enumerate(PAIRS):
            east = (i + j) % 3 == 2
            verb_l = "ارتفعت" if p2 > p1 else "انخفضت"
            lev = f"{verb_l} {lvl} من {num(p1, east)}% عام 2016 إلى {num(p2, east)}% عام 2022"
            pair = f"{verb} {what} من {num(a, east)} {unit} إلى {num(b, east)} {unit}"
            # the level before the pair, then after it; the pair with no rate: never a finding
            # (the points between the two levels, stated right: the points are checked since s11)
            pts = num(abs(p2 - p1), east)
            yield "level_range", True, f"تشير البيانات إلى أن {lev}، أي بمقدار {pts} نقطة مئوية، وأن {pair}."
            yield "level_range", True, f"تشير البيانات إلى أن {pair}، في حين {lev}."
            wrong = num(round(float(rate)) + 20, east)
            right = num(float(rate), east)
            yield "level_range", True, f"تشير البيانات إلى أن {lev}، وأن {pair}، أي بنسبة {right}%."
            yield "level_range", False, f"تشير البيانات إلى أن {lev}، وأن {pair}، أي بنسبة {wrong}%."


# ----------------------------------------------------------------------------- against_whole
# (subject, noun, unit after the number, current, previous, parts of current)
WHOLES = [("نقلت الشركة", "المسافرون", "ملايين مسافر", 8.5, 7.4, [1.8, 2.1, 2.6, 2.0], "مليون", "الربع"),
          ("استقبل الميناء", "الحاويات", "ألف حاوية", 640, 560, [150, 170, 190, 130], "ألف", "الفصل"),
          ("سجلت الوزارة", "الطلبات", "ألف طلب", 90, 75, [20, 25, 30, 15], "ألف", "الفصل"),
          ("أنتجت المصانع", "السيارات", "ألف سيارة", 320, 280, [70, 80, 95, 75], "ألف", "الربع")]
ORD = ["الأول", "الثاني", "الثالث", "الرابع"]
AGAINST = ["مقابل {C} {U} في العام السابق", "مقارنة بـ{C} {U} في العام السابق"]


def _fmt_parts(parts, scale, period, east):
    items = [f"{num(x, east)} {scale} في {period} {ORD[k]}" for k, x in enumerate(parts)]
    return "، و".join(items)


def _against_cases(rng):
    for i, (subj, noun, unit, cur, prev, parts, scale, period) in enumerate(WHOLES):
        for k, against in enumerate(AGAINST):
            east = (i + k) % 3 == 1
            C = against.format(C=num(prev, east), U=unit)
            head = f"{subj} خلال عام 2024 ما مجموعه {num(cur, east)} {unit}، {C}."
            dist = f" وتوزع {noun} على النحو الآتي: "
            yield "against_whole", True, head + dist + _fmt_parts(parts, scale, period, east) + "."
            bad = list(parts)
            bad[0] = round(bad[0] + (cur - prev) * 3, 1) if cur < 50 else bad[0] + 60
            yield "against_whole", False, head + dist + _fmt_parts(bad, scale, period, east) + "."
            # parts that sum to the figure set against the whole: still a fault (they break down the whole)
            worse = list(parts)
            worse[-1] = round(worse[-1] - (cur - prev), 1)
            yield "against_whole", False, head + dist + _fmt_parts(worse, scale, period, east) + "."


# ----------------------------------------------------------------------------- of_which_head
# (total, parts, currency, per-noun, count phrase, count)
HEADS = [(186, [112, 46, 28], ("مليون درهم", "درهماً"), "طفل ملقح", "وبلغ عدد الأطفال الملقحين {N} ملايين طفل.", 9.62),
         (240, [150, 60, 30], ("مليون دينار", "ديناراً"), "مستفيد", "وبلغ عدد المستفيدين {N} ملايين مستفيد.", 4.8),
         (90, [50, 25, 15], ("مليون ريال", "ريالاً"), "زائر", "واستقبل المعرض {N} ملايين زائر.", 1.5),
         (360, [200, 100, 60], ("مليون جنيه", "جنيهاً"), "تلميذ", "ويبلغ عدد التلاميذ {N} ملايين تلميذ.", 12)]
USES = ["لاقتناء التجهيزات", "للوجستيك والنقل", "للتواصل"]


def _head_cases(rng):
    for i, (tot, parts, (cur, cur_s), noun, count_s, n) in enumerate(HEADS):
        east = i % 2 == 1
        rate = round(tot / n, 1)
        items = "، و".join(f"{num(x, east)} {cur} {USES[k]}" for k, x in enumerate(parts))
        count = count_s.format(N=num(n, east))
        for R, ok in ((rate, True), (round(rate * 1.6, 1), False)):
            yield "of_which_head", ok, (f"{count} وبلغت الكلفة الإجمالية {num(tot, east)} {cur}، منها {items}، "
                                        f"أي ما يعادل {num(R, east)} {cur_s} لكل {noun}.")


# ----------------------------------------------------------------------------- maghrebi_decimal
# (noun, unit, start, end) with one decimal each; the rate to one decimal
MAGH = [("إنتاج الميناء", "ألف طن", 12.8, 14.2), ("صادرات التمور", "ألف طن", 11.5, 13.4),
        ("عائدات السياحة", "مليار دينار", 4.3, 5.1), ("قيمة الإنتاج", "مليون دينار", 7.8, 9.6)]


def _ff(x: float) -> str:
    """A one-decimal number written fraction first with «ر» («14.2» -> «2ر14»)."""
    i, f = f"{x:.1f}".split(".")
    return f"{f}ر{i}"


def _plain(x: float) -> str:
    i, f = f"{x:.1f}".split(".")
    return f"{i}ر{f}"


def _magh_cases(rng):
    for i, (noun, unit, a, b) in enumerate(MAGH):
        rate = (b / a - 1) * 100
        for write in (_ff, _plain):
            for R, ok in ((rate, True), (rate + 9, False)):
                A, B, P = write(a), write(b), write(round(R, 1))
                yield "maghrebi_decimal", ok, (f"بلغ {noun} خلال سنة 2024 ما قدره {B} {unit}، مقابل {A} {unit} "
                                               f"في السنة التي قبلها، أي بارتفاع بنسبة {P} بالمائة.")
                yield "maghrebi_decimal", ok, (f"ارتفع {noun} من {A} {unit} سنة 2023 إلى {B} {unit} العام الماضي، "
                                               f"بزيادة نسبتها {P} بالمائة.")


# ----------------------------------------------------------------------------- out_of
# (part, whole, noun, adjective of the whole, the share's noun phrase)
OUTOF = [(120, 3400, "مدرسة", "ثانوية", "من المدارس"), (22, 48, "فيلماً", "", "من الأفلام المختارة"),
         (45, 180, "بلدية", "ريفية", "من البلديات"), (300, 1200, "موظف", "", "من الموظفين"),
         (18, 60, "مشروعاً", "مموّلاً", "من المشاريع")]
MARKS = ["من أصل", "من بين", "من مجموع"]


def _outof_cases(rng):
    for i, (a, b, noun, adj, of) in enumerate(OUTOF):
        east = i % 2 == 1
        mark = MARKS[i % len(MARKS)]
        share = 100 * a / b
        A, B = num(a, east), (f"{b:,}" if b >= 1000 else num(b, east))
        whole = f"{B} {noun}" + (f" {adj}" if adj else "") if i % 2 == 0 else B
        for P, ok in ((round(share, 1), True), (round(share, 1) + 12, False)):
            Ps = num(P, east)
            yield "out_of", ok, f"شمل البرنامج في مرحلته الأولى {A} {noun} {mark} {whole}، أي في نحو {Ps}% {of}."
            yield "out_of", ok, f"بلغت النسبة نحو {Ps}% {of}، أي {A} {noun} {mark} {B}."
        # distractor: a percentage of another thing after a contrast word, not a restatement
        yield "out_of", True, (f"شمل البرنامج {A} {noun} {mark} {whole}، في حين بلغت نسبة الرضا {num(70, east)}% "
                               f"{of}.")
    # English: "A out of B, or P%"
    for a, b, P, ok in ((12, 48, 25, True), (12, 48, 40, False), (30, 120, 25, True), (30, 120, 35, False)):
        yield "out_of", ok, f"The scheme reached {a} people out of {b}, or {P}% of the total."
        yield "out_of", ok, f"The scheme reached {a} million people out of {b} million, or {P}% of them."


# ----------------------------------------------------------------------------- rate_named
# (whole phrase, whole, part noun, part, rate noun, pronoun)
NAMED = [("بلغ عدد موظفي الشركة بنهاية العام", 7900, "موظفاً سعودياً", 5688, "التوطين", "منهم", "موظف"),
         ("بلغ عدد الطلبة المسجلين", 2500, "طالب أجنبي", 1400, "الطلبة الأجانب", "منهم", "طالب"),
         ("بلغ عدد المشاريع المنجزة", 400, "مشروعاً ريفياً", 100, "المشاريع الريفية", "منها", "مشروع"),
         ("سجلت المصالح الصحية", 1200, "حالة شفاء", 1080, "الشفاء", "منها", "حالة")]
VERBS = ["أي أن نسبة {X} بلغت", "أي أن نسبة {X} تبلغ", "أي أن نسبة {X} وصلت إلى", "أي أن حصة {X} بلغت"]


def _named_cases(rng):
    for i, (lead, w, part, v, x, pron, wn) in enumerate(NAMED):
        east = i % 2 == 1
        W = f"{w:,}" if w >= 1000 and not east else num(w, east)
        V = f"{v:,}" if v >= 1000 and not east else num(v, east)
        share = 100 * v / w
        link = VERBS[i % len(VERBS)].format(X=x)
        for P, ok in ((round(share, 1), True), (round(share, 1) + 8, False)):
            yield "rate_named", ok, f"{lead} {W} {wn}، {pron} {V} {part}، {link} {num(P, east)}%."


def cases():
    rng = random.Random(SEED)
    out = [*_level_cases(rng), *_against_cases(rng), *_head_cases(rng), *_magh_cases(rng), *_outof_cases(rng),
           *_named_cases(rng)]
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


CASES = cases()
FORMS = sorted({c[0] for c in CASES})


@pytest.mark.parametrize("form", FORMS)
def test_arith_levels_family(form):
    assert_family(CASES, form, KINDS[form], 1.0)
