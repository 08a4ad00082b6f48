"""A finding's message for each reader: English with its Arabic glossed, and Arabic.

Detectors write one English message. Two things are built from a finding where its row is made
(:meth:`tahqiq.review.findings.Finding.to_row`), not in each detector:

* :func:`english` -- the English message with every Arabic run followed by its transliteration
  and, when the glossary of ``lang/messages.yml`` knows it, its English sense
  («قبل» (qabl, "before")), and numbers in scientific notation written for readers;
* :func:`arabic` -- an Arabic message from the templates per kind of ``lang/messages.yml``, filled
  from the finding's evidence and quotes, with a generic Arabic message for a kind without one.

The templates are data: a new detector kind needs an entry in ``messages.yml`` (a test checks
that every registered kind has one), not a change here.
"""

from __future__ import annotations

import math
import re

from .. import lang
from ..text.amounts import readable, readable_in
from ..text.normtext import fold
from ..text.translit import arabic_runs, has_arabic, romanise

_FIELD = re.compile(r"\{([^{}|]+)(?:\|(int|ar|unit|value\.[a-z_]+))?\}")
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب")
QUOTE_LIMIT = 80


def _entries() -> dict:
    return lang.lexicon("messages")


def kinds() -> dict[str, dict]:
    """The kinds that have messages: kind -> {title_en, title_ar, templates_ar}."""
    return _entries()["kinds"]


def families() -> dict[str, dict]:
    """The detector families (:func:`tahqiq.review.recall.detector_families`) with their names in
    the Arabic edition: family -> {title_ar}."""
    return _entries()["families"]


def counted() -> dict[str, dict]:
    """The nouns the book's prose counts (:func:`tahqiq.book.render.count_of`): English noun ->
    {ar: its five forms [one, two, few, many, other], en: its English plural where not noun + s}."""
    return _entries()["counted"]


_LATIN = re.compile(r"[A-Za-z]")


def unit_ar(code) -> str | None:
    """A figure's unit code (``lang/units.yml``: ``USD``, ``tonne``, ``m3/year``; the evidence's
    ``money:RUB``) in Arabic, from ``units_ar`` of ``messages.yml``: «دولار», «طن», «م³/سنة», «روبل».
    A code already written in Arabic (a counted noun) is itself; ``None`` when a part has no Arabic."""
    if not isinstance(code, str) or not code.strip():
        return None
    code = code.strip()
    if not _LATIN.search(code):
        return code
    table = _entries().get("units_ar") or {}
    units, periods = table.get("units") or {}, table.get("periods") or {}
    if ":" in code:  # a measure named with its dimension («money:RUB»): by its unit
        code = code.split(":", 1)[1]
    unit, _, period = code.partition("/")
    ar = units.get(unit) if _LATIN.search(unit) else unit
    if ar is None or (period and periods.get(period) is None):
        return None
    return f"{ar}/{periods[period]}" if period else str(ar)


def glossary() -> dict[str, str]:
    """Folded Arabic word or phrase -> its English sense: ``messages.yml`` and the order words of
    ``order.yml`` (whose keys are their English sense)."""
    out = {fold(k): v for k, v in _entries()["glossary"].items()}
    for sense, words in lang.lexicon("order")["order"].items():
        for w in words.get("ar", []):
            out.setdefault(fold(w), sense)
    return out


def gloss(arabic_text: str) -> str | None:
    """The English sense of an Arabic word or phrase, if the glossary has it (after one clitic)."""
    g = glossary()
    key = fold(arabic_text.strip())
    if key in g:
        return g[key]
    for c in _CLITICS:
        if key.startswith(c) and key[len(c):] in g:
            return g[key[len(c):]]
    return None


def _note(arabic_text: str) -> str:
    """``(romanised, "sense")`` or ``(romanised)``."""
    sense = gloss(arabic_text)
    r = romanise(arabic_text.strip())
    return f'({r}, "{sense}")' if sense else f"({r})"


def _glossed_after(s: str, i: int, arabic_text: str) -> bool:
    """Whether ``s[i:]`` opens with a gloss of ``arabic_text``: a parenthesis in Latin letters
    that starts with its romanisation, holds an English sense in double quotes, or gives a value
    with its unit («٣ تريليون روبل» (3 trillion RUB)). Any other parenthesis («… (endnote [1])»,
    «… (2018)») is not a gloss."""
    m = re.match(r"\s*\(([^()]*)\)", s[i:])
    if not m or has_arabic(m.group(1)) or not re.search(r"[A-Za-z]", m.group(1)):
        return False
    inner = m.group(1).strip()
    return (inner.startswith(romanise(arabic_text.strip())) or bool(re.search(r'"[^"]+"', inner))
            or bool(re.match(r"[-\d]", inner)))


def _spans(s: str) -> list[tuple[int, int, int]]:
    """(start, end, insert_at) of each Arabic stretch: a whole «…» quote holding Arabic, or a bare run."""
    out = []
    taken = []
    for m in re.finditer(r"«([^«»]*)»", s):
        if has_arabic(m.group(1)):
            out.append((m.start(1), m.end(1), m.end()))
            taken.append((m.start(), m.end()))
    for m in arabic_runs(s):
        if not any(a <= m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), m.end()))
    return sorted(out)


def unglossed(message: str) -> list[str]:
    """The Arabic stretches of an English message with no transliteration or gloss beside them."""
    return [message[a:b] for a, b, at in _spans(message or "") if not _glossed_after(message, at, message[a:b])]


