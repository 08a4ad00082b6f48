"""Checks the clean texts, the gold and the plants of heldout21 (run before any engine run):
- facts: every weekday (datetime; the one historical Hijri day by the tabular calendar), every full
  Hijri/Gregorian pair and the Hijri-only day (hijridate, Umm al-Qura), every Hijri/Gregorian year pair,
  Hijri century and decade (tabular calendar), and the sums, shares, changes, averages, products,
  durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, at the offset
  the anchor gives, every kind of FAULT_KINDS is planted, and the plants load through ``load_recipes``;
  every gold quote is found at its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout21/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian, Hijri

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, N = "academic_angola_oil_loans.txt", "report_aramco_china_refining.txt", "news_algiers_great_mosque.txt"
E, M = "encyclopedia_ibn_fadlan_volga.txt", "markdown_rosneft_zohr.md"
C, T = "communique_kuwait_china.txt", "timeline_aiib_arab_states.txt"
# (file, quote in the text (Western digits), date)
WEEKDAYS = [
    (A, "الثلاثاء 11 تشرين الثاني 1975", (1975, 11, 11)), (A, "الخميس 4 نيسان 2002", (2002, 4, 4)),
    (A, "الخميس 21 كانون الأول 2023", (2023, 12, 21)),
    (R, "الأحد 14 ديسمبر 2025", (2025, 12, 14)), (R, "الاثنين 27 مارس 2023", (2023, 3, 27)),
    (R, "الجمعة 21 يوليو 2023", (2023, 7, 21)),
    (N, "الثلاثاء 18 نوفمبر 2025", (2025, 11, 18)), (N, "الأحد 25 فيفري 2024", (2024, 2, 25)),
    (N, "الأحد والاثنين 14 و15 ديسمبر المقبل", (2025, 12, 14)), (N, "الاثنين 14 و15 ديسمبر المقبل", (2025, 12, 15)),
    (E, "الأربعاء 10 ذي الحجة 1436هـ الموافق 23 سبتمبر 2015م", (2015, 9, 23)),
    (E, "الخميس 15 محرم 1439هـ الموافق 5 أكتوبر 2017م", (2017, 10, 5)),
    (E, "الأربعاء 22 جمادى الأولى 1445هـ الموافق 6 ديسمبر 2023م", (2023, 12, 6)),
    (M, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (M, "الاثنين 12 ديسمبر 2016", (2016, 12, 12)),
    (M, "الاثنين 9 أكتوبر 2017", (2017, 10, 9)),
    (C, "الاثنين 10 نوفمبر", (2025, 11, 10)), (C, "الخميس 13 نوفمبر 2025", (2025, 11, 13)),
    (C, "الاثنين 22 مارس 1971", (1971, 3, 22)), (C, "السبت 13 فبراير 1965", (1965, 2, 13)),
    (C, "الاثنين 12 يونيو 2023", (2023, 6, 12)), (C, "الأحد 22 مارس 2026", (2026, 3, 22)),
    (C, "الخميس 22 جمادى الأولى 1447هـ الموافق 13 نوفمبر 2025م", (2025, 11, 13)),
    (T, "الأحد 28 أيلول 2025", (2025, 9, 28)), (T, "الجمعة 24 تشرين الأول 2014", (2014, 10, 24)),
    (T, "الثلاثاء 31 آذار 2015", (2015, 3, 31)), (T, "الجمعة 22 أيار 2015", (2015, 5, 22)),
    (T, "الاثنين 29 حزيران 2015", (2015, 6, 29)), (T, "الجمعة 25 كانون الأول 2015", (2015, 12, 25)),
    (T, "السبت 16 كانون الثاني 2016", (2016, 1, 16)), (T, "الاثنين 25 أيلول 2023", (2023, 9, 25)),
    (T, "الأربعاء 27 أيلول", (2023, 9, 27)),
]
# (file, quote, Gregorian day, Hijri day) checked by hijridate (Umm al-Qura)
HIJRI_DAYS = [
    (E, "10 ذي الحجة 1436هـ الموافق 23 سبتمبر 2015م", (2015, 9, 23), (1436, 12, 10)),
    (E, "15 محرم 1439هـ الموافق 5 أكتوبر 2017م", (2017, 10, 5), (1439, 1, 15)),
    (E, "22 جمادى الأولى 1445هـ الموافق 6 ديسمبر 2023م", (2023, 12, 6), (1445, 5, 22)),
    (E, "غرة رمضان 1446هـ", (2025, 3, 1), (1446, 9, 1)),
    (C, "22 جمادى الأولى 1447هـ الموافق 13 نوفمبر 2025م", (2025, 11, 13), (1447, 5, 22)),
]
# year pairs (tabular calendar: the Hijri year overlaps the Gregorian year)
HIJRI_YEARS = [(E, "سنة 309هـ/921م", 309, 921), (E, "12 محرم سنة 310هـ/922م", 310, 922),
               (E, "295-320هـ/908-932م", 295, 908), (E, "295-320هـ/908-932م", 320, 932),
               (E, "سنة 1342هـ/1923م", 1342, 1923), (E, "سنة 1379هـ/1959م", 1379, 1959),
               (E, "سنة 1443هـ/2022م", 1443, 2022), (E, "سنة 1322هـ/1904م", 1322, 1904),
               (E, "سنة 1426هـ/2005م", 1426, 2005)]


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


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(round(a, nd) - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, R, N, E, M, C, T)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
    for f, quote, g, h in HIJRI_DAYS:
        assert quote in texts[f], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    # Ramadan 1446 (the gold's «رمضان الماضي» in the Algiers wire) runs 1-29 March 2025
    assert Hijri(1446, 9, 1).to_gregorian() == dt.date(2025, 3, 1) and Hijri(1446, 10, 1).to_gregorian() == dt.date(2025, 3, 30)
    for f, quote, h, g in HIJRI_YEARS:
        assert quote in texts[f], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # the historical day «يوم الخميس 11 صفر سنة 309هـ» (tabular): Thursday 21 June 921 (Julian)
    jd = islamic_to_jd(309, 2, 11)
    assert "يوم الخميس 11 صفر سنة 309هـ" in texts[E] and WD[int(jd + 0.5) % 7] == "الخميس" and jd_to_julian(jd) == (921, 6, 21)
    assert jd_to_julian(islamic_to_jd(310, 1, 12)) == (922, 5, 12)
    # centuries and decades: 309 AH in the 4th Hijri century, 921 in the 10th century, 1436/1445 AH in the
    # 15th Hijri century, 1923 in the 1920s, 1939 in the 1930s
    assert 301 <= 309 <= 400 and 900 <= 921 <= 999 and 1401 <= 1436 <= 1445 <= 1500 and 1920 <= 1923 <= 1929 and 1930 <= 1939 <= 1939
    d = dt.date
    F = [
        # angola (academic)
        (22.5 + 15.3 + 7.2, 45), (22.5 / 45 * 100, 50), (15.3 / 45 * 100, 34), (7.2 / 45 * 100, 16), (50 + 34 + 16, 100),
        (9 / 45 * 100, 20), ((6.4 - 1.6) / 6.4 * 100, 75), (2019 - 2016, 3), (780 / 1200 * 100, 65),
        (round(300 / 780 * 100), 38), (300e3 * 80, 24e6), (24e6 * 365, 8.76e9), (17 / 42.5 * 100, 40),
        ((4.2 - 3) / 3 * 100, 40), (48 - 36, 12), (300 / 1200 * 100, 25), (months((2002, 4), (2004, 3)) < 24, True),
        (round(months((2007, 1), (2023, 12)) / 12), 17), (2020 + 3, 2023), (2023 - 2021, 2), (abs(65 - 200 / 3) < 2, True),
        (len(["مصرف التنمية", "مصرف التصدير والاستيراد", "مصارف تجارية"]), 3), (len(["الطاقة", "النقل", "الإسكان"]), 3),
        # aramco (report)
        ((3.6 - 3.4) / 3.6 * 100, 5.6), (3.6e9 / 10, 360e6), (480 / 800 * 100, 60), (480 + 210, 690),
        (round(480e3 * 365 / 1e6), 175), (480e3 * 365 * 75, 13.14e9), (800 + 400 + 300 + 280, 1780),
        (800 / 1780 * 100, 44.9), (400 / 1780 * 100, 22.5), (300 / 1780 * 100, 16.9), (280 / 1780 * 100, 15.7),
        (44.9 + 22.5 + 16.9 + 15.7, 100), (51 + 30 + 19, 100), (10e9 * 0.3, 3e9), ((1.75 - 1.6) / 1.75 * 100, 8.6),
        (1.6 / 6.4 * 100, 25), (25 - 22, 3), ((1.65 - 1.6) / 1.6 * 100, 3.1), (2025 - 1974, 51),
        (abs((3.4 - 2.7) / 3.4 - 0.2) < 0.01, True), (months((2023, 3), (2025, 10)) > 30, True),
        (abs((d(2023, 7, 21) - d(2023, 3, 27)).days / 30.44 - 4) < 0.5, True),
        (len(["تشجيانغ", "شاندونغ يولونغ", "هواجين", "فوجيان"]), 4), (len(["نورينكو", "أرامكو", "بانجين شينتشنغ"]), 3),
        (len([1, 2, 3]), 3), (2030 - 2025, 5), (2025 - 2, 2023),
        # algiers (news)
        (48 / 4, 12), (180 * 0.6, 108), (180 - 108, 72), (months((2024, 2), (2025, 11)), 12 + 9), (2020 - 2012, 8),
        (months((2020, 10), (2024, 2)), 3 * 12 + 4), ((1.8 - 1.5) / 1.5 * 100, 20), (1.5 + 1.8 > 3, True),
        (0.15 * 1.8e6, 270e3), (1700 + 700, 2400), (round(1700 / 2400 * 100), 71), (2025 - 1962, 63),
        (300 / 1500, 0.2), (2025 - 2023, 2), (2026 - 2022 + 1, 5), (len(["المنارة", "التكييف", "الواجهات"]), 3),
        # fadlan (encyclopedia)
        (len(["سوسن الرسي", "تكين التركي", "بارس الصقلابي", "ابن فضلان"]), 4), (months((921, 6), (922, 5)), 11),
        (1923 - 922 > 1000, True), (age(d(1890, 12, 10), d(1970, 7, 26)), 79), (1959 - 1923, 36), (len([1939, 1956]), 2),
        (round(0.53 * 3.9, 2), 2.07), (2022 - 922, 1100), (31 / 620 * 100, 5), (2015 - 2011, 4), (10000 / 1000, 10),
        (2023 - 2017, 6), (3 + 2, 5), (2025 - 1969, 56), (2023 + 3, 2026), (2026 - 922, 1104),
        # zohr (markdown)
        (months((2015, 8), (2016, 12)), 12 + 4), (1.125 + 0.45, 1.575), (1125 / 30, 37.5), (375 / 10, 37.5),
        (37.5e6 * 100, 3.75e9), (months((2016, 12), (2017, 10)), 10), (months((2015, 8), (2017, 12)), 2 * 12 + 4),
        (50 + 30 + 10 + 10, 100), ((2.7 - 1.9) / 2.7 * 100, 29.6), (0.3 * 1.9, 0.57), (1.9 / 4.75 * 100, 40),
        (2025 - 1966, 59), ((6.1 - 3.5) / 6.1 * 100, 42.6), (1.5e9 / 5, 300e6), (months((2016, 12), (2025, 3)) // 12, 8),
        (30 < 100 / 3, True), (len(["إيني", "روسنفت", "بي بي", "مبادلة"]), 4), (2025 - 2, 2023), (2025 - 2017, 8),
        # kuwait (communique)
        (13 - 10 + 1, 4), (2025 - 1971, 54), (2025 - 1965, 60), (2025 - 2018, 7), (14.6 + 7.2, 21.8),
        (round(0.52 / 2.48 * 100), 21), ((30 - 21.8) / 21.8 * 100, 37.6), (2030 - 2025, 5),
        (4.2 + 1.3 + 1.1 + 0.7 + 0.6 + 0.6, 8.5), (len(["الميناء", "الشقايا", "صباح الأحمد", "الصرف", "الألياف", "البيانات"]), 6),
        (4.2 / 8.5 * 100, 49.4), (4.2e9 / 24, 175e6), (24 / 3, 8), (2026 + 3, 2029), (150 * 5, 750), (2026 - 1971, 55),
        (months((2023, 6), (2026, 3)), 2 * 12 + 9),
        # aiib (timeline)
        (2025 - 2013, 12), (len(["الكويت", "عمان", "قطر"]), 3), (len("مصر الأردن الكويت عمان قطر السعودية الإمارات".split()), 7),
        (7 / 57 * 100, 12.3), (7 - 1, 6), (months((2015, 6), (2015, 12)), 6), ((d(2016, 1, 16) - d(2015, 12, 25)).days, 22),
        (2026 - 2016, 2 * 5), (2.5 + 1.2 + 0.7 + 0.6 + 0.5 + 0.3 + 0.1, 5.9), (5.9 / 100 * 100, 5.9), (2.5 / 5.9 * 100, 42.4),
        (8 + 4 + 2, 14), (2.1 + 1.1 + 0.3, 3.5), (2.1 / 3.5 * 100, 60), (2.1e9 / 8, 262.5e6), (27 - 25 + 1, 3),
        (abs(110 / 57 - 2) < 0.1, True), (2025 - 2015, 10),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + 1 + len(HIJRI_YEARS) + 4 + len(F)


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
    k = facts()
    p, g = structure()
    print(f"ok: {k} facts (weekdays, Hijri days/years, arithmetic); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
