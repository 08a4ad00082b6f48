"""Out-of-sample figures beside in-sample ones: the dev-set benchmark's pooled scores.

``benchmarks/bench_devset.py`` measures the extractors on the development set (real texts no rule
was written from, kept outside the project) and writes its pooled figures to
``data/quality/devset.csv``. :func:`devset_scores` reads that file (validated: one clear
error naming it); :func:`side_by_side` sets its figures beside the in-sample scores of the gold
sets (:func:`tahqiq.review.gold.quality`), each column labelled with its sample.

Each gold sample beyond ``tests/gold`` (the dev set; the heldout folders' gold, scored by
``bench_devset.py --dir benchmarks/heldout7 --csv data/quality/heldout7.csv``) is labelled with
the status ``benchmarks/yardsticks.yml`` gives its set (:func:`sample_status`): ``blind`` while
nobody who writes the rules has read its misses, ``in-sample`` once they have been read. A sample
the registry does not list is labelled in-sample: a column never claims to be out of sample
unless the registry says its set is still blind.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import project_root
from ..errors import TahqiqError

COLUMNS = ("measure", "tool", "anchor", "value", "gold", "sample")
IN_SAMPLE = "in-sample (tests/gold: the texts the rules were written from)"
OUT_OF_SAMPLE = "out-of-sample (dev set)"


DEVSET = "dev set"  # the sample name of data/quality/devset.csv


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


def sample_status(sample: str, registry: str | Path | None = None) -> str:
    """The status of a gold sample by ``benchmarks/yardsticks.yml``: the dev set's is that of the
    sets marked ``devset``; a folder's (``heldout7``) that of the sets drawn from
    ``benchmarks/<folder>/clean``. ``blind`` only when every such set is blind; ``in-sample``
    otherwise, for a sample no set names, and in a project without the registry (a copy of the book
    without ``benchmarks/``): never out of sample by default."""
    from .yardsticks import load

    reg = Path(registry) if registry is not None else project_root() / "benchmarks" / "yardsticks.yml"
    if not reg.exists():
        return "in-sample"
    sets = load(reg)
    if sample == DEVSET:
        mine = [y for y in sets if y.devset]
    else:
        mine = [y for y in sets if y.clean.resolve() == (reg.parent / sample / "clean").resolve()]
    return "blind" if mine and all(y.status == "blind" for y in mine) else "in-sample"


def sample_label(sample: str, status: str, lang: str = "en") -> str:
    """A column header: the sample's status (``in-sample``, ``blind``) and which gold it is, in ``lang``."""
    from ..book import strings

    what = strings.text("sample.devset", lang) if sample == DEVSET else \
        strings.text("sample.gold", lang).replace("{name}", f"benchmarks/{sample}")
    return f"{strings.text(f'value.status.{status}', lang)} ({what})"


def gold_samples(folder: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The heldout gold folders' pooled scores (``data/quality/heldout*.csv``), by folder name."""
    d = Path(folder) if folder is not None else devset_path().parent
    def number(p: Path) -> tuple[int, str]:  # heldout9 before heldout10
        m = re.search(r"\d+", p.stem)
        return (int(m.group()) if m else -1, p.stem)

    return {p.stem: devset_scores(p) for p in sorted(d.glob("heldout*.csv"), key=number)}


def side_by_side(scores: dict[str, pd.DataFrame], devset: pd.DataFrame, display: bool = False,
                 others: dict[str, pd.DataFrame] | None = None, lang: str | None = None,
                 registry: str | Path | None = None) -> pd.DataFrame:
    """One row per measure: the in-sample figure (pooled over the gold sets: ``scores`` are the
    :func:`~tahqiq.review.gold.quality` tables by kind) and the dev set's. With ``lang``, the
    dev set's column and one for each of ``others`` (a heldout folder's scores by its name:
    :func:`gold_samples`) are headed by :func:`sample_label` with the status the registry gives
    their set; without it, the dev set's column keeps the old header ``OUT_OF_SAMPLE`` (for
    callers that set their own). ``display``: the figures as text (three decimals, a dash where a
    sample has none)."""
    d, f = scores.get("dates"), scores.get("figures")
    if lang is not None:
        samples = {DEVSET: devset, **(others or {})}
        table = None
        for name, frame in samples.items():
            col = side_by_side(scores, frame, display=display)
            col = col.rename(columns={OUT_OF_SAMPLE: sample_label(name, sample_status(name, registry), lang)})
            table = col if table is None else table.join(col.iloc[:, 2:])
        if lang != "en":  # each measure in the edition's words (ui.yml ``measure.<English>``)
            from ..book import strings

            table["measure"] = [strings.text(f"measure.{m}", lang) for m in table["measure"]]
        return table
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


MAIN_MEASURES = (0, 1, 5, 6)
"""The measures of :func:`side_by_side` a reader compares first (dates' exact-interval recall and
precision with the publication date given, figures' value-and-unit recall and precision), by row."""


def by_sample(table: pd.DataFrame, lang: str = "en") -> tuple[pd.DataFrame, list[str]]:
    """:func:`side_by_side`'s table (a row per measure, a column per sample) turned a row per sample
    (its header as the row's ``set``, a column per measure), and the measures other than
    :data:`MAIN_MEASURES` (for the book to fold: ``render.table(more=…)``). A column per sample grew with
    every heldout set (14 columns, 2,500 px wide in a 755 px box at 1366 px); a row per sample grows
    downward."""
    measures = list(table["measure"])
    from ..book.render import column_label

    out = table.set_index("measure").T.reset_index().rename(columns={"index": "set"})
    out.columns.name = None
    out["set"] = [column_label(x, lang) for x in out["set"]]  # a header's words as the row's name, in ``lang``
    return out[["set", *measures]], [m for i, m in enumerate(measures) if i not in MAIN_MEASURES]
