"""Stated gaps: «أي بعد N سنوات» and «بعد N أشهر من … عام Y» against the two dates they relate.

``stated-gap`` (findings of kind ``duration-mismatch`` or ``order-word-contradiction``)
    A gap of time stated between two dated events of one sentence, in two shapes:

    * *X … Y، أي بعد N* — a gloss opened by «أي» (``lang/gaps.yml`` ``gloss``) right after the
      second of two dated mentions (within six words): «بدأ العمل عام 1900 ووصل إلى المدينة عام
      1908، أي بعد ثماني سنوات» says Y is N years after X (the «من …» that may follow names the
      first event, «أي بعد ثلاثة أشهر من توقيع العقد», and carries no date of its own);
    * *Y، بعد/قبل N من … X* — the first event is named with its own date in the «من» phrase
      (within eight words, no comma): «أدرجت أسهمها عام 2008، بعد عشر سنوات من تأسيسها عام 1998»
      says Y is N years after (before) X; a sentence «وقد جاءت الزيارة بعد N من صفقة 2006» takes Y
      from the sentence before, the event its subject names back to.

    * *X. وبعد N، … Y* — a sentence opened by a gap («وبعد ثلاث سنوات»، «وبعد ذلك بعامين»، «وقبلها
      بست سنوات») whose first clause gives a date Y, counted from the last date X of the sentence
      before in its paragraph (a gap counted from something else, «وبعد ثلاث سنوات من الإهمال»، is
      left alone).

    N is a number of years or months (digits, words, a dual: «عامين»، «ثلاثة أشهر»); X and Y are
    points (a day, month or year without a since/until of their own). Years are counted by their
    months when both dates name a month. A gap more than a year (a month, for months) away from
    the dates' difference is a ``duration-mismatch`` (a warning); in the first and third shapes, a
    second date on the wrong side of the first contradicts the order word itself: an ``order-word-contradiction``
    (the second shape's order is :mod:`.chronology`'s). A gap with an approximator is checked by
    :func:`approx_fits` («أكثر من N»: at least N; «أقل من N»: at most N; «نحو N»: half a unit more slack). Texts whose word order was scrambled by extraction are
    skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..text.spans import held_by
from ..extract.dates.intervals import iso_key
from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from . import detector
from .chronology import POINT_TYPES, dated_mentions, is_birth, names_event, raw_span
from .durations import UNORDERED_FORMS, _alt, _number

NAME = "stated-gap"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_GLOSS_REACH = 6  # words between the second date and «أي»
_FROM_REACH = 8  # words between «من» and the first event's date
_COUNTED_FROM = re.compile(r"\s+(?:من|علي|of|from)\s+(?!ذلك)", re.I)


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import lexicon, words

    lex = lexicon("durations")
    yu, yd = _alt(words("durations", "units")), _alt(words("durations", "duals"))
    mu, md = _alt(lex["short_units"]["month"]), _alt(lex["short_duals"]["month"])
    wu, wd = _alt(lex["short_units"]["week"]), _alt(lex["short_duals"]["week"])
    du, dd = _alt(lex["short_units"]["day"]), _alt(lex["short_duals"]["day"])
    gl = _alt(words("gaps", "gloss"))
    after, before = _alt(words("gaps", "after")), _alt(words("gaps", "before"))
    approx = _alt(words("durations", "approximators"))
    num = rf"(?P<num>\d{{1,3}}|[{_AL}]+(?:\s+[{_AL}]+){{0,2}}?)"
    length = (rf"(?P<approx>(?:{approx})\s+)?"
              rf"(?:(?P<dual_y>{yd})|(?P<dual_m>{md})|(?P<dual_w>{wd})|(?P<dual_d>{dd})"
              # one year, month or week, its noun alone or with «واحد»: «أي بعد شهر واحد من الاستقلال»، «قبل عام من
              # التوقيع» (never «بعد عام 2003», a year); one day only with «واحد» («بعد يوم الاستقلال» is no gap).
              # Tried before a number and its unit: «بعد أسبوع في البرلمان يوم 23 مارس» is one week
              rf"|(?P<one_y>(?:عام|سنه)(?:\s+واحده?)?)(?!\s*[\d٠-٩])(?![{_AL}])|(?P<one_m>شهر(?:\s+واحد)?)(?![{_AL}])"
              rf"|(?P<one_w>اسبوع(?:\s+واحد)?)(?![{_AL}])|(?P<one_d>يوم\s+واحد)(?![{_AL}])"
              rf"|{num}\s+(?:(?P<unit_y>{yu})|(?P<unit_m>{mu})|(?P<unit_w>{wu})|(?P<unit_d>{du}))"
              # decades and centuries, said round: «قبل ربع قرن»، «بعد عقدين»، «بعد أكثر من ثلاثة عقود» (never
              # «بعد عقد الاجتماع», the holding of a meeting)
              rf"|{ROUND_LENGTH})"
              # years and months: «أربع سنوات وسبعة أشهر»، «عامين وشهرين»، «خمس سنوات وشهر»
              rf"(?:(?<=[{_AL}])\s+و(?:(?P<plus_dual_m>{md})|(?P<plus_num_m>\d{{1,2}}|[{_AL}]+)\s+(?:{mu})"
              rf"|(?P<plus_one_m>شهرا?(?:\s+واحدا?)?)|(?P<plus_part>نصف|ربع)))?(?![{_AL}])")
    gap = re.compile(
        rf"(?<![{_AL}])(?P<gloss>[وف]?(?:{gl})\s+)?(?:(?P<after>{after})|(?P<before>{before}))\s+{length}")
    # («… بعد عامين من قمة شيان الأولى (18 و19 ماي 2023)»: the first event's date may stand in brackets)
    frm = re.compile(rf"\s+(?:{_alt(words('gaps', 'from'))})\s+(?P<rest>[^,،؛;:()]*?)(?:\s*\()?\s*$")
    # a sentence opened by a gap: «وبعد ثلاث سنوات»، «وبعد ذلك بعامين»، «وقبلها بست سنوات»
    opening = re.compile(
        rf"(?P<gloss>(?!))?[وف]?(?:(?P<after>{after})|(?P<before>{before}))(?:ها|ه|\s+ذلك)?\s+ب?{length}")
    # «وقبل خمسة عشر عاماً، في أيلول 2010»: a gap with its conjunction, read by appositions.py (counted from now)
    joined = re.compile(
        rf"(?<![{_AL}])(?P<gloss>(?!))?[وف](?:(?P<after>{after})|(?P<before>{before}))\s+{length}")
    # a lapse said after what it measures, with «ب»: «سبق … في مايو 1956 بأقل من عام»، «تلاه … بعامين» (orderverbs.py)
    by = re.compile(rf"\s*[،,]?\s*(?P<gloss>(?!))?(?P<after>(?!))?(?P<before>(?!))?ب{length}")
    return gap, frm, opening, joined, by


_UNITS = (("y", "year"), ("m", "month"), ("w", "week"), ("d", "day"))

ROUND_LENGTH = (rf"(?P<part_c>ربع|نصف|ثلث)\s+(?:قرن|القرن)|(?P<dual_dec>عقدين|عقدان)|(?P<dual_c>قرنين|قرنان)"
                rf"|(?P<one_dec>عقد(?:\s+واحد)?)(?!\s+ال|\s*[\d٠-٩])|(?P<one_c>قرن(?:\s+واحد)?)(?!\s+ال|\s*[\d٠-٩])"
                rf"|(?P<numr>\d{{1,2}}|[{_AL}]+)\s+(?:(?P<unit_dec>عقود)|(?P<unit_c>قرون))")
"""A length said round in decades or centuries («ربع قرن»، «عقدين»، «ثلاثة عقود»; never «عقد الاجتماع», the
holding of a meeting): its groups are read by :func:`round_years`."""


def round_years(m: re.Match) -> float | None:
    """The years of a match of :data:`ROUND_LENGTH` (None when none of its groups matched)."""
    if not any(m.groupdict().get(k) for k in ("part_c", "numr", *_ROUND)):
        return None
    got = _stated_head(m)
    return got[1] if got else None


_ROUND = {"part_c": None, "dual_dec": 20, "dual_c": 200, "one_dec": 10, "one_c": 100, "unit_dec": 10, "unit_c": 100}
_PARTS = {"ربع": 25, "نصف": 50, "ثلث": 33}
ROUND_SLACK = 0.15
"""Of a gap said in decades or centuries («قبل ربع قرن»، «بعد عقدين»): the share of it a writer rounds
(a quarter of a century is 21 to 29 years), on top of a unit of slack."""


def round_slack(m: re.Match) -> float:
    """The extra slack of a gap said in decades or centuries (0 for one said in years or months)."""
    got = _stated(m)
    return ROUND_SLACK * got[1] if got and any(m.groupdict().get(k) for k in _ROUND) else 0


def _stated(m: re.Match) -> tuple[str, float] | None:
    got = _stated_head(m)
    if got is not None and m.groupdict().get("plus_part"):
        # «أربع سنوات ونصف»، «ثلاثة أشهر وربع»: a half or a quarter of the unit more
        return got[0], got[1] + (0.5 if m.group("plus_part") == "نصف" else 0.25)
    if got is None or got[0] != "year" or not any(m.groupdict().get(k) for k in ("plus_dual_m", "plus_num_m", "plus_one_m")):
        return got
    # «أربع سنوات وسبعة أشهر»: the months added to the years
    if m.group("plus_dual_m"):
        months = 2
    elif m.group("plus_one_m"):
        months = 1
    else:
        from ..lang import lexicon

        en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()}
        v = _number(m.group("plus_num_m"), en)
        if v is None or v[1] != len(m.group("plus_num_m")) or not 0 < v[0] < 12:
            return got
        months = v[0]
    return "year", round(got[1] + months / 12, 2)


def _stated_head(m: re.Match) -> tuple[str, int] | None:
    if m.groupdict().get("part_c"):
        return "year", _PARTS[m.group("part_c")]
    for k in ("dual_dec", "dual_c", "one_dec", "one_c"):
        if m.groupdict().get(k):
            return "year", _ROUND[k]
    if m.groupdict().get("numr"):
        from ..lang import lexicon

        en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()}
        v = _number(m.group("numr"), en)
        if v is None or v[1] != len(m.group("numr")) or not 0 < v[0] < 30:
            return None
        return "year", v[0] * (10 if m.group("unit_dec") else 100)
    for k, unit in _UNITS:
        if m.group(f"dual_{k}"):
            return unit, 2
        if m.group(f"one_{k}"):
            return unit, 1
    from ..lang import lexicon

    en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()}
    v = _number(m.group("num"), en)
    if v is None or v[1] != len(m.group("num")) or v[0] <= 0:
        return None
    return next(unit for k, unit in _UNITS if m.group(f"unit_{k}")), v[0]


def _months(m) -> int | None:
    """Months since year 0 of a mention that names a month (None for a bare year)."""
    if m.row.get("granularity") not in ("day", "month"):
        return None
    return year_of(m.start_date) * 12 + int(m.start_date[-5:-3]) - 1


def _days_apart(x, y) -> int | None:
    """The days from ``x`` to ``y`` when both name their day, else None."""
    if x.row.get("granularity") != "day" or y.row.get("granularity") != "day":
        return None
    from datetime import date

    return (date.fromisoformat(y.start_date[:10]) - date.fromisoformat(x.start_date[:10])).days


def _difference(x, y, unit: str) -> tuple[float, float] | None:
    """The (lowest, highest) difference y − x in ``unit`` the two mentions allow (weeks and days only
    between two days: None otherwise)."""
    days = _days_apart(x, y)
    if unit in ("week", "day"):
        if days is None:
            return None
        d = days / 7 if unit == "week" else days
        return d, d
    if unit == "month" and days is not None:  # two days: the months between them, to the day («بعد أقل من شهر»: 26 days)
        return days / DAYS_PER_MONTH, days / DAYS_PER_MONTH
    mx, my = _months(x), _months(y)
    if mx is not None and my is not None:
        d = my - mx
        return (d, d) if unit == "month" else (d / 12, d / 12)
    d = year_of(y.start_date) - year_of(x.start_date)
    return (d, d) if unit == "year" else ((d - 1) * 12, (d + 1) * 12)


DAYS_PER_MONTH = 30.44
YEAR_SLACK_MONTHS = 0.6
"""Years of slack when both dates name their month: «في 1 يناير 2003، وبعد خمس سنوات … في 1 يناير 2008»
is five years to the month, so six is wrong; a writer rounds half a year, not a whole one. Between
two bare years («بعد 2024 … عام 2029، أي بعد خمس سنوات») the count of the ends may differ by one."""


_AT_LEAST = frozenset({"اكثر من", "ما يزيد علي", "more than", "over", "at least"})
_AT_MOST = frozenset({"اقل من", "less than", "under"})


def approx_fits(word: str | None, n: float, lo: float, hi: float, slack: float) -> bool:
    """Whether a gap of ``n`` said with the approximator ``word`` fits dates ``lo``-``hi`` apart:
    «أكثر من N» is wrong only when the dates are less than N apart, «أقل من N» only when they are
    more, «نحو N» (about) when they are further than the slack and half a unit from N (half the rounding
    step of a round N: «نحو ثلاثين» reaches 25 and 35)."""
    w = re.sub(r"\s+", " ", (word or "").strip().lower())
    if w in _AT_LEAST:
        return n <= hi + slack
    if w in _AT_MOST:
        return lo - slack <= n
    # a round number said about is as loose as its rounding: «نحو ثلاثين» is 25 to 35
    step = 10 if n >= 10 and n % 10 == 0 else 5 if n >= 5 and n % 5 == 0 else 1
    extra = max(0.5, step / 2)
    return lo - slack - extra <= n <= hi + slack + extra


def gap_slack(m: re.Match, x, y, unit: str) -> float:
    """The slack of the stated gap ``m`` between ``x`` and ``y``: :func:`_slack`, more for a round one
    (:func:`round_slack`); a month and a half for years and months said together («ثلاثة أعوام وثمانية
    أشهر») between two dates with their month, which a writer counts to the month."""
    if unit == "year" and any(m.groupdict().get(k) for k in ("plus_dual_m", "plus_num_m", "plus_one_m")) \
            and _months(x) is not None and _months(y) is not None:
        return 1.5 / 12
    if unit == "week" and _days_apart(x, y) is not None and (_stated(m) or ("", 0))[1] == 1:
        return 0.5  # «بعد أسبوع»: four to ten days, not two
    return _slack(x, y, unit) + round_slack(m)


def stated_fits(m: re.Match, n: float, lo: float, hi: float, slack: float) -> bool:
    """Whether the gap ``n`` of the match ``m`` fits dates ``lo``-``hi`` apart: within ``slack``, or as its
    approximator reads it (:func:`approx_fits`)."""
    return approx_fits(m.group("approx"), n, lo, hi, slack) if m.group("approx") else lo - slack <= n <= hi + slack


def _slack(x, y, unit: str) -> float:
    """The slack of a stated gap between ``x`` and ``y``: one unit, or :data:`YEAR_SLACK_MONTHS` of a
    year when both dates name their month."""
    if unit == "year" and _months(x) is not None and _months(y) is not None:
        return YEAR_SLACK_MONTHS
    if unit == "month" and _days_apart(x, y) is not None:
        return 0.5  # months counted to the day: a writer rounds half a month
    if unit == "week" and _days_apart(x, y) is not None:
        return 0.75  # weeks counted to the day: «بعد أسبوعين» is 9 to 19 days, not one week
    if unit == "day" and _days_apart(x, y) is not None:
        return 0  # days between two days are counted, not rounded: 31 October to 6 November is six
    return 1


def _point(m) -> bool:
    """A mention that names one point of time: a day, month or year, or days of one month («يومي
    18 و19 مايو 2023»: a meeting of two days is one event), without a since/until of its own."""
    if m.type not in POINT_TYPES or m.modifier is not None:
        return False
    if m.type == "day_range":
        return m.start_date[:7] == m.end_date[:7]
    return not m.type.endswith("range")


# A relative clause (or «بعد أن»، «عقب») between two dates: the second date is a flashback inside it («توقف الضخ يوم 25
# آذار 2023، بعد حكم في الدعوى التي رفعتها بغداد في أيار 2014، أي بعد تسع سنوات من التقاضي»): the
# gloss that follows counts from that earlier date to the sentence's own, whatever their order in the text.
_FLASHBACK = re.compile(r"(?<![\u0621-\u064A])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|عندما|حين|حينما|بعد\s+[أا]ن|عقب|[إا]ثر)"
                        r"(?![\u0621-\u064A])|\b(?:which|that|who|when|after)\b", re.I)


_AFTER_NOUN = re.compile(r"[،,]\s*(?:و)?(?:بعد|عقب|اثر|after)\s+(?P<w>[\u0621-\u064A]+|[a-z]+)", re.I)


def _after_event(text: str, s: int, e: int) -> bool:
    """«… اعتباراً من 1 يناير 2016، بعد إسقاط تركيا قاذفة روسية يوم 24 نوفمبر 2015، أي بعد ثمانية وثلاثين يوماً من
    الحادث»: a clause «، بعد» + the noun of an event between two dates dates that earlier event (not «بعد عامين»، «بعد
    ذلك»: a lapse)."""
    from ..extract.numerals import words_value
    from .lapses import lapse_in

    for m in _AFTER_NOUN.finditer(text, s, e):
        w = m.group("w")
        if w in ("ذلك", "ذالك", "هذا", "هذه", "that", "this") or words_value(w) or lapse_in(text, m.start("w"), m.end("w")):
            continue
        return True
    return False


def _backwards(x, y) -> bool:
    """Whether ``y`` lies wholly before ``x``."""
    return iso_key(y.end_date) < iso_key(x.start_date)  # years BC too: 331 BC is after 612 BC


def _finding(tf, kind, m, x, y, unit, n, lo, hi, shape) -> Finding:
    spans = sorted({(x.nstart, x.nend), (y.nstart, y.nend), (m.start(), m.end())})
    diff = f"{round(lo, 1):g}" if lo == hi else f"{round(lo, 1):g} to {round(hi, 1):g}"
    if kind == "order-word-contradiction" and shape == "gloss-before":
        msg = (f"The text says «{raw_span(tf, m.start(), m.end()).text.strip()}» of {y.start_date[:10]}, which is "
               f"{n:g} {unit}s after {x.start_date[:10]}, the date before it, and not {n:g} {unit}s before the "
               f"text's present: «بعد», not «قبل»?")
    elif kind == "order-word-contradiction":
        msg = (f"The text says «{raw_span(tf, m.start(), m.end()).text.strip()}» but its dates run the other way: "
               f"{x.start_date[:10]} is not before {y.start_date[:10]}.")
    else:
        msg = f"The text states a gap of {n} {unit}s but its dates are {diff} {unit}s apart."
    evidence = {"rule": "a gap stated between two dated events of a sentence («أي بعد N», «بعد N من … عام Y»)",
                "shape": shape, "stated": n, "unit": unit, "first": x.start_date[:10],
                "second": y.start_date[:10], "difference": diff}
    if kind == "order-word-contradiction" and m.group("after"):
        evidence.update(order_word=raw_span(tf, m.start("after"), m.end("after")).text,
                        later={"text": raw_span(tf, y.nstart, y.nend).text, "date": y.start_date[:10]},
                        earlier={"text": raw_span(tf, x.nstart, x.nend).text, "date": x.start_date[:10]})
    return Finding(
        kind=kind,
        severity="warning",
        message=msg,
        spans=[raw_span(tf, s, e) for s, e in spans],
        evidence=evidence,
    )


@lru_cache(maxsize=1)
def _elapsed() -> re.Pattern:
    """«تمر في هذه الأيام عشر سنوات ونصف على إعلان المشروع … يوم 13 مارس 2015»، «ومضت ثلاثون سنة على الاستقلال
    عام 1961»: a verb of time passing opens its sentence, a length, «على» and the event, dated in its clause:
    the length runs from that date to the time of writing."""
    gap = _patterns()[0].pattern
    length = gap[gap.index("(?P<approx>"):]
    return re.compile(r"\s*[وف]?(?:قد\s+)?(?:تمر|يمر|تمضي|يمضي|تحل|مرت|مر|مضت|مضي|انقضت|انقضي)"
                      r"(?:\s+(?:اليوم|الان|الآن|في\s+هذه\s+الايام|هذه\s+الايام|هذا\s+العام|هذه\s+السنه))?\s+"
                      + length + r"(?:\s+(?:كامله|كاملا|بالتمام))?\s+(?:علي|على)\s")


_ELAPSED_REACH = 15  # words between «على» and the event's date


def _elapsed_now(tf: TextFacts, ss: int, se: int, ms: list) -> list[Finding]:
    """A length of time passed (:func:`_elapsed`) from its event's date to the time of writing."""
    text = tf.norm.text
    m = _elapsed().match(text, ss, se)
    if m is None or not ms:
        return []
    x = next((d for d in ms if d.nstart >= m.end()), None)
    got = _stated(m)
    if x is None or got is None or len(_WORD.findall(text[m.end():x.nstart])) > _ELAPSED_REACH \
            or _CLAUSE_BREAK.search(text, m.end(), x.nstart):
        return []
    now = _present_mention(tf, ss, m.start("num") if m.group("num") else m.end())
    if now is None:
        return []
    unit, n = got
    diff = _difference(x, now, unit)
    if diff is None or diff[1] < 0:
        return []
    lo, hi = diff
    if stated_fits(m, n, lo, hi, gap_slack(m, x, now, unit)):
        return []
    return [_finding(tf, "duration-mismatch", m, x, now, unit, n, lo, hi, "elapsed to the time of writing")]


