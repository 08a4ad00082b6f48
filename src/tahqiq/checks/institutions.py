"""An institution renamed in translation: a faculty, university, centre or institute whose English
name in a bibliography entry lacks or adds a word of its Arabic name.

The pairs are the Arabic and English entries that :func:`tahqiq.checks.bilingual.align_bibliography`
aligns. In each entry, an institution is a comma- or bracket-separated segment that opens with a
head noun of ``lang/institution_words.yml`` («كلية», «مركز»; "Faculty", "Center"); its qualifiers
are the words of that file found in the segment, as concepts («العلوم السياسية» and "political
science" are both *sciences, political*). Institutions with the same head in the two entries are
compared: a qualifier on one side that the other lacks, when both sides name at least one
qualifier, is a finding (kind ``bilingual-mismatch``, a warning): «مركز الدراسات الأوراسية» rendered
"Center for Arab-European Studies", «كلية العلوم السياسية» rendered "College of Political".
Words the file does not know are never compared.

The same comparison is made on the front matter (the ``metadata`` blocks: bylines and
affiliations): the Arabic affiliation «جامعة الشمال / كلية القانون والعلوم السياسية» rendered
"Northern University / College of Political Science" loses *law*. There the two sides are paired
only when each language's front matter names exactly one institution of that head with qualifiers
(two authors of two faculties are not compared).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts, records_of
from ..review.findings import Finding, Span
from . import detector

_MARKUP = re.compile(r"<[^<>\n]{1,40}>")
_SEGMENT = re.compile(r"[^،,()\[\]؛;/]+")


@lru_cache(maxsize=None)
def _lex() -> tuple[dict[str, str], dict[str, str]]:
    """(word → head concept, word → qualifier concept), folded, lower case, Arabic without «ال»."""
    from ..lang import lexicon
    from ..text.normtext import fold

    e = lexicon("institution_words")

    def table(group: dict) -> dict[str, str]:
        out = {}
        for concept, langs in group.items():
            for w in [w for ws in langs.values() for w in ws]:
                out[_key(fold(str(w)))] = concept
        return out

    return table(e["heads"]), table(e["qualifiers"])


def _key(w: str) -> str:
    w = w.lower()
    for p in ("وال", "لل", "ال", "و", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


_JOINS = {"و", "and", "of", "for", "the", "in", "on", "ل", "في", "&"}


def institutions(text: str) -> dict[str, set[str]]:
    """Head concept → qualifier concepts of the institutions named in an entry. An institution's
    name is its segment (between commas or brackets) and the segments after it made only of
    qualifier words and joins («…، السياسية والاقتصادية», "…, political and economic studies")."""
    from ..text.normtext import fold

    heads, quals = _lex()
    text = _MARKUP.sub(" ", text)  # «السياسية<sup>a</sup>»: a tag is no part of a word
    segs = [[_key(w) for w in re.findall(r"\w+", seg)] for seg in _SEGMENT.findall(fold(text))]
    out: dict[str, set[str]] = {}
    for k, words in enumerate(segs):
        hi = next((i for i, w in enumerate(words) if w in heads), None)
        if hi is None or hi > 3:
            continue  # the head opens the name (after a qualifier or two, or «المجلة العلمية لكلية»)
        found = {quals[w] for w in words if w in quals}
        for nxt in segs[k + 1:]:
            if not nxt or any(w not in quals and w not in _JOINS for w in nxt):
                break
            found |= {quals[w] for w in nxt if w in quals}
        out.setdefault(heads[words[hi]], set()).update(found)
    return out


def _pairs(tf: TextFacts):
    from .bilingual import align_bibliography

    return align_bibliography(tf)


def _front_matter(tf: TextFacts):
    """One (Arabic, English) pair of front-matter blocks per institution head that each language's
    front matter names exactly once with qualifiers: ``(ar_row, en_row, {head: quals}, {head: quals})``."""
    if tf.blocks is None:
        return []
    found: dict[str, dict[str, list]] = {"ar": {}, "en": {}}
    for r in (dict(r) for r in records_of(tf, "blocks") if r["kind"] == "metadata" and r["lang"] in ("ar", "en")):
        for head, quals in institutions(str(r["text"])).items():
            if quals:
                found[r["lang"]].setdefault(head, []).append((r, quals))
    out = []
    for head in sorted(set(found["ar"]) & set(found["en"])):
        a, e = found["ar"][head], found["en"][head]
        if len({frozenset(q) for _, q in a}) == 1 and len({frozenset(q) for _, q in e}) == 1:
            out.append((a[0][0], e[0][0], {head: a[0][1]}, {head: e[0][1]}))
    return out


@detector("institution-renamed", "internal")
def institution_renamed(facts: Facts) -> list[Finding]:
    """An institution whose English name in a translated bibliography entry, or in the front
    matter's affiliation, lacks or adds a word of its Arabic name."""
    out = []
    for tf in facts:
        pairs = [(ar, en, institutions(str(ar["text"])), institutions(str(en["text"]))) for ar, en, _ in _pairs(tf)]
        for ar, en, ia, ie in pairs + _front_matter(tf):
            for head in sorted(set(ia) & set(ie)):
                qa, qe = ia[head], ie[head]
                if not qa or not qe or qa == qe:
                    continue
                lost, added = sorted(qa - qe), sorted(qe - qa)
                out.append(Finding(
                    kind="bilingual-mismatch",
                    severity="warning",
                    message=(f"The {head} is named otherwise in the translation: "
                             + "; ".join(x for x in (f"the English lacks {', '.join(lost)}" if lost else "",
                                                     f"the English adds {', '.join(added)}" if added else "") if x)
                             + "."),
                    spans=[Span(tf.file, int(ar["start"]), int(ar["end"]), str(ar["text"])),
                           Span(tf.file, int(en["start"]), int(en["end"]), str(en["text"]))],
                    evidence={"rule": "an institution of one head with other qualifier words in the aligned translation",
                              "head": head, "arabic": sorted(qa), "english": sorted(qe)},
                ))
    return out
