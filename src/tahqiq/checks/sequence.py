"""«ثم» joining main clauses: the date after it against the main clause's, past a subordinate date.

``sequence-main-clause`` (findings of kind ``order-word-contradiction``)
    «وُقّعت الاتفاقية في 15 أيار 2022، بعد عام من توقيع المذكرة في نيسان 2021، ثم صادق عليها
    مجلس الوزراء في 20 حزيران 2021»: the sequence word («ثم»، «بعد ذلك»، «لاحقاً»، "then", "later";
    ``lang/order.yml`` ``sequence.then``) puts its clause after the main clause before it, not after
    the date of the clause that «بعد … من» subordinates to it. The date Y after the sequence word
    (within twelve words, no comma, order word or relative pronoun between) is set against every
    date X before it in the sentence that is not in brackets, has no relation of its own and is not
    governed by a before/until word («قبل عام من الانتخابات في 2022» may lie after the main clause):
    Y lying wholly before the latest such X is a ``warning``. :mod:`.chronology` already sets Y
    against the date nearest before the sequence word; this rule speaks only when that nearest date
    does not contradict Y, so a pair is never reported twice. Texts whose word order was scrambled
    by extraction are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.spans import held_by
from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..text.intervals import year_of
from . import detector, per_ordered_text
from .chronology import _ORDER_RE, POINT_TYPES, dated_mentions, raw_span, sentence_spans

NAME = "sequence-main-clause"
KIND = "order-word-contradiction"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_REACH = 12
_GOVERN = 10  # words between a before/until word and the date it governs
_TIME_PREP = re.compile(rf"(?<![{_AL}A-Za-z])(?:في|وفي|عام|العام|سنه|سنة|يوم|in|on)(?![{_AL}A-Za-z])", re.I)


@lru_cache(maxsize=1)
def _res():
    from ..lang import lexicon
    from ..text.normtext import fold

    def alt(ws):
        return "|".join(re.escape(fold(w).lower()).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))

    seq = lexicon("order")["sequence"]
    then = re.compile(rf"(?<![{_AL}A-Za-z])[وف]?(?:{alt(seq['then']['ar'] + seq['then']['en'])})(?![{_AL}A-Za-z])", re.I)
    before = re.compile(rf"(?<![{_AL}A-Za-z])[وف]?(?:{alt(seq['before']['ar'] + seq['before']['en'] + ['حتى', 'حتي', 'until', 'by'])})"
                        rf"(?![{_AL}A-Za-z])", re.I)
    subs = lexicon("order")["subordinators"]
    sub = re.compile(rf"(?<![{_AL}A-Za-z])[وف]?(?:{alt(subs['ar'] + subs['en'])})(?![{_AL}A-Za-z])", re.I)
    return then, before, sub


def _key(iso: str) -> tuple[int, str]:
    return year_of(iso), iso[-5:]


def _wholly_before(y, x) -> bool:
    return _key(y.end_date) < _key(x.start_date)


_DATELINE_HEAD = 60


def _on_dateline(text: str, x) -> bool:
    """Whether ``x`` is a wire's dateline run into its first sentence by a dash, a place (and agency) before it on
    its line («القاهرة - الأحد 17 أغسطس 2025 - أعلن …»): the date the text was filed, no clause's."""
    from ..extract.dates.inference import _INTO_TEXT

    line = text.rfind("\n", 0, x.nstart) + 1
    return _INTO_TEXT.match(text, x.nend) is not None and x.nstart - line <= _DATELINE_HEAD \
        and not re.search(r"[.!?؟]", text[line:x.nstart])


def _findings(tf: TextFacts) -> list[Finding]:
    then, before_word, sub = _res()
    text = tf.norm.text
    points = [m for m in dated_mentions(tf, POINT_TYPES) if not m.type.endswith("range")]
    out = []
    for s, e in sentence_spans(text):
        ms = held_by(points, s, e)
        if len(ms) < 2:
            continue
        for w in then.finditer(text, s, e):
            y = next((m for m in ms if m.nstart >= w.end()), None)
            prior = [m for m in ms if m.nend <= w.start()]
            if y is None or not prior or y.modifier:
                continue
            gap = text[w.end():y.nstart]
            if len(_WORD.findall(gap)) > _REACH or re.search(r"[,،؛;:()]", gap) or _ORDER_RE.search(gap) \
                    or sub.search(gap):
                continue
            if _wholly_before(y, prior[-1]):
                continue  # chronology's pair
            if not _WORD.search(_TIME_PREP.sub("", gap)):
                # «ترجمها مرتين، في ثلاثينيات القرن العشرين (1939م) ثم سنة 1956م»: «ثم» right before a date joins two
                # times of one clause, not two main clauses; the time it follows is the date just before it
                continue
            xs = []
            for x in prior:
                head = text[s:x.nstart]
                if x.modifier or head.count("(") > head.count(")") or _on_dateline(text, x):
                    continue
                lead = re.split(r"[,،؛;:]", head)[-1]
                b = None
                for b in before_word.finditer(lead):
                    pass
                if b is not None and len(_WORD.findall(lead[b.end():])) <= _GOVERN:
                    continue
                xs.append(x)
            late = [x for x in xs if _wholly_before(y, x)]
            if not late:
                continue
            x = max(late, key=lambda m: _key(m.start_date))
            spans = sorted([(x.nstart, x.nend), (w.start(), w.end()), (y.nstart, y.nend)])
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"«{raw_span(tf, w.start(), w.end()).text}» puts «{raw_span(tf, y.nstart, y.nend).text}» "
                         f"after the main clause dated «{raw_span(tf, x.nstart, x.nend).text}», but it comes before it."),
                spans=[raw_span(tf, a, b_) for a, b_ in spans],
                evidence={"rule": "a sequence word joining main clauses: its date lies before the date of a main "
                                  "clause before it (past a subordinate clause's date)",
                          "order_word": raw_span(tf, w.start(), w.end()).text,
                          "later": {"text": raw_span(tf, y.nstart, y.nend).text, "date": y.start_date[:10]},
                          "earlier": {"text": raw_span(tf, x.nstart, x.nend).text, "date": x.start_date[:10]}},
            ))
    return out


@detector(NAME)
def sequence_main_clause(facts: Facts) -> list[Finding]:
    """A sequence word whose date lies before the main clause's date before it."""
    return per_ordered_text(_findings)(facts)
