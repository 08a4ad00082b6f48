"""More wordings of a change between two figures (findings of kind ``arithmetic-growth``).

* **the rate before the start** -- «بلغت الصادرات 60 مليار دولار عام 2023، بزيادة 20% عن 50 مليار
  دولار»، «… بارتفاع نسبته 20% مقارنة بـ50 مليار»، «… بتراجع قدره 20% قياساً بـ…»، "reached $50 billion,
  up 25% from $40 billion": the end B, a noun of rise or fall with the rate P, a comparison word, the start A;
* **the start in a sentence before** -- «بلغت الصادرات 50 مليار دولار عام 2022. وفي عام 2023 ارتفعت إلى 60
  مليار دولار، أي بنسبة 20%»: a verb of rise or fall, «إلى B» and the rate, no start in the sentence; the
  start is a figure of B's measure before it in the paragraph whose clause shares a noun with B's; a
  finding only when none gives the rate and one is near (within a factor of 1.5 of the start the rate implies);
* **a change to a fraction, or doubled** -- «تراجع من A إلى B، أي إلى النصف»، «انخفض إلى الثلث، من A إلى
  B»: B / A within a fifth of the fraction; «تضاعف X من A إلى B» with no count: B at least 1.5 times A
  («تضاعف» says doubled; a writer uses it of larger multiples too, never of less);
* **percentage points** -- «ارتفعت البطالة من 10% إلى 12%، أي بنقطتين مئويتين/بواقع 2 نقطة مئوية» or
  «… أي بنسبة 20%»: a rate between two percentages is right as points (B - A) or as a relative change
  (B / A - 1); a count of points is right only as points.

The rate is held to the tolerance of :func:`tahqiq.checks.change.change_agrees` (the printed precision).
"""

from __future__ import annotations

import math
import re

from ..facts import Facts
from ..review.findings import Finding
from ..segment.sentences import BLANK_LINE
from ..text.normtext import fold
from . import FALLBACK, detector
from .arithmetic import _FALL, _RISE, SLACK, from_to_gap, Fig, _between, _bound, _compatible, _fig_ev, _finding, _opt, _sentences, \
    figures_of, paragraph_bounds
from .change import BASE_AFTER, change_agrees
from ..text.spans import last_mark

FAMILY = "arithmetic"

_RISE_NOUN = r"زياده|ارتفاع|نمو|صعود|قفزه|increase|rise|growth|gain|jump|up"
_FALL_NOUN = r"انخفاض|تراجع|هبوط|نقص|تقلص|انكماش|decrease|decline|drop|fall|reduction|down"
_NOUN_BEFORE = re.compile(
    rf"(?:^|[\s,،(])(?:(?:اي|i\.e\.|or)\s+)?(?:(?:a|an)\s+)?[وب]?(?P<noun>{_RISE_NOUN}|{_FALL_NOUN})"
    r"(?:\s+(?:نسبتها|نسبته|قدرها|قدره|بنسبه|بلغت|of|by))?\s*$", re.IGNORECASE)
_CMP_AFTER = re.compile(r"^\s*(?:عن|علي|مقارنه\s*(?:ب|مع)|قياسا\s*ب|مقابل|from|on|over|compared\s+(?:with|to)|against)\s*"
                        r"(?:(?:نحو|حوالي|about)\s+)?$", re.IGNORECASE)
# «بزيادة P% على المخزون الحالي البالغ A»، «… عن موازنة العام الماضي وقدرها A»، "up P% on last year's stock of A":
# the start named by a noun phrase (one to four words) and tied to its figure by «البالغ/الذي بلغ/وقدره»/"of"
_CMP_NAMED = re.compile(
    r"^\s*(?:عن|علي|مقارنه\s*(?:ب|مع)|قياسا\s*ب|from|on|over|compared\s+(?:with|to))\s*"
    r"(?:[^\W\d_][\w']*\s+){1,4}?(?:البالغ|البالغه|الذي\s+بلغ|التي\s+بلغت|الذي\s+كان|التي\s+كانت|وقدره|وقدرها|"
    r"المقدر\s*ب|المقدره\s*ب|of|at)\s*(?:(?:نحو|حوالي|about)\s+)?$", re.IGNORECASE)
_FALLS = re.compile(rf"^(?:{_FALL_NOUN})$", re.IGNORECASE)


def _rates(a: Fig, b: Fig) -> tuple[list[float], float]:
    ratios = [(y / x - 1) * 100 for x in (a.lo, a.hi) for y in (b.lo, b.hi) if x > 0 and y != math.inf]
    return ratios, (b.value / a.value - 1) * 100


def _fails(a: Fig, b: Fig, p: Fig, falling: bool) -> tuple[bool, float, list[float]]:
    ratios, computed = _rates(a, b)
    plo, phi = (-p.hi, -p.lo) if falling else (p.lo, p.hi)
    return bool(ratios) and not change_agrees(min(ratios), max(ratios), computed, plo, phi), computed, ratios


