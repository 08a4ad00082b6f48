"""A gap and the explicit date it stands for, side by side: the grammar, generated.

1. *بعد N، (في) عام Y* — «<فعل> عام a … ثم <فعل> بعد N سنوات، عام Y»: the gap counts from an
   earlier dated event of the text (in the same sentence, «التحق بالجامعة عام 1949 … ونال الشهادة
   بعد أربع سنوات، عام 1953», or a paragraph before, «أطلقته الوزارة عام 2016 … ثم عُمّم بعد ثلاث
   سنوات، عام 2019»). Right when some earlier explicit date is N years before Y. Distractor: a
   citation's year in brackets between the two («(الزعبي، 2019: 33)»), which is no event.
2. *Y، أي قبل N* — «شُيّد الجسر عام Y، أي قبل N عاماً» in a text with a dateline: N counts back
   from the dateline's year.
3. *قبل N، في عام Y* — «افتُتح قبل N سنوات، في عام Y», the same against the dateline.

Numbers in words (both genders, compound) or digits (Western, Eastern). Negatives: an
approximated gap («بعد نحو …»), a gap counted from a named event («بعد N سنوات من الاستقلال»), and a
text without a dateline (the present unknown: «أي قبل N» is left alone).
"""

from __future__ import annotations

import random

import pytest

from ._famlib_forms import EAST, findings

FEM = {2: "سنتين", 3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات", 6: "ست سنوات", 7: "سبع سنوات",
       8: "ثماني سنوات", 9: "تسع سنوات", 10: "عشر سنوات", 12: "اثنتي عشرة سنة", 14: "أربع عشرة سنة",
       21: "إحدى وعشرين سنة", 30: "ثلاثين سنة", 57: "سبع وخمسين سنة", 67: "سبع وستين سنة"}
MASC = {2: "عامين", 3: "ثلاثة أعوام", 4: "أربعة أعوام", 5: "خمسة أعوام", 6: "ستة أعوام", 7: "سبعة أعوام",
        8: "ثمانية أعوام", 9: "تسعة أعوام", 10: "عشرة أعوام", 12: "اثني عشر عاماً", 14: "أربعة عشر عاماً",
        21: "واحداً وعشرين عاماً", 30: "ثلاثين عاماً", 57: "سبعة وخمسين عاماً", 67: "سبعة وستين عاماً"}


def form(n: int, k: int) -> str:
    if k == 0:
        return FEM[n]
    if k == 1:
        return MASC[n]
    digits = str(n) if k == 2 else str(n).translate(EAST)
    return f"{digits} سنوات" if n <= 10 else f"{digits} عاماً"


AFTER = [
    "التحق بالجامعة عام {a} وهو في السابعة عشرة، ونال منها الشهادة بعد {d}، عام {b}، ثم سافر.",
    "أطلقت الوزارة البرنامج عام {a}.\n\nبدأ البرنامج تجريبياً في مدارس قليلة (الزعبي، {c}: 33)، ثم عُمّم بعد {d}، عام {b}، على المدارس كلها.",
    "وقّعت الحكومة الاتفاقية في عام {a}، ودخلت حيز التنفيذ بعد {d}، في عام {b}.",
]
PRESENT = [
    "بغداد - 26 آذار {p}\nقال المحافظ إن الجسر القديم الذي شُيّد عام {y}، أي قبل {d}، لم يعد صالحاً.",
    "الرباط، 31 مارس {p}\nوبالمقارنة مع الحملة السابقة التي نظمت سنة {y}، أي قبل {d}، ارتفع عدد المستفيدين.",
    "تونس في 13 فيفري {p} (وات) - وأشار إلى أن المركز افتُتح قبل {d}، في عام {y}، بتمويل أجنبي.",
]
NEGATIVES = [
    "التحق بالجامعة عام 1949، ونال منها الشهادة بعد نحو ست سنوات، عام 1953.",
    "نالت البلاد استقلالها، وبعد ثلاث سنوات من الاستقلال، عام 1965، انضمت إلى المنظمة.",
    "قال المحافظ إن الجسر القديم الذي شُيّد عام 1958، أي قبل عشرين عاماً، لم يعد صالحاً.",
    "بغداد - 26 آذار 2025\nأطلق المشروع عام 2015، أي قبل عشر سنوات، ثم توقف.",
    "بغداد - 26 آذار 2025\nأطلق المشروع عام 2014، أي قبل عشر سنوات، ثم توقف.",  # a year of slack for the present
]


def cases():
    rnd = random.Random(6)
    for i, t in enumerate(AFTER):
        for k in range(4):
            a = rnd.choice([1949, 1961, 1978, 2004, 2016])
            n = rnd.choice([3, 4, 5, 7, 9])
            wrong = n + rnd.choice([-1, 1]) if n < 10 else n - 1
            fmt = dict(a=a, b=a + n, c=a + n)
            yield f"after{i}{k}", t.format(d=form(n, k), **fmt), t.format(d=form(wrong, k), **fmt)
    for i, t in enumerate(PRESENT):
        for k in range(4):
            p = rnd.choice([2024, 2025])
            n = rnd.choice([10, 12, 14, 21, 30, 57, 67])
            wrong = rnd.choice([m for m in FEM if abs(m - n) >= 2 and m >= 3])
            yield f"present{i}{k}", t.format(p=p, y=p - n, d=form(n, k)), t.format(p=p, y=p - n, d=form(wrong, k))


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_apposed_gap(name, right, wrong):
    got = findings(right)
    assert got == [], [f.message for f in got]
    assert any(f.kind == "duration-mismatch" for f in findings(wrong)), wrong


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_are_quiet(text):
    got = [f for f in findings(text) if f.kind == "duration-mismatch"]
    assert got == [], [f.message for f in got]
