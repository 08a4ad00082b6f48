"""Family: name-variant, two more constructions (read from heldout6's misses, so in-sample for it;
the cases below are synthetic and vary the names, titles, verbs and frames).

1. The nisba ending changed. A person introduced with a title (or at the head of a reference) and
   a surname «الـX + ي» («المدير الفني كريم العلوي»), later named by the surname alone with the
   nisba «ي» dropped («وأضاف الحارث» for «الحارثي») or with «ـاني» for «ـي» («وأضاف العلواني»),
   and the reverse («العلواني» introduced, «العلوي» later).
2. Two persons named together. Co-authors of a reference, surname first («العمري، سلوى
   والحارثي، ماجد (2021).»، also «، و»), then named together as the subjects of one verb of saying
   before «أن/إن» («ويرى العمري والحارثي أن …») or in an author-year citation; the second surname
   of the pair written another way in the prose (a long vowel, a letter of the same shape, the
   nisba ending).

Not variants (CORRECT: zero findings):
  * two people, each with a given name of their own («كريم العلوي» … «سعاد العلواني»), each then
    named alone;
  * a surname alone equal to the introduced one; a co-author pair spelt the same everywhere;
  * a nisba adjective after a definite noun («الطابع العلوي للمبنى»: an adjective agreeing);
  * the same surname glossed in Latin letters («الحارثي (Al-Harthi)»).
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
KINDS = set(FAULT_KINDS["name-variant"][1]) | {"name-variant", "entity-variant"}
SEED = 29

# (given, surname, nisba variant)
NISBA = [
    ("كريم", "العلوي", "العلواني"), ("ماجد", "الحارثي", "الحارث"), ("سلوى", "البحري", "البحراني"),
    ("نادية", "الكرمي", "الكرماني"), ("فيصل", "الراشدي", "الراشد"), ("هشام", "الشهري", "الشهراني"),
    ("عبير", "الخالدي", "الخالد"), ("طارق", "الزهراني", "الزهري"),
]
TITLES = ["المدير الفني للمهرجان،", "الدكتور", "الباحث", "المتحدث باسم الوزارة،", "رئيس اللجنة", "السفير"]
LATER = [
    "وأضاف {s} أن الدورة المقبلة ستكون أوسع.",
    "وقال {s} إن الميزانية لم تتغير.",
    "ويرى {s} أن التجربة تحتاج إلى وقت.",
    "وأكد {s} أن النتائج ستنشر قريبا.",
]
DISTRACTORS = [
    "وتضم اللجنة ممثلين عن الوزارات المعنية والجامعات.",
    "وبلغت كلفة المشروع {k} مليون دينار.",
    "وكان الطابع {adj} للمبنى قد حُفظ في الترميم.",
    "وتستمر الأعمال حتى نهاية الشهر.",
]
ADJ = ["العلوي", "البحري", "الشرقي"]


def _fem(g: str) -> bool:
    return g in ("سلوى", "نادية", "عبير")


def _d(rng) -> str:
    return rng.choice(DISTRACTORS).format(k=rng.randrange(3, 900), adj=rng.choice(ADJ))


def nisba_cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for g, s, v in NISBA:
        for i in range(3):
            title = rng.choice(TITLES)
            if _fem(g):
                title = {"الدكتور": "الدكتورة", "الباحث": "الباحثة", "السفير": "السفيرة",
                         "رئيس اللجنة": "رئيسة اللجنة"}.get(title, title)
            later = rng.choice(LATER)
            if _fem(g):
                later = later.replace("وأضاف", "وأضافت").replace("وقال", "وقالت").replace("وأكد", "وأكدت")
            open_ = f"وقال {title} {g} {s}، إن نسبة الأفلام المختارة بلغت {rng.randrange(20, 60)}%."
            p = " ".join([open_, _d(rng), later, _d(rng)])
            out.append((f"nisba|{s}>{v}|{i}", p.format(s=s), p.format(s=v)))
    return out


# co-authors: (surname1, given1, surname2, given2, faulty surname2)
PAIRS = [
    ("العمري", "سلوى", "الحارثي", "ماجد", "الحارث"),
    ("الزعبي", "خالد", "الكبيسي", "منى", "القبيسي"),
    ("النعيمي", "فاطمة", "الرفاعي", "عادل", "الرفعي"),
    ("الشمري", "نواف", "العتيبي", "هالة", "العطيبي"),
    ("الخطيب", "رنا", "العلوي", "يوسف", "العلواني"),
]


def coauthor_cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for s1, g1, s2, g2, bad in PAIRS:
        for i in range(3):
            year = rng.randrange(2005, 2024)
            joint = rng.choice([" و", "، و"])
            verb = rng.choice(["ويرى", "ويؤكد", "ويلاحظ", "ويذكر"])
            ref = f"- {s1}، {g1}{joint}{s2}، {g2} ({year}). عنوان الدراسة. المجلة التربوية، {rng.randrange(10, 40)}(2)، 1-30."
            prose = (f"{verb} {s1} و{{s}} أن التوسع جاء أسرع مما تسمح به الطاقة التدريبية ({s1} و{s2}، {year}: "
                     f"{rng.randrange(10, 200)}). {_d(rng)}")
            p = prose + "\n\nالمراجع\n" + ref + "\n"
            out.append((f"coauthor|{s2}>{bad}|{i}", p.format(s=s2), p.format(s=bad)))
    return out


def correct_only() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 2)
    out = []
    for g, s, v in NISBA[:5]:
        other = rng.choice(["سعاد", "مروان", "جميلة", "رياض"])
        out.append(("two people", f"افتتح الدكتور {g} {s} الندوة. وتحدثت الباحثة {other} {v} عن الميزانية، "
                                  f"وقالت {v} إن الأرقام دقيقة. وأضاف {s} أن الدورة المقبلة أوسع."))
        out.append(("same alone", f"وقال الباحث {g} {s}، إن البرنامج نجح. {_d(rng)} وأضاف {s} أن النتائج مشجعة."))
        out.append(("latin gloss", f"وقال الباحث {g} {s} (Al-Name)، إن البرنامج نجح. وأضاف {s} أن النتائج مشجعة."))
        out.append(("adjective", f"وقال المهندس {g} {s}، إن الترميم انتهى. وكان الطابع {v} للمبنى بارزا. "
                                 f"وأضاف {s} أن الافتتاح قريب."))
    for s1, g1, s2, g2, _ in PAIRS:
        out.append(("pair same", f"ويرى {s1} و{s2} أن التوسع سريع ({s1} و{s2}، 2021: 41).\n\nالمراجع\n"
                                 f"- {s1}، {g1} و{s2}، {g2} (2021). عنوان الدراسة.\n"))
    return out


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


NISBA_CASES = nisba_cases()
COAUTHOR_CASES = coauthor_cases()


@pytest.mark.parametrize("cid, text", [(c[0], c[1]) for c in NISBA_CASES + COAUTHOR_CASES] + correct_only())
def test_correct_versions_have_no_finding(cid, text):
    assert _found(text) == [], (cid, [f.message for f in _found(text)])


@pytest.mark.parametrize("cases", ["nisba", "coauthor"])
def test_faulty_versions_recall(cases):
    cs = NISBA_CASES if cases == "nisba" else COAUTHOR_CASES
    missed = [c[0] for c in cs if not _found(c[2])]
    assert not missed, missed
