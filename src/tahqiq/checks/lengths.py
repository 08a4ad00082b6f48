"""``duration-mismatch`` for lengths shorter than a year: a stated number of days, weeks or months
(«على مدى سبعة أيام»، «ومدتها ستة أشهر»، "over seven days") against the stretch of time the dates of
its own sentence give: one range («بين 3 و9 نيسان 2025»، "from 3 to 9 April 2025") or a start date
and an end date joined by an end word («… في الأول من تشرين الأول 2025 … تنتهي في 31 آذار 2026»;
``lang/durations.yml`` ``span_end``). Days are counted inclusively (3 to 9 April is seven days); a
week is 7 days ± 1, a month 28 to 31 days. A sentence with more than one such stretch, or a stated
length with an approximator («نحو»، "about"; «تقريباً»، "or so" after it), is left alone. A
season written «2023/2024» (an academic, fiscal or sports year: about twelve months over two
calendar years) is no stretch of two whole years. Years are :mod:`.durations`' rule.

Four more shapes: a range of days with a weekday at each end («من الاثنين 6 إلى الأحد 12 أكتوبر
2025»: one stretch, its month and year given once); a length glossed by its end date («خلال ثلاثين
شهراً، أي في أيار 2024»: counted from the last date before it in the sentence, not set against a
later stretch); a stoppage «بعد <مصدر> دام N» at the end of a sentence with exactly two dates (its
ends); a sentence without dates concluding the one before («وبذلك استغرق العمل ثلاث سنوات وثلاثة
أشهر»: against the first and last dates, named by their months, of the sentence before).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..text.spans import held_by, in_brackets
from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from ..segment.sentences import line_sentences
from . import detector
from .calendars import _range_start_re
from .chronology import dated_mentions
from .durations import KIND, UNORDERED_FORMS, _ORDER_WORD, _alt, _number, _patterns as _year_patterns

FAMILY = "durations"

_DAYS = {"day": (1, 1), "week": (6, 8), "month": (28, 31)}
_ROUGH = 0.25  # an approximated length («نحو N») may be one unit or a quarter off its dates, no more
_PER = {"day": 1.0, "week": 7.0, "month": 30.44}  # days per unit
_BOUND = re.compile(r"اكثر|اقل|يزيد|يقل|يربو|at least|more|less|over|under|fewer", re.I)  # bounds, not lengths
_SEASON = re.compile(r"(\d{4})\s*/\s*(\d{2}|\d{4})")


def _season(s: str) -> bool:
    """Whether «Y/Y+1» (also «2023/24») names one season straddling two calendar years."""
    a, b = _SEASON.fullmatch(s.strip()).groups()
    return int(b) == (int(a) + 1) % (100 if len(b) == 2 else 10**4)


_BETWEEN = re.compile(r"(?<!\w)(?:بين|between)\s*$", re.I)


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import words

    cues = _alt(words("durations", "cues"))
    # a cue before the length, or the length right before its stretch («أمهل الأطراف ثلاثين يوماً، من 1 آذار …
    # حتى …»، «ظل ثابتاً ثلاثة أشهر بين أيار وتشرين الأول 2022»)
    stated = re.compile(rf"(?<!\w)(?:و?(?:{cues})\s+(?:{_lengths(3)})(?!\w)"
                        rf"|(?:{_lengths(3, prefix='b')})(?=\s*[،,]?\s*(?:من|بين|from|between)\s))", re.I)
    end = re.compile(rf"(?<!\w)(?:{_alt(words('durations', 'span_end'))})(?!\w)", re.I)
    after = re.compile(rf"\s*(?:{_alt(words('durations', 'approximators_after'))})(?!\w)", re.I)
    return stated, end, after


def _lengths(digits: int, prefix: str = "") -> str:
    """A length of days, weeks or months (``lang/durations.yml`` ``short_units``/``short_duals``) as
    alternatives of named groups: ``dual_<unit>``, or ``num_<unit>`` (up to ``digits`` digits or four
    number words) and ``unit_<unit>`` (:func:`_stated` reads them)."""
    from ..lang import lexicon

    lex = lexicon("durations")
    units = {u: _alt(ws) for u, ws in lex["short_units"].items()}
    duals = {u: _alt(ws) for u, ws in lex["short_duals"].items()}
    # (a number word is no unit: «خمسة أسابيع حتى يوم الأحد» is five weeks, not «خمسة أسابيع حتى» days)
    word = rf"(?!(?:{_alt([w for ws in (*lex['short_units'].values(), *lex['short_duals'].values()) for w in ws])})(?!\w))[^\W\d_]+"
    num = rf"(?P<num>\d{{1,{digits}}}|{word}(?:\s+{word}){{0,3}}?)"
    return "|".join(rf"(?P<{prefix}dual_{u}>{duals[u]})|{num.replace('num', prefix + 'num_' + u)}\s+(?P<{prefix}unit_{u}>{units[u]})"
                    for u in units)


@lru_cache(maxsize=1)
def _bracket_pattern() -> re.Pattern:
    """A length restating the stretch of time just named: in brackets («(273 يوماً)») or glossed
    («، أي 91 يوماً»، ", i.e. 91 days"), the number and its unit alone (an approximator, an order
    word or a second number before the unit makes it something else)."""
    return re.compile(rf"\s*(?:(?P<open>\()\s*|[،,]\s*(?:اي|i\.e\.,?|that\s+is,?)\s+)(?:{_lengths(4)})"
                      rf"(?(open)\s*\)|(?!\w))", re.I)


def _bracketed(tf: TextFacts, text: str, ms: list, en: dict, everything: list = ()) -> list[Finding]:
    """A stretch of time and its length right after it, in brackets or glossed («في الأشهر التسعة
    الأولى من 2025 (273 يوماً)»، «في الربع الأول من 2024، أي 91 يوماً»): the length must be the
    stretch's, its days counted inclusively (one day of slack), its weeks within one, its months
    those the stretch names. The stretch is one mention with two different ends, or two dates joined
    as a range («من 1 يناير إلى 31 مارس 2024 (91 يوماً)»)."""
    pat = _bracket_pattern()
    _, end_word, _ = _patterns()
    out = []
    for i, y in enumerate(ms):
        m = pat.match(text, y.nend)
        if not m:
            continue
        got = _stated(m, en)
        if got is None or got[1] <= 0:
            continue
        unit, n, nstart = got
        if m.group(f"num_{unit}") is not None and nstart != m.start(f"num_{unit}"):
            continue  # words before the number («، أي بعد ثمانية أشهر»): a gap, not this stretch's length
        first = y
        # the mention before it in the text, not only in its line («من تموز إلى\nتشرين الثاني»: a line of a
        # PDF's text wrapped inside the range)
        before = ms[i - 1] if i else next((x for x in reversed(everything) if x.nend <= y.nstart), None)
        if before is not None and end_word.search(text, before.nend, y.nstart) \
                and len(_WORDS.findall(text[before.nend:y.nstart])) <= 2 and "\n\n" not in text[before.nend:y.nstart]:
            first = before  # «من 1 يناير إلى 31 مارس 2024 (91 يوماً)»، «من تموز إلى تشرين الثاني، أي خمسة أشهر»
        a, b = _day(first.start_date), _day(y.end_date)
        if a is None or b is None or a >= b or y.modifier or first.modifier:
            continue
        days = (b - a).days + 1
        if unit == "day":
            fits = abs(days - n) <= 1
        elif unit == "week":
            fits = abs(days / 7 - n) <= 1
        else:
            months = _months_apart(a, b)
            fits = months - 1 <= n <= months
        if fits:
            continue
        spans = []
        for s_, e_ in sorted({(nstart, m.end()), (first.nstart, y.nend)}):
            rs, re_ = tf.norm.raw_span(s_, e_)
            spans.append(Span(tf.file, rs, re_, tf.raw[rs:re_].strip(" ()،,")))
        out.append(Finding(
            kind=KIND, severity="warning",
            message=(f"The text gives the stretch from {a.isoformat()} to {b.isoformat()} ({days} days) a length of "
                     f"{n} {unit}{'s' if n != 1 else ''}."),
            spans=spans,
            evidence={"rule": "a length restating the stretch of time just named (in brackets or «أي»)",
                      "stated": n, "unit": unit, "from": a.isoformat(), "to": b.isoformat(), "days": days},
        ))
    return out


_WORDS = re.compile(r"[^\W\d_]+")


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _stated(m: re.Match, en: dict) -> tuple[str, int, int] | None:
    """(unit, number, start of the number) of a stated length (its groups after a cue, or ``b``-prefixed
    right before its stretch)."""
    g = m.groupdict()
    for u in _DAYS:
        for p in ("", "b"):
            if g.get(f"{p}dual_{u}"):
                return u, 2, m.start(f"{p}dual_{u}")
            if g.get(f"{p}unit_{u}"):
                v = _number(m.group(f"{p}num_{u}"), en)
                if v is None:
                    return None
                return u, v[0], m.end(f"{p}num_{u}") - v[1]
    return None


def _stretch(text: str, ms: list, end_word: re.Pattern):
    """The one stretch of days the sentence's dates give: (first day, last day, first, last mention,
    whether both ends are whole months)."""
    found = []
    for m in ms:
        if m.start_date != m.end_date and m.type.endswith("range") or m.type == "day_range":
            if _SEASON.fullmatch(text[m.nstart:m.nend].strip()) and _season(text[m.nstart:m.nend]):
                continue  # «2023/2024»: one academic, fiscal or sports year, not two whole years
            a, b = _day(m.start_date), _day(m.end_date)
            if a and b:
                found.append((a, b, m, m, False))
    days = [m for m in ms if m.type == "date" and m.start_date == m.end_date]
    for m in days:  # «من الاثنين 6 إلى الأحد 12 أكتوبر 2025»: a range of days with weekdays, read as one date
        w = _range_start_re().search(text, max(0, m.nstart - 60), m.nstart)
        b = _day(m.start_date)
        if w and b and 1 <= int(w.group("d")) < b.day:
            found.append((b.replace(day=int(w.group("d"))), b, m, m, False))
    for x, y in zip(days, days[1:]):
        # (the end word may open the second date's own span: «من 1 آذار 2023 حتى 30 نيسان 2023»)
        if end_word.search(text, x.nend, y.nstart) or end_word.match(text, y.nstart):
            a, b = _day(x.start_date), _day(y.start_date)
            if a and b and a < b:
                found.append((a, b, x, y, False))
    months = [m for m in ms if m.row.get("granularity") == "month"]
    for m in months:  # «من كانون الثاني إلى آذار 2026»: one mention of a range of months
        if m.start_date[:7] != m.end_date[:7] and _day(m.start_date) and _day(m.end_date):
            found.append((_day(m.start_date), _day(m.end_date), m, m, True))
    for x, y in zip(months, months[1:]):  # «من نوفمبر 2019 إلى أبريل 2020»، «بين تشرين الأول وكانون الأول 2023»
        gap = text[x.nend:y.nstart]
        joined = end_word.search(text, x.nend, y.nstart) or (
            gap.strip() in ("", "و") and _BETWEEN.search(text, max(0, x.nstart - 8), x.nstart))
        a, b = _day(x.start_date), _day(y.end_date)
        if joined and a and b and a < b:
            found.append((a, b, x, y, True))
    return found[0] if len(found) == 1 else None


_FROM_EVENT = re.compile(r"\s+(?:من|علي|على|from)\s+(?P<w>[\u0621-\u064AA-Za-z]{3,})", re.I)
"""«N يوماً من وصولها»، "30 days from delivery": a length counted from an event its noun names (no date there)."""


def _months_apart(a: date, b: date) -> int:
    """Whole months from the month of ``a`` to the month of ``b``, both counted."""
    return (b.year - a.year) * 12 + b.month - a.month + 1


def _findings(tf: TextFacts) -> list[Finding]:
    stated, end_word, approx_after = _patterns()
    _, _, approx, en = _year_patterns()
    text = tf.norm.text
    mentions = dated_mentions(tf)
    out = []
    for _, _, sents in line_sentences(text):
        prev: list = []
        for ss, se in sents:
            ms = held_by(mentions, ss, se)
            if not ms:
                out.extend(_thereby(tf, text, ss, se, prev))
                prev = ms
                continue
            prev = ms
            out.extend(_bracketed(tf, text, ms, en, mentions))
            for m in stated.finditer(text, ss, se):
                got = _stated(m, en)
                if got is None or got[1] <= 0:
                    continue
                near = approx.search(text, 0, got[2])
                after_near = approx_after.match(text, m.end())
                if (near or after_near) and _BOUND.search((near.group() if near else "") + " " +
                                                          (after_near.group() if after_near else "")):
                    continue  # «أكثر من ثلاثة أشهر»، «أو أكثر»: a bound, not a length
                rough = bool(near or after_near)  # «نحو أحد عشر شهراً»، «ثلاثة أشهر تقريباً»: a quarter either way
                unit, n, nstart = got
                if _ORDER_WORD.search(text, m.start(), nstart):
                    continue  # «أي بعد ثلاثة أشهر من صدوره»: a gap after an event (gaps.py), not a length
                frm = _FROM_EVENT.match(text, m.end())
                if frm is not None and not any(x.nstart <= frm.start("w") < x.nend or x.nstart == frm.start("w")
                                               for x in ms):
                    continue  # «داخل أجل 180 يوماً من وصولها»: a deadline counted from an event, not the sentence's stretch
                glossed = _end_gloss(text, m.end(), ms)
                if glossed is not None and rough:
                    continue
                if glossed is not None:  # «خلال ثلاثين شهراً، أي في أيار 2024»: the length ends at the gloss
                    f = _glossed_end(tf, text, ss, m, nstart, unit, n, glossed, ms)
                    out.extend([f] if f else [])
                    continue
                # (years in brackets after a name are a life or a reign, not the stretch of a length in
                # days or weeks: «زار رئيسي (1960-2024) بكين بين 14 و16 شباط 2023، واستمرت ثلاثة أيام»)
                st = _stretch(text, [x for x in ms if not (x.nstart < m.end() and m.start() < x.nend)
                                     and not (unit in ("day", "week") and x.type == "year_range"
                                              and in_brackets(text, x.nstart, x.nend))], end_word)
                if st is None:
                    st = _after_pause(text, m, ms)
                if st is None:
                    continue
                a, b, first, last, whole_months = st
                span_days = (b - a).days + 1
                if whole_months:  # two ends named by their months: count months, both ends or one
                    if unit != "month" or _months_apart(a, b) - 1 <= n <= _months_apart(a, b):
                        continue
                lo, hi = _DAYS[unit]
                if rough:
                    if whole_months or abs(span_days / _PER[unit] - n) <= max(1.0, _ROUGH * n):
                        continue
                elif n * lo - (1 if unit != "day" else 0) <= span_days <= n * hi + (1 if unit != "day" else 0):
                    continue
                spans = []
                for s_, e_ in sorted({(nstart, m.end()), (first.nstart, last.nend)}):
                    rs, re_ = tf.norm.raw_span(s_, e_)
                    spans.append(Span(tf.file, rs, re_, tf.raw[rs:re_]))
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"The text states {n} {unit}{'s' if n != 1 else ''} but its dates run from {a.isoformat()} "
                             f"to {b.isoformat()}: "
                             + (f"{_months_apart(a, b)} months, both counted." if whole_months else f"{span_days} days.")),
                    spans=spans,
                    evidence={"rule": "a stated length in days, weeks or months against the days its dates span "
                                      "(inclusive; a week 7 ± 1 days, a month 28-31 days)",
                              "stated": n, "unit": unit, "from": a.isoformat(), "to": b.isoformat(),
                              "days": span_days},
                ))
    return out


# «…، بعد توقف دام ثلاثة أشهر»: after a stoppage (a verbal noun) that lasted N, said at the end of a
# sentence whose two dates are the stoppage's ends
_AFTER_PAUSE = re.compile(r"(?<![\u0621-\u064A])[وف]?بعد\s+[\u0621-\u064A]+\s+$")


# «يفتح باب التقديم يوم 1 كانون الأول 2025 ويغلق يوم 31 آذار 2026، أي أن المدة أربعة أشهر»: the length glossing the
# sentence's two dates
_SUMMED = re.compile(r"(?:(?:اي|يعني|i\.e\.,?)\s+(?:ان\s+)?)?(?:المده|مدتها|مدته)\s", re.I)


def _after_pause(text: str, m: re.Match, ms: list):
    """The stretch between the two dates before a length said «بعد <مصدر> دام N» or glossing them «، أي أن المدة N»
    (exactly two dates of a month or a day in the sentence, both before it, the first earlier)."""
    if not (_AFTER_PAUSE.search(text, max(0, m.start() - 30), m.start())
            or _SUMMED.match(text, m.start()) and re.search(r"[،,]\s*$", text[max(0, m.start() - 3):m.start()])):
        return None
    grains = [x.row.get("granularity") for x in ms]
    if len(ms) != 2 or any(g not in ("day", "month") for g in grains) or ms[1].nend > m.start():
        return None
    x, y = ms
    a, b = _day(x.start_date), _day(y.start_date if grains[1] == "day" else y.end_date)
    if not a or not b or a >= b:
        return None
    return a, b, x, y, "month" in grains


# «وبذلك استغرق العمل ثلاث سنوات وثلاثة أشهر»: a sentence concluding the one before it
_THEREBY = re.compile(
    r"\s*[\"«(]?\s*(?:وبذلك|وبهذا|وهكذا|فبذلك|وعليه|thus|so)[\s,،]+(?:[\u0621-\u064A]+\s+){0,2}?"
    r"(?:استغرق|استغرقت|دام|دامت|استمر|استمرت|امتد|امتدت|took|lasted)\s+(?:[\u0621-\u064A]+\s+){0,2}?"
    r"(?P<y>(?:[\u0621-\u064A]+\s+)?(?:سنوات|سنه|سنتين|عاما|اعوام|عامين))?(?:\s*و\s*)?"
    r"(?P<m>(?:[\u0621-\u064A]+\s+)?(?:اشهر|شهرا|شهرين|شهور))?(?=\s*(?:[.،,؛;]|$))", re.I)


def _thereby(tf: TextFacts, text: str, ss: int, se: int, prev: list) -> list[Finding]:
    """A length in a sentence without dates that concludes the one before («وبذلك استغرق العمل
    ثلاث سنوات وثلاثة أشهر»), against the first and last dates of that sentence (both named by
    their month): a finding when the months differ by more than one."""
    from ..extract.numerals import words_value

    m = _THEREBY.match(text, ss, se)
    if m is None or not (m.group("y") or m.group("m")) or len(prev) < 2:
        return []
    total = 0
    for g, k in (("y", 12), ("m", 1)):
        if not m.group(g):
            continue
        words = m.group(g).split()
        if len(words) == 1:  # a dual: «سنتين»، «شهرين»
            n = 2
        else:
            hit = words_value(words[0])
            if not hit:
                return []
            n = hit[0]
        total += n * k
    x, y = prev[0], prev[-1]
    if any(z.row.get("granularity") not in ("day", "month") for z in (x, y)):
        return []
    a, b = _month_index(x), _month_index(y)
    if a is None or b is None or b <= a or b - a - 1 <= total <= b - a + 1:
        return []
    spans = []
    for s_, e_ in sorted({(x.nstart, x.nend), (y.nstart, y.nend), (m.start("y") if m.group("y") else m.start("m"), m.end())}):
        rs, re_ = tf.norm.raw_span(s_, e_)
        spans.append(Span(tf.file, rs, re_, tf.raw[rs:re_]))
    return [Finding(
        kind=KIND,
        severity="warning",
        message=(f"The text concludes a length of {total} months, but the sentence before runs from "
                 f"{x.start_date[:7]} to {y.start_date[:7]}: {b - a} months."),
        spans=spans,
        evidence={"rule": "a concluding length («وبذلك استغرق») against the first and last dates of the sentence before",
                  "stated": total, "unit": "month", "from": x.start_date[:7], "to": y.start_date[:7]},
    )]


_GLOSS_END = re.compile(r"\s*[،,]?\s*(?:اي|i\.e\.,?|that is,?)\s+(?:(?:في|حتي|بحلول|by|in|until)\s+)?", re.I)


def _end_gloss(text: str, pos: int, ms: list):
    """The dated mention a length is glossed by, right after it («…، أي في أيار 2024»)."""
    g = _GLOSS_END.match(text, pos)
    if g is None:
        return None
    return next((x for x in ms if x.nstart == g.end()), None)


def _month_index(m) -> int | None:
    if m.row.get("granularity") not in ("day", "month"):
        return None
    from ..text.intervals import year_of

    return year_of(m.start_date) * 12 + int(m.start_date[-5:-3]) - 1


def _glossed_end(tf: TextFacts, text: str, ss: int, m: re.Match, nstart: int, unit: str, n: int, y, ms: list):
    """A length glossed by its end date, counted from the last date before it in its sentence
    («بدأ التنفيذ في تشرين الثاني 2021، وكان مقرراً أن ينجز خلال ثلاثين شهراً، أي في أيار 2024»):
    a finding when the two dates are not ``n`` units apart (a month of slack; a week 7 ± 1 days)."""
    prior = [x for x in ms if x.nend <= m.start() and text[ss:x.nstart].count("(") <= text[ss:x.nstart].count(")")]
    if not prior:
        return None
    x = prior[-1]
    if unit == "month":
        a, b = _month_index(x), _month_index(y)
        if a is None or b is None or abs((b - a) - n) <= 1:
            return None
        got = f"{b - a} months"
    else:
        a, b = _day(x.start_date), _day(y.start_date)
        if x.row.get("granularity") != "day" or y.row.get("granularity") != "day" or not a or not b:
            return None
        lo, hi = _DAYS[unit]
        days = (b - a).days
        if n * lo - 1 <= days <= n * hi + 1:
            return None
        got = f"{days} days"
    spans = []
    for s_, e_ in sorted({(x.nstart, x.nend), (nstart, m.end()), (y.nstart, y.nend)}):
        rs, re_ = tf.norm.raw_span(s_, e_)
        spans.append(Span(tf.file, rs, re_, tf.raw[rs:re_]))
    return Finding(
        kind=KIND,
        severity="warning",
        message=(f"The text states {n} {unit}{'s' if n != 1 else ''} from {x.start_date[:10]} to the date it glosses "
                 f"them with, {y.start_date[:10]}: {got}."),
        spans=spans,
        evidence={"rule": "a length glossed by its end date («أي في …») against the date before it",
                  "stated": n, "unit": unit, "from": x.start_date[:10], "to": y.start_date[:10]},
    )


@detector("duration-days")
def duration_days(facts: Facts) -> list[Finding]:
    """A stated length in days, weeks or months against the dates of its own sentence."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        # one finding per fault: a length in brackets or after «أي» may also be read as a length of its
        # sentence (a wrapped line read whole), with the same two spans
        seen = set()
        for f in _findings(tf):
            key = tuple((sp.start, sp.end) for sp in f.spans)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
