"""Parts against the whole they break down: ``arithmetic-parts``.

``arithmetic-total`` reads a total stated with its parts («بمجموع»، «(A و B)»، «T: A و B»). This
module reads two more wordings of a breakdown:

* **«منها»** -- «T، منها A و B و C» / "T, of which A and B": a partial list is no fault («منهم 85
  مزارعاً» of 120 exhibitors may leave some out), so a finding is made only when the parts
  *exceed* their whole, or when the list is closed by «والباقي»/"the rest", or by shares in brackets
  after each part that sum to 100 % («منها A (60%)، وB (30%)، وC (10%)») (then they must sum to it);
* **a distribution** -- «توزعت المعاملات على A (15000) و B (9000) و C (6000)», «موزعة بين»،
  "divided among": the parts of a distribution are the whole, so their sum must be one of the
  wholes of the same kind stated before in the paragraph; a finding is made only when none agrees
  and one is within a factor of 1.5 of the sum (a sum far from every figure has no stated whole).

A figure followed by its own «منهم» opens another whole and ends a list («قُتل 12، منهم ثلاثة
أطفال، وأصيب 20 منهم أربعة»); figures of another time («مقابل»، "compared with") are no wholes.
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from . import detector
from .arithmetic import (
    SLACK, TOTAL_SLACK, Fig, _LIST_BREAK, _agree, _bound, _fig_ev, _finding, _fmt, _opt, figures_of, paragraph_bounds,
    sentence_bounds,
)
from .shares import _OTHER_TIME, _PARTS_OF
from .periodtotals import _length

NEAR = 1.5
"""A distribution's sum is checked against a stated whole only if one is within this factor of it."""

_OF_WHICH = re.compile(r"^\s*[,،]?\s*(?:منها|منهم|من بينها|من بينهم|بينهم|بينها|of which|of whom|including)(?!\w)",
                       re.IGNORECASE)
_REST = re.compile(r"(?:^|\s)(?:[وف]?(?:ال)?(?:باقي|باقون|باقين|باقيه|بقيه|متبقي|متبقيه|متبقون|متبقين)|[وف]?بقي|"
                   r"[وف]?(?:تركت|ترك|تبقت|تبقي)|"  # «وتُركت 10 مليارات للفاقد»: what was left over
                   # («والقاهرة وسائر محطاته بـ90 صفحة»، «ودول أخرى 18 ألفاً»: all the others)
                   r"[وف]?سائر|اخري|و?الاخرون|و?الاخرين|و?الاخري|the rest|the remaining|remainder|others)(?!\w)",
                   re.IGNORECASE)
_DISTRIBUTED = re.compile(
    r"(?<!\w)(?:[وف]?(?:توزع|توزعت|تتوزع|يتوزع|موزع|موزعه|موزعين|موزعا|وزعت|وزع|يوزع|توزيعها|توزيعه|تنقسم|ينقسم|انقسم|"
    r"انقسمت|مقسم|مقسمه)|(?:distributed|divided|split|broken down))\s+(?:\S+\s+){0,4}?"
    # (a phrase between commas after the thing distributed: «توزعت حصص المشروع، البالغة كلفته 4.8 مليار دولار، على»)
    r"(?:(?<=[،,]\s)(?:[^،,.:\n]|(?<=\d)\.(?=\d)){1,50}[،,]\s+)?"
    r"(?:علي|بين|الي|among|between|into|across)(?!\w)"
    # «يتوزعون كما يأتي:»، «وتتوزع على النحو التالي:»، "are distributed as follows:": the list after the colon
    r"|(?<!\w)و?(?:توزع|توزعت|تتوزع|يتوزع|يتوزعون|يتوزعان|تتوزعان|موزعه|موزعين|موزعا|تنقسم|ينقسم|ينقسمون)"
    r"\s+(?:كما\s+(?:يلي|ياتي)|علي\s+النحو\s+(?:التالي|الاتي))\s*:"
    r"|(?<!\w)(?:distributed|divided|split|broken\s+down)\s+as\s+follows\s*:"
    # its owners counted: «ويملك المشروع ثلاثة شركاء: A بـ51%، وB بـ30%، وC بـ19%»، «تتقاسمه أربع شركات هي …»
    r"|(?<!\w)[وف]?(?P<owners>يملك|تملك|يملكه|تملكه|يملكها|تملكها|يتقاسم|تتقاسم|يتقاسمه|تتقاسمه|يتقاسمها|تتقاسمها|"
    r"owned\s+by|held\s+by|shared\s+by)\s+(?:\S+\s+){0,4}?"
    r"(?=\S+\s+(?:شركاء|شريكين|مساهمين|مساهمون|ملاك|مالكين|شركات|partners|shareholders|owners|companies)(?!\w))",
    re.IGNORECASE,
)
_JOINT = re.compile(  # the joint of two list items: «و» (or "and") at a word's start, then at most a short label
    r"(?:^|[\s,،()])(?:و|and\s)[^\d,،.;:]{0,30}$|[,،]\s*$"
    # (a longer name before a share in brackets: «ومؤسسة البترول الوطنية الصينية (30 بالمئة)»)
    r"|(?:^|[\s,،()])(?:و|and\s)[^\d,،.;:()]{0,50}\($", re.IGNORECASE)


_BARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,]\d)(?:\s+(الف|الاف|مليون|ملايين|مليار|مليارات|"
                   r"thousand|million|billion)(?!\w))?", re.IGNORECASE)
# (with the accusative's alef: «والهند 30 ألفاً»، «ولمصر 4 ملياراً»)
_SCALES = {"الف": 1e3, "الفا": 1e3, "الاف": 1e3, "thousand": 1e3, "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6,
           "million": 1e6, "مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "billion": 1e9}
_SCALE_IN = re.compile(r"(?<!\w)(?:" + "|".join(_SCALES) + r")(?!\w)", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?:عام|العام|سنه|سنة|in|year)\s*$", re.IGNORECASE)


def _with_bare(t: TextFacts, sent: list[Fig], start: int, whole: Fig) -> list[Fig]:
    """The sentence's figures from ``start`` with the bare numbers the figures table leaves out
    («منهم 75 في الفخار و60 في النسيج»: counts of the whole's own noun), read as the whole's kind."""
    text = t.norm.text
    end = sent[-1].ne if sent else start
    end = max(end, min(len(text), start + 200))
    stop = re.search(r"(?<!\d)\.|\.(?!\d)|[;؛!?؟\n]", text[start:end])  # (not a decimal point: «62.5 بالمئة»)
    end = start + stop.start() if stop else end
    taken = [(g.ns, g.ne) for g in sent]
    extra = []
    for m in _BARE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken) or _YEAR_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue
        if _dated_chars(t, m.start(), m.end()):
            continue  # a day of a date («اتفاقية الأحد 8 تشرين الثاني 1959»)
        number = m.group(1)
        value = float(number.replace(",", ""))
        scale = _SCALES.get((m.group(2) or "").lower(), 1.0)
        if scale == 1.0 and 1800 <= value <= 2100 and "," not in number:
            continue
        half = 0.0 if scale == 1.0 and "." not in number else (
            0.5 * 10 ** -len(number.split(".")[1]) if "." in number else 0.5) * scale
        rs, re_ = t.norm.raw_span(m.start(), m.end())
        row = {"file": whole.row["file"], "start": rs, "end": re_, "text": t.raw[rs:re_]}
        extra.append(Fig(row, m.start(), m.end(), value * scale, value * scale - half, value * scale + half,
                         whole.kind, whole.unit))
    # a scaled number with no noun of its own («وللسودان 18.5 مليار») measures what its whole does
    base = whole.unit.split("/")[0] if whole.kind == "measure" else whole.unit  # (a yearly whole's parts: its unit)
    own = [Fig(g.row, g.ns, g.ne, g.value, g.lo, g.hi, whole.kind, base)
           if g.kind == "number" and not g.unit and _SCALE_IN.search(text, g.ns, g.ne) else g
           for g in sent if g.ns >= start]
    return sorted(own + extra, key=lambda g: g.ns)


def _within(part: Fig, whole: Fig) -> bool:
    """Whether ``part`` measures what ``whole`` does: the same dimension, or the whole's per period
    («الجريان السنوي … 115 كيلومتراً مكعباً، منها 78 كيلومتراً مكعباً»: the parts of a yearly total
    are yearly, whether or not they repeat the period)."""
    return part.dim == whole.dim or part.kind == "measure" and whole.dim.startswith(part.dim + "/")


def _dated_chars(t: TextFacts, a: int, b: int) -> int:
    """How many characters of ``[a, b)`` the text's dates take."""
    from .chronology import dated_mentions

    return sum(min(b, m.nend) - max(a, m.nstart) for m in dated_mentions(t) if m.nstart < b and m.nend > a)


_EACH_IN_BRACKETS = re.compile(r"\(\s*$")
_PER_EACH = re.compile(r"\s*(?:[عل]ن\s+|ل|في\s+)?(?:كل|كلا)(?!\w)|\s*(?:لل\w+\s+)?(?:للواحد|الواحده|الواحد)(?!\w)"
                       r"|\s*(?:per|each|apiece)(?!\w)", re.IGNORECASE)
"""After a figure in brackets: it is the amount for each of a part's units («(720 ألف دولار عن كل طائرة)»،
«(لكل منهما)»، "(each)"), not one more part."""


def _chain(t: TextFacts, sent: list[Fig], start: int, whole: Fig | None) -> list[Fig]:
    """Figures of one kind listed from offset ``start``, joined by «و»/commas (shares of each part,
    «(30%)», are skipped); a figure followed by its own «منها» opens another whole and ends the list."""
    text = t.norm.text
    out: list[Fig] = []
    each_end = -1  # the end of the bracket of an amount for each (skipped) after the last part
    for g in sent:
        if g.ns < start or g is whole:
            continue
        if g.kind == "percent" or g.unit == "fraction":
            continue
        if out and _EACH_IN_BRACKETS.search(text, max(0, g.ns - 3), g.ns) and _PER_EACH.match(text, g.ne):
            # «1.44 مليون دولار … للطائرتين (720 ألف دولار عن كل طائرة)»: a part's amount for each, not a part; the
            # next part is joined after its bracket
            close = text.find(")", g.ne, g.ne + 40)
            each_end = close + 1 if close >= 0 else g.ne
            continue
        if out:
            gap = text[max(out[-1].ne, each_end if each_end > out[-1].ne else 0):g.ns]
            if each_end > out[-1].ne and len(text[out[-1].ne:each_end]) > 120:
                break
            if len(gap) > 60 or not _JOINT.search(gap) or _LIST_BREAK.search(gap):
                break
        elif len(text[start:g.ns]) - _dated_chars(t, start, g.ns) > 40:
            break  # (a date between the cue and the first part, «منها اتفاقية الأحد 8 تشرين الثاني 1959 لمصر …», counts not)
        if whole is not None and not _within(g, whole) or out and g.dim != out[0].dim:
            break
        if _OF_WHICH.match(text[g.ne:g.ne + 25]) and out:
            break
        out.append(g)
    return out


FAR_WHOLE = 200
"""Characters from «منها» back to a count of the parts' own noun it may refer to over other figures."""
_CUE = re.compile(r"(?<!\w)(?:منها|منهم|من بينها|من بينهم|بينهم|بينها|of which|of whom|including)(?!\w)", re.IGNORECASE)


def _parts_of_whole(t: TextFacts, sent: list[Fig], s0: int) -> list:
    text = t.norm.text
    out = []
    for c in _CUE.finditer(text, s0, min(len(text), sent[-1].ne + 200)):
        before = [g for g in sent if g.ne <= c.start() and c.start() - g.ne <= 60
                  and g.kind != "percent" and g.unit != "fraction" and not re.search(r"[.!?؟\n]", text[g.ne:c.start()])]
        if not before:
            continue
        # a length of time between the whole and the cue is the whole's period, not the whole
        # («بلغت 6.6 تريليون روبل في الأشهر التسعة الأولى من العام، منها …»), unless the parts count time too
        first = next((g for g in sent if g.ns >= c.end()), None)
        if first is not None and _length(first) is None:
            while len(before) > 1 and _length(before[-1]) is not None:
                before = before[:-1]
        probe = _with_bare(t, [g for g in sent if g.ns >= c.end()], c.end(), before[-1])
        parts = _chain(t, probe, c.end(), before[-1])
        if len(parts) < 2 and first is not None and first.kind == "count" and first.unit:
            # «ببناء 1000 مدرسة بكلفة 1.2 مليار دولار، …، تتولى شركة منها 679 مدرسة وشركة أخرى 321 مدرسة»: the
            # pronoun of «منها» reaches back over other measures to the count of the parts' own noun
            far = next((g for g in reversed(sent) if g.ne <= c.start() and c.start() - g.ne <= FAR_WHOLE
                        and g.kind == "count" and g.unit == first.unit and g.lo == g.hi
                        and not re.search(r"(?<!\d)[.!?؟\n]|[.!?؟](?!\d)", text[g.ne:c.start()])), None)
            if far is not None:
                before = [far]
                parts = _chain(t, _with_bare(t, [g for g in sent if g.ns >= c.end()], c.end(), far), c.end(), far)
        # a «part» larger than the whole before the cue is another quantity of a clause that follows
        # («312 وحدة، منها 184 مركبا … و32 مركبا …، ويشتغل على متنها نحو 2650 بحارا»): the list ends there
        big = next((k for k, p in enumerate(parts) if p.lo > before[-1].hi), None)
        if big is not None and big >= 2 and all(_within(p, before[-1]) for p in parts[:big]):
            parts = parts[:big]
        if len(parts) < 2:
            continue
        # the whole: the nearest figure before the cue that no part exceeds («1,500 طالب من ست
        # جامعات، منهم 900 طالبة»: the students, not the universities)
        whole = next((g for g in reversed(before) if _within(parts[0], g)
                      and all(p.lo <= g.hi for p in parts)), None)
        if whole is None:
            continue
        if whole is not before[-1]:
            parts = _chain(t, _with_bare(t, [g for g in sent if g.ns >= c.end()], c.end(), whole), c.end(), whole)
            if len(parts) < 2:
                continue
        closed = bool(_REST.search(text[parts[-2].ne:parts[-1].ns]))
        # each part with its share in brackets, the shares summing to 100 %: the list is the whole
        shares = [g for g in sent if g.kind == "percent" and parts[0].ne <= g.ns <= parts[-1].ne + 25
                  and re.search(r"\(\s*$", text[max(0, g.ns - 3):g.ns])]
        closed = closed or (len(shares) == len(parts) and abs(sum(g.value for g in shares) - 100) <= 0.5 * len(shares))
        lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
        if closed:
            if _agree(lo, hi, whole.lo, whole.hi, slack=TOTAL_SLACK):
                continue
        elif lo <= whole.hi * (1 + (0.0 if _exact(parts + [whole]) else SLACK)):
            continue  # (whole counts do not round: «312 وحدة، منها 194 و96 و32» exceeds by 10)
        s = sum(p.value for p in parts)
        out.append(_finding(
            "arithmetic-parts", "warning",
            f"The parts {' + '.join(p.row['text'].strip() for p in parts)} add up to {_fmt(s)}, "
            f"{'not' if closed else 'more than'} the whole they are part of, {whole.row['text'].strip()} ({_fmt(whole.value)}).",
            parts + [whole],
            {"rule": "parts after «منها» " + ("closed by «والباقي»" if closed else "exceeding their whole"),
             "parts": [_fig_ev(p) for p in parts], "whole": _fig_ev(whole), "computed": s,
             "computed_interval": [_bound(lo), _bound(hi)], "slack": SLACK},
        ))
    return out


def _exact(figs: list[Fig]) -> bool:
    """Whether every figure is a whole count printed exactly (no rounding, no «نحو»)."""
    return all(g.lo == g.hi for g in figs)


def _same_kind(a: Fig, b: Fig) -> bool:
    return a.dim == b.dim and (a.dim != "count" or a.unit == b.unit)


_DEMONSTRATIVE = re.compile(r"(?<!\w)(?:هذه|هذا|هؤلاء|هذان|هاتان|تلك|ذلك|these|this|those)(?!\w)", re.IGNORECASE)
"""A demonstrative in a distribution's lead: its whole was stated before, perhaps in the paragraph before."""


def _distributions(t: TextFacts, figs: list[Fig], sent: list[Fig], s0: int) -> list:
    text = t.norm.text
    out = []
    s1 = sent[-1].ne
    for m in _DISTRIBUTED.finditer(text, s0, s1):
        parts = _chain(t, sent, m.end(), None)
        if len(parts) < 2 or any(_opt(p.row.get("approx")) for p in parts):
            continue
        if len({p.unit for p in parts}) > 1 and parts[0].dim == "count":
            continue
        para = paragraph_bounds(t.raw, int(parts[0].row["start"]))
        plo = t.norm.norm_pos(para[0])

        def wholes_from(lo: int) -> list[Fig]:
            return [g for g in figs if lo <= g.ns and g.ne <= m.start() and _same_kind(g, parts[0])
                    and not _OTHER_TIME.search(text[max(0, g.ns - 40):g.ns])
                    and not _PARTS_OF.search(text[max(0, g.ns - 25):g.ns])]

        wholes = wholes_from(plo)
        if not wholes and para[0] > 0 and _DEMONSTRATIVE.search(text, m.start(), m.end()):
            # «وتتوزع هذه التجارة على النحو الآتي:» opening a paragraph: the whole is the one the
            # demonstrative points back to, in the paragraph before
            prev = paragraph_bounds(t.raw, max(0, len(t.raw[:para[0]].rstrip()) - 1))
            wholes = wholes_from(t.norm.norm_pos(prev[0]))
        lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
        s = sum(p.value for p in parts)
        if not wholes or any(_agree(lo, hi, w.lo, w.hi, slack=TOTAL_SLACK) for w in wholes):
            continue
        near = [w for w in wholes if 1 / NEAR <= s / w.value <= NEAR] if s > 0 else []
        if not near:
            continue
        w = min(near, key=lambda g: abs(s - g.value))
        out.append(_finding(
            "arithmetic-parts", "warning",
            f"The parts of the distribution {' + '.join(p.row['text'].strip() for p in parts)} add up to "
            f"{_fmt(s)}, not the whole stated before, {w.row['text'].strip()} ({_fmt(w.value)}).",
            parts + [w],
            {"rule": "a distribution («توزعت على») against the whole stated before it",
             "parts": [_fig_ev(p) for p in parts], "whole": _fig_ev(w), "candidates": [_fig_ev(g) for g in wholes],
             "computed": s, "computed_interval": [_bound(lo), _bound(hi)], "slack": TOTAL_SLACK},
        ))
    return out


_EXAMPLES = re.compile(r"(?<!\w)(?:منها|منهم|ابرزها|ابرزهم|اهمها|اهمهم|من بينها|من بينهم|مثل|including|such as|"
                       r"among them)(?!\w)", re.IGNORECASE)


def _pad(shares: list[Fig]) -> float:
    """Points of slack on a sum of shares beyond their rounding: one for whole percentages, half a point
    for shares of one decimal, a fifth of one when every share has two."""
    width = max(g.hi - g.lo for g in shares)
    return 1.0 if width >= 0.5 else 0.5 if width >= 0.05 else 0.2


# what is shared out with a rest left out as a matter of course (blank and spoilt ballots): a short sum is no fault
_VOTES = re.compile(r"(?<!\w)(?:[وفب]?(?:ال)?(?:اصوات|صوت|ناخبين|الناخبين|مقترعين|المقترعين|اقتراع)|votes?|ballots?)(?!\w)", re.I)


_BULLET_JOINT = re.compile(r"[^\d\n]{0,20}\n[ \t]*(?:[-*•–]|\d{1,2}[.)-])[ \t]+[^\d\n]{1,50}?[:：]?[ \t]*")
"""The joint of two shares on the lines of a bulleted list («… 58 بالمائة⏎- **شرم الشيخ**: 27 بالمائة»): the rest of
one line, then the next item's marker and label."""


_LEAD_LINE = re.compile(r"[^\n]*[:：][ \t]*\n\s*$")
"""A line ending in a colon right before a list (blank lines after it)."""
_BULLET_START = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)-])[ \t]+")


