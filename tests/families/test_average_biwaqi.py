"""Family: average, «بواقع» as the lead of an average per head (s11; heldout8's misses read, so
in-sample for it; synthetic cases).

The grammar: «T <noun> موزعة على C <heads>، بواقع A <noun> لكل <head>» (also «أي بواقع»), in
digits or words; A must be T / C. FAULTY: the total changed (off by 20-50 %). A finding of the
average kinds is expected. NOT faults: the correct average; «بواقع» before a figure of another
noun with no count of its head («بواقع مرتين أسبوعياً»).
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1305
FAULT = "average"
ITEMS = [("مقعداً", "مقاعد", "دوائر", "دائرة"), ("طناً", "أطنان", "محافظات", "محافظة"),
         ("جهازاً", "أجهزة", "مدارس", "مدرسة"), ("موظفاً", "موظفين", "فروع", "فرع")]
WORDS = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 8: "ثماني", 10: "عشر"}


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(12):
        sg, pl, heads, head = ITEMS[i % len(ITEMS)]
        c_ = rng.choice(sorted(WORDS))
        a = rng.randrange(12, 40)
        t = a * c_
        bad = t + rng.choice([a * 2, a * 3])
        lead = rng.choice(["بواقع", "أي بواقع"])
        cnt = WORDS[c_] if i % 2 else str(c_)
        c = f"وفي عام 2023 خُصص {t} {sg} موزعة على {cnt} {heads}، {lead} {a} {sg} لكل {head}.\n"
        f = f"وفي عام 2023 خُصص {bad} {sg} موزعة على {cnt} {heads}، {lead} {a} {sg} لكل {head}.\n"
        out.append(("بواقع per head", c, f))
    return out


def test_biwaqi_average_per_head():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_biwaqi_without_a_count_is_no_average_to_check():
    got = findings(FAULT, ["تعقد اللجنة اجتماعاتها بواقع مرتين أسبوعياً منذ عام 2021، وتضم 12 عضواً.\n"])
    assert not got[0], [f.message for f in got[0]]
