"""Calendars: a weekday or a Hijri/Gregorian gloss that its own date contradicts.

``weekday-mismatch``
    A weekday named right before a full date («يوم الجمعة 3 مارس 2023»، «الأحد الموافق 15 رمضان
    1445هـ»، "on Monday, 5 June 2023") when the date falls on another day of the week (Python's
    calendar; a Hijri date is read by the dates extractor through its Umm al-Qura conversion). Only
    words of ``lang/calendars.yml`` ``weekday_lead`` («الموافق»، «الماضي»، a comma) may stand
    between the two, and the date may stand in brackets («يوم الأحد (15 أيلول 2019)»); a weekday in
    brackets right after its date is read too («في 15 أيلول 2019 (الأحد)», "on 5 June 2023 (a Monday)").
    A Hijri date one day off is left alone (a month begun by sighting the moon
    may start a day before or after the computed calendar), unless the text glosses it with the
    Gregorian day it fell on («يوم الأحد 15 شوال 1446هـ الموافق 13 أبريل 2025م»: that day is the
    date). Also read: the weekday at the start of a range of days whose month is given at its end
    («من الاثنين 6 إلى الأحد 12 أكتوبر 2025»), and a weekday inside a mention the dates extraction
    checked («أمس الثلاثاء 25 آذار» under a dateline, «أمس الأربعاء»: its note «day named
    disagrees»), when the mention is explicit or counted from the text's present.

``hijri-gloss-mismatch``
    A Hijri year or century glossed by a Gregorian one that does not match it: «سنة 15هـ/636م»
    is right, «15هـ/646م» is not; «القرن الثامن الهجري/الرابع عشر الميلادي» is right, «…/الثالث
    عشر الميلادي» is not. The Hijri year *h* is taken to run from 622.54 + 0.970224·(h−1) to
    622.54 + 0.970224·h (the mean lunar year; a few days' error at most): a Gregorian year more
    than one year outside that stretch is a finding (a ``warning``); a range («41-132هـ/661-750م»)
    is read end by end. Two centuries contradict when they share fewer than twenty years (the
    eighth Hijri century, 1299-1398, shares 98 years with the fourteenth Gregorian one and one
    with the thirteenth). The Gregorian gloss may come first («636م/15هـ»).

``hijri-gregorian-mismatch``
    A Hijri month or day and the Gregorian month or day the text gives as its equivalent when the
    two do not meet (the Hijri half read through ``hijridate``'s Umm al-Qura tables by the dates
    extractor): «رمضان 1444هـ/آذار 2023م» is right, «رمضان 1444هـ/آب 2023م» is not; so are the pair
    joined by «الموافق» («1 رمضان 1444هـ الموافق 23 مارس 2023م»: one row whose note says whether
    the halves agree) and the pair in brackets, either first («رمضان 1444 (آذار 2023)», «آذار 2023
    (رمضان 1444هـ)»: two rows side by side). A month agrees when the two months share a day; a day
    may be one day off (a month begun by sighting the moon). Years and centuries are
    ``hijri-gloss-mismatch``'s.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..text import patterns
from . import detector
from .chronology import dated_mentions, raw_span
from ..text.patterns import spaced as _alt

WEEKDAY_KIND = "weekday-mismatch"
HIJRI_KIND = "hijri-gloss-mismatch"
PAIR_KIND = "hijri-gregorian-mismatch"
_AL = r"\u0621-\u064A"
_YEAR = 0.970224  # mean Hijri year in Gregorian years
_EPOCH = 622.54  # 1 Muharram 1 AH (16 July 622) as a fractional Gregorian year
_SLACK = 0  # years a Gregorian gloss may stand outside its Hijri year (the years are exact: convertdate)
_MIN_SHARED = 20  # years two centuries must share to gloss each other
_CENTURY_BEFORE = re.compile(r"(?:القرن|القرنين|القرون)\s*$")  # «القرن 8 هـ/14 م» is a century
_DAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=1)
def _weekday_re() -> tuple[re.Pattern, dict[str, int]]:
    from ..lang import lexicon, words
    from ..text.normtext import fold

    names = {fold(str(w)).lower(): int(k) for k, ws in lexicon("calendars")["weekdays"].items() for w in ws}
    lead = _alt(words("calendars", "weekday_lead"))
    rx = re.compile(
        rf"(?<![{_AL}A-Za-z])(?P<night>ليله\s+)?(?:يوم\s+|صباح\s+|مساء\s+)?(?P<wd>{_alt(names)})(?![{_AL}A-Za-z])"
        rf"(?:\s*[,،]?\s*(?:{lead})(?![{_AL}A-Za-z]))?\s*[,،]?\s*\(?\s*$",
        re.I,
    )
    return rx, names


@lru_cache(maxsize=1)
def _weekday_after_re() -> re.Pattern:
    """A weekday in brackets right after its date: «في 15 أيلول 2019 (الأحد)», "on 5 June 2023 (a Monday)"."""
    names = _weekday_re()[1]
    return re.compile(rf"(?:\s*[مه](?![{_AL}]))?\s*\(\s*(?:يوم\s+|an?\s+)?(?P<wd>{_alt(names)})\s*\)", re.I)


def _arabic_day(n: int) -> str:
    """The first Arabic name of weekday ``n`` (for the Arabic message)."""
    from ..lang import lexicon

    return next(w for w in lexicon("calendars")["weekdays"][n] if not w.isascii())


def _hijri_note(m) -> bool:
    """Whether the date is read from a Hijri date alone (a month begun by sighting: a day of slack);
    a Hijri date glossed by the Gregorian day it fell on («15 شوال 1446هـ الموافق 13 أبريل 2025م»)
    is that Gregorian day, with no slack."""
    note = m.row.get("note")
    return isinstance(note, str) and "hijri" in note.lower() and not _GREGORIAN_DAY_GIVEN.search(note)


_GREGORIAN_DAY_GIVEN = re.compile(r"Hijri/Gregorian pair: .*agrees with \d{4}-\d\d-\d\d")


def _weekday_findings(tf: TextFacts) -> list[Finding]:
    rx, names = _weekday_re()
    text = tf.norm.text
    out = []
    mentions = dated_mentions(tf)
    first = next((x for x in mentions if x.type != "relative"), None)
    for m in mentions:
        if m.type not in ("date", "relative") or m.start_date != m.end_date:
            continue
        try:
            day = date.fromisoformat(m.start_date[:10])
        except ValueError:
            continue
        w = rx.search(text, max(0, m.nstart - 40), m.nstart) or _weekday_after_re().match(text, m.nend)
        if m.type == "date":
            out.extend(_range_start(tf, text, m, day))
        if w is None:
            w = _named_inside(text, m, first, tf.raw)
        if w is None:
            continue
        named = names[w.group("wd").lower()]
        actual = day.weekday()
        if named == actual:
            continue
        off = min((named - actual) % 7, (actual - named) % 7)
        if off == 1 and (_hijri_note(m) or w.groupdict().get("night")):  # «ليلة الجمعة» is Thursday evening
            continue
        out.append(Finding(
            kind=WEEKDAY_KIND,
            severity="warning",
            message=(f"The text names {_DAY_NAMES_EN[named]} for {day.isoformat()}, "
                     f"which fell on a {_DAY_NAMES_EN[actual]}."),
            spans=[raw_span(tf, min(w.start("wd"), m.nstart), max(w.end("wd"), m.nend))],
            evidence={"rule": "a weekday named with a full date on which it does not fall",
                      "date": day.isoformat(), "named": _DAY_NAMES_EN[named], "actual": _DAY_NAMES_EN[actual],
                      "named_ar": _arabic_day(named)},
        ))
    return out


def _named_inside(text: str, m, first, raw: str):
    """A weekday inside a mention the dates extraction resolved and checked («أمس الثلاثاء 25 آذار»,
    «أمس الأربعاء» after a dateline): its day is known when the mention is explicit or counted from
    the text's present (a dateline, the publication date, a full date at the head of the text)."""
    from .appositions import _present

    note = m.row.get("note")
    if not isinstance(note, str) or "day named disagrees" not in note:
        return None
    if m.row.get("anchor") is not None and not _present(m, first, raw):
        return None
    names = _weekday_re()[1]
    return re.compile(rf"(?<![{_AL}A-Za-z])(?P<wd>{_alt(names)})(?![{_AL}A-Za-z])", re.I).search(text, m.nstart, m.nend)


