"""Every planted-fault set of ``benchmarks/yardsticks.yml``, measured by the current engine, side by
side: blind sets (out-of-sample) and sets whose misses have been read (in-sample).

Run ``python benchmarks/bench_yardsticks.py [--only NAME,...] [--csv PATH]`` from the project folder.
Prints one line per set (recall, false alarms per 10,000 characters, status) and writes
``benchmarks/results/yardsticks.csv`` (read by the book's validity page; the build does not rerun
the benchmark), with the commit measured. ``bench_planted.py --plants … --clean …`` gives one set's
per-kind table, misses and false alarms. Not a timed test: a set takes one to two minutes.

Examples::

    python benchmarks/bench_yardsticks.py                  # every set, writes results/yardsticks.csv
    python benchmarks/bench_yardsticks.py --only heldout8  # one set, printed only (no CSV written)
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def commit() -> str:
    """The commit measured (``+dirty`` when tracked files differ from it)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "src"],
                               cwd=HERE.parent, capture_output=True, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    from tahqiq.review import yardsticks
    from tahqiq.review.planted import load_recipes, only_files, run, summary

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("--registry", default=HERE / "yardsticks.yml")
    ap.add_argument("--only", default="", help="comma-separated set names (then no CSV is written unless --csv)")
    ap.add_argument("--devset", default=HERE.parent.parent / "shared" / "devset")
    ap.add_argument("--csv", default=None, help="where to write the table ('' to skip; default "
                                                "results/yardsticks.csv when every set is measured)")
    args = ap.parse_args(argv)

    sets = yardsticks.load(args.registry)
    only = [s for s in args.only.split(",") if s]
    unknown = sorted(set(only) - {s.name for s in sets})
    if unknown:
        ap.error(f"no such set in {args.registry}: {', '.join(unknown)}")
    chosen = [s for s in sets if not only or s.name in only]
    csv = args.csv if args.csv is not None else ("" if only else str(HERE / "results" / "yardsticks.csv"))
    measured, at = commit(), dt.date.today().isoformat()
    rows = []
    for s in chosen:
        rec = load_recipes(s.plants, s.clean, args.devset)
        if s.files:
            rec = only_files(rec, s.files)
        res, alarms = run(rec)
        t = summary(res, alarms, rec).set_index("row")
        rows.append({"set": s.name, "status": s.status, "texts": len(rec.raw), "chars": int(t.loc["false-alarms", "chars"]),
                     "plants": int(t.loc["overall", "plants"]), "kinds": int(res["kind"].nunique()),
                     "caught": int(t.loc["overall", "caught"]), "recall": float(t.loc["overall", "recall"]),
                     "false_alarms": int(t.loc["false-alarms", "caught"]),
                     "per_10k": float(t.loc["false-alarms", "per_10k"]), "commit": measured, "measured": at})
        r = rows[-1]
        print(f"{s.name:10s} {s.status:9s} recall {r['caught']}/{r['plants']} = {r['recall']:.3f}; "
              f"false alarms {r['false_alarms']} over {r['chars']:,} characters = {r['per_10k']:.2f} per 10,000",
              flush=True)
    table = pd.DataFrame(rows, columns=list(yardsticks.COLUMNS))
    if csv:
        Path(csv).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(csv, index=False)
        print(f"wrote {csv} (commit {measured})")
    return 0


if __name__ == "__main__":
    from tahqiq.errors import TahqiqError

    try:
        sys.exit(main())
    except TahqiqError as exc:
        sys.exit(f"bench_yardsticks: error: {exc}")
