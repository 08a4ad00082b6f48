"""Verbs of order between two dated things: ``order-verb`` (findings of kind ``order-word-contradiction``).

«وسبقت زيارة الرئيس في كانون الأول 2022 القمة التي عقدت في تشرين الأول 2022»، «وتلا إعلان المبادئ في آذار 2015
وضع حجر الأساس في نيسان 2011»، «وأعقب اجتماع الرياض في 6 نيسان 2023 لقاء بكين في 10 آذار 2023»: a verb of
preceding («سبق»، «سبقت») or of following («تلا»، «تلت»، «أعقب»، «تبع») opens its clause, and its subject and its
object each carry a date: the subject's is the first date of the clause, the object's the second (Arabic puts
the subject after the verb, the object after the subject). The clause holds exactly those two dates (a third
may be anyone's), and they are not the two ends of one stretch («بين أبريل 2021 وأبريل 2022»). «سبق» wants the subject's date before the object's, «تلا» after it; a date of the other
side, with no overlap, is a ``warning``. The verbs are ``lang/order.yml``'s ``order_verbs``.
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
                before = v.group("before") is not None
                wrong = (_k(subj.start_date) > _k(obj.end_date)) if before else (_k(subj.end_date) < _k(obj.start_date))
                lapse = None if wrong else _lapse_wrong(text, obj, ce, subj, before)
                if not wrong and lapse is None:
                    continue
                if lapse is not None:
                    out.append(_lapse_finding(tf, v, subj, obj, lapse, before))
                    continue
                verb = raw_span(tf, v.start(), v.end())
                a, b = raw_span(tf, subj.nstart, subj.nend), raw_span(tf, obj.nstart, obj.nend)
                out.append(Finding(
                    kind=KIND, severity="warning",
                    message=(f"«{verb.text.strip()}» puts what is dated {interval_text(subj)} («{a.text}») "
                             f"{'before' if before else 'after'} what is dated {interval_text(obj)} («{b.text}»), "
                             f"but its date is {'later' if before else 'earlier'}."),
                    spans=[verb, a, b],
                    evidence={"rule": "a verb of preceding or following opening its clause: the subject's date "
                                      "against the object's",
                              "order_word": verb.text.strip(), "subject": {"text": a.text, "date": interval_text(subj)},
                              "object": {"text": b.text, "date": interval_text(obj)}},
                ))
    return out


# «، وهو اتفاق سبق …»، «، الذي سبق …»، «، وهي زيارة تلت …»: the verb's subject is what the sentence dated before
_PRONOUN_SUBJECT = re.compile(rf"[،,]\s*(?:(?:و|ف)?(?:هو|هي)(?:\s+[{_AL}]+){{0,2}}|(?:الذي|التي)|(?:و|ف)?(?:هو|هي)"
                              rf"(?:\s+[{_AL}]+){{0,2}}\s+(?:الذي|التي))\s*$")
# the lapse after the object's date: «بعامين»، «بثلاث سنوات»، «بأقل من عام»، «بأكثر من عامين»، «بنحو عامين»
_LAPSE = re.compile(rf"\s*[،,]?\s*ب(?P<q>اقل\s+من|اكثر\s+من|نحو|حوالي|قرابه)?\s*"
                    rf"(?:(?P<one>عام|سنه|عاما|شهر|شهرا)|(?P<two>عامين|سنتين|شهرين)|(?P<num>[{_AL}]+(?:\s+و[{_AL}]+)?|\d{{1,3}})"
                    rf"\s+(?P<unit>سنوات|اعوام|عاما|سنه|اشهر|شهرا|شهور))(?![{_AL}])")


def _subject_before(text: str, ss: int, v: re.Match, points: list):
    """The date of the verb's subject when a pronoun or a relative stands for it («، وهو اتفاق سبق …»): the last
    date before the pronoun in the sentence; None when the verb does not follow such a pronoun."""
    p = _PRONOUN_SUBJECT.search(text, max(ss, v.start() - 40), v.start())
    if p is None:
        return None
    before = [m for m in points if ss <= m.nstart and m.nend <= p.start()]
    return before[-1] if before else None


def _lapse_wrong(text: str, obj, ce: int, subj, before: bool) -> tuple[str, str, float, float] | None:
    """The stated lapse right after the object's date («بأقل من عام») when the two dates are not that far apart:
    ``(words, qualifier, stated months, months between)``; None when none is stated or it fits."""
    from datetime import date

    from .durations import _number, _patterns as dur_patterns

    m = _LAPSE.match(text, obj.nend, ce)
    if m is None:
        return None
    if m.group("one") or m.group("two"):
        n, unit = (1 if m.group("one") else 2), (m.group("one") or m.group("two"))
    else:
        v = _number(m.group("num"), dur_patterns()[3])
        if v is None or v[1] != len(m.group("num")):
            return None
        n, unit = v[0], m.group("unit")
    months = n if "شهر" in unit or "اشهر" in unit or "شهور" in unit else 12 * n
    first, last = (subj, obj) if before else (obj, subj)

    def day(iso: str) -> date:
        return date.fromisoformat(iso[:10])

    try:
        lo = (day(last.start_date) - day(first.end_date)).days / 30.44
        hi = (day(last.end_date) - day(first.start_date)).days / 30.44
    except ValueError:
        return None
    q = m.group("q") or ""
    if q.startswith("اقل"):
        fits = lo < months + 1
    elif q.startswith("اكثر"):
        fits = hi > months - 1
    elif q:
        fits = lo - 0.25 * months <= months <= hi + 0.25 * months
    else:
        slack = 7 if months % 12 == 0 else 1  # (whole years are a lapse rounded to the year)
        fits = lo - slack <= months <= hi + slack
    return None if fits else ((m.start() + len(m.group()) - len(m.group().lstrip(" ،,")), m.end()), q, months,
                              (lo + hi) / 2)


def _lapse_finding(tf: TextFacts, v: re.Match, subj, obj, lapse, before: bool) -> Finding:
    (ws, we), q, months, between = lapse
    words = raw_span(tf, ws, we).text
    verb = raw_span(tf, v.start(), v.end())
    a, b = raw_span(tf, subj.nstart, subj.nend), raw_span(tf, obj.nstart, obj.nend)
    return Finding(
        kind=KIND, severity="warning",
        message=(f"«{verb.text.strip()} … {words}» puts what is dated {interval_text(subj)} («{a.text}») "
                 f"{'before' if before else 'after'} what is dated {interval_text(obj)} («{b.text}») by {months:g} "
                 f"months, but the dates are about {between:.0f} months apart."),
        spans=sorted([verb, a, b, raw_span(tf, ws, we)], key=lambda sp: sp.start),
        evidence={"rule": "a verb of preceding or following with its lapse («سبق … بعامين»): the lapse against the "
                          "subject's and the object's dates",
                  "order_word": verb.text.strip(), "lapse": words, "stated_months": months,
                  "months_between": round(between, 1),
                  "subject": {"text": a.text, "date": interval_text(subj)},
                  "object": {"text": b.text, "date": interval_text(obj)}},
    )


@detector("order-verb")
def order_verb(facts: Facts) -> list[Finding]:
    """A verb of preceding or following («سبقت X Y»، «تلا X Y») whose subject's and object's dates run the other way."""
    return per_ordered_text(_findings)(facts)
