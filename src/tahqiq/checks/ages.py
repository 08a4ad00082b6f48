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

    Where the clause gives no date before the age, the year it is given for is, in this order: a
    date right after it («توفي عن عمر ناهز 80 عاماً عام 2010»، "died aged 80 in 2010": only a comma,
    «وذلك»/«أي» or a preposition between them); for an age at death, the second year of the
    person's lifetime in brackets («سليم العارف (1920-1998)»), which also gives the birth year; and
    for an age in the present («المولودة عام 1950، وهي في الخامسة والسبعين»، «ويبلغ من العمر»،
    «وعمره», not «وكان في»), the year of the text itself (the date given with it or inferred from
    it: :func:`.appositions.present_year`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from ..text.spans import held_by, in_brackets, starting_in
from . import detector, per_ordered_text
from .chronology import POINT_TYPES, dated_mentions, raw_span
from .appositions import present_year
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
        rf"(?:\s+(?:{w('units')})(?!\s+\d))?(?![{_AL}A-Za-z])", re.I)
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


@lru_cache(maxsize=1)
def _death_clause() -> re.Pattern:
    """A coordinated clause opened by a word of death (``ages.yml``'s ``death``: «، ورحل»، «، ثم توفي»), which a date
    before it does not date."""
    from ..lang import words

    return re.compile(rf"[،,]\s*(?:ثم\s+)?[وف]?(?:{_alt(words('ages', 'death'))})\s*$", re.I)


@lru_cache(maxsize=1)
def _unit_patterns() -> tuple[re.Pattern, re.Pattern]:
    """«والبالغ 59 عاماً» (a cue read only with its unit), and the words of an average before a cue."""
    from ..lang import words

    w = lambda k: _alt(words("ages", k))  # noqa: E731
    num = rf"(?:ال)?(?P<num>\d{{1,3}}|[{_AL}]+(?:\s+و?[{_AL}]+)?)"
    unit = re.compile(
        rf"(?<![{_AL}A-Za-z])(?P<cue>{w('age_before_unit')})\s+(?:(?:{w('now_words')})\s+)?"
        rf"(?P<approx>(?:{w('approx')})\s+)?{num}"
        rf"\s+(?:{w('units')})(?![{_AL}A-Za-z])(?!\s+(?:من|في)\s)", re.I)
    average = re.compile(rf"(?<![{_AL}A-Za-z])(?:{w('average_before')})\s*$", re.I)
    return unit, average


@lru_cache(maxsize=1)
def _more_patterns() -> tuple[re.Pattern, re.Pattern]:
    """«أحمد الشناوي (37 عاماً)، المولود عام 1988»: an age in brackets after a name (the age now);
    «يومها»، «آنذاك» in an age's cue: the age at the event dated before it."""
    from ..lang import words

    w = lambda k: _alt(words("ages", k))  # noqa: E731
    bracket = re.compile(
        rf"(?P<cue>\()\s*(?P<approx>)(?P<num>\d{{1,3}}|[{_AL}]+(?:\s+و?[{_AL}]+)?)\s+(?:{w('units')})\s*\)", re.I)
    then = re.compile(rf"(?<![{_AL}])(?:{w('at_that_time')})(?![{_AL}])", re.I)
    return bracket, then


@lru_cache(maxsize=1)
def _present_cue() -> re.Pattern:
    """The cues of an age in the present tense (the age now, at the text's date)."""
    from ..lang import words

    return re.compile(rf"(?:{_alt(words('ages', 'present'))})$", re.I)


@lru_cache(maxsize=1)
def _after_gap() -> re.Pattern:
    """Between an age and the date it is given for, when the date follows it: a comma, «وذلك»/«أي»,
    a clause of time of a few words («حين صدر الكتاب»), a preposition («في»، «خلال»، "in"), nothing else."""
    from ..lang import words

    when = _alt(words("ages", "when_clause"))
    return re.compile(
        rf"\s*[،,]?\s*(?:(?:وذلك|أي|وكان ذلك)\s+)?(?:(?:{when})\s+(?:[^\s\d،,.؛;:()]+\s+){{1,4}}?)?"
        r"(?:(?:في|خلال|عام|سنة|in|of)\s+)?", re.I)


