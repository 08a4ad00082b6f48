"""Breakdowns the rules of :mod:`.arithmetic` and :mod:`.parts` do not reach (kind ``arithmetic-parts``).

A breakdown ties a whole to a closed list of its parts by one of two wordings, read here whatever
the parts are (figures of the table or bare numbers, «عمّان (230)»، "520 in Cairo", which the
figures table leaves out: read as the whole's kind):

* **the whole, then its parts** after an introducer that closes the list (``lang/breakdown.yml``
  ``exhaustive``): «يضم المشروع 2150 موظفاً، هم 580 … و…»، «1760 ناخباً كما يلي: 690 في بيروت، و…»،
  «موزعة على النحو الآتي:»، a distribution verb in any of its forms («يتوزعون على»، «وتوزعوا بين»،
  «موزعين على»، "divided among") — in the same sentence, or opening the next one with the whole
  in the sentence before («ويبلغ عدد الناخبين 1100 ناخب. ويتوزع هؤلاء على …»);
* **the parts, then the whole** after a closing phrase (``lang/breakdown.yml`` ``closing``):
  «… ليصل المجموع إلى T»، «… وبذلك يبلغ الإجمالي T»، "…, for a total of T", "bringing the total to T".

A finding when the parts (two or more, of one kind) sum to a value their printed precision cannot
bring to the whole. An introducer of examples («أبرزها»، «من بينها»، «مثل»، «على سبيل المثال»،
"including", "such as") or an open end («وغيرها»، "etc.") leaves the list alone; a whole set against
the parts («بينما»، "while") or of the world when the parts are not is another whole.
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache, partial

from .. import lang
from ..facts import Facts, TextFacts
from ..text.normtext import fold
from . import detector
from .arithmetic import (
    TOTAL_SLACK, Fig, _LIST_BREAK, _agree, _bound, _fig_ev, _finding, _fmt, _opt, _other_whole, figures_of, sentence_bounds,
)
from .parts import _BULLET_START, _chain, _with_bare
from ..text.patterns import spaced


_alt = partial(spaced, fold=fold)  # longest first; a blank matches any white space


@lru_cache(maxsize=1)
def _patterns():
    lx = lang.lexicon("breakdown")
    words = [w for w in lx["exhaustive"] if w.strip() != ":"]
    # (a colon closes the word before it: «في سبع دول خارج روسيا: 4 في مصر، …»)
    colon = "|:" if any(w.strip() == ":" for w in lx["exhaustive"]) else ""
    exhaustive = re.compile(rf"(?:(?<!\w)(?:{_alt(words)})(?!\w){colon})\s*:?", re.I)
    # (or a colon after a few words: «وتتوزع هذه الكتلة توزيعاً غير متكافئ: 8.1 مليار دولار لمصر، و…»)
    verb = re.compile(rf"(?<!\w)(?:{lx['distribute']})(?!\w)\s+(?:(?:\S+\s+){{0,3}}?(?:{_alt(lx['among'])})(?!\w)"
                      rf"|(?:[^\W\d]+\s+){{1,5}}?[^\W\d]+\s*:)", re.I)
    closing = re.compile(rf"(?<!\w)(?:{_alt(lx['closing'])})(?!\w)(?:\s+[^\W\d]+){{0,2}}?\s*(?=\d)", re.I)
    examples = re.compile(rf"(?<!\w)(?:{_alt(lx['examples'])})(?!\w)", re.I)
    open_end = re.compile(rf"^[\s,،]*(?:{_alt(lx['open_end'])})(?!\w)", re.I)
    pronoun = re.compile(r"\W*(?:[وف]?(?:قد|كما|ثم)\s+)?\W*$", re.I)
    return exhaustive, verb, closing, examples, open_end, pronoun


@lru_cache(maxsize=1)
def _trailing():
    return re.compile(rf"(?<![\w.,])\d[\d,.]*(?:\s+[^\W\d]+){{0,2}}\s+(?:{_alt(lang.words('breakdown', 'trailing'))})(?!\w)",
                      re.I)


@lru_cache(maxsize=1)
def _trailing_after():
    """A trailing cue right after a figure (at most two words between)."""
    return re.compile(rf"(?:\s+[^\W\d]+){{0,2}}?\s+(?:{_alt(lang.words('breakdown', 'trailing'))})(?!\w)", re.I)


def _sentences_of(t: TextFacts, figs: list[Fig]) -> list[tuple[int, int]]:
    """The normalised bounds of every sentence of the body that holds a figure (one in words too: «ثلاث
    محطات … إضافة إلى تسع محطات، أي اثنتي عشرة محطة في المجموع») or a digit."""
    # A digit is skipped when a sentence already taken holds it. Digits come in order, so a sentence
    # once begun before a digit stays begun: those are kept in a heap by start until reached, and the
    # furthest end of the reached ones says whether the digit is inside one (a scan of every sentence
    # per digit made a large text quadratic).
    seen, out = set(), []
    pending: list[tuple[int, int]] = []
    reach = -1
    at = sorted({m.start() for m in re.finditer(r"\d", t.raw)} | {int(g.row["start"]) for g in figs})
    for p in at:
        while pending and pending[0][0] <= p:
            reach = max(reach, heapq.heappop(pending)[1])
        if p < reach:
            continue
        b = sentence_bounds(t.raw, p)
        if b not in seen:
            seen.add(b)
            heapq.heappush(pending, b)
        out.append((t.norm.norm_pos(b[0]), t.norm.norm_pos(b[1]) if b[1] < len(t.raw) else len(t.norm.text)))
        while pending and pending[0][0] <= p:
            reach = max(reach, heapq.heappop(pending)[1])
    return sorted(out)


@lru_cache(maxsize=1)
def _comparison():
    return re.compile(rf"(?<!\w)(?:{_alt(lang.words('change', 'comparison'))})(?!\w)\s*(?:ب|بـ)?\s*$", re.I)


def _compared(t: TextFacts, g: Fig, s0: int) -> bool:
    """Whether figure ``g`` is the term of a comparison («مقابل 7.4 ملايين»، "compared with 7.4 million")."""
    return bool(_comparison().search(t.norm.text, max(s0, g.ns - 25), g.ns))


def _usable(g: Fig) -> bool:
    return g.kind != "percent" and g.unit != "fraction" and not _opt(g.row.get("approx"))


def _check(t: TextFacts, parts: list[Fig], whole: Fig, rule: str, named: bool = False):
    """A finding when ``parts`` do not add up to ``whole``; ``named``: the parts are known to be the whole's
    (a dual names them), so a part larger than the whole or a sum far from it is a fault too."""
    if len(parts) < 2 or any(p.dim != whole.dim for p in parts) or any(_opt(p.row.get("approx")) for p in parts):
        return None
    if any(p.value >= whole.value for p in parts) and not named:
        return None  # a «part» as large as the whole: another quantity (a year, a rate)
    lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
    if _agree(lo, hi, whole.lo, whole.hi, slack=TOTAL_SLACK):
        return None
    s = sum(p.value for p in parts)
    if not 0.5 <= s / whole.value <= 2 and not named:
        return None  # far from the whole: the list breaks down something else
    return _finding(
        "arithmetic-parts", "warning",
        f"The parts {' + '.join(p.row['text'].strip() for p in parts)} add up to {_fmt(s)}, "
        f"not the whole they break down, {whole.row['text'].strip()} ({_fmt(whole.value)}).",
        parts + [whole],
        {"rule": rule, "parts": [_fig_ev(p) for p in parts], "whole": _fig_ev(whole), "computed": s,
         "computed_interval": [_bound(lo), _bound(hi)], "slack": TOTAL_SLACK},
    )


def _parts_after(t: TextFacts, figs: list[Fig], pos: int, end: int, whole: Fig) -> list[Fig]:
    sent = [g for g in figs if pos <= g.ns < end]
    return _chain(t, _with_bare(t, sent, pos, whole), pos, whole)


_COUNTED_COLON = re.compile(r"[^:.،,؛;\n]{0,40}?:")


def _whole_first(t: TextFacts, figs: list[Fig], s0: int, s1: int, prev: tuple[int, int] | None) -> list:
    exhaustive, verb, _, examples, open_end, pronoun = _patterns()
    text = t.norm.text
    out = []
    cues = [(m, False) for m in exhaustive.finditer(text, s0, s1)] + [(m, True) for m in verb.finditer(text, s0, s1)]
    for m, is_verb in cues:
        if examples.search(text, max(s0, m.start() - 15), min(s1, m.end() + 40)):
            continue
        before = [g for g in figs if s0 <= g.ns and g.ne <= m.start() and _usable(g)]
        start = m.end()
        if is_verb:
            # «وتتوزع الشحنات على أربع سلع: النحاس 180 ألف طن، و…»: the number of the parts before a colon
            # announces the list; the parts follow the colon
            c = _COUNTED_COLON.match(text, start, start + 60)
            if c is not None and any(start <= g.ns < c.end() and g.dim == "count" for g in figs):
                start = c.end()
        whole = None
        # the thing distributed counted between the verb and its «على»: «وتوزعت المدارس الـ171 على سبع إمارات: …»
        held = [g for g in figs if m.start() <= g.ns and g.ne <= m.end() and _usable(g) and g.dim == "count"] \
            if is_verb else []
        if held:
            whole = held[-1]
        elif before and m.start() - before[-1].ne <= 45 and not re.search(r"\d", text[before[-1].ne:m.start()]):
            whole = before[-1]
        elif is_verb and prev is not None and pronoun.match(text, s0, m.start()) \
                and "\n\n" not in t.norm.text[prev[1] - 1:s0 + 1]:
            # «… 1100 ناخب. ويتوزع هؤلاء على …»: the whole is the last figure of the sentence before
            cands = [g for g in figs if prev[0] <= g.ns < prev[1] and _usable(g)]
            # «نقل 8.5 ملايين مسافر، مقابل 7.4 ملايين في العام السابق. ويتوزع المسافرون …»: the figure set
            # against the whole (after «مقابل»، "compared with") is an earlier period's, not the one broken down
            own = [g for g in cands if not _compared(t, g, prev[0])]
            # (of the parts' kind, when the sentence ends on another: «… 320 ألف طن …، أي خلال تسع سنوات، لكنه ظل
            # لا يتجاوز 6.4 في المائة …. وتتوزع شحناته على …: النحاس 180 ألف طن، …»)
            first = next((g for g in figs if start <= g.ns < s1), None)
            like = [g for g in (own or cands) if first is not None and g.dim == first.dim and g.value > first.value]
            whole = (like or own or cands)[-1] if cands else None
        if whole is None:
            continue
        parts = _parts_after(t, figs, start, s1, whole)
        swapped = False
        if len(parts) >= 2 and whole.kind == "count" and whole.value == len(parts) and len(before) >= 2 \
                and whole is before[-1] and whole.ns - before[-2].ne <= 60:
            # «22 مفاعلاً في سبع دول خارج روسيا: 4 في مصر، و4 في تركيا …»: the figure before the colon counts the
            # parts (seven places); the whole they break down is the figure before it
            whole, swapped = before[-2], True
            parts = _parts_after(t, figs, m.end(), s1, whole)
        if m.group().strip().startswith(":") and not swapped:
            continue  # «16 قطعة: 10 … و4 …»: a total right before its colon is arithmetic-total's
        if len(parts) < 2 or parts[0].ns - m.end() > 40:
            continue
        if open_end.match(text, parts[-1].ne) or re.match(r"^\s*[^\d.؛;]{0,40}?(?:وغير|وسوا)", text[parts[-1].ne:s1]):
            continue
        # the list must be the whole rest of the clause: a figure of the same kind after it is a list we do not see
        nxt = [g for g in figs if parts[-1].ne < g.ns < s1 and g.dim == whole.dim]
        if nxt and not re.search(r"[.;؛]", text[parts[-1].ne:nxt[0].ns]):
            continue
        if _other_whole(t, parts, whole) if whole.ns > parts[-1].ne else False:
            continue
        f = _check(t, parts, whole, "a whole then its closed list of parts («هم»، «كالتالي:»، «يتوزعون على»)")
        if f:
            out.append(f)
    return out


def _bare_whole(t: TextFacts, pos: int, end: int, like: Fig) -> Fig | None:
    """A whole printed as a bare number right after a closing phrase ("for a total of 1,930 refugees"),
    which the figures table leaves out: read as the kind of the parts."""
    return next((g for g in _with_bare(t, [], pos, like) if g.ns - pos <= 25 and g.ne <= end), None)


def _whole_after(t: TextFacts, figs: list[Fig], s0: int, s1: int, ref) -> list:
    _, _, closing, examples, _, _ = _patterns()
    trailing = _trailing()
    text = t.norm.text
    out = []
    cues = [(m.start(), m.end()) for m in closing.finditer(text, s0, s1)]
    # "…, 1,780 refugees in total", «… و300 في C، أي 1500 لاجئ إجمالاً»: the whole before a trailing cue
    cues += [(m.start(), m.start()) for m in trailing.finditer(text, s0, s1)]
    # a whole in words before a trailing cue («… إضافة إلى تسع محطات، أي اثنتي عشرة محطة في المجموع»)
    after = _trailing_after()
    cues += [(g.ns, g.ns) for g in figs if s0 <= g.ns < s1 and not text[g.ns:g.ns + 1].isdigit()
             and after.match(text, g.ne, min(s1, g.ne + 40))]
    for c0, c1 in cues:
        whole = next((g for g in figs if c1 <= g.ns <= c1 + 25 and _usable(g)), None)
        # the parts: the chain ending just before the closing phrase (bare numbers read as the whole's kind)
        like = whole or next((g for g in reversed(figs) if s0 <= g.ns and g.ne <= c0 and _usable(g)), None) \
            or Fig({"file": t.file}, c1, c1, 0.0, 0.0, 0.0, "count", "")  # bare numbers only: counts
        cands = _with_bare(t, [g for g in figs if s0 <= g.ns and g.ne <= c0], s0, like)
        cands = [g for g in cands if g.ne <= c0]
        if whole is None:
            whole = _bare_whole(t, c1, s1, like)
            if whole is None or whole.value < 10:
                continue
        if not cands or c0 - cands[-1].ne > 40 or examples.search(text, s0, c0):
            continue
        chain = [cands[-1]]
        for g in reversed(cands[:-1]):
            gap = text[g.ne:chain[0].ns]
            if len(gap) > 40 or not re.search(r"(?:^|[\s,،()])(?:و|and\s)|[,،]", gap) or _LIST_BREAK.search(gap):
                break
            if g.dim != chain[0].dim:
                break
            chain.insert(0, g)
        if _other_whole(t, chain, whole):
            continue
        f = _check(t, chain, whole, "parts then their whole («ليصل المجموع إلى»، 'for a total of')")
        if f and not _total_reads(t, f, ref):
            out.append(f)
    return out


def _total_reads(t: TextFacts, f, ref) -> bool:
    """Whether ``arithmetic-total`` already reads this breakdown (the same figures): no second finding."""
    from .arithmetic import arithmetic_total

    cache = t.__dict__.setdefault("_breakdown_totals", {})
    if "keys" not in cache:
        cache["keys"] = {tuple((s.start, s.end) for s in g.spans) for g in arithmetic_total(Facts([t], ref))}
    return tuple((s.start, s.end) for s in f.spans) in cache["keys"]


_ITEM = re.compile(_BULLET_START.pattern + r"(?:[*_]{1,2}[ \t]*)?")  # (a bold label's stars after the bullet)
_BLANKS = re.compile(r"(?:[ \t]*\n)*")


def _bulleted(t: TextFacts, figs: list[Fig]) -> list:
    """A whole on a line ending in a colon, broken down by the bulleted items below it, each opening with its figure
    («يضم المتحف 320 قطعة موزعة على ثلاث مجموعات:⏎- 140 قطعة خزفية …⏎- 96 قطعة …⏎- 84 مخطوطة …»). The figure that
    counts the items (three groups for three items) is not the whole; a list of examples («أبرزها:») is left alone."""
    _, _, _, examples, open_end, _ = _patterns()
    text = t.norm.text
    out = []
    for colon in re.finditer(r":[ \t*_]*\n", text):
        ls = text.rfind("\n", 0, colon.start()) + 1
        if examples.search(text, ls, colon.start()):
            continue
        lead = [g for g in figs if ls <= g.ns and g.ne <= colon.start() and _usable(g)]
        if not lead:
            continue
        items, pos = [], _BLANKS.match(text, colon.end()).end()
        while (m := _ITEM.match(text, pos)) is not None:
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            first = next((g for g in figs if m.end() <= g.ns < le), None)
            if first is None or first.ns - m.end() > 3:
                items = []
                break  # an item without its figure first: not a breakdown by figures
            items.append(first)
            pos = le + 1
        if len(items) < 2:
            continue
        lead = [g for g in lead if not (g.kind == "count" and g.value == len(items))] or lead
        whole = lead[-1]
        if whole.value == len(items) or open_end.match(text, items[-1].ne):
            continue
        f = _check(t, items, whole, "a whole on a line before a colon, then its bulleted parts")
        if f:
            out.append(f)
    return out


@detector("arithmetic-breakdown", "internal")
def arithmetic_breakdown(facts: Facts) -> list:
    """A whole and the closed list of its parts («هم»، «كالتالي:»، «يتوزعون على»، «ليصل المجموع إلى»)
    whose sum is not the whole, bare numbers among the parts included."""
    out = []
    for t in facts:
        figs = figures_of(t)
        seen = set()
        prev = None
        for s0, s1 in _sentences_of(t, figs):
            for f in _whole_first(t, figs, s0, s1, prev) + _whole_after(t, figs, s0, s1, facts.reference):
                key = tuple((s.start, s.end) for s in f.spans)
                if key not in seen:
                    seen.add(key)
                    out.append(f)
            prev = (s0, s1)
        for f in _bulleted(t, figs):
            key = tuple((s.start, s.end) for s in f.spans)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


# «فبلغ مجموع القرضين 1.3 مليار روبل»، «إجمالي الاتفاقين»: a sum of two things named by a dual, each named with its
# figure before it in the paragraph («قرضاً قيمته 400 مليون روبل … بقرض قيمته 900 مليون روبل»)
_DUAL_SUM = re.compile(r"(?<!\w)(?:[وفب]?(?:ال)?(?:مجموع|اجمالي|مجمل|حصيله))\s+(?P<dual>(?:ال)?[^\W\d_]{2,}?(?:تين|تان|ين|ان))"
                       r"(?!\w)(?:\s+(?:معا|[^\W\d_]{2,}))?\s+(?:(?:الي|بلغ|نحو)\s+)?$")
_DUAL_REACH = 400  # characters before the sum where its two parts are looked for (in its paragraph)


def _dual_stem(dual: str) -> str:
    """The stem the two parts are named by: «القرضين» → «قرض»، «الاتفاقيتين» → «اتفاقي», «الدفعتين» → «دفع»."""
    w = dual[2:] if dual.startswith("ال") else dual
    return w[:-3] if w.endswith(("تين", "تان")) else w[:-2]


@detector("arithmetic-dual-sum", "internal")
def arithmetic_dual_sum(facts: Facts) -> list:
    """«قرضاً قيمته 400 مليون روبل، ثم … بقرض قيمته 900 مليون روبل، فبلغ مجموع القرضين 1.3 مليار روبل»: the sum of
    two things a dual names is the two figures stated for them before it (each after a word of the dual's stem,
    within a few words, in the same paragraph)."""
    out = []
    for t in facts:
        text = t.norm.text
        figs = [g for g in figures_of(t) if _usable(g)]
        for i, whole in enumerate(figs):
            m = _DUAL_SUM.search(text, max(0, whole.ns - 40), whole.ns)
            if m is None:
                continue
            stem = _dual_stem(m.group("dual"))
            if len(stem) < 3:
                continue
            named = re.compile(rf"(?<![^\W\d_])[وفبل]?(?:ال)?{re.escape(stem)}[^\W\d_]{{0,3}}(?:\s+[^\W\d_]+){{0,2}}\s+$")
            before = [g for g in figs[:i] if g.ne <= m.start() and m.start() - g.ne <= _DUAL_REACH
                      and g.dim == whole.dim and "\n" not in text[g.ne:m.start()]]
            parts = [g for g in before if named.search(text, max(0, g.ns - 40), g.ns)]
            if len(parts) != 2:
                continue
            f = _check(t, parts, whole, "the sum of the two things a dual names («مجموع القرضين») and their figures",
                       named=True)
            if f is not None:
                out.append(f)
    return out


_IN_BRACKETS = re.compile(r"\(([^()\n]{1,40})\)")
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?؟\n؛;]")


@detector("arithmetic-list-shares", "internal")
def arithmetic_list_shares(facts: Facts) -> list:
    """«ويملك المشروع أربعة شركاء: نوفاتك (50.1 بالمئة)، وتوتال (20 بالمئة)، و… (20 بالمئة)، و… (9.9 بالمئة)»: a
    counted list after a colon whose every item (between commas) carries its share in brackets, the count met
    by the items, names all the parts of one whole: the shares must add up to 100 (within the printed
    precision of each)."""
    from .counts import _cardinal  # a count of 2 to 12, in digits or Arabic or English words

    out = []
    for t in facts:
        text = t.norm.text
        figs = [g for g in figures_of(t) if g.kind == "percent"]
        for m in re.finditer(":", text):
            # the count among the three words before the colon («أربعة شركاء:»، «أربعة شركاء رئيسيين:», "four partners:")
            words = re.findall(r"[0-9]{1,2}|[^\W\d_]+", text[max(0, m.start() - 50):m.start()])[-3:]
            # (a superscript note mark «¹» is a word character but no digit to read)
            n = next((v for v in map(_cardinal, (w for w in words[:-1] if w.isalpha() or w.isascii())) if v is not None), None)
            if n is None:
                continue
            stop = _SENTENCE_END.search(text, m.end())  # (a decimal point is no stop: «50.1 بالمئة»)
            end = stop.start() if stop else len(text)
            chunks = [(k.start(), k.end()) for k in re.finditer(r"[^،,]+", text[m.end():end])]
            chunks = [(m.end() + a, m.end() + b) for a, b in chunks]
            if len(chunks) != n:
                continue
            shares = []
            for a, b in chunks:
                inside = [g for g in figs if a <= g.ns < b and any(br.start() < g.ns and g.ne <= br.end()
                                                                   for br in _IN_BRACKETS.finditer(text, a, b))]
                if len(inside) != 1:
                    break
                shares.append(inside[0])
            if len(shares) != n:
                continue
            total = sum(g.value for g in shares)
            # the list's precision is its finest share's: «50.1 … 20 … 20 … 9.9» prints 20 for 20.0
            half = min((g.hi - g.lo) / 2 for g in shares)
            if abs(total - 100) <= half * len(shares) + 0.05:
                continue
            out.append(_finding(
                "arithmetic-parts", "warning",
                f"The shares of the {n} parts listed ({' + '.join(g.row['text'].strip() for g in shares)}) add up to "
                f"{round(total, 2):g}%, not 100%.",
                shares,
                {"rule": "the shares in brackets of every part of a counted list add up to 100%",
                 "count": n, "parts": [_fig_ev(g) for g in shares], "computed": total},
            ))
    return out
