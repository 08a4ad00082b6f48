"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

heldout8's script, with this set's texts and plants. Each plant is one phrase a careless writer,
editor or translator might get wrong, chosen by reading the text (no detector was read or run when
they were written). Plants of the Eastern-digit Iraqi report are written here with Western digits
and converted («.» between digits becomes «٫»). The script checks that every anchor occurs once in
its text and holds its ``before`` once. Run:
    python benchmarks/heldout9/make_plants.py
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
    "clean/history_opec_embargo.txt": ("plain", "h"),
    "clean/wire_suez_canal_revenue.txt": ("plain", "w"),
    "clean/report_iraq_ceyhan_oil.txt": ("plain", "r"),
    "clean/academic_sco_expansion.txt": ("pdf-text", "a"),
    "clean/markdown_turkstream.md": ("markdown", "m"),
    "clean/oped_belt_road_central_asia.txt": ("plain", "o"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "h": [
  ("period-phrase", "أواخر القرن الرابع عشر الهجري", "الرابع عشر", "الثالث عشر"),
  ("period-phrase", "الهجري/العشرين الميلادي", "العشرين", "التاسع عشر"),
  ("event-second-date", "عُقد بين 10 و14 سبتمبر 1960م", "14", "12"),
  ("weekday", "يوم الأربعاء 14 سبتمبر 1960م", "الأربعاء", "الخميس"),
  ("period-phrase", "الموافق 23 ربيع الأول 1380هـ", "1380", "1379"),
  ("count-list", "وقّعت على وثيقة التأسيس خمس دول", "خمس", "ست"),
  ("duration", "بعد ثمانية وخمسين عاماً من العضوية", "ثمانية وخمسين", "ثمانية وأربعين"),
  ("period-phrase", "وفي عام 1387هـ/1968م", "1387", "1378"),
  ("count-list", "أسست ثلاث دول عربية", "ثلاث", "أربع"),
  ("weekday", "يوم الثلاثاء 9 يناير 1968م", "الثلاثاء", "الاثنين"),
  ("period-phrase", "الموافق 9 شوال 1387هـ", "شوال", "رمضان"),
  ("order-word", "وبعد عامين، في 1970", "وبعد", "وقبل"),
  ("count-list", "انضم إليها خمسة أعضاء جدد", "خمسة", "أربعة"),
  ("parts-total", "فارتفع عدد أعضائها إلى ثمانية", "ثمانية", "تسعة"),
  ("weekday", "يوم السبت 6 أكتوبر 1973م", "السبت", "الأحد"),
  ("period-phrase", "الموافق 10 رمضان 1393هـ", "رمضان", "شعبان"),
  ("order-word", "وبعد عشرة أيام، في 16 أكتوبر", "وبعد", "وقبل"),
  ("percent-change", "للبرميل، أي بنحو 70 في المائة", "70", "40"),
  ("weekday", "الأربعاء 17 أكتوبر 1973م", "الأربعاء", "الخميس"),
  ("period-phrase", "الموافق 21 رمضان 1393هـ", "21", "12"),
  ("age", "أحمد زكي يماني (1930-2021)", "1930", "1935"),
  ("age", "وهو يومها في الثالثة والأربعين", "الثالثة والأربعين", "الثامنة والثلاثين"),
  ("name-variant", "وقد شغل يماني الوزارة", "يماني", "يمانى"),
  ("duration", "الوزارة أربعة وعشرين عاماً", "أربعة وعشرين", "أربعة عشر"),
  ("scale-word", "من 20.8 مليون برميل يومياً", "مليون", "مليار"),
  ("parts-total", "إلى 15.8 مليون برميل في ديسمبر", "15.8", "16.8"),
  ("scale-word", "أي بخمسة ملايين برميل يومياً", "ملايين", "آلاف"),
  ("percent-change", "وهو انخفاض نسبته 24 في المائة", "24", "31"),
  ("percent-change", "أي قرابة أربعة أضعاف سعره", "أربعة", "ستة"),
  ("weekday", "يوم الاثنين 18 مارس 1974م", "الاثنين", "الأحد"),
  ("period-phrase", "الموافق 24 صفر 1394هـ", "1394", "1393"),
  ("duration", "أي بعد خمسة أشهر من إعلانه", "خمسة", "ثمانية"),
  ("order-word", "وبعد عام واحد اغتيل", "وبعد", "وقبل"),
  ("age", "عن ثمانية وستين عاماً", "ثمانية وستين", "أربعة وسبعين"),
  ("name-variant", "اختُطف يماني في فيينا", "يماني", "اليماني"),
  ("event-second-date", "الذي أُعلن في الكويت في 17 أكتوبر", "17", "19"),
  ("duration", "أي بعد ثمانية أشهر من رفع الحظر", "ثمانية", "ثلاثة"),
  ("order-word", "أي بعد ثمانية أشهر من رفع الحظر", "بعد", "قبل"),
  ("duration", "بعد خمسة وستين عاماً على تأسيسها", "خمسة وستين", "خمسة وخمسين"),
 ],
 "w": [
  ("weekday", "الإسماعيلية، الثلاثاء 18 نوفمبر 2025", "الثلاثاء", "الأربعاء"),
  ("percent-change", "مقابل 1020 سفينة في سبتمبر، بزيادة 8.8 في المائة", "8.8", "9.8"),
  ("event-second-date", "في البحر الأحمر في نوفمبر 2023", "نوفمبر", "أكتوبر"),
  ("weekday", "أمس الاثنين 17 نوفمبر", "الاثنين", "الأحد"),
  ("average", "بمتوسط 35 سفينة يومياً", "35", "53"),
  ("average", "و1064 سفينة شهرياً", "1064", "1046"),
  ("share", "الحركة تراجعت إلى النصف", "النصف", "الثلث"),
  ("count-list", "على أربع فئات", "أربع", "خمس"),
  ("parts-total", "ناقلات البترول 3192 سفينة", "3192", "3912"),
  ("share", "3192 سفينة (30 في المائة)", "30", "33"),
  ("parts-total", "وسفن الحاويات 2128 سفينة", "2128", "2218"),
  ("share", "2128 سفينة (20 في المائة)", "20", "25"),
  ("share", "3724 سفينة (35 في المائة)", "35", "38"),
  ("parts-total", "وفئات أخرى 1596 سفينة", "1596", "1956"),
  ("name-variant", "وأوضح الدمرداش، المولود", "الدمرداش", "الدمرادش"),
  ("age", "المولود عام 1964 والبالغ", "1964", "1958"),
  ("age", "والبالغ من العمر 61 عاماً", "61", "65"),
  ("scale-word", "نحو 4 مليارات دولار", "مليارات", "ملايين"),
  ("percent-change", "بانخفاض 44.4 في المائة", "44.4", "40.4"),
  ("scale-word", "و9.4 مليار دولار في العام المالي", "مليار", "مليون"),
  ("average", "نحو 11 مليون دولار يومياً", "11", "19"),
  ("weekday", "يوم الأحد 19 نوفمبر 2023", "الأحد", "السبت"),
  ("scale-word", "130 ألف طن فأكثر", "ألف", "مليون"),
  ("name-variant", "وقال الدمرداش إن الهيئة", "الدمرداش", "الدمرداشي"),
  ("duration", "بعد عشر سنوات من افتتاح", "عشر", "ثماني"),
  ("order-word", "بعد عشر سنوات من افتتاح", "بعد", "قبل"),
  ("weekday", "يوم الخميس 6 أغسطس 2015", "الخميس", "الجمعة"),
  ("scale-word", "بطول 72 كيلومتراً", "كيلومتراً", "متراً"),
  ("parts-total", "منها 35 كيلومتراً من القنوات", "35", "34"),
  ("parts-total", "و37 كيلومتراً من أعمال", "37", "73"),
 ],
 "r": [
  ("weekday", "بغداد، الثلاثاء 2 كانون الأول 2025", "الثلاثاء", "الأربعاء"),
  ("source-older", "بغداد، الثلاثاء 2 كانون الأول 2025", "الثلاثاء 2 كانون الأول", "الخميس 2 تشرين الأول"),
  ("weekday", "يوم السبت 25 آذار 2023", "السبت", "الجمعة"),
  ("order-word", "بعد يومين من صدور حكم", "بعد", "قبل"),
  ("duration", "أي بعد تسع سنوات من التقاضي", "تسع", "سبع"),
  ("weekday", "يوم السبت 27 أيلول 2025", "السبت", "الأحد"),
  ("duration", "بعد توقف دام سنتين ونصفاً تقريباً", "سنتين ونصفاً", "ثلاث سنوات ونصفاً"),
  ("scale-word", "بأكثر من 35 مليار دولار", "مليار", "مليون"),
  ("scale-word", "على أساس 450 ألف برميل يومياً", "ألف", "مليون"),
  ("event-second-date", "بعد استئناف 27 أيلول", "27", "29"),
  ("parts-total", "منها 3.2 مليون برميل عبر موانئ البصرة", "3.2", "3.0"),
  ("parts-total", "و0.2 مليون برميل عبر جيهان", "0.2", "0.4"),
  ("share", "تستحوذ على 94.1% من الصادرات", "94.1", "91.4"),
  ("share", "12.5% من طاقته التصميمية", "12.5", "15.2"),
  ("scale-word", "البالغة 1.6 مليون برميل يومياً", "مليون", "مليار"),
  ("parts-total", "يُسلَّم منها 230 ألف برميل", "230", "250"),
  ("share", "أي 82.1%، ويُخصَّص", "82.1", "81.2"),
  ("parts-total", "ويُخصَّص 50 ألف برميل", "50", "70"),
  ("average", "نحو 7.2 مليار دولار، منها", "7.2", "8.4"),
  ("average", "قرابة 420 مليون دولار من صادرات", "420", "240"),
  ("scale-word", "نحو 199 تريليون دينار", "تريليون", "مليار"),
  ("parts-total", "أي بعجز مخطط قدره 64 تريليون", "64", "46"),
  ("percent-change", "بزيادة 8.8%، غير", "8.8", "5.5"),
  ("count-list", "يوصي المركز بثلاث خطوات", "بثلاث", "بأربع"),
  ("share", "أي ضعف الكمية الحالية", "ضعف", "ثلاثة أضعاف"),
  ("name-variant", "د. سلوى عبد الكريم الجبوري", "عبد الكريم", "عبدالكريم"),
 ],
 "a": [
  ("bilingual", "العدد 2، حزيران 2025، ص ص 45-72", "45-72", "47-72"),
  ("bilingual", "المجلد 9، العدد 2", "9", "8"),
  ("bilingual", "Vol. 9, No. 2, June 2025", "June", "July"),
  ("bilingual", "منظمة شنغهاي للتعاون (2001-2024)", "2001-2024", "2001-2023"),
  ("bilingual", "Shanghai Cooperation Organisation (2001-2024)", "2024", "2025"),
  ("history-order", "تاريخ الاستلام: 12 شباط 2025", "شباط", "أيار"),
  ("history-order", "تاريخ المراجعة: 3 نيسان 2025", "نيسان", "كانون الثاني"),
  ("history-order", "تاريخ القبول: 20 أيار 2025", "أيار", "آذار"),
  ("history-order", "تاريخ النشر: 30 حزيران 2025", "2025", "2024"),
  ("history-order", "Received: 12 February 2025", "February", "June"),
  ("history-order", "Revised: 3 April 2025", "2025", "2024"),
  ("history-order", "Accepted: 20 May 2025", "May", "March"),
  ("history-order", "Published: 30 June 2025", "30 June", "10 May"),
  ("bilingual", "من ست دول مؤسسة عام 2001", "ست", "خمس"),
  ("bilingual", "إلى 890 مليار دولار عام 2024، بزيادة", "890", "980"),
  ("percent-change", "بزيادة 43.5 بالمئة", "43.5", "34.5"),
  ("bilingual", "from 620 billion dollars in 2019", "2019", "2018"),
  ("bilingual", "an increase of 43.5 percent", "43.5", "45.3"),
  ("bilingual", "about 42 percent of the world", "42", "24"),
  ("count-list", "مجموعة \"شنغهاي الخماسية\"", "الخماسية", "الرباعية"),
  ("citation-year", "(Aris, 2011: 34)", "2011", "2013"),
  ("duration", "وبعد خمس سنوات، يوم الجمعة", "خمس", "ست"),
  ("order-word", "وبعد خمس سنوات، يوم الجمعة", "وبعد", "وقبل"),
  ("weekday", "يوم الجمعة 15 حزيران 2001", "الجمعة", "السبت"),
  ("duration", "جاءت الموجة الأولى بعد ستة عشر عاماً", "ستة عشر", "أربعة عشر"),
  ("order-word", "جاءت الموجة الأولى بعد ستة عشر عاماً", "بعد", "قبل"),
  ("weekday", "يوم الجمعة 9 حزيران 2017", "الجمعة", "الخميس"),
  ("name-variant", "ويرى كولي أن موسكو", "كولي", "كوولي"),
  ("citation-year", "(Cooley, 2012: 75)", "2012", "2010"),
  ("weekday", "يوم الثلاثاء 4 تموز 2023", "الثلاثاء", "الأربعاء"),
  ("duration", "أي بعد خمسة عشر عاماً من تقديم", "خمسة عشر", "ثلاثة عشر"),
  ("order-word", "أي بعد خمسة عشر عاماً من تقديم", "بعد", "قبل"),
  ("weekday", "يوم الخميس 4 تموز 2024", "الخميس", "الجمعة"),
  ("count-list", "عدد سكان الدول العشر", "العشر", "التسع"),
  ("scale-word", "نحو 3.43 مليار نسمة", "مليار", "مليون"),
  ("parts-total", "منها 2.86 مليار نسمة", "2.86", "3.86"),
  ("share", "أي 83.4 بالمئة", "83.4", "38.4"),
  ("scale-word", "منها 520 مليار دولار", "مليار", "مليون"),
  ("share", "أي 58.4 بالمئة", "58.4", "52.4"),
  ("name-variant", "ويلاحظ لوكين أن", "لوكين", "لوكن"),
  ("citation-year", "(Lukin, 2018: 112)", "2018", "2019"),
  ("name-variant", "ويذهب الخزاعي إلى", "الخزاعي", "الخزاعى"),
  ("citation-year", "(الخزاعي، 2022: 58)", "2022", "2020"),
  ("event-second-date", "قمة حزيران 2001", "حزيران", "تموز"),
  ("acronym-url", "(1) SCO Secretariat", "SCO", "SOC"),
  ("acronym-url", "(2) CGTN,", "CGTN", "CTGN"),
  ("source-older", "10th member of SCO\", 4 July 2024", "4 July", "2 July"),
  ("url-date", "news/2024-07-04/Belarus", "2024-07-04", "2024-06-04"),
  ("source-older", "(تاريخ الاطلاع: 15 كانون الثاني 2025)", "2025", "2024"),
  ("acronym-url", "(3) IMF,", "IMF", "IFM"),
  ("url-date", "Central Asia\", October 2024", "October", "April"),
  ("acronym-url", "https://www.imf.org", "imf", "imd"),
  ("acronym-url", "(4) SIPRI,", "SIPRI", "SPIRI"),
  ("url-date", "2024\", March 2025, https://www.sipri.org", "March 2025", "March 2024"),
  ("acronym-url", "https://unctad.org", "unctad", "unctda"),
  ("url-date", "June 2024, https://unctad.org/publication/world-investment-report-2024", "June 2024", "June 2023"),
  ("citation-year", "Lukin, Alexander (2018)", "2018", "2016"),
  ("name-variant", "Cooley, Alexander (2012)", "Cooley", "Cooly"),
 ],
 "m": [
  ("weekday", "*الاثنين 20 أكتوبر 2025", "الاثنين", "الثلاثاء"),
  ("source-older", "*الاثنين 20 أكتوبر 2025", "الاثنين 20 أكتوبر", "السبت 20 سبتمبر"),
  ("weekday", "يوم الأربعاء 1 يناير 2025", "الأربعاء", "الخميس"),
  ("duration", "في ديسمبر 2019 لمدة خمس سنوات", "خمس", "ثلاث"),
  ("weekday", "يوم الاثنين 10 أكتوبر 2016", "الاثنين", "الأحد"),
  ("duration", "أي بعد ثمانية عشر شهراً", "ثمانية عشر", "اثني عشر"),
  ("order-word", "واكتمل الجزء البحري في نوفمبر 2018، أي بعد", "بعد", "قبل"),
  ("weekday", "يوم الأربعاء 8 يناير 2020", "الأربعاء", "الثلاثاء"),
  ("parts-total", "بطاقة 15.75 مليار متر مكعب لكل منهما", "15.75", "17.5"),
  ("parts-total", "أي 31.5 مليار متر مكعب سنوياً", "31.5", "33"),
  ("scale-word", "930 كيلومتراً من أنابا", "كيلومتراً", "متراً"),
  ("count-list", "من أنبوبين متوازيين", "أنبوبين", "ثلاثة أنابيب"),
  ("percent-change", "بزيادة 25.2%", "25.2", "20.1"),
  ("scale-word", "مقابل 13.1 مليار في 2023", "مليار", "مليون"),
  ("duration", "(273 يوماً)", "273", "243"),
  ("average", "نحو 45 مليون متر مكعب يومياً", "45", "54"),
  ("scale-word", "نحو 45 مليون متر مكعب يومياً", "مليون", "مليار"),
  ("share", "أي 45.7% منها", "45.7", "47.5"),
  ("parts-total", "تلتها سلوفاكيا بـ3.2 مليار", "3.2", "2.3"),
  ("parts-total", "وصربيا بـ2.9 مليار", "2.9", "3.9"),
  ("parts-total", "ودول أخرى بـ1.4 مليار", "1.4", "4.1"),
  ("acronym-url", "وكالة الطاقة الدولية (IEA)", "IEA", "EIA"),
  ("acronym-url", "(ACER) فترى", "ACER", "ACRE"),
  ("age", "لغازبروم المولود عام 1962", "1962", "1958"),
  ("age", "والبالغ 63 عاماً", "63", "65"),
  ("event-second-date", "منذ افتتاحه في يناير 2020", "يناير", "فبراير"),
  ("name-variant", "وقال ميلر في سوتشي", "ميلر", "ميللر"),
  ("acronym-url", "https://transparency.entsog.eu", "entsog", "entsoe"),
  ("acronym-url", "https://www.botas.gov.tr", "botas", "botash"),
  ("acronym-url", "[^1]: IEA,", "IEA", "IAE"),
  ("url-date", "\"Gas Market Report, Q1-2025\", January 2025", "January", "April"),
  ("url-date", "gas-wholesale-2025", "2025", "2024"),
  ("url-date", "8 January 2020, https://www.dailysabah", "8 January", "18 January"),
  ("url-date", "energy/2020/01/08/turkstream", "2020/01/08", "2020/02/08"),
  ("source-older", "inaugurated\", 8 January 2020", "2020", "2019"),
 ],
 "o": [
  ("duration", "اثنا عشر عاماً على خطاب أستانا", "اثنا عشر", "عشرة"),
  ("weekday", "الأحد 7 سبتمبر 2025", "الأحد", "السبت"),
  ("duration", "في مثل هذا اليوم قبل اثني عشر عاماً", "اثني عشر", "عشرة"),
  ("weekday", "السبت 7 سبتمبر 2013", "السبت", "الأحد"),
  ("count-list", "مع دول المنطقة الخمس", "الخمس", "الست"),
  ("percent-change", "أي بنسبة 90 في المئة", "90", "47"),
  ("average", "تقارب 4.1 مليار دولار في السنة", "4.1", "5.1"),
  ("parts-total", "كازاخستان 44 مليار دولار", "44", "48"),
  ("parts-total", "وقيرغيزستان 22 ملياراً", "22", "25"),
  ("parts-total", "وتركمانستان 11 ملياراً", "11", "17"),
  ("share", "بـ46.3 في المئة من المجموع", "46.3", "43.6"),
  ("citation-year", "(Cooley, 2012: 9)", "2012", "2014"),
  ("citation-year", "(Laruelle & Peyrouse, 2012: 19)", "2012", "2013"),
  ("scale-word", "بنحو 1.7 مليار دولار", "مليار", "مليون"),
  ("share", "أي 40 في المئة من ديونها", "40", "30"),
  ("name-variant", "ويرى بانتوتشي وبيترسن", "بانتوتشي", "بانتوشي"),
  ("citation-year", "(Pantucci & Petersen, 2022: 143)", "2022", "2021"),
  ("citation-year", "(بن سالم، 2021: 77)", "2021", "2020"),
  ("citation-year", "(Pantucci, 2019)", "2019", "2018"),
  ("acronym-url", "موّل البنك الآسيوي للاستثمار في البنية التحتية (AIIB)", "AIIB", "AIBB"),
  ("source-older", "حتى نهاية 2023 (AIIB, 2024)", "2024", "2022"),
  ("weekday", "وفي يوم الجمعة 27 ديسمبر 2024", "الجمعة", "الخميس"),
  ("scale-word", "بطول 523 كيلومتراً", "كيلومتراً", "متراً"),
  ("parts-total", "منها 305 كيلومترات داخل", "305", "530"),
  ("duration", "أي بعد عامين، ووقّع", "عامين", "ثلاثة أعوام"),
  ("order-word", "أي بعد عامين، ووقّع", "بعد", "قبل"),
  ("age", "المولود عام 1953 والبالغ 72 عاماً", "72", "70"),
  ("age", "توكاييف، المولود عام 1953", "1953", "1957"),
  ("name-variant", "وقال توكاييف يومها", "توكاييف", "توكايف"),
  ("event-second-date", "منذ خطاب سبتمبر 2013", "سبتمبر", "أكتوبر"),
  ("name-variant", "وكما كتب كولي قبل", "كولي", "كوولي"),
  ("duration", "كولي قبل ثلاثة عشر عاماً", "ثلاثة عشر", "خمسة عشر"),
  ("source-older", "Pantucci, R. (2019, 12 September)", "2019", "2012"),
  ("url-date", "(2019, 12 September)", "September", "November"),
  ("url-date", "thediplomat.com/2019/09/", "2019/09", "2019/11"),
  ("acronym-url", "AIIB (2024). Annual", "AIIB", "AIB"),
  ("url-date", "annual-report/2023/", "2023", "2021"),
  ("acronym-url", "https://www.aiib.org", "aiib", "aibb"),
 ],
}
NAMES = {"h": "opec", "w": "suez", "r": "ceyhan", "a": "sco", "m": "turkstream", "o": "bri"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 12, benchmarks/heldout9/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer or editor would, and names the",
           "  kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout9/clean.",
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
