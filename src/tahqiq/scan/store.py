"""Where a scan keeps its tables: partitioned Parquet under one folder, resumable.

Layout of ``OUT``::

    OUT/<table>/part-<batch>.parquet   one file per table per batch of texts (empty tables skipped)
    OUT/_done/<batch>.json             the batch's manifest, written last: its texts, done or failed
    OUT/scan.log                       one line per text that failed

A batch is done when its manifest exists; a part without a manifest (a batch interrupted while
writing) is removed by :func:`clean`, so an interrupted scan leaves no half-written rows and the
next scan redoes that batch. Every file is written under a temporary name and renamed into place.
Tables are read back with DuckDB (:func:`connect`: one view per table, named after it).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd

from ..errors import TahqiqError
from .tables import TABLES

DONE = "_done"


def batch_key(hashes: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()[:16]


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_batch(out: Path, key: str, tables: dict[str, list[pd.DataFrame]], infos: list[dict]) -> None:
    """The parts of one batch, then its manifest (last: the batch counts as done only then)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name, frames in tables.items():
        frames = [f for f in frames if len(f)]
        if not frames:
            continue
        df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        table = pa.Table.from_pandas(df, preserve_index=False)
        _atomic_write(out / name / f"part-{key}.parquet", lambda p, t=table: pq.write_table(t, p))
    text = json.dumps({"batch": key, "texts": infos}, ensure_ascii=False, indent=1)
    _atomic_write(out / DONE / f"{key}.json", lambda p: p.write_text(text, encoding="utf-8"))


def clean(out: Path) -> int:
    """Remove temporary files and the parts of batches that have no manifest; returns how many."""
    if not out.exists():
        return 0
    done = {p.stem for p in (out / DONE).glob("*.json")}
    removed = 0
    for p in out.rglob("*"):
        if not p.is_file():
            continue
        batch = p.stem.removeprefix("part-")
        stale = ".tmp-" in p.name or (p.suffix == ".parquet" and batch not in done and batch != "cross")
        if stale:
            p.unlink(missing_ok=True)
            removed += 1
    return removed


def manifests(out: Path) -> list[dict]:
    rows = []
    for p in sorted((out / DONE).glob("*.json")):
        try:
            rows.extend(json.loads(p.read_text(encoding="utf-8"))["texts"])
        except (ValueError, KeyError) as exc:
            raise TahqiqError(p, f"damaged scan manifest ({exc}); delete it to redo its batch") from None
    return rows


def done_hashes(out: Path) -> set[str]:
    """Content hashes of the texts already scanned into ``out`` (a failed text is not done)."""
    return {r["sha256"] for r in manifests(out) if r["status"] == "done"}


def _glob(out: Path, name: str) -> str | None:
    if not any((out / name).glob("part-*.parquet")):
        return None
    return str(out / name / "part-*.parquet").replace("'", "''")


def connect(out: str | Path):
    """A DuckDB connection with one view per table of the scan in ``out``."""
    import duckdb

    out = Path(out)
    if not (out / DONE).is_dir():
        raise TahqiqError(out, "not a scan folder (no _done/ manifests); run `tahqiq scan ... --out` first")
    con = duckdb.connect()
    for name in TABLES:
        pattern = _glob(out, name)
        if pattern:
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{pattern}', union_by_name=true)")
    return con


SORT = {"findings": ["file", "id"], "texts": ["file", "sha256"]}


def read_tables(out: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of a scan as a DataFrame, in a deterministic order (an empty table has no columns)."""
    out = Path(out)
    con = connect(out)
    have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    tables = {}
    for name in TABLES:
        if name not in have:
            tables[name] = pd.DataFrame()
            continue
        df = con.execute(f"SELECT * FROM {name}").df()
        keys = SORT.get(name) or [c for c in ("file", "start", "end", "event_id", "name") if c in df.columns]
        tables[name] = df.sort_values(keys, kind="stable").reset_index(drop=True)
    return tables


def query(out: str | Path, sql: str) -> pd.DataFrame:
    """The result of one SQL query over the scan's tables (DuckDB)."""
    import duckdb

    con = connect(out)
    try:
        return con.execute(sql).df()
    except duckdb.Error as exc:
        views = ", ".join(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        raise TahqiqError(out, f"query failed: {str(exc).splitlines()[0]} (tables: {views})") from None
