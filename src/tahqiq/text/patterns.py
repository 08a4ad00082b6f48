"""Building regular expressions from word lists: the alternation helpers.

:func:`alt` makes a non-capturing alternation of literal words, longest first, so that the
longest word that fits is the one matched. :func:`trie` is its speed variant, factored by common
prefixes, used where many words are tried at many positions (the month names and the word tables
of the dates and figures extractors)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Iterable


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` (escaped, duplicates dropped), longest first (words
    of one length in a fixed order: the same pattern in every process, whatever the hash seed)."""
    return "(?:" + "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))) + ")"


# the marker of a bulleted or numbered list's line: «-»، «•»، «1.»، «2)»، «(3)»
LIST_MARKER = r"(?:[-*•–]|\d{1,2}[.)-]|\(\d{1,2}\))"
# the era letter a year may carry («1967م»، «1420هـ»), optional, for a pattern that goes on after the year
ERA_LETTER = r"(?:[^\S\n]*(?:م|ه|هـ)(?![\u0621-\u064A]))?"


def spaced(words: Iterable[str], fold: Callable[[str], str] | None = None) -> str:
    """:func:`alt` for words of several tokens: a blank in a word matches any run of white space
    («ما يقارب» matches «ما  يقارب» and a line break); each word passed through ``fold`` first (the
    folded text's spelling), duplicates dropped, longest first, in a fixed order."""
    ws = {fold(w) if fold else w for w in words}
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=lambda w: (-len(w), w))) + ")"


def partitive_before(words: Iterable[str]) -> re.Pattern:
    """What stands before a number that counts part of a whole named before it: a partitive pronoun
    (``words``: «منهم»، «من بينها», folded), alone or followed by other counts of the same list, each a number,
    one or two words and «و» («منهم 1400 عماني و1300 صيني»): matched at the number's start (search the text
    before it). A four-digit number there is a count, not a year («منهم 1900 إثيوبي»)."""
    item = r"[0-9][0-9.,]*[^\S\n]+[\u0621-\u064A]+(?:[^\S\n]+[\u0621-\u064A]+)?[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*"
    return re.compile(rf"(?<![\u0621-\u064A]){alt(words)}[^\S\n]+(?:{item}){{0,4}}$")


def trie(words: Iterable[str], blank: str = r"\s+") -> str:
    r"""A regex alternation of ``words`` (a space in a word matching ``blank``: any white space, or
    ``r"\ "`` for a space only, as :func:`alt` writes it), factored by common prefixes into a trie
    so that the engine follows one branch per character instead of trying every word in turn; the
    longest word that fits is preferred (as in :func:`alt`'s longest-first alternation, so that
    with ``blank=r"\ "`` the two patterns match alike)."""
    return _trie(tuple(sorted(set(words))), blank)


@lru_cache(maxsize=1)
def _version() -> str:
    """What names :func:`_build_trie`'s code in the cache file (its compiled code's digest, with
    :func:`_escaped`'s)."""
    import hashlib
    import marshal

    return hashlib.sha256(marshal.dumps((_build_trie.__code__, _escaped.__code__))).hexdigest()[:16]


_ESCAPED: dict[str, str] = {}
"""Each character escaped for a pattern, once per process."""


def _escaped(ch: str) -> str:
    e = _ESCAPED.get(ch)
    if e is None:
        e = _ESCAPED[ch] = re.escape(ch)
    return e


@lru_cache(maxsize=None)
def _trie(words: tuple[str, ...], blank: str) -> str:
    """:func:`_build_trie`, kept between runs in the compiled patterns' cache file
    (:func:`tahqiq.text.recache.source`): building the dates extractor's tries in Python cost a
    fresh process about 10 ms, reading them back a fraction of that."""
    from . import recache

    return recache.source(("trie", _version(), blank, words), lambda: _build_trie(words, blank))


def _build_trie(words: tuple[str, ...], blank: str) -> str:
    """The trie of the sorted, distinct ``words``, walked on the sorted list itself: the words
    sharing a prefix are a run of the list, so each node is a run (no tree is built)."""

    def emit(lo: int, hi: int, depth: int) -> str:
        # words[lo:hi] share their first ``depth`` characters; a word that ends there sorts first
        if hi - lo == 1:  # one word: its rest, one character a node (the branch below, unrolled)
            return "".join(blank if ch == " " else _escaped(ch) for ch in words[lo][depth:])
        ends = len(words[lo]) == depth
        alts, i = [], lo + ends
        while i < hi:
            ch, j = words[i][depth], i + 1
            while j < hi and words[j][depth] == ch:
                j += 1
            alts.append((blank if ch == " " else _escaped(ch)) + emit(i, j, depth + 1))
            i = j
        if not alts:
            return ""
        if len(alts) == 1 and not ends:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if ends else "")

    return emit(0, len(words), 0) if words else ""


