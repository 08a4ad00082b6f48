"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer, editor or translator might get wrong, chosen by reading the
text (no detector was read or run when they were written). Plants of the Eastern-digit report
(report_mir_arab_banks.txt) are written here with Western digits and converted («.» between digits
becomes «٫», «%» becomes «٪»). The script checks that every anchor occurs once in its text and holds
its ``before`` once. Run:
    python benchmarks/heldout18/make_plants.py
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
    "clean/academic_faw_development_road.txt": ("pdf-text", "a"),
    "clean/report_mir_arab_banks.txt": ("plain", "r"),
    "clean/release_teda_suez_zone.txt": ("plain", "t"),
    "clean/encyclopedia_haramain_mashaaer_rail.txt": ("plain", "e"),
    "clean/markdown_russian_tourism_red_sea.md": ("markdown", "m"),
    "clean/oped_rare_earths_arab_mining.txt": ("plain", "o"),
    "clean/parliament_algeria_phosphate.txt": ("plain", "p"),
    "clean/programme_solar_forum_abudhabi.txt": ("plain", "g"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "a": [
  ("history-order", "تاريخ الاستلام: 9 شباط 2025", "شباط", "تموز"),
  ("history-order", "تاريخ التعديل: 14 نيسان 2025", "نيسان", "كانون الثاني"),
  ("history-order", "تاريخ القبول: 2 حزيران 2025", "حزيران", "آذار"),
  ("history-order", "تاريخ النشر: 28 أيلول 2025", "2025", "2024"),
  ("history-order", "Received: 9 February 2025", "February", "July"),
  ("history-order", "Revised: 14 April 2025", "April", "January"),
  ("history-order", "Accepted: 2 June 2025", "June", "March"),
  ("history-order", "Published: 28 September 2025", "2025", "2024"),
  ("bilingual", "Vol. 12, No. 3 (2025)", "12", "21"),
  ("bilingual", "pp. 201-236", "236", "263"),
  ("bilingual", "Where Does China Stand in Iraq's Corridor? (2019-2025)", "2019", "2018"),
  ("bilingual", "أين تقف الصين من الممر العراقي؟ (2019-2025)", "2025", "2024"),
  ("bilingual", "is estimated to cost 17 billion dollars", "17", "15"),
  ("bilingual", "of which 10.5 billion is for the railway", "10.5", "10.8"),
  ("bilingual", "reached 49.8 billion dollars in 2024", "49.8", "48.9"),
  ("bilingual", "won four of the eleven contracts", "four", "five"),
  ("bilingual", "العراقي بين عامي 2019 و2025", "2019", "2017"),
  ("bilingual", "runs some 1,200 kilometres", "1,200", "1,300"),
  ("weekday", "يوم الأحد 11 نيسان 2021", "الأحد", "الاثنين"),
  ("weekday", "يوم السبت 27 أيار 2023", "27", "28"),
  ("duration", "وبعد أحد عشر شهراً إلا خمسة أيام", "أحد عشر", "ثلاثة عشر"),
  ("duration", "صدر بعد ثمانية أيام من توقيع", "ثمانية", "أربعة"),
  ("duration", "بزيادة 64.9 بالمئة في خمس سنوات", "خمس", "ست"),
  ("order-word", "وبعد عامين ونيف أعلنت", "وبعد", "وقبل"),
  ("order-word", "صدر بعد ثمانية أيام من توقيع", "بعد", "قبل"),
  ("percent-change", "أي بزيادة 64.9 بالمئة", "64.9", "39.4"),
  ("percent-change", "أي إلى أكثر من الضعف", "أكثر من الضعف", "ثلاثة أضعاف"),
  ("share", "أي 32.4 بالمئة من الصادرات", "32.4", "23.4"),
  ("share", "أي 36.4 بالمئة منها", "36.4", "44.4"),
  ("share", "منها 10.5 مليار للسكك الحديد (61.8 بالمئة)", "61.8", "38.2"),
  ("average", "بمتوسط يقارب 8.8 ملايين دولار للكيلومتر", "8.8", "14.2"),
  ("parts-total", "والتركية بثلاثة", "بثلاثة", "بخمسة"),
  ("parts-total", "و6.5 مليار للطريق السريع. وتبيّن", "6.5", "7.5"),
  ("scale-word", "بقيمة 2.625 مليار دولار", "مليار", "مليون"),
  ("scale-word", "يتجه نحو 1.1 مليون برميل", "مليون", "مليار"),
  ("count-list", "مذكرة تفاهم رباعية", "رباعية", "ثلاثية"),
  ("count-list", "على مكونين: 10.5", "مكونين", "ثلاثة مكونات"),
  ("source-older", "\"المذكرة الرباعية وطريق التنمية\"، 30 نيسان 2024", "نيسان", "آذار"),
  ("source-older", "\"وضع حجر الأساس لميناء الفاو الكبير\"، 11 نيسان 2021", "2021", "2020"),
  ("source-older", "\"البيان الختامي لمؤتمر طريق التنمية\"، 27 أيار 2023", "أيار", "نيسان"),
  ("source-older", "(ITF, 2023: 12)", "2023", "2022"),
  ("url-date", "press/2021/04/11", "11", "14"),
  ("url-date", "news/2023/05/27", "05", "06"),
  ("url-date", "corridors/2023/12/06", "2023", "2022"),
  ("url-date", "publications/2024/04/30", "30", "03"),
  ("acronym-url", "منتدى النقل الدولي (ITF)", "ITF", "TIF"),
  ("acronym-url", "معهد الشرق الأوسط (MEI)", "MEI", "MIE"),
  ("acronym-url", "https://www.mei.edu", "mei.edu", "mie.edu"),
  ("citation-year", "(Hadi, 2024: 33)", "2024", "2023"),
  ("citation-year", "(الساعدي، 2023: 41)", "2023", "2021"),
  ("citation-year", "(Yilmaz & Chen, 2024: 118)", "2024", "2025"),
  ("citation-year", "- ITF (2023).", "2023", "2022"),
  ("citation-year", "- Hadi, Laith (2024)", "2024", "2021"),
  ("name-variant", "ويرى هادي أن", "هادي", "الهادي"),
  ("name-variant", "غير أن يلماز وتشن يلاحظان", "يلماز", "يلمز"),
  ("event-second-date", "منذ مؤتمر بغداد في أيار 2023", "أيار", "حزيران"),
  ("event-second-date", "ومذكرة نيسان 2024", "2024", "2023"),
 ],
 "r": [
  ("weekday", "القاهرة، الأحد 16 نوفمبر 2025", "الأحد", "الاثنين"),
  ("weekday", "يوم الخميس 24 فبراير 2022", "24", "25"),
  ("weekday", "يوم السبت 12 مارس 2022", "السبت", "الأحد"),
  ("duration", "وبعد ستة عشر يوماً", "ستة عشر", "أربعة عشر"),
  ("duration", "أي بعد نحو عام ونصف", "عام ونصف", "ثلاثة أعوام"),
  ("order-word", "وقبل ذلك بأسبوع", "وقبل", "وبعد"),
  ("percent-change", "بزيادة 17.3%", "17.3", "14.8"),
  ("percent-change", "أي بـ 27 نقطة مئوية", "27", "25"),
  ("percent-change", "أي بأكثر من النصف", "النصف", "الثلثين"),
  ("share", "أي 31.8% من المجموع", "31.8", "38.1"),
  ("share", "وأفاد 26 مصرفاً منها، أي 65%", "65", "56"),
  ("share", "عمولة تقارب 1.5%", "1.5", "2.5"),
  ("parts-total", "و7 في الجزائر", "7", "9"),
  ("parts-total", "ثلاثة عشر مصرفاً أوقفته كلياً", "ثلاثة عشر", "خمسة عشر"),
  ("scale-word", "قيمته 200 ألف دولار", "ألف", "مليون"),
  ("scale-word", "من 9.8 مليار دولار", "مليار", "مليون"),
  ("age", "المولود عام 1979 والبالغ", "1979", "1975"),
  ("age", "والبالغ 46 عاماً", "46", "49"),
  ("count-list", "مصرفاً عربياً في ست دول", "ست", "سبع"),
  ("period-phrase", "العقد الأخير من القرن العشرين", "العشرين", "التاسع عشر"),
  ("period-phrase", "الاتحاد السوفيتي في ديسمبر 1991", "1991", "1981"),
  ("event-second-date", "عن نظام سويفت قبل ثلاث سنوات", "ثلاث", "أربع"),
  ("event-second-date", "أو قلّصته منذ 2022", "2022", "2021"),
  ("name-variant", "ويضيف الدسوقي أن", "الدسوقي", "الدسوقى"),
 ],
 "t": [
  ("weekday", "العين السخنة، الأربعاء 8 أكتوبر 2025", "الأربعاء", "الخميس"),
  ("weekday", "يوم الخميس 21 يناير 2016", "21", "20"),
  ("percent-change", "بزيادة 20 في المائة", "20", "16.7"),
  ("share", "112 شركة صينية (70 في المائة)", "70", "75"),
  ("share", "صادرات (60 في المائة)", "60", "65"),
  ("share", "94 في المائة منها لمصريين", "94", "90"),
  ("parts-total", "- الربع الثاني 2025: 210", "210", "240"),
  ("parts-total", "و48 شركة من جنسيات أخرى", "48", "58"),
  ("parts-total", "بـ 95 مليون دولار", "95", "59"),
  ("parts-total", "منها 1.34 كيلومتر مربع للمرحلة الأولى", "1.34", "1.43"),
  ("duration", "يستمر ثلاث ساعات", "ثلاث", "أربع"),
  ("duration", "أي قبل نحو عشر سنوات", "عشر", "ثماني"),
  ("duration", "بعد سبع سنوات من توقيع الاتفاق", "سبع", "خمس"),
  ("age", "البالغ من العمر 58 عاماً", "58", "52"),
  ("age", "والمولود عام 1967", "1967", "1961"),
  ("name-variant", "وأضاف وانغ،", "وانغ", "وانج"),
  ("event-second-date", "بمرور عشر سنوات على افتتاح مرحلتها الثانية", "عشر", "تسع"),
  ("scale-word", "منذ التأسيس: 3.2 مليار دولار", "مليار", "مليون"),
  ("scale-word", "المساحة الإجمالية: 7.34 كيلومتر مربع", "كيلومتر", "متر"),
  ("order-word", "أي قبل نحو عشر سنوات", "قبل", "بعد"),
  ("count-list", "على أربعة قطاعات هي", "أربعة", "خمسة"),
 ],
 "e": [
  ("weekday", "يوم الاثنين 9 ذي الحجة 1431هـ", "الاثنين", "الأحد"),
  ("weekday", "يوم الثلاثاء 15 محرم 1440هـ", "الثلاثاء", "الأربعاء"),
  ("weekday", "يوم الأحد 30 محرم 1441هـ", "الأحد", "السبت"),
  ("period-phrase", "9 ذي الحجة 1431هـ", "1431", "1432"),
  ("period-phrase", "15 محرم 1440هـ", "محرم", "صفر"),
  ("period-phrase", "2 صفر 1440هـ", "صفر", "ربيع الأول"),
  ("period-phrase", "30 محرم 1441هـ", "1441", "1440"),
  ("period-phrase", "سنة 1318هـ/1900م", "1318", "1328"),
  ("period-phrase", "سنة 1326هـ/1908م", "1326", "1336"),
  ("period-phrase", "في صفر 1430هـ/فبراير 2009م", "صفر", "رجب"),
  ("period-phrase", "في القرن الرابع عشر الهجري", "الرابع عشر", "الثالث عشر"),
  ("period-phrase", "حتى مطلع القرن الحادي والعشرين الميلادي", "الحادي والعشرين", "العشرين"),
  ("period-phrase", "الحجاز في القرن الخامس عشر الهجري", "الخامس عشر", "الرابع عشر"),
  ("period-phrase", "في عام 1446هـ/2024م", "1446", "1444"),
  ("duration", "أي بعد ثماني سنوات", "ثماني", "عشر"),
  ("duration", "وبدأ التشغيل التجاري بعد ستة عشر يوماً", "ستة عشر", "ستة"),
  ("duration", "أي بعد عام وأربعة أيام", "وأربعة أيام", "وأربعة أشهر"),
  ("duration", "خلال الأيام الخمسة من الثامن", "الخمسة", "الأربعة"),
  ("age", "وهو يومئذ في الثانية والثمانين", "الثانية والثمانين", "السابعة والثمانين"),
  ("age", "المولود سنة 1354هـ/1935م", "1935", "1930"),
  ("average", "بمتوسط سرعة يقارب 194 كيلومتراً", "194", "214"),
  ("average", "بلغت الطاقة 72 ألف راكب", "72", "60"),
  ("average", "ويتسع القطار الواحد لثلاثة آلاف راكب", "لثلاثة آلاف", "لألفي"),
  ("percent-change", "بزيادة تقارب 19.4 في المائة", "19.4", "16.3"),
  ("parts-total", "أي 204 عربات", "204", "240"),
  ("count-list", "وله تسع محطات، ثلاث في كل", "تسع", "ثماني"),
  ("count-list", "وله خمس محطات", "خمس", "أربع"),
  ("scale-word", "بطول يقارب 1300 كيلومتر", "كيلومتر", "متر"),
  ("scale-word", "ويبلغ طول الخط 18 كيلومتراً", "كيلومتراً", "متراً"),
  ("event-second-date", "وشُغّل الخط أول مرة في حج عام 1431هـ", "1431", "1430"),
  ("order-word", "وبدأ التشغيل التجاري بعد ستة عشر يوماً", "بعد", "قبل"),
  ("order-word", "أي بعد عام وأربعة أيام من الافتتاح", "بعد", "قبل"),
 ],
 "m": [
  ("weekday", "الرباط، الاثنين 3 نونبر 2025", "الاثنين", "الثلاثاء"),
  ("weekday", "يوم السبت 31 أكتوبر 2015", "السبت", "الجمعة"),
  ("weekday", "يوم الأربعاء 11 أبريل 2018", "الأربعاء", "الخميس"),
  ("weekday", "يوم الاثنين 9 غشت 2021", "9", "10"),
  ("duration", "وبعد ستة أيام، يوم الجمعة", "ستة", "خمسة"),
  ("duration", "أي بعد سنتين وخمسة أشهر تقريباً", "سنتين", "ثلاث سنوات"),
  ("duration", "بعد نحو خمس سنوات وتسعة أشهر", "خمس", "أربع"),
  ("parts-total", "وقُتل ركابها الـ 217", "217", "271"),
  ("parts-total", "**مرسى علم**: 9 بالمائة", "9", "12"),
  ("share", "قرابة 9.6 بالمائة من مجموع", "9.6", "6.9"),
  ("share", "البالغ 15.7 مليون سائح", "15.7", "12.7"),
  ("percent-change", "بزيادة 25 بالمائة", "25", "20"),
  ("average", "أي بمعدل 14 رحلة لكل مدينة", "14", "16"),
  ("average", "أي 100 دولار لليلة الواحدة", "100", "90"),
  ("average", "نحو 1.35 مليار دولار", "1.35", "1.53"),
  ("average", "تنطلق من تسع مدن روسية", "تسع", "سبع"),
  ("scale-word", "مقابل 1.2 مليون عام 2023", "مليون", "مليار"),
  ("scale-word", "في المتوسط 900 دولار", "900 دولار", "900 ألف دولار"),
  ("age", "المولود عام 1974 والبالغ", "1974", "1971"),
  ("age", "والبالغ 51 عاماً", "51", "55"),
  ("count-list", "على خمس وجهات رئيسية", "خمس", "أربع"),
  ("acronym-url", "(CAPMAS)، \"النشرة", "CAPMAS", "CAMPAS"),
  ("acronym-url", "الروسي (ATOR)، \"أولى", "ATOR", "ATRO"),
  ("acronym-url", "https://www.capmas.gov.eg", "capmas", "capmaz"),
  ("acronym-url", "https://www.atorus.ru/news/2025", "atorus", "aturos"),
  ("url-date", "russia/2015/11/06", "06", "08"),
  ("url-date", "news/2021/08/09", "08", "09"),
  ("url-date", "tourism/2025/05/15", "15", "25"),
  ("url-date", "novosti/2025/09/01", "09", "08"),
  ("source-older", "بتعليق الرحلات إلى مصر\"، 6 نونبر 2015", "نونبر", "أكتوبر"),
  ("source-older", "إحصاءات السياحة 2024\"، 15 ماي 2025", "2025", "2024"),
  ("source-older", "إلى الغردقة وشرم الشيخ\"، 9 غشت 2021", "غشت", "يوليوز"),
  ("name-variant", "ويضيف عبد الحفيظ أن", "عبد الحفيظ", "عبدالحفيظ"),
  ("event-second-date", "حادثة سيناء في أواخر 2015", "2015", "2016"),
 ],
 "o": [
  ("weekday", "يوم الاثنين 3 تموز 2023", "الاثنين", "الثلاثاء"),
  ("duration", "أي بعد تسعة وعشرين يوماً", "تسعة وعشرين", "تسعة عشر"),
  ("duration", "وقبل خمسة عشر عاماً، في أيلول 2010", "خمسة عشر", "اثني عشر"),
  ("order-word", "ثم لحق بهما الغرافيت", "لحق بهما", "سبقهما"),
  ("order-word", "فقبلها، يوم الاثنين", "فقبلها", "فبعدها"),
  ("percent-change", "بزيادة 92.3 في المئة", "92.3", "48"),
  ("share", "تعادل أكثر من ثلث الإنتاج", "ثلث", "نصف"),
  ("share", "نحو 0.04 في المئة من العناصر النادرة", "0.04", "0.4"),
  ("average", "أي كيلوغرامين للسيارة الواحدة", "كيلوغرامين", "ثلاثة كيلوغرامات"),
  ("average", "يحتاج إلى نحو 400 طن", "400", "600"),
  ("scale-word", "من 1.3 تريليون دولار", "تريليون", "مليار"),
  ("scale-word", "نحو 9.4 تريليونات ريال", "تريليونات", "مليارات"),
  ("scale-word", "قرابة 40 مليون طن من الفوسفوجبس", "مليون", "ألف"),
  ("age", "المولود عام 1961 وهو", "1961", "1965"),
  ("age", "اليوم في الرابعة والستين", "الرابعة والستين", "التاسعة والخمسين"),
  ("count-list", "تصدير سبعة من العناصر", "سبعة", "ستة"),
  ("name-variant", "وكما تقول كوالسكي", "كوالسكي", "كوفالسكي"),
  ("name-variant", "ويلاحظ الزعبي أن", "الزعبي", "الزغبي"),
  ("name-variant", "ويرى تشانغ وموريتي", "تشانغ", "جانغ"),
  ("citation-year", "(Kowalski, 2023: 14)", "2023", "2021"),
  ("citation-year", "(Zhang & Moretti, 2024: 52)", "2024", "2023"),
  ("citation-year", "(الزعبي، 2022: 88)", "2022", "2020"),
  ("citation-year", "- Kowalski, Anna (2023)", "2023", "2024"),
  ("citation-year", "- Zhang, Lei & Moretti, Paolo (2024)", "2024", "2022"),
  ("citation-year", "(IEA, 2024: 37)", "2024", "2022"),
  ("source-older", "(KAPSARC, 2025: 9)", "2025", "2023"),
  ("source-older", "(USGS, 2025)", "2025", "2024"),
  ("source-older", "U.S. Geological Survey, 31 January 2025", "2025", "2024"),
  ("url-date", "reports/2024/05/17", "17", "07"),
  ("url-date", "research/2025/02/20", "/02/", "/03/"),
  ("url-date", "publications/2025/01/31", "2025", "2024"),
  ("acronym-url", "https://www.kapsarc.org", "kapsarc", "kapsacr"),
  ("acronym-url", "- USGS (2025). Mineral", "USGS", "USSG"),
  ("acronym-url", "https://www.iea.org", "iea.org", "aie.org"),
  ("period-phrase", "قبل منتصف ثلاثينيات هذا القرن", "هذا القرن", "القرن الماضي"),
  ("event-second-date", "في مطلع 2024، عشر سنوات", "2024", "2023"),
 ],
 "p": [
  ("weekday", "تاريخ الإيداع: الأحد 12 جانفي 2025", "الأحد", "الاثنين"),
  ("weekday", "يوم الثلاثاء 3 ديسمبر 2024", "الثلاثاء", "الأربعاء"),
  ("duration", "أي قبل ثمانية وعشرين يوماً", "ثمانية وعشرين", "ثمانية عشر"),
  ("duration", "أي منذ ثلاثة عشر عاماً", "ثلاثة عشر", "خمسة عشر"),
  ("duration", "أي بتأخر سنتين عن الموعد الأول", "سنتين", "ثلاث سنوات"),
  ("event-second-date", "المودع يوم 12 جانفي 2025", "12", "21"),
  ("parts-total", "منها 3.92 مليار دولار", "3.92", "3.29"),
  ("parts-total", "و3.08 مليار دولار مساهمة", "3.08", "3.8"),
  ("parts-total", "يلتحق بهم 150 آخرون", "150", "200"),
  ("share", "أي 40 بالمائة من المناصب الدائمة", "40", "24"),
  ("share", "أي قرابة ثلاثة أرباع الإنتاج", "ثلاثة أرباع", "نصف"),
  ("share", "على أن تعود 56 بالمائة", "56", "65"),
  ("count-list", "يمتد المشروع على أربع ولايات", "أربع", "ثلاث"),
  ("count-list", "الأسئلة الثلاثة الآتية", "الثلاثة", "الأربعة"),
  ("scale-word", "طاقة المنجم عشرة ملايين طن", "ملايين", "آلاف"),
  ("scale-word", "على مسافة تقارب 400 كيلومتر", "كيلومتر", "متر"),
  ("order-word", "أي قبل ثمانية وعشرين يوماً", "قبل", "بعد"),
  ("order-word", "بعد نحو ثلاث سنوات من التوقيع", "بعد", "قبل"),
  ("name-variant", "عبد القادر بوزيدي المحترم", "بوزيدي", "بوزيدى"),
 ],
 "g": [
  ("weekday", "اليوم الأول: الثلاثاء 18 نوفمبر 2025", "الثلاثاء", "الاثنين"),
  ("weekday", "اليوم الثالث: الخميس 20 نوفمبر 2025", "الخميس", "الجمعة"),
  ("weekday", "يوم الخميس 16 نوفمبر 2023", "16", "17"),
  ("duration", "يمتد الملتقى ثلاثة أيام", "ثلاثة", "أربعة"),
  ("duration", "أي تسعين دقيقة", "تسعين", "ستين"),
  ("duration", "أي قبل افتتاح الملتقى بأحد عشر يوماً", "بأحد عشر", "بعشرة"),
  ("duration", "الرحلة نحو ساعتين ذهاباً", "ساعتين", "ثلاث ساعات"),
  ("duration", "11:00 - 12:30 الجلسة الخامسة", "12:30", "13:30"),
  ("count-list", "ويضم ست جلسات علمية", "ست", "سبع"),
  ("count-list", "من سبع دول هي", "سبع", "ثماني"),
  ("percent-change", "أي أقل بنسبة 44.2 في المائة", "44.2", "79.3"),
  ("percent-change", "أي أكثر من ضعف قدرة الظفرة", "ضعف", "ثلاثة أضعاف"),
  ("parts-total", "القدرة المجمعة للمحطتين: 3177 ميغاواط", "3177", "3277"),
  ("parts-total", "- المجموع: 4100 ميغاواط", "4100", "4300"),
  ("parts-total", "و20 في المائة لإي دي إف", "20", "25"),
  ("share", "تُخفّض بنسبة 40 في المائة للطلبة", "40", "30"),
  ("scale-word", "بتعرفة 2.42 سنت", "سنت", "دولار"),
  ("scale-word", "قدرة 1177 ميغاواط", "ميغاواط", "كيلوواط"),
  ("order-word", "أي قبل افتتاح الملتقى", "قبل", "بعد"),
  ("order-word", "افتُتحت يوم الخميس 16 نوفمبر 2023، أي قبل عامين", "قبل", "بعد"),
 ],
}
NAMES = {"a": "faw", "r": "mir", "t": "teda", "e": "rail", "m": "tourism", "o": "rare", "p": "apn", "g": "solar"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 19, benchmarks/heldout18/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer, editor or translator would, and names",
           "  the kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout18/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad, kinds, per = 0, [], Counter(), Counter()
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
    for b in bad:
        print("BAD", b)
    assert not bad
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants;", dict(per))
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c}")


if __name__ == "__main__":
    main()
