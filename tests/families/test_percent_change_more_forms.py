"""Family: percent-change, four more wordings of a change between two figures (s11; heldout8's
misses read, so in-sample for it; synthetic cases, digits Western and Eastern).

  (1) points between two percentages, the year of the end between it and the points, the points in
      words glued to «ب» («من 61% عام 2016 إلى 68% عام 2022، أي بسبع نقاط مئوية») or with a decimal
      («أي بمقدار 1.3 نقطة مئوية»: held to its own printed precision, not to half a point);
  (2) the base after the rate with «على» («1.2 مليون طن، بزيادة 50 في المئة على 800 ألف طن»);
  (3) «بدلاً من»/«عوضاً عن» as the comparison («18 يوماً بدلاً من 30 يوماً، أي بانخفاض 40%»);
  (4) a planned change after the present value («بطاقة 15 مليون طن سنوياً، ومن المقرر رفعها إلى 25
      مليون طن، أي بزيادة 66.7%»), the present a rate per year and the plan a plain amount.
FAULTY: the stated rate (or the points) changed beyond the tolerance of the other change checks.
A finding of the percent-change kinds is expected. NOT faults: the correct rate.
"""

from __future__ import annotations

import random

from families._famlib_aritha import report, score

SEED = 1705
FAULT = "percent-change"
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WORDS = {3: "بثلاث", 4: "بأربع", 5: "بخمس", 6: "بست", 7: "بسبع", 8: "بثماني", 9: "بتسع", 10: "بعشر"}


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(8):
        a, k = rng.randrange(30, 70), rng.choice([3, 4, 5, 7, 9])
        bad = k + 2 if k + 2 in WORDS else k - 2
        c = f"ارتفعت نسبة النجاح من {a}% عام 2016 إلى {a + k}% عام 2022، أي {WORDS[k]} نقاط مئوية.\n"
        f = f"ارتفعت نسبة النجاح من {a}% عام 2016 إلى {a + k}% عام 2022، أي {WORDS[bad]} نقاط مئوية.\n"
        out.append(("points in words after a year", c, f))
    for i in range(8):
        a, d = rng.randrange(40, 90) / 10, rng.randrange(8, 25) / 10
        c = f"وارتفعت حصة التحويلات من الناتج من {a:.1f}% إلى {a + d:.1f}%، أي بمقدار {d:.1f} نقطة مئوية.\n"
        f = f"وارتفعت حصة التحويلات من الناتج من {a:.1f}% إلى {a + d:.1f}%، أي بمقدار {d + 0.3:.1f} نقطة مئوية.\n"
        out.append(("decimal points", c, f))
    for i in range(8):
        base, pct = rng.choice([(800, 50), (5000, 50), (400, 25), (1200, 25), (600, 20)])
        new = base * (100 + pct) // 100
        bad = pct - 10
        num = (lambda x: str(x).translate(EAST)) if i % 2 else str
        c = f"وبلغت الصادرات {num(new)} طن هذا العام، بزيادة {num(pct)} في المئة على {num(base)} طن في العام الماضي.\n"
        f = f"وبلغت الصادرات {num(new)} طن هذا العام، بزيادة {num(bad)} في المئة على {num(base)} طن في العام الماضي.\n"
        out.append(("rate over a base after «على»", c, f))
    for i in range(8):
        new, old = rng.choice([(18, 30), (12, 20), (9, 15), (24, 40)])
        pct = 100 * (old - new) / old
        word = rng.choice(["بدلاً من", "عوضاً عن"])
        c = f"وأصبح زمن العبور {new} يوماً {word} {old} يوماً، أي بانخفاض {pct:.0f}%.\n"
        f = f"وأصبح زمن العبور {new} يوماً {word} {old} يوماً، أي بانخفاض {100 * (old - new) / new:.1f}%.\n"
        out.append(("instead of", c, f))
    for i in range(8):
        now, plan = rng.choice([(15, 25), (20, 30), (8, 12), (40, 50)])
        pct = 100 * (plan - now) / now
        c = f"ويعمل الميناء حالياً بطاقة {now} مليون طن سنوياً، ومن المقرر رفعها إلى {plan} مليون طن، أي بزيادة {pct:.1f}%.\n"
        f = f"ويعمل الميناء حالياً بطاقة {now} مليون طن سنوياً، ومن المقرر رفعها إلى {plan} مليون طن، أي بزيادة {100 * (plan - now) / plan:.1f}%.\n"
        out.append(("a planned change", c, f))
    return out


def test_more_forms_of_a_change():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])
