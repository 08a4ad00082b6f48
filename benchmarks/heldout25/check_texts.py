"""Checks the clean texts, the gold and the plants of heldout25 (run before any engine run):
- facts: every weekday (datetime), the day, month and year written after it read back from the
  quote; every full Hijri/Gregorian pair (hijridate, Umm al-Qura), the Hijri day, month and year read
  from the quote; every Hijri/Gregorian year pair and Hijri century (tabular calendar); every century
  against the years it is said to hold; and the sums, shares, changes, averages, products, durations,
  deadlines, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once at the offset
  the anchor gives, ``before`` differs from ``after``, every kind of FAULT_KINDS is planted, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold(path, 'benchmarks/heldout25')``.
Imports only load_recipes, FAULT_KINDS and load_gold from the package.
    python benchmarks/heldout25/check_texts.py
"""
import datetime as dt
import math
import re
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, P, M = "academic_focac_pledges.txt", "proposal_russian_hajj.txt", "markdown_chinese_russian_films_saudi.md"
N, E = "news_nigeria_china_currency_swap.txt", "encyclopedia_karim_khakimov.txt"
C, L = "catalogue_chinese_porcelain_fustat.txt", "letter_chairman_algerian_shipping.txt"
FILES = (A, P, M, N, E, C, L)
MONTHS = {
    # Egyptian/Gulf and Maghrebi/Algerian/Tunisian names, Levantine/Iraqi names
    "يناير": 1, "جانفي": 1, "كانون الثاني": 1, "فبراير": 2, "فيفري": 2, "شباط": 2, "مارس": 3, "آذار": 3,
    "أبريل": 4, "أفريل": 4, "نيسان": 4, "مايو": 5, "ماي": 5, "أيار": 5, "يونيو": 6, "جوان": 6, "حزيران": 6,
    "يوليو": 7, "يوليوز": 7, "جويلية": 7, "تموز": 7, "أغسطس": 8, "غشت": 8, "أوت": 8, "آب": 8,
    "سبتمبر": 9, "شتنبر": 9, "أيلول": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "نونبر": 11,
    "تشرين الثاني": 11, "ديسمبر": 12, "دجنبر": 12, "كانون الأول": 12,
}
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
           "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذي القعدة": 11, "ذي الحجة": 12}
