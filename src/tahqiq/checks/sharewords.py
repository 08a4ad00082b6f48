"""A share tied to its part and its whole by the grammar of the sentence (findings of kind
``arithmetic-share-whole``).

The share is a percentage or a fraction word read here from the text: «نصف، ثلث، ربع، خمس، عشر، ثلثا/ثلثي،
ثلاثة أرباع» (a fifth and a tenth only before a definite noun: «خمس السكان» is a fifth, «خمس سنوات» five),
«واحد من كل N» (one in N), with «نحو/حوالي/قرابة» (about: ±10 % of itself, at least 3 points) or «أكثر من/
أقل من» (a bound). It is tied to

* **its part** ``V`` -- before it, by «أي، ما نسبته، بنسبة، وهو ما يمثل/يشكل/يعادل، (», "or",
  "representing" («V، أي P%»، «V (P%)»); or after it by «، أي V» («ثلث السكان البالغ عددهم T، أي V»);
* **its whole** ``T`` -- a figure of the part's kind marked as a whole: after «من أصل، من بين، من إجمالي،
  من مجموع، البالغ/البالغة/البالغ عددهم، out of, of the» («V من أصل T، بنسبة P%»، «من بين T، V، أي P%»،
  «حصة … من الاستثمارات البالغة T نحو P%، أي V»); the figure before «، منهم/منها» when the part
  follows it; or, when the part carries the pronoun «منهم/منها/منه» and its sentence names no whole,
  a larger figure of its kind in the sentence before («شمل المسح T. وأفاد V منهم، أي P%»).

A finding when no whole so marked gives the share: 100 V / T outside the share's interval (the
printed precision of a percentage, within a point or a twentieth of the printed values as in
:func:`tahqiq.checks.shareforms.point_agrees`; a fraction word ±3 points).
"""

from __future__ import annotations

import math
import re

from ..facts import Facts
from ..review.findings import Finding
from ..text.normtext import fold
from ..text.patterns import lead
from . import detector
from .arithmetic import SLACK, Fig, _agree, _fig_ev, _finding, _fmt, _sentences, figures_of
from .shares import _OTHER_TIME, _amount, _exact, _same_kind
from ..text.spans import last_mark

FAMILY = "arithmetic"

FRACTION_PAD = 3.0
ABOUT = 0.10
POINT_PAD = 1.0
POINT_SHARE = 0.05

_FRACTIONS = {"نصف": 1 / 2, "ثلث": 1 / 3, "ربع": 1 / 4, "خمس": 1 / 5, "عشر": 1 / 10, "ثلثي": 2 / 3, "ثلثا": 2 / 3,
              "الثلثين": 2 / 3, "ثلاثه ارباع": 3 / 4, "half": 1 / 2, "a third": 1 / 3, "a quarter": 1 / 4,
              "a fifth": 1 / 5, "a tenth": 1 / 10, "two thirds": 2 / 3, "two-thirds": 2 / 3, "three quarters": 3 / 4}
