"""Corpus scale: the scan's internal time per text, the cross-work stage's growth, memory, a large
text, and the Dask run against the local one. Prints figures; not a timed test.

Run: ``python benchmarks/bench_scale.py [--n 1000] [--cross 100,1000] [--big-mb 20] [--skip-dask]``
from the project folder. The synthetic corpus is deterministic (seed 0): paragraphs of the
catalogue's texts recombined at random into texts of about 20 KB, every digit perturbed, written
into a temporary folder (the internal scan, the large text, the Dask run). Recombined texts share
whole paragraphs with most other texts, which no real corpus does, so the cross-work stage is
measured on texts of their own material instead (:func:`own_texts`: the paragraphs' words redrawn,
5% of paragraphs copied from an earlier text). These texts are made from the corpus the rules were
written on, so the figures measure speed, not quality.

Targets (issue 14): 1,000 × 20 KB internal ≤ 60 s wall on 2 cores; cross-work ≤ 120 s; growth
exponent of the cross-work stage ≤ 1.3 from 100 to 1,000 texts; peak memory ≤ 2 GB; a 20 MB text
≤ 120 s.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from tahqiq.corpus.catalogue import Catalogue

TEXT_BYTES = 20_000


def paragraphs() -> list[str]:
    out = []
    for d in Catalogue().documents():
        out += [p.strip() for p in re.split(r"\n\s*\n", d.raw) if len(p.strip()) > 80]
    return out


def perturb(p: str, rnd: random.Random) -> str:
    """Every digit (Western or Arabic-Indic) replaced by another digit of its script, at random."""
    def one(m):
        c = m.group()
        base = 0x660 if "\u0660" <= c <= "\u0669" else ord("0")
        return chr(base + rnd.randrange(10))
    return re.sub(r"[0-9\u0660-\u0669]", one, p)


def synthetic_texts(n: int, size: int = TEXT_BYTES, seed: int = 0) -> list[str]:
    rnd = random.Random(seed)
    paras = paragraphs()
    texts = []
    for _ in range(n):
        parts, total = [], 0
        while total < size:
            p = perturb(rnd.choice(paras), rnd)
            parts.append(p)
            total += len(p.encode("utf-8")) + 2
        texts.append("\n\n".join(parts) + "\n")
    return texts


REUSE = 0.05
"""In :func:`own_texts`, the chance that a paragraph is copied from an earlier synthetic text."""
KEEP = 0.15
"""In :func:`own_texts`, the chance that a word (not a number or next to one) is kept, not redrawn."""

_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def reword(p: str, vocab: dict[bool, list[str]], rnd: random.Random) -> str:
    """A paragraph of its own: each word redrawn (with chance ``1 - KEEP``) from the corpus's words
    of its script (``vocab[is Arabic]``), weighted by their frequency, except numbers and the words next to them (dates, units), which
    keep the extractors' work; digits perturbed."""
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(p)]
    num = [bool(_DIGIT.search(t)) for _, _, t in toks]
    out, last = [], 0
    for k, (a, b, t) in enumerate(toks):
        near = num[k] or (k and num[k - 1]) or (k + 1 < len(toks) and num[k + 1])
        out += [p[last:a], t if near or rnd.random() < KEEP else rnd.choice(vocab[bool(_ARABIC.search(t))])]
        last = b
    return perturb("".join(out) + p[last:], rnd)


def own_texts(n: int, size: int = TEXT_BYTES, seed: int = 0) -> list[str]:
    """Texts that are mostly their own material: each paragraph is a catalogue paragraph's shape
    with its words redrawn (:func:`reword`), except that with chance :data:`REUSE` it is copied
    (digits perturbed) from an earlier synthetic text, as articles quote one another. So a pair
    of texts shares a passage only where one quotes the other, not because both drew from the
    same few hundred paragraphs."""
    rnd = random.Random(seed)
    paras = paragraphs()
    words = [w for p in paras for w in _WORD.findall(p) if not _DIGIT.search(w)]
    vocab = {ar: [w for w in words if bool(_ARABIC.search(w)) == ar] for ar in (False, True)}
    texts: list[list[str]] = []
    for _ in range(n):
        parts, total = [], 0
        while total < size:
            if texts and rnd.random() < REUSE:
                p = perturb(rnd.choice(rnd.choice(texts)), rnd)
            else:
                p = reword(rnd.choice(paras), vocab, rnd)
            parts.append(p)
            total += len(p.encode("utf-8")) + 2
        texts.append(parts)
    return ["\n\n".join(parts) + "\n" for parts in texts]


