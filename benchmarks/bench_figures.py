"""Figures: precision and recall per type and per text against the hand-annotated gold, and speed.

Run: ``python benchmarks/bench_figures.py`` from the project folder. A prediction counts as right
when its span overlaps a gold item's and its ``value`` and ``unit`` are both equal.

The corpus gold (``tests/gold``) is in-sample: the rules were written on those texts. The dev set
(``../shared/devset``, or ``$TAHQIQ_DEVSET``) is scored too when it is there; its texts are not in
the project. Its figures were out of sample until the rules of issue 10 part 3 were written while
reading its failures (by kind, never by string): report them as a development yardstick.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pandas as pd

from tahqiq.corpus.catalogue import Catalogue, project_root
from tahqiq.extract.figures import extract_figures, figures_from_string
from tahqiq.review.gold import quality


def speed(megabytes: float = 1.0) -> tuple[float, int]:
    """CPU seconds per MB on a dense adversarial string (digits, %, scale words, markers), and figures found."""
    rnd = random.Random(0)
    parts = ["240", "مليار", "دولار", "64%", "%", "٢٦،٣", "ملايين", "1,234.5", "ثلاثة", "عقود", "يومين", "نحو",
             "أكثر من", "2022", "(3)", "ص", "12", "\n", "-", "٪", "الخامسة والسبعين", "7000", "كلمة", "/", "5"]
    s = " ".join(rnd.choice(parts) for _ in range(int(230_000 * megabytes)))[: int(1_000_000 * megabytes)]
    t0 = time.process_time()
    n = len(figures_from_string(s))
    return (time.process_time() - t0) / megabytes, n


def corpus_speed() -> float:
    """CPU seconds per MB over the whole corpus (normalisation included)."""
    docs = Catalogue().documents()
    size = sum(len(d.raw.encode("utf-8")) for d in docs) / 1e6
    t0 = time.process_time()
    for d in docs:
        extract_figures(type(d)(path=d.path, raw=d.raw, form=d.form))  # a fresh document: no cached normalisation
    return (time.process_time() - t0) / size


def devset() -> Path | None:
    """The dev-set folder (``$TAHQIQ_DEVSET`` or ``../shared/devset`` beside the project), if present."""
    env = os.environ.get("TAHQIQ_DEVSET")
    folder = Path(env) if env else project_root().parent / "shared" / "devset"
    return folder if (folder / "gold").is_dir() else None


if __name__ == "__main__":
    pd.set_option("display.width", 200)
    q = quality("figures")
    print("Figures against the gold (match = overlapping span, same value and unit)\n")
    print(q.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    dev = devset()
    if dev is None:
        print("\nno dev set (set TAHQIQ_DEVSET or put it in ../shared/devset): dev-set figures not measured")
    else:
        d = quality("figures", dev / "gold", dev)
        print(f"\nFigures on the dev set {dev} (value and unit)\n")
        print(d[d["type"] == "all"].to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    spmb, n = speed()
    print(f"\nadversarial string: {spmb:.2f} s CPU per MB ({n} figures in 1 MB)")
    print(f"corpus: {corpus_speed():.2f} s CPU per MB")
