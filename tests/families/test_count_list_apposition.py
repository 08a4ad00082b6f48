"""Family of constructions: a definite count with its list in apposition between two commas.

Grammar: ``ال-NOUN ال-NUM، A وB و… وZ، REST`` («وقّعت الدول الثلاث، قيرغيزستان وكازاخستان وأوزبكستان،
اتفاقية …»، «وأكد الوزراء الأربعة، فلان وفلان وفلان وفلان، أن …»): the names (one or two words each,
joined by «و») between the commas are the things the definite count announces.
Not faults: the right count; an adverbial phrase between the commas («الأطراف الثلاثة، بعد مفاوضات
طويلة، …»); years or figures between the commas.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import findings

SEED = 17
GROUPS = [("الدول", {2: "الدولتان", 3: "الثلاث", 4: "الأربع", 5: "الخمس"},
           ["قيرغيزستان", "كازاخستان", "أوزبكستان", "طاجيكستان", "تركمانستان", "منغوليا"],
           "وفي حزيران 2024 وقّعت {head}، {items}، اتفاقية لبناء محطة كهرومائية."),
          ("الوزراء", {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة"},
           ["سالم الكعبي", "هدى الزين", "ماجد العلي", "رنا حداد", "فؤاد سالم"],
           "وأكد {head}، {items}، أن الخطة ستنفذ قبل نهاية العام."),
          ("الموانئ", {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة"},
           ["أكتاو", "كوريك", "باكو", "بوتي", "باتومي"],
           "وتعمل {head}، {items}، بأقل من طاقتها.")]


def cases():
    rng = random.Random(SEED)
    out = []
    for i in range(24):
        noun, nums, names, tpl = GROUPS[i % 3]
        n = rng.choice([k for k in nums if k != 2 and k + 1 in nums or k - 1 in nums and k != 2])
        items = " و".join(rng.sample(names, n))
        other = n + 1 if n + 1 in nums else n - 1
        right = tpl.format(head=f"{noun} {nums[n]}", items=items)
        wrong = tpl.format(head=f"{noun} {nums[other]}", items=items)
        out.append((f"{i}-{noun}-{n}", right, wrong))
    return out


CASES = cases()


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_apposed_names_are_counted(name, right, wrong):
    assert [f for f in findings(right) if f.kind == "count-mismatch"] == []
    assert len([f for f in findings(wrong) if f.kind == "count-mismatch"]) == 1


@pytest.mark.parametrize("s", [
    "واتفقت الأطراف الثلاثة، بعد مفاوضات طويلة، على الخطة.",
    "وشهدت الأعوام الثلاثة، 2019 و2020، تراجعاً في الصادرات.",
    "وقررت الدول الخمس، في ختام اجتماعها، تمديد الاتفاق.",
])
def test_adverbials_and_figures_between_commas_are_no_list(s):
    assert [f for f in findings(s) if f.kind == "count-mismatch"] == []
