"""Shared helpers of the arithmetic families (aritha): run the detectors of one fault kind over
generated texts (the real pipeline) and report recall on the faulty versions and findings on the
correct ones."""

from __future__ import annotations

from pathlib import Path

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts
from tahqiq.review.planted import FAULT_KINDS

EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def kinds_of(fault: str) -> tuple[str, ...]:
    return FAULT_KINDS[fault][1]


def findings(fault: str, raws: list[str]) -> list[list]:
    """The findings of the detectors written for ``fault`` over each text (one document each)."""
    load_all()
    kinds = set(kinds_of(fault))
    facts = Facts([text_facts(Document(path=Path(f"f{i}.txt"), raw=r, form="plain")) for i, r in enumerate(raws)])
    out: list[list] = [[] for _ in raws]
    for name, det in REGISTRY.items():
        if det.scope != "internal":
            continue
        for f in det.func(facts):
            if f.kind in kinds:
                out[int(f.spans[0].file[1:].split(".")[0])].append(f)
    return out


def score(fault: str, cases: list[tuple[str, str, str]]) -> dict:
    """``cases``: (family, correct text, faulty text). Per family: caught faulty, findings on correct."""
    raws = [c for _, c, _ in cases] + [f for _, _, f in cases]
    got = findings(fault, raws)
    n = len(cases)
    res: dict = {}
    for i, (fam, c, f) in enumerate(cases):
        r = res.setdefault(fam, {"n": 0, "caught": 0, "fa": 0, "missed": [], "alarms": []})
        r["n"] += 1
        if got[n + i]:
            r["caught"] += 1
        else:
            r["missed"].append(f)
        if got[i]:
            r["fa"] += 1
            r["alarms"].append((c, [x.message for x in got[i]]))
    return res


def report(res: dict) -> str:
    return "\n".join(f"{fam:28s} {r['caught']:3d}/{r['n']:<3d} FA {r['fa']}" for fam, r in sorted(res.items()))
