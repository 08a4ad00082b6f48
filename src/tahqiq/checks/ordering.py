"""Order words whose other end is an event dated elsewhere, or a stated lapse of time.

:mod:`tahqiq.checks.chronology` compares an order word's two dates when both stand in its
sentence, next to it. A writer more often orders a dated clause against an *event* («بدأ العمل في
يناير 1960، أي بعد توقيع الاتفاقية بشهرين»), dated in another sentence, or against the date before
it by a stated *lapse* («ثم أضافت إليها بعد عام واحد، في أيار 2019», "two years later, in 2019").
This module reads the phrase an order word governs (up to its clause's end, see
:func:`governed`):

* its own dated mention, however far in the clause («بعد نحو عام من تولي عبود الحكم في نوفمبر
  1958»);
* else the event it names: its head noun (the first content word, past a verbal noun such as
  «توقيع»، «إطلاق»، "signing": ``lang/order.yml`` ``action_nouns``; after a lapse and «من»/«على»/"of"
  when the lapse comes first) is looked for elsewhere in the text (within :data:`REACH`
  characters: an anaphor's antecedent is near), in the same sentence first, then the nearest
  sentence before, then after, and the date standing on that mention (no order word between,
  :func:`tahqiq.link.events._relation`) is the event's date; a mention whose head is qualified by
  another word («الأزمة المالية» for «الأزمة الأوكرانية») is another event, and «قبل أن»/«بعد أن»
  open a verbal clause, not an event named elsewhere;
* else, when the phrase is only a lapse («بعد عامين»), the last date of a clause before the order
  word that no order word governs (same or previous sentence of the paragraph, no line break);
  «قبل عامين»، «منذ عامين» (two years ago) count from the writing, not from that date, and are left
  alone.

Sequence words with a lapse («وبعدها بست سنوات»، «قبل ذلك بعامين»، «العام التالي»، "two years
later", "the following year": :mod:`tahqiq.checks.lapses`) place the first date after them (or
the date their clause closes: "opened in 2019, five years later") that long after (before) the
date before them.

A list of successive events opened by its first («بدءاً بالأردن … عام 1981، واليمن عام 1984»،
"starting with Chile in 1991, Bolivia in 1995": ``list_start``) places each later item of the
list (a clause opened by «و», in English any comma clause with a date) after the first.

The other end (the clause the order word places) is a date in apposition right after the phrase
(«…، في خريف 2019»: the clause after the comma holds the date and at most two words of
``apposition``), else, when the order word does not open its clause, the dated mention right
before it (at most one comma between: «X، أي بعد …»), else, when it opens its clause, the first
date of the main clause after it: clauses opened by a subordinator («حيث»، «الذي»، "where") are
skipped (and a date after a subordinator inside the main clause is not its date), and clauses
opened by «و» continue the list the order word governs («بعد A عام 1410،
وهزيمة B في 1435، وقعت C …»: C is after both). A date with its own "until" («حتى 1918») still
counts: after Y a state lasting until X needs X after Y.

A relative date glossed by an explicit one («العام الماضي، أي عام 2021»، «في العام التالي، أي
2015»، "last year, i.e. 2021") must meet it, when it is counted from a date the text gives (the
preceding date, a dateline, the publication date; not the text's latest date).

A word of duration with a range right after it («أثناء الحرب (1939-1945)»، "during the war
(1939-1945)": ``during``) places its date inside the range.

A finding (kind ``order-word-contradiction``, as the same-sentence rule) when the placed date lies
wholly on the wrong side of the other end (or outside the range of «أثناء»), or, with a lapse
stated exactly (no «نحو», "about"), when the two dates are further apart than the lapse by more
than one month (a lapse of months, both dates with their month) or one year. Pairs the
same-sentence rule already reads are left to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.spans import held_by, starting_in
from ..facts import Facts, TextFacts
from ..lang import lexicon, words
from ..review.findings import Finding
from ..text.normtext import fold
from . import detector
from .eventgaps import _now_words, aimed_at
from .orderclauses import one_clause_between as _one_clause_between
from .verbnouns import group_of, tells
from .lapses import Lapse, iso_key as _k, lapse_in, lapse_phrases, months as _months, since_word as _since_word
from .chronology import (
    _ORDER_RE, _own_relation, event_mentions, _point, _range_start, _relations_in, Mention, dated_mentions,
    interval_text, is_birth, names_event, raw_span, sentence_spans,
)

KIND = "order-word-contradiction"
FAMILY = "chronology"  # the order-word family is split over chronology and this module (review/recall)
NEAR = 8  # words between the placed date and the order word
MAIN_REACH = 12  # words between the start of the main clause and its date
MAX_GAP = 100  # normalised characters between an event's mention and its date
REACH = 1500  # normalised characters around an order word where its event's other mention is looked for
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_YEAR = re.compile(r"\d{3,4}")
# what links a lapse to the event it is counted from («بعد عامين من الحرب»، "two years after the war")
# words that open a verbal clause after an order word («بعد أن»، «قبل ما»، "after it"): not an event noun
_CLAUSE_OPENERS = frozenset({"ان", "ما", "it", "they", "he", "she", "we"})
_EVENT_LINKS = frozenset({"من", "علي", "of", "after", "before", "since"})
_CLAUSE_END = re.compile(r"[,،؛;:()\n]|(?<!\bi\.e)(?<!\be\.g)[.!?؟](?=\s|$)")


@lru_cache(maxsize=1)
def _lex():
    o = lexicon("order")
    flat = lambda key: frozenset(fold(w).lower() for ws in o[key].values() for w in ws)  # noqa: E731
    stops = frozenset(w.lower() for w in words("stopwords", "statements") + words("stopwords", "names"))
    return flat("action_nouns"), flat("subordinators"), stops


@lru_cache(maxsize=1)
def _time_words() -> tuple[frozenset, frozenset]:
    """Weekday names and the present («الآن»), and the words that count a time from the writing («الماضي»،
    «الجاري»، «المقبل»): in «منذ الأربعاء الماضي، …» and «بعد تسعة أشهر من الآن» the phrase names a time,
    not an event dated elsewhere. (A word of the second kind names a time only after a weekday: «افتتاح
    المستشفى الحالي» is the current hospital.)"""
    days = [w for ws in lexicon("calendars")["weekdays"].values() for w in ws]
    return (frozenset(fold(w).lower() for w in days) | _now_words(),
            frozenset(fold(w).lower() for w in lexicon("time")["deixis"]))


@lru_cache(maxsize=1)
def _apposition() -> frozenset:
    return frozenset(fold(w).lower() for ws in lexicon("order")["apposition"].values() for w in ws)


def _clause_end(text: str, pos: int, e: int) -> int:
    m = _CLAUSE_END.search(text, pos, e)
    return m.start() if m else e


@dataclass(frozen=True)
class Governed:
    """What an order word governs: its phrase ``[start, end)``, a date of its own, a lapse, the
    event's head words."""

    start: int
    end: int
    own: Mention | None
    lapse: Lapse | None
    heads: tuple[str, ...]


