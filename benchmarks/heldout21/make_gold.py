"""Writes gold/<name>.{dates,figures}.yml from the hand annotations below (heldout11's script, heldout21's texts).

Every annotation was written by reading the text, before any engine was run on it, and without
reading the engine's rules. Items are listed in text order; each quote is searched from the END of
the previous item of the same table, so a repeated quote («2024») is pinned to its own place. A quote
written «context|quote» is searched right after its context (the context is not part of the item).
The Aramco report is in Eastern Arabic digits: it is annotated here with Western digits and the quote
is converted before searching («.» between digits becomes the Arabic decimal comma «٫»).
Historical Hijri days and centuries are converted by the tabular Islamic calendar to proleptic
Gregorian days (ISO dates). Run:
    python benchmarks/heldout21/make_gold.py
"""
import calendar
import datetime as dt
import math
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
EASTERN = {"report_aramco_china_refining"}
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


def Y(y: int) -> tuple[str, str]:
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def YR(a: int, b: int) -> tuple[str, str]:
    return Y(a)[0], Y(b)[1]


def M(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def MR(y: int, a: int, b: int) -> tuple[str, str]:
    return M(y, a)[0], M(y, b)[1]


def D(s: str) -> tuple[str, str]:
    return s, s


def DR(a: str, b: str) -> tuple[str, str]:
    return a, b


def hijri_jd(y: int, m: int, d: int) -> float:
    """Julian day of a Hijri day by the tabular (arithmetical) Islamic calendar."""
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def HD(y: int, m: int, d: int, shift: int = 0) -> str:
    """The proleptic Gregorian ISO day of a Hijri day (tabular calendar)."""
    return (dt.date(1, 1, 1) + dt.timedelta(days=int(hijri_jd(y, m, d) + 0.5) - 1721426 + shift)).isoformat()


U = "USD"
BBL = "barrel"

ANN = {
 "report_aramco_china_refining": dict(file="report_aramco_china_refining.txt", anchor="2025", dates=[
  ("الأحد 14 ديسمبر 2025", "date", *D("2025-12-14")),
  ("الاثنين 27 مارس 2023", "date", *D("2023-03-27")),
  ("الجمعة 21 يوليو 2023", "date", *D("2023-07-21")),
  ("العام المقبل", "relative", *Y(2026)),
  ("عام 2022", "year", *Y(2022)),
  ("عام 2024", "year", *Y(2024)),
  ("عام 2024", "year", *Y(2024)),
  ("قبل عامين", "relative", *Y(2023)),
  ("الأشهر العشرة الأولى من العام الجاري", "relative", *MR(2025, 1, 10)),
  ("2024", "year", *Y(2024)),
  ("عام 1974", "year", *Y(1974)),
  ("أكتوبر الماضي", "relative", *M(2025, 10)),
  ("مارس 2023", "month", *M(2023, 3)),
  ("عام 2030", "year", *Y(2030)),
 ], figures=[
  ("10%", 10.0, "%", "percent"),
  ("3.6 مليار دولار", 3.6e9, U, "money"),
  ("أربعة أشهر", 4.0, "شهر", "count"),
  ("3.4 مليار دولار", 3.4e9, U, "money"),
  ("5.6%", 5.6, "%", "percent"),
  ("360 مليون دولار", 3.6e8, U, "money"),
  ("480 ألف برميل", 480000.0, BBL, "measure"),
  ("800 ألف برميل", 800000.0, BBL, "measure"),
  ("60%", 60.0, "%", "percent"),
  ("210 آلاف برميل", 210000.0, BBL, "measure"),
  ("690 ألف برميل", 690000.0, BBL, "measure"),
  ("175 مليون برميل", 1.75e8, BBL, "measure"),
  ("75 دولاراً", 75.0, U, "money"),
  ("13.14 مليار دولار", 1.314e10, U, "money"),
  ("أربع مصافٍ", 4.0, "مصفاة", "count"),
  ("1.78 مليون برميل", 1.78e6, BBL, "measure"),
  ("800 ألف برميل", 800000.0, BBL, "measure"),
  ("44.9%", 44.9, "%", "percent"),
  ("400 ألف برميل", 400000.0, BBL, "measure"),
  ("22.5%", 22.5, "%", "percent"),
  ("300 ألف برميل", 300000.0, BBL, "measure"),
  ("16.9%", 16.9, "%", "percent"),
  ("280 ألف برميل", 280000.0, BBL, "measure"),
  ("15.7%", 15.7, "%", "percent"),
  ("ثلاثة شركاء", 3.0, "شريك", "count"),
  ("51%", 51.0, "%", "percent"),
  ("30%", 30.0, "%", "percent"),
  ("19%", 19.0, "%", "percent"),
  ("10 مليارات دولار", 1e10, U, "money"),
  ("3 مليارات دولار", 3e9, U, "money"),
  ("1.75 مليون برميل", 1.75e6, BBL, "measure"),
  ("1.6 مليون برميل", 1.6e6, BBL, "measure"),
  ("8.6%", 8.6, "%", "percent"),
  ("6.4 مليون برميل", 6.4e6, BBL, "measure"),
  ("25%", 25.0, "%", "percent"),
  ("22%", 22.0, "%", "percent"),
  ("3 نقاط مئوية", 3.0, "نقطة", "count"),
  ("1.65 مليون برميل", 1.65e6, BBL, "measure"),
  ("3.1%", 3.1, "%", "percent"),
  ("51 عاماً", 51.0, "عام", "count"),
  ("عامين ونصف", 2.5, "عام", "count"),
  ("ثاني", 2.0, None, "ordinal"),
  ("الخُمس", 0.2, "fraction", "count"),
  ("3.4 مليار دولار", 3.4e9, U, "money"),
  ("2.7 مليار دولار", 2.7e9, U, "money"),
  ("ثلاث توصيات", 3.0, "توصية", "count"),
  ("عشر سنوات", 10.0, "سنة", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
 ]),
 "news_algiers_great_mosque": dict(file="news_algiers_great_mosque.txt", anchor="2025", dates=[
  ("الثلاثاء 18 نوفمبر 2025", "date", *D("2025-11-18")),
  ("جامع الجزائر |اليوم", "relative", *D("2025-11-18")),
  ("الأحد 25 فيفري 2024", "date", *D("2024-02-25")),
  ("عام 2012", "year", *Y(2012)),
  ("أكتوبر 2020", "month", *M(2020, 10)),
  ("العام الماضي", "relative", *Y(2024)),
  ("الأشهر العشرة الأولى من العام الجاري", "relative", *MR(2025, 1, 10)),
  ("هذا العام", "relative", *Y(2025)),
  ("عام 1962", "year", *Y(1962)),
  ("جوان الماضي", "relative", *M(2025, 6)),
  ("رمضان الماضي", "relative", *DR("2025-03-01", "2025-03-29")),
  ("مارس", "month", *M(2025, 3)),
  ("أكتوبر 2020", "month", *M(2020, 10)),
  ("عام 2023", "year", *Y(2023)),
  ("جويلية 2022", "month", *M(2022, 7)),
  ("عام 2026", "year", *Y(2026)),
  ("الأحد والاثنين 14 و15 ديسمبر المقبل", "relative", *DR("2025-12-14", "2025-12-15")),
  ("أفريل الماضي", "relative", *M(2025, 4)),
  ("جانفي المقبل", "relative", *M(2026, 1)),
  ("أوت 2026", "month", *M(2026, 8)),
 ], figures=[
  ("أربع سنوات", 4.0, "سنة", "count"),
  ("48 مليون دولار", 4.8e7, U, "money"),
  ("12 مليون دولار", 1.2e7, U, "money"),
  ("تسعة أشهر", 9.0, "شهر", "count"),
  ("ثلاثة مكونات", 3.0, "مكون", "count"),
  ("180 عاملاً", 180.0, "عامل", "count"),
  ("60 في المائة", 60.0, "%", "percent"),
  ("108 عمال", 108.0, "عامل", "count"),
  ("72 عاملاً", 72.0, "عامل", "count"),
  ("ثماني سنوات", 8.0, "سنة", "count"),
  ("ثلاث سنوات", 3.0, "سنة", "count"),
  ("أربعة أشهر", 4.0, "شهر", "count"),
  ("120 ألف مصلّ", 120000.0, "مصل", "count"),
  ("27.75 هكتاراً", 27.75, "ha", "measure"),
  ("265 متراً", 265.0, "m", "measure"),
  ("900 مليون دولار", 9e8, U, "money"),
  ("1.5 مليون زائر", 1.5e6, "زائر", "count"),
  ("1.8 مليون زائر", 1.8e6, "زائر", "count"),
  ("20 في المائة", 20.0, "%", "percent"),
  ("ثلاثة ملايين زائر", 3e6, "زائر", "count"),
  ("15 في المائة", 15.0, "%", "percent"),
  ("270 ألف زائر", 270000.0, "زائر", "count"),
  ("ثلث", 1 / 3, "fraction", "count"),
  ("2400 عامل", 2400.0, "عامل", "count"),
  ("1700 صيني", 1700.0, "صيني", "count"),
  ("700 جزائري", 700.0, "جزائري", "count"),
  ("71 في المائة", 71.0, "%", "percent"),
  ("63 عاماً", 63.0, "عام", "count"),
  ("مئة ألف مصلّ", 100000.0, "مصل", "count"),
  ("مليون كتاب", 1e6, "كتاب", "count"),
  ("1500 طالب", 1500.0, "طالب", "count"),
  ("300 طالب", 300.0, "طالب", "count"),
  ("الخُمس", 0.2, "fraction", "count"),
  ("عامين", 2.0, "عام", "count"),
  ("الثانية", 2.0, None, "ordinal"),
 ]),
 "encyclopedia_ibn_fadlan_volga": dict(file="encyclopedia_ibn_fadlan_volga.txt", anchor="2025", dates=[
  ("القرن الرابع الهجري", "century", HD(301, 1, 1), HD(401, 1, 1, -1)),
  ("سنة 309هـ/921م", "year", *Y(921)),
  ("القرن العاشر الميلادي", "century", *YR(900, 999)),
  ("295-320هـ/908-932م", "year_range", *YR(908, 932)),
  ("الخميس 11 صفر سنة 309هـ", "date", *D(HD(309, 2, 11))),
  ("12 محرم سنة 310هـ/922م", "date", *D(HD(310, 1, 12))),
  ("1890-1970م", "year_range", *YR(1890, 1970)),
  ("سنة 1342هـ/1923م", "year", *Y(1923)),
  ("عشرينيات القرن العشرين", "decade", *YR(1920, 1929)),
  ("سنة 1379هـ/1959م", "year", *Y(1959)),
  ("ثلاثينيات القرن العشرين", "decade", *YR(1930, 1939)),
  ("1939م", "year", *Y(1939)),
  ("سنة 1956م", "year", *Y(1956)),
  ("سنة 1443هـ/2022م", "year", *Y(2022)),
  ("سنة 922م", "year", *Y(922)),
  ("سنة 2014م", "year", *Y(2014)),
  ("سنة 2024م", "year", *Y(2024)),
  ("الأربعاء 10 ذي الحجة 1436هـ الموافق 23 سبتمبر 2015م", "date", *D("2015-09-23")),
  ("سنة 1322هـ/1904م", "year", *Y(1904)),
  ("سنة 1426هـ/2005م", "year", *Y(2005)),
  ("الخميس 15 محرم 1439هـ الموافق 5 أكتوبر 2017م", "date", *D("2017-10-05")),
  ("الأربعاء 22 جمادى الأولى 1445هـ الموافق 6 ديسمبر 2023م", "date", *D("2023-12-06")),
  ("القرن الخامس عشر الهجري", "century", "1980-11-09", "2077-11-16"),
  ("غرة رمضان 1446هـ", "date", *D("2025-03-01")),
  ("سنة 1969م", "year", *Y(1969)),
  ("2023م", "year", *Y(2023)),
  ("2026م", "year", *Y(2026)),
 ], figures=[
  ("أربعة رجال", 4.0, "رجل", "count"),
  ("أربعة آلاف دينار", 4000.0, "دينار", "money"),
  ("أحد عشر شهراً", 11.0, "شهر", "count"),
  ("أربعة آلاف كيلومتر", 4000.0, "km", "measure"),
  ("ألف سنة", 1000.0, "سنة", "count"),
  ("تسعة وسبعين عاماً", 79.0, "عام", "count"),
  ("ست وثلاثين سنة", 36.0, "سنة", "count"),
  ("مرتين", 2.0, "مرة", "count"),
  ("3.9 ملايين نسمة", 3.9e6, "نسمة", "count"),
  ("53 في المائة", 53.0, "%", "percent"),
  ("2.07 مليون نسمة", 2.07e6, "نسمة", "count"),
  ("ألف ومئة عام", 1100.0, "عام", "count"),
  ("620 ألف زائر", 620000.0, "زائر", "count"),
  ("31 ألفاً", 31000.0, "زائر", "count"),
  ("5 في المائة", 5.0, "%", "percent"),
  ("أربع سنوات", 4.0, "سنة", "count"),
  ("عشرة آلاف مصلّ", 10000.0, "مصل", "count"),
  ("عشرة أضعاف", 10.0, "ضعف", "count"),
  ("ألف مصلّ", 1000.0, "مصل", "count"),
  ("ست سنوات", 6.0, "سنة", "count"),
  ("240 صفحة", 240.0, "صفحة", "count"),
  ("خمسة مترجمين", 5.0, "مترجم", "count"),
  ("ثلاثة", 3.0, "مترجم", "count"),
  ("اثنان", 2.0, "مترجم", "count"),
  ("السادسة والخمسين", 56.0, "عام", "count"),
  ("ثلاث سنوات", 3.0, "سنة", "count"),
  ("الرابعة بعد المئة والألف", 1104.0, None, "ordinal"),
 ]),
 "markdown_rosneft_zohr": dict(file="markdown_rosneft_zohr.md", anchor="2025", dates=[
  ("الثلاثاء 21 أكتوبر 2025", "date", *D("2025-10-21")),
  ("أغسطس 2015", "month", *M(2015, 8)),
  ("الاثنين 12 ديسمبر 2016", "date", *D("2016-12-12")),
  ("نوفمبر 2016", "month", *M(2016, 11)),
  ("الاثنين 9 أكتوبر 2017", "date", *D("2017-10-09")),
  ("ديسمبر 2017", "month", *M(2017, 12)),
  ("عام 2019", "year", *Y(2019)),
  ("عام 2024", "year", *Y(2024)),
  ("قبل عامين", "relative", *Y(2023)),
  ("2023", "year", *Y(2023)),
  ("عام 1966", "year", *Y(1966)),
  ("يونيو 2024", "month", *M(2024, 6)),
  ("يونيو 2025", "month", *M(2025, 6)),
  ("العام المقبل", "relative", *Y(2026)),
  ("مارس الماضي", "relative", *M(2025, 3)),
  ("ديسمبر 2016", "month", *M(2016, 12)),
  ("12 December 2016", "date", *D("2016-12-12")),
  ("3 أكتوبر 2025", "date", *D("2025-10-03")),
  ("9 October 2017", "date", *D("2017-10-09")),
  ("3 أكتوبر 2025", "date", *D("2025-10-03")),
  ("التقرير السنوي |2024", "year", *Y(2024)),
  ("15 May 2025", "date", *D("2025-05-15")),
  ("5 أكتوبر 2025", "date", *D("2025-10-05")),
  ("Gas Market Report |2025", "year", *Y(2025)),
  ("22 July 2025", "date", *D("2025-07-22")),
  ("6 أكتوبر 2025", "date", *D("2025-10-06")),
 ], figures=[
  ("ثماني سنوات", 8.0, "سنة", "count"),
  ("850 مليار متر مكعب", 8.5e11, "m3", "measure"),
  ("أربعة أشهر", 4.0, "شهر", "count"),
  ("30%", 30.0, "%", "percent"),
  ("1.125 مليار دولار", 1.125e9, U, "money"),
  ("450 مليون دولار", 4.5e8, U, "money"),
  ("1.575 مليار دولار", 1.575e9, U, "money"),
  ("10%", 10.0, "%", "percent"),
  ("375 مليون دولار", 3.75e8, U, "money"),
  ("37.5 مليون دولار", 3.75e7, U, "money"),
  ("3.75 مليار دولار", 3.75e9, U, "money"),
  ("عشرة أشهر", 10.0, "شهر", "count"),
  ("عامين", 2.0, "عام", "count"),
  ("أربعة أشهر", 4.0, "شهر", "count"),
  ("أربعة شركاء", 4.0, "شريك", "count"),
  ("50%", 50.0, "%", "percent"),
  ("30%", 30.0, "%", "percent"),
  ("10%", 10.0, "%", "percent"),
  ("10%", 10.0, "%", "percent"),
  ("2.7 مليار قدم مكعبة", 2.7e9, "ft3", "measure"),
  ("1.9 مليار قدم مكعبة", 1.9e9, "ft3", "measure"),
  ("29.6%", 29.6, "%", "percent"),
  ("0.57 مليار قدم مكعبة", 5.7e8, "ft3", "measure"),
  ("40%", 40.0, "%", "percent"),
  ("4.75 مليار قدم مكعبة", 4.75e9, "ft3", "measure"),
  ("59 عاماً", 59.0, "عام", "count"),
  ("6.1 مليار دولار", 6.1e9, U, "money"),
  ("3.5 مليار دولار", 3.5e9, U, "money"),
  ("42.6%", 42.6, "%", "percent"),
  ("خمس آبار", 5.0, "بئر", "count"),
  ("1.5 مليار دولار", 1.5e9, U, "money"),
  ("300 مليون دولار", 3e8, U, "money"),
  ("ثماني سنوات", 8.0, "سنة", "count"),
  ("ثلث", 1 / 3, "fraction", "count"),
  ("30%", 30.0, "%", "percent"),
 ]),
 "communique_kuwait_china": dict(file="communique_kuwait_china.txt", anchor="2025", dates=[
  ("الاثنين 10 نوفمبر", "date", *D("2025-11-10")),
  ("الخميس 13 نوفمبر 2025", "date", *D("2025-11-13")),
  ("الاثنين 22 مارس 1971", "date", *D("1971-03-22")),
  ("قبل أربعة وخمسين عاماً", "relative", *Y(1971)),
  ("السبت 13 فبراير 1965", "date", *D("1965-02-13")),
  ("قبل ستين عاماً", "relative", *Y(1965)),
  ("عام 2018", "year", *Y(2018)),
  ("قبل سبع سنوات", "relative", *Y(2018)),
  ("عام 2024", "year", *Y(2024)),
  ("عام 2030", "year", *Y(2030)),
  ("سبتمبر 2023", "month", *M(2023, 9)),
  ("العام المقبل", "relative", *Y(2026)),
  ("عام 2029", "year", *Y(2029)),
  ("الاثنين 12 يونيو 2023", "date", *D("2023-06-12")),
  ("الأحد 22 مارس 2026", "date", *D("2026-03-22")),
  ("الخميس 22 جمادى الأولى 1447هـ الموافق 13 نوفمبر 2025م", "date", *D("2025-11-13")),
 ], figures=[
  ("أربعة أيام", 4.0, "يوم", "count"),
  ("21.8 مليار دولار", 2.18e10, U, "money"),
  ("14.6 مليار دولار", 1.46e10, U, "money"),
  ("7.2 مليار دولار", 7.2e9, U, "money"),
  ("520 ألف برميل", 520000.0, BBL, "measure"),
  ("21 في المائة", 21.0, "%", "percent"),
  ("2.48 مليون برميل", 2.48e6, BBL, "measure"),
  ("30 مليار دولار", 3e10, U, "money"),
  ("37.6 في المائة", 37.6, "%", "percent"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("ستة مشاريع", 6.0, "مشروع", "count"),
  ("8.5 مليار دولار", 8.5e9, U, "money"),
  ("4.2 مليار دولار", 4.2e9, U, "money"),
  ("1.3 مليار دولار", 1.3e9, U, "money"),
  ("1.1 مليار دولار", 1.1e9, U, "money"),
  ("700 مليون دولار", 7e8, U, "money"),
  ("600 مليون دولار", 6e8, U, "money"),
  ("600 مليون دولار", 6e8, U, "money"),
  ("49.4 في المائة", 49.4, "%", "percent"),
  ("24 رصيفاً", 24.0, "رصيف", "count"),
  ("4.2 مليار دولار", 4.2e9, U, "money"),
  ("175 مليون دولار", 1.75e8, U, "money"),
  ("ثلث", 1 / 3, "fraction", "count"),
  ("ثمانية أرصفة", 8.0, "رصيف", "count"),
  ("1.8 مليون حاوية", 1.8e6, "حاوية", "count"),
  ("ثلاث سنوات", 3.0, "سنة", "count"),
  ("150 منحة", 150.0, "منحة", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("750 منحة", 750.0, "منحة", "count"),
  ("الدورة |الثالثة", 3.0, None, "ordinal"),
  ("الدورة |الرابعة", 4.0, None, "ordinal"),
  ("الخامسة والخمسين", 55.0, None, "ordinal"),
  ("عامين", 2.0, "عام", "count"),
  ("تسعة أشهر", 9.0, "شهر", "count"),
  ("الدورة |الثالثة", 3.0, None, "ordinal"),
  ("نسختين", 2.0, "نسخة", "count"),
 ]),
 "timeline_aiib_arab_states": dict(file="timeline_aiib_arab_states.txt", anchor="2025", dates=[
  ("الأحد 28 أيلول 2025", "date", *D("2025-09-28")),
  ("قبل اثني عشر عاماً", "relative", *Y(2013)),
  ("تشرين الأول 2013", "month", *M(2013, 10)),
  ("الجمعة 24 تشرين الأول 2014", "date", *D("2014-10-24")),
  ("الثلاثاء 31 آذار 2015", "date", *D("2015-03-31")),
  ("الجمعة 22 أيار 2015", "date", *D("2015-05-22")),
  ("الاثنين 29 حزيران 2015", "date", *D("2015-06-29")),
  ("نهاية |العام", "relative", *Y(2015)),
  ("الجمعة 25 كانون الأول 2015", "date", *D("2015-12-25")),
  ("السبت 16 كانون الثاني 2016", "date", *D("2016-01-16")),
  ("عام 1949", "year", *Y(1949)),
  ("كانون الثاني 2026", "month", *M(2026, 1)),
  ("2016", "year", *Y(2016)),
  ("2016 - 2024", "year_range", *YR(2016, 2024)),
  ("الاثنين 25 أيلول 2023", "date", *D("2023-09-25")),
  ("الأربعاء 27 أيلول", "date", *D("2023-09-27")),
  ("2025", "year", *Y(2025)),
  ("كانون الثاني 2026", "month", *M(2026, 1)),
  ("العام المقبل", "relative", *Y(2026)),
 ], figures=[
  ("21 دولة", 21.0, "دولة", "count"),
  ("ثلاث دول", 3.0, "دولة", "count"),
  ("57 دولة", 57.0, "دولة", "count"),
  ("سبع دول", 7.0, "دولة", "count"),
  ("12.3 بالمئة", 12.3, "%", "percent"),
  ("الخامس", 5.0, None, "ordinal"),
  ("50 دولة", 50.0, "دولة", "count"),
  ("ست دول", 6.0, "دولة", "count"),
  ("100 مليار دولار", 1e11, U, "money"),
  ("ستة أشهر", 6.0, "شهر", "count"),
  ("17 دولة", 17.0, "دولة", "count"),
  ("50.1 بالمئة", 50.1, "%", "percent"),
  ("يومين", 2.0, "يوم", "count"),
  ("اثنين وعشرين يوماً", 22.0, "يوم", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("عشر سنوات", 10.0, "سنة", "count"),
  ("5.9 مليار دولار", 5.9e9, U, "money"),
  ("5.9 بالمئة", 5.9, "%", "percent"),
  ("2.5 مليار دولار", 2.5e9, U, "money"),
  ("1.2 مليار", 1.2e9, U, "money"),
  ("700 مليون", 7e8, U, "money"),
  ("600 مليون", 6e8, U, "money"),
  ("500 مليون", 5e8, U, "money"),
  ("300 مليون", 3e8, U, "money"),
  ("100 مليون", 1e8, U, "money"),
  ("42.4 بالمئة", 42.4, "%", "percent"),
  ("14 مشروعاً", 14.0, "مشروع", "count"),
  ("3.5 مليار دولار", 3.5e9, U, "money"),
  ("8 مشاريع", 8.0, "مشروع", "count"),
  ("2.1 مليار دولار", 2.1e9, U, "money"),
  ("و|4", 4.0, "مشروع", "count"),
  ("1.1 مليار دولار", 1.1e9, U, "money"),
  ("و|2", 2.0, "مشروع", "count"),
  ("300 مليون دولار", 3e8, U, "money"),
  ("60 بالمئة", 60.0, "%", "percent"),
  ("262.5 مليون دولار", 2.625e8, U, "money"),
  ("الثامن", 8.0, None, "ordinal"),
  ("ثلاثة أيام", 3.0, "يوم", "count"),
  ("110 أعضاء", 110.0, "عضو", "count"),
  ("ضعف", 2.0, "ضعف", "count"),
  ("عشر سنوات", 10.0, "سنة", "count"),
 ]),
}


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    total = {}
    for name, a in ANN.items():
        raw = (HERE / "clean" / a["file"]).read_text(encoding="utf-8")
        for kind in ("figures", "dates"):
            items, pos = [], 0
            for row in a[kind]:
                ctx, _, q = row[0].rpartition("|")
                if name in EASTERN:
                    ctx, q = east(ctx), east(q)
                if ctx:
                    c = raw.find(ctx, pos)
                    assert c >= 0, (name, kind, row[0], "context", pos)
                    s = c + len(ctx)
                    assert raw.startswith(q, s), (name, kind, row[0], "quote after context")
                else:
                    s = raw.find(q, pos)
                    assert s >= 0, (name, kind, q, pos)
                pos = s + len(q)
                item = {"start": s, "end": s + len(q), "text": q}
                if kind == "figures":
                    item.update(value=float(row[1]), unit=row[2], type=row[3])
                else:
                    item.update(type=row[1], start_date=row[2], end_date=row[3])
                items.append(item)
            items.sort(key=lambda i: i["start"])
            head = {"file": f"clean/{a['file']}", "kind": kind, "complete": True, "anchor": a["anchor"], "items": items}
            out = HERE / "gold" / f"{name}.{kind}.yml"
            out.write_text(f"# Hand-annotated {kind} of clean/{a['file']} (benchmarks/heldout21/README.md), written blind.\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")
            total[kind] = total.get(kind, 0) + len(items)
            print(name, kind, len(items))
    print(total)


if __name__ == "__main__":
    main()
