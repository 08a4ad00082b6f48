"""Findings: what a detector proves from extracted facts, with the quotes that show it.

A detector is a function ``(facts) -> list[Finding]``. It never reads files and never knows an
article's id: it sees facts (rows of the extraction tables, with ``file, start, end, text``) and
returns findings whose spans quote the raw text. A finding's ``id`` is a hash of its kind and
its spans, so it is stable across rebuilds and can carry a reviewer's verdict in
``data/triage.yml``.

A finding's row carries two messages for readers (:mod:`tahqiq.review.messages`): ``message``,
the detector's English with each Arabic term transliterated and glossed and its numbers written
for readers, and ``message_ar``, the Arabic built from the templates of ``lang/messages.yml``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import pandas as pd

SEVERITIES = ("error", "warning", "note")
SCOPES = ("internal", "cross-work", "external")
COLUMNS = ("id", "kind", "severity", "scope", "message", "message_ar", "spans", "evidence", "files")


@dataclass(frozen=True)
class Span:
    """A quoted place in a raw text: ``text == raw[start:end]`` of ``file``."""

    file: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, row) -> "Span":
        """The span of an extraction row (a mapping or a pandas row with file/start/end/text)."""
        return cls(str(row["file"]), int(row["start"]), int(row["end"]), str(row["text"]))


@dataclass
class Finding:
    kind: str
    severity: str
    message: str
    spans: list[Span]
    evidence: dict = field(default_factory=dict)
    scope: str = "internal"

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity {self.severity!r} is not one of {SEVERITIES}")
        if self.scope not in SCOPES:
            raise ValueError(f"scope {self.scope!r} is not one of {SCOPES}")
        if not self.spans:
            raise ValueError("a finding quotes at least one span")

    @property
    def id(self) -> str:
        """``<kind>-<12 hex>``: a hash of the kind and the (sorted) spans, nothing else."""
        key = json.dumps([self.kind, sorted((s.file, s.start, s.end) for s in self.spans)])
        return f"{self.kind}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"

    def to_row(self) -> dict:
        from . import messages

        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "scope": self.scope,
            "message": messages.english(self.message),
            "message_ar": messages.arabic(self.kind, self.evidence, [s.text for s in self.spans]),
            "spans": [asdict(s) for s in self.spans],
            "evidence": self.evidence,
            "files": sorted({s.file for s in self.spans}),
        }


def to_frame(findings: list[Finding]) -> pd.DataFrame:
    """Findings as a table, deduplicated by id, in a deterministic order."""
    if not findings:  # (most texts: the empty table made once per process, a copy each time)
        return _no_findings().copy()
    rows = {f.id: f.to_row() for f in findings}
    df = pd.DataFrame(list(rows.values()), columns=list(COLUMNS))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    df["_o"] = df["severity"].map(order)
    df["_f"] = [(r[0]["file"], r[0]["start"]) for r in df["spans"]]
    return df.sort_values(["_o", "kind", "_f", "id"]).drop(columns=["_o", "_f"]).reset_index(drop=True)


@lru_cache(maxsize=1)
def _no_findings() -> pd.DataFrame:
    """:func:`to_frame` of no findings (never handed out: callers get copies)."""
    return pd.DataFrame([], columns=list(COLUMNS))
