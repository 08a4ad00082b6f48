"""Entity detectors: one person, organisation, exercise or place written in different ways.

* ``entity-variant`` (internal): within one text, an entity group (see
  :func:`tahqiq.link.entities.group_entities`) written in more than one way in one script
  («أوكين» and «أوكيان»); a note, since a spelling variant is a fault of form, not of fact.
* ``entity-variant-cross`` (cross-work): two works that write one entity in different ways and
  share no spelling of it («كيسنجر» in one, «كسنجر» in the other). One text per work is read
  (the base text), so witnesses of one work do not count as two works.

Every mention of the group is quoted. A spelling the text itself glosses -- given as an
alternative («(أو X)», "also spelled X") or discussed as a word («فسر X بأنها …», "X, meaning …"),
with the words of ``lang/gloss.yml`` right before or after it -- is the text's explanation, not a
variant: it is left out of the internal check.
"""

from __future__ import annotations

import re

import pandas as pd

from ..link.entities import form_class, group_entities, variants
from ..facts import Facts, TextFacts
from ..lang import lexicon
from ..review.findings import Finding, Span
from ..text.normtext import fold
from ..text.rows import records
from . import detector


def _gloss_re(key: str, before: bool) -> re.Pattern:
    ws = sorted({fold(w) for lang in lexicon("gloss")[key].values() for w in lang}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in ws)
    edge = r"[\s\(\[«\"',،:]*"
    return re.compile(rf"(?<![\w.])(?:{alt}){edge}$" if before else rf"^{edge}(?:{alt})(?![\w])", re.I)


_GLOSS_BEFORE = _gloss_re("before", True)
_GLOSS_AFTER = _gloss_re("after", False)
_WINDOW = 40


def glossed(raw: str, row: dict) -> bool:
    """Whether the mention ``row`` of ``raw`` is a spelling the text glosses: a gloss word of
    ``lang/gloss.yml`` right before it or right after it (only spaces, brackets, quotes or a comma
    between)."""
    start, end = int(row["start"]), int(row["end"])
    head = fold(raw[max(0, start - _WINDOW) : start])
    tail = fold(raw[end : end + _WINDOW])
    return bool(_GLOSS_BEFORE.search(head) or _GLOSS_AFTER.search(tail))


