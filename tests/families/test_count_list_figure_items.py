"""Family of constructions: a count, a colon, and a serial list of figures with what each goes to.

Grammar: ``… على N NOUN: F1 X1، وF2 X2، وF3 X3`` («وتوزع المحطة إنتاجها على ثلاثة قطاعات: 150 ألف متر
مكعب للاستخدام المنزلي، و70 ألفاً للمنطقة الصناعية، و30 ألفاً احتياطياً»): each item opens with a
figure and names its destination after it; the items are the parts the count announces.
Not faults: the right count; a list of bare years or figures with nothing after them («ثلاثة مواسم:
2019، و2020، و2021»: no destination, read as before: no list).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import findings

SEED = 13
SUBJECTS = [("وتوزع المحطة إنتاجها اليومي على", "قطاعات", "ألف متر مكعب"),
            ("ووزعت الحكومة الميزانية على", "بنود", "مليون دينار"),
            ("وتتوزع صادرات الشركة على", "أسواق", "ألف طن")]
DESTS = ["للاستخدام المنزلي", "للمنطقة الصناعية بالميناء", "احتياطياً استراتيجياً", "للزراعة المروية",
         "لمحطات الكهرباء", "للتصدير إلى الخارج"]
COUNTS = {2: "قسمين", 3: "ثلاثة", 4: "أربعة", 5: "خمسة"}
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def cases():
    rng = random.Random(SEED)
    out = []
    for i in range(18):
        lead, noun, unit = SUBJECTS[i % 3]
        n = rng.choice([3, 4, 5])
        figs = rng.sample([150, 70, 30, 45, 220, 12, 96], n)
        dests = rng.sample(DESTS, n)
        items = [f"{figs[0]} {unit} {dests[0]}"] + [f"و{f} {d}" for f, d in zip(figs[1:], dests[1:])]
        body = "، ".join(items)
        if i % 2:
            body = body.translate(EAST)
        right = f"{lead} {COUNTS[n]} {noun}: {body}. ويستفيد من ذلك نحو مليون نسمة."
        wrong = f"{lead} {COUNTS[n + 1 if n < 5 else n - 1]} {noun}: {body}. ويستفيد من ذلك نحو مليون نسمة."
        out.append((f"{i}-{noun}-{n}", right, wrong))
    return out


CASES = cases()


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_figure_items_are_counted(name, right, wrong):
    assert [f for f in findings(right) if f.kind == "count-mismatch"] == []
    assert len([f for f in findings(wrong) if f.kind == "count-mismatch"]) == 1


@pytest.mark.parametrize("s", [
    "حقق الفريق اللقب في أربعة مواسم: 2019، و2020، و2021.",
    "بلغت الإيرادات خلال ثلاث سنوات: 120، و135، و150.",
])
def test_bare_figures_are_no_list(s):
    assert [f for f in findings(s) if f.kind == "count-mismatch"] == []
