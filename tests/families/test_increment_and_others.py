"""Family: parts-total, a change in absolute terms against its two ends, and the others of «A من
أصل B» (s11; heldout8's misses read, so in-sample for it; synthetic cases).

The grammar:
  (1) «ارتفع/انخفض <noun> من A إلى B <unit>، بزيادة/بتراجع (قدره) N <unit>»: N = |B − A|;
  (2) «انضمام/انسحاب N <unit> …، ليرتفع/لينخفض <noun> من A إلى B <unit>»: the event before the pair;
  (3) «A <unit> من أصل B <unit> …، أي أن C (فقط) لم …»: C = B − A.
Counts in digits or words. FAULTY: the change, or an end, off by one to three. A finding of the
parts-total kinds is expected.

NOT faults: the correct figures; a percentage change («بزيادة 20 في المئة»: the growth check's);
a change of another noun («من 39 إلى 42 دولة، بزيادة 5 مليارات دولار»); «أي أن C» with no negation
(a restatement of the part, not the others).
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1605
FAULT = "parts-total"
WORDS = {2: "دولتين", 3: "ثلاث دول", 4: "أربع دول", 5: "خمس دول", 6: "ست دول", 7: "سبع دول"}
NOUNS = ["عدد الدول المشاركة في المبادرة", "عدد الدول الأعضاء في المنظمة", "عدد الدول الموقعة على الاتفاقية"]


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(10):
        a, k = rng.randrange(20, 50), rng.randrange(2, 6)
        noun, kw = rng.choice(NOUNS), WORDS[k]
        bad = WORDS[k + 1]
        c = f"وفي عام 2024 ارتفع {noun} من {a} إلى {a + k} دولة، بزيادة {kw}.\n"
        f = f"وفي عام 2024 ارتفع {noun} من {a} إلى {a + k} دولة، بزيادة {bad}.\n"
        out.append(("change after the pair", c, f))
    for i in range(10):
        a, k = rng.randrange(20, 50), rng.randrange(2, 6)
        noun = rng.choice(NOUNS)
        new = "جديدتين" if k == 2 else "جديدة"
        c = f"أعلن المجلس أمس انضمام {WORDS[k]} {new}، ليرتفع {noun} من {a} إلى {a + k} دولة.\n"
        f = f"أعلن المجلس أمس انضمام {WORDS[k]} {new}، ليرتفع {noun} من {a} إلى {a + k + 1} دولة.\n"
        out.append(("event before the pair", c, f))
    for i in range(10):
        n, k = rng.randrange(30, 60), rng.randrange(2, 7)
        c = f"وقال الأمين العام إن {n - k} دولة من أصل {n} دولة صادقت على الاتفاقية، أي أن {WORDS[k]} فقط لم تودع وثائق التصديق بعد.\n"
        f = f"وقال الأمين العام إن {n - k - 1} دولة من أصل {n} دولة صادقت على الاتفاقية، أي أن {WORDS[k]} فقط لم تودع وثائق التصديق بعد.\n"
        out.append(("the others of out-of", c, f))
    return out


def test_changes_and_others():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_what_is_no_absolute_change_or_others():
    texts = ["ارتفعت الصادرات من 10 إلى 12 مليار دولار، بزيادة 20 في المئة.\n",
             "ارتفع عدد الدول من 39 إلى 42 دولة، بزيادة 5 مليارات دولار في التبادل.\n",
             "وقال إن 49 دولة من أصل 54 دولة صادقت، أي أن 49 دولة أودعت وثائقها.\n"]
    got = findings(FAULT, texts)
    assert not any(got), [[f.message for f in g] for g in got]


def test_an_indefinite_dual_of_states_counts_two_but_not_the_parties():
    from tahqiq.extract.figures import figures_from_string

    def duals(s):
        return [(r.value, r.unit) for r in figures_from_string(s).itertuples() if r.note == "dual (by morphology)"]

    assert duals("أعلن المجلس انضمام دولتين جديدتين إلى المبادرة.") == [(2.0, "دولة")]
    assert duals("زار الوزير بلدين أفريقيين في جولته.") == [(2.0, "بلد")]
    for s in ("تكامل إستراتيجي بين بلدين يملكان رؤية واضحة.", "اتفق البلدين على التعاون.",
              "أعلنت الدولتان البيان المشترك.", "بوصفهما شريكين استراتيجيين."):
        assert duals(s) == [], s
