"""Checks the clean texts, the gold and the plants of heldout15 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair and Hijri century (tabular calendar), and the sums, shares, changes,
  averages, durations, ages and counts the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind
  of FAULT_KINDS has plants, and the plants load through ``load_recipes``; every gold quote is found
  at its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout15/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
I, L, W = "academic_instc_corridor.txt", "report_libya_oil_crescent.txt", "wire_china_arab_summit.txt"
E, V, H = "encyclopedia_bab_el_mandeb.txt", "markdown_vaccine_diplomacy.md", "oped_huawei_5g_gulf.txt"
N = "news_lithium_bolivia_afghanistan.txt"
# (file, quote in the text (Western digits, line breaks read as spaces), date); the quote starts with its weekday
WEEKDAYS = [
    (I, "الثلاثاء 12 أيلول 2000", (2000, 9, 12)), (I, "الخميس 16 أيار 2002", (2002, 5, 16)),
    (I, "الاثنين 13 أيار 2024", (2024, 5, 13)), (I, "الجمعة 17 كانون الثاني 2025", (2025, 1, 17)),
    (L, "الأحد 2 نوفمبر 2025", (2025, 11, 2)), (L, "الأحد 11 سبتمبر 2016", (2016, 9, 11)),
    (L, "الجمعة 17 يناير 2020", (2020, 1, 17)), (L, "الأحد 19 يناير،", (2020, 1, 19)),
    (L, "الجمعة 18 سبتمبر 2020", (2020, 9, 18)), (L, "الاثنين 26 أغسطس 2024", (2024, 8, 26)),
    (L, "الخميس 3 أكتوبر 2024", (2024, 10, 3)),
    (W, "الجمعة 9 ديسمبر 2022", (2022, 12, 9)), (W, "الأربعاء الماضي 7 ديسمبر الجاري", (2022, 12, 7)),
    (W, "الخميس توقيع", (2022, 12, 8)),  # «أمس الخميس» in a wire dated Friday 9 December 2022
    (E, "الخميس 28 شعبان 1387هـ الموافق 30 نوفمبر 1967م", (1967, 11, 30)),
    (E, "الثلاثاء 27 شوال 1410هـ الموافق 22 مايو 1990م", (1990, 5, 22)),
    (E, "الأحد 26 ذي القعدة 1435هـ الموافق 21 سبتمبر 2014م", (2014, 9, 21)),
    (E, "الخميس 6 جمادى الآخرة 1436هـ الموافق 26 مارس 2015م", (2015, 3, 26)),
    (E, "الخميس 6 ربيع الآخر 1440هـ الموافق 13 ديسمبر 2018م", (2018, 12, 13)),
    (E, "السبت 2 أبريل 2022م", (2022, 4, 2)),
    (V, "الثلاثاء 21 أكتوبر 2025", (2025, 10, 21)), (V, "الثلاثاء 11 غشت 2020", (2020, 8, 11)),
    (V, "الأربعاء 9 دجنبر 2020", (2020, 12, 9)), (V, "الخميس 28 يناير 2021", (2021, 1, 28)),
    (V, "السبت 30 يناير", (2021, 1, 30)), (V, "الاثنين 5 يوليوز 2021", (2021, 7, 5)),
    (V, "الخميس 27 يناير 2022", (2022, 1, 27)),
    (H, "الثلاثاء 4 نوفمبر 2025", (2025, 11, 4)), (H, "الأربعاء 15 مايو 2019", (2019, 5, 15)),
    (H, "السبت الأول من ديسمبر 2018", (2018, 12, 1)), (H, "الجمعة 24 سبتمبر 2021", (2021, 9, 24)),
    (N, "الخميس 13 تشرين الثاني/نوفمبر 2025", (2025, 11, 13)), (N, "الجمعة 20 كانون الثاني/يناير 2023", (2023, 1, 20)),
    (N, "الأحد 15 آب/أغسطس 2021", (2021, 8, 15)),
]
HIJRI_DAYS = [
    ("28 شعبان 1387هـ الموافق 30 نوفمبر 1967م", (1967, 11, 30), (1387, 8, 28)),
    ("27 شوال 1410هـ الموافق 22 مايو 1990م", (1990, 5, 22), (1410, 10, 27)),
    ("26 ذي القعدة 1435هـ الموافق 21 سبتمبر 2014م", (2014, 9, 21), (1435, 11, 26)),
    ("6 جمادى الآخرة 1436هـ الموافق 26 مارس 2015م", (2015, 3, 26), (1436, 6, 6)),
    ("6 ربيع الآخر 1440هـ الموافق 13 ديسمبر 2018م", (2018, 12, 13), (1440, 4, 6)),
    ("غرة رمضان 1443هـ، الموافق يوم السبت 2 أبريل 2022م", (2022, 4, 2), (1443, 9, 1)),
]
HIJRI_YEARS = [("1254هـ/1839م", 1254, 1839), ("1273هـ/1857م", 1273, 1857), ("1286هـ/1869م", 1286, 1869),
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


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return d.replace(year=d.year + y, month=m + 1)


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def read(f: str) -> str:
    return " ".join((HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST).split())


def facts() -> int:
    texts = {f: read(f) for f in (I, L, W, E, V, H, N)}
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
    # centuries and decades: 1254, 1273, 1286 AH in the 13th Hijri century (1201-1300), their years in the 19th
    # century; 1387 AH in the last quarter of the 14th (1376-1400); 2014-2015 in the 21st century's second
    # decade; 1961 in the 1960s; the late 1990s before September 2000
    assert all(1201 <= h <= 1300 for h in (1254, 1273, 1286)) and all(1800 <= g <= 1899 for g in (1839, 1857, 1869))
    assert 1376 <= 1387 <= 1400 and all(2011 <= g <= 2020 for g in (2014, 2015)) and 1960 <= 1961 <= 1969
    d = dt.date
    F = [
        # academic (INSTC)
        ((26.5 - 14.2) / 14.2 * 100, 86.6), (9.8 / 26.5 * 100, 37), (7.4 + 9.3 + 9.8, 26.5), (7.4 / 26.5 * 100, 27.9),
        (9.3 / 26.5 * 100, 35.1), (27.9 + 35.1 + 37, 100), (7200 / 16000 < 0.5, True), (1400 / 12, 117), (120 + 250, 370),
        (2024 - 2002, 22), ((1.5 - 1.2) / 1.2 * 100, 25), (add_months(d(2024, 5, 13), 8) + dt.timedelta(days=4) == d(2025, 1, 17), True),
        (age(d(1954, 9, 29), d(2025, 1, 17)), 70), (3.6 / 4.8 * 100, 75), (26.5 / 100 < 1 / 3, True), (months((2000, 9), (2002, 5)), 20),
        (2022 - 2002, 20), (2025 - 2000, 25), (len(["الغربي", "الأوسط", "الشرقي"]), 3), (len(["موسكو", "طهران", "نيودلهي"]), 3),
        (25 <= 30 < 40 <= 45, True),
        # Libya
        (18.4 + 9.6 + 5.2 + 6.8, 40), (18.4 / 40 * 100, 46), (9.6 / 40 * 100, 24), (5.2 / 40 * 100, 13), (6.8 / 40 * 100, 17),
        (46 + 24 + 13 + 17, 100), (15.5 + 3.1, 18.6), (15.5 / 18.6 * 100, 83.3), (11.2 / 40 * 100, 28), (6 / 40 * 100, 15),
        (4.4 / 40 * 100, 11), ((1.0 - 0.4) / 0.4 * 100, 150), ((1.38 - 1.2) / 1.2 * 100, 15), (4.9 - 4.2, 0.7),
        (0.10 * 18.6, 1.86), (9.8 / 8, 1.2), ((d(2024, 10, 3) - d(2024, 8, 26)).days, 38), ((d(2020, 1, 19) - d(2020, 1, 17)).days, 2),
        (months((2020, 1), (2020, 9)), 8), (months((2020, 1), (2024, 8)) > 54, True), (2025 - 1967, 58),
        (len(["السدرة", "رأس لانوف", "البريقة", "الزويتينة"]), 4), (2025 - 2016 + 1, 10),
        # wire (Riyadh summit)
        ((d(2022, 12, 9) - d(2022, 12, 7)).days + 1, 3), (110 / 3.75, 29.3), (29300 / 34, 862),
        (len("التنمية الأمن-الغذائي الصحة الابتكار-الأخضر أمن-الطاقة الحوار-بين-الحضارات تأهيل-الشباب الأمن".split()), 8),
        (age(d(1953, 6, 15), d(2022, 12, 9)), 69), (2022 - 2004, 18), (round(months((2016, 1), (2022, 12)) / 12), 7),
        ((330 - 240.9) / 240.9 * 100, 37), (87.3 / 330 * 100, 26), (1.75 * 365, 639), (2022 - 1975, 47), (25 - 16, 9),
        (2022 - 2016, 6),
        # encyclopedia (Bab el-Mandeb)
        (1967 - 1839, 128), ((d(1990, 5, 22) - d(1967, 11, 30)).days / 365.25, 22.5),
        (add_months(d(2014, 9, 21), 6) + dt.timedelta(days=5) == d(2015, 3, 26), True),
        (add_months(d(2015, 3, 26), 44) < d(2018, 12, 13) < add_months(d(2015, 3, 26), 45), True),
        (2 + 2 + 2, 6), (months((2022, 4), (2022, 10)), 6), (21000 / 365, 57.5),
        (len(["اليمن", "جيبوتي", "إريتريا"]), 3), (len(["الحديدة", "الصليف", "رأس عيسى"]), 3), (3 + 25 <= 30, True),
        # markdown (vaccines)
        (40.5 + 12 + 7.5, 60), (40.5 / 60 * 100, 67.5), (12 / 60 * 100, 20), (7.5 / 60 * 100, 12.5), (67.5 + 20 + 12.5, 100),
        ((23 - 10) / 10 * 100, 130), (23 / 37 * 100, 62), (350 / 42 > 8, True), (2025 - 1979, 46),
        (len(["الإمارات", "مصر", "المغرب", "الجزائر"]), 4), (add_months(d(2020, 8, 11), 4) > d(2020, 12, 9), True),
        ((d(2021, 1, 30) - d(2021, 1, 28)).days, 2), ((d(2022, 1, 27) - d(2021, 7, 5)).days / 30.44, 7), (2025 - 2020, 5),
        # op-ed (Huawei)
        (11.2 + 7 + 9.8, 28), (11.2 / 28 * 100, 40), (7 / 28 * 100, 25), (9.8 / 28 * 100, 35), (40 + 25 + 35, 100),
        ((862.1 - 704.2) / 704.2 * 100, 22.4), (179.7 / 862.1 * 100, 20.8), (1.2e9 / 4 / 1e6, 300), (6 - 2, 4),
        (age(d(1972, 2, 13), d(2018, 12, 1)), 46), (age(d(1944, 10, 25), d(2025, 11, 4)), 81),
        ((d(2021, 9, 24) - d(2018, 12, 1)).days > 1000, True), (add_months(d(2018, 12, 1), 5) < d(2019, 5, 15), True),
        (2025 - 2019, 6), (862.1 / 2 > 179.7, True),
        # news (lithium)
        (2 * 25, 50), (1e9 / 50000, 20000), (10 / 4.6 > 2, True), ((600 - 75) / 600 * 100, 87.5), (months((2023, 1), (2024, 9)), 20),
        (age(d(1963, 9, 28), d(2023, 1, 20)), 59), (2025 - 1980, 45), (2025 - 2021, 4), (len(["كاتل", "برونب", "سي إم أو سي"]), 3),
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
        assert len(load_gold(g, HERE)) == len(head["items"])
        n += len(head["items"])
    return len(data["plants"]), n


def main() -> None:
    k = facts()
    p, g = structure()
    print(f"ok: {k} facts (weekdays, Hijri days/years, centuries, arithmetic); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