_CLAUSE_BREAK = re.compile(r"[.؛;:!?؟\n]")


def _findings(tf: TextFacts) -> list[Finding]:
    gap, frm = _patterns()[:2]
    text = tf.norm.text
    # (a day counted from the date just given, «في اليوم التالي»، «وفي اليوم السابق», is a point of the sentence too)
    points = [m for m in dated_mentions(tf) if _point(m) or m.type == "relative" and m.modifier is None
              and m.row.get("granularity") == "day" and str(m.row.get("anchor") or "").startswith("preceding date")]
    out = []
    for _, _, sents in line_sentences(text):
        before: list = []  # the dates of the paragraph's previous dated sentence (not in brackets)
        for ss, se in sents:
            ms = held_by(points, ss, se)
            if before and ms:
                out.extend(_opening(tf, ss, before, ms))
            previous = before
            # (a birth, «المولود في أيلول 1963», is a date of a life: the next sentence's gap does not count from it)
            free = [x for x in ms if text[ss:x.nstart].count("(") <= text[ss:x.nstart].count(")") and not is_birth(text, x)]
            before = free or before
            out.extend(_clause_openings(tf, ss, se, free))
            out.extend(_inline(tf, ss, se, ms))
            out.extend(_elapsed_now(tf, ss, se, ms))
            if not ms or len(ms) < 2 and not previous and not _COMES_NOW.match(text, ss) and not any(
                    _now_gap().search(text, max(ss, g.start() - 20), g.start())
                    or g.start() == ss + len(text[ss:g.start()]) - len(text[ss:g.start()].lstrip()) and ms[0].nstart > g.end()
                    and _opens_before_present(text, g, ms[0], se) for g in gap.finditer(text, ss, se)):
                continue
            for m in gap.finditer(text, ss, se):
                got = _stated(m)
                if got is None:
                    continue
                unit, n = got
                prior = [x for x in ms if x.nend <= m.start()]
                later = [x for x in ms if x.nstart >= m.end()]
                while prior and names_event(prior[-1]):
                    prior = prior[:-1]  # «… أنهتا اتفاقية 1899، أي بعد 62 عاماً»: a name, not the clause's time
                now = not prior and later and (not previous and _COMES_NOW.fullmatch(text, ss, m.start())
                                               or _now_gap().search(text, max(ss, m.start() - 20), m.start())
                                               or not text[ss:m.start()].strip() and _opens_before_present(text, m, later[0], se))
                now = bool(now) and (present := _present_mention(tf, ss, m.start())) is not None
                if now:
                    # «ويأتي انعقاد القمة بعد ثمانية عشر عاماً من إطلاق المنتدى … عام 2004»، «يأتي ذلك بعد …»: a verb
                    # of the present with no date before it in its paragraph: the time of writing
                    prior = [present]
                came = not prior and previous and later and _CAME.fullmatch(text, ss, m.start())
                if came:
                    # «… من الثلاثاء 13 إلى الخميس 15 يونيو 2023. وقد جاءت الزيارة بعد سبعة عشر عاماً من صفقة
                    # 2006»: the subject is the event the sentence before has just dated
                    prior = previous[-1:]
                if not prior:
                    continue
                y = prior[-1]
                lead = text[y.nend:m.start()]
                if not came and len(_WORD.findall(lead)) > _GLOSS_REACH:
                    continue
                # a gap after a comma that ends its sentence glosses the date before it as «أي» does: «ثم تخلت عن
                # الاسم في 5 شباط 1992، بعد أكثر من ثلاثين عاماً.»
                glossed = bool(m.group("gloss")) or bool(
                    re.fullmatch(r"\s*[،,]\s*", lead) and not text[m.end():se].strip(" \t.؛;!?؟"))
                shape = None
                if later:
                    f = frm.match(text[m.end():later[0].nstart])
                    if f and len(_WORD.findall(f.group("rest"))) <= _FROM_REACH:
                        from .eventgaps import other_event_clause

                        if other_event_clause(text, m.end(), later[0].nstart):
                            continue  # «من هدم مبناه القديم الذي شُيّد سنة 1904»: the date of another event
                        shape, x = "from", later[0]
                if shape is None and len(prior) < 2:
                    # «وانضمت بريطانيا إليه يوم 5 أبريل 1955، أي بعد أقل من ستة أسابيع»: the sentence's one date,
                    # glossed by a gap counted from nothing it names: from the last date of the sentence before
                    if not (glossed and m.group("after") and previous) or \
                            _COUNTED_FROM.match(text, m.end()) or _backwards(previous[-1], y):
                        continue
                    shape, x = "gloss-previous", previous[-1]
                if shape is None and glossed and m.group("before") and len(prior) >= 2 and not m.group("approx") \
                        and not _COUNTED_FROM.match(text, m.end()):
                    # «أعلن … يوم 13 مايو 2025، ثم وقّع … يوم 30 يونيو 2025، أي قبل ثمانية وأربعين يوماً»: the gap is
                    # the one from the first date to the second, which the text's present does not give: «بعد»
                    x = prior[-2]
                    if not _backwards(x, y) and _reversed_gloss(tf, m, x, y, unit, n):
                        out.append(_finding(tf, "order-word-contradiction", m, x, y, unit, n, 0, 0, "gloss-before"))
                    continue
                if shape is None:
                    if not glossed or not m.group("after") or len(prior) < 2:
                        continue
                    if _named_event_elsewhere(tf, text, m, y, prior[-2]):
                        continue  # «أي بعد N من سقوطها», the fall dated elsewhere in the text: eventgaps.py
                    if _COUNTED_FROM.match(text, m.end()) and _LIST_SIBLING.fullmatch(text, prior[-2].nend, y.nstart):
                        # «١٠٠٠ آلة في كانون الثاني ٢٠٢٦، و١٢٠٠ في نيسان ٢٠٢٦، و٨٠٠ في أيلول ٢٠٢٦، أي بعد عشرة أشهر من
                        # توقيع العقد»: the gap names what it counts from, and the date before is a sibling item of
                        # a dated list, not that event
                        continue
                    shape, x = "gloss", prior[-2]
                    if _backwards(x, y):
                        # («بدأ الضخ يوم 2 ديسمبر 2019، بموجب عقد وُقّع يوم 21 مايو 2014، أي بعد أكثر من خمس سنوات ونصف
                        # من التوقيع»: the date before the gap is the event it counts from, a flashback too)
                        if not _FLASHBACK.search(text, x.nend, y.nstart) and not _after_event(text, x.nend, y.nstart) \
                                and not _names_own_event(text, m, y):
                            out.append(_finding(tf, "order-word-contradiction", m, x, y, unit, n, 0, 0, shape))
                            continue
                        x, y = y, x  # a flashback: the gap runs from the earlier date to the sentence's
                first, second = (x, y) if (shape == "gloss" or m.group("after")) else (y, x)
                got_diff = _difference(first, second, unit)
                if got_diff is None:
                    continue
                lo, hi = got_diff
                if hi < 0 and shape == "from" and _backwards(first, second) and text[:x.nstart].rstrip().endswith("("):
                    # «… يوم 17 جوان 2025، التي جاءت قبل عامين من قمة شيان (18 و19 ماي 2023)»: the order word
                    # puts before what its own «من» phrase dates earlier, in brackets (where chronology does not read)
                    out.append(_finding(tf, "order-word-contradiction", m, first, second, unit, n, 0, 0, shape))
                    continue
                if hi < 0 and (came or now or shape == "from" and y.type == "relative"):
                    # (chronology reads no order across two sentences, nor of a day counted from another: «في
                    # اليوم التالي، أي قبل أسبوع من دخوله حيز التنفيذ يوم 16 …»)
                    out.append(_finding(tf, "order-word-contradiction", m, first, second, unit, n, 0, 0, shape))
                    continue
                if hi < 0:
                    continue  # the order is chronology's
                slack = gap_slack(m, first, second, unit)
                if stated_fits(m, n, lo, hi, slack):
                    continue
                out.append(_finding(tf, "duration-mismatch", m, first, second, unit, n, lo, hi, shape))
    return out


