"""Where named exercises took place (``data/reference/exercises.yml``), and the border places a
text gives them.

:func:`load_exercises` reads and validates the file (each exercise an event of the gazetteer, its
region, the countries whose border it lies on, a source that is a key of ``book/references.bib``);
a problem raises :class:`~tahqiq.errors.TahqiqError` naming the file, the entry and the field.
:func:`border_claims` finds in a normalised text a country placed by its border («بالقرب من
الحدود مع أفغانستان», "near the border with Afghanistan"): a cue of ``lang/places.yml`` right before
a country of ``lang/countries.yml`` (the cue may carry a conjunction, «وبالقرب من …»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..corpus.yamlfile import read_yaml, validate_entry
from ..errors import TahqiqError
from .events import bib_keys


@dataclass(frozen=True)
class Exercise:
    event: str
    region_en: str
    borders: tuple[str, ...]
    source: str


def load_exercises(path: str | Path, bib: str | Path, event_ids: set[str] | None = None) -> dict[str, Exercise]:
    """Exercises by event id (see the module docstring)."""
    from ..lang import lexicon

    p = Path(path)
    data = read_yaml(p, list_key="exercises")
    keys = bib_keys(bib) if Path(bib).is_file() else set()
    countries = set(lexicon("countries"))
    out = {}
    for i, item in enumerate(data["exercises"]):
        what = f"exercises[{i}]"
        e = validate_entry(_model(), item, p, what)
        if event_ids is not None and e.event not in event_ids:
            raise TahqiqError(p, f"{what}: field 'event': {e.event!r} is not an event of the gazetteer")
        unknown = [b for b in e.borders if b not in countries]
        if unknown:
            raise TahqiqError(p, f"{what}: field 'borders': {unknown[0]!r} is not a country id of lang/countries.yml")
        if e.source not in keys:
            raise TahqiqError(p, f"{what}: field 'source': {e.source!r} is not a key of {Path(bib).name}")
        out[e.event] = Exercise(e.event, e.region["en"], tuple(e.borders), e.source)
    return out


@lru_cache(maxsize=1)
def _model():
    """The pydantic model of one entry of ``exercises.yml``."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

    class ExerciseEntry(BaseModel):
        model_config = ConfigDict(extra="forbid")
        event: Text
        region: Annotated[dict[Literal["en", "ar"], Text], Field(min_length=1)]
        borders: list[Text]
        source: Text

    return ExerciseEntry


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    from ..checks.supply import _countries
    from ..lang import words
    from ..text.patterns import alt

    _, ar, en = _countries()
    return re.compile(rf"(?<!\w)[وف]?(?P<cue>{alt(words('places', 'border_cues'))})\s+(?:the\s+)?(?P<c>{ar}|{en})(?!\w)", re.I)


def border_claims(t: str) -> list[tuple[int, int, str]]:
    """(start, end, country id) of each country a normalised text places something by the border of."""
    from ..checks.supply import _countries
    from ..text.normtext import fold

    names, *_ = _countries()
    out = []
    for m in _pattern().finditer(t):
        cid = names.get(fold(m.group("c")).lower())
        if cid:
            out.append((m.start(), m.end(), cid))
    return out


# --------------------------------------------------------------------------- series


@dataclass(frozen=True)
class Series:
    """A recurring kind of exercise or patrol and the date its first instance took place."""
    id: str
    name_en: str
    aliases: tuple[str, ...]  # folded, lower case, both languages
    first: str  # ISO year or year-month of the first instance
    source: str


def load_series(path: str | Path, bib: str | Path) -> tuple[Series, ...]:
    """The ``series`` list of ``exercises.yml`` (optional): each a recurring exercise or patrol with
    its names (``aliases``: ``{ar: [...], en: [...]}``), the date of its first instance
    (``first``) and a source that is a key of ``book/references.bib``."""
    from ..text.normtext import fold

    p = Path(path)
    data = read_yaml(p)
    items = data.get("series") or []
    if not isinstance(items, list):
        raise TahqiqError(p, "expected a list under 'series'")
    keys = bib_keys(bib) if Path(bib).is_file() else set()
    out = []
    for i, item in enumerate(items):
        what = f"series[{i}]"
        e = validate_entry(_series_model(), item, p, what)
        if e.source not in keys:
            raise TahqiqError(p, f"{what}: field 'source': {e.source!r} is not a key of {Path(bib).name}")
        aliases = tuple(dict.fromkeys(fold(a).lower() for ws in e.aliases.values() for a in ws))
        out.append(Series(e.id, e.name["en"], aliases, e.first, e.source))
    return tuple(out)


@lru_cache(maxsize=1)
def _series_model():
    """The pydantic model of one entry of the ``series`` list of ``exercises.yml``."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

    class SeriesEntry(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        name: Annotated[dict[Literal["en", "ar"], Text], Field(min_length=1)]
        aliases: Annotated[dict[Literal["en", "ar"], Annotated[list[Text], Field(min_length=1)]], Field(min_length=1)]
        first: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2})?$")]
        source: Text

    return SeriesEntry


def series_mentions(t: str, series: tuple[Series, ...]) -> list[tuple[int, int, Series]]:
    """(start, end, series) of each name of a series in a normalised text (a proclitic allowed)."""
    out = []
    for s in series:
        rx = re.compile(rf"(?<!\w)[وفبل]?(?:{'|'.join(re.escape(a) for a in sorted(s.aliases, key=len, reverse=True))})(?!\w)", re.I)
        out += [(m.start(), m.end(), s) for m in rx.finditer(t)]
    return sorted(out, key=lambda x: x[0])
