"""Collating two witnesses of one text, and aligning passages that one work takes from another.

:func:`collate` lists every place where two witnesses of one text differ (a *variant*), each with
its raw span in both files, classified as

* ``formatting``: Markdown markup, note markers (``<sup>(1)</sup>``, ``^(1)``, ``⁽¹⁾``, added,
  dropped or renumbered), escapes, digit script, diacritics and tatweel, line breaks,
  punctuation only;
* ``spelling``: the same word after orthographic folding (alef and hamza forms, ta marbuta,
  alef maqsura, case) or a small edit on a word that is not a number;
* ``number``: the digits differ (a year, a count, a date);
* ``name``: a proper name differs (a capitalised Latin word inside a sentence, a quoted word, or
  a word after a title or an institution word such as «الرئيس», «جامعة»);
* ``word``: any other insertion, deletion or substitution of words.

Only number, name and word variants ``changes_meaning``.

:func:`align_passages` finds passages of one text that quote or paraphrase another text by
order-insensitive similarity (weighted bags of lightly stemmed words: word order is scrambled
within the lines of some PDF extractions), and records whether either text cites the other in a
note or bibliography entry. :func:`changed_facts` compares the aligned passages' dates, numbers
and centuries and reports those that changed on the way.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import Document
from ..extract.numerals import words_value
from ..facts import TextFacts, text_facts
from ..text.normtext import fold

COLUMNS = (
    "file_a", "start_a", "end_a", "text_a", "file_b", "start_b", "end_b", "text_b",
    "class", "changes_meaning", "note",
)
"""Columns of :func:`collate`."""

CLASSES = ("formatting", "spelling", "number", "name", "word")
MEANING_CLASSES = frozenset({"number", "name", "word"})

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

Text = TextFacts | Document | str

# --------------------------------------------------------------------------- inputs and tokens


def _as_facts(x: Text, name: str) -> TextFacts:
    """A :class:`TextFacts` for a text given as facts, a document or a raw string."""
    if isinstance(x, TextFacts):
        return x
    if isinstance(x, Document):
        return text_facts(x)
    return text_facts(Document(path=Path(name), raw=x))


_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Tok:
    start: int  # normalised offsets
    end: int
    key: str  # NFKC of the normalised token: what the alignment compares


def _tokens(t: TextFacts) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), unicodedata.normalize("NFKC", m.group())) for m in _TOKEN.finditer(t.norm.text)]


# --------------------------------------------------------------------------- classification

# Markdown that carries no words of the text: link targets, autolink brackets, emphasis, heading
# and rule marks, superscript markers (^a, ^{a}, ^(1)) and <sup> tags.
_MARKUP = re.compile(r"\]\([^)\s]*\)|\[(?=[^\]\n]*\]\()|</?sup>|\\(?=[!-/:-@\[-`{-~])|\^\{|\^")
# Note markers: superscripts (<sup>(1)</sup>, ^(1), ^{a}, ^a, ⁽¹⁾). Adding, dropping or renumbering
# a marker is a difference of apparatus, not of the text's words.
_MARKER = re.compile(r"<sup>[^<]*(?:</sup>)?|\^\([^)\n]*\)|\^\{[^}\n]*\}?|\^\w|[⁽⁾⁰¹²³⁴-⁹]+")
_DELETED = re.compile("[\u0640\u064B-\u0652\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_HAMZA = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# Words that introduce a proper name (general titles and kinds of institution or place).
NAME_CUES = frozenset(fold(w) for w in (
    "الرئيس", "رئيس", "رئيسة", "وزير", "وزيرة", "الوزير", "السيد", "السيدة", "الدكتور", "د", "الزعيم",
    "المستشار", "الجنرال", "الأمير", "الملك", "الرئيسة", "جامعة", "مدينة", "شركة", "منظمة", "مؤسسة",
    "معهد", "مركز", "صحيفة", "وكالة", "مجلة", "جزيرة", "إقليم", "مقاطعة", "بحر", "نهر", "ميناء",
    "President", "Minister", "Mr", "Mrs", "Dr", "Prof", "General", "University", "King",
))


def _format_key(s: str) -> str:
    """``s`` without note markers, markup, white space and punctuation, digits in ASCII."""
    return "".join(_words(s))


def _spelling_key(s: str) -> str:
    """A word as spelled up to alef/hamza forms, ta marbuta, alef maqsura, stretched ya and case."""
    s = fold(_format_key(s)).translate(_HAMZA).casefold()
    return re.sub("ي{2,}", "ي", s)


def _words(s: str) -> list[str]:
    """The words of a raw reading, without note markers and markup, digits in ASCII."""
    s = _MARKUP.sub("", _MARKER.sub("", s))
    return _WORDS.findall(unicodedata.normalize("NFKC", _DELETED.sub("", s)).translate(_DIGITS))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance of two short strings, capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return min(prev[-1], limit + 1)


def _close(a: str, b: str) -> bool:
    """Two words that differ by one edit (two for long words), neither being a number."""
    if _NUMBER.fullmatch(a) or _NUMBER.fullmatch(b):
        return False
    a, b = _spelling_key(a), _spelling_key(b)
    allowed = 1 if min(len(a), len(b)) < 8 else 2
    return min(len(a), len(b)) >= 3 and edit_distance(a, b, allowed) <= allowed


def _is_name(word: str, before: str, quoted: bool) -> bool:
    """Whether ``word`` reads as a proper name from general cues in its context."""
    if quoted:
        return True
    prev = _words(before)[-1:] if before else []
    if prev and fold(prev[0]) in NAME_CUES:
        return True
    if word[:1].isupper() and word[1:2].islower():
        # a capitalised Latin word that does not begin a sentence
        tail = before.rstrip()
        return bool(tail) and tail[-1] not in ".!?:\n" and bool(prev)
    return False


def classify(a: str, b: str, before_a: str = "", before_b: str = "", quoted: bool = False) -> tuple[str, str]:
    """The class of the variant ``a`` → ``b`` (raw texts) and a short English note saying why.

    ``before_a``/``before_b`` are the raw texts just before each reading (for name cues);
    ``quoted`` says the variant sits inside quotation marks.
    """
    if _format_key(a) == _format_key(b):
        what = "white space" if not a.strip() and not b.strip() else "markup, punctuation or digit forms"
        return "formatting", f"only {what} differ"
    wa, wb = _words(a), _words(b)
    na = [w for w in wa if _NUMBER.fullmatch(w)]
    nb = [w for w in wb if _NUMBER.fullmatch(w)]
    if na != nb:
        return "number", f"numbers differ: {' '.join(na) or '(none)'} / {' '.join(nb) or '(none)'}"
    if _spelling_key(a) == _spelling_key(b):
        return "spelling", "same words after orthographic folding"
    if len(wa) == len(wb):
        pairs = [(x, y) for x, y in zip(wa, wb) if _spelling_key(x) != _spelling_key(y)]
    else:
        ca, cb = Counter(_spelling_key(w) for w in wa), Counter(_spelling_key(w) for w in wb)
        pairs = [(x, "") for x in wa if ca[_spelling_key(x)] > cb[_spelling_key(x)]]
        pairs += [("", y) for y in wb if cb[_spelling_key(y)] > ca[_spelling_key(y)]]
    shown = "; ".join(f"{x or '(none)'} / {y or '(none)'}" for x, y in pairs)
    for x, y in pairs:
        if (x and _is_name(x, before_a, quoted)) or (y and _is_name(y, before_b, quoted)):
            return "name", f"a name differs: {shown}"
    if all(x and y and _close(x, y) for x, y in pairs):
        return "spelling", f"small edits within words: {shown}"
    return "word", f"words differ: {shown}"


# --------------------------------------------------------------------------- collation


@dataclass
class _Spot:
    """A place where the witnesses differ, as raw spans of both."""

    ra: tuple[int, int]
    rb: tuple[int, int]


def _raw_tok(t: TextFacts, tok: _Tok) -> tuple[int, int]:
    return t.norm.raw_span(tok.start, tok.end)


def _gap(t: TextFacts, toks: list[_Tok], i: int) -> tuple[int, int]:
    """Raw span between token ``i - 1`` and token ``i`` (the text's ends at the edges)."""
    start = _raw_tok(t, toks[i - 1])[1] if i > 0 else 0
    end = _raw_tok(t, toks[i])[0] if i < len(toks) else len(t.raw)
    return start, end


def _trim(raw: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without white space at its edges (a point at its start if only white space)."""
    s, e = span
    while s < e and raw[s].isspace():
        s += 1
    while e > s and raw[e - 1].isspace():
        e -= 1
    return (s, e)


_TAG_BEFORE = re.compile(r"(?:<sup>|\\)+$")
_TAG_AFTER = re.compile(r"^(?:</sup>)+")


def _op_span(t: TextFacts, toks: list[_Tok], i1: int, i2: int) -> tuple[int, int]:
    """Raw span of tokens ``i1:i2``, with the ``<sup>`` tags and escapes normalisation dropped
    around them; for no tokens, the trimmed gap where they would be."""
    if i2 == i1:
        return _trim(t.raw, _gap(t, toks, i1))
    start, end = _raw_tok(t, toks[i1])[0], _raw_tok(t, toks[i2 - 1])[1]
    before = _TAG_BEFORE.search(t.raw, max(0, start - 12), start)
    after = _TAG_AFTER.match(t.raw[end:end + 12])
    return (before.start() if before else start), end + (after.end() if after else 0)


def _spots(a: TextFacts, b: TextFacts, ta: list[_Tok], tb: list[_Tok]) -> list[_Spot]:
    """Every difference: unequal token runs, equal tokens whose raw forms differ, unequal gaps."""
    sm = SequenceMatcher(None, [x.key for x in ta], [x.key for x in tb], autojunk=False)
    spots: list[_Spot] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            spots.append(_Spot(_op_span(a, ta, i1, i2), _op_span(b, tb, j1, j2)))
            continue
        for k in range(i2 - i1):
            i, j = i1 + k, j1 + k
            if k > 0:  # the gap before this token, inside the equal run
                ga, gb = _gap(a, ta, i), _gap(b, tb, j)
                if a.raw[ga[0]:ga[1]] != b.raw[gb[0]:gb[1]] and (
                    a.raw[ga[0]:ga[1]].strip() != b.raw[gb[0]:gb[1]].strip()
                    or ("\n" in a.raw[ga[0]:ga[1]]) != ("\n" in b.raw[gb[0]:gb[1]])
                ):
                    spots.append(_Spot(_trim(a.raw, ga), _trim(b.raw, gb)))
            sa, sb = _raw_tok(a, ta[i]), _raw_tok(b, tb[j])
            if a.raw[sa[0]:sa[1]] != b.raw[sb[0]:sb[1]]:
                spots.append(_Spot(sa, sb))
    return spots


_JOINABLE = re.compile(r"[\s\W]{0,3}")


def _merge(a: TextFacts, b: TextFacts, spots: list[_Spot]) -> list[_Spot]:
    """Join spots separated only by a little punctuation in both texts (``2026/07/10 05:05``)."""
    out: list[_Spot] = []
    for s in spots:
        if out:
            p = out[-1]
            between_a = a.raw[p.ra[1]:s.ra[0]]
            between_b = b.raw[p.rb[1]:s.rb[0]]
            if (s.ra[0] >= p.ra[1] and s.rb[0] >= p.rb[1] and _JOINABLE.fullmatch(between_a)
                    and _JOINABLE.fullmatch(between_b) and "\n" not in between_a + between_b):
                out[-1] = _Spot((p.ra[0], max(p.ra[1], s.ra[1])), (p.rb[0], max(p.rb[1], s.rb[1])))
                continue
        out.append(s)
    return out


def _quoted(raw: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a pair of quotation marks on its line."""
    line_start = raw.rfind("\n", 0, pos) + 1
    before = raw[line_start:pos]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") or before.count("“") > before.count("”")


def collate(a: Text, b: Text) -> pd.DataFrame:
    """Every variant between two witnesses of one text (columns :data:`COLUMNS`, in text order).

    The witnesses are aligned on the tokens of their normalised views (white space ignored), so
    Eastern and ASCII digits, alef forms, ``<sup>`` tags and escapes align as equal tokens; the
    raw forms of equal tokens and of the gaps between them are then compared, so that nothing is
    lost: those differences are variants too (formatting or spelling). A variant absent from one
    witness has an empty span there, placed where the other witness has it.
    """
    fa, fb = _as_facts(a, "<a>"), _as_facts(b, "<b>")
    ta, tb = _tokens(fa), _tokens(fb)
    rows = []
    for s in _merge(fa, fb, _spots(fa, fb, ta, tb)):
        xa, xb = fa.raw[s.ra[0]:s.ra[1]], fb.raw[s.rb[0]:s.rb[1]]
        before_a = fa.raw[max(0, s.ra[0] - 40):s.ra[0]]
        before_b = fb.raw[max(0, s.rb[0] - 40):s.rb[0]]
        quoted = _quoted(fa.raw, s.ra[0]) and _quoted(fb.raw, s.rb[0])
        cls, note = classify(xa, xb, before_a, before_b, quoted)
        rows.append((fa.file, *s.ra, xa, fb.file, *s.rb, xb, cls, cls in MEANING_CLASSES, note))
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    return df.sort_values(["start_a", "start_b"], kind="stable").reset_index(drop=True)


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


_SENTENCE_END = re.compile(r"[.!?؟؛\n]+")


def _units(t: TextFacts, words: list[_Word], size: int) -> list[tuple[int, int]]:
    """Ranges of word indexes: the sentences of ``t``, long ones cut into chunks of ``size`` words."""
    starts = [w.start for w in words]
    units = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(t.norm.text), None]:
        end = m.start() if m else len(t.norm.text)
        i, j = bisect_left(starts, pos), bisect_left(starts, end)
        n = j - i
        if n:
            k = max(1, math.ceil(n / size))
            step = math.ceil(n / k)
            units.extend((x, min(x + step, j)) for x in range(i, j, step))
        pos = m.end() if m else end
    return units


def _weights(wa: list[_Word], wb: list[_Word]) -> dict[str, float]:
    """Inverse frequency weights of stems over both texts."""
    counts = Counter(w.stem for w in wa) + Counter(w.stem for w in wb)
    total = sum(counts.values())
    return {s: math.log(1 + total / c) for s, c in counts.items()}


def _best_window(stems: set[str], positions: dict[str, list[int]], weight: dict[str, float],
                 width: int) -> tuple[float, int, int]:
    """The window of ``width`` words of the other text holding the most weight of ``stems``."""
    hits = sorted((p, s) for s in stems for p in positions.get(s, ()))
    best = (0.0, 0, 0)
    inside: Counter = Counter()
    score = 0.0
    lo = 0
    for hi, (p, s) in enumerate(hits):
        if inside[s] == 0:
            score += weight[s]
        inside[s] += 1
        while hits[lo][0] < p - width:
            ls = hits[lo][1]
            inside[ls] -= 1
            if inside[ls] == 0:
                score -= weight[ls]
            lo += 1
        if score > best[0]:
            best = (score, hits[lo][0], p)
    return best


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
    year = cited.published[:4] if cited.published else None
    cits = citer.citations
    near = set(cits.loc[(cits["start"] >= span[0]) & (cits["start"] <= span[1] + 40), "note_start"].dropna().astype(int))
    best: tuple[bool, int, str] | None = None
    for start, ryear, ws, text in _entries(citer):
        if year and ryear is not None and ryear[:4] != year:
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
    """Normalised offsets just after each sentence end (stop or line break), with the text's ends."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(t.norm.text)), len(t.norm.text)]


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
                   unit_size: int = 30, min_words: int = 8, min_units: int = 2) -> pd.DataFrame:
    """Passages of ``a`` that quote or paraphrase ``b`` (columns :data:`ALIGN_COLUMNS`).

    Each sentence of ``a`` (long sentences cut into chunks of ``unit_size`` content words) is
    matched with the window of ``b`` holding the largest inverse-frequency weight of its stems,
    in any order; ``similarity`` is that weight over the unit's own. Units reaching
    ``min_similarity`` whose matches lie close together in ``b`` are merged into one passage; the
    passage's ``similarity`` is the mean of its units', and a passage below ``min_passage`` or of
    fewer than ``min_units`` units is dropped (a sentence or two sharing the topic's vocabulary is
    not a borrowing).
    """
    fa, fb = _as_facts(a, "<a>"), _as_facts(b, "<b>")
    wa, wb = _content_words(fa), _content_words(fb)
    weight = _weights(wa, wb)
    positions: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(wb):
        positions[w.stem].append(i)
    found: list[tuple[int, int, int, int, float]] = []
    for i, j in _units(fa, wa, unit_size):
        stems = {w.stem for w in wa[i:j]}
        if len(stems) < min_words:
            continue
        total = sum(weight[s] for s in stems)
        score, lo, hi = _best_window(stems, positions, weight, width=2 * len(stems))
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
    return pd.DataFrame(rows, columns=list(ALIGN_COLUMNS))


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
            if _SENTENCE_END.search(gap):
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


def _years(y0: str, y1: str) -> str:
    return y0 if y0 == y1 else f"{y0}–{y1}"


def interval_label(start: str, end: str) -> str:
    """An ISO interval as briefly as it can be said: ``2004``, ``2000–2009``, ``2004-06``, ``2022-02-24``."""
    if start[4:] == "-01-01" and end[4:] == "-12-31":
        return _years(start[:4], end[:4])
    if start == end:
        return start
    if start[:7] == end[:7] and start[8:] == "01" and int(end[8:]) >= 28:
        return start[:7]
    return f"{start}–{end}"


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
                           _years(f"{y0:04d}", f"{y1:04d}"), _context(t, rs, re_)))
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
