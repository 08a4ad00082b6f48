"""The indexed entity grouping equals the pairwise one it replaced (every name against every group)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from tahqiq.link.entities import GAZETTEER, group_entities, name_keys, same_name, same_word, skeleton, word_keys
from tahqiq.text.normtext import fold


def pairwise_groups(df: pd.DataFrame) -> list[str]:
    """The grouping as it was written before the index: a scan of every gazetteer variant and group."""
    reps = [(fold(v), gid) for gid, (_, vs) in GAZETTEER.items() for v in vs]
    groups: list[tuple[str, list[str]]] = []
    ids = []
    for r in df.itertuples():
        if isinstance(r.canon, str) and r.canon:
            ids.append(r.canon)
            continue
        gid = next((g for v, g in reps if same_name(r.name, v)), None)
        if gid is None:
            for g, names in groups:
                if any(same_name(r.name, n) for n in names):
                    gid = g
                    names.append(r.name)
                    break
        if gid is None:
            gid = "~" + r.skeleton
            groups.append((gid, [r.name]))
        ids.append(gid)
    return ids


# Spellings made up for the test: near letters, vowels dropped, articles, Latin one-letter changes.
WORDS = ["كيسنجر", "كسنجر", "كيسينجر", "بوتين", "بوتن", "ماكرون", "ماكرن", "القرم", "قرم", "غرم", "جرم",
         "Korolev", "Korolov", "Koroleva", "THAAD", "THADD", "Smith", "Smyth", "Smithe", "شي", "جين", "بينغ",
         "1orolev", "12345", "Petrov", "Petrof"]
names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(names, min_size=1, max_size=40))
def test_indexed_grouping_equals_pairwise(ns):
    folded = [fold(n) for n in ns]
    df = pd.DataFrame({"name": folded, "canon": [None] * len(ns), "skeleton": [skeleton(n) for n in folded]})
    assert list(group_entities(df)["group"]) == pairwise_groups(df)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(WORDS))
def test_same_words_share_a_key(a, b):
    a, b = fold(a), fold(b)
    if same_word(a, b):
        assert word_keys(a) & word_keys(b)
    if same_name(a, b):
        assert name_keys(a) & name_keys(b)
