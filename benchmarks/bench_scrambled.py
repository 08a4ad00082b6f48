"""Figures in scrambled lines, out of sample: clean gold lines scrambled the way 002 is.

The rules that read the scrambled text of 002 were written while reading 002, so its gold score
is in-sample. This benchmark scrambles the lines of the *other* texts that hold a gold figure
(000, 003, 004, whose lines are in order) the way a right-to-left PDF extraction scrambles 002
(:func:`tahqiq.review.gold.scramble`: numbers, note markers, URLs and stretches of Latin text stay
whole, the Arabic between them is cut into chunks of one to four words, the pieces are printed in
reverse order, and a number is sometimes glued to the piece that follows it). The extractor then
reads each scrambled line as a ``pdf-scrambled`` text, and its figures are compared with the gold
figures of the line as multisets of (value, unit).

Run: ``python benchmarks/bench_scrambled.py [SEEDS]`` from the project folder.
"""

from __future__ import annotations

import sys

from tahqiq.review.gold import SCRAMBLE_TEXTS, scrambled_quality

if __name__ == "__main__":
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    q = scrambled_quality(seeds)
    print(f"Gold lines of {', '.join(SCRAMBLE_TEXTS)} scrambled like 002, {seeds} random scramblings each\n")
    for name, g in [*q.groupby("text", sort=True), ("all", q)]:
        tp, fp, fn = g.tp.sum(), g.fp.sum(), g.fn.sum()
        lines = f"{g.lines.iloc[0]:3d} lines" if name != "all" else "         "
        print(f"{name:>4}: {lines}  precision {tp / max(tp + fp, 1):.3f}  recall {tp / max(tp + fn, 1):.3f}")
