"""Checks the clean texts, the gold and the plants of heldout19 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair and the Hijri-only day (hijridate,
  Umm al-Qura), every Hijri/Gregorian year pair and the Hijri century (tabular calendar), and the sums,
  shares, changes, averages, durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind
  of FAULT_KINDS is planted, and the plants load through ``load_recipes``; every gold quote is found
  at its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout19/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian, Hijri

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, D = "academic_djibouti_railway.txt", "report_chinese_ev_arab.txt", "release_duqm_sino_oman.txt"
E, M, O, V = ("encyclopedia_rudn_arab_students.txt", "markdown_mauritania_china_loans.md",
              "oped_gulf_desalination_china.txt", "review_belt_road_jordan.txt")
N = "minutes_russia_sudan_grain.txt"
# (file, quote in the text (Western digits) starting with its weekday, date)
WEEKDAYS = [
    (A, "الأربعاء 5 تشرين الأول 2016", (2016, 10, 5)), (A, "الثلاثاء 10 كانون الثاني 2017", (2017, 1, 10)),
    (A, "الاثنين 1 كانون الثاني 2018", (2018, 1, 1)),
    (R, "الأحد 19 أكتوبر 2025", (2025, 10, 19)), (R, "الأربعاء 30 أكتوبر 2024", (2024, 10, 30)),
    (D, "الثلاثاء 11 نوفمبر 2025", (2025, 11, 11)), (D, "الأحد المقبل 16 نوفمبر", (2025, 11, 16)),
    (E, "الجمعة 8 شعبان 1379هـ الموافق 5 فبراير 1960م", (1960, 2, 5)),
    (E, "الأربعاء 7 رمضان 1380هـ الموافق 22 فبراير 1961م", (1961, 2, 22)),
    (E, "الأربعاء 2 شعبان 1412هـ الموافق 5 فبراير 1992م", (1992, 2, 5)),
    (M, "الجمعة 7 نونبر 2025", (2025, 11, 7)),
    (V, "السبت 7 سبتمبر 2013", (2013, 9, 7)),
    (N, "الأحد 12 أكتوبر 2025", (2025, 10, 12)), (N, "الاثنين 14 يوليو 2025", (2025, 7, 14)),
    (N, "الأحد 28 سبتمبر 2025", (2025, 9, 28)), (N, "الأحد 9 نوفمبر 2025", (2025, 11, 9)),
]
HIJRI_DAYS = [
    ("8 شعبان 1379هـ الموافق 5 فبراير 1960م", (1960, 2, 5), (1379, 8, 8)),
    ("7 رمضان 1380هـ الموافق 22 فبراير 1961م", (1961, 2, 22), (1380, 9, 7)),
    ("2 شعبان 1412هـ الموافق 5 فبراير 1992م", (1992, 2, 5), (1412, 8, 2)),
]
HIJRI_YEARS = [("1379هـ/1960م", 1379, 1960), ("1446هـ/2024م", 1446, 2024)]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(round(a, nd) - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in (A, R, D, E, M, O, V, N)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f].translate(TO_WEST), (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[E], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    # the Hijri-only day «غرة رمضان 1445هـ» (gold: 11 March 2024)
    assert "غرة رمضان 1445هـ" in texts[E] and Hijri(1445, 9, 1).to_gregorian() == dt.date(2024, 3, 11)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «النصف الثاني من القرن الرابع عشر الهجري» (1351-1400 AH) holds 1379 AH; the 14th Hijri century
    # runs from 1883-11-02 to 1980-11-08 (gold)
    assert 1351 <= 1379 <= 1400
    assert jd_to_gregorian(islamic_to_jd(1301, 1, 1)) == dt.date(1883, 11, 2)
    assert jd_to_gregorian(islamic_to_jd(1401, 1, 1)) == dt.date(1980, 11, 9)
    d = lambda *a: dt.date(*a)
    F = [
        # academic: Djibouti railway
        (656 + 96, 752), (656 / 752 * 100, 87.2), (0.7 * 4, 2.8), (4 - 2.8, 1.2), (0.9 + 0.3, 1.2),
        (30 / 10, 3), (150 / 60, 2.5), ((150 - 60) / 60 * 100, 150), (150 * 12, 1800), ((1.8 - 1.5) / 1.5 * 100, 20),
        (1.8e6 / 1800, 1000), (1900 + 500, 2400), (1900 / 2400 * 100, 79.2), ((2000 - 1400) / 2000 * 100, 30),
        (round(752 / 12), 63), (months((2016, 10), (2017, 1)), 3), (d(2017, 1, 10).day - d(2016, 10, 5).day, 5),
        (months((2016, 10), (2018, 1)), 15), (2018 - 2016, 2), (len(["مجموعة السكك", "شركة الصين للهندسة"]), 2),
        # report: Chinese electric cars (Eastern digits)
        (31 + 24 + 11 + 8 + 7 + 3, 84), (len(["الإمارات", "السعودية", "المغرب", "مصر", "الأردن", "قطر"]), 6),
        ((84 - 56) / 56 * 100, 50), (84 / 140 * 100, 60), (31 + 24, 55), (55 / 84 * 100, 65.5),
        (round((48 - 33) / 48 * 100), 31), (35.3 + 10, 45.3), (2025 - 1979, 46), (150e6 / 1200, 125e3), (40 - 20, 20),
        (25 * 2 / 3, 16.7), (3000 / 1200, 2.5), (2030 - 2025, 5), (720e6 / 24000, 30000), (13 - 8, 5),
        (2024 - 2022, 2), (2025 - 2021, 4), (len(["ربط الإعفاء", "توحيد مواصفات", "صندوق عربي"]), 3),
        (1970 <= 1973 <= 1979, True),
        # release: Duqm
        (2025 - 2016, 9), (round(4.6 / 10.7 * 100), 43), (2.8 + 0.9 + 0.5 + 0.4, 4.6), (2.8 / 4.6 * 100, 60.9),
        (0.9 / 4.6 * 100, 19.6), (0.5 / 4.6 * 100, 10.9), (0.4 / 4.6 * 100, 8.7), (6.5 + 3.2 + 2.02, 11.72),
        ((620 - 500) / 500 * 100, 24), (1400 + 1300 + 500, 3200), (round(1400 / 3200 * 100), 44), (2025 - 1967, 58),
        (2025 + 5, 2030), (146 / 10, 14.6), (90e6 / 600, 150e3), (2025 - 2012, 13),
        (len(["التكرير", "الألواح", "مواد البناء", "التحلية"]), 4), (len(["الثقيلة", "الخفيفة", "متعددة"]), 3),
        # encyclopedia: RUDN
        (1970 - 1960, 10), (1961 - 1925 - 1, 35), ((d(1961, 2, 22) - d(1961, 1, 17)).days > 35, True),
        ((d(1961, 2, 22) - d(1961, 1, 17)).days < 42, True), (1965 - 1960, 5), (1973 - 1960, 13),
        (700 + 650 + 500 + 350 + 300 + 250 + 150, 2900), (len("سوريا العراق مصر الأردن فلسطين اليمن المغرب".split()), 7),
        (round(2900 / 36000 * 100), 8), (1420 / 2900 * 100, 49), (2025 - 1960 > 60, True),
        (round((d(1992, 2, 5) - d(1991, 12, 26)).days / 7), 6), (1992 - 1961, 31), (2025 - 1960, 65), (120 / 3, 40),
        # markdown: Mauritania
        (2025 - 1965, 60), (2025 - 1986, 39), (1.1 / 4.4 * 100, 25), (54 - 41, 13), (2024 - 2020, 4),
        (480 + 320 + 180 + 120, 1100), (20 - 7, 13), (2021 - 2018, 3), (2025 - 1971, 54), ((4.5 - 3) / 3 * 100, 50),
        (3.9 / 4.5 * 100, 86.7), (round(380 / 1300 * 100), 29), (len(["الموانئ", "الطاقة", "الصحة", "الزراعة"]), 4),
        # op-ed: desalination
        (2025 - 1974, 51), (6 / 15 * 100, 40), (690e6 / 600e3, 1150), ((1400 - 1150) / 1400 * 100, 17.9),
        ((4.2 - 3.5) / 4.2 * 100, 16.7), (600e3 * 1.5, 900e3), (2040 - 2023, 17), (months((1990, 7), (1990, 8)), 1),
        (len(["السعر", "التمويل الميسر"]), 2),
        # review: Belt and Road in Jordan
        (2024 - 2019, 5), (2023 - 2013, 10), (312 > 300, True),
        (len(["المبادرة", "التجارة", "الطاقة", "العطارات", "الشمسية", "المؤهلة", "الدين"]), 7),
        (2.1 / 3.1 * 100, 67.7), (3.1 - 2.1, 1.0), (0.4 + 0.35 + 0.25, 1.0), (2 * 235, 470), (round(2.1e9 / 470 / 1e5) / 10, 4.5),
        (45 + 45 + 10, 100), (2020 - 2017, 3), ((4.5 - 3.6) / 3.6 * 100, 25), (4.1 - 0.4, 3.7), (2024 - 1968, 56),
        # minutes: Russian wheat and fertiliser for Sudan
        (13 - 10, 3), (5 + 4, 9), (len("عثمان آمنة ياسر منى حاتم".split()), 5), (len("فولكوف سوروكينا لاريونوف بيلوف".split()), 4),
        (len(["القمح", "الأسمدة", "حصة", "ما يستجد"]), 4), (80 + 70 + 50, 200), (200e3 * 245, 49e6), ((240 + 250) / 2, 245),
        (0.4 * 49, 19.6), (49 - 19.6, 29.4), (29.4 / 12, 2.45), (60 + 40, 100), (100e6 / 125, 800e3),
        (round(0.55 * 1.8, 1), 1.0), (55 - 40, 15), (2024 - 2022, 2), ((d(2025, 11, 9) - d(2025, 10, 12)).days, 28),
        (months((2025, 7), (2025, 10)), 3), (months((2023, 4), (2025, 10)) / 12, 2.5),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + 1 + len(HIJRI_YEARS) + 3 + len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"] and p["before"] != p["after"], p["id"]
    assert {p["kind"] for p in data["plants"]} == set(FAULT_KINDS)
    rec = load_recipes(HERE / "plants.yml", HERE / "clean")
    assert len(rec.plants) == len(data["plants"])
    n = 0
    for g in sorted((HERE / "gold").glob("*.yml")):
        head = yaml.safe_load(g.read_text(encoding="utf-8"))
        raw = (HERE / head["file"]).read_text(encoding="utf-8")
        for it in head["items"]:
            assert raw[it["start"]:it["end"]] == it["text"], (g.name, it)
        assert len(load_gold(g, HERE)) == len(head["items"])
        n += len(head["items"])
    return len(data["plants"]), n


def main() -> None:
    k = facts()
    p, g = structure()
    print(f"ok: {k} facts (weekdays, Hijri days/years/century, arithmetic); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
