"""Shares against their part and whole: ``arithmetic-share-whole``.

``arithmetic-share`` reads the one wording «V، أي P% من T» with the whole ``T`` printed right after
the share. This module reads the other ways a text ties a part to its whole:

* **pairs** -- two or more parts given with their shares in one sentence («الألبان 2.4 مليار (50%)،
  والعصائر 1.44 مليار (30%)», «96 أسرة و108 أسر … أي 40% و45% على التوالي»): each pair implies a
  whole (V / P); the implied wholes must agree;
* **a part of a stated whole** -- a part named after «منها»/«منهم» (its whole is the figure before)
  and tied to a share («، أي P%», «ما نسبته P%», «(P%)»);
* **a share of a whole named earlier** -- «أي P% منه», «نصيب الفخار منها P%، أي V», «P% من التمويل،
  أي V» (the noun names a figure stated earlier in the paragraph), «ثلث الطلبة، أي V»: the whole is
  a figure before the part in the paragraph (the sentence for a fraction word); a finding is made
  only when *no* such figure gives the share (figures set against another time, «مقابل»، "compared
  with", are no candidates).

Shares are intervals (their printed precision, a fraction word ±3 points, «نحو» ±10 %), parts and
wholes too (``arithmetic.Fig``); a bare scale word («أي مليون يورو») is exact.
"""

from __future__ import annotations

import math
import re

from ..facts import Facts, TextFacts
from ..text.normtext import fold
from . import detector
from .arithmetic import (
    _CLAUSE_JOINT, _CONTRAST, SLACK, Fig, _agree, _bound, _fig_ev, _finding, _fmt, _opt, _sentences, figures_of, paragraph_bounds, scale_slip, slip_finding,
)

FRACTION_PAD = 3.0
"""Percentage points a fraction word («ثلث»، «ربع») stands for either side of its value."""

_WORDS = r"(?:\s+[^\s\d,،.:;()]+){0,%d}"
_LINK = re.compile(  # a part tied to its share: «V في المفرق، أي P%», «V، ما نسبته P%», «V تمثل P%», «V (P%)»
    r"^\s*\(\s*$"
    r"|^" + _WORDS % 6 + r"\s*\(\s*$"  # «3,85 ملايين طفل في الوسط القروي (40%)»: the part's qualifier, then its share
    r"|^" + _WORDS % 6 + r"\s*[,،]?\s*(?:اي|او)\s+(?:ما\s+)?(?:(?:نسبته|يعادل|يمثل|تمثل|يشكل|تشكل|يقارب)\s+)?"
    r"(?:(?:نحو|حوالي|قرابه|(?:يزيد|يقل|يربو)\s+(?:قليلا\s+)?(?:علي|عن))\s+)?$"
    r"|^" + _WORDS % 6 + r"\s*[,،]?\s*(?:ما\s+)?(?:نسبته|يمثل|تمثل|يشكل|تشكل|بنسبه)\s+(?:(?:نحو|حوالي|قرابه)\s+)?$"
    r"|^" + _WORDS % 6 + r"\s*,?\s*(?:i\.e\.|or|that is|representing|accounting for)\s+(?:about\s+)?$",
    re.IGNORECASE,
)
_LINK_BACK = re.compile(  # a share tied to its part: «P% من التمويل، أي V», «ثلث الطلبة فقط، أي V», «P% (V)»
    r"^" + _WORDS % 4 + r"\s*[,،]?\s*(?:اي|او|i\.e\.|or|that is)\s+(?:(?:ما\s+)?(?:يعادل|يقارب|نحو|حوالي)\s+)?$"
    r"|^\s*\(\s*$",
    re.IGNORECASE,
)
_OF_WHOLE = re.compile(r"^\s*(?:من|of)\s+(?:\S+\s+){0,3}?$", re.IGNORECASE)
_PARTS_OF = re.compile(r"(?:^|\s)(?:منها|منهم|من بينها|من بينهم|of which|of whom|including)\s*$", re.IGNORECASE)
_ANAPHOR_AFTER = re.compile(
    r"^\s*(?:منه|منها|منهم|من الاجمالي|من المجموع|من الكل|of it|of them|of the total)(?!\w)", re.IGNORECASE)
