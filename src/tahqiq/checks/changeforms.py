"""Two more wordings of a change between two figures (findings of kind ``arithmetic-growth``).

* **the start value stated first, the change after «ثم»** -- «كان المعدل 500 ملم قبل الجفاف، ثم
  انخفض إلى 300 ملم، أي بنسبة 40%», «بطاقة 150 ألفاً، ثم ... فرفعت الطاقة إلى 250 ألفاً، أي بزيادة
  67%», "stood at 500 mm, then fell to 300 mm, a drop of 40%": a verb of rise or fall and «إلى B»
  (no «من A»: that form is :func:`tahqiq.checks.arithmetic.arithmetic_growth`'s) with a rate right
  after B; the start A is the last figure of B's measure before «ثم»/«قبل أن»/"then" in the sentence;
* **a rate against a named year** -- «تراجعت الإيرادات في 2024 إلى نحو 4 مليارات، أي بتراجع نسبته 61%
  عن عام 2023»: the start is a figure of B's measure stated with that year elsewhere in the text
  («10.25 مليار دولار عام 2023»); a finding only when no such figure gives the rate;
* **a change between two years** -- «… 35.1 مليار دولار عام 2018 … 16.0 مليار دولار عام 2021. أي أن التبادل
  انخفض بين 2018 و2021 بنسبة 54.4%»: the figures stated with the two years before it in its paragraph;
* **a multiple** -- «ارتفع من 3,500 إلى 14,000، أي أربعة أضعاف», «تضاعف ... ثلاث مرات من A إلى B»,
  "rose from 2,000 to 6,000, three times as many": the stated multiple N against B / A. After «إلى B»
  or «تضاعف» N means B = N × A; «زاد بمقدار N أضعاف» may also mean B = (N + 1) × A, so there both
  readings pass. The multiple is read to the nearest half (a writer says «ثلاثة أضعاف» of 2.8 or
  3.2), widened by the figures' printed precision and by «نحو»/"about" (±10 %).

The rate is held to the tolerance of :func:`tahqiq.checks.change.change_agrees`.
"""

from __future__ import annotations

import math
import re

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import _FALL, _RISE, SLACK, _between, _span_adjunct, multiple_gloss, _bound, _compatible, _fig_ev, _finding, _opt, _pair_compatible, \
    _sentences, figures_of, time_unit
from .change import change_fits

FAMILY = "arithmetic"

MULTIPLE_PAD = 0.5
"""A stated multiple N passes for any ratio that rounds to it (N ± 0.5)."""