@lru_cache(maxsize=1)
def _after_birth() -> re.Pattern:
    """«فيما كان ميدفيديف، المولود عام 1965، في الرابعة والأربعين»: «في» and an ordinal age right after a
    birth in apposition (the birth word, its year, a place at most, a comma)."""
    from ..lang import words

    w = lambda k: _alt(words("ages", k))  # noqa: E731
    then = w("at_that_time")
    return re.compile(
        # (a month before the year, «المولود في أكتوبر 1953م», a day before it, «المولود في 11 سبتمبر 1965م»;
        # «وكان يومئذ» between the comma and the age)
        rf"(?:(?<![{_AL}A-Za-z])[وف]?(?:{w('birth')})\s+(?:(?:عام|سنة|في|in)\s+)?(?:\d{{1,2}}\s+)?(?:[{_AL}]+\s+)?\d{{4}}م?(?:\s+[{_AL}]+)?"
        # («المولود في 22 فبراير 1958 والبالغ يومئذ الخامسة والستين»: «والبالغ» joined to the birth, no «في»)
        rf"(?:\s*[،,]\s*(?:و?(?:كان|كانت)\s+)?(?:(?:{then})\s+)?|\s+(?=و?البالغ))"
        # «جيانغ زيمين (1926-2022م) في التاسعة والستين»، «يلتسين (1931-2007م) يومئذ في الخامسة والستين»: a lifetime
        rf"|\(\s*\d{{4}}\s*[-–]\s*\d{{4}}\s*[مه]?\s*\)\s*[،,]?\s*(?:(?:{then})\s+)?)"
        rf"(?P<cue>في|و?البالغه?(?:\s+(?:{then}))?)\s+(?P<approx>(?:{w('approx')})\s+)?ال(?P<num>(?>[{_AL}]+(?:\s+و?(?:ال)?[{_AL}]+)?))"
        rf"(?![{_AL}A-Za-z])(?!\s+(?:{w('age_of')}))", re.I)


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


# a bracketed range after a word of a spell of office or of time is not a lifetime: «حكمه (1952-1999)»
# (at a word's start, a conjunction, preposition or article at most before it: «مندريس» is no «من»)
# (a preposition «خلال»، «بين»، «منذ»، «من» as a whole word)
_SPELL = re.compile(r"(?:(?<![\u0621-\u064A])(?:[وفبل]|ال|وال|بال|لل)?(?:حكم|عهد|ولاي|رئاس|فتر|مد[ةه]|حرب|دور)"
                    r"[\u0621-\u064A]{0,4}|(?<![\u0621-\u064A])و?(?:خلال|بين|منذ|من)|(?<![A-Za-z])(?:reign|rule|term|office|war|period)[a-z]{0,2})"
                    r"\s*[^\s\u0621-\u064AA-Za-z]*\s*\($", re.I)


def _lifetimes(tf: TextFacts) -> list[tuple[object, object]]:
    """(birth, death) of each lifetime given in brackets after a name: «سليم العارف (1920-1998)»,
    two years 15 to 110 apart, each as a point mention of its year on the bracket's span."""
    text = tf.norm.text
    out = []
    for r in dated_mentions(tf, ("year_range",)):
        if r.modifier is not None or not in_brackets(text, r.nstart, r.nend):
            continue
        a, b = year_of(r.start_date), year_of(r.end_date)
        if not 15 <= b - a <= 110 or _SPELL.search(text[max(0, r.nstart - 40):r.nstart]):
            continue
        born = replace(r, type="year", end_date=f"{a:04d}-12-31")
        died = replace(r, type="year", start_date=f"{b:04d}-01-01")
        out.append((born, died))
    return out


# a relative pronoun before an age's cue: the age is of the noun it follows, not of a birth told in an
# earlier sentence («ولد الرئيس عام 1944 … . وفي 2017 التقى نظيره، الذي كان في الخامسة والستين»)
_RELATIVE = re.compile(r"(?<![\u0621-\u064A])(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|who)\s+$", re.I)


