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


# --------------------------------------------------------------------------- more relative constructions
# * «بعد N سنوات، عام Y» / «بعد N سنوات، في Y»: the year in apposition dates the event; «بعد N سنوات»
#   is then the time between (a duration, a figure), not a second date. «قبل N سنوات، في عام Y»
#   (from the time of writing) stays a date, and «بعد N سنوات» with no year after it too.
# * a day before a month named relatively: «الأول من نيسان المقبل», «15 مايو المقبل», «العاشر من أيار
#   الماضي»: that day of the month counted from the time of writing.
# * a relative clause naming the unit before or after the date just given: «السنة التي قبلها»,
#   «العام الذي تلاه», «اليوم الذي سبقه»; not «الرأي العام الذي سبقه» (an adjective).

DURATIONS = [("أربع سنوات", 4), ("ثلاث سنوات", 3), ("خمسة أعوام", 5), ("عشر سنوات", 10), ("سنتين", 2)]


def apposition_cases() -> list[tuple[str, int, int]]:
    rng = random.Random(SEED + 4)
    out = []
    for i in range(15):
        y0 = rng.randint(1900, 2015)
        dur, n = DURATIONS[i % len(DURATIONS)]
        gloss = ["، عام {y}", "، في {y}", "، في عام {y}", "، أي في عام {y}", "، سنة {y}"][i % 5].format(y=y0 + n)
        s = f"التحق بالجامعة عام {y0}، ونال منها الشهادة بعد {dur}{gloss}. ثم سافر إلى الخارج."
        out.append((s.translate(EAST) if i % 4 == 2 else s, y0, n))
    return out


@pytest.mark.parametrize("s, y0, n", apposition_cases())
def test_after_n_years_glossed_by_a_year_is_no_second_date(s, y0, n):
    got = sorted(rows(s, "2025-03-26").values())
    assert got == sorted([year(y0), year(y0 + n)])


@pytest.mark.parametrize("s, want", [
    ("التحق بالجامعة عام 1949، وعاد بعد أربع سنوات، ثم سافر إلى الخارج.", year(1953)),  # no year after it
    ("افتتح المركز قبل عشر سنوات، في عام 2015م.", year(2015)),  # «قبل»: from the time of writing, a date
])
def test_after_or_ago_without_a_gloss_stays_a_date(s, want):
    assert want in [v for k, v in rows(s, "2025-03-26").items() if k.startswith(("بعد", "قبل"))]


DAYS = [("الأول من", 1), ("العاشر من", 10), ("الخامس عشر من", 15), ("3", 3), ("20 من", 20)]
MONTHS_REL = [("نيسان", 4), ("مايو", 5), ("أيلول", 9), ("يناير", 1), ("ديسمبر", 12), ("حزيران", 6)]


def day_month_deixis_cases() -> list[tuple[str, str, str, str]]:
    rng = random.Random(SEED + 5)
    out = []
    for i in range(18):
        day, d = DAYS[i % len(DAYS)]
        mon, m = MONTHS_REL[i % len(MONTHS_REL)]
        w, sign = [("المقبل", 1), ("القادم", 1), ("الماضي", -1)][i % 3]
        a_y, a_m = rng.randint(2015, 2026), rng.randint(1, 12)
        if m == a_m:
            a_m = m % 12 + 1
        y = a_y + (m <= a_m) if sign > 0 else a_y - (m >= a_m)
        s = f"وأشار إلى أن المحافظة ستغلق الجسر اعتباراً من {day} {mon} {w}، على أن تجرى أعمال الصيانة."
        if day[0].isdigit() and i % 2:
            s = s.translate(EAST)
        out.append((s, f"{a_y}-{a_m:02d}-15", f"{day} {mon} {w}".translate(EAST) if day[0].isdigit() and i % 2
                    else f"{day} {mon} {w}", f"{y:04d}-{m:02d}-{d:02d}"))
    return out


@pytest.mark.parametrize("s, anchor, text, want", day_month_deixis_cases())
def test_a_day_of_a_month_named_relatively(s, anchor, text, want):
    assert rows(s, anchor)[text] == (want, want)


@pytest.mark.parametrize("s, text, want", [
    ("بلغ الإنتاج خلال سنة 2024 ما قدره 14 ألف طن، مقابل 12 ألف طن في السنة التي قبلها.", "السنة التي قبلها", year(2023)),
    ("وقع الاتفاق في 2010، وفي العام الذي تلاه انسحب الطرفان.", "العام الذي تلاه", year(2011)),
    ("وقع الاتفاق في ٢٠١٠، وفي العام الذي سبقه بدأت المفاوضات.", "العام الذي سبقه", year(2009)),
    ("ووصل الوفد في 3 مارس 2020، وفي اليوم الذي سبقه أعلن الخبر.", "اليوم الذي سبقه", ("2020-03-02", "2020-03-02")),
    ("وصدرت النشرة في 2019، وفي السنة التي بعدها توقفت.", "السنة التي بعدها", year(2020)),
])
def test_a_relative_clause_naming_the_unit_before_or_after(s, text, want):
    assert rows(s, "2025-03-26")[text] == want


@pytest.mark.parametrize("s", ["وقع الاتفاق في 2010، وتغير الرأي العام الذي سبقه.",
                               "ذكرت ذلك في الفقرة التي قبلها من الكتاب الصادر عام 2010."])
def test_no_unit_before_or_after_without_a_unit_noun(s):
    assert [k for k in rows(s, "2025-03-26") if "قبل" in k or "سبق" in k] == []
