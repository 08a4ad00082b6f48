"""Checks the clean texts, the gold and the plants of heldout11 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair and Hijri century (tabular calendar), and the sums, shares, changes,
  averages, durations and ages the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold``.
    python benchmarks/heldout11/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, B = "academic_arctic_nsr.txt", "report_rosatom_exports.txt", "news_brics_kazan.txt"
H, M, O = "history_sco.txt", "markdown_chinese_ports_med.md", "oped_caspian_security.txt"
MONTHS = {"يناير": 1, "كانون الثاني": 1, "أيار": 5, "آذار": 3, "كانون الأول": 12, "آب": 8, "تشرين الأول": 10,
          "نوفمبر": 11, "ديسمبر": 12, "يوليو": 7, "أبريل": 4, "أكتوبر": 10, "يونيو": 6}
# (file, quote in the text (Western digits), weekday, date)
WEEKDAYS = [
    (A, "الأربعاء 15 أيار 2013", (2013, 5, 15)), (A, "الجمعة 26\nكانون الثاني 2018", (2018, 1, 26)),
    (A, "الجمعة 8 كانون الأول 2017", (2017, 12, 8)), (A, "الخميس 3 آذار 2022", (2022, 3, 3)),
    (R, "الثلاثاء 18 نوفمبر 2025", (2025, 11, 18)), (R, "الاثنين 11 ديسمبر 2017", (2017, 12, 11)),
    (R, "الأربعاء 20 يوليو 2022", (2022, 7, 20)), (R, "الثلاثاء 3 أبريل 2018", (2018, 4, 3)),
    (B, "الخميس 24 أكتوبر 2024", (2024, 10, 24)), (B, "الثلاثاء 22 أكتوبر", (2024, 10, 22)),
    (B, "الاثنين الأول من يناير الماضي", (2024, 1, 1)), (B, "الثلاثاء 15 يوليو 2014", (2014, 7, 15)),
    (B, "الثلاثاء 16 يونيو 2009", (2009, 6, 16)),
    (H, "الجمعة 23 ربيع الأول 1422هـ الموافق 15 يونيو 2001م", (2001, 6, 15)),
    (H, "الجمعة 9 ذي الحجة 1416هـ الموافق 26 أبريل 1996م", (1996, 4, 26)), (H, "الخميس 24 أبريل 1997م", (1997, 4, 24)),
    (H, "الجمعة 26 ربيع الأول 1423هـ الموافق 7 يونيو 2002م", (2002, 6, 7)),
    (H, "الجمعة 14 رمضان 1438هـ الموافق 9 يونيو 2017م", (2017, 6, 9)),
    (H, "الثلاثاء 4 يوليو 2023م", (2023, 7, 4)), (H, "الخميس 4 يوليو 2024م", (2024, 7, 4)),
    (M, "الثلاثاء 14 أكتوبر 2025", (2025, 10, 14)),
    (O, "الأحد 12 آب 2018", (2018, 8, 12)), (O, "الأربعاء 7 تشرين الأول 2015", (2015, 10, 7)),
    (O, "الجمعة 27 كانون الأول 2019", (2019, 12, 27)),
]
HIJRI_DAYS = [
    ("23 ربيع الأول 1422هـ الموافق 15 يونيو 2001م", (2001, 6, 15), (1422, 3, 23)),
    ("9 ذي الحجة 1416هـ الموافق 26 أبريل 1996م", (1996, 4, 26), (1416, 12, 9)),
    ("26 ربيع الأول 1423هـ الموافق 7 يونيو 2002م", (2002, 6, 7), (1423, 3, 26)),
    ("14 رمضان 1438هـ الموافق 9 يونيو 2017م", (2017, 6, 9), (1438, 9, 14)),
]
HIJRI_YEARS = [("1447هـ/2025م", 1447, 2025), ("1425هـ/2004م", 1425, 2004)]


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
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in (A, R, B, H, M, O)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f].translate(TO_WEST), (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[H], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[H], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «الربع الأول من القرن الخامس عشر الهجري» (1401-1425 AH) holds 1422 AH; the 1990s are the last decade of the 20th century
    assert 1401 <= 1422 <= 1425 and jd_to_gregorian(islamic_to_jd(1401, 1, 1)).year == 1980
    d = lambda *a: dt.date(*a)
    F = [
        # arctic
        (37.9 / 10.7, 3.5), (53 / 92 * 100, 57.6), (2013 - 1996, 17), ((d(2018, 1, 26) - d(2017, 12, 8)).days / 7, 7),
        (50.1 + 20 + 20 + 9.9, 100), (20 + 9.9, 29.9), (9.3 / 27 * 100 > 100 / 3, True), ((37.9 - 36.2) / 36.2 * 100, 4.7),
        (53 + 31 + 8, 92), (round(3.7e6 / 92, -4), 40000), (11 - 7 + 1, 5), (round((19 - 13) / 19 * 3), 1),
        ((110 - 60) / 60 * 100, 83.3), ((d(2022, 3, 3) - d(2022, 2, 24)).days, 7), (2023 - 2021, 2),
        (len(["نوفاتك", "توتال", "المؤسسة", "صندوق"]), 4), (len(["روسيا والصين", "روسية", "أخرى"]), 3),
        (len([2023, 2024, 2025]), 3),
        # rosatom
        ((200 - 160) / 160 * 100, 25), (4 + 4 + 4 + 4 + 2 + 2 + 2, 22), (len(["مصر", "تركيا", "الصين", "الهند", "بنغلاديش", "المجر", "إيران"]), 7),
        (8 / 22 * 100, 36.4), (months((2017, 12), (2022, 7)), 4 * 12 + 7), (4 * 1200, 4800), (25 / 29.4 * 100, 85),
        (round(29.4e9 / 4800 / 1e5) / 10, 6.1), (19 + 6, 25), (19 / 25 * 100, 76), (2025 - 1968, 57), (35 - 20, 15),
        (35 / 350 * 100, 10), ((21.6 - 18) / 18 * 100, 20), (21.6 / 12, 1.8), (12.6 + 6.3 + 2.7, 21.6),
        (12.6 / 21.6 * 100, 58.3), (6.3 / 21.6 * 100, 29.2), (2.7 / 21.6 * 100, 12.5), (58.3 + 29.2 + 12.5, 100),
        (6.3 / 12.6, 0.5), (round(0.44 * 61), 27), (2028 - 2022, 6), (8 - 6, 2), (len(["بناء", "الوقود", "الخدمات"]), 3),
        # brics
        ((d(2024, 10, 24) - d(2024, 10, 22)).days + 1, 3), (5 + 4, 9), (len("الجزائر بيلاروس بوليفيا كوبا إندونيسيا كازاخستان ماليزيا نيجيريا تايلاند تركيا أوغندا أوزبكستان فيتنام".split()), 13),
        (90 - 65, 25), ((176 - 160) / 160 * 100, 10), (176 / 9, 19.6), (50 / 5, 10), (2024 - 2014, 10), (33e9 / 120, 275e6),
        (2024 - 1972, 52), (2024 - 2009, 15), (2024 - 2009 + 1, 16), (2025 - 2009 + 1, 17), (2024 - 2 , 2022),
        # sco
        (len("الصين روسيا كازاخستان قيرغيزستان طاجيكستان أوزبكستان الهند باكستان إيران بيلاروس".split()), 10),
        (1996 - 1931, 65), (1996 - 1926 - 1, 69), (2000 - 1996 + 1, 5), (5 + 1, 6), (months((1996, 4), (2001, 6)), 5 * 12 + 2),
        (months((2002, 6), (2003, 9)), 15), (6 + 2, 8), (2024 - 2023, 1), (2022 - 1926, 96), (3.5 / 8.1 * 100, 43),
        (round(35 / 149 * 4), 1), (4 + 4 + 3 + 4 * 2 + 1, 20), (2025 - 2001 + 1, 25), (2025 - 2001, 24),
        # ports
        (51 + 16, 67), (280.5 / 51, 5.5), (88 / 16, 5.5), (5.65 / 0.88 > 6, True), ((5.65 - 5.3) / 5.65 * 100, 6.2),
        (2025 - 1976, 49), (40 + 9.9, 49.9), (2021 + 25, 2046), (12 / 60 * 100, 20), (35 - 24.9, 10.1),
        (len(["بيرايوس", "فادو", "فالنسيا", "أمبارلي", "حيفا"]), 5),
        # caspian
        (2018 - 1996, 22), (len([2002, 2007, 2010, 2014]) + 1, 5), (2018 - 1940, 78), (10 + 4 + 2, 16), (10 / 16 * 100, 62.5),
        ((4.8 - 3.2) / 3.2 * 100, 50), (2024 - 2022, 2), (round(1.3 / 1.6 * 100), 81), (1.6e9 / 162 / 1e6, 9.9),
        (2025 - 2005, 20),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + 1 + len(F)


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