def _growth(a: Fig, b: Fig, p: Fig, computed: float, ratios: list[float], falling: bool, rule: str,
            extra: dict | None = None) -> Finding:
    return _finding(
        "arithmetic-growth", "error" if abs(abs(computed) - p.value) > 5 else "warning",
        f"From {a.row['text'].strip()} to {b.row['text'].strip()} is a change of {computed:+.1f}%, "
        f"not the stated {p.row['text'].strip()}.",
        [a, b, p],
        {"rule": rule, "start": _fig_ev(a), "end": _fig_ev(b), "rate": _fig_ev(p), "computed": computed,
         "computed_interval": [_bound(min(ratios)), _bound(max(ratios))],
         "direction": "fall" if falling else "rise", "slack": SLACK, **(extra or {})},
    )


_GLOSSES = re.compile(r"[^\d.;:!?؟,،]{0,25}[,،]\s*(?:اي|i\.e\.)\s+(?:(?:نحو|حوالي|ما\s+يعادل|about)\s+)?", re.IGNORECASE)
"""«6.5 ملايين دولار سنوياً، أي 26 مليون دولار»: a figure restated by another right after it."""


def _rate_before_start(t, sent: list[Fig]) -> list[Finding]:
    """«B، بزيادة P% عن A»: end, rate, start."""
    text = t.norm.text
    out = []
    for i in range(1, len(sent) - 1):
        b, p, a = sent[i - 1], sent[i], sent[i + 1]
        if p.kind != "percent" or b.kind == "percent" or a.kind == "percent" or not _compatible(a, b):
            continue
        head = text[max(b.ne, p.ns - 40):p.ns]
        m = _NOUN_BEFORE.search(head)
        gap = text[p.ne:a.ns]
        if not m or p.ns - b.ne > 60 or not (_CMP_AFTER.match(gap) or _CMP_NAMED.match(gap)) or a.lo <= 0 or b.lo <= 0:
            continue
        if re.search(r"[.;:!?؟]", text[b.ne:p.ns]):
            continue
        falling = bool(_FALLS.match(m.group("noun")))
        bad, computed, ratios = _fails(a, b, p, falling)
        glossed = sent[i - 2] if i >= 2 and _GLOSSES.fullmatch(text, sent[i - 2].ne, b.ns) else None
        if bad and glossed is not None and glossed.kind == b.kind and glossed.lo > 0 \
                and not _fails(a, glossed, p, falling)[0]:
            continue  # «6.5 ملايين دولار سنوياً، أي 26 مليوناً على مدى الاتفاق، بزيادة 30% على المقابل السنوي السابق
            # البالغ 5 ملايين»: B restates the figure before it, which the rate may be of
        if bad:
            out.append(_growth(a, b, p, computed, ratios, falling,
                               "«B، بزيادة P% عن A»: (B / A - 1) x 100 vs the stated rate"))
    return out


_VERB = re.compile(rf"(?:^|\s)[وف]?س?(?P<verb>{_RISE}|{_FALL})(?:\s|$)", re.IGNORECASE)
_TO = re.compile(r"(?:^|\s)(?:الي|to)\s*(?:\S+\s+){0,1}$", re.IGNORECASE)
_THEN = re.compile(r"[,،]\s*(?:و)?(?:ثم|قبل\s+ان)\s", re.IGNORECASE)  # «…، ثم هبط»، «…، قبل أن يرتفع»
_RATE_AFTER = re.compile(r"^(?:[^\d.;:!?؟,،]{0,45}?[,،])?\s*[,،(]?\s*(?:(?:اي|i\.e\.|or)\s+)?(?:(?:a|an)\s+)?[وب]?(?:نسبه|زياده|ارتفاع|نمو|انخفاض|تراجع|"
                         r"increase|rise|drop|fall|decline|growth|by)(?:\s+(?:نسبتها|نسبته|قدرها|قدره|of|by))?\s*$",
                         re.IGNORECASE)
NEAR = 1.5
_STOP = {"بلغت", "بلغ", "قيمه", "عام", "العام", "سنه", "وفي", "نحو", "حوالي", "ارتفعت", "ارتفع", "تراجعت", "تراجع",
         "انخفض", "انخفضت", "الي", "مليار", "مليون", "الف", "دولار"}


def _nouns(text: str, lo: int, hi: int) -> set[str]:
    """The content words (no verb of change, no clitic) of a clause, its last six."""
    clause = re.sub(rf"(?<!\w)[وف]?(?:{_RISE}|{_FALL})(?!\w)", " ", text[lo:hi].casefold())
    words = re.findall(r"[\u0621-\u064A]{4,}|[a-z]{4,}", clause)[-6:]
    return {re.sub(r"^(?:و|ف|ب|ل)?(?:ال)?", "", w) for w in words if w not in _STOP} - {""}


