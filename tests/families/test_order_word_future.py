"""A future tense dated before the text's own present, generated (``future-past-date``).

Grammar: «[و]س<imperfect of a scheduled event>» («ستقام»، «سيبدأ»، «ستنطلق»، «سيفتتح») or «سوف
<imperfect>», then within four words (no comma) the date it governs: «أعلنت اللجنة أن الدورة المقبلة
ستقام في أكتوبر Y». The text's present is its dateline. Faulty: Y before the dateline's year.
Correct: Y in the dateline's year or later. Distractors: a plan reported at an earlier date of its
sentence («وكان قد أعلن عام 2019 أن الدورة ستقام عام 2020»), a past tense with a past date
(«أقيمت في أكتوبر 2024»), a noun that starts with «س» («سنة 2020»، «ستة أشهر»), and a text
with no dateline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import run
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
KIND = "order-word-contradiction"
HEADS = ["الشارقة، الخميس 16 أكتوبر 2025\n\n", "مسقط – الاثنين 17 نوفمبر 2025 (العُمانية)\n\n"]
FUTURE = [
    "وأعلنت اللجنة المنظمة أن الدورة المقبلة ستقام في {d}، وأن المساحة سترتفع.",
    "وقال المدير إن التشغيل التجريبي للمحطة سيبدأ عام {d} بعد اكتمال الربط.",
    "وأكد الوزير أن البطولة سوف تنطلق في {d} بمشاركة عشرين منتخباً.",
    "ومن المقرر أن يُفتتح المتحف رسمياً، إذ سيفتتح في {d} بحضور الوزير.",
]
DATES = [("أكتوبر 2026", "أكتوبر 2024"), ("2029", "2023"), ("مارس 2027", "مارس 2021")]


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return [f for f in run(Facts([text_facts(doc)])) if f.kind == KIND]


def cases():
    for i, t in enumerate(FUTURE):
        for j, (right, wrong) in enumerate(DATES):
            for k, head in enumerate(HEADS):
                f = (lambda s: s.translate(EAST)) if k else (lambda s: s)
                yield f"fut{i}-{j}-{k}", f(head + t.format(d=right)), f(head + t.format(d=wrong))


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_future_date_after_the_present_is_quiet_and_one_before_it_is_found(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


@pytest.mark.parametrize("text", [
    HEADS[0] + "وكان المدير قد أعلن عام 2019 أن الدورة ستقام عام 2020، لكنها أُجّلت بسبب الجائحة.",
    HEADS[0] + "وأقيمت الدورة السابقة في أكتوبر 2024 بمشاركة 500 عارض.",
    HEADS[0] + "وارتفع عدد الزوار سنة 2020 إلى مئة ألف، ثم تراجع ستة أشهر.",
    "وأعلنت اللجنة المنظمة أن الدورة المقبلة ستقام في أكتوبر 2024.",  # no present of its own
])
def test_distractors_are_quiet(text):
    assert found(text) == []


def test_the_family_is_large():
    assert len(CASES) >= 24
