"""Who supplies whom: a direction of supply reversed between a text's Arabic and English versions.

An abstract says «تزود روسيا الصين بالنفط» (Russia supplies China) and its translation "China
supplies Russia with oil". The rule reads, in each language, the supplier and the receiver of
constructions of supply between two countries of ``lang/countries.yml``:

* Arabic: a verb of supply with its subject and object («تزود/زودت/يزود X Y»، «تبيع X … إلى Y»،
  «صدرت/تصدر X … إلى Y»), «صادرات X إلى Y»، «تصدير … من X إلى Y»، «واردات Y من X»، «تستورد Y … من X»;
* English: "X supplies/supplied/sells/exports … to Y", "X supplies Y with", "X's exports to Y",
  "exports from X to Y", "Y imports … from X".

A text that states X→Y in one language and Y→X in the other, never X→Y there, is a finding (kind
``bilingual-mismatch``, a warning) quoting both statements. A text in one language only, or whose
two versions agree, says nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from ..text.patterns import lead
from . import detector
from .chronology import raw_span

GAP = r"[^.؟!\n]{0,60}?"


@lru_cache(maxsize=None)
def _countries() -> tuple[dict[str, str], str, str]:
    """(folded name → id, Arabic alternation, English alternation)."""
    from ..lang import lexicon
    from ..text.normtext import fold

    names: dict[str, str] = {}
    ar, en = [], []
    for cid, langs in lexicon("countries").items():
        for n in langs.get("ar", []):
            names[fold(n).lower()] = cid
            ar.append(re.escape(fold(n)))
        for n in langs.get("en", []):
            names[fold(n).lower()] = cid
            en.append(re.escape(fold(n)))
    by_len = lambda xs: "|".join(sorted(set(xs), key=len, reverse=True))  # noqa: E731
    return names, by_len(ar), by_len(en)


@lru_cache(maxsize=None)
def _patterns() -> list[tuple[str, re.Pattern, str]]:
    """(language, pattern, order): ``order`` is ``sr`` when the supplier comes first."""
    _, ar, en = _countries()
    A = rf"(?:[وبل]?)(?P<{{}}>{ar})"
    a1, a2 = A.format("x"), A.format("y")
    E1, E2 = rf"(?P<x>{en})", rf"(?P<y>{en})"
    p = lambda s: lead(s, re.I)  # noqa: E731 (re.compile, with a lookahead on the first characters)
    return [
        ("ar", p(rf"(?<!\w)(?:[وف]?(?:تزود|زودت|يزود|تمد|يمد|مدت))\s+{a1}\s+{a2}(?!\w)"), "sr"),
        ("ar", p(rf"(?<!\w)(?:[وف]?(?:تبيع|باعت|يبيع|صدرت|تصدر|يصدر|ورّدت|وردت|تورد))\s+{a1}{GAP}\s(?:الي|ل)\s*{a2}(?!\w)"), "sr"),
        ("ar", p(rf"(?<!\w)(?:[وب]?صادرات)\s+{a1}{GAP}\s(?:الي|ل)\s*{a2}(?!\w)"), "sr"),
        ("ar", p(rf"(?<!\w)(?:[وب]?تصدير){GAP}\sمن\s+{a1}\s+(?:الي|ل)\s*{a2}(?!\w)"), "sr"),
        ("ar", p(rf"(?<!\w)(?:[وب]?واردات)\s+{a2}{GAP}\sمن\s+{a1}(?!\w)"), "rs"),
        ("ar", p(rf"(?<!\w)(?:[وف]?(?:تستورد|استوردت|يستورد))\s+{a2}{GAP}\sمن\s+{a1}(?!\w)"), "rs"),
        ("en", p(rf"\b{E1}\s+(?:supplies|supplied|supply|sells|sold|exports|exported|delivers|delivered|ships|shipped)\s+{E2}\s+with\b"), "sr"),
        ("en", p(rf"\b{E1}(?:'s)?\s+(?:supplies|supplied|sells|sold|exports|exported|delivers|delivered|ships|shipped){GAP}\bto\s+{E2}\b"), "sr"),
        ("en", p(rf"\b{E1}'s\s+exports{GAP}\bto\s+{E2}\b"), "sr"),
        ("en", p(rf"\bexports?\s+from\s+{E1}\s+to\s+{E2}\b"), "sr"),
        ("en", p(rf"\b{E2}\s+(?:imports|imported|buys|bought|receives|received){GAP}\bfrom\s+{E1}\b"), "rs"),
    ]


_NEEDS: tuple[tuple[str, ...], ...] = (
    ("تزود", "زودت", "يزود", "تمد", "يمد", "مدت"),
    ("تبيع", "باعت", "يبيع", "صدرت", "تصدر", "يصدر", "ورّدت", "وردت", "تورد"),
    ("صادرات",),
    ("تصدير",),
    ("واردات",),
    ("تستورد", "استوردت", "يستورد"),
    ("supplies", "supplied", "supply", "sells", "sold", "exports", "exported", "delivers", "delivered", "ships",
     "shipped"),
    ("supplies", "supplied", "sells", "sold", "exports", "exported", "delivers", "delivered", "ships", "shipped"),
    ("exports",),
    ("export",),
    ("imports", "imported", "buys", "bought", "receives", "received"),
)
"""For each pattern of :func:`_patterns`, in its order, the words one of which every match holds
as it is written in the pattern (its verb or noun; the English ones in lower case, which the
patterns match whatever their case): a text holding none of them is not scanned with it (each
scan costs a pass over the text, and most texts hold no such word)."""

_ODD_CASE = "\u0130\u0131\u017f\u212a"
"""The characters other than ASCII that :data:`re.IGNORECASE` matches with an ASCII letter («İ»,
«ı», «ſ», the Kelvin sign): in a text holding one, an English word is not looked for in its lower
case (``str.lower`` would miss it), and every English pattern is run."""


def supply_statements(t: str) -> list[dict]:
    """Supply statements of a normalised text: language, supplier, receiver, span."""
    names, *_ = _countries()
    out = []
    low: str | None = None  # the text in lower case, where the English words are looked for
    odd = None
    for (lang, rx, _), needs in zip(_patterns(), _NEEDS):
        if lang == "ar":
            if not any(w in t for w in needs):
                continue  # (an Arabic letter has no case: the pattern's word itself is in every match)
        else:
            if odd is None:
                odd = any(c in t for c in _ODD_CASE)
                low = None if odd else t.lower()
            if low is not None and not any(w in low for w in needs):
                continue
        for m in rx.finditer(t):
            s, r = names.get(m.group("x").lower()), names.get(m.group("y").lower())
            if s and r and s != r:
                out.append({"lang": lang, "supplier": s, "receiver": r, "start": m.start(), "end": m.end()})
    return out


def _span(tf: TextFacts, st: dict) -> Span:
    return raw_span(tf, st["start"], st["end"])


@detector("supply-direction", "internal")
def supply_direction(facts: Facts) -> list[Finding]:
    """Who supplies whom, reversed between the Arabic and the English version of one text."""
    out = []
    for tf in facts:
        sts = supply_statements(tf.norm.text)
        by = {lang: {(s["supplier"], s["receiver"]) for s in sts if s["lang"] == lang} for lang in ("ar", "en")}
        seen = set()
        for a in sts:
            if a["lang"] != "ar":
                continue
            pair = (a["supplier"], a["receiver"])
            rev = (a["receiver"], a["supplier"])
            if rev not in by["en"] or pair in by["en"] or rev in by["ar"] or pair in seen:
                continue
            seen.add(pair)
            b = next(s for s in sts if s["lang"] == "en" and (s["supplier"], s["receiver"]) == rev)
            out.append(Finding(
                kind="bilingual-mismatch",
                severity="warning",
                message=(f"The Arabic has {pair[0]} supplying {pair[1]}; the English has {rev[0]} supplying {rev[1]}."),
                spans=[_span(tf, a), _span(tf, b)],
                evidence={"rule": "direction of supply between two countries reversed across languages",
                          "arabic": list(pair), "english": list(rev)},
            ))
    return out
