"""Averages the rules of :mod:`.rates` do not reach (findings of kind ``arithmetic-rate``, a warning).

``arithmetic-average-sentence``
    An average per head introduced by «أي»، «بمعدل»، «بمتوسط»، «في المتوسط»، "an average of" and
    closed by its head («للخط الواحد»، «لكل نادٍ»، «في المباراة الواحدة»، "per line"), whose total
    is not the figure just before it: «48 حافلة تعمل على أربعة خطوط: الشمالي (15 حافلة)، …، أي
    بمعدل 12 حافلة للخط الواحد». Every figure of the sentence before the average of its kind (the
    same money, or a count of the same noun) and larger than it is a candidate total, every count of
    the head's noun in the text (broken plurals read through ``lang/plurals.yml``) a candidate count;
    a finding when no total over any count gives the average (the slack of :mod:`.rates`).

``arithmetic-per-period`` (a second shape)
    A count per period restated per another period by adverbs after the figures: «15 ألف مريض
    سنوياً، أي بمعدل 1,250 مريضاً شهرياً» (``lang/averages.yml`` ``periods``): the first figure
    converted to the second's period (12 months, 52 weeks, 365 days a year) must give the second.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from .. import lang
from ..extract.figures.lemmas import lemma
from ..facts import Facts
from ..text.normtext import fold
from . import detector
from .arithmetic import _agree, _between, _compatible, _fig_ev, _finding, _fmt, _sentences, figures_of
from .rates import PER_YEAR, VAGUE, _approx, _head_agrees, _per_head_patterns, _same_noun, head_word
from ..text.patterns import spaced


_alt = partial(spaced, fold=fold)  # longest first; a blank matches any white space


@lru_cache(maxsize=1)
def _patterns():
    # («وبمتوسط»، «أي نحو 700»: the conjunction before, an approximator after)
    lead = re.compile(rf"(?:^|[\s,،(])و?(?:{_alt(lang.words('averages', 'lead'))})"
                      rf"(?:\s+(?:{_alt([*lang.words('durations', 'approximators'), *lang.words('averages', 'lead_verbs')])}))?\s*$",
                      re.I)
    one = _alt(lang.words("rates", "one"))
    # a period adverb or «تقريباً» may stand between the figure and its head («7200 دولار شهرياً للعنصر الواحد»)
    between = _alt([w for ws in lang.lexicon("averages")["periods"].values() for w in ws] + list(lang.words("averages", "hedges")))
    per = re.compile(rf"^(?:\s*(?:{between})(?!\w))?\s*(?:(?:{_alt(lang.words('rates', 'per'))})\s*(?P<noun>[^\W\d_]+)(?:\s+(?:{one}))?"
                     rf"|(?:{_alt(lang.words('averages', 'in_one'))})\s+(?:ال)?(?P<noun2>[^\W\d_]+)\s+(?:{one}))(?!\w)",
                     re.I)
    periods = {k: re.compile(rf"\s*(?:{_alt(v)})(?!\w)", re.I) for k, v in lang.lexicon("averages")["periods"].items()}
    return lead, per, periods


def _lemma(w: str) -> str:
    return fold(lemma(w)[0]).casefold()


def _same(unit: str, noun: str) -> bool:
    return _same_noun(unit, noun) or (bool(unit) and _lemma(unit) == _lemma(noun)) or _persons(unit, noun)


@lru_cache(maxsize=1)
def _person_words() -> frozenset:
    return frozenset(fold(w) for w in lang.words("averages", "persons"))


def _persons(unit: str, noun: str) -> bool:
    """Whether a count's unit and an average's head both name people («نسمة» and «للفرد»: per capita)."""
    ws = _person_words()
    return bool(unit) and fold(unit) in ws and (fold(noun) in ws or _lemma(noun) in ws)


def _head_of(c, noun: str) -> bool:
    """Whether figure ``c`` counts the heads an average names: a count of the noun, or a measure in the unit
    the noun names («150 كيلومتراً» for «للكيلومتر»)."""
    from .rates import _unit_named

    return c.kind in ("count", "number") and c.unit and _same(c.unit, noun) or c.kind == "measure" and _unit_named(c.unit, noun)


def _same_kind(x, y) -> bool:
    return _compatible(x, y) and (x.kind != "count" or _same(x.unit, y.unit))


# a demonstrative naming back to the figure the sentence before stated («هذه الكميات»، «هذا المبلغ»، «هذه الاستثمارات»)
_BACK = re.compile(r"(?<![^\W\d_])(?:هذه|هذا|هاتان|هذان|تلك|ذلك)\s+ال[^\W\d_]{2,}")
_BACK_REACH = 300


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _unit_phrase(text: str, end: int, noun: str) -> str:
    """The head with the word after it when the two name one unit: «لكل ميغاواط ساعة» is per megawatt hour (energy),
    not per megawatt (power) — ``lang/units.yml``'s multi-word units («متر مكعب»، «كيلوواط ساعة»)."""
    from ..extract.figures import lexicon

    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and (two := f"{noun} {nxt.group(1)}") and fold(two).casefold() in lexicon.UNITS:
        return two
    return noun