@lru_cache(maxsize=1)
def _range_start_re() -> re.Pattern:
    """«من الاثنين 6 إلى الأحد 12 أكتوبر 2025»: a range of days with a weekday at its start, its
    month and year given once, at its end (before the end date: «إلى/حتى/و/-», an optional weekday)."""
    names = _weekday_re()[1]
    wd = _alt(names)
    return re.compile(
        rf"(?<![{_AL}A-Za-z])(?:من|بين|from|between)\s+(?:يوم\s+)?(?P<wd>{wd})\s*[,،]?\s+(?:the\s+)?(?P<d>\d{{1,2}})"
        rf"\s*(?:الي|حتي|لغايه|و|-|–|to|until|and)\s*(?:يوم\s+)?(?:(?:{wd})\s*[,،]?\s*)?(?:the\s+)?$", re.I)


def _range_start(tf: TextFacts, text: str, m, end: date) -> list[Finding]:
    """The weekday named at the start of a range of days whose month is given at its end."""
    w = _range_start_re().search(text, max(0, m.nstart - 60), m.nstart)
    if w is None:
        return []
    try:
        day = end.replace(day=int(w.group("d")))
    except ValueError:
        return []
    if day > end:
        return []
    named, actual = _weekday_re()[1][w.group("wd").lower()], day.weekday()
    if named == actual:
        return []
    return [Finding(
        kind=WEEKDAY_KIND,
        severity="warning",
        message=(f"The text names {_DAY_NAMES_EN[named]} for {day.isoformat()} (the start of a range ending "
                 f"{end.isoformat()}), which fell on a {_DAY_NAMES_EN[actual]}."),
        spans=[raw_span(tf, w.start("wd"), m.nend)],
        evidence={"rule": "a weekday named at the start of a range of days, its month given at the end",
                  "date": day.isoformat(), "named": _DAY_NAMES_EN[named], "actual": _DAY_NAMES_EN[actual],
                  "named_ar": _arabic_day(named)},
    )]