def _reversed_gloss(tf: TextFacts, m: re.Match, x, y, unit: str, n: float) -> bool:
    """Whether «Y، أي قبل N» (``m`` glossing ``y``, ``x`` the date before it in its sentence) states the gap from
    ``x`` to ``y`` with the wrong order word: N is that gap (within its slack, to the day for days) and is not
    the time from ``y`` to the text's present (when the text names one)."""
    got = _difference(x, y, unit)
    if got is None or got[1] <= 0 or not stated_fits(m, n, got[0], got[1], gap_slack(m, x, y, unit)):
        return False
    from datetime import date

    from .appositions import present_date

    present = present_date(tf)
    if present is None:
        return unit != "year"  # («عام 2018، أي قبل ثلاث سنوات»: most often counted back from a present the text does not name)
    p = date.fromisoformat((present + "-07-01")[:10] if len(present) == 4 else (present + "-15")[:10]
                           if len(present) == 7 else present[:10])
    days = (p - date.fromisoformat(y.start_date[:10])).days
    per = {"day": 1, "week": 7, "month": DAYS_PER_MONTH, "year": 365.25}[unit]
    slack = 183 if len(present) == 4 else 16 if len(present) == 7 else 0
    return not (days + slack >= (n - 1) * per and days - slack <= (n + 1) * per)


