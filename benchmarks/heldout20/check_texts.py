"""Checks the clean texts, the gold and the plants of heldout20 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair and the Hijri-only day (hijridate,
  Umm al-Qura), every Hijri/Gregorian year pair (tabular calendar), and the sums, shares, changes,
  averages, durations and ages the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold``.
    python benchmarks/heldout20/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, E, Y = "academic_sudan_dams.txt", "report_etihad_rail_wagons.txt", "news_yemen_russian_wheat.txt"
C, M, O = "encyclopedia_confucius_institutes_arab.txt", "markdown_tripoli_lebanon_port.md", "oped_syria_reconstruction.txt"
R = "ruling_helicopter_overhaul.txt"
# (file, quote in the text (Western digits), date): the quote starts with the weekday of the date
WEEKDAYS = [
    (A, "الثلاثاء 3 آذار 2009", (2009, 3, 3)), (A, "الخميس 2 شباط 2017", (2017, 2, 2)),
    (A, "السبت 15 نيسان 2023", (2023, 4, 15)),
    (E, "الأربعاء 19 نوفمبر 2025", (2025, 11, 19)), (E, "الخميس 23 فبراير 2023", (2023, 2, 23)),
    (Y, "الأحد 9 نوفمبر 2025", (2025, 11, 9)), (Y, "الاثنين 17 يوليو 2023", (2023, 7, 17)),
    (Y, "الجمعة 15 أغسطس الماضي", (2025, 8, 15)), (Y, "الثلاثاء والأربعاء 2 و3 ديسمبر", (2025, 12, 2)),
    (Y, "الأربعاء 2 و3 ديسمبر", (2025, 12, 3)),
    (C, "الأحد 8 شوال 1425هـ الموافق 21 نوفمبر 2004م", (2004, 11, 21)),
    (C, "الجمعة 17 جمادى الآخرة 1440هـ الموافق 22 فبراير 2019م", (2019, 2, 22)),
    (M, "الثلاثاء 21 تشرين الأول 2025", (2025, 10, 21)), (M, "السبت 7 آذار 2020", (2020, 3, 7)),
    (M, "الثلاثاء 4 آب 2020", (2020, 8, 4)),
    (O, "الأحد 7 ديسمبر 2025", (2025, 12, 7)), (O, "الأحد 8 ديسمبر 2024", (2024, 12, 8)),
    (O, "الأربعاء 12 يناير 2022", (2022, 1, 12)), (O, "الجمعة 22 سبتمبر 2023", (2023, 9, 22)),
    (O, "الثلاثاء 13 مايو 2025", (2025, 5, 13)), (O, "الاثنين 30 يونيو 2025", (2025, 6, 30)),
    (R, "الخميس 17 يوليوز 2025", (2025, 7, 17)), (R, "الاثنين 6 ماي 2024", (2024, 5, 6)),
    (R, "الثلاثاء 12 نونبر 2019", (2019, 11, 12)), (R, "الاثنين 2 دجنبر 2019", (2019, 12, 2)),
    (R, "الثلاثاء 18 فبراير 2020", (2020, 2, 18)), (R, "الثلاثاء 26 يناير 2021", (2021, 1, 26)),
    (R, "الثلاثاء 14 شتنبر 2021", (2021, 9, 14)), (R, "الاثنين 23 يونيو 2025", (2025, 6, 23)),
    (R, "الاثنين 9 دجنبر 2024", (2024, 12, 9)), (R, "الاثنين 17 مارس 2025", (2025, 3, 17)),
]
HIJRI_DAYS = [
    ("8 شوال 1425هـ الموافق 21 نوفمبر 2004م", (2004, 11, 21), (1425, 10, 8)),
    ("17 جمادى الآخرة 1440هـ الموافق 22 فبراير 2019م", (2019, 2, 22), (1440, 6, 17)),
    ("في غرة ذي القعدة سنة 1434هـ", (2013, 9, 7), (1434, 11, 1)),  # Xi's Astana speech, Hijri only
]
HIJRI_YEARS = [("1428هـ/2007م", 1428, 2007), ("1441هـ/2020م", 1441, 2020), ("1446هـ/2024م", 1446, 2024),
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


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in (A, E, Y, C, M, O, R)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f].translate(TO_WEST), (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[C], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[C], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    d = lambda *a: dt.date(*a)
    F = [
        # academic: Merowe and Upper Atbara
        (2009 - 2003, 6), (10 * 125, 1250), (1220 + 1250, 2470), (2470 / 1220, 2), (520 + 1000 + 400, 1920),
        (520 / 1920 * 100, 27.1), (1000 / 1920 * 100, 52.1), (400 / 1920 * 100, 20.8), (27.1 + 52.1 + 20.8, 100),
        (300 + 250 + 250 + 200, 1000), (len(["السعودي", "الكويتي", "العربي", "أبوظبي"]), 4),
        (len(["بنك التصدير", "الصناديق", "الحكومة"]), 3), (1920 / 1250, 1.54), (3100 + 1500, 4600),
        (1500 / 4600 * 100, 32.6), (round(1500 / 4600 * 3), 1), (months((2010, 5), (2017, 2)), 6 * 12 + 9), (4 * 80, 320),
        (838 / 320, 2.62), ((838 / 320) / (1920 / 1250) * 100 - 100, 70), ((5.5 - 4.4) / 4.4 * 100, 25),
        (2023 - 2009, 14),
        # Etihad Rail
        (2023 - 2009, 14), (2023 - 2016, 7), (330e6 / 600, 550e3), ((700 - 550) / 700 * 100, 21.4),
        (240 + 180 + 120 + 60, 600), (240 / 600 * 100, 40), (180 / 600 * 100, 30), (120 / 600 * 100, 20), (60 / 600 * 100, 10),
        (months((2023, 3), (2024, 5)), 14), (150 + 270, 420), (420 / 600 * 100, 70), (600 - 420, 180),
        ((8.4 - 6) / 6 * 100, 40), (5.04 + 2.1 + 1.26, 8.4), (5.04 / 8.4 * 100, 60), (2.1 / 8.4 * 100, 25),
        (1.26 / 8.4 * 100, 15), (round(8.4e6 / 38 / 1e3), 221), (2025 - 1979, 46), (3 + 2, 5), (600 * (700e3 - 550e3) / 1e6, 90),
        # Yemen
        ((1.36 - 1.1) / 1.1 * 100, 23.6), (1.36 / 3.4 * 100, 40), (40 - 28, 12), (780 + 460 + 120, 1360),
        (780 / 1360 * 100, 57.4), (len(["عدن", "الحديدة", "المكلا"]), 3), ((262 - 238) / 262 * 100, 9.2),
        (238 + 58, 296), (2025 - 1971, 54), (len(["عدن الكبرى", "البريقة", "الصوامع"]), 3), (2025 - 2014, 11),
        (30 + 25, 55), (2025 - 2023, 2), (7 - 6, 1),
        # Confucius institutes
        (551 - 479, 72), (2025 + 551 > 2500, True), (2004 - 1987, 17), (2020 - 1987, 33), (2020 - 2004, 16),
        (4 + 3 + 3 + 2 + 6, 18), (len("مصر المغرب الإمارات الأردن لبنان السودان تونس السعودية البحرين جيبوتي".split()), 10),
        (4 / 18 * 100, 22.2), (9450 + 5250 + 6300, 21000), (9450 / 21000 * 100, 45), (5250 / 21000, 0.25),
        (2019 - 2007, 12), (40 / 8, 5), (200 / 100, 2), (2025 - 1958, 67), (2007 + 6, 2013),
        # Tripoli
        (2025 - 2017, 8), (months((2020, 3), (2020, 8)), 5), ((168 - 96) / 96 * 100, 75), ((168 - 142) / 168 * 100, 15.5),
        (5 + 4.5 + 3, 12.5), (5 / 12.5 * 100, 40), (4.5 / 12.5 * 100, 36), (3 / 12.5 * 100, 24), (49.7 / 142 * 100, 35),
        (35 / 14, 2.5), (2025 - 1968, 57), (44 / 550 * 100, 8), (2025 - 2008, 17),
        # Syria
        (82 + 75 + 59, 216), (82 / 216 * 100, 38), (216 / 21.4, 10), (round(216 / (21.4 / 5), -1), 50),
        (months((2022, 1), (2022, 3)), 2), (180 / 1200 * 100, 15), (d(2024, 12, 8) < d(2023 + 1, 9 + 3, 22), True),
        (2025 - 2019, 6), (64 / 500 * 100, 12.8), ((d(2025, 6, 30) - d(2025, 5, 13)).days, 48),
        (11.2 + 8.4 + 8.4, 28), (11.2 / 28 * 100, 40), (8.4 / 28 * 100, 30), (2025 - 2023, 2),
        # ruling
        (4 * 2.4, 9.6), (0.3 * 9.6, 2.88), (d(2020, 2, 18) + dt.timedelta(180), d(2020, 8, 16)),
        ((d(2021, 1, 26) - d(2020, 8, 16)).days, 163), (10 / 0.1, 100), (0.1 * 2.4e6, 240e3),
        (d(2021, 9, 14) + dt.timedelta(180), d(2022, 3, 13)), (0.3 * 2.4e6, 720e3), (2 * 720e3, 1.44e6), (2 * 240e3, 480e3),
        (1.44e6 + 480e3, 1.92e6), (1500 * 24, 36000), (months((2024, 5), (2025, 7)), 14), (months((2021, 1), (2022, 3)) > 12, True),
        (len(["الاختصاص", "القوة القاهرة", "الطلب المقابل"]), 3),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, (bool, dt.date)) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + len(F)


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
