"""Family: name-variant, three slips of a writer's hand on a surname (read from heldout7's misses,
so in-sample for it; the cases below are synthetic and vary names, titles, verbs and the words
around them).

The grammar:
  (1) transposition — «<title> <given> <surname>» introduced, then «<verb> <surname'>» where
      surname' swaps two neighbouring letters inside the word (not the first nor the last):
      «المزروعي»/«المرزوعي», «الشامسي»/«الشماسي»... (words of five letters or more after «ال»);
  (2) a long vowel one place off in a compound name — «<title> <given> عبد <divine name>» then
      «<verb> عبد <divine name'>»: «عبد الرازق»/«عبد الرزاق»; the compound closes the name (the
      word after it, «قائمة», is not its surname) unless a surname with «ال» follows;
  (3) a foreign author named in Arabic letters in a sentence that cites them in Latin letters
      («فبحسب سيمز، … (Sims, 2010: 91)»): the citation glosses the name, so a second spelling of
      it elsewhere (one foreign sound written otherwise, «سيمز»/«سيمس») is the same author.
FAULTY: the second mention spelt the other way. A finding of the name-variant kinds is expected.

NOT faults: the same spelling twice; two people with two full names whose surnames are a
transposition of each other («خالد العمري» … «سعيد المعري»: each with its own given name); an
Arabic word in a cited sentence that is not the author's name; a cited name that opens with a
clitic's letter («فولان» is not «ف» + «ولان»); ة/ه and hamza seats (one folded form).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import findings, report, score

SEED = 71
FAULT = "name-variant"

TITLES = ["المهندس", "الدكتور", "الباحث", "المدير", "الأستاذ"]
VERBS = ["وقال", "وأضاف", "وأكد", "وأوضح", "ويرى"]
GIVEN = ["خالد", "فاطمة", "سعيد", "مريم", "يوسف", "ليلى"]
# (surname, its transposition inside the word)
SWAPS = [("المزروعي", "المرزوعي"), ("الشامسي", "الشماسي"), ("المنصوري", "المنوصري"),
         ("الحمادي", "الحامدي"), ("السويدي", "السيودي")]
COMPOUNDS = [("عبد الرازق", "عبد الرزاق"), ("عبد الرحيم", "عبد الرحمي"), ("عبد الكريم", "عبد الكرمي")]
FOREIGN = [("سيمز", "سيمس", "Sims"), ("دينيس", "دنيس", "Denis"), ("فيبر", "ويبر", "Weber"),
           ("كلارك", "كلارق", "Clark")]
FILL = ["إن المشروع يسير وفق الجدول المحدد.", "إن النتائج الأولى مشجعة.", "إن العمل سيستمر خلال العام المقبل."]


def _verb(rng) -> str:
    return rng.choice(VERBS)


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(12):
        s, s2 = rng.choice(SWAPS)
        t, g = rng.choice(TITLES), rng.choice(GIVEN)
        mid = rng.choice(FILL)
        head = f"افتتح {t} {g} {s} المعرض أمس بحضور عدد من المسؤولين. {_verb(rng)} {s} {mid} "
        c = head + f"{_verb(rng)} {s} {rng.choice(FILL)}\n"
        f = head + f"{_verb(rng)} {s2} {rng.choice(FILL)}\n"
        out.append(("transposition", c, f))
    for _ in range(9):
        s, s2 = rng.choice(COMPOUNDS)
        t, g = rng.choice(TITLES), rng.choice(GIVEN[:3] + ["محمود", "أحمد"])
        head = f"وتصدر {t} {g} {s} قائمة المشاركين هذا الموسم. "
        c = head + f"{_verb(rng)} {s} عقب الجلسة {rng.choice(FILL)}\n"
        f = head + f"{_verb(rng)} {s2} عقب الجلسة {rng.choice(FILL)}\n"
        out.append(("compound vowel", c, f))
    for _ in range(8):
        a, a2, la = rng.choice(FOREIGN)
        y, p = rng.randrange(1990, 2020), rng.randrange(10, 300)
        head = (f"لم يعد السكن غير الرسمي ظاهرة هامشية. فبحسب {a}، يعيش ثلثا السكان في مناطق نشأت خارج "
                f"التخطيط الرسمي ({la}, {y}: {p}). وتبع ذلك نقاش واسع في الأوساط الأكاديمية.\n\n")
        c = head + f"إن فهم الظاهرة يقتضي، كما يقول {a}، النظر إليها بوصفها حلاً ابتكره السكان ({la}, {y}: {p + 9}).\n"
        f = head + f"إن فهم الظاهرة يقتضي، كما يقول {a2}، النظر إليها بوصفها حلاً ابتكره السكان ({la}, {y}: {p + 9}).\n"
        out.append(("cited foreign author", c, f))
    return out


def not_faults() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for s, s2 in SWAPS[:4]:
        g1, g2 = rng.sample(GIVEN, 2)
        out.append(("two people", f"افتتح المهندس {g1} {s} المعرض، وحضر الدكتور {g2} {s2} الجلسة. "
                                   f"وقال {s} إن المعرض ناجح، وأكد {s2} إن العمل مستمر.\n"))
    for s, _ in COMPOUNDS:
        out.append(("compound then noun", f"وتصدر المهاجم محمود {s} قائمة الهدافين، وقال {s} عقب المباراة إن الموسم جيد.\n"))
    out.append(("cited, other word", "ويرى الباحث أن السياسات فشلت في ضبط السوق (Sims, 2010: 12). وقالت سامية إن ذلك صحيح.\n"))
    out.append(("cited name opening with a clitic letter",
                "يجمع الباحثون على أن الإصلاح يقاس بما يجري في الصفوف (Fullan, 2007: 45). أما فولان فيرى أن أي "
                "إصلاح يحتاج إلى خمس سنوات ليترسخ (Fullan, 2007: 68)، ولأن المدارس تختلف فإن النتائج تتفاوت.\n"))
    out.append(("ta marbuta", "قالت الدكتورة ريتا مخايل سعادة إن الجامعة صمدت. وتضيف سعاده أن المنح ارتفعت.\n"))
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


def test_recall_on_faulty_versions(results):
    for fam, r in results.items():
        assert r["caught"] == r["n"], (fam, report(results), r["missed"][:2])
