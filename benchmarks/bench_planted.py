"""Benchmark: recall of the detectors on planted faults, and their false alarms on clean texts.

Run ``python benchmarks/bench_planted.py [--devset DIR] [--csv PATH] [--plants PATH]``.

The recipes (``benchmarks/planted/plants.yml``) plant one fault each, one phrase changed the way a
careless writer would, into clean texts: four articles written for this benchmark
(``benchmarks/clean/``: an academic PDF-like text with a bilingual abstract, an article history,
footnotes and Arabic and English bibliographies; a Markdown article; a web text with endnotes; a
news item in Eastern Arabic digits) and the dev-set texts (``../shared/devset``, read at run time,
skipped with a message when absent). Its misses have been read since, so its figures are
in-sample; ``--plants``/``--clean`` measure another set, and ``benchmarks/yardsticks.yml`` says
which sets are still blind (``bench_yardsticks.py`` measures them all side by side).

It prints recall per fault kind (a plant is caught when a finding that the unplanted text does not
have quotes the changed phrase; ``expected`` counts only the detector written for that kind), the
overall recall, each miss, and every finding on the unplanted originals: on a clean text each one is
a false alarm, given per 10,000 characters and listed so that it can be read and judged. The summary
is written to ``benchmarks/planted.csv`` (read by the book's validity page, so that the build does
not rerun the benchmark).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from tahqiq.review.planted import FAULT_KINDS, load_recipes, only_files, run, summary

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plants", default=HERE / "planted" / "plants.yml")
    ap.add_argument("--clean", default=HERE / "clean")
    ap.add_argument("--devset", default=HERE.parent.parent / "shared" / "devset")
    ap.add_argument("--csv", default=HERE / "planted.csv", help="where to write the summary ('' to skip)")
    ap.add_argument("--files", default="", help="only these texts of the set (comma-separated, as in its "
                                                "'texts': clean/<name>), e.g. the half of a set that was read")
    args = ap.parse_args(argv)

    rec = load_recipes(args.plants, args.clean, args.devset)
    files = [f for f in args.files.split(",") if f]
    if files:
        rec = only_files(rec, files)
    for name in rec.missing:
        print(f"skipped {name}: not found under {args.devset} (its plants are not counted)")
    print(f"{len(rec.plants)} plants over {len({p.kind for p in rec.plants})} kinds in {len(rec.raw)} texts "
          f"({sum(len(r) for r in rec.raw.values()):,} characters)\n")

    tty = sys.stderr.isatty()

    def progress(i, n, row):
        # a counter redrawn in place on a terminal; one line every 25 plants in a log
        if tty:
            print(f"\r{i}/{n}", end="", file=sys.stderr, flush=True)
        elif i == n or i % 25 == 0:
            print(f"{i}/{n} plants", file=sys.stderr, flush=True)

    results, alarms = run(rec, progress)
    if tty:
        print(file=sys.stderr)
    table = summary(results, alarms, rec)

    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 120)
    from tahqiq.review import yardsticks

    known = yardsticks.find(HERE / "yardsticks.yml", args.plants, files) if (HERE / "yardsticks.yml").exists() else None
    status = ("not listed in benchmarks/yardsticks.yml: say whether its misses were read" if known is None else
              "out-of-sample: nobody who writes the rules has read its misses" if known.status == "blind" else
              f"in-sample: {known.read}")
    print(f"Recall per kind ({status})")
    print(table[table["row"] != "false-alarms"][["row", "plants", "caught", "recall", "recall_expected"]]
          .to_string(index=False))
    fa = table[table["row"] == "false-alarms"].iloc[0]
    print(f"\nFalse alarms on the unplanted originals: {int(fa['caught'])} over {int(fa['chars']):,} characters "
          f"= {fa['per_10k']} per 10,000 characters (target: at most 0.5)")
    for _, a in alarms.iterrows():
        print(f"  [{a['file']}] {a['kind']}: {a['message']}\n      quotes: {a['quotes']}")

    print("\nMisses, by kind:")
    for kind, sub in results[~results["caught"]].groupby("kind", sort=False):
        print(f"  {kind} ({FAULT_KINDS[kind][0]}):")
        for _, r in sub.iterrows():
            print(f"    {r['id']} [{r['file']}] «{r['before']}» -> «{r['after']}»")
    other = results[results["caught"] & ~results["caught_as_expected"]]
    if len(other):
        print("\nCaught, but by a detector not written for the kind:")
        for _, r in other.iterrows():
            print(f"    {r['id']} {r['kind']} caught by {r['by']}")
    if args.csv:
        table.to_csv(args.csv, index=False)
        print(f"\nwrote {args.csv}")
    return 0


if __name__ == "__main__":
    from tahqiq.errors import TahqiqError

    try:
        sys.exit(main())
    except TahqiqError as exc:
        sys.exit(f"bench_planted: error: {exc}")
