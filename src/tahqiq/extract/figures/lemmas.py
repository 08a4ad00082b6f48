"""The lemma of a counted noun, so that the ``unit`` of a count is the noun's singular.

«10 جامعات» counts «جامعة», «7 نجوم» counts «نجم», «30 رجلاً» counts «رجل». The lemma is found, in
this order:

1. in the lexicons: a form of ``lang/counted_nouns.yml`` (its lemma) or a broken plural of
   ``lang/plurals.yml`` («نجوم» -> «نجم», «رجال» -> «رجل»);
0. a broken plural أفعّة / أفعّاء written with its shadda: «أسرّة» -> «سرير» (:data:`_DOUBLED_PLURAL`);
2. the indefinite accusative of a singular (tamyiz after 11-99, or a written tanween fath):
   «رجلاً» -> «رجل», «إعلاميًا» -> «إعلامي»; a singular, so never looked up as a broken plural
   («120 بحاراً» -> «بحار», sailors, not «بحر»);
3. a sound feminine plural -ات: «جامعات» -> «جامعة». Safeguards: five letters at least; the
   pattern أفعال («أصوات», a broken plural whose ت is a root letter) is left alone; the verbal
   nouns of derived forms (افتعال / استفعال / إفعال: «اجتماعات»; تفعيل: «تصريحات») and a stem the
   text itself uses as a word of four letters or more («مطارات» beside «المطار») take no -ة; a
   stem with -ة used in the text is preferred;
4. a sound masculine plural -ين (oblique; -ون with a stem of four letters or more): «مستثمرين» ->
   «مستثمر», «صينيين» -> «صيني». Safeguard: the pattern فعاليل («قوانين», «براكين»: an alef
   third from the end) is a broken plural, left alone;
5. in construct (``construct``), the oblique plural without its ن: «منفذي العملية» -> «منفذ».

The article is dropped («المقاطعات» -> «مقاطعة»). :func:`lemma` returns the lemma and whether the
word was read as a plural (what a partitive «من» needs: «6000 من الرجال»). It works on raw text
(diacritics are dropped; ta marbuta and hamzas are kept, so the unit is spelt as in the text) and
on normalised text alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...text.normtext import fold as _fold_uncached
from . import lexicon as L

fold = lru_cache(maxsize=1 << 16)(_fold_uncached)  # the same few nouns, folded again and again
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_TANWEEN_FATH = "\u064b"
_TAA = ("ة", "ه")  # ta marbuta, raw and folded
# The broken plural أفِعّة / أفِعّاء of a فعيل whose last two root letters are the same, known by its
# written shadda: «أسرّة» (beds) -> «سرير», «أطبّاء» -> «طبيب», «أدلّة» -> «دليل» (without the shadda
# «أسرة» is a family: nothing is read); the article and vowel marks may be there.
_DOUBLED_PLURAL = re.compile("(?:ال)?[أا][\u064b-\u0650]?([\u0621-\u064a])[\u064b-\u0650]?([\u0621-\u064a])"
                             "\u0651[\u064b-\u0650]?(?:ة|اء)[\u064b-\u0652]*")


def _known(f: str) -> str | None:
    """The lemma of a folded form in the lexicons."""
    return L.COUNT_NOUNS.get(f) or L.PLURALS.get(f)


def _verbal_noun(stem: str) -> bool:
    """A masculine verbal noun of a derived form: افتعال، انفعال، استفعال، إفعال («اجتماع»), تفعيل («تصريح»)."""
    f = fold(stem)
    return (f[:1] == "ا" and len(f) >= 4 and f[-2] == "ا") or (f[:1] == "ت" and len(f) == 5 and f[-2] == "ي")


def lemma(word: str, value: float | None = None, words: frozenset[str] | set[str] = frozenset(),
          construct: bool = False) -> tuple[str, bool]:
    """(lemma, read as a plural) of the counted noun ``word``; ``words`` are the folded words of the
    text (each also without its article), ``value`` the number counting it."""
    accusative = _TANWEEN_FATH in word
    if (m := _DOUBLED_PLURAL.fullmatch(word.strip())) and m.group(1) != "ئ":
        return m.group(1) + m.group(2) + "ي" + m.group(2), True  # أفعّة / أفعّاء of فعيل: «أسرّة» -> «سرير»
    w = _MARKS.sub("", word).strip()
    for f in (fold(w), fold(w[2:]) if w.startswith("ال") else None):  # «ألقاب» folds to «القاب»
        if f and (lem := _known(f)) is not None:
            return lem, fold(lem) != f
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if (single := _fawaeel_singular(w, words)) is not None:
        return single, True
    if w.endswith("ا") and (len(w) >= 4 or accusative and len(w) == 3) and (
            accusative or (value is not None and 11 <= value % 100 <= 99)):  # «رجلاً», «حياً»
        w = w[:-1]
        # the tamyiz is a singular: a word that is also a broken plural is read as the singular it is
        # («120 بحاراً» counts sailors, «بحّار», not seas); only the counted-noun lexicon is asked
        lem = L.COUNT_NOUNS.get(fold(w))
        return (lem if lem is not None else w), False
    if w.endswith("ات") and len(w) >= 5:
        stem = w[:-2]
        if len(w) == 5 and fold(w)[0] == "ا" and fold(w)[-2] == "ا":  # أفعال: «أصوات»، «أوقات»
            return w, True
        if (fold(stem) + "ه") in words:
            return stem + "ة", True
        if _verbal_noun(stem) or (len(stem) >= 4 and fold(stem) in words):
            return stem, True
        return stem + "ة", True
    if (w.endswith("ين") and len(w) >= 5 or w.endswith("ون") and len(w) >= 6) and w[-4] != "ا":
        stem = w[:-2]
        lem = _known(fold(stem))
        return (lem if lem is not None else stem), True
    if construct and w.endswith("ي") and len(w) >= 4:
        return w[:-1], True
    return w, False


def _fawaeel_singular(w: str, words: frozenset[str] | set[str]) -> str | None:
    """The singular of a broken plural فواعيل / فعاليل («دواوين», «صواريخ», «براكين», «تقارير») when the
    text itself uses exactly one of its possible singulars (فاعول, فاعولة, فيعال; فعلال, فعلول, فعليل
    and their -ة): «خمسة دواوين» in a text that speaks of «ديوان» counts «ديوان». With no such
    evidence nothing is guessed (the plural is kept)."""
    f = fold(w)
    if len(f) != 6 or f[2] != "ا" or f[4] != "ي" or not words:
        return None
    c1, c2, c3, c4 = f[0], f[1], f[3], f[5]
    stems = ([c1 + "ا" + c3 + "و" + c4, c1 + "ي" + c3 + "ا" + c4] if c2 == "و" else []) + [
        c1 + c2 + c3 + "ا" + c4, c1 + c2 + c3 + "و" + c4, c1 + c2 + c3 + "ي" + c4]
    found = [stem for stem in stems if stem in words or stem + "ه" in words]
    if len(found) != 1:
        return None
    return found[0] if found[0] in words else found[0] + "ة"  # «ديوانه» is «ديوان» with a pronoun


_WORD = re.compile(r"[\u0621-\u064a]+")


def text_words(t: str) -> frozenset[str]:
    """The words of a normalised text, each also without its article (for :func:`lemma`)."""
    ws = set(_WORD.findall(t))
    return frozenset(ws | {w[2:] for w in ws if w.startswith("ال") and len(w) > 4})
