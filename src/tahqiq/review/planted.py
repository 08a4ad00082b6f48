"""The planted-fault benchmark: how many deliberately planted faults do the detectors find?

A *plant* changes one phrase of a clean text (``before`` -> ``after``) the way a careless writer
would, and names the kind of fault that makes (:data:`FAULT_KINDS`). Plants are recipes in a YAML
file (``benchmarks/planted/plants.yml``), validated on load: the ``anchor`` quote must occur once
in its text and contain ``before`` once (or an ``offset`` must point at ``before``).

:func:`run` applies each plant to a fresh copy of its text, runs every detector over the copy and
counts the plant *caught* when a finding that the unplanted text does not have quotes the changed
phrase. The same detectors over the unplanted originals give the false alarms (every finding on
a clean text is one). The detectors never see the recipes: they are run exactly as
``tahqiq findings`` runs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import checks
from ..corpus.catalogue import FORMS, Document
from ..corpus.yamlfile import read_yaml, validate_entry
from ..errors import TahqiqError
from ..facts import gather
from ..text.normtext import read_text
from .findings import to_frame

FAULT_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    # kind: (what a reader would call it, the detector kinds written for it; a name not registered
    # yet is harmless: it only says which detector should catch the kind once it exists)
    "order-word": ("an order word (after, before, since, then) contradicted by its dates",
                   ("order-word-contradiction",)),
    "name-variant": ("a name spelled a second way", ("entity-variant", "first-name-variant")),
    "scale-word": ("an absurd scale word (thousand, million, billion) or unit", ("arithmetic-magnitude",)),
    "event-second-date": ("an event given a second date", ("event-date-conflict", "text-event-date-conflict")),
    "parts-total": ("parts no longer summing to their total", ("arithmetic-total", "arithmetic-parts", "arithmetic-share-whole")),
    "period-phrase": ("a century or decade phrase against its years",
                      ("period-mismatch", "turning-point-century", "hijri-gloss-mismatch",
                       "hijri-gregorian-mismatch")),
    "share": ("a wrong share (P% of a total)", ("arithmetic-share", "arithmetic-share-whole")),
    "percent-change": ("a wrong percentage change", ("arithmetic-growth",)),
    "average": ("a wrong average or rate per unit", ("arithmetic-rate", "arithmetic-per-period")),
    "source-older": ("a source older than what it documents", ("citation-before-event",)),
    "citation-year": ("a citation's year changed (one source, two years)",
                      ("source-inconsistent", "journal-issue-date", "author-year-inconsistent", "author-year-unlisted")),
    "url-date": ("a reference's date against the date in its URL", ("citation-url-date",)),
    "bilingual": ("the Arabic and English versions disagreeing",
                  ("bilingual-mismatch", "bilingual-bibliography-section")),
    "history-order": ("an article history running backwards", ("article-history-order",)),
    "duration": ("a stated duration against its own years", ("duration-mismatch",)),
    "count-list": ("a stated count against the items the text lists", ("count-mismatch",)),
    "acronym-url": ("an organisation's acronym against the domain of its own URL", ("acronym-domain", "name-variant")),
    "weekday": ("a weekday named with a date that falls on another day", ("weekday-mismatch",)),
    "age": ("a stated age against the year of birth", ("age-mismatch",)),
}

ROOT_PREFIXES = ("clean/", "devset/")


@dataclass(frozen=True)
class Plant:
    id: str
    file: str  # clean/<name> or devset/<name>
    kind: str
    offset: int
    before: str
    after: str

    def apply(self, raw: str) -> str:
        return raw[: self.offset] + self.after + raw[self.offset + len(self.before):]

    @property
    def span(self) -> tuple[int, int]:
        """Where the changed phrase lies in the planted text."""
        return self.offset, self.offset + max(len(self.after), 1)


@dataclass
class Recipes:
    path: Path
    texts: dict[str, str]  # file -> form
    plants: list[Plant]
    missing: list[str]  # texts that could not be read (the dev set is absent)
    raw: dict[str, str]


def resolve_file(name: str, clean_dir: Path, devset_dir: Path) -> Path:
    if name.startswith("clean/"):
        return clean_dir / name[len("clean/"):]
    if name.startswith("devset/"):
        return devset_dir / name[len("devset/"):]
    raise ValueError(name)


def load_recipes(path: str | Path, clean_dir: str | Path | None = None,
                 devset_dir: str | Path | None = None) -> Recipes:
    """The plants of ``path``, each validated against its text.

    A text of the dev set that is absent is skipped (listed in ``missing``) with its plants; a
    clean text that is absent, an anchor not found once, a ``before`` not at its offset, an
    unknown kind or form: each raises a :class:`TahqiqError` naming the file, the plant and the field.
    """
    p = Path(path)
    clean_dir = Path(clean_dir) if clean_dir else p.parent.parent / "clean"
    devset_dir = Path(devset_dir) if devset_dir else p.parent.parent.parent.parent / "shared" / "devset"
    data = read_yaml(p, list_key="plants")
    texts = data.get("texts")
    if not isinstance(texts, dict) or not texts:
        raise TahqiqError(p, "expected a mapping 'texts' of file: form")
    raw: dict[str, str] = {}
    missing: list[str] = []
    for name, form in texts.items():
        if not str(name).startswith(ROOT_PREFIXES):
            raise TahqiqError(p, f"texts: {name!r} must start with one of {', '.join(ROOT_PREFIXES)}")
        if form not in FORMS:
            raise TahqiqError(p, f"texts: {name}: unknown form {form!r} (one of {', '.join(FORMS)})")
        f = resolve_file(name, clean_dir, devset_dir)
        if name.startswith("devset/") and not f.exists():
            missing.append(name)
            continue
        raw[name] = read_text(f)
    plants: list[Plant] = []
    seen: set[str] = set()
    for i, item in enumerate(data["plants"]):
        pid = item.get("id") if isinstance(item, dict) else None
        where = f"plant {str(pid)!r}" if pid not in (None, "") else f"plants[{i}]"
        item = validate_entry(_plant_model(), item, p, where).model_dump(exclude_none=True)
        pid = item["id"]
        if pid in seen:
            raise TahqiqError(p, f"{where}: duplicate id")
        seen.add(pid)
        name = str(item["file"])
        if name not in texts:
            raise TahqiqError(p, f"{where}: field 'file': {name!r} is not listed under 'texts'")
        if name in missing:
            continue
        text, before = raw[name], str(item["before"])
        if "offset" in item:
            off = item["offset"]
            if text[off:off + len(before)] != before:
                raise TahqiqError(p, f"{where}: field 'before': {before!r} is not at offset {off!r} of {name}")
        else:
            anchor = item.get("anchor")
            if not anchor:
                raise TahqiqError(p, f"{where}: missing field 'anchor' (or 'offset')")
            n = text.count(anchor)
            if n != 1:
                raise TahqiqError(p, f"{where}: field 'anchor': found {n} times in {name}, not once: {anchor!r}")
            if anchor.count(before) != 1:
                raise TahqiqError(p, f"{where}: field 'before': {before!r} is not once in the anchor")
            off = text.index(anchor) + anchor.index(before)
        if str(item["after"]) == before:
            raise TahqiqError(p, f"{where}: field 'after' is the same as 'before'")
        plants.append(Plant(pid, name, item["kind"], off, before, str(item["after"])))
    return Recipes(p, dict(texts), plants, missing, raw)


def only_files(rec: Recipes, files: list[str] | tuple[str, ...]) -> Recipes:
    """``rec`` narrowed to the texts ``files`` (names as in its ``texts``, e.g. ``clean/x.txt``) and
    their plants: a part of a set measured on its own (one half read, the other kept blind)."""
    unknown = [f for f in files if f not in rec.texts]
    if unknown:
        raise TahqiqError(rec.path, f"no text {unknown[0]!r} under 'texts'")
    keep = set(files)
    return Recipes(rec.path, {k: v for k, v in rec.texts.items() if k in keep},
                   [pl for pl in rec.plants if pl.file in keep], [m for m in rec.missing if m in keep],
                   {k: v for k, v in rec.raw.items() if k in keep})


@lru_cache(maxsize=1)
def _plant_model():
    """The pydantic model of one plant recipe (its text and anchor are checked against the text after)."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

    Text = Annotated[str, BeforeValidator(str), StringConstraints(min_length=1)]

    class Plant(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        file: Text
        kind: Literal[tuple(FAULT_KINDS)]
        before: Text
        after: Annotated[str, BeforeValidator(str)]  # may be empty: the plant deletes ``before``
        anchor: Text | None = None
        offset: Annotated[int, Field(ge=0, strict=True)] | None = None

    return Plant


def findings_of(name: str, raw: str, form: str) -> pd.DataFrame:
    """Every detector's findings over one text (as ``tahqiq findings FILE`` gives them)."""
    doc = Document(path=Path(name), raw=raw, form=form)
    df = to_frame(checks.run(gather([doc])))
    return df


def _keys(df: pd.DataFrame, shift=lambda x: x) -> set:
    return {(k, tuple(sorted((shift(s["start"]), shift(s["end"])) for s in spans)))
            for k, spans in zip(df["kind"], df["spans"])} if len(df) else set()


def check_plant(plant: Plant, raw: str, form: str, baseline: pd.DataFrame) -> dict:
    """Run the detectors on ``raw`` with ``plant`` applied; the new findings that quote the plant."""
    planted = plant.apply(raw)
    df = findings_of(plant.file, planted, form)
    delta = len(plant.after) - len(plant.before)
    end_before = plant.offset + len(plant.before)
    old = _keys(baseline, lambda x: x + delta if x >= end_before else x)
    a, b = plant.span
    hits = []
    for _, r in df.iterrows():
        key = (r["kind"], tuple(sorted((s["start"], s["end"]) for s in r["spans"])))
        if key in old:
            continue
        if any(s["start"] < b and s["end"] > a for s in r["spans"]):
            hits.append(r)
    expected = FAULT_KINDS[plant.kind][1]
    kinds = sorted({h["kind"] for h in hits})
    return {
        "id": plant.id, "file": plant.file, "kind": plant.kind, "before": plant.before, "after": plant.after,
        "caught": bool(hits), "caught_as_expected": any(k in expected for k in kinds),
        "by": ", ".join(kinds), "message": hits[0]["message"] if hits else "",
    }


def run(recipes: Recipes, progress=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per plant with whether it was caught, one row per false alarm on a clean original)."""
    baselines = {name: findings_of(name, raw, recipes.texts[name]) for name, raw in recipes.raw.items()}
    rows = []
    for i, pl in enumerate(recipes.plants):
        rows.append(check_plant(pl, recipes.raw[pl.file], recipes.texts[pl.file], baselines[pl.file]))
        if progress:
            progress(i + 1, len(recipes.plants), rows[-1])
    alarms = []
    for name, df in baselines.items():
        for _, r in df.iterrows():
            alarms.append({"file": name, "kind": r["kind"], "message": r["message"],
                           "quotes": " | ".join(s["text"] for s in r["spans"])})
    return pd.DataFrame(rows), pd.DataFrame(alarms, columns=["file", "kind", "message", "quotes"])


def summary(results: pd.DataFrame, alarms: pd.DataFrame, recipes: Recipes) -> pd.DataFrame:
    """Recall per fault kind and overall, and false alarms per 10,000 characters of clean text.

    Columns: ``row`` (a fault kind, ``overall`` or ``false-alarms``), ``plants``, ``caught``,
    ``recall`` (any new finding quoting the plant), ``recall_expected`` (by the detector written for
    the kind), ``chars`` and ``per_10k`` (false-alarm rows only).
    """
    rows = []
    for kind in FAULT_KINDS:
        sub = results[results["kind"] == kind] if len(results) else results
        if not len(sub):
            continue
        rows.append({"row": kind, "plants": len(sub), "caught": int(sub["caught"].sum()),
                     "recall": round(sub["caught"].mean(), 3),
                     "recall_expected": round(sub["caught_as_expected"].mean(), 3)})
    if len(results):
        rows.append({"row": "overall", "plants": len(results), "caught": int(results["caught"].sum()),
                     "recall": round(results["caught"].mean(), 3),
                     "recall_expected": round(results["caught_as_expected"].mean(), 3)})
    chars = sum(len(r) for r in recipes.raw.values())
    rows.append({"row": "false-alarms", "plants": None, "caught": len(alarms), "chars": chars,
                 "per_10k": round(len(alarms) / chars * 10_000, 2) if chars else None})
    df = pd.DataFrame(rows, columns=["row", "plants", "caught", "recall", "recall_expected", "chars", "per_10k"])
    for c in ("plants", "caught", "chars"):
        df[c] = df[c].astype("Int64")
    return df
