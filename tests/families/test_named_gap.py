"""Gaps and lengths tied to a date by «أي»: the grammar of three claims, generated.

1. A gap counted from an event named by its verbal noun, the event dated elsewhere in the text:
   «<حدث> سنة a … <حدث آخر> سنة b، أي بعد N عاماً من <مصدر الحدث الأول + ضمير>»
   («أنشئ الميناء سنة 1962 … ثم وُسّع بين 1984 و1987، أي بعد اثنتين وعشرين سنة من إنشائه»;
   «سقطت القلعة سنة 1109 … استرجعها المماليك سنة 1289، أي بعد مئة وثمانين عاماً من سقوطها»),
   and the same with «قبل» and months («صوّت المجلس في كانون الأول 2020 على المشروع، أي قبل أحد
   عشر شهراً من بدء التنفيذ» with «بدأت أعمال التنفيذ في تشرين الثاني 2021» earlier). The event
   is found by the root of its verbal noun (the verb «أنشئ» and the noun «إنشائه»; «سقطت» and
   «سقوطها»). The date right before «أي» is not the event's (a distractor: a third dated event
   between them, «بعد معركة حطين سنة 1187»), so pairing the two nearest dates would be wrong.
2. A length glossed by its end date, counted from the date before it in its sentence:
   «بدأ العمل في <شهر a>، وكان مقرراً أن ينتهي خلال N شهراً، أي في <شهر b>، غير أنه تأخر إلى <شهر c>»
   (the stretch «b … إلى c» is not what N measures).
3. «أي بعد N» before its number is a gap, not a length: «بين a و b، أي بعد N سنة من إنشائه» states
   no length of the range a-b.

Correct texts (no finding of any kind) and faulty ones (a ``duration-mismatch``), numbers in
words or digits (Western or Eastern), several verbs and nouns; negatives: an event the text does
not date («من الغياب»), an approximated gap («أي بعد نحو …»), a generic verbal noun whose
complement names another event than the one the text dates with the same root («بعد عامين من بدء
الأعمال» against «قبل أن يبدأ تعافيه … عام 2003»).
"""

from __future__ import annotations

import random

import pytest

from ._famlib_forms import EAST, findings

AR_YEARS = {12: "اثنتي عشرة سنة", 14: "أربعة عشر عاماً", 15: "خمسة عشر عاماً", 22: "اثنتين وعشرين سنة",
            25: "خمسة وعشرين عاماً", 31: "إحدى وثلاثين سنة", 40: "أربعين عاماً", 67: "سبعة وستين عاماً",
            180: "مئة وثمانين عاماً", 120: "مئة وعشرين عاماً", 9: "تسع سنوات", 7: "سبعة أعوام"}
AR_MONTHS = {11: "أحد عشر شهراً", 13: "ثلاثة عشر شهراً", 30: "ثلاثين شهراً", 20: "عشرين شهراً",
             18: "ثمانية عشر شهراً", 24: "أربعة وعشرين شهراً", 9: "تسعة أشهر", 6: "ستة أشهر"}
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]

# (verb clause of the first event with {a}, the verbal noun naming it with a pronoun)
EVENTS = [
    ("أنشئ الميناء سنة {a}", "إنشائه"),
    ("سقطت القلعة بيد الغزاة سنة {a}", "سقوطها"),
    ("وبعد سقوط المدينة سنة {a} تغيرت الأحوال", "سقوطها"),
    ("تأسست الجمعية عام {a}", "تأسيسها"),
    ("افتتح المتحف عام {a}", "افتتاحه"),
]
SECOND = [
    "ثم وُسّع في مرحلة لاحقة، بين {b} و{b2}، أي بعد {d} من {ev}، وأضيف إليه رصيف ثان.",
    "واستعادها أهلها سنة {b}، أي بعد {d} من {ev}.",
    "وجرى تجديده الكامل عام {b}، أي بعد {d} من {ev}، بتمويل من الدولة.",
]
MIDDLE = "وفي عام {m} شهدت المنطقة فيضاناً كبيراً أعاد رسم ضفاف النهر."


def _num(n: int, table: dict, k: int, unit: str) -> str:
    if k == 0 or n not in table:
        digits = str(n) if k != 2 else str(n).translate(EAST)
        return f"{digits} {unit}"
    return table[n]


