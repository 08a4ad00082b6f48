"""``arithmetic-total-over-period`` (findings of kind ``arithmetic-rate``): a total over a stated length
of time, restated as a rate per unit of time that it does not give.

Grammar: ``TOTAL (في|خلال|على مدى|طوال|…) LENGTH … (أي|بمعدل|بمتوسط|نحو …) RATE PERIOD_ADVERB``, or the
length first as the clause's time, ``(في|خلال …) LENGTH … TOTAL … RATE`` («خلال الأشهر العشرة الأولى عبور
10640 سفينة، بمتوسط 1064 سفينة شهرياً»), or the length after the rate, ``TOTAL … RATE PERIOD_ADVERB (على مدى …)
LENGTH`` («أجرى الطرفان 328 عملية تفتيش، أي بمعدل يقارب 36 عملية سنوياً على مدى تسع سنوات») —
«بقيمة 400 مليار دولار على مدى 30 عاماً، أي نحو 13.3 مليار دولار سنوياً», «2730 قطار شحن خلال الأشهر
التسعة الأولى (273 يوماً)، بمعدل 10 قطارات يومياً», «توزيع 48 ألف طن على مدى 16 أسبوعاً، بمعدل 3
آلاف طن أسبوعياً». LENGTH is a count of days, weeks, months, years or decades («30 عاماً», «الأشهر
التسعة»); the adverb after RATE («سنوياً», «شهرياً», «أسبوعياً», «يومياً», "a year", ``lang/averages.yml``
``periods``) names its unit of time. TOTAL / LENGTH, converted to that unit, must give RATE.

Every figure of the rate's kind before a length (the same currency, measure, or count of the same
noun) is a candidate total, and every length between it and the rate a candidate length (a length
restated in brackets, «الأشهر التسعة (273 يوماً)», is one more): a finding only when no pair gives
the rate, so that a comparison figure in the same sentence («مقابل 30 مليار دولار في الفترة نفسها»)
never stands in for the total. Slack: 5% beyond the figures' own intervals (rounding, and the
width an approximation word «نحو/حوالي» gives a figure).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .. import lang
from ..facts import Facts
from . import detector
from .arithmetic import (
    _CONTRAST, Fig, time_unit as _length, _agree, _fig_ev, _finding, _fmt, _sentences, figures_of, unit_factor,
)
from .averages import _alt, _period, _same_kind
from .rates import PER_YEAR

FAMILY = "arithmetic"

YEARS = {**{u: 1 / n for u, n in PER_YEAR.items()}, "decade": 10.0, "hour": 1 / 8760}
"""Each unit of time in years (an hour: a speed, «300 كيلومتر في ساعتين، أي 150 كيلومتراً في الساعة»)."""
"""A unit of time in years (the periods of :data:`.rates.PER_YEAR`, and decades)."""
SLACK = 0.05
SAME_UNIT_SLACK = 0.005
"""Slack when the rate is per the length's own unit (a total over ten months, a monthly average): no
months of unequal length to convert between, only the figures' own rounding (their intervals) and half a per cent."""
_REACH = 160  # characters from a length to the rate it is restated as


@lru_cache(maxsize=1)
def _words():
    """The rate's lead before it (``lang/averages.yml`` ``lead``, a conjunction and an approximation
    allowed: «وبمعدل»، «أي نحو»), and the words between a total and its length («على مدى»، «خلال»)."""
    lead = re.compile(rf"(?:^|[\s,،(])[وف]?(?:{_alt(lang.words('averages', 'lead'))})"
                      rf"(?:\s+(?:{_alt(['نحو', 'حوالي', 'حوالى', 'قرابة', 'ما يقارب', 'يقارب', 'about', 'around', 'some'])}))?\s*$",
                      re.I)
    # («قرض قيمته 1.9 مليار دولار على ثمانية وأربعين شهراً»: «على» right before the length)
    during = re.compile(rf"(?:^|\s)[وف]?(?:{_alt(['في', 'خلال', 'على مدى', 'على مدار', 'طوال', 'طيلة', 'عبر', 'over', 'in', 'during', 'within'])})(?:\s|$)|\(\s*$"
                        r"|(?:^|\s)(?:علي|على)\s*$", re.I)
    return lead, during


