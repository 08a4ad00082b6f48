"""Building regular expressions from word lists: the alternation helpers.

:func:`alt` makes a non-capturing alternation of literal words, longest first, so that the
longest word that fits is the one matched. :func:`trie` is its speed variant, factored by common
prefixes, used where many words are tried at many positions (the month names and the word tables
of the dates and figures extractors)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` (escaped, duplicates dropped), longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (a space in a word matching any white space), factored by
    common prefixes into a trie so that the engine follows one branch per character instead of
    trying every word in turn; the longest word that fits is preferred."""
    return _trie(tuple(sorted(set(words))))


@lru_cache(maxsize=None)
def _trie(words: tuple[str, ...]) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(root)


def finditer_before(pattern: re.Pattern, text: str, anchor: re.Pattern, run: frozenset[str]):
    """The matches of ``pattern.finditer(text)``, for a ``pattern`` whose every match starts in a
    stretch of ``run`` characters that reaches a match of ``anchor`` (a pattern with no look-behind
    nor ``^`` at its start): ``pattern`` is tried only in the stretch before each ``anchor`` match,
    not at every character (a name glossed in Latin letters: Arabic words before «(» and a capital)."""
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
