"""Reading raw texts safely, and a normalised view of them that maps back to raw offsets.

The raw text is never changed. :func:`normalise` returns a :class:`NormText`: a string for
matching (digits, punctuation and letter forms folded, artefacts of extraction removed) and,
for every character of it, the span of the raw text it came from. Any match found in the
normalised view can therefore be reported as ``raw[start:end]``.

Offsets everywhere in tahqiq are Unicode code points into the raw text as decoded from UTF-8,
exactly as read (no newline translation, a UTF-8 BOM kept as a character); a text marked as
UTF-16 or UTF-32 by its byte-order mark is decoded from that encoding (see :func:`decode_text`).
"""

from __future__ import annotations

from . import recache as re  # re, with compiled patterns kept between runs
import itertools
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np

from ..errors import TahqiqError

# --------------------------------------------------------------------------- reading files

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
"""The control bytes no text holds (all below 32 but tab, line feed, form feed and carriage return)."""


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    if not sample:
        return False
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return control / len(sample) > 0.05


# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32BE"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16BE"),
)


def bom_encoding(data: bytes) -> tuple[str, str, int] | None:
    """``(codec, iconv name, length of the mark)`` of a byte-order mark ``data`` starts with, else ``None``."""
    for mark, codec, name in BOMS:
        if data.startswith(mark):
            return codec, name, len(mark)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``UTF-16LE`` or ``UTF-16BE`` when the bytes, read so, are mostly Latin or Arabic letters,
    digits, punctuation and white space: UTF-16 text saved without a byte-order mark."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    for codec, name in (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        plain = sum(1 for c in text if (" " <= c <= "~") or c in "\t\r\n" or "\u0600" <= c <= "\u06ff"
                    or "\u00a0" <= c <= "\u024f" or "\u2000" <= c <= "\u206f")
        if plain >= 0.9 * len(text):
            return name
    return None