def _findings(tf: TextFacts) -> list[Finding]:
    before, inside, _, death, at_death, ordinal, anniversary = _patterns()
    text = tf.norm.text
    points = [y for y in dated_mentions(tf, POINT_TYPES) if not y.type.endswith("range") and y.modifier is None]
    # a range within one year dates a «then» as well as a day does («من 6 إلى 10 مارس 2023م، … وكان يومئذ في …»)
    then_points = sorted(points + [y for y in dated_mentions(tf, POINT_TYPES) if y.type.endswith("range")
                                   and y.modifier is None and year_of(y.start_date) == year_of(y.end_date)],
                         key=lambda y: y.nstart)
    lifetimes = _lifetimes(tf)
    births = sorted(_births(tf, points) + [(b.nstart, b) for b, _ in lifetimes], key=lambda b: b[0])
    if not births:
        return []
    born_ids = {id(b[1]) for b in births}
    birth_at = [b[0] for b in births]  # sorted: the births of a stretch of text by bisection
    last_birth_at = {}
    for at, b in births:
        last_birth_at[id(b)] = max(at, last_birth_at.get(id(b), -1))
    one_birth_year = len({year_of(b[1].start_date) for b in births}) == 1
    deaths = {id(b): d for b, d in lifetimes}
    present = _present_cue()
    unit_rx, average = _unit_patterns()
    cited = _cited_starts(tf)
    out = []
    told: set[tuple[int, int]] = set()
    for ps, _, sents in line_sentences(text):
        for ss, se in sents:
            died = death.search(text, ss, se)
            bracket, then = _more_patterns()
            for rx in (before, inside, at_death, ordinal, anniversary, bracket, unit_rx, _after_birth()):
                for m in rx.finditer(text, ss, se):
                    if average.search(text, max(ss, m.start("cue") - 12), m.start("cue")):
                        continue  # «متوسط عمرها 30 عاماً»: an average age, no person's
                    if rx is at_death and (died is None or died.start() > m.start()):
                        continue
                    if rx is bracket:
                        out.extend(_bracket_age(tf, m, ss, se, births, died))
                        continue
                    age = _age(m.group("num"))
                    if age is None or rx in (ordinal, _after_birth()) and not _whole_number(m.group("num")):
                        continue
                    if (m.start("num"), m.end("num")) in told:
                        continue  # one age read by two patterns («المولودة سنة 1976، كانت في …»)
                    prior = held_by(points, ss, m.start())
                    event, now = None, None
                    if prior and id(prior[-1]) not in born_ids and \
                            len(_WORD.findall(text[prior[-1].nend:m.start()])) <= _EVENT_REACH and not (
                                # «وكتب … عام 1945، أي قبل وفاته بست سنوات، ورحل عن سبعة وستين عاماً»: a clause of
                                # its own tells the death, after the date of another event
                                rx is at_death and _death_clause().search(text[prior[-1].nend:m.start()])):
                        event = prior[-1]
                        if rx is _after_birth():
                            # «…، المولود عام b، في …»: the sentence's one date outside brackets (not a citation's
                            # year, not «(2014)» after a place); after two, which it is given for is not said
                            free = [y for y in prior if id(y) not in born_ids and not in_brackets(text, y.nstart, y.nend)]
                            if len(free) != 1:
                                continue
                            event = free[0]
                    else:
                        later = next(iter(starting_in(points, m.end(), se)), None)
                        if later is not None and id(later) not in born_ids and \
                                _after_gap().fullmatch(text[m.end():later.nstart]):
                            event = later
                    here = [b for b in births[bisect_left(birth_at, ps):bisect_left(birth_at, m.start("cue"))]
                            if b[1] is not event]
                    # «البالغة 48 عاماً والمولودة عام 1977»: the birth right after the age, in its sentence
                    after = [b for b in births[bisect_left(birth_at, m.end()):bisect_left(birth_at, se)]
                             if b[1] is not event and len(_WORD.findall(text[m.end():b[0]])) <= 3]
                    if after and not here:
                        here = after[:1]
                    # «…، والتقى نظيره الروسي، الذي كان في …»: the age of the noun its clause is of
                    relative = bool(_RELATIVE.search(text, max(ss, m.start("cue") - 16), m.start("cue")))
                    if here and here[-1][0] < ss and relative:
                        here = []
                    if rx is unit_rx and _VERB_CUE.match(m.group("cue")) and not any(ss <= b[0] for b in here):
                        continue  # «يبلغ 25 عاماً» says a person's age only beside the birth of its sentence
                    if not here:
                        here = _named_birth(text, ss, m.start(), lifetimes, event)
                    if here:
                        born = here[-1][1]
                    elif one_birth_year and not relative and not (rx is at_death and _violent(died.group())) and \
                            any(b[1] is not event and b[0] < m.start() for b in births):
                        # the only birth year of the text (a lifetime in brackets and «ولد» may both give it),
                        # told before the age: a birth told later in the text may be another person's
                        born = next(b[1] for b in births if b[1] is not event and b[0] < m.start())
                    else:
                        continue
                    # «وكان يومها في …»، «في الثامنة والأربعين من عمره يومها، فيما كان …»: a word of
                    # that time in the age's cue, right after the age, or earlier in its sentence
                    past = event is None and _PAST_COPULA.search(text, max(ss, m.start("cue") - 60), m.start("cue")) \
                        and not [y for y in held_by(then_points, ss, se) if id(y) not in born_ids] \
                        and rx in (inside, ordinal, _after_birth())
                    if event is None and (then.search(text, _words_back(text, ss, m.start("cue"), 2), min(se, m.end() + 12))
                                          or _parallel_then(text, ss, m.start("cue"), then) or past):
                        # («وكان بريغوجين، المولود عام 1961، في الثانية والستين»: a past age in a sentence with no
                        # date of its own is of the time just told, the last date of the sentence before)
                        # «وكان يومها في الثالثة والخمسين»: the last date told before it, in its own sentence
                        # («ففي يوم 26 أبريل 1996 وقّع … وكان يلتسين (1931-2007م) يومئذ في الخامسة والستين») or
                        # else in its paragraph before the sentence
                        own = [y for y in held_by(then_points, ss, m.start()) if id(y) not in born_ids
                               and y.nstart not in cited and not in_brackets(text, y.nstart, y.nend)]
                        event = own[-1] if own else next((y for y in reversed(held_by(then_points, ps, ss))
                                                          if id(y) not in born_ids and y.nstart not in cited), None)
                        if past and not own and event is not None and _sentence_gap(text, event.nend, ss):
                            event = None  # (only the sentence right before tells the time a past age is of)
                        if event is None:
                            continue
                    if event is None and died is not None and died.start() < m.start() and id(born) in deaths:
                        event = deaths[id(born)]  # «توفي عن 78 عاماً» of a lifetime in brackets
                    if event is None and died is None and rx is not anniversary and \
                            last_birth_at.get(id(born), -1) >= ss and (
                                present.search(text[max(ss, m.start("cue") - 40):m.end("cue")])
                                # «وشي، المولود في يونيو 1953، في التاسعة والستين من عمره»: the age apposed to the
                                # birth, a nominal clause with no verb of the past, is the age now
                                or re.fullmatch(r"\s*[،,]\s*", text[born.nend:m.start("cue")])
                                and text[m.start("cue"):m.end("cue")].strip() == "في"):
                        now = present_year(tf)  # «المولودة عام 1950، وهي في الخامسة والسبعين»
                        if now is None:
                            continue
                    elif event is None:
                        continue
                    year = now if now else year_of(event.start_date)
                    diff = year - year_of(born.start_date)
                    if diff <= 0:
                        continue
                    told.add((m.start("num"), m.end("num")))
                    slack = 1 if m.groupdict().get("approx") else 0
                    if (age == diff) if rx is anniversary else (diff - 1 - slack <= age <= diff + slack):
                        continue
                    if born.nstart < ss and abs(age - diff) > _FAR_AGE:
                        continue  # a birth of another sentence, a life apart: another person's age
                    spans = {(born.nstart, born.nend), (m.start("cue"), m.end())}
                    if event is not None:
                        spans.add((event.nstart, event.nend))
                    when = f"at the time of the text ({year})" if now else f"in {year}"
                    out.append(Finding(
                        kind=KIND,
                        severity="warning",
                        message=(f"The text gives the age {age} {when} to someone born in "
                                 f"{year_of(born.start_date)}: {diff - 1} or {diff} years old."),
                        spans=[raw_span(tf, s, e) for s, e in sorted(spans)],
                        evidence={"rule": "a stated age against the years of birth and of the event it is given for",
                                  "age": age, "born": year_of(born.start_date), "year": year,
                                  "expected": f"{diff - 1}-{diff}"},
                    ))
    return out