def _base(w: str) -> str:
    """A folded word without proclitics and the article, short words too («الخط» → «خط»)."""
    from .textevents import _base as b

    h = b(w)
    return h[2:] if h.startswith("ال") and len(h) >= 4 else h


def _pronoun_head(text: str, g: Governed) -> bool:
    """Whether the governed phrase names its event by one verbal noun with a pronoun («من إطلاقه»، «على
    توقيعها»): the event of an antecedent, not a name to look up elsewhere."""
    if len(g.heads) != 1:
        return False
    w = next((t.group() for t in _WORD.finditer(text, g.start, g.end) if _base(t.group().lower()) == g.heads[0]), "")
    from .eventgaps import carries_pronoun

    return len(w) > 4 and carries_pronoun(w)


_LASTING = re.compile(r"\s*[،,]?\s*(?:لمده|ولمده|مدته|مدتها|ومدته|ومدتها|for)\s", re.I)


def governed(text: str, ws: int, we: int, e: int, points: list[Mention]) -> Governed:
    """The phrase the order word ``[ws, we)`` governs, up to its clause's end (before ``e``)."""
    actions, _, stops = _lex()
    end = _clause_end(text, we, e)
    # its own date: a date with its year, no order word of another relation between («قبل أن يستقر
    # الوضع بعد ثورة يناير»: the «بعد» phrase is another one)
    rel = next((k for k, v in _ORDER_RE.match(text, ws).groupdict().items() if v), None)
    own = None
    for m in starting_in(points, we, end):
        if _own_relation(m, ws) or not _YEAR.search(text, m.nstart, m.nend):
            continue
        inner = [k for o in _ORDER_RE.finditer(text, we, m.nstart) for k, v in o.groupdict().items() if v]
        from .eventgaps import other_event_clause

        # (not a relative clause's date: «بعد أربع سنوات من هدم مبناه الذي شُيّد سنة 1904»; unless a length follows it,
        # which makes it the start of what the phrase names: «بعد انتهاء عقد العبور الذي وُقّع في ديسمبر 2019 لمدة خمس سنوات»)
        lasting = _LASTING.match(text, m.nend)
        if all(k == rel for k in inner) and (lasting is not None or not other_event_clause(text, we, m.nstart)):
            own = m
        break
    lapse = lapse_in(text, we, end)
    if lapse is None and re.match(r"[A-Za-z]", text[ws:we]):
        # English puts the lapse before the word: "five years after the partnership of 1996"
        pre = lapse_in(text, max(0, ws - 30), ws)
        if pre is not None and not text[pre.end:ws].strip():
            lapse = pre
    if lapse is not None and len(_WORD.findall(text[we:lapse.start])) <= 1:
        nxt = _WORD.search(text, lapse.end, end)
        if nxt is not None and nxt.group().lower() not in _EVENT_LINKS:
            # «وبعد عامين توسع الإنتاج في 2015»: a lapse alone, then the main clause
            return Governed(we, lapse.end, None, lapse, ())
    stop = min([x for x in (own.nstart if own else None, lapse.start if lapse else None) if x is not None] + [end])
    spans = [(we, stop)]
    if lapse is not None and own is None:
        # «بعد مرور عامين على الاتفاق»، "two years after the accord": the event follows the lapse
        link = _WORD.search(text, lapse.end, end)
        if link is not None and link.group().lower() in _EVENT_LINKS:
            spans.append((link.end(), end))
    heads = []
    times, deixis = _time_words()
    first = _WORD.search(text, we, end)
    if first is not None and first.group().lower() in _CLAUSE_OPENERS:
        spans = []  # «قبل أن تعود …», "before it was …": a clause, not an event named elsewhere
    for a, b in spans:
        day = False
        for t in _WORD.finditer(text, a, b):
            w = t.group().lower()
            day, after_day = w in times, day
            if w.isdigit() or w in stops or day or after_day and w in deixis \
                    or len(_base(w)) < (2 if w.startswith("ال") else 3) or _base(w) in actions or w in actions:
                continue
            heads.append(_base(w))
    return Governed(we, end, own, lapse, tuple(heads[:3]))


_FIELD_LABEL = re.compile(r"[\s*_]*[:：]")


