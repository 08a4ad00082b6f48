"""Checks the facts of the clean texts (heldout8's checks, this set's facts): weekdays (datetime),
Hijri/Gregorian pairs (hijridate; the tabular Islamic calendar for year pairs and the century), every
sum, share, change, average, duration and age the texts state; then the structure: every plant's
``before`` at its offset (load_recipes) and every gold quote at its offsets. Run before any engine run:
    python benchmarks/heldout9/check_texts.py
"""
import datetime as dt
import math
from pathlib import Path

import yaml
from hijridate import Gregorian

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")

H, W, R = "history_opec_embargo.txt", "wire_suez_canal_revenue.txt", "report_iraq_ceyhan_oil.txt"
A, M, O = "academic_sco_expansion.txt", "markdown_turkstream.md", "oped_belt_road_central_asia.txt"
WEEKDAYS = [
    (H, "الأربعاء 14 سبتمبر 1960م", (1960, 9, 14)), (H, "الثلاثاء 9 يناير 1968م", (1968, 1, 9)),
    (H, "السبت 6 أكتوبر 1973م", (1973, 10, 6)), (H, "الأربعاء 17 أكتوبر 1973م", (1973, 10, 17)),
    (H, "الاثنين 18 مارس 1974م", (1974, 3, 18)), (H, "الثلاثاء 25 مارس 1975", (1975, 3, 25)),
    (W, "الثلاثاء 18 نوفمبر 2025", (2025, 11, 18)), (W, "الاثنين 17 نوفمبر", (2025, 11, 17)),
    (W, "الأحد 19 نوفمبر 2023", (2023, 11, 19)), (W, "الخميس 6 أغسطس 2015", (2015, 8, 6)),
    (R, "الثلاثاء 2 كانون الأول 2025", (2025, 12, 2)), (R, "السبت 25 آذار 2023", (2023, 3, 25)),
    (R, "السبت 27 أيلول 2025", (2025, 9, 27)),
    (A, "الجمعة 15 حزيران 2001", (2001, 6, 15)), (A, "الجمعة 9 حزيران 2017", (2017, 6, 9)),
    (A, "الثلاثاء 4 تموز 2023", (2023, 7, 4)), (A, "الخميس 4 تموز 2024", (2024, 7, 4)),
    (M, "الاثنين 20 أكتوبر 2025", (2025, 10, 20)), (M, "الأربعاء 1 يناير 2025", (2025, 1, 1)),
    (M, "الاثنين 10 أكتوبر 2016", (2016, 10, 10)), (M, "الأربعاء 8 يناير 2020", (2020, 1, 8)),
    (O, "الأحد 7 سبتمبر 2025", (2025, 9, 7)), (O, "السبت 7 سبتمبر 2013", (2013, 9, 7)),
    (O, "الجمعة 27 ديسمبر 2024", (2024, 12, 27)),
]
HIJRI_DAYS = [
    (H, "14 سبتمبر 1960م الموافق 23 ربيع الأول 1380هـ", (1960, 9, 14), (1380, 3, 23)),
    (H, "9 يناير 1968م الموافق 9 شوال 1387هـ", (1968, 1, 9), (1387, 10, 9)),
    (H, "6 أكتوبر 1973م الموافق 10 رمضان 1393هـ", (1973, 10, 6), (1393, 9, 10)),
    (H, "17 أكتوبر 1973م الموافق 21 رمضان 1393هـ", (1973, 10, 17), (1393, 9, 21)),
    (H, "18 مارس 1974م الموافق 24 صفر 1394هـ", (1974, 3, 18), (1394, 2, 24)),
]
HIJRI_YEARS = [(H, "1387هـ/1968م", 1387, 1968), (H, "1393هـ/1973م", 1393, 1973)]


def islamic_to_jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian_year(jd):
    return (dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)).year


def close(a, b):
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(round(a, nd) - b) < 1e-9


