"""Gaps counted from or to the text's present, in shapes that name the present.

``present-gap`` (findings of kind ``duration-mismatch``)
    A number of years between the time of writing and a date the same phrase gives:

    * *ahead* — a date glossed by the gap from now, or a gap glossed by the date it reaches: «بحلول عام 2030،
      أي بعد خمس سنوات من تاريخ هذه الورقة»، «… 2030، أي بعد خمس سنوات من الآن»، «خلال خمس سنوات، أي
      بحلول عام 2030»، «بحلول عام 2030، أي خلال خمس سنوات»: the date is N years after the present;
    * *a term from now* — «أعلنت الوزارة اليوم … سندات لأجل خمس سنوات تنتهي عام 2030»: a term closed by the year it
      ends, in a sentence that speaks of today and dates nothing before it, ends N years after the present;
    * *since* — a gap after a dated event told in a sentence that speaks of today: «أعلنت الهيئة اليوم … بعد
      تسع سنوات على توقيع اتفاقية إنشائها في مايو 2016» (the event's date in the gap's own phrase), «عندما وقّعنا
      الاتفاقية في مايو 2016 كان الموقع أرضاً خالية، واليوم، بعد تسع سنوات، يعمل فيه …» (the date told just
      before «اليوم، بعد N»): the present is N years after the date. Inside a quotation the present is the time of
      its speaking when the text dates it just before the quotation («قال في حديث أجراه معه المركز في أيار 2024:
      «وقّعنا في مارس 2019، واليوم، بعد خمس سنوات، …»»), and «اليوم، بعد أكثر من N» gives N as a floor.

    The present is the one the text names (a dateline, a byline, a publication cue, a given date:
    :func:`.appositions.present_date` when the text's anchor is one of those). The gap fits within a year of
    the years alone, or, when both months are known, when the months between are N years rounded either way.
    A date glossed as a gap from the present that runs the other way («بحلول عام 2030، أي قبل خمس سنوات من تاريخ هذه
    الورقة») is an ``order-word-contradiction``. A gap with an approximator («نحو»، «أكثر من») is left alone, and so is a gap ahead said without «from now» in a
    sentence that dates itself before it («وفي عام 2019 أعلنت خطة لرفعها خلال عشر سنوات، أي بحلول عام 2029»: counted
    from 2019) or counted from another event («بحلول 2040، أي بعد سبعة عشر عاماً من التقرير»).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from . import detector, per_ordered_text
from .appositions import _months
from .chronology import POINT_TYPES, dated_mentions, raw_span

NAME = "present-gap"
KIND = "duration-mismatch"
_AL = r"\u0621-\u064A"


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import words
    from .durations import _alt
    from .gaps import now_word

    units, duals = _alt(words("durations", "units")), _alt(words("durations", "duals"))
    gap = rf"(?P<gap>(?P<dual>{duals})|(?P<num>\d{{1,3}}|[{_AL}]+(?:\s+[{_AL}]+){{0,2}}?)\s+(?:{units}))(?![{_AL}])"
    w = lambda k: words("gaps", f"present_{k}")  # noqa: E731
    now, by, within = _alt(w("from_now")), _alt(w("by")), _alt(w("within"))
    year = r"(?:(?:عام|سنه|العام)\s+)?"
    gloss = r"\s*[،,]\s*(?:اي|يعني)\s+"
    # «Y، أي بعد N من الآن» (Y the dated mention just before)
    ahead_after = re.compile(rf"{gloss}(?:(?P<after>بعد|after)|(?P<back>قبل|before))\s+{gap}\s+(?:{now})(?![{_AL}])", re.I)
    # «خلال N، أي بحلول عام Y»
    within_by = re.compile(rf"(?<![{_AL}])(?:{within})\s+{gap}{gloss}(?:{by})\s+"
                           rf"(?:(?P<season>(?:ال)?موسم(?:\s+(?:الزراعي|الفلاحي))?)\s+|{year})(?=\d)")
    # «بحلول عام Y، أي خلال N»
    # (not «بعد N من التقرير»: counted from another event)
    by_within = re.compile(rf"{gloss}(?:{within})\s+{gap}(?:\s+(?:{now})(?![{_AL}])|(?!\s+(?:من|علي|على|منذ)(?![{_AL}])))")
    # a sentence that speaks of today
    today = re.compile(rf"(?<![{_AL}])[وف]?(?:{now_word()})(?![{_AL}])(?!\s+(?:{_alt(w('not_today'))})(?![{_AL}]))",
                       re.I)
    # «بعد N على/من <event …> في/عام D» and «اليوم، بعد N»
    since = re.compile(rf"(?<![{_AL}])(?:بعد)\s+{gap}(?P<event>\s+(?:علي|على|من)\s+(?:[{_AL}]+\s+){{1,6}}?(?:في|عام|سنه|منذ)\s+)?")
    today_gap = re.compile(rf"[،,]?\s*(?:بعد)\s+{gap}")
    by_before = re.compile(rf"(?<![{_AL}])(?:{by})\s+{year}$")
    # «…، وبعد ثماني سنوات ما زال الحقل …»: a gap, then what still holds
    still_gap = re.compile(rf"(?<![{_AL}])[وف]?(?:بعد)\s+{gap}\s+(?:{_alt(w('still'))})(?![{_AL}])", re.I)
    # «أعلن اليوم … سندات لأجل خمس سنوات تنتهي عام 2030»: a term from now, closed by the year it ends
    term_end = re.compile(rf"(?<![{_AL}])(?:لاجل|لمده|بمده|مدتها|مدته)\s+{gap}\s*[،,]?\s*(?:تنتهي|ينتهي|تستحق|يستحق)\s+"
                          rf"(?:في\s+)?{year}(?=\d)")
    # «…، وبعد ست سنوات نستقبل اليوم آخر عربة»: a gap, then (within two words) today
    gap_today = re.compile(rf"(?<![{_AL}])[وف]?(?:بعد)\s+{gap}\s+(?:[{_AL}]+\s+){{0,2}}?(?:{now_word()})(?![{_AL}])", re.I)
    # «…، وبعد ثلاث سنوات صار هو القاعدة»: a gap, then a past verb of becoming
    became = re.compile(rf"(?<![{_AL}])[وف]?(?:بعد)\s+{gap}\s*[،,]?\s*(?:{_alt(w('became'))})(?![{_AL}])", re.I)
    return (ahead_after, within_by, by_within, today, since, today_gap, by_before, still_gap, term_end, gap_today,
            became)


def _fits(early_year: int, early_months: int | None, late_year: int, late_months: int | None, n: int) -> bool:
    """Whether ``n`` years lie between the two ends: by months when both are known (the whole years passed, or
    rounded to the nearest year, with a month of slack; or the difference of the years: December 2016 to October
    2025 is eight years or nine, June 2023 to November 2025 two, not three), else within a year of the years alone."""
    if early_months is not None and late_months is not None:
        d = late_months - early_months
        return (d - 1) // 12 <= n <= math.ceil((d + 1) / 12 - 0.5) or n == late_year - early_year
    return abs((late_year - early_year) - n) <= 1


def _present_of(tf: TextFacts) -> tuple[int, int | None] | None:
    """The year of the text's present and its months count (None when the month is unknown), when the text
    names its present (a dateline, a byline, a publication cue, a given date)."""
    from .appositions import _PRESENT, present_date

    anchor = tf.dates.attrs.get("anchor")
    if not anchor or not any(w in str(anchor[1]) for w in _PRESENT) or "headline" in str(anchor[1]):
        return None
    p = present_date(tf)
    if not p:
        return None
    return int(p[:4]), (int(p[:4]) * 12 + int(p[5:7]) - 1 if len(p) >= 7 else None)


_MORE_THAN = re.compile(r"(?:اكثر\s+من|ما\s+يزيد\s+علي|more\s+than|over)", re.I)


# «، أي بعد سبعة أشهر من اليوم»، «، أي خلال أقل من أربعة أشهر»: a gloss of a date by the months from the text's day
_MONTHS_AHEAD = re.compile(
    r"[،,]\s*(?:اي|يعني)\s+(?:بعد|خلال|في\s+غضون)\s+(?:(?P<q>اقل\s+من|اكثر\s+من|نحو|حوالي|قرابه)\s+)?"
    r"(?:(?P<one>شهر(?:\s+واحد)?)|(?P<two>شهرين)|(?P<num>\d{1,2}|[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)\s+"
    r"(?:اشهر|شهور|شهرا))(?![\u0621-\u064A])(?:\s+(?:من\s+)?(?:اليوم|الان|الآن))?")


_QUALIFIERS_EN = {"اقل من": "less than ", "اكثر من": "more than "}


def _months_stated(m: re.Match, en: dict) -> tuple[float, str] | None:
    """The months of a match of :data:`_MONTHS_AHEAD` and its qualifier, or None."""
    from .durations import _number

    if m.group("one") or m.group("two"):
        n = 1 if m.group("one") else 2
    else:
        v = _number(m.group("num"), en)
        if v is None or v[1] != len(m.group("num")) or not 0 < v[0] <= 36:
            return None
        n = v[0]
    return n, re.sub(r"\s+", " ", m.group("q") or "")


def _months_ahead(tf: TextFacts, m: re.Match, got: tuple[float, str], y, today_iso: str) -> list[Finding]:
    """A date glossed by the months between the text's day and it: «أقل من N» wrong only when the date ends further,
    «أكثر من N» when it begins nearer, «نحو N» or a bare N when N is more than a month from the days it spans."""
    from datetime import date

    n, q = got
    try:
        today = date.fromisoformat(today_iso[:10])
        lo = (date.fromisoformat(y.start_date[:10]) - today).days / 30.44
        hi = (date.fromisoformat(y.end_date[:10]) - today).days / 30.44
    except ValueError:
        return []
    if hi < 0:
        return []
    fits = hi <= n + 0.25 if q == "اقل من" else lo >= n - 0.25 if q == "اكثر من" else lo - 1 <= n <= hi + 1
    if fits:
        return []
    s, e = m.start("one") if m.group("one") else m.start("two") if m.group("two") else m.start("num"), m.end()
    return [Finding(
        kind=KIND, severity="warning",
        message=(f"The text puts {y.start_date[:7]} {_QUALIFIERS_EN.get(q, 'about ' if q else '')}{n:g} months after its "
                 f"day ({today_iso[:10]}): "
                 f"{lo:.1f} to {hi:.1f} months."),
        spans=[raw_span(tf, a, b) for a, b in sorted({(y.nstart, y.nend), (s, e)})],
        evidence={"rule": "a date glossed by the months from the text's day («، أي بعد سبعة أشهر من اليوم»)",
                  "stated": n, "date": y.start_date[:10], "present": today_iso[:10]},
    )]


def _speech_time(text: str, at: int, mentions: list):
    """Inside a quotation («…», straight quotes in the normalised text), the date its speaking is given just before
    it («في حديث أجرته معه صحيفة في مارس الماضي: «…»»: the last dated mention within 160 characters before the
    opening mark, in its paragraph); None outside a quotation or when no date is given there."""
    para = max(text.rfind("\n", 0, at), 0)
    seg = text[para:at]
    if seg.count('"') % 2 == 1:
        q = para + seg.rfind('"')
    elif seg.rfind("«") > seg.rfind("»"):
        q = para + seg.rfind("«")
    else:
        return None
    return next((x for x in reversed(mentions) if max(para, q - 160) <= x.nstart and x.nend <= q
                 and x.start_date and x.start_date[:4].isdigit() and not _BORN.search(text, max(0, x.nstart - 16), x.nstart)),
                None)


# a year of birth before a quotation is not the time of its speaking («… المولود عام 1968 …، في مؤتمر صحفي: "…"»)
_BORN = re.compile(r"(?:مولود|المولود|المولوده|ولد|ولدت|مواليد|born)(?:\s+\S+){0,2}\s*$", re.I)


def _findings(tf: TextFacts) -> list[Finding]:
    from .durations import _number, _patterns as dur_patterns

    present = _present_of(tf)
    if present is None:
        return []
    (ahead_after, within_by, by_within, today, since, today_gap, by_before, still_gap, term_end, gap_today,
     became) = _patterns()
    _, _, approx, en = dur_patterns()
    text = tf.norm.text
    every = dated_mentions(tf)
    points = [x for x in every if x.type in POINT_TYPES and x.modifier is None and x.type != "year_range"]
    py, pm = present

    def number_start(m) -> int | None:
        """Where a gap's number starts (its own words: «في المائة خلال خمس» is five), None when it reads as none."""
        if m.group("dual"):
            return m.start("dual")
        v = _number(m.group("num"), en)
        return None if v is None else m.end("num") - v[1]

    def years(m, floor: bool = False) -> int | float | None:
        """The years of a gap; None when it is approximated (with ``floor``, but for «أكثر من»: a floor, returned
        with a half year when «ونصف» follows) or has no number."""
        at = number_start(m)
        if at is None:
            return None
        a = approx.search(text, max(0, at - 25), at)
        if a is not None and not (floor and _MORE_THAN.search(a.group())):
            return None
        n = 2 if m.group("dual") else _number(m.group("num"), en)[0]
        return n + 0.5 if floor and a is not None and re.match(r"\s*ونصف", text[m.end("gap"):]) else n

    def gap_span(m):
        return number_start(m), m.end("gap")

    out = []

    def since_date(m, y, at: int, floor: bool) -> None:
        """A gap ``m`` since the date ``y``, told at ``at``: inside a quotation dated just before, counted to the time
        of its speaking; with ``floor``, «أكثر من N» gives N as a floor."""
        spoken = _speech_time(text, at, every)
        now = (year_of(spoken.start_date), _months(spoken)) if spoken is not None else None
        n, at_least = years(m), False
        if not n and floor:
            n, at_least = years(m, floor=True), True
        if n and year_of(y.start_date) < (now or present)[0]:
            report(m, n, y, False, now, at_least)

    def past_gap(m, n: int, y) -> None:
        """A gap after the date ``y`` to what has happened since: its end must not lie after the present (a month of
        slack when both months are known, else by the years)."""
        spoken = _speech_time(text, m.start(), every)
        py, pm = (year_of(spoken.start_date), _months(spoken)) if spoken is not None else present
        ys, ym = year_of(y.start_date), _months(y)
        if (ym + 12 * n <= pm + 1) if ym is not None and pm is not None else ys + n <= py:
            return
        emit(m, n, y, py, f"The text puts what happened {n} years after {y.start_date[:7] if ym is not None else ys}, "
                          f"which is after its present ({py}).",
             "a gap after a date to what has happened since, ending after the text's present")

    def emit(m, n: int, y, py: int, message: str, rule: str) -> None:
        """A finding on the gap ``m`` and the date ``y`` it is counted from (or to)."""
        s, e = gap_span(m)
        out.append(Finding(
            kind=KIND, severity="warning", message=message,
            spans=[raw_span(tf, a, b) for a, b in sorted({(s, e), (y.nstart, y.nend)})],
            evidence={"rule": rule, "stated": n, "date": y.start_date[:10], "present": py},
        ))

    def report(m, n: int, y, ahead: bool, now=None, at_least: bool = False):
        ys, ym = year_of(y.start_date), _months(y)
        py, pm = now or present
        if at_least:  # «بعد أكثر من عامين ونصف»: N is a floor (a month of slack)
            ok = (pm - ym + 1) / 12 >= n if ym is not None and pm is not None else py - ys + 1 >= n
        else:
            ok = _fits(py, pm, ys, ym, n) if ahead else _fits(ys, ym, py, pm, n)
        if ok:
            return
        between = ys - py if ahead else py - ys
        emit(m, n, y, py, f"The text puts {y.start_date[:7] if ym is not None else ys} {n} years "
                          f"{'after' if ahead else 'before'} its present ({py}): {between} years.",
             "a gap between the text's present and a date of the same phrase")

    today_iso = None
    if pm is not None:
        from .appositions import present_date

        today_iso = present_date(tf)
    for _, _, sents in line_sentences(text):
        for ss, se in sents:
            own = [x for x in points if ss <= x.nstart < se]
            # ahead, in months: «في جوان 2026 …، أي بعد سبعة أشهر من اليوم»، «قبل نهاية آذار 2026، أي خلال أقل من
            # أربعة أشهر» (the date glossed just before, counted from the text's day)
            if today_iso and len(today_iso) >= 10:
                for m in _MONTHS_AHEAD.finditer(text, ss, se):
                    # (a deadline counts too: «قبل نهاية آذار 2026»)
                    y = next((x for x in reversed(every) if ss <= x.nstart and x.nend <= m.start() and x.type in POINT_TYPES
                              and x.type != "year_range"), None)
                    if y is None or len(text[y.nend:m.start()].split()) > 8 or _speech_time(text, m.start(), every):
                        continue  # (the date of the clause the gloss closes, not one of a quotation's speaking)
                    got = _months_stated(m, en)
                    if got is not None:
                        out.extend(_months_ahead(tf, m, got, y, today_iso))
            # ahead: «Y، أي بعد N من الآن»، «بحلول عام Y، أي خلال N»
            # (a gap said with no «from now» counts from the sentence's own time: not when it dates itself otherwise,
            # «وفي عام 2019 أعلنت خطة لرفعها خلال عشر سنوات، أي بحلول عام 2029»)
            dated = [x for x in every if ss <= x.nstart < se and x.start_date[:4] != str(py)]  # (not the present)
            for y in own:
                m = ahead_after.match(text, y.nend, se)
                if m is None and by_before.search(text, max(ss, y.nstart - 20), y.nstart) \
                        and all(x is y for x in dated if x.nstart < y.nstart):
                    m = by_within.match(text, y.nend, se)
                n = years(m) if m is not None else None
                if not n:
                    continue
                if "back" in m.re.groupindex and m.group("back"):
                    # «بحلول عام 2030، أي قبل خمس سنوات من تاريخ هذه الورقة» (a past date glossed so is read by the
                    # relative dates: «قبل N من الآن» names a year of its own)
                    if year_of(y.start_date) > py:
                        out.append(_wrong_way(tf, m, n, y, py))
                elif year_of(y.start_date) >= py:
                    report(m, n, y, True)
            # ahead: «خلال N، أي بحلول عام Y»
            for m in within_by.finditer(text, ss, se):
                y = next((x for x in own if x.nstart <= m.end() < x.nend), None)
                if any(x.nstart < m.start() for x in dated):
                    continue
                n = years(m)
                if y is None and n and m.group("season"):
                    # «خلال ثلاث سنوات، أي بحلول موسم 2027/2028»: a season of two years is reached in either
                    season = next((x for x in every if x.nstart <= m.end() < x.nend and x.type == "year_range"), None)
                    if season is not None and year_of(season.start_date) >= py and not any(
                            _fits(py, None, yy, None, n) for yy in (year_of(season.start_date), year_of(season.end_date))):
                        report(m, n, season, True)
                    continue
                if y is not None and n and year_of(y.start_date) >= py:
                    report(m, n, y, True)
            # ahead: a term from now closed by its year, in a sentence that speaks of today and dates nothing before it
            # («أعلن اليوم نجاح إصدار … لأجل خمس سنوات تنتهي عام 2030»)
            if today.search(text, ss, se):
                for m in term_end.finditer(text, ss, se):
                    y = next((x for x in own if x.nstart <= m.end() < x.nend), None)
                    n = years(m)
                    if y is None or not n or any(x.nstart < m.start() for x in dated):
                        continue
                    if year_of(y.start_date) >= py:
                        report(m, n, y, True)
            # since, told by what still holds: «دخلنا الحقل في ديسمبر 2016، وبعد ثماني سنوات ما زال …» (the date just
            # before the gap, across a comma at most)
            for m in still_gap.finditer(text, ss, se):
                before = [x for x in own if x.nend <= m.start()]
                if before and re.fullmatch(r"\s*[،,]?\s*", text[before[-1].nend:m.start()]):
                    since_date(m, before[-1], m.start(), floor=True)
            # since, told by today after the gap: «في سبتمبر 2019 …، وبعد ست سنوات نستقبل اليوم آخر عربة» (the date
            # told before the gap in its sentence)
            for m in gap_today.finditer(text, ss, se):
                before = [x for x in own if x.nend <= m.start()]
                if before:
                    since_date(m, before[-1], m.start(), floor=False)
            # what became so after a gap has happened: «زرنا الميناء في مارس 2022 …، وبعد ثلاث سنوات صار …» cannot
            # end after the present (of the text, or of the quotation's speaking)
            for m in became.finditer(text, ss, se):
                before = [x for x in own if x.nend <= m.start()]
                n = years(m)
                if before and n:
                    past_gap(m, n, before[-1])
            # since: a sentence that speaks of today
            t = today.search(text, ss, se)
            if t is None:
                continue
            # (inside a quotation the present is the time of its speaking, when the text dates it just before:
            # «قال في حديث أجراه معه المركز في أيار 2024: «وقّعنا في مارس 2019، واليوم، بعد خمس سنوات، …»»)
            for m in since.finditer(text, t.end(), se):
                if m.group("event"):  # «بعد N على توقيع الاتفاقية في مايو 2016»
                    y = next((x for x in own if x.nstart == m.end()), None)
                elif (tg := today_gap.match(text, t.end())) is not None and tg.end() == m.end():
                    # «… في مايو 2016 …، واليوم، بعد تسع سنوات،»: the date told just before «اليوم»
                    before = [x for x in own if x.nend <= t.start()]
                    y = before[-1] if before else None
                else:
                    y = None
                if y is not None:  # (a floor only for «واليوم، بعد أكثر من عامين ونصف»)
                    since_date(m, y, t.start(), floor=m.group("event") is None)
    return out


def _wrong_way(tf: TextFacts, m: re.Match, n: int, y, py: int) -> Finding:
    """«بحلول عام 2030، أي قبل خمس سنوات من تاريخ هذه الورقة»: the order word against the date and the present."""
    g = "after" if m.group("after") else "back"
    word = m.group(g)
    return Finding(
        kind="order-word-contradiction", severity="warning",
        message=(f"The text puts {year_of(y.start_date)} {n} years «{word}» its present ({py}), but {year_of(y.start_date)} "
                 f"is after it."),
        spans=[raw_span(tf, a, b) for a, b in sorted({(m.start(g), m.end("gap")), (y.nstart, y.nend)})],
        evidence={"rule": "a date glossed as a gap from the text's present that runs the other way", "stated": n,
                  "date": y.start_date[:10], "present": py},
    )


@detector(NAME)
def present_gap(facts: Facts) -> list[Finding]:
    """A gap between the text's present and a date of the same phrase («بحلول عام 2030، أي بعد خمس سنوات من
    تاريخ هذه الورقة»، «اليوم … بعد تسع سنوات على توقيعها في مايو 2016»)."""
    return per_ordered_text(_findings)(facts)