# a birth told in an earlier sentence links to an age only by being the last one told: an age that misses
# it by more than this many years is another person's («ولد المؤسس عام 1930. وتولى ابنه الإدارة عام 2005 وكان
# في الأربعين»), a near miss is the fault a writer makes
_FAR_AGE = 10
_VERB_CUE = re.compile(r"و?[يت]بلغ$")
# «وكان X، …، في الثانية والستين»: a past copula opening the age's clause
_PAST_COPULA = re.compile(rf"(?<![{_AL}])[وف]?(?:كان|كانت)(?![{_AL}])")


def _sentence_gap(text: str, end: int, ss: int) -> bool:
    """Whether more than one sentence stop stands between ``end`` and a sentence start ``ss``."""
    return len(re.findall(r"[.؟!](?:\s|$)", text[end:ss])) > 1


def _violent(word: str) -> bool:
    """Whether a word of death is one of a violent death («قُتل»، «أُعدم»، «اغتيل»): many are killed in a
    text of war, so its age at death is read only against a birth its own paragraph or the person's
    lifetime gives, never the text's only birth year."""
    from ..lang import words
    from ..text.normtext import fold

    return fold(word).lstrip("وف") in {fold(w) for w in words("ages", "violent_death")}
# «… من عمره يومها، فيما كان ميدفيديف … في الرابعة والأربعين»: a second age in a clause parallel to the first
_PARALLEL = re.compile(r"(?<![\u0621-\u064A])(?:فيما|بينما|في حين|وكان|وكانت|ونظيره|ونظيرته|ونظيرها)(?![\u0621-\u064A])")


