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


def test_finditer_in_stretches_is_finditer():
    """Run only on the stretches of words and blanks that hold a key, a pattern made of words and
    blanks finds what it finds in the whole text (look-behind and word boundary at a stretch's start
    included)."""
    import random

    from tahqiq.text.patterns import finditer_in_stretches

    pattern = re.compile(r"(?<!\w)(?:(?P<n>\d{1,3}|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:سنوات|years))\s+(?:منذ|على|since)\s+", re.I)
    key = re.compile(r"(?:سنوات|years)\s+(?:منذ|على|since)", re.I)
    rnd = random.Random(0)
    pieces = ["ثلاث سنوات منذ ", "10 years since ", "خمس سنوات على", "،", ".", "(", ")", " ", "\n", "كلمة", "x",
              "3", "سنوات", "منذ", "- ", "عشر  سنوات\nمنذ "]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 40)))
        assert [(m.span(), m.groupdict()) for m in finditer_in_stretches(pattern, text, key)] == \
            [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_spaced_matches_a_multiword_entry_across_any_blank_and_prefers_the_longest():
    from tahqiq.text.patterns import spaced

    rx = re.compile(spaced(["ما يقارب", "ما", "نحو", "نحو"]))
    assert rx.fullmatch("ما  يقارب") and rx.fullmatch("ما\nيقارب")
    assert rx.match("ما يقارب 5").group() == "ما يقارب"
    assert spaced(["b", "a", "bb"]) == spaced(["bb", "a", "b"]) == "(?:bb|a|b)"  # one pattern whatever the order


def test_spaced_folds_each_entry_first():
    from tahqiq.text.patterns import spaced

    assert spaced(["قرابة"], fold=lambda w: w.replace("ة", "ه")) == "(?:قرابه)"


def test_approximator_before_reads_the_lexicon_and_ends_at_the_figure():
    from tahqiq.checks.arithmetic import approximator_before

    rx = approximator_before()
    for before in ("بلغ نحو ", "بسعر ما يقارب ", "for about ", "زهاء "):
        assert rx.search(before), before
    assert not rx.search("نحوي ") and not rx.search("بلغ ")
