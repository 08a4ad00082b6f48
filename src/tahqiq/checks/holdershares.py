"""A holder's share of a whole, both stated before as figures: ``arithmetic-share``.

«السعودية 2.5 مليار دولار، والإمارات 1.2 مليار، … وتعادل حصة السعودية وحدها 42.4 بالمئة من الاكتتابات العربية»،
«6. مركز بيانات حكومي: 600 مليون دولار. ويستأثر الميناء وحده بـ49.4 في المائة من قيمة القائمة» (the port listed
as «1. ميناء مبارك الكبير: 4.2 مليار دولار»)، «شغّلت 2400 عامل، منهم 1700 صيني و700 جزائري، أي أن الصينيين كانوا
نحو 71 في المائة من اليد العاملة»، «8 مشاريع في مصر بقيمة 2.1 مليار دولار … واستحوذت مصر على 60 بالمئة من هذا
التمويل»: a percentage of a whole named by a noun («من قيمة القائمة»، not a figure) whose holder, named in the words
before it (the clause's subject), had a figure of its own earlier in the paragraph or the one before: right after
its name, a link word aside («السعودية 2.5 مليار»، «مصر بقيمة 2.1 مليار»), as the label of the list item it closes
(«1. ميناء مبارك الكبير: 4.2 مليار»), as the noun it counts («1700 صيني» for «الصينيين»), or, for a part of a breakdown
in the share's own sentence, by the words that qualify it («منها 150 قطعة صينية و90 قطعة عمانية، أي أن القطع الصينية
شكلت 62.5 في المائة منه»: «منه» after the share names the whole before; a people names its country, «الأردنيون» and
«من الأردن»; the siblings listed after «منها» are no whole). The whole is one of the larger figures of the same
measure before the percentage; a finding only when no such whole gives the percentage for any of the holder's
figures (half a point, or 10% of the share with «نحو», of slack).
"""

from __future__ import annotations

import re

from ..facts import Facts
from . import detector
from .arithmetic import _compatible, approximator_before, _fig_ev, _finding, _fmt, figures_of, paragraph_before_start, sentence_bounds

_AL = r"\u0621-\u064A"
_AL_WORD = r"[\u0621-\u064A]+"
_WORD = re.compile(rf"[{_AL}]{{2,}}")
# the whole after the share: «من» and its noun, or the pronoun of a whole named before («شكلت 62.5 في المائة منه»)
_OF_NOUN = re.compile(rf"\s*(?:(?:من|of)\s+(?:[{_AL}]+\s*){{1,4}}|من(?:ه|ها|هم)(?![{_AL}]))")
# a whole named as the sum of the parts before it: «من المجموع»، «من مجموعهما»، «من الإجمالي»، "of the total"
# a verb of holding a share before the holder («فاستأثرت الحاويات بـ65.6 بالمئة»، «وتشكل الحبوب 20%»)
_HOLD_VERB = re.compile(rf"(?<![{_AL}])[وف]?(?:[يت]?(?:ستاثر|ستحوذ)|استاثر|استاثرت|استحوذ|استحوذت|[يت]?(?:شكل|مثل)|شكلت|مثلت)(?![{_AL}])")
# the share closes its clause, or another holder's share follows («… بـ65.6 بالمئة والكلنكر بـ17.2 بالمئة»)
_SHARE_END = re.compile(r"\s*(?:[.،,؛;:)\n]|و\S|$)")
_SUM_WORD = re.compile(rf"\s*(?:من|of)\s+(?:the\s+)?(?:ال)?(?:مجموع|اجمالي|total)(?:ها|هما|هم)?(?![{_AL}\w])", re.IGNORECASE)
_CLAUSE = re.compile(r"[.؛;:!?؟\n،,]")
_ITEM = re.compile(r"(?<!\d)[.](?!\d)|[؛;!?؟\n،,]")
_REACH = 1500  # characters before the percentage where the holder's figure and the whole are looked for
_NOT_HOLDER = frozenset("""من في على علي الى الي عن مع أن ان اي أي التي الذي كان كانت كانوا يكون تكون وحده وحدها وحدهم معا
    حصه نسبه قيمه بنحو نحو حوالي قرابه ما هو هي هم ذلك هذا هذه تلك بين منها منهم""".split())


def _key(w: str) -> str:
    """A holder's name without its clitics, article and plural ending («والسعودية» → «سعوديه»، «الصينيين» → «صيني»)."""
    # («ف»، «ب»، «ل» are clitics only before the article: «فارسية» keeps its «ف», «الفارسية» is the same word)
    w = re.sub(r"^(?:و|[فبل](?=ال))?(?:ال|لل)?", "", w) if len(w) > 4 else w
    if w.endswith("نا") and len(w) >= 6:
        w = w[:-2]  # «صادراتنا» is «صادرات»
    for suf in ("يين", "يون"):
        if w.endswith(suf) and len(w) - 2 >= 3:
            return w[:-2]
    return w[:-1] if w.endswith("ه") and len(w) > 4 else w  # («الداخلية» and «الداخلي» name one holder)


