"""Verbs of order between two dated things: ``order-verb`` (findings of kind ``order-word-contradiction``).

«وسبقت زيارة الرئيس في كانون الأول 2022 القمة التي عقدت في تشرين الأول 2022»، «وتلا إعلان المبادئ في آذار 2015
وضع حجر الأساس في نيسان 2011»، «وأعقب اجتماع الرياض في 6 نيسان 2023 لقاء بكين في 10 آذار 2023»: a verb of
preceding («سبق»، «سبقت») or of following («تلا»، «تلت»، «أعقب»، «تبع») opens its clause, and its subject and its
object each carry a date: the subject's is the first date of the clause, the object's the second (Arabic puts
the subject after the verb, the object after the subject). The clause holds exactly those two dates (a third
may be anyone's), and they are not the two ends of one stretch («بين أبريل 2021 وأبريل 2022»). «سبق» wants the subject's date before the object's, «تلا» after it; a date of the other
side, with no overlap, is a ``warning``. The verbs are ``lang/order.yml``'s ``order_verbs``. A lapse said after the
object's date («… في مايو 1956 بأقل من عام») is read as :mod:`.gaps` reads a stated gap and measured between the two
dates' days. The prepositions «قبل»/«بعد» are read the same way when their object's date carries such a lapse («… في
ديسمبر 1958، حين اعترفت بكين بالحكومة المؤقتة، قبل استقلال البلاد يوم 5 جويلية 1962 بثلاث سنوات ونيف»): the subject
is then the date before the preposition in its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from . import detector, per_ordered_text
from .chronology import POINT_TYPES, dated_mentions, interval_text, raw_span
from ..segment.sentences import line_sentences

KIND = "order-word-contradiction"
FAMILY = "chronology"  # the order-word family, as checks.ordering (review/recall)
_AL = r"\u0621-\u064A"
_RANGE_JOINT = re.compile(r"\s*(?:و|الي|إلى|حتي|حتى|-|–)\s*")
_RANGE_OPEN = re.compile(rf"(?<![{_AL}])(?:بين|من|منذ)\s*$")
_PREP_ORDER_RULE = ("a preposition of order with its lapse after the object's date («قبل X يوم D بثلاث سنوات»): the date "
                    "before it against the object's")
_PREP_LAPSE_RULE = ("a preposition of order with its lapse after the object's date («قبل X يوم D بثلاث سنوات»): the lapse "
                    "against the date before it and the object's")
_PREPOSITION = re.compile(rf"(?<![{_AL}])(?:(?P<before>قبل)|(?P<after>بعد))(?![{_AL}])")
_CLAUSE_END = re.compile(r"[.؛;:!?؟\n]|،\s*(?:و|ف)?(?:ثم|لكن|غير|بينما|في حين|فيما)(?![" + _AL + r"])")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    from ..lang import lexicon
    from ..text.normtext import fold

    lex = lexicon("order")["order_verbs"]
    alt = lambda ws: "|".join(sorted({re.escape(fold(w)) for w in ws}, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?:^|(?<=[\s،,(]))(?:و|ف|وقد\s+|فقد\s+|قد\s+|لقد\s+)?(?:(?P<before>{alt(lex['before'])})"
                      rf"|(?P<after>{alt(lex['after'])}))(?:ها|ه|هما|هم)?(?![{_AL}])")


def _k(d: str) -> str:
    return d[:10]


def _findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    points = [m for m in dated_mentions(tf, POINT_TYPES) if m.modifier is None]
    out = []
    for _, _, sents in line_sentences(text):
        for ss, se in sents:
            for v in _verbs().finditer(text, ss, se):
                stop = _CLAUSE_END.search(text, v.end(), se)
                ce = stop.start() if stop else se
                ds = [m for m in points if v.end() <= m.nstart and m.nend <= ce]
                if text[ss:v.start()].strip(" و،,"):
                    # «وقّع الاتفاق صيف 1955، وهو اتفاق سبق اعتراف مصر بالصين في مايو 1956 بأقل من عام»: the subject
                    # a pronoun of what the sentence dated just before, the object's date in the verb's clause
                    subj = _subject_before(text, ss, v, points)
                    if subj is None or len(ds) != 1:
                        continue
                    ds = [subj, ds[0]]
                elif len(ds) != 2:
                    continue
                subj, obj = ds
                if _RANGE_JOINT.fullmatch(text, subj.nend, obj.nstart) or _RANGE_OPEN.search(text, max(v.end(), subj.nstart - 12), subj.nstart):
                    continue  # «بين أبريل 2021 وأبريل 2022»: the two ends of one thing's stretch, not two things
                _judge(tf, v, subj, obj, ce, v.group("before") is not None, out)
            # «… في ديسمبر 1958، حين اعترفت بكين بالحكومة المؤقتة، قبل استقلال البلاد يوم 5 جويلية 1962 بثلاث سنوات
            # ونيف»: a preposition of order with its own lapse after the object's date, the subject the date before it
            for v in _PREPOSITION.finditer(text, ss, se):
                if gap_at(text, v.start()):
                    continue  # «قبل ثلاث سنوات»: a gap, read by gaps.py
                stop = _CLAUSE_END.search(text, v.end(), se)
                ce = stop.start() if stop else se
                objs = [m for m in points if v.end() <= m.nstart and m.nend <= ce]
                subjs = [m for m in points if ss <= m.nstart and m.nend <= v.start()]
                if len(objs) != 1 or not subjs or not lapse_after(text, objs[0], ce):
                    continue
                _judge(tf, v, subjs[-1], objs[0], ce, v.group("before") is not None, out, prep=True)
    return out


def _judge(tf: TextFacts, v: re.Match, subj, obj, ce: int, before: bool, out: list, prep: bool = False) -> None:
    """The finding, if any, of an order word ``v`` between the subject's date and the object's: the order against
    the dates, or the lapse said after the object's date against them (``prep``: the word is a preposition, «قبل X يوم
    D بثلاث سنوات», whose subject is the date before it)."""
    text = tf.norm.text
    wrong = (_k(subj.start_date) > _k(obj.end_date)) if before else (_k(subj.end_date) < _k(obj.start_date))
    lapse = None if wrong else _lapse_wrong(text, obj, ce, subj, before)
    if not wrong and lapse is None:
        return
    if lapse is not None:
        out.append(_lapse_finding(tf, v, subj, obj, lapse, before, prep))
        return
    verb = raw_span(tf, v.start(), v.end())
    a, b = raw_span(tf, subj.nstart, subj.nend), raw_span(tf, obj.nstart, obj.nend)
    out.append(Finding(
        kind=KIND, severity="warning",
        message=(f"«{verb.text.strip()}» puts what is dated {interval_text(subj)} («{a.text}») "
                 f"{'before' if before else 'after'} what is dated {interval_text(obj)} («{b.text}»), "
                 f"but its date is {'later' if before else 'earlier'}."),
        spans=[verb, a, b],
        evidence={"rule": _PREP_ORDER_RULE if prep else "a verb of preceding or following opening its clause: the "
                                                        "subject's date against the object's",
                  "order_word": verb.text.strip(), "subject": {"text": a.text, "date": interval_text(subj)},
                  "object": {"text": b.text, "date": interval_text(obj)}},
    ))


# «، وهو اتفاق سبق …»، «، الذي سبق …»، «، وهي زيارة تلت …»: the verb's subject is what the sentence dated before
_PRONOUN_SUBJECT = re.compile(rf"[،,]\s*(?:(?:و|ف)?(?:هو|هي)(?:\s+[{_AL}]+){{0,2}}|(?:الذي|التي)|(?:و|ف)?(?:هو|هي)"
                              rf"(?:\s+[{_AL}]+){{0,2}}\s+(?:الذي|التي))\s*$")


def _subject_before(text: str, ss: int, v: re.Match, points: list):
    """The date of the verb's subject when a pronoun or a relative stands for it («، وهو اتفاق سبق …»): the last
    date before the pronoun in the sentence; None when the verb does not follow such a pronoun."""
    p = _PRONOUN_SUBJECT.search(text, max(ss, v.start() - 40), v.start())
    if p is None:
        return None
    before = [m for m in points if ss <= m.nstart and m.nend <= p.start()]
    return before[-1] if before else None


def gap_at(text: str, at: int) -> bool:
    """Whether a gap of :mod:`.gaps` («قبل ثلاث سنوات»، «بعد عامين») begins at ``at``."""
    from .gaps import _patterns, _stated

    m = _patterns()[0].match(text, at)
    return m is not None and _stated(m) is not None


def lapse_after(text: str, obj, ce: int) -> bool:
    """Whether a lapse with «ب» («بثلاث سنوات»، «بأقل من عام») follows the object's date in its clause."""
    from .gaps import _patterns

    return _patterns()[4].match(text, obj.nend, ce) is not None


