"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer, editor or translator might get wrong, chosen by reading the
text (no detector was read or run when they were written). Plants of the Eastern-digit Qatar LNG
report are written here with Western digits and converted («.» between digits becomes «٫», «%»
becomes «٪»). The script checks that every anchor occurs once in its text and holds its ``before``
once, and that every kind of FAULT_KINDS has plants. Run (from the worktree, PYTHONPATH=src):
    python benchmarks/heldout17/make_plants.py
"""
import json
import re
from collections import Counter
from pathlib import Path

from tahqiq.review.planted import FAULT_KINDS

HERE = Path(__file__).parent
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


TEXTS = {
    "clean/academic_russia_africa_summits.txt": ("pdf-text", "a"),
    "clean/report_qatar_china_lng.txt": ("plain", "r"),
    "clean/wire_idex_russia_china.txt": ("plain", "w"),
    "clean/encyclopedia_lusail_stadium.txt": ("plain", "e"),
    "clean/markdown_chinese_medical_teams.md": ("markdown", "m"),
    "clean/oped_russian_wheat_lebanon.txt": ("plain", "o"),
    "clean/transcript_power_of_siberia2.txt": ("plain", "i"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "a": [
  ("history-order", "تاريخ الاستلام: 14 كانون الثاني 2025", "كانون الثاني", "أيار"),
  ("history-order", "تاريخ التعديل: 2 آذار 2025", "آذار", "كانون الثاني"),
  ("history-order", "تاريخ القبول: 19 نيسان 2025", "نيسان", "شباط"),
  ("history-order", "تاريخ النشر: 30 حزيران 2025", "2025", "2024"),
  ("history-order", "تاريخ القبول: 19 نيسان 2025", "19 نيسان", "19 كانون الثاني"),
  ("history-order", "Received: 14 January 2025", "January", "May"),
  ("history-order", "Revised: 2 March 2025", "2025", "2024"),
  ("history-order", "Accepted: 19 April 2025", "April", "February"),
  ("history-order", "Published: 30 June 2025", "June", "March"),
  ("history-order", "Received: 14 January 2025", "2025", "2026"),
  ("bilingual", "Vol. 11, No. 2 (2025)", "11", "12"),
  ("bilingual", "pp. 77-104", "104", "114"),
  ("bilingual", "Limits of Partnership (2019-2024)", "2019", "2018"),
  ("bilingual", "وحدود الشراكة (2019-2024)", "2024", "2023"),
  ("bilingual", "fell from 43 to 17", "17", "19"),
  ("bilingual", "did not exceed 24.5 billion dollars", "24.5", "25.4"),
  ("bilingual", "about 61 percent of", "61", "66"),
  ("bilingual", "accounted for 51.8 percent", "51.8", "58.1"),
  ("bilingual", "في سوتشي (2019) وسانت بطرسبورغ (2023)", "2023", "2022"),
  ("bilingual", "the 40-billion-dollar target", "40", "30"),
  ("weekday", "يومي الأربعاء والخميس 23 و24 تشرين الأول 2019", "23 و24", "24 و25"),
  ("weekday", "يوم الاثنين 17 تموز 2023", "الاثنين", "الأحد"),
  ("weekday", "يومي الخميس والجمعة 27 و28 تموز 2023", "الخميس والجمعة", "الأربعاء والخميس"),
  ("weekday", "يومي السبت والأحد 9 و10 تشرين الثاني 2024", "السبت والأحد", "الجمعة والسبت"),
  ("duration", "أي بعد ثلاث سنوات وتسعة أشهر من الأولى", "ثلاث سنوات", "أربع سنوات"),
  ("duration", "وبعد عشرة أيام فقط من انسحاب", "عشرة", "خمسة عشر"),
  ("duration", "بعد عام وأربعة أشهر من قمة", "عام وأربعة أشهر", "عامين وأربعة أشهر"),
  ("duration", "بعد خمس سنوات من إعلانه", "خمس", "سبع"),
  ("order-word", "وبعد عشرة أيام فقط من انسحاب", "وبعد", "وقبل"),
  ("order-word", "وجاء المؤتمر بعد عام وأربعة أشهر", "بعد", "قبل"),
  ("parts-total", "و4.6 مليار دولار للجزائر", "4.6", "6.4"),
  ("parts-total", "و11.8 مليار دولار لسائر", "11.8", "12.8"),
  ("share", "بـ 51.8 بالمئة من المجموع", "51.8", "48.1"),
  ("share", "سوى نحو 61 بالمئة منه", "61", "71"),
  ("percent-change", "بنسبة 60.5 بالمئة عن قمة سوتشي", "60.5", "39.5"),
  ("percent-change", "أي بزيادة 36.1 بالمئة عن مستوى 2022", "36.1", "26.5"),
  ("percent-change", "أي بانخفاض 10 بالمئة", "10", "20"),
  ("average", "أي بمتوسط يقارب 33 ألف طن للدولة", "33", "43"),
  ("average", "200 ألف طن، أي بمتوسط", "200", "280"),
  ("count-list", "ست دول، هي بوركينا فاسو", "ست", "سبع"),
  ("count-list", "بثلاثة قيود", "بثلاثة", "بأربعة"),
  ("count-list", "على ثلاثة مؤشرات", "ثلاثة", "أربعة"),
  ("name-variant", "ويرى أوليفييه أن", "أوليفييه", "أوليفيي"),
  ("name-variant", "ويرى هارلان أن", "هارلان", "هارلن"),
  ("name-variant", "يصفه ستراند بأنه", "ستراند", "سترند"),
  ("event-second-date", "قبل القمة الثالثة المقررة عام 2026", "2026", "2027"),
  ("event-second-date", "تراجعت من 20 مليار دولار عام 2018", "2018", "2017"),
  ("scale-word", "شطبت ديوناً أفريقية تزيد على 20 مليار دولار", "مليار", "مليون"),
  ("scale-word", "بما بين 25 و50 ألف طن", "ألف", "مليون"),
  ("citation-year", "(Strand, 2019: 5)", "2019", "2017"),
  ("citation-year", "(Harlan, 2021: 88)", "2021", "2012"),
  ("citation-year", "(العبيدي، 2024: 63)", "2024", "2023"),
  ("citation-year", "- Olivier, Gerrit (2023)", "2023", "2022"),
  ("citation-year", "- Ndlovu, Thandeka (2025)", "2025", "2024"),
  ("url-date", "tass.com/politics/2023/07/29", "29", "19"),
  ("url-date", "statistic/2025/02/10", "/02/", "/01/"),
  ("url-date", "iss-today/2024/03/04", "03", "05"),
  ("url-date", "press_service/2024/11/11", "11/11", "10/11"),
  ("url-date", "analytics/2024/12/02", "12/02", "12/20"),
  ("acronym-url", "وكالة تاس (TASS)", "TASS", "TSAS"),
  ("acronym-url", "https://tass.com", "tass.com", "tsas.com"),
  ("acronym-url", "وزارة الخارجية الروسية (MID)", "MID", "MDI"),
  ("acronym-url", "https://mid.ru", "mid.ru", "mdi.ru"),
  ("source-older", "لخفض مستوى التمثيل\"، 29 تموز 2023", "29 تموز", "20 تموز"),
  ("source-older", "الدول الأفريقية في 2024\"، 10 شباط 2025", "2025", "2024"),
  ("source-older", "الشراكة الروسية الأفريقية\"، 11 تشرين الثاني 2024", "تشرين الثاني", "تشرين الأول"),
  ("source-older", "(Ndlovu, 2025: 21)", "2025", "2023"),
  ("source-older", "روسيا وأفريقيا بعد سيريوس\"، 2 كانون الأول 2024", "2024", "2023"),
 ],
 "r": [
  ("weekday", "القاهرة، الأحد 23 نوفمبر", "الأحد", "السبت"),
  ("weekday", "يوم الاثنين 21 نوفمبر 2022", "21", "22"),
  ("weekday", "يوم الثلاثاء 20 يونيو 2023", "الثلاثاء", "الأربعاء"),
  ("duration", "وبعد سبعة أشهر، يوم", "سبعة", "تسعة"),
  ("duration", "لمدة 27 عاماً، وهو أول", "27", "25"),
  ("duration", "وينتهي عام 2053", "2053", "2051"),
  ("order-word", "أي قبل ثلاث سنوات، وقّعت", "قبل", "بعد"),
  ("parts-total", "و1.8 مليون لشركة", "1.8", "2.8"),
  ("parts-total", "حقل الشمال الشرقي بطاقة 33 مليون طن", "33", "36"),
  ("parts-total", "12.8 مليون طن سنوياً، موزعة", "12.8", "13.8"),
  ("parts-total", "تلتها قطر بـ 18.9", "18.9", "19.8"),
  ("share", "(24.7%)", "24.7", "27.4"),
  ("share", "50.8% من مجموع", "50.8", "58.0"),
  ("share", "نحو 42% من واردات", "42", "24"),
  ("percent-change", "أي بزيادة 84.4%", "84.4", "65.0"),
  ("percent-change", "أي بزيادة 7.4%", "7.4", "4.7"),
  ("average", "قرابة 4.2 مليار دولار", "4.2", "5.2"),
  ("average", "يكون سعر الغاز 10 دولارات", "10", "12"),
  ("average", "يبلغ 216 مليون طن", "216", "261"),
  ("scale-word", "216 مليون طن طوال", "مليون", "ألف"),
  ("scale-word", "من 77 مليون طن سنوياً", "مليون", "مليار"),
  ("scale-word", "قرابة 4.2 مليار دولار", "مليار", "مليون"),
  ("count-list", "موزعة على خمسة عقود", "خمسة", "ستة"),
  ("count-list", "على ثلاث مراحل", "ثلاث", "أربع"),
  ("age", "المولودة عام 1978", "1978", "1975"),
  ("age", "والبالغ 42 عاماً", "42", "45"),
  ("period-phrase", "في مطلع سبعينيات القرن الماضي", "سبعينيات", "ستينيات"),
  ("period-phrase", "اكتُشف حقل الشمال عام 1971", "1971", "1981"),
  ("event-second-date", "عقد سينوبك الموقع في نوفمبر 2022", "نوفمبر", "ديسمبر"),
  ("event-second-date", "عقد سينوبك الموقع في نوفمبر 2022", "2022", "2021"),
  ("name-variant", "وتتوقع الشناوي أن", "الشناوي", "الشناوى"),
 ],
 "w": [
  ("weekday", "الجمعة 21 فبراير 2025", "الجمعة", "الخميس"),
  ("weekday", "يوم الاثنين الماضي 17 فبراير", "17", "16"),
  ("weekday", "وفي يوم الأربعاء 19 فبراير", "الأربعاء", "الثلاثاء"),
  ("percent-change", "أي بزيادة 3.4 في المائة", "3.4", "4.3"),
  ("percent-change", "أي بزيادة 15.9 في المائة", "15.9", "13.7"),
  ("parts-total", "و6.3 مليار في اليوم الثاني", "6.3", "6.8"),
  ("parts-total", "منها 8 قطع إماراتية", "8", "9"),
  ("parts-total", "حصة الشركات الأجنبية 9.6", "9.6", "8.6"),
  ("share", "أي 60.2 في المائة", "60.2", "62.0"),
  ("share", "أي نحو 6.6 في المائة من مجموع", "6.6", "9.6"),
  ("average", "أي بمتوسط 4.82 مليار", "4.82", "4.28"),
  ("average", "بمعدل 28 ألف زائر", "28", "35"),
  ("scale-word", "140 ألف زائر", "ألف", "مليون"),
  ("scale-word", "بلغت 24.1 مليار درهم، مقابل", "مليار", "مليون"),
  ("age", "المولود عام 1969", "1969", "1966"),
  ("age", "البالغ 48 عاماً", "48", "52"),
  ("duration", "بعد اثنين وثلاثين عاماً من دورته الأولى", "اثنين وثلاثين", "ثلاثين"),
  ("duration", "بعد خمسة أيام من العروض", "خمسة", "ستة"),
  ("order-word", "تأتي بعد اثنين وثلاثين عاماً", "بعد", "قبل"),
  ("order-word", "في الدورة السابقة قبل عامين", "قبل", "بعد"),
  ("count-list", "من ست دول هي", "ست", "سبع"),
  ("count-list", "على أيام المعرض الخمسة", "الخمسة", "الستة"),
  ("period-phrase", "في مطلع تسعينيات القرن الماضي", "تسعينيات", "ثمانينيات"),
  ("event-second-date", "مقابل 1350 عارضاً في دورة 2023", "2023", "2021"),
  ("name-variant", "وأضاف سيدورينكو أن", "سيدورينكو", "سيدورنكو"),
  ("name-variant", "وأوضح المزروعي أن", "المزروعي", "المزروعى"),
 ],
 "e": [
  ("weekday", "يوم الأحد 24 جمادى الأولى", "الأحد", "السبت"),
  ("weekday", "يوم الخميس 26 ذي الحجة", "الخميس", "الأربعاء"),
  ("weekday", "يوم الثلاثاء 28 ربيع الآخر", "الثلاثاء", "الاثنين"),
  ("weekday", "يوم الأحد 20 نوفمبر 2022م", "20 نوفمبر", "21 نوفمبر"),
  ("period-phrase", "24 جمادى الأولى 1444هـ", "جمادى الأولى", "جمادى الآخرة"),
  ("period-phrase", "26 ذي الحجة 1431هـ", "1431", "1432"),
  ("period-phrase", "13 صفر 1444هـ", "صفر", "ربيع الأول"),
  ("period-phrase", "28 ربيع الآخر 1444هـ", "1444", "1443"),
  ("period-phrase", "22 جمادى الآخرة 1437هـ", "1437", "1436"),
  ("period-phrase", "عام 1438هـ/2016م", "1438", "1440"),
  ("period-phrase", "عام 1443هـ/2021م", "1443", "1441"),
  ("period-phrase", "في القرن الرابع عشر الهجري", "الرابع عشر", "الثالث عشر"),
  ("period-phrase", "العقد الثاني من القرن الحادي والعشرين", "الحادي والعشرين", "العشرين"),
  ("period-phrase", "دولة عربية في القرن الخامس عشر الهجري", "الخامس عشر", "السادس عشر"),
  ("age", "في الحادية والثمانين", "الحادية والثمانين", "السادسة والسبعين"),
  ("age", "عن خمسة وستين عاماً", "خمسة وستين", "ثمانية وستين"),
  ("age", "المولود عام 1935م", "1935", "1939"),
  ("duration", "تسعة وعشرين يوماً", "تسعة وعشرين", "واحد وثلاثين"),
  ("duration", "بعد اثني عشر عاماً من فوزها", "اثني عشر", "عشرة"),
  ("duration", "أي بعد يومين من افتتاح", "يومين", "ثلاثة أيام"),
  ("order-word", "أي بعد يومين من افتتاح", "بعد", "قبل"),
  ("order-word", "قبل رفع العدد إلى 48 منتخباً", "قبل", "بعد"),
  ("order-word", "أي قبل انطلاق كأس العالم", "قبل", "بعد"),
  ("count-list", "من ثمانية ملاعب", "ثمانية", "سبعة"),
  ("parts-total", "ست مباريات في دور", "ست", "خمس"),
  ("share", "أي 15.6 في المائة منها", "15.6", "16.5"),
  ("share", "أي 12 في المائة من المجموع", "12", "21"),
  ("percent-change", "أي بزيادة 50 في المائة", "50", "33"),
  ("event-second-date", "(1950-2016م)", "2016", "2017"),
  ("event-second-date", "بين 20 نوفمبر و18 ديسمبر 2022م", "18 ديسمبر", "17 ديسمبر"),
  ("scale-word", "نحو 770 مليون دولار", "مليون", "مليار"),
  ("scale-word", "سعته نحو 80 ألف متفرج", "ألف", "مليون"),
  ("name-variant", "مكتب فوستر وشركاه", "فوستر", "فوستير"),
 ],
 "m": [
  ("weekday", "الأحد 19 أكتوبر 2025", "الأحد", "السبت"),
  ("weekday", "يوم الخميس 21 نونبر 2024", "21", "22"),
  ("acronym-url", "(NHC)، «ستون", "NHC", "NCH"),
  ("acronym-url", "https://www.nhc.gov.cn", "nhc.gov.cn", "nch.gov.cn"),
  ("acronym-url", "(CGTN)، «شي", "CGTN", "CTGN"),
  ("acronym-url", "(WHO)، «الطب", "WHO", "HWO"),
  ("acronym-url", "https://www.who.int", "who.int", "woh.int"),
  ("url-date", "news/2023/04/06", "04/06", "04/16"),
  ("url-date", "actualite/2025/09/15", "09", "08"),
  ("url-date", "news/2024/11/22", "22", "12"),
  ("url-date", "publications/2024/05/17", "05", "06"),
  ("url-date", "Pages/2025/03/12", "2025", "2024"),
  ("source-older", "في الخارج»، 6 أبريل 2023", "2023", "2013"),
  ("source-older", "في الدار البيضاء»، 22 نونبر 2024", "نونبر", "أكتوبر"),
  ("source-older", "الأجنبية 2024»، 12 مارس 2025", "2025", "2024"),
  ("parts-total", "**تازة**: 16 عضواً", "16", "18"),
  ("parts-total", "**الحسيمة**: 14 عضواً", "14", "15"),
  ("share", "من الاستشارات، أي 52920", "52920", "59220"),
  ("percent-change", "بزيادة 12.5 بالمائة", "12.5", "11.1"),
  ("average", "بمعدل 1800 استشارة", "1800", "1600"),
  ("average", "151200 استشارة طبية", "151200", "115200"),
  ("age", "المولود عام 1971", "1971", "1974"),
  ("age", "والبالغ 59 عاماً", "59", "56"),
  ("duration", "بعد قرابة سبعة عشر عاماً", "سبعة عشر", "سبعة"),
  ("duration", "مدة كل منها عامان", "عامان", "ثلاثة أعوام"),
  ("count-list", "موزعين على ست مدن", "ست", "سبع"),
  ("name-variant", "ويرى الوزاني،", "الوزاني", "الوزانى"),
  ("name-variant", "ويضيف وانغ أن", "وانغ", "وانج"),
  ("event-second-date", "منذ وصول الفرقة الأولى عام 1975", "1975", "1976"),
  ("scale-word", "نحو 60 مليون درهم", "مليون", "مليار"),
  ("order-word", "بعد أقل من عام على استقلال", "بعد", "قبل"),
 ],
 "o": [
  ("weekday", "يوم الثلاثاء 4 آب 2020", "الثلاثاء", "الأربعاء"),
  ("weekday", "يوم الأحد 31 تموز 2022", "31", "30"),
  ("citation-year", "(Harmon, 2021: 33)", "2021", "2020"),
  ("citation-year", "(Petrov, 2023: 7)", "2023", "2024"),
  ("citation-year", "(الخوري، 2024: 12)", "2024", "2025"),
  ("citation-year", "(Nasr & Karam, 2022: 54)", "2022", "2020"),
  ("citation-year", "- Harmon, Claire (2021)", "2021", "2019"),
  ("citation-year", "(AMIS, 2025)", "2025", "2024"),
  ("url-date", "market-monitor/2025/06/05", "06/05", "07/05"),
  ("url-date", "foreign-trade/2025/02/20", "02/20", "02/28"),
  ("url-date", "countrybrief/2025/05/14", "14", "04"),
  ("url-date", "blog/2022/03/09", "03", "08"),
  ("acronym-url", "(IFPRI) كلفة", "IFPRI", "IPFRI"),
  ("acronym-url", "https://www.amis-outlook.org", "amis-outlook", "aims-outlook"),
  ("acronym-url", "- FAO (2025)", "FAO", "FOA"),
  ("source-older", "Country Brief: Lebanon\", 14 May 2025", "2025", "2024"),
  ("source-older", "Statistics 2024\", 20 February 2025", "2025", "2024"),
  ("source-older", "(IFPRI, 2022)", "2022", "2019"),
  ("parts-total", "منها 504 آلاف طن", "504", "540"),
  ("parts-total", "و120 ألفاً من رومانيا", "120", "150"),
  ("share", "أي 80 في المئة", "80", "75"),
  ("share", "(55 في المئة)", "55", "45"),
  ("percent-change", "أي بانخفاض 43.9 في المئة", "43.9", "78.3"),
  ("percent-change", "أي أقل بنحو 4.8 في المئة", "4.8", "8.4"),
  ("average", "بمعدل 25 مليون دولار شهرياً", "25", "15"),
  ("age", "المولود عام 1957", "1957", "1952"),
  ("age", "في الثامنة والستين", "الثامنة والستين", "الرابعة والستين"),
  ("scale-word", "بلغ 104 ملايين طن", "ملايين", "آلاف"),
  ("scale-word", "بقيمة 150 مليون دولار", "مليون", "مليار"),
  ("name-variant", "ويضيف سلوم أن", "سلوم", "سالوم"),
  ("name-variant", "كما تكتب هارمون", "هارمون", "هرمون"),
  ("duration", "قبل أربعة أيام من الذكرى", "أربعة", "سبعة"),
  ("duration", "بعد خمس سنوات على انفجار", "خمس", "ست"),
  ("order-word", "قبل أربعة أيام من الذكرى الثانية", "قبل", "بعد"),
  ("event-second-date", "التي دمرها انفجار آب 2020", "2020", "2021"),
 ],
 "i": [
  ("weekday", "يوم الثلاثاء 2 سبتمبر", "الثلاثاء", "الاثنين"),
  ("weekday", "يوم الاثنين 2 ديسمبر 2019", "الاثنين", "الأحد"),
  ("weekday", "يوم الأربعاء 21 مايو 2014", "21", "20"),
  ("weekday", "حلقة الأحد 14 سبتمبر 2025", "الأحد", "السبت"),
  ("parts-total", "نصل إلى 104 مليارات متر مكعب سنوياً", "104", "114"),
  ("parts-total", "بطاقة 10 مليارات متر مكعب", "10", "15"),
  ("share", "أي أكثر من ثلث الطول", "ثلث", "نصف"),
  ("share", "81.6 بالمئة من الطاقة", "81.6", "61.8"),
  ("share", "قرابة 2.5 بالمئة من الناتج", "2.5", "5.2"),
  ("percent-change", "أي بزيادة 36.6 بالمئة", "36.6", "26.8"),
  ("percent-change", "أو 15.8 بالمئة", "15.8", "13.6"),
  ("average", "بمعدل يقارب 13.3 مليار دولار سنوياً", "13.3", "14.3"),
  ("scale-word", "منها 963 كيلومتراً", "كيلومتراً", "متراً"),
  ("scale-word", "بنحو 500 مليون دولار", "مليون", "مليار"),
  ("age", "المولود عام 1962", "1962", "1965"),
  ("age", "والبالغ 63 عاماً", "63", "60"),
  ("duration", "أي قرابة عقدين", "عقدين", "عقد"),
  ("duration", "أي بعد أكثر من خمس سنوات ونصف", "خمس سنوات ونصف", "ثلاث سنوات ونصف"),
  ("duration", "بعد نحو ست سنوات من تشغيل", "ست", "ثماني"),
  ("order-word", "أي بعد أكثر من خمس سنوات ونصف من التوقيع", "بعد", "قبل"),
  ("order-word", "بعد نحو ست سنوات من تشغيل", "بعد", "قبل"),
  ("count-list", "وهناك ثلاث عقبات", "ثلاث", "أربع"),
  ("name-variant", "أعلنت شركة غازبروم الروسية", "غازبروم", "جازبروم"),
  ("event-second-date", "تشغيل الخط الأول في ديسمبر 2019", "2019", "2018"),
 ],
}
NAMES = {"a": "summits", "r": "lng", "w": "idex", "e": "lusail", "m": "medical", "o": "wheat", "i": "siberia"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 18, benchmarks/heldout17/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer, editor or translator would, and names",
           "  the kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout17/clean.",
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
            if kind not in FAULT_KINDS or raw.count(anchor) != 1 or anchor.count(before) != 1 or before == after:
                bad.append((f, i, kind, anchor, raw.count(anchor), anchor.count(before)))
            out.append(f"- {{id: {NAMES[pre]}-{i:02d}, file: {f}, kind: {kind}, anchor: {q(anchor)}, before: {q(before)}, after: {q(after)}}}")
            n += 1
            kinds[kind] += 1
    for b in bad:
        print("BAD", b)
    assert not bad
    assert set(kinds) == set(FAULT_KINDS), set(FAULT_KINDS) - set(kinds)
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants")
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c}")


if __name__ == "__main__":
    main()
