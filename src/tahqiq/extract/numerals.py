"""Numbers shared by the extractors: digit strings, Arabic number words, ordinals and duals.

Everything here works on *normalised* text (see :func:`tahqiq.text.normtext.normalise`): ASCII digits,
bare alef, ya for alef maqsura, ha for ta marbuta. Use :func:`tahqiq.text.normtext.fold` on a literal
before comparing it with these tables.
"""

from __future__ import annotations

import re

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


def as_int_if_whole(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


# --------------------------------------------------------------------------- number words

# Cardinals, masculine and feminine, in their case forms, folded.
_UNITS = {
    1: ["واحد", "واحده", "احد", "احدي"],
    2: ["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"],
    3: ["ثلاث", "ثلاثه"],
    4: ["اربع", "اربعه"],
    5: ["خمس", "خمسه"],
    6: ["ست", "سته"],
    7: ["سبع", "سبعه"],
    8: ["ثمان", "ثماني", "ثمانيه"],
    9: ["تسع", "تسعه"],
    10: ["عشر", "عشره"],
}
_TENS = {
    20: ["عشرون", "عشرين"],
    30: ["ثلاثون", "ثلاثين"],
    40: ["اربعون", "اربعين"],
    50: ["خمسون", "خمسين"],
    60: ["ستون", "ستين"],
    70: ["سبعون", "سبعين"],
    80: ["ثمانون", "ثمانين"],
    90: ["تسعون", "تسعين"],
}
_HUNDREDS = {
    100: ["مائه", "مئه"],
    200: ["مائتان", "مائتين", "مئتان", "مئتين"],
    **{n * 100: [f"{u}مائه" for u in _UNITS[n][:1]] + [f"{u}مئه" for u in _UNITS[n][:1]] for n in range(3, 10)},
}
# Ordinals (masculine, feminine), with and without the article.
_ORDINALS = {
    1: ["اول", "اولي", "حادي", "حاديه"],
    2: ["ثاني", "ثانيه"],
    3: ["ثالث", "ثالثه"],
    4: ["رابع", "رابعه"],
    5: ["خامس", "خامسه"],
    6: ["سادس", "سادسه"],
    7: ["سابع", "سابعه"],
    8: ["ثامن", "ثامنه"],
    9: ["تاسع", "تاسعه"],
    10: ["عاشر", "عاشره"],
}

CARDINAL_WORDS: dict[str, int] = {}
for v, ws in (*_UNITS.items(), *_TENS.items(), *_HUNDREDS.items()):
    for w in ws:
        CARDINAL_WORDS.setdefault(w, v)
CARDINAL_WORDS.update({"الف": 1000, "الفين": 2000, "الفان": 2000})

ORDINAL_WORDS: dict[str, int] = {}
for v, ws in _ORDINALS.items():
    for w in ws:
        ORDINAL_WORDS[w] = v
        ORDINAL_WORDS["ال" + w] = v

_TEEN_TAIL = ("عشر", "عشره")

_ALL_WORDS = sorted(
    {*CARDINAL_WORDS, *ORDINAL_WORDS, *("ال" + w for w in CARDINAL_WORDS if w in sum(_TENS.values(), []))},
    key=len,
    reverse=True,
)
_WORD = "(?:" + "|".join(map(re.escape, _ALL_WORDS)) + ")"
# A compound number: units/ordinal, optional teen tail, optional "و" + tens, e.g.
# «خمسة وعشرين», «الحادي والعشرين», «الخامسة والسبعين», «اثنا عشر», «الرابعة والعشرين».
NUMBER_WORDS_RE = re.compile(
    rf"(?<![\u0621-\u064A])(?:{_WORD})(?:\s+(?:عشر|عشره))?(?:\s+و\s?(?:ال)?(?:{_WORD}))*(?![\u0621-\u064A])"
)


def _single(w: str) -> tuple[int, bool] | None:
    """(value, is_ordinal) of one number word."""
    if w in CARDINAL_WORDS:
        return CARDINAL_WORDS[w], False
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w], True
    if w.startswith("ال") and w[2:] in CARDINAL_WORDS:  # «العشرين» as the tens of an ordinal
        return CARDINAL_WORDS[w[2:]], True
    return None


def words_value(s: str) -> tuple[int, bool] | None:
    """The value of a (normalised) number-word phrase, and whether it is an ordinal.

    >>> words_value("خمسه وعشرين")
    (25, False)
    >>> words_value("الحادي والعشرين")
    (21, True)
    >>> words_value("اثنا عشر")
    (12, False)
    """
    parts = re.split(r"\s+و\s?|\s+", s.strip())
    total, ordinal, i = 0, False, 0
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
        total += one[0]
        ordinal = ordinal or one[1]
        i += 1
    return (total, ordinal) if total else None


# --------------------------------------------------------------------------- duals

# Nouns whose dual form means "two of them": the dual ending -ين/-ان on the noun itself.
DUAL_NOUNS = {
    fold(k): v
    for k, v in {
        "يومين": "يوم", "يومان": "يوم", "شهرين": "شهر", "شهران": "شهر", "عامين": "عام", "عامان": "عام",
        "سنتين": "سنة", "سنتان": "سنة", "أسبوعين": "أسبوع", "أسبوعان": "أسبوع", "عقدين": "عقد",
        "عقدان": "عقد", "قرنين": "قرن", "قرنان": "قرن", "ساعتين": "ساعة", "مرتين": "مرة",
        "دولتين": "دولة", "دولتان": "دولة", "بلدين": "بلد", "البلدين": "بلد", "الدولتين": "دولة",
        "جزيرتين": "جزيرة", "محطتين": "محطة", "طائرتين": "طائرة", "سفينتين": "سفينة",
        "الجانبين": "جانب", "جانبين": "جانب", "الطرفين": "طرف", "طرفين": "طرف",
    }.items()
}

# Scale words (normalised), singular, dual and plural forms.
SCALES = {
    **dict.fromkeys(["الف", "الاف", "الفا", "الفين", "الفان", "آلاف"], 1e3),
    **dict.fromkeys(["مليون", "ملايين", "مليونا", "مليونين", "مليونان"], 1e6),
    **dict.fromkeys(["مليار", "مليارات", "مليارا", "مليارين", "ملياران", "بليون"], 1e9),
    **dict.fromkeys(["تريليون", "تريليونات", "تريليونا", "ترليون", "تريليونين"], 1e12),
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
SCALES = {fold(k): v for k, v in SCALES.items()}
DUAL_SCALES = {fold(w) for w in ("ألفين", "ألفان", "مليونين", "مليونان", "مليارين", "ملياران", "تريليونين")}