def year_cases():
    rnd = random.Random(11)
    for i, (first, noun) in enumerate(EVENTS):
        for j, second in enumerate(SECOND):
            for k in range(3):
                a = rnd.choice([1109, 1962, 1700, 1850, 1921])
                n = rnd.choice([22, 25, 40, 67, 120, 180, 12, 31])
                b = a + n
                mid = rnd.randint(a + 1, b - 1)
                wrong = n + rnd.choice([-10, 10, 100 if n >= 120 else 5])
                body = (first + "، وكان ذلك حدثاً بارزاً في تاريخ البلدة. " + MIDDLE + " " + second)
                fmt = dict(a=a, b=b, b2=b + 3, m=mid, ev=noun)
                right = body.format(d=_num(n, AR_YEARS, k, "عاماً"), **fmt)
                bad = body.format(d=_num(wrong, AR_YEARS, k, "عاماً"), **fmt)
                yield f"y{i}{j}{k}", right, bad


def month_cases():
    rnd = random.Random(12)
    for k in range(3):
        for y in (2019, 2020, 2021):
            m1 = rnd.randrange(12)
            n = rnd.choice([11, 13, 9, 6])
            mb = m1 + n
            start = f"{MONTHS[m1]} {y}"
            event = f"{MONTHS[mb % 12]} {y + mb // 12}"
            before = (f"وبدأت أعمال التنفيذ في {event}، واستمرت دون انقطاع. "
                      f"وكان مجلس المحافظة قد صوّت في {start} على إدراج المشروع ضمن خطته، أي قبل {{d}} من بدء التنفيذ.")
            wrong = n + 2 if n < 12 else n - 3
            yield (f"mb{k}{y}", before.format(d=_num(n, AR_MONTHS, k, "شهراً")),
                   before.format(d=_num(wrong, AR_MONTHS, k, "شهراً")))
            n2 = rnd.choice([30, 20, 18, 24])
            me = m1 + n2
            plan = f"{MONTHS[me % 12]} {y + me // 12}"
            late = f"{MONTHS[(me + 5) % 12]} {y + (me + 5) // 12}"
            gloss = (f"وبدأت أعمال التنفيذ في {start}، وكان مقرراً أن تنجز خلال {{d}}، أي في {plan}، "
                     f"غير أن تأخر صرف المستحقات أخّر إنجازه إلى {late}.")
            yield (f"mg{k}{y}", gloss.format(d=_num(n2, AR_MONTHS, k, "شهراً")),
                   gloss.format(d=_num(n2 + 7, AR_MONTHS, k, "شهراً")))


NEGATIVES = [
    # the event the gap counts from is not dated in the text
    "عاد الكاتب إلى بيروت في خريف 1992، بعد ستة عشر عاماً من الغياب، وكان في الستين من عمره.",
    # an approximated gap
    "أنشئ الميناء سنة 1962، ثم وُسّع بين 1984 و1987، أي بعد نحو ثلاثين سنة من إنشائه.",
    # the event is dated twice; one of its dates fits
    "أنشئ الجسر القديم عام 1958، وأعيد إنشاؤه عام 1991، ثم رُمّم عام 2001، أي بعد عشر سنوات من إنشائه.",
    # a generic verbal noun with a complement («بدء الأعمال») is not another «start» of the text
    "وأوضح أن مشروع التوسعة انطلق عام 2021. وقد أُنجزت المرحلة الأولى في أيلول 2023، بعد عامين من بدء الأعمال.\n\n"
    "وكان الميناء قد تراجع نشاطه عام 1995، قبل أن يبدأ تعافيه مع تحديث الأرصفة عام 2003.",
    # a length with an end gloss and no start date in its sentence
    "وكان مقرراً أن ينجز المشروع خلال ثلاثين شهراً، أي في أيار 2024.",
]

CASES = list(year_cases()) + list(month_cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_gap_or_length_tied_by_ay(name, right, wrong):
    got = findings(right)
    assert got == [], [f.message for f in got]
    assert any(f.kind == "duration-mismatch" for f in findings(wrong)), wrong


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_are_quiet(text):
    got = [f for f in findings(text) if f.kind == "duration-mismatch"]
    assert got == [], [f.message for f in got]
