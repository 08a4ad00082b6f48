"""Candidate pairs for the cross-work detectors, found through an index instead of every pair.

Paraphrase alignment (:func:`tahqiq.compare.paraphrase.align_passages`) matches each sentence-sized
unit of one text with a window of another holding most of its stems' weight, in any order; a
passage needs two such units. Aligning every pair of a large corpus costs the square of its size,
so :func:`paraphrase_candidates` finds the pairs worth aligning through an index from each stem
to the texts and places holding it: a unit reaches another text when three of its six rarest
stems (held by the fewest texts) stand there within one window as wide as alignment's, and a
pair is aligned when two units of one text reach the other. A passage, copied or reworded, keeps
its rare words (names, places, terms) near one another; texts that only share a vocabulary do
not hold them at the same places. Small corpora (:data:`EXHAUSTIVE` texts) align every pair.

MinHash LSH over windows of stems, used before, let every pair through on texts of a shared
vocabulary (bench_scale's), and a tighter threshold lost real passages; on those texts this index
keeps every pair alignment finds a passage in (100 texts: 138 of 138 pairs, from 1,566
candidates of 4,950; the cross-work findings are those of aligning every pair), and a test
checks that on texts written for it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .paraphrase import _content_words, _positions, _units
from ..facts import TextFacts

MIN_UNITS = 2  # as align_passages' default min_units
UNIT_SIZE = 30  # as align_passages' default unit_size
MIN_WORDS = 8  # as align_passages' default min_words: smaller units are never matched


def unit_stems(t: TextFacts) -> list[frozenset[str]]:
    """The stem sets of the units of ``t`` that alignment can match, computed once per text."""
    cached = t.__dict__.get("_unit_stems")
    if cached is None:
        words = _content_words(t)
        cached = [frozenset(w.stem for w in words[i:j]) for i, j in _units(t, words, UNIT_SIZE)]
        cached = t.__dict__["_unit_stems"] = [s for s in cached if len(s) >= MIN_WORDS]
    return cached


EXHAUSTIVE = 40
"""Up to this many texts every pair is a candidate (aligning them all is cheap)."""
RAREST = 6
"""The stems of a unit looked up in the index: its rarest (held by the fewest texts)."""
TOGETHER = 3
"""How many of them another text must hold within one window for the unit to reach it."""


def places(t: TextFacts) -> dict[str, list[int]]:
    """Where each stem stands among the content words of ``t`` (alignment's table, once per text)."""
    return _positions(t, _content_words(t))[0]


def paraphrase_candidates(texts: list[TextFacts], min_units: int = MIN_UNITS, rarest: int = RAREST,
                          together: int = TOGETHER, exhaustive: int = EXHAUSTIVE) -> set[tuple[int, int]]:
    """Unordered pairs ``(i, j)``, ``i < j``, of indexes into ``texts`` that
    :func:`~tahqiq.compare.paraphrase.align_passages` is run on (in both directions).

    Up to ``exhaustive`` texts, every pair. Beyond, a pair whose texts share a passage: at least
    ``min_units`` units of one text (as alignment needs) each have two of their ``rarest`` stems
    (the stems held by the fewest texts of the corpus) within a window of the other text as wide
    as alignment's (twice the unit's stems), found through an index from each stem to the texts
    and places holding it. A borrowed passage, verbatim or reworded, keeps its rare words (names,
    places, terms) near one another; texts that merely share a vocabulary do not have them at the
    same places. The cost grows with the units and the holders of their rare stems, not with
    the square of the number of texts."""
    n = len(texts)
    if n <= exhaustive:
        return {(i, j) for i in range(n) for j in range(i + 1, n)}
    where: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    for i, t in enumerate(texts):
        for s, ps in places(t).items():
            where[s].append((i, ps))
    pairs: set[tuple[int, int]] = set()
    for i, t in enumerate(texts):
        reached: Counter = Counter()
        for stems in unit_stems(t):
            keys = sorted(stems, key=lambda s: (len(where[s]), s))[:rarest]
            width = 2 * len(stems)
            hits: dict[int, list[tuple[int, str]]] = defaultdict(list)
            for s in keys:
                for j, ps in where[s]:
                    if j != i:
                        hits[j].extend((p, s) for p in ps)
            for j, hs in hits.items():
                if len(hs) >= together and _together(hs, width, together):
                    reached[j] += 1
        pairs.update((min(i, j), max(i, j)) for j, c in reached.items() if c >= min_units)
    return pairs


def _together(hits: list[tuple[int, str]], width: int, k: int) -> bool:
    """Whether ``k`` different stems stand within ``width`` words of one another (``hits``: the
    places and stems found, in any order)."""
    hits.sort()
    inside: Counter = Counter()
    lo = 0
    for p, s in hits:
        inside[s] += 1
        while hits[lo][0] < p - width:
            inside[hits[lo][1]] -= 1
            if not inside[hits[lo][1]]:
                del inside[hits[lo][1]]
            lo += 1
        if len(inside) >= k:
            return True
    return False
