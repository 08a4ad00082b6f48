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
                if text[ss:v.start()].strip(" و،,"):
                    continue  # the verb opens its sentence: «وسبقت X Y»
                stop = _CLAUSE_END.search(text, v.end(), se)
                ce = stop.start() if stop else se
                ds = [m for m in points if v.end() <= m.nstart and m.nend <= ce]
                if len(ds) != 2:
                    continue
                subj, obj = ds
                if _RANGE_JOINT.fullmatch(text, subj.nend, obj.nstart) or _RANGE_OPEN.search(text, max(v.end(), subj.nstart - 12), subj.nstart):
                    continue  # «بين أبريل 2021 وأبريل 2022»: the two ends of one thing's stretch, not two things
                before = v.group("before") is not None
                wrong = (_k(subj.start_date) > _k(obj.end_date)) if before else (_k(subj.end_date) < _k(obj.start_date))
                if not wrong:
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


@detector("order-verb")
def order_verb(facts: Facts) -> list[Finding]:
    """A verb of preceding or following («سبقت X Y»، «تلا X Y») whose subject's and object's dates run the other way."""
    return per_ordered_text(_findings)(facts)