def _resolve(tf: TextFacts, text: str, g: Governed, sents: tuple[tuple[int, int], ...], si: int,
             points: list[Mention], exclude: Mention | None) -> Mention | None:
    """The date of the event a governed phrase names, from its other mention in the text."""
    from .textevents import _dates, _relation

    verb = group_of(text, g.lapse.end if g.lapse else g.start, g.end) if g.lapse else None
    if not g.heads and verb is None:
        return None
    by_start = {int(m.row["start"]): m for m in points}
    dates = [d for d in _dates(tf) if int(d["row"].start) in by_start]
    # «من قمة التأسيس»: a head qualified in the governed phrase itself names the event with its qualifier,
    # so another mention of the head qualified otherwise («في قمة افتراضية») is another event
    qualifier = _own_qualifier(text, g) if len(g.heads) == 1 else None
    best = None
    for t in _WORD.finditer(text, max(0, g.start - REACH), min(len(text), g.end + REACH)):
        told = verb is not None and t.start() < g.start and tells(t.group(), verb)  # «دخلت» for «دخول»
        if g.start <= t.start() < g.end or not (told or (g.heads and _base(t.group().lower()) == g.heads[0])):
            continue
        if _FIELD_LABEL.match(text, t.end()) and len(text[text.rfind("\n", 0, t.start()) + 1:t.start()].split()) <= 2:
            continue  # a field's label heading its line names no event («تاريخ البث: الأحد 9 تشرين الثاني 2025»)
        k = next((i for i, (a, b) in enumerate(sents) if a <= t.start() < b), None)
        if k is None:
            continue
        a, b = sents[k]
        if not told and len(g.heads) > 1 and _qualified_otherwise(text, t.end(), b, g.heads):
            continue
        if not told and qualifier and _qualified_otherwise(text, t.end(), b, (*g.heads, qualifier)):
            continue
        if told and len(g.heads) > 1 and _subject_otherwise(text, t, a, b, g.heads):
            continue
        cands = []
        for d in dates:
            if not (a <= d["ns"] < b):
                continue
            dist = max(0, d["ns"] - t.end(), t.start() - d["ne"])
            mm = by_start[int(d["row"].start)]
            if dist > MAX_GAP or mm is exclude or (g.start <= d["ns"] < g.end):
                continue
            row = d["row"]
            if t.start() >= d["ne"] and isinstance(row.modifier, str) and hasattr(row, "_replace"):
                # a date's own relation word stands before it and orders it against what precedes
                # («قبل أن يتوقف الموسم في صيف 2020 بسبب الجائحة»); a mention after it is on it
                d = {**d, "row": row._replace(modifier=None)}
            if _relation(text, t.start(), t.end(), d) != "on":
                continue
            cands.append((dist, mm))
        if not cands:
            continue
        near = {_base(x.group().lower()) for x in _WORD.finditer(text, max(a, t.start() - 40), min(b, t.end() + 40))}
        score = len(near & set(g.heads))
        group = 0 if k == si else (1 if k < si else 2)
        key = (-score, group, abs(k - si), min(cands, key=lambda c: c[0])[0])
        if best is None or key < best[0]:
            best = (key, min(cands, key=lambda c: c[0])[1])
    return best[1] if best else None


_SUBJECT_NEAR = 4  # words either side of a verb where its subject or object is looked for


def _subject_otherwise(text: str, verb: re.Match, a: int, b: int, heads: tuple[str, ...]) -> bool:
    """Whether the verb ``verb`` (telling the governed verbal noun: «افتتحت» for «افتتاح») has for
    subject or object, within its clause, the governed phrase's head noun with another contrastive
    qualifier (``eventgaps._CONTRASTIVE``: «الأولى»، «الحالية»، «الجديدة»):
    «افتتحت محطة صحار الأولى عام 2007 … بعد أربع سنوات من افتتاح المحطة الحالية» (the current
    plant is not the first one)."""
    lo = max([a] + [m.end() for m in _CLAUSE_END.finditer(text, a, verb.start())])
    hi_m = _CLAUSE_END.search(text, verb.end(), b)
    hi = hi_m.start() if hi_m else b
    before = list(_WORD.finditer(text, lo, verb.start()))[-_SUBJECT_NEAR:]
    after = list(_WORD.finditer(text, verb.end(), hi))[:_SUBJECT_NEAR]
    from .eventgaps import _contrastive, distinct

    cs = {_base(c): c for c in _contrastive()}
    quals = [cs[h] for h in heads[1:] if h in cs]
    if not quals:
        return False
    for w in before + after:
        if _base(w.group().lower()) == heads[0]:
            end = hi if w.start() > verb.start() else verb.start()
            near = [_base(x.group().lower()) for x in _WORD.finditer(text, w.end(), end)][:3]
            near = [cs[x] for x in near if x in cs]
            return bool(near) and all(distinct(quals[0], x) for x in near)
    return False


def _own_qualifier(text: str, g: "Governed") -> str | None:
    """The definite word right after the head noun inside a governed phrase («من قمة التأسيس»: «تاسيس»), or None."""
    for t in _WORD.finditer(text, g.start, g.end):
        if _base(t.group().lower()) == g.heads[0]:
            nxt = _WORD.match(text, t.end() + 1)
            if nxt is not None and nxt.start() < g.end + 20 and nxt.group().startswith("ال") \
                    and not _CLAUSE_END.search(text, t.end(), nxt.start()):
                return _base(nxt.group().lower())
            return None
    return None


def _qualified_otherwise(text: str, pos: int, end: int, heads: tuple[str, ...]) -> bool:
    """Whether the head noun ending at ``pos`` is followed, in its clause, by a qualifier that is
    not among ``heads`` («الأزمة المالية» is not «الأزمة الأوكرانية»)."""
    *_, stops = _lex()
    nxt = _WORD.match(text, pos + len(text[pos:end]) - len(text[pos:end].lstrip(" ")))
    if nxt is None or _CLAUSE_END.search(text, pos, nxt.start()):
        return False
    w = nxt.group().lower()
    return not w.isdigit() and w not in stops and _base(w) not in heads


