"""Candidate pairs for paraphrase alignment: found through MinHash LSH, not every pair."""

from __future__ import annotations

import random

from tahqiq.compare.candidates import paraphrase_candidates, unit_stems, window_stems
from tahqiq.compare.paraphrase import align_passages
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import text_facts
from pathlib import Path

# Sentences written for the test, on different topics.
SHARED = ("شهدت العلاقات التجارية بين موسكو وبكين نموا كبيرا خلال العقد الماضي حيث ارتفعت صادرات النفط والغاز "
          "وتوسعت الاستثمارات المشتركة في مشاريع البنية التحتية والطاقة والنقل البحري. "
          "وأكد المسؤولون في البلدين أن التعاون العسكري والتقني سيستمر في التوسع رغم العقوبات الغربية المفروضة "
          "على الاقتصاد الروسي منذ سنوات طويلة. ")
OTHER = ("The committee examined agricultural policy in coastal provinces, comparing irrigation budgets, fishing "
         "quotas and rural schooling over several harvest seasons before publishing its recommendations. "
         "Teachers described crowded classrooms, unreliable buses and libraries without heating during winter. ")
THIRD = ("Astronomers catalogued faint comets using volunteer telescopes, recording tails, brightness curves and "
         "orbital periods while students calibrated cameras on mountain observatories every summer night. ")
FILLER = ("تناولت الدراسة تاريخ الشعر الأندلسي وأثره في الموشحات والأزجال وانتقال الأوزان إلى المغرب "
          "ومدارس الغناء في فاس وتلمسان عبر القرون المتعاقبة. ")


def tf(name: str, text: str):
    return text_facts(Document(path=Path(name), raw=text))


def scrambled(text: str, seed: int = 0) -> str:
    """Each sentence's words in another order (as the scrambled lines of a PDF extraction)."""
    rnd = random.Random(seed)
    out = []
    for s in text.split(". "):
        w = s.split()
        rnd.shuffle(w)
        out.append(" ".join(w))
    return ". ".join(out)


def test_borrowed_passage_pairs_are_candidates_and_unrelated_ones_are_not():
    a = tf("a.txt", FILLER * 2 + "\n\n" + SHARED + "\n\n" + FILLER)
    b = tf("b.txt", OTHER + "\n\n" + SHARED.replace("كبيرا", "ملحوظا") + "\n\n" + OTHER)
    c = tf("c.txt", THIRD * 3)
    d = tf("d.txt", FILLER + "\n\n" + scrambled(SHARED))
    pairs = paraphrase_candidates([a, b, c, d])
    assert (0, 1) in pairs and (0, 3) in pairs and (1, 3) in pairs
    assert not any(2 in p for p in pairs)
    assert not align_passages(a, c).shape[0] and not align_passages(b, c).shape[0]


def test_per_text_sets_are_computed_once():
    a = tf("a.txt", SHARED * 3)
    assert unit_stems(a) is unit_stems(a) and window_stems(a) is window_stems(a)
    assert all(len(s) >= 8 for s in unit_stems(a))


ENGLISH = ("Exports of grain from the northern ports rose sharply after the new railway opened, and the "
           "ministry promised further credits to farmers who modernised their storage halls before winter. "
           "Officials in both capitals insisted that the customs union would survive the coming elections. ")


def _pruned_equals_exhaustive(texts) -> int:
    """Every ordered pair aligned with and without pruning; the number of passages found."""
    import pandas as pd

    found = 0
    for x in texts:
        for y in texts:
            if x is not y:
                fast, full = align_passages(x, y), align_passages(x, y, prune=False)
                pd.testing.assert_frame_equal(fast, full)
                found += len(full)
    return found


def test_pruned_alignment_equals_the_exhaustive_one():
    texts = [tf("a.txt", FILLER * 2 + "\n\n" + SHARED + "\n\n" + FILLER),
             tf("b.txt", OTHER + "\n\n" + SHARED.replace("كبيرا", "ملحوظا") + "\n\n" + OTHER),
             tf("c.txt", THIRD * 3),
             tf("d.txt", FILLER + "\n\n" + scrambled(SHARED)),
             tf("e.txt", OTHER + "\n\n" + ENGLISH.replace("sharply", "steadily") + "\n\n" + THIRD),
             tf("f.txt", ENGLISH + "\n\n" + scrambled(ENGLISH, 3) + "\n\n" + FILLER),
             tf("g.txt", SHARED.split(". ")[0] + ". " + FILLER + "\n\n" + THIRD)]  # one shared sentence only
    assert _pruned_equals_exhaustive(texts) >= 6  # the comparison is not vacuous: passages are found


def test_pruned_alignment_equals_the_exhaustive_one_on_texts_of_one_topic():
    """Texts of the corpus's vocabulary, some paragraphs copied with changed digits (bench_scale's)."""
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        from bench_scale import own_texts
    finally:
        sys.path.remove(str(root / "benchmarks"))
    texts = [tf(f"o{i}.txt", t) for i, t in enumerate(own_texts(10, size=8000, seed=3))]
    assert _pruned_equals_exhaustive(texts) >= 5  # copied paragraphs are found
