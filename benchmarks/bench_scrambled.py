"""Figures in scrambled lines, out of sample: clean gold lines scrambled the way 002 is.

The rules that read the scrambled text of 002 were written while reading 002, so its gold score
is in-sample. This benchmark scrambles the lines of the *other* texts that hold a gold figure
(000, 003, 004, whose lines are in order) the way a right-to-left PDF extraction scrambles 002:
numbers, note markers, URLs and stretches of Latin text stay whole, the Arabic between them is
cut into chunks of one to four words, the pieces are printed in reverse order, and a number is
sometimes glued to the piece that follows it. The extractor then reads each scrambled line as a ``pdf-scrambled`` text, and its
figures are compared with the gold figures of the line as multisets of (value, unit).

Run: ``python benchmarks/bench_scrambled.py [SEEDS]`` from the project folder.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from tahqiq.corpus import Catalogue, Document
from tahqiq.extract.figures import extract_figures
from tahqiq.extract.gold import gold_dir, load_gold

# The runs a right-to-left extraction keeps whole: a number (with its percent sign or decimal
# comma), a note marker, a URL, and a stretch of Latin text with the digits and spaces inside it.
RUN = re.compile(
    r"https?://\S+|www\.\S+"
    r"|[\[(⁽^]+[\d٠-٩¹²³⁴-⁹]+[\])⁾]+"
    r"|[A-Za-z][A-Za-z0-9\-.,:;'\"“”’ ]*[A-Za-z0-9.]"
    r"|[%٪$]?[\d٠-٩]+(?:[.,،][\d٠-٩]+)*[%٪]?"
)


def scramble(line: str, rnd: random.Random) -> str:
    """``line`` as a right-to-left extraction may print it (see the module docstring): the runs
    of :data:`RUN` stay whole, the Arabic between them is cut into chunks of one to four words,
    and the order of the pieces is reversed."""
    chunks: list[tuple[str, bool]] = []  # (text, is a run)
    pos = 0
    for m in [*RUN.finditer(line), None]:
        words = line[pos:m.start() if m else len(line)].split()
        while words:
            k = rnd.randint(1, 4)
            chunks.append((" ".join(words[:k]), False))
            words = words[k:]
        if m:
            chunks.append((m.group(), True))
            pos = m.end()
    chunks.reverse()
    out = ""
    for i, (text, is_run) in enumerate(chunks):
        if i:
            glue = chunks[i - 1][1] and rnd.random() < 0.3
            out += "" if glue else rnd.choice([" ", "  ", "    "])
        out += text
    return out


TEXTS = ("000", "003", "004")


def key(v: float, unit) -> tuple:
    return round(float(v), 6), unit if isinstance(unit, str) else None


def run(seeds: int = 20) -> list[dict]:
    docs = {d.name[:3]: d for d in Catalogue().documents()}
    rows = []
    for name in TEXTS:
        doc = docs[name]
        gold = load_gold(next(gold_dir().glob(f"{name}_*.figures.yml")))
        lines = []
        starts = [0] + [i + 1 for i, c in enumerate(doc.raw) if c == "\n"]
        for ls, le in zip(starts, [*starts[1:], len(doc.raw) + 1]):
            g = gold[(gold.start >= ls) & (gold.end <= le - 1) & (gold.type != "ordinal")]
            if len(g):
                lines.append((doc.raw[ls:le - 1], Counter(key(v, u) for v, u in zip(g.value, g.unit))))
        for seed in range(seeds):
            rnd = random.Random(seed)
            tp = fp = fn = 0
            for line, want in lines:
                s = scramble(line, rnd)
                df = extract_figures(Document(path=Path("<scrambled>"), raw=s, form="pdf-scrambled"))
                got = Counter(key(v, u) for v, u, t in zip(df.value, df.unit, df.type) if t != "ordinal")
                hit = sum((want & got).values())
                tp, fp, fn = tp + hit, fp + sum(got.values()) - hit, fn + sum(want.values()) - hit
            rows.append({"text": name, "seed": seed, "lines": len(lines), "tp": tp, "fp": fp, "fn": fn})
    return rows


if __name__ == "__main__":
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rows = run(seeds)
    print(f"Gold lines of {', '.join(TEXTS)} scrambled like 002, {seeds} random scramblings each\n")
    total = Counter()
    for name in TEXTS:
        r = [x for x in rows if x["text"] == name]
        c = Counter()
        for x in r:
            c.update({k: x[k] for k in ("tp", "fp", "fn")})
        total.update(c)
        print(f"{name}: {r[0]['lines']:3d} lines  precision {c['tp'] / max(c['tp'] + c['fp'], 1):.3f}  "
              f"recall {c['tp'] / max(c['tp'] + c['fn'], 1):.3f}")
    print(f"\nall: precision {total['tp'] / max(total['tp'] + total['fp'], 1):.3f}  "
          f"recall {total['tp'] / max(total['tp'] + total['fn'], 1):.3f}")
