"""A gap and the explicit date it stands for, side by side: «بعد N سنوات، عام Y» and «Y، أي قبل N عاماً».

``apposed-gap`` (findings of kind ``duration-mismatch``)
    Two constructions name one time twice, once as a gap and once as a date:

    * *after/before N, (in) Y* — a gap followed by a date in apposition («ونال البكالوريوس بعد
      أربع سنوات، عام 1953»، «ثم عُمّم بعد ثلاث سنوات، عام 2019»، «افتتح قبل عشر سنوات، في عام
      2015»). «بعد N» counts from an earlier event of the text: the gap fits when some explicit
      date before it (outside brackets: not a citation's year; the last date of its own sentence
      when it has one and no order word stands between) is N years before Y (N whole years
      between two bare years; with both months known, N rounded either way); a finding when none
      is, and the paragraph or the one before it has a date to count from. «قبل N» counts back from
      the present of the text: see the next shape.
    * *Y, i.e. N ago* — an explicit date glossed by a gap back from the text's present («شُيّد عام
      1958، أي قبل سبعة وستين عاماً»، «نظمت سنة 2013، أي قبل اثنتي عشرة سنة», «يوم الاثنين 22 مارس 1971،
      قبل أربعة وخمسين عاماً»: «أي» may be left out), «قبل N، في عام
      Y», and a relative clause after the date («جفاف موسم 2017-2018، الذي ضرب البلاد قبل سبع
      سنوات»: the verb and at most three words between; a range is met anywhere within it, one year
      of slack at either end): the gap counts back from the year of the text's own present (:func:`present_year`: a
      dateline, the publication or given date, a full date at the head of the text; never the
      latest date of the text nor a preceding date) and must meet Y within a year.

    A gap with an approximator («نحو»، «قرابة») or counted from a named event («من تأسيسها»:
    :mod:`.eventgaps`) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from . import UNORDERED_FORMS, detector
from .chronology import POINT_TYPES, dated_mentions, raw_span

NAME = "apposed-gap"
KIND = "duration-mismatch"
@lru_cache(maxsize=1)
def _apposed() -> re.Pattern:
    """What stands between a gap and the date apposed to it: a comma, «في»، «عام», and a weekday that
    names the date's day («قبل عشرة أعوام، السبت 7 سبتمبر 2013»; the weekdays of ``lang/calendars.yml``)."""
    from .calendars import _alt, _weekday_re

    wd = rf"(?:(?:يوم|on)\s+)?(?:{_alt(_weekday_re()[1])})\s*[،,]?\s+"
    return re.compile(rf"\s*[،,]\s*(?:و?(?:في|in)\s+)?(?:{wd})?(?:(?:عام|سنه|العام|the\s+year)\s+)?", re.I)

# (a quotation closed between them: «… منذ قمتها الأولى في يكاترينبورغ يوم 16 يونيو 2009"، أي قبل خمسة عشر عاماً»)
_GLOSS_BEFORE = re.compile(r"\s*[\"'»”)\]]*\s*[،,]\s*(?:اي|i\.e\.,?|that\s+is,?)\s+", re.I)
# «يوم الاثنين 22 مارس 1971، قبل أربعة وخمسين عاماً، حين …»: a gap back from the present right after a date and its
# comma glosses it without «أي» too (a gap counted from an event is «قبل N من …», which is left alone)
_AGO_BEFORE = re.compile(r"\s*[\"'»”)\]]*\s*[،,]\s*(?:(?:اي|i\.e\.,?|that\s+is,?)\s+)?", re.I)
_EVENT = re.compile(r"\s+(?:من|علي|على|of|from|since)\s", re.I)
# «Y، الذي/التي <verb and up to three words> قبل N»: a relative clause placing the dated thing N ago
_RELATIVE_AGO = re.compile(r"\s*[،,]?\s*(?:الذي|التي|الذين|اللذين|اللتين)(?:\s+[\u0621-\u064A]+){1,4}\s+")
_ORDER_BETWEEN = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:قبل|بعد|منذ|ثم|حتي|حتى)(?![\u0621-\u064A])")
_PRESENT = ("dateline", "published", "publication cue", "given", "catalogue")


def _months(m) -> int | None:
    if m.row.get("granularity") not in ("day", "month"):
        return None
    return year_of(m.start_date) * 12 + int(m.start_date[-5:-3]) - 1


