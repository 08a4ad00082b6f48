"""The project's planted-fault sets (``benchmarks/yardsticks.yml``): which are still blind
(out-of-sample) and which have had their misses read (in-sample), and their last measured figures
(``benchmarks/results/yardsticks.csv``, written by ``benchmarks/bench_yardsticks.py``)."""

from __future__ import annotations

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
        out.append(Yardstick(name=s["name"], plants=p.parent / s["plants"], clean=p.parent / s["clean"],
                             status=s["status"], read=str(s.get("read", "")), what=str(s.get("what", "")),
                             devset=bool(s.get("devset", False)), files=tuple(files)))
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


def blind_glue(df: pd.DataFrame) -> dict:
    """For the validity page's prose: the newest blind set's figures (``"none"`` when no set is blind)."""
    blind = df[df["status"] == "blind"]
    keys = ("blind_set", "blind_n", "blind_caught", "blind_recall", "blind_fa", "blind_chars", "blind_fa_10k")
    if blind.empty:
        return dict.fromkeys(keys, "none")
    r = blind.sort_values("set").iloc[-1]
    return {"blind_set": str(r["set"]), "blind_n": int(r["plants"]), "blind_caught": int(r["caught"]),
            "blind_recall": f"{float(r['recall']):.0%}", "blind_fa": int(r["false_alarms"]),
            "blind_chars": f"{int(r['chars']):,}", "blind_fa_10k": f"{float(r['per_10k']):.2f}"}
