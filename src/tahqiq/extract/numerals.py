"""Numbers shared by the extractors: digit strings, Arabic number words, ordinals and duals.

Everything here works on *normalised* text (see :func:`tahqiq.text.normtext.normalise`): ASCII digits,
bare alef, ya for alef maqsura, ha for ta marbuta. Use :func:`tahqiq.text.normtext.fold` on a literal
before comparing it with these tables.
"""

from __future__ import annotations

from ..text import recache as re  # re, with compiled patterns kept between runs

from .. import lang
from ..text.normtext import fold

# --------------------------------------------------------------------------- digit strings

_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(s: str) -> float | None:
    """The value of a digit string in normalised text: ``1,234``, ``26.3``, ``300``.

    Returns None for anything else. (In normalised text the Arabic decimal comma between
    digits is already a point, and Eastern digits are ASCII.)
    """
    s = s.strip()
    if not _NUM.match(s):
        return None
    return float(s.replace(",", ""))


# --------------------------------------------------------------------------- number words

# The tables below are built from ``lang/numbers.yml`` and ``lang/counted_nouns.yml`` by
# :func:`refresh`, in place (other modules import them by name), again whenever
# :func:`tahqiq.lang.reload` has forgotten the lexicons.

CARDINAL_WORDS: dict[str, int] = {}  # folded cardinal -> value
ORDINAL_WORDS: dict[str, int] = {}  # folded ordinal, with and without the article -> value
DUAL_NOUNS: dict[str, str] = {}  # dual of a noun -> its lemma («يومين» -> «يوم»)
SCALES: dict[str, float] = {}  # scale word (singular, dual, plural; Arabic, English) -> factor
DUAL_SCALES: set[str] = set()  # the absolute duals of scale words («مليونين»)
_TENS_WORDS: set[str] = set()
_TEEN_TAIL: tuple[str, ...] = ()
_HUNDRED_WORDS = frozenset({"مئه", "مائه"})  # the folded «مئة», «مائة»
NUMBER_WORDS_RE: re.Pattern = re.compile("(?!)")
_SOURCES: tuple = ()


def refresh() -> None:
    """Build the tables from the lexicons if they are not built from the current ones yet."""
    global NUMBER_WORDS_RE, _TEEN_TAIL, _SOURCES
    numbers, nouns = lang.lexicon("numbers"), lang.lexicon("counted_nouns")
    if _SOURCES and _SOURCES[0] is numbers and _SOURCES[1] is nouns:
        return
    cardinals: dict[str, int] = {}
    for v, ws in numbers["cardinals"].items():
        for w in ws:
            cardinals.setdefault(fold(w), int(v))
    ordinals: dict[str, int] = {}
    for v, ws in numbers["ordinals"].items():
        for w in ws:
            ordinals[fold(w)] = int(v)
            ordinals["ال" + fold(w)] = int(v)
    tens = {fold(w) for v, ws in numbers["cardinals"].items() if 20 <= int(v) <= 90 and int(v) % 10 == 0 for w in ws}
    for table, new in ((CARDINAL_WORDS, cardinals), (ORDINAL_WORDS, ordinals),
                       (DUAL_NOUNS, {fold(k): v for k, v in nouns["duals"].items()}),
                       (SCALES, {fold(w): float(f) for f, ws in numbers["scales"].items() for w in ws})):
        table.clear()
        table.update(new)
    DUAL_SCALES.clear()
    DUAL_SCALES.update(fold(w) for w in numbers["dual_scales"]["absolute"])
    _TENS_WORDS.clear()
    _TENS_WORDS.update(tens)
    _TEEN_TAIL = lang.words("numbers", "teen_tail")
    all_words = sorted({*CARDINAL_WORDS, *ORDINAL_WORDS, *("ال" + w for w in CARDINAL_WORDS if w in tens)},
                       key=lambda w: (-len(w), w))  # longest first, ties in a fixed order (one pattern every run)
    word = "(?:" + "|".join(map(re.escape, all_words)) + ")"
    teen = "(?:" + "|".join(map(re.escape, _TEEN_TAIL)) + ")"
    # A compound number: units/ordinal, optional teen tail, optional "و" + tens, e.g.
    # «خمسة وعشرين», «الحادي والعشرين», «الخامسة والسبعين», «اثنا عشر», «الرابعة والعشرين».
    # «ثلاث مئة», «تسع مائة»: hundreds written in two words (:func:`words_value` multiplies them).
    hundred = "(?:" + "|".join(map(re.escape, sorted(_HUNDRED_WORDS))) + ")"
    NUMBER_WORDS_RE = re.compile(
        rf"(?<![\u0621-\u064A])(?:{word})(?:[^\S\n]+{hundred}(?![\u0621-\u064A]))?(?:\s+{teen})?"
        rf"(?:\s+و\s?(?:ال)?(?:{word}))*(?![\u0621-\u064A])"
    )
    _VALUES.clear()  # (answers read from the tables as they were)
    _SOURCES = (numbers, nouns)


def _single(w: str) -> tuple[int, bool] | None:
    """(value, is_ordinal) of one number word."""
    if w in CARDINAL_WORDS:
        return CARDINAL_WORDS[w], False
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w], True
    if w.startswith("ال") and w[2:] in CARDINAL_WORDS:  # «العشرين» as the tens of an ordinal
        return CARDINAL_WORDS[w[2:]], True
    return None


_VALUES: dict[str, tuple[int, bool] | None] = {}
""":func:`words_value`'s answers by phrase, for the tables as they are: :func:`refresh` empties it
when it builds them anew; kept to :data:`_VALUES_MAX` phrases (emptied when full)."""
_VALUES_MAX = 1 << 16


def words_value(s: str) -> tuple[int, bool] | None:
    """The value of a (normalised) number-word phrase, and whether it is an ordinal.

    >>> words_value("خمسه وعشرين")
    (25, False)
    >>> words_value("الحادي والعشرين")
    (21, True)
    >>> words_value("اثنا عشر")
    (12, False)

    A pure function of the phrase and the tables: each phrase is read once (the extractors and
    the detectors ask for the same words many times).
    """
    refresh()
    got = _VALUES.get(s, _VALUES)
    if got is _VALUES:
        if len(_VALUES) >= _VALUES_MAX:
            _VALUES.clear()
        got = _VALUES[s] = _words_value(s)
    return got


def _words_value(s: str) -> tuple[int, bool] | None:
    """:func:`words_value`, read from the tables."""
    parts = re.split(r"\s+و\s?|\s+", s.strip())
    total, ordinal, i, last = 0, False, 0, 0
    while i < len(parts):
        p = parts[i]
        if not p:
            i += 1
            continue
        if i + 1 < len(parts) and parts[i + 1] in _TEEN_TAIL and p not in _TEEN_TAIL:
            one = _single(p)
            if one is None:
                return None
            total += one[0] + 10
            ordinal = ordinal or one[1]
            i += 2
            continue
        one = _single(p)
        if one is None:
            return None
        if p in _HUNDRED_WORDS and i > 0 and 3 <= last <= 9 and not ordinal:
            total += last * 100 - last  # «ثلاث مئة» is 300, not 3 + 100
            last = 0
            i += 1
            continue
        total += one[0]
        last = one[0]
        ordinal = ordinal or one[1]
        i += 1
    return (total, ordinal) if total else None


refresh()
lang.on_reload(refresh)
