"""Checks the clean texts, the gold and the plants of heldout22 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair and the Hijri-only day (hijridate,
  Umm al-Qura), every Hijri/Gregorian year pair and the Hijri century (tabular calendar), and the sums,
  shares, changes, averages, products, durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, at the offset
  the anchor gives, ``before`` differs from ``after``, every kind of FAULT_KINDS is planted, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold``.
    python benchmarks/heldout22/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian, Hijri

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, N = "academic_south_sudan_peacekeeping.txt", "report_china_africa_stadiums.txt", "news_lekki_port_nigeria.txt"
H, M, P = "encyclopedia_zheng_he_arabia.txt", "markdown_chinese_phones_africa.md", "pressconf_egypt_panda_bond.txt"
Q, B = "faq_china_scholarships_arab.txt", "bulletin_russian_sunflower_oil.txt"
# (file, quote in the text (Western digits), date): the quote starts with the weekday of the date
WEEKDAYS = [
    (A, "السبت 9 تموز 2011", (2011, 7, 9)), (A, "الجمعة 8 تموز 2011", (2011, 7, 8)),
    (A, "الأحد 15 كانون الأول 2013", (2013, 12, 15)), (A, "الأحد 10 تموز 2016", (2016, 7, 10)),
    (R, "الأربعاء 19 نوفمبر 2025", (2025, 11, 19)), (R, "الخميس 22 ديسمبر 2016", (2016, 12, 22)),
    (R, "السبت 3 أكتوبر 2020", (2020, 10, 3)), (R, "السبت 13 يناير", (2024, 1, 13)), (R, "الأحد 11 فبراير 2024", (2024, 2, 11)),
    (N, "الاثنين 24 نوفمبر 2025", (2025, 11, 24)), (N, "الاثنين 23 جانفي 2023", (2023, 1, 23)),
    (N, "الاثنين 31 أكتوبر 2022", (2022, 10, 31)), (N, "الخميس 4 ديسمبر المقبل", (2025, 12, 4)),
    (H, "الاثنين 5 جمادى الآخرة 1426هـ الموافق 11 يوليو 2005م", (2005, 7, 11)),
    (H, "الأحد 19 رجب 1446هـ الموافق 19 يناير 2025م", (2025, 1, 19)),
    (H, "الأحد 9 رمضان 1446هـ الموافق 9 مارس 2025م", (2025, 3, 9)),
    (M, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (M, "الثلاثاء 16 شتنبر 2025", (2025, 9, 16)),
    (P, "الثلاثاء 2 ديسمبر 2025", (2025, 12, 2)), (P, "الاثنين والثلاثاء 24 و25 نوفمبر", (2025, 11, 24)),
    (P, "الثلاثاء 24 و25 نوفمبر", (2025, 11, 25)),
    (Q, "الأحد 7 كانون الأول 2025", (2025, 12, 7)), (Q, "الاثنين 1 كانون الأول 2025", (2025, 12, 1)),
    (Q, "الثلاثاء 31 آذار 2026", (2026, 3, 31)), (Q, "الثلاثاء 30 حزيران 2026", (2026, 6, 30)),
    (Q, "الجمعة 30 كانون الثاني 2004", (2004, 1, 30)),
    (B, "الخميس 20 تشرين الثاني 2025", (2025, 11, 20)),
]
HIJRI_DAYS = [  # (quote, Gregorian, Hijri)
    ("5 جمادى الآخرة 1426هـ الموافق 11 يوليو 2005م", (2005, 7, 11), (1426, 6, 5)),
    ("19 رجب 1446هـ الموافق 19 يناير 2025م", (2025, 1, 19), (1446, 7, 19)),
    ("9 رمضان 1446هـ الموافق 9 مارس 2025م", (2025, 3, 9), (1446, 9, 9)),
]
HIJRI_ONLY = [("غرة ربيع الأول 1447هـ", (1447, 3, 1), (2025, 8, 24))]
HIJRI_YEARS = [("773هـ/1371م", 773, 1371), ("808هـ/1405م", 808, 1405), ("835هـ/1432م", 835, 1432),
               ("836هـ/1433م", 836, 1433), ("855هـ/1451م", 855, 1451), ("1434هـ/2013م", 1434, 2013),
               ("1445هـ/2024م", 1445, 2024)]


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


def pct(new: float, old: float) -> float:
    return (new - old) / old * 100


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, R, N, H, M, P, Q, B)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[H], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_ONLY:
        assert quote in texts[H], quote
        assert Hijri(*h).to_gregorian() == dt.date(*g), quote
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[H], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «مطلع القرن التاسع الهجري» (801-900 AH) holds 808 AH; the voyages 1405-1433 lie in the 15th century AD
    assert 801 <= 808 <= 836 <= 900 and 1400 <= 1405 <= 1433 <= 1499
    assert jd_to_gregorian(islamic_to_jd(801, 1, 1)) == dt.date(1398, 9, 21)
    assert jd_to_gregorian(islamic_to_jd(901, 1, 1) - 1) == dt.date(1495, 9, 29)
    d = lambda *a: dt.date(*a)
    F = [
        # academic: South Sudan
        (40 + 30 + 25 + 5, 100), (1999 - 1997, 2), (months((2011, 7), (2013, 12)), 2 * 12 + 5),
        ((d(2011, 7, 9) - d(2011, 7, 8)).days, 1), (months((2012, 1), (2013, 4)), 15),
        (0.60 * 350, 210), (0.60 * 150, 90), (pct(150, 350), -57.1), (len(["المؤسسة الوطنية", "سينوبك", "الهندسة النفطية"]), 3),
        (700 + 200 + 150, 1050), (1050 / 14000 * 100, 7.5), (700 / 1050 * 100, 66.7), ((d(2016, 7, 10) - d(2016, 7, 9)).days, 1),
        (2016 - 2011, 5), (round(1.2e9 * 0.187 / 1e6), 224), (1050 / 350, 3), (2024 - 2011, 13), (2024 - 2020, 4),
        # report: stadiums
        (38 + 22 + 19 + 13 + 8, 100), (38 / 100 * 100, 38), (1980 <= 1983 <= 1989, True), (pct(21, 14), 50), (2.7e6 / 9e5, 3),
        (round(months((2016, 12), (2020, 10)) / 12), 4), (63 / 143 * 100, 44.1), (143 - 63, 80), (round(218e6 / 6e4), 3633),
        (round(4.2 / 218 * 100), 2), (2025 - 2, 2023), ((d(2024, 2, 11) - d(2024, 1, 13)).days + 1, 30),
        (round(1.092e6 / 52), 21000), (months((2020, 10), (2024, 2)) > 36, True), (round(2400 * 0.58), 1392), (58 - 49, 9),
        (2025 - 1978, 47), (len([1, 2, 3]), 3),
        # news: Lekki
        (380 + 170 + 90, 640), (2 + 1, 3), (months((2023, 1), (2025, 11)), 2 * 12 + 10), (months((2026, 1), (2028, 7)), 30),
        ((d(2023, 1, 23) - d(2022, 10, 31)).days < 90, True), (months((2020, 6), (2022, 10)), 2 * 12 + 4), (2025 - 1969, 56),
        (pct(504, 350), 44), (504 / 1200 * 100, 42), (1800 * 0.75, 1350), (1800 - 1350, 450), (480 / 12, 40),
        (months((2022, 7), (2023, 1)), 6), (round(310 / 28), 11), (19.8 + 2.8, 22.6), (2.8 / 22.6 * 100, 12.4),
        (pct(4.2, 2.8), 50), (2025 - 2023, 2),
        # encyclopedia: Zheng He
        (1433 - 1371, 62), (round(27800 / 62, -1), 450), (1451 - 1433, 18), (2005 - 1405, 600),
        ((d(2025, 3, 9) - d(2025, 1, 19)).days / 7, 7), (150 + 90, 240), (150 / 240 * 100, 62.5), (pct(45, 36), 25),
        (2025 - 1959, 66), (2025 - 2005, 20), (round((2025 - 1432) / 100), 6), (len(["ظفار", "عدن", "جدة"]), 3),
        (len(["الرابعة", "السادسة", "السابعة"]), 3), (months((1431, 1), (1433, 7)) / 12, 2.5),
        # markdown: phones
        (3e6 / 12, 250e3), (2025 - 2008, 17), (52 + 17.6 + 10.4, 80), (52 / 80 * 100, 65), (17.6 / 80 * 100, 22),
        (10.4 / 80 * 100, 13), (28 / 80 * 100, 35), (pct(118, 104), 13.5), (5.88 / 8.4 * 100, 70), (1200 * 0.65, 780),
        (len(["إثيوبيا", "نيجيريا", "مصر", "المغرب"]), 4), (2025 - 1981, 44), (2025 - 2018, 7), (pct(4.5, 3), 50),
        ((d(2024, 9, 6) - d(2024, 9, 4)).days + 1, 3), (round(months((2000, 10), (2024, 9)) / 12), 24),
        # press conference: panda bond
        (round(4.5e9 / 7.14 / 1e6, -1), 630), (2025 + 5, 2030), (3.5 - 2.9, 0.6), (pct(4.5, 3.5), 28.6), (13.5 / 4.5, 3),
        (55 + 30 + 15, 100), (2 + 1.5 + 1, 4.5), (len(["النقل", "المياه", "الطاقة"]), 3), (len(["الأفريقي", "الآسيوي"]), 2),
        (4.5e9 * 0.029, 130.5e6), (130.5e6 * 5, 652.5e6), (2023 + 3, 2026), (months((2025, 12), (2026, 10)), 10),
        (2023 + 2, 2025), (15.6 + 0.9, 16.5), (0.9 / 16.5 * 100, 5.5), (2019 - 1973, 46), (2025 - 2019, 6), (2025 - 1973, 52),
        # FAQ: scholarships
        (pct(3500, 2500), 40), (months((2025, 12), (2026, 3)) + 1, 4), (2026 - 2001, 25), (150 + 120 + 90 + 60, 420),
        (len(["الأردن", "العراق", "سوريا", "فلسطين"]), 4), (150 / 420 * 100, 35.7), (120 / 420 * 100, 28.6), (420 / 1680 * 100, 25),
        (5 + 1, 6), (2024 - 2018, 6), (800 * 12, 9600), (26000 + 9600, 35600), (round(35600 / 7.2, -3), 5000),
        (pct(21600, 18000), 20), (2025 - 2004, 21), (2012 - 1984, 28), (2025 - 2012, 13),
        # bulletin: sunflower oil
        (420 + 210 + 180 + 126 + 64, 1000), (350 + 240 + 120 + 140 + 80, 930), (pct(1000, 930), 7.5),
        (1e6 * 1150, 1.15e9), (930e3 * 1050, 976.5e6), (pct(1150, 976.5), 17.8),
        (pct(420, 350), 20), (pct(210, 240), -12.5), (pct(180, 120), 50), (pct(126, 140), -10), (pct(64, 80), -20),
        (420 / 1000 * 100, 42), (210 / 1000 * 100, 21), (180 / 1000 * 100, 18), (126 / 1000 * 100, 12.6), (64 / 1000 * 100, 6.4),
        (300 + 330 + 370, 1000), (round(1000 / 9), 111), (pct(370, 300), 23.3), (1 + 0.35 + 0.25, 1.6),
        (1 / 1.6 * 100, 62.5), (0.35 / 1.6 * 100, 21.9), (0.25 / 1.6 * 100, 15.6), (62.5 - 45, 17.5), (2025 - 3, 2022),
        (round(months((2017, 1), (2025, 11)) / 12), 9), (len(["مصر", "السعودية", "العراق", "الجزائر", "ليبيا"]), 5),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_ONLY) + len(HIJRI_YEARS) + 1 + len(F), len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        assert p["before"] != p["after"], p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"], p["id"]
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
    k, f = facts()
    p, g = structure()
    print(f"ok: {k} facts ({len(WEEKDAYS)} weekdays, Hijri days/years, {f} arithmetic); {p} plants found at their anchors "
          f"and loaded; {g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
