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
from functools import lru_cache

from .. import lang
from ..extract.figures.lemmas import lemma
from ..facts import Facts
from ..text.normtext import fold
from . import detector
from .arithmetic import _agree, _between, _compatible, _fig_ev, _finding, _fmt, _sentences, figures_of
from .rates import PER_YEAR, VAGUE, _head_agrees, _per_head_patterns, _same_noun


def _alt(ws) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns():
    lead = re.compile(rf"(?:^|[\s,،(])(?:{_alt(lang.words('averages', 'lead'))})\s*$", re.I)
    one = _alt(lang.words("rates", "one"))
    per = re.compile(rf"^\s*(?:(?:{_alt(lang.words('rates', 'per'))})\s*(?P<noun>[^\W\d_]+)(?:\s+(?:{one}))?"
                     rf"|(?:{_alt(lang.words('averages', 'in_one'))})\s+(?:ال)?(?P<noun2>[^\W\d_]+)\s+(?:{one}))(?!\w)",
                     re.I)
    periods = {k: re.compile(rf"\s*(?:{_alt(v)})(?!\w)", re.I) for k, v in lang.lexicon("averages")["periods"].items()}
    return lead, per, periods


def _lemma(w: str) -> str:
    return fold(lemma(w)[0]).casefold()


def _same(unit: str, noun: str) -> bool:
    return _same_noun(unit, noun) or (bool(unit) and _lemma(unit) == _lemma(noun))


def _same_kind(x, y) -> bool:
    return _compatible(x, y) and (x.kind != "count" or _same(x.unit, y.unit))


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
        for _, sent in _sentences(t, figs):
            for j, y in enumerate(sent):
                if j == 0 or y.kind == "percent" or y.lo <= 0:
                    continue
                prev = sent[j - 1]
                if not lead.search(text[max(prev.ne, y.ns - 30):y.ns]):
                    continue
                m = per.match(text[y.ne:y.ne + 50])
                if not m:
                    continue
                noun = m.group("noun") or m.group("noun2")
                if _compatible(prev, y) and restate.match(_between(t, prev, y)) and m.group("noun"):
                    continue  # the total just before: rates' per-head rule
                totals = [x for x in sent[:j] if x.kind != "percent" and _same_kind(x, y) and x.value > y.value]
                heads = [c for c in figs if c.kind in ("count", "number") and c is not y and c not in totals
                         and c.lo > 0 and _same(c.unit, noun) and c.hi - c.lo <= VAGUE * c.value]
                if not totals or not heads or any(_head_agrees(x, y, c) for x in totals for c in heads):
                    continue
                x, c = min(((x, c) for x in totals for c in heads), key=lambda p: abs(p[0].value / p[1].value - y.value))
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{y.row['text'].strip()} per {noun}: no total of its sentence over a count of «{noun}» gives it "
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


@detector("arithmetic-per-period-adverb", "internal")
def arithmetic_per_period_adverb(facts: Facts) -> list:
    """«15 ألف مريض سنوياً، أي بمعدل 1,250 مريضاً شهرياً»: a count per period restated per another."""
    restate, _ = _per_head_patterns()
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t)):
            for a, b in zip(sent, sent[1:]):
                if a.kind == "percent" or not _same_kind(a, b) or "/" in (a.unit or "") or "/" in (b.unit or ""):
                    continue
                pa, pb = _period(text, a), _period(text, b)
                if not pa or not pb or pa == pb:
                    continue
                between = _between(t, a, b)
                if len(between) > 60 or not restate.match(between):
                    continue
                k = PER_YEAR[pa] / PER_YEAR[pb]
                if _agree(a.lo * k, a.hi * k, b.lo, b.hi):
                    continue
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{a.row['text'].strip()} a {pa} is {_fmt(a.value * k)} a {pb}, not {b.row['text'].strip()}.",
                    [a, b],
                    {"rule": "a count per period restated per another period (adverbs after the figures)",
                     "first": _fig_ev(a), "second": _fig_ev(b), "factor": k, "computed": a.value * k},
                ))
    return out
