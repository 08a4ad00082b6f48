"""Family: name-variant, a compound name written in two words and in one, and a surname introduced
after an office with coordinated genitives (s11; heldout8's misses read, so in-sample for it; the
cases below are synthetic and vary names, offices, verbs and the words around them).

The grammar:
  (1) a compound name «عبد X»، «أبو X»، «بن X» written in two words in one place and in one word in
      another, for one person: the same name beside both («الشيخ عبد الله السالم» … «عبدالله
      السالم»، «منى عبد الحميد» … «منى عبدالحميد»), or a surname of «بن»/«أبو» cited by author and
      year in one form («(بن عمارة، 2022: 54)») and written in the other elsewhere («ويعيد بنعمارة»);
  (2) an office in construct state with genitives coordinated by «و» and an adjective before the
      name («وزير التجارة والتكامل الكازاخستاني دانيار سيرغالييف»), then the surname alone after a
      verb of saying, one letter off («وأوضح سيرجالييف»).
FAULTY: the second mention written the other way. A finding of the name-variant kinds is expected.

NOT faults: the same spelling twice; two people whose compound given names are written each its
own way («الملك عبدالله» … «عبد الله النسور»: no name beside both); a place written both ways
(«أبوظبي» … «أبو ظبي»: nothing beside both is a name); an office title after a verb of saying
(«ويقول نائب مدير الميناء …» is no name «نائب … الميناء»).
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1105
FAULT = "name-variant"

TITLES = ["الشيخ", "الدكتور", "المهندس", "الأستاذ"]
VERBS = ["وقال", "وأضاف", "وأكد", "وأوضح", "ويرى"]
DIVINE = ["الله", "الرحمن", "العزيز", "الكريم", "الحميد", "المجيد"]
SURNAMES = ["السالم", "الخطيب", "العمري", "الشمري", "الدباغ"]
GIVEN = ["منى", "خالد", "سلمى", "يوسف"]
BIN = ["عمارة", "سليمان", "حمودة", "عاشور"]
FILL = ["إن المشروع يسير وفق الجدول المحدد.", "إن النتائج الأولى مشجعة.", "إن العمل سيستمر خلال العام المقبل."]
OFFICES = [("وزير التجارة والتكامل الكازاخستاني", "دانيار"), ("وزيرة الخارجية والتعاون الدولي", "أمينة"),
           ("مدير التخطيط والمتابعة الإقليمي", "رستم"), ("رئيس الهيئة والمجلس الأعلى", "تيمور")]
FOREIGN = [("سيرغالييف", "سيرجالييف"), ("كاسيموف", "قاسيموف"), ("توكاييفا", "توكايفا"), ("نظربايف", "نزربايف")]


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(8):
        d, s, t = rng.choice(DIVINE), rng.choice(SURNAMES), rng.choice(TITLES)
        head = f"تبادل {t} عبد {d} {s} المذكرات مع الوفد في عام 1961. وتبع ذلك توقيع اتفاقيات كثيرة. "
        c = head + f"وتوفي عبد {d} {s} بعد أربع سنوات.\n"
        f = head + f"وتوفي عبد{d} {s} بعد أربع سنوات.\n"
        out.append(("compound, same surname", c, f))
    for _ in range(6):
        d, g = rng.choice(DIVINE), rng.choice(GIVEN)
        head = f"قالت الباحثة الرئيسية في المركز الدكتورة {g} عبد {d} إن التحويلات زادت. "
        c = head + f"وأضافت {g} عبد {d} أن الأرقام كبيرة.\n"
        f = head + f"وأضافت {g} عبد{d} أن الأرقام كبيرة.\n"
        out.append(("compound, same given name", c, f))
    for _ in range(6):
        b, y, p = rng.choice(BIN), rng.randrange(1995, 2024), rng.randrange(10, 300)
        head = f"شهدت المنطقة موجة من الانقلابات بين 2020 و2023. "
        c = head + f"ويعيد بن {b} هذه الموجة إلى تآكل العقد الأمني (بن {b}، {y}: {p}).\n"
        f = head + f"ويعيد بن{b} هذه الموجة إلى تآكل العقد الأمني (بن {b}، {y}: {p}).\n"
        out.append(("compound surname, cited", c, f))
    for _ in range(8):
        (office, g), (s, s2) = rng.choice(OFFICES), rng.choice(FOREIGN)
        head = f"أعلن {office} {g} {s} أمس أن الصادرات ارتفعت في الأشهر التسعة الأولى. "
        c = head + f"{rng.choice(VERBS)} {s}، في مؤتمر صحفي، {rng.choice(FILL)}\n"
        f = head + f"{rng.choice(VERBS)} {s2}، في مؤتمر صحفي، {rng.choice(FILL)}\n"
        out.append(("office with coordinated genitives", c, f))
    return out


def not_faults() -> list[tuple[str, str]]:
    return [
        ("two people", "زار الملك عبدالله عمّان، واستقبله عبد الله النسور رئيس الوزراء في مكتبه.\n"),
        ("a place", "وصل الوفد إلى أبوظبي مساء الأحد، ثم غادر أبو ظبي إلى دبي صباح الاثنين.\n"),
        ("an office after a verb", "ويقول نائب مدير الميناء كريم حسينوف إن الميناء توسع. ويرى نائب مدير الميناء أن الخط تأخر.\n"),
        ("the same spelling", "وقال بن عمارة إن الموجة انتهت (بن عمارة، 2022: 54). وأضاف بن عمارة أن العقد تآكل.\n"),
    ]


def test_zero_findings_on_correct_versions():
    res = score(FAULT, cases())
    alarms = {fam: r["alarms"][:2] for fam, r in res.items() if r["fa"]}
    assert not alarms, alarms
    for fam, r in res.items():
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_zero_findings_on_not_faults():
    texts = not_faults()
    got = findings(FAULT, [t for _, t in texts])
    bad = [(fam, t, [f.message for f in g]) for (fam, t), g in zip(texts, got) if g]
    assert not bad, bad[:3]
