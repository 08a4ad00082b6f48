"""Family: count-list (a stated count against the items the text lists).

The grammar of an announced count and its list, generated combinatorially below (seeded,
deterministic); each case has a CORRECT version (the list has as many items as announced: no
finding) and a FAULTY one (the count changed by one or two: a finding), inside a paragraph with
distractors (a list of examples, a count of another noun, a true count).

How a count announces a list
  * cardinal + noun + introducer + list: «ثلاث دول هي: A وB وC»، «خمسة وزراء هم A، وB، …»،
    «أربع مدن (A، B، C، D)»، «ثلاث دول، وهي كل من A وB وC»، "three countries: A, B and C",
    "four parties, namely A, B, C and D";
  * the count in words of either gender (the noun's gender reversed: «ثلاثة أحزاب»، «ثلاث دول»),
    in digits or Eastern digits («5 دول هي»، «٥ دول هي»);
  * the noun first, the count after it as an adjective: «الدول الخمس (A، B، …)»، «الأحزاب الثلاثة، وهي …»;
  * a dual noun as the count: «البلدين: A وB»، «الدولتان (A وB)»;
  * a numbered or bulleted list after a lead ending in a colon;
  * the list joined by «و» alone, by «،» and a last «و», or by «، و» before every item; items of one
    word or of a few words («المملكة العربية السعودية»), with the clitic «و» on the item.

NOT faults: an example list («من بينها»، «أبرزها»، «مثل»، «منها»، "including"), a count of a
different noun than the list («ثلاث جولات بين A وB»), an open list («وغيرها»).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import EASTERN, findings, report, score

SEED = 11
FAULT = "count-list"

# (feminine-counted noun: number word takes no ة) and masculine nouns (number word takes ة)
FEM = ("دول", ["مصر", "الأردن", "تونس", "المغرب", "الجزائر", "السودان", "ليبيا", "موريتانيا", "العراق", "اليمن"])
FEM2 = ("مدن", ["عمّان", "إربد", "الزرقاء", "العقبة", "مادبا", "جرش", "السلط", "الكرك"])
MASC = ("أحزاب", ["حزب الأمة", "حزب العدالة", "حزب النهضة", "حزب الوفد", "حزب الاستقلال", "حزب البعث", "حزب التجمع"])
MASC2 = ("وزراء", ["وزير الخارجية", "وزير الدفاع", "وزير المالية", "وزير الداخلية", "وزير العدل", "وزير التعليم"])
WORDS_F = {2: "اثنتان", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني"}
WORDS_M = {2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية"}
ADJ_F = {3: "الثلاث", 4: "الأربع", 5: "الخمس", 6: "الست", 7: "السبع"}
ADJ_M = {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة", 6: "الستة", 7: "السبعة"}
DEF = {"دول": "الدول", "مدن": "المدن", "أحزاب": "الأحزاب", "وزراء": "الوزراء"}
DISTRACTORS = [
    "وشاركت في المؤتمر وفود من دول عدة، من بينها {a} و{b}.",
    "وعقدت اللجنة ثلاث جولات بين {a} و{b}.",
    "وتطرق التقرير إلى قضايا مثل الطاقة والمياه والنقل.",
]


def _join(rng, items: list[str]) -> str:
    style = rng.choice(["and", "comma", "comma_and"])
    if style == "and":
        return " و".join(items)
    if style == "comma":
        return "، ".join(items[:-1]) + " و" + items[-1]
    return "، و".join(items)


def _count(rng, n: int, fem: bool, digits: bool, eastern: bool) -> str:
    if digits:
        return str(n).translate(EASTERN) if eastern else str(n)
    return (WORDS_F if fem else WORDS_M)[n]


def cardinal_intro(rng, n, shown, noun, fem):
    intro = rng.choice(["هي:", "هي", "وهي", "، وهي", "، هي كل من", ":"]) if fem else \
        rng.choice(["هي:", "وهي", "، وهي", ":"]) if noun in ("أحزاب",) else rng.choice(["هم:", "هم", "، وهم", ":"])
    digits = rng.random() < 0.3
    head = f"{_count(rng, n, fem, digits, rng.random() < 0.3)} {noun}"
    sep = "" if intro.startswith("،") else " "
    return f"{head}{sep}{intro} {_join(rng, shown)}"


def bracket(rng, n, shown, noun, fem):
    return f"{_count(rng, n, fem, rng.random() < 0.3, False)} {noun} ({'، '.join(shown)})"


def adjective(rng, n, shown, noun, fem):
    adj = (ADJ_F if fem else ADJ_M)[n]
    if rng.random() < 0.5:
        return f"{DEF[noun]} {adj} ({'، '.join(shown)})"
    return f"{DEF[noun]} {adj}، وهي {_join(rng, shown)}"


def english(rng, n, shown, noun, fem):
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
    tr = {"مصر": "Egypt", "الأردن": "Jordan", "تونس": "Tunisia", "المغرب": "Morocco", "الجزائر": "Algeria",
          "السودان": "Sudan", "ليبيا": "Libya", "موريتانيا": "Mauritania", "العراق": "Iraq", "اليمن": "Yemen"}
    en = [tr.get(x, "Oman") for x in shown]
    lead = rng.choice([": ", ", namely ", " — "])
    return f"{words[n]} countries{lead}" + ", ".join(en[:-1]) + " and " + en[-1]


FAMILIES = {f.__name__: f for f in (cardinal_intro, bracket, adjective, english)}
FRAMES = ["وشاركت في الاجتماع {x}.", "وأعلنت الحكومة أسماء {x}، وذلك بعد مشاورات طويلة.",
          "ووفقاً للتقرير، فقد وقّعت على الاتفاق {x}.", "ويُذكر أن اللجنة ضمت {x}."]
PER_FAMILY = 12


def _paragraph(rng, sentence: str, pool) -> str:
    d = rng.sample(DISTRACTORS, 2)
    a, b = rng.sample(pool, 2)
    return " ".join([d[0].format(a=a, b=b), rng.choice(FRAMES).format(x=sentence), d[1].format(a=a, b=b)])


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for name, make in FAMILIES.items():
        for _ in range(PER_FAMILY):
            noun, pool = FEM if name == "english" else rng.choice([FEM, FEM2, MASC, MASC2])
            fem = noun in ("دول", "مدن")
            n = rng.randrange(3, 6)
            items = rng.sample(pool, n)
            wrong = n + rng.choice([-1, 1]) if n > 3 else n + 1
            state = rng.getstate()
            good = make(rng, n, items, noun, fem)
            rng.setstate(state)
            bad = make(rng, wrong, items, noun, fem)
            rng2 = random.Random(hash(good) % 1000)
            out.append((name, _paragraph(random.Random(len(out)), good, pool), _paragraph(random.Random(len(out)), bad, pool)))
    # a dual noun as the count: two items right, three wrong
    rng = random.Random(SEED + 2)
    for _ in range(PER_FAMILY):
        noun, pool = rng.choice([("الدولتان", FEM[1]), ("الحزبان", MASC[1]), ("المدينتان", FEM2[1]),
                                 ("الدولتين", FEM[1]), ("الحزبين", MASC[1])])
        items = rng.sample(pool, 3)
        lead, close = rng.choice([(": ", ""), (" (", ")"), ("، وهما ", ""), (" وهما ", "")])
        verb = "ووقعت الاتفاق" if noun.endswith("ان") else "وشملت الاتفاقية"
        good = f"{verb} {noun}{lead}{_join(rng, items[:2])}{close}."
        bad = f"{verb} {noun}{lead}{_join(rng, items)}{close}."
        d = rng.sample(DISTRACTORS, 2)
        out.append(("dual", " ".join([d[0].format(a=items[0], b=items[1]), good, d[1].format(a=items[0], b=items[1])]),
                    " ".join([d[0].format(a=items[0], b=items[1]), bad, d[1].format(a=items[0], b=items[1])])))
    # a numbered or bulleted list after a lead with a count
    for _ in range(PER_FAMILY):
        noun, pool = rng.choice([FEM, FEM2, MASC])
        fem = noun in ("دول", "مدن")
        n = rng.randrange(3, 6)
        items = rng.sample(pool, n)
        wrong = n + 1
        mark = rng.choice(["- ", "• ", "1. "])
        lines = "\n".join((f"{i + 1}. " if mark == "1. " else mark) + x for i, x in enumerate(items))
        lead = "وتضم القائمة {c} {noun}:\n"
        good = lead.format(c=_count(rng, n, fem, False, False), noun=noun) + lines
        bad = lead.format(c=_count(rng, wrong, fem, False, False), noun=noun) + lines
        out.append(("bulleted", "وجاء في التقرير ما يلي.\n\n" + good + "\n\nوانتهى الاجتماع.",
                    "وجاء في التقرير ما يلي.\n\n" + bad + "\n\nوانتهى الاجتماع."))
    return out


def not_faults() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 3)
    out = []
    for _ in range(PER_FAMILY):
        noun, pool = rng.choice([FEM, FEM2, MASC])
        fem = noun in ("دول", "مدن")
        n = rng.randrange(4, 7)
        items = rng.sample(pool, 2 + rng.randrange(0, 2))
        lead = rng.choice(["من بينها", "أبرزها", "مثل", "منها", "بينها"])
        out.append(("examples", f"وشاركت {_count(rng, n, fem, False, False)} {noun}، {lead} {_join(rng, items)}."))
        out.append(("open_end", f"وزار الوفد {_count(rng, n, fem, False, False)} {noun} هي {_join(rng, items)} وغيرها."))
        a, b = rng.sample(pool, 2)
        out.append(("other_noun", f"وعقد الطرفان {_count(rng, 3, True, False, False)} جولات بين {a} و{b}."))
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


MIN_RECALL: dict[str, float] = {}


@pytest.mark.parametrize("family", ["cardinal_intro", "bracket", "adjective", "english", "dual", "bulleted"])
def test_recall_on_faulty_versions(results, family):
    r = results[family]
    assert r["caught"] >= r["n"] * MIN_RECALL.get(family, 1.0), (report(results), r["missed"][:2])


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
