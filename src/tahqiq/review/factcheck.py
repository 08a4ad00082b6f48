"""Running the detectors over texts, and the reviewers' verdicts (``data/triage.yml``).

``check(docs)`` gathers the facts of the documents and runs every registered detector; the
result is a findings table with the reviewer's ``verdict`` (and ``reason``) joined on the
finding's stable id. Triage never hides a finding: an explained or false one is shown with its
verdict. ``corpus_findings()`` checks the whole catalogue once and caches the table on disk,
keyed by a hash of the package's source and the data, so that every chapter of a build reads
the same findings without recomputing them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field
from .. import checks
from ..corpus.catalogue import Catalogue, Document
from ..errors import TahqiqError
from ..provenance import PACKAGE, package_files
from ..facts import gather
from .findings import COLUMNS, to_frame
from ..corpus.yamlfile import read_yaml, validate_entry

VERDICTS = ("confirmed", "explained", "false-alarm")


class Verdict(BaseModel):
    """One entry of ``data/triage.yml``: a reviewer's verdict on a finding."""

    model_config = ConfigDict(extra="forbid")  # a misspelt field (``reason_arabic``) is an error, not lost
    id: str = Field(min_length=1)
    verdict: Literal["confirmed", "explained", "false-alarm"]
    reason: str | None = None
    reason_ar: str | None = None  # the reason in Arabic, for the Arabic edition (else the English, marked)
SCOPE_ALIASES = {"internal": "internal", "cross": "cross-work", "cross-work": "cross-work", "external": "external"}


def load_triage(path: str | Path | None = None, root: Path | None = None) -> dict[str, dict]:
    """The verdicts of ``data/triage.yml`` by finding id, validated."""
    p = Path(path) if path else (root or Catalogue().root) / "data" / "triage.yml"
    if not p.exists():
        return {}
    items = read_yaml(p, list_key="verdicts")["verdicts"]
    out: dict[str, dict] = {}
    for i, item in enumerate(items):
        v = validate_entry(Verdict, item, p, f"verdicts[{i}]")
        where = f"verdict for {v.id!r}"
        if v.verdict in ("explained", "false-alarm") and not v.reason:
            raise TahqiqError(p, f"{where}: field 'reason' is required for {v.verdict!r}")
        if v.id in out:
            raise TahqiqError(p, f"{where}: duplicate id")
        out[v.id] = {"verdict": v.verdict, "reason": v.reason, "reason_ar": v.reason_ar}
    return out


def unknown_verdicts(df: pd.DataFrame, triage: dict[str, dict]) -> list[str]:
    """The ids of ``triage`` that no finding of ``df`` has, sorted."""
    return sorted(set(triage) - set(df["id"]))


def triage_report(df: pd.DataFrame, triage: dict[str, dict], path: str | Path = "data/triage.yml") -> str | None:
    """One line naming the file and the verdicts whose id no finding has, or ``None`` if there are none.

    A verdict for an unknown id is a typo or a finding that changed or disappeared: ``tahqiq build``
    prints this line as a warning, and the tests fail on it for the shipped triage."""
    unknown = unknown_verdicts(df, triage)
    if not unknown:
        return None
    shown = ", ".join(repr(i) for i in unknown[:10]) + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else "")
    return (f"{path}: {len(unknown)} verdict(s) for an id that no finding has: {shown} "
            f"(a typo, or the finding changed; `tahqiq findings --format jsonl` lists the ids)")


def with_verdicts(df: pd.DataFrame, triage: dict[str, dict]) -> pd.DataFrame:
    df = df.copy()
    df["verdict"] = [triage.get(i, {}).get("verdict", "unreviewed") for i in df["id"]]
    df["reason"] = [triage.get(i, {}).get("reason") for i in df["id"]]
    df["reason_ar"] = [triage.get(i, {}).get("reason_ar") for i in df["id"]]
    return df


