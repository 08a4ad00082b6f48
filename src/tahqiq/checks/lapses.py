"""Lapses of time stated with an order word: «بعد عامين»، «بعد توقيع الاتفاقية بشهرين»، «العام
التالي»، "two years later" (read by :mod:`tahqiq.checks.ordering`).

A lapse is a unit of time (``lang/order.yml`` ``lapse_units``: years, months, weeks, days) alone
(one), in the dual («عامين») or after a number in digits or words («ست سنوات»، «بتسعة أشهر»), its
length in months; a plural alone («بأشهر») or an approximated one («بنحو عام») is vague (no length).
«عام 2015» is a date, not a lapse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.dates.intervals import iso_key
from ..lang import lexicon, words
from ..text.normtext import fold
from ..text.patterns import lead
from .chronology import Mention

_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")


@lru_cache(maxsize=1)
def _lex():
    o = lexicon("order")
    units = {}
    for unit, e in o["lapse_units"].items():
        for w in e["singular"]:
            units[fold(w).lower()] = (int(e["months"]), 1)
        for w in e["plural"]:
            units[fold(w).lower()] = (int(e["months"]), None)
    duals = {fold(w).lower(): (int(o["lapse_units"][u]["months"]), 2) for u, ws in o["lapse_duals"].items() for w in ws}
    flat = lambda key: frozenset(fold(w).lower() for ws in o[key].values() for w in ws)  # noqa: E731
    approx = frozenset(words("durations", "approximators"))
    return units, duals, approx, flat("lapse_after"), flat("lapse_before")


@dataclass(frozen=True)
class Lapse:
    months: int | None  # None: vague («بأشهر») or approximate («بنحو عام»)
    start: int
    end: int
    unit: int | None = None  # the months of its (largest) unit: 12 for years, 0 for weeks and days


def _number(toks: list[str]) -> int | None:
    from ..extract.numerals import words_value

    s = " ".join(toks)
    if s.isdigit():
        return int(s)
    en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()} | {"a": 1, "an": 1}
    if s.lower() in en:
        return en[s.lower()]
    hit = words_value(s)
    return hit[0] if hit and not hit[1] else None


def lapse_in(text: str, s: int, e: int) -> Lapse | None:
    """The first lapse of time in ``text[s:e]``: «عام واحد»، «بعامين»، «بتسعة أشهر»، «نحو عام»،
    "two years" (a unit word, alone, dual or after a number; «عام 2015»، «عام 538 قبل الميلاد» are
    dates, not lapses)."""
    units, duals, approx, _, _ = _lex()
    toks = list(_WORD.finditer(text, s, e))
    for i, t in enumerate(toks):
        w = t.group().lower()
        core = w[1:] if w.startswith("ب") and len(w) > 3 else w
        if core in duals or (core != w and w in duals):
            months, n = duals.get(core) or duals[w]
            lapse = _with_fraction(text, Lapse(months * n if months else None, t.start(), t.end(), months), e)
            return _hedged(text, s, _with_smaller_unit(text, lapse, e), approx)
        if core not in units and w not in units:
            continue
        months, n = units.get(core) or units[w]
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        if nxt[:1].isdigit():
            continue  # «عام 2015»، «عام 538 قبل الميلاد»، «سنة 743هـ»: a number after the unit names a year
        start = t.start()
        if nxt in ("واحد", "واحده") and n == 1:
            end = toks[i + 1].end()
        else:
            end = t.end()
        # a number before the unit («ست سنوات»، «بتسعة أشهر»، "two years")
        for k in (2, 1):
            if i - k < 0:
                continue
            ws = [x.group() for x in toks[i - k:i]]
            ws[0] = ws[0][1:] if ws[0].startswith("ب") and _number([ws[0][1:]] + ws[1:]) is not None else ws[0]
            v = _number(ws)
            if v is not None:
                n, start = v, toks[i - k].start()
                break
        if n is None:
            return Lapse(None, start, end, months)
        lapse = _with_fraction(text, Lapse(months * n if months else None, start, end, months), e)
        return _hedged(text, s, _with_smaller_unit(text, lapse, e), approx)
    return None


def _hedged(text: str, s: int, lapse: Lapse, approx: frozenset) -> Lapse:
    """«بعد أكثر من ثلاثة أعوام»، «بنحو عام»: an approximator before the lapse is the lapse's (it has no
    length then, and the approximator is no word of an event)."""
    before = text[max(s, lapse.start - 25):lapse.start]
    hedge = max((m for a in approx for m in re.finditer(rf"(?<!\w)ب?{re.escape(a)}\s*$", before)),
                key=lambda m: m.end() - m.start(), default=None)
    if hedge is None:
        return lapse
    return Lapse(None, max(s, lapse.start - 25) + hedge.start(), lapse.end, lapse.unit)


_AND = re.compile(r"\s+و(?=\w)")


def _with_smaller_unit(text: str, lapse: Lapse, e: int) -> Lapse:
    """A lapse with a smaller unit after «و» («ثلاثة أعوام وثمانية أشهر»، «عامين وشهرين»): one lapse,
    of their months together (vague when either is)."""
    m = _AND.match(text, lapse.end, e)
    if m is None or not lapse.unit:
        return lapse
    rest = lapse_in(text, m.end(), min(e, m.end() + 40))
    if rest is None or rest.start != m.end() or rest.unit is None or rest.unit >= lapse.unit:
        return lapse
    total = lapse.months + rest.months if lapse.months is not None and rest.months is not None else None
    return Lapse(total, lapse.start, rest.end, lapse.unit)


_FRACTION = re.compile(r"\s+و(?P<f>نصف|ربع)(?![\u0621-\u064A])")


def _with_fraction(text: str, lapse: Lapse, e: int) -> Lapse:
    """A lapse with «ونصف»/«وربع» after its unit («عامين ونصف»، «ثلاث سنوات وربع»): the fraction is
    part of the phrase (and of its months, when the unit's half or quarter is whole months)."""
    m = _FRACTION.match(text, lapse.end, e)
    if m is None:
        return lapse
    part = {"نصف": 2, "ربع": 4}[m.group("f")]
    months = lapse.months
    if months is not None:
        months = months + lapse.unit // part if lapse.unit and lapse.unit % part == 0 else None
    return Lapse(months, lapse.start, m.end(), lapse.unit)


def lapse_phrases(text: str, s: int, e: int):
    """Lapses that order what follows: "two years later", "a year earlier", «العام التالي»:
    ``(start, end, relation, lapse or None)``."""
    *_, after, before = _lex()
    for m in _count_lapse_re().finditer(text, s, e):
        yield (m.start(), m.end(), "before" if m.group("dir").lower() in before else "then", None)
    for m in _phrase_lapse_re().finditer(text, s, e):
        yield (m.start(), m.end(), m.lastgroup, Lapse(12, m.start(), m.end()))


@lru_cache(maxsize=1)
def _count_lapse_re() -> re.Pattern:
    """"two years later", "a year earlier": built once (it was built for every sentence)."""
    *_, after, before = _lex()
    units = r"years?|months?"
    # (a look-ahead on the characters a count can open with: not tried at every character)
    return lead(rf"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}})\s+"
                rf"(?:{units})\s+(?P<dir>{'|'.join(map(re.escape, sorted(after | before, key=len, reverse=True)))})\b",
                re.I)


@lru_cache(maxsize=1)
def _phrase_lapse_re() -> re.Pattern:
    """«العام التالي»، "the following year": a lapse of one year after (before) the date before."""
    ph = lexicon("order")["lapse_phrases"]
    alts = []
    for rel in ("then", "before"):
        ws = sorted({fold(w).lower() for ws in ph[rel].values() for w in ws}, key=len, reverse=True)
        alts.append(f"(?P<{rel}>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + ")")
    return lead(rf"(?<![{_AL}A-Za-z])(?:{'|'.join(alts)})(?![{_AL}A-Za-z])", re.I)  # (as the count's)


def months(m: Mention, end: bool = False) -> tuple[int, bool]:
    d = m.end_date if end else m.start_date
    y, mo, _ = iso_key(d)  # years BC too («-0330»)
    return y * 12 + mo - 1, m.type in ("date", "month")


@lru_cache(maxsize=1)
def _since_words() -> frozenset:
    return frozenset(fold(w).lower() for ws in lexicon("order")["order"]["since"].values() for w in ws)


def since_word(word: str) -> bool:
    """Whether an order word is «منذ»/"since" (a lapse after it counts from the writing: «منذ عامين»)."""
    w = word.strip().lower()
    return w in _since_words() or (w[:1] in "وف" and w[1:] in _since_words())