# --------------------------------------------------------------------------- Hijri glosses

def _hijri_years(h: int) -> tuple[float, float]:
    """The Gregorian stretch (fractional years) of the Hijri year ``h``."""
    return _EPOCH + _YEAR * (h - 1), _EPOCH + _YEAR * h


@lru_cache(maxsize=4096)
def _hijri_span(h: int) -> tuple[int, int]:
    """The Gregorian years the Hijri year ``h`` touches, by the arithmetical Islamic calendar of
    ``convertdate`` (a maintained library), widened by three days either side (a month begun by
    sighting the moon, or the Umm al-Qura tables, may start a day or two apart)."""
    from datetime import timedelta

    from convertdate import islamic

    first = date(*islamic.to_gregorian(h, 1, 1)) - timedelta(days=3)
    last = date(*islamic.to_gregorian(h + 1, 1, 1)) + timedelta(days=2)
    return first.year, last.year


def _year_distance(h: int, g: int) -> int:
    """How many years the Gregorian year ``g`` lies outside the Hijri year ``h`` (0 when the two
    years share a day)."""
    if 1 <= h <= 9999:
        lo, hi = _hijri_span(h)
    else:
        a, b = _hijri_years(h)
        lo, hi = int(a), int(b)
    return max(0, lo - g, g - hi)


def _shared_years(hc: int, gc: int) -> float:
    """Years shared by the Hijri century ``hc`` and the Gregorian century ``gc``."""
    a = _hijri_years((hc - 1) * 100 + 1)[0]
    b = _hijri_years(hc * 100)[1]
    return min(b, gc * 100 + 1) - max(a, (gc - 1) * 100 + 1)


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    from ..lang import lexicon
    from ..text.normtext import fold

    lex = lexicon("numbers")
    out = {fold(str(w)): int(k) for k, ws in lex["ordinals"].items() for w in ws}
    for k in (20, 30):
        for w in lex["cardinals"].get(k, []):
            out.setdefault(fold(str(w)), k)
    return out


def _bare(tok: str) -> str:
    tok = tok[1:] if tok.startswith("و") and len(tok) > 3 else tok
    return tok[2:] if tok.startswith("ال") and len(tok) > 3 else tok


def ordinal(phrase: str) -> int | None:
    """The number of a century ordinal as written after «القرن»: «الثامن» 8, «الرابع عشر» 14,
    «الحادي والعشرين» 21, «العشرين» 20, «19» 19; None for anything else."""
    from ..lang import words

    toks = phrase.split()
    if len(toks) == 1 and toks[0].isdigit():
        return int(toks[0])
    ords, tail = _ordinals(), set(words("numbers", "teen_tail"))
    vals = [ords.get(_bare(t)) for t in toks]
    if not toks or None in vals:
        if len(toks) == 2 and vals[0] is not None and vals[0] < 10 and _bare(toks[1]) in tail:
            return vals[0] + 10
        return None
    if len(toks) == 1:
        return vals[0]
    if len(toks) == 2 and vals[0] < 10 and vals[1] in (20, 30) and toks[1].startswith("و"):
        return vals[0] + vals[1]
    return None


