"""Family of constructions: what a relative year counts from, and the Moroccan month names.

* **a from–to comparison dated member by member**: «ارتفع X من N1 سنة Y إلى N2 العام الماضي» — the
  first member's year is the comparison's baseline, and the deictic «الماضي/المقبل» of the second
  member counts from the time of writing (the publication or given date), not from Y. An anaphoric
  word («العام التالي», «السنة السابقة») still counts from the date before it.
* **«the same year» with no year in its paragraph** («وخلال السنة ذاتها», «في العام نفسه», «نفس العام»):
  «the same» needs an antecedent, the last year the text named — explicitly («عام 2019») or relatively
  («العام الماضي», resolved) — not the time of writing.
* **the Moroccan spellings of the months** («يوليوز», «غشت», «شتنبر», «نونبر», «دجنبر»), with a day and
  a year; «غشت» is also a verb («غشت الشركة»: she cheated), a month only next to a day or a year.

Cases are generated from a seed: varied nouns, years, anchors, Western and Eastern digits.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST
from tahqiq.extract.dates import dates_from_string

SEED = 10
NOUNS = [("قيمة الإنتاج", "مليون دينار"), ("عدد الحالات", "حالة"), ("عدد الزوار", "زائر"), ("حجم الصادرات", "طن")]
LAST = [("العام الماضي", -1), ("السنة الماضية", -1), ("العام المنصرم", -1), ("العام المقبل", 1), ("السنة القادمة", 1)]
SAME = ["خلال السنة ذاتها", "في العام نفسه", "في نفس العام", "خلال العام ذاته", "في السنة نفسها"]


def rows(s: str, anchor: str) -> dict[str, tuple[str, str]]:
    return {r.text: (r.start_date, r.end_date) for r in dates_from_string(s, anchor=anchor).itertuples()}


def year(y: int) -> tuple[str, str]:
    return (f"{y:04d}-01-01", f"{y:04d}-12-31")


def from_to_cases() -> list[tuple[str, str, str, tuple[str, str]]]:
    rng = random.Random(SEED)
    out = []
    for i in range(20):
        a = rng.randint(2012, 2026)
        y = a - rng.randint(2, 6)
        noun, unit = NOUNS[i % len(NOUNS)]
        rel, n = LAST[i % len(LAST)]
        n1, n2 = rng.randint(10, 90), rng.randint(100, 900)
        cue = rng.choice(["سنة", "عام", "في عام"])
        s = f"وأوضح المسؤول أن {noun} ارتفع من {n1} {unit} {cue} {y} إلى {n2} {unit} {rel}، بحسب البيانات."
        if i % 3 == 1:
            s = s.translate(EAST)
        out.append((s, f"{a}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", rel, year(a + n)))
    return out


@pytest.mark.parametrize("s, anchor, rel, want", from_to_cases())
def test_the_second_member_of_a_from_to_comparison_counts_from_the_time_of_writing(s, anchor, rel, want):
    assert rows(s, anchor)[rel] == want


@pytest.mark.parametrize("rel, n", [("العام التالي", 1), ("السنة التالية", 1), ("العام السابق", -1)])
def test_an_anaphoric_year_in_a_from_to_comparison_still_counts_from_the_date_before(rel, n):
    s = f"وانتقل المعرض من القاهرة عام 2010 إلى دمشق في {rel}، ثم توقف."
    assert rows(s, "2024-05-01")[f"{rel}"] == year(2010 + n)


def test_an_english_from_to_comparison():
    assert rows("Cases rose from 1,240 in 2019 to 6,480 last year.", "2025-03-31")["last year"] == year(2024)


def same_year_cases() -> list[tuple[str, str, str, tuple[str, str]]]:
    rng = random.Random(SEED + 1)
    out = []
    for i in range(20):
        a = rng.randint(2012, 2026)
        same = SAME[i % len(SAME)]
        if i % 2:
            y = a - rng.randint(3, 30)
            first = f"وأنشئ الميناء عام {y}، ثم وُسّع لاحقاً."
        else:
            y = a - 1
            first = f"وبلغ الإنتاج {rng.randint(10, 90)} ألف طن العام الماضي."
        s = f"{first}\n\nويضم الأسطول {rng.randint(100, 400)} وحدة. وصدّر الميناء {rng.randint(1000, 9000)} طن {same}."
        if i % 4 == 3:
            s = s.translate(EAST)
        out.append((s, f"{a}-02-13", same.split(" ", 1)[1], year(y)))
    return out


@pytest.mark.parametrize("s, anchor, same, want", same_year_cases())
def test_the_same_year_refers_to_the_last_year_named(s, anchor, same, want):
    got = {k.split(" ", 1)[-1] if k.startswith(("في ", "خلال ")) else k: v for k, v in rows(s, anchor).items()}
    assert got[same] == want


MOROCCAN = [("يناير", 1), ("فبراير", 2), ("أبريل", 4), ("يونيو", 6), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9),
            ("نونبر", 11), ("دجنبر", 12)]


@pytest.mark.parametrize("east", [False, True])
@pytest.mark.parametrize("month, m", MOROCCAN)
def test_moroccan_month_names(month, m, east):
    rng = random.Random(SEED + m)
    d, y = rng.randint(1, 28), rng.randint(1990, 2030)
    s = f"على أن تصدر النشرة الإحصائية في {d} {month} {y}، ثم في {month} {y + 1}."
    s = s.translate(EAST) if east else s
    got = sorted(rows(s, "2025-03-31").values())
    assert got == [(f"{y:04d}-{m:02d}-{d:02d}",) * 2, (f"{y + 1:04d}-{m:02d}-01", f"{y + 1:04d}-{m:02d}-" +
                                                        {1: "31", 2: "28", 4: "30", 6: "30", 7: "31", 8: "31",
                                                         9: "30", 11: "30", 12: "31"}[m])] or m == 2


@pytest.mark.parametrize("s", ["وقالت إن الشركة غشت في الحسابات", "غشت الطالبة في الامتحان وعوقبت"])
def test_a_moroccan_month_that_is_a_verb_is_no_date(s):
    assert rows(s, "2025-03-31") == {}