def _words_back(text: str, ss: int, at: int, n: int) -> int:
    """Where the ``n`` words before ``at`` begin (not before ``ss``): «المولود عام 1898، يومها في …»."""
    starts = [w.start() for w in _WORD.finditer(text, ss, at)]
    return starts[-n] if len(starts) >= n else ss


def _parallel_then(text: str, ss: int, cue: int, then: re.Pattern) -> bool:
    """Whether a word of that time («يومها») stands earlier in the sentence, before a clause parallel
    to the age's («فيما كان …»، «بينما …»): the second age is given for the same time."""
    w = then.search(text, ss, cue)
    return bool(w and _PARALLEL.search(text, w.end(), cue))


def _named_birth(text: str, ss: int, at: int, lifetimes, event) -> list:
    """«تولى الشيخ عبد الله السالم الصباح (1895-1965) الحكم … وتوفي عبد الله السالم … عن سبعين عاماً»:
    the lifetime in brackets after a name whose last two words before the bracket (or two of its
    three) stand together in the age's sentence before the age: [(offset, birth)], or []."""
    got = []
    clause = " " + " ".join(_WORD.findall(text[ss:at])) + " "
    for born, _ in lifetimes:
        if born is event:
            continue
        before = text[max(0, born.nstart - 60):born.nstart].rstrip().rstrip("(").rstrip()
        words = _WORD.findall(before)[-3:]
        if len(words) < 2:
            continue
        pairs = [" ".join(words[k:k + 2]) for k in range(len(words) - 1)]
        if any(f" {pair} " in clause for pair in pairs):
            got.append((born.nstart, born))
        elif len(words[-1]) >= 4 and f" {words[-1]} " in clause and \
                sum(_last_name(text, b) == words[-1] for b, _ in lifetimes) == 1:
            got.append((born.nstart, born))  # «أما مندريس … عن اثنين وستين عاماً»: the surname alone, of one lifetime
    return got[-1:]