_CALENDAR_LEAD = re.compile(r"(?:^|\s)[وف]?(?:في|خلال|طوال|طيله|طيلة|during|in)\s+(?:(?:عام|العام|سنه|سنة|شهر)\s+)?$", re.I)


def _calendar_lengths(t, sent: list, j: int, r, per: str) -> list:
    """A total and the one calendar year (or month) that is its time, for a rate per a shorter unit:
    «استقبل الميناء خلال العام الماضي 640 سفينة …، وبمتوسط يقارب 53 سفينة شهرياً». The year (a dated
    mention of one whole year or month, after «في»/«خلال») comes before the total or right after it,
    both before the rate (counted in its own days for a rate a day or a week: February 2024 has 29), in
    one sentence (every figure of the rate's kind after the year is a candidate total: «في فبراير 2024 نحو
    ألف سفينة، أي ما مجموعه 1160 سفينة»; a finding only when none gives the rate), and no other
    dated year or month stands between the total and the rate but a comparison's («مقابل 512 سفينة في
    العام السابق»)."""
    from .chronology import dated_mentions

    text = t.norm.text
    s0 = min(g.ns for g in sent)
    cal = []
    for m in dated_mentions(t):
        if not (s0 - 80 <= m.nstart and m.nend <= r.ns) or m.modifier is not None:
            continue
        g = m.row.get("granularity")
        unit = "year" if g == "year" and m.start_date[5:] == "01-01" and m.end_date[5:] == "12-31" \
            and m.start_date[:4] == m.end_date[:4] else "month" if g == "month" and m.start_date[:7] == m.end_date[:7] else None
        if unit and _CALENDAR_LEAD.search(text, max(0, m.nstart - 14), m.nstart):
            cal.append((m, unit))
    pairs = []
    for g in sent[:j]:
        if g.kind == "percent" or _length(g) or not _same_kind(g, r) or "/" in (g.unit or "") or _period(text, g):
            continue
        near = [(m, u) for m, u in cal if (m.nend <= g.ns and g.ns - m.nend <= 120 and not re.search(r"[;؛.]", text[m.nend:g.ns]))
                or (g.ne <= m.nstart and m.nstart - g.ne <= 20 and not re.search(r"\d", text[g.ne:m.nstart]))]
        near = near[-1:] if near and near[-1][0].nend <= g.ns else near
        if len(near) != 1 or any(g.ne <= m.nstart and m.nend <= r.ns and m is not near[0][0]
                                 and not _CONTRAST.search(text, max(0, m.nstart - 40), m.nstart) for m, _ in cal):
            continue  # (another year of the total's own: «… مقابل 512 سفينة في العام السابق» is a comparison's)
        m, unit = near[0]  # a length of one year («عام») or one month («شهر»), spanning the date; its own days
        days = (date.fromisoformat(m.end_date[:10]) - date.fromisoformat(m.start_date[:10])).days + 1
        n, unit = (float(days), "يوم") if per in ("day", "week") else (1.0, {"year": "عام", "month": "شهر"}[unit])
        pairs.append((g, Fig(row=m.row, ns=m.nstart, ne=m.nend, value=n, lo=n, hi=n, kind="count", unit=unit)))
    return pairs


_AND_GAP = re.compile(r"(?:^|[\s،,)(])و")


def _listed_sums(text: str, pairs: list) -> list:
    """The sums of the totals listed with «و» before a rate over one length («نوفوروسيسك (294 ألف طن) وسانت
    بطرسبورغ (126 ألف طن)، بمعدل 14 ألف طن أسبوعياً على مدى 30 أسبوعاً»: the rate is of the whole they break
    down), each ending with the total nearest the rate."""
    out = []
    for d in {id(d): d for _, d in pairs}.values():
        gs = sorted({id(g): g for g, e in pairs if e is d}.values(), key=lambda g: g.ns)
        k = len(gs) - 1
        while k > 0 and _AND_GAP.search(text[gs[k - 1].ne:gs[k].ns]):
            k -= 1
            tail = gs[k:]
            out.append((replace(tail[-1], value=sum(g.value for g in tail), lo=sum(g.lo for g in tail),
                                hi=sum(g.hi for g in tail)), d))
    return out


