"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer, editor or translator might get wrong, chosen by reading the
text (no detector was read or run when they were written). Plants of the Eastern-digit report on
Chinese electric cars are written here with Western digits and converted («.» between digits
becomes «٫», «%» becomes «٪»). The script checks that every anchor occurs once in its text and
holds its ``before`` once, and that ``before`` differs from ``after``. Run:
    python benchmarks/heldout19/make_plants.py
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
    "clean/academic_djibouti_railway.txt": ("pdf-text", "a"),
    "clean/report_chinese_ev_arab.txt": ("plain", "r"),
    "clean/release_duqm_sino_oman.txt": ("plain", "d"),
    "clean/encyclopedia_rudn_arab_students.txt": ("plain", "e"),
    "clean/markdown_mauritania_china_loans.md": ("markdown", "m"),
    "clean/oped_gulf_desalination_china.txt": ("plain", "o"),
    "clean/review_belt_road_jordan.txt": ("plain", "v"),
    "clean/minutes_russia_sudan_grain.txt": ("plain", "n"),
}
EASTERN = {"r"}
P = {  # prefix: [(kind, anchor, before, after)]
 "a": [
  ("history-order", "تاريخ الاستلام: 9 شباط 2025", "شباط", "أيار"),
  ("history-order", "تاريخ التعديل: 17 نيسان 2025", "نيسان", "كانون الثاني"),
  ("history-order", "تاريخ القبول: 2 حزيران 2025", "حزيران", "آذار"),
  ("history-order", "تاريخ النشر: 15 أيلول 2025", "2025", "2024"),
  ("history-order", "Received: 9 February 2025", "February", "July"),
  ("history-order", "Revised: 17 April 2025", "April", "January"),
  ("history-order", "Accepted: 2 June 2025", "2025", "2024"),
  ("history-order", "Published: 15 September 2025", "September", "May"),
  ("bilingual", "Vol. 9, No. 3 (2025)", "3", "4"),
  ("bilingual", "pp. 112-139", "139", "193"),
  ("bilingual", "Debt and Development (2016-2024)", "2016", "2017"),
  ("bilingual", "بين الدين والتنمية (2016-2024)", "2024", "2023"),
  ("bilingual", "Djibouti, 752 km long", "752", "725"),
  ("bilingual", "cost about 4 billion dollars", "4", "5"),
  ("bilingual", "70 percent of it financed", "70", "60"),
  ("bilingual", "to 150 in 2024", "150", "140"),
  ("bilingual", "وأن الخط نقل 1.8 مليون طن من البضائع", "1.8", "1.6"),
  ("bilingual", "carried 1.8 million tonnes", "1.8", "2.8"),
  ("weekday", "يوم الأربعاء 5 تشرين الأول 2016", "الأربعاء", "الخميس"),
  ("weekday", "يوم الثلاثاء 10 كانون الثاني 2017", "10", "12"),
  ("weekday", "يوم الاثنين 1 كانون الثاني 2018", "الاثنين", "الأحد"),
  ("duration", "أي بعد ثلاثة أشهر وخمسة أيام", "ثلاثة", "أربعة"),
  ("duration", "أي بعد نحو خمسة عشر شهراً", "خمسة عشر", "عشرين"),
  ("order-word", "جاءت بعد نحو سنتين فقط من التدشين", "بعد", "قبل"),
  ("parts-total", "656 كيلومتراً داخل إثيوبيا", "656", "665"),
  ("parts-total", "دفعت إثيوبيا منه 0.9 مليار", "0.9", "0.7"),
  ("parts-total", "و500 صيني", "500", "600"),
  ("share", "يمثل 87.2 بالمئة من طوله", "87.2", "82.7"),
  ("share", "تمثل 79.2 بالمئة من المجموع", "79.2", "72.9"),
  ("percent-change", "أي بزيادة 150 بالمئة", "150", "250"),
  ("percent-change", "أي بزيادة 20 بالمئة، وبمتوسط", "20", "25"),
  ("percent-change", "أي بنسبة 30 بالمئة", "30", "40"),
  ("percent-change", "أي ثلاثة أضعاف المدة", "ثلاثة", "أربعة"),
  ("percent-change", "تضاعف عدد رحلات الشحن الشهرية مرتين ونصفاً", "مرتين ونصفاً", "ثلاث مرات"),
  ("average", "وبمتوسط 1000 طن للرحلة", "1000", "1500"),
  ("average", "بمتوسط يقارب 63 كيلومتراً في الساعة", "63", "83"),
  ("scale-word", "الصيني 2.8 مليار دولار", "مليار", "مليون"),
  ("scale-word", "إلى نحو 12 ساعة", "ساعة", "دقيقة"),
  ("count-list", "نفذته شركتان صينيتان", "شركتان صينيتان", "ثلاث شركات صينية"),
  ("name-variant", "ويرى أوكونكوو أن", "أوكونكوو", "أوكونكو"),
  ("name-variant", "وترى تسفاي أن", "تسفاي", "تيسفاي"),
  ("name-variant", "كما يقول الحسيني", "الحسيني", "الحسينى"),
  ("acronym-url", "(IMF)، \"Ethiopia", "IMF", "IFM"),
  ("acronym-url", "(EDR)، \"التقرير", "EDR", "ERD"),
  ("acronym-url", "(CARI)، \"Chinese", "CARI", "CRAI"),
  ("acronym-url", "https://www.sais-cari.org", "sais-cari", "sais-icra"),
  ("url-date", "Articles/2024/07/29/pr24292", "07", "06"),
  ("url-date", "reports/2025/03/annual-report", "03", "02"),
  ("url-date", "publication/2024/06/11/economic-update", "11", "21"),
  ("url-date", "data/2023/08/14/chinese-loans", "08", "09"),
  ("source-older", "29 تموز 2024، تاريخ الاطلاع", "2024", "2023"),
  ("source-older", "20 آذار 2025، تاريخ الاطلاع", "2025", "2024"),
  ("source-older", "11 حزيران 2024، تاريخ الاطلاع", "2024", "2017"),
  ("source-older", "(Okonkwo, 2022: 57)", "2022", "2017"),
  ("source-older", "(الحسيني، 2021: 88)", "2021", "2017"),
  ("citation-year", "(Tesfaye, 2023: 19)", "2023", "2022"),
  ("citation-year", "- Okonkwo, Chidi (2022)", "2022", "2020"),
  ("citation-year", "- الحسيني، ماجد (2021)", "2021", "2012"),
  ("citation-year", "- Tesfaye, Hanna (2023)", "2023", "2024"),
  ("event-second-date", "في تموز 2024 وحررت", "تموز", "آب"),
  ("event-second-date", "مرتين ونصفاً بين 2018 و2024", "2018", "2017"),
 ],
 "r": [
  ("weekday", "القاهرة، الأحد 19 أكتوبر", "الأحد", "السبت"),
  ("weekday", "يوم الأربعاء 30 أكتوبر 2024", "30", "31"),
  ("parts-total", "والسعودية 24 ألفاً", "24", "26"),
  ("parts-total", "والأردن 7 آلاف", "7", "9"),
  ("parts-total", "تضاف إلى الرسم المعتاد البالغ 10%", "10", "15"),
  ("parts-total", "معاً على 55 ألف سيارة", "55", "57"),
  ("share", "أي 65.5% من مبيعات", "65.5", "56.5"),
  ("share", "وتشكل هذه المبيعات 60%", "60", "70"),
  ("share", "أرخص بنحو 31%", "31", "41"),
  ("share", "أي نحو 16.7 ألف سيارة", "16.7", "12.5"),
  ("percent-change", "أي بزيادة 50%", "50", "40"),
  ("percent-change", "أي بزيادة 20 نقطة مئوية", "20", "25"),
  ("percent-change", "تضاعف مرتين ونصفاً", "مرتين ونصفاً", "ثلاث مرات"),
  ("percent-change", "أي بزيادة 5 نقاط مئوية", "5", "6"),
  ("average", "بمعدل 125 ألف دولار لكل فرصة", "125", "152"),
  ("average", "نحو 30 ألف دولار للسيارة", "30", "40"),
  ("scale-word", "استثمارات قدرها 150 مليون دولار", "مليون", "مليار"),
  ("scale-word", "720 مليون دولار عام 2024", "مليون", "مليار"),
  ("age", "المولود عام 1979 والبالغ", "1979", "1975"),
  ("age", "والبالغ 46 عاماً", "46", "48"),
  ("duration", "بعد خمس سنوات من تاريخ هذه الورقة", "خمس", "سبع"),
  ("duration", "أي قبل أربع سنوات", "أربع", "ست"),
  ("duration", "5 نقاط مئوية في عامين", "عامين", "ثلاثة أعوام"),
  ("order-word", "أي بعد خمس سنوات من تاريخ", "بعد", "قبل"),
  ("order-word", "مقابل 1200 نقطة قبل عامين", "قبل", "بعد"),
  ("period-phrase", "في سبعينيات القرن الماضي بالسعر", "سبعينيات", "ستينيات"),
  ("period-phrase", "بعد أزمة النفط عام 1973", "1973", "1983"),
  ("count-list", "توصي الورقة بثلاثة إجراءات", "ثلاثة", "أربعة"),
  ("count-list", "في ستة أسواق عربية رئيسية", "ستة", "سبعة"),
 ],
 "d": [
  ("weekday", "الدقم، الثلاثاء 11 نوفمبر", "الثلاثاء", "الأربعاء"),
  ("weekday", "الأحد المقبل 16 نوفمبر", "16", "17"),
  ("parts-total", "مجمع التكرير والبتروكيماويات: 2.8", "2.8", "3.8"),
  ("parts-total", "منطقة الصناعات الخفيفة (3.2", "3.2", "3.7"),
  ("parts-total", "و1300 صيني", "1300", "1500"),
  ("share", "(60.9 في المائة)", "60.9", "69.0"),
  ("share", "(8.7 في المائة)", "8.7", "7.8"),
  ("share", "أي نحو 43 في المائة من المبلغ", "43", "34"),
  ("share", "نحو 44 في المائة من العاملين", "44", "54"),
  ("percent-change", "بزيادة 24 في المائة", "24", "42"),
  ("average", "بمعدل 14.6 سفينة شهرياً", "14.6", "16.4"),
  ("average", "أي 150 ألف دولار لكل متر", "150", "105"),
  ("scale-word", "بطول 600 متر", "متر", "كيلومتر"),
  ("scale-word", "صادرات مصانع المدينة 620 مليون دولار", "مليون", "مليار"),
  ("age", "البالغ من العمر 58 عاماً", "58", "52"),
  ("age", "والمولود عام 1967", "1967", "1971"),
  ("duration", "بعد تسع سنوات على توقيع", "تسع", "سبع"),
  ("duration", "أي قبل ثلاثة عشر عاماً", "ثلاثة عشر", "خمسة عشر"),
  ("duration", "خلال خمس سنوات، أي بحلول", "خمس", "ثلاث"),
  ("duration", "واليوم، بعد تسع سنوات، يعمل", "تسع", "عشر"),
  ("count-list", "على أربعة مشروعات رئيسية", "أربعة", "خمسة"),
  ("count-list", "تنقسم إلى ثلاث مناطق", "ثلاث", "أربع"),
  ("name-variant", "وأضاف تشو، البالغ", "تشو", "جو"),
  ("name-variant", "وأوضح الحارثي أن", "الحارثي", "الحارثى"),
  ("event-second-date", "وقّعنا الاتفاقية في مايو 2016", "مايو", "يونيو"),
  ("event-second-date", "توقيع اتفاقية إنشائها في مايو 2016", "2016", "2017"),
  ("order-word", "عام 2012، أي قبل ثلاثة عشر", "قبل", "بعد"),
 ],
 "e": [
  ("weekday", "يوم الجمعة 8 شعبان", "الجمعة", "السبت"),
  ("weekday", "يوم الأربعاء 7 رمضان", "الأربعاء", "الخميس"),
  ("weekday", "يوم الأربعاء 2 شعبان", "الأربعاء", "الثلاثاء"),
  ("period-phrase", "8 شعبان 1379هـ", "1379", "1378"),
  ("period-phrase", "7 رمضان 1380هـ", "رمضان", "شوال"),
  ("period-phrase", "2 شعبان 1412هـ", "1412", "1413"),
  ("period-phrase", "سنة 1379هـ/1960م", "1379", "1381"),
  ("period-phrase", "سنة 1446هـ/2024م", "1446", "1436"),
  ("period-phrase", "منذ النصف الثاني من القرن الرابع عشر الهجري", "الرابع عشر", "الثالث عشر"),
  ("period-phrase", "النصف الثاني من القرن العشرين الميلادي", "العشرين", "التاسع عشر"),
  ("age", "وهو في الخامسة والثلاثين", "الخامسة", "الثامنة"),
  ("age", "لومومبا (1925-1961م)", "1925", "1929"),
  ("duration", "عشر سنوات (1960-1970م)", "عشر", "ثماني"),
  ("duration", "أي بعد ثلاثة عشر عاماً من تأسيسها", "ثلاثة عشر", "خمسة عشر"),
  ("duration", "أي بعد إحدى وثلاثين سنة", "إحدى وثلاثين", "إحدى وأربعين"),
  ("duration", "بعد خمس سنوات من التأسيس", "خمس", "سبع"),
  ("duration", "ذكراها الخامسة والستون", "الخامسة", "السابعة"),
  ("parts-total", "سوريا (700 طالب)", "700", "750"),
  ("parts-total", "واليمن (250)", "250", "205"),
  ("share", "أي 49 في المائة", "49", "59"),
  ("share", "أي نحو 8 في المائة من طلاب", "8", "12"),
  ("share", "يخصص ثلثها للطلاب", "ثلثها", "ربعها"),
  ("count-list", "على سبع دول رئيسة", "سبع", "ثماني"),
  ("order-word", "بعد تفكك الاتحاد السوفيتي بنحو ستة أسابيع", "بعد", "قبل"),
  ("order-word", "أي قبل تسمية الجامعة", "قبل", "بعد"),
  ("event-second-date", "اغتيل في السابع عشر من يناير 1961م", "1961", "1960"),
  ("event-second-date", "في 5 فبراير 2025م", "5 فبراير", "6 فبراير"),
  ("name-variant", "حذف اسم لومومبا", "لومومبا", "لوممبا"),
  ("name-variant", "الزعيم الكونغولي باتريس", "باتريس", "باتريك"),
 ],
 "m": [
  ("weekday", "نواكشوط، الجمعة 7 نونبر", "الجمعة", "الخميس"),
  ("duration", "أي قبل 39 عاماً", "39", "29"),
  ("duration", "بالذكرى الستين لإقامة", "الستين", "الخمسين"),
  ("duration", "وبعد ثلاث سنوات، في غشت 2021", "ثلاث", "أربع"),
  ("duration", "نقطة مئوية في أربع سنوات", "أربع", "خمس"),
  ("duration", "أي أن السداد الفعلي يمتد 13 عاماً", "13", "15"),
  ("parts-total", "**الطاقة والمياه**: 320", "320", "230"),
  ("parts-total", "**الزراعة والصيد**: 120", "120", "210"),
  ("share", "أي 25 بالمائة، وهي", "25", "52"),
  ("share", "أي 86.7 بالمائة من طاقته", "86.7", "78.6"),
  ("share", "أي نحو 29 بالمائة من الإيرادات", "29", "39"),
  ("percent-change", "أي بزيادة 50 بالمائة", "50", "15"),
  ("percent-change", "أي بانخفاض 13 نقطة مئوية", "13", "31"),
  ("age", "والمولود عام 1971", "1971", "1977"),
  ("scale-word", "بقرض صيني قدره 282 مليون دولار", "مليون", "مليار"),
  ("scale-word", "من 3 ملايين طن إلى", "ملايين", "آلاف"),
  ("count-list", "على أربعة قطاعات", "أربعة", "خمسة"),
  ("source-older", "18 يونيو 2025، تاريخ الاطلاع", "2025", "2024"),
  ("source-older", "27 ماي 2025، تاريخ الاطلاع", "2025", "2024"),
  ("url-date", "Issues/2025/06/18/mauritania", "06", "07"),
  ("url-date", "data/2023/11/06/chinas", "11", "10"),
  ("url-date", "publication/2025/05/27/economic-update", "27", "17"),
  ("acronym-url", "(IMF)، \"Islamic", "IMF", "IMS"),
  ("acronym-url", "(AidData)، \"China", "AidData", "AidDate"),
  ("acronym-url", "https://www.aiddata.org", "aiddata", "aidata"),
  ("name-variant", "ويبين تقرير أيد داتا", "أيد داتا", "إيد داتا"),
  ("order-word", "وبعد ثلاث سنوات، في غشت", "وبعد", "وقبل"),
 ],
 "o": [
  ("citation-year", "(الزعبي، 2023: 104)", "2023", "2021"),
  ("citation-year", "(Haddad, 2024: 12)", "2024", "2014"),
  ("citation-year", "- Zhang, Lei (2025)", "2025", "2023"),
  ("citation-year", "- الزعبي، هالة (2023)", "2023", "2020"),
  ("source-older", "(Zhang, 2025: 31)", "2025", "2019"),
  ("source-older", "annual-report، 21 August 2023", "2023", "2022"),
  ("url-date", "publications/2024/Mar/renewable", "Mar", "May"),
  ("url-date", "mpn-journal.org/2024/09/brine", "09", "08"),
  ("url-date", "reports/2023/08/annual-report", "08", "06"),
  ("acronym-url", "Abu Dhabi: IRENA.", "IRENA", "IRNEA"),
  ("acronym-url", "(IDA)، التقرير", "IDA", "DIA"),
  ("acronym-url", "https://idadesal.org", "idadesal", "iadesal"),
  ("acronym-url", "https://www.irena.org", "irena", "irnea"),
  ("duration", "أي قبل واحد وخمسين عاماً", "واحد وخمسين", "واحد وأربعين"),
  ("duration", "أي بعد سبعة عشر عاماً من التقرير", "سبعة عشر", "سبعة"),
  ("period-phrase", "في منتصف سبعينيات القرن الماضي", "سبعينيات", "ثمانينيات"),
  ("share", "فازت الشركات الصينية بستة، أي 40 في المئة", "40", "60"),
  ("percent-change", "أي بفارق 17.9 في المئة", "17.9", "21.7"),
  ("percent-change", "أي بنسبة 16.7 في المئة", "16.7", "20"),
  ("average", "أي 1150 دولاراً لكل متر", "1150", "1350"),
  ("average", "تطرح 900 ألف متر مكعب", "900", "750"),
  ("scale-word", "نحو 690 مليون دولار", "مليون", "مليار"),
  ("scale-word", "من 4.2 كيلوواط ساعة", "كيلوواط", "ميغاواط"),
  ("event-second-date", "وفي آب 2023 حذّرت", "آب", "تموز"),
  ("order-word", "وبعد شهر واحد، في آب", "وبعد", "وقبل"),
  ("name-variant", "ويعزو تشانغ ذلك", "تشانغ", "جانغ"),
  ("count-list", "ذلك إلى أمرين: السعر", "أمرين", "ثلاثة أمور"),
 ],
 "v": [
  ("weekday", "يوم السبت 7 سبتمبر 2013", "السبت", "الأحد"),
  ("count-list", "ويتألف من سبعة فصول", "سبعة", "ثمانية"),
  ("count-list", "موزعة على وحدتين", "وحدتين", "ثلاث وحدات"),
  ("parts-total", "(400 مليون دولار)", "400", "500"),
  ("parts-total", "(250 مليون دولار)", "250", "205"),
  ("parts-total", "(10 في المئة)", "10", "15"),
  ("parts-total", "مقابل واردات قدرها 4.1 مليار", "4.1", "4.3"),
  ("share", "أي 67.7 في المئة", "67.7", "76.7"),
  ("percent-change", "أي بزيادة 25 في المئة في عشر سنوات", "25", "20"),
  ("average", "نحو 4.5 ملايين دولار لكل ميغاواط", "4.5", "5.4"),
  ("scale-word", "بطاقة 470 ميغاواط", "ميغاواط", "كيلوواط"),
  ("scale-word", "بلغ 3.7 مليار دولار", "مليار", "مليون"),
  ("age", "المولود سنة 1968", "1968", "1963"),
  ("age", "وهو في السادسة والخمسين", "السادسة", "الحادية"),
  ("duration", "بعد خمس سنوات من كتاب مؤلفه الأول", "خمس", "ثلاث"),
  ("duration", "بعد ثلاث سنوات من زيارته الأولى", "ثلاث", "خمس"),
  ("duration", "بعد عشر سنوات على إطلاقها", "عشر", "ثماني"),
  ("citation-year", "(العبادي، 2019)", "2019", "2017"),
  ("citation-year", "- العبادي، نادر يوسف (2019)", "2019", "2018"),
  ("citation-year", "(Chen, 2021: 77)", "2021", "2012"),
  ("order-word", "العقد الذي تلاها", "تلاها", "سبقها"),
  ("event-second-date", "حتى نهاية 2023", "2023", "2022"),
  ("name-variant", "تأليف: د. نادر يوسف العبادي", "العبادي", "العبّادي"),
  ("source-older", "العدد 41، خريف 2025", "2025", "2023"),
 ],
}
P["n"] = [
  ("weekday", "يوم الأحد 12 أكتوبر 2025", "الأحد", "السبت"),
  ("weekday", "يوم الاثنين 14 يوليو 2025", "14", "15"),
  ("weekday", "يوم الأحد 28 سبتمبر 2025", "28", "29"),
  ("weekday", "يوم الأحد 9 نوفمبر 2025", "الأحد", "الاثنين"),
  ("duration", "الواحدة ظهراً، أي ثلاث ساعات", "ثلاث", "أربع"),
  ("duration", "أي قبل نحو ثلاثة أشهر", "ثلاثة", "خمسة"),
  ("duration", "أي قبل عامين ونصف", "عامين ونصف", "ثلاثة أعوام"),
  ("duration", "أي بعد أربعة أسابيع", "أربعة", "ثلاثة"),
  ("duration", "15 نقطة مئوية في عامين", "عامين", "ثلاثة أعوام"),
  ("count-list", "حضر الاجتماع تسعة أعضاء", "تسعة", "عشرة"),
  ("count-list", "خمسة من الجانب السوداني", "خمسة", "ستة"),
  ("count-list", "وأربعة من الجانب الروسي", "وأربعة", "وثلاثة"),
  ("count-list", "تُشحن على ثلاث دفعات", "ثلاث", "أربع"),
  ("count-list", "المكوّن من أربعة بنود", "أربعة", "خمسة"),
  ("parts-total", "ثم 70 ألف طن", "70", "60"),
  ("parts-total", "منها 60 ألف طن من اليوريا", "60", "65"),
  ("parts-total", "والباقي وقدره 29.4 مليون", "29.4", "24.9"),
  ("share", "40 في المائة منها مقدماً", "40", "45"),
  ("share", "55 في المائة، أي نحو مليون طن", "55", "45"),
  ("average", "قيمة كل منها 2.45 مليون دولار", "2.45", "2.95"),
  ("average", "بمعدل 125 كيلوغراماً للفدان", "125", "150"),
  ("scale-word", "تبلغ قيمة العقد 49 مليون دولار", "مليون", "مليار"),
  ("scale-word", "1.8 مليون طن عام 2024", "مليون", "مليار"),
  ("percent-change", "أي بزيادة 15 نقطة مئوية", "15", "25"),
  ("order-word", "أي قبل نحو ثلاثة أشهر", "قبل", "بعد"),
  ("order-word", "أي بعد أربعة أسابيع", "بعد", "قبل"),
  ("name-variant", "عرضت د. آمنة البشير", "آمنة", "أمنة"),
  ("name-variant", "مقرر اللجنة: أ. ياسر عبد الرحيم كوكو", "كوكو", "كوكّو"),
]
NAMES = {"n": "minutes", "a": "djibouti", "r": "evs", "d": "duqm", "e": "rudn", "m": "mauritania", "o": "desal", "v": "review"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 20, benchmarks/heldout19/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer, editor or translator would, and names",
           "  the kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout19/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad, kinds, per = 0, [], Counter(), Counter()
    for f, (form, pre) in TEXTS.items():
        raw = (HERE / f).read_text(encoding="utf-8")
        out.append(f"# ---------------------------------------------------------------- {f}")
        for i, (kind, anchor, before, after) in enumerate(P[pre], 1):
            if pre in EASTERN:
                anchor, before, after = (east(x) for x in (anchor, before, after))
            if raw.count(anchor) != 1 or anchor.count(before) != 1 or before == after:
                bad.append((f, i, anchor, raw.count(anchor), anchor.count(before)))
            out.append(f"- {{id: {NAMES[pre]}-{i:02d}, file: {f}, kind: {kind}, anchor: {q(anchor)}, before: {q(before)}, after: {q(after)}}}")
            n += 1
            kinds[kind] += 1
            per[NAMES[pre]] += 1
    for b in bad:
        print("BAD", b)
    assert not bad
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants", dict(per))
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c}")


if __name__ == "__main__":
    main()
