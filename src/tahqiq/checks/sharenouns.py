"""A share whose part and whole are named by their nouns and stated before it (findings of kind
``arithmetic-share-whole``).

«وتمثل محطة نور 2 وحدها نحو 34% من القدرة الإجمالية»، «فشكلت رخص المهن وحدها نصف المعاملات
الإلكترونية»، «حصلت مصر على نحو 75% من المياه الموزعة»، "Oil accounts for 40% of exports": a subject
X, a verb of share («يمثل/تمثل، يشكل/تشكل/شكلت/شكلوا، يستحوذ على، حصل على»، "accounts for",
"represents", "makes up"), the share (a percentage or a fraction word, :mod:`.sharewords`), «من» and
the noun N of the whole (after «إجمالي/مجموع» or not). The part is a figure stated before the share in
its paragraph next to a word of X («15000 معاملة» after «رخص المهن»، «55.5 مليار لمصر»), the whole a
larger figure of its kind next to a word of N («582 ميغاواط» after «القدرة الإجمالية»). A finding when
figures of both are found and no (part, whole) pair of them gives the share.
"""

from __future__ import annotations

import math
import re

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import Fig, _fig_ev, _finding, figures_of, paragraph_bounds
from .shares import _amount, _same_kind
from .sharewords import Share, _agrees, _fraction_shares
from ..text.spans import last_mark

FAMILY = "arithmetic"

_VERB = re.compile(
    r"(?<!\w)[وف]?(?:يمثل|تمثل|مثل|مثلت|يمثلون|يشكل|تشكل|شكل|شكلت|شكلوا|يشكلون|(?:يستحوذ|تستحوذ|استحوذ|استحوذت)(?:\s+علي)?|"
    r"(?:حصل|حصلت|يحصل|تحصل)(?:\s+علي)?|accounts?\s+for|accounted\s+for|represents?|represented|makes?\s+up|made\s+up)"
    r"(?!\w)", re.IGNORECASE)
_OF = re.compile(r"^\s*(?:من|of)\s+(?:(?:اجمالي|مجموع|جمله|the\s+total|total|all|the)\s+)?((?:[^\s\d.,،:;()]+\s*){1,3})",
                 re.IGNORECASE)
_STOP = {"التي", "الذي", "الذين", "وحده", "وحدها", "وحدهم", "نحو", "حوالي", "عام", "العام", "سنه", "ذلك", "هذه", "هذا",
         "وبذلك", "بذلك", "كما", "ايضا", "قدره", "وهي", "وهو", "the", "and", "that", "this", "alone", "about", "which",
         "اجمالي", "مجموع", "total", "ميغاواط", "مليار", "مليون", "الف", "دولار", "بواقع", "نسبه", "وكان", "كان",
         "وقد", "لقد", "بلغ", "بلغت", "يبلغ", "تبلغ", "منها", "منهم", "من", "علي", "في", "ما", "نسبته", "قرابه",
         "يقارب", "for", "of"}


def _stem(w: str) -> str:
    w = w.casefold()
    if len(w) > 4:
        w = re.sub(r"^(?:و|ف)?(?:لل|(?:ب|ل|ك)?(?:ال)?)", "", w)
    return re.sub(r"(?:ه|ات|ون|ين|s)$", "", w) if len(w) > 4 else w


def _words(s: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[\u0621-\u064A]{3,}|[a-z]{3,}|\d+", s.casefold())
            if w not in _STOP and not re.fullmatch(r"\d{4}", w)} - {""}


def _near_words(text: str, g: Fig, lo: int) -> set[str]:
    """The words just before a figure (in its clause) and the word right after it («55.5 مليار لمصر»)."""
    start = max(lo, last_mark(text, ".!?؟\n،,:;(", g.ns))
    after = re.match(r"^\s*([^\s\d.,،:;()]+)(?:\s+([^\s\d.,،:;()]+))?(?:\s+([^\s\d.,،:;()]+))?", text[g.ne:g.ne + 40])
    return _words(text[max(start + 1, g.ns - 45):g.ns]) | (_words(" ".join(filter(None, after.groups()))) if after else set())


