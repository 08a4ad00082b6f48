"""Family: parts-total, a trade balance against the exports and imports stated with it (s11;
heldout8's misses read, so in-sample for it; synthetic cases).

The grammar: «بلغت الصادرات E <unit>، في حين بلغت الواردات I <unit>، مما يعني/أي عجزاً (تجارياً)
قدره B <unit>» (or «فائضاً»، «بعجز تجاري بلغ»، «وبفائض قدره»), the exports and imports in either
order, amounts with scale words, Western or Eastern digits. B must be |E − I| within printed
precision. FAULTY: the exports, the imports or the balance changed. A finding of the parts-total
kinds is expected.

NOT faults: the correct balance; a balance as a share («عجز نسبته 3% من الناتج»); two export
figures in the sentence (two years: which the balance takes is not said).
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1505
FAULT = "parts-total"
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
UNITS = ["مليار دولار", "مليون يورو", "مليار درهم"]
BAL = [("مما يعني عجزاً تجارياً قدره", "مما يعني فائضاً تجارياً قدره"), ("أي بعجز تجاري بلغ", "أي بفائض تجاري بلغ"),
       ("لتسجل عجزاً قدره", "لتسجل فائضاً قدره")]


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(12):
        unit, (deficit, surplus) = UNITS[i % len(UNITS)], BAL[i % len(BAL)]
        a, b = sorted(rng.sample(range(8, 60), 2))
        ex, im = (a, b) if i % 2 else (b, a)
        words = deficit if im > ex else surplus
        d = abs(ex - im)
        num = (lambda x: str(x).translate(EAST)) if i % 3 == 2 else str
        order = (f"بلغت الصادرات {num(ex)} {unit}، في حين بلغت الواردات {num(im)} {unit}" if i % 4 < 2 else
                 f"بلغت الواردات {num(im)} {unit}، مقابل صادرات قيمتها {num(ex)} {unit}")
        c = f"وفي عام 2024 {order}، {words} {num(d)} {unit}.\n"
        f = f"وفي عام 2024 {order}، {words} {num(d + rng.choice([2, 3, 5]))} {unit}.\n"
        out.append(("balance of exports and imports", c, f))
    return out


def test_a_balance_is_the_difference_of_exports_and_imports():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_what_is_no_balance_of_the_sentence():
    texts = ["بلغت الصادرات 40 مليار دولار والواردات 50 مليار دولار، وسجلت الموازنة عجزاً نسبته 3% من الناتج.\n",
             "بلغت الصادرات 40 مليار دولار عام 2023 و45 مليار دولار عام 2024، والواردات 50 مليار دولار، بعجز قدره 7 مليارات دولار.\n"]
    got = findings(FAULT, texts)
    assert not any(got), [[f.message for f in g] for g in got]
