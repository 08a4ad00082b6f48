"""The cross-work stage of a scan: the detectors that compare works, over every text scanned.

Each text is one work (its base text). The per-text facts the cross-work detectors read (blocks,
dates, figures, citations, entity mentions, content words) are computed in parallel worker
processes, once per text; the detectors then compare only the candidate pairs their indexes
find (:mod:`tahqiq.compare.candidates`, and the event and name indexes of the detectors).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from ..errors import TahqiqError

def _prepared(item: tuple[str, str | None]):
    """In a worker: one text's facts with everything per-text computed (or None and the error)."""
    from ..checks.textevents import phrases_of
    from ..compare.candidates import unit_stems, window_stems
    from ..corpus.catalogue import load_path
    from ..facts import load_reference, text_facts

    path, published = item
    try:
        tf = text_facts(load_path(path), load_reference())
        tf.published = published
        unit_stems(tf)
        window_stems(tf)
        phrases_of(tf)  # the event phrases the cross-work event detectors compare, in the worker too
        return tf, None
    except TahqiqError as exc:
        return None, str(exc)


def prepare(items: list[tuple[str, str | None]], jobs: int | None = None) -> tuple[list, list[str]]:
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(items) <= 1:
        results = [_prepared(it) for it in items]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_prepared, items, chunksize=max(1, len(items) // (4 * jobs))))
    return [tf for tf, _ in results if tf is not None], [e for _, e in results if e]


def cross_findings(targets: list[str], date_from_names: bool = False, dates=None, jobs: int | None = None,
                   timings: dict | None = None) -> pd.DataFrame:
    """The cross-work findings over the texts named by ``targets`` (a table like ``findings``)."""
    from .. import checks
    from ..facts import Facts
    from ..review.findings import COLUMNS, to_frame
    from .run import plan

    t0 = time.monotonic()
    items = [(it.path, it.published) for it in plan(targets, date_from_names, dates)]
    texts, _ = prepare(items, jobs)
    t1, c1 = time.monotonic(), time.process_time()
    df = to_frame(checks.run(Facts(texts), {"cross-work"}))
    if timings is not None:
        timings.update(prepare=t1 - t0, compare=time.monotonic() - t1, compare_cpu=time.process_time() - c1,
                       texts=len(texts))
    return df if len(df) else pd.DataFrame(columns=list(COLUMNS))


def write_cross(out: Path, df: pd.DataFrame) -> Path:
    """The cross-work findings as ``OUT/crosswork/part-cross.parquet`` (replaced whole each run)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .store import _atomic_write
    from .tables import for_parquet

    path = out / "crosswork" / "part-cross.parquet"
    table = pa.Table.from_pandas(for_parquet(df), preserve_index=False)
    _atomic_write(path, lambda p: pq.write_table(table, p))
    return path
