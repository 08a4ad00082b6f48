"""A change or a share that holds only with one scale word changed is a slipped scale word (kind
arithmetic-magnitude), not a wrong rate (synthetic sentences, written for this rule; session 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> set[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return {f.kind for f in fs if f.kind.startswith("arithmetic")}


GROWTH = "ارتفعت صادرات الفوسفات من {a} دولار عام 2016 إلى 9.6 مليار دولار عام 2023، أي بزيادة 60 في المائة."


@pytest.mark.parametrize("a,found", [
    ("6 مليارات", set()),
    ("6 ملايين", {"arithmetic-magnitude"}),      # the scale word slipped
    ("5 مليارات", {"arithmetic-growth"}),        # a wrong number, no scale word explains it
])
def test_a_growth_explained_by_a_scale_word(a, found):
    assert kinds(GROWTH.format(a=a)) == found


SHARE = "وبلغ الإنفاق العسكري {v} دولار، أي 4.5 في المئة من الناتج المحلي الإجمالي البالغ 320 مليار دولار."


def test_a_share_explained_by_a_scale_word():
    assert kinds(SHARE.format(v="14.4 مليار")) == set()
    slipped = kinds(SHARE.format(v="14.4 مليون"))
    assert "arithmetic-magnitude" in slipped and "arithmetic-share" not in slipped
    wrong = kinds(SHARE.format(v="16.4 مليار"))
    assert "arithmetic-share" in wrong and "arithmetic-magnitude" not in wrong


def test_the_message_names_both_readings():
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=SHARE.format(v="14.4 مليون"), form="plain")]))
    f = next(f for f in fs if f.kind == "arithmetic-magnitude")
    assert "14.4 مليون" in f.message and "320 مليار" in f.message
    assert len(f.evidence["readings"]) == 2
