"""Translation artefacts between a text's Arabic and English versions (an abstract and its
translation, a bilingual front matter), complementing :mod:`tahqiq.checks.bilingual`.

``translation-year-word``
    In Arabic «عام» is both the noun "a year" and the word that introduces a year number («بعد عام
    2022» = "after 2022"). Read as the noun, «بعد عام 2022» becomes "a year later in 2022" and
    «منذ عام 2016» "a year ago in 2016": the translation now says something else. The rule finds,
    in the English text, "a year" with an order word (later, after, ago, before, earlier, since)
    next to a year number, and in the Arabic text of the same document the order word with «عام»
    and the same year number (بعد، عقب ↔ later/after; منذ ↔ ago/since; قبل ↔ before/earlier). Both
    places are quoted; the finding is a ``warning`` of kind ``bilingual-mismatch``.
"""

from __future__ import annotations

import re

from ..text.rows import records
from ..facts import Facts, TextFacts, per_text
from ..review.findings import Finding, Span
from . import detector
from .chronology import raw_span

KIND = "bilingual-mismatch"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
# "a year later in 2022", "a year later, in 2022", "a year ago in 2016", "after a year in 2022"
_EN = re.compile(
    rf"\b(?:an?|one)\s+year\s+(?P<w1>later|after|afterwards|ago|before|earlier|since)\b[\s,]*(?:in|of|from)?\s*{_YEAR}\b"
    rf"|\b(?P<w2>after|since|before)\s+(?:an?|one)\s+year\b[\s,]*(?:in|of|from)?\s*(?P<year2>1[6-9]\d\d|20\d\d)\b",
    re.I,
)
_AR = re.compile(r"(?<!\w)[وف]?(?P<w>بعد|عقب|منذ|قبل)\s+(?:عام|العام|سنه|السنه)\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d)")
_SENSE = {"later": "after", "after": "after", "afterwards": "after", "ago": "since", "since": "since",
          "before": "before", "earlier": "before", "بعد": "after", "عقب": "after", "منذ": "since", "قبل": "before"}


# --------------------------------------------------------------------------- accessors


def _text(tf: TextFacts) -> str:
    """The normalised text (Arabic folded, Eastern digits ASCII); offsets map back with ``tf.norm``."""
    return tf.norm.text


_span = raw_span  # a normalised span as a quoted raw Span


@detector("translation-year-word", "internal")
def translation_year_word(facts: Facts) -> list[Finding]:
    """«بعد عام 2022» translated "a year later in 2022": عام read as "a year"."""
    out = []
    for tf in facts:
        t = _text(tf)
        arabic: dict[tuple[str, str], re.Match] = {}
        for m in _AR.finditer(t):
            arabic.setdefault((_SENSE[m.group("w")], m.group("year")), m)
        if not arabic:
            continue
        for m in _EN.finditer(t):
            word = (m.group("w1") or m.group("w2")).lower()
            year = m.group("year") or m.group("year2")
            ar = arabic.get((_SENSE[word], year))
            if ar is None:
                continue
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"The English «{m.group(0)}» reads «{ar.group(0)}» as “a year” {word}: the Arabic says "
                         f"{_SENSE[word]} {year}, the English a one-year interval."),
                spans=[_span(tf, ar.start(), ar.end()), _span(tf, m.start(), m.end())],
                evidence={"rule": "عام before a year number translated as the noun 'a year'",
                          "arabic": ar.group(0), "english": m.group(0), "year": int(year), "sense": _SENSE[word]},
            ))
    return out


# --------------------------------------------------------------------------- bibliography sections

MIN_SECTION = 2
"""Entries a bibliography section must hold in one language for its absence in the other to count."""


@per_text  # (two detectors read it)
def _bib_blocks(tf: TextFacts):
    """The bibliography entries of the text's blocks with their section category; an entry's
    language is its bibliography's (the language of the top heading it stands under: a web
    reference in the Arabic list is Arabic even if its URL is Latin)."""
    from ..segment.blocks import SECTION_SEP
    from ..text.normtext import language

    b = tf.blocks
    b = b[b["kind"] == "bibliography"].copy()
    if not len(b):
        return b
    root = b["section"].fillna("").map(lambda s: language(s.split(SECTION_SEP)[0]) if s else "und")
    b["lang"] = root.where(root.isin(("ar", "en")), b["lang"])
    return b[b["lang"].isin(("ar", "en"))]


