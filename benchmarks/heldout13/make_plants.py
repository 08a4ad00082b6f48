"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer, editor or translator might get wrong, chosen by reading the
text (no detector was read or run when they were written). Plants of the Eastern-digit Iraqi
report are written here with Western digits and converted («.» between digits becomes «٫»). The
script checks that every anchor occurs once in its text and holds its ``before`` once. Run:
    python benchmarks/heldout13/make_plants.py
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
    "clean/academic_cpec_gwadar.txt": ("pdf-text", "a"),
    "clean/report_iraq_china_oil.txt": ("plain", "r"),
    "clean/wire_turkstream.txt": ("plain", "w"),
    "clean/encyclopedia_russian_bases_syria.txt": ("plain", "e"),
    "clean/markdown_morocco_batteries.md": ("markdown", "m"),
    "clean/oped_port_sudan_naval.txt": ("plain", "o"),
    "clean/news_zambia_debt.txt": ("plain", "z"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "a": [
  ("history-order", "تاريخ الاستلام: 9 شباط 2025", "شباط", "أيار"),
  ("history-order", "تاريخ التعديل: 17 نيسان 2025", "نيسان", "كانون الثاني"),
  ("history-order", "تاريخ القبول: 2 حزيران 2025", "حزيران", "آذار"),
  ("history-order", "تاريخ النشر: 28 آب 2025", "2025", "2024"),
  ("history-order", "Received: 9 February 2025", "February", "May"),
  ("history-order", "Revised: 17 April 2025", "April", "January"),
  ("history-order", "Accepted: 2 June 2025", "June", "March"),
  ("history-order", "Published: 28 August 2025", "August", "May"),
  ("bilingual", "Vol. 7, No. 2 (2025)", "7", "9"),
  ("bilingual", "pp. 63-94", "94", "96"),
  ("bilingual", "A Decade of Finance and Risk (2015-2024)", "2015", "2013"),
  ("bilingual", "حصيلة عقد من التمويل والمخاطر (2015-2024)", "2024", "2023"),
  ("bilingual", "in 2015 at 46 billion dollars", "46", "64"),
  ("bilingual", "rose to 62 billion dollars", "62", "60"),
  ("bilingual", "an increase of 34.8", "34.8", "38.4"),
  ("bilingual", "Energy projects account for 33.8 billion", "33.8", "38.3"),
  ("bilingual", "or 54.5 percent of the total", "54.5", "45.5"),
  ("bilingual", "وتستأثر مشروعات الطاقة بـ 33.8 مليار", "33.8", "32.8"),
  ("bilingual", "نصيب الميناء نفسه 1.2 مليار", "1.2", "2.1"),
  ("weekday", "يوم الجمعة 5 تموز 2013", "الجمعة", "الخميس"),
  ("weekday", "إسلام آباد يوم الاثنين 20 نيسان 2015", "الاثنين", "الثلاثاء"),
  ("weekday", "يوم الثلاثاء 20 آذار 2007", "20 آذار", "22 آذار"),
  ("weekday", "يوم الأربعاء 14 تموز 2021", "14", "15"),
  ("duration", "ثم جاء الإعلان الكبير بعد واحد وعشرين شهراً", "واحد وعشرين", "سبعة عشر"),
  ("duration", "وبعد ثلاث سنوات وتسعة أشهر من ذلك الانتقال", "ثلاث", "أربع"),
  ("duration", "وبعد عامين وثمانية أشهر، وتحديداً", "عامين", "ثلاثة أعوام"),
  ("order-word", "أي بعد أكثر من ثلاثة أشهر. وبلغت", "بعد", "قبل"),
  ("order-word", "بعد نحو ست سنوات من تدشينه", "بعد", "قبل"),
  ("order-word", "وبعد ثلاث سنوات وتسعة أشهر من ذلك الانتقال", "وبعد", "وقبل"),
  ("share", "أي نحو 79.8", "79.8", "89.7"),
  ("share", "منحة صينية قدرها 230 مليوناً، أي 93.5 بالمئة", "93.5", "83.5"),
  ("share", "للنقل (11.7 مليار دولار، أي 18.9 بالمئة)", "18.9", "19.8"),
  ("share", "ومشروعاته (1.2 مليار دولار، أي 1.9 بالمئة)", "1.9", "2.9"),
  ("parts-total", "والمناطق الاقتصادية الخاصة وسائر المشروعات (15.3 مليار دولار)", "15.3", "13.5"),
  ("parts-total", "أي 10 آلاف جندي و5 آلاف عنصر", "5 آلاف", "4 آلاف"),
  ("percent-change", "أي بنمو 28 بالمئة", "28", "22"),
  ("percent-change", "عام 2023 إلى 1.8 مليار دولار", "1.8", "2.1"),
  ("average", "أي 480 ميغاواط للمحطة", "480", "520"),
  ("average", "8160 ميغاواط إلى الشبكة", "8160", "6180"),
  ("scale-word", "قدّمت الصين منها 198 مليوناً", "مليوناً", "ملياراً"),
  ("scale-word", "نحو 600 كيلومتر عن كراتشي", "كيلومتر", "متر"),
  ("count-list", "على أربعة أبواب", "أربعة", "خمسة"),
  ("count-list", "الإجابة عن ثلاثة أسئلة", "ثلاثة", "أربعة"),
  ("name-variant", "غير أن قريشي نفسه", "قريشي", "قريشى"),
  ("name-variant", "ويقدّر قريشي أن", "قريشي", "القرشي"),
  ("event-second-date", "توقيع مذكرة التفاهم في تموز 2013", "تموز", "آب"),
  ("event-second-date", "تدشين الميناء عام 2007", "2007", "2008"),
  ("event-second-date", "أُعلنت حزمة الممر عام 2015", "2015", "2016"),
  ("source-older", "مستقبل حماية المشاريع الصينية\"، 22 تموز 2021", "22 تموز", "2 تموز"),
  ("source-older", "مطار غوادر الدولي الجديد\"، 21 كانون الثاني 2025", "2025", "2024"),
  ("source-older", "الصيني الباكستاني\"، 18 كانون الأول 2017", "2017", "2016"),
  ("url-date", "research-products/2025/01/12", "01/12", "01/21"),
  ("url-date", "news/2017/12/18", "18", "28"),
  ("url-date", "the-interpreter/2025/03/10", "03", "02"),
  ("url-date", "online-analysis/2021/07/22", "22", "12"),
  ("acronym-url", "(AEI)", "AEI", "AIE"),
  ("acronym-url", "(IISS)", "IISS", "ISSI"),
  ("acronym-url", "https://www.aei.org", "aei.org", "aie.org"),
  ("acronym-url", "https://www.iiss.org", "iiss.org", "iss.org"),
  ("citation-year", "المجلد 7، العدد 2 (2025)", "2025", "2023"),
  ("citation-year", "Vol. 7, No. 2 (2025), pp. 63-94", "2025", "2024"),
 ],
 "r": [
  ("weekday", "بغداد، الأحد 12 تشرين الأول 2025", "الأحد", "الاثنين"),
  ("weekday", "يوم الاثنين 23 أيلول 2019", "23", "24"),
  ("weekday", "يوم الجمعة 29 تشرين الثاني 2019", "الجمعة", "الخميس"),
  ("duration", "فبعد سبعة وستين يوماً من توقيعها", "سبعة وستين", "سبعة وأربعين"),
  ("duration", "أي بعد يومين", "يومين", "أسبوعين"),
  ("order-word", "فبعد سبعة وستين يوماً", "فبعد", "فقبل"),
  ("period-phrase", "منذ ثمانينيات القرن الماضي", "ثمانينيات", "سبعينيات"),
  ("period-phrase", "وأنجزت عام 1984 جسراً", "1984", "1994"),
  ("share", "أي 36.8%، بعد", "36.8", "38.6"),
  ("share", "846 مدرسة، أي 84.6%", "84.6", "86.4"),
  ("parts-total", "منها 679 مدرسة", "679", "697"),
  ("parts-total", "وشركة سينوتك 321 مدرسة", "321", "312"),
  ("percent-change", "أي بنمو 7.2%", "7.2", "2.7"),
  ("percent-change", "بنسبة 25%؛", "25", "20"),
  ("percent-change", "بزيادة\n10.8 نقاط مئوية", "10.8", "8.1"),
  ("average", "أي 2.92 مليار دولار سنوياً", "2.92", "2.29"),
  ("average", "ونحو 243 مليون دولار شهرياً", "243", "324"),
  ("average", "أي 1.2 مليون دولار للمدرسة", "1.2", "1.5"),
  ("scale-word", "تدرّ على الحساب 8 ملايين", "ملايين", "آلاف"),
  ("scale-word", "قُدّرت كلفته بـ 410 ملايين دولار", "ملايين", "مليارات"),
  ("scale-word", "إلى 53.4 مليار دولار", "مليار", "مليون"),
  ("count-list", "أربعة مشاريع رئيسية", "أربعة", "خمسة"),
  ("count-list", "تتلخص المخاطر في ثلاثة", "ثلاثة", "أربعة"),
  ("age", "المولود عام 1969 والبالغ", "1969", "1966"),
  ("age", "والبالغ 56 عاماً", "56", "51"),
  ("name-variant", "ويضيف الجبوري أن", "الجبوري", "الجبورى"),
  ("event-second-date", "في أيلول 2019 توجه", "أيلول", "آب"),
 ],
 "w": [
  ("weekday", "إسطنبول - الأربعاء 8 يناير 2025", "الأربعاء", "الخميس"),
  ("weekday", "يوم الأربعاء 8", "الأربعاء", "الثلاثاء"),
  ("weekday", "يوم الاثنين الأول من ديسمبر 2014", "الاثنين", "الأحد"),
  ("weekday", "يوم\nالاثنين 10 أكتوبر 2016", "10", "11"),
  ("weekday", "يوم الاثنين 19 نوفمبر 2018", "الاثنين", "الثلاثاء"),
  ("weekday", "أمس الثلاثاء", "الثلاثاء", "الاثنين"),
  ("duration", "أي قبل خمس سنوات بالتمام", "خمس", "أربع"),
  ("duration", "وبذلك جاء التدشين بعد أكثر من خمس", "خمس", "ست"),
  ("duration", "وبعد نحو ثلاث سنوات وثلاثة أشهر", "ثلاث سنوات", "سنتين"),
  ("order-word", "أي قبل خمس سنوات بالتمام", "قبل", "بعد"),
  ("order-word", "وبعد نحو ثلاث سنوات وثلاثة أشهر على توقيع", "وبعد", "وقبل"),
  ("percent-change", "بزيادة 16.7 في المائة", "16.7", "14.3"),
  ("percent-change", "أي بزيادة 45.5 في المائة", "45.5", "31.3"),
  ("share", "وبنسبة تشغيل بلغت 97.8", "97.8", "87.9"),
  ("share", "أي 48.7 في المائة", "48.7", "47.8"),
  ("share", "أي 40.5 في المائة", "40.5", "45.0"),
  ("parts-total", "أي 31.5 مليار متر مكعب في المجموع", "31.5", "33.5"),
  ("parts-total", "طاقة كل منهما 15.75", "15.75", "17.55"),
  ("average", "نحو 42 مليون متر مكعب يومياً", "42", "52"),
  ("scale-word", "ويمتد القسم البحري للخط 930 كيلومتراً", "كيلومتراً", "متراً"),
  ("scale-word", "على عمق يصل إلى 2200 متر", "متر", "كيلومتر"),
  ("scale-word", "إلى 48 يورو للميغاواط", "للميغاواط", "للكيلوواط"),
  ("count-list", "على أربع دول هي بلغاريا", "أربع", "ثلاث"),
  ("age", "المولود عام 1978 والبالغ", "1978", "1975"),
  ("age", "47 عاماً، إن", "47", "44"),
  ("name-variant", "ويرى أكسوي أن", "أكسوي", "آقصوي"),
  ("event-second-date", "منتصف ليل الحادي والثلاثين من", "الحادي والثلاثين", "الخامس عشر"),
  ("name-variant", "حين أعلن بوتين من أنقرة", "بوتين", "بوتن"),
  ("name-variant", "وقالت غازبروم في بيان", "غازبروم", "غاز بروم"),
 ],
 "e": [
  ("weekday", "يوم الأربعاء 11 ذي القعدة", "الأربعاء", "الخميس"),
  ("weekday", "الموافق 30 سبتمبر 2015م", "30", "29"),
  ("weekday", "يوم الاثنين 23 ربيع الأول", "الاثنين", "الثلاثاء"),
  ("weekday", "الموافق 18 يناير 2017م", "18", "19"),
  ("period-phrase", "11 ذي القعدة 1436هـ", "ذي القعدة", "شوال"),
  ("period-phrase", "17 ذي الحجة 1436هـ", "1436", "1437"),
  ("period-phrase", "20 ربيع الآخر 1438هـ", "ربيع الآخر", "ربيع الأول"),
  ("period-phrase", "23 ربيع الأول 1439هـ", "1439", "1438"),
  ("period-phrase", "7 جمادى الآخرة 1446هـ", "جمادى الآخرة", "جمادى الأولى"),
  ("period-phrase", "عام 1391هـ/1971م", "1391", "1381"),
  ("period-phrase", "عام 1412هـ/1991م", "1412", "1422"),
  ("period-phrase", "عام 1440هـ/2019م", "1440", "1430"),
  ("period-phrase", "في عام 1446هـ/2024م", "1446", "1436"),
  ("period-phrase", "في سبعينيات القرن العشرين", "سبعينيات", "ستينيات"),
  ("period-phrase", "سبعينيات القرن العشرين", "العشرين", "التاسع عشر"),
  ("period-phrase", "العقد الثاني من القرن الحادي والعشرين", "الثاني", "الأول"),
  ("period-phrase", "وعام 1438هـ/2017م", "1438", "1428"),
  ("duration", "وبعد خمسة أسابيع", "خمسة", "سبعة"),
  ("duration", "بعد ستة وأربعين عاماً", "ستة وأربعين", "ستة وثلاثين"),
  ("duration", "بعد عامين وشهرين وأحد عشر يوماً", "عامين", "ثلاثة أعوام"),
  ("duration", "أي بعد نحو ست سنوات من توقيعه", "ست", "ثلاث"),
  ("duration", "الأولى بذلك عام 2066م", "2066", "2056"),
  ("order-word", "وبعد خمسة أسابيع بدأت", "وبعد", "وقبل"),
  ("order-word", "بعد ستة وأربعين عاماً", "بعد", "قبل"),
  ("age", "سبتمبر 1965م", "1965", "1962"),
  ("age", "في التاسعة والخمسين", "التاسعة", "الحادية"),
  ("parts-total", "بمجموعة من 32 طائرة حربية", "32", "34"),
  ("parts-total", "12 قاذفة من طراز سو-24", "12", "14"),
  ("count-list", "منشأتان عسكريتان رئيسيتان", "منشأتان عسكريتان رئيسيتان", "ثلاث منشآت عسكرية رئيسية"),
  ("share", "تمثل سوى 12.5 في المائة", "12.5", "25"),
  ("share", "أي 40 في المائة", "40", "45"),
  ("scale-word", "قدرها 500 مليون دولار", "مليون", "مليار"),
  ("name-variant", "وقّع بوتين قانون", "بوتين", "بوتن"),
  ("event-second-date", "اتفاقيتي عام 1436هـ/2015م", "1436هـ/2015م", "1437هـ/2016م"),
  ("event-second-date", "وعام 1438هـ/2017م", "1438هـ/2017م", "1439هـ/2018م"),
 ],
 "m": [
  ("weekday", "الرباط، الثلاثاء 21 أكتوبر 2025", "الثلاثاء", "الأربعاء"),
  ("weekday", "يوم الثلاثاء 15 يونيو 2004", "15", "16"),
  ("weekday", "يوم الأحد فاتح يناير 2006", "الأحد", "السبت"),
  ("duration", "أي بعد سنة ونصف تقريباً", "سنة ونصف", "سنتين ونصف"),
  ("order-word", "أي بعد سنة ونصف تقريباً", "بعد", "قبل"),
  ("age", "المولود سنة 1984 والبالغ 41 سنة", "1984", "1981"),
  ("age", "والبالغ 41 سنة", "41", "44"),
  ("share", "أي قرابة 70 بالمائة", "70", "60"),
  ("share", "تستحوذ على 78.3 بالمائة", "78.3", "87.3"),
  ("share", "أي 20 بالمائة من المشروع", "20", "25"),
  ("parts-total", "و1.5 مليار لسي إن", "1.5", "1.8"),
  ("parts-total", "مجموع الاستثمارات المعلنة للمشاريع الثلاثة 8.3", "8.3", "8.6"),
  ("average", "أي 65 مليون دولار لكل جيغاواط", "65", "56"),
  ("average", "ما يعادل 13.1 مليار درهم شهرياً", "13.1", "11.3"),
  ("percent-change", "بارتفاع نسبته 11.2 بالمائة", "11.2", "10.1"),
  ("scale-word", "و300 مليون دولار لبي تي آر", "مليون", "مليار"),
  ("scale-word", "157.6 مليار درهم", "مليار", "مليون"),
  ("count-list", "على ثلاثة مشاريع", "ثلاثة", "أربعة"),
  ("count-list", "يكمن في ثلاثة عناصر", "ثلاثة", "أربعة"),
  ("name-variant", "ويضيف بنشقرون أن", "بنشقرون", "بن شقرون"),
  ("name-variant", "ويتوقع بنشقرون أن", "بنشقرون", "بنشقرن"),
  ("name-variant", "لم تعد غوشن وحدها", "غوشن", "جوشن"),
  ("event-second-date", "الباب الذي فتحه قانون 2022", "2022", "2023"),
  ("event-second-date", "في يونيو 2024 أعلنت الحكومة", "يونيو", "مارس"),
  ("source-older", "بالقنيطرة\"، 4 يونيو 2024", "يونيو", "ماي"),
  ("source-older", "قانون خفض التضخم\"، 9 يوليوز 2025", "2025", "2022"),
  ("source-older", "سلاسل قيمة البطاريات\"، 18 مارس 2025", "2025", "2023"),
  ("source-older", "العالمية 2025\"، 14 ماي 2025", "ماي 2025", "ماي 2023"),
  ("url-date", "actualites/2024/06/04/gigafactory", "04/gigafactory", "14/gigafactory"),
  ("url-date", "news/2025/01/31", "01/31", "02/13"),
  ("url-date", "publications/2025/03/18", "03", "05"),
  ("url-date", "reports/2025/05/14", "14", "24"),
  ("url-date", "articles/2025/07/09", "07", "06"),
  ("acronym-url", "(USGS)", "USGS", "UGSS"),
  ("acronym-url", "(IEA)", "IEA", "AIE"),
  ("acronym-url", "https://www.iea.org", "iea.org", "eia.org"),
  ("acronym-url", "https://www.usgs.gov", "usgs.gov", "ugs.gov"),
 ],
 "o": [
  ("weekday", "يوم الخميس 23 نوفمبر", "الخميس", "الجمعة"),
  ("weekday", "يوم الاثنين 16 نوفمبر 2020", "16", "17"),
  ("weekday", "يوم الخميس 11 أبريل", "الخميس", "الأربعاء"),
  ("weekday", "يوم السبت 15 أبريل 2023", "السبت", "الأحد"),
  ("age", "المولود عام 1944", "1944", "1949"),
  ("age", "في الثالثة والسبعين", "الثالثة", "الثامنة"),
  ("duration", "بعد ثلاث سنوات إلا أسبوعاً", "ثلاث", "أربع"),
  ("duration", "أي بعد أكثر من أربع سنوات", "أربع", "ست"),
  ("duration", "بأكثر من عام ونصف", "عام ونصف", "ثلاثة أعوام"),
  ("order-word", "قبل ذلك بأكثر من عام ونصف", "قبل", "بعد"),
  ("citation-year", "(Halvorsen, 2021: 14)", "2021", "2012"),
  ("citation-year", "2023: 58)", "2023", "2022"),
  ("citation-year", "& Lutz, 2022: 7)", "2022", "2020"),
  ("citation-year", "2024: 31)", "2024", "2023"),
  ("citation-year", "- Halvorsen, Erik (2021)", "2021", "2020"),
  ("citation-year", "- Adeyemi, Tunde (2024)", "2024", "2025"),
  ("citation-year", "- الطيب، عثمان (2023)", "2023", "2024"),
  ("citation-year", "Morgan, Claire & Lutz, Daniel (2022)", "2022", "2021"),
  ("source-older", "Chatham House, 5 June 2024", "2024", "2022"),
  ("source-older", "(NUPI), 11 March 2021", "2021", "2017"),
  ("source-older", "(SIPRI), 17 October 2022", "2022", "2020"),
  ("url-date", "chathamhouse.org/2024/06/05", "06/05", "07/05"),
  ("url-date", "publications/2021/03/11", "11", "21"),
  ("url-date", "commentary/2022/10/17", "10", "11"),
  ("acronym-url", "(NUPI)", "NUPI", "NIPU"),
  ("acronym-url", "(SIPRI)", "SIPRI", "SPRI"),
  ("acronym-url", "https://www.nupi.no", "nupi.no", "npui.no"),
  ("acronym-url", "https://www.sipri.org", "sipri.org", "sirpi.org"),
  ("percent-change", "أي بتراجع 34.8 في المئة", "34.8", "53.4"),
  ("scale-word", "من 11.2 مليون طن", "مليون", "مليار"),
  ("scale-word", "بقيمة 6 مليارات دولار", "مليارات", "ملايين"),
  ("scale-word", "الممتد 853 كيلومتراً", "كيلومتراً", "متراً"),
  ("name-variant", "وكما يقول هالفورسن", "هالفورسن", "هالفورشن"),
  ("name-variant", "وافق بوتين يوم", "بوتين", "بوتن"),
 ],
 "z": [
  ("weekday", "الخميس 6 تشرين الثاني/نوفمبر 2025", "الخميس", "الأربعاء"),
  ("weekday", "يوم الجمعة 13 تشرين الثاني/نوفمبر 2020", "13", "14"),
  ("weekday", "يوم الخميس 12 آب/أغسطس 2021", "الخميس", "الجمعة"),
  ("weekday", "يوم الأربعاء 31 آب/أغسطس 2022", "الأربعاء", "الخميس"),
  ("duration", "البالغة ثلاثين يوماً", "ثلاثين", "خمسة عشر"),
  ("duration", "وبعد عامين وسبعة أشهر من التعثر", "عامين", "ثلاثة أعوام"),
  ("duration", "بعد تسعة أشهر من اتفاق باريس", "تسعة", "ستة"),
  ("duration", "قبل خمس سنوات، وتحديداً", "خمس", "أربع"),
  ("order-word", "بعد تسعة أشهر من اتفاق باريس", "بعد", "قبل"),
  ("order-word", "وبعد عامين وسبعة أشهر من التعثر", "وبعد", "وقبل"),
  ("age", "المولود في 4 حزيران/يونيو 1962", "1962", "1965"),
  ("age", "وهو في التاسعة والخمسين", "التاسعة", "السابعة"),
  ("parts-total", "و5.2 مليارات للمؤسسات", "5.2", "5.8"),
  ("parts-total", "و4.1 مليارات للدائنين التجاريين", "4.1", "4.7"),
  ("parts-total", "عند التعثر 18.6", "18.6", "16.8"),
  ("share", "أي 63.5 بالمئة منها", "63.5", "53.6"),
  ("share", "حملة السندات 16.1 بالمئة", "16.1", "18.1"),
  ("percent-change", "أي بزيادة 7.5 بالمئة", "7.5", "7.0"),
  ("percent-change", "أي بتراجع 50 نقطة مئوية", "50", "40"),
  ("average", "نحو 34 مليون دولار شهرياً", "34", "43"),
  ("average", "يمتد 38 شهراً", "38", "28"),
  ("scale-word", "قيمتها 42.5 مليون دولار", "مليون", "مليار"),
  ("scale-word", "إلى 820 ألف طن", "ألف", "مليون"),
  ("count-list", "موزعة على أربع فئات", "أربع", "ثلاث"),
  ("count-list", "دين موزع على أربع فئات", "أربع", "خمس"),
  ("name-variant", "ويضيف مواانزا أن", "مواانزا", "موانزا"),
 ],
}
NAMES = {"a": "gwadar", "r": "iraq", "w": "turkstream", "e": "syria", "m": "morocco", "o": "sudan", "z": "zambia"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 15, benchmarks/heldout13/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer, editor or translator would, and names",
           "  the kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout13/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad, kinds, per = 0, [], Counter(), Counter()
    texts_of = {}
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
            per[NAMES[pre]] += 1
            texts_of.setdefault(kind, set()).add(pre)
    for b in bad:
        print("BAD", b)
    assert not bad
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants;", dict(per))
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c} ({len(texts_of[k])} texts)")


if __name__ == "__main__":
    main()