def _share_sum(t: TextFacts, sent: list[Fig], s0: int) -> list:
    """The shares of a distribution («توزعت الأصوات على: A (45%) و B (35%) و C (30%)») cannot sum beyond
    100 % (give or take their rounding and :func:`_pad`'s points);
    when the holders are counted right after the verb and the shares are as many («على ثلاثة شركاء هم
    A (50.1%) وB (30%) وC (19.9%)»), they are the whole list and cannot sum short of it either (not
    votes: blank ballots are a rest). A list of examples («أبرزها») is left alone."""
    text = t.norm.text
    out = []
    lo = s0
    head = _LEAD_LINE.search(text, max(0, s0 - 300), s0)
    if head is not None and _BULLET_START.match(text, s0):
        lo = head.start()  # «ويتوزع السياح على خمس وجهات:» then a blank line and the bulleted shares
    for m in _DISTRIBUTED.finditer(text, lo, sent[-1].ne):
        if _EXAMPLES.search(text, m.start(), min(len(text), m.end() + 40)):
            continue
        shares = []
        for g in sent:
            if g.ns < m.end() or g.kind != "percent":
                continue
            gap = text[shares[-1].ne:g.ns] if shares else ""
            if shares and not _BULLET_JOINT.fullmatch(gap) and (
                    len(gap) > 80 or not _JOINT.search(gap) or _LIST_BREAK.search(gap)):
                break
            if not shares and len(text[m.end():g.ns]) > 80:
                break
            shares.append(g)
        if len(shares) < 2 or any(_opt(g.row.get("approx")) for g in shares):
            continue
        if m.group("owners") and re.match(r"\S+\s+\S+\s*:", text[m.end():]) \
                and all(text[:g.ns].rstrip().endswith("(") for g in shares):
            continue  # owners with their shares in brackets: a counted list's rule (checks/breakdown.py) reads them
        # the list must end there: no figure of another kind joined after the last share
        lo, hi = sum(g.lo for g in shares), sum(g.hi for g in shares)
        pad = _pad(shares)
        # the holders counted right after the verb («على ثلاثة شركاء هم …»، «على ثلاث فئات من الدائنين:»)
        # and as many shares: the whole list, so a sum short of 100 % is a fault too
        counted = next((g for g in sent if g.kind == "count" and 0 <= g.ns - m.end() <= 2 and g.lo == g.hi
                        and g.value == len(shares)), None)
        if counted is not None and _VOTES.search(text, m.start(), m.end()):
            counted = None  # «توزعت أصوات الناخبين على ثلاثة مرشحين»: blank ballots may make the rest
        if lo - pad <= 100.0 and (counted is None or hi + pad >= 100.0):
            continue  # a sum short of 100 % may leave out a remainder; only a sum beyond it is a fault
        out.append(_finding(
            "arithmetic-parts", "warning",
            f"The shares of the distribution {' + '.join(g.row['text'].strip() for g in shares)} add up to "
            f"{sum(g.value for g in shares):g}%, not 100%.",
            shares + ([counted] if counted is not None and lo - pad <= 100.0 else []),
            {"rule": "the shares of a distribution («توزعت على») sum to 100%", "shares": [_fig_ev(g) for g in shares],
             "computed": sum(g.value for g in shares), "computed_interval": [lo, hi], "pad_points": pad},
        ))
    return out


