"""Writes gold/<name>.{dates,figures}.yml from the hand annotations below (heldout8's script, heldout11's texts).

Every annotation was written by reading the text, before any engine was run on it, and without
reading the engine's rules. Items are listed in text order; each quote is searched from the END of
the previous item of the same table, so a repeated quote («2024») is pinned to its own place. The
Rosatom report is in Eastern Arabic digits: it is annotated here with Western digits and the quote
is converted before searching (EASTERN; «.» between digits becomes the Arabic decimal comma «٫»).
Run:
    python benchmarks/heldout11/make_gold.py
"""
import calendar
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
EASTERN = {"report_rosatom_exports"}
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


def Y(y: int) -> tuple[str, str]:
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def YR(a: int, b: int) -> tuple[str, str]:
    return Y(a)[0], Y(b)[1]


def M(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def D(s: str) -> tuple[str, str]:
    return s, s


U, E = "USD", "EUR"

ANN = {
 "report_rosatom_exports": dict(file="report_rosatom_exports.txt", anchor="2025", dates=[
  ("الثلاثاء 18 نوفمبر 2025", "date", *D("2025-11-18")),
  ("للسنوات العشر المقبلة", "relative", *YR(2025, 2034)),
  ("2024", "year", *Y(2024)),
  ("قبل ثلاث سنوات", "relative", *Y(2021)),
  ("ستينيات القرن الماضي", "decade", *YR(1960, 1969)),
  ("عام 1961", "year", *Y(1961)),
  ("الاثنين 11 ديسمبر 2017", "date", *D("2017-12-11")),
  ("الأربعاء 20 يوليو 2022", "date", *D("2022-07-20")),
  ("عام 1968", "year", *Y(1968)),
  ("عام 2028", "year", *Y(2028)),
  ("الثلاثاء 3 أبريل 2018", "date", *D("2018-04-03")),
  ("عام 2024", "year", *Y(2024)),
  ("عام 2023", "year", *Y(2023)),
  ("2024", "year", *Y(2024)),
  ("عام 2028", "year", *Y(2028)),
 ], figures=[
  ("200 مليار دولار", 2e11, U, "money"),
  ("160 مليار دولار", 1.6e11, U, "money"),
  ("25%", 25.0, "%", "percent"),
  ("22 مفاعلاً", 22.0, "مفاعل", "count"),
  ("سبع دول", 7.0, "دولة", "count"),
  ("4", 4.0, "مفاعل", "count"),
  ("4", 4.0, "مفاعل", "count"),
  ("4", 4.0, "مفاعل", "count"),
  ("4", 4.0, "مفاعل", "count"),
  ("2", 2.0, "مفاعل", "count"),
  ("2", 2.0, "مفاعل", "count"),
  ("2", 2.0, "مفاعل", "count"),
  ("8 مفاعلات", 8.0, "مفاعل", "count"),
  ("36.4%", 36.4, "%", "percent"),
  ("2 ميغاواط", 2.0, "MW", "measure"),
  ("أربع سنوات", 4.0, "سنة", "count"),
  ("سبعة أشهر", 7.0, "شهر", "count"),
  ("أربع وحدات", 4.0, "وحدة", "count"),
  ("1200 ميغاواط", 1200.0, "MW", "measure"),
  ("4800 ميغاواط", 4800.0, "MW", "measure"),
  ("29.4 مليار دولار", 2.94e10, U, "money"),
  ("25 مليار دولار", 2.5e10, U, "money"),
  ("85%", 85.0, "%", "percent"),
  ("22 عاماً", 22.0, "عام", "count"),
  ("3%", 3.0, "%", "percent"),
  ("6.1 مليون دولار", 6.1e6, U, "money"),
  ("25 ألف عامل", 25000.0, "عامل", "count"),
  ("19 ألف مصري", 19000.0, "مصري", "count"),
  ("6 آلاف أجنبي", 6000.0, "أجنبي", "count"),
  ("76%", 76.0, "%", "percent"),
  ("57 عاماً", 57.0, "عام", "count"),
  ("20%", 20.0, "%", "percent"),
  ("35%", 35.0, "%", "percent"),
  ("الرابعة", 4.0, None, "ordinal"),
  ("15 نقطة مئوية", 15.0, "نقطة", "count"),
  ("20 مليار دولار", 2e10, U, "money"),
  ("70%", 70.0, "%", "percent"),
  ("12.35 سنت", 0.1235, U, "money"),
  ("15 عاماً", 15.0, "عام", "count"),
  ("35 مليار كيلوواط ساعة", 3.5e10, "kWh", "measure"),
  ("10%", 10.0, "%", "percent"),
  ("350 مليار كيلوواط ساعة", 3.5e11, "kWh", "measure"),
  ("21.6 مليار دولار", 2.16e10, U, "money"),
  ("18 مليار دولار", 1.8e10, U, "money"),
  ("20%", 20.0, "%", "percent"),
  ("1.8 مليار دولار", 1.8e9, U, "money"),
  ("ثلاثة أبواب", 3.0, "باب", "count"),
  ("12.6 مليار دولار", 1.26e10, U, "money"),
  ("58.3%", 58.3, "%", "percent"),
  ("6.3 مليار دولار", 6.3e9, U, "money"),
  ("29.2%", 29.2, "%", "percent"),
  ("2.7 مليار دولار", 2.7e9, U, "money"),
  ("12.5%", 12.5, "%", "percent"),
  ("نصف", 0.5, "fraction", "count"),
  ("44%", 44.0, "%", "percent"),
  ("61 مليون وحدة", 6.1e7, "وحدة", "count"),
  ("27 مليون وحدة", 2.7e7, "وحدة", "count"),
  ("ست سنوات", 6.0, "سنة", "count"),
  ("عامين", 2.0, "عام", "count"),
  ("ثماني سنوات", 8.0, "سنة", "count"),
 ]),
 "news_brics_kazan": dict(file="news_brics_kazan.txt", anchor="2024", dates=[
  ("الخميس 24 أكتوبر 2024", "date", *D("2024-10-24")),
  ("اليوم", "relative", *D("2024-10-24")),
  ("الثلاثاء 22 أكتوبر", "date", *D("2024-10-22")),
  ("الاثنين الأول من يناير الماضي", "relative", *D("2024-01-01")),
  ("24 أغسطس 2023", "date", *D("2023-08-24")),
  ("الأشهر التسعة الأولى من العام الجاري", "relative", "2024-01-01", "2024-09-30"),
  ("قبل عامين", "relative", *Y(2022)),
  ("الأشهر التسعة الأولى من العام", "relative", "2024-01-01", "2024-09-30"),
  ("الفترة نفسها من العام الماضي", "relative", "2023-01-01", "2023-09-30"),
  ("الثلاثاء 15 يوليو 2014", "date", *D("2014-07-15")),
  ("قبل عشر سنوات", "relative", *Y(2014)),
  ("عام 1972", "year", *Y(1972)),
  ("الثلاثاء 16 يونيو 2009", "date", *D("2009-06-16")),
  ("قبل خمسة عشر عاماً", "relative", *Y(2009)),
  ("يناير 2024", "month", *M(2024, 1)),
  ("الأول من يناير المقبل", "relative", *D("2025-01-01")),
  ("العام المقبل", "relative", *Y(2025)),
 ], figures=[
  ("السادسة عشرة", 16.0, None, "ordinal"),
  ("ثلاثة أيام", 3.0, "يوم", "count"),
  ("36 دولة", 36.0, "دولة", "count"),
  ("22", 22.0, "دولة", "count"),
  ("خمسة", 5.0, "عضو", "count"),
  ("تسعة", 9.0, "عضو", "count"),
  ("ست دول", 6.0, "دولة", "count"),
  ("13 دولة", 13.0, "دولة", "count"),
  ("30 دولة", 30.0, "دولة", "count"),
  ("90 في المائة", 90.0, "%", "percent"),
  ("65 في المائة", 65.0, "%", "percent"),
  ("25 نقطة مئوية", 25.0, "نقطة", "count"),
  ("176 مليار دولار", 1.76e11, U, "money"),
  ("160 مليار دولار", 1.6e11, U, "money"),
  ("10 في المائة", 10.0, "%", "percent"),
  ("19.6 مليار دولار", 1.96e10, U, "money"),
  ("50 مليار دولار", 5e10, U, "money"),
  ("10 مليارات دولار", 1e10, U, "money"),
  ("33 مليار دولار", 3.3e10, U, "money"),
  ("120 مشروعاً", 120.0, "مشروع", "count"),
  ("275 مليون دولار", 2.75e8, U, "money"),
  ("52 عاماً", 52.0, "عام", "count"),
  ("45 في المائة", 45.0, "%", "percent"),
  ("35 في المائة", 35.0, "%", "percent"),
  ("السابعة عشرة", 17.0, None, "ordinal"),
 ]),
 "history_sco": dict(file="history_sco.txt", anchor="2025", dates=[
  ("الجمعة 23 ربيع الأول 1422هـ الموافق 15 يونيو 2001م", "date", *D("2001-06-15")),
  ("القرن الخامس عشر الهجري", "century", "1980-11-09", "2077-11-16"),
  ("عام 1447هـ/2025م", "year", *Y(2025)),
  ("القرن العشرين الميلادي", "century", *YR(1900, 1999)),
  ("ديسمبر 1991م", "month", *M(1991, 12)),
  ("الجمعة 9 ذي الحجة 1416هـ الموافق 26 أبريل 1996م", "date", *D("1996-04-26")),
  ("1931-2007م", "year_range", *YR(1931, 2007)),
  ("1926-2022م", "year_range", *YR(1926, 2022)),
  ("الخميس 24 أبريل 1997م", "date", *D("1997-04-24")),
  ("يوليو 2000م", "month", *M(2000, 7)),
  ("15 يونيو 2001م", "date", *D("2001-06-15")),
  ("الجمعة 26 ربيع الأول 1423هـ الموافق 7 يونيو 2002م", "date", *D("2002-06-07")),
  ("19 سبتمبر 2003م", "date", *D("2003-09-19")),
  ("عام 1425هـ/2004م", "year", *Y(2004)),
  ("الجمعة 14 رمضان 1438هـ الموافق 9 يونيو 2017م", "date", *D("2017-06-09")),
  ("الثلاثاء 4 يوليو 2023م", "date", *D("2023-07-04")),
  ("الخميس 4 يوليو 2024م", "date", *D("2024-07-04")),
  ("30 نوفمبر 2022م", "date", *D("2022-11-30")),
  ("عام 2024م", "year", *Y(2024)),
  ("31 أغسطس و1 سبتمبر 2025م", "date", "2025-08-31", "2025-09-01"),
 ], figures=[
  ("عشر دول", 10.0, "دولة", "count"),
  ("7500 كيلومتر", 7500.0, "km", "measure"),
  ("الخامسة والستين", 65.0, "عام", "count"),
  ("التاسعة والستين", 69.0, "عام", "count"),
  ("الخامسة", 5.0, None, "ordinal"),
  ("ست دول", 6.0, "دولة", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("شهرين", 2.0, "شهر", "count"),
  ("خمسة عشر شهراً", 15.0, "شهر", "count"),
  ("عضوين", 2.0, "عضو", "count"),
  ("ستة", 6.0, "عضو", "count"),
  ("ثمانية", 8.0, "عضو", "count"),
  ("تاسعاً", 9.0, None, "ordinal"),
  ("عاشراً", 10.0, None, "ordinal"),
  ("ستة وتسعين عاماً", 96.0, "عام", "count"),
  ("3.5 مليار نسمة", 3.5e9, "نسمة", "count"),
  ("43 في المائة", 43.0, "%", "percent"),
  ("8.1 مليار", 8.1e9, "نسمة", "count"),
  ("35 مليون كيلومتر مربع", 3.5e7, "km2", "measure"),
  ("ربع", 0.25, "fraction", "count"),
  ("20 مليون دولار", 2e7, U, "money"),
  ("4 ملايين دولار", 4e6, U, "money"),
  ("3 ملايين", 3e6, U, "money"),
  ("مليوني دولار", 2e6, U, "money"),
  ("المليون", 1e6, U, "money"),
  ("الخامسة والعشرين", 25.0, None, "ordinal"),
  ("أربعة وعشرين عاماً", 24.0, "عام", "count"),
 ]),
 "markdown_chinese_ports_med": dict(file="markdown_chinese_ports_med.md", anchor="2025", dates=[
  ("الثلاثاء 14 أكتوبر 2025", "date", *D("2025-10-14")),
  ("غشت 2016", "month", *M(2016, 8)),
  ("أكتوبر 2021", "month", *M(2021, 10)),
  ("عام 2010", "year", *Y(2010)),
  ("عام 2019", "year", *Y(2019)),
  ("عام 2024", "year", *Y(2024)),
  ("2019", "year", *Y(2019)),
  ("عام 1976", "year", *Y(1976)),
  ("2021", "year", *Y(2021)),
  ("دجنبر 2019", "month", *M(2019, 12)),
  ("يونيو 2017", "month", *M(2017, 6)),
  ("2015", "year", *Y(2015)),
  ("شتنبر 2021", "month", *M(2021, 9)),
  ("عام 2046", "year", *Y(2046)),
  ("ماي 2023", "month", *M(2023, 5)),
  ("2021", "year", *Y(2021)),
  ("28 أبريل 2022", "date", *D("2022-04-28")),
  ("10 أكتوبر 2025", "date", *D("2025-10-10")),
  ("2025", "year", *Y(2025)),
  ("24 شتنبر 2025", "date", *D("2025-09-24")),
  ("10 أكتوبر 2025", "date", *D("2025-10-10")),
  ("19 مارس 2024", "date", *D("2024-03-19")),
  ("11 أكتوبر 2025", "date", *D("2025-10-11")),
  ("7 يونيو 2023", "date", *D("2023-06-07")),
  ("11 أكتوبر 2025", "date", *D("2025-10-11")),
  ("12 يوليوز 2023", "date", *D("2023-07-12")),
  ("12 أكتوبر 2025", "date", *D("2025-10-12")),
 ], figures=[
  ("51 بالمائة", 51.0, "%", "percent"),
  ("280.5 مليون يورو", 2.805e8, E, "money"),
  ("67 بالمائة", 67.0, "%", "percent"),
  ("88 مليون يورو", 8.8e7, E, "money"),
  ("16 نقطة مئوية", 16.0, "نقطة", "count"),
  ("5.5 ملايين يورو", 5.5e6, E, "money"),
  ("880 ألف حاوية نمطية", 880000.0, "حاوية", "count"),
  ("5.65 ملايين", 5.65e6, "حاوية", "count"),
  ("ست مرات", 6.0, "مرة", "count"),
  ("5.3 ملايين حاوية", 5.3e6, "حاوية", "count"),
  ("6.2 بالمائة", 6.2, "%", "percent"),
  ("49 عاماً", 49.0, "عام", "count"),
  ("رابع", 4.0, None, "ordinal"),
  ("3.5 بالمائة", 3.5, "%", "percent"),
  ("خمسة موانئ", 5.0, "ميناء", "count"),
  ("67 بالمائة", 67.0, "%", "percent"),
  ("49.9 بالمائة", 49.9, "%", "percent"),
  ("40 بالمائة", 40.0, "%", "percent"),
  ("9.9 بالمائة", 9.9, "%", "percent"),
  ("51 بالمائة", 51.0, "%", "percent"),
  ("203 ملايين يورو", 2.03e8, E, "money"),
  ("65 بالمائة", 65.0, "%", "percent"),
  ("ثلاث شركات", 3.0, "شركة", "count"),
  ("25 عاماً", 25.0, "عام", "count"),
  ("12 مليون حاوية نمطية", 1.2e7, "حاوية", "count"),
  ("20 بالمائة", 20.0, "%", "percent"),
  ("60 مليون حاوية", 6e7, "حاوية", "count"),
  ("24.9 بالمائة", 24.9, "%", "percent"),
  ("35 بالمائة", 35.0, "%", "percent"),
  ("10.1 نقاط مئوية", 10.1, "نقطة", "count"),
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
                s = raw.find(q, pos)
                assert s >= 0, (name, kind, q, pos)
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
            out.write_text(f"# Hand-annotated {kind} of clean/{a['file']} (benchmarks/heldout11/README.md), written blind.\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")
            print(name, kind, len(items))


if __name__ == "__main__":
    main()