def _heading(tf: TextFacts, entry) -> list[Span]:
    """The heading block that opens the section of a bibliography entry (the missing section is
    quoted by its heading, then its first entry), if the text has one."""
    b = tf.blocks
    h = b[(b["kind"] == "heading") & (b["section"] == entry["section"]) & (b["start"] < int(entry["start"]))]
    if not len(h):
        return []
    r = h.iloc[-1]
    return [Span(tf.file, int(r["start"]), int(r["end"]), str(r["text"]))]


@detector("bilingual-bibliography-section", "internal")
def bilingual_bibliography_section(facts: Facts) -> list[Finding]:
    """A section of the bibliography in one language missing from its translation in the other."""
    out = []
    for tf in facts:
        bib = _bib_blocks(tf)
        if not len(bib):
            continue
        cats = {lang: bib[bib["lang"] == lang].groupby(bib["detail"].fillna("")).size().to_dict() for lang in ("ar", "en")}
        if sum(cats["ar"].values()) < 3 or sum(cats["en"].values()) < 3:
            continue
        if not (set(cats["ar"]) & set(cats["en"])) - {""}:
            continue  # the two lists are not sectioned alike: nothing to compare
        for lang, other in (("ar", "en"), ("en", "ar")):
            for cat, n in sorted(cats[lang].items()):
                if not cat or n < MIN_SECTION or cat in cats[other]:
                    continue
                first = bib[(bib["lang"] == lang) & (bib["detail"] == cat)].iloc[0]
                first_other = bib[bib["lang"] == other].iloc[0]
                heading = _heading(tf, first)
                names = {"ar": "Arabic", "en": "English"}
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"The {names[lang]} bibliography has a section of {n} {cat} entries that the "
                             f"{names[other]} bibliography lacks."),
                    spans=heading + [Span(tf.file, int(first["start"]), int(first["end"]), str(first["text"])),
                           Span(tf.file, int(first_other["start"]), int(first_other["end"]), str(first_other["text"]))],
                    evidence={"rule": "a bibliography section present in one language and missing from the other",
                              "section": cat, "entries": int(n), "sections": {k: dict(v) for k, v in cats.items()}},
                ))
    return out


# --------------------------------------------------------------------------- outlets rendered word by word

_NUMBER = re.compile(r"^\s*(?:[-•*]\s*)?(?:\d+|[٠-٩]+)\s*[.)\-]\s*")


@detector("outlet-literal", "internal")
def outlet_literal(facts: Facts) -> list[Finding]:
    """An English bibliography entry whose source is «موقع X» (the website of X) rendered word by
    word: its first segment (the author's or outlet's place, before the first comma) opens with a
    literal of ``lang/translation.yml`` ("The location of the island" for «موقع الجزيرة»)."""
    from ..lang import words
    from ..text.normtext import fold

    literals = sorted(words("translation", "website_literal"), key=len, reverse=True)
    out = []
    for tf in facts:
        bib = _bib_blocks(tf)
        if not len(bib):
            continue
        for r in records(bib[bib["lang"] == "en"]):
            text = str(r["text"])
            lead = _NUMBER.match(text)
            k = lead.end() if lead else 0
            first = text[k:].split(",", 1)[0]
            hit = next((w for w in literals if fold(first).lower().startswith(w + " ")), None)
            if hit is None:
                continue
            s0 = int(r["start"]) + k
            span = Span(tf.file, s0, s0 + len(first.rstrip()), tf.raw[s0:s0 + len(first.rstrip())])
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"The English entry names its source «{span.text}»: «موقع» (the website of) rendered "
                         f"word by word as “{hit}”, which turns an outlet into a place."),
                spans=[span],
                evidence={"rule": "an English bibliography entry opening with a literal rendering of «موقع» (website)",
                          "literal": hit},
            ))
    return out