def _start_before(t, figs: list[Fig], sent: list[Fig], s0: int) -> list[Finding]:
    text = t.norm.text
    out = []
    for i in range(1, len(sent)):
        b, p = sent[i - 1], sent[i]
        if p.kind != "percent" or b.kind == "percent" or not _RATE_AFTER.match(text[b.ne:p.ns]) or b.lo <= 0:
            continue
        head = text[max(s0, b.ns - 80):b.ns]
        to = _TO.search(head)
        if not to:
            continue
        verbs = list(_VERB.finditer(head[:to.start()]))
        if not verbs or to.start() - verbs[-1].end() > 50:
            continue
        inside = [g for g in sent[:i - 1] if g.ne <= b.ns and _compatible(g, b)]
        # «استقبل 38 ألف زائر عام 2019، ثم هبط العدد إلى 9,500 زائر …، أي بتراجع نسبته 75%»: the start
        # stated in the sentence, then «ثم» and the verb of the change to the end value
        then = bool(inside) and inside[-1].kind != "percent" and inside[-1].lo > 0 and bool(
            _THEN.search(text, inside[-1].ne, max(s0, b.ns - 80) + verbs[-1].start() + 1))
        if inside and not then:
            continue  # a start in the sentence: the other rules' forms
        falling = bool(re.match(rf"(?:{_FALL})", verbs[-1].group("verb"), re.IGNORECASE))
        para = paragraph_bounds(t.raw, int(b.row["start"]))
        plo = t.norm.norm_pos(para[0])
        subject = _nouns(text, max(s0, b.ns - 80), b.ns)
        # the subject named (a noun shared with the start's clause), or left to the verb's pronoun
        # («وفي 2023 ارتفعت إلى B»): then the start is in the sentence just before
        end_prev = last_mark(text, ".!?؟\n", s0)
        prev = last_mark(text, ".!?؟\n", max(0, end_prev))
        starts = [inside[-1]] if then else []
        for a in ([] if then else figs):
            if a.ns < plo or a.ne > s0 or a.kind == "percent" or not _compatible(a, b) or a.lo <= 0:
                continue
            cs = last_mark(text, ".!?؟\n", a.ns)
            if subject & _nouns(text, max(plo, cs + 1), a.ns) or not subject and a.ns > prev:
                starts.append(a)
        if not starts and not then and subject:
            # «وأن المساحة سترتفع إلى B، أي بزيادة P%» with the start in an earlier section («**المساحة:** A»): a
            # figure of B's measure before the paragraph whose own clause names the subject's noun
            for a in figs:
                if a.ne > plo or a.kind == "percent" or not _compatible(a, b) or a.lo <= 0:
                    continue
                cs = last_mark(text, ".!?؟\n", a.ns)
                if subject & _nouns(text, cs + 1, a.ns):
                    starts.append(a)
        if not starts:
            continue
        fits = [(a, *_fails(a, b, p, falling)) for a in starts]
        if any(not bad for _, bad, _, _ in fits):
            continue
        implied = b.value / (1 + (-p.value if falling else p.value) / 100) if p.value < 100 or not falling else 0
        near = fits if then else [f for f in fits if implied > 0 and 1 / NEAR <= f[0].value / implied <= NEAR]
        if not near:
            continue
        a, _, computed, ratios = near[-1]
        out.append(_growth(a, b, p, computed, ratios, falling,
                           "«ارتفع إلى B، أي بنسبة P%» against the start stated before with the same noun",
                           {"candidates": [_fig_ev(g) for g in starts]}))
    return out


_FRACTION = {"النصف": 0.5, "الثلث": 1 / 3, "الربع": 0.25, "الخمس": 0.2, "العشر": 0.1, "half": 0.5, "a third": 1 / 3,
             "a quarter": 0.25}
_TO_FRACTION = re.compile(r"(?:^|[\s,،(])(?:الي|to)\s+(?P<f>النصف|الثلث|الربع|الخمس|العشر|half|a third|a quarter)(?!\w)",
                          re.IGNORECASE)
_DOUBLED = re.compile(r"(?:^|\s)[وف]?(?:تضاعف|تضاعفت|doubled)(?:\s|$)", re.IGNORECASE)
_FROM = re.compile(r"(?:^|\s)(?:من|from)\s*(?:\S+\s+){0,1}$", re.IGNORECASE)
_FROM_TO_GAP = re.compile(r"^\s*(?:(?:في|in)?\s*(?:عام|العام|سنه)?\s*\d{4}\s*[،,]?\s*)?(?:الي|to)\s*(?:\S+\s+){0,1}$",
                          re.IGNORECASE)
FRACTION_PAD = 0.2
"""A fraction word («إلى النصف») passes for a ratio within a fifth of it either side."""


def _from_to(t, sent: list[Fig]):
    text = t.norm.text
    for a, b in zip(sent, sent[1:]):
        if _compatible(a, b) and _FROM.search(text[max(0, a.ns - 20):a.ns]) and (
                _FROM_TO_GAP.match(_between(t, a, b)) or a.kind == "percent" and from_to_gap(_between(t, a, b))):
            # (a percentage's base may follow it: «من 138 بالمئة من الناتج المحلي عام 2022 إلى 88 بالمئة»)
            yield a, b


_MULTIPLES = {"الضعف": 2.0, "ضعف": 2.0, "مثلين": 2.0, "ثلاثه اضعاف": 3.0, "اربعه اضعاف": 4.0, "خمسه اضعاف": 5.0,
              "سته اضعاف": 6.0, "عشره اضعاف": 10.0, "twice": 2.0, "double": 2.0, "three times": 3.0, "four times": 4.0}
_BY_FRACTIONS = {"النصف": 0.5, "الثلثين": 2 / 3, "الثلث": 1 / 3, "الربع": 0.25, "ثلاثه ارباع": 0.75, "الخمس": 0.2,
                 "half": 0.5, "two thirds": 2 / 3, "a third": 1 / 3, "a quarter": 0.25, "three quarters": 0.75}
