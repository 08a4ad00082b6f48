"""A finding's evidence for readers of Arabic: the labels of its keys, the Arabic of its English
terms and of its detector's rule, from ``evidence_ar`` of ``lang/messages.yml``.

* :func:`key_label` -- a dotted evidence key (``link.date.text``) labelled part by part
  (``الربط › التاريخ › النص``); a part that is a unit code (``usd_per_unit.RUB``) by the unit's
  Arabic (``units_ar``); a part without a label (a list index, a name the key is built from) is kept as written; ``None`` when no part has a label.
* :func:`value_ar` -- the Arabic of a value that is an English term (``received``), else ``None``.
* :func:`rule_ar` -- the Arabic of a detector's rule; a rule of the catalogue may hold ``{x}``
  fields, which stand for any text and are kept as the detector wrote them; ``None`` when the
  catalogue has no rule that matches (the English is then shown, marked as English).
* :func:`remark_ar` -- the Arabic of a remark of the extraction (a date's or figure's ``note``, a
  relative date's ``anchor``; ``remarks``, written as the rules are), each of its ``; ``-joined
  parts looked up alone; ``None`` unless every part has its Arabic.
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
    from .messages import unit_ar

    keys = _catalogue().get("keys") or {}
    parts = str(key).split(".")
    if not any(p in keys for p in parts):
        return None
    # a part that is a unit code (``usd_per_unit.RUB``) is named by the unit («روبل»)
    return SEPARATOR.join(str(keys.get(p) or (p.isascii() and p.isalpha() and unit_ar(p)) or p) for p in parts)


def value_ar(value) -> str | None:
    """The Arabic of an evidence value that is one of the catalogue's English terms."""
    if not isinstance(value, str):
        return None
    out = (_catalogue().get("values") or {}).get(value)
    return str(out) if out else None


_COMPILED: dict[int, tuple] = {}


def _rules(section: str = "rules") -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    """The catalogue's rules (or another ``section`` written as they are: ``remarks``): exact ones,
    and patterns for those with fields (compiled once per catalogue read, so a reloaded lexicon is
    followed)."""
    cat = _catalogue().get(section) or {}
    if id(cat) not in _COMPILED or _COMPILED[id(cat)][0] is not cat:
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


def rule_ar(rule, section: str = "rules") -> str | None:
    """The Arabic of a detector's rule (its ``{x}`` fields filled with the text they stand for)."""
    if not isinstance(rule, str):
        return None
    exact, patterns = _rules(section)
    rule = rule.strip()
    if rule in exact:
        return exact[rule]
    for rx, ar in patterns:
        m = rx.match(rule)
        if m:
            def fill(f: re.Match) -> str:
                got = m.groupdict().get(f.group(1))
                if got is None:
                    return f.group(0)
                # a remark quoted inside a remark («anchor (published 2024-05) too coarse …») in Arabic too
                inner = rule_ar(got, section) if section != "rules" and got != rule else None
                return value_ar(got) or inner or got

            return _FIELD.sub(fill, ar)
    return None


REMARK_SEPARATOR = "; "


def remark_ar(remark) -> str | None:
    """The Arabic of a remark of the extraction (``note``, ``anchor``): its ``; ``-joined parts each
    in Arabic, joined by «؛ »; ``None`` when one of them has no Arabic in ``remarks``."""
    if not isinstance(remark, str) or not remark.strip():
        return None
    parts = [rule_ar(p, "remarks") for p in remark.split(REMARK_SEPARATOR)]
    return None if any(p is None for p in parts) else "؛ ".join(parts)
