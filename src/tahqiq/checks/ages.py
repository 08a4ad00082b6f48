"""Ages: a person's stated age against the year of birth the text gives.

``age-mismatch``
    A stated age — «توفي عام 1990 عن عمر 65 عاماً»، «وفي عام 1958، وهو في الأربعين من عمره»،
    «البالغ من العمر 30 عاماً»، "died in 1990 aged 65" (``lang/ages.yml``) — set against the year of
    the sentence's date nearest before it (within its clause, twelve words) and a birth year: a
    birth word («ولد»، «مواليد»، "born") followed within eight words by a year, in the same
    paragraph before the age, or the only birth the text gives. The age must equal the difference
    of the years or one less (the birthday not yet reached); an approximate age («يناهز»، «نحو»)
    may be one more or less again. Otherwise a ``warning``. Texts whose word order was scrambled by
    extraction are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import sentences
from ..text.intervals import year_of
from . import detector, per_ordered_text
from .chronology import POINT_TYPES, dated_mentions, raw_span
from .durations import _alt

KIND = "age-mismatch"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_BIRTH_REACH = 8
_EVENT_REACH = 12


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import words

    w = lambda k: _alt(words("ages", k))  # noqa: E731
    num = rf"(?:ال)?(?P<num>\d{{1,3}}|[{_AL}]+(?:\s+و?[{_AL}]+)?)"
    before = re.compile(
        rf"(?<![{_AL}A-Za-z])و?(?P<cue>{w('age_before')})\s+(?P<approx>(?:{w('approx')})\s+)?{num}"
        rf"(?:\s+(?:{w('units')}))?(?![{_AL}A-Za-z])", re.I)
    inside = re.compile(
        rf"(?<![{_AL}A-Za-z])(?P<cue>{w('age_in')})\s+(?P<approx>(?:{w('approx')})\s+)?{num}\s+(?:{w('age_of')})"
        rf"(?![{_AL}A-Za-z])", re.I)
    birth = re.compile(rf"(?<![{_AL}A-Za-z])[وف]?(?:{w('birth')})(?![{_AL}A-Za-z])", re.I)
    death = re.compile(rf"(?<![{_AL}A-Za-z])[وف]?(?:{w('death')})(?![{_AL}A-Za-z])", re.I)
    at_death = re.compile(
        rf"(?<![{_AL}A-Za-z])(?P<cue>عن)\s+(?P<approx>(?:{w('approx')})\s+)?{num}\s+(?:{w('units')})(?![{_AL}A-Za-z])")
    # «وهو في السابعة عشرة» (no «من عمره»): a definite ordinal or tens word after «وهو في»
    ordinal = re.compile(
        rf"(?<![{_AL}A-Za-z])(?P<cue>{w('age_ordinal_in')})\s+(?P<approx>(?:{w('approx')})\s+)?ال(?P<num>(?>[{_AL}]+"
        rf"(?:\s+و?(?:ال)?[{_AL}]+)?))(?![{_AL}A-Za-z])(?!\s+(?:{w('age_of')}))", re.I)
    # «في الذكرى التسعين لميلاده»: the year of a birth anniversary is the birth year plus its number
    anniversary = re.compile(
        rf"(?<![{_AL}A-Za-z])(?P<cue>{w('anniversary')})\s+(?:ال)?(?P<num>\d{{1,3}}|[{_AL}]+(?:\s+و?(?:ال)?[{_AL}]+)?)\s+"
        rf"(?:{w('of_birth')})(?![{_AL}A-Za-z])", re.I)
    return before, inside, birth, death, at_death, ordinal, anniversary


def _age(s: str) -> int | None:
    from ..extract.numerals import words_value

    if s.isdigit():
        return int(s)
    hit = words_value(s)
    if hit is None and " " in s:  # «ستين عاماً»: the number word took the unit as its second word
        hit = words_value(s.split()[0])
    return hit[0] if hit and 0 < hit[0] < 130 else None


def _whole_number(s: str) -> bool:
    """Whether every word of ``s`` belongs to the number («سابعه عشره», not «ثالثه صباحا»)."""
    from ..extract.numerals import words_value

    hit = words_value(s)
    return bool(hit) and all(words_value(w.removeprefix("و").removeprefix("ال")) for w in s.split())


def _births(tf: TextFacts, points) -> list[tuple[int, object]]:
    """(offset of the birth word, the birth year's mention) of the text."""
    birth = _patterns()[2]
    text = tf.norm.text
    out = []
    for m in birth.finditer(text):
        nxt = next((y for y in points if y.nstart >= m.end()), None)
        if nxt is None or "\n" in text[m.end():nxt.nstart]:
            continue
        if len(_WORD.findall(text[m.end():nxt.nstart])) <= _BIRTH_REACH and not re.search(r"[.؛;]", text[m.end():nxt.nstart]):
            out.append((m.start(), nxt))
    return out


def _findings(tf: TextFacts) -> list[Finding]:
    before, inside, _, death, at_death, ordinal, anniversary = _patterns()
    text = tf.norm.text
    points = [y for y in dated_mentions(tf, POINT_TYPES) if not y.type.endswith("range") and y.modifier is None]
    births = _births(tf, points)
    if not births:
        return []
    out = []
    for par in re.finditer(r"[^\n]+", text):
        for ss, se in sentences(par.group(), par.start()):
            died = death.search(text, ss, se)
            for rx in (before, inside, at_death, ordinal, anniversary):
                for m in rx.finditer(text, ss, se):
                    if rx is at_death and (died is None or died.start() > m.start()):
                        continue
                    age = _age(m.group("num"))
                    if age is None or rx is ordinal and not _whole_number(m.group("num")):
                        continue
                    prior = [y for y in points if ss <= y.nstart and y.nend <= m.start()]
                    if not prior or len(_WORD.findall(text[prior[-1].nend:m.start()])) > _EVENT_REACH:
                        continue
                    event = prior[-1]
                    if rx in (before, inside, ordinal) and any(b[1] is event for b in births):
                        # «المولودة عام 1950، وهي في الخامسة والسبعين»: an age now, at the text's present
                        f = _age_now(tf, m, age, event)
                        out.extend([f] if f else [])
                        continue
                    here = [b for b in births if par.start() <= b[0] < m.start() and b[1] is not event]
                    if here:
                        born = here[-1][1]
                    elif len(births) == 1 and births[0][1] is not event:
                        born = births[0][1]
                    else:
                        continue
                    diff = year_of(event.start_date) - year_of(born.start_date)
                    if diff <= 0:
                        continue
                    slack = 1 if m.groupdict().get("approx") else 0
                    if (age == diff) if rx is anniversary else (diff - 1 - slack <= age <= diff + slack):
                        continue
                    spans = sorted({(born.nstart, born.nend), (event.nstart, event.nend), (m.start("cue"), m.end())})
                    out.append(Finding(
                        kind=KIND,
                        severity="warning",
                        message=(f"The text gives the age {age} in {year_of(event.start_date)} to someone born in "
                                 f"{year_of(born.start_date)}: {diff - 1} or {diff} years old."),
                        spans=[raw_span(tf, s, e) for s, e in spans],
                        evidence={"rule": "a stated age against the years of birth and of the event it is given for",
                                  "age": age, "born": year_of(born.start_date), "year": year_of(event.start_date),
                                  "expected": f"{diff - 1}-{diff}"},
                    ))
    return out


_PAST = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:كان|كانت|بلغ|بلغت)(?![\u0621-\u064A])")


