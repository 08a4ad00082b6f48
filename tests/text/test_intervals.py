

def test_years_before_one_are_read_and_said_as_astronomical_years():
    """ISO 8601 writes 660 BC as -0659: its year is -659, never int("-065")."""
    from tahqiq.text.intervals import human, label, year_of, year_text

    assert year_of("-0659-01-01") == -659 and year_text("-0659-01-01") == "-0659"
    assert year_of("2004-06-01") == 2004 and year_of("0000-01-01") == 0
    assert label("-0659-01-01", "-0659-12-31") == "-0659"
    assert label("-0799-01-01", "-0700-12-31") == "-0799–-0700"
    assert label("-0659-03-01", "-0659-03-31") == "-0659-03"
    assert human("-0659-01-01", "-0659-12-31") == "-0659"  # no crash where Python's dates stop
