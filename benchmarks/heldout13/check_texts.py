"""Checks the clean texts, the gold and the plants of heldout13 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair (tabular calendar), and the sums, shares, changes, averages, durations,
  ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind
  of FAULT_KINDS has plants, and the plants load through ``load_recipes``; every gold quote is found
  at its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout13/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, W = "academic_cpec_gwadar.txt", "report_iraq_china_oil.txt", "wire_turkstream.txt"
E, M, O, Z = ("encyclopedia_russian_bases_syria.txt", "markdown_morocco_batteries.md",
              "oped_port_sudan_naval.txt", "news_zambia_debt.txt")
# (file, quote in the text (Western digits, line breaks as spaces), date)
WEEKDAYS = [
    (A, "الجمعة 5 تموز 2013", (2013, 7, 5)), (A, "الاثنين 20 نيسان 2015", (2015, 4, 20)),
    (A, "الثلاثاء 20 آذار 2007", (2007, 3, 20)), (A, "الاثنين 18 شباط 2013", (2013, 2, 18)),
    (A, "الأحد 13 تشرين الثاني 2016", (2016, 11, 13)), (A, "الاثنين 14 تشرين الأول 2024", (2024, 10, 14)),
    (A, "الاثنين 20 كانون الثاني 2025", (2025, 1, 20)), (A, "الأربعاء 14 تموز 2021", (2021, 7, 14)),
    (A, "الثلاثاء 26 آذار 2024", (2024, 3, 26)),
    (R, "الأحد 12 تشرين الأول 2025", (2025, 10, 12)), (R, "الاثنين 23 أيلول 2019", (2019, 9, 23)),
    (R, "الجمعة 29 تشرين الثاني 2019", (2019, 11, 29)), (R, "الأحد 1 كانون الأول 2019", (2019, 12, 1)),
    (W, "الأربعاء 8 يناير 2025", (2025, 1, 8)), (W, "الأربعاء الماضي، الأول من يناير", (2025, 1, 1)),
    (W, "الأربعاء 8 يناير 2020", (2020, 1, 8)), (W, "الثلاثاء إن الخط", (2025, 1, 7)),
    (W, "الاثنين الأول من ديسمبر 2014", (2014, 12, 1)), (W, "الاثنين 10 أكتوبر 2016", (2016, 10, 10)),
    (W, "الأحد 7 مايو 2017", (2017, 5, 7)), (W, "الاثنين 19 نوفمبر 2018", (2018, 11, 19)),
    (W, "الخميس 27 أبريل 2023", (2023, 4, 27)),
    (E, "الأربعاء 11 ذي القعدة 1436هـ الموافق 26 أغسطس 2015م", (2015, 8, 26)),
    (E, "الأربعاء 17 ذي الحجة 1436هـ الموافق 30 سبتمبر 2015م", (2015, 9, 30)),
    (E, "الأربعاء 20 ربيع الآخر 1438هـ الموافق 18 يناير 2017م", (2017, 1, 18)),
    (E, "الاثنين 23 ربيع الأول 1439هـ الموافق 11 ديسمبر 2017م", (2017, 12, 11)),
    (E, "الأحد 7 جمادى الآخرة 1446هـ الموافق 8 ديسمبر 2024م", (2024, 12, 8)),
    (M, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (M, "الثلاثاء 15 يونيو 2004", (2004, 6, 15)),
    (M, "الأحد فاتح يناير 2006", (2006, 1, 1)), (M, "الثلاثاء 16 غشت 2022", (2022, 8, 16)),
    (O, "الخميس 23 نوفمبر 2017", (2017, 11, 23)), (O, "الاثنين 16 نوفمبر 2020", (2020, 11, 16)),
    (O, "الخميس 11 أبريل 2019", (2019, 4, 11)), (O, "السبت 15 أبريل 2023", (2023, 4, 15)),
    (O, "الأربعاء 12 فبراير 2025", (2025, 2, 12)),
    (Z, "الخميس 6 تشرين الثاني/نوفمبر 2025", (2025, 11, 6)), (Z, "الجمعة 13 تشرين الثاني/نوفمبر 2020", (2020, 11, 13)),
    (Z, "الخميس 12 آب/أغسطس 2021", (2021, 8, 12)), (Z, "الثلاثاء 24 آب/أغسطس 2021", (2021, 8, 24)),
    (Z, "الأربعاء 31 آب/أغسطس 2022", (2022, 8, 31)), (Z, "الخميس 22 حزيران/يونيو 2023", (2023, 6, 22)),
]
HIJRI_DAYS = [
    ("11 ذي القعدة 1436هـ الموافق 26 أغسطس 2015م", (2015, 8, 26), (1436, 11, 11)),
    ("17 ذي الحجة 1436هـ الموافق 30 سبتمبر 2015م", (2015, 9, 30), (1436, 12, 17)),
    ("20 ربيع الآخر 1438هـ الموافق 18 يناير 2017م", (2017, 1, 18), (1438, 4, 20)),
    ("23 ربيع الأول 1439هـ الموافق 11 ديسمبر 2017م", (2017, 12, 11), (1439, 3, 23)),
    ("7 جمادى الآخرة 1446هـ الموافق 8 ديسمبر 2024م", (2024, 12, 8), (1446, 6, 7)),
]
HIJRI_YEARS = [("1446هـ/2024م", 1446, 2024), ("1391هـ/1971م", 1391, 1971), ("1412هـ/1991م", 1412, 1991),
               ("1440هـ/2019م", 1440, 2019), ("1436هـ/2015م", 1436, 2015), ("1438هـ/2017م", 1438, 2017),
               ("1447هـ/2025م", 1447, 2025)]


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
    texts = {f: " ".join((HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST).split())
             for f in (A, R, W, E, M, O, Z)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[E], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    d = lambda *a: dt.date(*a)
    F = [
        # gwadar (academic): abstract and body
        ((62 - 46) / 46 * 100, 34.8), (33.8 / 62 * 100, 54.5), (11.7 / 62 * 100, 18.9), (1.2 / 62 * 100, 1.9),
        (33.8 + 11.7 + 1.2 + 15.3, 62), (len(["الطاقة", "النقل", "غوادر", "المناطق"]), 4),
        (months((2013, 7), (2015, 4)), 21), (198 / 248 * 100, 79.8), (months((2007, 3), (2013, 2)), 71),  # «نحو ست سنوات»
        (months((2013, 2), (2016, 11)), 3 * 12 + 9), ((d(2025, 1, 20) - d(2024, 10, 14)).days > 92, True),
        (230 / 246 * 100, 93.5), ((1.6 - 1.25) / 1.25 * 100, 28), (8160 / 17, 480), ((1.8 - 1.5) / 1.5 * 100, 20),
        (months((2021, 7), (2024, 3)), 2 * 12 + 8), (15000 * 2 / 3, 10000), (15000 - 10000, 5000),
        (2025 - 2013 > 10, True), (2025 - 2007, 18), (len(["كيف مُوّل", "لماذا تعثر", "ما الكلفة"]), 3),
        # iraq report
        ((d(2019, 11, 29) - d(2019, 9, 23)).days, 67), ((d(2019, 12, 1) - d(2019, 11, 29)).days, 2),
        (100_000 * 80, 8e6), (8e6 * 365 / 1e9, 2.92), (round(2.92e9 / 12 / 1e6), 243), (1.25 / 3.4 * 100, 36.8),
        (36.8 - 26, 10.8), (2024 - 2019, 5), ((53.4 - 49.8) / 49.8 * 100, 7.2), (2025 - 2, 2023),
        (len(["المدارس", "مطار الناصرية", "محطة معالجة", "طريق حولي"]), 4), (1.2e9 / 1000, 1.2e6), (679 + 321, 1000),
        (846 / 1000 * 100, 84.6), (2025 - 1969, 56), ((80 - 60) / 80 * 100, 25), (2025 - 2019, 6),
        (len(["تقلب الأسعار", "تغير الحكومات", "الضغوط الأمريكية"]), 3), (len(["عبد المهدي", "الكاظمي", "السوداني"]), 3),
        # turkstream wire
        (2 * 15.75, 31.5), ((15.4 - 13.2) / 13.2 * 100, 16.7), (15.4 / 15.75 * 100, 97.8), (round(15.4e9 / 366 / 1e6), 42),
        (len(["بلغاريا", "صربيا", "المجر", "سلوفاكيا"]), 4), (7.5 / 15.4 * 100, 48.7), (2025 - 1978, 47),
        (21.2 / 52.3 * 100, 40.5), ((48 - 33) / 33 * 100, 45.5), (round((31.5 - 16) / 31.5, 1), 0.5),
        (2025 - 2020, 5), (months((2014, 12), (2020, 1)) > 60, True), (months((2016, 10), (2020, 1)), 3 * 12 + 3),
        ((d(2025, 1, 8) - d(2025, 1, 1)).days, 7),
        # syria (encyclopedia)
        ((d(2015, 9, 30) - d(2015, 8, 26)).days, 35), (12 + 12 + 4 + 4, 32), (4 / 32 * 100, 12.5),
        (2017 - 1971, 46), (2017 + 49, 2066), (age((1952, 10, 7), (2017, 12, 11)), 65),
        (months((2015, 9), (2017, 11)), 2 * 12 + 2), ((d(2017, 12, 11) - d(2017, 11, 30)).days, 11),
        (200 / 500 * 100, 40), (age((1965, 9, 11), (2024, 12, 8)), 59), (2025 - 2019, 6),
        # morocco (markdown)
        (6.5e9 / 100, 6.5e7), (1.3e9 / 20, 6.5e7), (1.3 / 6.5 * 100, 20), (20 / 100 * 100, 20), (2025 - 1984, 41),
        (round(months((2004, 6), (2006, 1)) / 12 * 2) / 2, 1.5), (round(50 / 72 * 100, -1), 70),
        (6.5 + 1.5 + 0.3, 8.3), (6.5 / 8.3 * 100, 78.3), ((157.6 - 141.7) / 141.7 * 100, 11.2), (157.6 / 12, 13.1),
        (len(["غوشن", "سي إن جي آر", "بي تي آر"]), 3), (len(["التبادل الحر", "الفوسفاط", "السيارات"]), 3),
        # sudan (op-ed)
        (age((1944, 1, 1), (2017, 11, 23)), 73), (2017 - 1997, 20), ((d(2020, 11, 16) - d(2017, 11, 23)).days, (d(2020, 11, 23) - d(2017, 11, 23)).days - 7),
        (months((2019, 4), (2020, 11)), 19), ((11.2 - 7.3) / 11.2 * 100, 34.8), (months((2020, 11), (2025, 2)) > 48, True),
        # zambia (news)
        ((d(2020, 11, 13) - d(2020, 10, 14)).days, 30), (2025 - 2020, 5), (6.3 + 3 + 5.2 + 4.1, 18.6),
        (len(["الرسميون", "السندات", "متعددة الأطراف", "التجاريون"]), 4), (4 / 6.3 * 100, 63.5), (3 / 18.6 * 100, 16.1),
        (age((1962, 6, 4), (2021, 8, 24)), 59), (months((2021, 8), (2022, 8)), 12), (round(1.3e9 / 38 / 1e6), 34),
        (months((2020, 11), (2023, 6)), 2 * 12 + 7), (months((2023, 6), (2024, 3)), 9), ((820 - 763) / 763 * 100, 7.5),
        (3e6 / 820e3 > 3.5, True), (138 - 88, 50), (2025 - 2022, 3), (months((2025, 11), (2026, 8)), 9),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
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
    k = facts()
    p, g = structure()
    print(f"ok: {k} facts (weekdays, Hijri days/years, arithmetic); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
