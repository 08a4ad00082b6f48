"""Recall per detector family: how much of what a close reader found the detectors reach.

A detector's *family* is the module of :mod:`tahqiq.checks` it lives in (``chronology``,
``arithmetic``, ``citations``, ...), so a new detector joins its family without a list to keep up.
A fault kind (of a reader's note or of a plant) belongs to the family of the first registered
detector written for it (:data:`tahqiq.review.planted.FAULT_KINDS`, :data:`READER_KIND_DETECTORS`
for the reader's own kinds);
faults no rule is meant to reach (a reversed word, a misstated source, ...) have no family and are
reported as ``reader only``.

:func:`by_family` measures, per family, the known faults of its kinds — the reader's notes and the
findings the triage confirmed (a confirmed finding that quotes a note is the same fault, counted
once) — and how many of them a finding of the family quotes; beside it the family's precision from
the triage and the planted-fault recall (``benchmarks/planted.csv``). :func:`by_confidence` gives
the share of notes of each confidence that any finding touches. :func:`reference_facts` gives the
share of the reader's reference-fact notes (a statement against a well-known fact) that an
``external`` finding (a detector that compares a claim with ``data/reference/``) touches.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import checks
from .notes import reach
from .planted import FAULT_KINDS

READER_KIND_DETECTORS = {  # the reader's own kinds a detector family is (or will be) meant to reach
    "translation": ("translation-year-word", "institution-renamed", "supply-direction", "bilingual-mismatch",
                    "outlet-literal"),
    "name-mismatch": ("relations-pair", "byline-email", "acronym-domain", "entity-variant"),
    "reference-fact": ("external-office", "external-date", "external-office-before", "external-agreement",
                       "external-exercise-place", "external-series-start", "external-ruling-body"),
}
READER_ONLY = "reader only"


def detector_families() -> dict[str, str]:
    """Detector kind -> family: the module's ``FAMILY`` if it declares one (a family split over
    two modules), else the last part of its module's name."""
    import sys

    def family(mod: str) -> str:
        return getattr(sys.modules[mod], "FAMILY", mod.rsplit(".", 1)[-1])

    return {k: family(d.func.__module__) for k, d in checks.load_all().items()}


def family_of(kind: str, families: dict[str, str] | None = None) -> str:
    """The family of a fault kind or detector kind; :data:`READER_ONLY` if no detector is meant for it."""
    families = families or detector_families()
    if kind in families:
        return families[kind]
    for det in (*FAULT_KINDS.get(kind, ("", ()))[1], *READER_KIND_DETECTORS.get(kind, ())):
        if det in families:
            return families[det]
    return READER_ONLY