_ANAPHOR_BEFORE = re.compile(r"(?:^|\s)(?:منه|منها|منهم)\s+(?:\S+\s+){0,2}$")
_OF_NOUN = re.compile(r"^\s*(?:من|of(?: the)?)\s+(?:ال)?([\u0621-\u064A]{3,}|[a-z]{3,})", re.IGNORECASE)
_OTHER_TIME = re.compile(r"(?:مقابل|مقارنه|بعد ان كان|compared|against|versus|vs\.?)\s+(?:\S+\s+){0,2}$",
                         re.IGNORECASE)
_RESPECTIVELY = re.compile(r"علي\s+التوالي|respectively", re.IGNORECASE)


def _share(g: Fig) -> tuple[float, float] | None:
    """A share as percentage points [lo, hi]: a percentage or a fraction word."""
    if g.kind == "percent":
        return g.lo, g.hi
    if g.unit == "fraction" and 0 < g.value < 1:
        v = g.value * 100
        return v - FRACTION_PAD, v + FRACTION_PAD
    return None


def _amount(g: Fig) -> bool:
    return _share(g) is None and g.kind != "percent" and g.value > 0


def _exact(t: TextFacts, g: Fig) -> tuple[float, float]:
    """A figure's interval; a bare scale word with no digit («مليون يورو») stands for one exactly."""
    if not re.search(r"\d", t.norm.text[g.ns:g.ne]) and _opt(g.row.get("approx")) is None and g.unit != "fraction":
        return g.value, g.value
    return g.lo, g.hi


def _same_kind(a: Fig, b: Fig) -> bool:
    """Part and whole measure the same thing (the same unit for counts: «طالب» is not «طالبة»; a
    measure and its rate per period: «36 تيراواط ساعة سنوياً، منها 32.4 تيراواط ساعة»)."""
    if a.dim != b.dim:
        return a.kind == b.kind == "measure" and (a.dim.split("/")[0] == b.dim or b.dim.split("/")[0] == a.dim)
    return a.dim != "count" or (a.unit == b.unit and a.unit not in ("", "fraction"))


def _implied(t: TextFacts, v: Fig, p: tuple[float, float]) -> tuple[float, float]:
    """The whole a part and its share imply: [V.lo / P.hi, V.hi / P.lo] × 100."""
    vlo, vhi = _exact(t, v)
    return vlo / p[1] * 100, (vhi / p[0] * 100 if p[0] > 0 else math.inf)


_DIVIDED = re.compile(r"(?:^|\s)(?:ب|و)?نسبه(?:\s|$)|(?:^|\s)(?:in the ratio|in proportions?|split)(?!\w)",
                      re.IGNORECASE)


def _respectively(t: TextFacts, sent: list[Fig]):
    return list(_RESPECTIVELY.finditer(t.norm.text, sent[0].ns, sent[-1].ne + 40))


def _shares_then_parts(t: TextFacts, sent: list[Fig]) -> list[tuple[Fig, Fig]]:
    """«يتقاسمها البلدان بنسبة 55% و45%، أي 495 مليوناً و405 ملايين على التوالي»: a run of shares,
    then «أي» and a run of as many amounts of one kind, closed by «على التوالي»: paired in order."""
    text = t.norm.text
    out: list[tuple[Fig, Fig]] = []
    for m in _respectively(t, sent):
        amounts = [g for g in sent if _amount(g) and g.ne <= m.start() and m.start() - g.ne <= 40]
        if not amounts:
            continue
        run = [amounts[-1]]
        for g in reversed([g for g in sent if g.ne <= run[0].ns]):
            if not _amount(g) or g.dim != run[0].dim or len(text[g.ne:run[0].ns]) > 40:
                break
            run.insert(0, g)
        shares = []
        for g in reversed([g for g in sent if g.ne <= run[0].ns]):
            gap = text[g.ne:(shares[0] if shares else run[0]).ns]
            if _share(g) is None or len(gap) > (45 if not shares else 12):
                break
            if not shares and not re.search(r"(?:^|[\s,،])(?:اي|i\.e\.|that is)(?:\s|$)", gap, re.IGNORECASE):
                break
            shares.insert(0, g)
        if len(shares) >= 2 and len(shares) == len(run):
            out.extend(zip(run, shares))
    return out


