"""A stated count against a list closed by a note marker, or laid out as bulleted or numbered
lines after a colon (synthetic texts written for the rule, Arabic and English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["count-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


def test_a_note_marker_after_the_last_item_does_not_hide_the_list():
    assert len(run("قدمت البلدية أربع خدمات هي: ترخيص المحال، وتجديد الرخص، ودفع الرسوم(2).")) == 1
    assert len(run("The office offers four services: licences, renewals, and payments[2].")) == 1
    assert run("قدمت البلدية ثلاث خدمات هي: ترخيص المحال، وتجديد الرخص، ودفع الرسوم(2).") == []
    assert run("The office offers three services: licences, renewals, and payments[2].") == []


AR_LIST = "\n\n- **الرصيف أ**: للحاويات.\n- **الرصيف ب**: للنفط.\n  - فرع للغاز\n- الرصيف ج: للحبوب.\n\nوتبلغ طاقته 5 ملايين طن."
EN_LIST = "\n\n1. Terminal A, for containers.\n2. Terminal B, for oil.\n\nIts capacity is 5 million tonnes."


@pytest.mark.parametrize("s", [
    "يتألف المرفأ من أربعة أرصفة أنشئت على مراحل:" + AR_LIST,
    "The port has three terminals built in stages:" + EN_LIST,
])
def test_a_count_before_a_bulleted_list_of_another_length(s):
    fs = run(s)
    assert len(fs) == 1 and fs[0].evidence["items"][0].startswith(("- **", "1."))


@pytest.mark.parametrize("s", [
    "يتألف المرفأ من ثلاثة أرصفة أنشئت على مراحل:" + AR_LIST,  # the indented line is a sub-item
    "The port has two terminals built in stages:" + EN_LIST,
    "The port was built in stages over ten years:" + EN_LIST,  # a length of time, not a count of items
    "بني المرفأ على مدى عشر سنوات:" + AR_LIST,
    "وضعت الخطة ثلاثة أهداف، ونفذت على مرحلتين:" + AR_LIST,  # the colon ends another clause
    "The plan set three goals and two stages:" + EN_LIST,  # two counts: which one is listed is unclear
    "يتألف المرفأ من أربعة أرصفة.\n\nوأهم ما فيه:" + AR_LIST,  # the count is in another sentence
])
def test_a_list_of_the_stated_length_or_of_another_count_is_quiet(s):
    assert run(s) == []
