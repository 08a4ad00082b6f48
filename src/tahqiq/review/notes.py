"""Reader's notes: faults a close reader found in a work that no rule reaches (or that a rule should).

``data/notes/<slug>.yml`` holds one reader's notes on one work::

    description: who read what, when
    witness: A            # optional: the text the quotes are from (default: the work's base text)
    notes:
      - quote: "..."      # verbatim from the raw text; its offsets are found by search
        occurrence: 2     # only when the quote occurs more than once (1-based)
        kind: internal-contradiction
        confidence: high  # high | medium | low
        explanation: "..."
        explanation_ar: "..."   # optional

A note is never a detector finding: it has ``origin: reader`` and ``severity: note``, and is shown
beside the findings, marked as a reader's note. :func:`load_notes` validates a file (one clear
error naming the file, the entry and the field); :func:`corpus_notes` loads every work's notes as
a table; :func:`reach` says which notes a detector's finding touches, which is what the validity
page's recall is measured on.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import Catalogue
from ..corpus.yamlfile import read_yaml, validate_entry
from ..errors import TahqiqError
from .planted import FAULT_KINDS

READER_KINDS = {
    "reversed-meaning": "a single word that reverses what the sentence means",
    "internal-contradiction": "two statements or results of one text that contradict each other",
    "misstated-source": "a claim that misstates what its own note or source says",
    "implausible": "a claim that cannot be right on its face (a figure, a place, a sequence)",
    "reference-fact": "a statement against a well-known reference fact (an office, a body, a place, a date)",
    "name-mismatch": "a name, title or pair of countries that disagrees with the text's own other statement of it",
    "translation": "a translation that changes what the original says (a date, a name, a direction)",
}
NOTE_KINDS = {**{k: v[0] for k, v in FAULT_KINDS.items()}, **READER_KINDS}
CONFIDENCES = ("high", "medium", "low")
COLUMNS = ("id", "slug", "file", "start", "end", "quote", "kind", "confidence", "explanation",
           "explanation_ar", "origin")


@lru_cache(maxsize=1)
def _note_model():
    """The pydantic model of one reader's note."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

    class Note(BaseModel):
        model_config = ConfigDict(extra="forbid")
        quote: Annotated[str, StringConstraints(min_length=1)]
        kind: Literal[tuple(NOTE_KINDS)]
        confidence: Literal[CONFIDENCES]
        explanation: Text
        explanation_ar: str | None = None
        occurrence: Annotated[int, Field(ge=1, strict=True)] | None = None

    return Note


def notes_dir(root: Path | None = None) -> Path:
    return (root or Catalogue().root) / "data" / "notes"


def load_notes(path: str | Path, cat: Catalogue | None = None) -> pd.DataFrame:
    """The notes of one file, each quote located in its text, as a table (:data:`COLUMNS`)."""
    p = Path(path)
    cat = cat or Catalogue()
    slug = p.stem
    if slug not in cat.slugs:
        raise TahqiqError(p, f"the file name must be a work's slug; {slug!r} is not one of {', '.join(cat.slugs)}")
    data = read_yaml(p, list_key="notes")
    doc = cat.load(slug, data.get("witness"))
    raw = doc.raw
    rows = []
    for i, n in enumerate(data["notes"]):
        where = f"notes[{i}]"
        n = validate_entry(_note_model(), n, p, where).model_dump()
        quote = n["quote"]
        starts, k = [], raw.find(quote)
        while k >= 0:
            starts.append(k)
            k = raw.find(quote, k + 1)
        if not starts:
            raise TahqiqError(p, f"{where}: field 'quote' is not in {doc.name}: {quote[:60]!r}")
        occ = n.get("occurrence")
        if occ is None:
            if len(starts) > 1:
                raise TahqiqError(p, f"{where}: field 'quote' occurs {len(starts)} times in {doc.name}; "
                                     "give 'occurrence' (1-based) or a longer quote")
            occ = 1
        if not isinstance(occ, int) or not 1 <= occ <= len(starts):
            raise TahqiqError(p, f"{where}: field 'occurrence' must be 1..{len(starts)}, not {occ!r}")
        start = starts[occ - 1]
        key = f"{doc.name}:{start}:{start + len(quote)}:{n['kind']}"
        rows.append({
            "id": f"note-{hashlib.sha256(key.encode()).hexdigest()[:12]}",
            "slug": slug, "file": doc.name, "start": start, "end": start + len(quote), "quote": quote,
            "kind": n["kind"], "confidence": n["confidence"], "explanation": n["explanation"].strip(),
            "explanation_ar": (n.get("explanation_ar") or "").strip() or None, "origin": "reader",
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def corpus_notes(cat: Catalogue | None = None) -> pd.DataFrame:
    """Every work's notes (``data/notes/*.yml``), in file order."""
    cat = cat or Catalogue()
    d = notes_dir(cat.root)
    frames = [load_notes(p, cat) for p in sorted(d.glob("*.yml"))] if d.is_dir() else []
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(COLUMNS))


def as_findings(notes: pd.DataFrame) -> pd.DataFrame:
    """Notes shaped as rows of a findings table (``origin: reader``, ``severity: note``)."""
    rows = [{
        "id": r["id"], "kind": r["kind"], "severity": "note", "scope": "internal",
        "message": r["explanation"],
        "spans": [{"file": r["file"], "start": int(r["start"]), "end": int(r["end"]), "text": r["quote"]}],
        "evidence": {"confidence": r["confidence"], "explanation_ar": r["explanation_ar"]},
        "files": [r["file"]], "verdict": "reader's note", "reason": None, "origin": "reader",
    } for _, r in notes.iterrows()]
    return pd.DataFrame(rows)


def reach(notes: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """Each note with ``reached_by``: the kinds of the detector findings that quote any part of it."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for kind, ss in zip(findings["kind"], findings["spans"]):
        for s in ss:
            spans.setdefault(s["file"], []).append((int(s["start"]), int(s["end"]), kind))
    out = notes.copy()
    out["reached_by"] = [
        ", ".join(sorted({k for a, b, k in spans.get(f, []) if a < e and b > s}))
        for f, s, e in zip(notes["file"], notes["start"], notes["end"])
    ]
    out["reached"] = out["reached_by"] != ""
    return out
