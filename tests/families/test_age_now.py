"""An age in the present tense right after a year of birth, against the text's present: generated.

Grammar: «<الاسم>، المولود(ة) عام B، وهو/وهي في <ordinal age>» (also «في الـN من عمره/عمرها»،
«والبالغ(ة) من العمر N عاماً»), in a text whose present is known: a dateline («طنجة، الأربعاء 18
يونيو 2025»، «بغداد - 26 آذار 2025») or a full date at its head. The nominal clause states the age
now, so it must be P − B or P − B − 1 (the birthday not yet reached). Ages in words (ordinal,
compound «الخامسة والسبعين»), or digits (Western, Eastern). Negatives: the same sentence with no
dateline (the present unknown), a past clause («وكان في الستين» is an age at some event), and an
approximate age one off («وهي في نحو …»: not generated, the rule allows it).
"""

from __future__ import annotations

import random

import pytest

from ._famlib_forms import EAST, findings

ORD_F = {60: "الستين", 65: "الخامسة والستين", 70: "السبعين", 72: "الثانية والسبعين", 75: "الخامسة والسبعين",
         80: "الثمانين", 83: "الثالثة والثمانين", 50: "الخمسين", 55: "الخامسة والخمسين", 90: "التسعين"}
ORD_M = {60: "الستين", 65: "الخامس والستين", 70: "السبعين", 72: "الثاني والسبعين", 75: "الخامس والسبعين",
         80: "الثمانين", 83: "الثالث والثمانين", 50: "الخمسين", 55: "الخامس والخمسين", 90: "التسعين"}
HEADS = ["طنجة، 18 يونيو {p}\n\n", "بغداد - 26 آذار {p}\n\n", "الرباط في 3 مارس {p} (ومع) - "]
BODIES = [
    ("تكرّم الدورة المخرجة ليلى بنيس، المولودة عام {b}، وهي في {a}، بعد مسيرة طويلة.", ORD_F),
    ("ويحل ضيفاً على المهرجان الكاتب سمير العلوي، المولود عام {b}، وهو في {a}، لتقديم كتابه الجديد.", ORD_M),
    ("ويرأس اللجنة الشاعر عادل الكبير، المولود سنة {b} والبالغ من العمر {n} عاماً.", None),
]


def cases():
    rnd = random.Random(31)
    for h, head in enumerate(HEADS):
        for i, (body, table) in enumerate(BODIES):
            for k in range(3):
                p = rnd.choice([2024, 2025])
                age = rnd.choice(sorted(ORD_F))
                b = p - age - rnd.choice([0, 1]) if table is None else p - age
                wrong = rnd.choice([a for a in ORD_F if abs(a - age) >= 3])
                if table is None:
                    fmt = (lambda n: str(n)) if k != 2 else (lambda n: str(n).translate(EAST))
                    right, bad = body.format(b=b, n=fmt(age)), body.format(b=b, n=fmt(wrong))
                else:
                    right, bad = body.format(b=b, a=table[age]), body.format(b=b, a=table[wrong])
                yield f"h{h}b{i}k{k}", head.format(p=p) + right, head.format(p=p) + bad


NEGATIVES = [
    "تكرّم الدورة المخرجة ليلى بنيس، المولودة عام 1950، وهي في السبعين، بعد مسيرة طويلة.",
    "طنجة، الأربعاء 18 يونيو 2025\n\nولد الكاتب عام 1930، وكان في الستين حين نشر روايته الأولى.",
]

CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_age_now(name, right, wrong):
    got = findings(right)
    assert got == [], [f.message for f in got]
    assert any(f.kind == "age-mismatch" for f in findings(wrong)), wrong


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_are_quiet(text):
    got = [f for f in findings(text) if f.kind == "age-mismatch"]
    assert got == [], [f.message for f in got]