def _opens_before_present(text: str, m: re.Match, x, se: int) -> bool:
    """«بعد خمس سنوات على انفجار المرفأ يوم 4 آب 2020، لا يزال لبنان بلا إهراءات»: a gap opening its sentence, its
    event dated, then a comma and a main clause of the present (:data:`.eventgaps._STILL`) with no date."""
    from .eventgaps import _STILL

    c = re.compile(r"[،,]").search(text, x.nend, se)
    return c is not None and not text[x.nend:c.start()].strip() and bool(_STILL.match(text, c.end()))


@lru_cache(maxsize=1)
def now_word() -> str:
    """The words of the present («اليوم»، «الآن»، «حالياً»; ``lang/gaps.yml`` present_today) as one alternation."""
    return _alt(lang.words("gaps", "present_today"))


@lru_cache(maxsize=1)
def _now_gap() -> re.Pattern:
    """«وكم تصدّر روسيا اليوم، بعد نحو ست سنوات من تشغيل الخط الأول في ديسمبر 2019»: a gap right after a word of the
    present counts to the time of writing."""
    return re.compile(rf"(?<![\u0621-\u064A])(?:{now_word()})\s*[،,]?\s*$", re.I)
_COMES_NOW = re.compile(r"\s*[وف]?(?:ياتي|تاتي)\s+(?:ذلك|هذا|هذه|(?:(?:هذه|هذا)\s+)?[\u0621-\u064A]+"
                        r"(?:\s+ال[\u0621-\u064A]+)?)\s+")
