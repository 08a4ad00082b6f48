"""Family: parts-total, two more closings of a breakdown (s11; heldout7's misses read, so in-sample
for it; synthetic cases, Western digits and the dot as a thousands separator).

  (1) a distribution announced by «يتوزعون كما يأتي:»، «وتتوزع على النحو التالي:» after its whole, the
      parts after the colon with bare numbers that count what the first part counts and a share in
      brackets after each («إدارة الأعمال 3780 طالباً (30 في المئة)، والهندسة 2520 (20 في المئة)»);
  (2) a «منها» list whose parts each carry a share in brackets, the shares summing to 100 %: the list
      is the whole, so the parts must sum to it (not only not exceed it); the whole may stand right after
      «العام» when it cannot be a year («منذ بداية العام 68.400 رأس»).
FAULTY: one part changed. A finding of the parts-total kinds is expected.

NOT faults: the correct parts; a «منها» list whose shares do not sum to 100 % (a partial list).
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1905
FAULT = "parts-total"
FACULTIES = ["إدارة الأعمال", "الهندسة", "العلوم الصحية", "الحقوق", "الآداب", "الإعلام"]
SHARES = [[30, 20, 16, 15, 10, 9], [40, 25, 20, 15], [50, 30, 20], [35, 25, 20, 10, 10]]
HERDS = ["من الأغنام والماعز", "من الأبقار", "من الإبل", "من الخيول"]


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(10):
        shares = SHARES[i % len(SHARES)]
        whole = rng.choice([12600, 8400, 10000, 6000])
        parts = [whole * p // 100 for p in shares]
        k = rng.randrange(len(parts))
        bad = list(parts)
        bad[k] += rng.choice([90, 120, 200])
        opener = rng.choice(["يتوزعون كما يأتي:", "ويتوزعون على النحو التالي:"])

        def body(ps):
            items = [f"{FACULTIES[0]} {ps[0]} طالباً ({shares[0]} في المئة)"]
            items += [f"و{FACULTIES[j]} {ps[j]} ({shares[j]} في المئة)" for j in range(1, len(ps))]
            return "، ".join(items)

        head = f"تضم الجامعة اليوم {whole} طالب وطالبة، {opener} "
        out.append(("distribution as follows", head + body(parts) + ".\n", head + body(bad) + ".\n"))
    for i in range(10):
        shares = SHARES[1 + i % 2]
        whole = rng.choice([68400, 12000, 50000])
        parts = [whole * p // 100 for p in shares]
        k = rng.randrange(len(parts))
        bad = list(parts)
        bad[k] -= rng.choice([360, 500, 1000])

        def body(ps):
            return "، و".join(f"{ps[j]:,}".replace(",", ".") + f" رأساً {HERDS[j]} ({shares[j]} في المائة)"
                             for j in range(len(ps)))

        head = f"نفق منذ بداية العام {whole:,} رأس من الماشية، منها ".replace(",", ".")
        out.append(("of which, with shares summing to 100", head + body(parts) + ".\n", head + body(bad) + ".\n"))
    return out


def test_more_closings_of_a_breakdown():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_a_partial_list_of_which_is_no_fault():
    got = findings(FAULT, ["نفق منذ بداية العام 68.400 رأس من الماشية، منها 41.040 رأساً من الأغنام (60 في المائة)، "
                           "و20.000 رأس من الأبقار (29 في المائة).\n"])
    assert not got[0], [f.message for f in got[0]]