_APPROX_WORDS = r"اكثر من|ما يزيد علي|نحو|قرابه|حوالي|ما يقارب|اقل من|more than|over|about|nearly|less than"
_TO_MULTIPLE = re.compile(rf"^[^\d.;:!?؟]{{0,40}}?(?:^|[\s,،(])(?:(?:اي|i\.e\.|or)\s+)?(?:الي|to|reaching)\s+"
                          rf"(?:(?P<approx>{_APPROX_WORDS})\s+)?(?P<m>{'|'.join(sorted(map(re.escape, _MULTIPLES), key=len, reverse=True))})"
                          r"(?![\w])", re.IGNORECASE)
_BY_FRACTION = re.compile(rf"^\s*[,،(]?\s*(?:(?:اي|i\.e\.|or)\s+)?(?:ب|by\s+)\s*(?:(?P<approx>{_APPROX_WORDS})\s+)?"
                          rf"(?P<f>{'|'.join(sorted(map(re.escape, _BY_FRACTIONS), key=len, reverse=True))})(?![\w])",
                          re.IGNORECASE)
MULTIPLE_PAD = 0.05
"""A bound said with «أكثر من»/«أقل من» («إلى أكثر من الضعف») is held to it within a twentieth."""


def _said_fits(word: str | None, v: float, lo: float, hi: float) -> bool:
    """Whether a ratio ``lo``-``hi`` fits a multiple or fraction ``v`` said with the approximator ``word``."""
    w = (word or "").casefold()
    if w in ("اكثر من", "ما يزيد علي", "more than", "over"):
        return hi >= v * (1 - MULTIPLE_PAD)
    if w in ("اقل من", "less than"):
        return lo <= v * (1 + MULTIPLE_PAD)
    return not (hi < v * (1 - FRACTION_PAD) or lo > v * (1 + FRACTION_PAD))


def _multiples_and_parts(t, sent: list[Fig], a: Fig, b: Fig) -> Finding | None:
    """«من A إلى B، أي إلى أكثر من الضعف / إلى ثلاثة أضعاف»: B / A against the multiple; «من 85% إلى 33%، أي
    بأكثر من النصف»: the change (B − A) / A against the fraction (of the start, for a rise or a fall)."""
    text = t.norm.text
    after = text[b.ne:b.ne + 80]
    nxt = next((g for g in sent if g.ns >= b.ne), None)
    if nxt is not None:  # (up to the next figure, or through it when it is the multiple: «ثلاثة أضعاف»)
        after = text[b.ne:min(b.ne + 80, nxt.ne if fold(nxt.unit or "") in ("ضعف", "اضعاف", "fraction") else nxt.ns)]
    lo, hi = b.lo / a.hi, (b.hi / a.lo if b.hi != math.inf else math.inf)
    m = _TO_MULTIPLE.match(after)
    if m and not _NEW_CLAUSE_WORD.search(after, 0, m.start("m")):
        v = _MULTIPLES[m.group("m").casefold()]
        if not _said_fits(m.group("approx"), v, lo, hi):
            return _multiple(a, b, f"«{m.group('m')}» ({v:g} times the start)", v, b.value / a.value)
        return None
    f = _BY_FRACTION.match(after)
    if f:
        v = _BY_FRACTIONS[f.group("f").casefold()]
        clo, chi = sorted((abs(lo - 1), abs(hi - 1) if hi != math.inf else math.inf))
        if (lo - 1) * (hi - 1) < 0:
            clo = 0.0
        if not _said_fits(f.group("approx"), v, clo, chi):
            x = abs(b.value / a.value - 1)
            return _finding(
                "arithmetic-growth", "warning",
                f"From {a.row['text'].strip()} to {b.row['text'].strip()} is a change of {x:.2f} of the start, not "
                f"«{f.group('f')}» ({v:.2f}).",
                [a, b],
                {"rule": "the change (end - start) / start vs the fraction a word states («بأكثر من النصف»)",
                 "start": _fig_ev(a), "end": _fig_ev(b), "stated": v, "computed": x, "pad": FRACTION_PAD})
    return None


_NEW_CLAUSE_WORD = re.compile(r"(?<!\w)(?:في حين|بينما|فيما|مقابل|while|whereas)(?!\w)", re.IGNORECASE)


def _fraction_and_doubling(t, sent: list[Fig], s0: int) -> list[Finding]:
    text = t.norm.text
    out = []
    for a, b in _from_to(t, sent):
        if a.lo <= 0:
            continue
        found = _multiples_and_parts(t, sent, a, b)
        if found is not None:
            out.append(found)
            continue
        if a.kind == "percent":
            continue
        clause = text[max(s0, a.ns - 60):min(len(text), b.ne + 30)]
        lo, hi = b.lo / a.hi, (b.hi / a.lo if b.hi != math.inf else math.inf)
        f = _TO_FRACTION.search(clause)
        if f and not re.search(r"\d", f.group()):
            v = _FRACTION[f.group("f").casefold()]
            if hi < v * (1 - FRACTION_PAD) or lo > v * (1 + FRACTION_PAD):
                out.append(_multiple(a, b, f"«إلى {f.group('f')}» ({v:.2f} of the start)", v, b.value / a.value))
            continue
        d = _DOUBLED.search(text[max(s0, a.ns - 60):a.ns])
        if d and not any(g.ns >= d.end() and g.ne <= a.ns for g in sent) and hi < 1.5:
            out.append(_multiple(a, b, "«تضاعف» (at least doubled)", 2.0, b.value / a.value))
    return out


