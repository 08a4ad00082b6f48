"""Snapshot of every extraction table and of the corpus findings, for comparing two versions.

Run ``python benchmarks/snapshot.py OUT_DIR`` in each checkout (for example the current one and a
``git worktree`` of an older commit, each with its own package on ``PYTHONPATH``), then
``diff -r OLD_DIR NEW_DIR``: a refactoring that keeps behaviour leaves no difference. Each table
is written as JSON lines in a fixed order (``<table>.jsonl``), so a difference names its rows.
It works with the layouts before and after the subpackages (it imports what both have).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from tahqiq import Catalogue
from tahqiq import checks
from tahqiq.facts import gather

try:
    from tahqiq.review.findings import to_frame
except ImportError:  # the layout before the subpackages
    from tahqiq.findings import to_frame

TABLES = ("blocks", "dates", "figures", "citations", "bibliography", "notes")


def _rows(df: pd.DataFrame) -> list[str]:
    return [json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in df.to_dict(orient="records")]


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    facts = gather(Catalogue().documents())
    for name in TABLES:
        lines = []
        for tf in facts:
            lines += _rows(getattr(tf, name))
        (out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    findings = to_frame(checks.run(facts))
    (out / "findings.jsonl").write_text("\n".join(_rows(findings)) + "\n", encoding="utf-8")
    print(f"wrote {len(TABLES) + 1} tables to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) == 2 else 2)
    snapshot(Path(sys.argv[1]))