def _all_sentences(t: TextFacts, figs: list[Fig]) -> list[tuple[int, list[Fig]]]:
    """Figures grouped by sentence, sentences of one figure included (its parts may be bare numbers)."""
    groups: dict[tuple[int, int], list[Fig]] = {}
    for g in figs:
        groups.setdefault(sentence_bounds(t.raw, int(g.row["start"])), []).append(g)
    return [(t.norm.norm_pos(k[0]), v) for k, v in sorted(groups.items())]


# a rest of shares: «بالحصة الباقية البالغة 30%»، «لتبقى 15% لبقية الموردين»، «والباقي 20%»
_PCT_REST_BEFORE = re.compile(
    r"(?:^|\s)(?:[وفب]?(?:ال)?(?:حصه|نسبه)\s+(?:ال)?(?:باقيه|متبقيه)|[وفل]?(?:ال)?(?:باقي|متبقي)|[وفل]?تبقي|[وفل]?يتبقي)"
    r"(?!\w)[^\d.;:؛!?؟،,]{0,12}?\s*(?:البالغه|البالغ|وهي|وهو|اي)?\s*(?:نحو|حوالي)?\s*$")
_PCT_REST_AFTER = re.compile(r"^\s*(?:[لو]?(?:ل)?(?:بقيه|باقي|الباقي|الباقين|المتبقين))(?!\w)")
_SHARE_NOUN = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:حصه|حصتها|حصته|حصص)(?!\w)")
_NOT_SHARE = re.compile(r"(?:(?<!\w)(?:من|بين|منذ)|بنسبه|بانخفاض|بزياده|بارتفاع|بتراجع|بفارق|اي\s+ب\w+)\s*(?:نحو|حوالي)?\s*$")


