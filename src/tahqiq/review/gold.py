"""Hand-annotated gold sets and scoring extractors against them.

A gold file is YAML::

    file: 003_8f9aa99e65f36d18.txt      # a text in data/raw/
    kind: dates                         # or figures
    complete: true                      # every expression of the text is annotated
    items:
      - {start: 229, end: 248, text: "منتصف شهر مايو/أيار", type: month,
         start_date: "2024-05-01", end_date: "2024-05-31"}

Offsets are code points into the raw text, and every item's ``text`` must equal
``raw[start:end]``: :func:`load_gold` checks it and raises a :class:`TahqiqError` naming the
gold file and the item otherwise.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from ..corpus.catalogue import project_root
from ..errors import TahqiqError
from ..corpus.yamlfile import read_yaml, validate_entry
from ..text.normtext import read_text

SCORE_COLUMNS = ("type", "gold", "predicted", "tp", "fp", "fn", "precision", "recall")
QUALITY_COLUMNS = ("text", *SCORE_COLUMNS)
# What must be equal for a prediction to be right, besides an overlapping span.
KEYS = {"dates": ["start_date", "end_date"], "figures": ["value", "unit"]}
# The texts whose lines are in order and hold gold figures, scrambled by :func:`scrambled_quality`.
SCRAMBLE_TEXTS = ("000", "003", "004")


class GoldFile(BaseModel):
    """The head of a gold file: the text it annotates, the kind of items, whether it is complete."""

    file: str = Field(min_length=1)
    kind: str = Field(min_length=1)
    complete: bool


class GoldItem(BaseModel):
    """One gold item: a raw span and its quote (the kind's own fields are kept as written)."""

    model_config = ConfigDict(extra="allow")

    start: int
    end: int
    text: str


def load_gold(path: str | Path, texts: str | Path | None = None) -> pd.DataFrame:
    """The items of a gold file as a DataFrame (``file``, ``start``, ``end``, ``text`` and the
    item's other fields), sorted by start, after checking every quote against the raw text.

    ``df.attrs`` carries the file's ``file``, ``kind``, ``complete`` and ``span``: the raw range
    ``(start, end)`` the annotation covers (an optional ``span: [start, end]`` in the file of a
    partly annotated text; the whole text otherwise). The text is read from ``texts`` (a folder)
    when given, else from the project's ``data/raw``.
    """
    p = Path(path)
    data = read_yaml(p, list_key="items", missing="no such gold file")
    head = validate_entry(GoldFile, {k: data.get(k) for k in ("file", "kind", "complete") if k in data}, p, "gold file")
    raw_path = Path(texts or project_root() / "data" / "raw") / head.file
    raw = read_text(raw_path)
    rows = []
    for i, item in enumerate(data["items"]):
        validate_entry(GoldItem, item, p, f"item {i}")
        s, e, text = item["start"], item["end"], item["text"]
        where = f"item {i} ({text!r} at {s}..{e})"
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            raise TahqiqError(p, f"{where}: offsets out of range for {data['file']} ({len(raw)} characters)")
        if raw[s:e] != text:
            raise TahqiqError(p, f"{where}: text does not match the raw slice {raw[s:e]!r} of {data['file']}")
        rows.append({"file": str(data["file"]), **item})
    df = pd.DataFrame(rows)
    if df.empty:
        df = pd.DataFrame(columns=["file", "start", "end", "text"])
    df = df.sort_values("start", kind="stable").reset_index(drop=True)
    span = data.get("span")
    df.attrs.update(file=str(data["file"]), kind=data["kind"], complete=bool(data["complete"]),
                    span=tuple(span) if span else (0, len(raw)))
    return df


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _same(a, b) -> bool:
    """Equality of two field values, a missing value (None, NaN) being equal only to another."""
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return str(a) == str(b)


@lru_cache(maxsize=1)
def _unit_codes() -> dict[str, str]:
    """Each word of a measure unit in ``lang/units.yml`` (folded) mapped to its code («برميل»: barrel)."""
    from ..lang import lexicon
    from ..text.normtext import fold

    out: dict[str, str] = {}
    for code, ws in lexicon("units")["units"].items():
        out[fold(code)] = code
        for w in ws:
            out.setdefault(fold(w), code)
    return out


def same_unit(gold, pred) -> bool:
    """Whether a predicted unit is the gold one in another notation: a measure named by its Arabic
    noun in the gold («برميل») and by its code in the engine (barrel), and a rate («٤٥٠ ألف برميل
    يومياً», barrel/day) against gold that names only the counted noun (barrel: the gold convention
    is the lemma of the counted noun). Anything else must be equal (:func:`_same`)."""
    if _same(gold, pred):
        return True
    if _missing(gold) or _missing(pred):
        return False
    from ..text.normtext import fold

    codes = _unit_codes()
    g, p = codes.get(fold(str(gold)), str(gold)), str(pred)
    return g == p or ("/" not in g and g == p.split("/")[0])


def same_field(key: str, gold, pred) -> bool:
    """Equality of a gold field and a predicted one: units by :func:`same_unit`, the rest by :func:`_same`."""
    return same_unit(gold, pred) if key == "unit" else _same(gold, pred)


def in_gold_scope(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The predicted dates a gold file could hold: a gold file with no date of a web address
    (``url_date``) left the digits of URLs out by its conventions («digits inside URLs left out»),
    so the engine's URL dates (read for the url-date checks) are outside what it scores."""
    if "type" in pred.columns and "type" in gold.columns and not (gold["type"] == "url_date").any():
        return pred[pred["type"] != "url_date"]
    return pred


def score(pred: pd.DataFrame, gold: pd.DataFrame, keys: list[str], by: str = "type") -> pd.DataFrame:
    """Precision and recall of ``pred`` against ``gold``, per gold ``by`` value and overall.

    A prediction matches a gold item when their spans overlap and every field in ``keys`` is
    equal (missing values count as equal to each other). Each gold item and each prediction is
    matched at most once (greedily, in text order). A true positive is counted under the gold
    item's ``by``; a false positive under the prediction's own ``by``.
    """
    gold_rows = gold.to_dict("records")
    pred_rows = pred.to_dict("records")
    used: set[int] = set()
    matched: list[bool] = []
    for g in gold_rows:
        hit = None
        for j, p in enumerate(pred_rows):
            if j in used or not (p["start"] < g["end"] and g["start"] < p["end"]):
                continue
            if all(same_field(k, g.get(k), p.get(k)) for k in keys):
                hit = j
                break
        if hit is not None:
            used.add(hit)
        matched.append(hit is not None)
    kinds = sorted({str(g.get(by)) for g in gold_rows} | {str(p.get(by)) for p in pred_rows})
    rows = []
    for kind in [*kinds, "all"]:
        gi = [i for i, g in enumerate(gold_rows) if kind == "all" or str(g.get(by)) == kind]
        pi = [j for j, p in enumerate(pred_rows) if kind == "all" or str(p.get(by)) == kind]
        tp = sum(matched[i] for i in gi)
        fn = len(gi) - tp
        fp = sum(j not in used for j in pi)
        predicted = tp + fp
        rows.append({
            "type": kind, "gold": len(gi), "predicted": predicted, "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / predicted if predicted else float("nan"),
            "recall": tp / len(gi) if gi else float("nan"),
        })
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def gold_dir() -> Path:
    """Where the hand-annotated gold sets are: ``tests/gold`` of the project."""
    return project_root() / "tests" / "gold"


def quality(kind: str, folder: str | Path | None = None, texts: str | Path | None = None,
            extract=None) -> pd.DataFrame:
    """Precision and recall of the ``kind`` extractor ("dates" or "figures") on every gold file.

    One row per (text, type) and an ``all`` row per text, then the texts pooled (``text`` is
    ``all texts``) per type and overall. A date is right only when its interval is exactly the
    gold one; a figure when its value and unit are (:data:`KEYS`). Predictions outside the span a
    partial gold file covers are not counted.

    ``texts``: a folder holding the gold files' texts by name (the dev set), instead of the
    catalogue's texts. ``extract``: a function ``(document) -> table`` to score instead of the
    kind's extractor (the same extractor with an anchor date, say).
    """
    if kind not in KEYS:
        raise TahqiqError(kind, f"unknown kind of gold set (expected one of {', '.join(KEYS)})")
    from ..corpus.catalogue import Catalogue
    from ..extract.dates import extract_dates
    from ..extract.figures import extract_figures

    from ..corpus.catalogue import load_path

    extract = extract or {"dates": extract_dates, "figures": extract_figures}[kind]
    if texts is not None:
        docs = {p.name: load_path(p) for p in sorted(Path(texts).glob("*.txt"))}
    else:
        docs = {d.name: d for d in Catalogue().documents()}
    tables = []
    for path in sorted(Path(folder or gold_dir()).glob(f"*.{kind}.yml")):
        gold = load_gold(path, texts)
        doc = docs.get(gold.attrs["file"])
        if doc is None:
            raise TahqiqError(path, f"{gold.attrs['file']} is not a text of the catalogue")
        pred = extract(doc)
        lo, hi = gold.attrs["span"]
        pred = pred[(pred["start"] >= lo) & (pred["end"] <= hi)]
        t = score(pred, gold, keys=KEYS[kind])
        t.insert(0, "text", doc.name[:3] if texts is None else Path(doc.name).stem)
        tables.append(t)
    if not tables:
        return pd.DataFrame(columns=list(QUALITY_COLUMNS))
    per_text = pd.concat(tables, ignore_index=True)
    pooled = per_text.groupby("type", sort=False)[["gold", "predicted", "tp", "fp", "fn"]].sum().reset_index()
    pooled["precision"] = [tp / n if n else float("nan") for tp, n in zip(pooled["tp"], pooled["predicted"])]
    pooled["recall"] = [tp / n if n else float("nan") for tp, n in zip(pooled["tp"], pooled["gold"])]
    pooled.insert(0, "text", "all texts")
    order = [k for k in pooled["type"] if k != "all"] + ["all"]
    pooled = pooled.set_index("type").loc[order].reset_index()[list(QUALITY_COLUMNS)]
    return pd.concat([per_text, pooled], ignore_index=True)[list(QUALITY_COLUMNS)]


# The runs a right-to-left extraction keeps whole: a number (with its percent sign or decimal
# comma), a note marker, a URL, and a stretch of Latin text with the digits and spaces inside it.
RUN = re.compile(
    r"https?://\S+|www\.\S+"
    r"|[\[(⁽^]+[\d٠-٩¹²³⁴-⁹]+[\])⁾]+"
    r"|[A-Za-z][A-Za-z0-9\-.,:;'\"“”’ ]*[A-Za-z0-9.]"
    r"|[%٪$]?[\d٠-٩]+(?:[.,،][\d٠-٩]+)*[%٪]?"
)


def scramble(line: str, rnd: random.Random) -> str:
    """``line`` as a right-to-left PDF extraction may print it, the way 002 is printed: the runs
    of :data:`RUN` stay whole, the Arabic between them is cut into chunks of one to four words,
    the order of the pieces is reversed, and a run is sometimes glued to the piece after it."""
    chunks: list[tuple[str, bool]] = []  # (text, is a run)
    pos = 0
    for m in [*RUN.finditer(line), None]:
        words = line[pos:m.start() if m else len(line)].split()
        while words:
            k = rnd.randint(1, 4)
            chunks.append((" ".join(words[:k]), False))
            words = words[k:]
        if m:
            chunks.append((m.group(), True))
            pos = m.end()
    chunks.reverse()
    out = ""
    for i, (text, is_run) in enumerate(chunks):
        if i:
            glue = chunks[i - 1][1] and rnd.random() < 0.3
            out += "" if glue else rnd.choice([" ", "  ", "    "])
        out += text
    return out


def _key(v: float, unit) -> tuple:
    return round(float(v), 6), unit if isinstance(unit, str) else None


def scrambled_quality(seeds: int = 20, texts: tuple[str, ...] = SCRAMBLE_TEXTS) -> pd.DataFrame:
    """The figures of the gold lines of ``texts`` (texts whose lines are in order) read back after
    :func:`scramble`, ``seeds`` random scramblings each: one row per text and seed with the
    counts ``tp``, ``fp``, ``fn`` of (value, unit) pairs against the gold figures of the line
    (ordinals aside). An out-of-sample check of the scrambled-line rules of the figures extractor,
    which were written on 002."""
    from ..corpus.catalogue import Catalogue, Document
    from ..extract.figures import extract_figures

    docs = {d.name[:3]: d for d in Catalogue().documents()}
    rows = []
    for name in texts:
        path = next(gold_dir().glob(f"{name}_*.figures.yml"), None)
        if path is None or name not in docs:
            continue  # a project without this text or its gold set
        doc = docs[name]
        gold = load_gold(path)
        lines = []
        starts = [0] + [i + 1 for i, c in enumerate(doc.raw) if c == "\n"]
        for ls, le in zip(starts, [*starts[1:], len(doc.raw) + 1]):
            g = gold[(gold.start >= ls) & (gold.end <= le - 1) & (gold.type != "ordinal")]
            if len(g):
                lines.append((doc.raw[ls:le - 1], Counter(_key(v, u) for v, u in zip(g.value, g.unit))))
        for seed in range(seeds):
            rnd = random.Random(seed)
            tp = fp = fn = 0
            for line, want in lines:
                s = scramble(line, rnd)
                df = extract_figures(Document(path=Path("<scrambled>"), raw=s, form="pdf-scrambled"))
                got = Counter(_key(v, u) for v, u, t in zip(df.value, df.unit, df.type) if t != "ordinal")
                hit = sum((want & got).values())
                tp, fp, fn = tp + hit, fp + sum(got.values()) - hit, fn + sum(want.values()) - hit
            rows.append({"text": name, "seed": seed, "lines": len(lines), "tp": tp, "fp": fp, "fn": fn})
    return pd.DataFrame(rows, columns=["text", "seed", "lines", "tp", "fp", "fn"])


def summary(seeds: int = 20, scores: dict[str, pd.DataFrame] | None = None) -> dict[str, str]:
    """The figures the validity page quotes, as text: pooled precision, recall and gold size of
    the dates and the figures, the figures of 002, and the out-of-sample scrambled-line check
    (:func:`scrambled_quality` with ``seeds``). ``scores`` are the :func:`quality` tables by kind
    if the caller has them. A figure that cannot be computed (a project with no gold sets) is ``n/a``."""
    def fmt(x: float) -> str:
        return "n/a" if x is None or math.isnan(x) else f"{x:.3f}"

    def row(q: pd.DataFrame, text: str) -> pd.Series:
        r = q[(q["text"] == text) & (q["type"] == "all")]
        return r.iloc[0] if len(r) else pd.Series({"precision": None, "recall": None, "gold": 0})

    out: dict[str, str] = {}
    scores = scores or {kind: quality(kind) for kind in KEYS}
    for kind, q in scores.items():
        pooled = row(q, "all texts")
        out.update({f"{kind}_precision": fmt(pooled["precision"]), f"{kind}_recall": fmt(pooled["recall"]),
                    f"{kind}_gold": str(int(pooled["gold"]))})
    f002 = row(scores["figures"], "002")
    out.update(figures_002_precision=fmt(f002["precision"]), figures_002_recall=fmt(f002["recall"]))
    scr = scrambled_quality(seeds)
    tp, fp, fn = (int(scr[c].sum()) for c in ("tp", "fp", "fn"))
    out.update(scr_texts=", ".join(sorted(scr["text"].unique())) or "none", scr_seeds=str(seeds),
               scr_precision=fmt(tp / (tp + fp) if tp + fp else None),
               scr_recall=fmt(tp / (tp + fn) if tp + fn else None))
    return out
