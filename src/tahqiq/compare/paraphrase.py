"""Aligning passages that one work takes from another, and the facts that changed on the way.

:func:`align_passages` finds passages of one text that quote or paraphrase another text by
order-insensitive similarity (weighted bags of lightly stemmed words: word order is scrambled
within the lines of some PDF extractions), and records whether either text cites the other in a
note or bibliography entry. :func:`changed_facts` compares the aligned passages' dates, numbers
and centuries and reports those that changed on the way.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from ..extract.numerals import words_value
from ..facts import TextFacts
from ..segment.sentences import STOP_RUN_OR_LINE, between, ends
from ..text.intervals import label
from ..text.normtext import fold
from .collate import _WORDS, Text, _as_facts, _close, _is_name, _spelling_key, _words
from ..text.intervals import year_of

ALIGN_COLUMNS = (
    "file_a", "start_a", "end_a", "text_a", "file_b", "start_b", "end_b", "text_b", "similarity", "cites",
)
"""Columns of :func:`align_passages`. ``cites`` is the text of a note or bibliography entry of
either text that names the other (None when neither cites the other)."""

CHANGE_COLUMNS = (
    "file_a", "start_a", "end_a", "text_a", "file_b", "start_b", "end_b", "text_b",
    "fact", "value_a", "value_b", "passage",
)
"""Columns of :func:`changed_facts`: one row per fact that differs between aligned passages;
``passage`` is the row number of the passage in the alignment table."""


# --------------------------------------------------------------------------- passage alignment

STOPWORDS = frozenset(fold(w) for w in (
    "من", "في", "إلى", "الى", "على", "علي", "عن", "أن", "إن", "ان", "التي", "الذي", "الذين", "هذه", "هذا", "ذلك",
    "تلك", "مع", "بين", "كما", "أو", "ثم", "قد", "لا", "لم", "لن", "ما", "كل", "بعد", "قبل", "حيث", "إذ", "اذ",
    "وهو", "وهي", "هو", "هي", "كان", "كانت", "عام", "عن", "و", "أي", "غير", "منذ", "خلال", "عبر", "فقد", "وقد",
    "the", "of", "and", "to", "in", "a", "an", "is", "are", "was", "were", "for", "on", "that", "by", "with", "as",
    "at", "from", "it", "its", "this", "be", "or", "which", "has", "have", "had", "not", "their", "also",
))
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("ات", "ون", "ين", "ان", "ها", "هم", "ه", "ي")


def stem(word: str) -> str:
    """A light stem: Arabic clitics and common endings stripped, Latin lowercased without plural s."""
    w = fold(word).casefold()
    if w.isascii():
        return w[:-1] if len(w) > 4 and w.endswith("s") else w
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for _ in range(2):
        for s in _SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= 3:
                w = w[: -len(s)]
                break
    return w


@dataclass(frozen=True)
class _Word:
    start: int  # normalised offsets
    end: int
    stem: str


PROSE_KINDS = frozenset({"paragraph", "list_item", "abstract"})
"""Block kinds (:mod:`tahqiq.segment.blocks`) whose words can be a borrowed passage: not notes,
bibliography entries, headers, metadata or boilerplate, which name sources instead."""


def _prose(t: TextFacts) -> list[tuple[int, int]]:
    """Raw spans of the prose blocks of ``t``, in text order (once per text)."""
    cached = t.__dict__.get("_prose")
    if cached is None:
        blocks = t.blocks[t.blocks["kind"].isin(PROSE_KINDS)]
        cached = t.__dict__["_prose"] = sorted(zip(blocks["start"].astype(int), blocks["end"].astype(int)))
    return cached


def _rows(t: TextFacts, table: str) -> list:
    """The rows of one of ``t``'s tables as named tuples, once per text (not once per passage)."""
    key = f"_rows_{table}"
    if key not in t.__dict__:
        df = getattr(t, table)
        if table == "dates":
            df = df[df["start_date"].notna()]
        t.__dict__[key] = list(df.itertuples())
    return t.__dict__[key]