def _shares_before(t: TextFacts, figs: list[Fig], lo: int, r: Fig) -> list[Fig]:
    """The percentages between ``lo`` and the rest ``r`` that are a holder's share now: a share noun in
    their own clause before them («حصة الصين إلى 19%»، «على حصة 70%»، «تراجعت حصة روسيا … من 67% إلى 48%»:
    48), not a value before a change («من 67%»), a rate («بنسبة»، «بانخفاض») nor points."""
    text = t.norm.text
    out = []
    for g in figs:
        if g.kind != "percent" or g.ns < lo or g.ne > r.ns or g is r:
            continue
        head = text[max(lo, g.ns - 100):g.ns]
        clause = re.split(r"[،,.;:؛!?؟\n]", head)[-1]
        if not _SHARE_NOUN.search(clause) or _NOT_SHARE.search(clause) or re.match(r"\s*نقط", text[g.ne:g.ne + 8]):
            continue
        out.append(g)
    return out


def _percent_rests(t: TextFacts, figs: list[Fig], sent: list[Fig], s0: int) -> list:
    """A rest of shares («بالحصة الباقية البالغة 30%»، «لتبقى 15% لبقية الموردين») is 100 % less the
    holders' shares stated before it: in its sentence, or, for «الحصة الباقية» with no share before it
    in its sentence, the one share of its paragraph before it («على حصة 70% … وتحتفظ الهيئة بالحصة
    الباقية البالغة 30%»). A finding when the shares and the rest do not make 100 % (their rounding and
    a point of slack)."""
    text, out = t.norm.text, []
    for r in sent:
        if r.kind != "percent" or _opt(r.row.get("approx")):
            continue
        lead = _PCT_REST_BEFORE.search(text, max(s0, r.ns - 40), r.ns)
        if not lead and not _PCT_REST_AFTER.match(text, r.ne):
            continue
        others = _shares_before(t, figs, s0, r)
        if not others and lead and _SHARE_NOUN.search(lead.group()):
            para = paragraph_bounds(t.raw, int(r.row["start"]))
            others = _shares_before(t, figs, t.norm.norm_pos(para[0]), r)
            if len(others) != 1:
                continue
        if not others or any(_opt(g.row.get("approx")) for g in others):
            continue
        parts = others + [r]
        lo, hi = sum(g.lo for g in parts), sum(g.hi for g in parts)
        pad = _pad(parts)
        if lo - pad <= 100.0 <= hi + pad:
            continue
        out.append(_finding(
            "arithmetic-parts", "warning",
            f"The shares {' + '.join(g.row['text'].strip() for g in others)} and the rest {r.row['text'].strip()} "
            f"add up to {sum(g.value for g in parts):g}%, not 100%.",
            parts,
            {"rule": "a rest of shares is 100% less the shares stated before it", "shares": [_fig_ev(g) for g in others],
             "rest": _fig_ev(r), "computed": sum(g.value for g in parts), "computed_interval": [lo, hi],
             "pad_points": pad},
        ))
    return out