@detector("arithmetic-share-nouns", "internal")
def arithmetic_share_nouns(facts: Facts) -> list[Finding]:
    """A share of a whole named by its noun («تمثل X نحو P% من N») that the figures stated for X and N do not give."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for p in figs:
            if p.kind == "percent" and 0 < p.value < 100:
                out.extend(_check(t, figs, p.ns, p.ne, Share(p.ns, p.ne, p.lo, p.hi, p.row["text"], p)))
        for s in _fraction_shares(text, 0, len(text)):
            out.extend(_check(t, figs, s.ns, s.ne, s))
    return out


def _check(t, figs: list[Fig], ns: int, ne: int, s: Share) -> list[Finding]:
    text = t.norm.text
    sstart = last_mark(text, ".!?؟\n", ns)
    head = text[max(sstart + 1, ns - 60):ns]
    verbs = list(_VERB.finditer(head))
    of = _OF.match(text[ne:ne + 60])
    if not verbs or not of or s.hi == math.inf and s.lo <= 0 or re.search(r"[\d.,،:;]", head[verbs[-1].end():]):
        return []
    verb = verbs[-1]
    # verb-subject order («فشكلت رخص المهن نصف …»): the subject between verb and share; else before the verb
    xw = _words(head[verb.end():])
    if not xw:
        vs = ns - len(head) + verb.start()
        xw = _words(text[max(sstart + 1, last_mark(text, "،,:;(", vs)):vs])
    nw = _words(of.group(1))
    xw -= nw  # the words that tell the part from the whole («الزوار العمانيون» of «الزوار»: «العمانيون»)
    if not xw or not nw:
        return []
    # the figures stated before the share in its paragraph (not after: a share states the figures it reads)
    plo = t.norm.norm_pos(paragraph_bounds(t.raw, t.norm.raw_span(ns, ne)[0])[0])
    before = [g for g in figs if plo <= g.ns and g.ne <= ns and _amount(g)]
    parts = [g for g in before if xw & _near_words(text, g, plo)]
    wholes = [g for g in before if nw & _near_words(text, g, plo)]
    pairs = [(v, w) for v in parts for w in wholes if v is not w and _same_kind(v, w) and w.value > v.value]
    if not pairs or any(_agrees(t, v, w, s) for v, w in pairs):
        return []
    v, w = pairs[-1]
    share = 100 * v.value / w.value
    return [_finding(
        "arithmetic-share-whole", "warning",
        f"{s.text.strip()} is stated, but {v.row['text'].strip()} of {w.row['text'].strip()} is {share:.1f}%.",
        [v, w] + ([s.fig] if s.fig is not None else []),
        {"rule": "«تمثل X نحو P% من N»: the figures stated for X and for N before it", "part": _fig_ev(v),
         "whole": _fig_ev(w), "share": {"text": s.text, "interval": [s.lo, None if s.hi == math.inf else s.hi]},
         "computed": share, "subject_words": sorted(xw), "whole_words": sorted(nw)},
    )]


# «وإن نسبة العارضين الدوليين بلغت 60% هذه السنة»، «نسبة الطلاب الأجانب 20%»: the share of a qualified group with no
# «من N»: the whole is the figure counting the group's noun («640 عارضاً»), the part the figure of that noun with the
# qualifier after it («384 عارضاً دولياً»), both stated before the share in the text
_RATIO_OF = re.compile(
    r"(?<!\w)[وب]?نسبه\s+(?P<noun>(?:ال)?[\u0621-\u064A]{3,})\s+(?P<qual>(?:ال)?[\u0621-\u064A]{3,})\s+"
    r"(?:(?:قد\s+)?(?:بلغت|تبلغ|وصلت(?:\s+الي)?|تصل(?:\s+الي)?|ناهزت|قاربت|كانت|هي)\s+)?(?:(?:نحو|حوالي|قرابه)\s+)?$")
RATIO_NEAR = 1.5


def _qualified(text: str, g: Fig, stem: str) -> bool:
    after = re.match(r"^\s*(?:[^\s\d.,،:;()]+\s+){0,1}?(?:ال)?([\u0621-\u064A]{3,})", text[g.ne:g.ne + 30])
    return bool(after) and after.group(1).startswith(stem)


@detector("arithmetic-share-ratio", "internal")
def arithmetic_share_ratio(facts: Facts) -> list[Finding]:
    """«نسبة X Q بلغت P%» against the figures stated for X Q (the part) and for X (the whole)."""
    from ..extract.figures.lemmas import lemma
    from ..text.normtext import fold

    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for p in figs:
            if p.kind != "percent" or not 0 < p.value < 100:
                continue
            m = _RATIO_OF.search(text, max(0, p.ns - 70), p.ns)
            if not m or re.match(r"^\s*(?:من|of)\s", text[p.ne:p.ne + 6]):
                continue  # «نسبة X … P% من N»: the noun rules read it
            unit = fold(lemma(m.group("noun"))[0])
            qual = re.sub(r"(?:ين|ون|ات|ه|يه)$", "", m.group("qual")[2:] if m.group("qual").startswith("ال") else m.group("qual"))
            if len(qual) < 3:
                continue
            same = [g for g in figs if g.ne <= m.start() and g.kind == "count" and fold(g.unit or "") == unit and g.value > 0]
            parts = [g for g in same if _qualified(text, g, qual)]
            wholes = [g for g in same if not _qualified(text, g, qual)]
            pairs = [(v, w) for v in parts for w in wholes if w.value > v.value]
            if not pairs:
                continue
            share = Share(p.ns, p.ne, p.lo, p.hi, p.row["text"], p)
            if any(_agrees(t, v, w, share) for v, w in pairs):
                continue
            near = [(v, w) for v, w in pairs if 1 / RATIO_NEAR <= (100 * v.value / w.value) / p.value <= RATIO_NEAR]
            if not near:
                continue
            v, w = near[-1]
            out.append(_finding(
                "arithmetic-share-whole", "warning",
                f"{p.row['text'].strip()} is stated, but {v.row['text'].strip()} of {w.row['text'].strip()} is "
                f"{100 * v.value / w.value:.1f}%.",
                [v, w, p],
                {"rule": "«نسبة X Q بلغت P%»: the figure of X Q against the figure of X stated before", "part": _fig_ev(v),
                 "whole": _fig_ev(w), "share": _fig_ev(p), "computed": 100 * v.value / w.value},
            ))
    return out
