"""Family: share, amounts listed with their shares in brackets, and a share of a yearly whole
(s11; heldout8's misses read, so in-sample for it; synthetic cases).

  (1) «تصدّرتها A بـV1 مليار دولار (P1%)، تليها B بـV2 مليار دولار (P2%)، …» (or «بحصة P% (V)»): three
      pairs or more of one sentence give one whole together; one pair changed (its amount or its
      share) so that its whole misses the others' by more than its printed precision;
  (2) «T <unit> سنوياً، منها V <unit> …، أي P بالمئة»: the part of a yearly whole without the period.
FAULTY: as above. A finding of the share kinds is expected.

NOT faults: the correct list; a list of two pairs (no common whole of the others to hold one to).
The tolerance is the printed precision of the figures (each pair's whole is an interval), not the
point of the share checks that hold a share to a stated whole: here no whole is stated, and the
others' figures, each rounded, bound it.
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1805
FAULT = "share"
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
NAMES = ["المجموعة الأولى", "المجموعة الثانية", "المجموعة الثالثة", "المجموعة الرابعة", "المجموعة الخامسة"]
SHARES = [[40, 25, 20, 10, 5], [35, 30, 15, 10, 10], [50, 30, 20], [45, 35, 20], [30, 30, 25, 15]]


def _list(whole: int, shares: list[int], bad: int | None, east: bool, form: int) -> str:
    items = []
    for k, p in enumerate(shares):
        v = whole * p / 100
        if k == bad:
            v *= 1.25
        vs, ps = f"{v:.1f}", str(p)
        if east:
            vs, ps = vs.translate(EAST).replace(".", "٫"), ps.translate(EAST)
        items.append(f"{NAMES[k]} بـ{vs} مليار دولار ({ps}%)" if form == 0 else f"{NAMES[k]} بحصة {ps}% ({vs} مليار دولار)")
    return "، ".join(items[:1] + ["و" + x for x in items[1:]])


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(12):
        whole, shares = rng.choice([120, 208, 150, 96]), SHARES[i % len(SHARES)]
        bad = rng.randrange(len(shares))
        east, form = i % 3 == 2, i % 2
        head = "وتوزعت التجارة البينية في عام 2024 على عدة تكتلات: "
        out.append(("amounts with shares", head + _list(whole, shares, None, east, form) + ".\n",
                    head + _list(whole, shares, bad, east, form) + ".\n"))
    for i in range(8):
        t, v = rng.choice([(36, 32.4), (50, 40), (80, 60), (120, 90)])
        p = round(100 * v / t)
        c = f"تنتج الدولتان معاً {t} تيراواط ساعة سنوياً، منها {v:g} تيراواط ساعة من الطاقة الكهرومائية، أي {p} بالمئة.\n"
        f = f"تنتج الدولتان معاً {t} تيراواط ساعة سنوياً، منها {v:g} تيراواط ساعة من الطاقة الكهرومائية، أي {p - 8} بالمئة.\n"
        out.append(("share of a yearly whole", c, f))
    return out


def test_share_forms():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_what_gives_no_common_whole():
    texts = ["وتوزعت الصادرات: النفط بـ60 مليار دولار (60%)، والغاز بـ30 مليار دولار (30%).\n"]
    got = findings(FAULT, texts)
    assert not any(got), [[f.message for f in g] for g in got]
