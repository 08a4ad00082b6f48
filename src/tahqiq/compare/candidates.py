"""Candidate pairs for the cross-work detectors, found through an index instead of every pair.

Paraphrase alignment (:func:`tahqiq.compare.paraphrase.align_passages`) matches each sentence-sized
unit of one text with a window of another holding most of its stems, in any order. Two texts can
only share such a passage if some unit of one has a stem set similar to some window of the
other; those are found by MinHash locality-sensitive hashing (``datasketch``): the overlapping
windows of every text are hashed once (stems computed once per text) into one LSH index, and each
unit of every text is queried against it; texts that collide are the candidates, aligned in full
as before. The cost grows with the number of
units (plus the candidates found), not with the square of the number of texts.

The threshold is set low (:data:`THRESHOLD`, Jaccard of a unit's stems and a window's, which is
twice as long) because a unit that paraphrases a window by half its weighted stems shares a
small part of their union; a false candidate costs one alignment, a missed one a finding.
"""

from __future__ import annotations

from .paraphrase import _content_words, _units
from ..facts import TextFacts

THRESHOLD = 0.15
NUM_PERM = 64
WINDOW = 60  # content words in a window: twice a unit, as align_passages' search width
STEP = 15
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


def window_stems(t: TextFacts, width: int = WINDOW, step: int = STEP) -> list[frozenset[str]]:
    """The stem sets of overlapping windows of ``width`` content words of ``t``, every ``step``
    words: what a unit of another text is matched with (in any order, so a scrambled line too)."""
    cached = t.__dict__.get("_window_stems")
    if cached is None:
        stems = [w.stem for w in _content_words(t)]
        starts = range(0, max(1, len(stems) - width + step), step)
        cached = t.__dict__["_window_stems"] = [frozenset(stems[i:i + width]) for i in starts if stems[i:i + width]]
    return cached


def _minhashes(sets: list[frozenset[str]], num_perm: int):
    from datasketch import MinHash

    return MinHash.bulk([[s.encode() for s in st] for st in sets], num_perm=num_perm, seed=1) if sets else []


def paraphrase_candidates(texts: list[TextFacts], threshold: float = THRESHOLD,
                          num_perm: int = NUM_PERM) -> set[tuple[int, int]]:
    """Unordered pairs ``(i, j)``, ``i < j``, of indexes into ``texts`` where a unit of one has
    stems similar (MinHash LSH at ``threshold``) to a window of the other."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for ti, t in enumerate(texts):
        for wi, m in enumerate(_minhashes(window_stems(t), num_perm)):
            lsh.insert((ti, wi), m, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for ti, t in enumerate(texts):
        for m in _minhashes(unit_stems(t), num_perm):
            for tj, _ in lsh.query(m):
                if tj != ti:
                    pairs.add((min(ti, tj), max(ti, tj)))
    return pairs