def _last_name(text: str, born) -> str:
    """The word right before a lifetime's bracket («عدنان مندريس (1899-1961)»: «مندريس»)."""
    words = _WORD.findall(text[max(0, born.nstart - 60):born.nstart].rstrip().rstrip("(").rstrip())
    return words[-1] if words else ""


def _cited_starts(tf: TextFacts) -> set[int]:
    """The normalised starts of the dates inside author-year references («(Henderson & Mitrova, 2020: 7)»):
    a source's year, not a date of the narrative."""
    from ..link.events import _cited_spans

    spans = _cited_spans(tf)
    c = tf.citations
    if c is not None and len(c):
        ay = c[c["kind"] == "author_year"]
        spans += list(zip(ay["start"].astype(int), ay["end"].astype(int)))
    out = set()
    for y in dated_mentions(tf, POINT_TYPES):
        rs = tf.norm.raw_span(y.nstart, y.nend)[0]
        if any(a <= rs < b for a, b in spans):
            out.add(y.nstart)
    return out


_BRACKET_BIRTH_REACH = 6  # words between an age in brackets and the birth word of its sentence


def _bracket_age(tf: TextFacts, m: re.Match, ss: int, se: int, births, died) -> list[Finding]:
    """An age in brackets after a name («الشناوي (37 عاماً)، المولود عام 1988»): the age at the
    text's own date, against a birth year given right before or after it in its sentence (no word of
    death in the sentence: «(78 عاماً)» after «توفي» is the age at death, read elsewhere)."""
    text = tf.norm.text
    age = _age(m.group("num"))
    if age is None or died is not None:
        return []
    lead = re.split(r"[،,؛;:.()\n]", text[max(ss, m.start() - 60):m.start()])[-1]
    # («المولود عام 1976 (49 عاماً)»: right after the birth year, the age now)
    after_birth = any(ss <= b[1].nstart and b[1].nend <= m.start() and not text[b[1].nend:m.start()].strip()
                      for b in births)
    if re.search(r"\d", lead) and not after_birth or _SPELL.search(text[max(0, m.start() - 40):m.start() + 1]) or len(_WORD.findall(lead)) < 2:
        return []  # «منذ 1990 (30 عاماً)»، «حكمه (30 عاماً)»: a length, not an age after a name
    near = [b for b in births if ss <= b[0] < se and b[1].nstart >= ss and (
        (b[0] >= m.end() and len(_WORD.findall(text[m.end():b[0]])) <= _BRACKET_BIRTH_REACH)
        or (b[1].nend <= m.start() and len(_WORD.findall(text[b[1].nend:m.start()])) <= _BRACKET_BIRTH_REACH))]
    if len(near) != 1:
        return []
    born = near[0][1]
    now = present_year(tf)
    if now is None:
        return []
    diff = now - year_of(born.start_date)
    if diff <= 0 or diff - 1 <= age <= diff:
        return []
    return [Finding(
        kind=KIND,
        severity="warning",
        message=(f"The text gives the age {age} at the time of the text ({now}) to someone born in "
                 f"{year_of(born.start_date)}: {diff - 1} or {diff} years old."),
        spans=[raw_span(tf, s, e) for s, e in sorted({(m.start(), m.end()), (born.nstart, born.nend)})],
        evidence={"rule": "a stated age against the years of birth and of the event it is given for",
                  "age": age, "born": year_of(born.start_date), "year": now, "expected": f"{diff - 1}-{diff}"},
    )]


_PAST = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:كان|كانت|بلغ|بلغت)(?![\u0621-\u064A])")


@detector(KIND)
def age_mismatch(facts: Facts) -> list[Finding]:
    """A stated age against the year of birth the text gives."""
    return per_ordered_text(_findings)(facts)
