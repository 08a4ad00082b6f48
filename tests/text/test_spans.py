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


def test_select_chooses_as_the_plain_greedy_algorithm():
    """The fast path (chains of overlapping spans chosen apart) makes the same choice as the plain
    greedy algorithm, zero-length and touching spans and priority ties included."""
    import random

    from tahqiq.text.spans import select_greedy

    rnd = random.Random(7)
    for _ in range(3000):
        n = rnd.randint(0, 12)
        items = [(i, s, s + rnd.choice([0, 1, 1, 2, 3, 5])) for i, s in enumerate(rnd.choices(range(20), k=n))]
        span = lambda x: (x[1], x[2])  # noqa: E731
        assert select(items, span) == select_greedy(items, span)
        prio = lambda x: (x[2] - x[1]) % 3  # noqa: E731  (many ties: the input order decides)
        assert select(items, span, prio) == select_greedy(items, span, prio)


def test_dates_selection_is_the_one_selector():
    """The dates extractor chooses among its candidates with text.spans.select (longest, then the
    most specific, then the first); touching candidates are both kept."""
    from tahqiq.extract.dates.intervals import Cand
    from tahqiq.extract.dates.select import select as select_dates

    def cand(start, end, rank=0):
        return Cand(start, end, "year", None, None, None, rank=rank)

    a, b, c, d, e = cand(0, 10), cand(5, 12), cand(10, 15), cand(20, 25, 1), cand(20, 25, 2)
    chosen = select_dates([c, b, a, d, e])
    assert [(x.start, x.end, x.rank) for x in chosen] == [(0, 10, 0), (10, 15, 0), (20, 25, 2)]


def test_within_is_any_span_holding_the_range_in_log_time():
    import random

    from tahqiq.text.spans import within

    rnd = random.Random(0)
    for _ in range(200):
        spans = [(a, a + rnd.randrange(0, 30)) for a in (rnd.randrange(0, 100) for _ in range(rnd.randrange(0, 8)))]
        inside = within(spans)
        for _ in range(30):
            s = rnd.randrange(-5, 120)
            e = s + rnd.randrange(0, 20)
            assert inside(s, e) == any(a <= s and e <= b for a, b in spans), (spans, s, e)
    nested = within([(0, 100), (10, 20)])  # a span inside another: the outer one still counts
    assert nested(15, 50) and nested(12, 18) and not nested(90, 101)
    assert not within([])(0, 0)
