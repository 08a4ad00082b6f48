"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Each plant is one phrase a writer might get wrong, chosen by reading the text (no detector was
read or run when they were written). Plants of the Eastern-digit news text are written here with
Western digits and converted. Run: python benchmarks/heldout3/make_plants.py
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
TO_EAST = str.maketrans("0123456789%", "٠١٢٣٤٥٦٧٨٩٪")
TEXTS = {
    "clean/news_sindian_olive.txt": ("plain", "n"),
    "clean/economy_nada_dairy.txt": ("plain", "e"),
    "clean/history_tell_rumman.txt": ("plain", "h"),
    "clean/academic_mafraq_solar.txt": ("pdf-text", "a"),
    "clean/markdown_nakheel_crafts.md": ("markdown", "m"),
    "clean/web_marsa_desal.txt": ("web-endnotes", "w"),
    "clean/essay_reading_students.txt": ("plain", "s"),
    "clean/statement_twinning.txt": ("plain", "t"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "n": [
  ("order-word", "انطلق لأول مرة عام 2019", "2019", "2016"),
  ("duration", "ويستمر لمدة أربعة أيام", "أربعة", "ثلاثة"),
  ("parts-total", "منهم 85 مزارعاً", "85", "80"),
  ("count-list", "قدموا من ثلاث قرى", "ثلاث", "أربع"),
  ("count-list", "أربعة أنشطة رئيسية", "أربعة", "خمسة"),
  ("percent-change", "أي بزيادة نسبتها 20%", "20%", "30%"),
  ("share", "أي 25% منه", "25%", "30%"),
  ("scale-word", "تقارب 12 مليون دينار", "مليون", "مليار"),
  ("average", "في المتوسط 300 طن", "300", "350"),
  ("period-phrase", "ستينيات القرن الماضي", "ستينيات", "خمسينيات"),
  ("event-second-date", "منذ تأسيسها عام 2017", "2017", "2015"),
  ("name-variant", "وعد المهندس خالد العمري", "العمري", "العامري"),
  ("order-word", "قبل عامين من انضمام البلدية", "قبل", "بعد"),
  ("percent-change", "في الدورة السابقة، أي بزيادة 25%", "25%", "20%"),
  ("duration", "برنامجاً تدريبياً لمدة ثلاثة أشهر", "ثلاثة", "أربعة"),
 ],
 "e": [
  ("percent-change", "بنمو نسبته 20%", "20%", "12%"),
  ("percent-change", "أي بزيادة 26%", "26%", "36%"),
  ("share", "الألبان بإيرادات 2.4 مليار ريال تمثل 50%", "50%", "55%"),
  ("parts-total", "والعصائر بـ1.44 مليار ريال", "1.44", "1.64"),
  ("parts-total", "تلاه الربع الثالث بـ1.2 مليار", "1.2", "1.3"),
  ("share", "أي 60% من مبيعاتها", "60%", "40%"),
  ("share", "حصة المجموعة منه تبلغ 15%", "15%", "25%"),
  ("parts-total", "منهم 7,500 في المصانع", "7,500", "8,500"),
  ("average", "لكل موظف 400 ألف ريال", "400", "300"),
  ("average", "بمعدل 600 مليون ريال سنوياً", "600", "500"),
  ("order-word", "من وضع حجر أساسه في مارس 2023", "2023", "2025"),
  ("duration", "أي بعد عشر سنوات من تأسيسها", "عشر", "ثماني"),
  ("duration", "مدتها ثلاث سنوات (2025-2027)", "ثلاث", "خمس"),
  ("scale-word", "900 مليون طن", "مليون", "مليار"),
  ("scale-word", "لكل موظف 400 ألف ريال", "ألف", "مليون"),
  ("name-variant", "وأضاف فهد السبيعي", "السبيعي", "الصبيعي"),
 ],
 "h": [
  ("period-phrase", "وفي ثلاثينيات القرن التاسع عشر", "ثلاثينيات", "عشرينيات"),
  ("period-phrase", "في سبعينيات القرن العشرين", "سبعينيات", "ستينيات"),
  ("period-phrase", "الهجري/الرابع عشر الميلادي", "الرابع عشر", "الثالث عشر"),
  ("duration", "قرابة أربعة قرون", "أربعة", "ثلاثة"),
  ("duration", "أي بعد ثماني سنوات", "ثماني", "ست"),
  ("order-word", "ووصل إلى المدينة المنورة عام 1908", "1908", "1898"),
  ("order-word", "تراجان عام 106 للميلاد", "للميلاد", "قبل الميلاد"),
  ("scale-word", "نحو 9,000 نسمة", "9,000 نسمة", "9 ملايين نسمة"),
  ("name-variant", "من حملة بومبيوس", "بومبيوس", "بومبي"),
  ("count-list", "ثلاثة معالم أثرية", "ثلاثة", "أربعة"),
 ],
 "a": [
  ("history-order", "- Accepted: 18 Apr. 2024", "Apr.", "Feb."),
  ("history-order", "- Revised: 2 Mar. 2024", "2024", "2023"),
  ("history-order", "- Received: 14 Jan. 2024", "2024", "2025"),
  ("bilingual", "launched by the Ministry of Energy in 2019", "2019", "2018"),
  ("bilingual", "a reduction of 35%", "35%", "53%"),
  ("bilingual", "240 that installed solar systems", "240", "260"),
  ("bilingual", "A Field Study in Mafraq Governorate", "Mafraq", "Irbid"),
  ("share", "في محافظة المفرق، أي 30%", "30%", "20%"),
  ("percent-change", "أي بنسبة 35%", "35%", "45%"),
  ("percent-change", "أي بنسبة 8% تقريباً", "8%", "18%"),
  ("average", "أي 168 ديناراً", "168", "186"),
  ("parts-total", "(108 أسر)", "108", "118"),
  ("share", "أي 40% و45% و15%", "45%", "40%"),
  ("source-older", "التقرير السنوي 2023، عمّان، 2024، ص 27", "2024", "2022"),
  ("source-older", "دار ورد، عمّان، 2020، ص 33", "2020", "2016"),
  ("citation-year", "- الخوالدة، سامي، الطاقة المتجددة في الريف الأردني، دار ورد، عمّان، 2020.", "2020", "2021"),
  ("citation-year", "Princeton, 2009, p 227", "2009", "2008"),
  ("citation-year", "No. 4, 2018, pp 301-315", "2018", "2019"),
  ("name-variant", "ما لاحظه فيبر", "فيبر", "ويبر"),
  ("event-second-date", "بعد أربع سنوات من إطلاق البرنامج عام 2019", "2019", "2020"),
  ("event-second-date", "برنامج \"شمس الريف\" في أيلول 2019", "2019", "2018"),
  ("duration", "أي على مدى ثلاثة أشهر", "ثلاثة", "أربعة"),
  ("count-list", "أربع بلدات هي", "أربع", "خمس"),
  ("count-list", "ثلاث فئات", "ثلاث", "أربع"),
  ("order-word", "تجربة أولية في قريتين عام 2017", "2017", "2020"),
 ],
 "m": [
  ("parts-total", "منهم 75 في الفخار", "75", "85"),
  ("percent-change", "أي بزيادة 20%", "20%", "25%"),
  ("average", "بمتوسط 3 آلاف ريال", "3", "4"),
  ("share", "نصيب الفخار منها 40%", "40%", "30%"),
  ("duration", "على مدى سبعة أيام", "سبعة", "ستة"),
  ("period-phrase", "إلى القرن السابع عشر على الأقل", "السابع عشر", "الثامن عشر"),
  ("period-phrase", "تراجعت في ثمانينيات القرن العشرين", "ثمانينيات", "سبعينيات"),
  ("count-list", "أربعة أنشطة رئيسية", "أربعة", "خمسة"),
  ("order-word", "في عام 2019، بعد خمس سنوات من انطلاقه", "بعد", "قبل"),
  ("event-second-date", "في ربيع 2014", "2014", "2013"),
  ("source-older", "العدد 41، 2015، ص 18", "2015", "2012"),
  ("source-older", "الطبعة الأولى، 2019، ص 112", "2019", "2017"),
  ("name-variant", "وقال مارتينيث", "مارتينيث", "مارتينيز"),
  ("name-variant", "تديره مريم البلوشي", "البلوشي", "البلوشية"),
 ],
 "w": [
  ("order-word", "في فبراير 2021", "2021", "2020"),
  ("duration", "أي بعد ثلاثة أشهر من توقيع العقد", "ثلاثة", "خمسة"),
  ("percent-change", "أي بزيادة 67%", "67%", "40%"),
  ("parts-total", "380 مليوناً للأولى", "380", "400"),
  ("share", "نحو 40% من الطلب اليومي", "40%", "25%"),
  ("average", "يقارب 208 لترات", "208", "280"),
  ("percent-change", "أي بنسبة 70%", "70%", "30%"),
  ("scale-word", "بطاقة 150 ألف متر مكعب", "ألف", "مليون"),
  ("scale-word", "كلفة المرحلتين 620 مليون دولار", "مليون", "مليار"),
  ("url-date", "بيان صحفي، 12 مارس 2023", "12 مارس", "21 مارس"),
  ("url-date", "November 18, 2020", "18", "28"),
  ("url-date", "صحيفة الساحل، 15 يونيو 2025", "يونيو", "يوليو"),
  ("url-date", "30 أبريل 2025، https://www.swc-water.com/reports/2025/04", "أبريل", "مايو"),
  ("source-older", "15 يونيو 2025، https://www.alsahel", "2025", "2024"),
  ("source-older", "التقرير السنوي 2024، 30 أبريل 2025", "2025", "2023"),
  ("acronym-url", "شركة مياه الساحل (SWC)", "SWC", "SCW"),
  ("acronym-url", "(WRA)", "WRA", "WSRA"),
  ("name-variant", "وأكدت نورة الكعبي", "نورة", "نورا"),
  ("count-list", "ثلاثة مشاريع", "ثلاثة", "أربعة"),
  ("period-phrase", "منذ تسعينيات القرن الماضي", "تسعينيات", "ثمانينيات"),
  ("event-second-date", "وفي 12 مارس 2023 أعلنت", "2023", "2022"),
  ("event-second-date", "في نوفمبر 2020 عقد", "2020", "2019"),
 ],
 "s": [
  ("citation-year", "(الزعبي، 2019: 52)", "2019", "2018"),
  ("citation-year", "(الزعبي، 2019: 61)", "2019", "2017"),
  ("citation-year", "(Baron, 2015: 210)", "2015", "2016"),
  ("citation-year", "(العمري والخطيب، 2021: 90)", "2021", "2020"),
  ("source-older", "(العمري والخطيب، 2021: 88)", "2021", "2019"),
  ("source-older", "(وزارة الثقافة، 2023: 14)", "2023", "2022"),
  ("citation-year", "- الزعبي، أحمد (2019).", "2019", "2016"),
  ("order-word", "وبعد ثلاث سنوات", "وبعد", "وقبل"),
  ("percent-change", "أي بزيادة 75%", "75%", "30%"),
  ("parts-total", "منهم 900 طالبة", "900", "1,000"),
  ("share", "أي 500 طالب", "500", "300"),
  ("share", "أن ثلث الطلبة فقط", "ثلث", "ربع"),
  ("name-variant", "ويرى الزعبي أن", "الزعبي", "الزغبي"),
  ("event-second-date", "نفذته وزارة الثقافة في أيار 2023", "2023", "2022"),
  ("event-second-date", "بين مسوح 2017", "2017", "2018"),
 ],
 "t": [
  ("order-word", "بعد عام من توقيع مذكرة التفاهم", "بعد", "قبل"),
  ("order-word", "صادق عليها مجلس الوزراء في 20 حزيران/يونيو 2023", "2023", "2021"),
  ("duration", "لمدة خمس سنوات", "خمس", "أربع"),
  ("duration", "ومدتها ستة أشهر", "ستة", "خمسة"),
  ("parts-total", "منها 1.5 مليون يورو", "1.5", "1.2"),
  ("share", "ويُخصص 40% من التمويل", "40%", "25%"),
  ("percent-change", "أي بنسبة 15%", "15%", "30%"),
  ("average", "أي بمعدل 50 كيلوواط", "50", "60"),
  ("count-list", "ثلاثة مجالات للتعاون", "ثلاثة", "أربعة"),
  ("scale-word", "للاتفاقية 2.5 مليون يورو", "مليون", "مليار"),
  ("scale-word", "تبلغ 600 كيلوواط", "كيلوواط", "ميغاواط"),
 ],
}
NAMES = {"n": "sindian", "e": "nada", "h": "rumman", "a": "mafraq", "m": "nakheel", "w": "marsa", "s": "reading", "t": "twinning"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Blind planted faults (session 3, benchmarks/heldout3/README.md): each plant changes one phrase of",
           "  a clean text written for this set, the way a careless writer or editor would, and names the",
           "  kind of fault it makes. Files are clean/<name>, resolved against --clean benchmarks/heldout3/clean.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n = 0
    for f, (form, pre) in TEXTS.items():
        out.append(f"# ---------------------------------------------------------------- {f}")
        for i, (kind, anchor, before, after) in enumerate(P[pre], 1):
            if pre == "n":
                anchor, before, after = (x.translate(TO_EAST) for x in (anchor, before, after))
            out.append(f"- {{id: {NAMES[pre]}-{i:02d}, file: {f}, kind: {kind}, anchor: {q(anchor)}, before: {q(before)}, after: {q(after)}}}")
            n += 1
    (HERE / "plants.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(n, "plants")


if __name__ == "__main__":
    main()