def _multiple(a: Fig, b: Fig, what: str, stated: float, ratio: float) -> Finding:
    return _finding(
        "arithmetic-growth", "warning",
        f"From {a.row['text'].strip()} to {b.row['text'].strip()} is {ratio:.2f} times the start, not {what}.",
        [a, b],
        {"rule": "end / start vs the fraction or multiple a word states", "start": _fig_ev(a), "end": _fig_ev(b),
         "stated": stated, "computed": ratio, "pad": FRACTION_PAD},
    )


_POINTS = re.compile(r"^(?:نقطه|نقاط|نقطتين|نقطتان|point|points|percentage point|percentage points)$", re.IGNORECASE)


def _points(t, sent: list[Fig]) -> list[Finding]:
    """«من 10% إلى 12%، أي بنقطتين مئويتين / بنسبة 20%»: points are B - A, a percent either."""
    text = t.norm.text
    out = []
    for a, b in _from_to(t, sent):
        if a.kind != "percent" or b.kind != "percent" or a.lo <= 0:
            continue
        nxt = next((g for g in sent if g.ns >= b.ne), None)
        if nxt is None or nxt.ns - b.ne > 40 or re.search(r"[.;:!?؟]|(?:^|\s)(?:و|في حين|بينما)\s", text[b.ne:nxt.ns]):
            continue
        gap = text[b.ne:nxt.ns]
        # (the end's time: «في عام 2024»، «في الفترة 2020-2024»)
        if not re.match(r"^(?:\s*(?:(?:في\s+)?(?:عام|العام|سنه|الفتره|فتره|الموسم|موسم)\s+|in\s+)?\d{4}(?:\s*[-–/]\s*\d{2,4})?|\s+(?:في|مع|بحلول|خلال|by|at|in)\s+[^\d,،.;:!?؟()]{3,30}(?=[,،]))?\s*[,،(]?\s*(?:(?:اي|i\.e\.|or)\s+)?(?:(?:ب|و)?(?:واقع|نسبه|مقدار|زياده|ارتفاع|انخفاض|تراجع)\s*|by\s+|"
                        r"(?:an?\s+)?(?:increase|rise|drop|fall|decline)\s+of\s+)?(?:ب)?\s*$", gap, re.IGNORECASE):
            # («أي بـ 13 نقطة مئوية»: the preposition alone, the tatweel gone, a space before the number)
            continue
        pts = (b.lo - a.hi, b.hi - a.lo)
        pts = (min(abs(pts[0]), abs(pts[1])) if pts[0] * pts[1] > 0 else 0.0, max(abs(pts[0]), abs(pts[1])))
        point_val = abs(b.value - a.value)
        if nxt.kind in ("count", "number") and (_POINTS.match(fold(nxt.unit or "")) or re.match(
                r"^\s*(?:نقطه|نقاط|points?|percentage)", text[nxt.ne:nxt.ne + 15], re.IGNORECASE)):
            # the stated points' own rounding: half a point for a whole number («بسبع نقاط»), half the last
            # printed digit otherwise («بمقدار 1.3 نقطة»: 1.25 to 1.35)
            pad = (nxt.hi - nxt.lo) / 2 if nxt.hi > nxt.lo else 0.5
            if pts[0] - pad <= nxt.value <= pts[1] + pad:
                continue
            out.append(_finding(
                "arithmetic-growth", "warning",
                f"From {a.row['text'].strip()} to {b.row['text'].strip()} is {point_val:g} percentage points, "
                f"not the stated {nxt.row['text'].strip()}.",
                [a, b, nxt],
                {"rule": "points between two percentages: B - A", "start": _fig_ev(a), "end": _fig_ev(b),
                 "points": _fig_ev(nxt), "computed": point_val}))
        elif nxt.kind == "percent":
            falling = b.value < a.value
            bad, computed, ratios = _fails(a, b, nxt, falling)
            if not bad or pts[0] - 0.5 <= nxt.value <= pts[1] + 0.5:
                continue
            out.append(_growth(a, b, nxt, computed, ratios, falling,
                               "a rate between two percentages: neither B / A - 1 nor B - A points",
                               {"points": point_val}))
    return out


# «تجاوزت ترسانتها 600 رأس هذا العام، وقد تبلغ 1000 رأس بحلول عام 2030، أي بزيادة تقارب 67 في المئة»: two
# states of one quantity (the same unit, one after the other in the sentence, no other of that unit between)
# and the change glossed right after the second (a date phrase of its own between them at most)
_GLOSSED_CHANGE = re.compile(
    rf"^(?:\s*(?:في|بحلول|خلال|حتي|مع\s+نهايه|نهايه)?\s*(?:عام|العام|سنه)?\s*\d{{4}}|\s+(?:by|in)\s+\d{{4}})?\s*[,،]\s*"
    rf"(?:اي|i\.e\.|or)\s+(?:ب|a\s+)?(?P<noun>{_RISE_NOUN}|{_FALL_NOUN})\s*(?:تقارب|يقارب|قدرها|قدره|نسبتها|نسبته|بنسبه|of|by|"
    r"نحو|حوالي|about|some)?\s*(?:نحو|حوالي)?\s*$", re.IGNORECASE)


