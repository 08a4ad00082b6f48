"""Checks the clean texts, the gold and the plants of heldout24 (run before any engine run):
- facts: every weekday (datetime), with the day, month and year written after it read back from the
  text; every full Hijri/Gregorian pair (hijridate, Umm al-Qura), its Hijri day, month and year read
  from the text; every Hijri/Gregorian year pair and Hijri century (tabular calendar); and the sums,
  shares, changes, averages, products, durations, counts and ages the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, ``before``
  differs from ``after``, every kind of FAULT_KINDS is planted, and the plants load through
  ``load_recipes``; every gold quote is found at its offsets and every gold file loads through
  ``load_gold``.
    python benchmarks/heldout24/check_texts.py
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
A, R, M = "academic_kenya_sgr_chinese_loans.txt", "release_iraq_chinese_tractors.txt", "markdown_chinese_ecommerce_gulf.md"
N, E, T, S = ("news_tunisian_olive_oil_china.txt", "encyclopedia_primakov.txt", "thesis_chinese_traders_algiers.txt",
              "speech_arabic_manuscripts_russia.txt")
MONTHS = {  # Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
}
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6, "رجب": 7,
           "شعبان": 8, "رمضان": 9, "شوال": 10, "ذي القعدة": 11, "ذي الحجة": 12}
# (file, quote in the text (Western digits), date); the quote starts with the weekday
WEEKDAYS = [
    (A, "الخميس 12 كانون الأول 1963", (1963, 12, 12)), (A, "الثلاثاء 30 أيار 2017", (2017, 5, 30)),
    (A, "الأربعاء 31 أيار 2017", (2017, 5, 31)),
    (R, "الأحد 9 تشرين الثاني 2025", (2025, 11, 9)),
    (M, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (M, "الاثنين 25 أبريل 2016", (2016, 4, 25)),
    (N, "الثلاثاء 18 نوفمبر 2025", (2025, 11, 18)),
    (E, "الثلاثاء 26 جمادى الأولى 1348هـ الموافق 29 أكتوبر 1929م", (1929, 10, 29)),
    (E, "الخميس 20 جمادى الآخرة 1412هـ الموافق 26 ديسمبر 1991م", (1991, 12, 26)),
    (E, "الثلاثاء 18 شعبان 1416هـ الموافق 9 يناير 1996م", (1996, 1, 9)),
    (E, "الجمعة 20 جمادى الأولى 1419هـ الموافق 11 سبتمبر 1998م", (1998, 9, 11)),
    (E, "الأربعاء 26 محرم 1420هـ الموافق 12 مايو 1999م", (1999, 5, 12)),
    (E, "الأربعاء 7 ذي الحجة 1419هـ الموافق 24 مارس 1999م", (1999, 3, 24)),
    (E, "الجمعة 9 رمضان 1436هـ الموافق 26 يونيو 2015م", (2015, 6, 26)),
    (T, "الخميس 5 جويلية 1962", (1962, 7, 5)),
    (S, "الخميس 4 كانون الأول 2025", (2025, 12, 4)), (S, "الخميس 4 إلى", (2025, 12, 4)),
    (S, "السبت 6 كانون الأول", (2025, 12, 6)),
]
HIJRI_YEARS = [("سنة 1409هـ/1989م", 1409, 1989), ("سنة 1423هـ/2003م", 1423, 2003), ("سنة 1446هـ/2024م", 1446, 2024)]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    q = 10 ** nd
    return abs(math.floor(a * q + 0.5 + 1e-9) / q - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def read_day(quote: str) -> tuple[int, int | None, int | None]:
    """Day, month and year written right after the weekday (Gregorian; after «الموافق» for a Hijri pair)."""
    s = quote.split("الموافق")[-1] if "الموافق" in quote else quote.split(" ", 1)[1]
    m = re.match(r"\s*(\d+)\s*(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")?\s*(\d{4})?", s)
    return int(m.group(1)), MONTHS.get(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def facts() -> tuple[int, dict]:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, R, M, N, E, T, S)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
        d, mo, y = read_day(quote)
        assert d == ymd[2] and mo in (None, ymd[1]) and y in (None, ymd[0]), (f, quote, d, mo, y)
    hijri = [q for f, q, _ in WEEKDAYS if "هـ" in q]
    for f, quote, ymd in WEEKDAYS:
        if "هـ" not in quote:
            continue
        m = re.search(r"(\d+) (" + "|".join(HMONTHS) + r") (\d+)هـ", quote)
        hh = Gregorian(*ymd).to_hijri()
        assert (hh.year, hh.month, hh.day) == (int(m.group(3)), HMONTHS[m.group(2)], int(m.group(1))), (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «في النصف الأول من القرن الرابع عشر الهجري» (1301-1350 AH) holds 1348 AH; the century runs from
    # 1 محرم 1301 (2 November 1883, tabular) to the eve of 1 محرم 1401
    assert 1301 <= 1348 <= 1350 and jd_to_gregorian(islamic_to_jd(1301, 1, 1)) == dt.date(1883, 11, 2)
    d = dt.date
    F = [
        # academic (Kenya SGR)
        (3.42 + 0.38, 3.8), (3.42 / 3.8 * 100, 90), (3.8e9 / 472 / 1e6, 8), (2017 - 2014, 3), (d(2017, 5, 31) - d(2017, 5, 30), dt.timedelta(1)),
        (1.5e9 / 120 / 1e6, 12.5), (472 + 120, 592), (2021 - 2014, 7), (1901 - 1896, 5), (6.4 / 1.6, 4),
        ((6.4 - 1.6) / 1.6 * 100, 300), (2024 - 2018, 6), (4.2 + 1.1 + 0.7 + 0.4, 6.4), (4.2 / 6.4 * 100, 65.6),
        (1.1 / 6.4 * 100, 17.2), (2.6 / 1.3, 2), ((2.6 - 1.3) / 1.3 * 100, 100), (round(2.6e6 / 365, -2), 7100),
        (126 + 54, 180), (126 / 180 * 100, 70), (180 / 520 * 100, 34.6), (126e6 / 6.4e6, 19.7),
        (len(["أوغندا", "جنوب السودان", "رواندا", "الكونغو الديمقراطية"]), 4), (len(["الحاويات", "الكلنكر", "الحبوب", "أخرى"]), 4),
        (1.6 + 1.82, 3.42), (1.6 / 3.42 * 100, 46.8), (len(["تفضيلي", "تجاري"]), 2), (2021 + 10, 2031),
        ((1.25 - 1.1) / 1.1 * 100, 13.6), (3.42 / 5.2 * 100, 65.8), (5.2 / 38 * 100, 13.7), (2025 - 2017, 8), (3.42 > 3.4, True),
        (d(2025, 1, 14) < d(2025, 3, 2) < d(2025, 4, 20) < d(2025, 6, 30), True),
        (d(2024, 9, 30) < d(2025, 1, 9) and d(2025, 1, 8) <= d(2025, 1, 10) and d(2025, 1, 6) <= d(2025, 1, 11)
         and d(2024, 11, 20) <= d(2025, 1, 12) < d(2025, 1, 14), True),
        # release (Iraqi tractors)
        (2400 + 600, 3000), (2400 / 3000 * 100, 80), (2400 * 45000, 108e6), (600 * 120000, 72e6), (108 + 72, 180),
        (108 / 180 * 100, 60), ((2400 - 1500) / 1500 * 100, 60), (1000 + 1200 + 800, 3000), (len([1000, 1200, 800]), 3),
        (months((2025, 11), (2026, 9)), 10), (0.3 * 180, 54), (180 - 54, 126), (126 / 4, 31.5), (8 * 40, 320),
        (len(["نينوى", "صلاح الدين", "واسط", "الديوانية"]), 4), (600 * 3000, 1.8e6), (70 - 55, 15), (2031 - 2026, 5),
        (len(["الموصل", "بغداد", "البصرة"]), 3), (2025 - 1968, 57), (2025 - 2023, 2), ((6 - 5.2) / 5.2 * 100, 15.4),
        (180 / 95, 2), (2025 - 1993, 32), (2025 - 1958, 67),
        # markdown (Chinese e-commerce in the Gulf)
        (0.25 * 32, 8), (14.4 + 9.6 + 8, 32), (14.4 / 32 * 100, 45), (9.6 / 32 * 100, 30), (8 / 32 * 100, 25),
        (2025 - 2016, 9), ((180 - 120) / 120 * 100, 50), (180 / 12, 15), (8e9 / 180e6, 44), (40 + 35 + 25, 100),
        (len(["الملابس", "الإلكترونيات", "المستلزمات"]), 3), (0.08 * 180, 14.4), (1240 / 2000 * 100, 62), (2025 - 1985, 40),
        (2025 - 2021, 4), (250 / 10, 25), ((12 - 5) / 12 * 100, 58.3), ((20 - 14.4) / 14.4 * 100, 38.9),
        (8e9 / 180e6 * 3.75 < 1000 / 4, True), (d(2025, 5, 15) < d(2025, 10, 6) and d(2025, 3, 3) < d(2025, 10, 7)
                                               and d(2025, 8, 12) < d(2025, 10, 8) and d(2024, 7, 10) < d(2025, 10, 9) < d(2025, 10, 21), True),
        # wire (Tunisian olive oil)
        ((12 - 7.5) / 7.5 * 100, 60), (12 / 300 * 100, 4), (7.2 + 4.8, 12), (7.2 / 12 * 100, 60), (54e6 / 12000, 4500),
        (480 * 25, 12000), (len(["إسبانيا", "إيطاليا", "الولايات المتحدة", "فرنسا", "كندا", "المغرب"]), 6), (6 + 1, 7),
        (len(["زيتونة الساحل", "الجم للزيوت", "واحة صفاقس", "بساتين المنستير"]), 4), (2025 - 1962, 63), (2025 - 2019, 6),
        (2027 - 2024, 3), ((41 - 32.8) / 32.8 * 100, 25), (2025 - 2012, 13), ((380 - 340) / 380 * 100, 10.5),
        ((15 - 12) / 12 * 100, 25), (months((2025, 11), (2026, 6)), 7), (months((1964, 1), (2025, 11)) / 12, 62),
        # encyclopedia (Primakov)
        (1985 - 1977, 8), (months((1991, 12), (1996, 1)) // 12, 4), (d(1996, 1, 9) - d(1995, 12, 26) > dt.timedelta(0), True),
        (age(d(1929, 10, 29), d(1996, 1, 9)), 66), (months((1996, 1), (1998, 9)), 2 * 12 + 8),
        (age(d(1929, 10, 29), d(1998, 9, 11)), 68), (months((1998, 9), (1999, 5)), 8), ((d(1999, 5, 12) - d(1999, 3, 24)).days, 49),
        (49 / 7, 7), (6 * 200, 1200), (420 / 1200 * 100, 35), (0.52 * 250, 130), (age(d(1929, 10, 29), d(2015, 6, 26)), 85),
        (2015 - 1953, 62), (2025 - 2015, 10), (len(["ألكسندر", "نانا"]), 2),
        # thesis (Chinese traders in Algiers)
        (months((1958, 12), (1962, 7)) // 12, 3), (40 / 8, 5), (2014 - 2004, 10), ((40 - 25) / 40 * 100, 37.5),
        (months((2025, 2), (2025, 4)) + 1, 3), (240 / 600 * 100, 40), (108 + 72 + 36 + 24, 240), (108 / 240 * 100, 45),
        (72 / 240 * 100, 30), (36 / 240 * 100, 15), (96 / 240 * 100, 40), (2025 - 1957, 68), (132 + 60 + 48, 240),
        (132 / 240 * 100, 55), (len(["الملابس", "الأدوات المنزلية", "الإلكترونية"]), 3), (168 / 240 * 100, 70),
        (90000 * 12, 1.08e6), (180 / 240 * 100, 75), (180 * 1200, 216000), (2025 - 1958, 67), ((108 + 72) / 240, 0.75),
        (132 / 240 > 0.5, True), (645 - 45, 600), (45 / 645 * 100, 7), (2004 in range(2000, 2100), True),
        # speech (Arabic manuscripts in Russia)
        (24 / 86 * 100, 27.9), (86 + 38, 124), ((d(2025, 12, 6) - d(2025, 12, 4)).days + 1, 3),
        (len(["الفهرسة", "الترميم", "الرقمنة", "التحقيق", "التعليم"]), 5), (2025 - 1818, 207), (1819 - 1818, 1),
        (1800 <= 1819 <= 1824, True), (1951 - 1945, 6), (1900 <= 1945 <= 1999, True), (age(d(1883, 3, 16), d(1951, 1, 24)), 67),
        (9800 + 2800 + 1400, 14000), (9800 / 14000 * 100, 70), (1200 + 1600 + 2000, 4800), ((2000 - 1600) / 1600 * 100, 25),
        (len([1200, 1600, 2000]), 3), (2.4e6 / 4800, 500), (0.4 * 2.4e6, 960000), (2.4e6 - 960000, 1.44e6), (45 / 18, 2.5),
        ((45 - 18) / 18 * 100, 150), (45000 / 3, 15000), (2025 - 2015, 10), (2025 - 1951, 74), (2025 - 1992, 33),
        (months((2022, 9), (2025, 9)), 36), (d(2026, 3, 31) < d(2026, 4, 4), True), (150 + 90 + 60, 300), (150 / 300, 0.5),
        (len(["السفر", "النشر", "الترجمة"]), 3),
    ]
    for i, (a, b) in enumerate(F):
        if isinstance(b, bool) or isinstance(b, dt.timedelta):
            assert a == b, (i, a, b)
        else:
            assert close(a, b), (i, a, b)
    counts = {"weekdays": len(WEEKDAYS), "Hijri days": len(hijri), "Hijri years/centuries": len(HIJRI_YEARS) + 1,
              "arithmetic": len(F)}
    return sum(counts.values()), counts


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
        assert len(load_gold(g, "benchmarks/heldout24" if Path("benchmarks/heldout24").is_dir() else HERE)) == len(head["items"])
        n += len(head["items"])
    return len(data["plants"]), n


def main() -> None:
    k, counts = facts()
    p, g = structure()
    print(f"ok: {k} facts ({', '.join(f'{v} {c}' for c, v in counts.items())}); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
