"""arithmetic-growth: a rate that closes the clause of the figures before it («من A% إلى B%، أي بنسبة
P%، كما انخفض … من C إلى D») belongs to them, not to the pair after it. Synthetic sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["arithmetic-growth"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s))]))


@pytest.mark.parametrize("s", [
    "وتراجعت نسبة البطالة في المحافظة من 20% إلى 15%، أي بنسبة 25%، كما انخفض زمن انتظار المراجعين "
    "من 60 دقيقة إلى 30 دقيقة.",
    "وارتفع معدل الالتحاق من 40% إلى 50%، أي بنسبة 25%، وارتفع عدد المدارس من 80 مدرسة إلى 120 مدرسة.",
])
def test_rate_of_the_pair_before(s):
    assert run(s) == []


@pytest.mark.parametrize("s", [
    # the second pair's own wrong rate after it is still read
    "وتراجعت نسبة البطالة في المحافظة من 20% إلى 15%، أي بنسبة 25%، كما انخفض زمن انتظار المراجعين "
    "من 60 دقيقة إلى 30 دقيقة، أي بنسبة 20%.",
    # a rate stated before its own pair, with no figure before it
    "وتراجع عدد الزوار بنسبة 50% من 800 زائر إلى 600 زائر.",
])
def test_wrong_rate_found(s):
    assert [f.kind for f in run(s)] == ["arithmetic-growth"]
