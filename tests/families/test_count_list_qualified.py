"""Family: count-list, a count whose noun is qualified before its list, and a list followed by a
figure coordinated with it (read from heldout7's misses, so in-sample for it; the cases below are
synthetic and vary nouns, counts, qualifiers, prepositions and items).

The grammar:
  (1) <count> <noun> <qualifier of one to four words: a verb phrase «شاركت للمرة الأولى», a
      prepositional phrase «في مرحلة "الأزمة"»> «هي:» / «وهي:» <item>، <item> و<item>
      (the pronoun with a colon opens the list of the counted noun);
  (2) [ب]<count> <noun> «هي» <item> و<item> و<item>، و<figure> <noun> و<figure> <noun>
      (the figures after «، و» are counted beside the list, not items of it).
FAULTY: the count word changed (the list untouched). A count-mismatch is expected.

NOT faults: the count agrees; a qualifier holding another count («خمسة وزراء في اللجان الثلاث هي: …»
names the committees, the nearer count wins); a pronoun «هي» without a colon after a qualifier
(a clause's subject, no list).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import findings, report, score

SEED = 83
FAULT = "count-list"

COUNT_F = {2: "دولتين", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني"}
COUNT_M = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية"}
FEM = [("دول", ["كازاخستان", "تشيلي", "كينيا", "البيرو", "فيتنام", "غانا", "النرويج", "كندا"]),
       ("ولايات", ["الحوض الشرقي", "الحوض الغربي", "لعصابة", "كوركول", "غورغول", "البراكنة", "الترارزة", "تكانت"]),
       ("كليات", ["الآداب", "الحقوق", "إدارة الأعمال", "الهندسة", "الطب", "العلوم", "الصيدلة", "التربية"])]
QUALS = ["شاركت للمرة الأولى", "في مرحلة \"الأزمة\"", "تضررت من الجفاف", "انضمت إلى المبادرة",
         "في المرحلة الثانية"]
LEADS = ["وأعلنت الهيئة أن", "وصنفت المفوضية", "وذكر التقرير أن", "وضمت القائمة"]


def _list(items: list[str], rng) -> str:
    if rng.random() < 0.5:
        return "، ".join(items[:-1]) + " و" + items[-1]
    return "، ".join(items[:1] + ["و" + x for x in items[1:]])


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(16):
        noun, pool = rng.choice(FEM)
        n = rng.randrange(3, 7)
        items = rng.sample(pool, n)
        q, lead = rng.choice(QUALS), rng.choice(LEADS)
        intro = rng.choice(["هي:", "وهي:", "، وهي:"])
        tail = " واستفادت من الدعم في الموسم الماضي."
        c = f"{lead} {COUNT_F[n]} {noun} {q} {intro} {_list(items, rng)}.{tail}\n"
        f = f"{lead} {COUNT_F[n + 1]} {noun} {q} {intro} {_list(items, rng)}.{tail}\n"
        out.append(("qualified noun", c, f))
    for _ in range(12):
        noun, pool = FEM[2]
        n = rng.randrange(3, 6)
        items = rng.sample(pool, n)
        a, b = rng.randrange(120, 900), rng.randrange(12, 80)
        pre = rng.choice(["ب", ""])
        c = (f"وقد افتتحت الجامعة أبوابها {pre}{COUNT_F[n]} كليات هي {_list(items, rng)}، و{a} طالباً و{b} أستاذاً. "
             f"ثم توسعت في العقد التالي.\n")
        f = (f"وقد افتتحت الجامعة أبوابها {pre}{COUNT_F[n + 1]} كليات هي {_list(items, rng)}، و{a} طالباً و{b} أستاذاً. "
             f"ثم توسعت في العقد التالي.\n")
        out.append(("list then figures", c, f))
    return out


def not_faults() -> list[tuple[str, str]]:
    return [
        ("nearer count", "وشارك خمسة وزراء في اللجان الثلاث وهي: المالية والتخطيط والتعليم.\n"),
        ("nearer count", "واجتمع أربعة خبراء من الدول الثلاث، وهي: مصر والأردن وتونس.\n"),
        ("pronoun no colon", "وأعلنت الهيئة أن ثلاث دول انضمت إلى المبادرة هي الأكثر تضرراً من الجفاف والتصحر والفقر.\n"),
        ("figures only", "وتضم الجامعة ست كليات هي الآداب والحقوق والطب والهندسة والعلوم والتربية، و12600 طالب.\n"),
    ]


@pytest.fixture(scope="module")
def results():
    return score(FAULT, cases())


def test_zero_findings_on_correct_versions(results):
    alarms = {fam: r["alarms"][:2] for fam, r in results.items() if r["fa"]}
    assert not alarms, alarms


def test_zero_findings_on_not_faults():
    texts = not_faults()
    got = findings(FAULT, [t for _, t in texts])
    bad = [(fam, t, [f.message for f in g]) for (fam, t), g in zip(texts, got) if g]
    assert not bad, bad[:3]


def test_recall_on_faulty_versions(results):
    for fam, r in results.items():
        assert r["caught"] == r["n"], (fam, report(results), r["missed"][:2])
