"""Checks the clean texts, the gold and the plants of heldout26 (run before any engine run):
- facts: every weekday (datetime), with the day, month and year written after it read back from the
  quote; every full Hijri/Gregorian day of modern times (hijridate, Umm al-Qura); the medieval Hijri
  days, months and year pairs by the tabular calendar (Julian years, as the encyclopedia writes them);
  the modern year pairs (tabular); centuries and decades against the years they hold; and the sums,
  shares, changes, averages, products, durations, ages and counts the texts state; the article
  history and the notes' dates;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once at the offset
  the anchor gives, every kind of ``FAULT_KINDS`` is planted, and the plants load through
  ``load_recipes``; every gold quote is found at its offsets and every gold file loads through
  ``load_gold``.
    python benchmarks/heldout26/check_texts.py
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
A, T, MD = "academic_chinese_drones.txt", "textbook_bandung_egypt_china.txt", "markdown_pandas_qatar.md"
N, E = "news_morocco_russia_fisheries.txt", "encyclopedia_ibn_battuta_china.txt"
DI, R = "diary_yiwu_arab_traders.txt", "report_egyptian_oranges_russia.txt"
MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
}
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
           "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذو الحجة": 12}
# (file, quote in the text (Western digits), date); a Hijri-first quote is read back after «الموافق»
WEEKDAYS = [
    (A, "الخميس 16 آذار 2017", (2017, 3, 16)), (A, "الجمعة 24 تموز 2020", (2020, 7, 24)),
    (T, "الاثنين 18 أبريل", (1955, 4, 18)), (T, "الأحد 24 أبريل 1955", (1955, 4, 24)),
    (T, "الأربعاء 16 مايو 1956", (1956, 5, 16)), (T, "الأربعاء 30 مايو 1956", (1956, 5, 30)),
    (T, "الاثنين 17 سبتمبر 1956", (1956, 9, 17)), (T, "الخميس 26 يوليو 1956", (1956, 7, 26)),
    (MD, "الثلاثاء 14 أكتوبر 2025", (2025, 10, 14)), (MD, "الأربعاء 19 أكتوبر 2022", (2022, 10, 19)),
    (MD, "الخميس 17 نوفمبر 2022", (2022, 11, 17)), (MD, "الأحد 20 نوفمبر 2022", (2022, 11, 20)),
    (N, "الجمعة 14 نونبر 2025", (2025, 11, 14)),
    (E, "الاثنين 10 رمضان 1446هـ الموافق 10 مارس 2025م", (2025, 3, 10)),
    (E, "الأربعاء 16 ربيع الآخر 1447هـ الموافق 8 أكتوبر 2025م", (2025, 10, 8)),
    (DI, "الأحد 2 مارس 2025", (2025, 3, 2)), (DI, "الاثنين 3 مارس 2025", (2025, 3, 3)),
    (DI, "الثلاثاء 4 مارس 2025", (2025, 3, 4)), (DI, "الجمعة 7 مارس 2025", (2025, 3, 7)),
    (DI, "السبت 8 مارس 2025", (2025, 3, 8)), (DI, "الأحد 9 مارس 2025", (2025, 3, 9)),
    (DI, "الأربعاء 12 مارس 2025", (2025, 3, 12)),
    (R, "الخميس 18 سبتمبر 2025", (2025, 9, 18)), (R, "الجمعة 1 يناير 2016", (2016, 1, 1)),
    (R, "الثلاثاء 24 نوفمبر 2015", (2015, 11, 24)),
]
# modern Hijri days (hijridate): (file, quote, Gregorian, Hijri)
HIJRI_DAYS = [
    (T, "16 مايو 1956، الموافق 6 شوال 1375هـ", (1956, 5, 16), (1375, 10, 6)),
    (E, "10 رمضان 1446هـ الموافق 10 مارس 2025م", (2025, 3, 10), (1446, 9, 10)),
    (E, "16 ربيع الآخر 1447هـ الموافق 8 أكتوبر 2025م", (2025, 10, 8), (1447, 4, 16)),
    (DI, "2 مارس 2025 (2 رمضان 1446هـ)", (2025, 3, 2), (1446, 9, 2)),
    (DI, "7 مارس 2025 (7 رمضان 1446هـ)", (2025, 3, 7), (1446, 9, 7)),
]
# medieval Hijri days (tabular, Julian): quote, Hijri, Julian
TABULAR_DAYS = [("17 رجب 703هـ الموافق 24 فبراير 1304م", (703, 7, 17), (1304, 2, 24)),
                ("2 رجب 725هـ الموافق 14 يونيو 1325م", (725, 7, 2), (1325, 6, 14))]
YEAR_PAIRS = [("703-770هـ/1304-1369م", 703, 1304, True), ("703-770هـ/1304-1369م", 770, 1369, True),
              ("سنة 770هـ/1369م", 770, 1369, True), ("سنة 734هـ/1334م", 734, 1334, True),
              ("سنة 743هـ/1342م", 743, 1342, True), ("سنة 746هـ/1345م", 746, 1345, True),
              ("سنة 747هـ/1346م", 747, 1346, True), ("سنة 756هـ/1355م", 756, 1355, True),
              ("سنة 1442هـ/2021م", 1442, 2021, False)]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def jd_to_julian(jd: float) -> tuple[int, int, int]:
    c = int(jd + 0.5) + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, (m + 2) % 12 + 1, e - (153 * m + 2) // 5 + 1


def hyear_span(h: int, julian: bool) -> tuple[int, int]:
    f = (lambda jd: jd_to_julian(jd)[0]) if julian else (lambda jd: jd_to_gregorian(jd).year)
    return f(islamic_to_jd(h, 1, 1)), f(islamic_to_jd(h + 1, 1, 1) - 1)


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(math.floor(a * 10 ** nd + 0.5 + 1e-9) / 10 ** nd - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def read_back(quote: str, ymd: tuple[int, int, int]) -> None:
    """The day, month and (if written) year after the weekday (after «الموافق» in a Hijri-first pair)."""
    part = quote.split("الموافق")[-1].strip() if "هـ الموافق" in quote else quote.split(" ", 1)[1]
    m = re.match(r"(\d+) (\D+?)(?: (\d{4})م?)?$", part)
    assert m, quote
    assert int(m.group(1)) == ymd[2] and MONTHS[m.group(2).strip()] == ymd[1], (quote, ymd)
    assert m.group(3) is None or int(m.group(3)) == ymd[0], (quote, ymd)


def facts() -> tuple[int, int, int, int]:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, T, MD, N, E, DI, R)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()] + " "), (f, quote, WD[dt.date(*ymd).weekday()])
        read_back(quote, ymd)
    for f, quote, g, h in HIJRI_DAYS:
        assert quote in texts[f], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
        m = re.search(r"(\d+) (\D+?) (\d{4})هـ", quote)
        assert (int(m.group(3)), HMONTHS[m.group(2)], int(m.group(1))) == h, quote
    for quote, h, j in TABULAR_DAYS:
        assert quote in texts[E], quote
        assert jd_to_julian(islamic_to_jd(*h)) == j, (quote, jd_to_julian(islamic_to_jd(*h)))
    for quote, h, g, julian in YEAR_PAIRS:
        assert quote in texts[E], quote
        lo, hi = hyear_span(h, julian)
        assert lo <= g <= hi, (quote, lo, hi)
    # «شعبان 750هـ الموافق نوفمبر 1349م»: Sha'ban 750 (tabular, Julian) overlaps November 1349
    a, b = jd_to_julian(islamic_to_jd(750, 8, 1)), jd_to_julian(islamic_to_jd(750, 9, 1) - 1)
    assert (a[0], a[1]) <= (1349, 11) <= (b[0], b[1]), (a, b)
    # centuries and decades
    c8 = hyear_span(701, True)[0], hyear_span(800, True)[1]
    periods = [701 <= 703 <= 800 and 701 <= 770 <= 800, 1300 <= 1304 <= 1399 and 1300 <= 1369 <= 1399,
               c8 == (1301, 1398), 1271 <= 1345 <= 1346 <= 1368,
               1950 <= 1955 <= 1956 <= 1959, 1900 <= 1955 <= 1999, 1980 <= 1982 <= 1989]
    assert all(periods), periods
    d = dt.date
    F = [
        # academic: drones
        (54 / 12, 4.5), (84 + 78 + 56 + 40 + 32 + 20, 310), (len(["السعودية", "الإمارات", "مصر", "العراق", "الجزائر", "الأردن"]), 6),
        (84 / 310 * 100, 27.1), (84 + 78, 162), (162 / 310 * 100, 52.3), (2024 - 2014 + 1, 11), (310 / 11, 28.2),
        (130 + 180, 310), ((180 - 130) / 130 * 100, 38.5), ((2019 - 2014 + 1) - (2024 - 2020 + 1), 1),
        (310 / 500 * 100, 62), (310 + 120 + 40 + 30, 500), (120 / 500 * 100, 24), (40 / 500 * 100, 8), (30 / 500 * 100, 6),
        (16.8 / 4.2, 4), (310 * 4.2e6 / 1e9, 1.3), (months((2017, 3), (2019, 7)), 28), (2020 - 1987, 33),
        (months((2017, 3), (2020, 7)) > 36, True),
        (d(2025, 4, 9) < d(2025, 5, 24) < d(2025, 6, 17) < d(2025, 9, 30), True),
        (d(2025, 3, 10) <= d(2025, 4, 3) < d(2025, 4, 9), True), (d(2020, 7, 24) <= d(2025, 4, 4) < d(2025, 4, 9), True),
        (d(2017, 3, 20) <= d(2025, 4, 5) < d(2025, 4, 9), True), (d(2024, 12, 2) <= d(2025, 4, 7) < d(2025, 4, 9), True),
        (d(2017, 3, 20) >= d(2017, 3, 16) and d(2020, 7, 24) >= d(2020, 7, 24) and d(2025, 3, 10).year > 2024, True),
        # textbook: Bandung
        ((d(1955, 4, 24) - d(1955, 4, 18)).days + 1, 7), (23 + 6, 29),
        (len(["مصر", "إثيوبيا", "ليبيريا", "ليبيا", "السودان", "ساحل الذهب"]), 6), (1.5 / 2.7 > 0.5, True),
        (age(d(1918, 1, 15), d(1955, 4, 18)), 37), (1955 - 1898, 57), (months((1955, 4), (1955, 8)), 4),
        ((14 - 8) / 8 * 100, 75), (0.85 * 14, 11.9), (months((1955, 4), (1956, 5)), 13),
        ((d(1956, 5, 30) - d(1956, 5, 16)).days, 14), ((d(1956, 7, 26) - d(1956, 5, 30)).days / 7, 8),
        (1956 + 70, 2026), (8 + 5, 13), (14 + 6, 20), (14 - 6, 8), (6 / 29 * 100, 20.7), ((20 - 13) / 13 * 100, 53.8),
        (age(d(1918, 1, 15), d(1956, 7, 26)), 38), ((1955, 4) < (1955, 8) < (1956, 5) < (1956, 7), True),
        (len(["التأميم", "البيان المشترك", "مؤتمر باندونغ", "الاتفاق التجاري"]), 4),
        # markdown: pandas
        (d(2022, 10, 19) + dt.timedelta(days=21) <= d(2022, 11, 17), True), ((d(2022, 11, 20) - d(2022, 11, 17)).days, 3),
        (age(d(2018, 9, 19), d(2022, 10, 19)), 4), (age(d(2018, 9, 19), d(2025, 10, 14)), 7), (3 + 2025 - 2022, 6),
        (2022 + 15, 2037), ((504 - 420) / 420 * 100, 20), (378 / 9, 42), (504 * 0.55, 277.2), (504 * 0.25, 126),
        (504 * 0.2, 100.8), (277.2 + 126 + 100.8, 504), (55 + 25 + 20, 100), (len(["المقيمون", "المواطنون", "السياح"]), 3),
        (2 * 30 * 365 / 1000, 22), (7.2 + 6.3 + 4.5, 18), (7.2 / 18 * 100, 40), (6.3 / 18 * 100, 35), (4.5 / 18 * 100, 25),
        (12.6 / 18 * 100, 70), (12.6e6 / 504000, 25), (2025 - 1981, 44), (30 / 12, 2.5), (2022 + 3, 2025), (2022 - 2016, 6),
        (d(2022, 10, 19) <= d(2025, 10, 6) < d(2025, 10, 14), True), (d(2025, 1, 28) <= d(2025, 10, 7) < d(2025, 10, 14), True),
        (d(2016, 9, 4) <= d(2025, 10, 8) < d(2025, 10, 14), True), (d(2025, 9, 3) <= d(2025, 10, 9) < d(2025, 10, 14), True),
        # news: fisheries
        (140 / 10, 14), (84 + 35 + 21, 140), (84 / 140 * 100, 60), (35 / 140 * 100, 25), (21 / 140 * 100, 15),
        (len(["السردين", "الماكريل", "الشرن"]), 3), (6.5 * 4, 26), ((6.5 - 5) / 5 * 100, 30), (10 * 2, 20), (800 * 0.15, 120),
        (2025 - 1968, 57), (2020 + 4, 2024), ((118 - 90) / 90 * 100, 31.1), (118 / 140 * 100, 84.3), (140 * 0.3, 42),
        (140 / 1400 * 100, 10), (2025 - 5, 2020), (570 + 1330, 1900), (570 / 1900 * 100, 30), (1330 - 570, 760),
        ((1.9 - 1.5) / 1.5 * 100, 26.7), (len(["الحوامض", "الطماطم", "السمك المعلب", "الأسمدة"]), 4), (2025 - 1958, 67),
        (2029 - 2026 + 1, 4), (2025 - 2, 2023),
        # encyclopedia: Ibn Battuta
        (1369 - 1304, 65), (age(d(1304, 2, 24), d(1325, 6, 14)), 21), (1349 - 1325, 24), (1342 - 1334, 8), (1345 - 1304, 41),
        (len(["الزيتون", "صين كلان", "الخنساء"]), 3), (1346 - 1345, 1), (1355 - 1349, 6), (1354 - 1325, 29),
        (38 / 760 * 100, 5), (9 + 3 + 2, 14), (2025 - 1325, 700), (138 / 600 * 100, 23), (1.8 * 2 / 3, 1.2),
        (months((2025, 10), (2027, 4)), 18),
        # diary: Yiwu
        (7 + 4 + 8, 19), (2025 - 2016, 9), (270 + 180 + 90 + 60, 600), (270 / 600 * 100, 45), (180 / 600 * 100, 30),
        (90 / 600 * 100, 15), (60 / 600 * 100, 10), (300 / 2, 150), (75000 / 60, 1250), (2025 - 1979, 46), (2025 - 2009, 16),
        ((200 - 80) / 200 * 100, 60), (6 + 5 + 3, 14), (14 * 38, 532), (12 + 10 + 8 + 6 + 4, 40), (12 / 40 * 100, 30),
        (240 / 48, 5), (120 / 4, 30), ((4350 - 2900) / 4350 * 100, 33.3), (months((2024, 1), (2025, 3)), 14),
        (38 + 37 + 36, 111), (len([38, 37, 36]), 3), (d(2025, 3, 12) + dt.timedelta(weeks=5), d(2025, 4, 16)),
        ((d(2025, 3, 12) - d(2025, 3, 2)).days + 1, 11), (540 / 600 * 100, 90),
        # report: oranges
        (months((2024, 12), (2025, 6)) + 1, 7), (420 / 2100 * 100, 20), ((420 - 350) / 350 * 100, 20), (420 / 1200 * 100, 35),
        (420000 * 560 / 1e6, 235.2), (294 + 126, 420), (294 / 420 * 100, 70), (126 / 420 * 100, 30), (420 / 30, 14),
        (16 - 6, 10), ((d(2016, 1, 1) - d(2015, 11, 24)).days, 38), (18 + 14 + 12 + 10 + 8, 62),
        (len(["النيل", "دلتا", "الصالحية", "وادي النطرون", "سيناء"]), 5), (2025 - 1963, 62), (2008 + 17, 2025),
        ((560 - 380) / 380 * 100, 47.4), (27 + 18, 45), (27 / 45 * 100, 60), (95 + 60 + 25, 180), (180 / 560 * 100, 32.1),
        ((460 - 420) / 420 * 100, 9.5), (460 / 2300 * 100, 20), (12 / 2, 6), (len(["نوفوروسيسك", "سانت بطرسبورغ"]), 2),
        (35 > 25, True),
    ]
    for i, (a, b) in enumerate(F):
        if isinstance(b, (bool, dt.date)):
            assert a == b, (i, a, b)
        else:
            assert close(a, b), (i, a, b)
    # strings the facts above rely on (the text says what was computed)
    must = {
        A: ["(Kovalenko, 2021: 47)", "(Kovalenko, 2021: 52)", "Kovalenko, P. (2021)", "(Wen & Haddad, 2023: 112)",
            "(Wen & Haddad, 2023: 118)", "Wen, L. & Haddad, R. (2023)", "(الساعدي، 2022: 64)", "الساعدي، علي حسين (2022)",
            "10 آذار 2025، https://www.sipri.org/publications/2025/03/10/", "24 تموز 2020، https://trumpwhitehouse.archives.gov/briefings-statements/2020/07/24/",
            "20 آذار 2017، https://www.kacst.gov.sa/news/2017/03/20/", "2 كانون الأول 2024، https://www.cnas.org/publications/reports/2024/12/02/",
            "a 4.5-fold increase", "from 12 aircraft in 2014 to 54 in 2024", "310 aircraft", "62 percent", "من 12 طائرة عام 2014 إلى 54 طائرة عام 2024",
            "Vol. 11, No. 2 (2025), pp. 133-162", "المجلد 11، العدد 2 (2025)، ص ص 133-162"],
        MD: ["19 أكتوبر 2022، https://www.qna.org.qa/ar/news/2022/10/19/", "28 يناير 2025، https://www.mm.gov.qa/reports/2025/01/28/",
             "4 سبتمبر 2016، https://www.iucn.org/news/species/2016/09/04/", "3 سبتمبر 2025، https://www.chinapanda.org.cn/news/2025/09/03/"],
    }
    for f, ss in must.items():
        for s in ss:
            assert s in texts[f], (f, s)
    n_hijri = len(HIJRI_DAYS) + len(TABULAR_DAYS) + len(YEAR_PAIRS) + 1 + len(periods)
    return len(WEEKDAYS), n_hijri, len(F), sum(len(v) for v in must.values())


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"] and p["before"] != p["after"], p["id"]
    assert {p["kind"] for p in data["plants"]} == set(FAULT_KINDS), set(FAULT_KINDS) - {p["kind"] for p in data["plants"]}
    rec = load_recipes(HERE / "plants.yml", HERE / "clean")
    assert len(rec.plants) == len(data["plants"])
    n = 0
    for g in sorted((HERE / "gold").glob("*.yml")):
        head = yaml.safe_load(g.read_text(encoding="utf-8"))
        raw = (HERE / head["file"]).read_text(encoding="utf-8")
        for it in head["items"]:
            assert raw[it["start"]:it["end"]] == it["text"], (g.name, it)
        assert len(load_gold(g, "benchmarks/heldout26")) == len(head["items"])
        n += len(head["items"])
    return len(data["plants"]), n


def main() -> None:
    w, h, f, s = facts()
    p, g = structure()
    print(f"ok: {w + h + f + s} facts ({w} weekdays, {h} Hijri days/months/years and periods, {f} arithmetic, "
          f"{s} citation/URL/bilingual strings); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
