"""Out-of-sample figures beside in-sample ones: the dev-set benchmark's pooled scores.

``benchmarks/bench_devset.py`` measures the extractors on the development set (real texts no rule
was written from, kept outside the project) and writes its pooled figures to
``data/quality/devset.csv``. :func:`devset_scores` reads that file (validated: one clear
error naming it); :func:`side_by_side` sets its figures beside the in-sample scores of the gold
sets (:func:`tahqiq.review.gold.quality`), each column labelled with its sample.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import project_root
from ..errors import TahqiqError

COLUMNS = ("measure", "tool", "anchor", "value", "gold", "sample")
IN_SAMPLE = "in-sample (tests/gold: the texts the rules were written from)"
OUT_OF_SAMPLE = "out-of-sample (dev set)"


def devset_path() -> Path:
    return project_root() / "data" / "quality" / "devset.csv"


def devset_scores(path: str | Path | None = None) -> pd.DataFrame:
    """The pooled dev-set figures written by ``benchmarks/bench_devset.py``."""
    p = Path(path) if path is not None else devset_path()
    if not p.is_file():
        raise TahqiqError(p, "no such file (run benchmarks/bench_devset.py)")
    try:
        df = pd.read_csv(p, dtype={"measure": str, "tool": str, "anchor": str, "sample": str})
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise TahqiqError(p, f"not a CSV table: {exc}") from None
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise TahqiqError(p, f"missing column {missing[0]!r}")
    values = pd.to_numeric(df["value"], errors="coerce")
    if values.isna().any():
        row = int(values.isna().to_numpy().nonzero()[0][0])
        raise TahqiqError(p, f"row {row + 2}: value {df['value'].iloc[row]!r} is not a number")
    return df.assign(value=values)


def _pick(devset: pd.DataFrame, measure: str, tool: str, anchor: str = "-") -> float:
    r = devset[(devset["measure"] == measure) & (devset["tool"] == tool) & (devset["anchor"] == anchor)]
    return float(r["value"].iloc[0]) if len(r) else math.nan


def _pooled(q: pd.DataFrame, column: str) -> float:
    r = q[(q["text"] == "all texts") & (q["type"] == "all")]
    return float(r[column].iloc[0]) if len(r) else math.nan


def side_by_side(scores: dict[str, pd.DataFrame], devset: pd.DataFrame, display: bool = False) -> pd.DataFrame:
    """One row per measure: the in-sample figure (pooled over the gold sets: ``scores`` are the
    :func:`~tahqiq.review.gold.quality` tables by kind) and the out-of-sample one (the dev set).
    ``display``: the figures as text (three decimals, a dash where a sample has none)."""
    d, f = scores.get("dates"), scores.get("figures")
    rows = [
        ("dates: exact-interval recall, publication date given", _pooled(d, "recall") if d is not None else math.nan,
         _pick(devset, "dates exact-interval recall", "tahqiq CLI", "--date")),
        ("dates: exact-interval precision, publication date given",
         _pooled(d, "precision") if d is not None else math.nan,
         _pick(devset, "dates exact-interval precision", "tahqiq CLI", "--date")),
        ("dates: exact-interval recall, anchor inferred from the text", math.nan,
         _pick(devset, "dates exact-interval recall", "tahqiq CLI", "inferred")),
        ("dates: exact-interval precision, anchor inferred from the text", math.nan,
         _pick(devset, "dates exact-interval precision", "tahqiq CLI", "inferred")),
        ("dates: dateparser's recall (generous: any day in the interval)", math.nan,
         _pick(devset, "dates exact-interval recall (generous)", "dateparser")),
        ("figures: value and unit recall", _pooled(f, "recall") if f is not None else math.nan,
         _pick(devset, "figures value+unit recall", "tahqiq API")),
        ("figures: value and unit precision", _pooled(f, "precision") if f is not None else math.nan,
         _pick(devset, "figures value+unit precision", "tahqiq API")),
        ("figures: value recall", math.nan, _pick(devset, "figures value recall", "tahqiq API")),
        ("CPU ratio to dateparser (cold first pass, imports included)", math.nan,
         _pick(devset, "CPU ratio to dateparser, cold, imports included", "tahqiq")),
    ]
    df = pd.DataFrame(rows, columns=["measure", IN_SAMPLE, OUT_OF_SAMPLE])
    if display:
        for c in (IN_SAMPLE, OUT_OF_SAMPLE):
            df[c] = ["—" if math.isnan(x) else f"{x:.3f}" for x in df[c]]
    return df
