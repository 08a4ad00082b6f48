"""The fast part of the dates extractor: vectorised scans of a text's code points for the *keys*
of the families of patterns (digits, month names, «القرن», «منذ» …), and the windows around them
where the patterns run.

Every pattern belongs to a family whose expressions contain one of its keys, and runs only in the
windows around those keys (only in those that hold what the pattern needs, such as two years for a
range or the English word a case-insensitive pattern holds), or is matched only where a key
starts or ends when the pattern begins or ends with it, or only where it can begin (a lead word
such as «بين», a run of one or two digits). The plain API: :class:`KeyTables` (built from the word
tables of :mod:`.patterns`), :func:`keys`, :func:`urls` and :class:`KeyedText` (``find``,
``find_at_keys``, ``find_ending_at_keys``, ``in_url``), which the finder's rules call. The work is
linear in the length of the text (``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

import gc
from ...text import recache as re  # re, with compiled patterns kept between runs
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

import numpy as np

from ...text.normtext import ArabicWords, code_points, runs

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# White space (str.isspace, as \s) among the first code points; none lies above U+3000.
# (found by one C-speed scan of the characters: ``\s`` of a str pattern is ``str.isspace``)
_SPACE = np.zeros(0x3002, dtype=bool)
_SPACE[[m.start() for m in re.finditer(r"\s", "".join(map(chr, range(0x3001))))]] = True
_DIGITS = re.compile(r"\d+")
_DATE_SEP_AFTER = re.compile(r"\s*[/.-]\s*\d")
_compile = lru_cache(maxsize=None)(re.compile)
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\u0600-\u06FF]+")


@dataclass
class KeyTables:
    """The lookup tables of the scan, built once from the word tables of the patterns.

    Arabic word keys (with a clitic و/ب/ل/ف or not) and lead words are found by one
    :class:`ArabicWords` lookup; English keys by matching ``en`` only where a run of Latin
    letters begins with the first three letters of a key; digit runs as runs of ASCII digits.
    ``latin_words`` names the words every match of a case-insensitive English pattern holds.
    """

    arabic: ArabicWords
    key_words: dict[str, str]  # Arabic key word -> family
    lead_words: dict[str, str]  # Arabic word beginning some patterns -> its mark
    key_words_en: dict[str, str]  # English key word (in its cases) -> family
    en: re.Pattern
    reach: dict[str, tuple[int, int]]
    latin_words: dict[str, tuple[str, ...]]
    word_kinds: dict = field(init=False)
    en_start: np.ndarray = field(init=False)
    latin_word_names: dict = field(init=False)
    latin_word_sizes: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        # what a word the lookup finds is: (True, family) for a key (with a clitic or not),
        # (False, mark) for a lead word, None for a lead word after a clitic
        kinds: dict[str, tuple[bool, str] | None] = {}
        for c in self.arabic.clitics:
            kinds.update(dict.fromkeys((c + w for w in self.lead_words), None))
            kinds.update({c + w: (True, f) for w, f in self.key_words.items()})
        kinds.update({w: (True, f) for w, f in self.key_words.items()})
        kinds.update({w: (False, m) for w, m in self.lead_words.items()})
        self.word_kinds = kinds
        # by the first three letters, as (c0 * 128 + c1) * 128 + c2
        self.en_start = np.zeros(128 ** 3, dtype=bool)
        self.en_start[[(ord(w[0]) * 128 + ord(w[1])) * 128 + ord(w[2]) for w in self.key_words_en]] = True
        self.latin_word_names = {w: name for name, words in self.latin_words.items() for w in words}
        self.latin_word_sizes = np.zeros(max(map(len, self.latin_word_names)) + 2, dtype=bool)  # last: longer
        self.latin_word_sizes[[len(w) for w in self.latin_word_names]] = True


def keys(t: str, tables: KeyTables) -> tuple[dict[str, list[tuple[int, int]]], dict[str, list[int]], tuple[np.ndarray, np.ndarray]]:
    """The spans of the keys of each family in ``t``, in text order; the marks, positions in text
    order where: a run of digits begins (``"digit"``), a run of one or two digits (``"day"``), a
    run of Latin letters (``"latin"``), a lead word (``"من"``, ``"بين"``, ``"ما"``, ``"ordinal"``:
    see ``KeyTables.lead_words``), an Arabic key word that a Latin letter precedes, so no key (``"glued"``);
    and the starts and ends of the runs of Latin letters."""
    spans: dict[str, list[tuple[int, int]]] = {f: [] for f in tables.reach}
    marks: dict[str, list[int]] = {k: [] for k in ("digit", "day", "latin", "glued", *set(tables.lead_words.values()))}
    if not t:
        return spans, marks, (np.zeros(0, np.intp), np.zeros(0, np.intp))
    codes = code_points(t)
    # word keys are whole words: no letter (Arabic or Latin) just before one
    glued = marks["glued"]
    for a, b in tables.arabic.spans(t, codes):
        kind = tables.word_kinds[t[a:b]]
        if kind is None:
            continue  # a clitic before a lead word
        if not kind[0]:
            marks[kind[1]].append(a)
        elif a and t[a - 1] in _ASCII_LETTERS:
            glued.append(a)
        else:
            spans[kind[1]].append((a, b))
    folded = codes | 32  # A-Z as a-z
    latin_runs = starts, ends = runs((folded >= 97) & (folded <= 122))  # runs of Latin letters
    marks["latin"] = starts.tolist()
    starts = starts[ends - starts >= 3]
    if len(starts):
        before = codes[np.maximum(starts - 1, 0)]
        ok = ~((before >= 0x0621) & (before <= 0x064A)) & tables.en_start[
            (codes[starts].astype(np.intp) * 128 + codes[starts + 1]) * 128 + codes[starts + 2]]
        english: dict[str, list[tuple[int, int]]] = {}
        for a in starts[ok].tolist():
            m = tables.en.match(t, a)
            if m:
                english.setdefault(tables.key_words_en[m.group()], []).append((a, m.end()))
        for family, found in english.items():
            spans[family] = sorted(spans[family] + found)
    # four digits: a year's key; digits before a separator (`_DATE_SEP_AFTER`): a date's
    high = codes[codes >= 0x0660]  # no other decimal digit lies below U+0660
    if len(high) and any(chr(c).isdecimal() for c in np.unique(high).tolist()):
        digit_runs = [m.span() for m in _DIGITS.finditer(t)]
        ds, de = (np.array([r[i] for r in digit_runs], dtype=np.intp) for i in (0, 1))
    else:
        ds, de = runs((codes >= 48) & (codes <= 57))
    size = de - ds
    marks["digit"] = ds.tolist()
    marks["day"] = ds[size <= 2].tolist()
    spans["year"] = list(zip(ds[size >= 4].tolist(), de[size >= 4].tolist()))
    # the character after a run, and the one after that (-1 past the end); a run followed by a
    # separator and an ASCII digit is a date's key; one followed by a separator or white space
    # then something that may belong to one is checked with the pattern; the others are not
    n = len(codes)
    c1, c2 = (np.where(de + k < n, codes[np.minimum(de + k, n - 1)].astype(np.int64), -1) for k in (0, 1))
    space1, space2 = _SPACE[np.clip(c1, 0, len(_SPACE) - 1)], _SPACE[np.clip(c2, 0, len(_SPACE) - 1)]
    sep1, sep2 = ((c == ord("/")) | (c == ord(".")) | (c == ord("-")) for c in (c1, c2))
    sure = sep1 & (c2 >= 48) & (c2 <= 57)
    maybe = (sep1 & ~sure & (space2 | (c2 >= 0x0660))) | (space1 & (sep2 | space2))
    sep_after, i = _DATE_SEP_AFTER.match, np.flatnonzero(sure | maybe)
    spans["numdate"] = [(a, b) for a, b, certain in zip(ds[i].tolist(), de[i].tolist(), sure[i].tolist())
                        if certain or sep_after(t, b)]
    return spans, marks, latin_runs


def urls(t: str) -> list[tuple[int, int]]:
    """The spans of ``URL.finditer(t)``, matched only where «http» or «www.» occurs."""
    starts = []
    for lead in ("http", "www."):
        i = t.find(lead)
        while i >= 0:
            starts.append(i)
            i = t.find(lead, i + 1)
    out, end = [], 0
    for a in sorted(starts):
        if a >= end and (m := URL.match(t, a)):
            out.append(m.span())
            end = m.end()
    return out


class KeyedText:
    """A normalised text with its keys found (when first asked): where the patterns run."""

    def __init__(self, text: str, tables: KeyTables):
        self.t = text
        self.tables = tables
        self.urls = urls(text)
        self.url_starts = [a for a, _ in self.urls]
        self._keys: dict[str, list[tuple[int, int]]] = {}
        self._marks: dict[str, list[int]] = {}
        self._latin_runs: tuple[np.ndarray, np.ndarray] = (np.zeros(0, np.intp), np.zeros(0, np.intp))
        self._windows: dict[str, list[tuple[int, int, int]]] = {}
        self._places: dict[tuple[tuple[str, ...], str], list[int]] = {}  # see _places_of
        self._latin_found: dict[str, list[int]] | None = None  # see _latin_words

    def windows(self, family: str) -> list[tuple[int, int, int]]:
        """Merged stretches of the text around the key tokens of a family of patterns, each as
        ``(start, end, number of keys in it)``.

        Every expression of a family contains one of its keys (a digit, a month name, «القرن» …),
        so its patterns need only run there: most of the text is never scanned by them.
        """
        if not self._windows:
            self._keys, self._marks, self._latin_runs = spans, _, _ = keys(self.t, self.tables)
            for f, found in spans.items():
                left, right = self.tables.reach[f]
                ks, ke = np.array(found, dtype=np.intp).reshape(-1, 2).T
                a, b = ks - left, ke + right
                # a key whose stretch begins after the end of all those before it begins a window
                first = np.ones(len(a), dtype=bool)
                first[1:] = a[1:] > np.maximum.accumulate(b)[:-1]
                i = np.flatnonzero(first)
                ends = np.maximum.reduceat(b, i) if len(i) else b
                self._windows[f] = list(zip(np.maximum(a[i], 0).tolist(), np.minimum(ends, len(self.t)).tolist(),
                                            np.diff(i, append=len(a)).tolist()))
        return self._windows[family]

    def find(self, pattern: str, family: str, needs: str | None = None, at: tuple[str, ...] | None = None):
        """Matches of ``pattern`` in the windows of ``family``, as matched on the whole text.

        ``needs`` says what every match of the pattern holds, so that windows without it are
        skipped: ``"two keys"`` of the family, or where one of the places named as in ``at``
        begins: ``"year"`` (a year key), ``"digit"``, ``"latin"``, a word of ``KeyTables.latin_words``. ``at``
        names the only places where a match can begin, so that the pattern is tried only there:
        ``"keys"`` (of the family), a mark of :func:`keys` (``"digit"``, ``"day"``, ``"latin"``,
        ``"من"`` …) or a name in ``KeyTables.latin_words``.
        """
        cp = _compile(pattern)
        t, n = self.t, len(self.t)
        windows = self.windows(family)
        if needs == "two keys":
            windows = [w for w in windows if w[2] >= 2]
        elif needs:
            marks = self._places_of((needs,), family)
            windows = [w for w in windows if (i := bisect_left(marks, w[0])) < len(marks) and marks[i] < w[1]]
        starts = self._places_of(at, family) if at and windows else None
        for a, b, _ in windows:
            if starts is None:
                found = cp.finditer(t, a, b)
            else:  # as finditer in the window: left to right, each match after the one before
                found = self._matches_at(cp, starts, a, b)
            for m in found:
                if m.end() >= b - 1 and b < n:  # cut by the window's end: match on the whole text
                    m = cp.match(t, m.start())
                    if m is None:
                        continue
                yield m

    def _places_of(self, names: tuple[str, ...], family: str) -> list[int]:
        """The positions, in text order, of the places ``names`` name (see :meth:`find`)."""
        key = (names, family)
        if key not in self._places:
            lists = [self._place(name, family) for name in names]
            self._places[key] = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        return self._places[key]

    def _place(self, name: str, family: str) -> list[int]:
        """The positions, in text order, of one place of :meth:`find`."""
        if name == "keys":
            return [a for a, _ in self._keys[family]]
        if name == "year":
            return [a for a, _ in self._keys["year"]]
        if name in self.tables.latin_words:
            return self._latin_words()[name]
        return self._marks[name]

    def _latin_words(self) -> dict[str, list[int]]:
        """For each name of ``KeyTables.latin_words``, where a run of Latin letters begins that is one of its
        words in any case (found for all at once, when first asked).

        A case-insensitive pattern also matches a few other letters (ſ for s, ı and İ for i, K
        for k): in a text that has one, every run of Latin letters is given instead."""
        if self._latin_found is None:
            if any(ch in self.t for ch in "\u0130\u0131\u017f\u212a"):
                self._latin_found = dict.fromkeys(self.tables.latin_words, self._marks["latin"])
            else:
                self._latin_found = found = {name: [] for name in self.tables.latin_words}
                starts, ends = self._latin_runs
                sizes = self.tables.latin_word_sizes
                fits = sizes[np.minimum(ends - starts, len(sizes) - 1)]
                for a, b in zip(starts[fits].tolist(), ends[fits].tolist()):
                    name = self.tables.latin_word_names.get(self.t[a:b].lower())
                    if name is not None:
                        found[name].append(a)
        return self._latin_found

    def _matches_at(self, cp: re.Pattern, marks: list[int], a: int, b: int) -> Iterator[re.Match]:
        """The matches of ``cp`` in ``t[a:b]`` that begin at one of the ``marks``, not overlapping."""
        end = a
        places = marks[bisect_left(marks, a) : bisect_left(marks, b)]
        for m in filter(None, map(cp.match, repeat(self.t), places, repeat(b))):
            if m.start() >= end:
                end = m.end()
                yield m

    def find_at_keys(self, pattern: str, family: str) -> Iterator[re.Match]:
        """Matches of ``pattern`` starting where a key of ``family`` starts (for patterns that
        begin with the key itself, such as a month name): no scanning at all."""
        self.windows(family)
        return filter(None, map(_compile(pattern).match, repeat(self.t), self._places_of(("keys",), family)))

    def find_ending_at_keys(self, pattern: str, family: str, last_words, reach: int = 40):
        """Matches of ``pattern`` that end where a key of ``family`` ends, at most ``reach``
        characters before it (for patterns that end with the key, such as «… الماضية»). The
        pattern ends with a whole word preceded by white space, one of ``last_words``: only keys
        that are one of them are tried."""
        self.windows(family)
        cp = _compile(pattern)
        t = self.t
        for ks, ke in self._keys[family]:
            if t[ks:ke] not in last_words:
                continue
            for m in cp.finditer(t, max(0, ks - reach), ke):
                if m.end() == ke:
                    yield m

    def in_url(self, a: int) -> bool:
        if not self.urls:
            return False
        i = bisect_right(self.url_starts, a) - 1
        return i >= 0 and a < self.urls[i][1]



@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, if it runs, for the duration.

    A long text gives tens of thousands of candidates: acyclic objects that live until the rows
    are built, whose allocation sets off full collections of the whole heap that find nothing to
    free (reference counting frees them as ever). Measured (processor time, best of two): on the
    1 MB strings of ``benchmarks/bench_dates.py`` 0.87 s -> 0.66 s (dense) and 1.08 s -> 0.84 s
    (random mix); on the corpus it makes no difference (27.5 ms -> 27.1 ms)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
