"""Order words between years before the common era: -330 (331 BC) is after -611 (612 BC)."""

from __future__ import annotations

import pytest

from tahqiq.checks.chronology import order_word_contradiction
from tahqiq.checks.ordering import order_word_event
from tahqiq.extract.dates import from_string
from tahqiq.extract.dates.intervals import iso_key
from tahqiq.facts import Facts, text_facts


def findings(s: str):
    facts = Facts([text_facts(from_string(s, "plain"))])
    return order_word_event(facts) + order_word_contradiction(facts)


def test_iso_key_orders_years_bc():
    assert iso_key("-0330-01-01") > iso_key("-0611-12-31")
    assert iso_key("0000-01-01") > iso_key("-0001-12-31")
    assert iso_key("0100-01-01") > iso_key("-0100-12-31")
    assert iso_key("2020-05-01") < iso_key("2020-06-01")


@pytest.mark.parametrize("s", [
    # an event after another, both BC, the order word against the event's other mention
    "خربت القلعة بعد سقوط العاصمة عام 612 قبل الميلاد. ومرّ الجيش بالقرب منها عام 331 قبل الميلاد، "
    "أي بعد 281 عاماً من سقوط العاصمة.",
    # the same sentence: the later year BC is the smaller number
    "بنى الملك المعبد عام 520 قبل الميلاد، بعد عودة القبائل عام 538 قبل الميلاد.",
    # from BC into the common era
    "تأسست المستوطنة عام 30 للميلاد، بعد غزو الإقليم عام 63 قبل الميلاد.",
])
def test_bc_order_right_is_silent(s):
    assert findings(s) == []


@pytest.mark.parametrize("s", [
    "خربت القلعة بعد سقوط العاصمة عام 612 قبل الميلاد. ومرّ الجيش بالقرب منها عام 700 قبل الميلاد، "
    "أي بعد 88 عاماً من سقوط العاصمة.",
    # the lapse counted across BC years: 612 BC to 331 BC is 281 years, not 200
    "خربت القلعة بعد سقوط العاصمة عام 612 قبل الميلاد. ومرّ الجيش بالقرب منها عام 331 قبل الميلاد، "
    "أي بعد 200 عام من سقوط العاصمة.",
    "بنى الملك المعبد عام 560 قبل الميلاد، بعد عودة القبائل عام 538 قبل الميلاد.",
])
def test_bc_order_wrong_is_found(s):
    assert [f.kind for f in findings(s)] == ["order-word-contradiction"]


def test_year_number_after_unit_is_a_date_not_a_lapse():
    from tahqiq.checks.lapses import lapse_in

    for s in ("بعد عودة القبائل عام 538 قبل الميلاد", "بعد الغزو سنة 70 للميلاد"):
        assert lapse_in(s, 0, len(s)) is None
    s = "بعد عودة القبائل بعام واحد"
    assert lapse_in(s, 0, len(s)).months == 12
