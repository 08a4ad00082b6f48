"""A weekday named with a date that falls on another day: the grammar of the claim, generated.

How Arabic (and English) name a weekday with its full date:
- before the date, bare or after «يوم»: «الخميس 3 مارس 2023»، «يوم الخميس 3 مارس 2023»;
- with a time of day: «صباح/مساء/ظهر/فجر الخميس 3 مارس 2023»;
- joined by a gloss word: «يوم الأحد الموافق 15 أيلول 2019»، «الأحد الماضي، 15 أيلول 2019»;
- the date in brackets after the weekday: «يوم الأحد (15 أيلول 2019)»;
- the date in digits with slashes or dashes, Western or Eastern digits: «الأحد 15/9/2019»،
  «الأحد ١٥-٩-٢٠١٩»;
- the month by its Syriac or its Latin name, or both: «15 أيلول (سبتمبر) 2019»;
- a Hijri date, alone or glossed by the Gregorian one: «يوم الجمعة 12 رمضان 1440هـ»،
  «الجمعة 12 رمضان 1440هـ الموافق 17 مايو 2019م» (the calendar library gives the day);
- the weekday after the date, in brackets: «في 15 أيلول 2019 (الأحد)»;
- clitics on the lead word: «وفي يوم الأحد …»، «بيوم الأحد …»;
- English: "on Monday, 5 June 2023", "Monday 5 June 2023", "on Monday, June 5, 2023",
  "on Monday (5 June 2023)", "on 5 June 2023 (Monday)".
Correct: the day the date falls on (no finding). Faulty: another day two or three days off (a
Hijri date one day off is left alone: the month may begin by sighting). Distractors in every
paragraph: a weekday of another clause before a date («وصل الوفد يوم الخميس، وفي 3 مارس 2023
وقعت …»), «ليلة الجمعة» (Thursday evening), and a weekday with only a month.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hijridate import Gregorian

from tahqiq.checks.calendars import weekday_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LATIN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
SYRIAC = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذو الحجة"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def ar_dates(d: date) -> list[str]:
    """The date ``d`` in each Arabic written form."""
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return [
        f"{d.day} {LATIN[d.month - 1]} {d.year}",
        f"{d.day} {SYRIAC[d.month - 1]} {d.year}",
        f"{d.day} {SYRIAC[d.month - 1]} ({LATIN[d.month - 1]}) {d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day}-{d.month}-{d.year}".translate(EAST),
        f"{d.day} {LATIN[d.month - 1]} {d.year}".translate(EAST),
        f"{h.day} {HIJRI[h.month - 1]} {h.year}هـ",
        f"{h.day} {HIJRI[h.month - 1]} {h.year}هـ الموافق {d.day} {LATIN[d.month - 1]} {d.year}م",
    ]


AR = [
    "وعقد المجلس جلسته الطارئة يوم {wd} {dt} في العاصمة.",
    "وأعلنت الوزارة نتائج الامتحانات {wd} {dt}، بعد تأجيل قصير.",
    "وفي يوم {wd} الموافق {dt} وقّع الطرفان الاتفاق.",
    "ووصلت طلائع القوات مساء {wd} {dt} إلى الحدود.",
    "وأطلقت الحكومة الخطة صباح يوم {wd}، {dt}، في مؤتمر صحفي.",
    "وانطلقت المحادثات يوم {wd} ({dt}) في جنيف.",
    "وافتُتح المعرض في {dt} ({wd}) بحضور الوزير.",
]
EN = [
    "The council met on {wd}, {d} {m} {y} in the capital.",
    "Talks opened {wd} {d} {m} {y} in Geneva.",
    "The treaty was signed on {wd}, {m} {d}, {y}.",
    "The plan was launched on {wd} ({d} {m} {y}).",
    "The fair opened on {d} {m} {y} ({wd}).",
]
INTRO = ("وصل الوفد يوم الخميس، وفي 3 مارس 2021 وقعت الاتفاقية الأولى. وسافر الوزير ليلة الجمعة 2 أبريل 2021 "
         "إلى الرياض، واجتمع المجلس في مايو 2021 يوم الاثنين.\n\n")
INTRO_EN = "The delegation arrived on Thursday, and on 3 March 2021 the first accord was signed.\n\n"


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return weekday_mismatch(Facts([text_facts(doc)]))


def cases():
    rng = random.Random(7)
    days = [date(1990, 1, 1) + timedelta(days=rng.randrange(12000)) for _ in range(40)]
    n = 0
    for i, t in enumerate(AR):
        for k in range(8):
            d = days[n % len(days)]
            n += 1
            dt = ar_dates(d)[k]
            wrong = (d.weekday() + rng.choice((2, 3, 4, 5))) % 7
            yield (f"ar{i}-f{k}", INTRO + t.format(wd=AR_DAYS[d.weekday()], dt=dt),
                   INTRO + t.format(wd=AR_DAYS[wrong], dt=dt))
    for i, t in enumerate(EN):
        for _ in range(3):
            d = days[n % len(days)]
            n += 1
            wrong = (d.weekday() + rng.choice((2, 3, 4, 5))) % 7
            f = dict(d=d.day, m=EN_MONTHS[d.month - 1], y=d.year)
            yield (f"en{i}-{d.isoformat()}", INTRO_EN + t.format(wd=EN_DAYS[d.weekday()], **f),
                   INTRO_EN + t.format(wd=EN_DAYS[wrong], **f))


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_right_weekday_is_quiet_and_a_wrong_one_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


def test_the_family_is_large():
    assert len(CASES) >= 60
