"""Offices and their holders (``data/reference/offices.yml``), and the titles a text gives persons.

:func:`load_offices` reads and validates the file: persons with the names texts write them by,
offices with the title phrases that name them and their holders with terms, each office with a
source that must be a key of ``book/references.bib``. A problem raises
:class:`~tahqiq.errors.TahqiqError` naming the file, the entry and the field.

:func:`titled_mentions` finds in a normalised text a title phrase of an office given to a person:
the title right before the name («الرئيس الروسي فلاديمير بوتين», "Russian President Putin", the
name in quotation marks or not) or
right after it, set off by a comma («بوتين، الرئيس الروسي», "Putin, the Russian president") or by
the closing quotation mark of a quoted name («"ماو تسي تونغ" رئيس جمهورية الصين الشعبية»: an
apposition; an unquoted name and a title side by side, «استقبل بوتين الرئيسَ الصيني», is not one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..corpus.catalogue import project_root
from ..corpus.yamlfile import read_yaml
from ..errors import TahqiqError
from ..text.normtext import fold
from .events import bib_keys, compile_alias

ONGOING = "9999-12-31"


@dataclass(frozen=True)
class Term:
    person: str
    start: str
    end: str


@dataclass(frozen=True)
class Office:
    id: str
    name_en: str
    titles: tuple[str, ...]
    holders: tuple[Term, ...]
    source: str

    def held_by(self, person: str) -> bool:
        return any(t.person == person for t in self.holders)


@dataclass(frozen=True, eq=False)
class Offices:
    path: Path
    persons: dict  # id -> tuple of names
    offices: tuple[Office, ...]


def _iso(v, where: Path, what: str) -> str:
    if str(v) == "ongoing":
        return ONGOING
    try:
        return date.fromisoformat(str(v)).isoformat()
    except ValueError:
        raise TahqiqError(where, f"{what}: {v!r} is not an ISO date (YYYY-MM-DD) or 'ongoing'") from None


def _names(item: dict, field: str, where: Path, what: str) -> tuple[str, ...]:
    v = item.get(field)
    if not isinstance(v, dict) or not any(v.get(k) for k in ("ar", "en")):
        raise TahqiqError(where, f"{what}: field {field!r} must map ar/en to lists of names")
    out = []
    for lang in ("ar", "en"):
        for n in v.get(lang) or []:
            if not isinstance(n, str) or not n.strip():
                raise TahqiqError(where, f"{what}: field {field!r}.{lang}: {n!r} is not a name")
            out.append(n)
    return tuple(out)


def load_offices(path: str | Path | None = None, bib: str | Path | None = None) -> Offices:
    """Load and validate ``data/reference/offices.yml`` (see the module docstring)."""
    root = project_root()
    p = Path(path) if path is not None else root / "data" / "reference" / "offices.yml"
    b = Path(bib) if bib is not None else root / "book" / "references.bib"
    data = read_yaml(p, list_key="offices")
    keys = bib_keys(b) if b.is_file() else set()
    persons = {}
    for i, item in enumerate(data.get("persons") or []):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise TahqiqError(p, f"persons[{i}]: missing field 'id'")
        persons[item["id"]] = _names(item, "names", p, f"person {item['id']!r}")
    offices = []
    for i, item in enumerate(data["offices"]):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise TahqiqError(p, f"offices[{i}]: missing field 'id'")
        oid = item["id"]
        what = f"office {oid!r}"
        if item.get("source") not in keys:
            raise TahqiqError(p, f"{what}: field 'source': {item.get('source')!r} is not a key of {b.name}")
        holders = []
        for j, h in enumerate(item.get("holders") or []):
            if not isinstance(h, dict) or h.get("person") not in persons:
                raise TahqiqError(p, f"{what}: holders[{j}]: unknown person {h.get('person') if isinstance(h, dict) else h!r}")
            s, e = _iso(h.get("start"), p, f"{what}: holders[{j}].start"), _iso(h.get("end"), p, f"{what}: holders[{j}].end")
            if e < s:
                raise TahqiqError(p, f"{what}: holders[{j}]: the term ends before it starts")
            holders.append(Term(h["person"], s, e))
        if not holders:
            raise TahqiqError(p, f"{what}: field 'holders' is empty")
        name = item.get("name") or {}
        offices.append(Office(oid, str(name.get("en", oid)), _names(item, "titles", p, what), tuple(holders),
                              item["source"]))
    return Offices(p, persons, tuple(offices))


@dataclass(frozen=True)
class TitledMention:
    start: int  # normalised offsets of the title and the name together
    end: int
    office: str
    person: str
    title: str
    name: str


@lru_cache(maxsize=4)
def _patterns(ref: Offices) -> tuple[re.Pattern, dict, dict]:
    titles = {fold(t).lower(): o.id for o in ref.offices for t in o.titles}
    names = {fold(n).lower(): pid for pid, ns in ref.persons.items() for n in ns}
    alt = lambda ws: "|".join(compile_alias(w).pattern.replace("(?P<m>", "(?:") for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    rx = re.compile(
        rf"(?P<t1>{alt(titles)})[ \t]+(?:the[ \t]+)?[\"“«']?[ \t]*(?P<n1>{alt(names)})[\"”»']?"
        rf"|(?P<n2>{alt(names)})(?:[\"”»'][ \t]*(?:[،,][ \t]*)?|[ \t]*[،,][ \t]*)(?:the[ \t]+)?(?P<t2>{alt(titles)})",
        re.I,
    )
    return rx, titles, names


def _key(s: str, table: dict) -> str | None:
    k = " ".join(re.findall(r"\w+", fold(s).lower()))
    for cand in (k, k[1:] if k[:1] in "وفبلك" else k):
        for w, v in table.items():
            if " ".join(re.findall(r"\w+", w)) == cand:
                return v
    return None


def titled_mentions(t: str, ref: Offices) -> list[TitledMention]:
    """The title-and-name pairs of a normalised text (see the module docstring)."""
    rx, titles, names = _patterns(ref)
    out = []
    for m in rx.finditer(t):
        title = m.group("t1") or m.group("t2")
        name = m.group("n1") or m.group("n2")
        office, person = _key(title, titles), _key(name, names)
        if office and person:
            out.append(TitledMention(m.start(), m.end(), office, person, title, name))
    return out
