"""The facts stage of the corpus, timed step by step, and old against new in one run.

``python benchmarks/bench_pipeline.py [--old DIR] [--repeat N]`` prints:

* the time of each step of :func:`tahqiq.facts.gather` over the corpus (normalise, blocks,
  sentences, dates, figures, references, entities, links) and of the detectors (findings);
* how many times :func:`tahqiq.segment.blocks.segment` ran (once per text is the design);
* the whole gathering timed for the old version (the commit before the facts stage, checked
  out read-only at ``--old``, default ``/work/wt-old``; made with ``git worktree add`` of
  commit 5094c6d when that folder is missing) and for this one, each in its own subprocess
  on the same corpus, the best of ``--repeat`` runs, and their ratio.

The old version has no single gathering step: its TextFacts computed each table lazily, and
the detectors computed entity mentions and event links on the side. "Old gathering" is
therefore the same tables built the old way: blocks, dates, figures, citations, bibliography,
notes (the tables of ``benchmarks/snapshot.py``), then entity mentions and event links as its
detectors made them; both the six-table figure and the full one are printed.
These are CPU-bound timings on a shared machine: read the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

OLD_COMMIT = "5094c6d"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_OLD = r"""
import json, time
from tahqiq import Catalogue
try:
    from tahqiq.facts import gather
    from tahqiq.link.entities import extract_entities
    from tahqiq.link.events import link_mentions, load_events
except ImportError:  # the layout before the subpackages
    from tahqiq.facts import gather
    from tahqiq.entities import extract_entities
    from tahqiq.link import link_mentions, load_events
from tahqiq import checks
checks.load_all()  # imports (and compiles the patterns of) every module, outside the timing
docs = Catalogue().documents()
for d in docs:
    d.norm
t0 = time.process_time()
facts = gather(docs)
for name in ("blocks", "dates", "figures", "citations", "bibliography", "notes"):
    for tf in facts:
        getattr(tf, name)
t1 = time.process_time()
gaz = load_events()
for tf in facts:
    extract_entities(tf.doc, tf.blocks)
    link_mentions(tf, gaz)
t2 = time.process_time()
print(json.dumps({"tables": t1 - t0, "all": t2 - t0}))
"""

_NEW = r"""
import json, time
from tahqiq import Catalogue
from tahqiq.facts import gather, load_reference
from tahqiq import checks
import tahqiq.segment.sentences
checks.load_all()  # imports (and compiles the patterns of) every module, outside the timing
docs = Catalogue().documents()
for d in docs:
    d.norm
ref = load_reference()
stages = {}
def timer(stage, s):
    stages[stage] = stages.get(stage, 0.0) + s
t0 = time.process_time()
gather(docs, ref, timer)
t1 = time.process_time()
tables = t1 - t0 - stages.get("entities", 0) - stages.get("links", 0) - stages.get("sentences", 0)
print(json.dumps({"tables": tables, "all": t1 - t0}))
"""


def _old_dir(path: Path) -> Path:
    if (path / "src" / "tahqiq").is_dir():
        return path
    path = Path("/tmp/tahqiq-bench-old")
    if not (path / "src" / "tahqiq").is_dir():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), OLD_COMMIT], check=True)
    return path


def _run(code: str, root: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(root / "src"), TAHQIQ_ROOT=str(root))
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def stages() -> None:
    """Each step of gathering the corpus facts in this process, with the calls of ``segment``."""
    import tahqiq.segment.blocks as blocks
    from tahqiq import Catalogue, checks
    from tahqiq.facts import gather, load_reference

    calls = {"segment": 0}
    original = blocks.segment

    def counted(*a, **k):
        calls["segment"] += 1
        return original(*a, **k)

    blocks.segment = counted
    try:
        docs = Catalogue().documents()
        ref = load_reference()
        times: dict[str, float] = {}

        def timer(stage, s):
            times[stage] = times.get(stage, 0.0) + s

        t0 = time.process_time()
        facts = gather(docs, ref, timer)
        t1 = time.process_time()
        findings = checks.run(facts)
        t2 = time.process_time()
    finally:
        blocks.segment = original
    print(f"corpus: {len(docs)} texts, {sum(len(d.raw) for d in docs):,} characters (CPU seconds)")
    for stage, s in times.items():
        print(f"  {stage:<12}{s:8.3f}")
    print(f"  {'gather':<12}{t1 - t0:8.3f}")
    print(f"  {'findings':<12}{t2 - t1:8.3f}   ({len(findings)} findings)")
    print(f"segment() calls: {calls['segment']} for {len(docs)} texts")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, default=Path("/work/wt-old"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    stages()
    old_root = _old_dir(args.old)
    old = [_run(_OLD, old_root) for _ in range(args.repeat)]
    new = [_run(_NEW, ROOT) for _ in range(args.repeat)]
    print(f"whole gathering, best of {args.repeat} (CPU seconds, each in its own process):")
    for key, label in (("tables", "six tables (blocks … notes)"), ("all", "all facts (+ entities, links)")):
        o, n = min(r[key] for r in old), min(r[key] for r in new)
        print(f"  {label:<32} old {o:6.2f}  new {n:6.2f}  {o / n:5.1f}x faster")


if __name__ == "__main__":
    main()