"""A sentence opening with a verb of the present before its gap («ويأتي انعقاد القمة»، «يأتي ذلك»): its time is the
time of writing."""


def _present_mention(tf: TextFacts, s: int, e: int):
    """The text's present (:func:`.appositions.present_date`) as a mention spanning the verb ``[s, e)``, or None."""
    from .appositions import present_date
    from .chronology import Mention

    present = present_date(tf)
    if present is None:
        return None
    gran = {4: "year", 7: "month", 10: "day"}.get(len(present))
    if gran is None:
        return None
    s = s + len(tf.norm.text[s:e]) - len(tf.norm.text[s:e].lstrip())
    return Mention(s, e, "date" if gran == "day" else gran, present, present, None,
                   {"granularity": gran, "start": None, "text": tf.norm.text[s:e].strip()})


_CAME = re.compile(r"\s*[وف]?(?:قد\s+)?(?:جاء|جاءت|اتت|اتي|تاتي|ياتي)\s+(?:(?:هذه|هذا)\s+)?ال[\u0621-\u064A]+"
                   r"(?:\s+ال[\u0621-\u064A]+)?\s+")
"""A sentence opening «وقد جاءت الزيارة» before its gap: the event it names is the one last dated."""

_INLINE_REACH = 6  # words between the gap and the date it leads to
_APPOSED_LEAD = re.compile(r"\s*[،,]\s*(?:(?:في|خلال)\s+)?(?:(?:عام|سنه|العام)\s+)?")


