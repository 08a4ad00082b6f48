"""Three more wordings of parts and their whole (findings of kinds ``arithmetic-parts`` and
``arithmetic-total``).

* **one part after «منهم»** -- «استقبل 2,400 زائر، منهم 2,600 من أبناء المحافظة», "1,200 delegates,
  of whom 1,500 women": a single part larger than the whole it is taken from (a list of two parts or
  more is :mod:`tahqiq.checks.parts`' and «منها» with one part :mod:`tahqiq.checks.magnitude`'s);
* **a list closed by «أي T»** -- «النجم (9 ألقاب) والاتحاد (7 ألقاب) والشعلة (5 ألقاب)، أي 21 لقباً»,
  "9 and 7 titles, i.e. 16 titles": T restates the sum of the parts before it (not after «بين»، a
  range, nor after «على التوالي»); a few words may say what the last part is for («و150 مليون يورو
  دعماً للميزانية، أي 255 مليون يورو») when every part is in the total's unit;
* **an ordinal series** -- «الربع الأول 1.4 مليار … الربع الثاني 1.5 … الثالث 1.6 … الرابع 1.9»,
  «المرحلة الأولى 120 مليوناً، والثانية 150 مليوناً، والثالثة 80 مليوناً»: parts labelled by ordinals
  one to n (all four quarters, all halves, or three items or more) make up a whole; their sum must be
  one of the figures of the same measure stated before them in the text, and a finding is made only
  when none agrees and one is within a factor of 1.5 of the sum (a sum far from every figure has no
  stated whole). Figures set against another time («مقابل») are no wholes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import (
    SLACK, TOTAL_SLACK, Fig, _agree, _AND, _bound, _check_total, _fig_ev, _finding, _fmt, _sentences, figures_of,
)
from .parts import NEAR, _all_sentences, _with_bare
from .shares import _OTHER_TIME

FAMILY = "arithmetic"

_OF_WHOM = re.compile(r"^\s*[,،]?\s*(?:منهم|من بينهم|of whom)\s+(?:(?:نحو|حوالي|about)\s+)?$", re.IGNORECASE)


def _same(a: Fig, b: Fig) -> bool:
    return a.dim == b.dim and (a.dim != "count" or (a.unit == b.unit and a.unit not in ("", "fraction")))


def _one_part(t, sent: list[Fig], s0: int) -> list[Finding]:
    text = t.norm.text
    out = []
    for m in re.finditer(r"(?<!\w)(?:منهم|من بينهم|of whom)(?!\w)", text[s0:sent[-1].ne + 200], re.IGNORECASE):
        cue = s0 + m.start()
        before = [g for g in sent if g.ne <= cue and cue - g.ne <= 40 and g.kind != "percent" and g.unit != "fraction"]
        if not before or re.search(r"[.!?؟\n]", text[before[-1].ne:cue]):
            continue
        whole = before[-1]
        after = _with_bare(t, [g for g in sent if g.ns >= cue], cue, whole)
        if not after or not _OF_WHOM.match(text[whole.ne:after[0].ns]):
            continue
        part = after[0]
        nxt = after[1] if len(after) > 1 else None
        if nxt is not None and _same(nxt, part) and _AND.search(text[part.ne:nxt.ns]) and nxt.ns - part.ne <= 60:
            continue  # a list: arithmetic-parts reads it
        if not _same(part, whole) or part.lo <= whole.hi * (1 + SLACK):
            continue
        out.append(_finding(
            "arithmetic-parts", "warning",
            f"{part.row['text'].strip()} is said to be part of {whole.row['text'].strip()} but is more than it.",
            [part, whole],
            {"rule": "one part after «منهم» larger than its whole", "part": _fig_ev(part), "whole": _fig_ev(whole),
             "slack": SLACK},
        ))
    return out


_THAT_IS = re.compile(r"^\s*\)?\s*[,،]\s*(?:اي|i\.e\.|that is)\s+(?:(?:ما\s+)?(?:مجموعه|مجموعها|اجمالي|a total of|in all)\s+)?$",
                      re.IGNORECASE)


# what the last part is for, between it and «، أي T»: a few words, no figure («دعماً مباشراً للميزانية»)
_SAID_OF = re.compile(r"(?:\s+[^\W\d_]+){1,4}(?=\s*[,،]\s*(?:اي|i\.e\.|that is)\s)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _trailing() -> re.Pattern:
    """The words after a whole that close its parts (``lang/breakdown.yml`` ``trailing``, folded)."""
    from ..lang import words
    from ..text.normtext import fold

    alt = "|".join(re.escape(fold(w)) for w in sorted(words("breakdown", "trailing"), key=len, reverse=True))
    return re.compile(rf"\s*(?:{alt})(?!\w)", re.IGNORECASE)


def _restated_sum(t, sent: list[Fig]) -> list[Finding]:
    text = t.norm.text
    out = []
    for i, total in enumerate(sent):
        if i < 2 or total.kind == "percent":
            continue
        prev = sent[i - 1]
        gap = text[prev.ne:total.ns]
        said = _SAID_OF.match(gap)  # «… و150 مليون يورو دعماً للميزانية، أي 255 مليون يورو»
        if not _THAT_IS.match(gap[said.end():] if said else gap):
            continue
        parts = [prev]
        for g in reversed(sent[:i - 1]):
            gap = text[g.ne:parts[0].ns]
            if len(gap) > 40 or not _AND.search(gap) or not _same(g, parts[0]):
                break
            parts.insert(0, g)
        if len(parts) < 2 or not all(_same(p, total) for p in parts) or total.value < max(p.value for p in parts):
            continue
        if said and any((p.unit or "") != (total.unit or "") for p in parts):
            continue  # (words after the last part: «أي» may restate it alone, in another currency)
        if said and _trailing().match(text, total.ne):
            continue  # «…، أي اثنتا عشرة محطة في المجموع»: a breakdown closed by its cue, breakdown.py's
        head = text[max(0, parts[0].ns - 20):parts[0].ns]
        if re.search(r"(?:^|\s)(?:بين|ما بين|between)\s*$", head, re.IGNORECASE) or re.search(
                r"علي\s+التوالي|respectively", text[parts[0].ns:total.ns], re.IGNORECASE):
            continue
        f = _check_total(t, parts, total, "a list restated by «أي T»")
        if f:
            out.append(f)
    return out


_ORDINALS = {
    "الاول": 1, "الاولي": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4,
    "الخامس": 5, "الخامسه": 5, "السادس": 6, "السادسه": 6, "first": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6,
}
_ORDINAL = re.compile(r"(?<!\w)(?:و|and\s+)?(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)
_QUARTER = re.compile(r"(?<!\w)و?(?:ال)?(?:ربع|quarter|q)\s*$", re.IGNORECASE)
_HALF = re.compile(r"(?<!\w)و?(?:ال)?(?:نصف|half)\s*$", re.IGNORECASE)


_LAST = re.compile(r"(?<!\w)(?:و|and\s+)?(?:ال)?(?:اخير|اخيره|ختامي|ختاميه|last|final)(?!\w)", re.IGNORECASE)


def _labelled_after(t, sent: list[Fig]) -> list[tuple[int, str, Fig]]:
    """The same when each label follows its figure («4.9 مليار درهم في اليوم الأول، و6.3 مليار في اليوم الثاني …، و4.2
    مليار في اليوم الختامي»): an ordinal within 30 characters after the figure, no figure between; «الأخير»/«الختامي»
    after the last figure is the rank after the highest."""
    text = t.norm.text
    out = []
    for i, g in enumerate(sent):
        if g.kind == "percent" or g.unit == "fraction":
            continue
        hi = min(g.ne + 30, sent[i + 1].ns if i + 1 < len(sent) else len(text))
        m = _ORDINAL.search(text, g.ne, hi)
        if m is not None:
            out.append((_ORDINALS[m.group(1).lower()], "", g))
        elif out and _LAST.search(text, g.ne, hi):
            out.append((max(n for n, _, _ in out) + 1, "", g))
    return out


def _labelled(t, sent: list[Fig]) -> list[tuple[int, str, Fig]]:
    """(ordinal, series word, figure): figures preceded within 30 characters by an ordinal, no other
    figure between; the series word says whether the ordinal counts quarters or halves. When the labels
    follow their figures (the first ordinal stands right after the first figure), :func:`_labelled_after`."""
    text = t.norm.text
    after = _labelled_after(t, sent)
    if after and after[0][0] == 1 and not _ORDINAL.search(text, max(0, after[0][2].ns - 30), after[0][2].ns):
        return after
    out = []
    prev_end = None
    for g in sent:
        lo = max(g.ns - 30, prev_end if prev_end is not None else 0)
        prev_end = g.ne
        if g.kind == "percent" or g.unit == "fraction":
            continue
        ms = list(_ORDINAL.finditer(text, lo, g.ns))
        if not ms:
            continue
        m = ms[-1]
        word = text[max(0, m.start(1) - 12):m.start(1)]
        kind = "quarter" if _QUARTER.search(word) else "half" if _HALF.search(word) else ""
        out.append((_ORDINALS[m.group(1).lower()], kind, g))
    return out


def _ordinal_series(t, figs: list[Fig], sent: list[Fig]) -> list[Finding]:
    text = t.norm.text
    labelled = _labelled(t, sent)
    if len(labelled) < 2:
        return []
    parts = [g for _, _, g in labelled]
    if not all(_same(p, parts[0]) for p in parts):
        return []
    ranks = sorted(n for n, _, _ in labelled)
    kinds = {k for _, k, _ in labelled}
    n = len(ranks)
    if ranks != list(range(1, n + 1)) or len(kinds) != 1:
        return []
    kind = kinds.pop()
    if not (kind == "quarter" and n == 4 or kind == "half" and n == 2 or kind == "" and n >= 3):
        return []
    first = min(parts, key=lambda g: g.ns)
    wholes = [g for g in figs if g.ne <= first.ns and _same(g, first) and g not in parts
              and not _OTHER_TIME.search(text[max(0, g.ns - 40):g.ns])]
    lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
    s = sum(p.value for p in parts)
    if not wholes or s <= 0 or any(_agree(lo, hi, w.lo, w.hi, slack=TOTAL_SLACK) for w in wholes):
        return []
    near = [w for w in wholes if 1 / NEAR <= s / w.value <= NEAR]
    if not near:
        return []
    w = min(near, key=lambda g: abs(s - g.value))
    ordered = sorted(labelled, key=lambda x: x[0])
    return [_finding(
        "arithmetic-parts", "warning",
        f"The {kind + 's' if kind else 'parts'} numbered one to {n}, "
        f"{' + '.join(g.row['text'].strip() for _, _, g in ordered)}, add up to {_fmt(s)}, "
        f"not the whole stated before them, {w.row['text'].strip()} ({_fmt(w.value)}).",
        parts + [w],
        {"rule": "an ordinal series (first … n-th) against the whole stated before it",
         "parts": [_fig_ev(g) for _, _, g in ordered], "whole": _fig_ev(w),
         "candidates": [_fig_ev(g) for g in wholes], "computed": s, "computed_interval": [_bound(lo), _bound(hi)],
         "slack": TOTAL_SLACK},
    )]


@detector("arithmetic-series", "internal")
def arithmetic_series(facts: Facts) -> list[Finding]:
    """One part after «منهم» above its whole, a list restated by «أي T» that does not sum to T, and
    an ordinal series (quarters, phases) that sums to no whole stated before it."""
    out = []
    for t in facts:
        figs = figures_of(t)
        for s0, sent in _all_sentences(t, figs):
            out.extend(_one_part(t, sent, s0))
        for _, sent in _sentences(t, figs):
            out.extend(_restated_sum(t, sent))
            out.extend(_ordinal_series(t, figs, sent))
    return out
