"""arithmetic-growth: the end value first («ارتفع إلى B من A») and transitive verbs of a fall
(«خفض»، «قلص»، "reduced"), on synthetic sentences read by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import arithmetic
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts


def found(raw: str) -> list:
    return arithmetic.arithmetic_growth(Facts([text_facts(Document(path=Path("g.txt"), raw=raw))]))


TO_FROM = "وارتفعت صادرات الشركة إلى 900 مليون دولار من 600 مليون دولار في العام السابق، أي بزيادة 50%."
CUT = "وخفضت البلدية استهلاك المياه من 400 طن يومياً عام 2020 إلى 300 طن يومياً عام 2023، أي بنسبة 25%."
EN_CUT = "The council reduced its waste from 400 tonnes in 2020 to 300 tonnes in 2023, a fall of 25%."


@pytest.mark.parametrize("raw", [
    TO_FROM.replace("50%", "40%"),
    CUT.replace("25%", "35%"),
    EN_CUT.replace("25%", "35%"),
])
def test_a_wrong_rate_in_the_other_forms(raw):
    assert [f.kind for f in found(raw)] == ["arithmetic-growth"], raw


@pytest.mark.parametrize("raw", [
    TO_FROM,
    CUT,
    EN_CUT,
    # «إلى» and «من» that are no end and start («من» opens a source, not a start value)
    "ووصل عدد الطلاب إلى 900 طالب من أصل 1,200 طالب مسجل، أي بنسبة 75%.",
    # an adjective of «خفض» is no verb of a change
    "وسجلت المحطة إنتاجاً منخفضاً بين 300 طن و400 طن، أي بنسبة 10% من طاقتها.",
])
def test_a_right_rate_or_no_change_is_quiet(raw):
    assert found(raw) == [], [f.message for f in found(raw)]
