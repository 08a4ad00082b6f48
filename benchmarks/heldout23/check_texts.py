"""Checks the clean texts, the gold and the plants of heldout23 (run before any engine run):
- facts: every weekday (datetime) with its day, month and year read back from the quote, every full
  Hijri/Gregorian pair (hijridate, Umm al-Qura; the Hijri day, month and year read from the quote),
  every Hijri/Gregorian year pair and the Hijri century (tabular calendar), and the sums, shares,
  changes, averages, products, durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, at the offset
  the anchor gives, ``before`` differs from ``after``, every kind of ``FAULT_KINDS`` is planted, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold(path, 'benchmarks/heldout23')``.
Imports only ``load_recipes``, ``FAULT_KINDS`` and ``load_gold`` from the package.
    python benchmarks/heldout23/check_texts.py
"""
import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, B = "academic_tazara_railway.txt", "brief_saudi_russian_barley.txt"
MD, N = "markdown_chinese_green_tea_morocco.md", "news_russian_railcars_egypt.txt"
E, R = "encyclopedia_zhou_enlai_africa_tour.txt", "radio_transcript_arabic_broadcasting.txt"
O, L = "obituary_algerian_diplomat_moscow_beijing.txt", "letter_egyptian_cotton_china.txt"
FILES = (A, B, MD, N, E, R, O, L)
MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
          "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "نونبر": 11, "جويلية": 7,
          "تشرين الثاني": 11, "تموز": 7}
