"""Checks the clean texts, the gold and the plants of heldout16 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair and Hijri century (tabular calendar), and the sums, shares, changes,
  averages, durations and ages the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind of
  FAULT_KINDS has plants, and the plants load through ``load_recipes``; every gold quote is found at
  its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout16/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, W = "academic_black_sea_grain.txt", "report_new_capital_builders.txt", "wire_chinese_tourism_gulf_egypt.txt"
E, M, O, N = ("encyclopedia_aswan_high_dam.txt", "markdown_arab_satellites.md", "oped_opec_plus_russia_gulf.txt",
              "news_russian_language_iraq.txt")
# (file, quote in the text (Western digits, line breaks as spaces) starting with its weekday, date)
WEEKDAYS = [
    (A, "الخميس 24 شباط 2022", (2022, 2, 24)), (A, "الجمعة 22 تموز 2022", (2022, 7, 22)),
    (A, "الأربعاء 27 تموز 2022", (2022, 7, 27)), (A, "الاثنين 1 آب 2022", (2022, 8, 1)),
    (A, "السبت 29 تشرين الأول 2022", (2022, 10, 29)), (A, "الأربعاء 2 تشرين الثاني 2022", (2022, 11, 2)),
    (A, "الاثنين 17 تموز 2023", (2023, 7, 17)),
    (R, "الثلاثاء 16 سبتمبر 2025", (2025, 9, 16)), (R, "الجمعة 13 مارس 2015", (2015, 3, 13)),
    (W, "الثلاثاء 4 نوفمبر 2025", (2025, 11, 4)), (W, "الاثنين 6 فبراير 2023", (2023, 2, 6)),
    (W, "الثلاثاء 16 يناير 2018", (2018, 1, 16)), (W, "الجمعة الماضي 31 أكتوبر", (2025, 10, 31)),
    (W, "السبت الأول من نوفمبر الجاري", (2025, 11, 1)),
    (E, "الخميس 17 ذي الحجة 1375هـ الموافق 26 يوليو 1956م", (1956, 7, 26)),
    (E, "السبت 15 جمادى الآخرة 1378هـ الموافق 27 ديسمبر 1958م", (1958, 12, 27)),
    (E, "السبت 10 رجب 1379هـ الموافق 9 يناير 1960م", (1960, 1, 9)),
    (E, "الخميس 3 محرم 1384هـ الموافق 14 مايو 1964م", (1964, 5, 14)),
    (E, "الاثنين 27 رجب 1390هـ الموافق 28 سبتمبر 1970م", (1970, 9, 28)),
    (E, "الجمعة 17 ذي القعدة 1390هـ الموافق 15 يناير 1971م", (1971, 1, 15)),
    (M, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (M, "الأربعاء 8 نونبر 2017", (2017, 11, 8)),
    (M, "الأربعاء 21 نونبر 2018", (2018, 11, 21)), (M, "الخميس 28 نونبر 2002", (2002, 11, 28)),
    (M, "الثلاثاء 17 أبريل 2007", (2007, 4, 17)), (M, "الأربعاء 16 أبريل 2014", (2014, 4, 16)),
    (M, "الخميس 21 فبراير 2019", (2019, 2, 21)), (M, "الاثنين 22 مارس 2021", (2021, 3, 22)),
    (M, "الأحد 10 دجنبر 2017", (2017, 12, 10)), (M, "الاثنين 4 دجنبر 2023", (2023, 12, 4)),
    (O, "الثلاثاء 2 كانون الأول 2025", (2025, 12, 2)), (O, "السبت 10 كانون الأول 2016", (2016, 12, 10)),
    (O, "الأربعاء 30 تشرين الثاني 2016", (2016, 11, 30)), (O, "الثلاثاء 2 تموز 2019", (2019, 7, 2)),
    (O, "الجمعة 6 آذار 2020", (2020, 3, 6)), (O, "الأحد 12 نيسان 2020", (2020, 4, 12)),
    (O, "الأربعاء 5 تشرين الأول 2022", (2022, 10, 5)), (O, "الأحد 2 نيسان 2023", (2023, 4, 2)),
    (O, "الأربعاء 6 كانون الأول 2023", (2023, 12, 6)),
    (N, "الأحد 14 أيلول 2025", (2025, 9, 14)), (N, "الجمعة 5 شباط 1960", (1960, 2, 5)),
    (N, "الأربعاء 22 شباط 1961", (1961, 2, 22)), (N, "الخميس 21 حزيران 2007", (2007, 6, 21)),
]
HIJRI_DAYS = [
    ("17 ذي الحجة 1375هـ الموافق 26 يوليو 1956م", (1956, 7, 26), (1375, 12, 17)),
    ("15 جمادى الآخرة 1378هـ الموافق 27 ديسمبر 1958م", (1958, 12, 27), (1378, 6, 15)),
    ("10 رجب 1379هـ الموافق 9 يناير 1960م", (1960, 1, 9), (1379, 7, 10)),
    ("3 محرم 1384هـ الموافق 14 مايو 1964م", (1964, 5, 14), (1384, 1, 3)),
    ("27 رجب 1390هـ الموافق 28 سبتمبر 1970م", (1970, 9, 28), (1390, 7, 27)),
    ("17 ذي القعدة 1390هـ الموافق 15 يناير 1971م", (1971, 1, 15), (1390, 11, 17)),
]
HIJRI_YEARS = [("1380هـ/1960م", 1380, 1960), ("1388هـ/1968م", 1388, 1968)]


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


def age(born: tuple[int, int, int], on: tuple[int, int, int]) -> int:
    return on[0] - born[0] - ((on[1], on[2]) < (born[1], born[2]))


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in (A, R, W, E, M, O, N)}
    flat = {f: " ".join(t.translate(TO_WEST).split()) for f, t in texts.items()}
    for f, quote, ymd in WEEKDAYS:
        assert quote in flat[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[E], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «القرن الرابع عشر الهجري» (1301-1400 AH) holds 1375-1390 AH; 1956-1971 lie in the 20th century
    assert 1301 <= 1375 and 1390 <= 1400 and jd_to_gregorian(islamic_to_jd(1401, 1, 1)).year == 1980
    d = lambda *a: dt.date(*a)
    F = [
        # grain (academic): 10 days to the first ship, 4 days of suspension, 360 days in all, about 5 months
        ((d(2022, 8, 1) - d(2022, 7, 22)).days, 10), ((d(2022, 11, 2) - d(2022, 10, 29)).days, 4),
        ((d(2023, 7, 17) - d(2022, 7, 22)).days, 360), (round((d(2022, 7, 22) - d(2022, 2, 24)).days / 30.44), 5),
        (16.8 + 8.9 + 7.2, 32.9), (16.8 / 32.9 * 100, 51), (8.9 / 32.9 * 100, 27), (7.2 / 32.9 * 100, 22),
        (51 + 27 + 22, 100), (round(32.9e6 / 1003 / 1000), 33), (32.9 / 12, 2.7), (32.9 / 12 / 5 > 0.5, True),
        (44 + 36 + 20, 100), ((159.7 - 123.9) / 159.7 * 100, 22.4), (2023 - 1954, 69), (age((1954, 2, 26), (2023, 7, 17)), 69),
        (len(["روسيا", "أوكرانيا", "تركيا", "الأمم المتحدة"]), 4), (len(["أوديسا", "تشورنومورسك", "بيفديني"]), 3),
        (len("إثيوبيا أفغانستان اليمن الصومال جيبوتي كينيا السودان".split()), 7), (len(["مرتفعة", "العليا", "الدنيا"]), 3),
        # capital (report): 10.5 years, 4 contracts summing to 5 bn with their shares, 20 towers, 20k workers, the loan
        (months((2015, 3), (2025, 9)) / 12, 10.5), (3 + 1.2 + 0.5 + 0.3, 5), (3 / 5 * 100, 60), (1.2 / 5 * 100, 24),
        (0.5 / 5 * 100, 10), (0.3 / 5 * 100, 6), (60 + 24 + 10 + 6, 100), (3e9 / 20, 150e6), (2021 - 2018, 3),
        (17 + 3, 20), (3 / 20 * 100, 15), (2025 - 1966, 59), (0.85 * 3, 2.55), ((3 - 2.55) * 1000, 450), (15 - 3, 12),
        (2.55e9 / 12, 212.5e6), ((6 - 4.8) / 4.8 * 100, 25), (27 - 18, 9), ((27 - 18) / 18, 0.5), (8 / 20 * 100, 40),
        (3 / 5, 0.6), (round(170000 * 4200.83 / 1e6), 714), (1989 // 10 * 10, 1980), (len(["الأعمال", "القطار", "المحولات", "المياه"]), 4),
        # tourism (wire)
        ((612 - 510) / 510 * 100, 20), (612 / 15300 * 100, 4), (612000 * 1250, 765e6), (28 + 21 + 21 + 14, 84),
        (84 + 7, 91), (len(["الإمارات", "الجنوبية", "الشرقية", "الصين"]), 4), (1000 / 300 > 3, True), ((18 - 12) / 12 * 100, 50),
        (45 + 35 + 20, 100), (2025 - 1979, 46), (months((2018, 1), (2025, 11)) > 7 * 12, True), (2025 - 2023, 2),
        # high dam (encyclopedia)
        ((d(1956, 7, 26) - d(1956, 7, 19)).days, 7), (400 + 900, 1300), ((d(1960, 1, 9) - d(1958, 12, 27)).days // 365, 1),
        (age((1894, 4, 15), (1964, 5, 14)), 70), (1968 - 1964, 4), (age((1918, 1, 15), (1970, 9, 28)), 52),
        ((d(1971, 1, 15) - d(1970, 9, 28)).days < 4 * 30.44, True), (1971 - 1960, 11), (350 + 150, 500),
        (350 / 500 * 100, 70), (12 * 175, 2100), (months((1971, 1), (1972, 7)) / 12, 1.5),
        # satellites (markdown)
        (len(["ألسات-1", "إيجبت سات-1", "إيجبت سات-2", "إيجبت سات-أ", "تحدي-1"]), 5), (2010 - 2007, 3), (2015 - 2014, 1),
        (5 + 2, 7), (5 / 7 * 100, 71.4), (2 / 7 * 100, 28.6), (6 + 3 + 1, 10), ((2.2 - 1.6) / 1.6 * 100, 37.5),
        (2025 - 1976, 49), (2025 - 2017, 8), (round(115 / 40), 3),
        # OPEC+ (op-ed)
        ((d(2016, 12, 10) - d(2016, 11, 30)).days, 10), (1.2 + 0.558, 1.758), (300 / 558 > 0.5, True), (13 + 11, 24),
        (months((2016, 12), (2019, 7)) < 36, True), ((68.9 - 19.3) / 68.9 * 100, 72), ((d(2020, 4, 12) - d(2020, 3, 6)).days, 37),
        (round((d(2020, 4, 12) - d(2020, 3, 6)).days / 7), 5),
        ((500 + 211 + 144 + 128 + 78 + 48 + 40 + 8) / 1000, 1.157), (round(1.157, 2), 1.16),
        (len("السعودية العراق الإمارات الكويت كازاخستان الجزائر عمان الغابون".split()), 8), (500 / 1157 * 100, 43),
        (months((2025, 4), (2025, 9)) + 1, 6), (2.2e6 / 6 / 1000, 367), (2025 - 1971, 54), (41 / 103 * 100, 40), (2025 - 2016, 9),
        # Russian language (news)
        (30 + 30, 60), (5 + 3, 8), (1 + 4, 5), ((300 - 250) / 250 * 100, 20), (2025 - 1963, 62),
        ((d(1961, 2, 22) - d(1960, 2, 5)).days - 366, 17), (1992 - 1961 > 30, True),
        (14 + 6 + 4 + 3 + 2.5 + 2.5, 32), (32 / 355 * 100, 9), (14 / 32 * 100, 44), (2025 - 3, 2022),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + 1 + len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"], p["id"]
        assert p["before"] != p["after"], p["id"]
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
    print(f"ok: {k} facts (weekdays, Hijri days/years, arithmetic); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
