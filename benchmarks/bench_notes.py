"""Benchmark: how many of the reader's notes (``data/notes/*.yml``) the detectors' findings reach.

Run ``python benchmarks/bench_notes.py [--no-cache] [--jobs N]``.

It prints, per confidence (high, high+medium, all), per note kind and per detector family, the
notes, how many a detector finding quotes (any part of the note's quote), and the recall; then the
reader's reference-fact notes an ``external`` finding touches; then every untouched note, by kind.
The notes were written by reading the corpus texts, and several detectors were written from the
same texts: every figure here is IN-SAMPLE. The findings come from
:func:`tahqiq.review.factcheck.corpus_findings` (its cache is keyed by the package and the data).
"""

from __future__ import annotations

import argparse

import pandas as pd

from tahqiq.review.factcheck import corpus_findings
from tahqiq.review.notes import corpus_notes, reach
from tahqiq.review.recall import by_confidence, by_family, reference_facts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-cache", action="store_true", help="recompute the findings")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--quiet", action="store_true", help="do not list the untouched notes")
    args = ap.parse_args(argv)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 90)
    findings = corpus_findings(use_cache=not args.no_cache, jobs=args.jobs)
    notes = corpus_notes()
    print(f"{len(findings)} findings, {len(notes)} reader's notes (in-sample)\n")
    print(by_confidence(findings, notes).to_string(index=False), "\n")
    r = reach(notes, findings)
    hm = r[r["confidence"].isin(("high", "medium"))]
    per_kind = (r.groupby(["kind", "confidence"])["reached"].agg(notes="size", reached="sum").reset_index())
    per_kind["recall"] = (per_kind["reached"] / per_kind["notes"]).round(2)
    print(per_kind.to_string(index=False), "\n")
    fam = by_family(findings, notes)
    print(fam[["family", "notes", "notes_reached", "notes_touched_by_any", "known_faults", "recall",
               "findings", "precision"]].to_string(index=False), "\n")
    ref = reference_facts(findings, notes)
    print(f"reference-fact notes touched by an external finding: {ref['touched']}/{ref['notes']} "
          f"({ref['recall']}) by {', '.join(ref['by']) or '-'}\n")
    reviewed = findings[findings["verdict"].isin(("confirmed", "explained", "false-alarm"))]
    if len(reviewed):
        good = reviewed["verdict"].isin(("confirmed", "explained")).sum()
        print(f"findings judged real: {good}/{len(reviewed)} reviewed ({good / len(reviewed):.3f}); "
              f"unreviewed {len(findings) - len(reviewed)}\n")
    if not args.quiet:
        miss = hm[~hm["reached"]].sort_values(["kind", "confidence", "slug"])
        print(f"untouched high+medium notes: {len(miss)}")
        for kind, g in miss.groupby("kind"):
            print(f"## {kind} ({len(g)})")
            for n in g.itertuples():
                print(f"  [{n.confidence}] {n.slug} {n.file}:{n.start}  {n.quote[:80]!r}")
                print(f"      {n.explanation[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