HMONTHS = {"محرم": 1, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10}
# (file, quote in the text (Western digits), date); the quote starts with the weekday
WEEKDAYS = [
    (A, "السبت 24 أكتوبر 1964", (1964, 10, 24)), (A, "الخميس 11 نوفمبر 1965", (1965, 11, 11)),
    (A, "الأربعاء 4 سبتمبر 2024", (2024, 9, 4)),
    (B, "الأحد 23 نوفمبر 2025", (2025, 11, 23)),
    (MD, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (MD, "السبت فاتح نونبر 1958", (1958, 11, 1)),
    (N, "الخميس 13 نوفمبر 2025", (2025, 11, 13)), (N, "الاثنين 6 فبراير 2023", (2023, 2, 6)),
    (E, "السبت 28 رجب 1383هـ الموافق 14 ديسمبر 1963م", (1963, 12, 14)),
    (E, "الثلاثاء 21 رمضان 1383هـ الموافق 4 فبراير 1964م", (1964, 2, 4)),
    (E, "الاثنين 25 شعبان 1374هـ الموافق 18 أبريل 1955م", (1955, 4, 18)),
    (E, "الأربعاء 20 شوال 1375هـ الموافق 30 مايو 1956م", (1956, 5, 30)),
    (E, "الخميس 24 شعبان 1383هـ الموافق 9 يناير 1964م", (1964, 1, 9)),
    (E, "الخميس 7 محرم 1396هـ الموافق 8 يناير 1976م", (1976, 1, 8)),
    (R, "الأحد 9 تشرين الثاني 2025", (2025, 11, 9)), (R, "السبت 25 تموز 2009", (2009, 7, 25)),
    (R, "الأحد 16 تشرين الثاني", (2025, 11, 16)),
    (O, "الاثنين 3 نوفمبر 2025", (2025, 11, 3)), (O, "الأحد 2 نوفمبر 2025", (2025, 11, 2)),
    (O, "الأربعاء 12 مارس 1941", (1941, 3, 12)), (O, "الخميس 5 جويلية 1962", (1962, 7, 5)),
    (O, "الخميس 26 ديسمبر 1991", (1991, 12, 26)), (O, "الخميس 6 نوفمبر", (2025, 11, 6)),
    (L, "الأربعاء 29 أكتوبر 2025", (2025, 10, 29)), (L, "الأربعاء 12 نوفمبر", (2025, 11, 12)),
    (L, "الأحد 2 نوفمبر 2025", (2025, 11, 2)),
]
HIJRI_YEARS = [("سنة 1375هـ/1956م", 1375, 1956), ("سنة 1435هـ/2014م", 1435, 2014), ("سنة 1446هـ/2024م", 1446, 2024)]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    q = Decimal(repr(float(a))).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return abs(float(q) - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def read_day(quote: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of the Gregorian part of a weekday quote."""
    g = quote.split("الموافق ")[-1]
    m = re.search(r"(\d+|فاتح) (" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?: (\d{4}))?", g)
    day = 1 if m.group(1) == "فاتح" else int(m.group(1))
    return (int(m.group(3)) if m.group(3) else None), MONTHS[m.group(2)], day


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in FILES}
    nh = 0
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
        y, m, d = read_day(quote)
        assert (m, d) == ymd[1:] and y in (None, ymd[0]), (quote, ymd)
        if "هـ الموافق" in quote:  # a full Hijri/Gregorian pair: the Hijri day by hijridate (Umm al-Qura)
            hd, hm, hy = re.search(r"(\d+) (\S+) (\d+)هـ", quote).groups()
            h = Gregorian(*ymd).to_hijri()
            assert (h.year, h.month, h.day) == (int(hy), HMONTHS[hm], int(hd)), (quote, h)
            nh += 1
    assert nh == 6
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)), jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1)
        assert lo.year <= g <= hi.year, (quote, lo, hi)
    # «الربع الأخير من القرن الرابع عشر الهجري» (1376-1400 AH) holds 1383 AH; 1 محرم 1376 .. 1 محرم 1401
    assert 1376 <= 1383 <= 1400 and jd_to_gregorian(islamic_to_jd(1376, 1, 1)) <= dt.date(1963, 12, 14)
    assert jd_to_gregorian(islamic_to_jd(1401, 1, 1)) == dt.date(1980, 11, 9)
    assert jd_to_gregorian(islamic_to_jd(1301, 1, 1)) == dt.date(1883, 11, 2)
    d = dt.date
    F = [
        # tazara (academic)
        ((1.2e6 - 88e3) / 1.2e6 * 100, 92.7), (2.4 / 0.32, 7.5), (180 + 75 + 45 + 20, 320), (180 / 320 * 100, 56.3),
        (75 / 320 * 100, 23.4), (1.2 / 5 * 100, 24), (0.088 / 5 * 100 < 2, True), (0.32 / 5 * 100, 6.4),
        (3.5 < 320 / 88 < 4, True), (2023 - 2014, 9), (1.4e9 / 1860 / 1e3, 753), (730 / 3, 243),
        (2.4 < 5 / 2, True), (2 * 1.2, 2.4), (d(1965, 11, 11) - d(1965, 10, 24) == dt.timedelta(18), True),
        (round(months((1964, 10), (1967, 9)) / 12), 3), (round(months((1967, 9), (1976, 7)) / 12), 9),
        (1975 - 1970, 5), (2024 - 1976, 48), (2024 - 1967, 57), (1970 <= 1975 <= 1979, True),
        (len(["النحاس", "المنغنيز", "الأسمدة", "أخرى"]), 4), (len(["الصين", "تنزانيا", "زامبيا"]), 3),
        # barley (Eastern-digit brief)
        (2.88 + 1.6 + 0.96 + 0.64 + 0.32, 6.4), (2.88 / 6.4 * 100, 45), (1.6 / 6.4 * 100, 25), (0.96 / 6.4 * 100, 15),
        (0.64 / 6.4 * 100, 10), (0.32 / 6.4 * 100, 5), ((2.88 - 2.4) / 2.4 * 100, 20), (45 - 30, 15), (2024 - 2022, 2),
        ((245 - 230) / 245 * 100, 6.1), (6.4e6 * 245 / 1e9, 1.57), (2.88e6 * 230 / 1e6, 662.4),
        (662.4 / (6.4 * 245) * 100, 42), (48 * 60e3, 2.88e6), (1.44 + 0.96 + 0.48, 2.88), (1.44 / 2.88, 0.5),
        (0.96 / 2.88 * 100, 33.3), ((2.7 - 2.25) / 2.25 * 100, 20), (2.7e6 / 10, 270e3), (2025 - 1971, 54),
        (2025 - 2022, 3), (230 * 1.25, 287.5), (2016 - 2008, 8), (2030 - 2025, 5), (6.4 / 12 * 3, 1.6),
        (1990 <= 1998 <= 1999, True), (len(["روسيا", "أستراليا", "أوكرانيا", "الاتحاد الأوروبي", "آخرون"]), 5),
        (len(["جدة", "الدمام", "ينبع"]), 3), (len([1, 2, 3]), 3),
        # tea (markdown)
        (48 + 22 + 6, 76), (48 / 76 * 100, 63.2), (22 / 76 * 100, 28.9), (6 / 76 * 100, 7.9), (63.2 + 28.9 + 7.9, 100),
        (76 / 80 * 100, 95), ((76 - 72) / 72 * 100, 5.6), (76e3 * 2500, 190e6), ((190 - 172.8) / 172.8 * 100, 10),
        (0.7 * 76, 53.2), (80e3 * 1000 / 37e6, 2.2), (76e3 / 20, 3800), (3800 / 12, 317), (2025 - 1958, 67),
        (months((1956, 5), (1958, 11)) / 12, 2.5), (2025 - 1966, 59), (2025 - 2009, 16), (1672 <= 1700 <= 1727, True),
        (len(["الشعرة", "الكونبودر", "أخرى"]), 3), (len(["المبيدات", "الشحن", "التهريب"]), 3),
        # railcars (wire)
        (160 + 320 + 380 + 250 + 150 + 40, 1300), (800 + 500, 1300), (800 / 1300 * 100, 61.5), (1300 / 2, 650),
        (380 / 1300 * 100, 29.2), (len([2020, 2021, 2022, 2023, 2024, 2025]), 6), (2025 - 2018, 7), (2025 - 2019, 6),
        (2025 - 1968, 57), (2025 - 1856, 169), (96 / 300 * 100, 32), ((96 - 80) / 80 * 100, 20), (96e6 / 1300 / 1e3, 74),
        (2.4e9 / 96e6, 25), ((88 - 80) / 80 * 100, 10), (months((2023, 2), (2025, 10)) > 30, True), (1800 <= 1856 <= 1899, True),
        (len(["القاهرة-الإسكندرية", "القاهرة-أسوان", "القاهرة-بورسعيد", "طنطا-المنصورة", "بنها-الزقازيق"]), 5),
        # zhou (encyclopedia)
        ((d(1964, 2, 4) - d(1963, 12, 14)).days + 1, 53), (months((1955, 4), (1956, 5)), 13), (30 > 18, True),
        (1963 - 1898, 65), (1976 - 1898 - 1, 77), (1963 - 1901, 62), (abs(months((1956, 5), (1963, 12)) / 12 - 7.5) < 0.25, True),
        (1976 - 1964, 12), (2014 - 1964, 50), (2024 - 1964, 60), (6 * 250, 1500), (420 / 1500 * 100, 28), (82 / 200 * 100, 41),
        (1500 - 200, 1300), ((420 - 82) / 1300 * 100, 26), (155 / 250 * 100, 62), (1960 <= 1963 <= 1969, True),
        (len("مصر الجزائر المغرب تونس غانا مالي غينيا السودان إثيوبيا الصومال".split()), 10),
        (len("مصر الجزائر المغرب تونس السودان الصومال".split()), 6),
        # radio (transcript)
        (2009 - 1957, 52), (2025 - 2007, 18), (round(months((2007, 5), (2009, 7)) / 12), 2), (6 * 400, 2400),
        (912 / 2400 * 100, 38), (504 / 2400 * 100, 21), (216 / 2400 * 100, 9), (912 + 504 - 216, 2400 / 2),
        (2025 - 2015, 10), (round(months((2008, 9), (2014, 6)) / 12), 6), (2025 - 2023, 2), (2025 - 1979, 46),
        (2025 - 1975, 50), (round(110e6 / 365, -5), 300e3), ((15 - 12) / 12 * 100, 25), (9 / 24 * 100, 37.5),
        (len(["الإذاعة", "التلفزيون", "المنصات"]), 3), ((d(2025, 11, 16) - d(2025, 11, 9)).days, 7),
        # obituary
        ((d(2025, 11, 2) - d(1941, 3, 12)).days // 365.2425, 84), (1958 - 1941, 17), (1963 - 1941, 22),
        (1968 - 1964, 4), (months((1974, 1), (1979, 7)), 66), (months((1984, 4), (1989, 8)), 5 * 12 + 4),
        ((120 - 80) / 80 * 100, 50), (months((1990, 9), (1991, 12)), 15), ((2400 - 900) / 2400 * 100, 62.5),
        (1991 - 1974, 17), (2006 - 1941, 65), (2006 - 1963, 43), (180 + 150 + 90, 420), (180 / 420 * 100, 42.9),
        (len(["العربية", "الفرنسية", "الروسية", "الصينية"]), 4), (len(["كريم", "سليمة", "نادية"]), 3),
        ((d(2025, 11, 6) - d(2025, 11, 3)).days, 3), (1940 <= 1941 <= 1949, True), (2000 <= 2016, True),
        # cotton (letter)
        (2025 - 1990, 35), ((45 - 38) / 45 * 100, 15.6), (38e3 * 3200, 121.6e6), (38 + 30 + 22 + 12 + 18, 120),
        (38 / 120 * 100, 31.7), (30 / 120 * 100, 25), (2025 - 1955, 70), (months((1955, 6), (1956, 5)) < 12, True),
        ((50 - 38) / 38 * 100, 31.6), (50e3 / 12 / 1e3, 4.2), (len(["أولاً", "ثانياً", "ثالثاً"]), 3),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS), nh, len(HIJRI_YEARS) + 3, len(F)


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
    w, h, y, a = facts()
    p, g = structure()
    print(f"ok: {w + h + y + a} facts ({w} weekdays, {h} Hijri days, {y} Hijri years/centuries, {a} arithmetic); "
          f"{p} plants found at their anchors and loaded; {g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
