"""Writes gold/<name>.{dates,figures}.yml from the hand annotations below (heldout11's script, heldout18's texts).

Every annotation was written by reading the text, before any engine was run on it, and without
reading the engine's rules. Items are listed in text order; each quote is searched from the END of
the previous item of the same table, so a repeated quote («2024») is pinned to its own place. The
Mir report is in Eastern Arabic digits: it is annotated here with Western digits and the quote is
converted before searching (EASTERN; «.» between digits becomes the Arabic decimal comma «٫»).
Hijri-only years («حج عام 1431هـ») span their Hijri year by hijridate (Umm al-Qura).
Run:
    python benchmarks/heldout18/make_gold.py
"""
import calendar
import datetime as dt
import re
from pathlib import Path

import yaml
from hijridate import Hijri

HERE = Path(__file__).parent
EASTERN = {"report_mir_arab_banks"}
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


def HY(h: int) -> tuple[str, str]:
    """A Hijri year, first to last day (Umm al-Qura)."""
    a = Hijri(h, 1, 1).to_gregorian()
    b = Hijri(h + 1, 1, 1).to_gregorian() - dt.timedelta(days=1)
    return a.isoformat(), b.isoformat()


def HD(h: int, m: int, d1: int, d2: int) -> tuple[str, str]:
    return Hijri(h, m, d1).to_gregorian().isoformat(), Hijri(h, m, d2).to_gregorian().isoformat()


U, E, SAR, CNY = "USD", "EUR", "SAR", "CNY"

