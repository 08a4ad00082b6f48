"""Weekdays named in news and reports: four more constructions of the claim, generated.

1. A weekday before a Hijri date glossed by the Gregorian day it fell on: «صدر يوم الأحد 15 شوال
   1446هـ الموافق 13 أبريل 2025م». The Gregorian half fixes the day, so a weekday one day off is a
   fault (no sighting slack, which stays for a Hijri date alone).
2. A range of days with a weekday at each end, the month and year given once at the end: «من
   الاثنين 6 إلى الأحد 12 أكتوبر 2025» (also «بين … و…»): the first weekday is checked against the
   first day of the end's month.
3. «أمس» and a weekday, with or without the day and month, in a news text under a dateline: «بغداد
   - 26 آذار 2025 … أمس الثلاثاء 25 آذار»، «تونس في 13 فيفري 2025 (وات) - أعلن … أمس الأربعاء»:
   the year (or the whole date) comes from the dateline.
4. A 30th day of a Hijri month that the Umm al-Qura tables give 29 days, glossed by a Gregorian
   date: right when the Gregorian day is the day after the 29th (a month begun by sighting), a
   fault when it lies in another month («30 جمادى الأولى 1446هـ الموافق 31 ديسمبر 2024م»).

Correct texts raise nothing; faulty ones a ``weekday-mismatch`` (4: ``hijri-gregorian-mismatch``).
Distractors: a weekday one day off before a Hijri date alone (sighting slack), «أمس الأربعاء» in a
text whose only date is in its body (no dateline: the day is unknown).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hijridate import Gregorian, Hijri

from ._famlib_forms import EAST, findings

AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
LATIN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
SYRIAC = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذو الحجة"]


def _days(rnd, n):
    return [date(2006, 1, 1) + timedelta(days=rnd.randrange(7000)) for _ in range(n)]


def hijri_cases():
    rnd = random.Random(21)
    for i, d in enumerate(_days(rnd, 8)):
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        greg = f"{d.day} {(LATIN if i % 2 else SYRIAC)[d.month - 1]} {d.year}م"
        for off in (1, -1):
            t = "صدر التقرير في الرياض يوم {w} {hd} {hm} {hy}هـ الموافق {g}.\n\nوأقرته الجمعية العامة بالإجماع."
            fmt = dict(hd=h.day, hm=HIJRI[h.month - 1], hy=h.year, g=greg)
            yield (f"h{i}{off}", t.format(w=AR_DAYS[d.weekday()], **fmt),
                   t.format(w=AR_DAYS[(d.weekday() + off) % 7], **fmt))


def range_cases():
    rnd = random.Random(22)
    for i, d in enumerate(_days(rnd, 8)):
        start = d
        end = d + timedelta(days=rnd.choice([2, 4, 6]))
        if end.month != start.month:
            continue
        month = (LATIN if i % 2 else SYRIAC)[end.month - 1]
        lead, join = (("من", "إلى"), ("بين", "و"))[i % 2]
        digits = (lambda s: s.translate(EAST)) if i % 3 == 0 else (lambda s: s)
        t = ("أعلنت إدارة المهرجان أمس أن دورته ستقام {lead} {w1} {d1} {join} {w2} {d2} {month} {y}، في ثلاث قاعات.")
        fmt = dict(lead=lead, join=join, d1=digits(str(start.day)), d2=digits(str(end.day)), month=month,
                   y=digits(str(end.year)), w2=AR_DAYS[end.weekday()])
        yield (f"r{i}", t.format(w1=AR_DAYS[start.weekday()], **fmt),
               t.format(w1=AR_DAYS[(start.weekday() + 1) % 7], **fmt))


def yesterday_cases():
    rnd = random.Random(23)
    for i, d in enumerate(_days(rnd, 8)):
        y = d - timedelta(days=1)
        if y.year != d.year:
            continue
        if i % 2:
            head = f"بغداد - {d.day} {SYRIAC[d.month - 1]} {d.year}\n\n"
            body = "افتتح الوزير، أمس {w} {yd} {ym}، الجسر الجديد على النهر بحضور المحافظ."
            fmt = dict(yd=y.day, ym=SYRIAC[y.month - 1])
        else:
            head = f"تونس في {d.day} {LATIN[d.month - 1]} {d.year} (وات) - "
            body = "أعلن المندوب الجهوي، أمس {w}، أن إنتاج الميناء ارتفع."
            fmt = {}
        yield (f"y{i}", head + body.format(w=AR_DAYS[y.weekday()], **fmt),
               head + body.format(w=AR_DAYS[(y.weekday() + 2) % 7], **fmt))


def day30_cases():
    out = []
    for hy in range(1440, 1447):
        for hm in range(1, 13):
            try:
                Hijri(hy, hm, 30)
                continue  # a 30-day month
            except ValueError:
                pass
            g29 = Hijri(hy, hm, 29).to_gregorian()
            right = date(g29.year, g29.month, g29.day) + timedelta(days=1)
            wrong = right + timedelta(days=30)
            t = "تغطي السنة المالية المدة المنتهية في 30 {m} {y}هـ الموافق {g}م.\n\nوبلغت الإيرادات 6.8 مليارات ريال."
            out.append((f"d{hy}{hm}", t.format(m=HIJRI[hm - 1], y=hy, g=f"{right.day} {LATIN[right.month - 1]} {right.year}"),
                        t.format(m=HIJRI[hm - 1], y=hy, g=f"{wrong.day} {LATIN[wrong.month - 1]} {wrong.year}")))
    return out[:8]


CASES = [(*c, "weekday-mismatch") for c in [*hijri_cases(), *range_cases(), *yesterday_cases()]] + \
        [(*c, "hijri-gregorian-mismatch") for c in day30_cases()]

NEGATIVES = [
    # a Hijri date alone, one day off: the month may begin by sighting
    "أقيم الحفل يوم الخميس 12 رمضان 1440هـ بحضور الوزير.",
    # «أمس» with no dateline: the day is not known
    "أعلن المندوب الجهوي أمس الأربعاء أن الإنتاج ارتفع مقارنة بعام 2023، حين بلغ 12 ألف طن في 13 مارس 2023.",
]


@pytest.mark.parametrize("name,right,wrong,kind", CASES, ids=[c[0] for c in CASES])
def test_weekday_forms(name, right, wrong, kind):
    got = findings(right)
    assert got == [], [f.message for f in got]
    assert any(f.kind == kind for f in findings(wrong)), wrong


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_are_quiet(text):
    got = [f for f in findings(text) if f.kind in ("weekday-mismatch", "hijri-gregorian-mismatch")]
    assert got == [], [f.message for f in got]


def test_enough_cases():
    assert len(CASES) >= 30