def _lapse_wrong(text: str, obj, ce: int, subj, before: bool) -> tuple[tuple[int, int], float, str, float] | None:
    """The lapse said right after the object's date («بأقل من عام»، «بعامين») when the two dates are not that far
    apart: read as :mod:`.gaps` reads a stated gap, and measured between the two dates'
    days (a season or a year is a stretch of days: «خريف 1962» to «فبراير 1964» is 14 to 18 months, which the
    coarser count of :func:`.gaps._difference` by years alone would make two years). Returns ``((start, end) of
    the words, the stated length, its unit, the length between the dates)``; None when none is stated or it fits."""
    from datetime import date

    from .gaps import DAYS_PER_MONTH, YEAR_SLACK_MONTHS, _patterns, _stated, round_slack, stated_fits

    m = _patterns()[4].match(text, obj.nend, ce)
    got = _stated(m) if m is not None else None
    if got is None:
        return None
    unit, n = got
    first, last = (subj, obj) if before else (obj, subj)
    per = {"year": 12 * DAYS_PER_MONTH, "month": DAYS_PER_MONTH, "week": 7, "day": 1}[unit]
    try:
        lo = (date.fromisoformat(last.start_date[:10]) - date.fromisoformat(first.end_date[:10])).days / per
        hi = (date.fromisoformat(last.end_date[:10]) - date.fromisoformat(first.start_date[:10])).days / per
    except ValueError:
        return None
    diff = (max(lo, 0.0), hi)
    # (the days already hold how loosely each date is said: the slack is the writer's rounding alone, half a unit
    # as :mod:`.gaps` allows between two dates that name their month, more for a round length; a bound, «بأكثر من
    # عامين»، «بأقل من عام», is not rounded: a month)
    bound = re.sub(r"\s+", " ", (m.group("approx") or "").strip()) in ("اكثر من", "اقل من")
    slack = (30.44 / per if bound else YEAR_SLACK_MONTHS if unit == "year" else 0.5) + round_slack(m)
    if stated_fits(m, n, *diff, slack):
        return None
    ws = m.start() + len(m.group()) - len(m.group().lstrip(" ،,"))
    return (ws, m.end()), n, unit, sum(diff) / 2