# a new definite noun opening B's clause («، والواردات 300»): B is another quantity than A
_ANOTHER_NOUN = re.compile(r"(?:^|[\s,،])(?:و|بينما\s+|في\s+حين\s+)ال[^\W\d_]{3,}(?:\s+[^\W\d_]+){0,2}\s*$")


def _two_states(t, sent: list[Fig]) -> list[Finding]:
    """A quantity stated twice in a sentence (the same unit) and its change glossed after the second: B / A - 1."""
    text = t.norm.text
    out = []
    for k, b in enumerate(sent):
        if k == 0 or b.kind == "percent":
            continue
        p = sent[k + 1] if k + 1 < len(sent) else None
        if p is None or p.kind != "percent" or p.ns - b.ne > 60:
            continue
        m = _GLOSSED_CHANGE.match(text[b.ne:p.ns])
        if not m:
            continue
        same = [g for g in sent[:k] if g.kind == b.kind and g.unit == b.unit and g.dim == b.dim and "/" not in (g.unit or "")]
        if not same or b.ns - same[-1].ne > 160 or re.search(r"[.;:!?؟]", text[same[-1].ne:b.ns]):
            continue
        a = same[-1]
        if _from_to_pair(t, sent, a, b) or a.lo <= 0:
            continue  # «من A إلى B»: the other shapes'
        if _ANOTHER_NOUN.search(text[a.ne:b.ns]) or BASE_AFTER.match(text, p.ne):
            continue  # «الصادرات A، والواردات B»: another quantity; «… بزيادة P% عن العام الماضي»: another base
        falling = re.match(_FALL_NOUN, m.group("noun"), re.IGNORECASE) is not None
        if (b.value < a.value) != falling:
            continue  # the direction is read by the other rules of direction
        bad, computed, ratios = _fails(a, b, p, falling)
        if bad:
            out.append(_growth(a, b, p, computed, ratios, falling,
                               "two states of one quantity in a sentence, the change glossed after the second («أي بزيادة P%»)"))
    return out


def _from_to_pair(t, sent: list[Fig], a: Fig, b: Fig) -> bool:
    return any(x is a and y is b for x, y in _from_to(t, sent))


# «40% العام الماضي، مقابل 35% لدول مجموعة السبع، أي بفارق خمس نقاط مئوية»: two percentages set against each
# other and the margin between them in points
_VERSUS = re.compile(r"(?:^|[\s,،(])(?:في\s+)?(?:مقابل|مقارنه\s+ب|بالمقارنه\s+مع|compared\s+(?:with|to)|versus|vs\.?|against"
                     # (an earlier state: «13%، بعد أن كانت 8% عام 2022»; a change told by its verb: «20%، ترتفع إلى 40%»)
                     rf"|بعد\s+ان\s+(?:كان|كانت)|بعدما\s+(?:كان|كانت)|up\s+from|down\s+from"
                     rf"|(?:{_RISE}|{_FALL})(?:\s+[^\s\d]+){{0,2}}?\s+(?:الي|to))"
                     r"(?:\s|$)", re.IGNORECASE)
_MARGIN = re.compile(r"^\s*[,،(]?\s*(?:(?:اي|i\.e\.|or)\s+)?(?:ب|و)?(?:فارق|فرق|زياده|ارتفاع|تراجع|انخفاض|"
                     r"a\s+(?:gap|margin|difference|rise|fall|drop|gain)\s+of|by|up|down)\s*(?:قدره|قدرها)?\s*$",
                     re.IGNORECASE)


