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


def notes_table(doc_name: str, findings: pd.DataFrame, stem: str, lang: str = "en") -> render.HTML:
    """An escaped table of the reader's notes on this text (or one sentence saying there are none),
    its own words (the sentence, the origin, "no", the headers) in ``lang``. On the Arabic edition the
    kinds, confidences and detectors read in Arabic and one explanation is shown, the reader's Arabic
    where written (:func:`render.table`: codes and ``_ar`` twins; the CSV keeps the codes and both)."""
    from . import strings

    def t(key: str) -> str:
        return strings.text(f"notes.{key}", lang)

    df = notes_for(doc_name, findings)
    if not len(df):
        return render.HTML(f'<p{render.dir_attrs(t("none"))}>{render.esc(t("none"))}</p>', plain=t("none"))
    df["origin"] = t("origin")
    df["touched_by_detector"] = df["reached_by"].replace("", t("untouched"))
    columns = ["origin", "kind", "confidence", "quote", "explanation", "explanation_ar", "touched_by_detector",
               "start", "end"]
    if lang != "en":
        columns.remove("explanation_ar")
    # the origin (one value), the confidence, the Arabic twin and the offsets folded in each row's «more»:
    # side by side the table was 830 to 1,480 px wide in a 755 px box at 1366 px
    return render.table(df, f"{stem}-reader-notes", columns=columns, lang=lang,
                        more=("origin", "confidence", "explanation_ar", "start", "end"))
