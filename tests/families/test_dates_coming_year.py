"""Family of constructions: «العام المقبل» after a narrated year counts from the time of writing.

Grammar: ``… عام Y … (العام|السنة) (المقبل|القادم|المقبلة|القادمة)`` in one sentence — «تأسس النادي عام
1946، ويحتفل العام المقبل بمرور 80 عاماً على تأسيسه»: «المقبل/القادم» ("the coming") is deictic, the year
after the time of writing (the publication or given date), not the year after Y. The year after a
narrated year is «العام التالي/السنة التالية» (anaphoric), which still counts from Y. (A future inside
a narrated past, «اتُّفق عام 2014 على أن يبدأ التنفيذ في السنة المقبلة», is read the same way: the
deictic reading is the rule, the narrated one the exception.)

Cases are generated from a seed: subjects, years, anchors, deixis and anaphora words, Eastern digits.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST
from tahqiq.extract.dates import dates_from_string

SEED = 31
FOUNDED = ["تأسس النادي عام {y}", "افتُتحت الجامعة عام {y}", "أُنشئ المهرجان سنة {y}", "صدر العدد الأول من المجلة عام {y}"]
COMING = ["ويحتفل العام المقبل بذكرى تأسيسه", "وتُنظَّم السنة المقبلة دورة جديدة", "ويُنتظر العام القادم افتتاح فرع ثانٍ",
          "وتخطط الإدارة لتوسعته في السنة القادمة"]
NEXT = ["وتوسّع في العام التالي", "وانتقل إلى مقره الحالي في السنة التالية"]


def cases() -> list[tuple[str, str, str, int]]:
    rng = random.Random(SEED)
    out = []
    for i in range(20):
        y = rng.randint(1920, 2010)
        a = rng.randint(2018, 2026)
        coming = COMING[i % len(COMING)]
        s = f"{FOUNDED[i % len(FOUNDED)].format(y=y)}، {coming}."
        if i % 4 == 3:
            s = s.translate(EAST)
        out.append((s, f"{a}-05-10", coming, a + 1))
    return out


def _year_of(rows, words: tuple[str, ...]) -> int:
    hit = [r for r in rows.itertuples() if r.type == "relative" and any(w in r.text for w in words)]
    assert hit, rows[["text", "start_date"]]
    return int(hit[0].start_date[:4])


@pytest.mark.parametrize("s, anchor, coming, want", cases())
def test_the_coming_year_counts_from_the_writing(s, anchor, coming, want):
    rows = dates_from_string(s, anchor=anchor)
    assert _year_of(rows, ("المقبل", "القادم")) == want


@pytest.mark.parametrize("y", [1946, 1987, 2003])
@pytest.mark.parametrize("nxt", NEXT)
def test_the_following_year_still_counts_from_the_narrated_year(y, nxt):
    rows = dates_from_string(f"تأسس النادي عام {y}، {nxt}.", anchor="2025-05-10")
    assert _year_of(rows, ("التالي",)) == y + 1
