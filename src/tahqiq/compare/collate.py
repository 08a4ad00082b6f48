"""Collating two witnesses of one text.

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

Only number, name and word variants ``changes_meaning``. Passages one work takes from another
are aligned in :mod:`tahqiq.compare.paraphrase`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import Document
from ..facts import TextFacts, text_facts
from ..text.normtext import fold

COLUMNS = (
    "file_a", "start_a", "end_a", "text_a", "file_b", "start_b", "end_b", "text_b",
    "class", "changes_meaning", "note",
)
"""Columns of :func:`collate`."""

MEANING_CLASSES = frozenset({"number", "name", "word"})

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
