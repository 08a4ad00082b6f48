"""Checks the clean texts, the gold and the plants of heldout17 (run before any engine run):
- facts: every weekday (datetime), every full Hijri/Gregorian pair (hijridate, Umm al-Qura), every
  Hijri/Gregorian year pair and Hijri century (tabular calendar), and the sums, shares, changes,
  averages, durations, ages, counts, citation years and source dates the texts state;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind
  of FAULT_KINDS has plants, and the plants load through ``load_recipes``; every gold quote is found
  at its offsets and every gold file loads through ``load_gold``.
    PYTHONPATH=src python benchmarks/heldout17/check_texts.py
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
A, R, W = "academic_russia_africa_summits.txt", "report_qatar_china_lng.txt", "wire_idex_russia_china.txt"
E, M, O = "encyclopedia_lusail_stadium.txt", "markdown_chinese_medical_teams.md", "oped_russian_wheat_lebanon.txt"
I = "transcript_power_of_siberia2.txt"
FILES = (A, R, W, E, M, O, I)
# (file, quote in the text (Western digits, line breaks as spaces), the weekday named, its date)
WEEKDAYS = [
    (A, "الأربعاء والخميس 23 و24 تشرين الأول 2019", "الأربعاء", (2019, 10, 23)),
    (A, "الأربعاء والخميس 23 و24 تشرين الأول 2019", "الخميس", (2019, 10, 24)),
    (A, "الاثنين 17 تموز 2023", "الاثنين", (2023, 7, 17)),
    (A, "الخميس والجمعة 27 و28 تموز 2023", "الخميس", (2023, 7, 27)),
    (A, "الخميس والجمعة 27 و28 تموز 2023", "الجمعة", (2023, 7, 28)),
    (A, "السبت والأحد 9 و10 تشرين الثاني 2024", "السبت", (2024, 11, 9)),
    (A, "السبت والأحد 9 و10 تشرين الثاني 2024", "الأحد", (2024, 11, 10)),
    (R, "الأحد 23 نوفمبر 2025", "الأحد", (2025, 11, 23)),
    (R, "الاثنين 21 نوفمبر 2022", "الاثنين", (2022, 11, 21)),
    (R, "الثلاثاء 20 يونيو 2023", "الثلاثاء", (2023, 6, 20)),
    (W, "الجمعة 21 فبراير 2025", "الجمعة", (2025, 2, 21)),
    (W, "الاثنين الماضي 17 فبراير", "الاثنين", (2025, 2, 17)),
    (W, "الأربعاء 19 فبراير", "الأربعاء", (2025, 2, 19)),
    (E, "الأحد 24 جمادى الأولى 1444هـ الموافق 18 ديسمبر 2022م", "الأحد", (2022, 12, 18)),
    (E, "الخميس 26 ذي الحجة 1431هـ الموافق 2 ديسمبر 2010م", "الخميس", (2010, 12, 2)),
    (E, "الجمعة 13 صفر 1444هـ الموافق 9 سبتمبر 2022م", "الجمعة", (2022, 9, 9)),
    (E, "الثلاثاء 28 ربيع الآخر 1444هـ الموافق 22 نوفمبر 2022م", "الثلاثاء", (2022, 11, 22)),
    (E, "الأحد 20 نوفمبر 2022م", "الأحد", (2022, 11, 20)),
    (E, "الخميس 22 جمادى الآخرة 1437هـ الموافق 31 مارس 2016م", "الخميس", (2016, 3, 31)),
    (M, "الأحد 19 أكتوبر 2025", "الأحد", (2025, 10, 19)),
    (M, "الخميس 21 نونبر 2024", "الخميس", (2024, 11, 21)),
    (O, "الثلاثاء 4 آب 2020", "الثلاثاء", (2020, 8, 4)),
    (O, "الأحد 31 تموز 2022", "الأحد", (2022, 7, 31)),
    (I, "الأحد 14 سبتمبر 2025", "الأحد", (2025, 9, 14)),
    (I, "الثلاثاء 2 سبتمبر", "الثلاثاء", (2025, 9, 2)),
    (I, "الاثنين 2 ديسمبر 2019", "الاثنين", (2019, 12, 2)),
    (I, "الأربعاء 21 مايو 2014", "الأربعاء", (2014, 5, 21)),
    (I, "ونلتقي الأحد المقبل", "الأحد", (2025, 9, 21)),  # the Sunday after the episode of Sunday 14 September
]
HIJRI_DAYS = [
    ("24 جمادى الأولى 1444هـ الموافق 18 ديسمبر 2022م", (2022, 12, 18), (1444, 5, 24)),
    ("26 ذي الحجة 1431هـ الموافق 2 ديسمبر 2010م", (2010, 12, 2), (1431, 12, 26)),
    ("13 صفر 1444هـ الموافق 9 سبتمبر 2022م", (2022, 9, 9), (1444, 2, 13)),
    ("28 ربيع الآخر 1444هـ الموافق 22 نوفمبر 2022م", (2022, 11, 22), (1444, 4, 28)),
    ("22 جمادى الآخرة 1437هـ الموافق 31 مارس 2016م", (2016, 3, 31), (1437, 6, 22)),
]
HIJRI_YEARS = [("1438هـ/2016م", 1438, 2016), ("1443هـ/2021م", 1443, 2021)]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def hijri_year_of(g: dt.date) -> int:
    y = 1300
    while jd_to_gregorian(islamic_to_jd(y + 1, 1, 1)) <= g:
        y += 1
    return y


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(round(a, nd) - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def facts(texts: dict[str, str]) -> int:
    flat = {f: re.sub(r"\s+", " ", t.translate(TO_WEST)) for f, t in texts.items()}
    for f, quote, wd, ymd in WEEKDAYS:
        assert quote in flat[f], (f, quote)
        assert wd in quote and WD[dt.date(*ymd).weekday()] == wd, (f, quote, wd, WD[dt.date(*ymd).weekday()])
    for quote, g, h in HIJRI_DAYS:
        assert quote in texts[E], quote
        hh = Gregorian(*g).to_hijri()
        assert (hh.year, hh.month, hh.day) == h, (quote, hh)
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = jd_to_gregorian(islamic_to_jd(h, 1, 1)).year, jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1).year
        assert lo <= g <= hi, (quote, lo, hi)
    # the Hijri centuries of the gold (tabular calendar): 14th = 1301-1400 AH, 15th = 1401-1500 AH
    assert jd_to_gregorian(islamic_to_jd(1301, 1, 1)) == dt.date(1883, 11, 2)
    assert jd_to_gregorian(islamic_to_jd(1401, 1, 1)) == dt.date(1980, 11, 9)
    assert jd_to_gregorian(islamic_to_jd(1501, 1, 1) - 1) == dt.date(2077, 11, 16)
    # the first World Cup (1930, July) lies in the 14th Hijri century, the 2022 final in the 15th
    assert 1301 <= hijri_year_of(dt.date(1930, 7, 13)) <= 1400 and 1401 <= hijri_year_of(dt.date(2022, 12, 18)) <= 1500
    d = dt.date
    F = [
        # academic: Russia-Africa summits
        ((d(2023, 7, 27) - d(2023, 7, 17)).days, 10), (months((2019, 10), (2023, 7)), 3 * 12 + 9),
        (months((2023, 7), (2024, 11)), 12 + 4), ((43 - 17) / 43 * 100, 60.5), (round((2019 - 1991) / 10), 3),
        (round(200 / 6), 33), (25 <= 200 / 6 <= 50 and 200 / 6 - 25 < 50 - 200 / 6, True), ((20 - 18) / 20 * 100, 10),
        ((24.5 - 18) / 18 * 100, 36.1), (8.1 + 4.6 + 11.8, 24.5), ((8.1 + 4.6) / 24.5 * 100, 51.8), (54 - 2, 52),
        (24.5 / 40 * 100, 61), (2024 - 2019, 5), (40 / 20, 2),
        (len(["بوركينا فاسو", "زيمبابوي", "مالي", "الصومال", "أفريقيا الوسطى", "إريتريا"]), 6),
        (len(["الحضور", "التجارة", "الوعود"]), 3), (len(["أولها", "وثانيها", "وثالثها"]), 3),
        (d(2025, 1, 14) < d(2025, 3, 2) < d(2025, 4, 19) < d(2025, 6, 30), True),
        # sources dated on or after what they document (TASS after the summit, FCS after 2024, ISS after
        # 2019-2023, MID after Sirius, RIAC after Sirius), Ndlovu 2025 on 2024
        (d(2023, 7, 29) > d(2023, 7, 28) and d(2025, 2, 10).year > 2024 and d(2024, 3, 4).year > 2023, True),
        (d(2024, 11, 11) > d(2024, 11, 10) and d(2024, 12, 2) > d(2024, 11, 10) and 2025 > 2024, True),
        # report: Qatar LNG (Eastern digits)
        (months((2022, 11), (2023, 6)), 7), (8 * 27, 216), (2053 - 2026, 27), (27 - 20, 7), (4 + 4 + 2 + 1.8 + 1, 12.8),
        (len(["سينوبك", "البترول الوطنية", "سينوبك 2021", "شين إنرجي", "قوانغدونغ"]), 5), (33 + 16 + 16, 142 - 77),
        ((142 - 77) / 77 * 100, 84.4), (33 / 65 * 100, 50.8), ((76.6 - 71.3) / 71.3 * 100, 7.4),
        (26.3 + 18.9 + 8.3 + 23.1, 76.6), (26.3 / 76.6 * 100, 34.3), (18.9 / 76.6 * 100, 24.7), (8.3 / 76.6 * 100, 10.8),
        (23.1 / 76.6 * 100, 30.2), (34.3 + 24.7 + 10.8 + 30.2, 100), (round(8 / 18.9 * 100), 42), (0.125 * 80, 10),
        (8e6 * 52 * 10 / 1e9, 4.2), (0.125 * 60, 7.5), (1 - 7.5 / 10, 0.25), (2025 - 1978, 47), (2025 - 1983, 42),
        (round(30 - 24.7), 5), (2025 - 2022, 3), (1970 <= 1971 <= 1979, True), (4 + 4, 8),
        (len(["الشمال الشرقي", "الشمال الجنوبي", "الشمال الغربي"]), 3),
        # wire: IDEX 2025
        (4.9 + 6.3 + 3.1 + 5.6 + 4.2, 24.1), (24.1 / 5, 4.82), ((24.1 - 23.3) / 23.3 * 100, 3.4), (14.5 + 9.6, 24.1),
        (14.5 / 24.1 * 100, 60.2), (len("فرنسا الولايات_المتحدة تركيا كوريا_الجنوبية إيطاليا السويد".split()), 6),
        ((1565 - 1350) / 1350 * 100, 15.9), (103 / 1565 * 100, 6.6), (2025 - 1969, 56), (2025 - 1977, 48), (8 + 4, 12),
        (140 / 5, 28), (2025 - 1993, 32), ((2025 - 1993) // 2 + 1, 17), ((2027 - 1993) // 2 + 1, 18),
        ((d(2025, 2, 21) - d(2025, 2, 17)).days + 1, 5), ((d(2025, 2, 19) - d(2025, 2, 17)).days + 1, 3), (2025 - 2, 2023),
        # encyclopedia: Lusail
        (10 / 64 * 100, 15.6), (6 + 1 + 1 + 1 + 1, 10), ((d(2022, 11, 22) - d(2022, 11, 20)).days, 2),
        ((d(2022, 12, 18) - d(2022, 11, 20)).days + 1, 29), (2022 - 2010, 12), ((48 - 32) / 32 * 100, 50),
        (len("لوسيل البيت خليفة الثمامة أحمد_بن_علي المدينة_التعليمية 974 الجنوب".split()), 8),
        (age(d(1950, 10, 31), d(2016, 3, 31)), 65), (2016 - 1935, 81), (1200 / 10000 * 100, 12), (40 / 80, 0.5),
        ((d(2022, 11, 20) - d(2022, 9, 9)).days < 2.5 * 30.44, True),
        # markdown: Chinese medical teams
        (18 + 16 + 14 + 12 + 12 + 12, 84), (len("سطات تازة الحسيمة شفشاون بنسليمان الراشيدية".split()), 6),
        (151200 / 84, 1800), ((6300 - 5600) / 5600 * 100, 12.5), (0.35 * 151200, 52920), (2025 - 1971, 54),
        (2025 - 1966, 59), (round(months((1958, 11), (1975, 9)) / 12), 17), (months((1962, 7), (1963, 4)) < 12, True),
        (2023 - 1963, 60), (2025 - 1975, 50), (2026 - 2024, 2), (2030 - 2026 + 1, 5), (96 - 84, 12), (60 / 3, 20),
        (2025 - 1963 > 60, True), (round((2024 - 1975) / 10) * 10, 50),
        # op-ed: Russian wheat in Lebanon
        (600 / 12, 50), (round(120 / 50 * 2) / 2, 2.5), ((d(2022, 8, 4) - d(2022, 7, 31)).days, 4), (2025 - 2020, 5),
        (504 + 63 + 63, 630), (504 / 630 * 100, 80), (330 + 150 + 120, 600), (330 / 600 * 100, 55),
        ((630 - 600) / 630 * 100, 4.8), (330 / 63 > 5 and 55 / 10 > 5, True), (2024 - 2021, 3),
        ((410 - 230) / 410 * 100, 43.9), (150 / 6, 25), (2025 - 1957, 68), (months((2022, 2), (2025, 10)) > 42, True),
        (150 / 120, 1.25), (330 / 600 > 0.5, True),
        # transcript: Power of Siberia 2
        (round((2025 - 2006) / 10), 2), (963 / 2600 > 1 / 3, True), (2025 - 1962, 63),
        (months((2014, 5), (2019, 12)) > 66, True), (400 / 30, 13.3), (38 + 6, 44), (6 / 38 * 100, 15.8),
        (44 + 10 + 50, 104), ((31 - 22.7) / 22.7 * 100, 36.6), (31 / 38 * 100, 81.6), (0.5 / 20 * 100, 2.5),
        (round(76.6 * 1.36), 104), (round(50 / (76.6 * 1.36) * 2) / 2, 0.5), (round(months((2019, 12), (2025, 9)) / 12), 6),
        ((d(2025, 9, 14) - d(2025, 9, 2)).days < 14, True), (len(["السعر", "التمويل", "منغوليا"]), 3),
        (round(months((2022, 11), (2025, 9)) / 12), 3),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    n = bibliography(texts)
    return len(WEEKDAYS) + len(HIJRI_DAYS) + len(HIJRI_YEARS) + 4 + len(F) + n


def bibliography(texts: dict[str, str]) -> int:
    """Author-year citations against the reference lists; URL dates against their notes' dates."""
    n = 0
    for f in (A, O):
        t = texts[f]
        refs = dict(re.findall(r"^- ([^\s,،]+)[^\n]*?\((\d{4})\)", t, flags=re.M))
        cites = re.findall(r"\(([^\s(),،]+)(?: & [^\s(),،]+)?[,،] (\d{4})(?:: \d+)?\)", t)
        assert cites, f
        for who, year in cites:
            assert refs.get(who) == year, (f, who, year, refs.get(who))
            n += 1
    months_ar = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
                 "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "يناير": 1, "فبراير": 2,
                 "مارس": 3, "أبريل": 4, "ماي": 5, "يونيو": 6, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "أكتوبر": 10,
                 "نونبر": 11, "دجنبر": 12, "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6}
    mon = "|".join(sorted(months_ar, key=len, reverse=True))
    for f in (A, M, O):
        for line in texts[f].splitlines():
            url = re.search(r"https://\S+?/(\d{4})/(\d{2})/(\d{2})/", line)
            if not url:
                continue
            head = line[:url.start()]
            day = re.findall(rf"(\d{{1,2}}) ({mon}) (\d{{4}})", head)[-1]
            assert (int(day[2]), months_ar[day[1]], int(day[0])) == tuple(int(x) for x in url.groups()), (f, line[:60])
            n += 1
    return n


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
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8") for f in FILES}
    chars = sum(len(t) for t in texts.values())
    assert 18000 <= chars <= 26000, chars
    k = facts(texts)
    p, g = structure()
    print(f"ok: {len(texts)} texts, {chars} characters; {k} facts (weekdays, Hijri days/years, arithmetic, citations, "
          f"URL dates); {p} plants found at their anchors and loaded; {g} gold items found at their offsets and loaded")


if __name__ == "__main__":
    main()
