

def test_years_before_one_are_read_and_said_as_astronomical_years():
    """ISO 8601 writes 660 BC as -0659: its year is -659, never int("-065")."""
    from tahqiq.text.intervals import human, label, year_of, year_text

    assert year_of("-0659-01-01") == -659 and year_text("-0659-01-01") == "-0659"
    assert year_of("2004-06-01") == 2004 and year_of("0000-01-01") == 0
    assert label("-0659-01-01", "-0659-12-31") == "-0659"
    assert label("-0799-01-01", "-0700-12-31") == "-0799–-0700"
    assert label("-0659-03-01", "-0659-03-31") == "-0659-03"
    assert human("-0659-01-01", "-0659-12-31") == "-0659"  # no crash where Python's dates stop


def test_a_bce_date_is_an_event_year_of_its_century_in_the_period_check():
    """The period detector reads years through year_of: the eighth century BC (-0799..-0700)
    holds 720 BC (-0719), which int(s[:4]) would have read as -71 and -79."""
    from tahqiq.checks.periods import _year_of

    assert -799 <= _year_of("-0719-01-01") <= -700
