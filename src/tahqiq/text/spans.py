"""Choosing among overlapping spans: the one longest-leftmost selector.

Extractors find candidates that may overlap (an alias inside a longer alias, a reference split
in two pieces); :func:`select` keeps the ones that overlap no better one, chosen in the order of
``priority`` (by default the longest, then the leftmost), and returns them in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def longest_leftmost(start: int, end: int) -> tuple[int, int]:
    """The default priority: the longest span first, then the one that starts first."""
    return -(end - start), start


def select_greedy(items: Iterable[T], span: Callable[[T], tuple[int, int]],
                  priority: Callable[[T], tuple] | None = None) -> list[T]:
    """The readable algorithm of :func:`select`: every item in the order of ``priority``, kept when
    it overlaps no item kept before it; returned sorted by start."""
    items = list(items)
    order = sorted(range(len(items)), key=(lambda i: priority(items[i])) if priority else
                   (lambda i: longest_leftmost(*span(items[i]))))
    # the spans taken are disjoint: kept sorted by start, one bisection finds the only one that
    # can overlap a new span (the last taken span starting before its end)
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[int] = []
    for i in order:
        s, e = span(items[i])
        k = bisect_left(starts, e)
        if k and ends[k - 1] > s:
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        chosen.append(i)
    return [items[i] for i in sorted(chosen, key=lambda i: (span(items[i])[0], i))]


def select(items: Iterable[T], span: Callable[[T], tuple[int, int]],
           priority: Callable[[T], tuple] | None = None) -> list[T]:
    """The items whose spans overlap no item chosen before them, taken in the order of
    ``priority`` (default :func:`longest_leftmost` of the span; ties keep the input order), and
    returned sorted by start. Spans are half-open ``(start, end)``: touching is not overlapping.

    The same choice as :func:`select_greedy`, made faster: items that overlap nothing (most of
    them in a long text) are kept without sorting by priority; the greedy choice runs only inside
    each chain of overlapping items, which no item of another chain can overlap."""
    items = list(items)
    spans = [span(x) for x in items]
    order = sorted(range(len(items)), key=lambda i: spans[i][0])
    chosen: list[int] = []
    group: list[int] = []
    end = None
    for i in [*order, None]:
        if i is not None and end is not None and spans[i][0] < end:  # overlaps the chain
            group.append(i)
            end = max(end, spans[i][1])
            continue
        if len(group) == 1:
            chosen.append(group[0])
        elif group:
            kept = select_greedy(group, span=lambda j: spans[j],
                                 priority=(lambda j: (priority(items[j]), j)) if priority else
                                 (lambda j: (*longest_leftmost(*spans[j]), j)))
            chosen.extend(kept)
        if i is not None:
            group, end = [i], spans[i][1]
    return [items[i] for i in sorted(chosen, key=lambda i: (spans[i][0], i))]


def within(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test ``inside(start, end)``: whether some span ``(s, e)`` of ``spans`` holds ``[start, end)``
    (``s <= start`` and ``end <= e``), the same as ``any(...)`` over the spans but in log time
    (the spans sorted once, with the running maximum of their ends), so a long text with many
    blocks is not read once per row."""
    from itertools import accumulate

    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start)
        return bool(k) and reach[k - 1] >= end

    return inside


_HELD: dict[int, tuple[list, int, list[int], list[int], list[int]]] = {}


_SHORT = 12
"""A list this short is filtered directly, not indexed (an index of each sentence's few mentions
would push the text's long lists out of the cache)."""


def _index(items: list) -> tuple[list, int, list[int], list[int], list[int]]:
    """The items' start offsets sorted once per list (kept while the list is alive and of the same length)."""
    key = id(items)
    got = _HELD.pop(key, None)
    if got is None or got[0] is not items or got[1] != len(items):
        if len(_HELD) >= 16:  # the least recently asked list goes (clearing all made a text's long
            del _HELD[next(iter(_HELD))]  # list of mentions be sorted again after every 16 short lists)
        order = sorted(range(len(items)), key=lambda i: items[i].nstart)
        odd = [i for i in range(len(items)) if items[i].nend < items[i].nstart]  # an end before the start
        got = (items, len(items), [items[i].nstart for i in order], order, odd)
    _HELD[key] = got  # the most recently asked last
    return got


def held_by(items: list[T], s: int, e: int) -> list[T]:
    """``[x for x in items if s <= x.nstart and x.nend <= e]`` (same items, same order) in log time
    plus the items returned: the items' start offsets are sorted once per list (kept while the list
    is alive and of the same length), so the mentions of each sentence of a long text are not found
    by reading every mention once per sentence (quadratic in the text's length). ``items`` must not
    be changed in place while it is asked about (a new length rebuilds the index)."""
    if len(items) <= _SHORT:
        return [x for x in items if s <= x.nstart and x.nend <= e]
    _, _, starts, order, odd = _index(items)
    lo, hi = bisect_left(starts, s), bisect_right(starts, e)
    idx = [i for i in order[lo:hi] if items[i].nend <= e]
    idx += [i for i in odd if s <= items[i].nstart and items[i].nend <= e and not (s <= items[i].nstart <= e)]
    return [items[i] for i in sorted(idx)]