def _margin_points(t, sent: list[Fig]) -> list[Finding]:
    """«بلغت 40%، مقابل 35% لدول مجموعة السبع، أي بفارق خمس نقاط مئوية», "41% versus 36%, a gap of 5 points", «13%،
    بعد أن كانت 8% عام 2022، أي بزيادة خمس نقاط»، «20%، ترتفع إلى 40% بعد ثلاث سنوات، أي بزيادة 20 نقطة»: the
    margin in points between two percentages set against each other is |A - B|."""
    text = t.norm.text
    out = []
    # («خلال الأشهر التسعة الأولى، مقابل 65% قبل عامين»: the lengths of time are the figures' times, not figures)
    from .periodtotals import _length

    sent = [g for g in sent if not _length(g)]
    for k, (b, nxt) in enumerate(zip(sent[1:], sent[2:]), start=1):
        # (the first percentage may stand a clause before, other figures between: «55 في المائة، أي نحو مليون طن،
        # بعد أن كان 40 في المائة عام 2022»)
        a = next((g for g in reversed(sent[:k]) if g.kind == "percent"), None)
        if a is None or b.kind != "percent" or nxt.kind not in ("count", "number"):
            continue
        if b.ns - a.ne > 80 or not _VERSUS.search(text[a.ne:b.ns]) or re.search(r"[.;:!?؟]", text[a.ne:nxt.ns]):
            continue
        if nxt.ns - b.ne > 60 or not _POINTS.match(fold(nxt.unit or "")) and not re.match(
                r"^\s*(?:نقطه|نقاط|points?|percentage)", text[nxt.ne:nxt.ne + 15], re.IGNORECASE):
            continue
        words = [w for w in re.split(r"[\s,،]+", text[b.ne:nxt.ns]) if w]
        cut = next((k for k in range(len(words)) if _MARGIN.match(" " + " ".join(words[k:]))), None)
        if cut is None:
            continue
        lo, hi = abs(b.hi - a.lo), abs(b.lo - a.hi)
        lo, hi = min(lo, hi), max(lo, hi)
        pad = (nxt.hi - nxt.lo) / 2 if nxt.hi > nxt.lo else 0.5
        if lo - pad <= nxt.value <= hi + pad:
            continue
        margin = abs(b.value - a.value)
        out.append(_finding(
            "arithmetic-growth", "warning",
            f"Between {a.row['text'].strip()} and {b.row['text'].strip()} the margin is {margin:g} percentage points, "
            f"not the stated {nxt.row['text'].strip()}.",
            [a, b, nxt],
            {"rule": "the margin in points between two percentages set against each other: |A - B|",
             "first": _fig_ev(a), "second": _fig_ev(b), "points": _fig_ev(nxt), "computed": margin}))
    return out


# «ارتفع عدد المتضررين بنسبة P% عن السنة الماضية، حين بلغ A»، «وبالمقارنة مع الحملة السابقة، التي شملت A، ارتفع عدد
# الملقحين بنسبة P%»: the rate and the START in one sentence (tied to its figure by «حين بلغ/التي شملت/البالغ»), the END
# the current figure of the same noun stated earlier in the text
_RATE_BY = re.compile(rf"(?:^|\s)[وف]?(?P<verb>{_RISE}|{_FALL})(?:\s+\S+){{0,3}}?\s+(?:ب?نسبه|by)\s*$", re.IGNORECASE)
_BASE_TIE = re.compile(r"(?:(?:حين|عندما|اذ|لما)\s+(?:بلغ|بلغت|كان|كانت|سجل|سجلت)(?:\s+(?:عددهم|عددها|نحو|حوالي))?"
                       r"|(?:ال)?(?:البالغ|البالغه|التي\s+بلغت|الذي\s+بلغ|التي\s+شملت|الذي\s+شمل|والتي\s+شملت|والذي\s+شمل"
                       r"|when\s+(?:it|they)\s+(?:stood\s+at|reached|numbered)|which\s+(?:covered|reached))(?:\s+(?:نحو|حوالي|about))?)\s*$",
                       re.IGNORECASE)
_EARLIER = re.compile(r"(?<!\w)[وف]?(?:عن|مقارنه|بالمقارنه|قياسا|than|compared|on)(?!\w)", re.IGNORECASE)


def _base_with_rate(t, figs: list[Fig], sent: list[Fig], s0: int) -> list[Finding]:
    text = t.norm.text
    out = []
    for i, p in enumerate(sent):
        if p.kind != "percent" or not (m := _RATE_BY.search(text, max(s0, p.ns - 60), p.ns)):
            continue
        if re.search(r"(?<!\w)(?:الي|to)(?!\w)", text[m.start():p.ns], re.IGNORECASE):
            continue  # «ارتفع إلى B بنسبة P%»: the end is in the clause (the other rules)
        others = [g for g in sent if g is not p and g.kind != "percent"]
        tied = [g for g in others if _BASE_TIE.search(text, max(s0, g.ns - 30), g.ns)]
        if len(tied) != 1 or not _EARLIER.search(text, s0, max(g.ne for g in sent)):
            continue
        a = tied[0]
        lo, hi = (p.ne, a.ns) if a.ns > p.ne else (a.ne, m.start())
        if a.lo <= 0 or lo > hi or any(lo <= g.ns and g.ne <= hi for g in sent if g is not a and g is not p):
            continue
        falling = bool(re.match(rf"(?:{_FALL})", m.group("verb"), re.IGNORECASE))
        ends = [b for b in figs if b.ne <= s0 and b.kind == a.kind and b.unit == a.unit and b.lo > 0]
        if not ends:
            continue
        fits = [(b, *_fails(a, b, p, falling)) for b in ends]
        if any(not bad for _, bad, _, _ in fits):
            continue
        implied = a.value * (1 + (-p.value if falling else p.value) / 100)
        near = [f for f in fits if implied > 0 and 1 / NEAR <= f[0].value / implied <= NEAR]
        if not near:
            continue
        b, _, computed, ratios = min(near, key=lambda f: abs(math.log(f[0].value / implied)))
        out.append(_growth(a, b, p, computed, ratios, falling,
                           "«ارتفع X بنسبة P% عن …، حين بلغ A» against X's figure stated before",
                           {"candidates": [_fig_ev(g) for g in ends]}))
    return out


_CHANGE_VERB_BEFORE = re.compile(
    rf"(?:^|\s)(?:(?:اي|i\.e\.)\s+)?(?:(?:ان|انها|انه|ان\s+\S+)\s+)?[وف]?(?P<verb>{_RISE}|{_FALL})(?:\s+\S+){{0,2}}?\s+"
    r"(?:بنسبه|بنحو|بما\s+نسبته|by)\s*$", re.IGNORECASE)