@detector("arithmetic-parts", "internal")
def arithmetic_parts(facts: Facts) -> list:
    """Parts after «منها» that exceed their whole, or a distribution that sums to no whole stated before it."""
    out = []
    for t in facts:
        figs = figures_of(t)
        out.extend(_records(t))
        for s0, sent in _all_sentences(t, figs):
            out.extend(_parts_of_whole(t, sent, s0))
            out.extend(_rests(t, sent, s0))
            out.extend(_percent_rests(t, figs, sent, s0))
            if len(sent) > 1:
                out.extend(_distributions(t, figs, sent, s0))
                out.extend(_share_sum(t, sent, s0))
    return out


# --------------------------------------------------------------------------- a record of matches

# «خاض الفريق 34 مباراة، فاز في 21 منها وتعادل في 8 وخسر 5»، «لعب 17 مباراة حقق فيها 13 فوزاً و3 تعادلات وهزيمة
# واحدة»، "played 34 matches, won 21, drew 8 and lost 5": the wins, draws and losses of the matches played are
# all of them (normalised text: «ه» for «ة»، «ي» for «ى», Western digits)
_NUM = r"(?P<{}>\d{{1,3}}|[^\W\d_]+)"
_PLAYED = re.compile(r"(?<!\w)(?:و?(?:خاض|خاضت|يخوض|تخوض|لعب|لعبت|يلعب|تلعب)|played)\s+(?:[^\W\d_]+\s+){0,3}?"
                     + _NUM.format("n") + r"\s+(?:مباراه|مباريات|لقاء|لقاءات|matches|games)(?!\w)", re.I)
