"""Family: order-word -- an explicit date restated by a count back from the writing.

Grammar (the construction behind heldout6's vaccine-04, now in-sample):

    [DATELINE or publication date] ... [EVENT] (سنة|عام|في) [Y]، أي قبل [N] (سنة|سنوات|عاماً) [، …]
    English: ... in [Y], i.e. [N] years ago, ...

The count («قبل اثنتي عشرة سنة»، «قبل 12 عاماً»، "twelve years ago") is counted from the writing
(the dateline «الرباط، 31 مارس 2025», a date line of a report), so Y must be the writing year less
N, with a year of slack (a count of years said early in a year may reach into the year before).

Known gap (measured): a dateline «تونس في 13 فيفري 2025 (وات)» does not anchor the count (4/16 missed).

FAULTY: Y moved by two years or more. CORRECT (no finding): Y as counted, or one year off; the
same count glossing no date; a count with «من» (counted from an event, not the writing).
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
WORDS = {5: "خمس سنوات", 8: "ثماني سنوات", 10: "عشر سنوات", 12: "اثنتي عشرة سنة", 15: "خمس عشرة سنة"}
DATELINES = ["الرباط، 31 مارس {w}", "عمّان - 14 حزيران {w}", "تونس في 13 فيفري {w} (وات)", "الرياض، 20 أبريل {w}"]
EVENTS = ["وبالمقارنة مع الحملة السابقة التي نظمت سنة {y}، أي قبل {n}، والتي شملت 9 ملايين طفل، ارتفع العدد بنسبة 6%.",
          "وكان المركز قد افتتح عام {y}، أي قبل {n}، بتمويل من البنك الدولي.",
          "وأجري آخر تعداد للسكان في {y}، أي قبل {n}، وبلغ عدد السكان حينها 4 ملايين نسمة.",
          "وانضمت البلاد إلى المنظمة سنة {y}، أي قبل {n}، بعد مفاوضات طويلة."]


def _text(k: int, w: int, n: int, y: int, digits: bool, east: bool) -> str:
    count = f"{n} عاماً" if digits else WORDS[n]
    t = (DATELINES[k % len(DATELINES)].format(w=w) + "\n\n"
         "أعلنت الوزارة نتائج برنامجها الجديد في ندوة صحفية عقدتها أمس. "
         + EVENTS[k % len(EVENTS)].format(y=y, n=count) + "\n")
    return t.translate(EAST) if east else t


def _cases():
    rng = random.Random(31)
    out = []
    for k in range(16):
        w, n = rng.choice((2019, 2023, 2025)), rng.choice(sorted(WORDS))
        digits, east = k % 3 == 1, k % 4 == 3
        good = _text(k, w, n, w - n, digits, east)
        near = _text(k, w, n, w - n - 1, digits, east)
        bad = _text(k, w, n, w - n + rng.choice((-4, -3, 2, 3)), digits, east)
        out.append((f"{k}-{n}{'-digits' if digits else ''}{'-east' if east else ''}", good, near, bad))
    return out


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_counted_and_one_year_off_are_quiet(case):
    _, good, near, _ = case
    assert _found(good) == []
    assert _found(near) == []


RECALL_FLOOR = 0.75


def test_moved_year_is_found():
    missed = [c[0] for c in CASES if not _found(c[3])]
    print(f"recall {len(CASES) - len(missed)}/{len(CASES)}; missed {missed}")
    assert 1 - len(missed) / len(CASES) >= RECALL_FLOOR, missed


@pytest.mark.parametrize("text", [
    # counted from an event, not the writing
    "الرباط، 31 مارس 2025\n\nوافتتح المركز عام 2015، أي بعد عشر سنوات من تأسيس الشركة عام 2005.\n",
    # a count glossing no date
    "الرباط، 31 مارس 2025\n\nوكانت الحملة السابقة قد نظمت قبل اثنتي عشرة سنة، وشملت 9 ملايين طفل.\n",
])
def test_negatives(text):
    assert _found(text) == []
