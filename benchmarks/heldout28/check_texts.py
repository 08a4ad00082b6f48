"""Checks the clean texts, the gold and the plants of heldout28 (run before any engine run):
- facts: every weekday (datetime; the day, month and year written after it read back from the quote),
  every modern Hijri/Gregorian day pair (hijridate, Umm al-Qura; the Hijri day read back from the
  quote), every Hijri/Gregorian year pair and the Hijri century (tabular calendar), the Julian death
  day against its Gregorian gloss, and the sums, shares, changes, multipliers, averages, rates,
  products, durations, deadlines, ages and counts the texts state;
- strings: every in-text citation's year equals its reference's, every note's visible date equals the
  date in its URL, precedes or equals its access date, which precedes the article's own date, and every
  note is dated on or after its event; the article history runs forward in both languages and agrees;
  the English journal line, title and abstract hold the Arabic figures;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind of
  ``FAULT_KINDS`` is planted, and the plants load through ``load_recipes``; every gold quote is found at
  its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout28/check_texts.py
``hijridate`` is needed for the modern Hijri days (``pip install hijridate``); without it those five
days are checked by the tabular calendar within two days, and the script says so.
"""
import datetime as dt
import math
import re
from pathlib import Path

import yaml

try:
    from hijridate import Gregorian
except ImportError:  # pragma: no cover
    Gregorian = None

HERE = Path(__file__).parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TO_WEST = str.maketrans("٠١٢٣٤٥٦٧٨٩٪٫", "0123456789%.")
A, D, M = "academic_lukoil_west_qurna.txt", "decree_luban_workshop_egypt.txt", "markdown_russian_halal_poultry.md"
W, E, S, B = ("news_attarat_oil_shale.txt", "encyclopedia_tantawi_petersburg.txt", "syllabus_gulf_china_course.txt",
              "bulletin_morocco_china_stamps.txt")
GMONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6, "رجب": 7,
           "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذو الحجة": 12}
GM = re.compile(r"(فاتح|\d+)\s+(" + "|".join(sorted(GMONTHS, key=len, reverse=True)) + r")(?:\s+(\d{4}))?")
HM = re.compile(r"(\d+)\s+(" + "|".join(sorted(HMONTHS, key=len, reverse=True)) + r")\s+(\d{4})")