_WON = re.compile(r"(?<!\w)(?:[وف]?(?:فاز|فازت)\s+(?:في\s+)?" + _NUM.format("a") + r"|[وف]?(?:حقق|حققت)\s+(?:فيها\s+)?"
                  + _NUM.format("b") + r"\s+(?:فوزا|فوز|انتصارا|انتصارات)|won\s+" + _NUM.format("c") + r")(?!\w)", re.I)
_DRAWN = re.compile(r"(?<!\w)(?:[وف]?(?:تعادل|تعادلت)\s+(?:في\s+)?" + _NUM.format("a") + r"|و?" + _NUM.format("b")
                    + r"\s+(?:تعادلات|تعادلا)|drew\s+" + _NUM.format("c") + r")(?!\w)", re.I)
_LOST = re.compile(r"(?<!\w)(?:[وف]?(?:خسر|خسرت)\s+(?:في\s+)?" + _NUM.format("a") + r"|و?" + _NUM.format("b")
                   + r"\s+(?:هزائم|هزيمه)|و?(?P<one>هزيمه\s+واحده)|lost\s+" + _NUM.format("c") + r")(?!\w)", re.I)
# the record of one set of matches ends at a contrast that opens another («بينما فاز خارج أرضه …») or the sentence
_RECORD_END = re.compile(r"[.!?؟;؛\n]|(?<!\w)(?:بينما|في حين|فيما|while|whereas)(?!\w)", re.I)


def _count_word(m: re.Match) -> int | None:
    from ..extract.numerals import words_value

    if m.groupdict().get("one"):
        return 1
    w = next(v for k, v in m.groupdict().items() if v and k in "abc")
    if w.isdigit():
        return int(w)
    w = re.sub(r"^[وف](?=\S{3})", "", w)
    hit = words_value(w)
    return hit[0] if hit and not hit[1] else None


