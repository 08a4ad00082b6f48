"""The one longest-leftmost selector, on synthetic spans."""

from tahqiq.text.spans import select


def test_longest_wins_then_leftmost_and_text_order():
    spans = [(5, 8), (0, 4), (2, 9), (9, 12), (10, 11)]
    assert select(spans, span=lambda s: s) == [(2, 9), (9, 12)]  # (2, 9) is longest; touching is allowed


def test_leftmost_first_priority():
    spans = [(2, 9), (0, 4), (5, 8)]
    assert select(spans, span=lambda s: s, priority=lambda s: (s[0], -(s[1] - s[0]))) == [(0, 4), (5, 8)]


def test_no_overlap_keeps_everything():
    assert select([(3, 4), (0, 1)], span=lambda s: s) == [(0, 1), (3, 4)]
    assert select([], span=lambda s: s) == []
