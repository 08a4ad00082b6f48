"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer or editor might get wrong, chosen by reading the text (no
detector was read or run when they were written). Plants of the Eastern-digit news text are written
here with Western digits and converted («.» between digits becomes «٫»). The script checks that
every anchor occurs once in its text and holds its ``before`` once. Run:
    python benchmarks/heldout5/make_plants.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")


def east(s: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "٫", s).translate(TO_EAST)


TEXTS = {
    "clean/news_raskhair_port.txt": ("plain", "n"),
    "clean/economy_shamal_exports.txt": ("plain", "e"),
    "clean/history_ain_alkhan.txt": ("plain", "h"),
    "clean/academic_sahl_transport.txt": ("pdf-text", "a"),
    "clean/markdown_sahel_league.md": ("markdown", "m"),
    "clean/web_ward_treaty.txt": ("web-endnotes", "w"),
    "clean/essay_drought_migration.txt": ("plain", "s"),
    "clean/statement_rabia_hospital.txt": ("plain", "t"),
    "clean/biography_suleiman_zein.txt": ("plain", "b"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "n": [
  ("order-word", "بعد عامين من بدء الأعمال", "بعد", "قبل"),
  ("order-word", "قبل أن يبدأ تعافيه مع تحديث الأرصفة عام 2003", "2003", "1993"),
  ("name-variant", "وأضاف الخطيب أن", "الخطيب", "الخطيبي"),
  ("name-variant", "وأضافت الدباغ أن", "الدباغ", "الصباغ"),
  ("scale-word", "بكلفة 350 مليون دينار", "مليون", "مليار"),
  ("scale-word", "مجتمعةً 15 مليون حاوية", "مليون", "مليار"),
  ("scale-word", "بطول 600 متر", "متر", "كيلومتر"),
  ("parts-total", "منها 900 سفينة حاويات", "900", "950"),
  ("parts-total", "والثالثة 80 مليوناً", "80", "90"),
  ("parts-total", "منهم 1800 في العمليات", "1800", "1600"),
  ("period-phrase", "في تسعينيات القرن الماضي تراجعاً", "تسعينيات", "ثمانينيات"),
  ("share", "بلغت 8%، إذ تداولت", "8%", "6%"),
  ("percent-change", "أي بزيادة نسبتها 20%", "20%", "25%"),
  ("percent-change", "أي بارتفاع نسبته 20%", "20%", "15%"),
  ("percent-change", "إلى 27 ساعة، أي بنسبة 25%", "25%", "30%"),
  ("average", "شهرياً بلغ 100 ألف حاوية", "100", "120"),
  ("average", "أي 12500 دينار للمتدرب", "12500", "15000"),
  ("duration", "أي بعد ست سنوات من انطلاق المشروع", "ست", "خمس"),
  ("duration", "أي بعد ثماني سنوات من أسوأ أعوامه", "ثماني", "عشر"),
  ("duration", "تستمر أربعة أشهر", "أربعة", "ستة"),
  ("count-list", "يتألف من ثلاث مراحل", "ثلاث", "أربع"),
 ],
 "e": [
  ("name-variant", "وأضاف العبدالله أن", "العبدالله", "العبد الله"),
  ("scale-word", "نحو 64 ألف عامل", "ألف", "مليون"),
  ("scale-word", "5.12 مليون دولار للشركة", "مليون", "مليار"),
  ("scale-word", "بنحو 150 مليون دولار", "مليون", "مليار"),
  ("parts-total", "تلاه الربع الثالث بـ1.6 مليار", "1.6", "1.7"),
  ("parts-total", "وسلع أخرى بـ1.12 مليار دولار", "1.12", "1.22"),
  ("parts-total", "منها 800 شركة صغيرة", "800", "850"),
  ("share", "بـ1.6 مليار دولار (25%)", "25%", "20%"),
  ("share", "تمثل 37.5% من الإجمالي", "37.5%", "35%"),
  ("share", "ما يجعل حصة الإقليم منها 6%", "6%", "8%"),
  ("share", "بـ12 مليار دولار، نحو 20%", "20%", "25%"),
  ("share", "بـ1.12 مليار دولار (17.5%)", "17.5%", "15%"),
  ("percent-change", "أي بنمو نسبته 28%", "28%", "22%"),
  ("percent-change", "إلى 8.1 مليار دولار، أي بنسبة 10%", "10%", "12%"),
  ("percent-change", "بنسبة 60% عن 2023", "60%", "40%"),
  ("percent-change", "بنمو يقارب 9%", "9%", "19%"),
  ("average", "نحو 533 مليون دولار", "533", "583"),
  ("average", "يبلغ 5.12 مليون دولار", "5.12", "5.6"),
  ("average", "يقابله 100 ألف دولار", "100", "120"),
  ("duration", "خلال تسع سنوات", "تسع", "سبع"),
  ("count-list", "على أربع مجموعات رئيسية", "أربع", "خمس"),
  ("parts-total", "فانخفض العجز التجاري إلى 1.7 مليار دولار", "1.7", "1.9"),
 ],
 "h": [
  ("order-word", "أي بعد 281 عاماً من سقوط نينوى", "بعد", "قبل"),
  ("order-word", "أي بعد ثلاثمئة واثنين وثلاثين عاماً", "بعد", "قبل"),
  ("scale-word", "نحو 14,000 نسمة بحسب", "14,000 نسمة", "14 مليون نسمة"),
  ("event-second-date", "سقوط نينوى عام 612 قبل الميلاد", "612", "614"),
  ("event-second-date", "معركة غوغميلا عام 331 قبل الميلاد", "331", "333"),
  ("event-second-date", "أورليان عام 272 للميلاد", "272", "274"),
  ("event-second-date", "لبغداد سنة 656هـ/1258م", "1258م", "1256م"),
  ("event-second-date", "سنة 941هـ/1534م", "1534م", "1538م"),
  ("period-phrase", "وفي ستينيات القرن التاسع عشر", "ستينيات", "سبعينيات"),
  ("period-phrase", "وفي سبعينيات القرن العشرين", "سبعينيات", "ستينيات"),
  ("period-phrase", "أواخر القرن الثاني الهجري/الثامن الميلادي", "الثامن", "التاسع"),
  ("duration", "أي بعد 281 عاماً", "281", "218"),
  ("duration", "ثلاثمئة واثنين وثلاثين عاماً", "وثلاثين", "وعشرين"),
  ("percent-change", "عام 2011، أي أربعة أضعاف", "أربعة", "ثلاثة"),
  ("parts-total", "منهم 1,800 من أبناء المحافظة", "1,800", "2,600"),
 ],
 "a": [
  ("history-order", "- Received: 3 Feb. 2024", "Feb.", "May"),
  ("history-order", "- Revised: 21 Apr. 2024", "Apr.", "Jan."),
  ("history-order", "- Accepted: 9 Jun. 2024", "Jun.", "Mar."),
  ("history-order", "- Received: 3 Feb. 2024", "2024", "2025"),
  ("history-order", "- Accepted: 9 Jun. 2024", "2024", "2023"),
  ("history-order", "- Revised: 21 Apr. 2024", "Apr.", "Jul."),
  ("bilingual", "launched by Al-Sahl University in 2020", "2020", "2019"),
  ("bilingual", "The sample covered 600 students", "600", "500"),
  ("bilingual", "360 women and 240 men", "360", "340"),
  ("bilingual", "fell from 12% to 9%", "9%", "8%"),
  ("bilingual", "a reduction of 25%", "25%", "30%"),
  ("bilingual", "fell from 75 to 45 minutes", "45", "40"),
  ("bilingual", "Vol. 11, No. 3, September 2024", "No. 3", "No. 2"),
  ("bilingual", "A Case Study of Al-Sahl University", "Al-Sahl", "Zarqa"),
  ("order-word", "بعد عامين من تجربة محدودة", "بعد", "قبل"),
  ("event-second-date", "الذي أطلقته جامعة السهل عام 2020", "2020", "2021"),
  ("event-second-date", "برنامج \"الحافلة الجامعية\" في أيلول 2020", "2020", "2019"),
  ("event-second-date", "من إطلاق البرنامج عام 2020", "2020", "2021"),
  ("parts-total", "والشرقي (11 حافلة)", "11", "13"),
  ("parts-total", "ومن 20 إلى 40 كيلومتراً (135 طالباً)", "135", "145"),
  ("parts-total", "منهم 360 طالبة و240 طالباً", "360", "380"),
  ("share", "أي 37.5% من الكلفة", "37.5%", "35%"),
  ("share", "أي 30% و45% و25% على التوالي", "45%", "40%"),
  ("percent-change", "من 12% إلى 9%، أي بنسبة 25%", "25%", "3%"),
  ("percent-change", "فارتفع بنسبة 56.25%", "56.25%", "36.25%"),
  ("average", "أي بمعدل 12 حافلة للخط الواحد", "12", "14"),
  ("duration", "بعد أربع سنوات من إطلاق البرنامج", "أربع", "خمس"),
  ("count-list", "تعمل على أربعة خطوط", "أربعة", "خمسة"),
  ("count-list", "على ثلاث فئات حسب المسافة", "ثلاث", "أربع"),
  ("name-variant", "بحسب ما توقعته كابلان", "كابلان", "كابلن"),
  ("source-older", "تقرير النقل الجامعي 2023، الزرقاء، 2024، ص 11", "2024", "2022"),
  ("source-older", "تقرير النقل الجامعي، الزرقاء، 2019، ص 7", "2019", "2017"),
  ("source-older", "السنوي 2021/2022، عمّان، 2022، ص 54", "2022، ص", "2020، ص"),
  ("citation-year", "Princeton, 2009, p 169", "2009", "2008"),
  ("citation-year", "No. 2, 2017, pp 88-104", "2017", "2018"),
  ("citation-year", "Vol. 6, No. 2, 2017.", "2017", "2016"),
  ("citation-year", "- جامعة السهل، دائرة الخدمات الطلابية، تقرير النقل الجامعي 2023، الزرقاء، 2024.", "2024", "2023"),
 ],
 "m": [
  ("order-word", "بعد عامين من إطلاق دوري الشباب", "بعد", "قبل"),
  ("order-word", "أي بعد ثماني سنوات من التوسعة الأولى", "بعد", "قبل"),
  ("name-variant", "وقال الراشد بعد", "الراشد", "الرشيد"),
  ("name-variant", "وأضافت الحسيني أن", "الحسيني", "الحسني"),
  ("scale-word", "وحضر المباريات 1.2 مليون متفرج", "مليون", "مليار"),
  ("scale-word", "خصصت لذلك 4 ملايين ريال", "ملايين", "مليارات"),
  ("parts-total", "الرعاية: 9 ملايين ريال", "9", "8"),
  ("parts-total", "والاتحاد (7 ألقاب)", "7", "8"),
  ("parts-total", "منها 2.5 مليون ريال للملاعب", "2.5", "2"),
  ("period-phrase", "إلى أربعينيات القرن العشرين", "أربعينيات", "ثلاثينيات"),
  ("period-phrase", "في ثمانينيات القرن العشرين، وافتُتح", "ثمانينيات", "سبعينيات"),
  ("share", "18 مليون ريال (60%)", "60%", "65%"),
  ("share", "3 ملايين ريال (10%)", "10%", "15%"),
  ("percent-change", "أي بزيادة 25%", "25%", "20%"),
  ("average", "بمعدل 2.6 هدف", "2.6", "2.8"),
  ("average", "بمتوسط 5 آلاف متفرج", "5", "6"),
  ("average", "أي 562,500 ريال لكل نادٍ", "562,500", "652,500"),
  ("duration", "أي بعد ثماني سنوات", "ثماني", "ست"),
  ("duration", "بعد عامين من إطلاق", "عامين", "ثلاثة أعوام"),
  ("count-list", "على ثلاثة مصادر", "ثلاثة", "أربعة"),
  ("count-list", "تناوبت على اللقب أربعة أندية فقط", "أربعة", "خمسة"),
  ("source-older", "دار الموج، 2012، ص 77", "2012", "1998"),
  ("source-older", "لموسم 2024/2025، حزيران 2025", "حزيران 2025", "حزيران 2024"),
  ("source-older", "العدد 212، تشرين الأول 2021", "2021", "2020"),
  ("duration", "في خريف 2000 بثمانية أندية", "2000", "2001"),
 ],
 "w": [
  ("order-word", "بعد عامين من دخول المعاهدة", "بعد", "قبل"),
  ("name-variant", "وأضاف فان دايك أن", "دايك", "دييك"),
  ("scale-word", "بسعة تخزينية تبلغ 500 مليون متر مكعب", "مليون", "مليار"),
  ("scale-word", "بكلفة 900 مليون دولار", "مليون", "مليار"),
  ("parts-total", "ستة من كل بلد", "ستة", "سبعة"),
  ("share", "أي 1.44 مليار متر مكعب", "1.44", "1.2"),
  ("share", "أي 960 مليون متر مكعب", "960", "900"),
  ("share", "أي 495 مليون دولار", "495", "450"),
  ("percent-change", "أي بنسبة 25% عن المتوسط", "25%", "20%"),
  ("percent-change", "عام 2022، أي بنسبة 40%", "40%", "30%"),
  ("duration", "لمدة خمسة عشر عاماً", "خمسة عشر", "عشرة"),
  ("duration", "أي بعد أربع سنوات من بدء الأعمال", "أربع", "ثلاث"),
  ("duration", "معاهدة نهر الورد بعد خمس سنوات", "خمس", "ست"),
  ("count-list", "على ثلاثة ملفات", "ثلاثة", "أربعة"),
  ("event-second-date", "في 14 مايو 2019", "2019", "2018"),
  ("url-date", "May 15, 2019", "May", "March"),
  ("url-date", "20 فبراير 2020، https", "فبراير", "مارس"),
  ("url-date", "7 June 2023", "June", "July"),
  ("url-date", "28 مارس 2022، https", "28", "18"),
  ("url-date", "30 أبريل 2024، https", "2024", "2025"),
  ("url-date", "publications/2023/06/ward", "06", "09"),
  ("source-older", "Middle East Water Monitor, May 15, 2019", "2019", "2018"),
  ("source-older", "جريدة الشط، 28 مارس 2022", "2022", "2021"),
  ("acronym-url", "هيئة حوض نهر الورد (WRBA)", "WRBA", "WRB"),
  ("acronym-url", "(الإسكوا - ESCWA)", "ESCWA", "ESWA"),
  ("acronym-url", "https://www.wrba.org/ar/", "wrba", "wrbo"),
  ("acronym-url", "https://www.wrba.org/reports/", "wrba", "rwba"),
  ("acronym-url", "https://www.unescwa.org/", "unescwa", "unesco"),
 ],
 "s": [
  ("order-word", "حتى بعد عودة الأمطار عام 2010", "2010", "2006"),
  ("name-variant", "ويؤكد ميتشل أن", "ميتشل", "ميتشيل"),
  ("name-variant", "يقدّر الحسن عدد", "الحسن", "الحسين"),
  ("scale-word", "بكلفة 18 مليون دولار", "مليون", "مليار"),
  ("parts-total", "منها 5,000 أسرة", "5,000", "5,500"),
  ("share", "قالت 280 أسرة، أي 70%", "70%", "75%"),
  ("share", "أي 30%، عادت", "30%", "25%"),
  ("percent-change", "إلى 300 ملم، أي بنسبة 40%", "40%", "60%"),
  ("average", "أي 3,000 دولار للمزارع", "3,000", "3,500"),
  ("duration", "استمرت ثلاث سنوات متتالية", "ثلاث", "أربع"),
  ("duration", "من 10% إلى 35%، أي أنها تضاعفت ثلاث مرات ونصف خلال عشر سنوات", "عشر", "ثماني"),
  ("source-older", "(وزارة الزراعة، 2015: 19)", "2015", "2011"),
  ("source-older", "(الحسن، 2018: 61)", "2018", "2009"),
  ("citation-year", "(Mitchell, 2016: 12)", "2016", "2015"),
  ("citation-year", "(Mitchell, 2016: 88)", "2016", "2017"),
  ("citation-year", "(عمران وسلوم، 2021: 33)", "2021", "2020"),
  ("citation-year", "(مديرية الزراعة، 2020: 8)", "2020", "2019"),
  ("citation-year", "- الحسن، سمير (2018).", "2018", "2019"),
  ("citation-year", "(الحسن، 2018: 45)", "2018", "2016"),
 ],
 "t": [
  ("order-word", "بعد أكثر من ثلاث سنوات من بدء الأعمال", "بعد", "قبل"),
  ("order-word", "عام 1997، أي قبل ثمانية", "قبل", "بعد"),
  ("scale-word", "قدرها 45 مليون دينار", "مليون", "مليار"),
  ("scale-word", "بكلفة 9 ملايين دينار", "ملايين", "مليارات"),
  ("parts-total", "80 سريراً للإقامة", "80", "70"),
  ("parts-total", "منهم 90 طبيباً", "90", "100"),
  ("parts-total", "موّلت الحكومة منها 30 مليون دينار", "30", "25"),
  ("share", "أي ثلث الكلفة", "ثلث", "ربع"),
  ("share", "أي ما يزيد قليلاً على 21%", "21%", "25%"),
  ("percent-change", "أي بنسبة 62.5%", "62.5%", "50%"),
  ("average", "أي بمعدل 1,250 مريضاً شهرياً", "1,250", "1,500"),
  ("duration", "ومدتها 18 شهراً", "18", "12"),
  ("duration", "قبل ثمانية وعشرين عاماً", "وعشرين", "عشر"),
  ("duration", "أكثر من ثلاث سنوات", "ثلاث", "أربع"),
  ("count-list", "كما يضم خمسة أقسام هي", "خمسة", "ستة"),
 ],
 "b": [
  ("order-word", "وكان قد أصدر قبل تخرجه بعام", "قبل", "بعد"),
  ("order-word", "ديوانه الأشهر \"الجسر المكسور\" (1968)", "1968", "1966"),
  ("order-word", "وفي العام التالي، 1978", "1978", "1976"),
  ("order-word", "وبعد عامين من وفاته", "وبعد", "وقبل"),
  ("name-variant", "وقال الزين عن تلك المرحلة", "الزين", "الزيني"),
  ("name-variant", "توفي سليمان الزين", "سليمان", "سلمان"),
  ("period-phrase", "وفي تسعينيات القرن العشرين", "تسعينيات", "ثمانينيات"),
  ("duration", "بعد أربع سنوات من الدراسة", "أربع", "خمس"),
  ("duration", "مدرساً في إربد ثماني سنوات", "ثماني", "سبع"),
  ("duration", "وقضى فيها سبع سنوات", "سبع", "ست"),
  ("duration", "وبقي في المنصب ست سنوات", "ست", "خمس"),
  ("duration", "وهو في السابعة عشرة", "السابعة عشرة", "التاسعة عشرة"),
  ("duration", "وكان في السابعة والخمسين من عمره", "السابعة", "الخامسة"),
  ("duration", "عن ثلاثة وسبعين عاماً", "ثلاثة", "خمسة"),
  ("count-list", "إلى أربع لغات هي", "أربع", "خمس"),
  ("event-second-date", "تحتفل البلدة في 12 نيسان من كل عام", "12", "21"),
  ("event-second-date", "اندلعت صباح الاثنين 5 حزيران 1967", "1967", "1966"),
  ("duration", "الذكرى التسعين لميلاده", "التسعين", "الثمانين"),
 ],
}
NAMES = {"n": "raskhair", "e": "shamal", "h": "alkhan", "a": "sahl", "m": "sahel", "w": "ward", "s": "drought", "t": "rabia", "b": "zein"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 5, benchmarks/heldout5/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer or editor would, and names the",
           "  kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout5/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad = 0, []
    for f, (form, pre) in TEXTS.items():
        raw = (HERE / f).read_text(encoding="utf-8")
        out.append(f"# ---------------------------------------------------------------- {f}")
        for i, (kind, anchor, before, after) in enumerate(P[pre], 1):
            if pre == "n":
                anchor, before, after = (east(x) for x in (anchor, before, after))
            if raw.count(anchor) != 1 or anchor.count(before) != 1:
                bad.append((f, i, anchor, raw.count(anchor), anchor.count(before)))
            out.append(f"- {{id: {NAMES[pre]}-{i:02d}, file: {f}, kind: {kind}, anchor: {q(anchor)}, before: {q(before)}, after: {q(after)}}}")
            n += 1
    for b in bad:
        print("BAD", b)
    assert not bad
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants")


if __name__ == "__main__":
    main()