_GROUP = re.compile(r"[وفبل]?ال[^\W\d_]{2,}\s+ال[^\W\d_]{2,}")


def _group_count(text: str, g: Fig) -> bool:
    """Whether a figure is a definite numeral after its definite noun («الدول الأربع»، «الشركات الثلاث»):
    it names a group (the holders of an amount), not a quantity a share is taken of."""
    from ..extract.numerals import words_value

    if not _GROUP.fullmatch(text[g.ns:g.ne].strip()):
        return False
    hit = words_value(text[g.ns:g.ne].split()[-1][2:])
    return bool(hit) and not hit[1]


def _pairs(t: TextFacts, sent: list[Fig]) -> list[tuple[Fig, Fig]]:
    """(part, share) pairs of a sentence, tied by a link word, a parenthesis or «على التوالي»."""
    text = t.norm.text
    out: list[tuple[Fig, Fig]] = _shares_then_parts(t, sent)
    used: set[int] = {id(g) for pair in out for g in pair}
    for i, g in enumerate(sent):
        if _share(g) is None or id(g) in used:
            continue
        prev = sent[i - 1] if i else None
        gap = text[prev.ne:g.ns] if prev is not None else ""
        if prev is not None and i >= 2 and _group_count(text, prev) and _amount(sent[i - 2]) \
                and re.fullmatch(r"[^.،,;()\d]{0,40}", text[sent[i - 2].ne:prev.ns]):
            # «و9.8 ملايين في الدول الأربع الأخرى (35%)»: the share is the amount's, the group one word between
            gap = text[sent[i - 2].ne:prev.ns] + "الجميع" + gap
            prev = sent[i - 2]
        nxt = sent[i + 1] if i + 1 < len(sent) else None
        # «T، بنسبة P% لـX، أي V»: a whole divided by rate, each share restated as its amount after
        # «أي»; the amount after wins over the whole before when the link before is no «أي»
        back = nxt is not None and _amount(nxt) and id(nxt) not in used and nxt.ns - g.ne <= 45 \
            and bool(_LINK_BACK.search(text[g.ne:nxt.ns]))
        if prev is not None and _amount(prev) and id(prev) not in used and prev.ne <= g.ns \
                and _LINK.search(gap) and len(gap) <= 60 \
                and not (back and _DIVIDED.search(text[prev.ne:g.ns])):
            out.append((prev, g))
            used.update((id(prev), id(g)))
        elif nxt is not None and _amount(nxt) and re.fullmatch(r"[^.،,;()]{0,60}\(\s*", text[g.ne:nxt.ns]):
            out.append((nxt, g))  # «60% من الإيرادات من السوق السعودية (2.88 مليار ريال)»
            used.update((id(nxt), id(g)))
        elif nxt is not None and _amount(nxt) and _LINK_BACK.search(text[g.ne:nxt.ns]) and nxt.ns - g.ne <= 45:
            out.append((nxt, g))
            used.update((id(nxt), id(g)))
    # «96 أسرة و108 أسر و36 أسرة، أي 40% و45% و15% على التوالي»
    respectively = _respectively(t, sent)
    for m in respectively:
        shares = [g for g in sent if _share(g) is not None and g.ne <= m.start() and m.start() - g.ne <= 80]
        if len(shares) < 2:
            continue
        run = [shares[-1]]
        for g in reversed(shares[:-1]):
            if len(text[g.ne:run[0].ns]) > 12:
                break
            run.insert(0, g)
        amounts = [g for g in sent if _amount(g) and g.ne <= run[0].ns]
        parts = [g for g in amounts if amounts and _same_kind(g, amounts[-1])][-len(run):]
        if len(parts) == len(run) and len(run) >= 2:
            for v, p in zip(parts, run):
                if id(v) not in used and id(p) not in used:
                    out.append((v, p))
                    used.update((id(v), id(p)))
    return out


