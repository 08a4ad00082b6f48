"""The named sentence-break rules of segment/sentences.py used by the dates extractor, and NextBreak."""

from tahqiq.segment.sentences import PARAGRAPH_GAP, STOP_OR_BREAK, NextBreak


def test_next_break_between_positions_in_one_pass():
    t = "في عام 2020. وبعد ذلك\n\nفي العام التالي\n- بند 1 وفي 1999"
    stop = NextBreak(t, STOP_OR_BREAK)
    assert stop.between(0, t.index("وبعد"))  # the full stop
    assert not stop.between(t.index("وبعد"), t.index("ذلك"))
    assert stop.between(t.index("ذلك"), t.index("في العام"))  # the blank line
    assert stop.between(t.index("التالي"), t.index("بند"))  # the line break before a list marker
    para = NextBreak(t, PARAGRAPH_GAP)
    assert not para.between(0, t.index("ذلك"))
    assert para.between(0, t.index("في العام"))


def test_english_and_no_break():
    t = "In May 1990 the talks began. Two years later"
    assert NextBreak(t, STOP_OR_BREAK).between(0, len(t))
    assert not NextBreak(t, STOP_OR_BREAK).between(0, t.index("."))
    assert not NextBreak("1.5 million in 1990", STOP_OR_BREAK).between(0, 19)  # a decimal point
