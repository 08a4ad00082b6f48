"""Synthetic tests (written for the rules, not copied from any text) of English relative
expressions (:mod:`tahqiq.extract.dates.english`): deixis, anaphora, «ago», «later», «yesterday»."""

import pytest

from tahqiq.extract.dates import dates_from_string


def rows(s, anchor=None):
    df = dates_from_string(s, anchor)
    return [(r.text, r.start_date, r.end_date) for r in df.itertuples()]


@pytest.mark.parametrize("s,anchor,expected", [
    ("Imports fell last year.", "2024-05-03", [("last year", "2023-01-01", "2023-12-31")]),
    ("Imports will recover next year.", "2024", [("next year", "2025-01-01", "2025-12-31")]),
    ("Prices rose this month.", "2024-05-03", [("this month", "2024-05-01", "2024-05-31")]),
    ("Prices rose sharply in the current year.", "2024", [("the current year", "2024-01-01", "2024-12-31")]),
    ("The talks resumed last month.", "2024-01-10", [("last month", "2023-12-01", "2023-12-31")]),
    ("The minister said yesterday that the port would reopen.", "2024-05-03", [("yesterday", "2024-05-02", "2024-05-02")]),
    ("The plant closed three years ago.", "2024-05-03", [("three years ago", "2021-01-01", "2021-12-31")]),
    ("The strike began 18 months ago.", "2024-05-03", [("18 months ago", "2022-11-01", "2022-11-30")]),
    ("Elections are due next April.", "2024-05-03", [("next April", "2025-04-01", "2025-04-30")]),
    ("Elections were held last March.", "2024-05-03", [("last March", "2024-03-01", "2024-03-31")]),
])
def test_english_deixis_counts_from_the_anchor(s, anchor, expected):
    assert rows(s, anchor) == expected


def test_english_anaphora_counts_from_the_date_just_mentioned():
    got = rows("The dam was finished in 1998. Two years later the lake filled, and the following year it froze.", "2024")
    assert got[1:] == [("Two years later", "2000-01-01", "2000-12-31"), ("the following year", "1999-01-01", "1999-12-31")]
    # «ago» does not follow the narrative: it counts from the time of writing
    assert rows("The dam was finished in 1998, ten years ago.", "2008")[-1] == ("ten years ago", "1998-01-01", "1998-12-31")


@pytest.mark.parametrize("s", [
    "It was the last year of the war.",  # an order, not the year before the anchor
    "He wrote the last month of his diary in prison.",
    "The next day he left.",  # anaphoric with nothing before it: unresolved
    "Yesterday's men and this year's crop.",  # «Yesterday's», «this year's»: still dates
])
def test_english_order_words_are_not_deixis(s):
    got = rows(s, "2024-05-03")
    if s.startswith("Yesterday"):
        assert [g[0] for g in got] == ["Yesterday", "this year"]
    elif s.startswith("The next"):
        assert got == [("The next day", None, None)]
    else:
        assert got == []


def test_no_english_relative_in_other_words():
    assert rows("The lastyear flag and nextmonth field are settings; monthly reports are weekly.", "2024") == []
    assert rows("Yesterdays is a song.", "2024-05-03") == []


@pytest.mark.parametrize("s,anchor,expected", [
    ("Traffic grew in the first quarter of this year.", "2024-05-03", ("the first quarter of this year", "2024-01-01", "2024-03-31")),
    ("Traffic fell in the second half of last year.", "2024-05-03", ("the second half of last year", "2023-07-01", "2023-12-31")),
    ("Works end in the last quarter of next year.", "2024", ("the last quarter of next year", "2025-10-01", "2025-12-31")),
])
def test_a_part_of_a_relative_year_is_that_part(s, anchor, expected):
    assert rows(s, anchor) == [expected]


def test_a_part_of_a_relative_year_follows_the_anaphora():
    got = rows("The treaty was signed in 1990. In the first half of the following year it was ratified.", "2024")
    assert got[-1] == ("the first half of the following year", "1991-01-01", "1991-06-30")
    # no fifth quarter: the relative year alone
    assert rows("in the fifth quarter of this year", "2024") == [("this year", "2024-01-01", "2024-12-31")]


def test_a_count_before_its_own_year_is_no_date_and_later_needs_a_date_before_it():
    assert rows("The alliance grew; a year later in 2022 the two states signed a pact.", "2025-06-30") == [
        ("2022", "2022-01-01", "2022-12-31")]
    assert rows("He left a year ago, in 2016, for Paris.", "2025") == [("2016", "2016-01-01", "2016-12-31")]
    # «later» with no date before it: unresolved, not counted from the time of writing
    assert rows("Three months later the plant reopened.", "2024-05-03") == [("Three months later", None, None)]
