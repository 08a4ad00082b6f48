

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
