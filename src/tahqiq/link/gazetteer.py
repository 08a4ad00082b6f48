"""The events gazetteer (``data/reference/events.yml``): every event with its kind, names,
aliases (strong and weak, Arabic and English), reference date and a source of
``book/references.bib``. :func:`load_events` reads and validates it; a problem raises
:class:`~tahqiq.errors.TahqiqError` naming the file, the event and the field.
:func:`compile_alias` makes the pattern that finds an alias in normalised text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..corpus.catalogue import project_root
from ..corpus.yamlfile import read_yaml, validate_entry
from ..errors import TahqiqError
from ..text.intervals import ONGOING, human
from ..text.normtext import fold

_WORD = re.compile(r"\w+")

EVENT_KINDS = (
    "treaty", "agreement", "statement", "visit", "summit", "exercise", "invasion", "annexation",
    "founding", "attack", "dissolution", "split", "conflict", "death", "inauguration", "election",
    "launch", "crisis", "exhibition", "ratification", "extension", "conference", "ceremony",
)
PRECISIONS = ("day", "month", "year")
RELATIONS = ("ratification-of", "extension-of", "part-of", "follow-up-of")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PROCLITIC = r"(?:[وفبلك]|وب|ول|وك|فب|فل)?"
_SEP = r"[\W_]{1,6}"
_GAP = r"(?:[\W_]+\w+){0,6}?[\W_]+"


# --------------------------------------------------------------------------- the gazetteer


@dataclass(frozen=True)
class Alias:
    """One alias of an event, as written in the gazetteer, with the pattern that finds it."""

    text: str
    lang: str
    weak: bool
    pattern: re.Pattern = field(repr=False, compare=False)


@dataclass(frozen=True)
class Event:
    """An event of the gazetteer with its reference interval (inclusive ISO dates)."""

    id: str
    kind: str
    name_en: str
    name_ar: str
    aliases: tuple[Alias, ...]
    start: str
    end: str
    precision: str
    source: str
    related: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """The reference date as a short human string."""
        return human(self.start, self.end)


@dataclass
class Gazetteer:
    """The loaded events; ``shared`` lists the folded aliases that name several events."""

    path: Path
    events: tuple[Event, ...]

    def __iter__(self):
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    @cached_property
    def by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    @cached_property
    def shared(self) -> set[str]:
        seen: dict[str, set[str]] = {}
        for e in self.events:
            for a in e.aliases:
                seen.setdefault(_alias_key(a.text), set()).add(e.id)
        return {k for k, ids in seen.items() if len(ids) > 1}

    def is_ambiguous(self, alias: Alias) -> bool:
        return _alias_key(alias.text) in self.shared


def _alias_key(s: str) -> str:
    return " ".join(_WORD.findall(fold(s).lower().replace("…", " … "))) + ("…" if "…" in s else "")


def bib_keys(path: str | Path) -> set[str]:
    """The entry keys of a BibTeX file."""
    text = Path(path).read_text(encoding="utf-8")
    return set(re.findall(r"@\w+\s*\{\s*([^,\s]+)\s*,", text))


def _interval(value: str, precision: str, where: Path, eid: str, fld: str) -> tuple[str, str]:
    m = _ISO.match(str(value))
    if not m:
        raise TahqiqError(where, f"event {eid!r}: field {fld!r}: {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    given = "day" if d else "month" if mo else "year"
    if PRECISIONS.index(given) > PRECISIONS.index(precision):
        raise TahqiqError(where, f"event {eid!r}: field {fld!r}: {value!r} gives only the {given}, but date_precision is {precision!r}")
    try:
        if d:
            s = e = date(y, mo, d)
        elif mo:
            s = date(y, mo, 1)
            e = (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
        else:
            s, e = date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        raise TahqiqError(where, f"event {eid!r}: field {fld!r}: {value!r} is not a valid date") from None
    # a coarser precision than written widens the interval to the unit the source warrants
    if precision == "month":
        s = s.replace(day=1)
        e = date(e.year + (e.month == 12), e.month % 12 + 1, 1) - timedelta(days=1)
    elif precision == "year":
        s, e = date(s.year, 1, 1), date(e.year, 12, 31)
    return s.isoformat(), e.isoformat()


def compile_alias(text: str) -> re.Pattern:
    """The pattern of an alias on normalised text (see the module docstring)."""
    parts = [p for p in fold(text).split("…")]
    words = [_WORD.findall(p) for p in parts]
    if any(not w for w in words):
        raise ValueError(f"alias {text!r} has an empty part")
    body = _GAP.join(_SEP.join(re.escape(w) for w in ws) for ws in words)
    arabic = bool(re.match(r"[\u0600-\u06FF]", words[0][0]))
    return re.compile(rf"(?<!\w){_PROCLITIC if arabic else ''}(?P<m>{body})(?!\w)", re.I)


_Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_Aliases = Annotated[dict[Literal["ar", "en"], list[_Text]], Field(min_length=1)]


class _Names(BaseModel):
    model_config = ConfigDict(extra="forbid")
    en: _Text
    ar: _Text


class _Related(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event: _Text
    relation: Literal[RELATIONS]


class EventEntry(BaseModel):
    """One entry of ``events.yml`` as written (dates as given; :func:`_event` turns it into an
    :class:`Event` with its interval)."""

    model_config = ConfigDict(extra="forbid")

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    kind: Literal[EVENT_KINDS]
    name: _Names
    aliases: _Aliases
    weak_aliases: _Aliases | None = None
    date_precision: Literal[PRECISIONS]
    date: str | None = None
    start: str | None = None
    end: str | None = None
    source: _Text
    related: list[_Related] = []

    @field_validator("date", "start", "end", mode="before")
    @classmethod
    def _as_text(cls, v):
        return None if v is None else str(v)  # YAML reads 2001 as a number, 2001-07-16 as a date

    @model_validator(mode="after")
    def _one_kind_of_date(self):
        if (self.date is None) == (self.start is None and self.end is None):
            raise PydanticCustomError("entry", "field 'date' is missing (give either date, or start and end)")
        if self.date is None and (self.start is None or self.end is None):
            raise PydanticCustomError("entry", "field 'start' or 'end' is missing (start and end go together)")
        return self


def _aliases(raw: dict | None, weak: bool, where: Path, eid: str, fld: str) -> list[Alias]:
    out = []
    for lang, items in (raw or {}).items():
        for s in items:
            try:
                out.append(Alias(s, lang, weak, compile_alias(s)))
            except ValueError as exc:
                raise TahqiqError(where, f"event {eid!r}: field {fld!r}: {exc}") from None
    return out


def _event(item, where: Path, keys: set[str]) -> Event:
    eid = item.get("id") if isinstance(item, dict) else None
    e = validate_entry(EventEntry, item, where, f"event {eid!r}")
    if e.date is not None:
        start, end = _interval(e.date, e.date_precision, where, e.id, "date")
    else:
        start = _interval(e.start, e.date_precision, where, e.id, "start")[0]
        end = ONGOING if e.end == "ongoing" else _interval(e.end, e.date_precision, where, e.id, "end")[1]
        if end < start:
            raise TahqiqError(where, f"event {e.id!r}: field 'end': {e.end!r} is before start {e.start!r}")
    if e.source not in keys:
        raise TahqiqError(where, f"event {e.id!r}: field 'source': {e.source!r} is not a key of references.bib")
    aliases = _aliases(e.aliases, False, where, e.id, "aliases") + _aliases(e.weak_aliases, True, where, e.id, "weak_aliases")
    return Event(e.id, e.kind, e.name.en, e.name.ar, tuple(aliases), start, end, e.date_precision, e.source,
                 tuple((r.event, r.relation) for r in e.related))


def load_events(path: str | Path | None = None, bib: str | Path | None = None) -> Gazetteer:
    """Load and validate the gazetteer; a problem raises :class:`TahqiqError` naming the file,
    the event and the field. ``bib`` defaults to ``book/references.bib`` of the project."""
    root = project_root()
    p = Path(path) if path is not None else root / "data" / "reference" / "events.yml"
    b = Path(bib) if bib is not None else root / "book" / "references.bib"
    if not p.is_file():
        raise TahqiqError(p, "no such file")
    if not b.is_file():
        raise TahqiqError(b, "no such file (the bibliography the events cite)")
    data = read_yaml(p, list_key="events")
    keys = bib_keys(b)
    events = [_event(item, p, keys) for item in data["events"]]
    ids = [e.id for e in events]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise TahqiqError(p, f"event {dup[0]!r}: field 'id' is used twice")
    for e in events:
        for target, _ in e.related:
            if target not in ids:
                raise TahqiqError(p, f"event {e.id!r}: field 'related': unknown event {target!r}")
    return Gazetteer(p, tuple(events))