@detector("arithmetic-average-sentence", "internal")
def arithmetic_average_sentence(facts: Facts) -> list:
    """An average per head («أي بمعدل 12 حافلة للخط الواحد») that no total of its sentence over any
    count of the head in the text gives."""
    lead, per, _ = _patterns()
    restate, _ = _per_head_patterns()
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for s0, sent in _sentences(t, figs):
            for j, y in enumerate(sent):
                if j == 0 or y.kind == "percent" or y.lo <= 0:
                    continue
                prev = sent[j - 1]
                if not lead.search(text[max(prev.ne, y.ns - 30):y.ns]):
                    continue
                m = per.match(text[y.ne:y.ne + 50])
                if not m:
                    continue
                noun = _unit_phrase(text, y.ne + m.end("noun" if m.group("noun") else "noun2"),
                                    m.group("noun") or m.group("noun2"))
                if _compatible(prev, y) and restate.match(_between(t, prev, y)) and m.group("noun"):
                    continue  # the total just before: rates' per-head rule
                totals = [x for x in sent[:j] if x.kind != "percent" and _same_kind(x, y) and x.value > y.value]
                if not totals and _BACK.search(text, s0, prev.ns):
                    # «وقد نُقلت هذه الكميات في 1003 رحلات، أي بمتوسط يقارب 33 ألف طن للرحلة الواحدة»: the total is
                    # named back to, in the sentence before (its largest figure of the kind: the whole, not a part)
                    back = [x for x in figs if x.ne <= s0 and s0 - x.ne <= _BACK_REACH and "\n" not in text[x.ne:s0]
                            and x.kind != "percent" and _same_kind(x, y) and x.value > y.value]
                    totals = [max(back, key=lambda x: x.value)] if back else []
                heads = [c for c in figs if c is not y and c not in totals
                         and c.lo > 0 and _head_of(c, noun) and c.hi - c.lo <= VAGUE * c.value]
                if not totals or not heads or any(_head_agrees(x, y, c) for x in totals for c in heads):
                    continue
                x, c = min(((x, c) for x in totals for c in heads), key=lambda p: abs(p[0].value / p[1].value - y.value))
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{y.row['text'].strip()} per {head_word(noun, c.unit)}: no total of its sentence over a count of "
                    f"«{head_word(noun, c.unit)}» gives it "
                    f"({x.row['text'].strip()} over {c.row['text'].strip()} is {_fmt(x.value / c.value)}).",
                    [x, y, c],
                    {"rule": "an average per head vs every total of its sentence over every count of the heads",
                     "average": _fig_ev(y), "totals": [_fig_ev(g) for g in totals],
                     "heads": [_fig_ev(h) for h in heads], "computed": x.value / c.value},
                ))
    return out


def _period(text: str, g) -> str | None:
    _, _, periods = _patterns()
    for k, p in periods.items():
        if p.match(text, g.ne):
            return k
    return None


PRINTED_SLACK = 0.02
"""How far a restated rate may be from the first rate's printed value converted, beyond its own interval."""


def _rate_periods(a, b) -> tuple[str, str] | None:
    """The periods of two rates of one quantity whose units carry them («barrel/day», «barrel/year»), or None."""
    na, _, pa = (a.unit or "").partition("/")
    nb, _, pb = (b.unit or "").partition("/")
    if a.kind != "measure" or b.kind != "measure" or not na or na != nb or pa == pb \
            or pa not in PER_YEAR or pb not in PER_YEAR:
        return None
    return pa, pb


