"""Anchors: the date a relative expression («العام الماضي», «بعد شهرين», a month without a year) is
counted from, and the resolution of each against it (see the conventions in
:mod:`tahqiq.extract.dates`)."""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from dataclasses import dataclass
from datetime import date, timedelta

from ...segment.sentences import PARAGRAPH_GAP, STOP_OR_BREAK, NextBreak
from . import patterns as P
from .intervals import Cand, century_interval, interval, iso, last_day, millennium_interval, part_interval, valid
from ...text.intervals import year_of, year_text

@dataclass(frozen=True, slots=True)
class Anchor:
    y: int
    m: int | None
    d: int | None
    label: str

    @property
    def granularity(self) -> str:
        return "day" if self.d else "month" if self.m else "year"


_GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "century": 5}


def parse_anchor(s: str, label: str) -> Anchor | None:
    """An anchor from an ISO date, year-month or year string (``2025-06-30``, ``2024-05``, ``2025``)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", s.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    mo_i = int(mo) if mo else None
    d_i = int(d) if d else None
    if mo_i is not None and not valid(y, mo_i, d_i):
        return None
    return Anchor(y, mo_i, d_i, f"{label} {s.strip()}")


def _can_anchor(c: Cand) -> bool:
    """Whether a candidate can be the anchor of a relative expression."""
    return bool(c.start_date) and c.type not in ("year_range", "decade", "century", "url_date", "relative") \
        and c.granularity in ("day", "month", "quarter", "half", "year", "minute")


def _anchor_of(c: Cand) -> Anchor | None:
    """A candidate used as an anchor: its start, at its own granularity."""
    if not _can_anchor(c):
        return None
    y, mo, d = (int(x) for x in c.start_date.split("-"))
    if c.granularity in ("year", "quarter", "half"):  # a part of a year anchors at the year
        return Anchor(y, None, None, f"preceding date {y:04d}")
    if c.granularity == "month":
        return Anchor(y, mo, None, f"preceding date {y:04d}-{mo:02d}")
    return Anchor(y, mo, d, f"preceding date {c.start_date}")


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _resolve(c: Cand, a: Anchor | None, default: Anchor | None) -> None:
    """Fill the dates of a relative candidate from an anchor (or leave it unresolved)."""
    kind = c.relative[0]
    if kind == "month":  # a month (and day) named without a year
        _, mon, d = c.relative
        if a is None:
            return
        y = a.y
        # the latest such month not after the publication (or given) date; a quarter or half the
        # latest one ended before that date's month («الربع الأول» in a report of March: last year's)
        last = mon if c.part is None or c.part[0] not in P.PARTS_IN_YEAR else mon + 12 // P.PARTS_IN_YEAR[c.part[0]] - 1
        if not a.label.startswith("preceding") and a.m is not None and (mon > a.m if c.part is None else last >= a.m):
            y -= 1
        if not valid(y, mon, d):
            return
        c.start_date, c.end_date, _ = interval(y, mon, d)
        c.anchor = a.label
        return
    if kind == "century":
        _, rel, decade, decade_index, _ = c.relative
        if rel is None:  # a bare decade: the latest one not after the publication (or given) anchor
            a = default
            if a is None:
                c.start_date, c.end_date = century_interval(20, decade, decade_index)
                c.note = "twentieth century assumed (no anchor)"
                return
        if a is None:
            return
        cur = a.y // 100 + 1
        if rel is None:
            n = cur if (cur - 1) * 100 + decade <= a.y else cur - 1
        else:
            n = cur + rel
        c.start_date, c.end_date = century_interval(n, decade, decade_index)
        c.anchor = a.label
        return
    if kind == "millennium":  # the article's (or given) date's: «الألفية الجديدة» only after 2000
        a = default
        if a is None or (c.relative[1] == "new" and a.y <= 2000):
            return
        c.start_date, c.end_date = millennium_interval((a.y - 1) // 1000 + 1)
        c.anchor = a.label
        return
    if kind == "vague" or a is None:
        return
    _, unit, n, _ = c.relative
    if unit == "decade":
        unit, n = "year", n * 10
    if unit == "century":
        unit, n = "year", n * 100
    if _GRAN_ORDER[unit] < _GRAN_ORDER[a.granularity]:
        c.note = f"anchor ({a.label}) too coarse for a relative {unit}"
        return
    if kind == "shift":
        s, e = _unit_interval(a, unit, n)
    else:  # span: the |n| units before (n < 0) or after (n > 0) the anchor's unit
        if n < 0:
            s, _ = _unit_interval(a, unit, n)
            _, e = _unit_interval(a, unit, -1)
        else:
            s, _ = _unit_interval(a, unit, 1)
            _, e = _unit_interval(a, unit, n)
    c.start_date, c.end_date, c.granularity = s, e, unit
    c.anchor = a.label


def _unit_interval(a: Anchor, unit: str, n: int) -> tuple[str, str]:
    if unit == "year":
        return iso(a.y + n), iso(a.y + n, 12, 31)
    if unit == "month":
        y, m = _shift_month(a.y, a.m, n)
        return iso(y, m), iso(y, m, last_day(y, m))
    base = date(a.y, a.m, a.d)
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=n)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    day = base + timedelta(days=n)
    return day.isoformat(), day.isoformat()


def resolve_all(t: str, cands: list[Cand], default: Anchor | None) -> None:
    """Resolve relative candidates in text order against the justified anchor."""
    sent_break = NextBreak(t, STOP_OR_BREAK)
    para_break = NextBreak(t, PARAGRAPH_GAP)
    ahead = NextBreak(t, STOP_OR_BREAK)  # asked about the stretch up to a following date
    explicit = [i for i, c in enumerate(cands) if c.relative is None and c.explicit and _can_anchor(c)]
    narrative: Cand | None = None  # the last explicit date of the text that is no comparison's baseline
    last_range: Cand | None = None  # the last year range («1860-1875»)
    nxt = 0  # the index in ``explicit`` of the first explicit candidate after the current one
    last_explicit: Cand | None = None
    last_rel: Cand | None = None  # the last year named relatively («العام الماضي»), once resolved
    anchors: list[Anchor | None] = [None, None]  # the anchor last_explicit gives, and its year's (once asked)
    for i, c in enumerate(cands):
        while nxt < len(explicit) and explicit[nxt] <= i:
            nxt += 1
        if c.relative is None:
            if c.type == "year_range" and c.explicit and c.start_date and c.start_date[:1] != "-":
                last_range = c  # anchors only what refers back to it (below)
            elif c.explicit and _can_anchor(c) and not _is_baseline(t, c) and not (
                    c.granularity == "year" and P.BIRTH_BEFORE.search(t, max(0, c.start - 40), c.start)):
                # (a year of birth, «المولود عام 1979»، is a date of a life, not the narrative's time)
                last_explicit, anchors = c, [None, None]
                narrative = c
            continue
        following = cands[explicit[nxt]] if nxt < len(explicit) else None
        if following is not None and ahead.between(c.end, following.start):
            following = None  # not in the same sentence
        kind = c.relative[0]
        if kind in ("next", "from_next"):
            # «الأعوام العشرة التي تلت … 1997» (the units after it), «بعد أربع سنوات من … 1994»
            # (the unit that many after it): counted from the date that follows, or unresolved
            _, unit, n, _ = c.relative
            if following is None:
                c.note = "no date follows in the sentence to count from"
                continue
            c.relative = ("span" if kind == "next" else "shift", unit, n, False)
            a = _anchor_of(following)
            _resolve(c, Anchor(a.y, a.m, a.d, a.label.replace("preceding", "following", 1)), default)
            continue
        if kind == "yesterday":  # «أمس»: the day(s) before the anchor's day, never a narrative date
            _, _, n, _ = c.relative
            if default is None or default.d is None:
                c.note = "; ".join(filter(None, [c.note, "no publication day to count from"]))
                continue
            c.start_date = c.end_date = (date(default.y, default.m, default.d) + timedelta(days=n)).isoformat()
            c.anchor = default.label
            continue
        if kind == "weekday":  # «الثلاثاء المقبل»: the next (last) such day after (before) the anchor's day
            _, wd, n = c.relative
            if default is None or default.d is None:
                c.note = "; ".join(filter(None, [c.note, "no publication day to count from"]))
                continue
            day = date(default.y, default.m, default.d)
            step = ((wd - day.weekday()) % 7 or 7) if n > 0 else -((day.weekday() - wd) % 7 or 7)
            c.start_date = c.end_date = (day + timedelta(days=step)).isoformat()
            c.anchor = default.label
            continue
        if kind == "ago":  # «قبل خمس سنوات»: from the publication (or given) date only
            c.relative = ("shift",) + c.relative[1:]
            _resolve(c, default, default)
            continue
        if kind == "month_deixis":  # «أيار الماضي»: from the publication (or given) date's month
            _, mon, n = c.relative
            if default is None:
                c.note = "; ".join(filter(None, [c.note, "no publication date to count from"]))
                continue
            if default.m is None:  # a year only: that month of the year (a next January is the
                # next year's, a last December the year before's: no date of the year is before or after it)
                y = default.y + (n > 0 and mon == 1) - (n < 0 and mon == 12)
                c.note = "; ".join(filter(None, [c.note, f"the month of {default.label} assumed (no month given)"]))
            elif n == 0:  # «سبتمبر الجاري/الحالي»: that month of the anchor's year
                y = default.y
            else:
                y = default.y - (mon >= default.m) if n < 0 else default.y + (mon <= default.m)
            c.start_date, c.end_date, _ = interval(y, mon)
            if c.first_month is not None:  # «من يناير إلى مارس الماضي»: from the first month before it
                c.start_date = iso(y - (c.first_month > mon), c.first_month)
            c.anchor = default.label
            _narrow_to_days(c)
            continue
        deictic = kind == "deixis" or kind == "century" and c.relative[4]
        if kind == "deixis":
            c.relative, kind = ("shift",) + c.relative[1:], "shift"
        anaphoric = kind == "shift" and c.relative[3]
        prev = None
        if last_explicit is not None:
            breaks = para_break if anaphoric else sent_break
            near = anaphoric and c.start - last_explicit.end <= P.ANAPHORA_WINDOW
            if near or not breaks.between(last_explicit.end, c.start):
                prev = anchors[0] = anchors[0] or _anchor_of(last_explicit)
        if prev is not None and kind == "shift" and not anaphoric and not deictic and _from_member(t, last_explicit, c):
            prev = None  # «من 78 مليون سنة 2023 إلى 96 مليوناً العام الماضي»: counted from the time of writing
        if prev is not None and (kind == "shift" or kind == "span" and default is not None and prev.y >= default.y) \
                and not anaphoric and not deictic and (c.relative[2] or 0) > 0 and _COMING.search(t, c.start, c.end):
            # «تأسس النادي عام 1946، ويحتفل العام المقبل بمرور 80 عاماً»: «المقبل/القادم» (the coming one)
            # counts from the time of writing; the one after a narrated year is «التالي». The coming years
            # («السنتين المقبلتين») count from the time of writing after a date not in its past («حتى عام 2027 …
            # في السنتين المقبلتين»), and from a narrated date before it («وقّعا عام 2021 خطة … للسنوات الخمس
            # المقبلة»: the five years after the signing)
            prev = None
        if anaphoric and last_rel is not None and (last_explicit is None or last_rel.start > last_explicit.start) and (
                c.start - last_rel.end <= P.ANAPHORA_WINDOW or not para_break.between(last_rel.end, c.start)):
            # «96 مليون دينار العام الماضي … وصدّر خلال السنة ذاتها»: the year just named, though named relatively
            y = year_of(last_rel.start_date)
            prev = Anchor(y, None, None, f"preceding date {y:04d} (a relative year)")
        if anaphoric and prev is None and c.relative[1] == "year" and c.relative[2] == 0 and (
                last_explicit is not None or last_rel is not None):
            # «السنة ذاتها» with no year in its paragraph: «the same» needs an antecedent, the last year the
            # text named (explicitly or relatively), not the time of writing
            last = max((x for x in (last_explicit, last_rel) if x is not None), key=lambda x: x.start)
            y = year_of(last.start_date)
            prev = Anchor(y, None, None, f"preceding date {y:04d} (the last year named)")
        if anaphoric and last_range is not None and (last_explicit is None or last_range.start > last_explicit.start) \
                and (c.start - last_range.end <= P.ANAPHORA_WINDOW or not para_break.between(last_range.end, c.start)):
            # «في الفترة 1860-1875 … وفي العام نفسه», «من 1840 إلى 1852، وفي العام التالي»: the last year
            y = year_of(last_range.end_date)
            prev = Anchor(y, None, None, f"preceding date {y:04d} (end of a range)")
        if kind == "month" and following is not None and following.start_date[:1] != "-" and (
                prev is None or following.start - c.end < c.start - last_explicit.end) \
                and not _OTHER_TIME_BETWEEN.search(t, c.end, following.start):
            # a day or month before a dated expression of its sentence, nearer than the one before
            # it («في 23 شباط وفي تالين يوم 24 فبراير عام 1918»): the year the sentence gives it
            y = following.start_date[:4]
            prev = Anchor(int(y), None, None, f"following date {y}")
        if kind == "month" and prev is None and last_explicit is not None:
            # a month without a year in the same paragraph as a dated expression takes its year
            if not para_break.between(last_explicit.end, c.start):
                prev = anchors[1] = anchors[1] or Anchor(
                    year_of(last_explicit.start_date), None, None, f"preceding date {year_text(last_explicit.start_date)}")
        if c.part and kind == "month" and prev is None and narrative is not None and (
                default is None or default.y - 1 <= year_of(narrative.start_date) <= default.y):
            # a quarter named without a year in a text about a recent year (a yearly report
            # published the next year): the year of the text's last narrative date
            y = year_of(narrative.start_date)
            prev = Anchor(y, None, None, f"preceding date {year_text(narrative.start_date)} (the text's year)")
        if kind == "month" and default is not None and (
                c.day_check is not None and c.day_check[0] > 0
                or c.relative[2] is not None and P.WEEKDAY_DEIXIS_BEFORE.search(t, max(0, c.start - 30), c.start)):
            # «أمس الاثنين 17 آذار»: the day before the time of writing, not the narrative's; «يوم الجمعة الماضي 31
            # أكتوبر»: the last Friday before it
            prev = None
        a = prev or default
        if deictic and default is not None:
            # the present («العام الجاري», «هذا العام», «الربع الثاني من العام الجاري») is the time
            # of writing (the publication or given date), not a date of the narrative
            a = default
        if prev is None and anaphoric and _is_anaphoric_word(t, c):
            a = None  # «العام التالي» with nothing before it to follow
        _resolve(c, a, default)
        _narrow_to_days(c)
        if kind == "month" and a is default and a is not None:
            _by_weekday(t, c)
        if kind == "shift" and not anaphoric and c.relative[1] == "year" and c.start_date and c.granularity == "year":
            last_rel = c  # what a later «العام نفسه» may refer back to
        if c.part and c.start_date and c.part[0] == "months":  # «الأشهر التسعة الأولى من العام الجاري»
            y, (first, last) = year_of(c.start_date), c.part[1]
            c.start_date, c.end_date = iso(y, first), iso(y, last, last_day(y, last))
            c.granularity = "month"
        elif c.part and c.start_date:  # a quarter or half of the year resolved
            c.start_date, c.end_date = part_interval(c.part[0], c.part[1], year_of(c.start_date))
            c.granularity = c.part[0]
        elif kind == "month" and c.start_date and c.relative[2] is not None and not _OF_YEAR.match(t, c.end):
            # a day named without its year, once resolved, is the date just mentioned («في 17
            # حزيران. وفي اليوم التالي»)
            last_explicit, anchors = c, [None, None]


def _by_weekday(t: str, c: Cand) -> None:
    """A day named without its year but with its weekday («المقرر … يوم الثلاثاء 18 تشرين الثاني» in a text
    of 21 October 2025): resolved to the latest such day not after the time of writing (18 November 2024, a
    Monday), it moves to the next year's when that one falls on the weekday named (18 November 2025, a
    Tuesday): an event still to come."""
    if c.granularity != "day" or not c.start_date or c.start_date[:1] == "-" or c.relative[2] is None:
        return
    m = re.search(rf"(?<![\u0621-\u064A])[وفب]?(?P<wd>{P.WEEKDAY_AR})[^\S\n]*[،,]?[^\S\n]*$", t[max(0, c.start - 30):c.start])
    if m is None:
        return
    named = P.WEEKDAYS.get(m.group("wd"))
    day = date.fromisoformat(c.start_date)
    if named is None or day.weekday() == named or not valid(day.year + 1, day.month, day.day):
        return
    nxt = date(day.year + 1, day.month, day.day)
    if nxt.weekday() == named:
        c.start_date = c.end_date = nxt.isoformat()
        c.note = "; ".join(filter(None, [c.note, "the year after: the one whose day is the weekday named"]))


def _narrow_to_days(c: Cand) -> None:
    """A day range of a month resolved («من 12 إلى 15 مايو المقبل»): its days, or none if invalid."""
    if c.days is None or not c.start_date:
        return
    y, m = year_of(c.start_date), int(c.start_date[-5:-3])
    if valid(y, m, c.days[0]) and valid(y, m, c.days[1]):
        c.start_date, c.end_date = iso(y, m, c.days[0]), iso(y, m, c.days[1])
        c.granularity = "day"
    else:
        c.start_date = c.end_date = None


def check_days(cands: list[Cand], default: Anchor | None) -> None:
    """A day named with «أمس» or its weekday («أمس الخميس 13 تشرين الثاني») checked against them:
    the note says when the weekday is not the date's or the date is not the day before the anchor."""
    names = {v: k for k, v in P.WEEKDAYS.items() if not k.isascii()}
    for c in cands:
        if c.day_check is None or c.granularity != "day" or not c.start_date or c.start_date[:1] == "-":
            continue
        n, wd = c.day_check
        day = date.fromisoformat(c.start_date)
        problems = []
        if wd is not None and day.weekday() != wd:
            problems.append(f"{c.start_date} is a {day.strftime('%A')}, not the «{names.get(wd, wd)}» named")
        if c.relative is None or c.relative[0] != "yesterday":
            if default is not None and default.d is not None:
                expected = date(default.y, default.m, default.d) - timedelta(days=n)
                if expected != day:
                    problems.append(f"{n} day(s) before the anchor ({default.label}) is {expected.isoformat()}")
        if problems:
            c.note = "; ".join(filter(None, [c.note, "day named disagrees: " + "; ".join(problems)]))


