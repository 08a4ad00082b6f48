"""An order word in a clause coordinated by «و» after a date orders its own verb (checks/orderclauses)."""

from __future__ import annotations

import pytest

from tahqiq.checks.orderclauses import one_clause_between
from tahqiq.checks.ordering import order_word_event
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts


def findings(s: str):
    return order_word_event(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s", [
    # «وصرّح/وأكد … بعد» opens a clause of its own: the date before belongs to another verb
    "فاز الفريق بالكأس في موسم 2012/2013، وصرّح المدرب بعد تقاعده عام 2019 بأن ذلك اللقب كان الأغلى.",
    "نشرت الكاتبة روايتها الأولى عام 2005، وأكدت بعد انتقالها إلى باريس عام 2015 أنها كتبتها في شهر.",
])
def test_coordinated_clause_is_silent(s):
    assert findings(s) == []


@pytest.mark.parametrize("s", [
    # «أي بعد»، «وذلك بعد»: the order word still places the date before it
    "نشرت الكاتبة روايتها الأولى عام 2005، أي بعد انتقالها إلى باريس عام 2015.",
    "نشرت الكاتبة روايتها الأولى عام 2005، وذلك بعد انتقالها إلى باريس عام 2015.",
    "نشرت الكاتبة روايتها الأولى عام 2005، وكان ذلك بعد انتقالها إلى باريس عام 2015.",
])
def test_apposed_or_anaphoric_clause_is_found(s):
    assert [f.kind for f in findings(s)] == ["order-word-contradiction"]


def test_one_clause_between():
    subs = frozenset()
    assert one_clause_between(" في القاهرة، أي ", subs)
    assert one_clause_between(" في القاهرة، وذلك ", subs)
    assert not one_clause_between(" مع النادي، وقال اللاعب ", subs)