def _fits_after(x, y, unit: str, n: int, extra: float = 0) -> bool:
    """Whether ``y`` is ``n`` units after ``x`` (``extra`` years of slack for a round gap: «بعد عقدين»)."""
    mx, my = _months(x), _months(y)
    if extra:
        return abs(year_of(y.start_date) - year_of(x.start_date) - n) <= 1 + extra
    if unit == "month":
        if mx is None or my is None:
            d = year_of(y.start_date) - year_of(x.start_date)
            return (d - 1) * 12 <= n <= (d + 1) * 12
        return abs((my - mx) - n) <= 1
    if mx is not None and my is not None:
        return (my - mx) // 12 <= n <= -(-(my - mx) // 12)
    return year_of(y.start_date) - year_of(x.start_date) == n


def _free(text: str, ps: int, x) -> bool:
    """Whether the mention ``x`` stands outside brackets in its paragraph (not a citation's year)."""
    head = text[ps:x.nstart]
    return head.count("(") <= head.count(")")


def _present(rel, first, raw: str) -> bool:
    """Whether the relative mention ``rel`` is counted from the text's present: a dateline, the
    publication or given date, or the latest full date when that is the text's first date, at its
    head (a dateline the inference did not name: «تونس في 13 فيفري 2025 (وات) -»)."""
    a = rel.row.get("anchor") if rel is not None else None
    if not isinstance(a, str) or "headline" in a:
        return False
    if "latest" in a:
        return (first is not None and first.nstart < _HEAD and first.row.get("granularity") == "day"
                and first.start_date[:10] in a and _on_dateline(raw, first))
    return any(w in a for w in _PRESENT)


_HEAD = 200
_PLACE = 48  # the most a dateline's place and weekday take before its date on their line
_ISO_DATE = re.compile(r"(?<!\d)\d{4}(?:-\d\d){0,2}(?!\d)")


def _on_dateline(raw: str, m) -> bool:
    """Whether the dated mention ``m`` has only a dateline's place (and weekday) before it on its line of
    the raw text (the normalised text reads a wrapped line as a space)."""
    start = int(m.row["start"])
    return start - raw.rfind("\n", 0, start) <= _PLACE


def present_year(tf: TextFacts) -> int | None:
    """The year of the text's present (:func:`present_date`)."""
    d = present_date(tf)
    return int(d[:4]) if d else None


def present_date(tf: TextFacts) -> str | None:
    """The date of the text's present, as ISO text (``2025-11-12``, ``2025-11`` or ``2025``): the anchor
    of a relative date counted from a dateline, the publication or given date (:func:`_present`), else
    a full date at the head of the text on a dateline's short place. The anchor the dates extractor
    resolved the text against (``tf.dates.attrs["anchor"]``) answers first when it is one of those, so
    a text with no relative date has its present too."""
    anchor = tf.dates.attrs.get("anchor")
    if anchor and "headline" not in str(anchor[1]) and any(w in str(anchor[1]) for w in _PRESENT):
        d = _ISO_DATE.search(str(anchor[1]))
        return d.group() if d and d.group()[:4] == str(anchor[0]) else str(anchor[0])
    every = dated_mentions(tf)
    first = next((x for x in every if x.type != "relative"), None)
    for r in every:
        if r.type == "relative" and _present(r, first, tf.raw):
            y = _ISO_DATE.search(str(r.row.get("anchor")))
            if y:
                return y.group()
    # (a dateline's place of a few words before it, not a sentence: «الاتحاد … منظمة دولية …، تأسست
    # بموجب معاهدة وُقّعت في أستانا يوم الخميس … 29 مايو 2014م» is history, not the text's present)
    head = next((x for x in every if x.type == "date" and x.nstart < _HEAD and x.modifier is None
                 and x.row.get("granularity") == "day" and x.row.get("anchor") is None
                 and _on_dateline(tf.raw, x)), None)
    return head.start_date[:10] if head is not None else None


def _months_back(present: str, y) -> int | None:
    """The months from ``y`` (a mention of one month or day) to the text's ``present`` (ISO with its month),
    or None when either month is unknown."""
    my = _months(y)
    if len(present) < 7 or my is None or y.start_date[:7] != y.end_date[:7]:
        return None
    return int(present[:4]) * 12 + int(present[5:7]) - 1 - my


def _ago_fits(present: str, y, n: int, extra: float) -> bool:
    """Whether ``y`` is ``n`` years before the text's ``present`` (ISO): within a year of the years
    alone, or, when both months are known and the gap is not said round, ``n`` the months between
    them in years rounded either way (a month of slack: 29 July 2017 is eight or nine years before
    12 November 2025, not seven)."""
    d = _months_back(present, y)
    if d is not None and not extra:
        return (d - 1) // 12 <= n <= -(-(d + 1) // 12)
    now = int(present[:4])
    return year_of(y.start_date) - 1 - extra <= now - n <= year_of(y.end_date) + 1 + extra


