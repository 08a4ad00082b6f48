"""Adding an article of one's own to the corpus (``tahqiq add FILE --title … --author …``).

:func:`add_article` copies a UTF-8 text byte for byte into ``data/raw/`` as
``NNN_<first 16 hex digits of its sha256>.txt`` (``NNN`` the next free number), appends an entry
for it to ``data/articles.yml`` (as text, after the existing entries: the file's own text and
comments are kept), and writes a starting annotation ``data/annotations/<slug>.yml``
(:func:`tahqiq.argument.annotate.starter_yaml`) unless one exists. The next build gives the work a
chapter.

It refuses, naming the file: a missing, empty, binary or non-UTF-8 file
(:func:`tahqiq.text.normtext.read_text`); a text whose sha256 is already catalogued (naming the work); an
explicit slug already in use or not of the form ``lower-case-ascii-1``; an unknown form; a
malformed date. All of it is atomic: every file is written to a temporary name and renamed, and
on any failure the raw copy and the annotation are removed and the catalogue restored, so
nothing is left half-written. After adding, ``Catalogue(root)`` loads the new work and verifies
its checksum.

The slug, unless given, is the author's surname and the year: the last word of a Latin-script
name, or of an Arabic one transliterated (:func:`transliterate`), ``-YYYY`` from the date;
without a usable name, ``article-NNN``; ``-2``, ``-3`` … are appended to make it unique.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from pathlib import Path

import yaml

from ..argument.annotate import starter_yaml, write_atomic
from ..argument.model import annotation_path
from ..lang import words
from .catalogue import FORMS, Catalogue, Document, Work, check_date, guess_form, project_root
from ..errors import TahqiqError
from ..text.normtext import clean_label, decode_text, language, read_text, text_identity

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_RAW_NAME = re.compile(r"^(\d{3})_")

# A minimal transliteration of Arabic letters into ASCII, for slugs only (not a scholarly scheme).
_TRANSLIT = {
    "ا": "a", "أ": "a", "إ": "a", "آ": "a", "ٱ": "a", "ى": "a", "ة": "a", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "u", "ي": "i", "ء": "", "ئ": "", "ؤ": "u",
}
_INITIAL = {"و": "w", "ي": "y"}

LANGUAGE_SHARE = 0.05
"""A script is listed among a text's ``languages`` when it has at least this share of its letters."""


def transliterate(word: str) -> str:
    """``word`` in lower-case ASCII: Arabic letters by a minimal table («سلمان» → ``slman``),
    Latin letters and digits kept, anything else dropped."""
    out = []
    for i, ch in enumerate(word):
        if i == 0 and ch in _INITIAL:
            out.append(_INITIAL[ch])
        elif ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch.lower())
    return "".join(out)


def detect_languages(raw: str) -> list[str]:
    """``ar`` and/or ``en``: the scripts holding at least :data:`LANGUAGE_SHARE` of the letters."""
    ar = len(re.findall(r"[\u0621-\u064A]", raw))
    en = len(re.findall(r"[A-Za-z]", raw))
    total = ar + en
    if not total:
        return []
    return [lang for lang, n in (("ar", ar), ("en", en)) if n / total >= LANGUAGE_SHARE]


_TITLE_STOP = set(words("stopwords", "slug_title"))


def _ascii_words(s: str) -> list[str]:
    return [w for w in (transliterate(x) for x in re.findall(r"[^\W\d_]+", s)) if len(w) >= 2]


def _base_slug(author: str, title_en: str | None) -> str:
    """The surname (last word) of ``author`` in ASCII, else the first main word of ``title_en``, else ``""``."""
    words = _ascii_words(author)
    if words:
        return words[-1]
    words = [w for w in _ascii_words(title_en or "") if len(w) >= 3 and w not in _TITLE_STOP]
    return words[0] if words else ""


def derive_slug(author: str, date: str | None, taken: set[str], number: int, title_en: str | None = None) -> str:
    """A new, unique slug: ``<surname>-<year>`` (see the module docstring)."""
    base = _base_slug(author, title_en) or f"article-{number:03d}"
    if date:
        base = f"{base}-{date[:4]}"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _scalar(v: str | None) -> str:
    """A YAML scalar in the catalogue's style: ``null`` or a double-quoted string."""
    if v is None:
        return "null"
    return yaml.safe_dump(v, allow_unicode=True, default_style='"', width=1 << 20).strip()


def catalogue_entry(slug: str, title: dict, author: dict, date: str | None, languages: list[str], notes: str,
                    file: str, sha256: str, form: str, retrieved: str | None) -> str:
    """The YAML text of one work of ``data/articles.yml``, in the style of the existing entries."""
    lines = [
        f"  - slug: {slug}",
        "    title:",
        f"      ar: {_scalar(title['ar'])}",
        f"      en: {_scalar(title['en'])}",
        "    author:",
        f"      ar: {_scalar(author['ar'])}",
        f"      en: {_scalar(author['en'])}",
        "    affiliation:",
        "      ar: null",
        "      en: null",
        "    venue: null",
        "    volume_issue: null",
        f"    date_published: {_scalar(date)}",
        f"    languages: [{', '.join(languages)}]",
        "    source_url: null",
        "    licence: null",
        f"    notes: {_scalar(notes)}",
        f"    base_text: {_scalar(file)}",
        "    texts:",
        f"      - file: {_scalar(file)}",
        f"        sha256: {_scalar(sha256)}",
        f"        form: {form}",
        f"        retrieved: {_scalar(retrieved)}",
        "        witness: A",
    ]
    return "\n".join(lines) + "\n"


