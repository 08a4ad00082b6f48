"""Shares whose part or whole stands outside their sentence (findings of kind ``arithmetic-share-whole``).

:mod:`tahqiq.checks.shares` reads a part and its share with the whole named by «منها», by an
anaphor («منه») or by a noun. Two more wordings:

* **«V، أي P%» with no whole named** -- «شملت العينة 400 أسرة … قالت 280 أسرة، أي 70%»: the whole
  is a figure of the part's kind stated before it in the text (the same noun for counts);
* **a share of a stated whole, its part stated earlier** -- «يقدَّر حجم السوق بنحو 6 مليارات لتر،
  ما يعني أن حصة المجموعة منه تبلغ 15%», «تغطي المحطة 40% من الطلب، البالغ 625 ألف م³», «حصة الميناء
  … بلغت 8%، إذ تداولت موانئ الإقليم 15 مليون حاوية»: one whole of the share in its sentence, the
  part a figure of the same kind stated before the share in the text.

In both the candidates are many, so a finding is made only when *none* gives the share, and one is
within a factor of 1.5 of the figure the share implies (a share whose other term the text never
states is left alone). A share agrees with a part and a whole when the intervals of their printed
precision allow it and the share the printed values give is within a point, or a twentieth, of the
stated one (:func:`point_agrees`): a text states a share from the figures it prints.
"""

from __future__ import annotations

import math
import re

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import _CONTRAST, SLACK, Fig, _agree, _bound, _fig_ev, _finding, _fmt, _sentences, figures_of
from .shares import (
    _ANAPHOR_AFTER, _ANAPHOR_BEFORE, _OF_NOUN, _OF_WHOLE, _OTHER_TIME, _PARTS_OF, _amount, _exact, _implied, _pairs,
    _same_kind,
)

FAMILY = "arithmetic"

NEAR = 1.5
"""A candidate within this factor of the implied figure makes a share checkable."""

POINT_PAD = 1.0
POINT_SHARE = 0.05


def point_agrees(v: Fig, w: Fig, p: Fig) -> bool:
    """Whether the share the printed part and whole give (100 V / W) is within a point, or a
    twentieth, of the stated share's interval."""
    if w.value <= 0:
        return True
    share = 100 * v.value / w.value
    tol = max(POINT_PAD, POINT_SHARE * p.value)
    return p.lo - tol <= share <= p.hi + tol


def agrees(t, v: Fig, w: Fig, p: Fig) -> bool:
    lo, hi = _implied(t, v, (p.lo, p.hi)) if p.lo > 0 else (0.0, math.inf)
    return _agree(lo, hi, *_exact(t, w)) and point_agrees(v, w, p)


def _checked(t, figs: list[Fig], v: Fig, p: Fig, wholes: list[Fig], how: str, role: str) -> Finding | None:
    """A finding when no candidate (``role``: the whole or the part) agrees and one is near."""
    if not wholes:
        return None
    if role == "whole":
        if any(agrees(t, v, w, p) for w in wholes):
            return None
        target = 100 * v.value / p.value
        near = [w for w in wholes if 1 / NEAR <= w.value / target <= NEAR]
    else:
        w = v  # here v is the whole, the candidates are parts
        if any(agrees(t, c, w, p) for c in wholes):
            return None
        target = p.value / 100 * w.value
        near = [c for c in wholes if 1 / NEAR <= c.value / target <= NEAR]
    if not near:
        return None
    best = min(near, key=lambda g: abs(g.value - target))
    part, whole = (v, best) if role == "whole" else (best, v)
    share = 100 * part.value / whole.value
    return _finding(
        "arithmetic-share-whole", "warning",
        f"{p.row['text'].strip()} is stated, but no {'whole' if role == 'whole' else 'part'} in the text gives it: "
        f"{part.row['text'].strip()} of {whole.row['text'].strip()} is {share:.1f}%"
        f" ({p.row['text'].strip()} of it would be {_fmt(p.value / 100 * whole.value)}).",
        [part, p, whole],
        {"rule": how, "part": _fig_ev(part), "share": _fig_ev(p), "whole": _fig_ev(whole),
         "candidates": [_fig_ev(g) for g in wholes], "computed": share, "slack": SLACK,
         "tolerance_points": max(POINT_PAD, POINT_SHARE * p.value)},
    )