def main() -> None:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in (H, W, R, A, M, O)}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f].translate(TO_WEST), (f, quote)
        assert WD[dt.date(*ymd).weekday()] == quote.split()[0], (f, quote)
    for f, quote, g, h in HIJRI_DAYS:
        assert quote in texts[f], (f, quote)
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for f, quote, h, g in HIJRI_YEARS:
        assert quote in texts[f], quote
        lo, hi = jd_to_gregorian_year(islamic_to_jd(h, 1, 1)), jd_to_gregorian_year(islamic_to_jd(h + 1, 1, 1) - 1)
        assert lo <= g <= hi, (quote, lo, hi)
    # «القرن الرابع عشر الهجري/العشرين الميلادي»: 1301-1400 AH overlaps the 1900s
    assert jd_to_gregorian_year(islamic_to_jd(1301, 1, 1)) <= 1999 and jd_to_gregorian_year(islamic_to_jd(1401, 1, 1)) >= 1900
    d = lambda *a: dt.date(*a)
    A_ = [
        # opec history
        (2019 - 1961, 58), (1970 - 1968, 2), (3 + 5, 8), ((d(1973, 10, 16) - d(1973, 10, 6)).days, 10),
        (round((5.12 - 3.01) / 3.01 * 100), 70), (1973 - 1930, 43), (1986 - 1962, 24), (20.8 - 15.8, 5),
        (5 / 20.8 * 100, 24), (round(11.65 / 3.01), 4), (12 * 1974 + 3 - 12 * 1973 - 10, 5), (1975 - 1974, 1),
        (1975 - 1906 - 1, 68), (12 * 1974 + 11 - 12 * 1974 - 3, 8), (2025 - 1960, 65),
        (len(["العراق", "إيران", "الكويت", "السعودية", "فنزويلا"]), 5), (len(["السعودية", "الكويت", "ليبيا"]), 3),
        (len(["الجزائر", "البحرين", "قطر", "أبوظبي", "دبي"]), 5),
        # suez wire
        ((1110 - 1020) / 1020 * 100, 8.8), (10640 / (d(2025, 11, 1) - d(2025, 1, 1)).days, 35), (10640 / 10, 1064),
        (10640 / 21280, 0.5), (3192 + 2128 + 3724 + 1596, 10640), (3192 / 10640 * 100, 30), (2128 / 10640 * 100, 20),
        (3724 / 10640 * 100, 35), (1596 / 10640 * 100, 15), (30 + 20 + 35 + 15, 100), (2025 - 1964, 61),
        ((7.2 - 4) / 7.2 * 100, 44.4), (round(4e9 / 365 / 1e6), 11), (35 + 37, 72), (2025 - 2015, 10),
        (len(["ناقلات", "الحاويات", "الصب", "أخرى"]), 4),
        # iraq report
        ((d(2023, 3, 25) - d(2023, 3, 23)).days, 2), (2023 - 2014, 9), (round((d(2025, 9, 27) - d(2023, 3, 25)).days / 365.25, 1), 2.5),
        (3.2 + 0.2, 3.4), (3.2 / 3.4 * 100, 94.1), (0.2 / 1.6 * 100, 12.5), (230 + 50, 280), (230 / 280 * 100, 82.1),
        (round(3.4e6 * 31 * 68 / 1e9, 1), 7.2), (round(0.2e6 * 31 * 68 / 1e6, -1), 420), (199 - 135, 64),
        ((68 - 62.5) / 62.5 * 100, 8.8), (400 / 200, 2), (len(["تمديد", "رفع", "صندوق"]), 3),
        (round(450e3 * 917 * 85 / 1e9), 35),
        # sco article
        (6 + 2 + 1 + 1, 10), ((890 - 620) / 620 * 100, 43.5), (round(3427 / 8160 * 100), 42), (2001 - 1996, 5),
        (2017 - 2001, 16), (2023 - 2008, 15), (2.86 / 3.43 * 100, 83.4), (520 / 890 * 100, 58.4), (72 - 45 + 1, 28),
        (len(["الصين", "روسيا", "كازاخستان", "قيرغيزستان", "طاجيكستان"]), 5),
        # turkstream
        (2024 - 2019, 5), (12 * 2018 + 11 - 12 * 2017 - 5, 18), (2 * 15.75, 31.5), ((16.4 - 13.1) / 13.1 * 100, 25.2),
        ((d(2025, 10, 1) - d(2025, 1, 1)).days, 273), (round(12.3e9 / 273 / 1e6), 45), (7.5 / 16.4 * 100, 45.7),
        (7.5 + 3.2 + 2.9 + 1.4 + 1.4, 16.4), (2025 - 1962, 63), (2027 - 2025, 2),
        # belt and road op-ed
        (2025 - 2013, 12), ((95 - 50) / 50 * 100, 90), (round((95 - 50) / 11, 1), 4.1), (44 + 22 + 14 + 11 + 4, 95),
        (44 / 95 * 100, 46.3), (1.7 / 4.25 * 100, 40), (2025 - 2023, 2), (2025 - 1953, 72), (2025 - 2012, 13),
        (len(["كازاخستان", "قيرغيزستان", "أوزبكستان", "تركمانستان", "طاجيكستان"]), 5),
    ]
    for i, (a, b) in enumerate(A_):
        assert close(a, b), (i, a, b)
    # structure: plants load (before at its offset), gold quotes at their offsets
    from tahqiq.review.planted import load_recipes
    rec = load_recipes(HERE / "plants.yml", HERE / "clean")
    for p in rec.plants:
        assert rec.raw[p.file][p.offset:p.offset + len(p.before)] == p.before, p.id
    ng = 0
    for g in sorted((HERE / "gold").glob("*.yml")):
        data = yaml.safe_load(g.read_text(encoding="utf-8"))
        raw = (HERE / data["file"]).read_text(encoding="utf-8")
        for it in data["items"]:
            assert raw[it["start"]:it["end"]] == it["text"], (g.name, it)
            ng += 1
    print(f"ok: {len(WEEKDAYS)} weekdays, {len(HIJRI_DAYS)} Hijri days, {len(HIJRI_YEARS) + 1} Hijri years/century, "
          f"{len(A_)} arithmetic facts, {len(rec.plants)} plants at their offsets, {ng} gold items at their offsets")


if __name__ == "__main__":
    main()