# (file, quote in the text (Western digits), date): the quote starts with the weekday
WEEKDAYS = [
    (A, "الأحد 31 كانون الثاني 2010", (2010, 1, 31)), (A, "السبت 29 آذار 2014", (2014, 3, 29)),
    (D, "الأربعاء 22 أكتوبر 2025", (2025, 10, 22)), (D, "الأربعاء 16 يوليو 2025", (2025, 7, 16)),
    (D, "الأحد 14 سبتمبر 2025", (2025, 9, 14)), (D, "الأحد 1 فبراير 2026", (2026, 2, 1)),
    (D, "الثلاثاء 15 ربيع الآخر 1447هـ، الموافق 7 أكتوبر 2025م", (2025, 10, 7)),
    (M, "الأحد 9 نوفمبر 2025", (2025, 11, 9)),
    (W, "الثلاثاء 11 تشرين الثاني 2025", (2025, 11, 11)), (W, "الخميس 16 تشرين الأول 2025", (2025, 10, 16)),
    (E, "الخميس 19 شوال 1446هـ الموافق 17 أبريل 2025م", (2025, 4, 17)),
    (E, "الأحد 4 جمادى الأولى 1447هـ الموافق 26 أكتوبر 2025م", (2025, 10, 26)),
    (S, "الأحد 1 فبراير إلى", (2026, 2, 1)), (S, "الخميس 14 مايو 2026", (2026, 5, 14)),
    (S, "الأحد 1 فبراير 2026", (2026, 2, 1)), (S, "الأحد 8 فبراير", (2026, 2, 8)), (S, "الأحد 22 فبراير", (2026, 2, 22)),
    (S, "الأربعاء 25 والخميس", (2026, 2, 25)), (S, "الخميس 26 فبراير", (2026, 2, 26)),
    (S, "الأربعاء 1 رمضان 1447هـ الموافق 18 فبراير 2026م", (2026, 2, 18)), (S, "الثلاثاء 17 مارس", (2026, 3, 17)),
    (S, "الخميس 19 مارس", (2026, 3, 19)), (S, "الأربعاء 25 مارس 2026", (2026, 3, 25)),
    (S, "الخميس 9 أبريل 2026", (2026, 4, 9)), (S, "الثلاثاء 21 أبريل", (2026, 4, 21)),
    (S, "الخميس 30 أبريل 2026", (2026, 4, 30)), (S, "الأحد 10 إلى", (2026, 5, 10)),
    (S, "الخميس 14 مايو)", (2026, 5, 14)), (S, "الثلاثاء 19 مايو 2026", (2026, 5, 19)),
    (B, "الأربعاء 17 ربيع الآخر 1445 الموافق فاتح نونبر 2023", (2023, 11, 1)),
    (B, "الأربعاء فاتح نونبر 2023", (2023, 11, 1)), (B, "الخميس 2 نونبر 2023", (2023, 11, 2)),
    (B, "السبت فاتح نونبر 1958", (1958, 11, 1)),
]
# (file, quote, Gregorian day, Hijri day)
HIJRI_DAYS = [
    (D, "15 ربيع الآخر 1447هـ، الموافق 7 أكتوبر 2025م", (2025, 10, 7), (1447, 4, 15)),
    (E, "19 شوال 1446هـ الموافق 17 أبريل 2025م", (2025, 4, 17), (1446, 10, 19)),
    (E, "4 جمادى الأولى 1447هـ الموافق 26 أكتوبر 2025م", (2025, 10, 26), (1447, 5, 4)),
    (S, "1 رمضان 1447هـ الموافق 18 فبراير 2026م", (2026, 2, 18), (1447, 9, 1)),
    (B, "17 ربيع الآخر 1445 الموافق فاتح نونبر 2023", (2023, 11, 1), (1445, 4, 17)),
]
# (file, quote, Hijri year, Gregorian year): the Gregorian year overlaps the Hijri one (tabular calendar)
HIJRI_YEARS = [
    (E, "1225-1278هـ/1810-1861م", 1225, 1810), (E, "1225-1278هـ/1810-1861م", 1278, 1861),
    (E, "سنة 1225هـ/1810م", 1225, 1810), (E, "سنة 1239هـ/1823م", 1239, 1823), (E, "سنة 1243هـ/1827م", 1243, 1827),
    (E, "سنة 1255هـ/1839م", 1255, 1839), (E, "سنة 1256هـ/1840م", 1256, 1840), (E, "سنة 1263هـ/1847م", 1263, 1847),
    (E, "سنة 1271هـ/1855م", 1271, 1855), (E, "سنة 1298هـ/1881م", 1298, 1881),
    (S, "2025/2026 (1447هـ)", 1447, 2025), (S, "2025/2026 (1447هـ)", 1447, 2026),
]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def hijri_year_span(y: int) -> tuple[dt.date, dt.date]:
    return jd_to_gregorian(islamic_to_jd(y, 1, 1)), jd_to_gregorian(islamic_to_jd(y + 1, 1, 1) - 1)


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(math.floor(a * 10 ** nd + 0.5 + 1e-9) / 10 ** nd - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def texts() -> dict[str, str]:
    return {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in (A, D, M, W, E, S, B)}


def dates_facts(t: dict[str, str]) -> int:
    n = 0
    for f, quote, ymd in WEEKDAYS:
        assert quote in t[f], (f, quote)
        day = dt.date(*ymd)
        assert quote.startswith(WD[day.weekday()]), (f, quote, WD[day.weekday()])
        rest = quote.split("الموافق")[-1]
        g = GM.search(rest)
        if g:  # day, month and (when written) year read back from the quote
            d = 1 if g.group(1) == "فاتح" else int(g.group(1))
            assert (d, GMONTHS[g.group(2)]) == (day.day, day.month), (f, quote)
            assert g.group(3) is None or int(g.group(3)) == day.year, (f, quote)
        else:  # a day without its month («الأربعاء 25 والخميس 26 فبراير»)
            assert int(re.search(r"\d+", quote).group()) == day.day, (f, quote)
        n += 1
    for f, quote, g, h in HIJRI_DAYS:
        assert quote in t[f], (f, quote)
        m = HM.search(quote)
        assert (int(m.group(3)), HMONTHS[m.group(2)], int(m.group(1))) == h, (f, quote)
        if Gregorian is not None:
            hh = Gregorian(*g).to_hijri()
            assert (hh.year, hh.month, hh.day) == h, (quote, hh)
        else:
            jd = jd_to_gregorian(islamic_to_jd(*h))
            assert abs((jd - dt.date(*g)).days) <= 2, (quote, jd)
        n += 1
    for f, quote, hy, gy in HIJRI_YEARS:
        assert quote in t[f], (f, quote)
        lo, hi = hijri_year_span(hy)
        assert lo.year <= gy <= hi.year, (quote, lo, hi)
        n += 1
    # the thirteenth Hijri century (1201-1300 AH) holds 1225-1278 AH, the nineteenth 1810-1861
    lo, hi = hijri_year_span(1201)[0], hijri_year_span(1300)[1]
    assert lo <= dt.date(1810, 1, 1) and dt.date(1861, 12, 31) <= hi and 1800 <= 1810 <= 1861 <= 1899
    # 27 October 1861 (Julian) = 8 November 1861 (Gregorian), in 1278 AH
    assert dt.date(1861, 10, 27) + dt.timedelta(days=12) == dt.date(1861, 11, 8)
    lo, hi = hijri_year_span(1278)
    assert lo <= dt.date(1861, 11, 8) <= hi
    # Eid al-Fitr (1 Shawwal 1447) falls inside the holiday of 19-25 March 2026
    if Gregorian is not None:
        from hijridate import Hijri
        assert dt.date(2026, 3, 19) <= Hijri(1447, 10, 1).to_gregorian() <= dt.date(2026, 3, 25)
    return n + 3


def arithmetic() -> int:
    d = dt.date
    F = [
        # academic (West Qurna-2)
        (480 / 120, 4), (2002 - 1997, 5), (56.25 + 18.75 + 25, 100), (56.25 + 18.75, 75),
        (months((2010, 1), (2014, 3)), 4 * 12 + 2), ((1.8 - 1.2) / 1.8 * 100, 33.3), ((480 - 390) / 390 * 100, 23.1),
        (400 / 480 * 100, 83.3), (80 / 480 * 100, 16.7), (400 + 80, 480), (480 / 4300 * 100, 11.2),
        (480e3 * 365 * 1.15 / 1e6, 201), (abs(6.4 / 9.6 - 2 / 3) < 1e-9, True),
        (6000 * 0.87, 5220), (6000 - 5220, 780), (len(["لوك أويل", "شتات أويل", "نفط الشمال"]), 3),
        (len(["الحفر", "الأنابيب", "معالجة الغاز", "الخدمات اللوجستية", "السلامة"]), 5), (len([2014, 2016, 2020, 2024]), 4),
        # decree (Luban workshop)
        (len(["القاهرة", "الإسكندرية", "أسوان", "أسيوط", "الإسماعيلية"]) + 1, 6), (len([2018, 2022]) + 1, 3),
        (1800 / 2400 * 100, 75), (120 + 96 + 84 + 60, 360), (abs(120 / 360 - 1 / 3) < 1e-9, True), (96 / 360 * 100, 26.7),
        (len(["الميكاترونيات", "الطاقة المتجددة", "السيارات الكهربائية", "شبكات الاتصالات"]), 4),
        (0.6 * 48, 28.8), (48 - 28.8, 19.2), (30 / 48 * 100, 62.5), (30 + 12 + 6, 48), (months((2025, 9), (2026, 6)) + 1, 10),
        (1500 * 10, 15000), (15000 * 360 / 1e6, 5.4), (9 + 15, 24), (360 / 24, 15), (months((2026, 2), (2026, 11)) + 1, 10),
        (d(2026, 2, 1) < d(2026, 2, 7), True), (2026 + 3, 2029), (0.7 * 360, 252),
        # markdown (poultry)
        ((92 - 68) / 68 * 100, 35.3), (92 / 420 * 100, 21.9), (92e3 * 2150 / 1e6, 197.8), (92 + 54 + 21 + 18 + 15, 200),
        (92 / 200 * 100, 46), (54 / 200 * 100, 27), (21 / 200 * 100, 10.5), (18 / 200 * 100, 9), (15 / 200 * 100, 7.5),
        (len(["السعودية", "الإمارات", "قطر", "الكويت", "عمان"]), 5), (17 / 3 > 5, True), (6 + 5 + 4 + 2, 17),
        (len(["بيلغورود", "تتارستان", "كورسك", "باشكورتوستان"]), 4), (2025 - 1979, 46), (2021 + 4, 2025), (130 / 40, 3.25),
        (12 / 4, 3), (92 / 760 * 100, 12), ((110 - 92) / 92 * 100, 19.6), (months((2025, 9), (2027, 3)), 18),
        # wire (Attarat)
        (2.9e9 * 0.105 / 1e6, 304.5), (2 * 235, 470), (1.6 / 2.1 * 100, 76.2), (2.1 - 1.6, 0.5), (45 + 45 + 10, 100),
        (len(["قوانغدونغ", "واي تي إل", "إيستي إنيرجيا"]), 3), (2025 - 1971, 54), (10e6 / 365 / 1e3, 27),
        (months((2023, 5), (2023, 10)), 5), (2023 + 30, 2053), ((10.5 - 6) / 6 * 100, 75), (months((2020, 3), (2025, 10)), 5 * 12 + 7),
        (850 * 0.92, 782), (850 - 782, 68), (420 / 12, 35), (2025 - 1957, 68), (2014 + 10, 2024), (96 - 88, 8), (4 / 10, 0.4),
        # encyclopedia (al-Tantawi)
        (1861 - 1810, 51), (1823 - 1810, 13), (1840 - 1810, 30), (1847 - 1840, 7), (1861 - 1847, 14), (1852 - 1811, 41),
        (1861 - 1855, 6), (1850 - 1840, 10), (96 + 38 + 16, 150), (96 / 150 * 100, 64), (1861 - 1840, 21), (1881 - 1861, 20),
        (2010 - 1810, 200), (900 * 2 / 3, 600), (months((2025, 4), (2027, 4)), 24), (45 / 72 * 100, 62.5),
        (len(["سيرته", "مؤلفاته", "تلاميذه", "مخطوطاته"]), 4), (72 / 36, 2),
        # syllabus
        (36 / 40 * 100, 90), (288 / 10 > 28, True), (176 + 112, 288), (141 / 176 * 100, 80.1),
        (len(["الطاقة", "الاستثمار والبنية التحتية", "التقنية والتعليم"]), 3), (25 + 35 + 20 + 10 + 10, 100), (5 * 4, 20),
        (7 / 28, 0.25), ((d(2026, 5, 14) - d(2026, 2, 1)).days // 7 + 1, 15), ((d(2026, 3, 25) - d(2026, 3, 19)).days + 1, 7),
        ((d(2026, 4, 30) - d(2026, 4, 9)).days, 21), ((d(2026, 5, 14) - d(2026, 4, 30)).days, 14), (2026 - 1956, 70),
        (2015 - 2009, 6), (36 / 3, 12), (12 * 15 / 60, 3), (2 * 15 - 2, 28),
        # stamps
        (2023 - 1958, 65), (7.00 + 12.50, 19.50), (2023 - 2018, 5), (2018 - 1958, 60), (180e3 + 120e3, 300e3),
        (180 / 300 * 100, 60), (300e3 / 25, 12e3), ((180e3 * 7 + 120e3 * 12.5) / 1e6, 2.76), (2500 * 25, 62500),
        (2023 - 1984, 39), (2023 - 2012, 11), (1958 - 1956, 2), (1975 - 1971, 4), (200 / 10, 20), ((200 - 52) / 200 * 100, 74),
        (6.6 + 0.8, 7.4), (6.6 / 7.4 * 100, 89.2), (len(["الرباط", "الدار البيضاء", "طنجة"]), 3),
        (len(["صومعة حسان", "معبد السماء"]), 2),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(F)


def strings(t: dict[str, str]) -> int:
    n = 0
    a, m = t[A], t[M]
    # in-text citations against the reference list
    refs = {"Mills": 2016, "Ahmed & Petrov": 2021, "العبيدي": 2019}
    assert "- Mills, Robin (2016)" in a and "- Ahmed, Sara & Petrov, Ivan (2021)" in a and "- العبيدي، نوال (2019)" in a
    cites = re.findall(r"\((Mills|Ahmed & Petrov|العبيدي)[,،] (\d{4}): \d+\)", a)
    assert len(cites) == 5
    for who, y in cites:
        assert int(y) == refs[who], (who, y)
        n += 1
    # article history: Arabic and English agree and run forward; every access date precedes the receipt
    ar = [(int(x), GMONTHS[mo], int(y)) for x, mo, y in re.findall(
        r"تاريخ (?:الاستلام|التعديل|القبول|النشر): (\d+) (\S+(?: \S+)?) (\d{4})", a)]
    en = re.findall(r"(?:Received|Revised|Accepted|Published): (\d+) (\w+) (\d{4})", a)
    en = [(int(x), dt.datetime.strptime(mo, "%B").month, int(y)) for x, mo, y in en]
    assert len(ar) == len(en) == 4 and ar == en
    hist = [dt.date(y, mo, x) for x, mo, y in ar]
    assert hist == sorted(hist) and len(set(hist)) == 4
    n += 2
    # notes: visible date = URL date, <= access date < the article's own date, >= the event it documents
    ev_a = [d_ for d_ in (dt.date(2014, 3, 29), dt.date(2020, 4, 1), dt.date(2025, 1, 1), dt.date(2024, 1, 1), dt.date(2022, 3, 1))]
    ev_m = [dt.date(2025, 1, 1), dt.date(2021, 3, 31), dt.date(2021, 3, 31), dt.date(2025, 9, 1)]
    for text, own, events, pat in (
        (a, hist[0], ev_a, r"\"، (\d+) (\S+(?: \S+)?) (\d{4})، (https://\S+?)، تاريخ الاطلاع: (\d+) (\S+) (\d{4})"),
        (m, dt.date(2025, 11, 9), ev_m, r"\"، (\d+) (\S+) (\d{4})، (https://\S+?)، تاريخ الاطلاع: (\d+) (\S+) (\d{4})"),
    ):
        notes = re.findall(pat, text)
        assert len(notes) == len(events), (len(notes), len(events))
        for (dd, mo, yy, url, ad, am, ay), ev in zip(notes, events):
            seen = dt.date(int(yy), GMONTHS[mo], int(dd))
            u = re.search(r"/(\d{4})/(\d{2})/(\d{2})", url)
            assert dt.date(*map(int, u.groups())) == seen, url
            acc = dt.date(int(ay), GMONTHS[am], int(ad))
            assert ev <= seen <= acc < own, (url, ev, seen, acc, own)
            n += 1
    # acronyms whose domain is their letters
    for acr, dom in (("Lukoil", "lukoil.com"), ("OPEC", "opec.org"), ("IEA", "iea.org")):
        assert f"({acr})" in a and dom in a
    for acr, dom in (("SFDA", "sfda.gov.sa"), ("FSVPS", "fsvps.gov.ru")):
        assert f"({acr})" in m and dom in m
    n += 5
    # bilingual: journal line, title range, abstract figures
    assert "المجلد 7، العدد 3 (2025)، ص ص 89-118" in a and "Vol. 7, No. 3 (2025), pp. 89-118" in a
    assert "في العراق (2010-2024)" in a and "in Iraq (2010-2024)" in a
    assert "بين عامي 2010 و2024" in a and "between 2010 and 2024" in a
    for ar_, en_ in (("من 120 ألف برميل يومياً عام 2014", "from 120 thousand barrels per day in 2014"),
                     ("إلى 480 ألف برميل يومياً عام 2024، أي أربعة أضعاف", "to 480 thousand barrels per day in 2024, a fourfold"),
                     ("87 بالمئة من العاملين", "87 percent of its workers"), ("بنحو 14 مليار برميل", "about 14 billion barrels")):
        assert ar_ in a and en_ in a, (ar_, en_)
    n += 7
    return n


def structure() -> tuple[int, int, int]:
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
    n, files = 0, 0
    for g in sorted((HERE / "gold").glob("*.yml")):
        head = yaml.safe_load(g.read_text(encoding="utf-8"))
        raw = (HERE / head["file"]).read_text(encoding="utf-8")
        for it in head["items"]:
            assert raw[it["start"]:it["end"]] == it["text"], (g.name, it)
        assert len(load_gold(g, HERE)) == len(head["items"])
        n += len(head["items"])
        files += 1
    return len(data["plants"]), n, files


def main() -> None:
    t = texts()
    k1 = dates_facts(t)
    k2 = arithmetic()
    k3 = strings(t)
    p, g, nf = structure()
    note = "" if Gregorian is not None else " (hijridate absent: modern Hijri days checked by the tabular calendar)"
    print(f"ok: {k1 + k2 + k3} facts ({len(WEEKDAYS)} weekdays, {k1 - len(WEEKDAYS)} Hijri days/years and periods, "
          f"{k2} arithmetic, {k3} citation/URL/bilingual strings){note}; {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded ({nf} files)")


if __name__ == "__main__":
    main()
