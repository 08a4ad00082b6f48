"""Checks the clean texts, the gold and the plants of heldout18 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year or month pair and Hijri century (tabular calendar), and the sums, shares,
  changes, averages, durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold``.
    python benchmarks/heldout18/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, T = "academic_faw_development_road.txt", "report_mir_arab_banks.txt", "release_teda_suez_zone.txt"
E, M, O = "encyclopedia_haramain_mashaaer_rail.txt", "markdown_russian_tourism_red_sea.md", "oped_rare_earths_arab_mining.txt"
P, G = "parliament_algeria_phosphate.txt", "programme_solar_forum_abudhabi.txt"
FILES = (A, R, T, E, M, O, P, G)
# (file, quote in the text (Western digits), date): the quote starts with its weekday
WEEKDAYS = [
    (A, "الأحد 11 نيسان 2021", (2021, 4, 11)), (A, "السبت 27 أيار 2023", (2023, 5, 27)),
    (A, "الاثنين 22 نيسان 2024", (2024, 4, 22)),
    (R, "الأحد 16 نوفمبر 2025", (2025, 11, 16)), (R, "الخميس 24 فبراير 2022", (2022, 2, 24)),
    (R, "السبت 12 مارس 2022", (2022, 3, 12)), (R, "السبت 5 مارس 2022", (2022, 3, 5)),
    (T, "الأربعاء 8 أكتوبر 2025", (2025, 10, 8)), (T, "الخميس 21 يناير 2016", (2016, 1, 21)),
    (T, "الثلاثاء 14 أكتوبر الجاري", (2025, 10, 14)),
    (E, "الاثنين 9 ذي الحجة 1431هـ الموافق 15 نوفمبر 2010م", (2010, 11, 15)),
    (E, "الثلاثاء 15 محرم 1440هـ الموافق 25 سبتمبر 2018م", (2018, 9, 25)),
    (E, "الخميس 2 صفر 1440هـ الموافق 11 أكتوبر 2018م", (2018, 10, 11)),
    (E, "الأحد 30 محرم 1441هـ الموافق 29 سبتمبر 2019م", (2019, 9, 29)),
    (M, "الاثنين 3 نونبر 2025", (2025, 11, 3)), (M, "السبت 31 أكتوبر 2015", (2015, 10, 31)),
    (M, "الجمعة 6 نونبر 2015", (2015, 11, 6)), (M, "الأربعاء 11 أبريل 2018", (2018, 4, 11)),
    (M, "الاثنين 9 غشت 2021", (2021, 8, 9)),
    (O, "الاثنين 3 تموز 2023", (2023, 7, 3)),
    (P, "الأحد 12 جانفي 2025", (2025, 1, 12)), (P, "الأحد 9 فيفري 2025", (2025, 2, 9)),
    (P, "الثلاثاء 3 ديسمبر 2024", (2024, 12, 3)),
    (G, "الثلاثاء 18 نوفمبر 2025", (2025, 11, 18)), (G, "الأربعاء 19 نوفمبر 2025", (2025, 11, 19)),
    (G, "الخميس 20 نوفمبر 2025", (2025, 11, 20)), (G, "الخميس 16 نوفمبر 2023", (2023, 11, 16)),
    (G, "الجمعة 7 نوفمبر 2025", (2025, 11, 7)), (G, "الثلاثاء 18 إلى الخميس 20 نوفمبر 2025", (2025, 11, 18)),
]
HIJRI_DAYS = [
    ("9 ذي الحجة 1431هـ الموافق 15 نوفمبر 2010م", (2010, 11, 15), (1431, 12, 9)),
    ("15 محرم 1440هـ الموافق 25 سبتمبر 2018م", (2018, 9, 25), (1440, 1, 15)),
    ("2 صفر 1440هـ الموافق 11 أكتوبر 2018م", (2018, 10, 11), (1440, 2, 2)),
    ("30 محرم 1441هـ الموافق 29 سبتمبر 2019م", (2019, 9, 29), (1441, 1, 30)),
]
# Hijri/Gregorian year pairs (the Gregorian year must overlap the Hijri year, tabular calendar)
HIJRI_YEARS = [("1318هـ/1900م", 1318, 1900), ("1326هـ/1908م", 1326, 1908), ("1354هـ/1935م", 1354, 1935),
               ("1446هـ/2024م", 1446, 2024)]


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


def minutes(a: str, b: str) -> int:
    h1, m1 = map(int, a.split(":"))
    h2, m2 = map(int, b.split(":"))
    return 60 * (h2 - h1) + m2 - m1


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in FILES}
    west = {f: t.translate(TO_WEST) for f, t in texts.items()}
    for f, quote, ymd in WEEKDAYS:
        assert quote in west[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[E], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «صفر 1430هـ/فبراير 2009م»: Safar 1430 overlaps February 2009
    s0, s1 = jd_to_gregorian(islamic_to_jd(1430, 2, 1)), jd_to_gregorian(islamic_to_jd(1430, 3, 1) - 1)
    assert s0 <= dt.date(2009, 2, 28) and s1 >= dt.date(2009, 2, 1), (s0, s1)
    # centuries: 1318-1326 AH in the 14th Hijri century (1301-1400); 1431-1446 AH in the 15th (1401-1500);
    # Hajj 1431 in November 2010, Hajj 1445 in June 2024 (the 8th-12th Dhu al-Hijja, five days)
    assert all(1301 <= y <= 1400 for y in (1318, 1326)) and all(1401 <= y <= 1500 for y in (1431, 1440, 1441, 1446))
    assert jd_to_gregorian(islamic_to_jd(1431, 12, 9)).month == 11 and jd_to_gregorian(islamic_to_jd(1445, 12, 9)).month == 6
    d = lambda *a: dt.date(*a)
    age = lambda born, on: on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    F = [
        # academic (Faw / Development Road)
        (10.5 + 6.5, 17), (10.5 / 17 * 100, 61.8), ((49.8 - 30.2) / 30.2 * 100, 64.9), (2024 - 2019, 5),
        (4 / 11 * 100, 36.4), (4 + 3 + 2 + 2, 11), (1.1 / 3.4 * 100, 32.4), (round(10.5e9 / 1200 / 1e6, 1), 8.8),
        (7.5 / 3.5 > 2, True), (24 <= months((2021, 4), (2023, 5)) < 36, True),
        (d(2023, 5, 27).replace(year=2024, month=4) - dt.timedelta(days=5), d(2024, 4, 22)),
        ((d(2024, 4, 30) - d(2024, 4, 22)).days, 8), (len(["العراق", "تركيا", "قطر", "الإمارات"]), 4),
        (len(["سكة", "طريق"]), 2), (max(d(2025, 1, 14), d(2025, 1, 15), d(2025, 1, 20), d(2025, 2, 2)) < d(2025, 2, 9), True),
        # report (Mir, SPFS), Eastern digits
        ((d(2022, 3, 12) - d(2022, 2, 24)).days, 16), ((d(2022, 3, 12) - d(2022, 3, 5)).days, 7),
        (round(months((2014, 7), (2015, 12)) / 12 * 2) / 2, 1.5), (177 / 557 * 100, 31.8), (39 - 12, 27), ((85 - 33) > 85 / 2, True),
        (12 + 8 + 7 + 5 + 4 + 4, 40), (len(["الإمارات", "مصر", "الجزائر", "العراق", "السعودية", "عمان"]), 6),
        (26 / 40 * 100, 65), (13 + 13, 26), ((11.5 - 9.8) / 9.8 * 100, 17.3), (0.015 * 200000, 3000),
        (2025 - 1979, 46), (2025 - 2022, 3),
        # press release (TEDA)
        ((540 - 450) / 450 * 100, 20), (145 + 210 + 185, 540), (230 + 150 + 95 + 65, 540),
        (len(["الألياف", "الأجهزة", "المنسوجات", "اللوجستية"]), 4), (1.34 + 6, 7.34), (112 + 48, 160),
        (112 / 160 * 100, 70), (2.46 / 4.1 * 100, 60), (0.94 * 8500, 7990), (2025 - 1967, 58), (7.34 - 5.25, 2.09),
        (2025 - 2018, 7), (13 - 10, 3), (round(months((2016, 1), (2025, 10)) / 12), 10), (2026 - 2016, 10),
        # encyclopedia (Haramain, Mashaaer)
        (1908 - 1900, 8), (17 * 12, 204), (60 / 2.5 * 3000, 72000), (3 * 3, 9),
        (len(["مكة المكرمة", "جدة", "المطار", "مدينة الملك عبدالله الاقتصادية", "المدينة المنورة"]), 5),
        ((d(2018, 10, 11) - d(2018, 9, 25)).days, 16), ((d(2019, 9, 29) - d(2018, 9, 25)).days, 365 + 4),
        ((8.6 - 7.2) / 7.2 * 100, 19.4), (2 * 60 + 20, 140), (round(453 / 140 * 60), 194), (12 - 8 + 1, 5),
        (age(d(1935, 12, 31), d(2018, 9, 25)), 82), (round((2010 - 1918) / 100), 1),
        # markdown (Russian tourism)
        (217 + 7, 224), ((d(2015, 11, 6) - d(2015, 10, 31)).days, 6), (months((2015, 11), (2018, 4)), 2 * 12 + 5),
        (months((2015, 11), (2021, 8)), 5 * 12 + 9), (2025 - 2015, 10), ((1.5 - 1.2) / 1.2 * 100, 25),
        (1.5 / 15.7 * 100, 9.6), (58 + 27 + 9 + 6, 100), (len(["الغردقة", "شرم الشيخ", "مرسى علم", "سفاجا", "الجونة"]), 5),
        (126 / 9, 14), (900 / 9, 100), (1.5e6 * 900, 1.35e9), (2025 - 1974, 51),
        (d(2025, 10, 23) < d(2025, 11, 3) and d(2025, 10, 14) < d(2025, 10, 22) and d(2025, 9, 1) < d(2025, 10, 23), True),
        # op-ed (rare earths)
        ((d(2023, 8, 1) - d(2023, 7, 3)).days, 29), (2025 - 2010, 15), ((2.5 - 1.3) / 1.3 * 100, 92.3),
        (2.5 * 3.75, 9.375), (round(2.5 * 3.75, 1), 9.4), (40e6 * 0.0004, 16000), (16 / 45 > 1 / 3, True),
        (400e3 / 200e3, 2), (2025 - 1961, 64),
        (len("الساماريوم الغادولينيوم التيربيوم الديسبروسيوم اللوتيتيوم السكانديوم الإيتريوم".split()), 7),
        # parliamentary question and answer (Algeria)
        ((d(2025, 2, 9) - d(2025, 1, 12)).days, 28), (0.56 * 7, 3.92), (0.44 * 7, 3.08), (3.92 + 3.08, 7),
        (round(4 / 5.4 * 4) / 4, 0.75), (2400 / 6000 * 100, 40), (350 + 150, 500), (2026 - 2024, 2), (2024 - 2011, 13),
        (round(months((2022, 3), (2025, 1)) / 12), 3), (len(["تبسة", "سوق أهراس", "سكيكدة", "عنابة"]), 4),
        (len([1, 2, 3]), 3),
        # conference programme (solar)
        (len([("10:00", "11:30"), ("12:00", "13:30"), ("14:30", "16:00"), ("09:00", "10:30"), ("11:00", "12:30"), ("09:00", "10:30")]), 6),
        (set(minutes(a, b) for a, b in [("10:00", "11:30"), ("12:00", "13:30"), ("14:30", "16:00"), ("09:00", "10:30"),
                                       ("11:00", "12:30"), ("09:00", "10:30")]) == {90}, True),
        (len(["الإمارات", "السعودية", "عمان", "الكويت", "قطر", "البحرين", "الصين"]), 7), (1177 + 2000, 3177),
        ((2.42 - 1.35) / 2.42 * 100, 44.2), (1500 + 2600, 4100), (4100 > 2 * 2000, True), (40 + 20 + 20 + 20, 100),
        (1500 * 0.6, 900), ((d(2025, 11, 18) - d(2025, 11, 7)).days, 11), (2025 - 2023, 2),
        (minutes("13:00", "18:00"), (2 + 2 + 1) * 60), (20 - 18 + 1, 3),
    ]
    for i, (a, b) in enumerate(F):
        ok = (a == b) if isinstance(b, (bool, dt.date)) else close(a, b)
        assert ok, (i, a, b)
    # every figure the checks above use is in its text (Western digits)
    for f, quotes in {
        A: ["10.5 مليار", "6.5 مليار", "17 مليار", "61.8 بالمئة", "49.8 مليار", "30.2 مليار", "64.9 بالمئة", "36.4 بالمئة",
            "32.4 بالمئة", "8.8 ملايين", "3.5 ملايين", "7.5 ملايين", "1.1 مليون", "3.4 ملايين", "61.8 percent", "36.4 percent"],
        R: ["31.8%", "557", "177", "12%", "39%", "85%", "33%", "65%", "17.3%", "9.8 مليار", "11.5 مليار", "1.5%", "200 ألف", "1979", "46 عاماً"],
        T: ["540 مليون", "450 مليون", "20 في المائة", "7990", "2.46 مليار", "4.1 مليار", "5.25 كيلومتر", "2.09", "1967", "58 عاماً"],
        E: ["17 قطاراً", "12 عربة", "204 عربات", "72 ألف", "8.6 ملايين", "7.2 ملايين", "19.4 في المائة", "453 كيلومتراً", "194 كيلومتراً"],
        M: ["217", "224", "1.5 مليون", "1.2 مليون", "9.6 بالمائة", "15.7 مليون", "126 رحلة", "14 رحلة", "1.35 مليار", "1974", "51 عاماً"],
        O: ["92.3 في المئة", "1.3 تريليون", "2.5 تريليون", "9.4 تريليونات", "40 مليون طن", "0.04 في المئة", "16 ألف طن", "45 ألف طن", "400 طن", "200 ألف سيارة", "1961"],
        P: ["3.92 مليار", "3.08 مليار", "56 بالمائة", "44 بالمائة", "5.4 ملايين", "4 ملايين", "2400", "40 بالمائة", "350 شاباً", "150 آخرون"],
        G: ["1177 ميغاواط", "2000 ميغاواط", "3177 ميغاواط", "2.42 سنت", "1.35 سنت", "44.2 في المائة", "4100 ميغاواط", "1500 درهم", "900 درهم"],
    }.items():
        for q in quotes:
            assert q in west[f], (f, q)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + 3 + len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"], p["id"]
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
