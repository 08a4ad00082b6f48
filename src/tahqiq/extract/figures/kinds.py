"""Figures without digits or number words: a scale word alone, a fraction, the dual of any noun.

- A singular scale word not preceded by a number counts one of its scale: «مليون جندي» (1e6
  soldiers), «بمليار دولار» (1e9 USD), when what it counts follows it. Plural scale words alone
  are vague («آلاف السنين», «مليارات الدولارات») and left out.
- Fractions of ``lang/numbers.yml``: «ثلث» (1/3), «أغلبية الثلثين» (2/3); unit ``fraction``.
- The indefinite dual of any countable noun is two of it («نوعين», «قانونين»), read by morphology:
  a word ending in -ين or -ان, without the article, whose singular (the stem, or the stem in -ة
  for a feminine -تين / -تان) is a noun the lexicons know or a word the text itself uses. Left out:
  definite duals («البلدين»: they name the two parties), duals of the parties' nouns, nisba plurals
  («صينيين»: a stem in -ي), the participles that take a sound plural (مفاعل «مواطنين», مست-
  «مستثمرين», مت- «متعلمين», من- «منتجين»), words whose singular is not a word of the text or of
  the lexicons (names like «بوتين», «برلين», particles like «بين», «الذين»), number and scale
  words and the duals the lexicon already reads.
"""

from __future__ import annotations

import re

from ...text.normtext import fold
from ..numerals import ORDINAL_WORDS
from . import lexicon as L
from .context import _implied_currency, _prev_token
from .compound import and_after_scale
from .reading import _extend, _row

_DIGIT_END = re.compile(r"\d[^\S\n]*$")


def _bare_scale_rows(t: str) -> list[dict]:
    rows = []
    for m in L._BARE_SCALE_RE.finditer(t):
        a, b = m.span("w")
        prev = _prev_token(t, m.start())
        if _DIGIT_END.search(t, max(0, m.start() - 3), m.start()) or prev in L.CARDINAL_WORDS or (
                prev[-1:].isdigit()) or prev in L.SCALES:
            continue  # «250 ألف», «ثلاثة ملايين»: the number before it reads it
        scale = L.SCALES[m.group("w")]
        note = ["scale word alone"]
        rest = and_after_scale(t, b, scale)  # «مليون ومئتي ألف نسمة», «ألف وخمسمائة طالب»
        if rest is None and m.group("w").endswith("ا"):
            continue  # «مليوناً» alone: the amount before it was named earlier
        row = _extend(t, rest[1] if rest else b, rest[1] if rest else b, scale + (rest[0] if rest else 0), note)
        if row["type"] == "number" and (cur := _implied_currency(t, a)):
            # «5 مليارات دولار للمشروع، منها مليار للتعليم»: the currency of its paragraph
            row = {**row, "type": "money", "unit": cur}
            note.append("currency implied by the paragraph")
        if row["type"] not in ("money", "measure", "count"):
            continue
        if row.get("guessed") and t.startswith("ال", row["noun_span"][0]):
            continue
        row.update(nstart=a, scale=scale, note="; ".join(note))
        rows.append(row)
    return rows


def _next_word(t: str, i: int) -> str:
    m = re.match(r"\s+(\w+)", t[i:i + 40])
    return m.group(1) if m else ""


def _prev_word(t: str, i: int) -> str:
    m = re.search(r"(\w+)\s+$", t[max(0, i - 40):i])
    return m.group(1) if m else ""


def _fraction_rows(t: str) -> list[dict]:
    """Fractions; a half or a quarter followed by an ordinal is a part of a period («الربع الأول»,
    «النصف الثاني»: the dates' quarter and half), and so is one after a demonstrative («هذا الربع») and a
    definite one before «المماثل/المقابل/الماضي…» («الربع المماثل من العام الماضي»).
    The cue words are in ``lang/figure_cues.yml`` (``period_part_before``)."""
    return [_row(m.start("w") - (2 if t.startswith("ال", m.start("w") - 2) else 0), m.end(),
                 L.FRACTIONS[m.group("w")], "count", "fraction", note="fraction")
            for m in L._FRACTION_RE.finditer(t) 
            if _next_word(t, m.end()) not in ORDINAL_WORDS and _prev_word(t, m.start()) not in L._PERIOD_PART_BEFORE
            and not (t.startswith("ال", m.start("w") - 2) and _next_word(t, m.end()) in L._PERIOD_PART_AFTER)]


