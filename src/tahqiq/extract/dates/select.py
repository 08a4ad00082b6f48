"""Selection: which candidates become rows (the longest of overlapping ones), and the modifiers
and relation words before each («منذ أوائل عام 2022») taken into it."""

from __future__ import annotations

import re
from operator import attrgetter

from ...text import spans
from . import patterns as P
from .intervals import Cand

def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates (:func:`tahqiq.text.spans.select`): the longest wins, then the
    most specific (rank), then the first."""
    return spans.select(cands, span=attrgetter("start", "end"), priority=_priority)


def _priority(c: Cand) -> tuple[int, int, int]:
    """The order in which :func:`select` chooses: longest, highest rank, first."""
    return -(c.end - c.start), -c.rank, c.start


def extend_prefix(t: str, c: Cand) -> None:
    """Take in the modifiers and relation words before an expression («منذ أوائل عام 2022»)."""
    if c.type in ("url_date", "datetime"):
        return
    found = prefix(t, c.start)
    if found is None:
        # the weekday between the prefix and the date («حتى الاثنين 29 ديسمبر»، «منذ يوم الأحد 3 مايو»): the prefix's
        # words are the date's, its span stays the date's (the weekday before it is read there, as before)
        over = _prefix_over_weekday(t, c.start)
        if over is None:
            return
        found = (c.start, over[1], over[2])
    start, rel, mod = found
    mods = c.modifier.split("-") if c.modifier else []
    if rel and not (c.type == "relative" and c.modifier):
        mods.append(P.RELATION_WORDS[rel])
    if mod:
        mods.append(P.MODIFIER_WORDS[mod])
    # a relation first, then a part: «since-early»
    mods.sort(key=lambda w: w not in P.RELATION_WORDS.values())
    c.modifier = "-".join(mods) if mods else None
    c.start = start


def prefix(t: str, start: int) -> tuple[int, str | None, str | None] | None:
    """Where the prefix of the expression at ``start`` begins in ``t`` (in the 40 characters
    before it), and its relation and modifier words (None when nothing precedes it that belongs
    to it)."""
    # every part of a prefix ends with white space (or a hyphen), after one of P.PREFIX_ENDINGS:
    # check that cheaply before searching the pattern back from each position
    a = max(0, start - 40)
    i = start
    while i > a and (t[i - 1].isspace() or t[i - 1] == "-"):
        i -= 1
    if i == start or not t.endswith(P.PREFIX_ENDINGS, a, i):
        return None
    # a prefix holds at most three words (runs of characters other than white space and
    # hyphens): it begins no earlier than the third word from the end
    before = t[a:start]
    words = before[: i - a].replace("-", " ").rsplit(None, 3)
    m = P.PREFIX_RE.search(before, len(words[0]) if len(words) == 4 else 0)
    if not m or m.start() == m.end():
        return None
    rel, mod = m.group("rel") or m.group("rel_en"), m.group("mod") or m.group("mod_en")
    return a + m.start(), rel and rel.lower(), mod and mod.lower()


_DAY_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))[وفب]?(?:ال)?يوم\s+$")


def _prefix_over_weekday(t: str, start: int) -> tuple[int, str | None, str | None] | None:
    """The relation and modifier words before a weekday (and its «يوم») right before ``start``, when there are some."""
    wd = P.WEEKDAY_BEFORE.search(t, max(0, start - 30), start)
    if wd is None:
        return None
    at = wd.start()
    if (day := _DAY_WORD_BEFORE.search(t, max(0, at - 10), at)) is not None:
        at = day.start()
    found = prefix(t, at)
    return found if found is not None and (found[1] or found[2]) else None