def _inline(tf: TextFacts, ss: int, se: int, ms: list) -> list[Finding]:
    """«خطاب … يوم 7 سبتمبر 2013، … قبل أن يكمل الفكرة بعد أقل من شهر في جاكرتا، يوم 3 أكتوبر 2013»: a gap
    inside a sentence (no gloss, not after a comma: the opening shape), counted from nothing it names,
    leading within a few words to a date Y, and counted from the last date X before it in the
    sentence (shape ``inline``)."""
    gap = _patterns()[0]
    text = tf.norm.text
    out = []
    for m in gap.finditer(text, ss, se):
        if m.group("gloss") or re.search(r"[،,]\s*$", text[ss:m.start()]):
            continue
        got = _stated(m)
        y = next((d for d in ms if d.nstart >= m.end()), None)
        prior = [d for d in ms if d.nend <= m.start() and not names_event(d)
                 and text[ss:d.nstart].count("(") <= text[ss:d.nstart].count(")")]  # not a citation's year
        if got is None or y is None or not prior or names_event(y):
            continue
        lead = text[m.end():y.nstart]
        if _APPOSED_LEAD.fullmatch(lead):
            continue  # «بعد سبع سنوات، عام 1985»: the date in apposition to the gap, appositions.py's
        if _COUNTED_FROM.match(lead) or len(_WORD.findall(lead)) > _INLINE_REACH or re.search(r"[؛;:()]", lead) \
                or lead.count("،") + lead.count(",") > 1:
            continue
        unit, n = got
        x = prior[-1]
        if _backwards(x, y):
            continue  # a date before the one it is counted from: a flashback, or chronology's
        if m.group("before"):
            # «… يوم 7 سبتمبر 2013، … قبل أقل من شهر في جاكرتا، يوم 3 أكتوبر 2013»: «قبل» leads to a later date
            out.append(_finding(tf, "order-word-contradiction", m, y, x, unit, n, 0, 0, "inline"))
            continue
        got_diff = _difference(x, y, unit)
        if got_diff is None:
            continue
        lo, hi = got_diff
        slack = gap_slack(m, x, y, unit)
        if stated_fits(m, n, lo, hi, slack):
            continue
        out.append(_finding(tf, "duration-mismatch", m, x, y, unit, n, lo, hi, "inline"))
    return out