def _content_words(t: TextFacts) -> list[_Word]:
    """The stemmed content words of the prose blocks of ``t`` (stop words left out), computed once
    per text (kept on its facts) however many texts it is aligned with."""
    cached = t.__dict__.get("_content_words")
    if cached is None:
        cached = t.__dict__["_content_words"] = _compute_content_words(t)
    return cached


def _compute_content_words(t: TextFacts) -> list[_Word]:
    out = []
    for s, e in (t.norm.norm_span(rs, re_) for rs, re_ in _prose(t)):
        for m in re.finditer(r"[^\W\d_]{2,}", t.norm.text[s:e]):
            if fold(m.group()).casefold() not in STOPWORDS:
                out.append(_Word(s + m.start(), s + m.end(), stem(m.group())))
    return out




def _units(t: TextFacts, words: list[_Word], size: int) -> list[tuple[int, int]]:
    """Ranges of word indexes: the sentences of ``t``, long ones cut into chunks of ``size`` words."""
    starts = [w.start for w in words]
    units = []
    for pos, end in between(t.norm.text, STOP_RUN_OR_LINE):
        i, j = bisect_left(starts, pos), bisect_left(starts, end)
        n = j - i
        if n:
            k = max(1, math.ceil(n / size))
            step = math.ceil(n / k)
            units.extend((x, min(x + step, j)) for x in range(i, j, step))
    return units


def _unit_ranges(t: TextFacts, words: list[_Word], size: int) -> list[tuple[int, int]]:
    """:func:`_units` of a text's content words, once per text and size (kept on its facts)."""
    memo = t.__dict__.setdefault("_unit_ranges", {})
    if size not in memo:
        memo[size] = _units(t, words, size)
    return memo[size]


def _stem_counts(t: TextFacts, words: list[_Word]) -> Counter:
    """How often each stem stands among a text's content words, once per text."""
    cached = t.__dict__.get("_stem_counts")
    if cached is None:
        cached = t.__dict__["_stem_counts"] = Counter(w.stem for w in words)
    return cached


def _weights(wa: list[_Word], wb: list[_Word], ca: Counter | None = None, cb: Counter | None = None) -> dict[str, float]:
    """Inverse frequency weights of stems over both texts (``ca``, ``cb``: their stem counts, if known)."""
    counts = (ca if ca is not None else Counter(w.stem for w in wa)) + (cb if cb is not None else Counter(w.stem for w in wb))
    total = sum(counts.values())
    return {s: math.log(1 + total / c) for s, c in counts.items()}


def _best_window(stems: set[str], positions: dict[str, list[int]], weight: dict[str, float],
                 width: int, stem_at: list[str] | None = None) -> tuple[float, int, int]:
    """The window of ``width`` words of the other text holding the most weight of ``stems``.
    ``stem_at`` (the other text's stem at each word index, if known) sorts the hits as plain
    positions: a position holds one stem, so the order is that of the (position, stem) pairs."""
    if stem_at is None:
        hits = sorted((p, s) for s in stems for p in positions.get(s, ()))
        at, of = [p for p, _ in hits], [s for _, s in hits]
    else:
        at = sorted([p for s in stems for p in positions.get(s, ())])
        of = [stem_at[p] for p in at]
    # the hits as parallel lists (position, stem, its weight): the same additions in the same order
    ws = [weight[s] for s in of]
    best, best_lo, best_hi = 0.0, 0, 0
    inside: dict[str, int] = {}
    score = 0.0
    lo = 0
    for p, s, w in zip(at, of, ws):
        n = inside.get(s, 0)
        if n == 0:
            score += w
        inside[s] = n + 1
        limit = p - width
        while at[lo] < limit:
            ls = of[lo]
            n = inside[ls] - 1
            inside[ls] = n
            if n == 0:
                score -= ws[lo]
            lo += 1
        if score > best:
            best, best_lo, best_hi = score, at[lo], p
    return (best, best_lo, best_hi)


def _positions(t: TextFacts, words: list[_Word]) -> tuple[dict[str, list[int]], list[str]]:
    """Where each stem stands among a text's content words, and the stem at each index, once per text."""
    cached = t.__dict__.get("_stem_positions")
    if cached is None:
        positions: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(words):
            positions[w.stem].append(i)
        cached = t.__dict__["_stem_positions"] = (dict(positions), [w.stem for w in words])
    return cached