@detector("arithmetic-per-period-adverb", "internal")
def arithmetic_per_period_adverb(facts: Facts) -> list:
    """«15 ألف مريض سنوياً، أي بمعدل 1,250 مريضاً شهرياً»: a count per period restated per another."""
    restate, _ = _per_head_patterns()
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t)):
            for a, b in zip(sent, sent[1:]):
                rated = _rate_periods(a, b)  # «1.75 مليون برميل يومياً، أي قرابة 639 مليون برميل سنوياً»: barrel/day, barrel/year
                if rated is None and (a.kind == "percent" or not _same_kind(a, b) or "/" in (a.unit or "")
                                      or "/" in (b.unit or "")):
                    continue
                pa, pb = rated or (_period(text, a), _period(text, b))
                if not pa or not pb or pa == pb:
                    continue
                between = _between(t, a, b)
                if len(between) > 60 or not restate.match(between):
                    continue
                k = PER_YEAR[pa] / PER_YEAR[pb]
                # (a restatement is computed from the printed figure: «نحو 1.75 مليون برميل يومياً، أي قرابة 639 مليوناً
                # سنوياً» is 1.75 × 365, whatever «نحو» lets the first figure be)
                if _agree(a.lo * k, a.hi * k, b.lo, b.hi) and b.lo * (1 - PRINTED_SLACK) <= a.value * k <= b.hi * (1 + PRINTED_SLACK):
                    continue
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{a.row['text'].strip()} a {pa} is {_fmt(a.value * k)} a {pb}, not {b.row['text'].strip()}.",
                    [a, b],
                    {"rule": "a count per period restated per another period (adverbs after the figures)",
                     "first": _fig_ev(a), "second": _fig_ev(b), "factor": k, "computed": a.value * k},
                ))
    return out


# ---- «T في N X، بمعدل A في X»: the average spread over a count stated in its own sentence ----------------
# (arith9a, s9) The average's head is closed by a bare article or «كل» («في القاعة»، «في كل جماعة»، «للقاعة»)
# or by a period adverb («أسبوعياً»، «في السنة»), or the average is a ratio of one head to A others
# («بمعدل أستاذ واحد لكل 15 طالباً»). These looser closings are only read when the count of the heads is
# stated in the average's own sentence before it (the construction «ويعرض 640 قطعة في أربع قاعات، بمعدل
# 160 قطعة في القاعة»، «توزيع 48 ألف طن على مدى 16 أسبوعاً، بمعدل 3 آلاف طن أسبوعياً»).
_PERIOD_NOUNS = {"year": ("سنة", "عام", "سنوات", "أعوام", "سنين", "year"), "month": ("شهر", "أشهر", "شهور", "month"),
                 "week": ("أسبوع", "اسبوع", "أسابيع", "week"), "day": ("يوم", "أيام", "day")}


# a part of the year named in the sentence («الأشهر الستة الأولى»، «النصف الأول»، «الموسم»): no total of one year
_PART_OF_YEAR = re.compile(r"(?<!\w)(?:ال)?(?:اشهر|شهور|اسابيع|ايام|نصف|ربع|ثلث|فصل|موسم|الفتره|months|weeks|days|half|quarter)(?!\w)",
                           re.I)


@lru_cache(maxsize=1)
def _spread_patterns():
    loose = re.compile(r"^\s*(?:(?P<each>في\s+كل|لكل|each)|من\s+كل|في|لل|لـ|per|a)\s*(?:ال)?(?P<noun>[^\W\d_]{2,})(?!\w)", re.I)
    # a total said of one year without a count of years («واستقبل في سنته الأولى 9600 زائر»، «خلال العام الماضي»)
    # (or a year named as an adverb by its relative word alone: «بلغت الإيرادات العام الماضي 480 مليون دولار، بمعدل 40
    # مليوناً شهرياً»، «هذا العام»)
    one_year = re.compile(r"(?:^|\s)(?:(?:في|خلال|طوال)\s+(?:سنت|عام(?!\w)|العام(?!\w)|السنه(?!\w)|سنه(?!\w)|the\s+year|its\s+first\s+year)"
                          r"|(?:العام|السنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفائت|الفايته|الجاري|الحالي|الحاليه)(?!\w)"
                          r"|هذا\s+العام(?!\w)|هذه\s+السنه(?!\w))", re.I)
    one = _alt([*lang.words("rates", "one"), "واحد", "واحدة", "one"])
    ratio = re.compile(rf"(?:^|[\s,،(])(?:{_alt(lang.words('averages', 'lead'))})\s+(?P<head>[^\W\d_]{{2,}})\s+(?:{one})"
                       rf"\s+(?:لكل|مقابل\s+كل)\s*$", re.I)
    return loose, ratio, one_year


# a total closed by the one year it is said of: «في العام الماضي»، «خلال عام 2024»، «في السنة الأولى»، "in 2024",
# "last year" (normalised text: «السنه»)
_OWN_YEAR = re.compile(r"^\s*[،,]?\s*(?:(?:في|خلال|طوال)\s+(?:العام|عام|السنه|سنه)(?!\w)|(?:in|during)\s+(?:the\s+)?"
                       r"(?:year\b|last\s+year\b|(?:19|20)\d\d\b)|last\s+year\b)", re.I)


