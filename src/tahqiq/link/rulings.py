"""Rulings on disputes between states and the body that issued each (``data/reference/rulings.yml``),
and the courts a text names (``lang/courts.yml``).

:func:`load_rulings` reads and validates the file (each ruling's body a court of the lexicon, its
source a key of ``book/references.bib``); a problem raises :class:`~tahqiq.errors.TahqiqError`
naming the file, the entry and the field. :func:`court_mentions`, :func:`ruling_words` and
:func:`subject_mentions` find, in a normalised text, the names of courts, the words of a ruling
and the subjects of the reference rulings. In a text whose lines are out of order (a mirrored PDF)
words are often glued to a fragment of the word before (``glued``): there an Arabic name that
opens with the article is found after any letters.
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
class Ruling:
    id: str
    subject: tuple[str, ...]  # folded names, both languages
    body: str  # a court id of lang/courts.yml
    date: str
    source: str


def load_rulings(path: str | Path, bib: str | Path) -> tuple[Ruling, ...]:
    """The rulings of ``rulings.yml`` (see the module docstring)."""
    from ..lang import lexicon
    from ..text.normtext import fold

    p = Path(path)
    data = read_yaml(p, list_key="rulings")
    keys = bib_keys(bib) if Path(bib).is_file() else set()
    courts = set(lexicon("courts")["courts"])
    out = []
    for i, item in enumerate(data["rulings"]):
        what = f"rulings[{i}]"
        e = validate_entry(_model(), item, p, what)
        if e.body not in courts:
            raise TahqiqError(p, f"{what}: field 'body': {e.body!r} is not a court of lang/courts.yml")
        if e.source not in keys:
            raise TahqiqError(p, f"{what}: field 'source': {e.source!r} is not a key of {Path(bib).name}")
        subject = tuple(dict.fromkeys(fold(s).lower() for ws in e.subject.values() for s in ws))
        out.append(Ruling(e.id, subject, e.body, e.date, e.source))
    return tuple(out)


@lru_cache(maxsize=1)
def _model():
    from typing import Annotated, Literal

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

    class RulingEntry(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        subject: Annotated[dict[Literal["en", "ar"], Annotated[list[Text], Field(min_length=1)]], Field(min_length=1)]
        body: Text
        date: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}){0,2}$")]
        source: Text

    return RulingEntry


def _rx(names: list[str], glued: bool) -> re.Pattern:
    """An alternation of folded names, whole words (a one-letter proclitic allowed); ``glued``: an
    Arabic name that opens with the article may follow any letters."""
    parts = []
    for n in sorted(set(names), key=len, reverse=True):
        e = re.escape(n)
        if glued and n.startswith("ال"):
            parts.append(rf"(?:(?<!\w)[وفبل]?|\w*){e}")
        else:
            parts.append(rf"(?<!\w)[وفبل]?{e}")
    return re.compile(rf"(?:{'|'.join(parts)})(?!\w)", re.I)


@lru_cache(maxsize=4)
def _courts(glued: bool) -> tuple[re.Pattern, dict[str, str]]:
    from ..lang import lexicon
    from ..text.normtext import fold

    names = {fold(str(n)).lower(): cid for cid, langs in lexicon("courts")["courts"].items()
             for ns in langs.values() for n in ns}
    return _rx(list(names), glued), names


def court_mentions(t: str, glued: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, court id) of each court a normalised text names."""
    rx, names = _courts(glued)
    out = []
    for m in rx.finditer(t):
        s = m.group(0).lower()
        hit = next(((n, c) for n, c in sorted(names.items(), key=lambda x: -len(x[0])) if s.endswith(n)), None)
        if hit:
            out.append((m.end() - len(hit[0]), m.end(), hit[1]))  # the name, without a proclitic or fragment
    return out


@lru_cache(maxsize=1)
def _ruling_rx() -> re.Pattern:
    from ..lang import words

    return _rx(list(words("courts", "ruling_words")), False)


def ruling_words(t: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ruling_rx().finditer(t)]


def subject_mentions(t: str, ruling: Ruling, glued: bool = False) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _rx(list(ruling.subject), glued).finditer(t)]