# (file, quote in the text (Western digits), date); the weekday opens the quote
WEEKDAYS = [
    (A, "الثلاثاء 10 إلى", (2000, 10, 10)), (A, "الخميس 12 أكتوبر 2000", (2000, 10, 12)),
    (A, "السبت 4 نونبر 2006", (2006, 11, 4)), (A, "الجمعة 4 دجنبر 2015", (2015, 12, 4)),
    (A, "الاثنين 3 شتنبر 2018", (2018, 9, 3)), (A, "الاثنين 29 نونبر 2021", (2021, 11, 29)),
    (A, "الأربعاء 4 إلى", (2024, 9, 4)), (A, "الجمعة 6 شتنبر 2024", (2024, 9, 6)),
    (P, "الخميس 26 يونيو 2025، الموافق 1 محرم 1447هـ", (2025, 6, 26)),
    (P, "الاثنين 8 ذي الحجة 1447هـ الموافق 25 مايو 2026م", (2026, 5, 25)),
    (M, "الخميس 23 أكتوبر 2025", (2025, 10, 23)), (M, "الاثنين 11 ديسمبر 2017", (2017, 12, 11)),
    (M, "الأربعاء 18 أبريل 2018", (2018, 4, 18)),
    (N, "الخميس 20 تشرين الثاني 2025", (2025, 11, 20)), (N, "الجمعة 27 نيسان 2018", (2018, 4, 27)),
    (E, "السبت 9 محرم 1343هـ الموافق 9 أغسطس 1924م", (1924, 8, 9)),
    (E, "الجمعة 23 جمادى الآخرة 1344هـ الموافق 8 يناير 1926م", (1926, 1, 8)),
    (E, "الثلاثاء 3 شعبان 1344هـ الموافق 16 فبراير 1926م", (1926, 2, 16)),
    (E, "الاثنين 9 ذي القعدة 1356هـ الموافق 10 يناير 1938م", (1938, 1, 10)),
    (C, "الخميس 12 فيفري", (2026, 2, 12)), (C, "الأحد 31 ماي 2026", (2026, 5, 31)),
    (L, "الثلاثاء 10 سبتمبر 2024", (2024, 9, 10)), (L, "الاثنين 26 ماي 2025", (2025, 5, 26)),
    (L, "الاثنين 28 أفريل 2025", (2025, 4, 28)),
]
# (file, quote, Gregorian date): the Hijri day, month and year are read from the quote
HIJRI_DAYS = [
    (P, "26 يونيو 2025، الموافق 1 محرم 1447هـ", (2025, 6, 26)),
    (P, "8 ذي الحجة 1447هـ الموافق 25 مايو 2026م", (2026, 5, 25)),
    (E, "9 محرم 1343هـ الموافق 9 أغسطس 1924م", (1924, 8, 9)),
    (E, "23 جمادى الآخرة 1344هـ الموافق 8 يناير 1926م", (1926, 1, 8)),
    (E, "3 شعبان 1344هـ الموافق 16 فبراير 1926م", (1926, 2, 16)),
    (E, "9 ذي القعدة 1356هـ الموافق 10 يناير 1938م", (1938, 1, 10)),
]
# (file, quote): «NNNهـ/YYYYم» or «A-Bهـ/C-Dم»; the Hijri year(s) must overlap the Gregorian one(s)
HIJRI_YEARS = [(P, "1447هـ/2026م"), (E, "1343هـ/1925م"), (E, "1351هـ/1932م"), (E, "1411هـ/1990م"),
               (E, "1446هـ/2024م"), (E, "1310-1356هـ/1892-1938م"), (C, "21هـ/641م"), (C, "564هـ/1168م")]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def hijri_year_span(h: int) -> tuple[int, int]:
    return jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(math.floor(a * 10 ** nd + 0.5 + 1e-9) / 10 ** nd - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def age(born: tuple, on: tuple) -> int:
    return on[0] - born[0] - ((on[1], on[2]) < (born[1], born[2]))


def read_back(quote: str) -> tuple:
    """(day, month, year) written after the weekday (after «الموافق» in a Hijri pair); None if absent."""
    q = quote.split("الموافق")[-1] if "الموافق" in quote and "هـ الموافق" in quote else quote
    day = int(re.search(r"\d+", q).group())
    mon = next((v for k, v in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])) if k in q), None)
    yr = re.search(r"\b(\d{4})", q)
    return day, mon, int(yr.group(1)) if yr else None


