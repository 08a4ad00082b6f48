"""Family of constructions: a month named as the current one, «سبتمبر الجاري», «أيلول الحالي».

Grammar: ``[يوم WEEKDAY] [DAY] MONTH (الجاري|الحالي)`` — «الجاري/الحالي» after a month name ("the
current", i.e. this month) places the month in the time of writing: the anchor's year (the
publication or given date), never the year of a date written earlier in the text. With a day, it is
that day of the anchor's month; a weekday before it is checked against that date. Its siblings
«الماضي/المقبل» (the last / the next such month) count from the anchor's month; «الجاري» does not move.

Distractors: an earlier full date of another year in the same paragraph (the year a bare day-month
would take), month names of the three naming systems (Egyptian/Gulf «سبتمبر», Levantine «أيلول»,
Moroccan «شتنبر»), Western and Eastern digits. Cases are generated from a seed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

import pytest

from families._famlib_forms import EAST, findings
from tahqiq.extract.dates import dates_from_string

SEED = 41
MONTHS = {1: ["يناير", "كانون الثاني", "يناير"], 3: ["مارس", "آذار", "مارس"], 4: ["أبريل", "نيسان", "أبريل"],
          5: ["مايو", "أيار", "ماي"], 9: ["سبتمبر", "أيلول", "شتنبر"], 10: ["أكتوبر", "تشرين الأول", "أكتوبر"],
          11: ["نوفمبر", "تشرين الثاني", "نونبر"], 12: ["ديسمبر", "كانون الأول", "دجنبر"]}
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
CURRENT = ["الجاري", "الحالي"]


def cases() -> list[tuple[str, str, str, int, int, int]]:
    rng = random.Random(SEED)
    out = []
    for i in range(24):
        m = rng.choice(sorted(MONTHS))
        y = rng.randint(2015, 2026)
        day0 = rng.randint(1, 12)
        d = rng.randint(day0 + 1, calendar.monthrange(y, m)[1])
        other = y - rng.randint(1, 3)
        name = MONTHS[m][i % 3]
        cur = CURRENT[i % 2]
        wd = WEEKDAYS[dt.date(y, m, d).weekday()]
        s = (f"أصدرت الهيئة تقريرها يوم {day0} {name} {y}، وذكّرت بقرار اتُّخذ في 6 مارس {other}. "
             f"ويُعرض التقرير في ندوة تُعقد يوم {wd} {d} {name} {cur}.")
        if i % 3 == 2:
            s = s.translate(EAST)
        out.append((s, f"{name} {cur}", wd, y, m, d))
    return out


@pytest.mark.parametrize("s, tail, wd, y, m, d", cases())
def test_a_day_of_the_current_month_is_in_the_anchor_year(s, tail, wd, y, m, d):
    rows = dates_from_string(s)
    hit = [r for r in rows.itertuples() if r.text.endswith(tail)]
    assert hit, rows[["text", "start_date"]]
    assert (hit[0].start_date, hit[0].end_date) == (dt.date(y, m, d).isoformat(),) * 2


@pytest.mark.parametrize("s, tail, wd, y, m, d", cases()[:12])
def test_the_month_alone_is_the_anchor_year_month(s, tail, wd, y, m, d):
    s = s.replace(f"يوم {wd} {d} ", "في ").replace(f"يوم {wd} {str(d).translate(EAST)} ", "في ")
    rows = dates_from_string(s)
    hit = [r for r in rows.itertuples() if r.text.endswith(tail)]
    assert hit and hit[0].start_date == f"{y:04d}-{m:02d}-01"


@pytest.mark.parametrize("s, tail, wd, y, m, d", cases()[:8])
def test_a_right_weekday_of_the_current_month_is_no_finding(s, tail, wd, y, m, d):
    assert "weekday-mismatch" not in {f.kind for f in findings(s)}


@pytest.mark.parametrize("s, tail, wd, y, m, d", cases()[8:16])
def test_a_wrong_weekday_of_the_current_month_is_found(s, tail, wd, y, m, d):
    wrong = WEEKDAYS[(WEEKDAYS.index(wd) + 2) % 7]
    assert "weekday-mismatch" in {f.kind for f in findings(s.replace(f"يوم {wd}", f"يوم {wrong}"))}
