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
from ..corpus.yamlfile import read_yaml, validate_entry
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


def _iso(v) -> str:
    """An ISO day, or :data:`ONGOING` for ``ongoing``."""
    from pydantic_core import PydanticCustomError

    if str(v) == "ongoing":
        return ONGOING
    try:
        return date.fromisoformat(str(v)).isoformat()
    except ValueError:
        raise PydanticCustomError("date", "{v} is not an ISO date (YYYY-MM-DD) or 'ongoing'", {"v": repr(v)}) from None


@lru_cache(maxsize=1)
def _models():
    """The pydantic models of ``offices.yml``: a person and an office with its holders."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator
    from pydantic_core import PydanticCustomError

    Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    Names = Annotated[dict[Literal["ar", "en"], list[Text]], Field(min_length=1)]
    Day = Annotated[str, BeforeValidator(_iso)]

    class Person(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        names: Names

    class Holder(BaseModel):
        model_config = ConfigDict(extra="forbid")
        person: Text
        start: Day
        end: Day

        @model_validator(mode="after")
        def _ordered(self):
            if self.end < self.start:
                raise PydanticCustomError("entry", "the term ends before it starts")
            return self

    class OfficeEntry(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        name: dict[Literal["ar", "en"], Text] = {}
        titles: Names
        holders: Annotated[list[Holder], Field(min_length=1)]
        source: Text

    return Person, OfficeEntry


def _names(names: dict) -> tuple[str, ...]:
    return tuple(n for lang in ("ar", "en") for n in names.get(lang) or [])


def load_offices(path: str | Path | None = None, bib: str | Path | None = None) -> Offices:
    """Load and validate ``data/reference/offices.yml`` (see the module docstring)."""
    root = project_root()
    p = Path(path) if path is not None else root / "data" / "reference" / "offices.yml"
    b = Path(bib) if bib is not None else root / "book" / "references.bib"
    data = read_yaml(p, list_key="offices")
    keys = bib_keys(b) if b.is_file() else set()
    Person, OfficeEntry = _models()
    persons = {}
    for i, item in enumerate(data.get("persons") or []):
        pid = item.get("id") if isinstance(item, dict) else None
        person = validate_entry(Person, item, p, f"person {pid!r}" if pid else f"persons[{i}]")
        persons[person.id] = _names(person.names)
    offices = []
    for i, item in enumerate(data["offices"]):
        oid = item.get("id") if isinstance(item, dict) else None
        what = f"office {oid!r}" if oid else f"offices[{i}]"
        if isinstance(item, dict) and item.get("source") not in keys:  # before the holders: the source first
            raise TahqiqError(p, f"{what}: field 'source': {item.get('source')!r} is not a key of {b.name}")
        e = validate_entry(OfficeEntry, item, p, what)
        for j, h in enumerate(e.holders):
            if h.person not in persons:
                raise TahqiqError(p, f"{what}: holders[{j}]: unknown person {h.person!r}")
        offices.append(Office(e.id, e.name.get("en", e.id), _names(e.titles),
                              tuple(Term(h.person, h.start, h.end) for h in e.holders), e.source))
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
