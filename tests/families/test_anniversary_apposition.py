"""A yearly anniversary whose day stands in apposition before «ذكرى», and accessions: generated.

The grammar (Arabic), read by ``anniversary-date`` (checks/anniversaries.py):
- an event told with its verb and a full date: «تولى الأمير سالم الحكم يوم السبت 25 فبراير 1950»
  (accession: تولى/تسلّم + الحكم/السلطة/العرش), «وُلد …», «تأسست …»;
- later, a day and month in apposition right before «ذكرى» + the event's verbal noun, often after a
  second day of another occasion in the same sentence: «نُقل الاحتفال بالعيد الوطني من 19 يونيو إلى 25
  فبراير، ذكرى تولي الأمير الحكم», «ويحتفل البلد في 25 فبراير، ذكرى تسلّمه السلطة».
The day before «ذكرى» is the anniversary's; a different day or month than the event's is a fault.
Not faults: the same day in another form (Levantine month, Eastern digits), a day before «ذكرى»
of another event (a birth against an accession), the other day of a from-to pair («من 19 يونيو»)
that is not the apposed one.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.anniversaries import anniversary_date
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MON = {2: ("فبراير", "شباط"), 6: ("يونيو", "حزيران"), 11: ("نوفمبر", "تشرين الثاني")}
EVENTS = [  # (telling with {D}, verbal noun phrase after «ذكرى»)
    ("تولى الأمير سالم بن خالد (1895-1965) الحكم يوم السبت {D}م، وفي عهده تحولت الإمارة إلى دولة حديثة.", "تولي الأمير سالم الحكم"),
    ("تسلّم الرئيس نادر العلي السلطة رسمياً في {D} بعد انتخابات مبكرة.", "تسلّمه السلطة"),
    ("تأسست الجمعية الوطنية للمياه في {D} بمبادرة من مهندسين.", "تأسيس الجمعية"),
    ("وُلد الشاعر حامد يوسف في {D} في قرية صغيرة.", "ميلاد الشاعر"),
]
LATER = [
    "وفي عام 1964 نُقل الاحتفال بالعيد الوطني من {O} إلى {A}، ذكرى {X}، تفادياً لحرّ الصيف.",
    "ويحتفل البلد كل عام في {A}، ذكرى {X}، بعروض رسمية.",
    "وتقام الاحتفالات في {A}، ذكرى {X}، منذ أكثر من نصف قرن.",
]
MID = "\n\nوارتفع عدد السكان إلى مليوني نسمة عام 1990، وتضاعف الدخل مرتين.\n\n"


def day(d, m, y=None, lev=False, east=False):
    s = f"{d} {MON[m][1 if lev else 0]}" + (f" {y}" if y else "")
    return s.translate(EAST) if east else s


def cases():
    for e, (tell, x) in enumerate(EVENTS):
        for k, later in enumerate(LATER):
            for lev in (False, True):
                for east in (False, True):
                    first = tell.format(D=day(25, 2, 1950, lev, east)) + MID
                    o = day(19, 6, None, lev, east)
                    right = first + later.format(O=o, A=day(25, 2, None, lev, east), X=x)
                    wrong = first + later.format(O=o, A=day(26, 2, None, lev, east), X=x)
                    yield f"{e}-{k}-{'lev' if lev else 'eg'}-{'east' if east else 'west'}", right, wrong


CASES = list(cases())


def found(s: str) -> list:
    return anniversary_date(Facts([text_facts(from_string(s, "plain"))]))


def test_the_grammar_is_covered():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_apposed_day_is_the_anniversary(name, right, wrong):
    assert found(right) == []
    fs = found(wrong)
    assert len(fs) == 1 and fs[0].kind == "event-date-conflict"


@pytest.mark.parametrize("s", [
    # another event's anniversary: a birth told, an accession remembered
    "وُلد الأمير سالم في 3 نوفمبر 1895." + MID + "ويحتفل البلد كل عام في 25 فبراير، ذكرى تولي الأمير سالم الحكم.",
    # the apposed day agrees; the other day of the from-to pair is another occasion's
    "تولى الأمير سالم الحكم يوم السبت 25 فبراير 1950." + MID + "ونُقل الاحتفال من 19 يونيو إلى 25 فبراير، ذكرى تولي الأمير سالم الحكم.",
    # a day with its own year before «ذكرى» is a celebration's date
    "تولى الأمير سالم الحكم يوم السبت 25 فبراير 1950." + MID + "وأقيم الاحتفال في 26 فبراير 2000، ذكرى تولي الأمير سالم الحكم الخمسين.",
])
def test_other_events_and_agreeing_days_are_quiet(s):
    assert found(s) == []