@detector("arithmetic-total-over-period", "internal")
def arithmetic_total_over_period(facts: Facts) -> list:
    """A total over a length of time restated as a rate per day, week, month or year."""
    lead, during = _words()
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t)):
            for j, r in enumerate(sent):
                per = _period(text, r)
                base, _, suffix = (r.unit or "").partition("/")
                if suffix:  # «78 ألف طن شهرياً» read as tonne/month: the adverb inside the figure
                    if suffix not in YEARS or (per and per != suffix):
                        continue
                    per, r = suffix, replace(r, unit=base)
                if per is None or per not in YEARS or r.kind == "percent" or _length(r):
                    continue
                if not lead.search(text, max(0, r.ns - 30), r.ns) and not (
                        j and re.fullmatch(r"\s*(?:[\u0621-\u0652]+\s*)?[،,]?\s*و\s*(?:(?:نحو|حوالي|حوالى|قرابه|يقارب|ما يقارب)\s+)?",
                                           text[sent[j - 1].ne:r.ns])
                        and lead.search(text, max(0, sent[j - 1].ns - 30), sent[j - 1].ns)):
                    continue  # a rate restated: «أي …», «بمعدل …», «بمتوسط …» (or joined to one: «بمتوسط 35 يومياً و1064 شهرياً»)
                lengths = [d for d in sent[:j] if _length(d) and r.ns - d.ne <= _REACH]
                pairs, products = [], []
                for d in lengths:
                    for g in sent:
                        if g.ne > d.ns or g.kind == "percent" or _length(g) or not _like(g, r) or g is r:
                            continue
                        gap = text[g.ne:d.ns]
                        if len(gap) > 80 or not during.search(gap):
                            continue
                        if (own := _period(text, g)) is not None:
                            # «حصتين أسبوعياً على مدى 36 أسبوعاً، أي 72 حصة في السنة»: a rate over a length is no
                            # total; rate × length is what the restated figure gives
                            if own in YEARS:
                                products.append((g, d, own))
                            continue
                        pairs.append((g, d))
                    # the length first, as the clause's time («خلال الأشهر العشرة الأولى … عبور 10640 سفينة،
                    # بمتوسط 35 سفينة يومياً»، «في الأشهر التسعة الأولى (273 يوماً) نُقل 12.3 مليار …، أي نحو
                    # 45 مليوناً يومياً»): a total after it, before the rate, no other length between
                    if not during.search(text, max(0, d.ns - 12), d.ns):
                        continue
                    for g in sent:
                        if not (d.ne <= g.ns and g.ne <= r.ns) or g.kind == "percent" or _length(g) \
                                or not _like(g, r) or g.ns - d.ne > 120 or "/" in (g.unit or "") or _period(text, g):
                            continue
                        if any(_length(x) and g.ne <= x.ns and x.ne <= r.ns for x in sent):
                            continue  # a length after the total: the first shape's
                        if re.search(r"[،,;؛]", text[d.ne:g.ns]):
                            continue  # «أنجز خلال 37 عاماً الكثير، وأن عدد الزوار بلغ …»: the length of another clause
                        if _CONTRAST.search(text, max(d.ne, g.ns - 25), g.ns):
                            continue  # «مقابل 30 مليار دولار في الفترة نفسها»: another period's total
                        pairs.append((g, d))
                # the length after the rate («وأجرى الطرفان 328 عملية تفتيش حتى مارس 2020، أي بمعدل يقارب 36
                # عملية سنوياً على مدى تسع سنوات»): a total before the rate, no length between them
                for d in sent[j + 1:]:
                    if not _length(d) or d.ns - r.ne > 40 or not during.search(text, max(r.ne, d.ns - 14), d.ns):
                        continue
                    for g in sent[:j]:
                        if g.kind == "percent" or _length(g) or not _like(g, r) or r.ns - g.ne > _REACH \
                                or "/" in (g.unit or "") or _period(text, g):
                            continue
                        if any(_length(x) and g.ne <= x.ns and x.ne <= r.ns for x in sent):
                            continue  # a length of its own between the total and the rate: the first shape's
                        if _CONTRAST.search(text, max(0, g.ns - 25), g.ns):
                            continue
                        pairs.append((g, d))
                    break
                if not pairs and per not in ("year", "hour") and not any(_length(x) for x in sent):
                    # (a length the sentence states, paired or not, «يكفي لما بين ستة أشهر وتسعة، أي بمعدل 25 مليون
                    # دولار شهرياً إذا استُهلك في ستة أشهر», is the rate's time, not the calendar year named)
                    pairs = _calendar_lengths(t, sent, j, r, per)
                if not pairs and products:
                    out.extend(_product_findings(products, r, per))
                    continue
                if not pairs:
                    continue
                slack = SLACK  # an approximate figure («نحو 13.3») is already read as an interval around it

                pairs = [(_in_unit(g, r), d) for g, d in pairs]

                def implied(g, d):
                    k = YEARS[per] / (YEARS[_length(d)])
                    return g.lo * k / d.hi, g.hi * k / d.lo if d.lo > 0 else float("inf")

                def fits(g, d) -> bool:
                    # a rate in the length's own unit («10640 سفينة خلال الأشهر العشرة، بمتوسط 1064 شهرياً») is a
                    # division, not a conversion between units of unequal length: only rounding's slack
                    return _agree(*implied(g, d), r.lo, r.hi, SAME_UNIT_SLACK if _length(d) == per else slack)

                if any(fits(g, d) for g, d in pairs) or any(fits(g, d) for g, d in _listed_sums(text, pairs)):
                    continue
                g, d = pairs[-1]  # the total nearest the rate and its length
                lo, hi = implied(g, d)
                computed = (lo + hi) / 2
                out.append(_finding(
                    "arithmetic-rate", "warning",
                    f"{g.row['text'].strip()} over {d.row['text'].strip()} is about {_fmt(computed)} {'an' if per == 'hour' else 'a'} {per}, "
                    f"not {r.row['text'].strip()}.",
                    [g, d, r],
                    {"rule": "a total over a length of time vs its stated rate per unit of time",
                     "total": _fig_ev(g), "length": _fig_ev(d), "rate": _fig_ev(r), "per": per,
                     "computed": computed, "slack": slack},
                ))
    return out


