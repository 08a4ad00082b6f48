"""arithmetic-share-whole: a whole divided by rates, each share restated as its amount («بنسبة P%
لـX، أي V»، «بنسبة P% وQ%، أي V وW على التوالي»): the whole is no part. Synthetic, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import shares
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts


def found(raw: str) -> list:
    return shares.arithmetic_share_whole(Facts([text_facts(Document(path=Path("s.txt"), raw=raw))]))


CLEAN = [
    "ويُقسم الدعم السنوي البالغ 5 ملايين دينار بنسبة 70% للمدارس، أي 3.5 مليون دينار، و30% للجامعات، "
    "أي 1.5 مليون دينار.",
    "وبلغت كلفة الجسر 600 مليون دولار تتقاسمها الحكومتان بنسبة 65% و35%، أي 390 مليون دولار و210 ملايين "
    "دولار على التوالي.",
]
WRONG = [
    # the restated amount does not follow from its share
    "ويُقسم الدعم السنوي البالغ 5 ملايين دينار بنسبة 70% للمدارس، أي 2.5 مليون دينار، و30% للجامعات، "
    "أي 1.5 مليون دينار.",
    "وبلغت كلفة الجسر 600 مليون دولار تتقاسمها الحكومتان بنسبة 65% و35%، أي 250 مليون دولار و210 ملايين "
    "دولار على التوالي.",
]


@pytest.mark.parametrize("raw", CLEAN)
def test_divided_whole_is_no_part(raw):
    assert found(raw) == []


@pytest.mark.parametrize("raw", WRONG)
def test_wrong_restated_share_found(raw):
    assert [f.kind for f in found(raw)] == ["arithmetic-share-whole"]