def _participle(stem: str) -> bool:
    """Participles that take a sound masculine plural: مفاعل («مواطن»), مت-, من-, مست-."""
    if stem[:1] != "م" or len(stem) < 5:
        return False
    return (len(stem) == 5 and stem[2] == "ا") or stem[1] in "تن" or stem.startswith("مست")


def _broken_lemmas() -> frozenset[str]:
    """The singulars the lexicons give a broken plural («جندي»: «جنود»), folded."""
    src = (id(L.COUNT_NOUNS), id(L.PLURALS))
    if _BROKEN.get("src") != src:
        lemmas = {fold(x) for x in L.PLURALS.values()}
        for form, lem in L.COUNT_NOUNS.items():
            f = fold(lem)
            sound = {f, f + "ا", f + "ين", f + "ون", f + "ان", f + "ات", f[:-1] + "ات", f + "يا"}
            if form not in sound:
                lemmas.add(f)
        _BROKEN.update(src=src, lemmas=frozenset(lemmas))
    return _BROKEN["lemmas"]


_BROKEN: dict = {}


def _dual_single(w: str, known: set[str], words: frozenset[str]) -> str | None:
    """The singular of the indefinite dual ``w``, or None when it is not one (see the module's docstring)."""
    if w.startswith("ال"):
        return None
    stem = w[:-2]
    if stem.endswith("ي") and not (w.endswith("ان") or stem in _broken_lemmas()):
        # «صينيين»: the sound plural of a nisba; but «جنديان» (a nominative -يان is no plural) and
        # «جنديين» (a noun whose plural is broken, «جنود») are duals
        return None
    if _participle(stem) or (w.endswith("ين") and stem in L._PARTICIPLE_HOMOGRAPHS):
        return None
    single = stem[:-1] + "ه" if stem.endswith("ت") else stem
    if single in L._PARTY_LEMMAS and single not in _COUNTED_PARTIES or not (single in known or single in words):
        return None  # «شريكين استراتيجيين»: two partners as a role, no count; but «انضمام دولتين»: two states
    return single


# parties whose indefinite dual counts states («انضمام دولتين جديدتين»، «زار بلدين»); the definite
# («البلدين»، «الدولتين») and the dual after «بين» («بين بلدين يملكان …») name the two parties of the
# text and are never figures
_COUNTED_PARTIES = frozenset({"دوله", "بلد"})


def _morph_dual_rows(t: str, words: frozenset[str]) -> list[dict]:
    known = set(L.COUNT_NOUNS) | {fold(x) for x in L.COUNT_NOUNS.values()} | {fold(x) for x in L.PLURALS.values()}
    skip = set(L.FIGURE_DUALS) | set(L.CARDINAL_WORDS) | set(L.SCALES) | set(L._DUAL_SCALE_FACTORS) \
        | set(L.COUNT_NOUNS) | set(L.PLURALS) | L._FUNCTION_WORDS
    rows = []
    for m in L._DUAL_SHAPE_RE.finditer(t):
        # the letter before the stem is a proclitic («بمصنعين») or the word's own («بلديتين»): the
        # whole word first
        tries = [(m.start(), t[m.start():m.end()])] if m.start() < m.start("w") else []
        tries.append((m.start("w"), m.group("w")))
        for a, w in tries:
            if w in skip:
                break
            single = _dual_single(w, known, words)
            if single is None:
                continue
            prev = _prev_token(t, a)
            if single in _COUNTED_PARTIES and prev in ("بين", "وبين"):
                break  # «بين بلدين يملكان رؤية»: the text's two parties, no count
            if len(prev) >= 5 and prev.endswith(("ين", "ان")) and single not in known:
                break  # an adjective agreeing with the dual before it: «بلديتين أوروبيتين»
            span = (a, m.end())
            rows.append(_row(*span, 2.0, "count", single, span, note="dual (by morphology)")
                        | {"noun_span": span, "dual_of": single})
            break
    return rows


def kind_rows(t: str, words: frozenset[str]) -> list[dict]:
    """The figures of this module's kinds in the normalised text ``t`` (``words``: its words)."""
    return _bare_scale_rows(t) + _fraction_rows(t) + _morph_dual_rows(t, words)