@dataclass(frozen=True)
class _Pair:
    later: Mention
    earlier: Mention
    word_start: int
    word_end: int
    lapse: Lapse | None
    how: str  # what the other end is: its own date, an event's other mention, the date before
    # for «the date before»: the dates a lapse may count from instead of it (:func:`_contradiction`)
    alts: tuple[Mention, ...] = ()
    # counted from the block before (the previous paragraph or list item): only its lapse is checked
    cross: bool = False


def _placed(text: str, s: int, e: int, ws: int, g: Governed, glued: bool, points: list[Mention],
            lapse_only: bool) -> tuple[Mention | None, list[Mention]]:
    """The date the order word places, and any more dates of the list it governs."""
    _, subs, _ = _lex()
    if g.end < e and text[g.end:g.end + 1] in ",،":
        # a date in apposition: the clause after the comma is the date and at most two words
        # before it («…، في خريف 2019،»، "…, in May 2019,")
        ce = _clause_end(text, g.end + 1, e)
        x = next(iter(starting_in(points, g.end + 1, ce)), None)
        lead = [w.lower() for w in _WORD.findall(text[g.end:x.nstart])] if x is not None else []
        # («بدأت حملتها بعد يومين، السبت 30 يناير»: a weekday before the date is the date's)
        if x is not None and len(lead) <= 2 and all(w in _apposition() or w in _time_words()[0] for w in lead) \
                and not _WORD.search(text, x.nend, ce):
            return x, []
    if lapse_only and g.end < e and text[g.end:g.end + 1] not in ",،":
        # the main clause right after a lapse: its first date
        ce = _clause_end(text, g.end, e)
        if text[ce:ce + 1] == "(":  # a title's year in brackets closes the clause («ديوانه "…" (1968)»)
            ce = ce + 1 + len(text[ce + 1:ce + 16].split(")")[0]) if ")" in text[ce + 1:ce + 16] else ce
        x = next(iter(starting_in(points, g.end, ce)), None)
        if x is not None and len(_WORD.findall(text[g.end:x.nstart])) <= NEAR:
            return x, []
        return None, []
    head = text[s:ws]
    opens = glued or not head.strip() or bool(re.search(r"[,،؛;:]\s*$", head))
    if not glued and not lapse_only:
        before = [m for m in held_by(points, s, ws) if not names_event(m)]
        if before:
            x = before[-1]
            gap = text[x.nend:ws]
            if len(_WORD.findall(gap)) <= NEAR and _one_clause_between(gap, subs) \
                    and not re.search(r"[؛;:()\n]", gap) and not _ORDER_RE.search(gap) \
                    and not _range_start(text, s, x, gap):
                return x, []
    if not opens:
        return None, []
    more = []
    pos = g.end
    while pos < e:
        if text[pos] not in ",،":
            return None, more
        ce = _clause_end(text, pos + 1, e)
        clause = text[pos + 1:ce]
        first = _WORD.search(clause)
        if first is None:
            return None, more
        w = first.group().lower()
        inside = held_by(points, pos + 1, ce)
        if w in subs:
            pos = ce
            continue
        if w.startswith("و") and len(w) > 2 and not _ORDER_RE.match(text, pos + 1 + first.start()):
            if lapse_only:
                return None, more
            more.extend(inside)
            pos = ce
            continue
        if inside and len(_WORD.findall(text[pos + 1:inside[0].nstart])) <= MAIN_REACH \
                and not any(x.lower() in subs for x in _WORD.findall(text[pos + 1:inside[0].nstart])) \
                and not _range_start(text, pos + 1, inside[0], text[inside[0].nend:ce]):
            return inside[0], more
        return None, more
    return None, more


