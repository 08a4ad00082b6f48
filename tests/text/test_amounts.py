"""One number formatter for readers."""

import math

import pytest

from tahqiq.text.amounts import grouped, readable, readable_in


@pytest.mark.parametrize("x, unit, out", [
    (2.07e14, "RUB", "207 trillion RUB"),
    (4e9, "USD", "4 billion USD"),
    (1.5e6, None, "1.5 million"),
    (207.5e12, None, "207.5 trillion"),
    (1234567, None, "1,234,567"),      # not exact with a scale word: every digit
    (2.5e15, None, "2,500 trillion"),
    (1234.5, None, "1,234.5"),
    (12345, None, "12,345"),
    (2022, None, "2022"),            # a whole number under 10,000 (a year) has no separator
    (569.25, None, "569.25"),
    (0.0, None, "0"),
    (-3e9, None, "-3 billion"),
])
def test_readable(x, unit, out):
    assert readable(x, unit) == out


def test_readable_in_arabic_uses_arabic_scale_words():
    assert readable(2.07e14, language="ar") == "207 تريليون"
    assert readable(4e6, "دولار", language="ar") == "4 مليون دولار"


def test_readable_missing_and_infinite():
    assert readable(None) == "" and readable(math.nan) == ""
    assert readable(math.inf) == "∞"


def test_grouped_writes_every_digit():
    assert grouped(2.07e14) == "207,000,000,000,000"
    assert grouped(1234.5) == "1,234.5"


def test_readable_in_rewrites_scientific_notation_only():
    s = "٢٠٧ تريليون روبل (2.07e+14 RUB) is more than (2e+14 RUB); id e5e3, version 1.2, x1e9"
    assert readable_in(s) == "٢٠٧ تريليون روبل (207 trillion RUB) is more than (200 trillion RUB); id e5e3, version 1.2, x1e9"
