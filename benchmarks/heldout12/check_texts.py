"""Checks the clean texts, the gold and the plants of heldout12 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair and Hijri century quarter (tabular calendar), and the sums, shares,
  changes, averages, durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, and the
  plants load through ``load_recipes``; every gold quote is found at its offsets and every gold file
  loads through ``load_gold``.
    python benchmarks/heldout12/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, R, W = "academic_gerd_finance.txt", "report_yuan_oil.txt", "wire_suez_red_sea.txt"
E, M, O, N = ("encyclopedia_beijing_agreement.txt", "markdown_wagner_africa_corps.md", "oped_djibouti_base.txt",
              "news_wheat_algeria_egypt.txt")
# (file, quote in the text (Western digits), date): the quote starts with the weekday
WEEKDAYS = [
    (A, "السبت 2 نيسان 2011", (2011, 4, 2)), (A, "الأحد 8 تشرين الثاني 1959", (1959, 11, 8)),
    (A, "الاثنين 23 آذار 2015", (2015, 3, 23)), (A, "الثلاثاء 21 تموز 2020", (2020, 7, 21)),
    (A, "الخميس 8 تموز 2021", (2021, 7, 8)), (A, "الأحد 10 أيلول 2023", (2023, 9, 10)),
    (A, "الأحد 20 شباط 2022", (2022, 2, 20)), (A, "الثلاثاء 9 أيلول 2025", (2025, 9, 9)),
    (R, "الأحد 16 تشرين الثاني 2025", (2025, 11, 16)), (R, "الاثنين 26 آذار 2018", (2018, 3, 26)),
    (R, "الجمعة 9 كانون الأول 2022", (2022, 12, 9)), (R, "الثلاثاء 28 آذار 2023", (2023, 3, 28)),
    (R, "الاثنين 20 تشرين الثاني 2023", (2023, 11, 20)), (R, "الأربعاء 5 حزيران 2024", (2024, 6, 5)),
    (W, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (W, "الاثنين ممثلي", (2025, 10, 20)),
    (W, "الأحد 19 نوفمبر 2023", (2023, 11, 19)), (W, "الاثنين 18 ديسمبر 2023", (2023, 12, 18)),
    (W, "الجمعة 12 يناير 2024", (2024, 1, 12)), (W, "الأحد 19 يناير 2025", (2025, 1, 19)),
    (W, "الجمعة 10 أكتوبر الجاري", (2025, 10, 10)),
    (E, "الجمعة 18 شعبان 1444هـ الموافق 10 مارس 2023م", (2023, 3, 10)), (E, "السبت 2 يناير 2016م", (2016, 1, 2)),
    (E, "الأحد 23 ربيع الأول 1437هـ الموافق 3 يناير 2016م", (2016, 1, 3)),
    (E, "الأربعاء 2 صفر 1419هـ الموافق 27 مايو 1998م", (1998, 5, 27)),
    (E, "الخميس 15 رمضان 1444هـ الموافق 6 أبريل 2023م", (2023, 4, 6)),
    (E, "الثلاثاء 17 ذي القعدة 1444هـ الموافق 6 يونيو 2023م", (2023, 6, 6)),
    (M, "الأحد 14 شتنبر 2025", (2025, 9, 14)), (M, "الجمعة 6 يونيو 2025", (2025, 6, 6)),
    (M, "الخميس 4 أبريل 2019", (2019, 4, 4)), (M, "الجمعة 23 أكتوبر 2020", (2020, 10, 23)),
    (M, "الجمعة 30 يونيو 2023", (2023, 6, 30)), (M, "الأربعاء 23 غشت 2023", (2023, 8, 23)),
    (O, "الأربعاء 3 ديسمبر 2025", (2025, 12, 3)), (O, "الثلاثاء 11 يوليو 2017", (2017, 7, 11)),
    (O, "الثلاثاء 1 أغسطس 2017", (2017, 8, 1)), (O, "الاثنين 27 يونيو 1977", (1977, 6, 27)),
    (O, "الأربعاء 5 أكتوبر 2016", (2016, 10, 5)),
    (N, "الخميس 20 نوفمبر 2025", (2025, 11, 20)), (N, "الجمعة 22 جويلية 2022", (2022, 7, 22)),
    (N, "الاثنين 17 جويلية 2023", (2023, 7, 17)),
]
HIJRI_DAYS = [
    ("18 شعبان 1444هـ الموافق 10 مارس 2023م", (2023, 3, 10), (1444, 8, 18)),
    ("23 ربيع الأول 1437هـ الموافق 3 يناير 2016م", (2016, 1, 3), (1437, 3, 23)),
    ("2 صفر 1419هـ الموافق 27 مايو 1998م", (1998, 5, 27), (1419, 2, 2)),
    ("15 رمضان 1444هـ الموافق 6 أبريل 2023م", (2023, 4, 6), (1444, 9, 15)),
    ("17 ذي القعدة 1444هـ الموافق 6 يونيو 2023م", (2023, 6, 6), (1444, 11, 17)),
]
HIJRI_YEARS = [("1408هـ/1988م", 1408, 1988), ("1411هـ/1991م", 1411, 1991), ("1422هـ/2001م", 1422, 2001),
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
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, R, W, E, M, O, N)}
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
    # «الربع الثاني من القرن الخامس عشر الهجري» (1426-1450 AH) holds 1444 AH; 1988 and 1991 are in
    # the late 1980s and early 1990s of the 20th century; 1974 in the 1970s; 1862 in the 1860s of the 19th
    assert 1426 <= 1444 <= 1450 and 1401 <= 1444 <= 1500
    d = lambda *a: dt.date(*a)
    F = [
        # academic (GERD)
        (1.8 / 4.8 * 100, 37.5), (3.0 + 1.8, 4.8), (3.0 / 4.8 * 100, 62.5), (1.2 + 0.6, 1.8), (1.2 / 0.6, 2),
        (age((1955, 5, 8), (2012, 8, 20)), 57), (2012 - 1955, 57), (5150 / 13, 396), (55.5 + 18.5 + 10, 84),
        (55.5 / 84 * 100, 66.1), (74 / 84 * 100, 88), (months((2011, 4), (2015, 3)) / 12, 4),
        (4.9 + 13.5 + 22 + 24 + 9.6, 74), (24 / 74 * 100, 32.4), (months((2011, 4), (2022, 2)), 10 * 12 + 10),
        ((136 - 85) / 85 * 100, 60), (6.8 / 28.9 * 100, 23.5), (round(months((2011, 4), (2025, 9)) / 6) / 2, 14.5),
        (d(2021, 7, 8) < d(2021, 7, 19), True),  # the Council's session before the second filling was announced
        (len(["السودان", "جيبوتي", "كينيا"]), 3), (len(["القرض الأول", "الثاني"]), 2), (16 > 13 and 6450 > 5150, True),
        # yuan report
        (20 - 12, 8), (2025 - 2018, 7), ((215 - 172) / 172 * 100, 25), (215e3 * 1000 / 1e6, 215),
        (215 > 2 * 100, True), (round((d(2023, 3, 28) - d(2022, 12, 9)).days / 30.44 * 2) / 2, 3.5),
        (round(50 / 7.2), 7), (len(["الصين", "هونغ كونغ", "تايلاند", "الإمارات", "السعودية"]), 5),
        (553 / 12, 46.1), (108.5 / 553 * 100, 19.6), (78.6 / 553 * 100, 14.2), (64 / 553 * 100, 11.6),
        (108.5 + 78.6 + 64, 251.1), (251.1 / 553 * 100, 45.4), (100 - 45.4, 54.6), (1.3 / 3.4 * 100, 38),
        (2025 - 1971, 54), (71 - 58, 13), (2024 - 1999, 25),
        (len(["العقود الآجلة", "المبادلة", "المقاصة الرقمية"]), 3), (17 + 1, 18),
        # Suez wire
        ((368 - 301) / 301 * 100, 22.3), ((1120 - 1000) / 1000 * 100, 12), (1120 / 30, 37.3),
        ((d(2023, 12, 18) - d(2023, 11, 19)).days, 29), ((10.25 - 3.99) / 10.25 * 100, 61.1), (10.25 - 3.99, 6.3),
        (13213 / 26434 * 100, 50), (26434 / 365, 72.4), (13213 / 366, 36.1), (2025 - 1964, 61),
        (round((5.6 - 3.99) / 3.99 * 10) * 10, 40), (len(["ميرسك", "إم إس سي", "هاباغ لويد"]), 3),
        (months((2023, 11), (2025, 10)) / 12 > 1.9, True),
        # encyclopedia (Beijing agreement)
        (months((2016, 1), (2023, 3)), 7 * 12 + 2), ((d(2023, 3, 10) - d(2023, 3, 6)).days + 1, 5),
        (age((1953, 10, 19), (2023, 3, 10)), 69), (age((1964, 4, 23), (2024, 5, 19)), 60), (2024 - 1964, 60),
        (round((d(2023, 6, 6) - d(2023, 3, 10)).days / 30.44), 3), (2023 - 2016, 7),
        (106.1 / 15.8 > 6, True), (87.5 / 508 * 100, 17.2), (round(months((2023, 3), (2025, 9)) / 6) / 2, 2.5),
        (len(["سعودية صينية", "خليجية صينية", "عربية صينية"]), 3), (len(["استئناف", "احترام", "تفعيل"]), 3),
        (len(["التعاون الأمني", "الاتفاقية العامة"]), 2), (months((2021, 4), (2022, 4)) == 12, True),
        # markdown (Wagner)
        (months((2021, 12), (2025, 6)) / 12, 3.5), (10.8 * 12, 129.6), (10.8e6 / 1500, 7200),
        (months((2023, 6), (2023, 12)), 6), (months((2023, 6), (2023, 8)), 2), (age((1961, 6, 1), (2023, 8, 23)), 62),
        (2023 - 1961, 62), ((3200 - 2000) / 2000 * 100, 60), (0.42 * 3200, 1344), (2025 - 1978, 47),
        ((d(2020, 10, 23) + dt.timedelta(days=90)).month, 1), (months((2020, 8), (2021, 5)) < 12, True),
        (len(["الجفرة", "براك الشاطئ", "القرضابية"]), 3), (len(["ليبيا", "مالي", "بوركينا فاسو", "النيجر"]), 4),
        (len(["غشت 2020", "ماي 2021"]), 2),
        # op-ed (Djibouti)
        ((d(2017, 8, 1) - d(2017, 7, 11)).days / 7, 3), (2017 - 1927, 90), (63 / 20 > 3, True),
        (0.7 * 4, 2.8), (4e9 / 752 / 1e6, 5.3), (2.3 / 3.2 * 100, 72), ((1.17 - 0.9) / 0.9 * 100, 30),
        (age((1947, 11, 27), (2025, 12, 3)), 78), (2025 - 1947, 78), (2025 - 1999, 26),
        (len(["الولايات المتحدة", "فرنسا", "إيطاليا", "اليابان", "الصين"]), 5),
        # wheat news
        ((55.5 - 47.5) / 47.5 * 100, 16.8), (9.2 / 11.5 * 100, 80), (2.4 / 8 * 100, 30), (9.2 + 2.4, 11.6),
        (11.6 / 55.5 * 100, 21), (2.4e6 / 80, 30000), (45 - 8, 37), (2024 - 2020, 4), (2025 - 1967, 58),
        ((275 - 220) / 275 * 100, 20), (round(2.7 / 11 * 4), 1), (2025 - 4, 2021),
        ((d(2023, 7, 17) - d(2022, 7, 22)).days / 365 > 0.95, True),
        (len(["الجزائر العاصمة", "وهران", "عنابة"]), 3),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + 1 + len(F)


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
