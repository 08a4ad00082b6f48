"""Family of constructions: a share whose whole is named by a noun, not printed next to it.

Grammar (each form below is generated from it: a CORRECT text raises nothing, a FAULTY one must raise
``arithmetic-share-whole``; near misses that must raise nothing are generated too):

* **the whole counts the part's own noun** -- «سجل V هدفاً، أي نحو P% من أهداف ناديه»، «استقطب الجناح V
  عارضاً، أي P% من مجموع العارضين»: after «من» (and «مجموع/إجمالي») the plural of the very noun the part
  counts; the whole is a figure counting it, stated before the part (in its paragraph; anywhere before
  it after «مجموع/إجمالي»). A whole the text never states («4% من أهداف الدوري» when only the team's goals
  are printed) is left alone: a candidate must be within a factor of 1.5 of the whole the share implies.
* **the sample of a survey** -- «قلّص V فلاحاً مساحاتهم، أي P% من العينة»: the whole is the size of the
  sample stated earlier in the text («استمارة شملت T فلاحاً»), usually in another section.
* **a whole named by its noun in an earlier paragraph** -- «بتكلفة إجمالية بلغت T. ¶ موّلت الحكومة V من
  تكلفة المشروع، أي P% منها»: the part names the whole's noun after «من», the share points back with
  «منها/منه»; the whole is a figure before which that noun stands, anywhere before (a news story states
  the total in its lead). A scale word slipped on either side («180 مليار» for «180 مليون») makes the share
  fail by a factor of a thousand, and is found here too.
* **a whole of both genders** -- «تضم الجامعة T طالب وطالبة … وتشكل الطالبات P% من المجموع، أي V
  طالبة»: the whole counts «طالب وطالبة», its part one gender (the masculine alone does not include a
  feminine count stated beside it: «1000 طالب و800 طالبة»).
* **the share of a qualified group** -- «T عارضاً، منهم … وV عارضاً دولياً … ¶ وقال المدير إن نسبة العارضين
  الدوليين بلغت P%»: «نسبة» + the group's noun + its qualifier, no «من N»; the part is the figure of that
  noun with the qualifier after it, the whole a larger figure of the noun without it. (Not yet: a qualifier
  in a broken plural, «الطلاب الأجانب» of «طالب أجنبي».)
* **a breakdown whose items drop the noun** -- «T طالب، يتوزعون كما يأتي: إدارة الأعمال V1 طالباً (P1%)،
  والهندسة V2 (P2%)، والحقوق V3 (P3%)»: every item after the first counts the first one's noun (even
  a number that looks like a year, «والعلوم الصحية 2016 (16%)»).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

KINDS = {"arithmetic-share-whole"}
SEED = 41


def n(x, east: bool) -> str:
    s = f"{x:g}"
    return s.translate(EAST) if east else s


DISTRACT = ["ويبلغ معدل التضخم السنوي 4%، وفق البنك المركزي.", "وتقع المدينة على بعد 30 كيلومتراً من العاصمة."]
# (counted noun sing. accusative, its plural after «من», whole, part)
OWN = [("هدفاً", "أهداف ناديه", 68, 19), ("عارضاً", "مجموع العارضين", 640, 120), ("طالباً", "طلاب الكلية", 400, 90),
       ("مشروعاً", "إجمالي المشاريع", 250, 60), ("موظفاً", "موظفي الشركة", 1200, 300)]


def _own_noun(rng):
    for k, (noun, plural, whole, part) in enumerate(OWN):
        east = k % 2 == 1
        p = round(part / whole * 100)
        para = "\n\n" if "مجموع" in plural or "إجمالي" in plural else " "
        for P, ok in ((p, True), (p + 7, False)):
            yield "own_noun", ok, (f"وسجل الفريق هذا الموسم {n(whole, east)} {noun}.{para}وتصدر القائمة {n(part, east)} {noun}، "
                                   f"أي نحو {n(P, east)}% من {plural}.")
    # a whole the text never states: left alone
    yield "own_noun", True, "وسجل لاعبو الشروق 68 هدفاً. وتصدر المهاجم الهدافين بتسعة عشر هدفاً، أي نحو 4% من أهداف الدوري."
    yield "own_noun", True, "ويضم المصنع 1200 موظف. وتوظف الشركة الأم 300 موظف، أي 2% من موظفي القطاع."


def _sample(rng):
    for k, (whole, part, noun) in enumerate(((360, 234, "فلاحاً"), (400, 280, "أسرة"), (1200, 300, "مستجوباً"))):
        east = k % 2 == 0
        p = round(part / whole * 100)
        for P, ok in ((p, True), (p + 6, False)):
            yield "sample", ok, (f"اعتمدت الدراسة على استمارة شملت {n(whole, east)} {noun} في 12 جماعة.\n\n3. النتائج\n"
                                 f"صرّح {n(part, east)} {noun} بتراجع مداخيلهم، أي {n(P, east)}% من العينة.")


def _named_earlier(rng):
    nouns = [("بتكلفة إجمالية بلغت", "من تكلفة المشروع", "منها"), ("بميزانية قدرها", "من ميزانية البرنامج", "منها"),
             ("باستثمارات بلغت", "من استثمارات المجمع", "منها")]
    for k, (lead, of, ana) in enumerate(nouns):
        east = k % 2 == 1
        for whole_scale, part, P, ok in (("مليون", 72, 40, True), ("مليون", 72, 45, False), ("مليار", 72, 40, False)):
            yield "named_earlier", ok, (f"افتتحت المحطة {lead} {n(180, east)} {whole_scale} دينار.\n\nوقال المدير إن الحكومة "
                                        f"موّلت {n(part, east)} مليون دينار {of}، أي {n(P, east)} بالمائة {ana}، فيما "
                                        f"تحمل الشركاء الباقي.")
    # the part's noun names a whole the text never states: nothing to check
    yield "named_earlier", True, ("افتتحت المحطة بتكلفة إجمالية بلغت 180 مليون دينار.\n\nوموّلت الحكومة 72 مليون دينار "
                                  "من قرض البنك الدولي، أي 60 بالمائة منه.")


def _both_genders(rng):
    for k, (m, f, whole, part) in enumerate((("طالب", "طالبة", 12600, 7308), ("لاعب", "لاعبة", 300, 120),
                                            ("متطوع", "متطوعة", 800, 440))):
        east = k % 2 == 1
        p = round(part / whole * 100)
        for P, ok in ((p, True), (p - 6, False)):
            yield "both_genders", ok, (f"تضم المؤسسة اليوم {n(whole, east)} {m} و{f}، يعملون في ست إدارات. وتشكل النساء "
                                       f"{n(P, east)} في المئة من المجموع، أي {n(part, east)} {f}.")
    # a masculine count with a feminine count beside it: the feminine is no part of the masculine
    yield "both_genders", True, ("تضم الجامعة 1000 طالب و800 طالبة. وتشكل الطالبات 44 في المئة من المجموع، أي 800 "
                                 "طالبة.")


def _breakdown(rng):
    items = [("إدارة الأعمال", 3780, 30), ("الهندسة", 2520, 20), ("العلوم الصحية", 2016, 16), ("الحقوق", 1890, 15),
             ("الآداب", 1260, 10), ("الإعلام", 1134, 9)]
    for k in range(3):
        east = k == 1
        wrong = 2 + k
        for ok in (True, False):
            parts = []
            for j, (label, v, p) in enumerate(items):
                P = p + 5 if (not ok and j == wrong) else p
                noun = " طالباً" if j == 0 else ""
                parts.append(f"{'و' if j else ''}{label} {n(v, east)}{noun} ({n(P, east)} في المئة)")
            yield "breakdown_items", ok, (f"تضم الجامعة {n(12600, east)} طالب، يتوزعون كما يأتي: " + "، ".join(parts) + ".")


def _qualified_ratio(rng):
    """«وقال المدير إن نسبة العارضين الدوليين بلغت P% هذه السنة» after «T عارضاً، منهم … و V عارضاً دولياً»."""
    rows = [("عارضاً", "عارضاً محلياً", "عارضاً دولياً", "العارضين الدوليين", 640, 384),
            ("لاعباً", "لاعباً هاوياً", "لاعباً محترفاً", "اللاعبين المحترفين", 200, 60),
            ("موظفاً", "موظفاً متعاقداً", "موظفاً دائماً", "الموظفين الدائمين", 1200, 900)]
    for k, (noun, other, qualified, group, whole, part) in enumerate(rows):
        east = k == 1
        p = round(part / whole * 100)
        for P, ok in ((p, True), (p + 6, False)):
            yield "qualified_ratio", ok, (f"ضمت القائمة النهائية {n(whole, east)} {noun}، منهم {n(whole - part, east)} {other} "
                                          f"و{n(part, east)} {qualified}.\n\nوقال المدير إن نسبة {group} بلغت {n(P, east)}% "
                                          f"هذه السنة.")
    # the group's figure never stated: nothing to check; a share of another whole after «من»: the noun rules
    yield "qualified_ratio", True, "شارك هذا العام 640 عارضاً. وقال المدير إن نسبة العارضين الدوليين بلغت 64% هذه السنة."
    yield "qualified_ratio", True, ("شارك 640 عارضاً، منهم 384 عارضاً دولياً. وقال إن نسبة العارضين الدوليين بلغت 20% من "
                                    "عارضي المنطقة.")


def cases():
    rng = random.Random(SEED)
    out = [*_own_noun(rng), *_sample(rng), *_named_earlier(rng), *_both_genders(rng), *_breakdown(rng), *_qualified_ratio(rng)]
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


CASES = cases()
FORMS = sorted({c[0] for c in CASES})


@pytest.mark.parametrize("form", FORMS)
def test_share_named_whole_family(form):
    assert_family(CASES, form, KINDS, 1.0)