def pairs_of(tf: TextFacts) -> list[_Pair]:
    """The order relations of a text whose other end is an event dated elsewhere, a lapse, or a
    date the same-sentence rule does not reach."""
    text = tf.norm.text
    mentions = event_mentions(tf)
    every = [m for m in mentions if _point(m)]
    # a year naming its event or a span in brackets after a noun («اغتيل الملك فيصل (1906-1975) … 25 مارس
    # 1975») is no clause's time: a lapse or an order word never counts to it (a «during» still reads it:
    # «أثناء الحرب العالمية الثانية (1939-1945)» gives the war's years)
    points = [m for m in every if not names_event(m)]
    sents = sentence_spans(text)
    out: list[_Pair] = []
    for si, (s, e) in enumerate(sents):
        old = {(r.later.nstart, r.earlier.nstart) for r in _relations_in(text, s, e, mentions)}
        out.extend(_list_pairs(text, s, e, every))
        out.extend(_during_pairs(text, s, e, every))
        for w in list(lapse_phrases(text, s, e)) + list(_ORDER_RE.finditer(text, s, e)):
            rel = w.lastgroup if isinstance(w, re.Match) else w[2]
            ws, we = (w.span() if isinstance(w, re.Match) else w[:2])
            word = text[ws:we]
            glued = bool(re.match(r"[وف](?!ي\s)", word)) and rel not in ("then", "earlier")
            if isinstance(w, re.Match):
                g = governed(text, ws, we, e, points)
            else:
                g = Governed(we, _clause_end(text, we, e), None, w[3] or lapse_in(text, ws, we), ())
            if rel in ("then", "earlier") or not isinstance(w, re.Match):
                if g.lapse is None:
                    continue  # a sequence word without a lapse: chronology's rule
                prev = _dates_before(text, points, ws, _paragraph_start(text, sents, si))
                if not prev or "\n" in text[prev[-1].nend:ws]:
                    continue
                y = prev[-1]
                x = next((m for m in starting_in(points, g.lapse.end, e)
                          if len(_WORD.findall(text[g.lapse.end:m.nstart])) <= 2 * NEAR
                          and "\n" not in text[g.lapse.end:m.nstart]), None)
                if x is not None and is_birth(text, x):
                    x = None  # «… في العام التالي وفق تصميم مكتب فوستر، المولود عام 1935»: a life's date, not the lapse's
                if x is not None and _ORDER_RE.search(text, max(g.lapse.end, we), x.nstart):
                    # «في العام التالي بسبب الجائحة، … قبل أن يعود … في عام 2023»: another order
                    # word stands between the lapse and the date, so the date is that word's (the
                    # sequence word itself may follow its lapse: "A year earlier, in 2010")
                    x = None
                ce = _clause_end(text, we, e)
                if not isinstance(w, re.Match) and not _WORD.search(text, we, ce) \
                        and (x is None or x.nstart >= _clause_end(text, min(ce + 1, e), e)):
                    # "…, opened in December 2019, five years later.": the lapse ends its clause and
                    # follows the date it places, which counts from the date before it
                    x = prev[-1]
                    if _WORD.findall(text[x.nend:ws]) and len(_WORD.findall(text[x.nend:ws])) > 2:
                        continue
                    prev = _dates_before(text, points, x.nstart, _paragraph_start(text, sents, si))
                    if not prev:
                        continue
                    y = prev[-1]
                if x is None or _own_relation(x, ws):
                    continue
                later, earlier = (x, y) if rel not in ("before", "earlier") else (y, x)
                out.append(_Pair(later, earlier, ws, we, g.lapse, "the date before",
                                 _paragraph_dates(text, points, ws)))
                continue
            lapse_only = g.own is None and not g.heads and g.lapse is not None
            cross = False
            if lapse_only and (rel == "before" or _since_word(word)):
                continue  # «قبل عامين»، «منذ عامين»: two years ago, counted from the writing, not the date before
            if g.own is not None:
                y, how = g.own, "its own date"
            elif g.heads:
                y, how = None, "the event's other mention"
            elif lapse_only:
                prev = _dates_before(text, points, ws, _paragraph_start(text, sents, si))
                cross = not prev or "\n" in text[prev[-1].nend:ws]  # (else «the date before» is in its paragraph)
                if cross:
                    prev = list(_block_before(text, points, ws))
                y, how = (prev[-1] if prev else None), "the date before"
                if y is None:
                    continue
            else:
                continue
            x, more = _placed(text, s, e, ws, g, glued, points, lapse_only)
            if x is None or (x.modifier and set(x.modifier.split("-")) & {"since", "after", "before"}) \
                    or aimed_at(text, x) or is_birth(text, x):
                # («توصي الدراسة بتعميمه بحلول عام 2027»: a date aimed at, not the time of the clause; «المولود عام
                # 1960 ووزير الطاقة منذ أيلول 2019»: a birth in apposition, not the time the word places)
                continue
            if y is None and _pronoun_head(text, g):
                # «إيجبت سات-1، … يوم 17 أبريل 2007، وقد فُقد الاتصال به عام 2010 بعد ثلاث سنوات من إطلاقه»: a
                # verbal noun with a pronoun counts from its antecedent's event, which its own sentence dates
                before = [m for m in _dates_before(text, points, x.nstart, s) if m is not x]
                if before:
                    y, how = before[-1], "the date before"
            others = ()
            if y is None:
                y = _resolve(tf, text, g, sents, si, points, x)
                if y is None:
                    continue
                others = _other_dates(tf, text, g, x, y)
                if _pronoun_head(text, g):
                    from .eventgaps import _same_document

                    if not _same_document(text, s, ws, [y]):
                        continue  # «ألغت … عقد المطار، أي بعد ست سنوات من توقيعه»: not «اتفاق أبرمه البلدان عام 1972»
            if x is y:
                continue
            for yy in [y] + [m for m in more if not _own_relation(m, ws)]:
                if rel == "before":
                    later, earlier = yy, x
                else:
                    later, earlier = x, yy
                if (later.nstart, earlier.nstart) in old:
                    continue
                alts = others if how != "the date before" else tuple(prev) if cross else _paragraph_dates(text, points, ws)
                out.append(_Pair(later, earlier, ws, we, g.lapse if yy is y else None, how, alts, cross))
    return out + _gloss_pairs(tf, text, points)  # after the lapses: one finding per fault


def _other_dates(tf: TextFacts, text: str, g: Governed, x: Mention, y: Mention) -> tuple[Mention, ...]:
    """The other dates the text gives the event a lapse counts from («بعد أربعة أشهر من توقيع الاتفاق»), besides the
    mention ``y`` chosen for it: a text that dates the signing twice («وقّع البنكان اليوم …» in a wire's lead, «وكانا
    قد وقّعا اتفاقهما الأول يوم …») may count from either, so the lapse contradicts its dates only when it fits none
    (:func:`.eventgaps.event_dates` finds them, a day told relative to the writing included)."""
    from .eventgaps import _EVENT, event_dates

    if g.lapse is None:
        return ()
    ev = _EVENT.match(text, g.lapse.end)
    if ev is None:
        return ()
    found = [m for m in event_dates(tf, ev.group("ev"), x, ev.group("obj"), ev.group("qual")) if m is not y]
    return (y, *found) if found else ()


GLOSS = "the time it names"
_GLOSS_RE = re.compile(r"\s*[,،(]?\s*(?:او\s+)?(?:اي|يعني|تحديدا|وتحديدا|i\.e\.|namely|that\s+is)\s*,?\s*"
                       r"(?:(?:في|عام|سنه|العام|in|the\s+year)\s+)?", re.I)