def _clause_start(text: str, pos: int, reach: int, stops: re.Pattern | None = None) -> int:
    lo = max(0, pos - reach)
    return max((m.end() for m in (stops or _CLAUSE).finditer(text, lo, pos)), default=lo)


def _holders(text: str, p) -> set[str]:
    """The names before a percentage in its clause (its subject: «حصة السعودية وحدها»، «الصينيين كانوا»)."""
    a = _clause_start(text, p.ns, 120)
    return {_key(w) for w in _WORD.findall(text[a:p.ns]) if w not in _NOT_HOLDER and len(_key(w)) >= 3}


_AFTER = re.compile(rf"\s*(?:{_AL_WORD}\s+){{0,2}}?من\s+(?P<name>(?:[{_AL}]+\s*){{1,2}})")
_BOUND = re.compile(r"(?:لا\s+يتجاوز|لا\s+تتجاوز|لا\s+يقل\s+عن|لا\s+تقل\s+عن|لا\s+يزيد\s+علي|لا\s+تزيد\s+علي|اكثر\s+من|اقل\s+من|"
                    r"حتي|ما\s+يصل\s+الي|بحد\s+اقصي)\s*$")
_LINK = re.compile(r"(?:\s*[:：]\s*|\s+(?:بقيمه|بمبلغ|بنحو|بحصه|ب)\s*|\s*ب|\s+)$")
_LABEL = re.compile(rf"^[\s*\-•–]*(?:\d{{1,2}}[.)-]\s*)?(?P<label>[^:\n\d]{{2,60}}):\s*$")


def _owners(text: str, g, counted: bool = True) -> set[str]:
    """The names a figure belongs to: the word right before it (a link word between: «السعودية 2.5 مليار»، «مصر بقيمة
    2.1 مليار»، «الإمارات: 1.2 مليار»), the label of the list item it closes («1. ميناء مبارك الكبير: 4.2 مليار»), and
    the noun it counts («1700 صيني»)."""
    out = set()
    line = text.rfind("\n", 0, g.ns) + 1
    label = _LABEL.match(text[line:g.ns])
    if label:
        out |= {_key(w) for w in _WORD.findall(label.group("label"))}
    a = _clause_start(text, g.ns, 40, _ITEM)
    head = text[a:g.ns]
    link = _LINK.search(head)
    before = head[:link.start()] if link else head
    words = list(_WORD.finditer(before))
    # (not the counted noun or the qualifier of the figure before it: «96 رومانية و71 بيزنطية»، «150 قطعة صينية و90»)
    if words and not re.search(r"\d\s+(?:[^\W\d_]+\s+)?$", before[:words[-1].start()]):
        out.add(_key(words[-1].group()))
    # the words after it that name it («21.8 مليار دينار من السوق الداخلية»)
    stop = _CLAUSE.search(text, g.ne, g.ne + 40)
    after = _AFTER.match(text, g.ne, stop.start() if stop else g.ne + 40)
    if after:
        out |= {_key(w) for w in _WORD.findall(after.group("name"))}
    if counted and g.kind == "count" and g.unit:
        out.add(_key(g.unit))
    # a part of a breakdown in the share's own sentence is named by the words that qualify it: «منها 150 قطعة صينية
    # و90 قطعة عمانية»، «منها 15.6 مليار واردات و0.9 مليار صادرات مصرية»
    if counted and _PART_OPENS.search(text, max(0, g.ns - 8), g.ns):
        tail = _TAIL.match(text, g.ne)
        if tail:
            out |= {_key(w) for w in _WORD.findall(tail.group("words"))}
    return out


_OF_THEM = r"(?:منها|منهم)"  # the word that opens a breakdown's parts
_PARTS_HEAD = re.compile(rf"(?<![{_AL}]){_OF_THEM}(?![{_AL}])")
_PART_OPENS = re.compile(rf"(?<![{_AL}])(?:{_OF_THEM}\s+|و\s*)$")
_TAIL = re.compile(rf"[ \t]+(?P<words>{_AL_WORD}(?:[ \t]+(?!و?\d){_AL_WORD}){{0,1}})")


def _stems(keys: set[str]) -> set[str]:
    """Keys with the relative ending «ي» dropped, so that a people names its country («الأردنيون» and «من الأردن»،
    «القطع الصينية» and «الصين»)."""
    return {k[:-1] if k.endswith("ي") and len(k) > 3 else k for k in keys}