def by_family(findings: pd.DataFrame, notes: pd.DataFrame, planted: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per family: known faults, reached, recall, precision from the triage, planted recall.

    Only findings that quote a text the reader read (the files of ``notes``) are compared, so a
    fault found in a second witness of a work is not counted twice."""
    fam = detector_families()
    read = set(notes["file"])  # the texts the reader read: only findings on them can be compared
    f = findings[[bool({s["file"] for s in sp} & read) for sp in findings["spans"]]].copy()
    f["family"] = [family_of(k, fam) for k in f["kind"]]  # a detector may emit a kind it is not registered as
    n = notes.copy()
    n["family"] = [family_of(k, fam) for k in n["kind"]]
    rows = []
    for family in sorted(set(fam.values()) | set(n["family"])):
        fam_findings = f[f["family"] == family]
        fam_notes = n[n["family"] == family]
        reached = reach(fam_notes, fam_findings) if len(fam_notes) else fam_notes.assign(reached=[])
        touched_by_any = reach(fam_notes, f) if len(fam_notes) else fam_notes.assign(reached=[])
        confirmed = fam_findings[fam_findings["verdict"] == "confirmed"]
        # a confirmed finding quoting a note is the same fault as the note
        note_spans = [(r.file, r.start, r.end) for r in fam_notes.itertuples()]
        extra = sum(
            not any(s["file"] == fl and s["start"] < e and s["end"] > st for s in sp for fl, st, e in note_spans)
            for sp in confirmed["spans"])
        known = len(fam_notes) + extra
        hit = int(reached["reached"].sum()) + extra
        reviewed = fam_findings[fam_findings["verdict"].isin(("confirmed", "explained", "false-alarm"))]
        good = reviewed["verdict"].isin(("confirmed", "explained")).sum()
        row = {
            "family": family, "detectors": sorted({k for k, v in fam.items() if v == family}),
            "notes": len(fam_notes), "notes_reached": int(reached["reached"].sum()),
            "notes_touched_by_any": int(touched_by_any["reached"].sum()),
            "confirmed_not_in_notes": int(extra), "known_faults": known,
            "recall": round(hit / known, 3) if known else None,
            "findings": len(fam_findings), "reviewed": len(reviewed),
            "precision": round(good / len(reviewed), 3) if len(reviewed) else None,
        }
        if planted is not None:
            p = planted[planted["family"] == family]
            row["planted"] = int(p["plants"].sum()) if len(p) else 0
            row["planted_recall"] = round(p["caught"].sum() / p["plants"].sum(), 3) if len(p) else None
        rows.append(row)
    out = pd.DataFrame(rows)
    out["detectors"] = [", ".join(d) for d in out["detectors"]]
    return out


def by_confidence(findings: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """Share of the reader's notes that any detector finding touches: high, high+medium, all."""
    r = reach(notes, findings)
    rows = []
    for label, levels in (("high", {"high"}), ("high+medium", {"high", "medium"}),
                          ("all", {"high", "medium", "low"})):
        sub = r[r["confidence"].isin(levels)]
        rows.append({"confidence": label, "notes": len(sub), "touched": int(sub["reached"].sum()),
                     "recall": round(sub["reached"].mean(), 3) if len(sub) else None})
    return pd.DataFrame(rows)


def reference_facts(findings: pd.DataFrame, notes: pd.DataFrame) -> dict:
    """The reader's ``reference-fact`` notes and how many an ``external`` finding touches."""
    ref = notes[notes["kind"] == "reference-fact"]
    ext = findings[findings["scope"] == "external"]
    r = reach(ref, ext) if len(ref) else ref.assign(reached=[])
    n, hit = len(r), int(r["reached"].sum())
    return {"notes": n, "touched": hit, "recall": round(hit / n, 3) if n else None,
            "by": sorted({k for ks in r["reached_by"] for k in ks.split(", ") if k}) if n else []}


def planted_by_kind(path: str | Path) -> pd.DataFrame:
    """The committed planted-fault summary (``benchmarks/planted.csv``) with each kind's family."""
    df = pd.read_csv(path)
    kinds = df[~df["row"].isin(("overall", "false-alarms"))].copy()
    fam = detector_families()
    kinds["family"] = [family_of(k, fam) for k in kinds["row"]]
    return kinds


def planted_totals(path: str | Path) -> dict:
    """Overall planted recall and the false alarms on the clean originals, from ``planted.csv``."""
    df = pd.read_csv(path).set_index("row")
    o, fa = df.loc["overall"], df.loc["false-alarms"]
    return {"plants": int(o["plants"]), "caught": int(o["caught"]), "recall": float(o["recall"]),
            "kinds": int((~df.index.isin(("overall", "false-alarms"))).sum()),
            "false_alarms": int(fa["caught"]), "chars": int(fa["chars"]), "per_10k": float(fa["per_10k"])}


def planted_figures(path: str | Path) -> tuple[pd.DataFrame, dict]:
    """For the validity page: the per-kind table and the figures to glue (``"not run"`` when the
    benchmark's summary is absent, e.g. in a copy of the project without ``benchmarks/``)."""
    p = Path(path)
    if not p.exists():
        keys = ("planted_n", "planted_kinds", "planted_caught", "planted_recall", "planted_fa", "planted_chars",
                "planted_fa_10k")
        return pd.DataFrame(columns=["row", "family", "plants", "caught", "recall", "recall_expected"]), \
            dict.fromkeys(keys, "not run")
    t = planted_totals(p)
    return planted_by_kind(p), {
        "planted_n": t["plants"], "planted_kinds": t["kinds"], "planted_caught": t["caught"],
        "planted_recall": f"{t['recall']:.0%}", "planted_fa": t["false_alarms"], "planted_chars": f"{t['chars']:,}",
        "planted_fa_10k": f"{t['per_10k']:.2f}"}
