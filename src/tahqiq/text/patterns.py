"""Building regular expressions from word lists: the one alternation helper.

:func:`alt` makes a non-capturing alternation of literal words, longest first, so that the
longest word that fits is the one matched (a speed variant factored into a trie may stand beside
it under its own name where a benchmark shows it pays)."""

from __future__ import annotations

import re
from typing import Iterable


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` (escaped, duplicates dropped), longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"
