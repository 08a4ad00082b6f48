"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer, editor or translator might get wrong, chosen by reading the
text (no detector was read or run when they were written). Plants of the Eastern-digit Rosatom
report are written here with Western digits and converted («.» between digits becomes «٫»). The
script checks that every anchor occurs once in its text and holds its ``before`` once. Run:
    python benchmarks/heldout11/make_plants.py
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


TEXTS = {
    "clean/academic_arctic_nsr.txt": ("pdf-text", "a"),
    "clean/report_rosatom_exports.txt": ("plain", "r"),
    "clean/news_brics_kazan.txt": ("plain", "b"),
    "clean/history_sco.txt": ("plain", "h"),
    "clean/markdown_chinese_ports_med.md": ("markdown", "m"),
    "clean/oped_caspian_security.txt": ("plain", "o"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "a": [
  ("history-order", "تاريخ الاستلام: 12 كانون الثاني 2025", "كانون الثاني", "نيسان"),
  ("history-order", "تاريخ التعديل: 3 آذار 2025", "آذار", "كانون الثاني"),
  ("history-order", "تاريخ القبول: 20 نيسان 2025", "نيسان", "شباط"),
  ("history-order", "تاريخ النشر: 30 حزيران 2025", "2025", "2024"),
  ("history-order", "Received: 12 January 2025", "January", "May"),
  ("history-order", "Revised: 3 March 2025", "2025", "2024"),
  ("history-order", "Accepted: 20 April 2025", "April", "February"),
  ("history-order", "Published: 30 June 2025", "June", "March"),
  ("bilingual", "Vol. 14, No. 2 (2025)", "14", "41"),
  ("bilingual", "pp. 45-71", "71", "81"),
  ("bilingual", "Unequal Polar Partnership (2017-2024)", "2024", "2023"),
  ("bilingual", "شراكة قطبية غير متكافئة (2017-2024)", "2017", "2016"),
  ("bilingual", "rose from 10.7 million tonnes", "10.7", "10.2"),
  ("bilingual", "voyages numbered 92 in 2024", "92", "93"),
  ("bilingual", "or 57.6 percent", "57.6", "75.6"),
  ("bilingual", "إلى 37.9 مليون طن عام 2024، أي أنها", "37.9", "39.7"),
  ("bilingual", "Route between 2017 and 2024. Cargo", "2017", "2018"),
  ("bilingual", "53 of them between", "53", "35"),
  ("weekday", "يوم الأربعاء 15 أيار 2013", "الأربعاء", "الخميس"),
  ("weekday", "يوم الجمعة 26", "الجمعة", "السبت"),
  ("duration", "بعد سبعة عشر عاماً من تأسيس", "سبعة عشر", "خمسة عشر"),
  ("duration", "سبق الوثيقة بسبعة أسابيع", "بسبعة", "بخمسة"),
  ("duration", "بعد سبعة أيام من بدء الحرب", "سبعة", "عشرة"),
  ("order-word", "غير أن التحول العملي سبق الوثيقة", "سبق", "تلا"),
  ("order-word", "بعد سبعة عشر عاماً من تأسيس", "بعد", "قبل"),
  ("parts-total", "و31 رحلة بين موانئ روسية", "31", "34"),
  ("parts-total", "نوفاتك الروسية (50.1 بالمئة)", "50.1", "51.1"),
  ("parts-total", "الحرير (9.9 بالمئة)", "9.9", "9.1"),
  ("share", "أي 57.6 بالمئة. وتخلص", "57.6", "67.5"),
  ("share", "أي أكثر من ثلث كلفة المشروع", "ثلث", "نصف"),
  ("share", "أي بنحو الثلث", "الثلث", "النصف"),
  ("percent-change", "أي بزيادة 4.7 بالمئة", "4.7", "7.4"),
  ("percent-change", "أي بزيادة 83.3 بالمئة", "83.3", "45.5"),
  ("percent-change", "ثلاث مرات ونصف، وبلغ", "ثلاث", "خمس"),
  ("average", "أي بمتوسط يقارب 40 ألف طن", "40", "60"),
  ("average", "3.7 ملايين طن، أي بمتوسط", "3.7", "5.7"),
  ("scale-word", "بقيمة إجمالية 9.3 مليار دولار", "مليار", "مليون"),
  ("scale-word", "بلغت 37.9 مليون طن عام 2024، مقابل", "مليون", "مليار"),
  ("count-list", "ويملك المشروع أربعة شركاء", "أربعة", "ثلاثة"),
  ("count-list", "على ثلاث فئات", "ثلاث", "أربع"),
  ("name-variant", "ويرى لانتين أن", "لانتين", "لانتان"),
  ("name-variant", "ما يسميه غونارسون", "غونارسون", "غونارسن"),
  ("acronym-url", "مركز لوجستيات الشمال (CHNL)، \"حركة", "CHNL", "CNHL"),
  ("acronym-url", "https://chnl.no/news", "chnl.no", "chln.no"),
  ("acronym-url", "(SIPRI)، \"مجلس", "SIPRI", "SPIRI"),
  ("url-date", "white_paper/2018/01/26", "26", "16"),
  ("url-date", "commentary/2022/03/17", "03", "05"),
  ("url-date", "carnegieendowment.org/2023/05/11", "2023", "2022"),
  ("source-older", "في 2024\"، 8 كانون الثاني 2025", "2025", "2024"),
  ("source-older", "بعد التعليق\"، 17 آذار 2022", "آذار", "شباط"),
  ("source-older", "مجلس القطب الشمالي\"، 11 أيار 2023", "2023", "2022"),
  ("source-older", "(Lanteigne, 2025: 9)", "2025", "2023"),
  ("citation-year", "(Gunnarsson, 2021: 112)", "2021", "2012"),
  ("citation-year", "(Moe, 2020: 6)", "2020", "2021"),
  ("citation-year", "(الحديثي، 2022: 57)", "2022", "2020"),
  ("citation-year", "- Gunnarsson, Björn (2021)", "2021", "2020"),
  ("citation-year", "- الحديثي، عمر (2022)", "2022", "2023"),
  ("event-second-date", "القطب الشمالي\"، 26 كانون الثاني 2018", "كانون الثاني", "كانون الأول"),
 ],
 "r": [
  ("weekday", "القاهرة، الثلاثاء 18 نوفمبر", "الثلاثاء", "الأربعاء"),
  ("weekday", "يوم الأربعاء 20 يوليو 2022", "20 يوليو", "21 يوليو"),
  ("percent-change", "أي بزيادة 25%", "25", "20"),
  ("percent-change", "أي بنمو 20%", "20", "16.7"),
  ("share", "أو 36.4% من المجموع", "36.4", "38.4"),
  ("share", "25 مليار دولار، أي 85%", "85", "80"),
  ("share", "أي 10% من استهلاك", "10", "12"),
  ("parts-total", "و4 في الهند", "4", "6"),
  ("parts-total", "منهم 19 ألف مصري", "19", "18"),
  ("average", "بمعدل 1.8 مليار دولار شهرياً", "1.8", "2.1"),
  ("average", "تقارب 6.1 مليون دولار", "6.1", "7.1"),
  ("scale-word", "بسعر 12.35 سنت للكيلوواط", "سنت", "دولار"),
  ("scale-word", "منها 1200 ميغاواط", "ميغاواط", "كيلوواط"),
  ("duration", "أي بعد أربع سنوات وسبعة أشهر", "أربع", "خمس"),
  ("duration", "قد بُنيت في ست سنوات", "ست", "سبع"),
  ("order-word", "أي بعد أربع سنوات وسبعة أشهر", "بعد", "قبل"),
  ("order-word", "وهي مدة تقل بعامين", "تقل", "تزيد"),
  ("age", "المولود عام 1968 والبالغ", "1968", "1966"),
  ("name-variant", "وأضاف الشربيني أن", "الشربيني", "الشربينى"),
  ("name-variant", "وُضع حجر الأساس لمحطة أكويو", "أكويو", "آكويو"),
  ("count-list", "في سبع دول خارج روسيا", "سبع", "ثماني"),
  ("count-list", "على ثلاثة أبواب", "ثلاثة", "أربعة"),
  ("event-second-date", "الخدمة عام 2028 كما هو مخطط", "2028", "2029"),
  ("period-phrase", "يعود إلى ستينيات القرن الماضي", "ستينيات", "خمسينيات"),
  ("period-phrase", "بدأ تشغيله عام 1961", "1961", "1971"),
 ],
 "b": [
  ("weekday", "قازان (روسيا) - الخميس 24 أكتوبر 2024", "الخميس", "الأربعاء"),
  ("weekday", "يوم الثلاثاء 15 يوليو 2014", "15", "17"),
  ("duration", "واستمرت ثلاثة أيام", "ثلاثة", "أربعة"),
  ("duration", "أي قبل خمسة عشر عاماً", "خمسة عشر", "عشرين"),
  ("count-list", "لـ 13 دولة هي", "13", "12"),
  ("parts-total", "من خمسة إلى تسعة", "تسعة", "عشرة"),
  ("percent-change", "بزيادة 10 في المائة، أي", "10", "12"),
  ("percent-change", "أي بزيادة 25 نقطة مئوية", "25", "35"),
  ("average", "بمتوسط 19.6 مليار دولار شهرياً", "19.6", "17.6"),
  ("average", "بمتوسط 275 مليون دولار للمشروع", "275", "257"),
  ("scale-word", "به في بنك التنمية الجديد 50 مليار دولار", "مليار", "مليون"),
  ("age", "المولود عام 1972", "1972", "1977"),
  ("name-variant", "ورأى كوزلوف أن", "كوزلوف", "كازلوف"),
  ("name-variant", "وأضاف سيلوانوف أن", "سيلوانوف", "سيليوانوف"),
  ("order-word", "أي قبل عشر سنوات", "قبل", "بعد"),
  ("order-word", "أول قمة تُعقد بعد توسع المجموعة", "بعد", "قبل"),
  ("order-word", "أي قبل خمسة عشر عاماً", "قبل", "بعد"),
  ("event-second-date", "انضمام مصر في يناير 2024", "2024", "2023"),
 ],
 "h": [
  ("weekday", "يوم الجمعة 23 ربيع الأول", "الجمعة", "الخميس"),
  ("weekday", "يوم الخميس 4 يوليو 2024م", "الخميس", "الثلاثاء"),
  ("period-phrase", "الربع الأول من القرن الخامس عشر الهجري", "الخامس عشر", "الرابع عشر"),
  ("period-phrase", "العقد الأخير من القرن العشرين", "العشرين", "الحادي والعشرين"),
  ("period-phrase", "23 ربيع الأول 1422هـ", "1422", "1421"),
  ("period-phrase", "26 ربيع الأول 1423هـ", "ربيع الأول", "ربيع الآخر"),
  ("period-phrase", "9 ذي الحجة 1416هـ", "1416", "1417"),
  ("period-phrase", "14 رمضان 1438هـ", "رمضان", "شوال"),
  ("period-phrase", "1425هـ/2004م", "1425", "1435"),
  ("period-phrase", "1447هـ/2025م", "1447", "1445"),
  ("age", "يومئذ في الخامسة والستين", "الخامسة والستين", "الستين"),
  ("age", "في التاسعة والستين", "التاسعة والستين", "الرابعة والسبعين"),
  ("age", "عن ستة وتسعين عاماً", "ستة وتسعين", "ثمانية وتسعين"),
  ("duration", "بعد خمس سنوات وشهرين", "خمس سنوات وشهرين", "ست سنوات"),
  ("duration", "بعد عام واحد بالتمام", "عام واحد", "عامين"),
  ("order-word", "أي بعد أربعة وعشرين عاماً", "بعد", "قبل"),
  ("count-list", "عشر دول أعضاء هي", "عشر", "تسع"),
  ("count-list", "فتأسست المنظمة بست دول", "بست", "بسبع"),
  ("count-list", "وهي القمة الخامسة والأخيرة له", "الخامسة", "السادسة"),
  ("parts-total", "والهند بـ 3 ملايين", "3", "5"),
  ("share", "أي نحو 43 في المائة", "43", "53"),
  ("scale-word", "نحو 7500 كيلومتر", "كيلومتر", "متر"),
  ("scale-word", "نحو 35 مليون كيلومتر مربع", "مليون", "مليار"),
  ("event-second-date", "في 15 يونيو 2001م انضمت", "2001", "2002"),
  ("event-second-date", "في 30 نوفمبر 2022م", "2022", "2021"),
  ("name-variant", "وتوفي جيانغ زيمين، أحد", "جيانغ زيمين", "جيانغ تسه مين"),
 ],
 "m": [
  ("weekday", "يوم الثلاثاء 14 أكتوبر 2025", "الثلاثاء", "الأربعاء"),
  ("acronym-url", "(OLP)، التقرير", "OLP", "OPL"),
  ("acronym-url", "(MERICS)، \"هامبورغ", "MERICS", "MERCIS"),
  ("acronym-url", "(ECFR)، \"الموانئ", "ECFR", "EFCR"),
  ("acronym-url", "https://www.oecd.org", "oecd.org", "oced.org"),
  ("url-date", "investors/2022/04/28", "28", "18"),
  ("url-date", "news/2025/09/24", "09", "08"),
  ("url-date", "comment/2023/06/07", "07", "17"),
  ("url-date", "ecfr.eu/article/2023/07/12", "2023", "2022"),
  ("source-older", "التقرير السنوي 2021، 28 أبريل 2022", "2022", "2021"),
  ("source-older", "النقل البحري 2025\"، 24 شتنبر 2025", "شتنبر 2025", "شتنبر 2023"),
  ("source-older", "بنصف حصة\"، 7 يونيو 2023", "يونيو", "يناير"),
  ("source-older", "بعد هامبورغ\"، 12 يوليوز 2023", "يوليوز", "أبريل"),
  ("parts-total", "منها 40 بالمائة لكوسكو", "40", "45"),
  ("parts-total", "و9.9 بالمائة لميناء", "9.9", "9.1"),
  ("share", "قرابة 20 بالمائة من مجموع", "20", "25"),
  ("share", "البالغ 60 مليون حاوية", "60", "80"),
  ("percent-change", "بانخفاض 6.2 بالمائة", "6.2", "6.6"),
  ("percent-change", "تضاعفت أكثر من ست مرات", "ست", "ثماني"),
  ("average", "5.5 ملايين يورو لكل نقطة", "5.5", "4.5"),
  ("average", "مقابل 280.5 مليون يورو", "280.5", "250.5"),
  ("scale-word", "من 880 ألف حاوية", "ألف", "مليون"),
  ("scale-word", "نحو 12 مليون حاوية نمطية", "مليون", "مليار"),
  ("duration", "امتياز لمدة 25 عاماً", "25", "20"),
  ("age", "المولود عام 1976 والبالغ", "1976", "1979"),
  ("age", "والبالغ 49 عاماً", "49", "44"),
  ("name-variant", "ويضيف ماتزاكيس أن", "ماتزاكيس", "ماتساكيس"),
  ("name-variant", "**بيرايوس** (اليونان)", "بيرايوس", "بيريوس"),
  ("count-list", "في خمسة موانئ متوسطية", "خمسة", "ستة"),
  ("event-second-date", "67 بالمائة لكوسكو منذ 2021", "2021", "2020"),
  ("event-second-date", "عن ذروة 2019", "2019", "2018"),
 ],
 "o": [
  ("weekday", "يوم الأحد 12 آب 2018", "الأحد", "السبت"),
  ("weekday", "يوم الجمعة 27 كانون الأول 2019", "27", "28"),
  ("citation-year", "(Pritchin, 2022: 17)", "2022", "2021"),
  ("citation-year", "(Katz, 2020: 63)", "2020", "2019"),
  ("citation-year", "(الموسوي، 2023: 101)", "2023", "2021"),
  ("citation-year", "- Katz, Mark N. (2020)", "2020", "2021"),
  ("citation-year", "- Pritchin, Stanislav (2022)", "2022", "2023"),
  ("source-older", "(Grajewski, 2025: 5)", "2025", "2024"),
  ("source-older", "- Grajewski, Nicole (2025)", "2025", "2024"),
  ("url-date", "analysis/2025/04/02", "04/02", "04/12"),
  ("url-date", "blogs/2020/02/18", "02/18", "03/18"),
  ("url-date", "online-analysis/2022/03/14", "14", "24"),
  ("acronym-url", "(CSIS), 2 April", "CSIS", "CISS"),
  ("acronym-url", "https://www.csis.org", "csis.org", "cisis.org"),
  ("acronym-url", "(IISS), 14 March", "IISS", "ISSI"),
  ("duration", "بعد اثنين وعشرين عاماً من المفاوضات", "اثنين وعشرين", "ثمانية عشر"),
  ("age", "نزارباييف، المولود عام 1940", "1940", "1944"),
  ("age", "في الثامنة والسبعين", "الثامنة والسبعين", "الثانية والسبعين"),
  ("name-variant", "كما يلاحظ كاتز", "كاتز", "كاتس"),
  ("name-variant", "ويرى غراجيفسكي أن", "غراجيفسكي", "غرايفسكي"),
  ("count-list", "كانت تلك القمة الخامسة لدول قزوين", "الخامسة", "الرابعة"),
  ("parts-total", "16 قطعة بحرية: 10 إيرانية", "10", "12"),
  ("parts-total", "و4 روسية", "4", "3"),
  ("share", "وفّرت 62.5 في المئة", "62.5", "65.2"),
  ("percent-change", "أي بزيادة 50 في المئة", "50", "33"),
  ("average", "قرابة 9.9 ملايين يورو", "9.9", "8.9"),
  ("average", "بطول 162 كيلومتراً", "162", "126"),
  ("scale-word", "وكلفة 1.6 مليار يورو", "مليار", "مليون"),
  ("order-word", "بعد اثنين وعشرين عاماً من المفاوضات", "بعد", "قبل"),
  ("event-second-date", "فمنذ كانون الأول 2019 تجري", "2019", "2018"),
 ],
}
NAMES = {"a": "arctic", "r": "rosatom", "b": "brics", "h": "sco", "m": "ports", "o": "caspian"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 12, benchmarks/heldout11/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer, editor or translator would, and names",
           "  the kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout11/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad, kinds = 0, [], Counter()
    for f, (form, pre) in TEXTS.items():
        raw = (HERE / f).read_text(encoding="utf-8")
        out.append(f"# ---------------------------------------------------------------- {f}")
        for i, (kind, anchor, before, after) in enumerate(P[pre], 1):
            if pre == "r":
                anchor, before, after = (east(x) for x in (anchor, before, after))
            if raw.count(anchor) != 1 or anchor.count(before) != 1 or before == after:
                bad.append((f, i, anchor, raw.count(anchor), anchor.count(before)))
            out.append(f"- {{id: {NAMES[pre]}-{i:02d}, file: {f}, kind: {kind}, anchor: {q(anchor)}, before: {q(before)}, after: {q(after)}}}")
            n += 1
            kinds[kind] += 1
    for b in bad:
        print("BAD", b)
    assert not bad
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants")
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c}")


if __name__ == "__main__":
    main()
