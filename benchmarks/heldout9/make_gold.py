"""Writes gold/<name>.{dates,figures}.yml from the hand annotations below (heldout8's script, heldout9's texts).

Every annotation was written by reading the text, before any engine was run on it, and without
reading the engine's rules. Items are listed in text order; each quote is searched from the END of
the previous item of the same table, so a repeated quote («50%») is pinned to its own place. The
Iraqi pipeline report is in Eastern Arabic digits: it is annotated here with Western digits and the quote
is converted before searching (EASTERN; «.» between digits becomes the Arabic decimal comma «٫»).
Run:
    python benchmarks/heldout9/make_gold.py
"""
import calendar
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
EASTERN = {"report_iraq_ceyhan_oil"}
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


def Y(y: int) -> tuple[str, str]:
    return (f"{y:04d}-01-01" if y >= 0 else f"-{-y:04d}-01-01", f"{y:04d}-12-31" if y >= 0 else f"-{-y:04d}-12-31")


def YR(a: int, b: int) -> tuple[str, str]:
    return Y(a)[0], Y(b)[1]


def M(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def Q(y: int, q: int) -> tuple[str, str]:
    return M(y, 3 * q - 2)[0], M(y, 3 * q)[1]


def D(s: str) -> tuple[str, str]:
    return s, s


T = 1 / 3
U = "USD"

I = "IQD"
E = "EGP"
ANN = {
 "history_opec_embargo": dict(file="history_opec_embargo.txt", anchor="2025", dates=[
  ("عام 1973", "year", *Y(1973)),
  ("القرن الرابع عشر الهجري/العشرين الميلادي", "century", "1900-01-01", "1999-12-31"),
  ("عام 1965", "year", *Y(1965)),
  ("10 و14 سبتمبر 1960م", "date", "1960-09-10", "1960-09-14"),
  ("الأربعاء 14 سبتمبر 1960م الموافق 23 ربيع الأول 1380هـ", "date", *D("1960-09-14")),
  ("العام التالي", "relative", *Y(1961)),
  ("عام 2019", "year", *Y(2019)),
  ("1387هـ/1968م", "year", *Y(1968)),
  ("الثلاثاء 9 يناير 1968م الموافق 9 شوال 1387هـ", "date", *D("1968-01-09")),
  ("1970", "year", *Y(1970)),
  ("السبت 6 أكتوبر 1973م الموافق 10 رمضان 1393هـ", "date", *D("1973-10-06")),
  ("16 أكتوبر", "date", *D("1973-10-16")),
  ("اليوم التالي", "relative", *D("1973-10-17")),
  ("الأربعاء 17 أكتوبر 1973م الموافق 21 رمضان 1393هـ", "date", *D("1973-10-17")),
  ("1930-2021", "year_range", *YR(1930, 2021)),
  ("1962 إلى 1986", "year_range", *YR(1962, 1986)),
  ("سبتمبر 1973", "month", *M(1973, 9)),
  ("ديسمبر", "month", *M(1973, 12)),
  ("1 يناير 1974", "date", *D("1974-01-01")),
  ("الاثنين 18 مارس 1974م الموافق 24 صفر 1394هـ", "date", *D("1974-03-18")),
  ("1906-1975", "year_range", *YR(1906, 1975)),
  ("الثلاثاء 25 مارس 1975", "date", *D("1975-03-25")),
  ("ديسمبر من العام نفسه", "month", *M(1975, 12)),
  ("1393هـ/1973م", "year", *Y(1973)),
  ("17 أكتوبر", "date", *D("1973-10-17")),
  ("نوفمبر 1974", "month", *M(1974, 11)),
  ("يناير 2024", "month", *M(2024, 1)),
 ], figures=[
  ("خمس دول", 5.0, "دولة", "count"),
  ("ثمانين في المائة", 80.0, "%", "percent"),
  ("ثمانية وخمسين عاماً", 58.0, "عام", "count"),
  ("ثلاث دول", 3.0, "دولة", "count"),
  ("عامين", 2.0, "عام", "count"),
  ("خمسة أعضاء", 5.0, "عضو", "count"),
  ("ثمانية", 8.0, "عضو", "count"),
  ("عشرة أيام", 10.0, "يوم", "count"),
  ("3.01 دولار", 3.01, U, "money"),
  ("5.12 دولار", 5.12, U, "money"),
  ("70 في المائة", 70.0, "%", "percent"),
  ("5 في المائة", 5.0, "%", "percent"),
  ("الثالثة والأربعين", 43.0, "عام", "count"),
  ("أربعة وعشرين عاماً", 24.0, "عام", "count"),
  ("20.8 مليون برميل", 2.08e7, "برميل", "count"),
  ("15.8 مليون برميل", 1.58e7, "برميل", "count"),
  ("خمسة ملايين برميل", 5e6, "برميل", "count"),
  ("24 في المائة", 24.0, "%", "percent"),
  ("11.65 دولار", 11.65, U, "money"),
  ("أربعة أضعاف", 4.0, "ضعف", "count"),
  ("خمسة أشهر", 5.0, "شهر", "count"),
  ("ثمانية وستين عاماً", 68.0, "عام", "count"),
  ("ثمانية أشهر", 8.0, "شهر", "count"),
  ("خمسة وستين عاماً", 65.0, "عام", "count"),
  ("اثنتي عشرة دولة", 12.0, "دولة", "count"),
 ]),
 "wire_suez_canal_revenue": dict(file="wire_suez_canal_revenue.txt", anchor="2025", dates=[
  ("الثلاثاء 18 نوفمبر 2025", "date", *D("2025-11-18")),
  ("الشهر الماضي", "relative", *M(2025, 10)),
  ("سبتمبر", "month", *M(2025, 9)),
  ("نوفمبر 2023", "month", *M(2023, 11)),
  ("أمس الاثنين 17 نوفمبر", "date", *D("2025-11-17")),
  ("الأشهر العشرة الأولى من العام الجاري", "relative", "2025-01-01", "2025-10-31"),
  ("الفترة نفسها من عام 2023", "relative", "2023-01-01", "2023-10-31"),
  ("العام", "relative", *Y(2025)),
  ("2024/2025", "year_range", *YR(2024, 2025)),
  ("العام المالي السابق", "relative", "2023-07-01", "2024-06-30"),
  ("2022/2023", "year_range", *YR(2022, 2023)),
  ("الأحد 19 نوفمبر 2023", "date", *D("2023-11-19")),
  ("مايو الماضي", "relative", *M(2025, 5)),
  ("الربع الثاني من العام المقبل", "relative", *Q(2026, 2)),
  ("الخميس 6 أغسطس 2015", "date", *D("2015-08-06")),
  ("سبتمبر 2014", "month", *M(2014, 9)),
 ], figures=[
  ("1110 سفن", 1110.0, "سفينة", "count"),
  ("1020 سفينة", 1020.0, "سفينة", "count"),
  ("8.8 في المائة", 8.8, "%", "percent"),
  ("10640 سفينة", 10640.0, "سفينة", "count"),
  ("35 سفينة", 35.0, "سفينة", "count"),
  ("1064 سفينة", 1064.0, "سفينة", "count"),
  ("21280 سفينة", 21280.0, "سفينة", "count"),
  ("النصف", 0.5, "fraction", "count"),
  ("أربع فئات", 4.0, "فئة", "count"),
  ("3192 سفينة", 3192.0, "سفينة", "count"),
  ("30 في المائة", 30.0, "%", "percent"),
  ("2128 سفينة", 2128.0, "سفينة", "count"),
  ("20 في المائة", 20.0, "%", "percent"),
  ("3724 سفينة", 3724.0, "سفينة", "count"),
  ("35 في المائة", 35.0, "%", "percent"),
  ("1596 سفينة", 1596.0, "سفينة", "count"),
  ("15 في المائة", 15.0, "%", "percent"),
  ("61 عاماً", 61.0, "عام", "count"),
  ("3500 ميل", 3500.0, "ميل", "measure"),
  ("عشرة أيام", 10.0, "يوم", "count"),
  ("4 مليارات دولار", 4e9, U, "money"),
  ("7.2 مليار دولار", 7.2e9, U, "money"),
  ("44.4 في المائة", 44.4, "%", "percent"),
  ("9.4 مليار دولار", 9.4e9, U, "money"),
  ("11 مليون دولار", 1.1e7, U, "money"),
  ("130 ألف طن", 130000.0, "tonne", "measure"),
  ("15 في المائة", 15.0, "%", "percent"),
  ("90 يوماً", 90.0, "يوم", "count"),
  ("ثلاثة أشهر", 3.0, "شهر", "count"),
  ("عشر سنوات", 10.0, "سنة", "count"),
  ("72 كيلومتراً", 72.0, "km", "measure"),
  ("35 كيلومتراً", 35.0, "km", "measure"),
  ("37 كيلومتراً", 37.0, "km", "measure"),
  ("8 مليارات دولار", 8e9, U, "money"),
  ("64 مليار جنيه", 6.4e10, E, "money"),
  ("ثمانية أيام", 8.0, "يوم", "count"),
 ]),
 "report_iraq_ceyhan_oil": dict(file="report_iraq_ceyhan_oil.txt", anchor="2025", dates=[
  ("الثلاثاء 2 كانون الأول 2025", "date", *D("2025-12-02")),
  ("السبت 25 آذار 2023", "date", *D("2023-03-25")),
  ("أيار 2014", "month", *M(2014, 5)),
  ("السبت 27 أيلول 2025", "date", *D("2025-09-27")),
  ("27 أيلول", "date", *D("2025-09-27")),
  ("تشرين الأول 2025", "month", *M(2025, 10)),
  ("تشرين الأول", "month", *M(2025, 10)),
  ("عام 2025", "year", *Y(2025)),
  ("أيار الماضي", "relative", *M(2025, 5)),
  ("تشرين الأول", "month", *M(2025, 10)),
  ("النصف الأول من العام المقبل", "relative", "2026-01-01", "2026-06-30"),
  ("31 كانون الأول", "date", *D("2025-12-31")),
 ], figures=[
  ("يومين", 2.0, "يوم", "count"),
  ("تسع سنوات", 9.0, "سنة", "count"),
  ("سنتين ونصفاً", 2.5, "سنة", "count"),
  ("35 مليار دولار", 3.5e10, U, "money"),
  ("450 ألف برميل", 450000.0, "برميل", "count"),
  ("3.4 مليون برميل", 3.4e6, "برميل", "count"),
  ("3.2 مليون برميل", 3.2e6, "برميل", "count"),
  ("0.2 مليون برميل", 2e5, "برميل", "count"),
  ("94.1%", 94.1, "%", "percent"),
  ("12.5%", 12.5, "%", "percent"),
  ("1.6 مليون برميل", 1.6e6, "برميل", "count"),
  ("280 ألف برميل", 280000.0, "برميل", "count"),
  ("230 ألف برميل", 230000.0, "برميل", "count"),
  ("82.1%", 82.1, "%", "percent"),
  ("50 ألف برميل", 50000.0, "برميل", "count"),
  ("16 دولاراً", 16.0, U, "money"),
  ("68 دولاراً", 68.0, U, "money"),
  ("31 يوماً", 31.0, "يوم", "count"),
  ("7.2 مليار دولار", 7.2e9, U, "money"),
  ("420 مليون دولار", 4.2e8, U, "money"),
  ("90%", 90.0, "%", "percent"),
  ("199 تريليون دينار", 1.99e14, I, "money"),
  ("135 تريليون دينار", 1.35e14, I, "money"),
  ("64 تريليون دينار", 6.4e13, I, "money"),
  ("62.5 دولار", 62.5, U, "money"),
  ("68 دولاراً", 68.0, U, "money"),
  ("8.8%", 8.8, "%", "percent"),
  ("60 و65 دولاراً", 60.0, U, "money"),
  ("ثلاث خطوات", 3.0, "خطوة", "count"),
  ("400 ألف برميل", 400000.0, "برميل", "count"),
  ("ضعف", 2.0, "ضعف", "count"),
  ("65 دولاراً", 65.0, U, "money"),
 ]),
 "markdown_turkstream": dict(file="markdown_turkstream.md", anchor="2025", dates=[
  ("الاثنين 20 أكتوبر 2025", "date", *D("2025-10-20")),
  ("الأربعاء 1 يناير 2025", "date", *D("2025-01-01")),
  ("ديسمبر 2019", "month", *M(2019, 12)),
  ("الاثنين 10 أكتوبر 2016", "date", *D("2016-10-10")),
  ("مايو 2017", "month", *M(2017, 5)),
  ("نوفمبر 2018", "month", *M(2018, 11)),
  ("الأربعاء 8 يناير 2020", "date", *D("2020-01-08")),
  ("2024", "year", *Y(2024)),
  ("2023", "year", *Y(2023)),
  ("الأشهر التسعة الأولى من 2025", "relative", "2025-01-01", "2025-09-30"),
  ("2024", "year", *Y(2024)),
  ("عام 2021", "year", *Y(2021)),
  ("عام 2024", "year", *Y(2024)),
  ("عام 1962", "year", *Y(1962)),
  ("يناير 2020", "month", *M(2020, 1)),
  ("الشهر الماضي", "relative", *M(2025, 9)),
  ("2025", "year", *Y(2025)),
  ("عام 2027", "year", *Y(2027)),
  ("السنتين المقبلتين", "relative", *YR(2026, 2027)),
  ("Q1-2025", "month", *Q(2025, 1)),
  ("January 2025", "month", *M(2025, 1)),
  ("12 October 2025", "date", *D("2025-10-12")),
  ("14 October 2025", "date", *D("2025-10-14")),
  ("July 2025", "month", *M(2025, 7)),
  ("12 October 2025", "date", *D("2025-10-12")),
  ("2024", "year", *Y(2024)),
  ("13 October 2025", "date", *D("2025-10-13")),
  ("8 January 2020", "date", *D("2020-01-08")),
  ("12 October 2025", "date", *D("2025-10-12")),
 ], figures=[
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("ثمانية عشر شهراً", 18.0, "شهر", "count"),
  ("أنبوبين", 2.0, "أنبوب", "count"),
  ("15.75 مليار متر مكعب", 1.575e10, "m3", "measure"),
  ("31.5 مليار متر مكعب", 3.15e10, "m3", "measure"),
  ("930 كيلومتراً", 930.0, "km", "measure"),
  ("16.4 مليار متر مكعب", 1.64e10, "m3", "measure"),
  ("13.1 مليار", 1.31e10, "m3", "measure"),
  ("25.2%", 25.2, "%", "percent"),
  ("273 يوماً", 273.0, "يوم", "count"),
  ("12.3 مليار متر مكعب", 1.23e10, "m3", "measure"),
  ("45 مليون متر مكعب", 4.5e7, "m3", "measure"),
  ("7.5 مليار متر مكعب", 7.5e9, "m3", "measure"),
  ("45.7%", 45.7, "%", "percent"),
  ("3.2 مليار", 3.2e9, "m3", "measure"),
  ("2.9 مليار", 2.9e9, "m3", "measure"),
  ("1.4 مليار", 1.4e9, "m3", "measure"),
  ("1.4 مليار", 1.4e9, "m3", "measure"),
  ("40%", 40.0, "%", "percent"),
  ("10%", 10.0, "%", "percent"),
  ("نصف", 0.5, "fraction", "count"),
  ("63 عاماً", 63.0, "عام", "count"),
  ("90%", 90.0, "%", "percent"),
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
            out.write_text(f"# Hand-annotated {kind} of clean/{a['file']} (benchmarks/heldout9/README.md), written blind.\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")
            print(name, kind, len(items))


if __name__ == "__main__":
    main()