def _period_count(c, period: str) -> float | None:
    """The number of ``period`` units a count of days/weeks/months/years stands for, else None."""
    if c.kind not in ("count", "number") or not c.unit:
        return None
    u = _lemma(c.unit)
    for k, nouns in _PERIOD_NOUNS.items():
        if any(u == _lemma(n) or fold(c.unit).casefold().startswith(fold(n).casefold()) for n in nouns):
            return c.value * PER_YEAR[period] / PER_YEAR[k]
    return None


# a bare number after a lead, shared out over each head: «شمل 2400 شخص في ست دول عربية، بواقع 400 من كل دولة»
_BARE_EACH = re.compile(r"(?:^|[\s,،(])و?(?:بواقع|بمعدل|بمتوسط)\s+(?P<v>\d+(?:[.,]\d+)?)\s+(?=(?:من|في)\s+كل(?!\w)|لكل(?!\w))")


def _bare_each(t, sent: list) -> list:
    """The bare numbers of a sentence that share its total out over each head («بواقع 400 من كل دولة»), as figures
    of the total's kind: the largest count before them (the figures table leaves a bare number out)."""
    from .arithmetic import Fig

    text = t.norm.text
    out = []
    if not sent:
        return out
    for m in _BARE_EACH.finditer(text, sent[0].ns, min(len(text), sent[-1].ne + 80)):
        a, b = m.span("v")
        if any(g.ns <= a < g.ne for g in sent):
            continue
        totals = [g for g in sent if g.ne <= a and g.kind in ("count", "number") and g.unit]
        if not totals:
            continue
        like = max(totals, key=lambda g: g.value)
        v = float(m.group("v").replace(",", "."))
        rs, re_ = t.norm.raw_span(a, b)
        row = {"file": like.row["file"], "start": rs, "end": re_, "text": t.raw[rs:re_]}
        out.append(Fig(row, a, b, v, v, v, like.kind, like.unit))
    return out