_OF_AFTER = re.compile(r"^\s*(?:من|of)\s+(?!\d)", re.IGNORECASE)
CANDIDATE_NEAR = 1.6
"""A stated rate is checked against the figures around it only when the change of one of their pairs lies within
this factor of it (a rate whose figures the text does not give is left alone)."""


def _kind_pairs(figs: list[Fig]) -> list[tuple[Fig, Fig]]:
    """Pairs of figures of one measure (a bare number borrowing the other's scale: «من 13 إلى 20 مليون جنيه»)."""
    from .arithmetic import _scale_of, time_unit

    out = []
    for k, x in enumerate(figs):
        for y in figs[k + 1:]:
            if _compatible(x, y):
                out.append((x, y))
            elif x.kind == "number" and y.kind in ("money", "measure", "count") and _scale_of(y) > 1 \
                    and _scale_of(x) == 1 and x.value < 1000:
                s = _scale_of(y)
                out.append((Fig({**x.row, "scale": s}, x.ns, x.ne, x.value * s, x.lo * s, x.hi * s, y.kind, y.unit), y))
    return [(x, y) for x, y in out if x.lo > 0 and y.lo > 0 and not time_unit(x) and not time_unit(y)]


def _rate_among(t, sent: list[Fig], before: list[Fig], done: set[int]) -> list[Finding]:
    """«وكانت المبادلات قبل عامين قد بلغت 1.5 مليار دولار، أي أنها ارتفعت بنسبة 26.7%»، «130 طائرة بين 2014 و2019، و180
    طائرة بين 2020 و2024، أي بزيادة 38.5%»، «من 13 إلى 20 مليون جنيه، أي بزيادة 53.8%»: a rate said with a noun or verb
    of rise or fall whose two figures no other wording ties to it; the figures of its sentence and of the sentence
    before (in its paragraph) are its candidates, in either order. A finding only when no pair gives the rate and
    one is near it (within :data:`CANDIDATE_NEAR`): the nearest is named."""
    text = t.norm.text
    out = []
    for p in sent:
        if p.kind != "percent" or id(p) in done or p.value <= 0 or p.value >= 1000:
            continue
        head = text[max(0, p.ns - 45):p.ns]
        m = _NOUN_BEFORE.search(head)
        v = None if m else _CHANGE_VERB_BEFORE.search(head)
        if m is None and v is None:
            continue
        if _OF_AFTER.match(text, p.ne):
            continue  # «ارتفعت بنسبة 20% من إجمالي …»: a share named after it
        falling = bool(_FALLS.match(m.group("noun"))) if m else bool(re.fullmatch(_FALL, v.group("verb"), re.I))
        cands = [g for g in before + [g for g in sent if g.ne <= p.ns] if g.kind != "percent"]
        pairs = [(x, y) for x, y in _kind_pairs(cands) if x.ns >= sent[0].ns or y.ns >= sent[0].ns]
        if not pairs:
            continue
        best = None
        fits = False
        for x, y in pairs:
            a, b = (x, y) if (x.value < y.value) != falling else (y, x)
            if a.value == b.value:
                continue
            bad, computed, ratios = _fails(a, b, p, falling)
            if not bad:
                fits = True
                break
            near = max(abs(computed), p.value) / max(min(abs(computed), p.value), 1e-9)
            if near <= CANDIDATE_NEAR and (best is None or near < best[0]):
                best = (near, a, b, computed, ratios)
        if fits or best is None:
            continue
        _, a, b, computed, ratios = best
        out.append(_growth(a, b, p, computed, ratios, falling,
                           "a rate of rise or fall against the pairs of figures of its sentence and the one before",
                           {FALLBACK: int(p.row["start"])}))  # (it gives way to another wording's finding on the rate)
    return out


@detector("arithmetic-change-words", "internal")
def arithmetic_change_words(facts: Facts) -> list[Finding]:
    """A change stated as «بزيادة P% عن A», against a start stated before, as a fraction («إلى النصف»),
    «تضاعف», or in percentage points, that its two figures do not give."""
    out = []
    for t in facts:
        figs = figures_of(t)
        before: list[Fig] = []  # the figures of the sentence before, in the same paragraph
        for s0, sent in _sentences(t, figs, least=1):
            found = []
            if len(sent) >= 2:
                found.extend(_rate_before_start(t, sent))
                found.extend(_start_before(t, figs, sent, s0))
                found.extend(_fraction_and_doubling(t, sent, s0))
                found.extend(_points(t, sent))
                found.extend(_margin_points(t, sent))
                found.extend(_two_states(t, sent))
                found.extend(_base_with_rate(t, figs, sent, s0))
            if before and BLANK_LINE.search(t.raw, int(before[-1].row["end"]), int(sent[0].row["start"])):
                before = []  # (a blank line between: another paragraph)
            done = {id(p) for p in sent for f in found for sp in f.spans if sp.start <= int(p.row["start"]) < sp.end}
            found.extend(_rate_among(t, sent, before, done))
            out.extend(found)
            before = sent
    return out
