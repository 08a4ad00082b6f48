"""An anniversary against the date of the event it counts: «أحيت الجامعة يوم 14 تشرين الأول 2024
الذكرى الخمسين لافتتاحها» and, elsewhere, «وافتُتحت رسمياً يوم 14 تشرين الأول 1974».

``anniversary-years`` (findings of kind ``duration-mismatch``)
    Two constructions count the years since an event at a dated occasion:

    * «الذكرى (الـ)N ل<مصدر>» — an anniversary, N in digits, a cardinal or an ordinal word
      («الخمسين»، «الخامسة والعشرين»، «الـ35»), of an event named by its verbal noun with a
      pronoun or a complement («لافتتاحها»، «لتأسيس الجامعة»);
    * «(ب)مرور N عاماً/سنة على <مصدر>» — the years passed since it.

    The occasion's date is the day the phrase is said to fall on, in a relative clause after it
    («، التي تحل الثلاثاء المقبل»: a relative day counted from the text's present, a dateline or the
    publication date), else an explicit dated mention of the same sentence (a day, month or year
    written out; a relative date is not used, its anchor being uncertain), the nearest one before
    the phrase, else the first after it. The event's dates are looked up in the text as
    :func:`tahqiq.checks.eventgaps.event_dates` does (a dated mention whose clause holds a word of
    the verbal noun's root, and of its complement's), outside the phrase's sentence. A finding
    when the event is dated and no date of it lies N years before the occasion, within a year (the
    occasion may fall before or after the day of the event in its year). An approximated number
    («نحو»، «قرابة») is left alone, and so is an event the text does not date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.spans import held_by
from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from . import UNORDERED_FORMS, detector
from .chronology import POINT_TYPES, dated_mentions, raw_span
from .appositions import _present
from .eventgaps import _clause, carries_pronoun, event_dates

NAME = "anniversary-years"
KIND = "duration-mismatch"
_AL = r"\u0621-\u064A"
# between an anniversary and the day it falls on: «، التي تحل»، «الذي يصادف»، «التي تحل يوم»
_OCCASION = re.compile(rf"\s*[،,]?\s*(?:التي|الذي|وهي|وهو)?\s*(?:[{_AL}]+\s+){{0,2}}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    from ..lang import lexicon, words
    from .durations import _alt

    ann = lexicon("durations")["anniversary"]["ar"]
    units = _alt(words("durations", "units"))
    num = rf"(?P<num>\d{{1,4}}|[{_AL}]+(?:\s+[{_AL}]+){{0,2}}?)"
    vn = rf"(?P<ev>[{_AL}]{{3,}})(?:[^\S\n]+(?P<obj>[{_AL}]{{3,}}))?"
    a = re.compile(rf"(?<![{_AL}])[وفب]?(?:{_alt(ann)})\s+(?:ال\s*)?{num}\s*ل(?!ل){vn}")
    b = re.compile(rf"(?<![{_AL}])[وفب]?مرور\s+{num}\s+(?:{units})\s+(?:علي|على)\s+{vn}")
    return a, b


def _value(raw: str) -> int | None:
    from ..extract.numerals import words_value
    from .calendars import ordinal

    if raw.isdigit():
        return int(raw)
    toks = raw.split()
    for k in range(len(toks), 0, -1):
        phrase = " ".join(toks[:k])
        hit = words_value(phrase)
        if hit and not hit[1]:
            return hit[0]
        o = ordinal(phrase if phrase.startswith("ال") else "ال" + phrase)
        if o is not None:
            return o
        if hit and k > 1:  # a compound ordinal, «الخامسة والخمسين»
            return hit[0]
    return None


def _months(m) -> int | None:
    if m.row.get("granularity") not in ("day", "month"):
        return None
    return year_of(m.start_date) * 12 + int(m.start_date[5:7]) - 1


# the rest of an anniversary's phrase up to the event's own date: a few words, no clause break, then «في»/«عام»
_DATED_IN_PHRASE = re.compile(rf"(?:[^\S\n]+[{_AL}]+){{0,8}}?[^\S\n]+(?:في|عام|سنه|العام|يوم)(?:[^\S\n]+(?:عام|سنه|يوم))?[^\S\n]+")
_PHRASE_WORDS = re.compile(rf"(?:[^\S\n]+[{_AL}]+){{0,8}}?[^\S\n]+")
_YEAR_WORD = re.compile(r"(?:عام|سنه|العام)\s")  # a dated mention that opens with its own «عام»
_PRESENT_WORDS = re.compile(r"(?<![\u0621-\u064A])(?:هذا|هذه|الجاري|الحالي|الحاليه|اليوم)(?![\u0621-\u064A])")

_PLUPERFECT = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:كان|كانت|كانوا)\s+(?:[\u0621-\u064A]+\s+){0,3}?قد\s")
"""«وكانت الجامعة قد تأسست …»: a clause told as a flashback, before the time of the sentences around it."""


def _fits(event, occasion, n: int) -> bool:
    me, mo = _months(event), _months(occasion)
    if me is not None and mo is not None:
        return abs((mo - me) - 12 * n) < 12
    return abs((year_of(occasion.start_date) - year_of(event.start_date)) - n) <= 1


def _findings(tf: TextFacts) -> list[Finding]:
    from .durations import _patterns as dur_patterns

    approx = dur_patterns()[2]
    text = tf.norm.text
    every = dated_mentions(tf)
    first = next((x for x in every if x.type != "relative"), None)
    points = [m for m in every if m.type in POINT_TYPES and m.modifier is None]
    # (a relative day counted from the text's own present, in the phrase's own relative clause, is
    # as sure as a written one: «الذكرى الخامسة عشرة لافتتاح الميناء، التي تحل الثلاثاء المقبل»)
    days = [m for m in every if m.type == "relative" and m.modifier is None and _present(m, first, tf.raw)
            and m.row.get("granularity") == "day"]
    # (the present named by a relative date of the year or the day: «هذا العام»، «اليوم»)
    present = [m for m in every if m.type == "relative" and m.modifier is None and _present(m, first, tf.raw)
               and m.row.get("granularity") in ("day", "year") and m.start_date[:4] == m.end_date[:4]
               and _PRESENT_WORDS.search(text, m.nstart, m.nend)]
    out = []
    for _, _, sents in line_sentences(text):
        for ss, se in sents:
            for rx in _patterns():
                for m in rx.finditer(text, ss, se):
                    if approx.search(text, max(ss, m.start() - 30), m.start("num")):
                        continue
                    n = _value(m.group("num"))
                    if n is None or not 1 <= n <= 3000:  # «بمرور ألف ومئة عام على …»
                        continue
                    own = held_by(points, ss, se)
                    before = [x for x in own if x.nend <= m.start()]
                    after = [x for x in own if x.nstart >= m.end()]
                    # the event dated in its own phrase («بالذكرى الستين لإقامة العلاقات بينهما في 19 يوليو 1965»)
                    inner = next((x for x in after if _DATED_IN_PHRASE.fullmatch(text, m.end(), x.nstart)
                                  or (_YEAR_WORD.match(text, x.nstart) and _PHRASE_WORDS.fullmatch(text, m.end(), x.nstart))),
                                 None)
                    if inner is not None:
                        # the occasion: a date before the phrase, else the text's present named in the sentence
                        # («تحتفل … هذا العام بالذكرى …»)
                        occ = before[-1] if before else next(
                            (x for x in present if ss <= x.nstart < se and not inner.nstart <= x.nstart < inner.nend), None)
                        if occ is None or year_of(occ.start_date) <= year_of(inner.start_date):
                            continue
                        if not _fits(inner, occ, n):
                            out.append(_finding(tf, m, n, occ, inner, [inner]))
                        continue
                    occ = next((x for x in days if _OCCASION.fullmatch(text, m.end(), x.nstart)), None)
                    if occ is None:
                        occ = before[-1] if before else (after[0] if after else None)
                    if occ is None:
                        continue
                    # (a verbal noun with a pronoun, «بالذكرى الستين لوصولها», names back: its event is told before
                    # it, or after it in a flashback, «وكانت الجامعة قد تأسست يوم …»)
                    back = carries_pronoun(m.group("ev"))
                    xs = [x for x in event_dates(tf, m.group("ev"), occ, m.group("obj"))
                          if not (ss <= x.nstart < se) and year_of(x.start_date) < year_of(occ.start_date)
                          and not (back and x.nstart > m.start() and not _PLUPERFECT.search(_clause(text, x.nstart, x.nend)))]
                    if not xs or any(_fits(x, occ, n) for x in xs):
                        continue
                    x = min(xs, key=lambda c: abs(c.nstart - m.start()))
                    out.append(_finding(tf, m, n, occ, x, xs))
    return out


def _finding(tf: TextFacts, m: re.Match, n: int, occ, x, xs) -> Finding:
    spans = sorted({(occ.nstart, occ.nend), (m.start(), m.end()), (x.nstart, x.nend)})
    return Finding(
        kind=KIND,
        severity="warning",
        message=(f"The text counts {n} years from an event it dates {x.start_date[:10]} "
                 f"(«{raw_span(tf, x.nstart, x.nend).text}») to an occasion dated "
                 f"{occ.start_date[:10]}: {year_of(occ.start_date) - year_of(x.start_date)} years."),
        spans=[raw_span(tf, s, e) for s, e in spans],
        evidence={"rule": "an anniversary or «مرور N عاماً على» an event at a dated occasion, against "
                          "the dates the text gives that event (within a year)",
                  "stated": n, "occasion": occ.start_date[:10],
                  "event_dates": [c.start_date[:10] for c in xs]},
    )


@detector(NAME)
def anniversary_years(facts: Facts) -> list[Finding]:
    """An anniversary («الذكرى الخمسين لافتتاحها») against the event's date elsewhere in the text."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