def check(docs: list[Document], scopes: set[str] | None = None, triage: dict | None = None) -> pd.DataFrame:
    """Findings of every detector over ``docs`` (with verdicts), scopes filtered if given."""
    found = checks.run(gather(docs), scopes)
    df = to_frame(found)
    if df.empty:
        df = pd.DataFrame(columns=list(COLUMNS))
    return with_verdicts(df, triage if triage is not None else load_triage())


def _cache_key(cat: Catalogue) -> str:
    h = hashlib.sha256()
    pkg = PACKAGE
    for p in package_files():
        h.update(str(p.relative_to(pkg)).encode())
        h.update(p.read_bytes())
    data = cat.root / "data"
    for p in sorted(x for x in data.rglob("*") if x.is_file() and x.name != "triage.yml"):
        h.update(str(p.relative_to(data)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


_WORKER_FACTS = None


def _set_worker_facts(facts) -> None:
    global _WORKER_FACTS
    _WORKER_FACTS = facts


def _one_detector(name: str) -> list:
    return checks.load_all()[name].func(_WORKER_FACTS)


def run_detectors(facts, jobs: int = 1) -> list:
    """Every registered detector over ``facts`` (as :func:`tahqiq.checks.run`), the detectors shared
    out among ``jobs`` worker processes (each receives the facts once). Detectors are pure functions
    of the facts and :func:`to_frame` orders the findings, so the table is the same for any ``jobs``."""
    from concurrent.futures import ProcessPoolExecutor

    names = sorted(checks.load_all())
    if jobs <= 1:
        return checks.run(facts)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_set_worker_facts, initargs=(facts,)) as pool:
        return [f for found in pool.map(_one_detector, names) for f in found]


def corpus_findings(cat: Catalogue | None = None, use_cache: bool = True, jobs: int | None = None) -> pd.DataFrame:
    """Findings over the whole catalogue (every text, cross-work detectors included), cached.

    Computed on ``jobs`` processes (every core when None): the texts' facts, then the detectors."""
    import os

    cat = cat or Catalogue()
    cache = cat.root / ".tahqiq-cache" / f"findings-{_cache_key(cat)}.json"
    if use_cache and cache.exists():
        df = pd.DataFrame(json.loads(cache.read_text(encoding="utf-8")), columns=list(COLUMNS))
    else:
        jobs = jobs or os.cpu_count() or 1
        found = run_detectors(gather(cat.documents(), jobs=jobs), jobs)
        df = to_frame(found)
        if df.empty:
            df = pd.DataFrame(columns=list(COLUMNS))
        cache.parent.mkdir(exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(df.to_dict(orient="records"), ensure_ascii=False, sort_keys=True), encoding="utf-8")
        tmp.replace(cache)
    return with_verdicts(df[list(COLUMNS)], load_triage(root=cat.root))


def for_file(df: pd.DataFrame, files: set[str]) -> pd.DataFrame:
    """The findings that quote any of ``files``."""
    mask = [bool(set(fs) & files) for fs in df["files"]]
    return df[mask].reset_index(drop=True)


def validity(df: pd.DataFrame) -> pd.DataFrame:
    """Per detector (kind): how many findings were confirmed, explained, false alarms, unreviewed."""
    registry = checks.load_all()
    kinds = sorted(set(registry) | set(df["kind"]))
    rows = []
    for k in kinds:
        sub = df[df["kind"] == k]
        counts = sub["verdict"].value_counts()
        reviewed = int(len(sub) - counts.get("unreviewed", 0))
        rows.append({
            "detector": k,
            "scope": registry[k].scope if k in registry else "",
            "findings": len(sub),
            "confirmed": int(counts.get("confirmed", 0)),
            "explained": int(counts.get("explained", 0)),
            "false_alarm": int(counts.get("false-alarm", 0)),
            "unreviewed": int(counts.get("unreviewed", 0)),
            "precision_reviewed": (counts.get("confirmed", 0) + counts.get("explained", 0)) / reviewed
            if reviewed else None,
        })
    return pd.DataFrame(rows)
