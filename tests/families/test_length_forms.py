"""Lengths of time in news prose: three more constructions of the claim, generated.

1. A present-tense verb of lasting with «على» before the length, the span in brackets before it:
   «برنامج تأهيل الأسطول (a-b)، الذي يمتد على N سنوات» («يمتد/تمتد/يدوم/تدوم»); the years counted
   with or without both ends (one year of slack).
2. A range of days with a weekday at each end, month and year once, then its length: «من الاثنين 6
   إلى الأحد 12 أكتوبر 2025، على مدى سبعة أيام» (the days counted inclusively).
3. A stoppage between two dates of one sentence, its length after «بعد <مصدر> دام/استمر N»:
   «أُغلق الحوض في أكتوبر 2024، ولم يُعد فتحه إلا في جانفي 2025، بعد توقف دام ثلاثة أشهر»
   (months counted with or without both ends).

4. A sentence without dates concluding the one before it, «وبذلك/وهكذا/وبهذا» + a verb of lasting
   + a length in years and months («وبذلك استغرق العمل ثلاث سنوات وثلاثة أشهر»), against the first
   and last dates of the sentence before («بدأت الأعمال في تشرين الثاني 2021 … أخّرا إنجازه إلى
   شباط 2025»; a month of slack).

Correct texts raise nothing; faulty ones a ``duration-mismatch``. Negatives: an approximated length
(«نحو»), a stoppage sentence with three dates (which two are the ends is unclear), a concluding
sentence after a sentence with one date only.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from ._famlib_forms import EAST, findings

AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
LATIN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
FEM_Y = {3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات", 6: "ست سنوات", 7: "سبع سنوات", 8: "ثماني سنوات",
         9: "تسع سنوات"}
DAYS = {3: "ثلاثة أيام", 4: "أربعة أيام", 5: "خمسة أيام", 6: "ستة أيام", 7: "سبعة أيام", 8: "ثمانية أيام",
        9: "تسعة أيام", 10: "عشرة أيام", 11: "أحد عشر يوماً"}
MONTHS = {2: "شهرين", 3: "ثلاثة أشهر", 4: "أربعة أشهر", 5: "خمسة أشهر", 6: "ستة أشهر", 7: "سبعة أشهر",
          8: "ثمانية أشهر", 9: "تسعة أشهر", 10: "عشرة أشهر"}


def program_cases():
    rnd = random.Random(41)
    verbs = ["يمتد على", "تمتد على", "يدوم", "تمتد"]
    nouns = [("برنامج تأهيل الأسطول", "الذي"), ("خطة تطوير الميناء", "التي"), ("مشروع توسعة الطريق", "الذي"),
             ("الاستراتيجية الوطنية للمياه", "التي")]
    for i, (noun, rel) in enumerate(nouns):
        for k, verb in enumerate(verbs):
            a = rnd.choice([2019, 2021, 2023])
            n = rnd.choice([3, 4, 5])
            b = a + n - rnd.choice([0, 1])
            digits = (lambda s: s.translate(EAST)) if k == 3 else str
            t = f"وبيّن المسؤول أن {noun} ({digits(str(a))}-{digits(str(b))})، {rel} {verb} {{d}}، رُصدت له اعتمادات كبيرة."
            yield f"p{i}{k}", t.format(d=FEM_Y[n]), t.format(d=FEM_Y[n + 3])


def range_cases():
    rnd = random.Random(42)
    for i in range(10):
        start = date(2020, 1, 1) + timedelta(days=rnd.randrange(2000))
        n = rnd.choice([3, 5, 7, 8])
        end = start + timedelta(days=n - 1)
        if end.month != start.month:
            continue
        lead = "على مدى" if i % 2 else "لمدة"
        t = (f"ستقام الدورة من {AR_DAYS[start.weekday()]} {start.day} إلى {AR_DAYS[end.weekday()]} {end.day} "
             f"{LATIN[end.month - 1]} {end.year}، {lead} {{d}}، في ثلاث قاعات.")
        yield f"r{i}", t.format(d=DAYS[n]), t.format(d=DAYS[n + 2])


def pause_cases():
    rnd = random.Random(43)
    nouns = [("أُغلق الحوض الشمالي", "ولم يُعد فتحه إلا", "توقف", "دام"),
             ("توقفت الرحلات إلى المدينة", "ولم تستأنف إلا", "انقطاع", "استمر"),
             ("أغلق المعبر الحدودي", "ولم يفتح مجدداً إلا", "إغلاق", "امتد")]
    for i, (first, second, noun, verb) in enumerate(nouns):
        for k in range(3):
            y = rnd.choice([2019, 2021, 2024])
            m1 = rnd.randrange(12)
            n = rnd.choice([3, 4, 5, 6])
            m2 = m1 + n
            a = f"{LATIN[m1]} {y}"
            b = f"{LATIN[m2 % 12]} {y + m2 // 12}"
            t = f"{first} في {a} لأشغال الصيانة، {second} في {b}، بعد {noun} {verb} {{d}}."
            yield f"s{i}{k}", t.format(d=MONTHS[n]), t.format(d=MONTHS[n + 3])


SYRIAC = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
YEARS_AR = {1: "سنة", 2: "سنتين", 3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات"}
MONTHS_AND = {2: "شهرين", 3: "ثلاثة أشهر", 4: "أربعة أشهر", 5: "خمسة أشهر", 7: "سبعة أشهر", 8: "ثمانية أشهر"}


def thereby_cases():
    rnd = random.Random(44)
    leads = [("وبذلك استغرق العمل", "بدأت أعمال التنفيذ في {a}، غير أن تأخر صرف المستحقات أخّر إنجازه إلى {b}."),
             ("وهكذا استمرت المفاوضات", "انطلقت المفاوضات في {a}، ولم توقع الاتفاقية إلا في {b}."),
             ("وبهذا دام الحصار", "فُرض الحصار على المدينة في {a}، ورُفع في {b}.")]
    for i, (lead, before) in enumerate(leads):
        for k in range(4):
            y0 = rnd.choice([2015, 2018, 2021])
            m0 = rnd.randrange(12)
            years, months = rnd.choice([2, 3, 4]), rnd.choice([2, 3, 4, 5])
            m1 = m0 + 12 * years + months
            names = SYRIAC if k % 2 else LATIN
            a, b = f"{names[m0]} {y0}", f"{names[m1 % 12]} {y0 + m1 // 12}"
            right = f"{before.format(a=a, b=b)} {lead} {YEARS_AR[years]} و{MONTHS_AND[months]}."
            wrong = f"{before.format(a=a, b=b)} {lead} {YEARS_AR[years + 1]} و{MONTHS_AND[months]}."
            yield f"t{i}{k}", right, wrong


CASES = [*program_cases(), *range_cases(), *pause_cases(), *thereby_cases()]
NEGATIVES = [
    "وبيّن المسؤول أن برنامج تأهيل الأسطول (2023-2026)، الذي يمتد على نحو ست سنوات، رُصدت له اعتمادات.",
    "أُغلق الحوض في مارس 2023 ثم في أكتوبر 2024، ولم يُعد فتحه إلا في جانفي 2025، بعد توقف دام ستة أشهر.",
    "بدأت أعمال التنفيذ في تشرين الثاني 2021. وبذلك استغرق العمل أربع سنوات وثلاثة أشهر.",
]


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_length_forms(name, right, wrong):
    got = findings(right)
    assert got == [], [f.message for f in got]
    assert any(f.kind == "duration-mismatch" for f in findings(wrong)), wrong


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_are_quiet(text):
    got = [f for f in findings(text) if f.kind == "duration-mismatch"]
    assert got == [], [f.message for f in got]


def test_enough_cases():
    assert len(CASES) >= 25
