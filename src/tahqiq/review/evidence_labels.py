"""A finding's evidence for readers of Arabic: the labels of its keys, the Arabic of its English
terms and of its detector's rule, from ``evidence_ar`` of ``lang/messages.yml``.

* :func:`key_label` -- a dotted evidence key (``link.date.text``) labelled part by part
  (``الربط › التاريخ › النص``); a part without a label (a list index, a name the key is built
  from) is kept as written; ``None`` when no part has a label.
* :func:`value_ar` -- the Arabic of a value that is an English term (``received``), else ``None``.
* :func:`rule_ar` -- the Arabic of a detector's rule; a rule of the catalogue may hold ``{x}``
  fields, which stand for any text and are kept as the detector wrote them; ``None`` when the
  catalogue has no rule that matches (the English is then shown, marked as English).
"""

from __future__ import annotations

import re

from .. import lang

SEPARATOR = " › "
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _catalogue() -> dict:
    return lang.lexicon("messages").get("evidence_ar") or {}


def key_label(key: str) -> str | None:
    """The Arabic label of a dotted evidence key, or ``None`` if none of its parts has one."""
    keys = _catalogue().get("keys") or {}
    parts = str(key).split(".")
    if not any(p in keys for p in parts):
        return None
    return SEPARATOR.join(str(keys.get(p, p)) for p in parts)


def value_ar(value) -> str | None:
    """The Arabic of an evidence value that is one of the catalogue's English terms."""
    if not isinstance(value, str):
        return None
    out = (_catalogue().get("values") or {}).get(value)
    return str(out) if out else None


_COMPILED: dict[int, tuple] = {}


def _rules() -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    """The catalogue's rules: exact ones, and patterns for those with fields (compiled once per
    catalogue read, so a reloaded lexicon is followed)."""
    cat = _catalogue().get("rules") or {}
    if id(cat) not in _COMPILED:
        _COMPILED.clear()
        _COMPILED[id(cat)] = (cat, *_compile(cat))
    return _COMPILED[id(cat)][1:]


def _compile(cat: dict) -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    exact, patterns = {}, []
    for en, ar in cat.items():
        en, ar = str(en), str(ar)
        if not _FIELD.search(en):
            exact[en] = ar
            continue
        rx, last = "", 0
        for m in _FIELD.finditer(en):
            rx += re.escape(en[last:m.start()]) + f"(?P<{m.group(1)}>.+?)"
            last = m.end()
        patterns.append((re.compile(rx + re.escape(en[last:]) + r"\Z", re.S), ar))
    return exact, patterns


def rule_ar(rule) -> str | None:
    """The Arabic of a detector's rule (its ``{x}`` fields filled with the text they stand for)."""
    if not isinstance(rule, str):
        return None
    exact, patterns = _rules()
    rule = rule.strip()
    if rule in exact:
        return exact[rule]
    for rx, ar in patterns:
        m = rx.match(rule)
        if m:
            def fill(f: re.Match) -> str:
                got = m.groupdict().get(f.group(1))
                return f.group(0) if got is None else (value_ar(got) or got)

            return _FIELD.sub(fill, ar)
    return None
