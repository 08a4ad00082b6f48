"""English relative expressions, resolved as their Arabic counterparts are (:mod:`.anchors`):

* deixis, counted from the time of writing: «last year», «this month», «next week», «the current
  year»; a month with «last/next» («last April», «next May»): the last (next) such month;
* anaphora, counted from the date just mentioned: «the following year», «the previous month», «the
  same year», «two years later», «three months earlier»;
* «three years ago», «a decade ago»: counted from the publication (or given) date only;
* «yesterday», «the day before yesterday»: the day(s) before the anchor's day;
* a quarter or half of a relative year: «the first quarter of this year», «the second half of last year».

«the last year of the war», «the next day he left» (an article before «last/next») are not
deixis: «the last» is an order, «the next» the anaphoric «following». The words are in
:file:`lang/time.yml` (``english_relative``)."""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from functools import lru_cache

from ... import lang
from ...text.patterns import lead
from . import patterns as P
from .intervals import Cand
from ...text.patterns import spaced as _alt

_LATIN = re.compile(r"[A-Za-z]")
_YEAR_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:in|of)[^\S\n]+(?:the[^\S\n]+year[^\S\n]+)?\d{4}(?!\d)", re.I)
_PART_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0, "final": 0}  # 0: the last one


@lru_cache(maxsize=1)
def _tables() -> tuple:
    lex = lang.lexicon("time")["english_relative"]
    deixis, anaphora, units, numbers = lex["deixis"], lex["anaphora"], lex["units"], lex["numbers"]
    later, yesterday = lex["later"], {re.sub(r"\s+", " ", k): v for k, v in lex["yesterday"].items()}
    months = {str(k).lower(): v for k, v in lang.lexicon("months")["english"].items() if len(str(k)) > 3 or str(k).lower() == "may"}
    num = rf"(?P<n>\d{{1,3}}|{_alt(numbers)})"
    unit = _alt(units)
    rx = re.compile(
        rf"(?<![A-Za-z])(?:"
        rf"(?:(?:the\s+)?(?P<pord>first|second|third|fourth|last|final)[\s-]+(?P<part>quarter|half)\s+of\s+)?"
        rf"(?P<the>the\s+)?(?P<dx>{_alt({*deixis, *anaphora})})\s+(?:(?P<mon>{_alt(months)})|(?P<u>{unit}))"
        rf"|{num}\s+(?P<u2>{unit})\s+(?P<ago>{_alt(lex['ago'])}|(?P<later>{_alt(later)}))"
        rf"|(?P<y>{_alt(yesterday)})"
        rf")(?![A-Za-z])",
        re.I,
    )
    # the words every expression holds, found first so that the pattern runs only around them
    # (text.patterns.lead: tried only at a Latin letter that can open a key word, not at every
    # character of an Arabic text; the same matches)
    keys = lead(rf"(?<![A-Za-z]){_alt({*deixis, *anaphora, *lex['ago'], *later, 'yesterday'})}(?![A-Za-z])", re.I)
    return rx, keys, deixis, anaphora, units, numbers, later, yesterday, months


lang.on_reload(_tables.cache_clear)


class EnglishRules:
    """Mixed into :class:`.finder.Finder`."""

    def english_relatives(self) -> None:
        t = self.t
        if not _LATIN.search(t):
            return
        rx, keys, deixis, anaphora, units, numbers, later, yesterday, months = _tables()
        for m in (m for a, b in _windows(keys, t) for m in rx.finditer(t, a, b)):
            a, b = m.start(), m.end()
            if m.group("y"):
                n = yesterday[re.sub(r"\s+", " ", m.group("y").lower())]
                self.add(Cand(a, b, "relative", None, None, "day", rank=2, explicit=False,
                              relative=("yesterday", "day", -n, False), day_check=(n, None)))
                continue
            if m.group("dx"):
                w, the = m.group("dx").lower(), bool(m.group("the"))
                if m.group("mon"):
                    if the or w not in ("last", "next"):
                        continue
                    mon = months[m.group("mon").lower()]
                    self.add(Cand(a, b, "month", None, None, "month", rank=3, explicit=False,
                                  relative=("month_deixis", mon, deixis[w])))
                    continue
                u = units[m.group("u").lower()]
                if the and w in anaphora:  # «the following year», «the next day», «the same year»
                    rel = ("shift", u, anaphora[w], True)
                elif not the and w in deixis:  # «last year», «this month»
                    rel = ("deixis" if deixis[w] == 0 else "shift", u, deixis[w], False)
                elif the and w in ("current", "coming"):  # «the current year»
                    rel = ("deixis" if deixis[w] == 0 else "shift", u, deixis[w], False)
                else:
                    continue  # «the last year of the war»: an order, not a time
                if m.group("part"):  # «the first quarter of this year»: that part of the year
                    part = m.group("part").lower()
                    k = _PART_ORDINALS[m.group("pord").lower()] or P.PARTS_IN_YEAR[part]
                    if u != "year" or k > P.PARTS_IN_YEAR[part]:
                        continue
                    self.add(Cand(a, b, part, None, None, part, rank=3, part=(part, k), relative=rel, explicit=False))
                    continue
                self.add(Cand(a, b, "relative", None, None, u, rank=2, explicit=False, relative=rel))
                continue
            if _YEAR_AFTER.match(t, b):
                continue  # «a year later, in 2022»: the year gives the date, the count the interval
            s = m.group("n").lower()
            n = int(s) if s.isdigit() else numbers.get(s)
            if not n:
                continue
            u = units[m.group("u2").lower()]
            if m.group("later"):  # «two years later»: from the date just mentioned
                rel = ("shift", u, later[m.group("later").lower()] * n, True)
            else:  # «three years ago»: from the time of writing
                rel = ("ago", u, -n, False)
            self.add(Cand(a, b, "relative", None, None, u, rank=2, explicit=False, relative=rel))


def _windows(keys: re.Pattern, t: str) -> list[tuple[int, int]]:
    """The stretches around the key words where an expression may be (merged, in text order): from
    a part phrase before a deixis word («the first quarter of this») to a unit after it, or from a
    count before «ago/later»."""
    out: list[tuple[int, int]] = []
    for k in keys.finditer(t):
        a, b = max(0, k.start() - _BEFORE), min(len(t), k.end() + _AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_BEFORE, _AFTER = 48, 24
