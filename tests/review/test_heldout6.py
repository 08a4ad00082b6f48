"""benchmarks/heldout6 (the blind yardstick of session 6) loads: every gold quote matches its text
and every plant resolves to one place. No detector or extractor is run here, so the set stays blind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.review.gold import load_gold
from tahqiq.review.planted import FAULT_KINDS, load_recipes

HERE6 = Path(__file__).resolve().parents[2] / "benchmarks" / "heldout6"


def test_every_plant_resolves_and_every_kind_is_planted():
    recipes = load_recipes(HERE6 / "plants.yml", HERE6 / "clean")
    assert not recipes.missing
    assert len(recipes.plants) >= 200
    kinds = {p.kind for p in recipes.plants}
    # every kind is a known one, and all 19 kinds that existed when the set was written are planted
    assert kinds <= set(FAULT_KINDS)
    assert len(kinds) >= 19
    for p in recipes.plants:
        raw = (HERE6 / p.file).read_text(encoding="utf-8")
        assert raw[p.offset:p.offset + len(p.before)] == p.before, p.id
        assert p.apply(raw) != raw, p.id


@pytest.mark.parametrize("path", sorted((HERE6 / "gold").glob("*.yml")), ids=lambda p: p.name)
def test_gold_quotes_match_the_texts(path):
    df = load_gold(path, texts=HERE6)
    assert len(df) > 0
    assert (df["start"].diff().dropna() >= 0).all()
