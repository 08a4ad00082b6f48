

def test_near_gives_the_sentence_around_a_span_within_its_reach():
    from tahqiq.segment.sentences import near

    text = "وقعت الاتفاقية عام 2001. ثم تلتها قمة في بكين عام 2004. انتهى."
    s = text.index("قمة")
    a, b = near(text, s, s + 3)
    assert text[a:b] == " ثم تلتها قمة في بكين عام 2004."
    # the reach bounds a sentence with no stop near it, on both sides
    long = "x " * 400 + "y" + " z" * 400
    i = long.index("y")
    a, b = near(long, i, i + 1, limit=10)
    assert (a, b) == (i - 10, i + 11)
    # a line end stops it too (the line is the sentence of a title or a list item)
    a, b = near("Title\nbody text here", 8, 12)
    assert (a, b) == (6, 20)


def test_around_from_the_end_is_the_pass_over_the_reach():
    """:func:`around`'s sentence start found backwards from the position (``_last_stop_end``) is the
    end of the last stop of a forward pass over the ``reach`` before it, on texts dense with stops,
    blank lines and abbreviations."""
    import random

    from tahqiq.segment.sentences import STOP_OR_BLANK, _last_stop_end

    def forward(text, pos, reach):
        start = 0
        for m in STOP_OR_BLANK.finditer(text, max(0, pos - reach), pos):
            start = m.end()
        return start

    rnd = random.Random(0)
    pieces = [".", "!", "?", "؟", "\n", " ", "\t", "\n\n", "\n \n", "i.e", "e.g", "No", "p", "A", "كلمة", "3", "(",
              "»", " .", ". ", "etc"]
    for _ in range(500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 50)))
        for pos in range(len(text) + 1):
            for reach in (2000, 3, 7):
                assert _last_stop_end(text, max(0, pos - reach), pos) == forward(text, pos, reach)
