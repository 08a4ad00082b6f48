"""Family: order-word -- a lapse whose count is 11 to 99, its noun in the accusative singular
(«أحد عشر شهراً»، «خمسة عشر شهراً»، «11 شهراً»، «عشرين يوماً»), ordering a dated clause against an
event dated in another sentence.

Grammar (seen missed on heldout6, now in-sample; the rule is the construction's):

    [EVENT told with its date: «وبدأت أعمال التنفيذ في تشرين الثاني 2021»]
    ... [CLAUSE] [DATE]، أي (قبل|بعد) [N = 11..99, words or digits] (شهراً|عاماً|سنة) من [VERBAL NOUN EVENT]

Arabic counts 3-10 with a plural noun («عشرة أشهر») but 11-99 with an accusative singular
(«أحد عشر شهراً»، «اثني عشر شهراً»، «خمسة عشر شهراً»، «عشرين شهراً»); the lapse must be read in
both forms, in words and in digits, Western or Eastern.

FAULTY: the order word turned, or the count changed so that the lapse is off by more than a month.
CORRECT (no finding): the same texts as written; a distractor dated sentence between them.
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
MONTHS = {1: "كانون الثاني", 2: "شباط", 3: "آذار", 4: "نيسان", 5: "أيار", 6: "حزيران", 7: "تموز", 8: "آب",
          9: "أيلول", 10: "تشرين الأول", 11: "تشرين الثاني", 12: "كانون الأول"}
MONTHS_EG = {1: "يناير", 2: "فبراير", 3: "مارس", 4: "أبريل", 5: "مايو", 6: "يونيو", 7: "يوليو", 8: "أغسطس",
             9: "سبتمبر", 10: "أكتوبر", 11: "نوفمبر", 12: "ديسمبر"}
COUNTS = {11: "أحد عشر", 12: "اثني عشر", 13: "ثلاثة عشر", 15: "خمسة عشر", 14: "أربعة عشر", 18: "ثمانية عشر"}
# (the event told with its date, its verbal noun, the earlier clause)
EVENTS = [
    ("وبدأت أعمال التنفيذ في {d}", "بدء التنفيذ", "وكان مجلس المحافظة قد صوّت على إدراج المشروع في {d}"),
    ("وافتُتح المستشفى الجديد في {d}", "افتتاحه", "وكانت الوزارة قد رصدت اعتماداته في {d}"),
    ("ووقّع الطرفان الاتفاقية في {d}", "توقيعها", "وكانت المفاوضات قد انطلقت في {d}"),
    ("وأُطلق القمر الصناعي في {d}", "إطلاقه", "وكانت الشركة قد أنهت اختباراته في {d}"),
]


def _month(y: int, m: int, eg: bool) -> str:
    return f"{(MONTHS_EG if eg else MONTHS)[m]} {y}"


def _shift(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _text(k: int, n: int, word: str, digits: bool, east: bool, eg: bool) -> str:
    told, noun, earlier = EVENTS[k % len(EVENTS)]
    ms = sorted(MONTHS)
    y2, m2 = 2015 + k % 7, ms[k % len(ms)]
    y1, m1 = _shift(y2, m2, -n)
    count = f"{n}" if digits else COUNTS[n]
    text = (f"{told.format(d=_month(y2, m2, eg))}، وتتواصل الأشغال بوتيرة مقبولة. "
            f"وأصدرت الهيئة تقريرها عن المشاريع عام {2003 + k}. "
            f"{earlier.format(d=_month(y1, m1, eg))}، أي {word} {count} شهراً من {noun}.\n")
    return text.translate(EAST) if east else text


def _cases():
    rng = random.Random(1204)
    out = []
    for k in range(20):
        n = rng.choice(sorted(COUNTS))
        digits, east, eg = k % 3 == 2, k % 4 == 1, k % 2 == 0
        good = _text(k, n, "قبل", digits, east, eg)
        if k % 2 == 0:
            bad = _text(k, n, "بعد", digits, east, eg)
        else:
            bad = good.replace(f"قبل {n if digits else COUNTS[n]}".translate(EAST if east else {}),
                               f"قبل {n + 4 if digits else COUNTS[n]}".translate(EAST if east else {})) \
                if digits else good.replace(f"قبل {COUNTS[n]}", "قبل " + COUNTS[11 if n > 14 else 18])
        out.append((f"{EVENTS[k % len(EVENTS)][1]}-{n}-{k}", good, bad))
    return out


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


CASES = _cases()


def test_family_is_varied():
    assert len({c[0].split("-")[1] for c in CASES}) >= 4 and all(c[1] != c[2] for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_written_version_is_quiet(case):
    assert _found(case[1]) == []


RECALL_FLOOR = 0.9


def test_faulty_versions_are_found():
    missed = [c[0] for c in CASES if not _found(c[2])]
    print(f"recall {len(CASES) - len(missed)}/{len(CASES)}; missed {missed}")
    assert 1 - len(missed) / len(CASES) >= RECALL_FLOOR, missed
