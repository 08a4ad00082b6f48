"""text.patterns.finditer_before: the same matches as finditer, tried only before an anchor."""

import random

from tahqiq.checks.namespell import _GLOSS, _GLOSS_AT, _GLOSS_RUN
from tahqiq.text.patterns import finditer_before

PIECES = ["بوتين", "فلاديمير", "الرئيس", "و", "شي", " ", " ", "\t", "  ", "(", ")", "Putin", "Vladimir", "V.",
          "xi", "ab", "\n", "،", "(Xi Jinping)", "(EU)", "(a)", "1", "ال"]


def spans(it):
    return [(m.span(), m.groupdict()) for m in it]


def test_gloss_matches_equal_finditer_on_random_texts():
    rnd = random.Random(14)
    found = 0
    for _ in range(4000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 30)))
        want = spans(_GLOSS.finditer(text))
        assert spans(finditer_before(_GLOSS, text, _GLOSS_AT, _GLOSS_RUN)) == want, text
        found += len(want)
    assert found > 500  # the generator makes glosses, not only near misses


def test_gloss_examples():
    text = "قال الرئيس فلاديمير بوتين (Vladimir Putin) ثم (EU) و شي جين بينغ\t(Xi Jinping) بلا (x)"
    got = spans(finditer_before(_GLOSS, text, _GLOSS_AT, _GLOSS_RUN))
    assert got == spans(_GLOSS.finditer(text)) and len(got) == 3


def test_acronym_matches_equal_finditer_on_random_texts():
    from tahqiq.checks.names import _AR_RUN, _OPEN, _ORG_ACRONYM

    pieces = ["شركة", "مياه", "الساحل", " ", "\t", "(", ")", "SWC", "WRA", "[4]", " [2]", "وزارة", ":", "-", "x",
              "(SWC)", "(سلطة - WRA)", "\n"]
    rnd = random.Random(7)
    found = 0
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 25)))
        want = spans(_ORG_ACRONYM.finditer(text))
        assert spans(finditer_before(_ORG_ACRONYM, text, _OPEN, _AR_RUN)) == want, text
        found += len(want)
    assert found > 100  # the generator makes acronyms, not only near misses
