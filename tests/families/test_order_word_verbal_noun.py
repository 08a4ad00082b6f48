"""Family: order-word -- a dated clause glossed by a lapse counted from an event named by its verbal
noun with a pronoun («…، أي بعد N عاماً من سقوطها»), the event told before by a finite verb.

Grammar (seen missed on heldout6, now in-sample; the rule is the construction's):

    [EVENT told by a past verb, the object often a pronoun: «أسقطها»، «أنشئ»، «افتتحه»، «استرجعها»]
    [DATE_1] ... ، [CLAUSE] [DATE_2]، أي (بعد|قبل) [N] (عاماً|سنة|سنوات) من [VERBAL NOUN + pronoun]

* the verbal noun takes a pronoun suffix («سقوطها»، «إنشائه»، «تأسيسها»، «افتتاحه»); a noun
  ending in hamza writes it on a seat before the suffix («إنشاء» → «إنشائه»، «إنشاؤه»);
* the finite verb that told the event may carry an object pronoun («وأسقطها»، «افتتحه»،
  «استرجعوها») and «و»/«ف»;
* the dates: «عام 1962»، «سنة 1962»، Eastern digits, a year BC («عام 332 قبل الميلاد»);
* the lapse in digits or words («بعد 22 عاماً»، «بعد اثنتين وعشرين سنة»).

FAULTY: the order word turned («بعد» ↔ «قبل»), so that DATE_2 stands on the wrong side of the
event. CORRECT (no finding): the same texts with the right word; a distractor sentence with
another dated event between; the verbal noun of another event than the one told («من
افتتاحه» when only a founding was told and dated: no pair, no finding).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"order-word-contradiction"}
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# (told clause with {y1}, verbal noun with pronoun, subject noun of the second clause)
EVENTS = [
    ("وذكّر المدير بأن الميناء أُنشئ سنة {y1}", "إنشائه", "ووُسّع الميناء في سنة {y2}"),
    ("حاصر الجيش المدينة وأسقطها عام {y1}", "سقوطها", "إلى أن استعادها الأهالي عام {y2}"),
    ("وكانت الجمعية قد تأسست عام {y1}", "تأسيسها", "وانتقلت إلى مقرها الجديد عام {y2}"),
    ("افتتحه الوزير عام {y1}", "افتتاحه", "وأُغلق المسرح للترميم عام {y2}"),
    ("واندلعت الحرب في البلاد عام {y1}", "اندلاعها", "وهاجر الكاتب إلى باريس عام {y2}"),
    ("استرجعها الجيش عام {y1}", "استرجاعها", "وأعيد بناء أسوارها عام {y2}"),
]
LAPSE_WORDS = {12: "اثنتي عشرة سنة", 22: "اثنتين وعشرين سنة", 9: "تسع سنوات"}
DISTRACTOR = "وفي سياق آخر، أصدرت البلدية تقريرها السنوي عام {yd} عن حركة السياحة."


def _text(k: int, rng: random.Random, word: str, east: bool, words: bool, bc: bool) -> str:
    told, noun, second = EVENTS[k % len(EVENTS)]
    n = rng.choice(sorted(LAPSE_WORDS)) if words else rng.choice((7, 15, 30, 48))
    y1 = rng.choice((1890, 1920, 1962, 1975)) if not bc else rng.choice((332, 480, 612))
    y2 = y1 + n if not bc else y1 - n
    era = " قبل الميلاد" if bc else ""
    lapse = LAPSE_WORDS[n] if words else f"{n} عاماً"
    s1 = told.format(y1=f"{y1}{era}")
    s2 = second.format(y2=f"{y2}{era}")
    text = (f"{s1}، وظل على حاله مدة طويلة. {DISTRACTOR.format(yd=2001 + k)} "
            f"{s2}، أي {word} {lapse} من {noun}. وما زال يستقبل الزوار إلى اليوم.\n")
    return text.translate(EAST) if east else text


def _cases():
    rng = random.Random(11)
    out = []
    for k in range(24):
        east, words, bc = k % 3 == 1, k % 4 == 2, k % 6 == 5
        seed = rng.random()
        good = _text(k, random.Random(seed), "بعد", east, words, bc)
        bad = _text(k, random.Random(seed), "قبل", east, words, bc)
        out.append((f"{EVENTS[k % len(EVENTS)][1]}-{k}{'-east' if east else ''}{'-words' if words else ''}"
                    f"{'-bc' if bc else ''}", good, bad))
    return out


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_right_order_word_is_quiet(case):
    assert _found(case[1]) == []


RECALL_FLOOR = 0.9


def test_turned_order_word_is_found():
    missed = [c[0] for c in CASES if not _found(c[2])]
    print(f"recall {(len(CASES) - len(missed))}/{len(CASES)}; missed {missed}")
    assert 1 - len(missed) / len(CASES) >= RECALL_FLOOR, missed


@pytest.mark.parametrize("text", [
    # the noun of another event than the one told: nothing dates it, no pair
    "تأسست الجمعية عام 1950، وظلت صغيرة. ثم انتقلت إلى مقرها الجديد عام 1990، أي قبل عشرين عاماً من افتتاحه.",
    # a future plan glossed by a lapse from the founding: right order
    "أُنشئ الميناء سنة 1962. ثم وُسّع في سنة 1984، أي بعد 22 عاماً من إنشائه.",
    # the hamza on its other seat
    "أُنشئ الميناء سنة 1962. ثم وُسّع في سنة 1984، أي بعد 22 عاماً من إنشاؤه.",
])
def test_negatives(text):
    assert _found(text) == []
