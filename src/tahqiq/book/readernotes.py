"""The reader's notes of a chapter's text, shown beside the detectors' findings and marked as such."""

from __future__ import annotations

import pandas as pd

from ..review.notes import corpus_notes, reach
from . import render


def notes_for(doc_name: str, findings: pd.DataFrame) -> pd.DataFrame:
    """The notes quoting ``doc_name``, each with the detector findings (kinds) that touch it."""
    notes = corpus_notes()
    notes = notes[notes["file"] == doc_name].reset_index(drop=True)
    out = reach(notes, findings) if len(notes) else notes.assign(reached_by=[], reached=[])
    out["origin"] = "reader's note"
    return out


def notes_table(doc_name: str, findings: pd.DataFrame, stem: str) -> render.HTML:
    """An escaped table of the reader's notes on this text (or one sentence saying there are none)."""
    df = notes_for(doc_name, findings)
    if not len(df):
        return render.HTML("<p>No reader's notes quote this text (the notes quote each work's base text).</p>",
                           plain="No reader's notes quote this text.")
    df["touched by detector"] = df["reached_by"].replace("", "no")
    return render.table(df, f"{stem}-reader-notes", columns=[
        "origin", "kind", "confidence", "quote", "explanation", "explanation_ar", "touched by detector", "start", "end"])