def _is_baseline(t: str, c: Cand) -> bool:
    """Whether a date is the baseline of a comparison («مقابل 4 مليارات في عام 2023»): a baseline
    word before it in the same clause (at most 80 characters before)."""
    return P.BASELINE.search(t, max(0, c.start - 80), c.start) is not None


_FROM = re.compile(r"(?<![\u0621-\u064A\w])(?:[وف]?من|from)[^\S\n]", re.I)
_SENTENCE_END = re.compile(r"[.!?؟](?!\d)|\n")
_CLAUSE_END = re.compile(r"[.!?؟،,;:](?!\d)|\n")
_TO = re.compile(r"(?<![\u0621-\u064A\w])(?:الى|الي|إلى|حتى|حتي|to)(?![\u0621-\u064A\w])", re.I)


def _from_member(t: str, e: Cand, c: Cand) -> bool:
    """Whether the date ``e`` dates the first member of a from–to comparison whose second member the
    relative expression ``c`` dates («ارتفعت من 78 مليون دينار سنة 2023 إلى 96 مليون دينار العام الماضي»,
    «from 1,240 cases in 2023 to 6,480 last year»): the two members are dated apart, each from the
    time of writing, and a deictic «الماضي» does not count from the other member's date. A «من» (from)
    before ``e`` in its clause, a «إلى» (to) between the two, and no sentence end."""
    between = t[e.end:c.start]
    if len(between) > 120 or _SENTENCE_END.search(between) or not _TO.search(between):
        return False
    before = t[max(0, e.start - 80):e.start]
    clause = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0):]
    return _FROM.search(clause) is not None


