"""Averages in more of their shapes (synthetic texts), each beside its clean form:
- a period adverb between the average and its head («7200 دولار شهرياً للعنصر الواحد»), which makes it
  an average per head, not a rate per month of the yearly total beside it;
- a thing of one head in the construct state («وتبلغ كلفة الكيلومتر الواحد نحو …»), the heads a measure
  in the head's unit («بطول 752 كيلومتراً»);
- a daily average of a total the sentence dates to one month («في سبتمبر 2025 … وبمتوسط … يومياً»: 30 days)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


CASES = [
    ("تدفع الحكومة للشركة نحو 6.3 ملايين دولار شهرياً، أي 75.6 مليون دولار في السنة، مقابل نحو 900 حارس، "
     "وهو ما يعادل {v} دولار شهرياً للحارس الواحد.", "7000", "9000"),
    ("افتُتح الطريق بطول 410 كيلومترات وكلفة 2 مليار دولار. وتبلغ كلفة الكيلومتر الواحد بذلك نحو {v} ملايين دولار.",
     "4.9", "3.1"),
    ("وقالت الهيئة إن عدد الشاحنات العابرة في أبريل 2025 بلغ 2700 شاحنة مقابل 2400 شاحنة قبل عام، "
     "وبمتوسط {v} شاحنة يومياً.", "90", "95"),
    ("وعبرت الممر في فبراير 2024 نحو ألف سفينة، أي ما مجموعه 1160 سفينة، بمتوسط {v} سفينة يومياً.", "40", "44"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_an_average_against_its_total(text, good, bad):
    assert "arithmetic-rate" not in kinds(text.format(v=good))
    assert "arithmetic-rate" in kinds(text.format(v=bad))


def test_a_daily_average_of_a_month_without_a_total_of_that_month_is_quiet():
    # two months in the sentence before the total: the total is said of the last one only if it is one
    # month; a span of months gives no number of days
    text = "وعبرت الممر بين مارس وأبريل 2025 نحو 2700 شاحنة، بمتوسط 70 شاحنة يومياً."
    assert "arithmetic-rate" not in kinds(text)