def starting_in(items: list[T], s: int, e: int) -> list[T]:
    """``[x for x in items if s <= x.nstart < e]`` (same items, same order) in log time plus the items
    returned, on the index of :func:`held_by`."""
    if len(items) <= _SHORT:
        return [x for x in items if s <= x.nstart < e]
    _, _, starts, order, _ = _index(items)
    return [items[i] for i in sorted(order[bisect_left(starts, s):bisect_left(starts, e)])]


_MARKS: dict[str, re.Pattern] = {}


def _marks(chars: str) -> re.Pattern:
    rx = _MARKS.get(chars)
    if rx is None:
        rx = _MARKS[chars] = re.compile("[" + re.escape(chars) + "]")
    return rx


def last_mark(text: str, chars: str, end: int, start: int = 0) -> int:
    """``max(text.rfind(c, start, end) for c in chars)``: the offset of the last of ``chars`` in
    ``text[start:end]``, or -1. Read backwards in doubling windows, so the cost is the distance to
    the mark, not the text's length for every character of ``chars`` the text lacks (a clause start
    asked for each figure of a long text was quadratic)."""
    rx = _marks(chars)
    width = 256
    hi = end
    while hi > start:
        lo = max(start, hi - width)
        found = -1
        for m in rx.finditer(text, lo, hi):
            found = m.start()
        if found >= 0:
            return found
        hi, width = lo, width * 2
    return -1


def first_mark(text: str, chars: str, start: int, end: int | None = None) -> int:
    """``min(i for i in (text.find(c, start, end) for c in chars) if i >= 0)``, or -1: one regex
    search that stops at the first mark."""
    m = _marks(chars).search(text, start, len(text) if end is None else end)
    return m.start() if m else -1


def in_brackets(text: str, s: int, e: int) -> bool:
    """``text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")")`` (an era letter «م»/«هـ» may
    stand before the bracket) without copying the
    text's head and tail (asked for each mention of a long text, the copies were quadratic)."""
    i = s - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    j = e
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] in "مه" and (j + 1 == len(text) or not text[j + 1].isalpha()):
        j += 1  # an era letter after the years: «(1931-2007م)»، «(1350-1420هـ)»
        while j < len(text) and (text[j].isspace() or text[j] == "ـ"):
            j += 1
    return i >= 0 and text[i] == "(" and j < len(text) and text[j] == ")"


def lines_from(text: str, pos: int):
    """``iter(text[pos:].split("\\n"))`` read lazily: a loop that stops after a few lines does not
    copy and split the rest of the text."""
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            yield text[pos:]
            return
        yield text[pos:nl]
        pos = nl + 1


MIN_WRAPPED_LINE = 50
"""The shortest line read as wrapped by its writer's editor or a PDF's layout (a shorter line without a
stop is a heading or a label)."""
_LINE_OPENS_BLOCK = re.compile(r"[ \t]*(?:$|[-*•–#>|]|\(?\d{1,2}[.)-]\s|\[\d)")


def wraps(text: str, nl: int) -> bool:
    """Whether the line end at ``nl`` only wraps a paragraph: the line it ends is long
    (:data:`MIN_WRAPPED_LINE`), and a line of text follows that opens no bullet, number, heading or
    quotation."""
    start = text.rfind("\n", 0, nl) + 1
    return len(text[start:nl].rstrip()) >= MIN_WRAPPED_LINE and not _LINE_OPENS_BLOCK.match(text, nl + 1)


_SENTENCE_ENDS = ".!?؟:؛"
_WRAP_CANDIDATE = re.compile(rf"[^{_SENTENCE_ENDS}\s][ \t]*\n(?=[ \t]*\S)")


def wraps_sentence(text: str, nl: int) -> bool:
    """Whether the line end at ``nl`` wraps a paragraph (:func:`wraps`) inside a sentence: its line ends in
    no stop, colon or semicolon."""
    line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    return wraps(text, nl) and line[-1] not in _SENTENCE_ENDS


def flowing(text: str) -> str:
    """``text`` with each line end that only wraps a sentence read as a space (:func:`wraps_sentence`:
    «… أي نحو 79.8⏎بالمئة»، «15.75 مليار متر⏎مكعب»): the same length, so
    every offset holds. A text whose paragraphs are single lines comes back unchanged."""
    chars = None
    for m in _WRAP_CANDIDATE.finditer(text):
        nl = m.end() - 1
        start = text.rfind("\n", 0, nl) + 1
        if wraps_sentence(text, nl) and "   " not in text[start:nl] and "   " not in text[nl + 1:nl + 40]:
            # (runs of spaces are a page's layout, columns set apart, not a sentence wrapped)
            if chars is None:
                chars = list(text)
            chars[nl] = " "
    return text if chars is None else "".join(chars)

