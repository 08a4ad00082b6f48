"""Family of constructions: a list of short names joined by «و» alone, then «، و» opening a new clause.

Grammar: ``… N NOUN هي A وB و… وZ، وVERB PARTICLE …`` («في أربع محافظات هي المنوفية والشرقية وأسيوط
وسوهاج، وتبيّن أن 540 أسرة منها …»). The names are one or two words each and joined by «و» with no
comma; the comma then «و» opens a clause (a verb and its subject before the complementizer «أن», or a word
that opens a clause: «وقد»، «وكان»، «وتم»), which is no item of the list, and a partitive («منها») in that clause
does not make the list partial. The list's count is then checked against the names before the comma.
Not faults: a right count; a last item after «، و» that is a name («هي مصر والأردن، والمملكة العربية
السعودية في القمة»); a comma-separated list («هي أ، وب، وج»).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import findings

SEED = 11
NAMES = {"محافظات": ["المنوفية", "الشرقية", "أسيوط", "سوهاج", "الغربية", "قنا", "المنيا"],
         "ولايات": ["نواكشوط", "الحوض الشرقي", "لعصابة", "كيدي ماغا", "تكانت", "أدرار", "البراكنة"],
         "مدن": ["طنجة", "فاس", "مكناس", "وجدة", "أكادير", "مراكش", "الرباط"]}
COUNTS = {3: ("ثلاث", "ثلاث"), 4: ("أربع", "أربع"), 5: ("خمس", "خمس"), 6: ("ست", "ست")}
CLAUSES = ["وتبيّن أن {k} أسرة منها تنفق معظم دخلها على التعليم",
           "وأظهرت النتائج أن نصف المستجوبين منها يعملون في الزراعة",
           "وقد بلغ عدد المستفيدين منها {k} ألف شخص",
           "وأكد الباحثون أن {k} أسرة منها تلقت تحويلات"]
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def cases():
    rng = random.Random(SEED)
    out = []
    for i in range(24):
        noun = list(NAMES)[i % 3]
        n = rng.choice(sorted(COUNTS))
        names = rng.sample(NAMES[noun], n)
        clause = CLAUSES[i % len(CLAUSES)].format(k=rng.choice([540, 120, 35]))
        if i % 2:
            clause = clause.translate(EAST)
        lead = f"وشمل مسح ميداني أجراه المركز {1200 + i} أسرة في {{c}} {noun} هي {' و'.join(names)}، {clause}."
        right = lead.format(c=COUNTS[n][0])
        wrong = lead.format(c=COUNTS[n + 1 if n < 6 else n - 1][0])
        out.append((f"{i}-{noun}-{n}", right, wrong))
    return out


CASES = cases()


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_clause_after_the_list_is_no_item(name, right, wrong):
    assert [f for f in findings(right) if f.kind == "count-mismatch"] == []
    assert len([f for f in findings(wrong) if f.kind == "count-mismatch"]) == 1


@pytest.mark.parametrize("s", [
    "شاركت ثلاث دول هي مصر والأردن، والمملكة العربية السعودية في القمة.",
    "تضم المجموعة أربع دول هي مصر، والأردن، والعراق، والمملكة العربية السعودية.",
    "زار الوفد ثلاث مدن هي فاس ومكناس، ووجدة في أقصى الشرق.",
])
def test_names_after_the_comma_are_items(s):
    assert [f for f in findings(s) if f.kind == "count-mismatch"] == []
