"""Checks the clean texts, the gold and the plants of heldout29 (run before any engine run):
- facts: every weekday (datetime) with the day, month and year written after it; every modern
  Hijri/Gregorian day pair (hijridate, Umm al-Qura; the tabular calendar, said so, if hijridate is
  missing); every Hijri/Gregorian year pair and range end and the Hijri century (tabular calendar);
  the sums, shares, changes, multipliers, averages, rates, conversions, durations, deadlines, ages
  and counts the texts state; the citations, article histories, notes, URLs, acronyms and the
  bilingual lines of the academic article and the Markdown article;
- structure: every plant's anchor occurs once in its text and holds its ``before`` once, every kind
  of FAULT_KINDS is planted, and the plants load through ``load_recipes``; every gold quote is found
  at its offsets and every gold file loads through ``load_gold``.
    python benchmarks/heldout29/check_texts.py
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
A, C, M = "academic_euphrates_dam.txt", "circular_canton_fair_egypt.txt", "markdown_russian_ballet_arab_stages.md"
W, E, U, P = "news_beidou_tunis.txt", "encyclopedia_ma_jian.txt", "auction_russian_orientalists_doha.txt", "podcast_droubi_dostoevsky.txt"
FILES = (A, C, M, W, E, U, P)
MONTHS = {
    1: ["يناير", "كانون الثاني", "جانفي"], 2: ["فبراير", "شباط", "فيفري"], 3: ["مارس", "آذار"],
    4: ["أبريل", "نيسان", "أفريل"], 5: ["مايو", "أيار", "ماي"], 6: ["يونيو", "حزيران", "جوان"],
    7: ["يوليو", "تموز", "جويلية"], 8: ["أغسطس", "آب", "أوت"], 9: ["سبتمبر", "أيلول"],
    10: ["أكتوبر", "تشرين الأول"], 11: ["نوفمبر", "تشرين الثاني"], 12: ["ديسمبر", "كانون الأول"],
}
ALL_MONTHS = sorted({n for v in MONTHS.values() for n in v}, key=len, reverse=True)
HMONTHS = {"رمضان": 9, "ربيع الآخر": 4, "ذي الحجة": 12, "جمادى الآخرة": 6}
# (file, quote in the text (Western digits), date); in a Hijri-first pair the Gregorian day follows «الموافق»
WEEKDAYS = [
    (A, "الأربعاء 8 آذار/مارس 1978", (1978, 3, 8)),
    (C, "الأحد 30 نوفمبر 2025", (2025, 11, 30)), (C, "الثلاثاء 4 نوفمبر 2025", (2025, 11, 4)),
    (C, "الأربعاء 15 إلى", (2026, 4, 15)), (C, "الأحد 19 أبريل 2026", (2026, 4, 19)),
    (C, "الخميس 23 إلى", (2026, 4, 23)), (C, "الاثنين 27 أبريل 2026", (2026, 4, 27)),
    (C, "الجمعة 1 إلى", (2026, 5, 1)), (C, "الثلاثاء 5 مايو 2026", (2026, 5, 5)),
    (C, "الاثنين 1 ديسمبر 2025", (2025, 12, 1)), (C, "الخميس 15 يناير 2026", (2026, 1, 15)),
    (C, "الأحد 25 يناير 2026", (2026, 1, 25)), (C, "الاثنين 2 مارس 2026", (2026, 3, 2)),
    (M, "الخميس 4 كانون الأول 2025", (2025, 12, 4)), (M, "الجمعة 3 تشرين الأول", (2025, 10, 3)),
    (M, "الأحد 30 تشرين الثاني 2025", (2025, 11, 30)),
    (W, "الاثنين 17 نوفمبر 2025", (2025, 11, 17)), (W, "الجمعة 28 نوفمبر", (2025, 11, 28)),
    (W, "الثلاثاء 10 أفريل 2018", (2018, 4, 10)), (W, "الأربعاء 24 ماي 2017", (2017, 5, 24)),
    (E, "الأربعاء 12 رمضان 1398هـ الموافق 16 أغسطس 1978م", (1978, 8, 16)),
    (E, "الأحد 13 ربيع الآخر 1447هـ الموافق 5 أكتوبر 2025م", (2025, 10, 5)),
    (E, "السبت 20 ذي الحجة 1447هـ الموافق 6 يونيو 2026م", (2026, 6, 6)),
    (U, "الأربعاء 10 ديسمبر 2025", (2025, 12, 10)), (U, "السبت 6 إلى", (2025, 12, 6)),
    (U, "الثلاثاء 9 ديسمبر 2025", (2025, 12, 9)), (U, "الأربعاء 25 نوفمبر 1998", (1998, 11, 25)),
    (U, "الأربعاء 17 نوفمبر 1869", (1869, 11, 17)), (U, "الأربعاء 17 ديسمبر 2025", (2025, 12, 17)),
    (U, "الجمعة 9 يناير 2026", (2026, 1, 9)),
    (P, "الخميس 11 كانون الأول 2025", (2025, 12, 11)),
]
# (file, quote, Gregorian day, Hijri day); Gregorian-first in the circular, Hijri-first in the encyclopedia
HIJRI_DAYS = [
    (C, "30 نوفمبر 2025، الموافق 9 جمادى الآخرة 1447هـ", (2025, 11, 30), (1447, 6, 9)),
    (E, "12 رمضان 1398هـ الموافق 16 أغسطس 1978م", (1978, 8, 16), (1398, 9, 12)),
    (E, "13 ربيع الآخر 1447هـ الموافق 5 أكتوبر 2025م", (2025, 10, 5), (1447, 4, 13)),
    (E, "20 ذي الحجة 1447هـ الموافق 6 يونيو 2026م", (2026, 6, 6), (1447, 12, 20)),
]
HIJRI_YEARS = [(f"سنة {h}هـ/{g}م", h, g) for h, g in
               [(1324, 1906), (1347, 1929), (1350, 1931), (1354, 1935), (1358, 1939), (1365, 1946),
                (1374, 1955), (1401, 1981), (1407, 1987)]]


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def jd_to_gregorian(jd: float) -> dt.date:
    return dt.date(1, 1, 1) + dt.timedelta(days=int(jd + 0.5) - 1721426)


def hyear(h: int) -> tuple[dt.date, dt.date]:
    return jd_to_gregorian(islamic_to_jd(h, 1, 1)), jd_to_gregorian(islamic_to_jd(h + 1, 1, 1) - 1)


def to_hijri(g: tuple[int, int, int]) -> tuple[int, int, int]:
    if Gregorian is not None:
        h = Gregorian(*g).to_hijri()
        return h.year, h.month, h.day
    print("hijridate missing: tabular calendar used (may differ by a day)")
    jd = (dt.date(*g) - dt.date(1, 1, 1)).days + 1721426
    y = (30 * (jd - 1948439) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + islamic_to_jd(y, 1, 1))) / 29.5) + 1)
    return y, m, int(jd - islamic_to_jd(y, m, 1) + 1)


def close(a: float, b: float) -> bool:
    """b is the text's figure; a the computed one, rounded half up to b's precision."""
    s = repr(float(b))
    nd = 0 if s.endswith(".0") else len(s.split(".")[1])
    return abs(math.floor(a * 10 ** nd + 0.5 + 1e-9) / 10 ** nd - b) < 1e-9


def months(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 12 * b[0] + b[1] - 12 * a[0] - a[1]


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def readback(quote: str, ymd: tuple[int, int, int]) -> None:
    """The day, month name and year written after the weekday (after «الموافق» in a Hijri-first pair)."""
    part = quote.split("الموافق")[-1] if "هـ الموافق" in quote else quote
    nums = re.findall(r"\d+", part)
    assert int(nums[0]) == ymd[2], (quote, ymd)
    names = [n for n in ALL_MONTHS if n in part]
    if names:
        assert any(n in part for n in MONTHS[ymd[1]]), (quote, ymd)
    years = [int(n) for n in nums if len(n) == 4]
    if years:
        assert years[0] == ymd[0], (quote, ymd)


def facts() -> tuple[int, int, int, int]:
    texts = {f: (HERE / "clean" / f).read_text(encoding="utf-8").translate(TO_WEST) for f in FILES}
    for f, quote, ymd in WEEKDAYS:
        assert quote in texts[f], (f, quote)
        assert quote.startswith(WD[dt.date(*ymd).weekday()]), (f, quote, WD[dt.date(*ymd).weekday()])
        readback(quote, ymd)
    nh = 0
    for f, quote, g, h in HIJRI_DAYS:
        assert quote in texts[f], quote
        assert to_hijri(g) == h, (quote, to_hijri(g))
        hm = [k for k in HMONTHS if k in quote]
        assert hm and HMONTHS[hm[0]] == h[1] and f"{h[2]} {hm[0]} {h[0]}هـ" in quote, quote
        nh += 1
    for quote, h, g in HIJRI_YEARS:
        assert quote in texts[E], quote
        lo, hi = hyear(h)
        assert lo.year <= g <= hi.year, (quote, lo, hi)
        nh += 1
    # life range «1324-1398هـ/1906-1978م»: both ends overlap
    assert "1324-1398هـ/1906-1978م" in texts[E]
    assert hyear(1324)[0].year <= 1906 <= hyear(1324)[1].year and hyear(1398)[0].year <= 1978 <= hyear(1398)[1].year
    # the 14th Hijri century (1301-1400 AH) holds 1324-1398; the 20th century 1906-1978; the 1930s the Cairo years
    assert hyear(1301)[0] <= dt.date(1906, 6, 6) and dt.date(1978, 8, 16) <= hyear(1400)[1]
    assert 1900 <= 1906 and 1978 <= 1999 and 1930 <= 1931 and 1939 <= 1939
    nh += 3
    d = dt.date
    F = [
        # euphrates
        (1965 - 1957, 8), (1968 - 1965, 3), (189 + 147 + 84, 420), (189 / 420 * 100, 45), (147 / 420 * 100, 35),
        (84 / 420 * 100, 20), (136 / 340 * 100, 40), (340 - 136, 204), ((1200 - 450) / 450 * 100, 166.7),
        (12000 / 1200, 10), (8 * 103, 824), (months((1973, 7), (1978, 3)), 4 * 12 + 8), (160 / 640, 0.25),
        (3000 / 12000, 0.25), (len(["فنية", "مالية", "إدارية"]), 3),
        # canton circular
        ((18.6 - 12) / 12 * 100, 55), (0.65 / 15.85 * 100, 4.1), (0.65 + 15.2, 15.85), ((1000 - 650) / 650 * 100, 53.8),
        (40 * 9, 360), (16 + 12 + 8 + 4, 40), (16 / 40 * 100, 40), (12 / 40 * 100, 30), (8 / 40 * 100, 20),
        (4 / 40 * 100, 10), (len(["الغذائية", "المنسوجات", "الأثاث", "الحرف"]), 4), (5000 * 0.7, 3500), (5000 - 3500, 1500),
        (1500 * 49, 73500), (40 * 3500, 140000), (200 * 6, 1200), (1200 / 2, 600),
        ((d(2026, 1, 15) - d(2025, 12, 1)).days + 1, 46), ((d(2026, 1, 25) - d(2026, 1, 15)).days, 10),
        ((d(2026, 5, 1) - d(2026, 3, 2)).days, 60), ((d(2026, 5, 5) - d(2026, 5, 1)).days + 1, 5),
        ((d(2026, 4, 19) - d(2026, 4, 15)).days + 1, 5), ((d(2026, 4, 27) - d(2026, 4, 23)).days + 1, 5),
        ((2025 - 1957) * 2 + 2, 138), ((2026 - 1957) * 2 + 1, 139), (len(["الأولى", "الثانية", "الثالثة"]), 3),
        # ballet
        (12 + 8 + 9 + 7 + 6, 42), (56700 / 42, 1350), (round(18 / 42 * 100), 43), ((42 - 28) / 28 * 100, 50),
        ((56700 - 33600) / 33600 * 100, 68.75), (round(56700 * 45 / 1e4) / 100, 2.55), (64 + 18, 82), (64 / 82 * 100, 78),
        (2025 - 1971, 54), (1998 - 1971, 27), (2025 - 1998, 27), (64 / 30 > 2, True), (1971 - 1869, 102),
        (2016 - 2011, 5), (5 + 2, 7), (len(["القاهرة", "مسقط", "دبي", "الكويت", "الدوحة"]), 5),
        (len(["بحيرة البجع", "كسارة البندق", "شهرزاد"]), 3), (2023 - 1988, 35),
        # beidou
        (12 + 8 + 8 + 6 + 5 + 4 + 3 + 2, 48), (len("تونس الجزائر مصر موريتانيا العراق الأردن عمان لبنان".split()), 8), (9 + 5, 14),
        (96 / 12, 8), ((d(2025, 11, 28) - d(2025, 11, 17)).days + 1, 12), (420 * 0.75, 315), (420000 / 48, 8750),
        (2025 - 1968, 57), (260 / 40, 6.5), (2025 - 2018, 7), (9 / 36, 0.25), ((5000 - 4100) / 5000 * 100, 18),
        ((5000 - 4100) * 1200 / 1e6, 1.08), (2.5 / 0.1, 25), (96 / 3, 32), (len(["صفاقس", "القيروان", "سيدي بوزيد"]), 3),
        ((60 - 48) / 48 * 100, 25), (months((2017, 5), (2018, 4)) < 12, True),
        # ma jian
        (1931 - 1906, 25), (1939 - 1906, 33), (1939 - 1931, 8), (1955 - 1946, 9), (age(d(1906, 6, 6), d(1978, 8, 16)), 72),
        (1981 - 1978, 3), (1978 - 1946, 32), (384 / 32, 12), (38 + 26, 64), (38 / 64 * 100, 59.4), (12600 / 21, 600),
        (2026 - 1906, 120),
        # auction
        (22 + 17 + 9, 48), (20.5 * 1.2, 24.6), (48 / 24, 2), (2025 - 1979, 46), (2025 - 2019, 6),
        (1e6 * 3.64, 3640000), (1.5e6 * 3.64, 5460000), (150000 * 3.64, 546000), (200000 * 3.64, 728000),
        (50000 * 3.64, 182000), (75000 * 3.64, 273000), (2000 * 3.64, 7280), (3000 * 3.64, 10920),
        (1869 - 1817, 52), (1870 - 1869, 1), (1881 - 1844, 37), (1899 - 1881, 18), (1925 - 1920, 5),
        (age(d(1876, 8, 16), d(1942, 2, 7)), 65), (0.25 * 1e6 + 0.2 * 3e6, 850000), (4e6 + 850000, 4.85e6),
        ((d(2025, 12, 9) - d(2025, 12, 6)).days + 1, 4), ((d(2025, 12, 17) - d(2025, 12, 10)).days, 7),
        ((d(2026, 1, 9) - d(2025, 12, 10)).days, 30), (len(["لوحة", "عمل", "كتب"]), 3),
        # droubi
        ((18 - 15) / 15 * 100, 20), (age(d(1921, 4, 27), d(1976, 2, 12)), 54), (1921 + 18, 1939), (11000 / 10, 1100),
        (round(1100 / 365), 3), (960 + 40, 1000), (960 / 1000 * 100, 96), (64 + 21 + 15, 100), (0.64 * 1250, 800),
        (round(2600 / 15), 173), (2025 - 1974, 51), (1989 - 1974, 15), (1978 - 1976, 2), (1921 - 1821, 100),
        (2021 - 1821, 200), (len(["يوغسلافيا", "مصر", "إسبانيا"]), 3),
    ]
    for i, (a, b) in enumerate(F):
        assert (a == b) if isinstance(b, bool) else close(a, b), (i, a, b)
    return len(WEEKDAYS), nh, len(F), strings(texts)


def strings(texts: dict[str, str]) -> int:
    n = 0
    a = texts[A]
    # in-text citations against the reference list
    refs = {"Shemyakin": "2018", "Daoud & Mercer": "2021", "الأتاسي": "2020"}
    for who, y in refs.items():
        cites = re.findall(re.escape(who) + r"[,،] (\d{4}): \d+\)", a)
        assert cites and set(cites) == {y}, (who, cites)
        n += 1
    assert "Shemyakin, Oleg (2018)" in a and "Daoud, Samir & Mercer, Helen (2021)" in a and "الأتاسي، نزار (2020)" in a
    n += 1
    # article history forward, in both languages, the same days
    ar = [(2025, 2, 9), (2025, 3, 17), (2025, 4, 28), (2025, 7, 15)]
    assert all(dt.date(*x) < dt.date(*y) for x, y in zip(ar, ar[1:]))
    assert "تاريخ الاستلام: 9 شباط/فبراير 2025؛ تاريخ التعديل: 17 آذار/مارس 2025؛ تاريخ القبول: 28 نيسان/أبريل 2025؛ تاريخ النشر: 15 تموز/يوليو 2025" in a
    assert "Received: 9 February 2025; Revised: 17 March 2025; Accepted: 28 April 2025; Published: 15 July 2025" in a
    n += 3
    # bilingual: journal line, titles, abstracts
    assert "المجلد 11، العدد 2 (2025)، ص ص 133-162" in a and "Vol. 11, No. 2 (2025), pp. 133-162" in a
    assert "لسد الفرات (1965-1978)" in a and "Euphrates Dam (1965-1978)" in a
    for ar_s, en_s in [("420 وثيقة", "420 records"), ("عام 1965 حتى", "the 1965 financing"), ("عام 1978. وتبيّن", "in 1978. It"),
                       ("عام 1972 بنحو 1200", "in 1972 at about 1,200"), ("40 بالمئة من الكلفة", "40 percent of the estimated"),
                       ("824 ميغاواط، بثماني عنفات قدرة كل منها 103", "824 MW with eight turbines of 103")]:
        assert ar_s in a and en_s in a, (ar_s, en_s)
        n += 1
    n += 2
    # notes: visible date = URL date <= access date < the article's own date; the note on or after its event;
    # the acronym's letters in the domain where the acronym is the domain's
    notes = [  # (file, acronym, domain, visible date, URL path date, access date, event date, article date)
        (A, "SANA", "sana.sy", "5 تموز/يوليو 2023", "2023/07/05", (2025, 2, 2), (1973, 7, 1), (2025, 2, 9)),
        (A, "FAO", "fao.org", "14 تشرين الثاني/نوفمبر 2022", "2022/11/14", (2025, 2, 3), (1974, 1, 1), (2025, 2, 9)),
        (A, "IWMI", "iwmi.org", "21 آذار/مارس 2024", "2024/03/21", (2025, 2, 4), (1990, 1, 1), (2025, 2, 9)),
        (A, None, "mideaststudies.org", "10 تشرين الأول/أكتوبر 2023", "2023/10/10", (2025, 2, 6), (2022, 12, 31), (2025, 2, 9)),
        (M, "ROHM", "rohmuscat.org.om", "15 أيلول 2025", "2025/09/15", (2025, 12, 1), (2011, 10, 1), (2025, 12, 4)),
        (M, "TASS", "tass.com", "1 كانون الأول 2025", "2025/12/01", (2025, 12, 2), (2025, 11, 30), (2025, 12, 4)),
        (M, None, "russiancouncil.ru", "20 حزيران 2024", "2024/06/20", (2025, 12, 2), (2023, 12, 31), (2025, 12, 4)),
        (M, None, "cairoopera.org", "10 تشرين الأول 2023", "2023/10/10", (2025, 12, 3), (1988, 10, 1), (2025, 12, 4)),
    ]
    for f, acr, dom, vis, path, acc, ev, art in notes:
        t = texts[f]
        line = [x for x in t.splitlines() if dom in x]
        assert len(line) == 1, dom
        line = line[0]
        assert vis in line and f"{dom}/" in line and path in line, (dom, vis, path)
        y, mo, da = (int(x) for x in path.split("/"))
        assert int(vis.split()[0]) == da and vis.endswith(str(y)) and any(m in vis for m in MONTHS[mo]), vis
        assert dt.date(y, mo, da) <= dt.date(*acc) < dt.date(*art) and dt.date(*ev) <= dt.date(y, mo, da), dom
        if acr:
            assert f"({acr})" in line and acr.lower() in dom, (acr, dom)
        n += 1
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
    assert {p["kind"] for p in data["plants"]} == set(FAULT_KINDS), set(FAULT_KINDS) - {p["kind"] for p in data["plants"]}
    rec = load_recipes(HERE / "plants.yml", HERE / "clean")
    assert len(rec.plants) == len(data["plants"])
    n = files = 0
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
    wd, hj, ar, st = facts()
    p, g, files = structure()
    print(f"ok: {wd + hj + ar + st} facts ({wd} weekdays, {hj} Hijri days/years and periods, {ar} arithmetic, "
          f"{st} citation/URL/bilingual strings); {p} plants found at their anchors and loaded; "
          f"{g} gold items found at their offsets and loaded ({files} files)")


if __name__ == "__main__":
    main()