def facts() -> tuple[int, int, int, int]:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in FILES}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
        d, m, y = read_back(quote)
        assert d == ymd[2] and m in (None, ymd[1]) and y in (None, ymd[0]), (f, quote, d, m, y)
    for f, quote, g in HIJRI_DAYS:
        assert quote in texts[f], (f, quote)
        hq = quote.split("الموافق")[0] if quote.index("هـ") < quote.index("الموافق") else quote.split("الموافق")[1]
        hd = int(re.search(r"\d+", hq).group())
        hm = next(v for k, v in sorted(HMONTHS.items(), key=lambda kv: -len(kv[0])) if k in hq)
        hy = int(re.search(r"(\d+)هـ", hq).group(1))
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == (hy, hm, hd), (quote, hh)
    for f, quote in HIJRI_YEARS:
        assert quote in texts[f], (f, quote)
        hs, gs = quote.split("/")
        for h, g in zip(re.findall(r"\d+", hs), re.findall(r"\d+", gs)):
            lo, hi = hijri_year_span(int(h))
            assert lo <= int(g) <= hi, (quote, h, g, lo, hi)
    # centuries: the 14th Hijri century starts on 1 Muharram 1301 = 2 November 1883 (tabular); its first
    # quarter (1301-1325 AH) holds 1310 AH (Khakimov's birth, 1892); the 20th century holds 1937;
    # the catalogue's centuries hold their pieces' years
    assert jd_to_gregorian(islamic_to_jd(1301, 1, 1)) == dt.date(1883, 11, 2)
    assert 1301 <= 1310 <= 1325 and hijri_year_span(1310)[0] <= 1892 <= hijri_year_span(1310)[1]
    cent = lambda n: (100 * (n - 1), 100 * n - 1)  # the project's convention: the 9th century is 800..899
    inside = lambda ys, n: all(cent(n)[0] <= y <= cent(n)[1] for y in ys)
    ok_c = [inside([1937], 20), inside([850], 9) and 618 <= 850 <= 907, inside([1250], 13) and 1127 <= 1250 <= 1279,
            inside([1340, 1360], 14) and 1271 <= 1340 and 1360 <= 1368, inside([1402, 1424], 15),
            1402 >= cent(15)[0] and 1424 <= cent(15)[0] + 24, cent(9)[0] <= 850 and 1424 <= cent(15)[1]]
    assert all(ok_c), ok_c
    d = dt.date
    F = [
        # ---- academic (FOCAC)
        ((d(2000, 10, 12) - d(2000, 10, 10)).days + 1, 3), (len([2000, 2003, 2006, 2009, 2012, 2015, 2018, 2021, 2024]), 9),
        (len([2000, 2006, 2012, 2018, 2024]), 5), (2003 - 2000, 3), (2006 - 2000, 6), (60 / 5, 12), (10 / 5, 2),
        (60 / 20, 3), ((60 - 40) / 60 * 100, 33.3), (360 / 7.1, 50.7), ((50.7 - 40) / 40 * 100, 26.8),
        (len([5, 10, 20, 60, 60, 40, 50.7]), 7), (5 + 10 + 20 + 60 + 60 + 40 + 50.7, 245.7), (245.7 / 7, 35.1),
        (15 + 20 + 10 + 5 + 10, 60), (len(["منح", "ائتمان", "صندوق", "واردات", "استثمارات"]), 5),
        (20 / 60 * 100, 33.3), (15 / 60 * 100, 25), (14.8 + 20, 34.8), (34.8 / 60 * 100, 58),
        (210 + 80 + 70, 360), (len(["ائتمان", "مساعدات", "استثمارات"]), 3), (210 / 360 * 100, 58.3),
        (178.8 + 116.8, 295.6), (178.8 / 295.6 * 100, 60.5), ((295.6 - 282.1) / 282.1 * 100, 4.8),
        (178.8 - 116.8, 62), (2024 - 2000, 24), (2015 - 2006, 9),
        # article history forward, notes before access dates, access dates before receipt
        (d(2025, 1, 14) < d(2025, 3, 3) < d(2025, 4, 22) < d(2025, 6, 30), True),
        (all(a <= b < d(2025, 1, 14) for a, b in [(d(2018, 9, 5), d(2025, 1, 9)), (d(2025, 1, 13), d(2025, 1, 13)),
                                                   (d(2024, 5, 24), d(2025, 1, 10)), (d(2024, 12, 11), d(2025, 1, 12))]), True),
        (d(2018, 9, 4) < d(2018, 9, 5) and d(2024, 9, 6) < d(2024, 12, 11), True),
        # ---- grant proposal (Russian Hajj)
        (2025 - 1972, 53), ((20000 - 16000) / 16000 * 100, 25), (9000 + 4000 + 2400 + 1600 + 3000, 20000),
        (len(["داغستان", "الشيشان", "تتارستان", "باشكورتوستان", "بقية"]), 5),
        (9000 / 20000 * 100, 45), (4000 / 20000 * 100, 20), (2400 / 20000 * 100, 12), (1600 / 20000 * 100, 8),
        (3000 / 20000 * 100, 15), (16400 + 3600, 20000), (16400 / 20000 * 100, 82), (20000 * 6500, 130e6),
        (40 / 4, 10), (2025 - 2015, 10), (2025 - 2019, 6), (600 + 360 + 240, 1200), (len(["محج قلعة", "قازان", "غروزني"]), 3),
        (600 / 1200, 0.5), (16 * 3, 48), (months((2025, 9), (2027, 2)) + 1, 18), (4 + 6 + 8, 18),
        (months((2025, 9), (2025, 12)) + 1, 4), (months((2026, 1), (2026, 6)) + 1, 6), (months((2026, 7), (2027, 2)) + 1, 8),
        (96 + 84 + 36 + 24, 240), (96 / 240 * 100, 40), (84 / 240 * 100, 35), (36 / 240 * 100, 15), (24 / 240 * 100, 10),
        (96000 / 1200, 80), (0.75 * 240, 180), (180 / 3, 60), (240 - 180, 60), (180000 / 7.2e6 * 100, 2.5),
        (d(2026, 5, 25) >= d(2026, 1, 1) and d(2026, 5, 25) <= d(2026, 6, 30), True),
        # ---- Markdown (films)
        (months((2017, 12), (2018, 4)), 4), (2025 - 2018, 7), (960e6 / 16e6, 60),
        (11.2 + 2.4 + 1.2 + 0.56 + 0.32 + 0.32, 16), (70 + 15 + 7.5 + 3.5 + 2 + 2, 100), (len(range(6)), 6),
        (11.2 / 16 * 100, 70), (2.4 / 16 * 100, 15), (1.2 / 16 * 100, 7.5), (0.56 / 16 * 100, 3.5), (0.32 / 16 * 100, 2),
        (650 / 65, 10), ((560 - 200) / 200 * 100, 180), (12 * 3, 36), (2025 - 1983, 42), (400 / 40, 10),
        (2024 - 2019, 5), (240 / 320 * 100, 75), (2025 - 2021, 4), (len([2021, 2022, 2023, 2024, 2025]), 5),
        ((1.2e9 - 960e6) / 960e6 * 100, 25),
        (all(a < b < d(2025, 10, 23) for a, b in [(d(2025, 2, 12), d(2025, 10, 6)), (d(2025, 9, 18), d(2025, 10, 7)),
                                                   (d(2025, 10, 2), d(2025, 10, 9)), (d(2025, 6, 30), d(2025, 10, 8))]), True),
        # ---- news wire (currency swap)
        (30 / 15, 2), (months((2026, 1), (2028, 12)) + 1, 36), (30e9 * 210, 6.3e12),
        (2025 - 1966, 59), (2025 - 2018, 7), (15 - 8, 7), (2025 - 2, 2023), (2 * 12, 24),
        (len(["النيجر المتحد", "لاغوس التجاري", "أبوجا الأول", "الدلتا", "كانو"]), 5),
        (19.6 + 2.8, 22.4), (2.8 / 22.4 * 100, 12.5), (19.6 - 2.8, 16.8), ((20.1 - 18) / 18 * 100, 11.7),
        (len(["الآلات", "الإلكترونيات", "مواد البناء", "الأدوية"]), 4), (7.84 / 19.6 * 100, 40),
        (round(30 / 7.1, 1), 4.2), (4.2 / 42, 0.1), (2025 - 1971, 54), (months((2025, 11), (2026, 3)), 4),
        # ---- encyclopedia (Khakimov)
        (age((1892, 11, 28), (1938, 1, 10)), 45), (len(["التترية", "الروسية", "العربية", "الفارسية", "التركية"]), 5),
        (round(months((1921, 10), (1924, 7)) / 12), 3), (age((1892, 11, 28), (1924, 8, 9)), 31),
        ((d(1926, 2, 16) - d(1926, 1, 8)).days, 39), (1926 + 100, 2026), (len(["السكر", "الطحين", "الكيروسين", "الخشب"]), 4),
        (1.2e6 * 2 / 3, 800000), (age((1892, 11, 28), (1935, 6, 1)), 42), (1937 - 1935, 2), (1990 - 1938, 52),
        (136 / 800 * 100, 17), (0.3 * 120, 36),
        # ---- exhibition catalogue (Fustat)
        (112 + 50 + 24, 186), (len(["القاهرة", "قرطاج", "خاصة"]), 3), ((d(2026, 5, 31) - d(2026, 2, 12)).days + 1, 109),
        ((d(2026, 5, 31) - d(2026, 2, 12)).days + 1 > 3.5 * 30.4, True), (round((1168 - 641) / 25) * 25 / 100, 5.25),
        (540 + 360 + 300, 1200), (540 / 1200 * 100, 45), (360 / 1200 * 100, 30), (300 / 1200 * 100, 25),
        (34 / 7.5 > 4, True), (34 / 7.5 < 5, True), (48000 / 120, 400), (270 + 108 + 72, 450), (270 / 450 * 100, 60),
        (108 / 450 * 100, 24), (72 / 450 * 100, 16), (36000 * 2 / 3, 24000), (24000 * 8, 192000), (192000 < 450000 / 2, True),
        (2026 - 1970, 56), (2026 - 2011, 15), (200 <= 1168 - 900 <= 400, True),
        # ---- chairman's letter (shipping)
        (2025 - 1987, 38), ((48.6 - 42.3) / 42.3 * 100, 14.9), (19.44 + 24.3 + 4.86, 48.6), (19.44 / 48.6 * 100, 40),
        (24.3 / 48.6 * 100, 50), (4.86 / 48.6 * 100, 10), (len(["المسافرين", "البضائع", "الخدمات"]), 3),
        (2.43 / 48.6 * 100, 5), (0.4 * 2.43e9, 972e6), ((620 - 560) / 560 * 100, 10.7), (9 + 5, 14), (2025 - 1989, 36),
        (2 * 170 + 2 * 90, 520), (len(["عبارة", "عبارة", "شحن", "شحن"]), 4), (0.85 * 520, 442), (520 - 442, 78),
        (months((2023, 3), (2024, 9)), 18), (months((2026, 7), (2027, 12)) + 1, 18), (11 * 6000, 66000),
        (52 / 2, 26), (470 / 2350 * 100, 20), (4 * 12, 48),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS), len(HIJRI_DAYS), len(HIJRI_YEARS) + 2 + len(ok_c), len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        assert p["before"] != p["after"] and p["kind"] in FAULT_KINDS, p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"], p["id"]
    assert {p["kind"] for p in data["plants"]} == set(FAULT_KINDS), set(FAULT_KINDS) - {p["kind"] for p in data["plants"]}
    rec = load_recipes(HERE / "plants.yml", HERE / "clean")
    assert len(rec.plants) == len(data["plants"])
    n = 0
    for g in sorted((HERE / "gold").glob("*.yml")):
        head = yaml.safe_load(g.read_text(encoding="utf-8"))
        raw = (HERE / head["file"]).read_text(encoding="utf-8")
        for it in head["items"]:
            assert raw[it["start"]:it["end"]] == it["text"], (g.name, it)
        assert len(load_gold(g, "benchmarks/heldout25")) == len(head["items"])
        n += len(head["items"])
    return len(data["plants"]), n


def main() -> None:
    w, h, y, f = facts()
    p, g = structure()
    print(f"ok: {w + h + y + f} facts ({w} weekdays, {h} Hijri days, {y} Hijri years/centuries, {f} arithmetic); "
          f"{p} plants found at their anchors and loaded; {g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
