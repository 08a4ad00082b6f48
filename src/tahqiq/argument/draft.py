"""Draft reconstructions: a starter nobody has edited, and the tasks a draft still has.

``tahqiq add`` writes a starter annotation (:func:`tahqiq.argument.annotate.starter_yaml`) and
``tahqiq annotate`` may be run after it, as the documented path says. The starter's header
carries a fingerprint of its body (:func:`fingerprint`); a file whose body still has that
fingerprint is *untouched* (:func:`untouched`) and may be refreshed, while an edited one is never
overwritten without ``--force``.

A reconstruction is a *draft* while it still holds a ``TODO`` (a gloss to write, a problem to
state, a verdict to give): :func:`tasks` lists them, one per entry, so that a chapter can show
them as the student's tasks instead of publishing the draft as curated, and the exercises can
leave drafts out.
"""

from __future__ import annotations

import hashlib
import re

MARKER = "# tahqiq-starter:"
TODO = "TODO"


def fingerprint(body: str) -> str:
    """The first 16 hex digits of the SHA-256 of a starter's YAML body (without its header)."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def marker_line(body: str) -> str:
    """The header line that marks a starter written by tahqiq, with its body's fingerprint."""
    return f"{MARKER} {fingerprint(body)} (this line lets `tahqiq annotate` refresh the file while nobody has edited it)\n"


def _body(text: str) -> str:
    """The text after the leading comment lines (the header)."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    return "".join(lines[i:])


def untouched(text: str) -> bool:
    """True if ``text`` is a starter written by tahqiq whose body nobody has changed since."""
    m = re.search(r"^# tahqiq-starter: ([0-9a-f]{16})\b", text, re.M)
    return bool(m) and fingerprint(_body(text)) == m.group(1)


def _walk(value, where: str):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{where}.{k}" if where else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            label = v.get("id") if isinstance(v, dict) and v.get("id") else i
            yield from _walk(v, f"{where}[{label}]")
    else:
        yield where, value


def tasks(data: dict) -> list[dict]:
    """The ``TODO`` s left in an annotation's mapping (``Annotation.data``), in file order: each with
    the ``entry`` that holds it (``claims[c3].gloss``), the ``task`` (the TODO text) and the
    ``quote`` of the item it belongs to, if any."""
    out = []
    for where, value in _walk(data, ""):
        if isinstance(value, str) and TODO in value:
            item = _item(data, where)
            out.append({"entry": where, "task": value.strip(), "quote": item.get("quote") if item else None})
    return out


def _item(data: dict, where: str) -> dict | None:
    """The mapping an entry path like ``claims[c3].gloss`` lives in."""
    head = where.rsplit(".", 1)[0] if "." in where else ""
    cur = data
    for part in re.findall(r"[^.\[\]]+", head):
        if isinstance(cur, dict):
            cur = cur.get(part)
        elif isinstance(cur, list):
            cur = next((x for x in cur if isinstance(x, dict) and str(x.get("id")) == part), None) \
                if not part.isdigit() else (cur[int(part)] if int(part) < len(cur) else None)
        if cur is None:
            return None
    return cur if isinstance(cur, dict) else None


def is_draft(data: dict) -> bool:
    """A reconstruction is a draft while any ``TODO`` is left in it."""
    return bool(tasks(data))
