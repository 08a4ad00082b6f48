"""The project's planted-fault sets (``benchmarks/yardsticks.yml``): which are still blind
(out-of-sample) and which have had their misses read (in-sample), and their last measured figures
(``benchmarks/results/yardsticks.csv``, written by ``benchmarks/bench_yardsticks.py``)."""

from __future__ import annotations

import re

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import TahqiqError

STATUSES = ("blind", "in-sample")
COLUMNS = ("set", "status", "texts", "chars", "plants", "kinds", "caught", "recall", "false_alarms", "per_10k",
           "commit", "measured")


@dataclass(frozen=True)
class Yardstick:
    name: str
    plants: Path
    clean: Path
    status: str
    read: str
    what: str
    devset: bool = False
    files: tuple[str, ...] = ()  # a part of the set's texts (``clean/<name>``); empty: all of them
    last_blind: tuple = ()  # (caught, plants, false_alarms, chars, commit): its last figures while blind


def load(path: str | Path) -> list[Yardstick]:
    """The sets listed in ``path`` (``benchmarks/yardsticks.yml``), checked: one clear line naming
    the file and the problem when an entry is malformed."""
    from ..corpus.yamlfile import read_yaml

    p = Path(path)
    data = read_yaml(p)
    sets = data.get("sets") if isinstance(data, dict) else None
    if not isinstance(sets, list) or not sets:
        raise TahqiqError(p, "expected a non-empty list under 'sets'")
    out, seen = [], set()
    for i, s in enumerate(sets):
        where = f"{p}: sets[{i}]"
        if not isinstance(s, dict):
            raise TahqiqError(where, "expected a mapping")
        for key in ("name", "plants", "clean", "status"):
            if not isinstance(s.get(key), str) or not s[key].strip():
                raise TahqiqError(where, f"'{key}' is missing or not a string")
        if s["status"] not in STATUSES:
            raise TahqiqError(where, f"status {s['status']!r} is not one of {', '.join(STATUSES)}")
        if s["name"] in seen:
            raise TahqiqError(where, f"the name {s['name']!r} is listed twice")
        seen.add(s["name"])
        files = s.get("files", [])
        if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
            raise TahqiqError(where, "'files' must be a list of text names (clean/<name>)")
        lb = s.get("last_blind") or {}
        if lb and (not isinstance(lb, dict) or not all(isinstance(lb.get(k), int) for k in ("caught", "plants", "false_alarms", "chars"))):
            raise TahqiqError(where, "'last_blind' must give caught, plants, false_alarms and chars as integers, and commit")
        last = (lb["caught"], lb["plants"], lb["false_alarms"], lb["chars"], str(lb.get("commit", ""))) if lb else ()
        out.append(Yardstick(name=s["name"], plants=p.parent / s["plants"], clean=p.parent / s["clean"],
                             status=s["status"], read=str(s.get("read", "")), what=str(s.get("what", "")),
                             devset=bool(s.get("devset", False)), files=tuple(files), last_blind=last))
    return out


def find(path: str | Path, plants: str | Path, files: list[str] | tuple[str, ...] = ()) -> Yardstick | None:
    """The set whose plants file is ``plants`` (and whose part is ``files``), if the registry lists it."""
    target = Path(plants).resolve()
    return next((y for y in load(path) if y.plants.resolve() == target and set(y.files) == set(files)), None)


def results(path: str | Path) -> pd.DataFrame:
    """The last measured figures of every set (``results/yardsticks.csv``), blind sets first; an
    empty table with the columns when the file is absent (a copy without ``benchmarks/``)."""
    p = Path(path)
    if not p.exists():
        return pd.DataFrame(columns=list(COLUMNS))
    df = pd.read_csv(p, dtype={"commit": str})
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise TahqiqError(p, f"missing column(s) {', '.join(missing)}")
    order = {s: i for i, s in enumerate(STATUSES)}
    return df[list(COLUMNS)].sort_values(["status", "set"], key=lambda c: c.map(order) if c.name == "status" else c,
                                         kind="stable").reset_index(drop=True)


def blind_glue(df: pd.DataFrame, registry: str | Path | None = None) -> dict:
    """For the validity page's prose: the newest blind set's figures; when no set is blind now, the
    last figures a set of ``registry`` had while it was blind (its ``last_blind``, with the commit),
    else ``"none"``."""
    blind = df[df["status"] == "blind"]
    keys = ("blind_set", "blind_n", "blind_caught", "blind_recall", "blind_fa", "blind_chars", "blind_fa_10k")
    if blind.empty:
        was = [y for y in load(registry) if y.last_blind] if registry is not None and Path(registry).exists() else []
        if not was:
            return dict.fromkeys(keys, "none")
        y = was[-1]
        caught, n, fa, chars, commit = y.last_blind
        return {"blind_set": f"{y.name} ({commit})", "blind_n": n, "blind_caught": caught,
                "blind_recall": f"{caught / n:.0%}", "blind_fa": fa, "blind_chars": f"{chars:,}",
                "blind_fa_10k": f"{fa / chars * 1e4:.2f}"}
    # the newest: by the number in its name («heldout10» after «heldout9»), not by its letters
    r = blind.assign(_n=blind["set"].map(lambda x: int(m.group()) if (m := re.search(r"\d+", str(x))) else -1)) \
        .sort_values(["_n", "set"]).iloc[-1]
    return {"blind_set": str(r["set"]), "blind_n": int(r["plants"]), "blind_caught": int(r["caught"]),
            "blind_recall": f"{float(r['recall']):.0%}", "blind_fa": int(r["false_alarms"]),
            "blind_chars": f"{int(r['chars']):,}", "blind_fa_10k": f"{float(r['per_10k']):.2f}"}