_ONE_IN = {"اثنين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10,
           "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_BOUND = r"(?P<approx>نحو|حوالي|قرابه|ما يقارب|اكثر من|اقل من|ما يزيد علي|ما يقل عن|about|nearly|almost|more than|less than|over|under)"
_FRACTION_RE = lead(  # (tried only where a share can open: text.patterns.lead)
    rf"(?<!\w)(?:{_BOUND}\s+)?(?:(?P<frac>ثلاثه\s+ارباع|الثلثين|ثلثي|ثلثا|نصف|ثلث|ربع|two[- ]thirds|three quarters|half|"
    rf"a third|a quarter)(?P<pron>ها|هم|هن|ه)?(?!\w)|(?P<frac2>خمس|عشر|a fifth|a tenth)(?=\s+(?:ال|of\s+the))|"
    rf"(?:واحد|one)\s+(?:من\s+كل|في\s+كل|in(?:\s+every)?)\s+(?P<n>{'|'.join(_ONE_IN)})(?!\w)"
    # «… 50 مليار دولار، أي النصف»: a definite fraction glossing the figure before it (after «أي» only: «الخمس»
    # is also «the five»)
    rf"|(?<=اي\s)ال(?P<dfrac>نصف|ثلث|ربع|خمس|عشر)(?!\w))",
    re.IGNORECASE)


class Share:
    """A share: its span in the normalised text and its interval in percentage points."""

    def __init__(self, ns: int, ne: int, lo: float, hi: float, text: str, fig: Fig | None = None, pron: bool = False):
        self.ns, self.ne, self.lo, self.hi, self.text, self.fig = ns, ne, lo, hi, text, fig
        self.pron = pron  # «ثلثيها»، «ربعها»، «أي النصف»: the fraction of a whole named before it


def _fraction_shares(text: str, lo: int, hi: int) -> list[Share]:
    out = []
    for m in _FRACTION_RE.finditer(text, lo, hi):
        word = (m.group("frac") or m.group("frac2") or m.group("dfrac") or "").casefold()
        word = re.sub(r"\s+", " ", word).replace("-", " ")
        v = 100 / _ONE_IN[m.group("n").casefold()] if m.group("n") else 100 * _FRACTIONS.get(word, _FRACTIONS.get(
            word.replace(" ", "-"), 0))
        if not v:
            continue
        approx = (m.group("approx") or "").casefold()
        if approx in ("اكثر من", "ما يزيد علي", "more than", "over"):
            s_lo, s_hi = v, math.inf
        elif approx in ("اقل من", "ما يقل عن", "less than", "under"):
            s_lo, s_hi = 0.0, v
        else:
            pad = max(FRACTION_PAD, ABOUT * v) if approx else FRACTION_PAD
            s_lo, s_hi = v - pad, v + pad
        out.append(Share(m.start(), m.end(), s_lo, s_hi, m.group(),
                         pron=bool(m.groupdict().get("pron") or m.groupdict().get("dfrac"))))
    return out


_PART_LINK = re.compile(  # V … link … S
    r"^[^\d.;:؟?!]{0,60}?(?:[,،]\s*|\s)(?:اي|او|ما نسبته|بنسبه|وهو ما (?:يمثل|يشكل|يعادل)|ما (?:يمثل|يشكل|يعادل)|"
    r"(?:ي|ت)(?:مثل|شكل|عادل)(?:ون)?|or|i\.e\.|representing|accounting for)\s+(?:ما\s+)?"
    # «أي في نحو 3.5% من المدارس»، «أي أن نسبة التوطين بلغت 72%»، «أي أن حصة الشفاء بلغت 90%»: the share
    # of the place, the rate named (both merged branches' readings)
    r"(?:في\s+|(?:ان\s+)?(?:نسبه|حصه|معدل)\s+(?:[^\W\d_]+\s+){0,3}?(?:بلغت|تبلغ|بلغ|يبلغ|وصلت\s+الي|تصل\s+الي|هي|تعادل)\s+)?"
    r"(?:ما\s+)?(?:(?:نحو|حوالي|about)\s+)?$"
    r"|^[^\d.;:؟?!،,]{0,40}\(\s*$", re.IGNORECASE)
_AFTER_LINK = re.compile(r"[,،]\s*(?:اي|او|or|i\.e\.)\s+(?:(?:ما\s+)?(?:يعادل|نحو|حوالي|about)\s+)?$", re.IGNORECASE)
# «من أصل T» (out of T): the figure after it is the whole, whatever is said of it
_OUT_OF_WORDS = r"من\s+اصل|من\s+اجمالي|من\s+مجموع|out\s+of|of\s+a\s+total\s+of"
_WHOLE_CUE = re.compile(
    rf"(?:(?<!\w)[وف]?(?:{_OUT_OF_WORDS}|من\s+بين|of\s+the|of\s+total)"
    r"(?:\s+(?!\d)\S+){0,1}|(?<!\w)(?:ال)?بالغ(?:ه|ين)?(?:\s+(?:عددهم|عددها|قيمتها|قيمته|حجمها|حجمه))?|"
    r"(?<!\w)(?:الذين|اللواتي|التي)\s+(?:يبلغ|تبلغ)\s+(?:عددهم|عددها|قيمتها))\s*(?:(?:نحو|حوالي|about)\s+)?$",
    re.IGNORECASE)
# «وتوزع الباقي البالغ 23.1 مليون طن (30.2%)»: what «البالغ» gives after a noun of the rest is a part, the remainder
_REST_CUE = re.compile(r"(?<!\w)(?:ال)?(?:باقي|متبقي|بقيه|باقيه|متبقيه|باقون|باقين|المتبقون)\s+(?:ال)?بالغ(?:ه|ين)?\s*"
                       r"(?:(?:نحو|حوالي)\s+)?$")
_PARTS_CUE = re.compile(r"^\s*[,،]?\s*(?:منهم|منها|من\s+بينهم|من\s+بينها|of\s+whom|of\s+which)\s+(?:\S+\s+){0,2}$",
                        re.IGNORECASE)
_PRONOUN = re.compile(r"(?<!\w)(?:منهم|منها|منه|of them)(?!\w)", re.IGNORECASE)


def _part_of(t, sent: list[Fig], s: Share) -> Fig | None:
    """The part tied to a share: before it by a link word, or after it by «، أي»."""
    text = t.norm.text
    before = [g for g in sent if _amount(g) and g.ne <= s.ns and s.ns - g.ne <= 80]
    if before and _PART_LINK.match(text[before[-1].ne:s.ns]) and not any(
            o.kind == "percent" and before[-1].ne <= o.ns < s.ns for o in sent):
        v = before[-1]
        # «V من أصل T، بنسبة P%»: the figure before the link is the whole; its part is the one before it
        if _WHOLE_CUE.search(text[max(0, v.ns - 30):v.ns]):
            prior = [g for g in before[:-1] if _same_kind(g, v) and v.ns - g.ne <= 40]
            return prior[-1] if prior else None
        return v
    after = [g for g in sent if _amount(g) and g.ns >= s.ne and g.ns - s.ne <= 90]
    for g in after:
        if _AFTER_LINK.search(text[max(s.ne, g.ns - 25):g.ns]):
            return g
    return None


_MARKED = "a whole marked by «من أصل/من بين/البالغ»"
_OUT_OF = re.compile(rf"(?<!\w)[وف]?(?:{_OUT_OF_WORDS})(?:\s+(?!\d)\S+)?\s*"
                     r"(?:(?:نحو|حوالي|about)\s+)?$", re.IGNORECASE)
"""A cue that makes the figure after it the whole, whatever is said of it («من أصل»، "out of"); «البالغ» (amounting to)
only says what a noun amounts to, which may be a part («تغطي الجامعة فرقها البالغ 30 ألف دينار»)."""


def _wholes(t, figs: list[Fig], sent: list[Fig], s0: int, v: Fig) -> tuple[list[Fig], str]:
    text = t.norm.text
    # a bare number marked as the whole («22 فيلماً من أصل 48») counts the part's noun
    marked = [g for g in sent if g is not v and (_same_kind(g, v) or g.kind == "number" and v.dim == "count"
                                                 and g.dim == "count" and g.ns > v.ne)
              and _WHOLE_CUE.search(text[max(s0, g.ns - 30):g.ns]) and not _REST_CUE.search(text[max(s0, g.ns - 40):g.ns])]
    if marked:
        return marked, _MARKED
    for g in sent:
        if g is not v and g.ne <= v.ns and _same_kind(g, v) and _PARTS_CUE.match(text[g.ne:v.ns]):
            return [g], "a whole before «، منهم/منها»"
    if _PRONOUN.search(text, max(s0, v.ns - 15), min(len(text), v.ne + 15)):
        end_prev = last_mark(text, ".!?؟\n", s0)
        prev = last_mark(text, ".!?؟\n", max(0, end_prev))
        # «يعمل فيها 3,600 عامل وعاملة، تشكل النساء 62% منهم، أي 2,232 عاملة»: the pronoun's whole is the
        # nearest larger figure of the part's kind before it in the sentence
        before = [g for g in sent if g is not v and g.ne <= v.ns and g.value > v.value
                  and (_same_kind(g, v) or _both_genders(t, g, v))]
        # «بلغت الإيرادات T عام 2024، مقابل T0 في العام السابق، … وأنفقت منها V»: the pronoun is the topic
        # figure's, not the one set against it for comparison
        topic = [g for g in before if not _OTHER_TIME.search(text[max(0, g.ns - 40):g.ns])]
        if before:
            return (topic or before)[-1:], "a whole before the share's «منهم/منها» in the sentence"
        if not any(g is not v and _same_kind(g, v) for g in sent):
            return ([g for g in figs if prev < g.ns and g.ne <= s0 and _same_kind(g, v) and g.value > v.value],
                    "a whole in the sentence before, the part with «منهم/منها»")
    return [], ""


def _word_fig(t, v: Fig, s: Share) -> Fig:
    """The fraction word of a share as a span of the finding («ثلثيها»: the reader sees what was checked)."""
    a, b = t.norm.raw_span(s.ns, s.ne)
    row = {"file": v.row["file"], "start": a, "end": b, "text": t.raw[a:b]}
    return Fig(row, s.ns, s.ne, (s.lo + s.hi) / 2, s.lo, s.hi, "count", "fraction")


def _both_genders(t, w: Fig, v: Fig) -> bool:
    """Whether whole ``w`` counts a noun in both genders («3,600 عامل وعاملة»، «طالب وطالبة») and part ``v``
    one of them («2,232 عاملة»): then the part is of the whole's kind."""
    if w.dim != "count" or v.dim != "count" or not w.unit or not v.unit:
        return False
    wu, vu = fold(w.unit), fold(v.unit)
    if vu not in (wu, wu + "ه", wu + "ة"):
        return False
    fem = wu + "ه"
    return bool(re.match(rf"\s*و\s?(?:{re.escape(fem)}|{re.escape(wu)}ات)(?!\w)", t.norm.text[w.ne:w.ne + 30]))


def _agrees(t, v: Fig, w: Fig, s: Share) -> bool:
    vlo, vhi = _exact(t, v)
    wlo, whi = _exact(t, w)
    if wlo <= 0:
        return True
    lo, hi = 100 * vlo / whi if whi != math.inf else 0.0, 100 * vhi / wlo
    if not _agree(lo, hi, s.lo, s.hi, SLACK):
        return False
    if s.fig is None or s.hi == math.inf:
        return True
    tol = max(POINT_PAD, POINT_SHARE * s.fig.value)
    return s.lo - tol <= 100 * v.value / w.value <= s.hi + tol


_OF_WHOLE = re.compile(r"\s*(?:من|of)\s")


def _closes_share(text: str, sent: list[Fig], o: Share, w: Fig) -> bool:
    """Whether the whole ``w`` is the whole of the share ``o`` before it: «P% من <noun> البالغة W», words alone between."""
    return o.ne <= w.ns and w.ns - o.ne <= 90 and _OF_WHOLE.match(text, o.ne) is not None \
        and not any(o.ne <= g.ns < w.ns for g in sent)


def _of_listed_parts(sent: list[Fig], v: Fig, s: Share) -> bool:
    """Whether a pronoun's fraction may be of the whole the sentence's parts make up: «وتضم الصفقة 800
    عربة مكيفة … و500 عربة بتهوية ميكانيكية، وصنع نصفها، أي 650 عربة» (half of the 1,300, not of the 800):
    two or more figures of the part's kind before the fraction whose sum gives the share."""
    parts = [g for g in sent if g is not v and g.ne <= s.ns and _same_kind(g, v)]
    total = sum(g.value for g in parts)
    if len(parts) < 2 or total <= 0:
        return False
    share = 100 * v.value / total
    tol = max(1.0, 0.05 * s.lo)
    return s.lo - tol <= share <= s.hi + tol


@detector("arithmetic-share-words", "internal")
def arithmetic_share_words(facts: Facts) -> list[Finding]:
    """A share (a percentage or a fraction word) that the part and whole its sentence ties it to do not give."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for s0, sent in _sentences(t, figs):
            fracs = _fraction_shares(text, s0, sent[-1].ne + 200)
            sent = [g for g in sent if not any(f.ns <= g.ns < f.ne or g.ns <= f.ns < g.ne for f in fracs)]
            shares = fracs + [Share(g.ns, g.ne, g.lo, g.hi, g.row["text"], g) for g in sent if g.kind == "percent"
                              and 0 < g.value < 1000]
            for s in shares:
                v = _part_of(t, sent, s)
                if v is None:
                    continue
                wholes, how = _wholes(t, figs, sent, s0, v)
                if s.pron and not wholes:
                    # «اعتمادات بقيمة 7.5 مليون دينار، تتحمل الدولة ثلثيها، أي 5 ملايين»: the pronoun of the
                    # fraction refers to the nearest figure of the part's kind before it
                    near = [g for g in sent if g is not v and g.ne <= s.ns and _same_kind(g, v) and g.value > v.value]
                    wholes, how = near[-1:], "a fraction with a pronoun («ثلثيها»، «ربعها») of the figure before it"
                    if _of_listed_parts(sent, v, s):
                        continue
                # («أي نحو 16 ألف طن، وهي كمية تعادل أكثر من ثلث الإنتاج الأميركي البالغ 45 ألف طن»: a whole after
                # another share than this one is that share's)
                # (and «هذه الكمية، التي تمثل 4% من إجمالي الصادرات البالغة 300 ألف طن، توزعت بين 7.2 آلاف طن (60%)
                # و…»: a whole that closes another share's «من …» is that share's)
                wholes = [w for w in wholes if not any(
                    o is not s and (max(s.ne, v.ne) <= o.ns and o.ne <= w.ns or _closes_share(text, sent, o, w))
                    for o in shares)]
                if how == _MARKED and wholes and s.hi < 100 and all(w.hi <= _exact(t, v)[0] for w in wholes) \
                        and all(_OUT_OF.search(text, max(s0, w.ns - 30), w.ns) for w in wholes):
                    # «فمن أصل 3.4 ملايين برميل …، يتجه نحو 1.1 مليار برميل إلى الصين، أي 32.4%»: a part larger
                    # than the whole the text marks as its whole is no share of it (a scale word slipped)
                    w = wholes[-1]
                    out.append(_finding(
                        "arithmetic-share-whole", "warning",
                        f"{v.row['text'].strip()} is more than its whole, {w.row['text'].strip()}, so it cannot be "
                        f"{s.text.strip()} of it.",
                        [v, w] + ([s.fig] if s.fig is not None else [_word_fig(t, v, s)]),
                        {"rule": "a part larger than its marked whole", "part": _fig_ev(v), "whole": _fig_ev(w),
                         "exceeds": {"part": v.row["text"].strip(), "whole": w.row["text"].strip()},
                         "share": {"text": s.text, "interval": [s.lo, None if s.hi == math.inf else s.hi]}}))
                    continue
                wholes = [w for w in wholes if w.hi > _exact(t, v)[0]]
                if not wholes or any(_agrees(t, v, w, s) for w in wholes):
                    continue
                w = wholes[0]
                share = 100 * v.value / w.value
                spans = [v, w] + ([s.fig] if s.fig is not None else [_word_fig(t, v, s)])
                out.append(_finding(
                    "arithmetic-share-whole", "warning",
                    f"{v.row['text'].strip()} of {w.row['text'].strip()} is {share:.1f}%, not {s.text.strip()}.",
                    spans,
                    {"rule": how, "part": _fig_ev(v), "whole": _fig_ev(w), "share": {"text": s.text, "interval": [
                        s.lo, None if s.hi == math.inf else s.hi]}, "computed": share,
                     "candidates": [_fig_ev(g) for g in wholes], "whole_value": _fmt(w.value)},
                ))
    return out