def write_corpus(folder: Path, n: int, size: int = TEXT_BYTES, own: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate((own_texts if own else synthetic_texts)(n, size)):
        (folder / f"syn-{i:05d}-{2000 + i % 25}.txt").write_text(t, encoding="utf-8")
    return folder


def peak_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MB (the larger)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(me, kids) / 1024


def bench_scan(n: int, tmp: Path, jobs: int) -> dict:
    from tahqiq.scan import scan_to

    corpus = write_corpus(tmp / f"corpus-{n}", n)
    t0 = time.monotonic()
    s = scan_to([str(corpus)], tmp / f"scan-{n}", jobs=jobs, date_from_names=True, progress=False,
                log=lambda s: None)
    wall = time.monotonic() - t0
    print(f"scan internal, {n} texts x {TEXT_BYTES // 1000} KB on {jobs} worker(s): {wall:.1f} s wall, "
          f"{s.cpu / max(1, s.done):.3f} s CPU per text ({s.done} done, {len(s.failed)} failed)")
    return {"n": n, "wall": wall, "cpu_per_text": s.cpu / max(1, s.done)}


def bench_cross(n: int, tmp: Path) -> float | None:
    from tahqiq.scan.cross import cross_findings

    corpus = write_corpus(tmp / f"own-{n}", n, own=True)
    tm: dict = {}
    df = cross_findings([str(corpus)], date_from_names=True, timings=tm)
    kinds = df["kind"].value_counts().to_dict() if len(df) else {}
    print(f"cross-work, {n} texts of their own material ({REUSE:.0%} of paragraphs copied from an earlier "
          f"text): {tm['compare']:.1f} s wall, {tm['compare_cpu']:.1f} s CPU comparing (after {tm['prepare']:.1f} s "
          f"preparing the per-text facts in parallel); {len(df)} findings {kinds}")
    return tm["compare_cpu"]  # CPU time: the growth exponent is not blurred by other work on a shared machine


def bench_big(mb: float, tmp: Path, jobs: int = 1) -> float:
    from tahqiq.scan import scan_to

    folder = tmp / "big"
    folder.mkdir(exist_ok=True)
    text = "\n\n".join(synthetic_texts(max(1, int(mb * 1e6 / TEXT_BYTES)), TEXT_BYTES, seed=1))
    (folder / "big.txt").write_text(text, encoding="utf-8")
    t0 = time.monotonic()
    s = scan_to([str(folder)], tmp / "scan-big", jobs=jobs, progress=False, log=lambda s: None)
    wall = time.monotonic() - t0
    print(f"one text of {len(text.encode()) / 1e6:.1f} MB: {wall:.1f} s wall, {s.cpu:.1f} s CPU with {jobs} process(es) "
          f"for its detectors ({'done' if s.done else s.failed})")
    return wall


def bench_dask(tmp: Path, n: int = 12) -> bool:
    import pandas as pd
    from distributed import Client, LocalCluster

    from tahqiq.scan import read_tables, scan_to
    from tahqiq.scan import run as scan_run

    corpus = write_corpus(tmp / f"corpus-{n}", n)
    scan_run.BATCH_TEXTS = 3
    scan_to([str(corpus)], tmp / "dask-local", jobs=1, progress=False, log=lambda s: None)
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as lc, \
            Client(lc) as client:
        scan_to([str(corpus)], tmp / "dask-remote", scheduler=client, progress=False, log=lambda s: None)
    a, b = read_tables(tmp / "dask-local"), read_tables(tmp / "dask-remote")
    same = True
    for name in a:
        try:
            pd.testing.assert_frame_equal(a[name], b[name])
        except AssertionError:
            same = False
    print(f"Dask LocalCluster (2 worker processes) tables equal the local run's, {n} texts: {same}")
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="texts for the internal scan")
    ap.add_argument("--cross", default="100,1000", help="corpus sizes for the cross-work stage")
    ap.add_argument("--big-mb", type=float, default=20.0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as d:
        tmp = Path(d)
        if args.n:
            bench_scan(args.n, tmp, args.jobs)
        sizes = [int(x) for x in args.cross.split(",") if x]
        times = {n: bench_cross(n, tmp) for n in sizes}
        if len(sizes) >= 2 and all(times.values()):
            a, b = sizes[0], sizes[-1]
            print(f"cross-work growth exponent (CPU time of the comparing stage) from {a} to {b} texts: "
                  f"{math.log(times[b] / times[a]) / math.log(b / a):.2f}")
        if args.big_mb:
            bench_big(args.big_mb, tmp, args.jobs)
        if not args.skip_dask:
            bench_dask(tmp)
    print(f"peak memory (largest process): {peak_mb():.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
