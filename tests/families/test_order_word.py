"""Family: order-word -- an order word contradicted by the dates it orders.

Generated from a grammar of how Arabic orders two dated events (no benchmark text); each case has
a CORRECT version (the dates run the way the order word says: no order-word finding) and a FAULTY
version (one year changed so that they run the other way: a finding expected), inside
self-written paragraphs with distractors (dated sentences the order word does not govern).

How Arabic orders two dated events
----------------------------------
* the order word: a preposition before a verbal noun («بعد توقيع …»، «قبل انعقاد …»، «عقب»،
  «إثر»، «في أعقاب»، «قبيل»، «بُعيد»، «منذ»), a conjunction or adverb between two clauses («ثم»،
  «لاحقاً»), a verb with an anaphor («سبق ذلك …»، «تلا ذلك …»), an anaphor with a lapse, in the next
  sentence («وبعد ذلك بعامين»، «وقبل ذلك بثلاثة أشهر»), or a relative year («وفي العام التالي»);
* the order word's clause before or after the clause it places (word order), with «و»/«ف»;
* the dates: day month year («12 آذار 2019»، «12 مارس 2019»), month year («آذار/مارس 2019»), a year
  («عام 2019»، «في 2019»), Eastern digits («عام ٢٠١٩»);
* press style (a verb first, the date last) and academic style (the date first, «في عام …»);
* English: "after"/"following" + verbal noun, "before" + gerund, "Then …", "Before that, …" opening
  the next sentence.

Known gaps (measured, not asserted away): bare «إثر» (in the wake of) folds to «أثر» (effect) in
the normalised text and is not read as an order word («على إثر»، «في إثر» are); «منذ A حتى B» is a
range, not an order word's pair.

FAULTY: the date of one end moved (a year earlier or later) so that the pair runs against the
order word (or, with a stated lapse, off by more than a year).

CORRECT (zero findings): the same paragraphs with agreeing dates; an order word about another
pair of events than the dated ones; «قبل عام من X» where the dates agree; reported speech
(«قال إنه سيزور … بعد …»); a future plan («ستُعقد القمة المقبلة بعد …»).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather
from tahqiq.review.planted import FAULT_KINDS

checks.load_all()
KINDS = set(FAULT_KINDS["order-word"][1])
SEED = 5

MONTHS = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
          "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"]
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def date(kind: str, y: int, m: int, d: int) -> str:
    if kind == "dmy":
        return f"{d} {MONTHS[m - 1]} {y}"
    if kind == "my":
        return f"{MONTHS[m - 1]} {y}"
    if kind == "east":
        return f"عام {str(y).translate(EAST)}"
    return f"عام {y}"


# templates: {a} is the EARLIER date, {b} the LATER one (in the correct version)
TEMPLATES = {
    "بعد+verbal noun": "وافتتح الطرفان المصنع المشترك في {b}، بعد توقيع اتفاقية الاستثمار في {a}.",
    "بعد fronted": "وبعد توقيع اتفاقية الاستثمار في {a}، افتتح الطرفان المصنع المشترك في {b}.",
    "قبل+verbal noun": "ووقّع البلدان اتفاقية الاستثمار في {a}، قبل افتتاح المصنع المشترك في {b}.",
    "عقب": "وافتتح الطرفان المصنع المشترك في {b} عقب توقيع اتفاقية الاستثمار في {a}.",
    "إثر": "وجُمّدت المفاوضات في {b} إثر اندلاع الأزمة الحدودية في {a}.",
    "في أعقاب": "وعُقدت القمة الثانية في {b}، في أعقاب انهيار الهدنة في {a}.",
    "قبيل": "ووقّع البلدان اتفاقية الاستثمار في {a}، قبيل افتتاح المصنع المشترك في {b}.",
    "بُعيد": "وأُعلن عن المشروع في {b}، بُعيد زيارة الوفد التجاري في {a}.",
    "ثم": "ووقّع البلدان اتفاقية الاستثمار في {a}، ثم افتتحا المصنع المشترك في {b}.",
    "لاحقاً": "ووقّع البلدان اتفاقية الاستثمار في {a}، وافتتحا لاحقاً المصنع المشترك في {b}.",
    "سبق ذلك": "وافتتح الطرفان المصنع المشترك في {b}. وقد سبق ذلك توقيع اتفاقية الاستثمار في {a}.",
    "تلا ذلك": "ووقّع البلدان اتفاقية الاستثمار في {a}. وتلا ذلك افتتاح المصنع المشترك في {b}.",
    "منذ": "ولم يزر الوزير العاصمة منذ توقيع الاتفاقية في {a}، حتى زيارته الأخيرة في {b}.",
}
DATE_KINDS = ["dmy", "my", "year", "east"]
DISTRACTORS = [
    "وكان البرلمان قد صادق على الموازنة العامة في عام 2015.",
    "ويعمل في المنطقة الصناعية نحو ثلاثة آلاف عامل.",
    "وتأسست الغرفة التجارية المشتركة عام 1998 في العاصمة.",
]


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for name, tpl in TEMPLATES.items():
        for dk in DATE_KINDS:
            y = rng.randrange(2003, 2019)
            m1, m2, d1, d2 = rng.randrange(1, 7), rng.randrange(7, 13), rng.randrange(1, 28), rng.randrange(1, 28)
            a, b = date(dk, y, m1, d1), date(dk, y + 2, m2, d2)
            bad_b = date(dk, y - 2, m2, d2)
            d = rng.sample(DISTRACTORS, 2)
            para = "يشهد التعاون الاقتصادي بين البلدين نموا مطردا. " + d[0] + " {s} " + d[1]
            out.append((f"{name}|{dk}", para.format(s=tpl.format(a=a, b=b)), para.format(s=tpl.format(a=a, b=bad_b))))
    return out


LAPSE = [  # a stated lapse across two sentences: (template, lapse in years, sign)
    ("ووقّع البلدان اتفاقية الاستثمار عام {a}. وبعد ذلك بعامين، افتتحا المصنع المشترك عام {b}.", 2),
    ("وافتتح الطرفان المصنع المشترك عام {b}. وقبل ذلك بعامين، وقّعا اتفاقية الاستثمار عام {a}.", 2),
    ("ووقّع البلدان اتفاقية الاستثمار عام {a}. وفي العام التالي، أي عام {b}، افتتحا المصنع المشترك.", 1),
    ("ووقّع البلدان اتفاقية الاستثمار عام {a}، وبعد ثلاث سنوات، في عام {b}، افتتحا المصنع المشترك.", 3),
]


ENGLISH = [  # the engine reads English too: {a} earlier, {b} later
    "The two countries opened the joint plant in {b}, after signing the investment agreement in {a}.",
    "The two countries signed the investment agreement in {a}. Then they opened the joint plant in {b}.",
    "The joint plant opened in {b}. Before that, the two countries signed the investment agreement in {a}.",
    "The joint plant opened in {b}, following the signing of the investment agreement in {a}.",
    "The two countries signed the investment agreement in {a}, before opening the joint plant in {b}.",
]
EN_MONTHS = ["January", "March", "May", "July", "September", "November"]


def english_cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED + 2)
    out = []
    for i, tpl in enumerate(ENGLISH):
        for dk in ("dmy", "my", "year"):
            y, m1, m2, d = rng.randrange(2003, 2019), rng.randrange(0, 3), rng.randrange(3, 6), rng.randrange(1, 28)
            f = {"dmy": lambda yy, mm: f"{d} {EN_MONTHS[mm]} {yy}", "my": lambda yy, mm: f"{EN_MONTHS[mm]} {yy}",
                 "year": lambda yy, mm: f"{yy}"}[dk]
            para = "Trade between the two countries grew steadily. The parliament approved the budget in 2015. {s}"
            out.append((f"en{i}|{dk}", para.format(s=tpl.format(a=f(y, m1), b=f(y + 2, m2))),
                        para.format(s=tpl.format(a=f(y, m1), b=f(y - 2, m2)))))
    return out


def lapse_cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for i, (tpl, k) in enumerate(LAPSE):
        y = rng.randrange(2003, 2019)
        out.append((f"lapse{i}", tpl.format(a=y, b=y + k), tpl.format(a=y, b=y - k)))
    return out


def correct_only() -> list[tuple[str, str]]:
    return [
        ("another pair", "وقّع البلدان اتفاقية الاستثمار عام 2016. وبعد انتخابات عام 2012 تغيرت الحكومة، "
                         "وافتتح المصنع المشترك عام 2018."),
        ("قبل عام من", "وافتتح المصنع المشترك عام 2018، أي قبل عام من انعقاد القمة الثالثة عام 2019."),
        ("reported speech", "وقال الوزير في آذار 2021 إنه سيزور العاصمة بعد انتهاء الانتخابات."),
        ("future plan", "ومن المقرر أن تُعقد القمة المقبلة عام 2026، بعد استكمال المشروع."),
        ("since ago", "ولم يزر الوزير العاصمة منذ عامين، وكانت زيارته الأخيرة في عام 2019."),
    ]


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


CASES = cases() + lapse_cases() + english_cases()


def test_family_size():
    assert len(CASES) == len(TEMPLATES) * len(DATE_KINDS) + len(LAPSE) + 3 * len(ENGLISH) == 71
    assert all(c[1] != c[2] for c in CASES)


@pytest.mark.parametrize("cid, text", [(c[0], c[1]) for c in CASES] + correct_only())
def test_correct_versions_have_no_finding(cid, text):
    assert _found(text) == [], cid


RECALL_FLOOR = 0.85  # measured 63/71: «منذ … حتى» (a range) and bare «إثر» are not read


def test_faulty_versions_recall():
    missed = [c[0] for c in CASES if not _found(c[2])]
    recall = 1 - len(missed) / len(CASES)
    print(f"order-word family recall {recall:.2f} ({len(CASES) - len(missed)}/{len(CASES)}); missed: {missed}")
    assert recall >= RECALL_FLOOR, missed
