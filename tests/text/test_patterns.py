"""The alternation helpers: the plain one and its trie variant match the same words, longest first."""

import re

from tahqiq.text.patterns import alt, trie

WORDS = ["مارس", "مايو", "ماي", "may", "march", "mar", "يناير"]


def test_trie_prefers_the_longest_word_like_alt():
    for words_re in (alt(WORDS), trie(WORDS)):
        assert re.fullmatch(words_re, "مايو")
        assert re.match(words_re, "مايو 2020").group() == "مايو"  # not the prefix «ماي»
        assert re.match(words_re, "march 1").group() == "march"  # not «mar»
        assert not re.fullmatch(words_re, "مار")  # a prefix of a word is no word


def test_trie_same_language_as_alt():
    pattern_a, pattern_t = re.compile(alt(WORDS)), re.compile(trie(WORDS))
    for s in [*WORDS, "ما", "marc", "يناي", "مارسمايو", ""]:
        assert bool(pattern_a.fullmatch(s)) == bool(pattern_t.fullmatch(s)), s


def test_trie_space_matches_any_white_space_and_escapes():
    words_re = trie(["نهاية العام", "a.b"])
    assert re.fullmatch(words_re, "نهاية\n  العام")
    assert re.fullmatch(words_re, "a.b") and not re.fullmatch(words_re, "axb")