def _age_now(tf: TextFacts, m: re.Match, age: int, born) -> Finding | None:
    """An age in a nominal clause right after the birth year («المولودة عام 1950، وهي في الخامسة
    والسبعين»، «المولود عام 1950 والبالغ من العمر 75 عاماً») is the age at the text's present (a
    dateline, the publication date, a full date at the head of the text): the difference of the
    years or one less. A clause in the past («وكان في …») is not read."""
    from .appositions import present_year

    if _PAST.search(m.group("cue")):
        return None
    now = present_year(tf)
    if now is None:
        return None
    diff = now - year_of(born.start_date)
    slack = 1 if m.groupdict().get("approx") else 0
    if diff <= 0 or diff - 1 - slack <= age <= diff + slack:
        return None
    spans = sorted({(born.nstart, born.nend), (m.start("cue"), m.end())})
    return Finding(
        kind=KIND,
        severity="warning",
        message=(f"The text gives the age {age} now ({now}, its present) to someone born in "
                 f"{year_of(born.start_date)}: {diff - 1} or {diff} years old."),
        spans=[raw_span(tf, s, e) for s, e in spans],
        evidence={"rule": "an age in the present tense against the year of birth and the text's present",
                  "age": age, "born": year_of(born.start_date), "year": now, "expected": f"{diff - 1}-{diff}"},
    )


@detector(KIND)
def age_mismatch(facts: Facts) -> list[Finding]:
    """A stated age against the year of birth the text gives."""
    return per_ordered_text(_findings)(facts)