def _names_own_event(text: str, m: re.Match, y) -> bool:
    """Whether the event the gap ``m`` counts from («من التوقيع») is told in the clause of ``y``, the date right
    before it («عقد وُقّع … يوم 21 مايو 2014، أي بعد … من التوقيع»): ``y`` is the gap's start, not its end."""
    from .eventgaps import _EVENT, _WORD as EV_WORD, _clause, same_root, skeleton, skeletons

    ev = _EVENT.match(text, m.end())
    if ev is None:
        return False
    root = skeleton(ev.group("ev"))
    return any(same_root(root, k) for w in EV_WORD.findall(_clause(text, y.nstart, y.nend)) for k in skeletons(w))


_LIST_SIBLING = re.compile(r"\s*[،,]\s*و\s*\d[\d.,]*\s+(?:[\u0621-\u064A]+\s+){0,2}?(?:في|عام|سنه)\s+")
"""What stands between two dated items of a list, each with its own figure («…، و٨٠٠ في …»)."""


def _named_event_elsewhere(tf: TextFacts, text: str, m: re.Match, y, x) -> bool:
    """Whether the gap ``m`` names the event it counts from («من سقوطها») and the text dates that
    event, but not at ``x`` (the date before ``y``, which this shape would count from)."""
    from .eventgaps import _EVENT, event_dates

    ev = _EVENT.match(text, m.end())
    xs = event_dates(tf, ev.group("ev"), y, ev.group("obj")) if ev else []
    return bool(xs) and not any(c.nstart == x.nstart for c in xs)


def _opening(tf: TextFacts, ss: int, xs: list, ms: list) -> list[Finding]:
    """«وبعد ثلاث سنوات، في مسح أجري عام 2020 …»: a sentence opened by a gap, whose first clause
    gives a date, counted from a date of the sentence before (third shape, ``opening``): a finding
    only when neither its first nor its last date fits."""
    found = [_opening_one(tf, ss, x, ms) for x in {id(x): x for x in (xs[0], xs[-1])}.values()]
    return found[-1] if all(found) else []