def _gloss_pairs(tf: TextFacts, text: str, points: list[Mention]) -> list[_Pair]:
    """A relative date glossed by an explicit one («العام الماضي، أي عام 2021»، «في العام التالي،
    أي 2015»، "last year, i.e. 2021"): the two must meet. Only relative dates counted from a date
    the text gives (a preceding date, a dateline, a publication or given date), not from the
    latest date of the text."""
    out = []
    starts = {m.nstart: m for m in points}
    for m in dated_mentions(tf, ("relative",)):
        anchor = m.row.get("anchor")
        if not isinstance(anchor, str) or "latest" in anchor or "headline" in anchor:
            continue
        g = _GLOSS_RE.match(text, m.nend)
        if g is None or g.end() == m.nend:
            continue
        x = next((p for p in starting_in(points, g.start() + 1, g.end() + 1) if p.nend > g.end()), None)
        if x is None:
            continue
        out.append(_Pair(x, m, m.nstart, m.nend, None, GLOSS))
    for m in dated_mentions(tf, ("relative",)):
        # the other way round: an explicit date restated by a count from the writing («نظمت سنة
        # 2013، أي قبل اثنتي عشرة سنة»، "in 2013, i.e. twelve years ago"): the two must meet, with a
        # year of slack (a count of years said in January may reach back into the year before)
        anchor = m.row.get("anchor")
        if not isinstance(anchor, str) or "latest" in anchor or "headline" in anchor:
            continue
        g = _GLOSS_BEFORE_RE.search(text, max(0, m.nstart - 24), m.nstart)
        if g is None:
            continue
        # (a clause of time about the date may stand between: «منذ عام 2019، حين كنت في السادسة والأربعين، أي منذ ست
        # سنوات»)
        x = next((p for p in points if p.nend <= g.start() and (not text[p.nend:g.start()].strip()
                                                                 or _WHEN_CLAUSE.fullmatch(text, p.nend, g.start()))), None)
        if x is None or x is m:
            continue
        out.append(_Pair(x, m, m.nstart, m.nend, None, AGO_GLOSS))
    return out


AGO_GLOSS = "the time its count from the writing names"
# a clause of time after a date, about it: «، حين كان في الثامنة والعشرين» (no figure, no stop)
_WHEN_CLAUSE = re.compile(r"\s*[,،]\s*(?:حين|حينما|عندما|لما|اذ|when)\s+[^\d,،.؛;:!?؟«»\"()\n]{2,60}")
_GLOSS_BEFORE_RE = re.compile(r"\s*[,،]\s*(?:او\s+)?(?:اي|يعني|i\.e\.|that\s+is)\s*,?\s*$", re.I)


DURING = "the stretch of time it falls in"
_RANGE_TYPES = ("year_range", "day_range")


@lru_cache(maxsize=1)
def _during_re() -> re.Pattern:
    ws = sorted({fold(w).lower() for ws in lexicon("order")["during"].values() for w in ws}, key=len, reverse=True)
    return re.compile(rf"(?<![{_AL}A-Za-z])[وف]?(?:{'|'.join(map(re.escape, ws))})(?![{_AL}A-Za-z])", re.I)


def _during_pairs(text: str, s: int, e: int, points: list[Mention]) -> list[_Pair]:
    """«X أثناء الحرب (1939-1945)», "X during the war (1939-1945)": X inside the range given after
    the word (within a few words, brackets allowed, no comma)."""
    out = []
    for w in _during_re().finditer(text, s, e):
        y = next(iter(starting_in(points, w.end(), e)), None)
        if y is None or y.type not in _RANGE_TYPES or y.modifier or y.start_date[:4] == y.end_date[:4] \
                or len(_WORD.findall(text[w.end():y.nstart])) > 6 or re.search(r"[,،؛;:\n]", text[w.end():y.nstart]) \
                or _ORDER_RE.search(text, w.end(), y.nstart):
            continue
        close = re.match(r"\s*\)", text[y.nend:e])
        g = Governed(w.end(), y.nend + (close.end() if close else 0), y, None, ())
        glued = bool(re.match(r"[وف](?!ي)", text[w.start():w.end()]))
        x, _ = _placed(text, s, e, w.start(), g, glued, points, False)
        if x is None or x is y or x.type in _RANGE_TYPES or x.modifier:
            continue
        out.append(_Pair(x, y, w.start(), w.end(), None, DURING))
    return out


@lru_cache(maxsize=1)
def _list_start_re() -> re.Pattern:
    ws = sorted({fold(w).lower() for ws in lexicon("order")["list_start"].values() for w in ws}, key=len, reverse=True)
    alts = [re.escape(w).replace(r"\ ", r"\s*") + (f"(?=[{_AL}])" if w.endswith("ب") else r"\b") for w in ws]
    return re.compile(rf"(?<![{_AL}A-Za-z])(?:{'|'.join(alts)})", re.I)


def _list_pairs(text: str, s: int, e: int, points: list[Mention]) -> list[_Pair]:
    """A list of successive events opened by its first («بدءاً بـ X عام Y0، وZ عام Y1»): each
    later item is placed after the first."""
    out = []
    for m in _list_start_re().finditer(text, s, e):
        first = next(iter(starting_in(points, m.end(), e)), None)
        if first is None or first.modifier or len(_WORD.findall(text[m.end():first.nstart])) > 2 * NEAR \
                or _ORDER_RE.search(text, m.end(), first.nstart):
            continue
        english = bool(re.match(r"[A-Za-z]", text[m.start():m.end()]))
        pos = first.nend
        for clause in re.finditer(r"[,،]\s*(?:and\s+)?([^,،]*)", text[pos:e]):
            cs, ce = pos + clause.start(1), pos + clause.end(1)
            body = re.sub(r"\([^)]*\)?", " ", text[cs:ce])
            if not body.strip():
                continue
            if not english and not re.match(r"\s*و[{_AL}]{2,}".replace("{_AL}", _AL), body):
                if text[cs:cs + 1] == "(" or text[max(pos, cs - 3):cs].strip().startswith("("):
                    continue
                break
            item = next(iter(held_by(points, cs, ce)), None)
            if item is None:
                if text[cs:cs + 1] == "(":
                    continue
                break
            if item.modifier or _ORDER_RE.search(text, cs, item.nstart) \
                    or len(_WORD.findall(text[cs:item.nstart])) > NEAR:
                break
            out.append(_Pair(item, first, m.start(), m.end(), None, "the first item of a list"))
    return out