POINT_PAD = 1.0
POINT_SHARE = 0.05
"""A share is within a point, or a twentieth of itself, of the share its printed part and whole give."""


def _point_misfit(group: list[tuple[Fig, Fig]]) -> int | None:
    """The pair whose percentage is furthest (beyond a point or a twentieth, on top of its own
    rounding) from the share its printed part gives of the whole the other pairs' printed values
    imply («18 مليون (65%)، و9 ملايين (30%)، و3 ملايين (10%)»: 30 million, so 60%), or None.
    The rounding intervals of «9 ملايين» could stretch to 65 %, but a text states shares from the
    figures it prints."""
    if len(group) < 2 or any(p.kind != "percent" or p.value <= 0 for _, p in group):
        return None
    points = [v.value / p.value * 100 for v, p in group]
    worst, k = 1.0, None
    for i, (v, p) in enumerate(group):
        others = sorted(points[:i] + points[i + 1:])
        whole = others[len(others) // 2]
        share = 100 * v.value / whole
        tol = max(POINT_PAD, POINT_SHARE * p.value) + (p.hi - p.value)
        if abs(share - p.value) / tol > worst:
            worst, k = abs(share - p.value) / tol, i
    return k


def _point_near(v: Fig, w: Fig, p: Fig, sh: tuple[float, float]) -> bool:
    """Whether the share the printed part and whole give is within a point, or a twentieth, of a
    stated percentage (beyond its rounding); a fraction word keeps its own pad."""
    if p.kind != "percent" or w.value <= 0:
        return True
    tol = max(POINT_PAD, POINT_SHARE * p.value)
    return sh[0] - tol <= 100 * v.value / w.value <= sh[1] + tol


_NEW_CLAUSE = re.compile(r"(?<!\w)(?:بينما|في حين|فيما|while|whereas)(?!\w)", re.IGNORECASE)


def _own_whole(sent: list[Fig], paired: set[int], v: Fig, lo: int, hi: int) -> bool:
    """Whether a figure of the part ``v``'s measure, in no pair, stands between the previous pair (ending at
    ``lo``) and this one (from ``hi``): the pair's own whole, so a whole of its own («- الشركات: 160 شركة،
    منها 112 شركة (70%) … - فرص العمل: 8500 فرصة، 94% منها، أي 7990 عاملاً»)."""
    return any(lo <= g.ns and g.ne <= hi and id(g) not in paired and g.kind == v.kind and g.kind != "percent"
               and g.value > v.value for g in sent)


def _other_count_clause(t: TextFacts, last: Fig | None, v: Fig, lo: int, hi: int) -> bool:
    """Whether the part ``v`` counts another noun than the part before it (``last``) and a clause begins between
    them after a comma («1240 عملية، منها 310 عمليات في العيون، أي الربع، ويُتوقع أن يكون بين المرضى نحو 2100 طفل،
    أي 30 في المائة منهم»): two wholes, operations and patients."""
    return (last is not None and last.kind == v.kind == "count" and bool(last.unit) and bool(v.unit)
            and last.unit != v.unit and bool(_CLAUSE_JOINT.search(t.norm.text, lo, hi)))


def _pair_findings(t: TextFacts, sent: list[Fig]) -> list:
    out = []
    pairs = _pairs(t, sent)
    paired = {id(g) for pair in pairs for g in pair}
    by_dim: dict[tuple[str, int], list[tuple[Fig, Fig]]] = {}
    clause, prev, last_dim, last_part = 0, None, None, None
    for v, p in sorted(pairs, key=lambda vp: min(vp[0].ns, vp[1].ns)):
        # a contrast between two pairs («منها 9.2 ملايين طن، أي 80%، فيما استوردت الجزائر 8 ملايين طن، منها 2.4
        # مليون، أي 30%») opens a clause with a whole of its own («مقابل» sets two parts of one whole side by side)
        start = min(v.ns, p.ns)
        if prev is not None and (_NEW_CLAUSE.search(t.norm.text, prev, start) or _own_whole(sent, paired, v, prev, start)
                                 or _other_count_clause(t, last_part, v, prev, start)):
            clause += 1
        last_part = v
        prev = max(v.ne, p.ne)
        dim = v.dim
        if v.kind == "number" and not v.unit and last_dim is not None and last_dim[1] == clause:
            # «7.4 ملايين طن (27.9%)، و9.3 ملايين (35.1%)»: a bare amount after one with its unit leaves the unit out
            dim = last_dim[0]
        last_dim = (dim, clause)
        by_dim.setdefault((dim, clause), []).append((v, p))
    for dim, group in by_dim.items():
        if len(group) < 2:
            continue
        wholes = [_implied(t, v, _share(p)) for v, p in group]
        lo = max(w[0] for w in wholes)
        hi = min(w[1] for w in wholes)
        if lo <= hi * (1 + SLACK):
            k = _point_misfit(group)
            if k is None:
                continue
        else:
            # the pair that disagrees with most others
            def misfits(k: int) -> int:
                return sum(not _agree(*wholes[k], *wholes[j]) for j in range(len(wholes)) if j != k)
            k = max(range(len(group)), key=misfits)
        v, p = group[k]
        others = [w for j, w in enumerate(wholes) if j != k]
        whole = sorted(w[0] + w[1] for w in others)[len(others) // 2] / 2
        computed = whole * (_share(p)[0] + _share(p)[1]) / 200
        out.append(_finding(
            "arithmetic-share-whole", "warning",
            f"The parts and shares listed together imply different wholes: {v.row['text'].strip()} at "
            f"{p.row['text'].strip()} gives {_fmt(_implied(t, v, _share(p))[0])}–{_fmt(_implied(t, v, _share(p))[1])}, "
            f"the others about {_fmt(whole)} (which would make it about {_fmt(computed)}).",
            [g for pair in group for g in pair],
            {"rule": "parts and shares imply one whole", "pairs": [
                {"part": _fig_ev(a), "share": _fig_ev(b), "implied_whole": [_bound(w[0]), _bound(w[1])]}
                for (a, b), w in zip(group, wholes)], "slack": SLACK},
        ))
    return out


# units of one quantity, in a common base (m², kg, m³, m): a part may be stated in another unit than its whole
UNIT_BASE = {"m2": ("area", 1.0), "ha": ("area", 1e4), "km2": ("area", 1e6), "dunam": ("area", 1e3),
             "feddan": ("area", 4200.0), "g": ("mass", 1e-3), "kg": ("mass", 1.0), "tonne": ("mass", 1e3),
             "litre": ("volume", 1e-3), "m3": ("volume", 1.0), "cm": ("length", 0.01), "m": ("length", 1.0),
             "km": ("length", 1e3), "mile": ("length", 1609.344)}


def in_unit(g: Fig, unit: str) -> Fig | None:
    """``g`` (a measure) read in ``unit`` when both are units of one quantity (a rate suffix, «/day», the same on
    both), else None."""
    if g.kind != "measure" or not unit or g.unit == unit:
        return None
    (u1, _, r1), (u2, _, r2) = g.unit.partition("/"), unit.partition("/")
    if r1 != r2 or u1 not in UNIT_BASE or u2 not in UNIT_BASE or UNIT_BASE[u1][0] != UNIT_BASE[u2][0]:
        return None
    k = UNIT_BASE[u1][1] / UNIT_BASE[u2][1]
    return Fig(g.row, g.ns, g.ne, g.value * k, g.lo * k, g.hi * k if g.hi != math.inf else g.hi, g.kind, unit)


NEAR = 1.5
"""A whole read from the part's own noun must be within this factor of the whole the share implies."""
_PART_OF_NOUN = re.compile(r"\s*(?:[^\s\d,،.]+\s+){0,2}?من\s+(?:ال)?([\u0621-\u064A]{4,})")
_OWN_NOUN = re.compile(
    r"^\s*(?:من|of(?: the)?)\s+(?:(?P<total>(?:ال)?مجموع|(?:ال)?اجمالي|total(?: number of)?)\s+)?"
    r"(?:(?P<sample>(?:ال)?عينه|(?:ال)?مستجوبين|(?:ال)?مبحوثين|(?:ال)?مشاركين(?= في (?:ال)?(?:مسح|استبيان|استطلاع|دراسه))|sample|respondents)"
    r"|(?P<noun>(?:ال)?[\u0621-\u064A]{3,}|[a-z]{3,}))", re.IGNORECASE)


def _counts_noun(noun: str, v: Fig) -> bool:
    """Whether ``noun`` (after «من») is the noun the part counts, in the plural or not («أهداف» of «هدف»)."""
    if v.kind != "count" or not v.unit or v.unit == "fraction":
        return False
    from ..extract.figures.lemmas import lemma

    unit = fold(v.unit)
    bare = noun[2:] if noun.startswith("ال") else noun
    if fold(lemma(noun)[0]) == unit or fold(bare) == unit:
        return True
    return any(bare == unit + end for end in ("ين", "ون", "ات", "ي", "و")) or bare.endswith("ات") and bare[:-2] + "ه" == unit


def _partitive_count(whole: Fig, part: Fig) -> bool:
    """A count after «منهم/منها» counts some of its whole whatever its own noun («3200 عامل، منهم 1400 عماني»، «120
    عارضاً، منهم 85 مزارعاً»): the partitive says so, when the part is no larger than the whole."""
    return (whole.kind == part.kind == "count" and bool(whole.unit) and bool(part.unit)
            and "fraction" not in (whole.unit, part.unit) and part.hi <= whole.lo)


def _both_genders(t: TextFacts, whole: Fig, part: Fig) -> bool:
    """A whole that counts both genders of its noun («12600 طالب وطالبة»، «300 لاعب ولاعبة»), and a part
    that counts one of them («7308 طالبات»): the part is of the whole's kind."""
    if whole.kind != "count" or not whole.unit or part.kind != "count" or not part.unit:
        return False
    masc = fold(whole.unit)
    if fold(part.unit) not in (masc, masc + "ه"):
        return False
    return bool(re.match(rf"\s*و(?:ال)?{re.escape(masc)}(?:ه|ات)(?!\w)", t.norm.text[whole.ne:whole.ne + len(masc) + 8]))


def _candidates(t: TextFacts, figs: list[Fig], v: Fig, lo: int, smaller: bool = False) -> list[Fig]:
    """Figures before the part ``v`` (from offset ``lo``) that can be its whole (with ``smaller``: those that could
    but for being smaller than the part)."""
    text = t.norm.text
    out = []
    for g in figs:
        if g.ns < lo or g.ne > v.ns or g is v or not (_same_kind(g, v) or _both_genders(t, g, v)) \
                or (g.hi <= _exact(t, v)[0]) is not smaller:
            continue
        if _OTHER_TIME.search(text[max(0, g.ns - 40):g.ns]) or _TARGET_AFTER.match(text, g.ne):
            continue
        out.append(g)
    return out


_TARGET_AFTER = re.compile(r"\s*(?:[\u0621-\u064A]+\s+){0,2}?(?:بحلول|by)\s", re.IGNORECASE)
"""«أن يصل التبادل إلى 330 مليار دولار بحلول عام 2027»: a target, not a whole a share of today is of."""


def _single_findings(t: TextFacts, figs: list[Fig], sent: list[Fig], s0: int, pairs) -> list:
    text = t.norm.text
    out = []
    for v, p in pairs:
        sh = _share(p)
        if _OF_WHOLE.search(text[p.ne:p.ne + 40]) and any(
                g is not p and g.ns >= p.ne and g.ns - p.ne <= 50 and _amount(g)
                and not re.search(r"[.،,;]", text[p.ne:g.ns]) for g in sent):
            continue  # «P% من T»: arithmetic-share reads it (not «P% من المجموع، أي V»: V is the part)
        # (1) «T، منها V»: the whole is the figure before «منها»
        m = None
        cue = _PARTS_OF.search(text[max(s0, v.ns - 25):v.ns])
        if cue:
            k = max(s0, v.ns - 25) + cue.start()
            m = next((g for g in reversed(sent) if g.ne <= k), None)
            if m is not None and _CONTRAST.search(text, m.ne, k):
                m = None  # «15 مليارًا، في حين بلغت الواردات منها 21 مليارًا»: a parallel clause, no part of it
        wholes: list[Fig]
        if m is not None and not _same_kind(m, v) and (conv := in_unit(v, m.unit)) is not None:
            v = conv  # «مساحته 42.000 كيلومتر مربع، منها 25.200 هكتار»: the part read in the whole's unit
        if m is not None and (_same_kind(m, v) or _partitive_count(m, v)):
            wholes, how = [m], "a part after «منها» and its whole"
        else:
            after = text[p.ne:p.ne + 30]
            before = text[max(s0, p.ns - 30):p.ns]
            noun = _OF_NOUN.match(after)
            para = paragraph_bounds(t.raw, int(v.row["start"]))
            plo = t.norm.norm_pos(para[0])
            if _ANAPHOR_AFTER.match(after) or _ANAPHOR_BEFORE.search(before):
                # «P% من الإجمالي»: the total, which a report may state sections before; «منه»: in the paragraph
                total = bool(re.match(r"^\s*(?:من الاجمالي|من المجموع|of the total)(?!\w)", after, re.IGNORECASE))
                wholes, how = _candidates(t, figs, v, 0 if total else plo), "a share of a whole named earlier"
                if not wholes and (named := _PART_OF_NOUN.match(text, v.ne, v.ne + 40)):
                    # «موّلت V من تكلفة المشروع، أي P% منها»: the whole named by its noun, stated in an earlier
                    # paragraph («بتكلفة إجمالية بلغت T»)
                    stem = named.group(1)[:5]
                    wholes = [g for g in _candidates(t, figs, v, 0) if stem in text[max(0, g.ns - 45):g.ns]]
            elif p.unit == "fraction" and p.kind != "percent" and re.match(r"^\s*(?:ال)?[\u0621-\u064A]{3,}", after):
                wholes, how = _candidates(t, figs, v, s0), "a fraction of a whole named in its sentence"
            elif (own := _OWN_NOUN.match(after)) and (own.group("sample") or _counts_noun(own.group("noun"), v)):
                # «V، أي P% من أهداف ناديه»، «P% من مجموع العارضين»، «P% من العينة»: the whole counts the
                # part's own noun (its plural after «من» or «من مجموع/إجمالي»), or is the sample of a survey:
                # any figure of the part's kind before it (in its paragraph; in the text for a total or a sample)
                wide = bool(own.group("total") or own.group("sample"))
                wholes = _candidates(t, figs, v, 0 if wide else plo)
                how = "a share of the whole its noun counts"
            elif noun:
                stem = noun.group(1)[:5]
                wholes = [g for g in _candidates(t, figs, v, plo) if stem in text[max(plo, g.ns - 45):g.ns]]
                how = "a share of a whole named earlier"
            else:
                continue
        implied = _implied(t, v, sh)
        if not wholes and how == "a share of a whole named earlier":
            # «وعدد سكانها 3.9 آلاف نسمة، 53 في المائة منهم من التتار، أي نحو 2.07 مليون نسمة»: a whole smaller than
            # its part that gives the share with one scale word read for another
            for w in reversed(_candidates(t, figs, v, plo, smaller=True)):
                slip = scale_slip([v, w], lambda fs: _agree(*_implied(t, fs[0], sh), fs[1].lo, fs[1].hi)
                                  and _point_near(fs[0], fs[1], p, sh))
                if slip:
                    out.append(slip_finding(slip, [v, p, w], "the share of the whole"))
                    break
            continue
        if not wholes:
            continue
        if any(_agree(implied[0], implied[1], *_exact(t, w)) and _point_near(v, w, p, sh) for w in wholes):
            continue
        head = _breakdown_head(t, sent, v)
        if head is not None and any(_agree(*_implied(t, head, sh), *_exact(t, w)) for w in wholes):
            continue  # «كلفة الطن 180 دولاراً: 95 للشحن، و60 للتعبئة، و25 للرسوم، أي 32.1% من سعر البيع»
        if how == "a share of the whole its noun counts" and not any(
                implied[0] / NEAR <= w.value <= implied[1] * NEAR for w in wholes):
            continue  # «19 هدفاً، أي 4% من أهداف الدوري»: a whole the text never states (not the team's 68)
        w = wholes[-1] if how.startswith("a part") else max(wholes, key=lambda g: g.value)
        computed = (sh[0] + sh[1]) / 200 * w.value
        out.append(_finding(
            "arithmetic-share-whole", "warning",
            f"{p.row['text'].strip()} of {w.row['text'].strip()} is {_fmt(computed)}, not "
            f"{v.row['text'].strip()} ({_fmt(v.value)}{' ' + v.unit if v.kind == 'measure' else ''}).",
            [v, p, w],
            {"rule": how, "part": _fig_ev(v), "share": _fig_ev(p), "whole": _fig_ev(w),
             "candidates": [_fig_ev(g) for g in wholes], "implied_whole": [_bound(implied[0]), _bound(implied[1])],
             "slack": SLACK},
        ))
    return out


_HEAD_COLON = re.compile(r"\s*(?:[^\s\d:،,.;؛]+\s+){0,3}?[^\s\d:،,.;؛]*\s*:")


def _breakdown_head(t: TextFacts, sent: list[Fig], v: Fig) -> Fig | None:
    """The total a breakdown closed by ``v`` breaks down, when a share follows the list («تبلغ الكلفة 180
    دولاراً: 95 دولاراً للشحن، و60 دولاراً للتعبئة، و25 دولاراً للرسوم، أي 32.1% من سعر البيع»: the share may
    be the head's, 180 of 560, as much as the last part's): a figure of the part's kind followed by a colon,
    then two or more parts of its kind, the last being ``v``."""
    text = t.norm.text
    i = next((k for k, g in enumerate(sent) if g is v), None)
    if i is None:
        return None
    for j in range(i - 2, -1, -1):
        h = sent[j]
        if not _same_kind(h, v):
            return None
        if _HEAD_COLON.match(text, h.ne, sent[j + 1].ns):
            parts = sent[j + 1:i + 1]
            return h if all(_same_kind(x, v) and x.value <= h.value for x in parts) else None
    return None


_BARE_BEFORE_SHARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[^\S\n]+[^\W\d_]+){0,4}[^\S\n]*\([^\S\n]*$")


def _with_bare_parts(t: TextFacts, sent: list[Fig]) -> list[Fig]:
    """The sentence's figures with the bare numbers each followed by its share in brackets («18 ألف مريض: 6300 في
    سريلانكا (35 في المائة)، و6900 في باكستان (38.3 في المائة)»), which the figures table leaves out: parts, their
    shares tied to them."""
    from .parts import _dated_chars

    text = t.norm.text
    taken = [(g.ns, g.ne) for g in sent]
    extra = []
    for p in sent:
        if _share(p) is None or p.kind != "percent":
            continue
        m = _BARE_BEFORE_SHARE.search(text, max(0, p.ns - 60), p.ns)
        if m is None or any(a < m.end(1) and m.start(1) < b for a, b in taken) or _dated_chars(t, m.start(1), m.end(1)):
            continue
        number = m.group(1)
        value = float(number.replace(",", ""))
        if value <= 0 or "," not in number and "." not in number and 1800 <= value <= 2100:
            continue
        half = 0.5 * 10 ** -len(number.split(".")[1]) if "." in number else 0.0
        rs, re_ = t.norm.raw_span(m.start(1), m.end(1))
        extra.append(Fig({"file": t.file, "start": rs, "end": re_, "text": t.raw[rs:re_]}, m.start(1), m.end(1),
                         value, value - half, value + half, "number", ""))
    return sorted(sent + extra, key=lambda g: g.ns) if extra else sent


@detector("arithmetic-share-whole", "internal")
def arithmetic_share_whole(facts: Facts) -> list:
    """A share that its part and the whole named with it (or before it) do not give."""
    out = []
    for t in facts:
        figs = figures_of(t)
        for s0, sent in _sentences(t, figs):
            pair_found = _pair_findings(t, _with_bare_parts(t, sent))
            out.extend(pair_found)
            if pair_found:
                continue
            out.extend(_single_findings(t, figs, sent, s0, _pairs(t, sent)))
    return out
