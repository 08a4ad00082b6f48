"""The book's own words in both editions: one strings file, ``src/tahqiq/lang/ui.yml``.

Each entry is a string id with its ``en`` and ``ar`` text (MyST markdown: a heading, a
paragraph with ``{glue:text}`` roles, a table header, a plot label). :func:`text` returns one
of them; :func:`validate` checks that every id has both languages and that they keep the same
glue roles and ``{doc}`` links (a translation that drops a number would print nothing).

A template's markdown cell names its string by ``metadata.tahqiq.ui``; ``tahqiq build``
replaces the cell's source by the text of the job's language (:func:`localise_cells`), so the
English template stays readable and both editions come from the same file.

Numbers: both editions print Western (European) digits, as most Arabic academic print and the
source texts' own tables do; quotes keep whatever digits their text has.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import TahqiqError
from ..lang import folder, lexicon

LANGS = ("en", "ar")
ROLES = re.compile(r"\{(?:glue:text|glue|doc)\}`[^`]*`")


def _glue_names(s: str) -> list[str]:
    """The glue names and doc targets of a string (what a translation must keep)."""
    out = []
    for m in ROLES.finditer(s):
        inner = m.group(0).split("`")[1]
        out.append(inner.rsplit("<", 1)[-1].rstrip(">") if "<" in inner else inner)
    return sorted(out)


@lru_cache(maxsize=None)
def strings() -> dict[str, dict[str, str]]:
    """Every string id with its texts, validated."""
    entries = lexicon("ui")
    validate(entries)
    return entries


def validate(entries) -> None:
    """Every id maps to a non-empty ``en`` and ``ar`` (and nothing else), with the same glue
    roles and doc links in both."""
    path = folder() / "ui.yml"
    if not isinstance(entries, dict):
        raise TahqiqError(path, "entries: expected a mapping of string ids")
    for sid, texts in entries.items():
        if not isinstance(texts, dict) or set(texts) != set(LANGS):
            raise TahqiqError(path, f"entries.{sid}: expected exactly the languages {', '.join(LANGS)}")
        for lang in LANGS:
            if not isinstance(texts[lang], str) or not texts[lang].strip():
                raise TahqiqError(path, f"entries.{sid}.{lang}: expected a non-empty string")
        if _glue_names(texts["en"]) != _glue_names(texts["ar"]):
            raise TahqiqError(path, f"entries.{sid}: the glue roles and links differ between en and ar "
                                    f"({_glue_names(texts['en'])} != {_glue_names(texts['ar'])})")


def text(sid: str, lang: str = "en") -> str:
    """The text of string ``sid`` in ``lang`` (``en`` or ``ar``)."""
    if lang not in LANGS:
        raise TahqiqError(folder() / "ui.yml", f"unknown language {lang!r}; the languages are {', '.join(LANGS)}")
    try:
        return strings()[sid][lang].rstrip("\n")
    except KeyError:
        raise TahqiqError(folder() / "ui.yml", f"no string {sid!r}") from None


def labels(prefix: str, lang: str) -> dict[str, str]:
    """The strings under ``prefix.`` (e.g. ``col``: table headers) as ``{rest of id: text}``."""
    p = prefix + "."
    return {k[len(p):]: text(k, lang) for k in strings() if k.startswith(p)}


def cell_id(cell) -> str | None:
    """The string id a notebook cell names (``metadata.tahqiq.ui``), if any."""
    meta = cell.get("metadata", {}).get("tahqiq", {})
    return meta.get("ui") if isinstance(meta, dict) else None


def alt_id(cell) -> str | None:
    """The string id of a plot cell's alternative text (``metadata.tahqiq.alt``), if any."""
    meta = cell.get("metadata", {}).get("tahqiq", {})
    return meta.get("alt") if isinstance(meta, dict) else None


def localise_cells(nb, lang: str) -> None:
    """Replace the source of every markdown cell that names a string by its text in ``lang``, and
    the alternative text of every plot cell that names one (``metadata.mystnb.image.alt``)."""
    for cell in nb.cells:
        sid = cell_id(cell)
        if cell.cell_type == "markdown" and sid:
            cell.source = text(sid, lang)
        if cell.cell_type == "code" and (aid := alt_id(cell)):
            cell.metadata.setdefault("mystnb", {}).setdefault("image", {})["alt"] = text(aid, lang)


def localise_findings(findings, lang: str):
    """The findings table with the message of ``lang``: on the Arabic edition ``message_ar``
    where the table has it (and the row's is not empty), else the English ``message``."""
    if lang != "ar" or "message_ar" not in getattr(findings, "columns", ()):
        return findings
    out = findings.copy()
    ar = out["message_ar"].where(out["message_ar"].fillna("").astype(str).str.strip() != "", out["message"])
    out["message"] = ar
    return out