def decode_text(data: bytes, where: str | Path) -> str:
    """Decode the bytes of a text, or raise a :class:`TahqiqError` saying why not and how to fix it.

    UTF-8 is the norm; its byte-order mark, if any, is kept as the character U+FEFF, so that
    offsets count it (:func:`clean_label` and :func:`text_identity` ignore it). A file that
    begins with a UTF-16 or UTF-32 byte-order mark is decoded in that encoding (the mark is not
    part of the text). UTF-16 without a mark is named, with the ``iconv`` command that converts it.
    """
    if not data:
        raise TahqiqError(where, "the file is empty")
    bom = bom_encoding(data)
    if bom and bom[0] != "utf-8":
        codec, name, size = bom
        try:
            text = data[size:].decode(codec)
        except UnicodeDecodeError as exc:
            raise TahqiqError(where, f"the file begins with a {name} byte-order mark but is not valid {name} "
                                     f"(at byte {exc.start + size}); convert it with "
                                     f"`iconv -f {name} -t UTF-8 FILE > FILE.utf8.txt`") from None
        if not text.strip():
            raise TahqiqError(where, "the file is empty (only white space)")
        return text
    if _looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise TahqiqError(where, f"the file looks like {utf16} text without a byte-order mark, not UTF-8: "
                                     f"convert it with `iconv -f {utf16} -t UTF-8 FILE > FILE.utf8.txt`")
        raise TahqiqError(where, "the file is binary, not a text (it contains NUL or control bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            guess = data.decode("cp1256")
        except UnicodeDecodeError:
            guess = ""
        if guess and len(_ARABIC_LETTER.findall(guess)) >= max(3, len(guess) // 20):
            hint = "; it looks like Windows-1256 (Arabic): convert it with `iconv -f WINDOWS-1256 -t UTF-8`"
        raise TahqiqError(
            where, f"the file is not UTF-8 (invalid byte 0x{data[exc.start]:02x} at byte {exc.start}){hint}"
        ) from None
    if not text.replace("\ufeff", "").strip():
        raise TahqiqError(where, "the file is empty (only white space)")
    return text


_INVISIBLE = re.compile("[\ufeff\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean_label(s: str) -> str:
    """A title or name for display and identity: byte-order marks, zero-width characters and bidi
    controls removed, white space collapsed and stripped."""
    return " ".join(_INVISIBLE.sub("", s).split())


def text_identity(raw: str) -> str:
    """The SHA-256 of a decoded text without a leading byte-order mark, as UTF-8: the same text
    has the same identity whether it was saved with or without a BOM, in UTF-8 or UTF-16."""
    import hashlib

    return hashlib.sha256(raw.removeprefix("\ufeff").encode("utf-8")).hexdigest()


def read_text(path: str | Path) -> str:
    """Read a text file exactly (no newline translation), checking it is a usable text."""
    p = Path(path)
    if not p.exists():
        raise TahqiqError(p, "no such file")
    if p.is_dir():
        raise TahqiqError(p, "is a directory, not a text file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TahqiqError(p, f"cannot be read ({exc.strerror})") from None
    return decode_text(data, p)


# --------------------------------------------------------------------------- normalisation

EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# One-to-one foldings: they never change offsets.
_FOLD_1TO1 = {
    **{ord(d): str(i) for i, d in enumerate(EASTERN_DIGITS)},
    **{ord(d): str(i) for i, d in enumerate(PERSIAN_DIGITS)},
    ord("٪"): "%",  # Arabic percent sign
    ord("٫"): ".",  # Arabic decimal separator
    ord("٬"): ",",  # Arabic thousands separator
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ة"): "ه",
    # letters of Persian and Urdu keyboards in Arabic text: Persian kaf and yeh are the Arabic letters
    # drawn alike; p, v, g, ch, zh are written in Arabic with the letters folded to here
    ord("ک"): "ك",
    ord("ی"): "ي",
    ord("پ"): "ب",
    ord("ڤ"): "ف",
    ord("گ"): "ك",
    ord("چ"): "ج",
    ord("ژ"): "ز",
    ord("\u00a0"): " ",
    ord("\u2009"): " ",
    ord("\u202f"): " ",
    ord("“"): '"',
    ord("”"): '"',
    ord("«"): '"',
    ord("»"): '"',
    ord("’"): "'",
    ord("‘"): "'",
    ord("–"): "-",
    ord("—"): "-",
    ord("ـ"): None,  # tatweel: deleted (handled below, listed here for documentation)
}
_TRANSLATE = {k: v for k, v in _FOLD_1TO1.items() if v is not None}
PERSIAN_LETTERS = {chr(k): v for k, v in _FOLD_1TO1.items() if 0x067E <= k <= 0x06FF and v and not v.isdigit()}
"""The letters of Persian and Urdu keyboards and the Arabic letters they are folded to («ک» → «ك»)."""
_REPLACE = [(chr(k), v) for k, v in _TRANSLATE.items()]
_SHORT = 16
"""Up to this length :func:`_fold_chars` uses ``str.translate`` (the same result)."""


def _fold_chars(s: str) -> str:
    """``s.translate(_TRANSLATE)``, done as one C-speed replace per character present (several
    times faster than ``str.translate`` with a dict on long Arabic texts); a short string (a word
    of a lexicon, a quote) is translated at once, cheaper than testing every character."""
    if len(s) <= _SHORT:
        return s.translate(_TRANSLATE)
    for c, v in _REPLACE:
        if c in s:
            s = s.replace(c, v)
    return s

# Deleted outright: tatweel, Arabic diacritics, bidi controls, zero-width characters.
_DELETE = "\u0640\u064B-\u0652\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF"
_DELETE_CHARS = re.sub(r"(.)-(.)", lambda m: "".join(map(chr, range(ord(m[1]), ord(m[2]) + 1))), _DELETE)
# What a combined pass rewrites (everything else is copied, translated one-to-one), told apart by
# the first character of the match:
#  1. a Markdown escape: backslash before ASCII punctuation -> the punctuation
#  2. <sup> and </sup> tags -> removed (their content stays)
#  3. the Arabic comma between two digits (٢٦،٣) -> a decimal point
#  4. a run of deleted characters
# Every alternative begins with a literal character, so that the regex engine skips quickly over
# the text to the few places where one of them can start.
_SPECIAL = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])"
    r"|</?sup>"
    r"|،(?<=[0-9٠-٩۰-۹]،)(?=[0-9٠-٩۰-۹])"
    + "".join(f"|{c}[{_DELETE}]*" for c in _DELETE_CHARS)
)

# The Arabic letters (hamza to ya): what a word is made of.
_LETTER_FIRST, _LETTER_LAST = 0x0621, 0x064A
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
_N_LETTERS = _LETTER_LAST - _LETTER_FIRST + 1


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as an array, for vectorised scans of a long text."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the runs of True in a boolean array."""
    edges = np.diff(mask.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


class ArabicWords:
    """A vocabulary of Arabic words, found in a text as whole words.

    A word of a text is a maximal run of Arabic letters (U+0621 to U+064A). ``spans(text)`` gives,
    in text order, the spans of the words that belong to the vocabulary or, when ``clitics`` are
    given, are one of those letters followed by a word of the vocabulary. Vectorised filters (on
    the length, the first and last letters, then the sum of the letters of every word) leave few
    words to compare exactly: much faster on a long text than a regular expression tried at every
    position.
    """

    def __init__(self, words: Iterable[str], clitics: str = ""):
        self.words = frozenset(words)
        self.clitics = clitics
        for w in (*self.words, *clitics):
            if not _ARABIC_WORD.fullmatch(w):
                raise ValueError(f"not an Arabic word: {w!r}")
        self._size = max(map(len, self.words), default=0) + 2  # a clitic adds a letter
        # _table[n, first, last]: a word of n letters with these letters may be in the vocabulary;
        # _clitic_table[n, second, last]: a word of n letters may be a clitic and such a word
        self._table = np.zeros((self._size, _N_LETTERS, _N_LETTERS), dtype=bool)
        self._clitic_table = np.zeros_like(self._table)
        firsts, lasts, sums = [], [], []
        for w in self.words:
            first, last = ord(w[0]) - _LETTER_FIRST, ord(w[-1]) - _LETTER_FIRST
            self._table[len(w), first, last] = True
            self._clitic_table[len(w) + 1, first, last] = True
            firsts.append(first)
            lasts.append(last)
            sums.append(sum(map(ord, w)))
        self._keys = np.sort(self._key(np.array([len(w) for w in self.words], dtype=np.intp),
                                       np.array(firsts, dtype=np.intp), np.array(lasts, dtype=np.intp),
                                       np.array(sums, dtype=np.uint32)))
        self._is_clitic = np.zeros(_N_LETTERS, dtype=bool)
        self._is_clitic[[ord(c) - _LETTER_FIRST for c in clitics]] = True

    @staticmethod
    def _key(n: np.ndarray, first: np.ndarray, last: np.ndarray, total: np.ndarray) -> np.ndarray:
        """One number for a word's length, first and last letter and sum of code points (mod 2**32)."""
        return ((total.astype(np.uint64) << np.uint64(32)) | (n.astype(np.uint64) << np.uint64(12))
                | (first.astype(np.uint64) << np.uint64(6)) | last.astype(np.uint64))

    def spans(self, text: str, codes: np.ndarray | None = None) -> list[tuple[int, int]]:
        """``(start, end)`` of each word of ``text`` in the vocabulary (with a clitic or not);
        ``codes`` are the text's :func:`code_points` if the caller has them already."""
        if not self.words or not text:
            return []
        if codes is None:
            codes = code_points(text)
        starts, ends = runs((codes >= _LETTER_FIRST) & (codes <= _LETTER_LAST))
        n = ends - starts
        fits = n < self._size
        starts, ends, n = starts[fits], ends[fits], n[fits]
        first = codes[starts].astype(np.intp) - _LETTER_FIRST
        last = codes[ends - 1].astype(np.intp) - _LETTER_FIRST
        cum = np.cumsum(codes, dtype=np.uint32)  # sums of letters, mod 2**32 like the keys
        i = np.flatnonzero(self._table[n, first, last])
        total = cum[ends[i] - 1] - cum[starts[i]] + codes[starts[i]]
        found = i[np.isin(self._key(n[i], first[i], last[i], total), self._keys)]
        if self.clitics:
            # the letter after the first (any letter for a one-letter word: its row is empty)
            second = np.where(n >= 2, codes[np.minimum(starts + 1, len(codes) - 1)].astype(np.intp) - _LETTER_FIRST, 0)
            i = np.flatnonzero(self._is_clitic[first] & self._clitic_table[n, second, last])
            total = cum[ends[i] - 1] - cum[starts[i]]  # the letters after the clitic
            found = np.union1d(found, i[np.isin(self._key(n[i] - 1, second[i], last[i], total), self._keys)])
        words, clitics, out = self.words, self.clitics, []
        for a, b in zip(starts[found].tolist(), ends[found].tolist()):
            w = text[a:b]
            if w in words or (w[0] in clitics and w[1:] in words):
                out.append((a, b))
        return out


@dataclass
class NormText:
    """A normalised view of a raw text.

    ``text[i]`` came from the raw character ``raw[starts[i]]``: normalisation only replaces a raw
    character by one character or deletes it, so every normalised span maps back to a raw span
    whose slice contains what was matched (``ends`` is ``starts + 1``, kept for clarity).
    """

    raw: str
    text: str
    starts: np.ndarray = field(repr=False)

    @property
    def ends(self) -> np.ndarray:
        return self.starts + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the normalised span ``text[start:end]``."""
        if end <= start:
            pos = int(self.starts[start]) if start < len(self.starts) else len(self.raw)
            return pos, pos
        return int(self.starts[start]), int(self.starts[end - 1]) + 1

    def norm_pos(self, raw_pos: int) -> int:
        """Index in the normalised text of the first character at or after ``raw_pos``."""
        return int(np.searchsorted(self.starts, raw_pos, side="left"))

    def norm_span(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Normalised span covering the raw span ``[raw_start, raw_end)``."""
        return (int(np.searchsorted(self.starts, raw_start, side="left")),
                int(np.searchsorted(self.starts, raw_end - 1, side="right")))

    def norm_spans(self, raw_starts, raw_ends) -> list[tuple[int, int]]:
        """:meth:`norm_span` of many raw spans at once (sequences of starts and ends)."""
        ns = np.searchsorted(self.starts, np.asarray(raw_starts, dtype=np.int64), side="left")
        ne = np.searchsorted(self.starts, np.asarray(raw_ends, dtype=np.int64) - 1, side="right")
        return list(zip(ns.tolist(), ne.tolist()))


def _repair_stretched(text: str, starts: np.ndarray) -> tuple[str, np.ndarray]:
    """Remove ya-runs that are kashida artefacts, using the text's own vocabulary.

    ``text`` is folded already (alef maqsura is ya). A word with a run of ya is replaced by the
    variant with that run shortened (to one ya or none) that occurs most often elsewhere in the
    same text: for a run of three or more ya (never Arabic spelling) if the variant occurs at all;
    for a run of two (which can be real, as in «العسكريين») only if the variant occurs at least
    twice and more often than the word. Nothing is guessed without evidence.
    """
    found: list[tuple[int, str]] = []  # (start, word) of each word with a run of ya
    i = text.find("يي")
    while i >= 0:
        a = i
        while a > 0 and _LETTER_FIRST <= ord(text[a - 1]) <= _LETTER_LAST:
            a -= 1
        b = i + 2
        while b < len(text) and _LETTER_FIRST <= ord(text[b]) <= _LETTER_LAST:
            b += 1
        found.append((a, text[a:b]))
        i = text.find("يي", b)
    if not found:
        return text, starts
    variants = {w: list(_ya_variants(w)) for w in {w for _, w in found}}
    vocabulary = set(variants).union(v for vs in variants.values() for v, _ in vs if v)
    words = Counter(text[a:b] for a, b in ArabicWords(vocabulary).spans(text))
    drop: list[int] = []
    for a, word in found:
        best = None
        longest = max(len(r) for r in re.findall(r"[يى]{2,}", word))
        best_n = 0 if longest >= 3 else max(words.get(word, 0), 1)
        for variant, keep in variants[word]:
            n = words.get(variant, 0)
            if n > best_n:
                best, best_n = keep, n
        if best is not None:
            drop.extend(a + i for i, k in enumerate(best) if not k)
    if not drop:
        return text, starts
    dropped = sorted(set(drop))
    pieces, last = [], 0
    for i in dropped:
        pieces.append(text[last:i])
        last = i + 1
    pieces.append(text[last:])
    return "".join(pieces), np.delete(starts, dropped)


def _ya_variants(word: str):
    """Variants of ``word`` with each ya-run shortened to one ya or none, with keep-masks."""
    runs = [m.span() for m in re.finditer(r"[يى]{2,}", word)][:3]
    for choice in itertools.product((0, 1), repeat=len(runs)):
        keep = [True] * len(word)
        for (a, b), k in zip(runs, choice):
            for i in range(a + k, b):
                keep[i] = False
        variant = "".join(c for c, k in zip(word, keep) if k)
        yield variant, keep


def normalise(raw: str, repair_stretched: bool = True) -> NormText:
    """The normalised view of ``raw`` for matching, with its map back to raw offsets.

    Folds Eastern Arabic (and Persian) digits to ASCII, the Arabic decimal comma between digits
    and the Arabic percent sign, alef forms to bare alef, alef maqsura to ya, ta marbuta to ha,
    typographic quotes and dashes; deletes tatweel, diacritics and invisible bidi/zero-width
    controls; unescapes Markdown backslash escapes; drops ``<sup>``/``</sup>`` tags (keeping the
    marker they hold); and removes the stretched-letter (kashida-as-ya) artefacts of PDF text.
    """
    pieces: list[str] = []
    keep = np.ones(len(raw), dtype=bool)
    last = 0
    for m in _SPECIAL.finditer(raw):
        a, b = m.span()
        pieces.append(raw[last:a])
        if raw[a] == "،":  # a decimal comma
            pieces.append(".")
        else:  # an escape, a tag, deleted characters: dropped
            keep[a:b] = False
        last = b
    pieces.append(raw[last:])
    text = _fold_chars("".join(pieces))
    starts = np.flatnonzero(keep)
    if repair_stretched:
        text, starts = _repair_stretched(text, starts)
    return NormText(raw=raw, text=text, starts=starts)


def _special(m: re.Match) -> str:
    return "." if m.group()[0] == "،" else ""  # a decimal comma; anything else is dropped


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Normalise a short string (a word, a quote, an alias) the way :func:`normalise` does, without
    stretched-letter repair and without building the offset map (the same text as
    ``normalise(s, repair_stretched=False).text``; kept for the strings seen most)."""
    return _fold_chars(_SPECIAL.sub(_special, s))


# --------------------------------------------------------------------------- language

_LATIN = re.compile(r"[A-Za-z]")


_ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z]+")


def language(s: str) -> str:
    """``ar``, ``en`` or ``und`` by which script dominates the letters of ``s`` (its letters counted
    by their runs: a list of words, not of letters)."""
    ar = sum(map(len, _ARABIC_LETTERS.findall(s)))
    en = sum(map(len, _LATIN_LETTERS.findall(s)))
    if ar == 0 and en == 0:
        return "und"
    return "ar" if ar >= en else "en"