@lru_cache(maxsize=1)
def _gloss_res() -> tuple[re.Pattern, ...]:
    from ..lang import words

    hm, gm = _alt(words("calendars", "hijri_marks")), _alt(words("calendars", "gregorian_marks"))
    join = rf"\s*(?:{_alt(words('calendars', 'gloss_joins'))})?\s*"
    end = rf"(?![{_AL}A-Za-z])"
    lead = r"(?<![\d.,/-])"  # the first number of a gloss is no part of a longer number or date
    y = r"(?P<{0}>\d{{1,4}})"
    rng = r"(?P<{0}1>\d{{1,4}})\s*-\s*(?P<{0}2>\d{{1,4}})"
    ordn = r"(?P<{0}>\d{{1,2}}|[{1}]+(?:\s+[{1}]+){{0,2}}?)"
    # (the three number-first patterns run over the whole text: a look-ahead on a digit first, so
    # that their look-behind is tried at the digits only; text.patterns.lead)
    h_first = patterns.lead(rf"{lead}{y.format('h')}\s*(?:{hm}){end}{join}{y.format('g')}\s*(?:{gm}){end}")
    g_first = patterns.lead(rf"{lead}{y.format('g')}\s*(?:{gm}){end}{join}{y.format('h')}\s*(?:{hm}){end}")
    h_range = patterns.lead(rf"{lead}{rng.format('h')}\s*(?:{hm}){end}{join}{rng.format('g')}\s*(?:{gm}){end}")
    c_h_first = re.compile(rf"(?<![{_AL}])[وفبل]?القرن\s+{ordn.format('h', _AL)}\s+(?:{hm}){end}{join}"
                           rf"(?:القرن\s+)?{ordn.format('g', _AL)}\s+(?:{gm}){end}")
    c_g_first = re.compile(rf"(?<![{_AL}])[وفبل]?القرن\s+{ordn.format('g', _AL)}\s+(?:{gm}){end}{join}"
                           rf"(?:القرن\s+)?{ordn.format('h', _AL)}\s+(?:{hm}){end}")
    return h_first, g_first, h_range, c_h_first, c_g_first


def _gloss_finding(tf: TextFacts, s: int, e: int, what: str, h: int, g: int, off: float) -> Finding:
    a, b = (_hijri_years((h - 1) * 100 + 1)[0], _hijri_years(h * 100)[1]) if what == "century" \
        else _hijri_years(h)
    return Finding(
        kind=HIJRI_KIND,
        severity="warning",
        message=(f"The Hijri {what} {h} runs from about {int(a)} to {int(b)} CE; "
                 f"the text glosses it as the Gregorian {what} {g}."),
        spans=[raw_span(tf, s, e)],
        evidence={"rule": "a Hijri year or century glossed by a Gregorian one it does not overlap",
                  "what": what, "hijri": h, "gregorian": g, "from_ce": int(a), "to_ce": int(b),
                  "distance_years": round(off)},
    )


def _hijri_findings(tf: TextFacts) -> list[Finding]:
    h_first, g_first, h_range, c_h_first, c_g_first = _gloss_res()
    text = tf.norm.text
    out, taken = [], []
    for m in h_range.finditer(text):
        taken.append((m.start(), m.end()))
        hs, gs = (int(m.group("h1")), int(m.group("h2"))), (int(m.group("g1")), int(m.group("g2")))
        for h, g in zip(hs, gs):
            if h >= 1 and _year_distance(h, g) > _SLACK and min(_year_distance(h, x) for x in gs) > _SLACK:
                out.append(_gloss_finding(tf, m.start(), m.end(), "year", h, g, _year_distance(h, g)))
                break
    for rx in (h_first, g_first):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken) or _CENTURY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            h, g = int(m.group("h")), int(m.group("g"))
            if h >= 1 and _year_distance(h, g) > _SLACK:
                out.append(_gloss_finding(tf, m.start(), m.end(), "year", h, g, _year_distance(h, g)))
    for rx in (c_h_first, c_g_first):
        for m in rx.finditer(text):
            h, g = ordinal(m.group("h")), ordinal(m.group("g"))
            if not h or not g or h > 15 or g > 21:
                continue
            shared = _shared_years(h, g)
            if shared < _MIN_SHARED:
                s = m.start() + (1 if text[m.start()] in "وفبل" and not text.startswith("القرن", m.start()) else 0)
                out.append(_gloss_finding(tf, s, m.end(), "century", h, g, abs(shared)))
    return sorted(out, key=lambda f: f.spans[0].start)


