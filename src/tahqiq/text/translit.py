"""Arabic for English readers: a romaniser (simplified ALA-LC) and the Arabic runs of a text.

:func:`romanise` writes unvocalised Arabic in Latin letters by a simplified ALA-LC table: the
article «ال» as ``al-``, long vowels from the letters ا و ي (``ā ū ī``), ``ʼ`` for hamza and ``ʻ``
for «ع», emphatics with an under-dot, Arabic-Indic digits as ASCII digits. Short vowels that the
script does not write are not guessed, so the result is a faithful letter-by-letter reading, not
a pronunciation. :func:`arabic_runs` finds the stretches of a string written in Arabic script.
"""

from __future__ import annotations

import re

_LETTERS = {
    "ء": "ʼ", "آ": "ā", "أ": "ʼ", "إ": "i", "ؤ": "ʼ", "ئ": "ʼ", "ا": "ā", "ب": "b", "ة": "a",
    "ت": "t", "ث": "th", "ج": "j", "ح": "ḥ", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "ṣ", "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "ع": "ʻ", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ى": "ā", "ي": "y",
    "گ": "g", "چ": "ch", "پ": "p", "ڤ": "v", "ک": "k", "ی": "y",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, tatweel
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_LETTER = re.compile(f"[{_ARABIC}]")
# A run: from an Arabic character to the last Arabic character before a Latin letter or a
# bracket, with spaces, digits and punctuation inside it, and a number closing it («لعام 2018»).
RUN = re.compile(f"[{_ARABIC}](?:[{_ARABIC}0-9\\s\\-–/:.,'\"]*[{_ARABIC}])?(?:[ \\t]+[0-9]+(?![\\w.,]))?")
# The article and the one-letter words written with it: «وال» wa-al-, «بال» bi-al-, «لل» lil-.
_ARTICLE = (("وال", "wa-al-"), ("فال", "fa-al-"), ("بال", "bi-al-"), ("كال", "ka-al-"), ("لل", "lil-"), ("ال", "al-"))


def _word(w: str) -> str:
    out = []
    lead = ""
    for prefix, latin in _ARTICLE:
        if w.startswith(prefix) and len(w) > len(prefix) + 1:
            lead, w = latin, w[len(prefix):]
            break
    i = 0
    while i < len(w):
        ch = w[i]
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if i == 0 and not lead and ch in "اأإ" and nxt in "وي" and len(w) > 2:
            out.append("ū" if nxt == "و" else "ī")  # «أو», «إي» opening a word
            i += 2
            continue
        if ch in "وي":
            consonant = i == 0 or prev in "اىأ" or (nxt != "" and nxt in "اىوي")
            if not consonant and ch == "ي" and nxt == "ة":
                out.append("īy")
            else:
                out.append(_LETTERS[ch] if consonant else ("ū" if ch == "و" else "ī"))
        elif ch == "ا" and i == 0:
            out.append("i" if lead else "a")  # the alif of a verbal noun after the article
        elif ch == "أ" and i == 0:
            out.append("a")
        else:
            out.append(_LETTERS.get(ch, _DIGITS.get(ch, ch)))
        i += 1
    return lead + "".join(out)


def romanise(s: str) -> str:
    """``s`` with every Arabic word written in Latin letters (simplified ALA-LC, no capitals)."""
    s = _MARKS.sub("", s)
    return re.sub(f"[{_ARABIC}]+", lambda m: _word(m.group()), s)


def has_arabic(s: str) -> bool:
    return bool(_LETTER.search(s or ""))


def arabic_runs(s: str) -> list[re.Match]:
    """The stretches of ``s`` written in Arabic script (with the digits and spaces inside them)."""
    return list(RUN.finditer(s or ""))