def _ago_approx_fits(present: str, y, n: float, m, unit: str = "year") -> bool:
    """Whether ``y`` is about (at least, at most) ``n`` years (months) before the text's ``present``: the years
    between them (to the month when both are known) against the approximator (:func:`.gaps.approx_fits`, a year
    of slack; half a year to the month; a month of slack for months, which need both months)."""
    from .gaps import approx_fits, round_slack

    d = _months_back(present, y)
    if unit == "month":
        return d is None or approx_fits(m.group("approx"), n, d, d, 1)
    if d is not None:
        return approx_fits(m.group("approx"), n, d / 12, d / 12, 0.5 + round_slack(m))
    now = int(present[:4])
    return approx_fits(m.group("approx"), n, now - year_of(y.end_date), now - year_of(y.start_date), 1 + round_slack(m))


def _finding(tf, m, y, n, unit, msg, evidence) -> Finding:
    spans = sorted({(m.start(), m.end()), (y.nstart, y.nend)})
    return Finding(kind=KIND, severity="warning", message=msg,
                   spans=[raw_span(tf, s, e) for s, e in spans],
                   evidence={"rule": "a gap and the explicit date it stands for, in apposition", "stated": n,
                             "unit": unit, "date": y.start_date[:10], **evidence})


def _after_the_present(tf: TextFacts, m, explicit: list, paras: list, pi: int) -> list[Finding]:
    """«وفي يوم السبت 29 يوليو 2017، أي بعد ثماني سنوات، وقّعت …»، «بدأ استقبال السفن عام 2012، أي بعد ثلاثة عشر
    عاماً»: «أي بعد N» glossing the date right before it (a day, a month or a year), when that date is N years before
    the text's present (the gap counted back, :func:`_ago_fits`) and no
    date of its paragraph or the one before is N years before it: the order word is the wrong way round."""
    from .gaps import _stated

    text = tf.norm.text
    got = _stated(m)
    anchor = tf.dates.attrs.get("anchor")
    # (only a present the text names: a dateline, a publication cue, a given date; not a date at its head,
    # which may be the narrative's first: «عاد السفير إلى العاصمة في 4 شباط 2019، …»)
    present = present_date(tf) if anchor and any(w in str(anchor[1]) for w in _PRESENT) else None
    if got is None or got[0] != "year" or present is None or _EVENT.match(text, m.end()):
        return []  # («أي بعد عشر سنوات من تأسيس الشركة عام 2005»: counted from the event it names)
    n = int(got[1]) if float(got[1]).is_integer() else None
    y = next((x for x in reversed(explicit) if x.nend <= m.start() and _GLOSS_BEFORE.fullmatch(text[x.nend:m.start("after")])),
             None)
    if n is None or y is None or y.row.get("granularity") not in ("day", "month", "year") or not _ago_fits(present, y, n, 0):
        return []
    if year_of(y.start_date) >= int(present[:4]):
        return []
    lo = paras[max(0, pi - 1)][0]
    if any(x.nend <= y.nstart and x.nstart >= lo and _fits_after(x, y, "year", n) for x in explicit):
        return []  # counted from an earlier event of the text
    return [Finding(kind="order-word-contradiction", severity="warning",
                    message=(f"The text puts {_when(y)} {n} years after something, but no date before it is "
                             f"{n} years earlier, and it is {n} years before the text's present ({present}): "
                             f"«قبل», not «بعد»?"),
                    spans=[raw_span(tf, a, b) for a, b in sorted({(y.nstart, y.nend), (m.start(), m.end())})],
                    evidence={"rule": "a date glossed «أي بعد N» that is N years before the text's present",
                              "stated": n, "date": y.start_date[:10], "present": present})]


def _when(y) -> str:
    """A dated mention as ISO text at its own granularity («2012», «2017-07-29»)."""
    return str(year_of(y.start_date)) if y.row.get("granularity") == "year" else y.start_date[:10]


def _counted_back(tf: TextFacts, m: re.Match, explicit: list, lo: int) -> bool:
    """Whether a gap «وقبل N …» opening a clause may count back from a date before it (from ``lo``, the paragraph
    before): a date of the text N years after the one it glosses. Then the reading from the time of writing is
    not the only one, and a reading that fits is no mismatch."""
    from .gaps import _stated

    got = _stated(m)
    a = _apposed().match(tf.norm.text, m.end())
    y = next((x for x in explicit if a and m.end() <= x.nstart <= a.end() < x.nend), None)
    if got is None or y is None or got[0] != "year" or not float(got[1]).is_integer():
        return False
    return any(x.nend <= m.start() and x.nstart >= lo and _fits_after(y, x, "year", int(got[1])) for x in explicit)


