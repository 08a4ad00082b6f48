"""Checks the facts of the clean texts: weekdays (datetime), Hijri/Gregorian pairs (hijridate for
1343 AH on; the tabular Islamic calendar against the Julian calendar for medieval year pairs), and
every sum, share, change, average, duration and age the texts state. Run before any engine run:
    python benchmarks/heldout7/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")

# (file, quote in the text, weekday, date)
WEEKDAYS = [
    ("news_oman_desalination.txt", "الاثنين 17 نوفمبر 2025", "الاثنين", (2025, 11, 17)),
    ("news_oman_desalination.txt", "أمس الأحد 16 نوفمبر 2025", "الأحد", (2025, 11, 16)),
    ("news_egypt_football.txt", "الأربعاء 28 مايو 2025", "الأربعاء", (2025, 5, 28)),
    ("news_egypt_football.txt", "الجمعة 23 أغسطس 2024", "الجمعة", (2024, 8, 23)),
    ("news_egypt_football.txt", "الأحد 25 مايو 2025", "الأحد", (2025, 5, 25)),
    ("history_tell_almanshiya.txt", "الأحد 18 حزيران 2023", "الأحد", (2023, 6, 18)),
    ("history_tell_almanshiya.txt", "الخميس 2 ربيع الأول 1446هـ الموافق 5 أيلول 2024م", "الخميس", (2024, 9, 5)),
    ("markdown_sharjah_greentech.md", "الجمعة 17 أكتوبر 2025", "الجمعة", (2025, 10, 17)),
    ("markdown_sharjah_greentech.md", "الثلاثاء 14 إلى الخميس 16 أكتوبر 2025", "الثلاثاء", (2025, 10, 14)),
    ("markdown_sharjah_greentech.md", "الخميس 16 أكتوبر 2025", "الخميس", (2025, 10, 16)),
    ("biography_altayeb_alnour.txt", "الجمعة 12 مارس 1937", "الجمعة", (1937, 3, 12)),
    ("biography_altayeb_alnour.txt", "الأحد 1 يناير 1956", "الأحد", (1956, 1, 1)),
    ("biography_altayeb_alnour.txt", "الثلاثاء 8 أكتوبر 2013", "الثلاثاء", (2013, 10, 8)),
    ("report_lebanon_university.txt", "الاثنين 14 تشرين الأول 2024", "الاثنين", (2024, 10, 14)),
    ("report_lebanon_university.txt", "الثلاثاء 12 آذار 1974", "الثلاثاء", (1974, 3, 12)),
    ("report_lebanon_university.txt", "الاثنين 14 تشرين الأول 1974", "الاثنين", (1974, 10, 14)),
    ("bulletin_mauritania_drought.txt", "الثلاثاء 30 سبتمبر 2025", "الثلاثاء", (2025, 9, 30)),
    ("bulletin_mauritania_drought.txt", "الاثنين 2 يونيو 2025", "الاثنين", (2025, 6, 2)),
    ("bulletin_mauritania_drought.txt", "الخميس 14 أغسطس 2025", "الخميس", (2025, 8, 14)),
    ("bulletin_mauritania_drought.txt", "الاثنين 3 نوفمبر 2025", "الاثنين", (2025, 11, 3)),
    ("bulletin_mauritania_drought.txt", "الأحد 22 فبراير", "الأحد", (2026, 2, 22)),
]
# full Hijri/Gregorian date pairs (hijridate, Umm al-Qura)
HIJRI_DAYS = [
    ("news_oman_desalination.txt", "16 نوفمبر 2025 الموافق 25 جمادى الأولى 1447هـ", (2025, 11, 16), (1447, 5, 25)),
    ("history_tell_almanshiya.txt", "2 ربيع الأول 1446هـ الموافق 5 أيلول 2024م", (2024, 9, 5), (1446, 3, 2)),
    ("biography_altayeb_alnour.txt", "8 أكتوبر 2013 الموافق 3 ذي الحجة 1434هـ", (2013, 10, 8), (1434, 12, 3)),
]
# medieval year pairs: Hijri year H must overlap Gregorian (Julian-calendar) year G
HIJRI_YEARS = [("131هـ/749م", 131, 749), ("132هـ/750م", 132, 750), ("580هـ/1184م", 580, 1184), ("658هـ/1260م", 658, 1260)]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_julian_year(jd: float) -> int:
    z = int(jd + 0.5)
    b = z + 1524
    c = int((b - 122.1) / 365.25)
    d = int(365.25 * c)
    e = int((b - d) / 30.6001)
    month = e - 1 if e < 14 else e - 13
    return c - 4716 if month > 2 else c - 4715


def main() -> None:
    n = 0
    for f, quote, wd, ymd in WEEKDAYS:
        raw = (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST)
        assert quote in raw, (f, quote)
        assert WD[dt.date(*ymd).weekday()] == wd, (f, quote, WD[dt.date(*ymd).weekday()])
        n += 1
    for f, quote, g, h in HIJRI_DAYS:
        raw = (HERE / "clean" / f).read_text(encoding="utf-8")
        assert quote in raw, (f, quote)
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
        n += 1
    raw = (HERE / "clean" / "history_tell_almanshiya.txt").read_text(encoding="utf-8")
    for quote, h, g in HIJRI_YEARS:
        assert quote in raw, quote
        lo, hi = jd_to_julian_year(islamic_to_jd(h, 1, 1)), jd_to_julian_year(islamic_to_jd(h + 1, 1, 1) - 1)
        assert lo <= g <= hi, (quote, lo, hi)
        n += 1
    # «القرن العاشر الهجري/السادس عشر الميلادي»: 901-1000 AH overlaps 1501-1600
    lo, hi = jd_to_julian_year(islamic_to_jd(901, 1, 1)), jd_to_julian_year(islamic_to_jd(1001, 1, 1) - 1)
    assert lo <= 1600 and hi >= 1501, (lo, hi)
    close = lambda a, b, tol=0.05: abs(a - b) <= tol
    A = [  # arithmetic, text by text (value computed, value stated)
        # oman
        (72 / 180 * 100, 40), (72 + 108, 180), ((850 - 600) / 600 * 100, 41.7), (850 - 600, 250),
        ((715 - 520) / 520 * 100, 37.5), (150 + 70 + 30, 250), (150000 / 600000 * 1000, 250), (150 / 250 * 100, 60),
        ((4 - 3.2) / 4 * 100, 20), (14 + 2, 16), (2025 - 2007, 18), (2013 - 2007, 6), (2029 - 2025, 4),
        (round(420 / 1450 * 100), 29),  # «نحو 29 بالمائة»
        (84 - 78, 6),  # «ست نقاط مئوية» (percentage points)
        # football
        (21 + 8 + 5, 34), (21 * 3 + 8, 71), (74 - 71, 3), (13 + 3 + 1, 17), (8 + 5 + 4, 17), (13 + 8, 21), (3 + 5, 8),
        (1 + 4, 5), (68 / 34, 2), (round(19 / 68 * 100), 28), (2025 - 1997, 28), (2025 - 1988, 37), (21 - 8 + 1, 14),
        ((18400 - 14720) / 14720 * 100, 25), (17 * 18400 / 1000, 312.8), ((450 - 375) / 375 * 100, 20),
        (180 + 135 + 90 + 45, 450), (180 / 450 * 100, 40), (135 / 450 * 100, 30), (90 / 450 * 100, 20),
        (2025 - 1998, 27), (1946 + 80, 2026), (2 + 2, 4),
        # history
        (12 / 48, 0.25), (1973 - 1968, 5), (len(set(range(2016, 2025)) - {2020, 2021}), 7), (96 + 71 + 45, 212),
        (round(96 / 212 * 100), 45), (450 + 600 + 150, 1200), (600 / 1200, 0.5), (640 / 4, 160), (9600 / 12, 800),
        # academic
        ((520 - 312) / 520 * 100, 40), ((1.25 - 0.5) / 1.25 * 100, 60), (234 / 360 * 100, 65), (90 / 360 * 100, 25),
        (360 / 12, 30), (25200 / 42000 * 100, 60), (25200 + 16800, 42000), ((7200 - 4800) / 4800 * 100, 50),
        (18 / (2023 - 2013), 1.8), (2023 - 2013, 10),
        # markdown
        (256 / 640 * 100, 40), (256 + 384, 640), ((52000 - 40000) / 40000 * 100, 30), (36000 / 6, 6000),
        ((1350 - 900) / 900 * 100, 50), (len(set(range(2014, 2026)) - {2020}), 11), (384 / 640 * 100, 60),
        (120 / 640 * 100, 18.75), (2025 - 1962, 63), (2025 - 1998, 27), ((45000 - 36000) / 36000 * 100, 25), (16 - 14 + 1, 3),
        # essay
        ((1200 - 480) / 480 * 100, 150), (2017 - 1996, 21), (1.2e6 / 10, 120000), (124 / 200 * 100, 62), (124 + 76, 200),
        # biography
        (1953 - 1937, 16), (1956 - 1937 - 1, 18), (1959 - 1953, 6), (1962 - 1937, 25), (1966 - 1937, 29),
        (1989 - 1985, 4), (2004 - 1990, 14), (2009 - 1962, 47), (1971 - 1962, 9), (2011 - 1937, 74), (2013 - 1937, 76),
        (2015 - 2013, 2), (len(["أغاني", "طين", "المسافر", "مراثي", "آخر"]), 5),
        # university
        (10 - 3, 7), (1974 - 1921, 53), (2002 - 1974, 28), (2003 - 2002, 1), (12600 / 420, 30),
        (3780 + 2520 + 2016 + 1890 + 1260 + 1134, 12600), (3780 / 12600 * 100, 30), (2520 / 12600 * 100, 20),
        (2016 / 12600 * 100, 16), (1890 / 12600 * 100, 15), (1260 / 12600 * 100, 10), (1134 / 12600 * 100, 9),
        (30 + 20 + 16 + 15 + 10 + 9, 100), (0.58 * 12600, 7308), (12600 / 840, 15), ((2800 - 2500) / 2500 * 100, 12),
        ((60 - 48) / 60 * 100, 20), (round(3100 / 12600, 2), 0.25), ((6 - 4) / 4 * 100, 50), (2019 + 2, 2021),
        (2029 - 2025 + 1, 5),
        # mauritania
        ((246 - 184.5) / 246 * 100, 25), (121.5 / 486, 0.25), (41040 + 20520 + 6840, 68400), (41040 / 68400 * 100, 60),
        (20520 / 68400 * 100, 30), (6840 / 68400 * 100, 10), ((26 - 20) / 20 * 100, 30), ((460 - 400) / 400 * 100, 15),
        (1.92 / 3.2 * 100, 60), (1.92 + 1.28, 3.2), (48000 / 16, 3000), (140 / 200 * 100, 70), ((486 - 405) / 405 * 100, 20),
        (2025 - 2018, 7), ((60 - 48) / 48 * 100, 25), ((dt.date(2026, 2, 23) - dt.date(2025, 11, 3)).days / 7, 16),
    ]
    for i, (a, b) in enumerate(A):
        assert close(a, b), (i, a, b)
    # months: oman Oct 2021 -> Mar 2022 = 5; Mar 2022 + 3 y 8 m = Nov 2025; football Aug 2024 -> May 2025 = 9
    m = lambda y, mo: 12 * y + mo
    assert m(2022, 3) - m(2021, 10) == 5 and m(2022, 3) + 44 == m(2025, 11) and m(2025, 5) - m(2024, 8) == 9
    assert m(1974, 10) - m(1974, 3) == 7
    print(f"ok: {len(WEEKDAYS)} weekdays, {len(HIJRI_DAYS)} Hijri days, {len(HIJRI_YEARS)} Hijri years, {len(A) + 4} arithmetic facts")


if __name__ == "__main__":
    main()
