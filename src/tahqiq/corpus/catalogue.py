"""The catalogue (``data/articles.yml``): works, their texts (witnesses), checksums, loading.

A *work* is an article; a *text* is one witness of it (one raw file). ``salman-2025`` has two
texts, 000 and 001; every other work has one. A target given by a user is resolved by
:func:`resolve`: a work's slug (its base text), a text's file name or stem (``000``,
``000_01ec08bd9cfc9a25``), ``slug:witness`` (``salman-2025:B``), or a path to any UTF-8 file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import TahqiqError
from ..text.normtext import NormText, decode_text, normalise

FORMS = ("pdf-text", "markdown", "pdf-scrambled", "web-translated", "web-endnotes", "plain")


_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def check_date(value, what: str, where: str | Path | None = None) -> str | None:
    """``value`` as a date string ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a real day), or ``None``;
    anything else raises a :class:`TahqiqError` naming ``what`` (and the file ``where``).
    The one date rule of ``tahqiq add`` and of the catalogue."""
    if value is None:
        return None
    value = str(value).strip()
    ok = bool(_DATE.match(value))
    if ok:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            dt.date(*parts[:3])
        except ValueError:
            ok = False
    if not ok:
        raise TahqiqError(where, f"{what} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def project_root() -> Path:
    """The project folder: ``$TAHQIQ_ROOT``, else the nearest parent of the working directory
    holding ``data/articles.yml``, else the checkout this package was installed from."""
    env = os.environ.get("TAHQIQ_ROOT")
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for d in (here, *here.parents):
        if (d / "data" / "articles.yml").is_file():
            return d
    return Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class TextEntry:
    file: str
    sha256: str
    form: str
    retrieved: str | None
    witness: str


@dataclass
class Work:
    slug: str
    title: dict
    author: dict
    affiliation: dict
    venue: str | None
    volume_issue: str | None
    date_published: str | None
    languages: list
    source_url: str | None
    licence: str | None
    notes: str | None
    base_text: str
    texts: list[TextEntry]
    notes_ar: str | None = None  # the notes in Arabic, for the Arabic edition (optional)
    venue_ar: str | None = None  # the venue in Arabic, where ``venue`` is written in English (optional)

    def text(self, witness: str | None = None) -> TextEntry:
        if witness in (None, "", "base"):
            return next(t for t in self.texts if t.file == self.base_text)
        for t in self.texts:
            if witness in (t.witness, t.file, Path(t.file).stem, t.file.split("_")[0]):
                return t
        names = ", ".join(f"{t.witness} ({t.file})" for t in self.texts)
        raise TahqiqError("data/articles.yml", f"work {self.slug!r} has no witness {witness!r}; it has {names}")


@dataclass
class Document:
    """One raw text, loaded and verified, with its normalised view computed on demand."""

    path: Path
    raw: str
    form: str = "plain"
    slug: str | None = None
    witness: str | None = None
    work: Work | None = field(default=None, repr=False)
    date: str | None = None  # a publication date given by the caller (``--date``), before the catalogue's

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def norm(self) -> NormText:
        return normalise(self.raw)


def from_string(s: str, form: str = "plain", name: str = "<string>") -> Document:
    """A :class:`Document` for a literal text (tests, examples, notebooks), read as ``form``."""
    return Document(path=Path(name), raw=s, form=form)


class Catalogue:
    """The works of ``data/articles.yml``, validated on load."""

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else project_root()
        self.path = self.root / "data" / "articles.yml"
        self.raw_dir = self.root / "data" / "raw"
        self.works: list[Work] = _load_works(self.path)

    def __iter__(self):
        return iter(self.works)

    def __len__(self) -> int:
        return len(self.works)

    @property
    def slugs(self) -> list[str]:
        return [w.slug for w in self.works]

    def work(self, slug: str) -> Work:
        for w in self.works:
            if w.slug == slug:
                return w
        raise TahqiqError(self.path, f"unknown article id {slug!r}; known ids: {', '.join(self.slugs)}")

    def find_text(self, name: str) -> tuple[Work, TextEntry] | None:
        for w in self.works:
            for t in w.texts:
                if name in (t.file, Path(t.file).stem, t.file.split("_")[0]):
                    return w, t
        return None

    def load(self, slug: str, witness: str | None = None) -> Document:
        """Load a work's text (its base text unless a witness is named), verifying its checksum."""
        work = self.work(slug)
        entry = work.text(witness)
        return self.load_entry(work, entry)

    def load_entry(self, work: Work, entry: TextEntry) -> Document:
        path = self.raw_dir / entry.file
        if not path.exists():
            raise TahqiqError(path, f"no such file (catalogued for {work.slug!r} in {self.path.name})")
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry.sha256:
            raise TahqiqError(
                path, f"checksum mismatch: sha256 is {digest}, {self.path.name} records {entry.sha256}"
            )
        raw = decode_text(data, path)
        return Document(path=path, raw=raw, form=entry.form, slug=work.slug, witness=entry.witness, work=work)

    def documents(self, all_witnesses: bool = True) -> list[Document]:
        docs = []
        for w in self.works:
            for t in w.texts if all_witnesses else [w.text()]:
                docs.append(self.load_entry(w, t))
        return docs


