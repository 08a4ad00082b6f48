"""text.patterns.lead: a leading lookahead on a pattern's first characters keeps every match."""

import random
import re

import pytest

from tahqiq.text.patterns import lead

PATTERNS = [
    r"(?<!\w)(?P<noun>ال[^\W\d_]{2,})[ \t]+(?P<num>ال[^\W\d_]{2,})",
    r"(?<![\u0621-\u064A])[وف]?(?:قال|اكد|اعلن)(?:ت)?(?:ه|ها)?(?![\u0621-\u064A])",
    r"\b(?:supplies|sold|exports?)\s+to\b",
    r"(?i)\bchina(?:'s)?\s+exports",
    r"(?m)^[ \t]*(?:[-•*]|\[?\d+[.)\]-]?)?[ \t]*(?P<s>[\u0621-\u064A]+)[ \t]*[،,]",
    r"[!?؟](?![\d])(?=[\s\[\(]|$)|(?<!\bNo)(?<!\b[A-Z])\.(?![\d])(?=[\s\[\(]|$)|\n[ \t]*\n",
    r"(?:ab)?c|d*e",
    r"x?y?z?",  # can match empty: left as it is
    r"(a)\1b",
    r"(?:(?<=a)b|c)+d",
    r"[^ab]c|\d{2,}",
    r"(?>ab|a)c|\Aq",
    r"(?i:ab)c",
    r"\s*[-–]\s*\d",
    r"(?:الى|حتى)\s+\d{4}",
    r"\U0001F600?x",
]
ALPHABET = list("abcdexyzq CHINA'stoexports\t\n-–.!?؟[(15١٢") + ["ال", "قال", "وقال", "اكدت", "supplies to",
                                                            "China's exports", "الدول الخمس", "، "]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_re(pattern):
    plain, fast = re.compile(pattern), lead(pattern)
    rnd = random.Random(pattern)
    for _ in range(800):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(0, 25)))
        want = [(m.span(), m.groups(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups(), m.groupdict()) for m in fast.finditer(text)] == want, (pattern, text)
        a = rnd.randrange(len(text) + 1)
        assert bool(plain.match(text, a)) == bool(fast.match(text, a))
        assert (plain.fullmatch(text) or None) is None or fast.fullmatch(text).span() == plain.fullmatch(text).span()
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups


def test_prefix_added_only_when_known():
    assert lead(r"(?<!\w)ال\w+").pattern.startswith("(?=[")
    assert lead(r"(?m)^\s*x").pattern.startswith("(?m)(?=[")
    assert lead(r"x?y?").pattern == "x?y?"  # may match empty
    assert lead(r"[^a]b").pattern == "[^a]b"  # a negated class: not known
    assert lead(r".b").pattern == ".b"


def test_left_alone_when_re_skips_itself():
    assert lead(r"abc|abd").pattern == "abc|abd"  # a character first: re's prefix scan does it
    assert lead(r"[ab]c").pattern == "[ab]c"
    assert lead(r"(?P<x>[ab])c").pattern == "(?P<x>[ab])c"
