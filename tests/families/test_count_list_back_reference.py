"""Family of constructions: a definite count referring back to a group the text counted and listed.

Grammar: ``N NOUN هي A وB و… (a list that agrees with N) … ال-NOUN ال-M`` («تتقاسم خمس دول هي
كازاخستان … وأوزبكستان … ويبلغ عدد سكان الدول الخمس 80 مليون نسمة»): the definite count names the same
group again; M must be N.
Not faults: M = N; a subset or another group marked after the count (a definite adjective «الدول
الثلاث الأكبر», «منها», «الأخرى»); the noun counted again in between («ثم انضمت دولتان … الدول
السبع»); a list that does not agree with its own count (the list itself is the finding).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import findings

SEED = 19
GROUPS = [("دول", "الدول", ["كازاخستان", "قيرغيزستان", "طاجيكستان", "تركمانستان", "أوزبكستان", "منغوليا"],
           "تتقاسم {c} دول هي {items} مياه النهرين.", "ويبلغ عدد سكان الدول {d} 80 مليون نسمة."),
          ("مدن", "المدن", ["طنجة", "فاس", "مكناس", "وجدة", "أكادير", "مراكش"],
           "تستضيف {c} مدن هي {items} دورات المهرجان.", "وتتنافس المدن {d} على استضافة الحفل الختامي."),
          ("شركات", "الشركات", ["أرامكو", "أدنوك", "سوناطراك", "بترومين", "سابك", "معادن"],
           "تدير {c} شركات هي {items} مصافي التكرير.", "وتوظف الشركات {d} نحو 20 ألف عامل.")]
CARD = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست"}
DEF = {3: "الثلاث", 4: "الأربع", 5: "الخمس", 6: "الست"}
MID = " وتستهلك الزراعة 90 بالمئة من المياه، ويضيع ثلثها في القنوات. "


def cases():
    rng = random.Random(SEED)
    out = []
    for i in range(18):
        noun, defn, names, first, later = GROUPS[i % 3]
        n = rng.choice([3, 4, 5])
        items = " و".join(rng.sample(names, n))
        head = first.format(c=CARD[n], items=items) + MID
        right = head + later.format(d=DEF[n])
        wrong = head + later.format(d=DEF[n + 1])
        out.append((f"{i}-{noun}-{n}", right, wrong))
    return out


CASES = cases()


def counts(s):
    return [f for f in findings(s) if f.kind == "count-mismatch"]


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_back_reference_keeps_the_count(name, right, wrong):
    assert counts(right) == []
    assert len(counts(wrong)) == 1


HEAD = "تتقاسم خمس دول هي كازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان مياه النهرين." + MID


@pytest.mark.parametrize("s", [
    HEAD + "وتملك الدول الثلاث الأكبر معظم السدود.",
    HEAD + "وتعتمد الدول الثلاث منها على الزراعة.",
    HEAD + "ثم انضمت دولتان إلى الاتفاق، فصار عدد الدول سبعاً. وتلتزم الدول السبع بالحصص.",
    # a definite count with its own list in apposition names its own group
    HEAD + "وفي حزيران 2024 وقّعت الدول الثلاث، قيرغيزستان وكازاخستان وأوزبكستان، اتفاقية لبناء محطة.",
])
def test_subsets_and_new_groups_are_quiet(s):
    assert counts(s) == []