def english(message: str) -> str:
    """The English message with each Arabic stretch followed by its transliteration and gloss,
    and numbers in scientific notation written for readers. Idempotent."""
    s = readable_in(message or "")
    for a, b, at in reversed(_spans(s)):
        if not _glossed_after(s, at, s[a:b]):
            s = f"{s[:at]} {_note(s[a:b])}{s[at:]}"
    return s


def _flat(value, prefix: str, out: dict, items: bool = True, sep: str = "، ") -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flat(v, f"{prefix}{k}.", out, items, sep)
    elif isinstance(value, (list, tuple)):
        scalars = all(not isinstance(v, (dict, list, tuple)) for v in value)
        if items or not scalars:
            for i, v in enumerate(value):
                _flat(v, f"{prefix}{i}.", out, items, sep)
        if value and scalars:
            out[prefix[:-1]] = sep.join(_value(v, "en" if sep == ", " else "ar") for v in value if v is not None)
    elif value is not None and not (isinstance(value, float) and math.isnan(value)):
        out[prefix[:-1]] = value


def flatten(evidence: dict | None, language: str = "en") -> dict:
    """Evidence as one level of dotted keys (``facts.0.date_text``), a list of plain values kept
    as one value joined by commas (numbers written for readers of ``language``, en or ar): the
    rows of a finding's small evidence table."""
    out: dict = {}
    _flat(evidence or {}, "", out, items=False, sep="، " if language == "ar" else ", ")
    return out


def _value(v, language: str = "ar") -> str:
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        return readable(v, language=language)
    return str(v)


def _short(s: str) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= QUOTE_LIMIT else s[:QUOTE_LIMIT].rsplit(" ", 1)[0] + " …"


# A converter's markup inside a quoted span: a superscript (an affiliation's letter, a footnote's number:
# «السياسية<sup>a</sup>»), an inline tag kept by a Markdown conversion, a strong emphasis's stars. A message
# is plain text: the superscript goes with its tags (it is a marker, not the author's words), other tags
# and the stars go and their words stay. (The chapter's edition shows the same markup as what it means.)
_SUP_MARK = re.compile(r"<sup>[^<\n]{0,12}</sup>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|sub|sup|span|br)\s*/?>", re.IGNORECASE)
_STARS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def unmarked(quote: str) -> str:
    """A quoted span as a message shows it: without a converter's markup (:data:`_SUP_MARK`,
    :data:`_INLINE_TAG`, :data:`_STARS`). Idempotent."""
    s = _SUP_MARK.sub("", str(quote))
    return _STARS.sub(r"\1", _INLINE_TAG.sub("", s))


def value_word(group: str, code) -> str | None:
    """A code's word on the Arabic edition, ``value.<group>.<code>`` of ``lang/ui.yml`` (the book's
    table of such words: a bibliography's section «internet»: «مواقع الإنترنت»), or ``None``."""
    entry = lang.lexicon("ui").get(f"value.{group}.{code}")
    return entry.get("ar") if isinstance(entry, dict) else None


def fields(kind: str, evidence: dict | None, quotes: list[str]) -> dict:
    """The values a template of ``kind`` may name: the evidence flattened, q0…, quotes, kind, title_ar."""
    out: dict = {}
    _flat(evidence or {}, "", out)
    seen: list[str] = []
    for i, q in enumerate(quotes):
        q = _short(unmarked(q))
        out[f"q{i}"] = q
        if q not in seen:
            seen.append(q)
    out["quotes"] = "» و«".join(seen)
    out["kind"] = kind
    title = kinds().get(kind, {}).get("title_ar")
    if title:
        out["title_ar"] = title
    return out


def fill(template: str, values: dict) -> str | None:
    """``template`` with its fields filled, or ``None`` if a field (or its Arabic term) is unknown."""
    terms = _entries()["terms_ar"]
    missing = False

    def one(m: re.Match) -> str:
        nonlocal missing
        key, flt = m.group(1), m.group(2)
        if key not in values:
            missing = True
            return ""
        v = values[key]
        if flt == "int":
            try:
                return readable(round(float(v)), language="ar")
            except (TypeError, ValueError):
                missing = True
                return ""
        if flt == "unit":  # a unit code in Arabic («money:RUB»: «روبل»)
            ar = unit_ar(v)
            if ar is None:
                missing = True
                return ""
            return ar
        if flt and flt.startswith("value."):  # a code in the book's words («internet»: «مواقع الإنترنت»)
            word = value_word(flt[len("value."):], v)
            if word is None:
                missing = True
                return ""
            return word
        if flt == "ar":
            if str(v) not in terms:
                missing = True
                return ""
            return terms[str(v)]
        if key == "quotes":  # each quote already cut (fields): cut again, the «» between them went too
            return str(v)
        return _short(_value(v)) if isinstance(v, str) else _value(v)

    out = _FIELD.sub(one, template)
    return None if missing else out


def arabic(kind: str, evidence: dict | None, quotes: list[str]) -> str:
    """The Arabic message of a finding: the first template of its kind that fits, else the generic one."""
    values = fields(kind, evidence, quotes)
    for t in kinds().get(kind, {}).get("templates_ar", []) + _entries()["generic_ar"]:
        out = fill(t, values)
        if out is not None:
            return out
    raise AssertionError("the last generic Arabic template needs only quotes and kind")
