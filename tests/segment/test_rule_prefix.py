"""The sentence-end rules keep their matches when a leading lookahead names their first characters
(a speed-up: the look-behinds of an abbreviation run only before a stop)."""

import random
import re as std_re

from tahqiq.segment.sentences import STOP_OR_BLANK, _ABBREV

PLAIN = std_re.compile(rf"[!?؟](?![\d])(?=[\s\[\(⁽\"”»]|$)|{_ABBREV}\.(?![\d])(?=[\s\[\(⁽\"”»]|$)|\n[ \t]*\n")
"""The rule as written before the lookahead was added."""

ALPHABET = list("ab AZ.!?؟\n\t5٣[(⁽\"”»") + ["i.e", "e.g", "cf", "vs", "etc", "No", "pp", "p", "Vol", "U.S", "قال"]


def spans(rule, text, *bounds):
    return [m.span() for m in rule.finditer(text, *bounds)]


def test_same_matches_on_random_strings_and_windows():
    rnd = random.Random(14)
    for _ in range(3000):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(1, 40)))
        assert spans(STOP_OR_BLANK, text) == spans(PLAIN, text), text
        a = rnd.randrange(len(text) + 1)
        b = rnd.randrange(a, len(text) + 1)
        assert spans(STOP_OR_BLANK, text, a, b) == spans(PLAIN, text, a, b), (text, a, b)
        assert (STOP_OR_BLANK.search(text, a) or None) and STOP_OR_BLANK.search(text, a).span() == \
            PLAIN.search(text, a).span() or PLAIN.search(text, a) is None


def test_same_matches_on_prose():
    text = ("قال الوزير. ثم عاد في 3.5 ساعات! هل انتهى؟ نعم\n\nSee p. 4, i.e. the U.S. view, vs. J. Smith.\n \n"
            "(1) «نص.» [2] end.")
    assert spans(STOP_OR_BLANK, text) == spans(PLAIN, text)
    assert spans(STOP_OR_BLANK, text)  # the text has sentence ends


def test_words_upto2_is_findall_capped():
    from tahqiq.segment.sentences import _LETTER_WORD, _words_upto2

    rnd = random.Random(2)
    for _ in range(3000):
        text = "".join(rnd.choice(["ab", "ق", "قال", " ", "1", "_", "x", ".", "ذهب الى", "\n"]) for _ in range(rnd.randrange(0, 12)))
        a = rnd.randrange(len(text) + 1)
        b = rnd.randrange(a, len(text) + 1)
        assert _words_upto2(text, a, b) == min(2, len(_LETTER_WORD.findall(text[a:b]))), (text, a, b)