ANN = {
 "report_mir_arab_banks": dict(file="report_mir_arab_banks.txt", anchor="2025", dates=[
  ("الأحد 16 نوفمبر 2025", "date", *D("2025-11-16")),
  ("2022", "year", *Y(2022)),
  ("قبل ثلاث سنوات", "relative", *Y(2022)),
  ("الخميس 24 فبراير 2022", "date", *D("2022-02-24")),
  ("السبت 12 مارس 2022", "date", *D("2022-03-12")),
  ("السبت 5 مارس 2022", "date", *D("2022-03-05")),
  ("عام 2014", "year", *Y(2014)),
  ("يوليو من العام نفسه", "relative", *M(2014, 7)),
  ("ديسمبر 2015", "month", *M(2015, 12)),
  ("القرن العشرين", "century", *YR(1900, 1999)),
  ("ديسمبر 1991", "month", *M(1991, 12)),
  ("العام الماضي", "relative", *Y(2024)),
  ("عام 2021", "year", *Y(2021)),
  ("عام 2024", "year", *Y(2024)),
  ("عام 1979", "year", *Y(1979)),
  ("2022", "year", *Y(2022)),
  ("عام 2023", "year", *Y(2023)),
  ("عام 2024", "year", *Y(2024)),
  ("عام 2019", "year", *Y(2019)),
  ("الشهر المقبل", "relative", *M(2025, 12)),
 ], figures=[
  ("40 مصرفاً", 40.0, "مصرف", "count"),
  ("ست دول", 6.0, "دولة", "count"),
  ("ستة عشر يوماً", 16.0, "يوم", "count"),
  ("سبعة مصارف", 7.0, "مصرف", "count"),
  ("عام ونصف", 1.5, "عام", "count"),
  ("557 مستخدماً", 557.0, "مستخدم", "count"),
  ("177", 177.0, "مستخدم", "count"),
  ("20 دولة", 20.0, "دولة", "count"),
  ("31.8%", 31.8, "%", "percent"),
  ("12%", 12.0, "%", "percent"),
  ("39%", 39.0, "%", "percent"),
  ("27 نقطة مئوية", 27.0, "نقطة", "count"),
  ("85%", 85.0, "%", "percent"),
  ("33%", 33.0, "%", "percent"),
  ("النصف", 0.5, "fraction", "count"),
  ("46 عاماً", 46.0, "عام", "count"),
  ("40 مصرفاً", 40.0, "مصرف", "count"),
  ("12", 12.0, "مصرف", "count"),
  ("8", 8.0, "مصرف", "count"),
  ("7", 7.0, "مصرف", "count"),
  ("5", 5.0, "مصرف", "count"),
  ("4", 4.0, "مصرف", "count"),
  ("4", 4.0, "مصرف", "count"),
  ("26 مصرفاً", 26.0, "مصرف", "count"),
  ("65%", 65.0, "%", "percent"),
  ("ثلاثة عشر مصرفاً", 13.0, "مصرف", "count"),
  ("9.8 مليار دولار", 9.8e9, U, "money"),
  ("11.5 مليار دولار", 1.15e10, U, "money"),
  ("17.3%", 17.3, "%", "percent"),
  ("1.5%", 1.5, "%", "percent"),
  ("3 آلاف دولار", 3000.0, U, "money"),
  ("200 ألف دولار", 2e5, U, "money"),
  ("يومين", 2.0, "يوم", "count"),
  ("خمسة أيام", 5.0, "يوم", "count"),
  ("ثلاثة أشهر", 3.0, "شهر", "count"),
 ]),
 "release_teda_suez_zone": dict(file="release_teda_suez_zone.txt", anchor="2025", dates=[
  ("الأربعاء 8 أكتوبر 2025", "date", *D("2025-10-08")),
  ("اليوم", "relative", *D("2025-10-08")),
  ("الأشهر التسعة الأولى من العام الجاري", "relative", "2025-01-01", "2025-09-30"),
  ("الفترة نفسها من العام الماضي", "relative", "2024-01-01", "2024-09-30"),
  ("عام 2008", "year", *Y(2008)),
  ("الخميس 21 يناير 2016", "date", *D("2016-01-21")),
  ("قبل نحو عشر سنوات", "relative", *YR(2015, 2016)),
  ("منذ اثني عشر عاماً", "relative", *Y(2004)),
  ("سبتمبر 2025", "month", *M(2025, 9)),
  ("2025", "year", *Y(2025)),
  ("2025", "year", *Y(2025)),
  ("2025", "year", *Y(2025)),
  ("العام الجاري", "relative", *Y(2025)),
  ("2016", "year", *Y(2016)),
  ("العام المقبل", "relative", *Y(2026)),
  ("عام 1967", "year", *Y(1967)),
  ("يناير المقبل", "relative", *M(2026, 1)),
  ("عام 2018", "year", *Y(2018)),
  ("الثلاثاء 14 أكتوبر الجاري", "relative", *D("2025-10-14")),
 ], figures=[
  ("540 مليون دولار", 5.4e8, U, "money"),
  ("تسعة أشهر", 9.0, "شهر", "count"),
  ("540 مليون دولار", 5.4e8, U, "money"),
  ("450 مليون دولار", 4.5e8, U, "money"),
  ("20 في المائة", 20.0, "%", "percent"),
  ("الثانية", 2.0, None, "ordinal"),
  ("7.34 كيلومتر مربع", 7.34, "km2", "measure"),
  ("1.34 كيلومتر مربع", 1.34, "km2", "measure"),
  ("6 كيلومترات مربعة", 6.0, "km2", "measure"),
  ("الثانية", 2.0, None, "ordinal"),
  ("160 شركة", 160.0, "شركة", "count"),
  ("112 شركة", 112.0, "شركة", "count"),
  ("70 في المائة", 70.0, "%", "percent"),
  ("48 شركة", 48.0, "شركة", "count"),
  ("3.2 مليار دولار", 3.2e9, U, "money"),
  ("4.1 مليار دولار", 4.1e9, U, "money"),
  ("2.46 مليار دولار", 2.46e9, U, "money"),
  ("60 في المائة", 60.0, "%", "percent"),
  ("8500 فرصة", 8500.0, "فرصة", "count"),
  ("94 في المائة", 94.0, "%", "percent"),
  ("7990 عاملاً", 7990.0, "عامل", "count"),
  ("145", 1.45e8, U, "money"),
  ("210", 2.1e8, U, "money"),
  ("185", 1.85e8, U, "money"),
  ("540", 5.4e8, U, "money"),
  ("أربعة قطاعات", 4.0, "قطاع", "count"),
  ("230 مليون دولار", 2.3e8, U, "money"),
  ("150 مليون دولار", 1.5e8, U, "money"),
  ("95 مليون دولار", 9.5e7, U, "money"),
  ("65 مليون دولار", 6.5e7, U, "money"),
  ("الثالثة", 3.0, None, "ordinal"),
  ("58 عاماً", 58.0, "عام", "count"),
  ("عشر سنوات", 10.0, "سنة", "count"),
  ("الثانية", 2.0, None, "ordinal"),
  ("5.25 كيلومتر مربع", 5.25, "km2", "measure"),
  ("سبع سنوات", 7.0, "سنة", "count"),
  ("2.09 كيلومتر مربع", 2.09, "km2", "measure"),
  ("ثلاث ساعات", 3.0, "ساعة", "count"),
 ]),
 "encyclopedia_haramain_mashaaer_rail": dict(file="encyclopedia_haramain_mashaaer_rail.txt", anchor="2025", dates=[
  ("القرن الرابع عشر الهجري", "century", "1883-11-02", "1980-11-08"),
  ("سنة 1318هـ/1900م", "year", *Y(1900)),
  ("سنة 1326هـ/1908م", "year", *Y(1908)),
  ("القرن الحادي والعشرين الميلادي", "century", *YR(2000, 2099)),
  ("صفر 1430هـ/فبراير 2009م", "month", *M(2009, 2)),
  ("عام 1431هـ", "year", *HY(1431)),
  ("الاثنين 9 ذي الحجة 1431هـ الموافق 15 نوفمبر 2010م", "date", *D("2010-11-15")),
  ("عام 1432هـ", "year", *HY(1432)),
  ("السنة نفسها", "relative", *Y(2010)),
  ("سنة 1354هـ/1935م", "year", *Y(1935)),
  ("الثلاثاء 15 محرم 1440هـ الموافق 25 سبتمبر 2018م", "date", *D("2018-09-25")),
  ("الخميس 2 صفر 1440هـ الموافق 11 أكتوبر 2018م", "date", *D("2018-10-11")),
  ("الأحد 30 محرم 1441هـ الموافق 29 سبتمبر 2019م", "date", *D("2019-09-29")),
  ("عام 1446هـ/2024م", "year", *Y(2024)),
  ("العام السابق", "relative", *Y(2023)),
  ("عام 1445هـ", "year", *HY(1445)),
  ("الثامن إلى الثاني عشر من ذي الحجة", "date", *HD(1445, 12, 8, 12)),
  ("القرن الخامس عشر الهجري", "century", "1980-11-09", "2077-11-16"),
 ], figures=[
  ("ثماني سنوات", 8.0, "سنة", "count"),
  ("1300 كيلومتر", 1300.0, "km", "measure"),
  ("6.7 مليار ريال", 6.7e9, SAR, "money"),
  ("18 كيلومتراً", 18.0, "km", "measure"),
  ("تسع محطات", 9.0, "محطة", "count"),
  ("ثلاث", 3.0, "محطة", "count"),
  ("17 قطاراً", 17.0, "قطار", "count"),
  ("12 عربة", 12.0, "عربة", "count"),
  ("204 عربات", 204.0, "عربة", "count"),
  ("ثلاثة آلاف راكب", 3000.0, "راكب", "count"),
  ("دقيقتين ونصف", 2.5, "دقيقة", "count"),
  ("72 ألف راكب", 72000.0, "راكب", "count"),
  ("35 في المائة", 35.0, "%", "percent"),
  ("4.15 مليار يوان", 4.15e9, CNY, "money"),
  ("الثانية والثمانين", 82.0, "عام", "count"),
  ("ستة عشر يوماً", 16.0, "يوم", "count"),
  ("453 كيلومتراً", 453.0, "km", "measure"),
  ("35 قطاراً", 35.0, "قطار", "count"),
  ("300 كيلومتر في الساعة", 300.0, "km/h", "measure"),
  ("خمس محطات", 5.0, "محطة", "count"),
  ("الثانية", 2.0, None, "ordinal"),
  ("6.7 مليار يورو", 6.7e9, E, "money"),
  ("أربعة أيام", 4.0, "يوم", "count"),
  ("8.6 ملايين راكب", 8.6e6, "راكب", "count"),
  ("7.2 ملايين", 7.2e6, "راكب", "count"),
  ("19.4 في المائة", 19.4, "%", "percent"),
  ("ساعتين", 2.0, "ساعة", "count"),
  ("عشرين دقيقة", 20.0, "دقيقة", "count"),
  ("140 دقيقة", 140.0, "دقيقة", "count"),
  ("194 كيلومتراً في الساعة", 194.0, "km/h", "measure"),
  ("مليوني راكب", 2e6, "راكب", "count"),
  ("مئة عام", 100.0, "عام", "count"),
 ]),
 "markdown_russian_tourism_red_sea": dict(file="markdown_russian_tourism_red_sea.md", anchor="2025", dates=[
  ("الاثنين 3 نونبر 2025", "date", *D("2025-11-03")),
  ("قبل عشر سنوات", "relative", *Y(2015)),
  ("السبت 31 أكتوبر 2015", "date", *D("2015-10-31")),
  ("الجمعة 6 نونبر 2015", "date", *D("2015-11-06")),
  ("الأربعاء 11 أبريل 2018", "date", *D("2018-04-11")),
  ("الاثنين 9 غشت 2021", "date", *D("2021-08-09")),
  ("عام 2014", "year", *Y(2014)),
  ("2015", "year", *Y(2015)),
  ("العام الماضي", "relative", *Y(2024)),
  ("عام 2023", "year", *Y(2023)),
  ("الأشهر التسعة الأولى من العام الجاري", "relative", "2025-01-01", "2025-09-30"),
  ("2025", "year", *Y(2025)),
  ("العام الماضي", "relative", *Y(2024)),
  ("العام الماضي", "relative", *Y(2024)),
  ("عام 1974", "year", *Y(1974)),
  ("2015", "year", *Y(2015)),
  ("6 نونبر 2015", "date", *D("2015-11-06")),
  ("20 أكتوبر 2025", "date", *D("2025-10-20")),
  ("9 غشت 2021", "date", *D("2021-08-09")),
  ("20 أكتوبر 2025", "date", *D("2025-10-20")),
  ("2024", "year", *Y(2024)),
  ("15 ماي 2025", "date", *D("2025-05-15")),
  ("21 أكتوبر 2025", "date", *D("2025-10-21")),
  ("1 شتنبر 2025", "date", *D("2025-09-01")),
  ("23 أكتوبر 2025", "date", *D("2025-10-23")),
  ("14 أكتوبر 2025", "date", *D("2025-10-14")),
  ("22 أكتوبر 2025", "date", *D("2025-10-22")),
 ], figures=[
  ("23 دقيقة", 23.0, "دقيقة", "count"),
  ("217", 217.0, "راكب", "count"),
  ("224 شخصاً", 224.0, "شخص", "count"),
  ("ستة أيام", 6.0, "يوم", "count"),
  ("سنتين", 2.0, "سنة", "count"),
  ("خمسة أشهر", 5.0, "شهر", "count"),
  ("خمس سنوات", 5.0, "سنة", "count"),
  ("تسعة أشهر", 9.0, "شهر", "count"),
  ("ثلاثة ملايين", 3e6, "سائح", "count"),
  ("مليون ونصف", 1.5e6, "سائح", "count"),
  ("3 ملايين سائح", 3e6, "سائح", "count"),
  ("1.5 مليون سائح", 1.5e6, "سائح", "count"),
  ("1.2 مليون", 1.2e6, "سائح", "count"),
  ("25 بالمائة", 25.0, "%", "percent"),
  ("9.6 بالمائة", 9.6, "%", "percent"),
  ("15.7 مليون سائح", 1.57e7, "سائح", "count"),
  ("1.3 مليون سائح", 1.3e6, "سائح", "count"),
  ("خمس وجهات", 5.0, "وجهة", "count"),
  ("58 بالمائة", 58.0, "%", "percent"),
  ("27 بالمائة", 27.0, "%", "percent"),
  ("9 بالمائة", 9.0, "%", "percent"),
  ("6 بالمائة", 6.0, "%", "percent"),
  ("126 رحلة", 126.0, "رحلة", "count"),
  ("تسع مدن", 9.0, "مدينة", "count"),
  ("14 رحلة", 14.0, "رحلة", "count"),
  ("900 دولار", 900.0, U, "money"),
  ("تسع ليالٍ", 9.0, "ليلة", "count"),
  ("100 دولار", 100.0, U, "money"),
  ("1.35 مليار دولار", 1.35e9, U, "money"),
  ("51 عاماً", 51.0, "عام", "count"),
  ("70 بالمائة", 70.0, "%", "percent"),
  ("عامين", 2.0, "عام", "count"),
  ("ثلاثة", 3.0, "عام", "count"),
 ]),
 "parliament_algeria_phosphate": dict(file="parliament_algeria_phosphate.txt", anchor="2025", dates=[
  ("2024-2025", "year_range", *YR(2024, 2025)),
  ("الأحد 12 جانفي 2025", "date", *D("2025-01-12")),
  ("مارس 2022", "month", *M(2022, 3)),
  ("سنة 2024", "year", *Y(2024)),
  ("الأحد 9 فيفري 2025", "date", *D("2025-02-09")),
  ("12 جانفي 2025", "date", *D("2025-01-12")),
  ("ديسمبر 2024", "month", *M(2024, 12)),
  ("سنة 2026", "year", *Y(2026)),
  ("سبتمبر المقبل", "relative", *M(2025, 9)),
  ("الثلاثاء 3 ديسمبر 2024", "date", *D("2024-12-03")),
  ("القرن التاسع عشر", "century", *YR(1800, 1899)),
  ("سنة 2011", "year", *Y(2011)),
  ("منذ ثلاثة عشر عاماً", "relative", *Y(2011)),
 ], figures=[
  ("التاسعة", 9.0, None, "ordinal"),
  ("سبعة ملايير دولار", 7e9, U, "money"),
  ("56 بالمائة", 56.0, "%", "percent"),
  ("44 بالمائة", 44.0, "%", "percent"),
  ("ثلاث سنوات", 3.0, "سنة", "count"),
  ("ثمانية وعشرين يوماً", 28.0, "يوم", "count"),
  ("ثلاثين يوماً", 30.0, "يوم", "count"),
  ("أربع ولايات", 4.0, "ولاية", "count"),
  ("سبعة ملايير دولار", 7e9, U, "money"),
  ("3.92 مليار دولار", 3.92e9, U, "money"),
  ("3.08 مليار دولار", 3.08e9, U, "money"),
  ("62 بالمائة", 62.0, "%", "percent"),
  ("41 بالمائة", 41.0, "%", "percent"),
  ("35 بالمائة", 35.0, "%", "percent"),
  ("70 بالمائة", 70.0, "%", "percent"),
  ("إحدى وعشرون مؤسسة", 21.0, "مؤسسة", "count"),
  ("سنتين", 2.0, "سنة", "count"),
  ("400 كيلومتر", 400.0, "km", "measure"),
  ("عشرة ملايين طن", 1e7, "tonne", "measure"),
  ("5.4 ملايين طن", 5.4e6, "tonne", "measure"),
  ("4 ملايين طن", 4e6, "tonne", "measure"),
  ("ثلاثة أرباع", 0.75, "fraction", "count"),
  ("12 ألف منصب", 12000.0, "منصب", "count"),
  ("6 آلاف منصب", 6000.0, "منصب", "count"),
  ("2400", 2400.0, "منصب", "count"),
  ("40 بالمائة", 40.0, "%", "percent"),
  ("350 شاباً", 350.0, "شاب", "count"),
  ("150 آخرون", 150.0, "شاب", "count"),
  ("500", 500.0, "شاب", "count"),
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
            out.write_text(f"# Hand-annotated {kind} of clean/{a['file']} (benchmarks/heldout18/README.md), written blind.\n"
                           + yaml.safe_dump(head, allow_unicode=True, sort_keys=False), encoding="utf-8")
            print(name, kind, len(items))


if __name__ == "__main__":
    main()