def _like(g: Fig, r: Fig) -> bool:
    """Whether ``g`` measures what ``r`` does: of one kind, or two units of one dimension («105 كيلومترات في ثلاثة أيام،
    أي 35 ألف متر في اليوم»: kilometres and metres)."""
    return _same_kind(g, r) or unit_factor(g, r) is not None


def _in_unit(g: Fig, r: Fig) -> Fig:
    """``g`` in ``r``'s unit (itself when they share it)."""
    k = unit_factor(g, r)
    return g if k is None else replace(g, value=g.value * k, lo=g.lo * k, hi=g.hi * k, unit=r.unit)


def _product_findings(products: list, r: Fig, per: str) -> list:
    """A rate over a length («حصتين أسبوعياً على مدى 36 أسبوعاً») restated as the whole it makes («أي 72 حصة في
    السنة»): rate × length, in the rate's unit of time, must give it. The restated figure's own period («في السنة»)
    is the span the length falls within (36 weeks of a school year), so the length must not exceed it."""
    def total(g, d, own):
        k = YEARS[_length(d)] / YEARS[own]
        return g.lo * d.lo * k, g.hi * d.hi * k

    fitting = [(g, d, own) for g, d, own in products if YEARS[_length(d)] * d.lo <= YEARS[per] * (1 + SLACK)]
    if not fitting:
        return []
    if any(_agree(*total(g, d, own), r.lo, r.hi, SAME_UNIT_SLACK if _length(d) == own else SLACK)
           for g, d, own in fitting):
        return []
    g, d, own = fitting[-1]
    lo, hi = total(g, d, own)
    computed = (lo + hi) / 2
    return [_finding(
        "arithmetic-rate", "warning",
        f"{g.row['text'].strip()} a {own} over {d.row['text'].strip()} makes about {_fmt(computed)}, "
        f"not {r.row['text'].strip()}.",
        [g, d, r],
        {"rule": "a rate per unit of time over a length vs the whole it is restated as",
         "rate": _fig_ev(g), "length": _fig_ev(d), "total": _fig_ev(r), "per": own,
         "computed": computed, "slack": SLACK},
    )]
