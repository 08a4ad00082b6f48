"""Writes gold/<name>.{dates,figures}.yml from the hand annotations below (heldout11's script, heldout20's texts).

Every annotation was written by reading the text, before any engine was run on it, and without
reading the engine's rules. Items are listed in text order; each quote is searched from the END of
the previous item of the same table, so a repeated quote («2024») is pinned to its own place (a
quote written «context|quote» is searched with its context, which stays outside the item). The
Etihad Rail report is in Eastern Arabic digits: it is annotated here with Western digits and the
quote is converted before searching (EASTERN; «.» between digits becomes the Arabic decimal comma «٫»).
Run:
    python benchmarks/heldout20/make_gold.py
"""
import calendar
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
EASTERN = {"report_etihad_rail_wagons"}
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


def Y(y: int) -> tuple[str, str]:
    return (f"{y:04d}" if y >= 0 else f"-{-y:04d}") + "-01-01", (f"{y:04d}" if y >= 0 else f"-{-y:04d}") + "-12-31"


def YR(a: int, b: int) -> tuple[str, str]:
    return Y(a)[0], Y(b)[1]


def M(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def MR(y: int, a: int, b: int) -> tuple[str, str]:
    return M(y, a)[0], M(y, b)[1]


def D(s: str) -> tuple[str, str]:
    return s, s


U, AED, MAD = "USD", "AED", "MAD"

ANN = {
 "report_etihad_rail_wagons": dict(file="report_etihad_rail_wagons.txt", anchor="2025", dates=[
  ("الأربعاء 19 نوفمبر 2025", "date", *D("2025-11-19")),
  ("يونيو 2009", "month", *M(2009, 6)),
  ("عام 2016", "year", *Y(2016)),
  ("الخميس 23 فبراير 2023", "date", *D("2023-02-23")),
  ("مارس 2023", "month", *M(2023, 3)),
  ("مايو 2024", "month", *M(2024, 5)),
  ("أكتوبر الماضي", "relative", *M(2025, 10)),
  ("2024", "year", *Y(2024)),
  ("الأشهر العشرة الأولى من العام الجاري", "relative", *MR(2025, 1, 10)),
  ("العام المقبل", "relative", *Y(2026)),
  ("2024", "year", *Y(2024)),
  ("2023", "year", *Y(2023)),
  ("عام 1979", "year", *Y(1979)),
  ("مايو 2024", "month", *M(2024, 5)),
  ("العام المقبل", "relative", *Y(2026)),
 ], figures=[
  ("264 كيلومتراً", 264.0, "km", "measure"),
  ("900 كيلومتر", 900.0, "km", "measure"),
  ("أربعة عشر عاماً", 14.0, "عام", "count"),
  ("سبع سنوات", 7.0, "سنة", "count"),
  ("أربعة موانئ", 4.0, "ميناء", "count"),
  ("سبعة مراكز", 7.0, "مركز", "count"),
  ("600 عربة", 600.0, "عربة", "count"),
  ("330 مليون درهم", 3.3e8, AED, "money"),
  ("550 ألف درهم", 5.5e5, AED, "money"),
  ("21.4%", 21.4, "%", "percent"),
  ("700 ألف درهم", 7e5, AED, "money"),
  ("240 عربة", 240.0, "عربة", "count"),
  ("40%", 40.0, "%", "percent"),
  ("180 عربة", 180.0, "عربة", "count"),
  ("30%", 30.0, "%", "percent"),
  ("120 عربة", 120.0, "عربة", "count"),
  ("20%", 20.0, "%", "percent"),
  ("60 عربة", 60.0, "عربة", "count"),
  ("10%", 10.0, "%", "percent"),
  ("أربعة عشر شهراً", 14.0, "شهر", "count"),
  ("420 عربة", 420.0, "عربة", "count"),
  ("70%", 70.0, "%", "percent"),
  ("150 عربة", 150.0, "عربة", "count"),
  ("270", 270.0, "عربة", "count"),
  ("180", 180.0, "عربة", "count"),
  ("8.4 مليون طن", 8.4e6, "tonne", "measure"),
  ("6 ملايين طن", 6e6, "tonne", "measure"),
  ("40%", 40.0, "%", "percent"),
  ("5.04 مليون طن", 5.04e6, "tonne", "measure"),
  ("60%", 60.0, "%", "percent"),
  ("2.1 مليون طن", 2.1e6, "tonne", "measure"),
  ("25%", 25.0, "%", "percent"),
  ("1.26 مليون طن", 1.26e6, "tonne", "measure"),
  ("15%", 15.0, "%", "percent"),
  ("38 قاطرة", 38.0, "قاطرة", "count"),
  ("221 ألف طن", 2.21e5, "tonne", "measure"),
  ("46 عاماً", 46.0, "عام", "count"),
  ("عشرين عربة", 20.0, "عربة", "count"),
  ("عامين", 2.0, "عام", "count"),
  ("11 مدينة", 11.0, "مدينة", "count"),
  ("50 دقيقة", 50.0, "دقيقة", "count"),
  ("ثلاث شركات", 3.0, "شركة", "count"),
  ("شركتان", 2.0, "شركة", "count"),
  ("خمس شركات", 5.0, "شركة", "count"),
  ("90 مليون درهم", 9e7, AED, "money"),
  ("بثلاثين عاماً", 30.0, "عام", "count"),
 ]),
 "news_yemen_russian_wheat": dict(file="news_yemen_russian_wheat.txt", anchor="2025", dates=[
  ("الأحد 9 نوفمبر 2025", "date", *D("2025-11-09")),
  ("اليوم", "relative", *D("2025-11-09")),
  ("الشهر الجاري", "relative", *M(2025, 11)),
  ("الأشهر العشرة الأولى من العام الجاري", "relative", *MR(2025, 1, 10)),
  ("الفترة نفسها من العام الماضي", "relative", *MR(2024, 1, 10)),
  ("قبل عامين", "relative", *Y(2023)),
  ("الاثنين 17 يوليو 2023", "date", *D("2023-07-17")),
  ("الجمعة 15 أغسطس الماضي", "relative", *D("2025-08-15")),
  ("العام الماضي", "relative", *Y(2024)),
  ("يوليو 2023", "month", *M(2023, 7)),
  ("عام 1971", "year", *Y(1971)),
  ("قبل أحد عشر عاماً", "relative", *Y(2014)),
  ("21 سبتمبر 2014", "date", *D("2014-09-21")),
  ("الشهر المقبل", "relative", *M(2025, 12)),
  ("الثلاثاء والأربعاء 2 و3 ديسمبر المقبل", "relative", "2025-12-02", "2025-12-03"),
  ("عام 2023", "year", *Y(2023)),
 ], figures=[
  ("خمسة وعشرين ألف طن", 25000.0, "tonne", "measure"),
  ("ثالث", 3.0, None, "ordinal"),
  ("1.36 مليون طن", 1.36e6, "tonne", "measure"),
  ("1.1 مليون طن", 1.1e6, "tonne", "measure"),
  ("23.6 في المائة", 23.6, "%", "percent"),
  ("40 في المائة", 40.0, "%", "percent"),
  ("3.4 ملايين طن", 3.4e6, "tonne", "measure"),
  ("28 في المائة", 28.0, "%", "percent"),
  ("12 نقطة مئوية", 12.0, "نقطة", "count"),
  ("ثلاثة موانئ", 3.0, "ميناء", "count"),
  ("780 ألف طن", 7.8e5, "tonne", "measure"),
  ("57.4 في المائة", 57.4, "%", "percent"),
  ("460 ألف طن", 4.6e5, "tonne", "measure"),
  ("120 ألف طن", 1.2e5, "tonne", "measure"),
  ("68 ألف طن", 68000.0, "tonne", "measure"),
  ("238 دولاراً", 238.0, U, "money"),
  ("262 دولاراً", 262.0, U, "money"),
  ("9.2 في المائة", 9.2, "%", "percent"),
  ("58 دولاراً", 58.0, U, "money"),
  ("296 دولاراً", 296.0, U, "money"),
  ("54 عاماً", 54.0, "عام", "count"),
  ("120 ألف طن", 1.2e5, "tonne", "measure"),
  ("ثلاثة أيام", 3.0, "يوم", "count"),
  ("ثلاث مطاحن", 3.0, "مطحنة", "count"),
  ("90 في المائة", 90.0, "%", "percent"),
  ("نصف", 0.5, "fraction", "count"),
  ("سفينتين", 2.0, "سفينة", "count"),
  ("55 ألف طن", 55000.0, "tonne", "measure"),
  ("30 ألف طن", 30000.0, "tonne", "measure"),
  ("25 ألفاً", 25000.0, "tonne", "measure"),
  ("السابعة", 7.0, None, "ordinal"),
  ("عامين", 2.0, "عام", "count"),
  ("السادسة", 6.0, None, "ordinal"),
 ]),
 "encyclopedia_confucius_institutes_arab": dict(file="encyclopedia_confucius_institutes_arab.txt", anchor="2025", dates=[
  ("551-479 ق.م", "year_range", *YR(-550, -478)),
  ("القرن السادس قبل الميلاد", "century", *YR(-599, -500)),
  ("قبل ما يزيد على خمسة وعشرين قرناً", "relative", *Y(-475)),
  ("سنة 1987م", "year", *Y(1987)),
  ("الأحد 8 شوال 1425هـ الموافق 21 نوفمبر 2004م", "date", *D("2004-11-21")),
  ("العقد الثاني من القرن الحادي والعشرين", "decade", *YR(2010, 2019)),
  ("سنة 1441هـ/2020م", "year", *Y(2020)),
  ("سنة 1428هـ/2007م", "year", *Y(2007)),
  ("غرة ذي القعدة سنة 1434هـ", "date", *D("2013-09-07")),
  ("سنة 1446هـ/2024م", "year", *Y(2024)),
  ("سنة 2024م", "year", *Y(2024)),
  ("الجمعة 17 جمادى الآخرة 1440هـ الموافق 22 فبراير 2019م", "date", *D("2019-02-22")),
  ("سنة 1958م", "year", *Y(1958)),
  ("2007", "year", *Y(2007)),
  ("العقد الثاني من القرن الحادي والعشرين", "decade", *YR(2010, 2019)),
  ("سنة 2004م", "year", *Y(2004)),
  ("سنة 1447هـ/2025م", "year", *Y(2025)),
 ], figures=[
  ("اثنين وسبعين عاماً", 72.0, "عام", "count"),
  ("سبعة عشر عاماً", 17.0, "عام", "count"),
  ("خمسمائة معهد", 500.0, "معهد", "count"),
  ("ثلاثة وثلاثين عاماً", 33.0, "عام", "count"),
  ("ستة عشر عاماً", 16.0, "عام", "count"),
  ("ثمانية عشر معهداً", 18.0, "معهد", "count"),
  ("عشر دول", 10.0, "دولة", "count"),
  ("4", 4.0, "معهد", "count"),
  ("3", 3.0, "معهد", "count"),
  ("3", 3.0, "معهد", "count"),
  ("2", 2.0, "معهد", "count"),
  ("22.2 في المائة", 22.2, "%", "percent"),
  ("إحدى وعشرين جامعة", 21.0, "جامعة", "count"),
  ("21 ألف دارس", 21000.0, "دارس", "count"),
  ("9450", 9450.0, "دارس", "count"),
  ("45 في المائة", 45.0, "%", "percent"),
  ("5250", 5250.0, "دارس", "count"),
  ("الربع", 0.25, "fraction", "count"),
  ("6300 دارس", 6300.0, "دارس", "count"),
  ("تسعمائة", 900.0, "مدرس", "count"),
  ("سنتين", 2.0, "سنة", "count"),
  ("ثالثة", 3.0, None, "ordinal"),
  ("اثني عشر عاماً", 12.0, "عام", "count"),
  ("ثماني مدارس", 8.0, "مدرسة", "count"),
  ("أربعين مدرسة", 40.0, "مدرسة", "count"),
  ("خمسة أضعاف", 5.0, "ضعف", "count"),
  ("مئة مدرسة", 100.0, "مدرسة", "count"),
  ("مئتي مدرسة", 200.0, "مدرسة", "count"),
  ("معهدين", 2.0, "معهد", "count"),
  ("السابعة والستين", 67.0, "عام", "count"),
  ("ثلاثون طالباً", 30.0, "طالب", "count"),
  ("ست سنوات", 6.0, "سنة", "count"),
  ("ستمائة", 600.0, "طالب", "count"),
  ("ثلث", 1 / 3, "fraction", "count"),
  ("عقدين", 2.0, "عقد", "count"),
  ("نصف", 0.5, "fraction", "count"),
 ]),
 "markdown_tripoli_lebanon_port": dict(file="markdown_tripoli_lebanon_port.md", anchor="2025", dates=[
  ("الثلاثاء 21 تشرين الأول 2025", "date", *D("2025-10-21")),
  ("أيلول 2017", "month", *M(2017, 9)),
  ("قبل ثماني سنوات", "relative", *Y(2017)),
  ("السبت 7 آذار 2020", "date", *D("2020-03-07")),
  ("الثلاثاء 4 آب 2020", "date", *D("2020-08-04")),
  ("عام 2019", "year", *Y(2019)),
  ("عام 2021", "year", *Y(2021)),
  ("العام الماضي", "relative", *Y(2024)),
  ("عام 2018", "year", *Y(2018)),
  ("كانون الأول 2019", "month", *M(2019, 12)),
  ("العام الماضي", "relative", *Y(2024)),
  ("2019", "year", *Y(2019)),
  ("أيار 2022", "month", *M(2022, 5)),
  ("عام 2008", "year", *Y(2008)),
  ("آب 2020", "month", *M(2020, 8)),
  ("24 كانون الثاني 2022", "date", *D("2022-01-24")),
  ("2 أيلول 2025", "date", *D("2025-09-02")),
  ("الإحصاءات السنوية 2024", "year", *Y(2024)),
  ("10 شباط 2025", "date", *D("2025-02-10")),
  ("2 أيلول 2025", "date", *D("2025-09-02")),
  ("استعراض النقل البحري 2025", "year", *Y(2025)),
  ("24 أيلول 2025", "date", *D("2025-09-24")),
  ("6 تشرين الأول 2025", "date", *D("2025-10-06")),
  ("17 حزيران 2025", "date", *D("2025-06-17")),
  ("4 أيلول 2025", "date", *D("2025-09-04")),
 ], figures=[
  ("ثاني", 2.0, None, "ordinal"),
  ("خمسة أشهر", 5.0, "شهر", "count"),
  ("96 ألف حاوية نمطية", 96000.0, "حاوية", "count"),
  ("168 ألفاً", 168000.0, "حاوية", "count"),
  ("75 بالمئة", 75.0, "%", "percent"),
  ("142 ألفاً", 142000.0, "حاوية", "count"),
  ("15.5 بالمئة", 15.5, "%", "percent"),
  ("12.5 مليار دولار", 1.25e10, U, "money"),
  ("5 مليارات دولار", 5e9, U, "money"),
  ("40 بالمئة", 40.0, "%", "percent"),
  ("15.5 متراً", 15.5, "m", "measure"),
  ("4.5 مليارات دولار", 4.5e9, U, "money"),
  ("36 بالمئة", 36.0, "%", "percent"),
  ("3 مليارات دولار", 3e9, U, "money"),
  ("24 بالمئة", 24.0, "%", "percent"),
  ("رافعتين", 2.0, "رافعة", "count"),
  ("65 طناً", 65.0, "tonne", "measure"),
  ("49.7 ألف حاوية نمطية", 49700.0, "حاوية", "count"),
  ("35 بالمئة", 35.0, "%", "percent"),
  ("مرتين ونصفاً", 2.5, "مرة", "count"),
  ("14 بالمئة", 14.0, "%", "percent"),
  ("57 عاماً", 57.0, "عام", "count"),
  ("38 يوماً", 38.0, "يوم", "count"),
  ("27 يوماً", 27.0, "يوم", "count"),
  ("ثلاثة أشياء", 3.0, "شيء", "count"),
  ("550 ألف متر مربع", 550000.0, "m2", "measure"),
  ("44 ألف متر مربع", 44000.0, "m2", "measure"),
  ("8 بالمئة", 8.0, "%", "percent"),
  ("سبعة عشر عاماً", 17.0, "عام", "count"),
  ("ثماني سنوات", 8.0, "سنة", "count"),
 ]),
 "oped_syria_reconstruction": dict(file="oped_syria_reconstruction.txt", anchor="2025", dates=[
  ("الأحد 7 ديسمبر 2025", "date", *D("2025-12-07")),
  ("غداً", "relative", *D("2025-12-08")),
  ("الأحد 8 ديسمبر 2024", "date", *D("2024-12-08")),
  ("أكتوبر الماضي", "relative", *M(2025, 10)),
  ("عام 2024", "year", *Y(2024)),
  ("2025", "year", *Y(2025)),
  ("الأربعاء 12 يناير 2022", "date", *D("2022-01-12")),
  ("2022", "year", *Y(2022)),
  ("الجمعة 22 سبتمبر 2023", "date", *D("2023-09-22")),
  ("عام 2019", "year", *Y(2019)),
  ("يناير 2025", "month", *M(2025, 1)),
  ("2023", "year", *Y(2023)),
  ("الثلاثاء 13 مايو 2025", "date", *D("2025-05-13")),
  ("الاثنين 30 يونيو 2025", "date", *D("2025-06-30")),
  ("2025", "year", *Y(2025)),
  ("2022", "year", *Y(2022)),
  ("قبل عامين", "relative", *Y(2023)),
  ("2023", "year", *Y(2023)),
  ("2022", "year", *Y(2022)),
  ("14 March 2022", "date", *D("2022-03-14")),
  ("2025", "year", *Y(2025)),
  ("2 October 2025", "date", *D("2025-10-02")),
  ("World Bank (|2025", "year", *Y(2025)),
  ("2011-2024", "year_range", *YR(2011, 2024)),
  ("2023", "year", *Y(2023)),
  ("2023", "year", *Y(2023)),
  ("9 أبريل 2023", "date", *D("2023-04-09")),
 ], figures=[
  ("216 مليار دولار", 2.16e11, U, "money"),
  ("82 ملياراً", 8.2e10, U, "money"),
  ("38 في المائة", 38.0, "%", "percent"),
  ("75 ملياراً", 7.5e10, U, "money"),
  ("59 ملياراً", 5.9e10, U, "money"),
  ("عشرة أضعاف", 10.0, "ضعف", "count"),
  ("21.4 مليار دولار", 2.14e10, U, "money"),
  ("خُمس", 0.2, "fraction", "count"),
  ("نصف", 0.5, "fraction", "count"),
  ("شهرين", 2.0, "شهر", "count"),
  ("1.2 مليار دولار", 1.2e9, U, "money"),
  ("180 مليوناً", 1.8e8, U, "money"),
  ("15 في المائة", 15.0, "%", "percent"),
  ("خمسة عشر شهراً", 15.0, "شهر", "count"),
  ("49 عاماً", 49.0, "عام", "count"),
  ("ست سنوات", 6.0, "سنة", "count"),
  ("64 مليون دولار", 6.4e7, U, "money"),
  ("500 مليون", 5e8, U, "money"),
  ("12.8 في المائة", 12.8, "%", "percent"),
  ("ثمانية وأربعين يوماً", 48.0, "يوم", "count"),
  ("28 مليار دولار", 2.8e10, U, "money"),
  ("11.2 مليار", 1.12e10, U, "money"),
  ("40 في المائة", 40.0, "%", "percent"),
  ("8.4 مليار", 8.4e9, U, "money"),
  ("30 في المائة", 30.0, "%", "percent"),
  ("8.4 مليار", 8.4e9, U, "money"),
  ("2 في المائة", 2.0, "%", "percent"),
 ]),
 "ruling_helicopter_overhaul": dict(file="ruling_helicopter_overhaul.txt", anchor="2025", dates=[
  ("الخميس 17 يوليوز 2025", "date", *D("2025-07-17")),
  ("الاثنين 6 ماي 2024", "date", *D("2024-05-06")),
  ("الثلاثاء 12 نونبر 2019", "date", *D("2019-11-12")),
  ("الاثنين 2 دجنبر 2019", "date", *D("2019-12-02")),
  ("الثلاثاء 18 فبراير 2020", "date", *D("2020-02-18")),
  ("16 غشت 2020", "date", *D("2020-08-16")),
  ("الثلاثاء 26 يناير 2021", "date", *D("2021-01-26")),
  ("الثلاثاء 14 شتنبر 2021", "date", *D("2021-09-14")),
  ("13 مارس 2022", "date", *D("2022-03-13")),
  ("9 يونيو 2022", "date", *D("2022-06-09")),
  ("مارس 2022", "month", *M(2022, 3)),
  ("4 أبريل 2023", "date", *D("2023-04-04")),
  ("الاثنين 23 يونيو 2025", "date", *D("2025-06-23")),
  ("الاثنين 9 دجنبر 2024", "date", *D("2024-12-09")),
  ("الاثنين 17 مارس 2025", "date", *D("2025-03-17")),
  ("غشت 2020", "month", *M(2020, 8)),
  ("يناير 2021", "month", *M(2021, 1)),
  ("12 نونبر 2019", "date", *D("2019-11-12")),
 ], figures=[
  ("أربع طائرات", 4.0, "طائرة", "count"),
  ("2.4 مليون دولار", 2.4e6, U, "money"),
  ("9.6 ملايين دولار", 9.6e6, U, "money"),
  ("180 يوماً", 180.0, "يوم", "count"),
  ("0.1 في المائة", 0.1, "%", "percent"),
  ("10 في المائة", 10.0, "%", "percent"),
  ("30 في المائة", 30.0, "%", "percent"),
  ("2.88 مليون دولار", 2.88e6, U, "money"),
  ("الثانية", 2.0, None, "ordinal"),
  ("مائة وثلاثة وستين يوماً", 163.0, "يوم", "count"),
  ("مائة يوم", 100.0, "يوم", "count"),
  ("240 ألف دولار", 2.4e5, U, "money"),
  ("الثالثة", 3.0, None, "ordinal"),
  ("الرابعة", 4.0, None, "ordinal"),
  ("1.92 مليون دولار", 1.92e6, U, "money"),
  ("1.44 مليون دولار", 1.44e6, U, "money"),
  ("الثالثة", 3.0, None, "ordinal"),
  ("الرابعة", 4.0, None, "ordinal"),
  ("720 ألف دولار", 7.2e5, U, "money"),
  ("480 ألف دولار", 4.8e5, U, "money"),
  ("الثانية", 2.0, None, "ordinal"),
  ("ثلاثة دفوع", 3.0, "دفع", "count"),
  ("36 ألف دولار", 36000.0, U, "money"),
  ("1500 دولار", 1500.0, U, "money"),
  ("24 شهراً", 24.0, "شهر", "count"),
  ("خمس جلسات", 5.0, "جلسة", "count"),
  ("الثانية", 2.0, None, "ordinal"),
  ("1.92 مليون دولار", 1.92e6, U, "money"),
  ("50 ألف درهم", 50000.0, MAD, "money"),
  ("أربعة عشر شهراً", 14.0, "شهر", "count"),
 ]),
}


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name, a in ANN.items():
        raw = (HERE / "clean" / a["file"]).read_text(encoding="utf-8")
        for kind in ("figures", "dates"):
            items, pos = [], 0
            for row in a[kind]:
                q = east(row[0]) if name in EASTERN else row[0]
                ctx, _, q = q.rpartition("|")  # «context|quote»: the quote is searched with the context before it
                s = raw.find(ctx + q, pos)
                assert s >= 0, (name, kind, q, pos)
                s += len(ctx)
                pos = s + len(q)
                item = {"start": s, "end": s + len(q), "text": q}
                if kind == "figures":
                    item.update(value=row[1], unit=row[2], type=row[3])
                else:
                    item.update(type=row[1], start_date=row[2], end_date=row[3])
                items.append(item)
            items.sort(key=lambda i: i["start"])
            head = {"file": f"clean/{a['file']}", "kind": kind, "complete": True, "anchor": a["anchor"], "items": items}
            out = HERE / "gold" / f"{name}.{kind}.yml"
            out.write_text(f"# Hand-annotated {kind} of clean/{a['file']} (benchmarks/heldout20/README.md), written blind.\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")
            print(name, kind, len(items))


if __name__ == "__main__":
    main()