@detector("arithmetic-average-spread", "internal")
def arithmetic_average_spread(facts: Facts) -> list:
    """«ويعرض 640 قطعة في أربع قاعات، بمعدل 180 قطعة في القاعة»: an average whose total and count of heads
    (or of periods) are stated before it in its own sentence, and do not give it."""
    lead, per, _ = _patterns()
    loose, ratio, one_year = _spread_patterns()
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for s0, sent in _sentences(t, figs):
            sent = sent + _bare_each(t, sent)
            sent.sort(key=lambda g: g.ns)
            for j, y in enumerate(sent):
                if j == 0 or y.kind == "percent" or y.lo <= 0:
                    continue
                before = text[max(sent[j - 1].ne, y.ns - 40):y.ns]
                r = ratio.search(before)
                if r:
                    # «بمعدل أستاذ واحد لكل 15 طالباً»: heads (أستاذ) in the sentence, totals (طالب) in the text
                    heads = [c for c in sent[:j] if c.kind in ("count", "number") and c.lo > 0
                             and _same(c.unit, r.group("head")) and c.hi - c.lo <= VAGUE * c.value]
                    totals = [x for x in figs if x is not y and x.kind == "count" and _same_kind(x, y)
                              and x.value > y.value and x not in heads]
                    how = f"one {r.group('head')} per"
                    pairs = [(x, c, c.value) for x in totals for c in heads]
                elif lead.search(before):
                    pm = per.match(text[y.ne:y.ne + 50])
                    if pm and not (sent[j - 1].kind in ("count", "number") and sent[j - 1].unit
                                   and _same(sent[j - 1].unit, pm.group("noun") or pm.group("noun2"))):
                        continue  # «للخط الواحد»، «لكل نادٍ»: arithmetic-average-sentence (unless the count of the
                        # heads is the figure just before, «640 قطعة في أربع قاعات، بمعدل 160 قطعة للقاعة»)
                    # an average with its head («7200 دولار شهرياً للعنصر الواحد») is per head, whatever its period
                    p = None if pm else _period(text, y)
                    base, _, per_unit = (y.unit or "").rpartition("/")
                    if base and per_unit in PER_YEAR and not pm:  # «٢٠ لتر شهرياً» read as litre/month
                        p = per_unit
                        totals = [x for x in sent[:j] if x.kind == y.kind and x.unit == base and x.value > y.value]
                    else:
                        totals = [x for x in sent[:j] if x.kind != "percent" and _same_kind(x, y) and x.value > y.value]
                    from .breakdown import _compared

                    # (a comparison's baseline, «640 سفينة مقابل 512 سفينة في العام السابق»، is not what the average spreads)
                    totals = [x for x in totals if not _compared(t, x, s0)] or totals
                    if p:
                        # a total said of one year of its own («بلغ 26 مليون رحلة في العام الماضي، بمعدل 500 ألف
                        # رحلة أسبوعياً») is not spread over a count of years said of something else in the
                        # sentence («ما تحقق في 43 عاماً»): it is the total of that one year
                        own = [x for x in totals if _OWN_YEAR.match(text[x.ne:x.ne + 40])]
                        pairs = [(x, c, n) for x in totals if x not in own for c in sent[:j] if c not in totals
                                 and (n := _period_count(c, p)) and c.hi - c.lo <= VAGUE * c.value]
                        pairs += [(x, x, PER_YEAR[p]) for x in own if p != "year" and not _approx(x)]
                        how = f"per {p}"
                        if not pairs and totals and p != "year" and not any(
                                _period_count(c, p) for c in sent[:j]) and one_year.search(text[s0:y.ns]) \
                                and not _PART_OF_YEAR.search(text[s0:y.ns]):
                            # the total of one year: «في سنته الأولى 9600 زائر، بمعدل 800 زائر في الشهر»
                            pairs = [(x, x, PER_YEAR[p]) for x in totals if not _approx(x)]
                            how = f"per {p} (one year)"
                        if not pairs and totals and p == "day" and not any(_period_count(c, p) for c in sent[:j]):
                            # the total of the one month or year the sentence dates: «بلغ عدد السفن العابرة في سبتمبر
                            # 1120 سفينة …، وبمتوسط 37.3 سفينة يومياً» (30 days)
                            # (an approximate total, «نحو 21 ألف سفينة»، is checked to a tenth: _spread_agrees)
                            pairs = [(x, x, d) for x in totals if (d := _dated_days(t, s0, x.ns))]
                            how = f"per day ({pairs[0][2]} days)" if pairs else how
                    else:
                        m = pm or loose.match(text[y.ne:y.ne + 50])
                        if not m:
                            continue
                        noun = m.group("noun") or m.group("noun2")
                        pool = sent[:j] if pm or not m.group("each") else figs  # «في كل جماعة»: the count anywhere, as «لكل»
                        pairs = [(x, c, c.value) for x in totals for c in pool if c not in totals and c is not y
                                 and c.kind in ("count", "number") and c.lo > 0 and c.unit and _same(c.unit, noun)
                                 and c.hi - c.lo <= VAGUE * c.value]
                        how = f"per {noun}"
                else:
                    continue
                if not pairs or any(_spread_agrees(x, y, c, n) for x, c, n in pairs):
                    continue
                x, c, n = min(pairs, key=lambda p: abs(p[0].value / p[2] - y.value))
                if how.startswith("per ") and c is not x:
                    how = f"per {head_word(how[4:], c.unit)}"
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{y.row['text'].strip()} {how}: {x.row['text'].strip()} over "
                    f"{c.row['text'].strip() if c is not x else _fmt(n) + ' ' + how.split()[1] + 's'} is {_fmt(x.value / n)}.",
                    [x, y, c],
                    {"rule": "an average whose total and count are stated before it in its sentence",
                     "average": _fig_ev(y), "total": _fig_ev(x), "count": _fig_ev(c), "computed": x.value / n},
                ))
    return out


def _dated_days(t, s0: int, end: int) -> int | None:
    """The days of the month or year a total is said of: the last date of its sentence before it (from
    ``s0`` to ``end``), the length of its interval when it is one month or one year; else None."""
    from datetime import date

    from .chronology import dated_mentions

    ms = [m for m in dated_mentions(t) if s0 <= m.nstart and m.nend <= end]
    if not ms or ms[-1].modifier is not None or ms[-1].row.get("granularity") not in ("month", "year"):
        return None
    a, b = date.fromisoformat(ms[-1].start_date[:10]), date.fromisoformat(ms[-1].end_date[:10])
    n = (b - a).days + 1
    return n if 28 <= n <= 31 or 365 <= n <= 366 else None


def _spread_agrees(x, y, c, n: float) -> bool:
    if c is x:  # a total of one year over the periods of a year
        return _agree(x.lo / n, x.hi / n, y.lo, y.hi) or _approx(y) and abs(x.value / n - y.value) <= 0.10 * y.value
    k = n / c.value  # periods per unit of the count (12 months a year, …)
    if k == 1:
        return _head_agrees(x, y, c)
    if any(_approx(g) for g in (x, y, c)):
        return abs(x.value / n - y.value) <= 0.10 * y.value
    return _agree(x.lo / (c.hi * k), x.hi / (c.lo * k), y.lo, y.hi)
