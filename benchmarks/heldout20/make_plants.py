"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer, editor or translator might get wrong, chosen by reading the
text (no detector was read or run when they were written). Plants of the Eastern-digit Etihad Rail
report are written here with Western digits and converted («.» between digits becomes «٫»). The
script checks that every anchor occurs once in its text and holds its ``before`` once. Run:
    python benchmarks/heldout20/make_plants.py
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
    "clean/academic_sudan_dams.txt": ("pdf-text", "a"),
    "clean/report_etihad_rail_wagons.txt": ("plain", "e"),
    "clean/news_yemen_russian_wheat.txt": ("plain", "y"),
    "clean/encyclopedia_confucius_institutes_arab.txt": ("plain", "c"),
    "clean/markdown_tripoli_lebanon_port.md": ("markdown", "m"),
    "clean/oped_syria_reconstruction.txt": ("plain", "o"),
    "clean/ruling_helicopter_overhaul.txt": ("plain", "r"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "a": [
  ("history-order", "تاريخ الاستلام: 14 تشرين الأول 2024", "تشرين الأول", "كانون الأول"),
  ("history-order", "تاريخ التعديل: 2 كانون الأول 2024", "2024", "2025"),
  ("history-order", "تاريخ القبول: 19 كانون الثاني 2025", "2025", "2024"),
  ("history-order", "تاريخ النشر: 30 آذار 2025", "آذار", "كانون الثاني"),
  ("history-order", "Received: 14 October 2024", "October", "December"),
  ("history-order", "Revised: 2 December 2024", "December", "September"),
  ("history-order", "Accepted: 19 January 2025", "January", "March"),
  ("history-order", "Published: 30 March 2025", "2025", "2024"),
  ("bilingual", "Vol. 9, No. 1 (2025)", "9", "6"),
  ("bilingual", "pp. 113-140", "140", "104"),
  ("bilingual", "No. 1 (2025), pp.", "2025", "2024"),
  ("bilingual", "Finance, Labour and Power (2003-2023)", "2003", "2005"),
  ("bilingual", "العمالة والكهرباء (2003-2023)", "2023", "2024"),
  ("bilingual", "the Merowe Dam (1250 MW,", "1250", "1520"),
  ("bilingual", "Setit complex (320 MW)", "320", "230"),
  ("bilingual", "reached 1.92 billion dollars", "1.92", "1.29"),
  ("bilingual", "provided 27.1 percent", "27.1", "21.7"),
  ("bilingual", "about a third of the workforce", "a third", "half"),
  ("weekday", "يوم الثلاثاء 3 آذار 2009", "الثلاثاء", "الأربعاء"),
  ("weekday", "يوم الخميس 2 شباط 2017", "2 شباط", "4 شباط"),
  ("weekday", "يوم السبت 15 نيسان 2023", "السبت", "الجمعة"),
  ("duration", "أي بعد نحو ست سنوات من الحفر", "ست", "تسع"),
  ("duration", "أي بعد ست سنوات وتسعة أشهر", "تسعة", "أربعة"),
  ("duration", "بعد أربعة عشر عاماً من تدشين السد", "أربعة عشر", "ستة عشر"),
  ("order-word", "بعد أربعة عشر عاماً من تدشين السد", "بعد", "قبل"),
  ("order-word", "فارتفعت بعد تشغيل مروي", "بعد", "قبل"),
  ("parts-total", "الصيني (520 مليون", "520", "540"),
  ("parts-total", "والصناديق العربية (1000 مليون دولار", "1000", "1100"),
  ("parts-total", "السعودي للتنمية (300", "300", "350"),
  ("parts-total", "منهم 3100 سوداني", "3100", "3300"),
  ("parts-total", "إلى 2470 ميغاواط", "2470", "2740"),
  ("share", "أي 27.1 بالمئة)", "27.1", "21.7"),
  ("share", "شكّلوا 32.6 بالمئة", "32.6", "36.2"),
  ("share", "أي 20.8 بالمئة)", "20.8", "28.0"),
  ("share", "وفّرت نحو ثلث", "ثلث", "نصف"),
  ("percent-change", "أي بزيادة 25\nبالمئة", "25", "20"),
  ("percent-change", "أعلى بنحو 70 بالمئة", "70", "41"),
  ("percent-change", "أي أنها تضاعفت تقريباً", "تضاعفت", "تضاعفت ثلاث مرات"),
  ("average", "نحو 1.54 مليون دولار", "1.54", "1.45"),
  ("average", "نحو 2.62 مليون دولار", "2.62", "2.26"),
  ("average", "قدرة كل منها 125", "125", "152"),
  ("average", "كل منها 80 ميغاواط", "80", "60"),
  ("scale-word", "ويمتد السد 9.7 كيلومترات", "كيلومترات", "أمتار"),
  ("scale-word", "من 4.4 مليارات كيلوواط ساعة", "مليارات", "ملايين"),
  ("scale-word", "العقد 838 مليون دولار", "مليون", "مليار"),
  ("count-list", "موزعة على ثلاثة مصادر", "ثلاثة", "أربعة"),
  ("count-list", "على أربعة صناديق", "أربعة", "خمسة"),
  ("count-list", "لأربع وحدات قدرة", "لأربع", "لخمس"),
  ("name-variant", "وهو ما يسميه هالفورسن", "هالفورسن", "هالفرسون"),
  ("name-variant", "(Halvorsen, 2019: 41)", "Halvorsen", "Halvorson"),
  ("acronym-url", "وحدة تنفيذ السدود (DIU)", "DIU", "DUI"),
  ("acronym-url", "https://www.ohchr.org/news", "ohchr", "ochhr"),
  ("acronym-url", "لحقوق الإنسان (OHCHR)", "OHCHR", "OHRCH"),
  ("acronym-url", "لإدارة المياه (IWMI)", "IWMI", "IMWI"),
  ("acronym-url", "https://www.iwmi.org/blogs", "iwmi", "iwim"),
  ("url-date", "news/2009/03/03/merowe", "03/03", "03/30"),
  ("url-date", "news/2010/08/11/merowe", "08/11", "08/01"),
  ("url-date", "reports/2021/07/14/state", "2021", "2020"),
  ("url-date", "blogs/2024/06/20/sudan", "06", "05"),
  ("source-older", "الاكتمال والتشغيل\"، 3 آذار 2009", "2009", "2008"),
  ("source-older", "حول سد مروي\"، 11 آب 2010", "2010", "2005"),
  ("source-older", "حالة حوض النيل\"، 14 تموز 2021", "2021", "2016"),
  ("source-older", "في السودان بعد الحرب\"، 20 حزيران 2024", "2024", "2022"),
  ("citation-year", "(الطيب، 2021: 63)", "2021", "2012"),
  ("citation-year", "(Zhou & Baraka, 2022: 17)", "2022", "2020"),
  ("citation-year", "- Halvorsen, Ingrid (2019)", "2019", "2018"),
  ("citation-year", "- الطيب، محمد عثمان (2021)", "2021", "2022"),
  ("citation-year", "- Zhou, Lei and Baraka, Amna (2022)", "2022", "2023"),
  ("event-second-date", "سد مروي (افتُتح عام 2009)", "2009", "2010"),
  ("period-phrase", "في تسعينيات القرن العشرين", "العشرين", "التاسع عشر"),
 ],
 "e": [
  ("weekday", "أبوظبي، الأربعاء 19 نوفمبر", "الأربعاء", "الخميس"),
  ("weekday", "يوم الخميس 23 فبراير 2023", "23 فبراير", "24 فبراير"),
  ("age", "المولود عام 1979 والبالغ", "1979", "1976"),
  ("age", "والبالغ 46 عاماً", "46", "43"),
  ("duration", "أي بعد أربعة عشر عاماً من تأسيس", "أربعة عشر", "اثني عشر"),
  ("duration", "وسبع سنوات من تشغيل", "وسبع", "وخمس"),
  ("duration", "أي بعد أربعة عشر شهراً من توقيع", "أربعة عشر شهراً", "عشرة أشهر"),
  ("order-word", "أي بعد أسابيع من التدشين", "بعد", "قبل"),
  ("parts-total", "والحبيبات: 240 عربة", "240", "260"),
  ("parts-total", ": 150 عربة في 2024", "150", "160"),
  ("parts-total", "تلاه الركام بـ2.1 مليون", "2.1", "2.4"),
  ("parts-total", "العربات الـ180 الباقية", "180", "120"),
  ("share", "180 عربة (30%)", "30", "35"),
  ("share", "أي 70% من المجموع", "70", "75"),
  ("share", "أي 60% من الحمولة", "60", "65"),
  ("percent-change", "أي بنمو 40%", "40", "28.6"),
  ("percent-change", "يقل بنحو 21.4%", "21.4", "27.3"),
  ("average", "أي بمتوسط 550 ألف درهم", "550", "505"),
  ("average", "يقارب 221 ألف طن", "221", "312"),
  ("average", "وفراً يقارب 90 مليون", "90", "60"),
  ("scale-word", "بقيمة 330 مليون درهم", "مليون", "مليار"),
  ("scale-word", "نقلت الشبكة 8.4 مليون طن", "مليون", "ألف"),
  ("count-list", "أي خمس شركات في المجموع", "خمس", "ست"),
  ("name-variant", "وأضاف الكتبي أن", "الكتبي", "الكتبى"),
  ("event-second-date", "أول عشرين عربة صينية في مايو 2024", "مايو", "يونيو"),
 ],
 "y": [
  ("weekday", "«وكالة المرسى للأنباء» - الأحد 9 نوفمبر", "الأحد", "الاثنين"),
  ("weekday", "يوم الاثنين 17 يوليو 2023", "17", "18"),
  ("weekday", "يوم الجمعة 15 أغسطس", "الجمعة", "السبت"),
  ("weekday", "الثلاثاء والأربعاء 2 و3 ديسمبر", "2 و3", "3 و4"),
  ("age", "المولود عام 1971 والبالغ", "1971", "1969"),
  ("age", "والبالغ 54 عاماً", "54", "51"),
  ("duration", "قبل أحد عشر عاماً", "أحد عشر", "تسعة"),
  ("duration", "بعد عامين من دورتها السادسة", "عامين", "ثلاثة أعوام"),
  ("order-word", "بعد عامين من دورتها السادسة", "بعد", "قبل"),
  ("parts-total", "والحديدة (460 ألف طن)", "460", "480"),
  ("parts-total", "الأولى 30 ألف طن", "30", "35"),
  ("parts-total", "تضيف 58 دولاراً", "58", "48"),
  ("share", "أي 57.4 في المائة", "57.4", "47.5"),
  ("share", "وتمثل هذه الكمية 40 في المائة", "40", "45"),
  ("percent-change", "أي أنها زادت 12 نقطة", "12", "18"),
  ("percent-change", "بارتفاع قدره 23.6", "23.6", "19.1"),
  ("percent-change", "أي بانخفاض 9.2", "9.2", "10.1"),
  ("scale-word", "بلغت 1.36 مليون طن", "مليون", "مليار"),
  ("scale-word", "وحجمها 68 ألف طن", "ألف", "مليون"),
  ("count-list", "على ثلاثة موانئ", "ثلاثة", "أربعة"),
  ("count-list", "إلى ثلاث مطاحن", "ثلاث", "أربع"),
  ("name-variant", "وأضاف الشعيبي أن", "الشعيبي", "الشعيبى"),
  ("event-second-date", "من المبادرة في يوليو 2023", "يوليو", "أغسطس"),
 ],
 "c": [
  ("weekday", "يوم الأحد 8 شوال", "الأحد", "السبت"),
  ("weekday", "يوم الجمعة 17 جمادى", "الجمعة", "الخميس"),
  ("period-phrase", "8 شوال 1425هـ", "1425", "1426"),
  ("period-phrase", "الموافق 21 نوفمبر 2004م", "2004", "2005"),
  ("period-phrase", "17 جمادى الآخرة 1440هـ", "جمادى الآخرة", "رجب"),
  ("period-phrase", "سنة 1428هـ/2007م", "1428", "1430"),
  ("period-phrase", "سنة 1441هـ/2020م", "1441", "1443"),
  ("period-phrase", "سنة 1446هـ/2024م", "1446", "1448"),
  ("period-phrase", "سنة 1447هـ/2025م", "2025", "2027"),
  ("period-phrase", "الذي عاش في القرن السادس قبل الميلاد", "السادس", "الخامس"),
  ("period-phrase", "ما يزيد على خمسة وعشرين قرناً", "خمسة وعشرين", "خمسة عشر"),
  ("age", "وتوفي عن اثنين وسبعين عاماً", "اثنين وسبعين", "ثمانين"),
  ("age", "المولود سنة 1958م", "1958", "1955"),
  ("age", "وهو في السابعة والستين", "السابعة", "الرابعة"),
  ("duration", "بعد سبعة عشر عاماً من إنشائه", "سبعة عشر", "خمسة عشر"),
  ("duration", "بعد ثلاثة وثلاثين عاماً", "ثلاثة وثلاثين", "ثلاثين"),
  ("duration", "بعد اثني عشر عاماً من افتتاح", "اثني عشر", "عشرة"),
  ("duration", "وبعد ستة عشر عاماً من افتتاح", "ستة عشر", "أربعة عشر"),
  ("order-word", "بعد سبعة عشر عاماً من إنشائه", "بعد", "قبل"),
  ("order-word", "أي بعد اثني عشر عاماً من افتتاح", "بعد", "قبل"),
  ("parts-total", "والإمارات (3)", "3", "4"),
  ("parts-total", "و5250 في المغرب", "5250", "5520"),
  ("parts-total", "وعددهم 6300 دارس", "6300", "6800"),
  ("share", "بنحو 22.2 في المائة", "22.2", "27.2"),
  ("share", "منهم 9450 في مصر، أي 45", "أي 45", "أي 54"),
  ("share", "أي الربع،", "الربع", "الخمس"),
  ("percent-change", "أي خمسة أضعاف", "خمسة", "أربعة"),
  ("percent-change", "إلى مئتي مدرسة، أي أنه تضاعف", "مئتي", "ثلاثمئة"),
  ("count-list", "ثمانية عشر معهداً في عشر دول", "عشر دول", "تسع دول"),
  ("count-list", "ثمانية عشر معهداً في عشر", "ثمانية عشر", "سبعة عشر"),
  ("name-variant", "ويذكر شياو مينغ أن", "شياو مينغ", "شياومينغ"),
  ("event-second-date", "منذ افتتاح معهد سيول سنة 2004م", "2004", "2005"),
 ],
 "m": [
  ("weekday", "| الثلاثاء 21 تشرين الأول 2025 |", "الثلاثاء", "الاثنين"),
  ("weekday", "يوم السبت 7 آذار 2020", "السبت", "الأحد"),
  ("weekday", "يوم الثلاثاء 4 آب 2020", "4 آب", "5 آب"),
  ("age", "المولود عام 1968 والبالغ", "1968", "1965"),
  ("age", "والبالغ 57 عاماً", "57", "59"),
  ("duration", "وبعد خمسة أشهر، يوم", "خمسة", "ثلاثة"),
  ("duration", "أي قبل ثماني سنوات", "ثماني", "ست"),
  ("duration", "بعد سبعة عشر عاماً على قانون", "سبعة عشر", "خمسة عشر"),
  ("order-word", "وبعد خمسة أشهر، يوم", "وبعد", "وقبل"),
  ("order-word", "أي قبل ثماني سنوات", "قبل", "بعد"),
  ("parts-total", "**3 مليارات دولار**", "3", "3.5"),
  ("parts-total", "**5 مليارات دولار**", "5", "6"),
  ("share", "(40 بالمئة)؛", "40", "45"),
  ("share", "أي 35 بالمئة من مجمل", "35", "53"),
  ("share", "أي 8 بالمئة[^4]", "8", "18"),
  ("percent-change", "أي بزيادة 75 بالمئة", "75", "42.9"),
  ("percent-change", "بانخفاض 15.5 بالمئة", "15.5", "18.3"),
  ("percent-change", "تضاعفت مرتين ونصفاً", "مرتين ونصفاً", "ثلاث مرات"),
  ("scale-word", "بقيمة 12.5 مليار دولار", "مليار", "مليون"),
  ("scale-word", "حمولة كل منهما 65 طناً", "65 طناً", "65 ألف طن"),
  ("count-list", "يحتاج إلى ثلاثة أشياء", "ثلاثة", "أربعة"),
  ("name-variant", "ويضيف كبّارة أن", "كبّارة", "قبّارة"),
  ("acronym-url", "والتنمية (UNCTAD)", "UNCTAD", "UNCATD"),
  ("acronym-url", "https://unctad.org/publication", "unctad", "untcad"),
  ("acronym-url", "لغربي آسيا (ESCWA)", "ESCWA", "ESWCA"),
  ("url-date", "publication/2022/01/24/lebanon", "24", "14"),
  ("url-date", "statistics/2025/02/10/annual", "/02/", "/03/"),
  ("url-date", "publication/2025/09/24/review", "09", "08"),
  ("url-date", "publications/2025/06/17/special", "2025", "2024"),
  ("source-older", "الإنكار الكبير\"، 24 كانون الثاني 2022", "2022", "2020"),
  ("source-older", "الإحصاءات السنوية 2024\"، 10 شباط 2025", "2025", "2024"),
  ("source-older", "البحري 2025\"، 24 أيلول 2025", "أيلول 2025", "أيلول 2024"),
  ("source-older", "في المشرق\"، 17 حزيران 2025", "2025", "2007"),
  ("event-second-date", "بعد انفجار آب 2020", "آب", "أيلول"),
  ("duration", "مذكرة التفاهم الخاصة بمبادرة الحزام والطريق في أيلول 2017", "2017", "2018"),
 ],
 "o": [
  ("weekday", "يوم الأحد 8 ديسمبر 2024", "الأحد", "السبت"),
  ("weekday", "يوم الأربعاء 12 يناير 2022", "12", "13"),
  ("weekday", "يوم الجمعة 22 سبتمبر 2023", "الجمعة", "الخميس"),
  ("weekday", "يوم الثلاثاء 13 مايو 2025", "13", "14"),
  ("duration", "أي بعد ثمانية وأربعين يوماً", "ثمانية وأربعين", "ثمانية وثلاثين"),
  ("duration", "أي بعد ست سنوات فقط", "ست", "أربع"),
  ("duration", "بعد أقل من خمسة عشر شهراً", "خمسة عشر شهراً", "عشرة أشهر"),
  ("order-word", "بعد أقل من خمسة عشر شهراً", "بعد", "قبل"),
  ("order-word", "أي بعد ثمانية وأربعين يوماً", "بعد", "قبل"),
  ("parts-total", "و75 ملياراً للمساكن", "75", "57"),
  ("parts-total", "و8.4 مليار من تركيا", "8.4", "9.4"),
  ("share", "أي نحو 38 في المائة", "38", "48"),
  ("share", "فقط، أي 15 في المائة", "15", "25"),
  ("share", "أي 12.8 في المائة", "12.8", "21.8"),
  ("share", "من السعودية، أي 40 في المائة", "40", "30"),
  ("percent-change", "نحو عشرة أضعاف", "عشرة", "خمسة"),
  ("average", "لاحتاج البلد إلى نصف قرن", "نصف قرن", "ربع قرن"),
  ("scale-word", "بنحو 216 مليار دولار", "مليار", "مليون"),
  ("scale-word", "نُفّذ منها 180 مليوناً", "مليوناً", "ملياراً"),
  ("name-variant", "ويرى المصري أن", "المصري", "المصرى"),
  ("name-variant", "بحسب تقديرات ليندكفيست", "ليندكفيست", "ليندكفست"),
  ("name-variant", "(Haddad, 2022: 45)", "Haddad", "Hadad"),
  ("citation-year", "(Haddad, 2022: 45)", "2022", "2021"),
  ("citation-year", "(المصري، 2023: 112)", "2023", "2021"),
  ("citation-year", "(Lindqvist, 2025: 8)", "2025", "2024"),
  ("citation-year", "(World Bank, 2025: 14)", "2025", "2023"),
  ("citation-year", "(النجار، 2023: 7)", "2023", "2022"),
  ("acronym-url", "Middle East Institute (MEI)", "MEI", "MIE"),
  ("acronym-url", "https://www.mei.edu/publications", "mei.edu", "mie.edu"),
  ("url-date", "publications/2022/03/14/deferred", "03", "05"),
  ("url-date", "middle-east/2025/10/02/gulf", "/02/", "/20/"),
  ("source-older", "Crisis Group, 2 October 2025", "October", "April"),
  ("source-older", "Institute (MEI), 14 March 2022", "14 March", "4 January"),
  ("duration", "كما لاحظ حداد بعد شهرين من ذلك", "شهرين", "أربعة أشهر"),
  ("citation-year", "\"دبلوماسية المقاولات\". الأفق، 9 أبريل 2023", "2023", "2021"),
  ("event-second-date", "إلى المبادرة الصينية مطلع 2022", "2022", "2021"),
 ],
 "r": [
  ("weekday", "صادر بتاريخ الخميس 17 يوليوز 2025", "الخميس", "الأربعاء"),
  ("weekday", "يوم الاثنين 6 ماي 2024", "6 ماي", "7 ماي"),
  ("weekday", "يوم الثلاثاء 12 نونبر 2019", "الثلاثاء", "الاثنين"),
  ("weekday", "يوم الاثنين 9 دجنبر 2024", "9 دجنبر", "10 دجنبر"),
  ("weekday", "يوم الثلاثاء 14 شتنبر 2021", "14", "15"),
  ("duration", "بمائة وثلاثة وستين يوماً", "وستين", "وأربعين"),
  ("duration", "بعد أربعة عشر شهراً ونيف", "أربعة عشر", "أحد عشر"),
  ("duration", "فكان أجل تسليمهما 16 غشت 2020", "غشت", "شتنبر"),
  ("duration", "وقد انقضى أجلهما يوم 13 مارس 2022", "مارس", "ماي"),
  ("order-word", "أي قبل العقوبات", "قبل", "بعد"),
  ("parts-total", "و480 ألف دولار غرامة", "480", "840"),
  ("parts-total", "منها 1.44 مليون دولار", "1.44", "1.24"),
  ("share", "تسبيقاً نسبته 30 في المائة", "30", "25"),
  ("average", "وقدره 240 ألف دولار عن كل طائرة", "240", "420"),
  ("average", "(720 ألف دولار عن كل طائرة)", "720", "640"),
  ("average", "بواقع 1500 دولار شهرياً", "1500", "1800"),
  ("parts-total", "أي 9.6 ملايين دولار في المجموع", "9.6", "8.6"),
  ("scale-word", "أي 2.88 مليون دولار", "مليون", "مليار"),
  ("scale-word", "أي 9.6 ملايين دولار", "ملايين", "مليارات"),
  ("count-list", "ثلاثة دفوع", "ثلاثة", "أربعة"),
  ("count-list", "لأربع طائرات عمودية", "لأربع", "لخمس"),
  ("count-list", "في خمس جلسات", "خمس", "ست"),
  ("name-variant", "أدلى الأستاذ بنعمر بمذكرة", "بنعمر", "بن عمر"),
  ("event-second-date", "في العقد المبرم في 12 نونبر 2019", "12", "21"),
 ],
}
NAMES = {"a": "dams", "e": "etihad", "y": "yemen", "c": "confucius", "m": "tripoli", "o": "syria", "r": "ruling"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 21, benchmarks/heldout20/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer, editor or translator would, and names",
           "  the kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout20/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad, kinds, per = 0, [], Counter(), {}
    for f, (form, pre) in TEXTS.items():
        raw = (HERE / f).read_text(encoding="utf-8")
        out.append(f"# ---------------------------------------------------------------- {f}")
        for i, (kind, anchor, before, after) in enumerate(P[pre], 1):
            if pre == "e":
                anchor, before, after = (east(x) for x in (anchor, before, after))
            if raw.count(anchor) != 1 or anchor.count(before) != 1 or before == after:
                bad.append((f, i, anchor, raw.count(anchor), anchor.count(before)))
            out.append(f"- {{id: {NAMES[pre]}-{i:02d}, file: {f}, kind: {kind}, anchor: {q(anchor)}, before: {q(before)}, after: {q(after)}}}")
            n += 1
            kinds[kind] += 1
            per.setdefault(kind, set()).add(pre)
    for b in bad:
        print("BAD", b)
    assert not bad
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants")
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c} ({len(per[k])} texts)")
    for pre in P:
        print(f"  {NAMES[pre]}: {len(P[pre])}")


if __name__ == "__main__":
    main()
