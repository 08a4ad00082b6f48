"""Gaps counted from a named event, in two more shapes (synthetic texts):
- an adverb between the gap and «من» («بعد اثني عشر عاماً ونصف تقريباً من …», «بعد شهرين بالضبط من …»);
- the start of an event named by its own verbal noun («من بدء التمرد»، «من بداية الغزو»): dated where the
  event itself is; a generic complement («من بدء الأعمال») still needs «بدأ» in the dated clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


STONE = ("وضع الوزير حجر الأساس للجسر يوم الأحد 4 مارس 2012، في حفل رسمي.\n\n"
         "وافتُتح الجسر للسير يوم الخميس 7 سبتمبر 2023، بعد {n} من وضع حجر الأساس.")


@pytest.mark.parametrize("n,bad", [
    ("أحد عشر عاماً ونصف تقريباً", False),
    ("تسعة أعوام ونصف تقريباً", True),
    ("أحد عشر عاماً ونصف العام تقريباً", False),
    ("ستة أعوام بالضبط", True),
])
def test_an_adverb_between_the_gap_and_its_event(n, bad):
    assert ("duration-mismatch" in kinds(STONE.format(n=n))) is bad


WAR = ("قاد الجنرال تمرداً على الحكومة يوم الاثنين 3 أبريل 2017 بعد انتخابات متنازع عليها.\n\n"
       "ووُقّع اتفاق الهدنة في 3 {m} 2017، أي {o} ثلاثة أشهر بالضبط من {ev}.")


@pytest.mark.parametrize("m,o,ev,found", [
    ("يوليو", "بعد", "بدء التمرد", None),
    ("أكتوبر", "بعد", "بدء التمرد", "duration-mismatch"),
    ("يوليو", "قبل", "بداية التمرد", "order-word-contradiction"),
])
def test_the_start_of_an_event_is_dated_where_the_event_is(m, o, ev, found):
    got = kinds(WAR.format(m=m, o=o, ev=ev))
    assert (found in got) if found else got == []


def test_a_generic_complement_is_no_event_of_its_own():
    text = ("انطلق مشروع التوسعة عام 2021 بكلفة كبيرة، وأُنجزت المرحلة الأولى في أيلول 2023، بعد عامين من بدء الأعمال.\n\n"
            "وتنظم السلطة يوم الأحد 23 آذار 2025 ورشة عمل مع شركات الشحن.")
    assert kinds(text) == []