def _clause_openings(tf: TextFacts, ss: int, se: int, ms: list) -> list[Finding]:
    """«ثم إطلاق الاتحاد الجمركي في 1 يناير 2003، وبعد خمس سنوات أُطلقت السوق المشتركة في 1 يناير 2008»: a
    clause opened by a gap after a comma, counted from the last date before the comma (the opening
    shape inside a sentence)."""
    text = tf.norm.text
    out = []
    for c in re.finditer(r"[،,]", text[ss:se]):
        at = ss + c.end()
        xs = [d for d in ms if d.nend <= ss + c.start()]
        ys = [d for d in ms if d.nstart >= at]
        if not xs or not ys:
            continue
        out.extend(_opening_one(tf, at, xs[-1], ys))
    return out


_WD = r"(?:(?:يوم\s+)?(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)\s+)?"
_APPOSED_DATE = re.compile(rf"[،,]\s*(?:من|بين|في|يوم)?\s*{_WD}(?:\d{{1,2}}\s+(?:الي|حتي|و)\s*{_WD})?$")
"""The end of a lead before a date in apposition to the clause's event («، يوم 5 …»، «، من الثلاثاء 13 إلى الخميس
15 …»: the range's last day is the date read)."""

_OPENERS = re.compile(r"[ \t\"'«(]*")
"""Blanks, quotes and brackets a sentence may open with (matched in place, not on a copy of the rest of the text)."""


_BACK_REFERENCE = re.compile(r"(?:ها|ه)(?![\u0621-\u064A])|\s+(?:ذلك|هذا|هذه)(?![\u0621-\u064A])|\s+ب")
"""What makes a gap opening a sentence count from the date before it: a pronoun («وقبلها بست سنوات»), «ذلك», or
the «ب» of the length («وقبل ذلك بعامين»); a bare «وقبل N عاماً» counts back from the time of writing."""


_LATE_LEAD = re.compile(r"[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){0,3}\s+")
"""The verb and its subject before a gap that dates the sentence's event in apposition («وبدأ التشغيل التجاري بعد ستة عشر
يوماً، يوم الخميس 11 أكتوبر 2018»): up to four words, no figure, no comma."""
_APPOSED_AFTER = re.compile(rf"\s*[،,]\s*(?:في\s+)?(?:يوم\s+)?{_WD}")


def _late_opening(text: str, at: int, ms: list, opening: re.Pattern) -> re.Match | None:
    """A gap after the sentence's verb (:data:`_LATE_LEAD`) whose date stands right after it in apposition: the gap
    counts from the date told before, as a gap opening the sentence does."""
    lead = _LATE_LEAD.match(text, at)
    if lead is None:
        return None
    for k in re.finditer(r"\s", text[at:lead.end()]):
        m = opening.match(text, at + k.end())
        if m is None:
            continue
        y = next((d for d in ms if d.nstart >= m.end()), None)
        if y is not None and _APPOSED_AFTER.fullmatch(text, m.end(), y.nstart) is not None \
                and not any(d.nend <= m.start() for d in ms) and not m.group("approx"):
            return m  # (an approximated gap there, «ونال الشهادة بعد نحو ست سنوات، عام 1953», is left alone)
        return None
    return None


def _opening_one(tf: TextFacts, ss: int, x, ms: list) -> list[Finding]:
    opening = _patterns()[2]
    text = tf.norm.text
    at = _OPENERS.match(text, ss).end()
    m = opening.match(text, at) or _late_opening(text, at, ms, opening)
    if m is None:
        return []
    got = _stated(m)
    if got is None:
        return []
    y = next((d for d in ms if d.nstart >= m.end()), None)
    if y is None:
        return []
    if m.group("before") and not _BACK_REFERENCE.match(text, m.end("before")) and got[0] == "year" \
            and float(got[1]).is_integer() and not _backwards(y, x):
        # «وقبل خمسة عشر عاماً، في أيلول 2010»: «قبل N» with nothing it refers back to may count from the time of
        # writing (ago); a reading that fits is no mismatch of length (a date after the one before still runs
        # against «قبل»: order-word-contradiction)
        from .appositions import _ago_fits, present_date

        present = present_date(tf)
        if present is not None and _ago_fits(present, y, int(got[1]), round_slack(m)):
            return []
    lead = text[m.end():y.nstart]
    if _COUNTED_FROM.match(lead):  # «وبعد ثلاث سنوات من الإهمال»: counted from something else
        return []
    # (the clause's event dated in apposition after a comma: «، قام الرئيس بزيارة استمرت ثلاثة أيام، من الثلاثاء
    # 13 إلى الخميس 15 يونيو 2023»: a comma more, and two more words before it, the apposition's not counted)
    apposed = _APPOSED_DATE.search(lead)
    commas = lead.count("،") + lead.count(",") - (1 if apposed else 0)
    words = len(_WORD.findall(lead[:apposed.start()])) - 2 if apposed else len(_WORD.findall(lead))
    if words > _FROM_REACH or re.search(r"[؛;:()]", lead) or commas > 1:
        return []
    unit, n = got
    first, second = (x, y) if m.group("after") else (y, x)
    if _backwards(first, second):
        return [_finding(tf, "order-word-contradiction", m, first, second, unit, n, 0, 0, "opening")]
    got_diff = _difference(first, second, unit)
    if got_diff is None:
        return []
    lo, hi = got_diff
    slack = gap_slack(m, first, second, unit)
    if stated_fits(m, n, lo, hi, slack):
        return []
    return [_finding(tf, "duration-mismatch", m, first, second, unit, n, lo, hi, "opening")]


@detector(NAME)
def stated_gap(facts: Facts) -> list[Finding]:
    """A gap of years or months stated between two dated events against their dates."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