def _is_anaphoric_word(t: str, c: Cand) -> bool:
    span = t[c.start : c.end]
    return any(w in span for w in P.ANAPHORA) or span[:4].lower() == "the " or span[-5:].lower() == "later" \
        or span[-7:].lower() == "earlier"


# a word between a day or month without its year and a later date of its sentence that puts that date in
# another time: «مقابل 1020 سفينة في سبتمبر، … منذ بدء الهجمات … في نوفمبر 2023» (since then, not then)
_OTHER_TIME_BETWEEN = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:منذ|بعد|قبل|عقب|مقابل|since|after|before)(?![\u0621-\u064A])", re.I)
# «المقبل/القادم» in every number and gender («العام المقبل»، «السنتين المقبلتين»، «العامين القادمين»)
_COMING = re.compile(r"(?:المقبل|القادم)(?:ه|ة|ان|ين|تان|تين|ات)?(?![\u0621-\u064A])")
_OF = re.compile(r"[^\S\n]+من[^\S\n]+$")
_OF_YEAR = re.compile(r"[^\S\n]+من[^\S\n]+(?:ال)?(?:عام|سنه)(?![\u0621-\u064A])")  # «… من العام المقبل»


def join_months_of_years(t: str, cands: list[Cand]) -> list[Cand]:
    """A month (or day) named without a year followed by «من» and a relative year («أيلول من العام
    نفسه», «آذار من العام الماضي»): one row, that month of the year the relative names."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.relative is not None and prev.relative[0] == "month" and prev.part is None
                and prev.days is None and c.type == "relative" and c.granularity == "year" and c.relative is not None
                and _OF.match(t[prev.end : c.start])):
            _, mon, d = prev.relative
            prev.end, prev.anchor, prev.type = c.end, c.anchor, "relative"
            prev.start_date = prev.end_date = None
            if c.start_date and c.start_date[:1] != "-" and valid(year_of(c.start_date), mon, d):
                prev.start_date, prev.end_date, prev.granularity = interval(year_of(c.start_date), mon, d)
            continue
        out.append(c)
    return out
