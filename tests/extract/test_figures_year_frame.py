"""A year word closed by a demonstrative («هذا العام», "this year") does not make the number after
it a year (synthetic sentences written for the rule)."""

from __future__ import annotations

import pytest

from tahqiq.extract.figures import figures_from_string


def values(s: str) -> list[float]:
    return [float(v) for v in figures_from_string(s)["value"]]


@pytest.mark.parametrize("s, v", [
    ("نفذت البلدية هذا العام ٤٥ فعالية في الساحات.", 45.0),
    ("أقامت الجمعية في ذلك العام 12 معرضاً.", 12.0),
])
def test_a_count_after_this_year_is_a_count(s, v):
    assert v in values(s)


@pytest.mark.parametrize("s, v", [
    ("أقامت الجمعية في العام 45 معرضاً واحداً.", 45.0),  # «العام 45»: the year word takes the number
])
def test_a_number_right_after_a_bare_year_word_stays_a_year(s, v):
    assert v not in values(s)