def _findings(tf: TextFacts) -> list[Finding]:
    from .gaps import _patterns, _stated, round_slack

    gap, joined = _patterns()[0], _patterns()[3]
    text = tf.norm.text
    every = dated_mentions(tf)
    explicit = [x for x in every if x.type in POINT_TYPES and x.modifier is None]
    spans_ = [x for x in every if (x.type in POINT_TYPES or x.type == "year_range") and x.modifier is None]
    lines = line_sentences(text)
    paras = [(ps, pe) for ps, pe, _ in lines]
    out = []
    for pi, (ps, pe, sents) in enumerate(lines):
        for ss, se in sents:
            # (a gap with «و» before it only when it says «قبل»: «وقبل خمسة عشر عاماً، في أيلول 2010»)
            joined_before = [j for j in joined.finditer(text, ss, se) if j.group("before")
                             and not _counted_back(tf, j, explicit, paras[max(0, pi - 1)][0])]
            for m in sorted([*gap.finditer(text, ss, se), *joined_before], key=lambda g: g.start()):
                if m.group("gloss") and m.group("after") and not m.group("approx"):
                    out.extend(_after_the_present(tf, m, explicit, paras, pi))
                    continue
                if m.group("approx") and not m.group("before"):
                    continue
                got = _stated(m)
                if got is None or got[0] not in ("year", "month") or _EVENT.match(text, m.end()):
                    continue  # (weeks and days: the gaps between two dates of a sentence, gaps.py)
                unit, n = got
                a = _apposed().match(text, m.end())
                y = next((x for x in explicit if a and m.end() <= x.nstart <= a.end() < x.nend), None)
                if y is None and m.group("before"):  # «Y، أي قبل N»
                    y = next((x for x in reversed(explicit)
                              if x.nend <= m.start() and _AGO_BEFORE.fullmatch(text[x.nend:m.start("before")])),
                         None)
                if y is None and m.group("before"):  # «موسم 2017-2018، الذي ضرب البلاد قبل سبع سنوات»
                    y = next((x for x in reversed(spans_) if x.nend <= m.start()
                              and _RELATIVE_AGO.fullmatch(text[x.nend:m.start("before")])), None)
                if y is None or not m.group("before") and y.nend <= m.start():
                    continue
                if m.group("approx") and m.group("before"):
                    # «زيارة يناير 2016، أي قبل نحو سبع سنوات»: «نحو»، «أكثر من»، «أقل من» as a stated gap reads them
                    present = present_date(tf)
                    if present is None or unit not in ("year", "month") or _ago_approx_fits(present, y, n, m, unit):
                        continue
                    now = int(present[:4])
                    out.append(_finding(
                        tf, m, y, n, unit,
                        f"The text puts {y.start_date[:7] if unit == 'month' else year_of(y.start_date)} "
                        f"«{raw_span(tf, m.start('approx'), m.end('approx')).text.strip()}» "
                        f"{n} {unit}s before its present ({present[:7] if unit == 'month' else now}).",
                        {"present": now, "gives": now - n if unit == "year" else None}))
                    continue
                if m.group("before"):
                    present = present_date(tf)
                    extra = round_slack(m)  # «أي قبل ربع قرن»: a round gap
                    if present is None or unit != "year" or _ago_fits(present, y, n, extra):
                        continue
                    now = int(present[:4])
                    out.append(_finding(
                        tf, m, y, n, unit,
                        f"The text puts {year_of(y.start_date)} {n} years before its present ({now}), "
                        f"which gives {now - n}.",
                        {"present": now, "gives": now - n}))
                    continue
                # «بعد N، عام Y»: counted from an earlier explicit date of the text
                earlier = [x for x in explicit if x.nend <= m.start() and x is not y
                           and _free(text, text.rfind("\n", 0, x.nstart) + 1, x)]
                near = [x for x in earlier if x.nstart >= paras[max(0, pi - 1)][0]]
                own = [x for x in earlier if x.nstart >= ss and not _ORDER_BETWEEN.search(text, x.nend, m.start())]
                if own:
                    # «أطلقت عام 2019 برنامجاً، تخرجت دفعته الأولى بعد عامين، عام 2021»: the gap counts
                    # from the event its own sentence has just dated, not from any date of the text
                    near = earlier = own[-1:]
                if not near or any(_fits_after(x, y, unit, n, round_slack(m)) for x in earlier):
                    continue
                x = near[-1]
                out.append(_finding(
                    tf, m, y, n, unit,
                    f"The text puts {y.start_date[:10]} {n} {unit}s after an earlier event, but no date it gives "
                    f"before is {n} {unit}s earlier (the nearest is {x.start_date[:10]}).",
                    {"nearest": x.start_date[:10]}))
    return out


@detector(NAME)
def apposed_gap(facts: Facts) -> list[Finding]:
    """A gap and the explicit date it stands for («بعد أربع سنوات، عام 1953»، «عام 1958، أي قبل 67 عاماً»)."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
