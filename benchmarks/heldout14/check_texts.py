"""Checks the clean texts, the gold and the plants of heldout14 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair and Hijri century/decade (tabular calendar), and the sums, shares, changes,
  averages, durations, ages and counts the texts state; the op-ed's in-text citation years against its
  reference list;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind of
  ``FAULT_KINDS`` has plants, and the plants load through ``load_recipes``; every gold quote is found at
  its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout14/check_texts.py
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
A, R, W = "academic_china_iran_25yr.txt", "report_tunisia_imf.txt", "wire_hambantota.txt"
E, M, O = "encyclopedia_eaeu.txt", "markdown_russia_algeria_arms.md", "oped_west_africa_fishing.txt"
# (file, quote in the text (Western digits), date); the weekday is the quote's first word of WD
WEEKDAYS = [
    (A, "الجمعة 22 كانون الثاني 2016", (2016, 1, 22)), (A, "السبت 16 كانون الثاني 2016", (2016, 1, 16)),
    (A, "السبت 27 آذار 2021", (2021, 3, 27)), (A, "الثلاثاء 8 أيار 2018", (2018, 5, 8)),
    (A, "الأحد 19 أيار 2024", (2024, 5, 19)),
    (R, "الثلاثاء 4 نوفمبر 2025", (2025, 11, 4)), (R, "الجمعة 14 يناير 2011", (2011, 1, 14)),
    (R, "السبت 15 أكتوبر 2022", (2022, 10, 15)), (R, "الاثنين 19 ديسمبر 2022", (2022, 12, 19)),
    (R, "الخميس 6 أبريل 2023", (2023, 4, 6)), (R, "الأحد 16 يوليو 2023", (2023, 7, 16)),
    (W, "الأربعاء 12 نوفمبر 2025", (2025, 11, 12)), (W, "الخميس 18 نوفمبر 2010", (2010, 11, 18)),
    (W, "السبت 29 يوليو 2017", (2017, 7, 29)), (W, "السبت 9 ديسمبر 2017", (2017, 12, 9)),
    (W, "الثلاثاء 12 أبريل 2022", (2022, 4, 12)), (W, "الاثنين 20 مارس 2023", (2023, 3, 20)),
    (W, "الثلاثاء 16 أغسطس 2022", (2022, 8, 16)),
    (W, "الثلاثاء المقبل", (2025, 11, 18)),  # the port's 15th anniversary, 18 November 2025
    (W, "أمس الثلاثاء", (2025, 11, 11)),  # the day before the dateline
    (E, "الخميس 30 رجب 1435هـ الموافق 29 مايو 2014م", (2014, 5, 29)),
    (E, "الخميس 10 ربيع الأول 1436هـ الموافق 1 يناير 2015م", (2015, 1, 1)),
    (E, "الثلاثاء 17 شوال 1414هـ الموافق 29 مارس 1994م", (1994, 3, 29)),
    (E, "الثلاثاء 13 رجب 1421هـ الموافق 10 أكتوبر 2000م", (2000, 10, 10)),
    (E, "الأربعاء 27 شوال 1436هـ الموافق 12 أغسطس 2015م", (2015, 8, 12)),
    (E, "الاثنين 25 ديسمبر 2023م", (2023, 12, 25)), (E, "الخميس 15 مايو 2025م", (2025, 5, 15)),
    (M, "الخميس 30 أكتوبر 2025", (2025, 10, 30)), (M, "الجمعة 10 مارس 2006", (2006, 3, 10)),
    (M, "الثلاثاء 13 إلى", (2023, 6, 13)), (M, "الخميس 15 يونيو 2023", (2023, 6, 15)),
    (O, "الاثنين 6 أكتوبر 2025", (2025, 10, 6)), (O, "الاثنين 15 سبتمبر الماضي", (2025, 9, 15)),
    (O, "الجمعة 17 يونيو 2022", (2022, 6, 17)), (O, "الأحد 5 يونيو 2016", (2016, 6, 5)),
]
HIJRI_DAYS = [
    ("30 رجب 1435هـ الموافق 29 مايو 2014م", (2014, 5, 29), (1435, 7, 30)),
    ("10 ربيع الأول 1436هـ الموافق 1 يناير 2015م", (2015, 1, 1), (1436, 3, 10)),
    ("17 شوال 1414هـ الموافق 29 مارس 1994م", (1994, 3, 29), (1414, 10, 17)),
    ("13 رجب 1421هـ الموافق 10 أكتوبر 2000م", (2000, 10, 10), (1421, 7, 13)),
    ("27 شوال 1436هـ الموافق 12 أغسطس 2015م", (2015, 8, 12), (1436, 10, 27)),
]
HIJRI_YEARS = [("1431هـ/2010م", 1431, 2010), ("1433هـ/2012م", 1433, 2012), ("1436هـ/2015م", 1436, 2015),
               ("1446هـ/2025م", 1446, 2025)]


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


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def facts() -> int:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, R, W, E, M, O)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        day = next(w for w in quote.split() if w in WD)
        assert day == WD[dt.date(*ymd).weekday()], (f, quote, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[E], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # «العقد الثاني من القرن الخامس عشر الهجري» (1411-1420 AH) holds 1414 AH; 1994 is in the last decade of the 20th century
    assert 1411 <= 1414 <= 1420 and 1990 <= 1994 <= 1999
    # the op-ed's in-text citation years agree with its reference list
    cites = re.findall(r"\(([^()\d]+?)[,،] (\d{4}): \d+\)", texts[O])
    assert len(cites) == 6, cites
    for who, year in cites:
        first = who.split(" & ")[0].split("،")[0].strip()
        ref = re.search(rf"^- {re.escape(first)}[^\n]*?\((\d{{4}})\)", texts[O], re.M)
        assert ref and ref.group(1) == year, (who, year, ref and ref.group(1))
    d = dt.date
    F = [
        # academic (China-Iran)
        ((51.8 - 13.4) / 51.8 * 100, 74.1), (4.6 / 400 * 100, 1.15), ((d(2016, 1, 23) - d(2016, 1, 16)).days, 7),
        (months((2016, 1), (2021, 3)), 5 * 12 + 2), (2021 + 25, 2046), ((35.1 - 16.0) / 35.1 * 100, 54.4),
        (13.4 / 600 * 100, 2.2), (months((2016, 1), (2018, 5)), 2 * 12 + 4), (50.1 + 30 + 19.9, 100), (50.1 + 30, 80.1),
        (1.38 / 11.1 * 100, 12.4), (1.38 * 366, 505), (80.5 - 72.5, 8), (8 / 80.5 * 100, 10), (1.38 * 366 * 72.5 / 1000, 36.6),
        (2.1 + 1.3 + 0.7 + 0.5, 4.6), (2.1 / 4.6 * 100, 45.7), (1.3 / 4.6 * 100, 28.3), (280 + 120, 400),
        ((d(2023, 2, 16) - d(2023, 2, 14)).days + 1, 3), (age(d(1960, 12, 14), d(2024, 5, 19)), 63),
        (months((2021, 3), (2025, 10)) > 48, True), (2046 - 2025 > 20, True), (2023 - 2000 > 20, True),
        (len(["توتال", "مؤسسة البترول الوطنية الصينية", "بتروبارس"]), 3), (len(["الطاقة", "النقل", "الاتصالات", "الصناعة التحويلية"]), 4),
        # report (Tunisia)
        (80.2 - 40.7, 39.5), (2024 - 2010, 14), (1.6 / 2.9 * 100, 55), (1.9e9 / 4, 475e6), (1.9e9 / 48 / 1e6, 39.6),
        ((d(2022, 12, 19) - d(2022, 10, 15)).days, 65), (age(d(1958, 2, 22), d(2023, 4, 6)), 65),
        (months((2023, 4), (2025, 11)) > 30, True), (105 + 150, 255), (50.2 + 28, 78.2), (21.8 + 6.2, 28),
        (21.8 / 28 * 100, 77.9), (12.3 + 5.9, 18.2), (5.9 / 18.2 * 100, 32.4), (18.2 / 3.1, 5.9), (48.5 + 12.3 + 39.2, 100),
        ((7.6 - 6.9) / 6.9 * 100, 10.1), (1980 <= 1986 <= 1989, True), (len([2013, 2016]), 2),
        (len(["متعددة الأطراف", "الثنائيون", "الأسواق"]), 3), (len([1, 2, 3]), 3),
        # wire (Hambantota)
        ((640 - 512) / 512 * 100, 25), (640 / 12, 53), (0.85 * 361, 307), (70 + 30, 100), (2017 + 99, 2116),
        (d(2017, 11, 29) + dt.timedelta(days=10), d(2017, 12, 9)), (2025 - 1971, 54), (7.4 / 51 * 100, 14.5),
        (2.9e9 / 4, 725e6), (months((2022, 4), (2025, 11)) > 42, True), ((d(2022, 8, 16) - d(2022, 8, 11)).days, 5),
        (2025 - 2017, 8), (2025 - 2010, 15), (len(["المصفاة", "المنطقة الصناعية", "محطة الغاز"]), 3),
        # encyclopedia (EAEU)
        (2014 - 1994, 20), (2015 - 2012, 3), (age(d(1954, 8, 30), d(2014, 5, 29)), 59),
        (months((2015, 1), (2015, 8)), 7), ((d(2015, 8, 12) - d(2015, 1, 1)).days > 7 * 30, True),
        (months((2023, 12), (2025, 5)), 17), (146.2 + 19.8 + 9.2 + 7.1 + 3, 185.3), (146.2 / 185.3 * 100, 78.9),
        (17.1 / 20.3 * 100 > 84, True), ((97.7 - 45.4) / 45.4 * 100, 115.2), (97.7 / 45.4 > 2, True), (2024 - 2015, 9),
        (85.32 + 7.11 + 4.56 + 1.9 + 1.11, 100), (2025 - 2015, 10), ((d(2015, 1, 2) - d(2015, 1, 1)).days, 1),
        (len(["روسيا", "بيلاروس", "كازاخستان", "أرمينيا", "قيرغيزستان"]), 5), (len(["الجماعة", "الاتحاد الجمركي", "الفضاء"]), 3),
        (len(["مولدوفا", "أوزبكستان", "كوبا"]), 3),
        # markdown (Algeria)
        (2023 - 2001, 22), (2023 - 2006, 17), (2025 - 2023, 2), ((d(2023, 6, 15) - d(2023, 6, 13)).days + 1, 3),
        ((18.3 - 10.4) / 10.4 * 100, 76), (18.3 / 239.9 * 100, 7.6), (67 - 48, 19), (48 + 19 + 18 + 15, 100),
        (2025 - 1964, 61), (len(["سو-30", "ميغ-29", "ياك-130", "تي-90"]), 4),
        # op-ed (fishing)
        (months((2022, 6), (2025, 9)) > 36, True), (42 / 6, 7), (550 / 120, 4.6), (2010 + 25, 2035),
        (0.6 / 17.2 * 100, 3.5), ((800 - 500) / 500 * 100, 60), (2025 - 1978, 47), (2025 - 2005, 20),
        (len(["موريتانيا", "السنغال", "غامبيا", "غينيا بيساو", "غينيا", "سيراليون"]), 6),
    ]
    for i, (a, b) in enumerate(F):
        if isinstance(b, bool):
            assert a == b, (i, a, b)
        elif isinstance(b, dt.date):
            assert a == b, (i, a, b)
        else:
            assert close(a, b), (i, a, b)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + 1 + len(cites) + len(F)


def structure() -> tuple[int, int]:
    from tahqiq.review.gold import load_gold
    from tahqiq.review.planted import FAULT_KINDS, load_recipes
    data = yaml.safe_load((HERE / "plants.yml").read_text(encoding="utf-8"))
    for p in data["plants"]:
        raw = (HERE / p["file"]).read_text(encoding="utf-8")
        assert raw.count(p["anchor"]) == 1 and p["anchor"].count(p["before"]) == 1, p["id"]
        at = raw.index(p["anchor"]) + p["anchor"].index(p["before"])
        assert raw[at:at + len(p["before"])] == p["before"], p["id"]
    assert set(FAULT_KINDS) == {p["kind"] for p in data["plants"]}, set(FAULT_KINDS) ^ {p["kind"] for p in data["plants"]}
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
    print(f"ok: {k} facts (weekdays, Hijri days/years, citations, arithmetic); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