_TO_BEFORE = re.compile(r"(?:^|\s)(?:الي|to)\s*(?:\S+\s+){0,1}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:من|from)\s*(?:\S+\s+){0,1}$", re.IGNORECASE)
# «ثم»، «قبل أن», and a planned change after the present value («بطاقة 15 مليون طن، ومن المقرر رفعها إلى 25
# مليوناً»، «ويُتوقع أن ترتفع إلى»، "and is set to rise to")
_THEN = re.compile(r"(?:^|[\s,،])(?:ثم|و?قبل ان|then|before|و?من\s+(?:المقرر|المتوقع|المنتظر|المخطط)|و?(?:يتوقع|يعتزم|تعتزم|"
                   r"يخطط|تخطط)|علي\s+ان|(?:and\s+)?(?:is|are)\s+(?:set|expected|planned|due)\s+to)(?:\s|$)", re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"^[^\d.;:!?؟]{0,25}?[,،(]\s*(?:(?:اي|i\.e\.|or|that is)\s+)?(?:(?:a|an)\s+)?[وب]?"
    r"(?:نسبه|زياده|ارتفاع|نمو|انخفاض|تراجع|هبوط|تقلص|increase|rise|drop|fall|decline|decrease|growth|"
    r"(?:up|down)(?=\s+by|\s*$)|by)(?:\s+(?:نسبتها|نسبته|قدرها|قدره|of|by))?\s*$",
    re.IGNORECASE,
)
_GLOSS_ONLY = re.compile(r"^\s*(?:(?:في\s+)?(?:عام|العام|سنه|in)\s*)?[,،]?\s*(?:(?:اي|i\.e\.|or)\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_BARE_THEN = re.compile(r"(?:^|[\s,،])(?:ثم|then)\s*$", re.IGNORECASE)
_VERB = re.compile(rf"(?:^|\s)[وف]?(?:{_RISE}|{_FALL})", re.IGNORECASE)
_FALLING = re.compile(rf"(?:^|\s)[وف]?(?:{_FALL})", re.IGNORECASE)


def _rate_then(t, sent) -> list[Finding]:
    text = t.norm.text
    out = []
    for i, p in enumerate(sent):
        if p.kind != "percent" or i < 2:
            continue
        # (the change may be said again as a multiple over its span before the rate: «ثم 6.4 ملايين طن عام 2024، أي
        # أربعة أضعاف في ست سنوات، بزيادة 300 بالمئة»)
        j = i - 1
        while j > 1 and (multiple_gloss(t, sent[j]) or _span_adjunct(t, sent[j])):
            j -= 1
        b, rest = sent[j], sent[j + 1] if j + 1 < i else None
        if rest is not None and not _GLOSS_ONLY.match(_YEAR.sub("", text[b.ne:rest.ns])):
            continue
        # (B's own date may stand before the rate: «ثم تراجع إلى 1.9 مليار قدم مكعبة يومياً عام 2024، أي بنسبة 29.6%»)
        rate = _RATE_AFTER.match(_YEAR.sub("", text[(sent[i - 1] if rest is not None else b).ne:p.ns]))
        if b.kind == "percent" or not rate:
            continue
        head = text[max(0, b.ns - 80):b.ns]
        to = _TO_BEFORE.search(head)
        verbs = []
        if to:
            lead = head[:to.start()]
            verbs = list(_VERB.finditer(lead))
            if not verbs or len(lead) - verbs[-1].end() > 50:
                continue
        elif not _BARE_THEN.search(head):
            continue
        # «بلغت 1.75 مليون برميل يومياً عام 2022، ثم 1.6 مليون برميل يومياً عام 2024، أي بتراجع قدره 8.6%»: «ثم» right
        # before B, no verb: the rate's own noun says the direction
        earlier = [g for g in sent[:i - 1] if g.ne <= b.ns]
        # («15 مليون طن سنوياً» … «25 مليون طن»; a length of time is no start of what is counted: «… 40 ألفاً عام 2014،
        # أي خمسة أضعاف في عشر سنوات، قبل أن يتراجع إلى 25 ألفاً»)
        a = next((g for g in reversed(earlier) if _pair_compatible(g, b) and bool(time_unit(g)) == bool(time_unit(b))), None)
        if a is None or a.kind == "percent" or a.lo <= 0 or b.lo <= 0:
            continue
        gap = _between(t, a, b)
        if len(gap) > 160 or not _THEN.search(gap) or _FROM_BEFORE.search(text[max(0, a.ns - 20):a.ns]):
            continue
        if verbs:
            falling = bool(_FALLING.search(verbs[-1].group()))
        elif _FALL_NOUN.search(rate.group()):
            falling = True
        elif _RISE_NOUN.search(rate.group()):
            falling = False
        else:
            continue  # («ثم 1.6 مليون …، أي بنسبة 8.6%»: no word says which way)
        plo, phi = (-p.hi, -p.lo) if falling else (p.lo, p.hi)
        ok, computed, ratios = change_fits(a, b, plo, phi)
        if not ratios or ok:
            continue
        out.append(_finding(
            "arithmetic-growth", "error" if abs(computed - (plo + phi) / 2) > 5 else "warning",
            f"From {a.row['text'].strip()} to {b.row['text'].strip()} is a change of {computed:+.1f}%, "
            f"not the stated {p.row['text'].strip()}.",
            [a, b, p],
            {"rule": "a start value, then «ثم … إلى B، أي بنسبة P%»: (B / A - 1) x 100 vs stated rate",
             "start": _fig_ev(a), "end": _fig_ev(b), "rate": _fig_ev(p), "computed": computed,
             "computed_interval": [_bound(min(ratios)), _bound(max(ratios))],
             "direction": "fall" if falling else "rise", "slack": SLACK},
        ))
    return out


@detector("arithmetic-change-then", "internal")
def arithmetic_change_then(facts: Facts) -> list[Finding]:
    """A rate after «ثم … إلى B», or «عن عام Y», that the start value stated before it (or with Y) and B do not give."""
    out = []
    for t in facts:
        figs = figures_of(t)
        for _, sent in _sentences(t, figs):
            out.extend(_rate_then(t, sent))
            out.extend(_rate_vs_year(t, figs, sent))
        for _, sent in _sentences(t, figs, least=1):  # (the rate may be its sentence's one figure)
            out.extend(_rate_between_years(t, figs, sent))
    return out


_THAN_YEAR = re.compile(r"^\s*(?:\S+\s+)?(?:عن|مقارنه\s+ب|مقابل|قياسا\s+ب|than|from|on|over)\s*"
                        r"(?:ال)?(?:عام|سنه|year)?\s*(\d{4})(?!\d)", re.IGNORECASE)
_FALL_NOUN = re.compile(r"(?:انخفاض|تراجع|هبوط|تقلص|نقص|انكماش|drop|fall|decline|decrease)", re.IGNORECASE)
_RISE_NOUN = re.compile(r"(?:زياده|ارتفاع|نمو|increase|rise|growth|up)", re.IGNORECASE)


def _rate_vs_year(t, figs, sent) -> list[Finding]:
    """«تراجعت الإيرادات في 2024 إلى 4 مليارات، أي بتراجع نسبته 61% عن عام 2023»: the start is the
    figure of B's measure stated with that year elsewhere in the text («10.25 مليار دولار عام 2023»)."""
    text = t.norm.text
    out = []
    for i, p in enumerate(sent):
        if p.kind != "percent" or i < 1:
            continue
        b = sent[i - 1]
        m = _RATE_AFTER.match(text[b.ne:p.ns])
        y = _THAN_YEAR.match(text[p.ne:p.ne + 40])
        if b.kind == "percent" or not m or not y or b.lo <= 0:
            continue
        year = y.group(1)
        starts = [a for a in figs if a is not b and a.kind != "percent" and _compatible(a, b) and a.lo > 0
                  and (year in text[a.ne:a.ne + 25] or year in text[max(0, a.ns - 40):a.ns])
                  and not (a.ns >= b.ns and a.ns <= p.ne + 40)]
        if not starts:
            continue
        falling = bool(_FALL_NOUN.search(m.group()))
        plo, phi = (-p.hi, -p.lo) if falling else (p.lo, p.hi)
        fits = [(ok, a, computed, ratios) for a in starts for ok, computed, ratios in [change_fits(a, b, plo, phi)]]
        if any(ok for ok, *_ in fits) or not fits[-1][3]:
            continue
        _, a, computed, ratios = min(fits, key=lambda f: abs(f[2] - (plo + phi) / 2))
        out.append(_finding(
            "arithmetic-growth", "error" if abs(computed - (plo + phi) / 2) > 5 else "warning",
            f"From {a.row['text'].strip()} ({year}) to {b.row['text'].strip()} is a change of {computed:+.1f}%, "
            f"not the stated {p.row['text'].strip()}.",
            [a, b, p],
            {"rule": "a rate «عن عام Y» against the figure stated with that year: (B / A - 1) x 100",
             "start": _fig_ev(a), "end": _fig_ev(b), "rate": _fig_ev(p), "year": year, "computed": computed,
             "computed_interval": [_bound(min(ratios)), _bound(max(ratios))],
             "direction": "fall" if falling else "rise", "slack": SLACK},
        ))
    return out


# «انخفض التبادل بين 2018 و2021 بنسبة 54.4%»، «ارتفعت من عام 2015 إلى عام 2024 بنسبة 40%»: a change between two
# years, its rate after them, the verb before them
_BETWEEN_YEARS = re.compile(
    rf"(?P<verb>{_RISE}|{_FALL})(?!\w)[^.؛;:!?؟\d]{{0,40}}?(?:(?:ما\s+)?بين\s+(?:(?:عامي|سنتي|العامين)\s+)?(?P<y1>\d{{4}})\s+و\s*"
    rf"(?:(?:عام|سنه)\s+)?(?P<y2>\d{{4}})|من\s+(?:(?:عام|العام|سنه)\s+)?(?P<f1>\d{{4}})\s+(?:الي|حتي)\s+(?:(?:عام|العام|سنه)\s+)?"
    rf"(?P<f2>\d{{4}}))\s*[،,]?\s*(?:(?:بنسبه|بمقدار|بما نسبته|ب)\s*)?$", re.IGNORECASE)


def _year_figures(t, figs, year: str, before: int, like) -> list:
    """The figures of ``like``'s measure before ``before`` stated with ``year`` («35.1 مليار دولار عام 2018»,
    «في عام 2018 بلغ 35.1 مليار»)."""
    text = t.norm.text
    out = []
    for a in figs:
        if a.ne > before or a.kind == "percent" or not _compatible(a, like) or a.lo <= 0:
            continue
        after = re.match(r"[^\d.؛;،,]{0,12}?(\d{4})(?!\d)", text[a.ne:a.ne + 25])
        if after:  # the year right after the figure is its own («16.0 مليار دولار عام 2021»)
            if after.group(1) == year:
                out.append(a)
            continue
        head = re.search(r"(\d{4})(?!\d)[^\d.؛;]{0,30}$", text[max(0, a.ns - 40):a.ns])
        if head and head.group(1) == year:
            out.append(a)
    return out


def _rate_between_years(t, figs, sent) -> list[Finding]:
    """«… إلى 35.1 مليار دولار عام 2018، قبل أن ينهار إلى 16.0 مليار دولار عام 2021. أي أن التبادل انخفض بين
    2018 و2021 بنسبة 54.4%»: the change between the figures the text states with the two years (in its
    paragraph, before the rate); a finding only when no such pair gives the rate."""
    text = t.norm.text
    out = []
    for p in sent:
        if p.kind != "percent":
            continue
        m = _BETWEEN_YEARS.search(text, max(0, p.ns - 120), p.ns)
        if not m:
            continue
        y1, y2 = (m.group("y1"), m.group("y2")) if m.group("y1") else (m.group("f1"), m.group("f2"))
        if int(y1) >= int(y2):
            continue
        para = text.rfind("\n", 0, m.start()) + 1
        ends = [b for b in figs if b.ns >= para and _year_figures(t, [b], y2, m.start(), b)]
        pairs = [(a, b) for b in ends for a in _year_figures(t, figs, y1, m.start(), b) if a.ns >= para and a is not b]
        if not pairs:
            continue
        falling = bool(re.match(_FALL, m.group("verb"), re.IGNORECASE))
        plo, phi = (-p.hi, -p.lo) if falling else (p.lo, p.hi)
        fits = [(ok, a, b, computed, ratios) for a, b in pairs for ok, computed, ratios in [change_fits(a, b, plo, phi)]]
        if any(f[0] for f in fits) or not fits[-1][4]:
            continue
        _, a, b, computed, ratios = fits[-1]
        out.append(_finding(
            "arithmetic-growth", "error" if abs(computed - (plo + phi) / 2) > 5 else "warning",
            f"From {a.row['text'].strip()} ({y1}) to {b.row['text'].strip()} ({y2}) is a change of {computed:+.1f}%, "
            f"not the stated {p.row['text'].strip()}.",
            [a, b, p],
            {"rule": "a change between two years against the figures stated with them: (B / A - 1) x 100",
             "start": _fig_ev(a), "end": _fig_ev(b), "rate": _fig_ev(p), "years": [y1, y2], "computed": computed,
             "computed_interval": [_bound(min(ratios)), _bound(max(ratios))],
             "direction": "fall" if falling else "rise", "slack": SLACK},
        ))
    return out


# --------------------------------------------------------------------------- multiples

_DOUBLED = re.compile(r"(?:^|\s)[وف]?(?:تضاعف|تضاعفت|يتضاعف|تتضاعف|ضاعف|ضاعفت|multiplied|grew|rose)(?:\s|$)",
                      re.IGNORECASE)
_LINK_MULT = re.compile(r"^(?:\s*[^\W\d_]+){0,3}?\s*[,،]?\s*(?:(?:اي|i\.e\.|or|that is)\s+)?(?:(?:نحو|حوالي|قرابه|ما يقارب|اكثر من|اقل من|ما يزيد علي|about|some|more than|less than)\s+)?$",
                        re.IGNORECASE)
_BY = re.compile(r"(?:بمقدار|بواقع|by)\s*$", re.IGNORECASE)


def _about(n: float, nlo: float, nhi: float) -> tuple[float, float]:
    """A stated multiple's bounds widened by «نحو»/"about" (±10 %)."""
    return min(nlo, n * 0.9), max(nhi, n * 1.1)


def _ratio(big, small) -> tuple[float, float]:
    """The interval of ``big / small`` over both figures' bounds."""
    return big.lo / small.hi, (big.hi / small.lo if big.hi != math.inf else math.inf)


def _stated(n: float, about: bool) -> tuple[float, float]:
    """A stated multiple's bounds: to the nearest half, widened by «نحو»/"about"."""
    nlo, nhi = n - MULTIPLE_PAD, n + MULTIPLE_PAD
    return _about(n, nlo, nhi) if about else (nlo, nhi)


def _multiple(g) -> bool:
    return g.kind in ("count", "number") and g.unit in ("ضعف", "مره", "مرة", "times", "fold")


def _multiples(t, sent) -> list[Finding]:
    text = t.norm.text
    out = []
    for k in sent:
        if not _multiple(k) or k.value < 2:
            continue
        pair = None
        for i, a in enumerate(sent):
            if a is k or a.kind == "percent" or _multiple(a) or i + 1 >= len(sent):
                continue
            b = sent[i + 1]
            if b is k or not _compatible(a, b) or _multiple(b):
                continue
            if _FROM_BEFORE.search(text[max(0, a.ns - 20):a.ns]) and re.match(
                    r"^\s*(?:(?:في|in)?\s*(?:عام|العام|سنه)?\s*\d{4}\s*[،,]?\s*)?(?:الي|to)\s*(?:\S+\s+){0,2}?$",
                    _between(t, a, b), re.IGNORECASE):
                pair = (a, b)
            elif pair is None and _TO_BEFORE.search(text[max(0, b.ns - 20):b.ns]) and len(_between(t, a, b)) <= 120 \
                    and _VERB.search(_between(t, a, b)) and not _FROM_BEFORE.search(text[max(0, a.ns - 20):a.ns]):
                pair = (a, b)  # «بلغ 3,500 نسمة، وارتفع إلى 14,000 نسمة، أي أربعة أضعاف»
        if pair is None:
            continue
        a, b = pair
        if k.ns > b.ne:
            if not _LINK_MULT.match(re.sub(r"(?:(?:في|in)\s+)?(?:عام|العام|سنه)?\s*\d{4}", "", text[b.ne:k.ns])):
                continue
            strict = True
        elif k.ne <= a.ns and _DOUBLED.search(text[max(0, k.ns - 30):k.ns]) and k.ns >= a.ns - 60:
            strict = True
        else:
            continue
        if _BY.search(text[max(0, k.ns - 12):k.ns]):
            strict = False
        if a.lo <= 0:
            continue
        lo, hi = _ratio(b, a)
        n = k.value
        approx = _opt(k.row.get("approx"))
        nlo, nhi = _stated(n, approx == "about")
        if approx in ("more_than", "at_least"):
            nhi = math.inf
        elif approx in ("less_than", "up_to"):
            nlo = 0.0
        readings = [(nlo, nhi)] if strict else [(nlo, nhi), (nlo + 1, nhi + 1)]
        if any(lo <= rhi and hi >= rlo for rlo, rhi in readings):
            continue
        ratio = b.value / a.value
        out.append(_finding(
            "arithmetic-growth", "warning",
            f"From {a.row['text'].strip()} to {b.row['text'].strip()} is {ratio:.2f} times, "
            f"not the stated {k.row['text'].strip()}.",
            [a, b, k],
            {"rule": "end / start vs the stated multiple (to the nearest half)", "start": _fig_ev(a),
             "end": _fig_ev(b), "multiple": _fig_ev(k), "computed": ratio,
             "computed_interval": [_bound(lo), _bound(hi)], "pad": MULTIPLE_PAD},
        ))
    return out


# «A، مقابل B، أي أن X يزيد على N أضعاف Y»، «… أي ما يعادل N أضعاف»: two figures set against each other, then how
# many times the one is the other («يزيد على»/«يفوق»/«أكثر من» N: more than N times; bare: about N times)
_VERSUS_GAP = re.compile(r"(?:^|[\s,،(])(?:مقابل|مقارنه\s+(?:ب|مع)|بالمقارنه\s+مع|compared\s+(?:with|to)|versus|against)(?:\s|$)",
                         re.IGNORECASE)
_TIMES_LEAD = re.compile(
    r"^[^.;:!?؟\d]{0,80}?[,،]\s*(?:اي|أي|i\.e\.)\s+(?:ان\s+|أن\s+)?(?:[^\W\d_]+\s+){0,6}?"
    r"(?:(?P<more>[تي]?(?:زيد|فوق|تجاوز|تزيد|يزيد|يفوق|تفوق)(?:\s+(?:علي|على))?|اكثر\s+من|ما\s+يزيد\s+علي|more\s+than)\s+)?"
    r"(?:نحو\s+|حوالي\s+|قرابه\s+)?$", re.IGNORECASE)


def _versus_multiples(t, sent) -> list[Finding]:
    """A multiple after two figures set against each other: larger / smaller against the stated N (to the
    nearest half; «يزيد على N أضعاف» asks for N or more)."""
    text = t.norm.text
    out = []
    for i, a in enumerate(sent):
        if i + 2 >= len(sent) or a.kind == "percent" or _multiple(a):
            continue
        b, k = sent[i + 1], sent[i + 2]
        if not _multiple(k) or k.value < 2 or _multiple(b) or not _compatible(a, b) or a.lo <= 0 or b.lo <= 0:
            continue
        if b.ns - a.ne > 100 or not _VERSUS_GAP.search(_between(t, a, b)):
            continue
        lead = _TIMES_LEAD.match(text[b.ne:k.ns])
        if not lead:
            continue
        small, big = sorted((a, b), key=lambda g: g.value)
        lo, hi = _ratio(big, small)
        n = k.value
        # «يزيد على N أضعاف»: at least N (a fiftieth of slack), and under 2N (a writer names a larger multiple
        # by its own number); a bare N: to the nearest half
        nlo, nhi = (n * 0.98, 2 * n) if lead.group("more") else _stated(n, False)
        if any(_opt(g.row.get("approx")) == "about" for g in (k, a, b)):
            nlo, nhi = _about(n, nlo, nhi)
        if lo <= nhi and hi >= nlo:
            continue
        ratio = big.value / small.value
        out.append(_finding(
            "arithmetic-growth", "warning",
            f"{big.row['text'].strip()} against {small.row['text'].strip()} is {ratio:.2f} times, "
            f"not {'more than ' if lead.group('more') else ''}the stated {k.row['text'].strip()}.",
            [a, b, k],
            {"rule": "two figures set against each other, then a multiple: larger / smaller vs the stated N",
             "first": _fig_ev(a), "second": _fig_ev(b), "multiple": _fig_ev(k), "computed": ratio,
             "computed_interval": [_bound(lo), _bound(hi)], "pad": MULTIPLE_PAD},
        ))
    return out


_GLOSS_MULT = re.compile(r"\s*[،,]?\s*(?:اي|أي|i\.e\.,?|or)\s+(?:(?:ما\s+(?:يعادل|يقارب)|نحو|حوالي|قرابه|about|some)\s+)?$",
                         re.IGNORECASE)
_BASE_REACH = 80  # characters from a multiple to the figure it multiplies, named after it


def _multiples_of_later(t, sent) -> list[Finding]:
    """«ويتسع المسجد الجديد لعشرة آلاف مصلّ، أي عشرة أضعاف المبنى القديم الذي كان يتسع لألف مصلّ»: a figure B
    glossed by a multiple N («أي N أضعاف …») of a figure A of B's measure named after it in the clause: B / A
    against N (to the nearest half, «نحو» ±10 %)."""
    text = t.norm.text
    out = []
    for i in range(len(sent) - 2):
        b, k, a = sent[i], sent[i + 1], sent[i + 2]
        if not _multiple(k) or k.value < 2 or _multiple(b) or _multiple(a) or a.kind == "percent" \
                or b.kind == "percent" or not _compatible(a, b) or a.lo <= 0:
            continue
        if not _GLOSS_MULT.fullmatch(text, b.ne, k.ns) or a.ns - k.ne > _BASE_REACH \
                or re.search(r"[.؛;:!?؟]", text[k.ne:a.ns]):
            continue
        lo, hi = _ratio(b, a)
        n = k.value
        nlo, nhi = _stated(n, any(_opt(g.row.get("approx")) == "about" for g in (k, a, b))
                           or bool(re.search(r"(?:نحو|حوالي|قرابه|يقارب|about|some)\s+$", text[b.ne:k.ns])))
        if lo <= nhi and hi >= nlo:
            continue
        ratio = b.value / a.value
        out.append(_finding(
            "arithmetic-growth", "warning",
            f"{b.row['text'].strip()} is {ratio:.2f} times {a.row['text'].strip()}, not the stated {k.row['text'].strip()}.",
            [b, k, a],
            {"rule": "a figure glossed by a multiple of a figure named after it: the ratio vs the stated N",
             "start": _fig_ev(a), "end": _fig_ev(b), "multiple": _fig_ev(k), "computed": ratio,
             "computed_interval": [_bound(lo), _bound(hi)], "pad": MULTIPLE_PAD},
        ))
    return out


# what a multiple is of, named after it: the figure before («أي ضعف ما سبق»، «أي ثلاثة أضعاف سابقه») or the figure of a
# year («أي ثلاثة أضعاف تعهد 2012»، «ضعف مستوى عام 2019»)
_EARLIER_REF = re.compile(
    r"\s*(?:(?P<prev>ما\s+(?:سبق|سبقه|سبقها|قبله|قبلها)|سابقه|سابقها|السابق)(?![^\W\d_])"
    r"|(?:[^\W\d_]+\s+){1,2}?(?:(?:في\s+)?(?:عام|العام|سنه)\s+)?(?P<year>(?:1[5-9]|20)\d\d)(?!\d))")
# «بعشرة مليارات عام 2009، أي …»، «بعشرة مليارات في شرم الشيخ عام 2009، أي …»: a place and a year between
_YEAR_ADJUNCT = (r"(?:\s+في(?:\s+(?!اي\b)[^\W\d_]+){1,3}(?=\s*(?:[،,]|(?:عام|العام|سنه)?\s*\d)))?"
                 r"(?:\s*(?:(?:في\s+)?(?:عام|العام|سنه)\s*)?(?:1[5-9]|20)\d\d(?!\d))?")
_GLOSS_MULT_YEAR = re.compile(_YEAR_ADJUNCT + _GLOSS_MULT.pattern, re.IGNORECASE)
_DOUBLE_AFTER = re.compile(_YEAR_ADJUNCT + r"\s*[،,]?\s*(?:اي|أي)\s+(?:(?:نحو|حوالي|قرابه|ما\s+يعادل)\s+)?(?P<w>ضعف)(?![^\W\d_])")


def _multiples_of_earlier(t, figs, sent) -> list[Finding]:
    """«ثم بعشرة مليارات عام 2009، أي ضعف ما سبق»، «60 مليار دولار، أي ثلاثة أضعاف تعهد 2012»: a figure B glossed by a
    multiple N (a count of «أضعاف», or «ضعف»: 2) of the figure before it in the sentence («ما سبق») or of the figure of
    B's measure stated with the year named: B / A against N (to the nearest half, «نحو» ±10 %); quiet when no such
    figure is found."""
    text = t.norm.text
    out = []
    for i, b in enumerate(sent):
        if _multiple(b) or b.kind == "percent" or b.lo <= 0:
            continue
        k = sent[i + 1] if i + 1 < len(sent) else None
        if k is not None and _multiple(k) and k.value >= 2 and _GLOSS_MULT_YEAR.fullmatch(text, b.ne, k.ns):
            n, end, about, quote = k.value, k.ne, _opt(k.row.get("approx")) == "about", k
        else:
            d = _DOUBLE_AFTER.match(text, b.ne)
            if d is None or (k is not None and k.ns < d.end()):
                continue
            n, end, about, quote = 2.0, d.end(), bool(re.search(r"(?:نحو|حوالي|قرابه)\s+$", text[b.ne:d.start("w")])), None
        ref = _EARLIER_REF.match(text, end)
        if ref is None:
            continue
        if ref.group("prev"):
            before = [a for a in sent[:i] if not _multiple(a) and a.kind != "percent" and _compatible(a, b) and a.lo > 0]
            cands = before[-1:]
        else:
            cands = [a for a in _year_figures(t, figs, ref.group("year"), b.ns, b) if a is not b]
        if not cands:
            continue
        nlo, nhi = _stated(n, about or any(_opt(g.row.get("approx")) == "about" for g in (b, *cands)))
        if any(lo <= nhi and hi >= nlo for lo, hi in (_ratio(b, a) for a in cands)):
            continue
        a = cands[-1]
        ratio = b.value / a.value
        said = quote.row["text"].strip() if quote is not None else "ضعف"
        spans = [b, quote, a] if quote is not None else [b, a]
        out.append(_finding(
            "arithmetic-growth", "warning",
            f"{b.row['text'].strip()} is {ratio:.2f} times {a.row['text'].strip()}, not the stated «{said}».",
            spans,
            {"rule": "a figure glossed by a multiple of the figure before it or of a named year's: the ratio vs the stated N",
             "start": _fig_ev(a), "end": _fig_ev(b), "multiple": n, "computed": ratio, "pad": MULTIPLE_PAD},
        ))
    return out


@detector("arithmetic-multiple", "internal")
def arithmetic_multiple(facts: Facts) -> list[Finding]:
    """A stated multiple («أي أربعة أضعاف», "three times") that the two figures it compares do not give."""
    out = []
    for t in facts:
        figs = figures_of(t)
        for _, sent in _sentences(t, figs):
            out.extend(_multiples(t, sent))
            out.extend(_versus_multiples(t, sent))
            out.extend(_multiples_of_later(t, sent))
        for _, sent in _sentences(t, figs, least=1):  # (the year's figure may stand in another sentence)
            out.extend(_multiples_of_earlier(t, figs, sent))
    return out
