"""Writes plants.yml (the recipe format of benchmarks/planted/plants.yml) from the list below.

Session 12's set, written by the lead (who knows the engine's rules: out of sample for them, since
no rule was changed from these texts before their baseline, but NOT blind). The report's plants are
written with Western digits and converted («.» between digits becomes «٫»). Run:
    python benchmarks/lead12/make_plants.py
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
    "clean/wire_russia_india_oil.txt": ("plain", "i"),
    "clean/report_china_gcc_trade.txt": ("plain", "g"),
    "clean/history_sino_russian_border.txt": ("plain", "h"),
    "clean/academic_caspian_pipeline.txt": ("pdf-text", "c"),
    "clean/markdown_russia_turkey.md": ("markdown", "t"),
}
P = {  # prefix: [(kind, anchor, before, after)]
 "i": [
  ("weekday", "موسكو، الثلاثاء 14 أكتوبر", "الثلاثاء", "الأربعاء"),
  ("weekday", "يوم السبت 11 أكتوبر 2025", "السبت", "الأحد"),
  ("percent-change", "أي بارتفاع نسبته 20 في المئة", "20", "25"),
  ("average", "نحو 54 مليون برميل شهرياً", "54", "45"),
  ("scale-word", "بلغت 1.8 مليون برميل يومياً في الربع", "مليون", "مليار"),
  ("age", "والبالغ من العمر 54 عاماً", "54", "58"),
  ("age", "المولود عام 1971", "1971", "1967"),
  ("share", "نحو 40 في المئة من إجمالي", "40", "45"),
  ("count-list", "بين ثلاث شركات هندية", "ثلاث", "أربع"),
  ("share", "أي نصف الواردات الهندية", "نصف", "ثلث"),
  ("scale-word", "على 900 ألف برميل يومياً", "ألف", "مليون"),
  ("parts-total", "منها 5.1 تريليون روبل", "5.1", "5.4"),
  ("parts-total", "و1.5 تريليون روبل من الغاز", "1.5", "1.2"),
  ("parts-total", "بتراجع قدره 12 دولاراً", "12", "15"),
  ("percent-change", "بنسبة 10 في المئة العام المقبل", "10", "15"),
  ("order-word", "ويأتي الإعلان بعد ثلاثة أيام", "بعد", "قبل"),
  ("duration", "بعد ثلاثة أيام من اجتماع", "ثلاثة", "خمسة"),
  ("duration", "أي قبل ربع قرن من", "ربع قرن", "عقدين"),
  ("duration", "بعد عشر سنوات من الإعلان", "عشر", "خمس"),
  ("order-word", "بعد عشر سنوات من الإعلان", "بعد", "قبل"),
  ("share", "قرابة 37.5 في المئة منها", "37.5", "35.7"),
  ("name-variant", "وأكد جايسوال أن", "جايسوال", "جيسوال"),
  ("name-variant", "وأضاف نوفاك أن", "نوفاك", "نوفك"),
  ("event-second-date", "توقيع إعلان الشراكة عام 2000", "2000", "2001"),
 ],
 "g": [
  ("period-phrase", "جمادى الأولى 1446هـ", "1446", "1445"),
  ("percent-change", "أي بتراجع نسبته 5.4%", "5.4", "4.5"),
  ("average", "بمعدل 816 مليون دولار يومياً", "816", "916"),
  ("parts-total", "والإمارات 95 ملياراً", "95", "59"),
  ("parts-total", "وقطر 33 ملياراً", "33", "38"),
  ("parts-total", "معاً على 202 مليار", "202", "212"),
  ("share", "أي قرابة 68% من", "68", "72"),
  ("share", "ما يعادل 32% من", "32", "23"),
  ("parts-total", "بزيادة قدرها 0.9 مليون طن", "0.9", "1.9"),
  ("scale-word", "إلى 16.6 مليون طن", "مليون", "مليار"),
  ("duration", "أي قبل عشر سنوات من نهاية", "عشر", "سبع"),
  ("weekday", "يوم الجمعة 9 كانون الأول", "الجمعة", "الخميس"),
  ("duration", "أي لمدة خمس سنوات", "خمس", "أربع"),
  ("count-list", "أربعة مجالات ذات أولوية", "أربعة", "خمسة"),
  ("share", "أي نحو 122 مليار دولار", "122", "142"),
  ("name-variant", "وأضاف المطيري أن", "المطيري", "المطري"),
  ("event-second-date", "التي تلت إطلاقها عام 2013", "2013", "2015"),
 ],
 "h": [
  ("duration", "وبعد نحو 169 عاماً", "169", "196"),
  ("period-phrase", "أي في أواخر القرن السابع عشر", "السابع عشر", "الثامن عشر"),
  ("scale-word", "قرابة مليون كيلومتر مربع", "مليون", "مليار"),
  ("weekday", "في يوم الأحد الثاني من مارس", "الأحد", "السبت"),
  ("period-phrase", "13 ذو الحجة 1388هـ", "1388", "1389"),
  ("duration", "أكثر من ستة أشهر", "ستة", "تسعة"),
  ("weekday", "مطار بكين يوم الخميس 11 سبتمبر", "الخميس", "الجمعة"),
  ("age", "في الحادية والسبعين من عمره", "الحادية والسبعين", "الرابعة والستين"),
  ("age", "تشو إن لاي، المولود عام 1898", "1898", "1908"),
  ("period-phrase", "(25 ربيع الآخر 1422هـ)", "الآخر", "الأول"),
  ("count-list", "وشملت التسوية ثلاث جزر", "ثلاث", "أربع"),
  ("share", "أي قرابة نصف مساحة", "نصف", "ثلث"),
  ("parts-total", "بالباقي، أي 163 كيلومتراً", "163", "136"),
  ("duration", "أي بعد نحو أربع سنوات من", "أربع", "ست"),
  ("order-word", "أي بعد نحو أربع سنوات من", "بعد", "قبل"),
  ("duration", "و39 عاماً بعد اشتباكات", "39", "29"),
  ("event-second-date", "الموقعة عام 2001 على", "2001", "2002"),
  ("name-variant", "وقال كوسيغين لاحقاً", "كوسيغين", "كوسيجين"),
 ],
 "c": [
  ("history-order", "تاريخ القبول: 20 يونيو 2024", "يونيو", "أبريل"),
  ("history-order", "تاريخ المراجعة: 3 مايو 2024", "مايو", "يناير"),
  ("bilingual", "carried about 63.5 million tonnes", "63.5", "65.3"),
  ("bilingual", "and 7.4 million tonnes from Russian", "7.4", "4.7"),
  ("bilingual", "for about 80% of its oil exports", "80", "85"),
  ("bilingual", "between 2001 and 2023. It finds", "2001", "2002"),
  ("parts-total", "منها 56.1 مليون طن", "56.1", "65.1"),
  ("share", "في قرابة 80% من صادراتها", "80", "70"),
  ("scale-word", "نحو 63.5 مليون طن من النفط، منها", "مليون", "مليار"),
  ("duration", "أي بعد عامين ونصف من بدء", "عامين", "أربعة أعوام"),
  ("parts-total", "وتملك روسيا 31% من أسهم", "31", "24"),
  ("citation-year", "(Nurmagambetov, 2019: 88)", "2019", "2018"),
  ("source-older", "بعد خمسة أيام (Kassymova, 2022)", "2022", "2020"),
  ("url-date", "بيان الاتحاد بتاريخ 11 يوليو 2022", "11", "14"),
  ("acronym-url", "بحر قزوين (CPC) في صادرات", "CPC", "KPC"),
  ("count-list", "ثلاثة مسارات بديلة", "ثلاثة", "أربعة"),
 ],
 "t": [
  ("weekday", "في يوم الثلاثاء 24 تشرين الثاني 2015", "الثلاثاء", "الخميس"),
  ("percent-change", "أي بانخفاض يقارب 76 في المئة", "76", "67"),
  ("scale-word", "من 3.6 مليون عام 2015", "مليون", "مليار"),
  ("duration", "بعد أقل من تسعة أشهر على", "تسعة", "سبعة"),
  ("order-word", "أي بعد أقل من تسعة أشهر", "بعد", "قبل"),
  ("weekday", "يوم الأربعاء 8 كانون الثاني 2020", "الأربعاء", "الاثنين"),
  ("age", "بوتين، المولود عام 1952", "1952", "1958"),
  ("age", "كان يومها في الخامسة والستين", "الخامسة والستين", "الثامنة والخمسين"),
  ("parts-total", "طاقة كل منهما 15.75 مليار", "15.75", "17.5"),
  ("average", "نحو 86 مليون متر مكعب يومياً", "86", "68"),
  ("duration", "أي بعد نحو عامين من التوقيع", "عامين", "ثلاثة أعوام"),
  ("duration", "وبعد خمسة أيام فقط", "خمسة", "عشرة"),
  ("share", "أي 1.125 مليار دولار", "1.125", "1.25"),
  ("share", "دفعت أنقرة 45 في المئة منها", "45", "55"),
  ("parts-total", "أي 4800 ميغاواط في المجموع", "4800", "4200"),
  ("average", "نحو 4.2 مليون دولار", "4.2", "5.2"),
  ("percent-change", "تضاعف أكثر من مرتين في", "مرتين", "ثلاث مرات"),
  ("period-phrase", "مطلع العقد الثالث من القرن الحادي والعشرين", "الثالث", "الثاني"),
  ("name-variant", "ويرى أردوغان أن", "أردوغان", "إردوغان"),
 ],
}
NAMES = {"i": "india", "g": "gcc", "h": "border", "c": "caspian", "t": "turkey"}


def main() -> None:
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = ["description: >",
           "  Planted faults of session 12 (benchmarks/lead12/README.md), written by the lead: each plant",
           "  changes one phrase of a clean text written for this set. Out of sample for the rules (none was",
           "  written from these texts before the baseline), not blind. Files are clean/<name>.",
           "texts:"]
    out += [f"  {f}: {form}" for f, (form, _) in TEXTS.items()]
    out.append("plants:")
    n, bad, kinds = 0, [], Counter()
    for f, (form, pre) in TEXTS.items():
        raw = (HERE / f).read_text(encoding="utf-8")
        out.append(f"# ---------------------------------------------------------------- {f}")
        for i, (kind, anchor, before, after) in enumerate(P[pre], 1):
            if pre == "g":
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