def _check_date(value: str | None, what: str) -> str | None:
    return check_date(value, what)


def _by_script(value: str, what: str) -> dict:
    """``{ar, en}`` with ``value`` under the language of its script."""
    value = clean_label(value)
    if not value:
        raise TahqiqError(None, f"the {what} is empty")
    lang = language(value)
    return {"ar": value if lang == "ar" else None, "en": value if lang != "ar" else None}


def _next_number(raw_dir: Path, cat: Catalogue) -> int:
    names = [p.name for p in raw_dir.iterdir()] if raw_dir.is_dir() else []
    names += [t.file for w in cat for t in w.texts]
    numbers = [int(m.group(1)) for n in names if (m := _RAW_NAME.match(n))]
    return max(numbers, default=-1) + 1


def _copy_bytes(data: bytes, dest: Path) -> None:
    """Write ``data`` to the new file ``dest`` through a temporary file and a rename."""
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_article(file: str | Path, title: str, author: str, date: str | None = None, slug: str | None = None,
                title_en: str | None = None, root: str | Path | None = None, form: str | None = None,
                retrieved: str | None = None) -> Work:
    """Add the text ``file`` to the corpus and return its catalogued :class:`~tahqiq.corpus.catalogue.Work`.

    ``title`` and ``author`` go under ``ar`` or ``en`` by their script; ``title_en`` is the
    English title of an Arabic one. ``date`` is the publication date (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``); ``retrieved`` the date the text was obtained (default: today), recorded in
    the entry and its note. ``form`` defaults to :func:`tahqiq.corpus.catalogue.guess_form`. ``root`` is
    the project folder (default :func:`tahqiq.corpus.catalogue.project_root`). See the module docstring
    for what is written and refused.
    """
    root = Path(root) if root is not None else project_root()
    src = Path(file)
    raw = read_text(src)
    data = src.read_bytes()
    if decode_text(data, src) != raw:
        raise TahqiqError(src, "the file changed while it was being read")
    sha = hashlib.sha256(data).hexdigest()

    cat = Catalogue(root)
    identity = text_identity(raw)
    for w in cat:
        for t in w.texts:
            same = t.sha256 == sha or text_identity(cat.load_entry(w, t).raw) == identity
            if same:
                how = "" if t.sha256 == sha else " (the same characters, saved with another byte-order mark or encoding)"
                raise TahqiqError(src, f"the same text is already in the catalogue{how}: {t.file}, witness "
                                       f"{t.witness} of work {w.slug!r}")
    date = _check_date(date, "the date")
    retrieved = _check_date(retrieved, "the retrieval date") or dt.date.today().isoformat()
    form = form or guess_form(raw)
    if form not in FORMS:
        raise TahqiqError(None, f"unknown form {form!r} (one of {', '.join(FORMS)})")
    titles = _by_script(title, "title")
    if title_en is not None:
        title_en = clean_label(title_en)
        if titles["en"] is not None and title_en != titles["en"]:
            raise TahqiqError(None, "the title is already in English: give --title-en only with an Arabic title")
        titles["en"] = title_en or None
    authors = _by_script(author, "author")

    number = _next_number(cat.raw_dir, cat)
    if slug is not None:
        if not _SLUG.match(slug):
            raise TahqiqError(None, f"slug {slug!r} must be lower-case ASCII letters and digits joined by hyphens")
        if slug in cat.slugs:
            raise TahqiqError(cat.path, f"slug {slug!r} is already taken by a catalogued work")
    else:
        slug = derive_slug(author, date, set(cat.slugs), number, titles["en"])
    name = f"{number:03d}_{sha[:16]}.txt"
    dest = cat.raw_dir / name

    entry = catalogue_entry(slug, titles, authors, date, detect_languages(raw), f"Added with tahqiq add on {retrieved}.",
                            name, sha, form, retrieved)
    old = decode_text(cat.path.read_bytes(), cat.path)
    new = old + ("" if old.endswith("\n") else "\n") + "\n" + entry
    starter = starter_yaml(Document(path=dest, raw=raw, form=form, slug=slug, witness="A"))
    ann = annotation_path(slug, root)

    cat.raw_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    catalogue_changed = False
    try:
        if dest.exists():
            raise TahqiqError(dest, "exists already but is not in the catalogue; move it away first")
        _copy_bytes(data, dest)
        written.append(dest)
        write_atomic(cat.path, new)
        catalogue_changed = True
        work = Catalogue(root).work(slug)
        Catalogue(root).load(slug)  # verifies the checksum of the copy
        if not ann.exists():
            write_atomic(ann, starter)
            written.append(ann)
    except BaseException:
        if catalogue_changed:
            write_atomic(cat.path, old)
        for p in written:
            p.unlink(missing_ok=True)
        raise
    return work
