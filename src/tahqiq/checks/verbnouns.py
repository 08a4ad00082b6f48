"""An event named by its verbal noun and the finite verb that told it before.

A lapse often counts from an event named by a verbal noun («بعد عامين من دخول المعاهدة حيز
التنفيذ»، «بعد عامين من وفاته»، «بعد ثماني سنوات من التوسعة الأولى») that the text told earlier
with a finite verb of the same meaning («ودخلت المعاهدة حيز التنفيذ في يناير 2020»، «توفي عام
2004»، «ثم اتسع إلى 12 نادياً عام 2010»). ``lang/order.yml`` ``verbal_nouns`` groups the nouns and
verbs of one event (``verbal_nouns``, ``event_verbs``); :func:`group_of` finds the group of the first verbal noun of a phrase and
:func:`tells` whether a word is one of the group's verbs (or nouns) in a past-tense form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import lexicon
from ..text.normtext import fold

_WORD = re.compile(r"[\u0621-\u064A]+")
_SUFFIXES = ("هما", "هم", "ها", "ه")


@lru_cache(maxsize=None)
def _groups(key: str = "verbal_nouns") -> dict[str, str]:
    """Folded word -> its group (``verbal_nouns`` or ``event_verbs``)."""
    return {fold(str(w)).lower(): g for g, langs in lexicon("order")[key].items()
            for ws in langs.values() for w in ws}


def _noun_forms(w: str) -> list[str]:
    """A word as a verbal noun: itself, without «و»/«ف», «ال», «ب»/«ل», and a pronoun suffix
    («وفاته» → «وفاه»)."""
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
    for x in list(out):
        for pre in ("ال", "لل", "بال", "ل", "ب"):
            if x.startswith(pre) and len(x) - len(pre) >= 3:
                out.append(x[len(pre):])
    for x in list(out):
        for suf in _SUFFIXES:
            if x.endswith(suf) and len(x) - len(suf) >= 3:
                y = x[:-len(suf)]
                out.append(y[:-1] + "ه" if y.endswith("ت") else y)
                if y.endswith(("ائ", "اؤ")):
                    # a final hamza takes a seat before a suffix: «إنشائه»، «إنشاؤه» → «إنشاء»
                    out.append(y[:-1] + "ء")
    return out


def group_of(text: str, start: int, end: int, words: int = 3) -> str | None:
    """The group of the first verbal noun among the first ``words`` Arabic words of ``text[start:end]``."""
    groups = _groups()
    for i, m in enumerate(_WORD.finditer(text, start, end)):
        if i >= words:
            break
        for f in _noun_forms(m.group().lower()):
            if f in groups:
                return groups[f]
    return None


def _verb_forms(w: str) -> list[str]:
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
    for x in list(out):
        # an object pronoun on the verb («وأسقطها»، «افتتحه»، «احتلوها»): the verb without it
        for suf in _SUFFIXES:
            if x.endswith(suf) and len(x) - len(suf) >= 3:
                out.append(x[:-len(suf)])
    for x in list(out):
        for suf in ("ت", "وا", "تا"):
            if x.endswith(suf) and len(x) - len(suf) >= 3:
                out.append(x[:-len(suf)])
    return out


def tells(word: str, group: str) -> bool:
    """Whether ``word`` (folded) is a past-tense verb or a noun of ``group``."""
    nouns, verbs = _groups(), _groups("event_verbs")
    w = word.lower()
    return any(verbs.get(f) == group for f in _verb_forms(w)) or any(nouns.get(f) == group for f in _noun_forms(w))