@detector("arithmetic-holder-share", "internal")
def arithmetic_holder_share(facts: Facts) -> list:
    """A holder's share of a whole («حصة السعودية وحدها 42.4% من الاكتتابات») against the figures given before."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = figures_of(t)
        for p in (g for g in figs if g.kind == "percent" and 0 < g.value < 100):
            if _BOUND.search(text, max(0, p.ns - 25), p.ns):
                continue  # «لجزء لا يتجاوز 10% من مبيعاته»: a bound, not a share stated
            m = _OF_NOUN.match(text, p.ne)
            listed = m is None and bool(_HOLD_VERB.search(text, max(0, p.ns - 60), p.ns)) and bool(_SHARE_END.match(text, p.ne))
            if not listed and (m is None or any(p.ne < g.ns <= m.end() + 3 for g in figs)):
                continue  # the whole is a figure right after «من»: the share rules of arithmetic.py
            names = _holders(text, p)
            if not names:
                continue
            lo = paragraph_before_start(t, p.ns)
            before = [g for g in figs if max(lo, p.ns - _REACH) <= g.ns and g.ne <= p.ns and g.kind != "percent"]
            # (a counted noun names its holder only in the percentage's own sentence: «2400 عامل، منهم 1700 صيني …،
            # أي أن الصينيين كانوا نحو 71 في المائة»; «البنوك الصينية» later is not «3 آلاف صيني»)
            ss = sentence_bounds(text, p.ns)[0]
            stems = _stems(names)
            held = [g for g in before if stems & _stems(_owners(text, g, counted=g.ns >= ss))]
            if not held:
                continue
            pad = max(0.5, 0.1 * p.value) if isinstance(p.row.get("approx"), str) and p.row.get("approx") or approximator_before().search(
                text, max(0, p.ns - 14), p.ns) else 0.5
            tried, agree = [], False
            for h in held:
                # (the parts listed after «منها/منهم» in the holder's sentence are its siblings, not its whole: «12.5
                # مليار، منها 10 مليارات واردات و2.5 مليار صادرات»)
                opener = None
                for opener in _PARTS_HEAD.finditer(text, ss, h.ns):
                    pass
                if opener is not None and re.search(r"[:：]", text[opener.end():h.ns]):
                    opener = None  # (a list of its own after a colon: «ويغطي الاقتراض 28 ملياراً: 21.8 مليار …»)
                for w in before:
                    if w is h or not _compatible(w, h) or w.value <= h.value:
                        continue
                    if opener is not None and opener.end() <= w.ns < p.ns:
                        continue
                    if w.kind == "count" and (w.unit or "") != (h.unit or "") and not 0 < h.ns - w.ne <= 40:
                        continue  # a count of other things, unless it heads the holder's list («2400 عامل، منهم 1700 صيني»)
                    share = h.value / w.value * 100
                    tried.append((h, w, share))
                    lo, hi = 100 * h.lo / w.hi if w.hi else share, 100 * h.hi / w.lo if w.lo > 0 else share
                    if lo - pad <= p.value <= hi + pad:
                        agree = True
            if listed:
                # «توزعت حمولة 2024 على أربع فئات: الحاويات 4.2 ملايين طن، والكلنكر 1.1 …، فاستأثرت الحاويات بـ65.6
                # بالمئة»: no whole named after the share; the holder's figure is an item of a list in the share's
                # sentence, whose sum is a whole too (read only for such an item)
                runs = [[g for g in before if g.ns >= ss and _compatible(g, h)] for h in held if h.ns >= ss]
                runs = [r for r in runs if len(r) >= 2]
                if not runs:
                    continue
                for h in held:
                    for run in runs:
                        total = sum(g.value for g in run)
                        if h in run and total > 0:
                            tried.append((h, None, 100 * h.value / total))
                            agree = agree or abs(100 * h.value / total - p.value) <= pad
            if not agree and _SUM_WORD.match(text, p.ne):
                # «قرض تفضيلي بقيمة 1.6 مليار … وقرض تجاري بقيمة 1.82 مليار …، فتمثل الشريحة التفضيلية 46.8 بالمئة من
                # المجموع»: a whole named as the sum is the sum of the holder's figure and its like in the sentence
                for h in held:
                    like = [g for g in before if g.ns >= ss and _compatible(g, h)]
                    total = sum(g.value for g in like)
                    if len(like) > 1 and total > 0 and abs(100 * h.value / total - p.value) <= pad:
                        agree = True
            if agree or not tried:
                continue
            h, w, share = min(tried, key=lambda x: abs(x[2] - p.value))  # the whole that comes nearest
            if w is None:  # the sum of the holder's list
                run = next(r for r in runs if h in r)
                w = run[-1]
                whole_text = " + ".join(g.row["text"].strip() for g in run)
            else:
                whole_text = w.row["text"].strip()
            out.append(_finding(
                "arithmetic-share", "warning",
                f"{h.row['text'].strip()} of {whole_text} is {share:.1f}%, not the stated {p.row['text'].strip()} "
                f"(no whole stated before gives it).",
                [h, w, p],
                {"rule": "a holder's share of a whole, both stated before as figures, against the stated percentage",
                 "part": _fig_ev(h), "whole": _fig_ev(w), "share": _fig_ev(p), "computed": share,
                 "wholes_tried": sorted({_fmt(x[1].value) for x in tried if x[1] is not None}
                                        | ({"the sum of its list"} if any(x[1] is None for x in tried) else set()))}))
    return out