@detector(WEEKDAY_KIND)
def weekday_mismatch(facts: Facts) -> list[Finding]:
    """A weekday named with a full date on which it does not fall."""
    out = []
    for tf in facts:
        out.extend(_weekday_findings(tf))
    return out


@detector(HIJRI_KIND)
def hijri_gloss_mismatch(facts: Facts) -> list[Finding]:
    """A Hijri year or century and a Gregorian gloss that do not overlap."""
    out = []
    for tf in facts:
        out.extend(_hijri_findings(tf))
    return out


# --------------------------------------------------------------------------- Hijri/Gregorian pairs

_PAIR_GRAINS = ("day", "month")
_ERA = patterns.ERA_LETTER  # «م»/«هـ» after a half the row leaves out
_BRACKET_BETWEEN = re.compile(rf"{_ERA}[^\S\n]*[(\[][^\S\n]*")
_BRACKET_AFTER = re.compile(rf"{_ERA}[^\S\n]*[)\]]")


def _is_hijri(m) -> bool:
    note = m.row.get("note")
    return isinstance(note, str) and note.startswith("Hijri ") and "Umm al-Qura" in note


def _halves_meet(h, g, grain: str) -> bool:
    if grain == "day":
        return abs((date.fromisoformat(h.start_date) - date.fromisoformat(g.start_date)).days) <= 1
    return h.start_date <= g.end_date and g.start_date <= h.end_date


def _pair_finding(tf: TextFacts, s: int, e: int, hijri: str, h_from: str, h_to: str, greg: str) -> Finding:
    return Finding(
        kind=PAIR_KIND,
        severity="warning",
        message=(f"The Hijri date {hijri} runs from {h_from} to {h_to} (Umm al-Qura); "
                 f"the text gives it as {greg}, which does not fall in it."),
        spans=[raw_span(tf, s, e)],
        evidence={"rule": "a Hijri month or day and its stated Gregorian equivalent do not meet",
                  "hijri": hijri, "hijri_from": h_from, "hijri_to": h_to, "gregorian": greg},
    )


_NOTE_RE = re.compile(r"Hijri/Gregorian pair: (?:Hijri )?(?P<h>[\d-]+) \((?P<a>[\d-]+)(?:\.\.(?P<b>[\d-]+))?\) "
                      r"disagrees with (?P<g>[\d-]+)")


def _pair_findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    out = []
    ms = [m for m in dated_mentions(tf) if m.row.get("granularity") in _PAIR_GRAINS]
    for m in ms:  # one row: «رمضان 1444هـ/آب 2023م», «… الموافق 23 مايو 2023م»
        note = m.row.get("note")
        hit = _NOTE_RE.search(note) if isinstance(note, str) else None
        if hit:
            out.append(_pair_finding(tf, m.nstart, m.nend, hit.group("h"), hit.group("a"),
                                     hit.group("b") or hit.group("a"), hit.group("g")))
    for a, b in zip(ms, ms[1:]):  # two rows, the second in brackets: «رمضان 1444 (آب 2023)»
        grain = a.row.get("granularity")
        if grain != b.row.get("granularity") or _is_hijri(a) == _is_hijri(b):
            continue
        if not _BRACKET_BETWEEN.fullmatch(text, a.nend, b.nstart) or not _BRACKET_AFTER.match(text, b.nend):
            continue
        h, g = (a, b) if _is_hijri(a) else (b, a)
        if str(g.start_date).startswith("-") or _halves_meet(h, g, grain):
            continue
        label = str(h.row["note"]).split(" (")[0].removeprefix("Hijri ")
        out.append(_pair_finding(tf, a.nstart, _BRACKET_AFTER.match(text, b.nend).end(), label,
                                 h.start_date, h.end_date, g.start_date if grain == "day" else g.start_date[:7]))
    return sorted(out, key=lambda f: f.spans[0].start)


@detector(PAIR_KIND)
def hijri_gregorian_mismatch(facts: Facts) -> list[Finding]:
    """A Hijri month or day and its stated Gregorian equivalent that do not meet."""
    out = []
    for tf in facts:
        out.extend(_pair_findings(tf))
    return out