def finditer_before(pattern: re.Pattern, text: str, anchor: re.Pattern, run: frozenset[str]):
    """The matches of ``pattern.finditer(text)``, for a ``pattern`` whose every match starts in a
    stretch of ``run`` characters that reaches a match of ``anchor`` (a pattern with no look-behind
    nor ``^`` at its start): ``pattern`` is tried only in the stretch before each ``anchor`` match,
    not at every character (a name glossed in Latin letters: Arabic words before «(» and a capital).
    ``pattern`` must not match the empty string."""
    pos = 0
    for a in anchor.finditer(text):
        q = a.start()
        if q < pos:
            continue
        lo = q
        while lo > pos and text[lo - 1] in run:
            lo -= 1
        for p in range(lo, q + 1):
            m = pattern.match(text, p)
            if m:
                yield m
                pos = m.end()
                break


_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")


def finditer_in_stretches(pattern: re.Pattern, text: str, key: re.Pattern):
    """The matches of ``pattern.finditer(text)``, for a ``pattern`` whose every match is made of
    word characters and white space only (no assertion at its end) and holds a match of ``key``
    (made of them too): ``pattern`` runs only over the stretches of word characters and white space
    that hold a ``key`` match, not over the whole text. A match can cross no other character, so it
    lies in one stretch, and one that holds a key (or overlaps one ``key.finditer`` found first);
    run from the stretch's bounds, the pattern sees what it sees in the whole text (its look-behind
    reads the character before the stretch)."""
    stops = None
    done = -1
    for k in key.finditer(text):
        if k.start() < done:
            continue  # its stretch run already
        if stops is None:  # the other characters, once per text (none where no key is)
            stops = [m.start() for m in _NOT_WORD_OR_SPACE.finditer(text)]
        i = bisect_left(stops, k.start())
        lo, done = (stops[i - 1] + 1 if i else 0), (stops[i] if i < len(stops) else len(text))
        yield from pattern.finditer(text, lo, done)


def finditer_near(pattern: re.Pattern, text: str, word: str, before: int):
    """The matches of ``pattern.finditer(text)``, for a ``pattern`` whose every match holds the
    literal ``word`` at most ``before`` characters after its start (a name after an optional
    proclitic): ``pattern`` is tried only from ``before`` characters before each place ``word`` is
    written up to that place, not at every character of the text. ``pattern`` must not match the
    empty string."""
    pos, q = 0, text.find(word)
    while q >= 0:
        for p in range(max(pos, q - before), q + 1):
            m = pattern.match(text, p)
            if m:
                yield m
                pos = m.end()
                break
        q = text.find(word, q + 1)


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                   "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _char(c: int) -> str:
    return f"\\U{c:08x}" if c > 0xFFFF else f"\\u{c:04x}"


def _first(items) -> tuple[list[str], bool] | None:
    """The class members that can open a match of parsed ``items`` and whether they can match
    empty; None when not known for sure (the caller then adds nothing)."""
    from re import _constants as C

    out: list[str] = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: the next item opens the match
            continue
        if op is C.LITERAL:
            return out + [_char(av)], False
        if op is C.IN:
            part = []
            for iop, iav in av:
                if iop is C.LITERAL:
                    part.append(_char(iav))
                elif iop is C.RANGE:
                    part.append(f"{_char(iav[0])}-{_char(iav[1])}")
                elif iop is C.CATEGORY and str(iav) in _CATEGORY_CLASS:
                    part.append(_CATEGORY_CLASS[str(iav)])
                else:  # a negated class or anything else: unknown
                    return None
            return out + part, False
        if op is C.BRANCH:
            nullable = False
            for alt_items in av[1]:
                got = _first(alt_items)
                if got is None:
                    return None
                out += got[0]
                nullable = nullable or got[1]
            if not nullable:
                return out, False
            continue
        if op is C.SUBPATTERN:
            if av[1] or av[2]:  # flags changed inside the group
                return None
            got = _first(av[3])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            got = _first(av[2])
            if got is not None and av[0] == 0:
                got = (got[0], True)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            got = _first(av)
        else:  # ANY, NOT_LITERAL, a back reference, a conditional group: unknown
            return None
        if got is None:
            return None
        out += got[0]
        if not got[1]:
            return out, False
    return out, True


_GLOBAL_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))*")


def lead(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` with a leading lookahead on the characters a match can open
    with (when they are known and the pattern cannot match empty): the same matches at the same
    places, groups and spans, but a pattern that opens with look-behinds or optional prefixes
    fails at once at the other characters instead of trying them all (several times faster on a
    long text). The characters are read from the parsed pattern; anything not understood for sure
    leaves the pattern as it is, and so does a pattern that opens with a character or a class
    (:mod:`re` already skips to where it can start)."""
    from re import _parser

    from re import _constants as C

    try:
        items = list(_parser.parse(pattern, flags))
        while items and items[0][0] is C.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
            items = list(items[0][1][3]) + items[1:]
        # a pattern opening with a character or a class is skipped through by re's own prefix scan
        got = None if items and items[0][0] in (C.LITERAL, C.IN) else _first(items)
    except re.error:
        got = None
    if got is None or got[1] or not got[0] or flags & re.VERBOSE:
        return re.compile(pattern, flags)
    head = _GLOBAL_FLAGS.match(pattern).end()
    try:
        return re.compile(f"{pattern[:head]}(?=[{''.join(got[0])}]){pattern[head:]}", flags)
    except re.error:
        return re.compile(pattern, flags)