def _unglossed(raw: str, names: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The spellings of a group with at least one mention the text does not gloss."""
    return {n: rs for n, rs in names.items() if any(not glossed(raw, r) for r in rs)}


def mentions(t: TextFacts) -> pd.DataFrame:
    """The entity mentions of a text (its ``entities`` table)."""
    return t.entities


def grouped(t: TextFacts) -> pd.DataFrame:
    """:func:`~tahqiq.link.entities.group_entities` of the text's mentions, computed once per
    ``entities`` table and kept on its facts (entity-variant and first-name-variant both read it;
    neither changes it)."""
    memo = t.__dict__.get("_grouped_memo")
    if memo is None or memo[0] is not t.entities:
        memo = t.__dict__["_grouped_memo"] = (t.entities, group_entities(mentions(t)))
    return memo[1]


def grouped_records(t: TextFacts) -> list[dict]:
    """The rows of :func:`grouped` as records, read once per ``entities`` table (kept on the text's
    facts with it; shared by the callers: never changed)."""
    g = grouped(t)
    memo = t.__dict__.get("_grouped_records_memo")
    if memo is None or memo[0] is not g:
        memo = t.__dict__["_grouped_records_memo"] = (g, records(g))
    return memo[1]


NOUN = {"person": "person", "organisation": "organisation", "exercise": "exercise", "place": "place",
        "other": "name"}
"""How an entity of each kind is called in a message."""


def _spans(rows: list[dict]) -> list[Span]:
    return [Span.of(r) for r in sorted(rows, key=lambda r: (r["file"], r["start"]))]


def _quoted(names: dict[str, list[dict]]) -> str:
    """«first raw text» (n) for each written form, most frequent first."""
    order = sorted(names.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return ", ".join(f"«{rows[0]['text'].strip()}» ({len(rows)})" for _, rows in order)


def _evidence(gid: str, names: dict[str, list[dict]], rule: str) -> dict:
    first = next(iter(names.values()))[0]
    return {
        "rule": rule,
        "group": gid,
        "kind": first["kind"],
        "forms": {n: {"mentions": len(rs), "skeleton": rs[0]["skeleton"], "script": rs[0]["script"],
                      "files": sorted({r["file"] for r in rs})} for n, rs in names.items()},
    }


@detector("entity-variant", "internal")
def entity_variant(facts: Facts) -> list[Finding]:
    """One entity written in different ways within one text."""
    out = []
    for t in facts:
        m = mentions(t)
        if m.empty:
            continue
        for gid, names in variants(grouped(t)).items():
            if len(_unglossed(t.raw, names)) < 2:
                continue
            first = next(iter(names.values()))[0]
            out.append(Finding(
                kind="entity-variant",
                severity="note",
                message=f"One {NOUN[first['kind']]} is written {len(names)} ways in this text: {_quoted(names)}.",
                spans=_spans([r for rs in names.values() for r in rs]),
                evidence=_evidence(gid, names, "same gazetteer entity, or same word count and transliteration "
                                                "skeleton per word; more than one spelling in one script"),
            ))
    return out


def _disjoint_works(names: dict[str, list[dict]], work_of: dict[str, str]) -> list[str]:
    """The works that write one form of the entity (:func:`~tahqiq.link.entities.form_class`) and
    share no spelling of it with another work writing that form. Linear in the mentions: a work's
    partners are the union (a bit mask) of the works using each of its spellings."""
    forms: dict[tuple[str, int], dict[str, set[str]]] = {}
    for n, rows in names.items():
        for r in rows:
            forms.setdefault(form_class(r), {}).setdefault(work_of[r["file"]], set()).add(n)
    out: set[str] = set()
    for by_work in forms.values():
        if len(by_work) < 2:
            continue
        bit = {w: 1 << i for i, w in enumerate(sorted(by_work))}
        users: dict[str, int] = {}
        for w, ns in by_work.items():
            for n in ns:
                users[n] = users.get(n, 0) | bit[w]
        everyone = (1 << len(bit)) - 1
        for w, ns in by_work.items():
            sharing = 0
            for n in ns:
                sharing |= users[n]
            if sharing != everyone:  # some other work shares none of w's spellings
                out.add(w)
    return sorted(out)


@detector("entity-variant-cross", "cross-work")
def entity_variant_cross(facts: Facts) -> list[Finding]:
    """One entity written in different ways by different works of the corpus."""
    texts = [t for t in facts if t.base]
    if len({t.work_key for t in texts}) < 2:
        return []
    work_of = {t.file: t.work_key for t in texts}
    frames = [mentions(t) for t in texts]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return []
    out = []
    for gid, names in variants(group_entities(pd.concat(frames, ignore_index=True))).items():
        works = set(_disjoint_works(names, work_of))
        if not works:
            continue
        rows = [r for rs in names.values() for r in rs if work_of[r["file"]] in works]
        used = {n: [r for r in rs if work_of[r["file"]] in works] for n, rs in names.items()}
        used = {n: rs for n, rs in used.items() if rs}
        files = sorted({r["file"] for r in rows})
        first = rows[0]
        by_file = "; ".join(
            f"{f}: " + ", ".join(sorted({f"«{r['text'].strip()}»" for r in rows if r["file"] == f})) for f in files
        )
        out.append(Finding(
            kind="entity-variant-cross",
            severity="note",
            message=f"One {NOUN[first['kind']]} is written differently across works ({by_file}).",
            spans=_spans(rows),
            evidence={**_evidence(gid, used, "same entity group across works; the works share no spelling of it"),
                      "files": files},
            scope="cross-work",
        ))
    return out
