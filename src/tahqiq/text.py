"""Reading raw texts safely, and a normalised view of them that maps back to raw offsets.

The raw text is never changed. :func:`normalise` returns a :class:`NormText`: a string for
matching (digits, punctuation and letter forms folded, artefacts of extraction removed) and,
for every character of it, the span of the raw text it came from. Any match found in the
normalised view can therefore be reported as ``raw[start:end]``.

Offsets everywhere in tahqiq are Unicode code points into the raw text as decoded from UTF-8,
exactly as read (no newline translation, a BOM kept as a character).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import TahqiqError

# --------------------------------------------------------------------------- reading files

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    if not sample:
        return False
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


def decode_text(data: bytes, where: str | Path) -> str:
    """Decode bytes that should be a UTF-8 text, or raise a :class:`TahqiqError` saying why not."""
    if not data:
        raise TahqiqError(where, "the file is empty")
    if _looks_binary(data):
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
    if not text.strip():
        raise TahqiqError(where, "the file is empty (only white space)")
    return text


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file exactly (no newline translation), checking it is a usable text."""
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

# Deleted outright: tatweel, Arabic diacritics, bidi controls, zero-width characters.
_DELETE = "\u0640\u064B-\u0652\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF"
# What a combined pass rewrites (everything else is copied, translated one-to-one):
#  1. a Markdown escape: backslash before ASCII punctuation -> the punctuation
#  2. <sup> and </sup> tags -> removed (their content stays)
#  3. the Arabic comma between two digits (٢٦،٣) -> a decimal point
#  4. deleted characters
_SPECIAL = re.compile(
    r"(?P<esc>\\(?=[!-/:-@\[-`{-~]))"
    r"|(?P<sup></?sup>)"
    r"|(?P<dcomma>(?<=[0-9٠-٩۰-۹])،(?=[0-9٠-٩۰-۹]))"
    rf"|(?P<del>[{_DELETE}]+)"
)
# A run of two or more ya inside a word: the PDF extraction renders a stretched letter
# (kashida) as repeated ya, as in «العسيييكري» for «العسكري».
_YA_RUN = re.compile(r"[\u0621-\u064A]*[يى]{2,}[\u0621-\u064A]*")


@dataclass
class NormText:
    """A normalised view of a raw text.

    ``text[i]`` came from ``raw[starts[i]:ends[i]]``. Characters deleted by normalisation have
    no counterpart; raw characters are never split, so every normalised span maps back to a
    raw span whose slice contains what was matched.
    """

    raw: str
    text: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the normalised span ``text[start:end]``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def norm_pos(self, raw_pos: int) -> int:
        """Index in the normalised text of the first character at or after ``raw_pos``."""
        return bisect_left(self.starts, raw_pos)

    def norm_span(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Normalised span covering the raw span ``[raw_start, raw_end)``."""
        return bisect_left(self.starts, raw_start), bisect_right(self.starts, raw_end - 1)


def _repair_stretched(text: str, starts: array, ends: array) -> tuple[str, array, array]:
    """Remove ya-runs that are kashida artefacts, using the text's own vocabulary.

    A word with a run of ya is replaced by the variant with that run shortened (to one ya or
    none) that occurs most often elsewhere in the same text: for a run of three or more ya
    (never Arabic spelling) if the variant occurs at all; for a run of two (which can be real,
    as in «العسكريين») only if the variant occurs at least twice and more often than the word.
    Nothing is guessed without evidence.
    """
    words = Counter(re.findall(r"[\u0621-\u064A]+", text))
    out: list[str] = []
    s_out = array("i")
    e_out = array("i")
    last = 0
    for m in _YA_RUN.finditer(text):
        word = m.group()
        best = None
        longest = max(len(r) for r in re.findall(r"[يى]{2,}", word))
        best_n = 0 if longest >= 3 else max(words.get(word, 0), 1)
        for variant, keep in _ya_variants(word):
            n = words.get(variant, 0)
            if n > best_n:
                best, best_n = (variant, keep), n
        if best is None:
            continue
        _, keep = best
        out.append(text[last : m.start()])
        s_out.extend(starts[last : m.start()])
        e_out.extend(ends[last : m.start()])
        for i, k in enumerate(keep):
            if k:
                out.append(word[i])
                s_out.append(starts[m.start() + i])
                e_out.append(ends[m.start() + i])
        last = m.end()
    if last == 0:
        return text, starts, ends
    out.append(text[last:])
    s_out.extend(starts[last:])
    e_out.extend(ends[last:])
    return "".join(out), s_out, e_out


def _ya_variants(word: str):
    """Variants of ``word`` with each ya-run shortened to one ya or none, with keep-masks."""
    runs = [m.span() for m in re.finditer(r"[يى]{2,}", word)]
    if len(runs) > 3:
        runs = runs[:3]
    import itertools

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
    starts = array("i")
    ends = array("i")
    last = 0
    for m in _SPECIAL.finditer(raw):
        a, b = m.span()
        if a > last:
            pieces.append(raw[last:a])
            starts.extend(range(last, a))
            ends.extend(range(last + 1, a + 1))
        if m.lastgroup == "dcomma":
            pieces.append(".")
            starts.append(a)
            ends.append(b)
        # esc, sup and del are dropped
        last = b
    if last < len(raw):
        pieces.append(raw[last:])
        starts.extend(range(last, len(raw)))
        ends.extend(range(last + 1, len(raw) + 1))
    text = "".join(pieces).translate(_TRANSLATE)
    if repair_stretched:
        text, starts, ends = _repair_stretched(text, starts, ends)
    return NormText(raw=raw, text=text, starts=starts, ends=ends)


def fold(s: str) -> str:
    """Normalise a short string (a quote, an alias) the same way, without the offset map."""
    return normalise(s, repair_stretched=False).text


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------- language

_LATIN = re.compile(r"[A-Za-z]")


def language(s: str) -> str:
    """``ar``, ``en`` or ``und`` by which script dominates the letters of ``s``."""
    ar = len(_ARABIC_LETTER.findall(s))
    en = len(_LATIN.findall(s))
    if ar == 0 and en == 0:
        return "und"
    return "ar" if ar >= en else "en"
