"""Checks the clean texts, the gold and the plants of heldout27 (run before any engine run):
- facts: every weekday (datetime; the day, month and year after it are read back from the quote),
  every modern Hijri day (hijridate, Umm al-Qura; read back from the quote), the medieval Hijri day
  and month pairs, the Hijri/Gregorian year pairs and the centuries and decades (tabular calendar,
  Julian dates before 1582), the sums, shares, changes, multipliers, averages, rates, products,
  durations, deadlines, ages and counts the texts state, the article history, the notes' dates
  against their access dates, events and URLs, the citations against the references, and the English
  journal line and abstract against the Arabic;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind of
  FAULT_KINDS is planted, and the plants load through ``load_recipes``; every gold quote is found at
  its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout27/check_texts.py
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
A, T, M = "academic_chinese_uae_schools.txt", "tender_saudi_dates_china.txt", "markdown_sohar_ship_museum.md"
N, E, F, G = ("news_djibouti_hospital_ship.txt", "encyclopedia_al_biruni.txt",
              "memoir_nazareth_russian_seminary.txt", "factsheet_benban_chinese_solar.txt")
MONTHS = {  # every month-name system of the set
    "يناير": 1, "جانفي": 1, "كانون الثاني": 1, "فبراير": 2, "فيفري": 2, "شباط": 2, "مارس": 3, "آذار": 3,
    "أبريل": 4, "أفريل": 4, "نيسان": 4, "مايو": 5, "ماي": 5, "أيار": 5, "يونيو": 6, "جوان": 6, "حزيران": 6,
    "يوليو": 7, "يوليوز": 7, "جويلية": 7, "تموز": 7, "أغسطس": 8, "غشت": 8, "أوت": 8, "آب": 8,
    "سبتمبر": 9, "شتنبر": 9, "أيلول": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "نونبر": 11,
    "تشرين الثاني": 11, "ديسمبر": 12, "دجنبر": 12, "كانون الأول": 12,
}
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
           "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذي القعدة": 11, "ذي الحجة": 12}
MRX = "|".join(sorted(MONTHS, key=len, reverse=True))
HRX = "|".join(sorted(HMONTHS, key=len, reverse=True))
# (file, quote in the text (Western digits), date)
WEEKDAYS = [
    (A, "الاثنين 22 جويلية 2019", (2019, 7, 22)), (A, "الأربعاء 14 فيفري 2024", (2024, 2, 14)),
    (T, "الأحد 15 ربيع الأول 1447هـ الموافق 7 سبتمبر 2025م", (2025, 9, 7)), (T, "الأحد 7 سبتمبر 2025م", (2025, 9, 7)),
    (T, "الخميس 25 سبتمبر 2025م", (2025, 9, 25)), (T, "الخميس 18 سبتمبر 2025م", (2025, 9, 18)),
    (T, "الثلاثاء 8 ربيع الآخر 1447هـ الموافق 30 سبتمبر 2025م", (2025, 9, 30)), (T, "الأحد 12 أكتوبر 2025م", (2025, 10, 12)),
    (T, "الأحد 26 أكتوبر 2025م", (2025, 10, 26)), (T, "الاثنين 29 ديسمبر 2025م", (2025, 12, 29)),
    (M, "الثلاثاء 14 أكتوبر 2025", (2025, 10, 14)), (M, "الأحد 23 نوفمبر 2025", (2025, 11, 23)),
    (N, "الاثنين 3 نونبر 2025", (2025, 11, 3)), (N, "الثلاثاء فاتح غشت 2017", (2017, 8, 1)),
    (E, "الثلاثاء 11 رمضان 1446هـ الموافق 11 مارس 2025م", (2025, 3, 11)),
    (E, "الأربعاء 9 ربيع الآخر 1447هـ الموافق 1 أكتوبر 2025م", (2025, 10, 1)),
    (F, "السبت 15 أيلول 1906", (1906, 9, 15)), (F, "الخميس 15 حزيران 1911", (1911, 6, 15)),
    (G, "الثلاثاء 14 نوفمبر 2023", (2023, 11, 14)), (G, "الأحد 14 سبتمبر 2025", (2025, 9, 14)),
]
# modern Hijri days, read back from the quote and checked with hijridate
HIJRI_DAYS = [
    (T, "15 ربيع الأول 1447هـ الموافق 7 سبتمبر 2025م"), (T, "8 ربيع الآخر 1447هـ الموافق 30 سبتمبر 2025م"),
    (E, "11 رمضان 1446هـ الموافق 11 مارس 2025م"), (E, "9 ربيع الآخر 1447هـ الموافق 1 أكتوبر 2025م"),
]
# (file, quote, Hijri year, Gregorian year): year pairs and both ends of the ranges
YEAR_PAIRS = [
    (T, "1447هـ/2025م", 1447, 2025), (E, "362-440هـ/973-1048م", 362, 973), (E, "362-440هـ/973-1048م", 440, 1048),
    (E, "385هـ/995م", 385, 995), (E, "390هـ/1000م", 390, 1000), (E, "408هـ/1017م", 408, 1017),
    (E, "421هـ/1030م", 421, 1030), (E, "421 و432هـ (1030-1040م)", 421, 1030), (E, "421 و432هـ (1030-1040م)", 432, 1040),
    (E, "1393هـ/1973م", 1393, 1973),
]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def jd_to_julian(jd: float) -> tuple[int, int, int]:
    j = int(jd + 0.5)
    c = j + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def h2civil(y: int, m: int, d: int) -> tuple[int, int, int]:
    """A tabular Hijri day as a civil date: Julian before 1582, Gregorian after."""
    jd = islamic_to_jd(y, m, d)
    if y < 990:
        return jd_to_julian(jd)
    g = jd_to_gregorian(jd)
    return g.year, g.month, g.day


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(math.floor(a * 10 ** nd + 0.5 + 1e-9) / 10 ** nd - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def readback(quote: str) -> tuple[int, int, int]:
    """The Gregorian day, month and year written in a quote (after «الموافق» in a Hijri-first pair)."""
    tail = quote.split("الموافق")[-1]
    m = re.search(rf"(\d+|فاتح) ({MRX}) (\d{{4}})", tail)
    day = 1 if m.group(1) == "فاتح" else int(m.group(1))
    return int(m.group(3)), MONTHS[m.group(2)], day


def facts(texts: dict[str, str]) -> dict[str, int]:
    n = {"weekday": 0, "hijri": 0, "arith": 0, "strings": 0}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert readback(quote) == ymd, (f, quote, readback(quote))
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
        n["weekday"] += 1
    for f, quote in HIJRI_DAYS:
        assert quote in texts[f], quote
        m = re.match(rf"(\d+) ({HRX}) (\d+)هـ", quote)
        h = (int(m.group(3)), HMONTHS[m.group(2)], int(m.group(1)))
        hh = Gregorian(*readback(quote)).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
        n["hijri"] += 1
    # medieval: 3 ذي الحجة 362 = 4 September 973 (Julian), tabular; Rajab 440 overlaps December 1048 (Julian)
    q = "3 ذي الحجة 362هـ الموافق 4 سبتمبر 973م"
    assert q in texts[E] and h2civil(362, 12, 3) == (973, 9, 4)
    q = "رجب 440هـ الموافق ديسمبر 1048م"
    assert q in texts[E]
    lo, hi = h2civil(440, 7, 1), jd_to_julian(islamic_to_jd(440, 8, 1) - 1)
    assert lo[:2] <= (1048, 12) <= hi[:2], (lo, hi)
    n["hijri"] += 2
    for f, quote, h, g in YEAR_PAIRS:
        assert quote in texts[f], quote
        lo, hi = h2civil(h, 1, 1)[0], (jd_to_julian if h < 990 else lambda j: (jd_to_gregorian(j).year,))(islamic_to_jd(h + 1, 1, 1) - 1)[0]
        assert lo <= g <= hi, (quote, h, g, lo, hi)
        n["hijri"] += 1
    # centuries and decades against the years they hold
    for f, quote, ok in [
        (E, "القرن الرابع الهجري", 301 <= 362 <= 400), (E, "العاشر الميلادي", 900 <= 973 <= 999),
        (E, "منتصف القرن الخامس الهجري", 401 <= 440 <= 500 and 426 <= 440 <= 475),
        (M, "ثمانينيات القرن الماضي", 1980 <= 1980 <= 1981 <= 1989),
        (F, "مطلع القرن العشرين", 1900 <= 1906 <= 1911 <= 1925),
    ]:
        assert quote in texts[f] and ok, quote
        n["hijri"] += 1
    d = lambda *a: dt.date(*a)
    FACTS = [
        # academic
        (171 / 13 > 13, True), (78 + 41 + 27 + 10 + 8 + 4 + 3, 171), (len("أبوظبي دبي الشارقة عجمان رأس_الخيمة الفجيرة أم_القيوين".split()), 7),
        (78 / 171 * 100, 45.6), (0.58 * 72000, 41760), (72000 / 171, 421), (2019 - 2006, 13), (198 / 33, 6),
        (32.4 + 13.5 + 8.1, 54), (32.4 / 54 * 100, 60), (13.5 / 54 * 100, 25), (8.1 / 54 * 100, 15), (54e6 / 72000, 750),
        (2 * 36, 72), ((72 - 60) / 60 * 100, 20), (len(["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]), 5),
        (months((2019, 7), (2024, 5)) / 12, 4.8), (2024 - 2019, 5),
        ((d(2025, 3, 3) > d(2025, 1, 12)) and (d(2025, 4, 15) > d(2025, 3, 3)) and (d(2025, 6, 30) > d(2025, 4, 15)), True),
        # tender
        (5400 + 4200 + 2400, 12000), (5400 / 12000 * 100, 45), (4200 / 12000 * 100, 35), (2400 / 12000 * 100, 20),
        (12000 / 24, 500), (months((2025, 10), (2026, 3)) + 1, 6), (12000 / 6, 2000), (9.6e6 / 12000, 800),
        (0.02 * 9.6e6, 192000), (0.05 * 9.6e6, 480000), (0.3 * 9.6e6, 2.88e6), (30 + 50 + 20, 100), (10 / 0.5, 20),
        ((8.4 - 6) / 6 * 100, 40), ((12 - 8.4) / 8.4 * 100, 42.9), (len("الخلاص السكري المجدول الصقعي".split()), 4),
        (2025 - 2, 2023), (2024 - 2020 + 1, 5), ((d(2025, 10, 12) - d(2025, 9, 30)).days, 12), (11 - 10, 1),
        (d(2025, 9, 30) + dt.timedelta(days=90), d(2025, 12, 29)), (0.7 * 9.6e6, 6.72e6), (len(["شنغهاي", "قوانغتشو", "تيانجين"]), 3),
        (len(["30%", "50%", "20%"]), 3), (d(2025, 9, 7) <= d(2025, 9, 18) <= d(2025, 9, 25) < d(2025, 9, 30), True),
        # markdown
        (2025 - 1980, 45), (140 + 96 + 84, 320), (2.7 + 1.35 + 0.45, 4.5), (2.7 / 4.5 * 100, 60), (1.35 / 4.5 * 100, 30),
        (0.45 / 4.5 * 100, 10), (90000 / 12, 7500), (2400 / 6400 * 100, 37.5), (2025 - 1968, 57), (1980 - 1968, 12),
        (45 / 30, 1.5), (5.3 / 26.5, 0.2), ((64 - 50) / 50 * 100, 28), (2025 - 1988, 37), (2020 - 1940, 80),
        (months((1980, 11), (1981, 7)) <= 8, True), (87 * 0.3048, 26.5), (len(["خزفية", "الخزف الصيني", "مخطوطة"]), 3),
        # wire
        ((d(2025, 11, 9) - d(2025, 11, 3)).days + 1, 7), (7000 / 7, 1000), (48 + 64, 112), (6300 + 6900 + 4800, 18000),
        (6300 / 18000 * 100, 35), (6900 / 18000 * 100, 38.3), (4800 / 18000 * 100, 26.7), (2025 - 1979, 46),
        (0.4 * 2.4e6, 960000), (310 / 1240, 0.25), (0.3 * 7000, 2100), (5600 / 6, 933), (2025 - 2017, 8),
        ((2.7 - 1.8) / 1.8 * 100, 50), (14 / 175 * 100, 8), ((2.5 - 2.2) / 2.2 * 100, 13.6), (2025 - 1977, 48),
        ((d(2025, 9, 12) + dt.timedelta(days=120)).month, 1), (len("سريلانكا باكستان عمان جيبوتي دار_السلام مومباسا مابوتو".split()), 7),
        (len(["سريلانكا", "باكستان", "عمان"]), 3), (len(["دار السلام", "مومباسا", "مابوتو"]), 3), (len(["العيون", "الأطفال", "النساء"]), 3),
        # encyclopedia
        (1048 - 973 - (0 if (12, 13) >= (9, 4) else 1), 75), (995 - 973, 22), (1000 - 973, 27), (1017 - 973, 44),
        (1048 - 1017 > 30, True), (1030 - 1017, 13), (15 + 9, 24), (15 / 24 * 100, 62.5), (1.2e6 / 3, 400000),
        (96 / 240 * 100, 40), (2025 + 2, 2027), (1973 - 973, 1000), (len("الخوارزمية الفارسية العربية السنسكريتية".split()), 4),
        (len(["آل عراق", "المأمونيين"]), 2), (180 / 4, 45),
        # memoir
        (1906 - 1886, 20), (1890 - 1886, 4), (1906 - 1894 - (0 if (9, 15) >= (3, 14) else 1), 12), (14 + 12 + 10, 36),
        (len("العربية الروسية الحساب الجغرافيا التاريخ التعليم_الديني الموسيقى".split()), 7), (8 / 32, 0.25), (12 * 12, 144),
        (6 + 4, 10), (5 * 20, 100), (105 / 3, 35), (24 / 8, 3), (1896 + 12, 1908), (30 / 36, 5 / 6),
        ((180 - 150) / 150 * 100, 20), (64 / 4, 16), (1911 + 3, 1914), (9 / 36, 0.25), (1965 - 1894, 71),
        (len(["1906/07", "1907/08", "1908/09", "1909/10", "1910/11"]), 5),
        # fact sheet
        (1650 + 200, 1850), (200 / 1650 * 100, 12.1), (480000 * 415 / 1e6, 199.2), (4.2 / 37 * 100, 11),
        (180 / 200, 0.9), (81 + 54, 135), (135 / 180 * 100, 75), (45 / 180 * 100, 25), (135 + 45, 180),
        (460e6 * 0.0275 / 1e6, 12.65), (months((2023, 11), (2024, 2)), 3), (months((2024, 2), (2025, 8)), 18),
        (2025 + 25, 2050), (1360 + 240, 1600), (1360 / 1600 * 100, 85), (90 * 2 / 3, 60), (2025 - 1976, 49),
        (460000 * 0.5, 230000), (36000 / 12, 3000), (2025 - 2019, 6), (200 / 1850 * 100, 10.8), (70 + 30, 100),
        (len(["هوانغخه", "تي بي إي إيه", "الصين لهندسة الطاقة"]), 3),
    ]
    for i, (a, b) in enumerate(FACTS):
        assert (a == b) if isinstance(b, (bool, dt.date)) else close(a, b), (i, a, b)
    n["arith"] += len(FACTS)
    # notes: visible date = URL date; note date <= access date < the article's own date; note on/after its event
    NOTES = [
        (A, "22 جويلية 2019", "2019/07/22", "2 جانفي 2025", (2025, 1, 12), (2019, 7, 22)),
        (A, "15 فيفري 2024", "2024/02/15", "4 جانفي 2025", (2025, 1, 12), (2024, 2, 14)),
        (A, "27 ماي 2024", "2024/05/27", "6 جانفي 2025", (2025, 1, 12), (2024, 5, 1)),
        (A, "15 نوفمبر 2024", "2024/11/15", "8 جانفي 2025", (2025, 1, 12), None),
        (M, "12 أكتوبر 2025", "2025/10/12", "13 أكتوبر 2025", (2025, 10, 14), None),
        (M, "3 مارس 2025", "2025/03/03", "13 أكتوبر 2025", (2025, 10, 14), None),
        (M, "20 فبراير 2025", "2025/02/20", "11 أكتوبر 2025", (2025, 10, 14), (2024, 12, 31)),
        (M, "5 مايو 2020", "2020/05/05", "10 أكتوبر 2025", (2025, 10, 14), (1988, 1, 1)),
    ]
    for f, vis, url, acc, own, event in NOTES:
        line = next(l for l in texts[f].splitlines() if vis + "، https" in l)
        assert url in line and acc in line, (f, vis)
        v, a_ = readback(vis), readback(acc)
        assert "/".join(f"{x:02d}" if i else str(x) for i, x in enumerate(v)) == url, (vis, url)
        assert v <= a_ < own, (vis, acc)
        assert event is None or d(*v) >= d(*event), (vis, event)
        n["strings"] += 1
    # citations against the reference list (author, year)
    for cite, ref in [("(Thornton, 2020: 19)", "Thornton, Alice (2020)"), ("(Thornton, 2020: 24)", "Thornton, Alice (2020)"),
                      ("(Liu & Karim, 2021: 33)", "Liu, Mei & Karim, Omar (2021)"), ("(Liu & Karim, 2021: 41)", "Liu, Mei & Karim, Omar (2021)"),
                      ("(بوزيد، 2022: 57)", "بوزيد، نادية (2022)"), ("(بوزيد، 2022: 63)", "بوزيد، نادية (2022)")]:
        assert cite in texts[A] and ref in texts[A], cite
        assert re.search(r"\d{4}", cite).group() == re.search(r"\d{4}", ref).group(), cite
        n["strings"] += 1
    # the English journal line, title, history and abstract against the Arabic
    for ar, en in [("المجلد 9، العدد 1 (2025)، ص ص 211-238", "Vol. 9, No. 1 (2025), pp. 211-238"),
                   ("مشروع المئة مدرسة (2019-2024)", "Hundred Schools Project (2019-2024)"),
                   ("تاريخ الاستلام: 12 جانفي 2025", "Received: 12 January 2025"), ("تاريخ التعديل: 3 مارس 2025", "Revised: 3 March 2025"),
                   ("تاريخ القبول: 15 أفريل 2025", "Accepted: 15 April 2025"), ("تاريخ النشر: 30 جوان 2025", "Published: 30 June 2025"),
                   ("من 13 مدرسة عام 2018 إلى 171 مدرسة عام 2024", "rose from 13 in 2018 to 171 in 2024"),
                   ("بلغ 72 ألف تلميذ، 58 بالمائة", "learners numbered 72,000, 58 percent"),
                   ("الموقعة في بكين عام 2019", "signed in Beijing in 2019"), ("أي أكثر من ثلاثة عشر ضعفاً", "a more than thirteenfold increase")]:
        assert ar in texts[A] and en in texts[A], (ar, en)
        assert re.findall(r"\d+", ar) == re.findall(r"\d+", en.replace(",000", "")) or "ضعفاً" in ar, (ar, en)
        n["strings"] += 1
    return n


def structure() -> tuple[int, int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1 and p["before"] != p["after"], p["id"]
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
        assert len(load_gold(g, "benchmarks/heldout27" if Path("benchmarks/heldout27").is_dir() else HERE)) == len(head["items"])
        n += len(head["items"])
    return len(data["plants"]), n, len(list((HERE / "gold").glob("*.yml")))


def main() -> None:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, T, M, N, E, F, G)}
    k = facts(texts)
    p, g, nf = structure()
    print(f"ok: {sum(k.values())} facts ({k['weekday']} weekdays, {k['hijri']} Hijri days/months/years and periods, "
          f"{k['arith']} arithmetic, {k['strings']} citation/URL/bilingual strings); {p} plants found at their anchors "
          f"and loaded; {g} gold items found at their offsets and loaded ({nf} files)")


if __name__ == "__main__":
    main()