def _lapse_finding(tf: TextFacts, v: re.Match, subj, obj, lapse, before: bool, prep: bool = False) -> Finding:
    (ws, we), n, unit, between = lapse
    words = raw_span(tf, ws, we).text
    verb = raw_span(tf, v.start(), v.end())
    a, b = raw_span(tf, subj.nstart, subj.nend), raw_span(tf, obj.nstart, obj.nend)
    return Finding(
        kind=KIND, severity="warning",
        message=(f"«{verb.text.strip()} … {words}» puts what is dated {interval_text(subj)} («{a.text}») "
                 f"{'before' if before else 'after'} what is dated {interval_text(obj)} («{b.text}») by {n:g} "
                 f"{unit}(s), but the dates are about {between:.1f} {unit}(s) apart."),
        spans=sorted([verb, a, b, raw_span(tf, ws, we)], key=lambda sp: sp.start),
        evidence={"rule": _PREP_LAPSE_RULE if prep else "a verb of preceding or following with its lapse («سبق … "
                                                        "بعامين»): the lapse against the subject's and the object's dates",
                  "order_word": verb.text.strip(), "lapse": words, "stated": n, "unit": unit,
                  "between": round(between, 1),
                  "subject": {"text": a.text, "date": interval_text(subj)},
                  "object": {"text": b.text, "date": interval_text(obj)}},
    )


@detector("order-verb")
def order_verb(facts: Facts) -> list[Finding]:
    """A verb of preceding or following («سبقت X Y»، «تلا X Y») whose subject's and object's dates run the other way."""
    return per_ordered_text(_findings)(facts)
