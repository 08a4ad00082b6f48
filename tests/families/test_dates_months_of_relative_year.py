"""Family of constructions: the first or last months of a year named relatively.

Grammar: ``(الأشهر|الشهور) N_DEF (الأولى|الأخيرة) (من|لـ) YEAR_DEIXIS`` — «الأشهر التسعة الأولى من العام
الجاري», «الشهور الستة الأخيرة من العام الماضي», «الأشهر الثلاثة الأولى من السنة المقبلة»: the year is
resolved from the time of writing as «العام الجاري/الماضي/المقبل» alone is, then narrowed to its first or
last N months (with an explicit year, «… من العام 2012», it was already read). Not the whole year, and
not N months as a figure of its own.

Cases are generated from a seed: nouns, counts, ends, deixis words, anchors.
"""

from __future__ import annotations

import calendar
import random

import pytest

from tahqiq.extract.dates import dates_from_string

SEED = 12
COUNTS = {2: "الشهرين", 3: "الثلاثة", 4: "الأربعة", 5: "الخمسة", 6: "الستة", 7: "السبعة", 8: "الثمانية",
          9: "التسعة", 10: "العشرة"}
NOUNS = ["الأشهر", "الشهور"]
YEARS = {"من العام الجاري": 0, "من العام الحالي": 0, "من العام الماضي": -1, "من السنة الماضية": -1,
         "من العام المقبل": 1, "من هذا العام": 0}
ENDS = {"الأولى": 1, "الأخيرة": -1}


def cases() -> list[tuple[str, str, str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(24):
        n = rng.choice([k for k in COUNTS if k > 2])
        end = list(ENDS)[i % 2]
        rel = list(YEARS)[i % len(YEARS)]
        a = rng.randint(2015, 2026)
        y = a + YEARS[rel]
        first, last = (1, n) if ENDS[end] > 0 else (13 - n, 12)
        phrase = f"{NOUNS[i % 2]} {COUNTS[n]} {end} {rel}"
        s = f"وارتفعت صادرات الشركة بنسبة 12 في المئة خلال {phrase}، بحسب بيان نشرته أمس."
        out.append((s, f"{a}-11-20", phrase, f"{y:04d}-{first:02d}-01",
                    f"{y:04d}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}"))
    return out


@pytest.mark.parametrize("s, anchor, phrase, start, end", cases())
def test_the_months_of_a_relative_year(s, anchor, phrase, start, end):
    rows = dates_from_string(s, anchor=anchor)
    hit = [r for r in rows.itertuples() if r.text == phrase]
    assert hit, rows[["text", "start_date", "end_date"]]
    assert (hit[0].start_date, hit[0].end_date) == (start, end)