def _dates_before(text: str, points: list[Mention], ws: int, lo: int, at: int | None = None) -> list[Mention]:
    """The dates between ``lo`` and ``ws`` a lapse may count from: the dates of their clauses, not
    one an order word governs («…، بعد خمس سنوات من الشراكة عام 1996. وبعد عامين …» counts
    from the clause's own date) nor one with its own since/until."""
    from ..text.spans import in_brackets

    # the order word's sentence (``at``, when the dates are looked for in a block before it)
    own = max((a for a, _ in sentence_spans(text) if a <= (ws if at is None else at)), default=0)
    out = []
    for m in held_by(points, lo, ws):
        if m.modifier:
            continue
        if m.nstart < own and is_birth(text, m):
            continue  # «… وقال الرئيس، المولود في أيلول 1963 … . وبعد عشرين شهراً»: a life's date, not the narrative's
        if m.type.endswith("range") and in_brackets(text, m.nstart, m.nend):
            continue  # «جيانغ زيمين (1926-2022م)»: a lifetime or a term in brackets, no time of the narrative
        head = text[lo:m.nstart]
        cut = max((c.end() for c in _CLAUSE_END.finditer(head)), default=0)
        if any(o.lastgroup in ("after", "before") for o in _ORDER_RE.finditer(head, cut)):
            continue  # a sequence word («ثم») leaves the clause its own date
        out.append(m)
    return out


_ITEM = re.compile(r"[ \t]*(?:[-*•][ \t]|\d{1,2}[.)-][ \t])")


def _block_before(text: str, points: list[Mention], ws: int) -> tuple[Mention, ...]:
    """The dates a lapse at ``ws`` may count from when its own paragraph (or list item) names none before
    it: those of the paragraph before («… يوم 20 كانون الثاني 2023 … ⏎⏎ وبعد عشرين شهراً، في أيلول 2024»), or of
    the list item before («- المغرب: انطلقت حملته يوم 28 يناير 2021؛ ⏎ - الجزائر: بدأت حملتها بعد يومين»)."""
    line = text.rfind("\n", 0, ws) + 1
    if _ITEM.match(text, line):
        lo = text.rfind("\n", 0, max(0, line - 1)) + 1
        if not _ITEM.match(text, lo):
            return ()
        return tuple(_dates_before(text, points, line - 1, lo, at=ws))
    start = text.rfind("\n\n", 0, ws)
    if start < 0 or held_by(points, start, ws):
        return ()
    lo = text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0
    return tuple(_dates_before(text, points, start, lo, at=ws))


def _paragraph_dates(text: str, points: list[Mention], ws: int) -> tuple[Mention, ...]:
    """The dates a lapse may count from in the paragraph (the line) before ``ws``."""
    return tuple(_dates_before(text, points, ws, text.rfind("\n", 0, ws) + 1))


def _paragraph_start(text: str, sents: tuple[tuple[int, int], ...], si: int) -> int:
    """The start of the sentence before ``si`` when no blank line parts them, else of ``si``."""
    s = sents[si][0]
    if si and "\n\n" not in text[sents[si - 1][1]:s] and "\n" not in text[sents[si - 1][0]:s].strip("\n")[-1:]:
        return sents[si - 1][0]
    return s


def _stated_lapse(text: str, p: _Pair):
    """The pair's lapse read as :mod:`.gaps` reads a stated gap, from its order word («بعد أكثر من ثلاثة
    أعوام وثمانية أشهر»، «قبل يومين»، «وبعدها بستة أشهر»): ``(match, unit, n)``, or None (an English
    lapse before its word, «العام التالي»)."""
    from .gaps import _patterns, _stated

    gap, _, opening = _patterns()[:3]
    for rx in (gap, opening):
        m = rx.match(text, p.word_start)
        if m is not None and m.start("after" if m.group("after") else "before") < p.word_end \
                and m.end() >= p.lapse.end and m.start() <= p.lapse.start:
            got = _stated(m)
            if got is not None:
                return m, got[0], got[1]
    return None


def _lapse_fits(text: str, p: _Pair) -> bool | None:
    """Whether the pair's dates are as far apart as its lapse says, counted as :mod:`.gaps` counts a
    stated gap (days and weeks between two days, months to the day, years by their months; «أكثر من N»
    at least N, «أقل من N» at most N, «نحو N» about N); None when the lapse is not read so."""
    from .gaps import _difference, gap_slack, stated_fits

    got = _stated_lapse(text, p)
    if got is None:
        return None
    m, unit, n = got
    diff = _difference(p.earlier, p.later, unit)
    if diff is None:
        return None
    return stated_fits(m, n, *diff, gap_slack(m, p.earlier, p.later, unit))


def _contradiction(p: _Pair, text: str | None = None) -> str | None:
    """Why a pair contradicts its dates (the order, the lapse, the stretch of time), or None. A lapse
    counted from «the date before» may count from another date of ``alts`` (the one before a flashback:
    «… يوم 10 مارس 2023 … قطيعة بدأت يوم 3 يناير 2016 … وبعد نحو ثلاثة أشهر …»): it contradicts its dates
    only when it fits none. Counted from the block before, only its lapse is read (a paragraph may turn to
    another story: «افتتح المصنع عام 2012. ⏎⏎ وبعد عامين، في 2010»)."""
    why = _contradiction_of(p, text)
    if why == "order" and p.cross:
        return None
    if why == "order" and p.how == "the event's other mention" and p.alts:
        # an event the text dates twice («أنشأت دار المعلمين في الناصرة سنة 1886» … «دخلتُ الدار يوم 15 أيلول 1906»):
        # «بعد أربع سنوات من دار الناصرة» counts from either, and contradicts its dates only when it fits neither
        # (not a date of the same sentence as the one chosen: «ثورة 14 يوليو 1959 … يوم 27 ذي الحجة 1377هـ» gives one
        # event two dates that disagree, which no order word clears)
        y = p.earlier if p.earlier in p.alts else p.later
        if any(_contradiction_of(replace(p, earlier=a) if y is p.earlier else replace(p, later=a), text) is None
               for a in p.alts if a is not p.later and a is not p.earlier and not _one_sentence(text, a, y)):
            return None
        return why
    if why != "lapse" or not p.alts:
        return why
    before_is_earlier = any(a is p.earlier for a in p.alts)  # «بعد»: the date before is the earlier end
    measured = text is not None and _stated_lapse(text, p) is not None
    for a in p.alts:
        if a is p.later or a is p.earlier:
            continue
        q = replace(p, earlier=a) if before_is_earlier else replace(p, later=a)
        # (a lapse read as a stated gap fits another date only when it can be measured against it)
        if (_lapse_fits(text, q) if measured else _contradiction_of(q, text) is None):
            return None
    return why