def _base(g: Fig) -> str:
    """A measure's unit without its period («m3/day» -> «m3»): a daily amount and a daily demand
    printed without «يومياً» measure one thing."""
    return g.unit.split("/")[0] if g.kind == "measure" else g.dim


def _before(t, figs: list[Fig], g: Fig, like: Fig, loose: bool = False) -> list[Fig]:
    text = t.norm.text
    return [c for c in figs if c.ne <= g.ns and c is not like
            and (_same_kind(c, like) or loose and c.kind == like.kind == "measure" and _base(c) == _base(like))
            and not _OTHER_TIME.search(text[max(0, c.ns - 40):c.ns])]


def _whole_unnamed(t, figs: list[Fig], sent: list[Fig], s0: int, pairs) -> list[Finding]:
    text = t.norm.text
    out = []
    dims = [v.dim for v, _ in pairs]
    for v, p in pairs:
        if p.kind != "percent" or dims.count(v.dim) > 1 or v.ns > p.ns:
            continue
        after, before = text[p.ne:p.ne + 30], text[max(s0, p.ns - 30):p.ns]
        if _OF_WHOLE.search(text[p.ne:p.ne + 40]) or _OF_NOUN.match(after) or _ANAPHOR_AFTER.match(after) \
                or _ANAPHOR_BEFORE.search(before) or _PARTS_OF.search(text[max(s0, v.ns - 25):v.ns]):
            continue
        if not re.search(r"(?:^|[\s,،])(?:اي|i\.e\.|that is)(?:\s|$)", text[v.ne:p.ns], re.IGNORECASE):
            continue
        wholes = [w for w in _before(t, figs, v, v) if w.value > v.value]
        f = _checked(t, figs, v, p, wholes, "a part and its share («V، أي P%») against the wholes stated before", "whole")
        if f:
            out.append(f)
    return out


_SHARE_NOUN = re.compile(r"(?<!\w)و?(?:حصه|حصته|حصتها|حصتهم|نصيب|نصيبه|نصيبها|share|portion)(?!\w)", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?:زياده|ارتفاع|نمو|انخفاض|تراجع|هبوط|تقلص|ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|"
                            r"زادت|نما|نمت|increase|rise|growth|drop|fall|decline|rose|fell|grew)\S*\s+(?:\S+\s+){0,4}$",
                            re.IGNORECASE)
_COVER = re.compile(r"(?<!\w)[وف]?(?:تغطي|يغطي|تمثل|يمثل|تشكل|يشكل|تستحوذ\s+علي|يستحوذ\s+علي|covers?|accounts?\s+for)\s+"
                    r"(?:\S+\s+){0,2}$", re.IGNORECASE)


# a length of time that frames a clause is no whole of its share: «ألا تتجاوز حصة مورد واحد 40% خلال خمس سنوات»
_TIME_FRAME = re.compile(r"(?<!\w)(?:خلال|غضون|مدي|طوال|بعد|قبل|منذ|within|over|during|after|before|since)\s+$",
                         re.IGNORECASE)


def _whole_near(t, sent: list[Fig], p: Fig) -> Fig | None:
    """The whole of a share: the nearest amount in its clause (within 80 characters, no other
    percentage, no contrast word such as «في حين» between them)."""
    text = t.norm.text
    best = None
    for g in sent:
        if g is p or not _amount(g) or _TIME_FRAME.search(text, max(0, g.ns - 16), g.ns):
            continue
        lo, hi = (g.ne, p.ns) if g.ne <= p.ns else (p.ne, g.ns)
        if hi - lo > 80 or _CONTRAST.search(text, lo, hi) or any(
                o is not p and o.kind == "percent" and lo <= o.ns < hi for o in sent):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, g)
    return best[1] if best else None


# one end of a range of shares: «ما بين 35 و40 بالمائة»، «35-40%»، "between 35 and 40 percent"
_RANGE_END_AFTER = re.compile(r"\s*(?:و|-|–|الي|إلى|to|and)\s*\d")
_RANGE_BEFORE = re.compile(r"(?:بين|between)\s*$|\d\s*(?:و|-|–|الي|إلى|to|and)\s*$", re.I)