def _records(tf: TextFacts) -> list:
    """Wins, draws and losses that do not add up to the matches played they follow."""
    from ..review.findings import Finding, Span

    text, out = tf.norm.text, []
    for m in _PLAYED.finditer(text):
        n = _count_word(re.match(r"(?P<a>.+)", m.group("n")))
        if n is None:
            continue
        stop = _RECORD_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        parts = []
        for rx in (_WON, _DRAWN, _LOST):
            k = rx.search(text, m.end(), end)
            if k is None or (v := _count_word(k)) is None:
                break
            parts.append((v, k))
        if len(parts) < 3 or sum(v for v, _ in parts) == n:
            continue
        last = max(k.end() for _, k in parts)
        rs, re_ = tf.norm.raw_span(m.start(), last)
        won, drawn, lost = (v for v, _ in parts)
        out.append(Finding(
            kind="arithmetic-parts", severity="warning",
            message=(f"{won} won + {drawn} drawn + {lost} lost = {won + drawn + lost} matches, not the {n} "
                     f"played: «{tf.raw[rs:re_]}»."),
            spans=[Span(tf.file, rs, re_, tf.raw[rs:re_])],
            evidence={"rule": "wins, draws and losses sum to the matches played", "played": n,
                      "won": won, "drawn": drawn, "lost": lost, "computed": won + drawn + lost},
        ))
    return out


# --------------------------------------------------------------------------- the rest, named by its figure

# «تتحمل الدولة منها 1,92 مليار، أي 60%، ويتحمل الشركاء الباقي، وهو 1,28 مليار»، «فيما خُصص الباقي وقدره 6.3
# مليار»، «المبلغ المتبقي وقدره 108 ملايين»، "the remaining 40 million": the rest is the whole less the part
# stated before it (the whole stated before the part, or given by the part and its share)
_REST_LEAD = re.compile(
    r"(?:^|\s)(?:[وف]?(?:ال)?(?:باقي|متبقي|متبقيه)|the\s+rest|the\s+remaining|the\s+remainder)(?!\w)"
    r"[^\d.;:؛!?؟]{0,12}?(?:[,،]?\s*(?:وهو|وهي|وقدره|وقدرها|وقيمته|البالغ|البالغه|ويبلغ|وتبلغ|اي|of|or|at|which\s+is))?"
    r"\s*(?:ب|بـ|نحو|حوالي)?\s*$", re.IGNORECASE)


def _rests(t: TextFacts, sent: list[Fig], s0: int) -> list:
    text, out = t.norm.text, []
    for j, r in enumerate(sent):
        if r.kind == "percent" or j == 0 or not _REST_LEAD.search(text[max(s0, r.ns - 45):r.ns]):
            continue
        before = [g for g in sent[:j] if g.kind != "percent" and _same_kind(g, r)]
        if not before or any(_opt(g.row.get("approx")) for g in before + [r]):
            continue
        a = before[-1]
        whole = [g for g in before[:-1] if g.value > a.value]
        pcts = [g for g in sent[:j] if g.kind == "percent" and a.ne <= g.ns and len(text[a.ne:g.ns]) <= 25]
        if len(before) == 2 and whole:
            w = whole[0]
            lo, hi, point, how = w.lo - a.hi, w.hi - a.lo, w.value - a.value, f"{w.row['text'].strip()} less {a.row['text'].strip()}"
            figs, ev = [w, a, r], {"whole": _fig_ev(w)}
        elif len(before) == 1 and len(pcts) == 1 and 0 < pcts[0].value < 100:
            p = pcts[0]
            lo, hi = a.lo * (100 - p.hi) / p.hi, a.hi * (100 - p.lo) / p.lo
            point = a.value * (100 - p.value) / p.value
            how = f"the rest of {a.row['text'].strip()} at {p.row['text'].strip()}"
            figs, ev = [a, p, r], {"share": _fig_ev(p)}
        else:
            continue
        if lo <= 0 or _agree(lo, hi, r.lo, r.hi, SLACK):
            continue
        out.append(_finding(
            "arithmetic-parts", "warning",
            f"The rest is {how}: {_fmt(point)}, not {r.row['text'].strip()} ({_fmt(r.value)}).",
            figs,
            {"rule": "the rest is the whole less the part stated before it", "part": _fig_ev(a), "rest": _fig_ev(r),
             "computed": point, "computed_interval": [_bound(lo), _bound(hi)], "slack": SLACK, **ev},
        ))
    return out