def _unit_sets(t: TextFacts, words: list[_Word], size: int) -> list[tuple[int, int, set[str]]]:
    """The units of a text (:func:`_unit_ranges`) with the set of their stems, once per text and size."""
    memo = t.__dict__.setdefault("_unit_sets", {})
    if size not in memo:
        memo[size] = [(i, j, {w.stem for w in words[i:j]}) for i, j in _unit_ranges(t, words, size)]
    return memo[size]


def _citing_text(citer: TextFacts, cited: TextFacts, span: tuple[int, int], n: int = 6) -> str | None:
    """The note or bibliography entry of ``citer`` that names ``cited``, or None.

    An entry names the cited text when it shares a run of ``n`` words with it (its title or its
    journal's name in a running header) and its year, if any, is the cited text's publication
    year. A note whose marker stands in the passage ``span`` (or just after it) is preferred,
    then the entry sharing the most runs.
    """
    grams = cited.__dict__.get(f"_grams{n}")
    if grams is None:  # once per text, not per pair
        words = [fold(w).casefold() for w in _WORDS.findall(cited.norm.text)]
        grams = cited.__dict__[f"_grams{n}"] = {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
    year = year_of(cited.published) if cited.published else None
    cits = citer.citations
    near = set(cits.loc[(cits["start"] >= span[0]) & (cits["start"] <= span[1] + 40), "note_start"].dropna().astype(int))
    best: tuple[bool, int, str] | None = None
    for start, ryear, ws, text in _entries(citer):
        if year is not None and ryear is not None and year_of(ryear) != year:
            continue
        hits = sum(tuple(ws[i:i + n]) in grams for i in range(len(ws) - n + 1))
        if hits and (best is None or (start in near, hits) > best[:2]):
            best = (start in near, hits, text)
    return best[2] if best else None


def _entries(t: TextFacts) -> list[tuple[int, str | None, list[str], str]]:
    """The notes and bibliography entries of ``t`` (start, year, folded words, text), once per text."""
    cached = t.__dict__.get("_cite_entries")
    if cached is None:
        cached = t.__dict__["_cite_entries"] = [
            (r.start, str(r.year) if pd.notna(r.year) else None,
             [fold(w).casefold() for w in _WORDS.findall(fold(r.text))], str(r.text))
            for table in (t.notes, t.bibliography) for r in table.itertuples()]
    return cached


def _sentence_ends(t: TextFacts) -> list[int]:
    """Normalised offsets just after each sentence end (stop or line break), with the text's ends
    (once per text)."""
    cached = t.__dict__.get("_sentence_ends")
    if cached is None:
        cached = t.__dict__["_sentence_ends"] = [0, *ends(t.norm.text, STOP_RUN_OR_LINE), len(t.norm.text)]
    return cached


def _widen(text: str, ends: list[int], start: int, end: int) -> tuple[int, int]:
    """A normalised span widened to the sentences it touches, without white space at its edges."""
    s = ends[bisect_right(ends, start) - 1]
    e = ends[bisect_left(ends, end)]
    while s < start and text[s].isspace():
        s += 1
    while e > end and text[e - 1].isspace():
        e -= 1
    return s, e


def align_passages(a: Text, b: Text, min_similarity: float = 0.5, min_passage: float = 0.6,
                   unit_size: int = 30, min_words: int = 8, min_units: int = 2, prune: bool = True) -> pd.DataFrame:
    """Passages of ``a`` that quote or paraphrase ``b`` (columns :data:`ALIGN_COLUMNS`).

    Each sentence of ``a`` (long sentences cut into chunks of ``unit_size`` content words) is
    matched with the window of ``b`` holding the largest inverse-frequency weight of its stems,
    in any order; ``similarity`` is that weight over the unit's own. Units reaching
    ``min_similarity`` whose matches lie close together in ``b`` are merged into one passage; the
    passage's ``similarity`` is the mean of its units', and a passage below ``min_passage`` or of
    fewer than ``min_units`` units is dropped (a sentence or two sharing the topic's vocabulary is
    not a borrowing).

    ``prune`` (the default) skips the units, and the pairs, that cannot reach ``min_similarity``
    because ``b`` holds too little of their stems' weight anywhere; the result is the same as
    without it (a test compares them), only cheaper for the many pairs that share nothing.
    """
    fa, fb = _as_facts(a, "<a>"), _as_facts(b, "<b>")
    wa, wb = _content_words(fa), _content_words(fb)
    cb = _stem_counts(fb, wb)
    # :func:`_weights` of the stems of ``a`` only (no other is looked up), without adding the counts
    total = len(wa) + len(wb)
    weight = {s: math.log(1 + total / (c + cb.get(s, 0))) for s, c in _stem_counts(fa, wa).items()}
    # a window of b holds at most the weight of the unit's stems found anywhere in b: a unit whose
    # stems b holds by less than ``min_similarity`` of their weight cannot match, and a pair with
    # fewer than ``min_units`` units that can is not aligned at all (the result is the same)
    units = []
    for i, j, stems in _unit_sets(fa, wa, unit_size):
        if len(stems) < min_words:
            continue
        total = sum(weight[s] for s in stems)
        if not prune or sum(weight[s] for s in stems if s in cb) >= min_similarity * total - 1e-9:
            units.append((i, j, stems, total))
    if prune and len(units) < min_units:
        return _EMPTY_ALIGN.copy()
    positions, stem_at = _positions(fb, wb)
    found: list[tuple[int, int, int, int, float]] = []
    for i, j, stems, total in units:
        score, lo, hi = _best_window(stems, positions, weight, width=2 * len(stems), stem_at=stem_at)
        if score / total >= min_similarity:
            found.append((i, j, lo, hi + 1, score / total))
    passages: list[list] = []
    for i, j, lo, hi, sim in found:
        if passages:
            p = passages[-1]
            if i <= p[1] + 2 * unit_size and lo <= p[3] + 2 * unit_size and hi >= p[2] - 2 * unit_size:
                p[1], p[2], p[3] = j, min(p[2], lo), max(p[3], hi)
                p[4].append(sim)
                continue
        passages.append([i, j, lo, hi, [sim]])
    rows = []
    ends_a, ends_b = _sentence_ends(fa), _sentence_ends(fb)
    for i, j, lo, hi, sims in (p for p in passages if len(p[4]) >= min_units and sum(p[4]) / len(p[4]) >= min_passage):
        sa = fa.norm.raw_span(*_widen(fa.norm.text, ends_a, wa[i].start, wa[j - 1].end))
        sb = fb.norm.raw_span(*_widen(fb.norm.text, ends_b, wb[lo].start, wb[hi - 1].end))
        cites = _citing_text(fa, fb, sa) or _citing_text(fb, fa, sb)
        rows.append((fa.file, *sa, fa.raw[sa[0]:sa[1]], fb.file, *sb, fb.raw[sb[0]:sb[1]],
                     round(sum(sims) / len(sims), 3), cites))
    return pd.DataFrame(rows, columns=list(ALIGN_COLUMNS)) if rows else _EMPTY_ALIGN.copy()


_EMPTY_ALIGN = pd.DataFrame([], columns=list(ALIGN_COLUMNS))
"""The empty alignment (copied: building an empty frame costs more than most pairs' alignment)."""


# --------------------------------------------------------------------------- facts of aligned passages


@dataclass(frozen=True)
class _Fact:
    kind: str  # "date", "number" or "name"
    start: int  # raw offsets
    end: int
    value: tuple
    label: str
    context: frozenset


def _ordinal_run(words: list[str], k: int, step: int) -> list[str]:
    """The number words next to ``words[k]`` going ``step`` (+1 after, -1 before it)."""
    run = []
    i = k + step
    while 0 <= i < len(words):
        w = words[i][1:] if words[i].startswith("و") and words_value(words[i][1:]) else words[i]
        if words_value(w) is None:
            break
        run.append(w)
        i += step
    return run


def centuries(t: TextFacts, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Arabic century phrases in the raw span, read in any word order: ``(rstart, rend, y0, y1)``.

    «القرن» with the ordinal words next to it (after it, or before it when the line's word order
    is reversed, as in scrambled PDF extraction), and «العقد» with its ordinal within three words:
    «العقد الأول من القرن الحادي والعشرين» and «والعشرين الحادي القرن من الأول العقد» are both
    2000–2009; «القرن العشرين» is 1900–1999.
    """
    ns, ne = t.norm.norm_span(start, end)
    found = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\u0621-\u064A]+", t.norm.text[ns:ne])]
    words = [w for _, _, w in found]
    out = []
    for k, w in enumerate(words):
        if stem(w) != "قرن":
            continue
        after, before = _ordinal_run(words, k, 1), _ordinal_run(words, k, -1)
        run, step = (after, 1) if after else (before, -1)
        n = sum(words_value(x)[0] for x in run)
        if not 1 <= n <= 30:
            continue
        lo, hi = k, k + step * len(run)
        y0, y1 = (n - 1) * 100, (n - 1) * 100 + 99
        for d in range(max(0, k - 4), min(len(words), k + 5)):
            if stem(words[d]) != "عقد" or d in range(min(lo, hi), max(lo, hi) + 1):
                continue
            gap = t.norm.text[ns + found[min(d, k)][1]:ns + found[max(d, k)][0]]
            if STOP_RUN_OR_LINE.search(gap):
                continue
            for o in (d + 1, d - 1):
                v = words_value(words[o]) if 0 <= o < len(words) and o not in (k,) else None
                if v and v[1] and 1 <= v[0] <= 10 and not (min(lo, hi) <= o <= max(lo, hi)):
                    y0, y1 = y0 + (v[0] - 1) * 10, y0 + (v[0] - 1) * 10 + 9
                    lo, hi = min(lo, hi, d, o), max(lo, hi, d, o)
                    break
            else:
                continue
            break
        a, b = min(lo, hi), max(lo, hi)
        rs, re_ = t.norm.raw_span(ns + found[a][0], ns + found[b][1])
        out.append((rs, re_, y0, y1))
    return out


def _context(t: TextFacts, start: int, end: int, reach: int = 60) -> frozenset:
    """Stems of the content words on the same line within ``reach`` characters of a raw span
    (numbers and number words left out)."""
    ns, ne = t.norm.norm_span(start, end)
    text = t.norm.text
    line_start = text.rfind("\n", 0, ns) + 1
    line_end = text.find("\n", ne)
    if line_end < 0:
        line_end = len(text)
    lo, hi = max(line_start, ns - reach), min(line_end, ne + reach)
    return frozenset(
        stem(m.group()) for m in re.finditer(r"[^\W\d_]{2,}", text[line_start:line_end])
        if line_start + m.end() > lo and line_start + m.start() < hi
        and fold(m.group()).casefold() not in STOPWORDS and words_value(m.group().removeprefix("و")) is None
    )


interval_label = label
"""``2004``, ``2000–2009``, ``2004-06``: :func:`tahqiq.text.intervals.label`."""


# A capitalised Latin word (with the capitalised words after it), or an Arabic word: candidates
# that :func:`_is_name` accepts or rejects from their context.
_NAME_RUN = re.compile(r"\b[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*)*|(?<![\u0621-\u064A])[\u0621-\u064A]{3,}")


def passage_facts(t: TextFacts, start: int, end: int) -> list[_Fact]:
    """Dates (with centuries read in any word order), names and figures in the prose of a raw span."""
    prose = [(max(s, start), min(e, end)) for s, e in _prose(t) if s < end and e > start]
    facts: list[_Fact] = []
    cents = [c for s, e in prose for c in centuries(t, s, e)]
    for rs, re_, y0, y1 in cents:
        facts.append(_Fact("date", rs, re_, (f"{y0:04d}-01-01", f"{y1:04d}-12-31"),
                           label(f"{y0:04d}-01-01", f"{y1:04d}-12-31"), _context(t, rs, re_)))
    for r in _rows(t, "dates"):
        if r.type in ("relative", "url_date") or not any(s <= r.start and r.end <= e for s, e in prose):
            continue
        if any(r.start < c[1] and c[0] < r.end for c in cents):
            continue
        facts.append(_Fact("date", r.start, r.end, (r.start_date, r.end_date),
                           interval_label(r.start_date, r.end_date), _context(t, r.start, r.end)))
    for s, e in prose:
        for m in _NAME_RUN.finditer(t.raw, s, e):
            if _is_name(m.group().split()[0], t.raw[max(s, m.start() - 40):m.start()], False):
                facts.append(_Fact("name", m.start(), m.end(), tuple(sorted(map(_spelling_key, _words(m.group())))),
                                   m.group(),
                                   _context(t, m.start(), m.end())))
    for r in _rows(t, "figures"):
        if r.type == "ordinal" or not any(s <= r.start and r.end <= e for s, e in prose):
            continue
        unit = "" if pd.isna(r.unit) else str(r.unit)
        facts.append(_Fact("number", r.start, r.end, (float(r.value), unit), f"{r.value:g} {unit}".strip(),
                           _context(t, r.start, r.end)))
    return sorted(facts, key=lambda f: f.start)


def _word_keys(t: TextFacts, start: int, end: int) -> set[str]:
    """Spelling keys of the words of a raw span."""
    return {_spelling_key(w) for w in _words(t.raw[start:end])}


def _compatible(x: _Fact, y: _Fact) -> bool:
    """Two facts of one kind that can both be true of the same thing: the same value, a date
    interval inside the other («September 2022» and «2022»), a number in another unit."""
    if x.kind != y.kind:
        return False
    if x.kind == "date":
        (xs, xe), (ys, ye) = x.value, y.value
        return (xs <= ys and ye <= xe) or (ys <= xs and xe <= ye)
    if x.kind == "number":
        return x.value[0] == y.value[0]
    return x.value == y.value


def _stated(f: _Fact, facts: list[_Fact], words: set[str]) -> bool:
    """Whether the other side states fact ``f``: a compatible fact, or for a name all its words
    (with or without a cue: word order and cues do not survive scrambled lines)."""
    return any(_compatible(f, g) for g in facts) or (f.kind == "name" and set(f.value) <= words)


def changed_facts(a: Text, b: Text, passages: pd.DataFrame | None = None, min_shared: int = 2) -> pd.DataFrame:
    """Facts that differ between aligned passages of ``a`` and ``b`` (columns :data:`CHANGE_COLUMNS`).

    In each passage pair, a fact of one side that the other side also states (the same value, or a
    date within the other's interval) is set aside; the remaining facts of the two sides are paired, kind with kind, by the content words around
    them (at least ``min_shared`` stems in common, the best pairing first): each such pair is a
    fact that changed on the way. A fact with no counterpart (an addition or an omission) is not
    a change, nor is a name spelled a little differently.
    """
    fa, fb = _as_facts(a, "<a>"), _as_facts(b, "<b>")
    if passages is None:
        passages = align_passages(fa, fb)
    rows = []
    for n, p in enumerate(passages.itertuples()):
        xa = passage_facts(fa, p.start_a, p.end_a)
        xb = passage_facts(fb, p.start_b, p.end_b)
        wa, wb = _word_keys(fa, p.start_a, p.end_a), _word_keys(fb, p.start_b, p.end_b)
        left = [f for f in xa if not _stated(f, xb, wb)]
        right = [f for f in xb if not _stated(f, xa, wa)]
        pairs = sorted(
            ((len(x.context & y.context), i, j) for i, x in enumerate(left) for j, y in enumerate(right)
             if x.kind == y.kind and len(x.context & y.context) >= min_shared),
            reverse=True,
        )
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _, i, j in pairs:
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            x, y = left[i], right[j]
            if x.kind == "name" and _close(x.label, y.label):
                continue
            rows.append((fa.file, x.start, x.end, fa.raw[x.start:x.end], fb.file, y.start, y.end,
                         fb.raw[y.start:y.end], x.kind, x.label, y.label, n))
    df = pd.DataFrame(rows, columns=list(CHANGE_COLUMNS))
    return df.sort_values(["start_a", "start_b"], kind="stable").reset_index(drop=True)
