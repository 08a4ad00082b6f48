"""Terms of named agreements (``data/reference/agreements.yml``) and the durations a text gives them.

:func:`load_agreements` reads and validates the file (each agreement an event of the gazetteer,
a whole number of years, a source that is a key of ``book/references.bib``); a problem raises
:class:`~tahqiq.errors.TahqiqError` naming the file, the entry and the field.
:func:`durations` finds the terms a normalised text states: «لمدة 20 عاماً»، «مدتها عشرون سنة»،
"for 20 years", "a 20-year treaty". :func:`until_years` finds the end a text gives a term, a year
after a range word of ``lang/time.yml`` («حتى عام 2030»، "until 2030").
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
class Agreement:
    event: str
    duration_years: int
    source: str


def load_agreements(path: str | Path, bib: str | Path, event_ids: set[str] | None = None) -> dict[str, Agreement]:
    """Agreements by event id (see the module docstring)."""
    p = Path(path)
    data = read_yaml(p, list_key="agreements")
    keys = bib_keys(bib) if Path(bib).is_file() else set()
    out = {}
    for i, item in enumerate(data["agreements"]):
        what = f"agreements[{i}]"
        e = validate_entry(_model(), item, p, what)
        if event_ids is not None and e.event not in event_ids:
            raise TahqiqError(p, f"{what}: field 'event': {e.event!r} is not an event of the gazetteer")
        if e.source not in keys:
            raise TahqiqError(p, f"{what}: field 'source': {e.source!r} is not a key of {Path(bib).name}")
        out[e.event] = Agreement(e.event, e.duration_years, e.source)
    return out


@lru_cache(maxsize=1)
def _model():
    """The pydantic model of one entry of ``agreements.yml``."""
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    class AgreementEntry(BaseModel):
        model_config = ConfigDict(extra="forbid")
        event: Annotated[str, StringConstraints(min_length=1)]
        duration_years: Annotated[int, Field(gt=0, strict=True)]
        source: Annotated[str, StringConstraints(min_length=1)]

    return AgreementEntry


_NUM = r"(?P<n>\d{1,3}|[\u0621-\u064A]+(?:\s+و?[\u0621-\u064A]+)?|[a-z]+(?:-[a-z]+)?)"
_DURATION = re.compile(
    rf"(?<!\w)(?:لمده|مدتها|مدته|ومدتها|ولمده|طوال)\s+{_NUM}\s+(?:عاما|عام|سنه|سنوات|اعوام|عاماً|سنين)(?!\w)"
    rf"|\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?{_NUM.replace('?P<n>', '?P<m>')}\s+years\b"
    rf"|\b(?P<k>\d{{1,3}})-year\b",
    re.I,
)


def durations(t: str) -> list[tuple[int, int, int]]:
    """(start, end, years) of the terms stated in a normalised text."""
    from ..checks.counts import _cardinal

    out = []
    for m in _DURATION.finditer(t):
        v = m.group("n") or m.group("m") or m.group("k")
        n = int(v) if v.isdigit() else _cardinal(v.replace("-", " ").split()[0]) if " " not in v else None
        if n is None and v and not v.isdigit():
            from ..extract.numerals import words_value

            hit = words_value(v)
            n = hit[0] if hit and not hit[1] else None
        if n:
            out.append((m.start(), m.end(), n))
    return out


def until_years(t: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year of four digits right after a range word («حتى عام 2030»,
    «إلى 2030», "until 2030", "through 2030"), in a normalised text."""
    from ..lang import words
    from ..text.patterns import alt

    rx = re.compile(rf"(?<!\w)(?:{alt(words('time', 'range_words'))})\s+(?:(?:عام|العام|سنه|سنة|year)\s+)?"
                    rf"(?P<y>\d{{4}})(?!\d)", re.I)
    return [(m.start(), m.end(), int(m.group("y"))) for m in rx.finditer(t)]