def load_path(path: str | Path, form: str | None = None) -> Document:
    """Load any UTF-8 text that is not in the catalogue. Its form is guessed when not given."""
    from ..text.normtext import read_text

    p = Path(path)
    raw = read_text(p)
    return Document(path=p, raw=raw, form=form or guess_form(raw))


def guess_form(raw: str) -> str:
    """A best guess of the extraction form of an uncatalogued text."""
    head = raw[:20000]
    if "<sup>" in head or "\n## " in head or "\\_" in head:
        return "markdown"
    if "\n[1] " in raw and "http" in raw:
        return "web-endnotes"
    return "plain"


def resolve(target: str, catalogue: Catalogue | None = None, witness: str | None = None) -> Document:
    """A document from a user's target: slug, ``slug:witness``, a text's file name or stem, or a path."""
    cat = catalogue or Catalogue()
    slug, _, wit = target.partition(":")
    if slug in cat.slugs:
        return cat.load(slug, wit or witness)
    found = cat.find_text(target)
    if found:
        return cat.load_entry(*found)
    p = Path(target)
    if p.suffix or os.sep in target or p.exists():
        return load_path(p)
    raise TahqiqError(target, f"unknown article id or file; known ids: {', '.join(cat.slugs)}")


# --------------------------------------------------------------------------- validation


def _date_field(v):
    """A catalogue date, checked by :func:`check_date` (the rule of ``tahqiq add``)."""
    from pydantic_core import PydanticCustomError

    try:
        return check_date(v, "")
    except TahqiqError:
        raise PydanticCustomError("date", "{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                  {"value": repr(str(v).strip())}) from None


@lru_cache(maxsize=1)
def _models():
    """The pydantic models of a catalogue entry (built on first use: pydantic is not imported by
    the reading of a single text)."""
    from typing import Annotated, Any, Literal

    from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, field_validator, model_validator
    from pydantic_core import PydanticCustomError

    Date = Annotated[str | None, BeforeValidator(_date_field)]

    class ArEn(BaseModel):  # a field given in both languages (a value may be null)
        model_config = ConfigDict(extra="allow")
        ar: Any
        en: Any

    class TextModel(BaseModel):
        model_config = ConfigDict(extra="forbid")
        file: Annotated[str, StringConstraints(min_length=1)]
        sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
        form: Literal[FORMS]
        retrieved: Date
        witness: Annotated[str, BeforeValidator(str)]

    class WorkModel(BaseModel):
        model_config = ConfigDict(extra="forbid")
        slug: str
        title: ArEn
        author: ArEn
        affiliation: ArEn
        venue: str | None
        volume_issue: Annotated[str | None, BeforeValidator(_str)]
        date_published: Date
        languages: list[str]
        source_url: str | None
        licence: str | None
        notes: str | None
        base_text: str
        texts: Annotated[list[TextModel], Field(min_length=1)]
        notes_ar: str | None = None
        venue_ar: str | None = None

        @field_validator("slug")
        @classmethod
        def _slug(cls, v: str) -> str:
            if not v or not v.replace("-", "").isalnum():
                raise PydanticCustomError("slug", "must be letters, digits and hyphens")
            return v

        @model_validator(mode="after")
        def _base_is_a_text(self):
            if self.base_text not in [t.file for t in self.texts]:
                raise PydanticCustomError("entry", "field 'base_text': {b} is not one of its texts",
                                          {"b": repr(self.base_text)})
            return self

    return WorkModel


def _load_works(path: Path) -> list[Work]:
    from .yamlfile import read_yaml, validate_entry

    data = read_yaml(path, list_key="works", missing="no such file: the catalogue is missing")
    WorkModel = _models()
    works, seen = [], set()
    for i, entry in enumerate(data["works"]):
        slug = entry.get("slug") if isinstance(entry, dict) else None
        where = f"work {slug!r}" if slug else f"works[{i}]"
        w = validate_entry(WorkModel, entry, path, where)
        if w.slug in seen:
            raise TahqiqError(path, f"{where}: duplicate slug")
        seen.add(w.slug)
        kwargs = w.model_dump(exclude={"texts"})
        for f in ("title", "author", "affiliation"):
            kwargs[f] = dict(entry[f])
        texts = [TextEntry(t.file, t.sha256, t.form, t.retrieved, t.witness) for t in w.texts]
        works.append(Work(**kwargs, texts=texts))
    return works


def _str(v) -> str | None:
    return None if v is None else str(v)
