"""Writes gold/<name>.{dates,figures}.yml from the hand annotations below (heldout11's script, heldout13's texts).

Every annotation was written by reading the text, before any engine was run on it, and without
reading the engine's rules. Items are listed in text order; each quote is searched from the END of
the previous item of the same table, so a repeated quote («2024») is pinned to its own place. The
Iraqi report is in Eastern Arabic digits: it is annotated here with Western digits and the quote is
converted before searching (EASTERN; «.» between digits becomes the Arabic decimal comma «٫»). A
quote may hold a line break of the text (a space of the annotation read as «\\n» where the
text breaks its line there). Run:
    python benchmarks/heldout13/make_gold.py
"""
import calendar
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
EASTERN = {"report_iraq_china_oil"}
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


U, E, MAD = "USD", "EUR", "MAD"

ANN = {
 "report_iraq_china_oil": dict(file="report_iraq_china_oil.txt", anchor="2025", dates=[
  ("الأحد 12 تشرين الأول 2025", "date", *D("2025-10-12")),
  ("أيلول 2019", "month", *M(2019, 9)),
  ("الاثنين 23 أيلول 2019", "date", *D("2019-09-23")),
  ("ثمانينيات القرن الماضي", "decade", *YR(1980, 1989)),
  ("عام 1984", "year", *Y(1984)),
  ("الجمعة 29 تشرين الثاني 2019", "date", *D("2019-11-29")),
  ("الأحد 1 كانون\nالأول 2019", "date", *D("2019-12-01")),
  ("العام الماضي", "relative", *Y(2024)),
  ("2024", "year", *Y(2024)),
  ("عام 2019", "year", *Y(2019)),
  ("عام 2024", "year", *Y(2024)),
  ("قبل عامين", "relative", *Y(2023)),
  ("عام 2021", "year", *Y(2021)),
  ("أيلول الماضي", "relative", *M(2025, 9)),
  ("الشهر المقبل", "relative", *M(2025, 11)),
  ("عام 1969", "year", *Y(1969)),
  ("عام 2021", "year", *Y(2021)),
  ("2019 و2021", "year_range", *YR(2019, 2021)),
  ("قبل ست سنوات", "relative", *Y(2019)),
  ("الشهر المقبل", "relative", *M(2025, 11)),
 ], figures=[
  ("ست سنوات", 6.0, "سنة", "count"),
  ("55 مسؤولاً", 55.0, "مسؤول", "count"),
  ("ثماني اتفاقيات", 8.0, "اتفاقية", "count"),
  ("100 ألف برميل", 1e5, "برميل", "count"),
  ("سبعة وستين يوماً", 67.0, "يوم", "count"),
  ("يومين", 2.0, "يوم", "count"),
  ("80 دولاراً", 80.0, U, "money"),
  ("100 ألف برميل", 1e5, "برميل", "count"),
  ("8 ملايين دولار", 8e6, U, "money"),
  ("2.92 مليار دولار", 2.92e9, U, "money"),
  ("243 مليون دولار", 2.43e8, U, "money"),
  ("70", 70.0, U, "money"),
  ("85 دولاراً", 85.0, U, "money"),
  ("1.25 مليون برميل", 1.25e6, "برميل", "count"),
  ("3.4 ملايين برميل", 3.4e6, "برميل", "count"),
  ("36.8%", 36.8, "%", "percent"),
  ("26%", 26.0, "%", "percent"),
  ("10.8 نقاط مئوية", 10.8, "نقطة", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("53.4 مليار دولار", 5.34e10, U, "money"),
  ("49.8 مليار دولار", 4.98e10, U, "money"),
  ("7.2%", 7.2, "%", "percent"),
  ("أربعة مشاريع", 4.0, "مشروع", "count"),
  ("1000 مدرسة", 1000.0, "مدرسة", "count"),
  ("1.2 مليار دولار", 1.2e9, U, "money"),
  ("1.2 مليون دولار", 1.2e6, U, "money"),
  ("679 مدرسة", 679.0, "مدرسة", "count"),
  ("321 مدرسة", 321.0, "مدرسة", "count"),
  ("846 مدرسة", 846.0, "مدرسة", "count"),
  ("84.6%", 84.6, "%", "percent"),
  ("410 ملايين دولار", 4.1e8, U, "money"),
  ("56 عاماً", 56.0, "عام", "count"),
  ("40%", 40.0, "%", "percent"),
  ("ثلاثة", 3.0, "خطر", "count"),
  ("80", 80.0, U, "money"),
  ("60 دولاراً", 60.0, U, "money"),
  ("25%", 25.0, "%", "percent"),
  ("ثلاث حكومات", 3.0, "حكومة", "count"),
  ("30%", 30.0, "%", "percent"),
  ("الرابعة والعشرون", 24.0, None, "ordinal"),
 ]),
 "wire_turkstream": dict(file="wire_turkstream.txt", anchor="2025", dates=[
  ("الأربعاء 8 يناير 2025", "date", *D("2025-01-08")),
  ("اليوم", "relative", *D("2025-01-08")),
  ("الأربعاء الماضي، الأول من يناير الجاري", "relative", *D("2025-01-01")),
  ("الحادي والثلاثين من\nديسمبر الماضي", "relative", *D("2024-12-31")),
  ("الأربعاء 8\nيناير 2020", "date", *D("2020-01-08")),
  ("قبل خمس سنوات", "relative", *Y(2020)),
  ("أمس الثلاثاء", "relative", *D("2025-01-07")),
  ("العام الماضي", "relative", *Y(2024)),
  ("عام 2023", "year", *Y(2023)),
  ("عام 2024", "year", *Y(2024)),
  ("الاثنين الأول من ديسمبر 2014", "date", *D("2014-12-01")),
  ("الاثنين 10 أكتوبر 2016", "date", *D("2016-10-10")),
  ("الأحد 7 مايو 2017", "date", *D("2017-05-07")),
  ("الاثنين 19 نوفمبر 2018", "date", *D("2018-11-19")),
  ("العام الماضي", "relative", *Y(2024)),
  ("الأسبوع الأول من يناير", "relative", "2025-01-01", "2025-01-07"),
  ("قبل عام", "relative", *Y(2024)),
  ("الشهر المقبل", "relative", *M(2025, 2)),
  ("العام المقبل", "relative", *Y(2026)),
  ("الخميس 27 أبريل 2023", "date", *D("2023-04-27")),
 ], figures=[
  ("الخامسة", 5.0, None, "ordinal"),
  ("الخامسة", 5.0, None, "ordinal"),
  ("أنبوبين", 2.0, "أنبوب", "count"),
  ("15.75 مليار متر\nمكعب", 1.575e10, "m3", "measure"),
  ("31.5 مليار متر مكعب", 3.15e10, "m3", "measure"),
  ("930 كيلومتراً", 930.0, "km", "measure"),
  ("2200 متر", 2200.0, "m", "measure"),
  ("15.4 مليار متر\nمكعب", 1.54e10, "m3", "measure"),
  ("13.2 مليار متر مكعب", 1.32e10, "m3", "measure"),
  ("16.7 في المائة", 16.7, "%", "percent"),
  ("97.8 في المائة", 97.8, "%", "percent"),
  ("42 مليون متر مكعب", 4.2e7, "m3", "measure"),
  ("أربع دول", 4.0, "دولة", "count"),
  ("7.5 مليار متر مكعب", 7.5e9, "m3", "measure"),
  ("48.7 في المائة", 48.7, "%", "percent"),
  ("47 عاماً", 47.0, "عام", "count"),
  ("خمس\nسنوات", 5.0, "سنة", "count"),
  ("ثلاث سنوات", 3.0, "سنة", "count"),
  ("ثلاثة أشهر", 3.0, "شهر", "count"),
  ("52.3 مليار متر مكعب", 5.23e10, "m3", "measure"),
  ("21.2 مليار متر مكعب", 2.12e10, "m3", "measure"),
  ("40.5 في المائة", 40.5, "%", "percent"),
  ("16 مليار\nمتر مكعب", 1.6e10, "m3", "measure"),
  ("النصف", 0.5, "fraction", "count"),
  ("48 يورو", 48.0, E, "money"),
  ("33 يورو", 33.0, E, "money"),
  ("45.5 في المائة", 45.5, "%", "percent"),
 ]),
 "encyclopedia_russian_bases_syria": dict(file="encyclopedia_russian_bases_syria.txt", anchor="2025", dates=[
  ("القرن الحادي والعشرين الميلادي", "century", *YR(2000, 2099)),
  ("عام 1446هـ/2024م", "year", *Y(2024)),
  ("عام 1391هـ/1971م", "year", *Y(1971)),
  ("سبعينيات القرن العشرين", "decade", *YR(1970, 1979)),
  ("عام 1412هـ/1991م", "year", *Y(1991)),
  ("الأربعاء 11 ذي القعدة 1436هـ الموافق\n26 أغسطس 2015م", "date", *D("2015-08-26")),
  ("الأربعاء\n17 ذي الحجة 1436هـ الموافق 30 سبتمبر 2015م", "date", *D("2015-09-30")),
  ("أكتوبر 2016م", "month", *M(2016, 10)),
  ("الأربعاء 20 ربيع الآخر 1438هـ الموافق 18 يناير 2017م", "date", *D("2017-01-18")),
  ("عام 2066م", "year", *Y(2066)),
  ("الاثنين 23 ربيع الأول 1439هـ الموافق 11 ديسمبر 2017م", "date", *D("2017-12-11")),
  ("اليوم نفسه", "relative", *D("2017-12-11")),
  ("الشهر ذاته", "relative", *M(2017, 12)),
  ("عام 1440هـ/2019م", "year", *Y(2019)),
  ("الأحد 7 جمادى الآخرة 1446هـ الموافق 8 ديسمبر 2024م", "date", *D("2024-12-08")),
  ("11\nسبتمبر 1965م", "date", *D("1965-09-11")),
  ("يناير 2025م", "month", *M(2025, 1)),
  ("عام 1436هـ/2015م", "year", *Y(2015)),
  ("عام 1438هـ/2017م", "year", *Y(2017)),
  ("عام 1447هـ/2025م", "year", *Y(2025)),
 ], figures=[
  ("منشأتان", 2.0, "منشأة", "count"),
  ("سفينتين", 2.0, "سفينة", "count"),
  ("خمسة أسابيع", 5.0, "أسبوع", "count"),
  ("32 طائرة", 32.0, "طائرة", "count"),
  ("12 قاذفة", 12.0, "قاذفة", "count"),
  ("12 طائرة", 12.0, "طائرة", "count"),
  ("4 قاذفات", 4.0, "قاذفة", "count"),
  ("4 مقاتلات", 4.0, "مقاتلة", "count"),
  ("12.5 في المائة", 12.5, "%", "percent"),
  ("ستة وأربعين عاماً", 46.0, "عام", "count"),
  ("49 عاماً", 49.0, "عام", "count"),
  ("25 عاماً", 25.0, "عام", "count"),
  ("إحدى عشرة سفينة", 11.0, "سفينة", "count"),
  ("الخامسة والستين", 65.0, "عام", "count"),
  ("عامين", 2.0, "عام", "count"),
  ("شهرين", 2.0, "شهر", "count"),
  ("أحد عشر يوماً", 11.0, "يوم", "count"),
  ("49\nعاماً", 49.0, "عام", "count"),
  ("500 مليون دولار", 5e8, U, "money"),
  ("200 مليون دولار", 2e8, U, "money"),
  ("40 في المائة", 40.0, "%", "percent"),
  ("التاسعة والخمسين", 59.0, "عام", "count"),
  ("ست سنوات", 6.0, "سنة", "count"),
 ]),
 "markdown_morocco_batteries": dict(file="markdown_morocco_batteries.md", anchor="2025", dates=[
  ("الثلاثاء 21 أكتوبر 2025", "date", *D("2025-10-21")),
  ("يونيو 2024", "month", *M(2024, 6)),
  ("سنة 1984", "year", *Y(1984)),
  ("الثلاثاء 15 يونيو 2004", "date", *D("2004-06-15")),
  ("الأحد فاتح يناير 2006", "date", *D("2006-01-01")),
  ("الثلاثاء 16 غشت 2022", "date", *D("2022-08-16")),
  ("شتنبر 2023", "month", *M(2023, 9)),
  ("سنة 2024", "year", *Y(2024)),
  ("السنة السابقة", "relative", *Y(2023)),
  ("2030", "year", *Y(2030)),
  ("العام الماضي", "relative", *Y(2024)),
  ("2022", "year", *Y(2022)),
  ("سنوات ثلاث مقبلة", "relative", *YR(2025, 2027)),
  ("4 يونيو 2024", "date", *D("2024-06-04")),
  ("12 شتنبر 2025", "date", *D("2025-09-12")),
  ("2025", "year", *Y(2025)),
  ("31 يناير 2025", "date", *D("2025-01-31")),
  ("12 شتنبر 2025", "date", *D("2025-09-12")),
  ("18 مارس 2025", "date", *D("2025-03-18")),
  ("14 شتنبر 2025", "date", *D("2025-09-14")),
  ("2025", "year", *Y(2025)),
  ("14 ماي 2025", "date", *D("2025-05-14")),
  ("20 شتنبر 2025", "date", *D("2025-09-20")),
  ("9 يوليوز 2025", "date", *D("2025-07-09")),
  ("22 شتنبر 2025", "date", *D("2025-09-22")),
 ], figures=[
  ("6.5 مليارات دولار", 6.5e9, U, "money"),
  ("100 جيغاواط ساعة", 100.0, "GWh", "measure"),
  ("65 مليون دولار", 6.5e7, U, "money"),
  ("1.3 مليار\nدولار", 1.3e9, U, "money"),
  ("20 جيغاواط ساعة", 20.0, "GWh", "measure"),
  ("20 بالمائة", 20.0, "%", "percent"),
  ("41 سنة", 41.0, "سنة", "count"),
  ("ثلاثة عناصر", 3.0, "عنصر", "count"),
  ("سنة ونصف", 1.5, "سنة", "count"),
  ("50 مليار طن", 5e10, "tonne", "measure"),
  ("72 مليار طن", 7.2e10, "tonne", "measure"),
  ("70 بالمائة", 70.0, "%", "percent"),
  ("700 ألف سيارة", 7e5, "سيارة", "count"),
  ("7500 دولار", 7500.0, U, "money"),
  ("ثلاثة مشاريع", 3.0, "مشروع", "count"),
  ("ثلاثة مشاريع", 3.0, "مشروع", "count"),
  ("8.3 مليارات دولار", 8.3e9, U, "money"),
  ("6.5 مليارات", 6.5e9, U, "money"),
  ("1.5 مليار", 1.5e9, U, "money"),
  ("300 مليون دولار", 3e8, U, "money"),
  ("78.3 بالمائة", 78.3, "%", "percent"),
  ("157.6 مليار درهم", 1.576e11, MAD, "money"),
  ("141.7 مليار درهم", 1.417e11, MAD, "money"),
  ("11.2 بالمائة", 11.2, "%", "percent"),
  ("13.1 مليار درهم", 1.31e10, MAD, "money"),
  ("15", 1.5e10, MAD, "money"),
  ("20 مليار درهم", 2e10, MAD, "money"),
 ]),
 "oped_port_sudan_naval": dict(file="oped_port_sudan_naval.txt", anchor="2025", dates=[
  ("الخميس 23 نوفمبر\n2017", "date", *D("2017-11-23")),
  ("عام 1944", "year", *Y(1944)),
  ("2021", "year", *Y(2021)),
  ("الاثنين 16 نوفمبر 2020", "date", *D("2020-11-16")),
  ("الخميس 11 أبريل\n2019", "date", *D("2019-04-11")),
  ("2023", "year", *Y(2023)),
  ("2021 و2022", "year_range", *YR(2021, 2022)),
  ("2022", "year", *Y(2022)),
  ("السبت 15 أبريل 2023", "date", *D("2023-04-15")),
  ("عام 2022", "year", *Y(2022)),
  ("عام 2023", "year", *Y(2023)),
  ("2024", "year", *Y(2024)),
  ("ديسمبر 2022", "month", *M(2022, 12)),
  ("الأربعاء 12 فبراير 2025", "date", *D("2025-02-12")),
  ("2024", "year", *Y(2024)),
  ("5 June 2024", "date", *D("2024-06-05")),
  ("2021", "year", *Y(2021)),
  ("11 March 2021", "date", *D("2021-03-11")),
  ("2022", "year", *Y(2022)),
  ("17 October 2022", "date", *D("2022-10-17")),
  ("2023", "year", *Y(2023)),
 ], figures=[
  ("الثالثة والسبعين", 73.0, "عام", "count"),
  ("عقدين", 2.0, "عقد", "count"),
  ("ثلاث سنوات", 3.0, "سنة", "count"),
  ("25 عاماً", 25.0, "عام", "count"),
  ("عشر سنوات", 10.0, "سنة", "count"),
  ("300 عسكري", 300.0, "عسكري", "count"),
  ("أربع سفن", 4.0, "سفينة", "count"),
  ("عام ونصف", 1.5, "عام", "count"),
  ("ثلاث جولات", 3.0, "جولة", "count"),
  ("90 في المئة", 90.0, "%", "percent"),
  ("11.2 مليون طن", 1.12e7, "tonne", "measure"),
  ("7.3 ملايين طن", 7.3e6, "tonne", "measure"),
  ("34.8 في المئة", 34.8, "%", "percent"),
  ("6 مليارات دولار", 6e9, U, "money"),
  ("200 كيلومتر", 200.0, "km", "measure"),
  ("أربع سنوات", 4.0, "سنة", "count"),
  ("853 كيلومتراً", 853.0, "km", "measure"),
  ("300 كيلومتر", 300.0, "km", "measure"),
  ("300 فرد", 300.0, "فرد", "count"),
  ("أربع سفن", 4.0, "سفينة", "count"),
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
                if s < 0:  # the quote runs over a line break of the text: one space is a «\n» there
                    hits = [(raw.find(v, pos), v) for v in
                            (q[:i] + "\n" + q[i + 1:] for i, c in enumerate(q) if c == " ")]
                    hits = sorted(h for h in hits if h[0] >= 0)
                    assert hits, (name, kind, q, pos)
                    s, q = hits[0]
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
            out.write_text(f"# Hand-annotated {kind} of clean/{a['file']} (benchmarks/heldout13/README.md), written blind.\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")
            print(name, kind, len(items))


if __name__ == "__main__":
    main()