def _one_sentence(text: str | None, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand in one sentence (no full stop or line break between them)."""
    if text is None:
        return False
    return not re.search(r"(?<!\d)[.!?؟\n]|[.!?؟](?!\d)", text[min(a.nstart, b.nstart):max(a.nend, b.nend)])


def _contradiction_of(p: _Pair, text: str | None = None) -> str | None:
    if p.how == GLOSS:
        x, y = p.later, p.earlier
        return "gloss" if _k(x.end_date) < _k(y.start_date) or _k(x.start_date) > _k(y.end_date) else None
    if p.how == AGO_GLOSS:
        from ..text.intervals import year_of

        x, y = p.later, p.earlier
        return "gloss" if year_of(x.end_date) + 1 < year_of(y.start_date) \
            or year_of(x.start_date) > year_of(y.end_date) + 1 else None
    if p.how == DURING:
        x, y = p.later, p.earlier
        return "during" if _k(x.end_date) < _k(y.start_date) or _k(x.start_date) > _k(y.end_date) else None
    if _k(p.later.end_date) < _k(p.earlier.start_date):  # years BC too: 331 BC is after 612 BC
        return "order"
    if p.lapse is None:
        return None
    fits = _lapse_fits(text, p) if text is not None else None
    if fits is not None:
        return None if fits else "lapse"
    if not p.lapse.months:
        return None
    a, fine_a = _months(p.later)
    b, fine_b = _months(p.earlier)
    fine = fine_a and fine_b
    # one month of slack for a lapse of months between two dates with their month; a lapse of
    # years is counted in years (May 2014 to December 2019 is «five years»)
    tol = 1 if fine and p.lapse.months % 12 else 12
    if abs((a - b) - p.lapse.months) > tol:
        return "lapse"
    return None


@detector("order-word-event")
def order_word_event(facts: Facts) -> list[Finding]:
    """An order word whose other end is an event dated elsewhere in the text, or a stated lapse of
    time («بعد عامين»), contradicted by the dates."""
    out: list[Finding] = []
    for tf in facts:
        if tf.doc.form == "pdf-scrambled":
            continue
        text = tf.norm.text
        seen = set()
        for p in pairs_of(tf):
            why = _contradiction(p, text)
            key = (p.later.nstart, p.earlier.nstart)
            # one finding per fault: the same placed date by the same words (a glossed «العام التالي»
            # is both a relative date and a lapse)
            words_at = (p.later.nstart, p.word_start, p.word_end)
            if why is None or key in seen or any(k[0] == words_at[0] and k[1] < p.word_end and p.word_start < k[2]
                                                 for k in seen if len(k) == 3):
                continue
            seen.add(key)
            seen.add(words_at)
            word = raw_span(tf, p.word_start, p.word_end)
            lapse = raw_span(tf, p.lapse.start, p.lapse.end).text if p.lapse else None
            later, earlier = p.later.span, p.earlier.span
            if why == "gloss":
                message = (f"«{earlier.text}» names {interval_text(p.earlier)}, but the text glosses it as "
                           f"«{later.text}» ({interval_text(p.later)}).")
            elif why == "during":
                message = (f"«{word.text.strip()}» puts «{later.text}» ({interval_text(p.later)}) inside "
                           f"«{earlier.text}» ({interval_text(p.earlier)}), but its date is outside it.")
            elif why == "order":
                message = (f"«{word.text.strip()}» puts «{later.text}» ({interval_text(p.later)}) after "
                           f"«{earlier.text}» ({interval_text(p.earlier)}, {p.how}), but its date is earlier.")
            else:
                with_ = "" if lapse and lapse.strip() == word.text.strip() else f" with «{lapse}»"
                message = (f"«{word.text.strip()}»{with_} puts «{later.text}» ({interval_text(p.later)}) "
                           f"«{lapse}» after «{earlier.text}» ({interval_text(p.earlier)}, {p.how}), "
                           f"but the dates are further apart or closer.")
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=message,
                # a lapse's finding quotes the lapse too: it is what the dates contradict
                spans=sorted({(sp.start, sp.end): sp for sp in (later, word, earlier)
                              + ((raw_span(tf, p.lapse.start, p.lapse.end),) if why == "lapse" else ())}.values(),
                             key=lambda sp: sp.start),
                evidence={
                    "rule": "an order word relating a date to an event dated elsewhere or to a stated lapse; "
                            "the dates contradict the order or the lapse",
                    "order_word": word.text,
                    "shape": p.how,
                    "lapse": lapse,
                    "later": {"text": later.text, "date": interval_text(p.later)},
                    "earlier": {"text": earlier.text, "date": interval_text(p.earlier)},
                    "sentence": raw_span(tf, *next((a, b) for a, b in sentence_spans(text)
                                                   if a <= p.word_start < b)).text,
                },
            ))
    return out