def _part_earlier(t, figs: list[Fig], sent: list[Fig], s0: int, paired: set[int]) -> list[Finding]:
    text = t.norm.text
    out = []
    for p in sent:
        if p.kind != "percent" or id(p) in paired or p.value >= 100:
            continue
        before = text[max(s0, p.ns - 60):p.ns]
        after = text[p.ne:p.ne + 40]
        if _CHANGE_BEFORE.search(text[max(s0, p.ns - 50):p.ns]) or re.match(r"^\s*(?:عن|مقارنه|مقابل|than|on|over)\s", after):
            continue
        if _RANGE_END_AFTER.match(text, p.ns + len(p.row["text"].split()[0])) or _RANGE_BEFORE.search(text, max(s0, p.ns - 12), p.ns):
            continue  # «إلى ما بين 35 و40 بالمائة»: an end of a range of shares, no share of its own
        share_of = _SHARE_NOUN.search(before) or (_COVER.search(text[max(s0, p.ns - 30):p.ns])
                                                    and re.match(r"^\s*(?:من|of)\s", after))
        if not share_of:
            continue
        w = _whole_near(t, sent, p)
        if w is None:
            continue
        cands = [c for c in _before(t, figs, p, w, loose=True) if c.value < w.value]
        parts = [c for c in cands if c.ns < s0]
        f = _checked(t, figs, w, p, parts, "a share of the whole in its sentence against the parts stated before", "part")
        if f and not any(agrees(t, c, w, p) for c in cands if s0 <= c.ns and c.ne <= w.ns):
            # («تبلغ صادرات الموسم المقبل إلى روسيا 460 ألف طن، بزيادة 9.5%، من صادرات إجمالية قدرها 2.3 مليون طن،
            # فتبقى حصة روسيا عند 20%»: the part stated in the share's own sentence, before its whole)
            out.append(f)
    return out


_OF_THE_N = re.compile(  # «120 أسرة فقط من الأسر الـ400، أي 30%»: the whole a number with the article
    r"^\s*(?:\S+\s+)?(?:فقط\s+)?(?:من|of)\s+(?:بين\s+)?(?:the\s+)?\S+\s+(?:ال\s*|the\s+)(\d{1,3}(?:,\d{3})+|\d+)"
    r"\s*[,،]\s*(?:اي|i\.e\.|that is)\s+(?:(?:نحو|حوالي|about)\s+)?$", re.IGNORECASE)


_ARTICLE_NUMBER = re.compile(r"ال\s?\d")


def _of_the_n(t, sent: list[Fig]) -> list[Finding]:
    text = t.norm.text
    out = []
    # (the whole, «الأسر الـ400», is read here from the text: its figure, a count after a definite plural, is skipped)
    sent = [g for g in sent if not _ARTICLE_NUMBER.match(text, g.ns)]
    for v, p in zip(sent, sent[1:]):
        if p.kind != "percent" or v.kind == "percent" or v.dim != "count" or p.value >= 100:
            continue
        m = _OF_THE_N.match(text[v.ne:p.ns])
        if not m:
            continue
        n = float(m.group(1).replace(",", ""))
        if n <= v.value:
            continue
        lo, hi = 100 * v.lo / n, 100 * v.hi / n
        share = 100 * v.value / n
        tol = max(POINT_PAD, POINT_SHARE * p.value)
        if p.lo - tol <= share <= p.hi + tol and _agree(lo, hi, p.lo, p.hi):
            continue
        out.append(_finding(
            "arithmetic-share-whole", "warning",
            f"{v.row['text'].strip()} of {m.group(1)} is {share:.1f}%, not {p.row['text'].strip()}.",
            [v, p],
            {"rule": "«V من الـN، أي P%»: 100 V / N vs the stated share", "part": _fig_ev(v), "share": _fig_ev(p),
             "whole": {"text": m.group(1), "value": n}, "computed": share, "tolerance_points": tol},
        ))
    return out


@detector("arithmetic-share-elsewhere", "internal")
def arithmetic_share_elsewhere(facts: Facts) -> list[Finding]:
    """A share whose whole (or part) is a figure stated earlier in the text, and none gives it."""
    out = []
    for t in facts:
        figs = figures_of(t)
        for s0, sent in _sentences(t, figs):
            pairs = _pairs(t, sent)
            out.extend(_whole_unnamed(t, figs, sent, s0, pairs))
            out.extend(_of_the_n(t, sent))
            out.extend(_part_earlier(t, figs, sent, s0, {id(g) for pair in pairs for g in pair}))
    return out

