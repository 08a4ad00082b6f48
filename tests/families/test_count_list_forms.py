"""Family: count-list, more forms of the announced count (read from the misses of heldout6, so
in-sample for it; these generated cases are synthetic and vary every word).

The grammar generated below (seeded, deterministic); each case has a CORRECT version (as many items
as announced: no finding) and a FAULTY one (the count changed by one: a finding):

  * proclitic on the number word: a preposition or conjunction written onto the cardinal,
    «بأربع لغات هي العربية والفرنسية …»، «لثلاث دول هي …»، «وخمس مدن هي …»، «كأربعة أحزاب هي …»,
    in a sentence where the cardinal is the object of a preposition;
  * a complete list closed by a comma and followed by a clause about a subset of something else
    («موزعة على خمس قاعات هي: أ وب وج ود وه، منها 1,250 قطعة في القاعة الأولى وحدها»): the «منها»
    after the closed list does not make the list partial;
  * a colon before a serial list of verbal-noun phrases, each item after the first opened by «، و»
    and long (up to 14 words, figures and number words inside): «اعتمد البرنامج على ثلاث أدوات
    رئيسية: تقليص عدد المواد من أربع عشرة مادة إلى تسع مواد، وإدخال …، وربط …».

  * a count split over the two directions or banks of a thing: «ويضم ستة مسارات، ثلاثة في كل اتجاه»،
    «مسارين في كل اتجاه» (the dual of the noun as the share), «في كلا الاتجاهين»، «على كل ضفة»،
    "four lanes, two in each direction", "on either side": the count is twice the share.

NOT faults (negatives, with distractors):
  * a compound number whose second part carries «و» («مئة وثلاث دول هي …» is 103, not 3);
  * an example list after the proclitic count («بأربع لغات، منها العربية والفرنسية»);
  * an example word inside the list («خمس قاعات هي: أ وب، ومنها ج») — partial;
  * a colon list whose second part opens a clause («ثلاث أدوات رئيسية: تقليص …، وقد أدى ذلك …»);
  * a share «في كل جانب» (a building has four sides), a share with «منها» («ثلاثة منها في كل اتجاه»).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import EASTERN, findings, report, score

SEED = 23
FAULT = "count-list"

WORDS_F = {2: "اثنتين", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع"}
WORDS_M = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة"}
# (noun, feminine-counted, items)
NOUNS = [
    ("لغات", True, ["العربية", "الإنجليزية", "الفرنسية", "الإسبانية", "الألمانية", "التركية", "الفارسية"]),
    ("لغات ولهجات", True, ["العربية", "الأمازيغية", "الدارجة", "الفرنسية", "الحسانية", "الإنجليزية"]),
    ("قاعات", True, ["الفينيقية", "الرومانية", "البيزنطية", "الإسلامية", "العثمانية", "الحديثة"]),
    ("دول", True, ["مصر", "الأردن", "تونس", "المغرب", "الجزائر", "السودان", "ليبيا"]),
    ("مدن", True, ["صفاقس", "سوسة", "نابل", "بنزرت", "قابس", "المهدية"]),
    ("أقسام", False, ["التحضير", "النسيج", "التجهيز", "الصباغة", "التعبئة", "الجودة"]),
    ("مجالات", False, ["الصحة", "التعليم", "النقل", "الطاقة", "الزراعة", "الإسكان"]),
]
# the sentence holding the count after a preposition that writes onto it
PROCLITIC = [
    ("وأصدر المجمع معجماً يضم {k} مصطلح {p}{c} {noun} هي {items}.", "ب"),
    ("وبثت الوزارة رسائل التوعية {p}{c} {noun} هي {items}.", "ب"),
    ("وخصصت الهيئة منحاً {p}{c} {noun} هي: {items}.", "ل"),
    ("وترجم الكتاب إلى لغتين ثم {p}{c} {noun} أخرى، وهي {items}.", "ل"),
    ("وزار الوفد {k} موقعاً {p}{c} {noun} هي {items}.", "في "),
    ("وانضمت إلى البرنامج مؤسسات من {k} بلداً {p}{c} {noun} هي {items}.", "و"),
]
DISTRACTORS = [
    "وبلغت الكلفة {k} ألف دينار، منها {j} ألف دينار للتجهيزات.",
    "وقال المدير إن البرنامج سيتوسع في العام المقبل.",
    "وتطرق التقرير إلى قضايا مثل الطاقة والمياه والنقل.",
    "وشارك في الحفل {k} مدعواً من بينهم وزراء وسفراء.",
]


def _digits(rng, x: int) -> str:
    s = f"{x:,}" if x >= 1000 and rng.random() < 0.5 else str(x)
    return s.translate(EASTERN) if rng.random() < 0.3 else s


def _join(rng, items: list[str]) -> str:
    style = rng.choice(["and", "comma", "comma_and"])
    if style == "and":
        return " و".join(items)
    if style == "comma":
        return "، ".join(items[:-1]) + " و" + items[-1]
    return "، و".join(items)


def _num(n: int, fem: bool) -> str:
    return (WORDS_F if fem else WORDS_M)[n]


def _para(rng, sentence: str) -> str:
    d = rng.sample(DISTRACTORS, 2)
    k, j = rng.randrange(20, 900), rng.randrange(2, 19)
    return " ".join([d[0].format(k=_digits(rng, k), j=j), sentence, d[1].format(k=_digits(rng, k), j=j)])


def proclitic(rng):
    noun, fem, pool = rng.choice(NOUNS)
    frame, p = rng.choice(PROCLITIC)
    n = rng.randrange(3, 6)
    items = rng.sample(pool, n)
    k = _digits(rng, rng.randrange(40, 6000))
    joined = _join(rng, items)
    seed = rng.random()

    def make(c):
        return _para(random.Random(seed), frame.format(k=k, p=p, c=_num(c, fem), noun=noun, items=joined))
    return make(n), make(n + (1 if n == 3 else rng.choice([-1, 1])))


def closed_subset(rng):
    noun, fem, pool = rng.choice([x for x in NOUNS if x[0] != "لغات ولهجات"])
    n = rng.randrange(3, 6)
    items = rng.sample(pool, n)
    total, part = rng.randrange(1200, 9000), rng.randrange(100, 900)
    thing = rng.choice([("قطعة", "القاعة"), ("زائر", "الموقع"), ("عامل", "القسم"), ("مشروع", "المحافظة")])
    lead = rng.choice(["ويضم المتحف نحو {t} {a} موزعة على {c} {noun} هي: {items}، منها {q} {a} في {b} الأولى وحدها.",
                       "وتتوزع {t} {a} على {c} {noun} هي {items}، من بينها {q} {a} في {b} الكبرى.",
                       "وشمل المسح {t} {a} في {c} {noun}، وهي {items}، منها {q} {a} في {b} الرئيسية."])
    joined = _join(rng, items)
    seed = rng.random()
    t, q = _digits(rng, total), _digits(rng, part)

    def make(c):
        return _para(random.Random(seed), lead.format(t=t, a=thing[0], b=thing[1], c=_num(c, fem), noun=noun,
                                                      items=joined, q=q))
    return make(n), make(n + (1 if n == 3 else rng.choice([-1, 1])))


PHRASES = [
    "تقليص عدد المواد الدراسية من أربع عشرة مادة إلى تسع مواد",
    "إدخال التقويم المستمر بنسبة {p}% من العلامة النهائية",
    "ربط الترفيع الوظيفي للمعلمين بالتدريب",
    "توسيع شبكة النقل العام لتشمل {k} خطاً جديداً في الضواحي الشمالية",
    "خفض الرسوم الجمركية على المواد الأولية المستوردة",
    "إنشاء صندوق لدعم المؤسسات الصغيرة برأسمال قدره {k} مليون دينار",
    "تدريب المعلمين الجدد مدة عام كامل قبل تعيينهم",
    "رقمنة خدمات البلدية في المدن الكبرى",
]
HEADS = [("اعتمد البرنامج على {c} أدوات رئيسية", False), ("تضمنت الخطة {c} إجراءات", False),
         ("قامت الإصلاحات على {c} ركائز", True), ("اقترحت اللجنة {c} تدابير عاجلة", False)]


def colon_serial(rng):
    head, fem = rng.choice(HEADS)
    n = rng.randrange(3, 5)
    ph = [x.format(p=rng.randrange(20, 60), k=rng.randrange(3, 90)) for x in rng.sample(PHRASES, n)]
    body = "، و".join(ph)
    tail = rng.choice(["", " (الزعبي، 2019: 41)", " (وزارة التربية، ٢٠٢٣)"])
    seed = rng.random()

    def make(c):
        return _para(random.Random(seed), "و" + head.format(c=_num(c, fem)) + ": " + body + tail + ".")
    return make(n), make(n + 1)


EACH_NOUNS = [("مسارات", "مسارين", False, "lanes"), ("جسور", "جسرين", False, "bridges"), ("أبراج", "برجين", False, "towers"),
              ("محطات", "محطتين", True, "stations"), ("بوابات", "بوابتين", True, "gates")]
EACH_WORDS_M = {1: "واحد", 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 8: "ثمانية", 10: "عشرة", 12: "اثنا عشر"}
EACH_WORDS_F = {1: "واحدة", 2: "اثنتان", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 8: "ثماني", 10: "عشر", 12: "اثنتا عشرة"}
EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve"}


def each_side(rng):
    noun, dual, fem, en = rng.choice(EACH_NOUNS)
    per = rng.choice([2, 3, 4, 5])
    where = rng.choice(["في كل اتجاه", "في كلا الاتجاهين", "على كل ضفة", "في كل من الاتجاهين"])
    verb = rng.choice(["ويضم الجسر", "ويشمل الطريق", "وتضم الخطة", "وأنشئت"])
    words = EACH_WORDS_F if fem else EACH_WORDS_M
    english = rng.random() < 0.25
    share = dual if per == 2 and rng.random() < 0.5 else rng.choice([words[per], str(per)])
    seed = rng.random()
    wrong = 2 * per + rng.choice([-2, 2]) if per > 2 else 2 * per + 2

    def make(total):
        if english:
            return _para(random.Random(seed), f"The bridge has {EN[total]} {en}, {EN[per]} in each direction.")
        t = words[total] if rng.random() < 0.7 else str(total).translate(EASTERN)
        return _para(random.Random(seed), f"{verb} {t} {noun}، {share} {where}، فضلاً عن ممرين للمشاة.")
    state = rng.getstate()
    good = make(2 * per)
    rng.setstate(state)
    return good, make(wrong)


FAMILIES = {f.__name__: f for f in (proclitic, closed_subset, colon_serial, each_side)}
PER_FAMILY = 14


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    return [(name, *make(rng)) for name, make in FAMILIES.items() for _ in range(PER_FAMILY)]


def not_faults() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for _ in range(PER_FAMILY):
        noun, fem, pool = rng.choice(NOUNS[2:5])
        items = rng.sample(pool, 3)
        # «مئة وثلاث دول»: a compound number, 103 (the list gives examples of them)
        out.append(("compound", f"وشاركت مئة {'و' + _num(3, fem)} {noun} هي {_join(rng, items)}."))
        out.append(("compound_digits", f"وبلغ عدد المشاركين ٢٠ و{_num(3, fem)} {noun} هي {_join(rng, items)}."))
        out.append(("proclitic_examples", f"وصدرت النشرة {'ب' + _num(5, fem)} {noun}، منها {_join(rng, items)}."))
        out.append(("example_inside", f"وتتوزع القطع على {_num(5, fem)} {noun} هي: {items[0]} و{items[1]}، ومنها {items[2]}."))
        ph = rng.sample(PHRASES, 2)
        out.append(("clause_after_colon", f"واعتمد البرنامج على {_num(3, False)} أدوات رئيسية: "
                                          f"{ph[0].format(p=40, k=12)}، وقد أدى ذلك إلى {ph[1].format(p=40, k=12)}."))
    for _ in range(PER_FAMILY // 2):
        noun, dual, fem, en = rng.choice(EACH_NOUNS)
        words = EACH_WORDS_F if fem else EACH_WORDS_M
        out.append(("four sides", f"وتضم القاعة {words[8]} {noun}، {words[2]} في كل جانب."))
        out.append(("share of them", f"ويضم الجسر {words[6]} {noun}، {words[2]} منها في كل اتجاه."))
        out.append(("every direction", f"وامتدت الشبكة {words[10]} كيلومترات في كل اتجاه من المركز."))
    return out


@pytest.fixture(scope="module")
def results():
    return score(FAULT, cases())


def test_zero_findings_on_correct_versions(results):
    alarms = {fam: r["alarms"][:2] for fam, r in results.items() if r["fa"]}
    assert not alarms, alarms


def test_zero_findings_on_not_faults():
    texts = not_faults()
    got = findings(FAULT, [t for _, t in texts])
    bad = [(fam, t, [f.message for f in g]) for (fam, t), g in zip(texts, got) if g]
    assert not bad, bad[:3]


@pytest.mark.parametrize("family", list(FAMILIES))
def test_recall_on_faulty_versions(results, family):
    r = results[family]
    assert r["caught"] == r["n"], (report(results), r["missed"][:2])


if __name__ == "__main__":
    texts = not_faults()
    for (fam, t), g in zip(texts, findings(FAULT, [t for _, t in texts])):
        if g:
            print("NOT-FAULT FA", fam, t, [f.message for f in g])
    res = score(FAULT, cases())
    print(report(res))
    for fam, r in res.items():
        for m in r["missed"][:2]:
            print("MISS", fam, m)
        for a in r["alarms"][:2]:
            print("FA", fam, a)
