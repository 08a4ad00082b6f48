"""Author-year citations: one source given two different years a paragraph or two apart.

A text that cites «(Korolev, 2021, p 9)» and, a paragraph later, «(Korolev, 2012, p 9)» gives one
source two years; the footnote version of this check is ``source-inconsistent`` in
:mod:`tahqiq.checks.citations`, which reads parsed notes. Here the facts are the ``author_year``
rows of ``tf.citations`` (every form :func:`tahqiq.extract.citations.find_author_year` reads:
``(Snyder: 1997, p 123)``, ``(Korolev; 2021, 9)``, ``(Lo et al., 2009)``, «(كوروليف، 2021: 9)»,
and the mirrored and split forms of scrambled lines).

Two citations of the same authors (folded, «et al.» dropped) with different years are one source
given two years when they stand within :data:`MAX_APART` characters of each other and the text
does not show two works: when the text has a bibliography, it lists the authors with at most one
of the two years (an author's two works both listed are two sources); without a bibliography,
the two citations must also stand within :data:`MAX_APART`. The finding (kind
``source-inconsistent``, a warning) quotes both citations.

A source dated before the events of the sentence it is cited for is found for author-year
citations by ``citation-before-event`` (:mod:`tahqiq.checks.citations`), which reads every row of
``tf.citations``.
"""

from __future__ import annotations

import re

import pandas as pd

from ..text.rows import records
from ..facts import Facts, TextFacts, records_of
from ..review.findings import Finding, Span
from ..text.normtext import fold
from . import detector

KIND = "source-inconsistent"
MAX_APART = 2500
"""Raw characters between two citations of one source (a paragraph or two)."""

_ET_AL = re.compile(r"\bet\.? al\.?|وآخرون|واخرون|وآخرين|واخرين", re.I)


# --------------------------------------------------------------------------- accessors


def _citations(tf: TextFacts):
    """The text's author-year citations with a year, in text order."""
    if tf.citations is None:
        return []
    return sorted((dict(r) for r in records_of(tf, "citations") if r["kind"] == "author_year" and pd.notna(r["year"])),
                  key=lambda r: r["start"])


def _bibliography(tf: TextFacts):
    if tf.bibliography is None:
        return []
    return [dict(r) for r in records_of(tf, "bibliography") if r["section"] != "endnotes"]


# --------------------------------------------------------------------------- rule


def _bib_id(c: dict) -> str | None:
    v = c.get("bib_id")
    return v if isinstance(v, str) and v else None


def author_key(authors: str) -> str:
    """Authors as a comparison key: folded, lower case, «et al.» and punctuation dropped."""
    s = _ET_AL.sub(" ", fold(str(authors)).lower())
    return " ".join(re.findall(r"\w+", s))


def _listed_years(key: str, bib: list[dict]) -> set[int]:
    """The years the bibliography gives entries whose authors contain the key's first surname."""
    first = key.split()[0] if key else ""
    years = set()
    for e in bib:
        a = author_key(e.get("authors") or e.get("text") or "")
        if first and first in a.split() and e.get("year") is not None and str(e["year"]) != "<NA>":
            years.add(int(e["year"]))
    return years


@detector("author-year-inconsistent", "internal")
def author_year_inconsistent(facts: Facts) -> list[Finding]:
    """One source (same authors in author-year citations) given two different years nearby."""
    out = []
    for tf in facts:
        cits = _citations(tf)
        bib = _bibliography(tf)
        seen: set[tuple] = set()
        for i, a in enumerate(cits):
            ka = author_key(a["authors"])
            for b in cits[i + 1:]:
                if int(b["start"]) - int(a["end"]) > MAX_APART:
                    break
                if author_key(b["authors"]) != ka or int(a["year"]) == int(b["year"]):
                    continue
                ya, yb = int(a["year"]), int(b["year"])
                if bib and {ya, yb} <= _listed_years(ka, bib):
                    continue  # two works of one author, both listed
                ia, ib = _bib_id(a), _bib_id(b)
                if ia and ib and ia != ib:
                    continue  # resolved to two different entries: two works
                pair = (ka, min(ya, yb), max(ya, yb))
                if pair in seen:
                    continue
                seen.add(pair)
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"The text cites {a['authors']} as {ya} ({a['text'].strip()}) and, "
                             f"{int(b['start']) - int(a['end'])} characters later, as {yb} ({b['text'].strip()})."),
                    spans=[Span.of(a), Span.of(b)],
                    evidence={"rule": "one author-year source given two years within "
                                      f"{MAX_APART} characters, not two listed works",
                              "authors": ka, "years": [ya, yb],
                              "bibliography_years": sorted(_listed_years(ka, bib)) if bib else None},
                ))
    return out


def _entries_of(key: str, bib: list[dict]) -> list[dict]:
    """The bibliography entries whose authors contain the key's first surname."""
    first = key.split()[0] if key else ""
    return [e for e in bib if first and first in author_key(e.get("authors") or e.get("text") or "").split()]


_SHORT_NOTE = re.compile(
    r"^\s*(?:\(\s*\d+\s*\)|\[\d+\]|\d+\s*[.)-])?\s*([^\d,،;؛()\[\]]{2,60}?)\s*[,،]\s*((?:1[6-9]|20)\d\d)[a-z]?"
    r"\s*(?:[,،:]\s*(?:pp?\.?|ص\s*ص|ص\.?|chap\.?|ch\.?|الفصل|فصل)?\s*\d+(?:\s*[-–]\s*\d+)?)?\s*\.?\s*$",
    re.IGNORECASE,
)
"""One short author-year citation in a footnote («(3) FAO, 2023, p. 41.»، «(4) الإدريسي، 2021، ص 41»،
"Schilling et al., 2012, p. 20"): the name, the year, at most a page or chapter. A note may hold
several, separated by «;» or «؛»."""
_EAST = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _short_notes(tf: TextFacts) -> list[tuple[dict, str, int]]:
    """(note, authors, year) of every short author-year citation in the text's footnotes."""
    n = tf.notes
    if n is None or not len(n):
        return []
    out = []
    for note in sorted(records(n), key=lambda r: r["start"]):
        for part in re.split(r"[;؛]", str(note.get("text") or "").translate(_EAST)):
            m = _SHORT_NOTE.match(part)
            if m and re.search(r"[^\W\d_]{2,}", m.group(1)):
                out.append((note, m.group(1).strip(), int(m.group(2))))
    return out


@detector("author-year-unlisted", "internal")
def author_year_unlisted(facts: Facts) -> list[Finding]:
    """An author-year citation whose author the bibliography lists, but never with that year
    («(الزعبي، 2017)» where the list has «الزعبي، أحمد (2019)» only): one of the two years is wrong,
    or the cited work is missing from the list."""
    out = []
    for tf in facts:
        bib = _bibliography(tf)
        if not bib:
            continue
        seen: set[tuple] = set()
        for c in _citations(tf):
            key = author_key(c["authors"])
            listed = _listed_years(key, bib)
            year = int(c["year"])
            if not listed or year in listed or (key, year) in seen:
                continue
            seen.add((key, year))
            out.append(Finding(
                kind="author-year-unlisted",
                severity="warning",
                message=(f"The text cites {c['authors']} as {year} ({c['text'].strip()}), but the bibliography "
                         f"lists this author only with {', '.join(map(str, sorted(listed)))}."),
                spans=[Span.of(c)] + [Span.of(e) for e in _entries_of(key, bib)],
                evidence={"rule": "an author-year citation's year among the years the bibliography gives its author",
                          "authors": key, "year": year, "bibliography_years": sorted(listed)},
            ))
        # the same in footnotes of short citations («(3) FAO, 2022, p. 41.» against «FAO (2023)»)
        for note, authors, year in _short_notes(tf):
            key = author_key(authors)
            listed = _listed_years(key, bib)
            if not listed or year in listed or (key, year) in seen:
                continue
            seen.add((key, year))
            out.append(Finding(
                kind="author-year-unlisted",
                severity="warning",
                message=(f"The note {str(note['text']).strip()[:60]} cites {authors} as {year}, but the bibliography "
                         f"lists this author only with {', '.join(map(str, sorted(listed)))}."),
                spans=[Span.of(note)] + [Span.of(e) for e in _entries_of(key, bib)],
                evidence={"rule": "an author-year citation's year among the years the bibliography gives its author",
                          "authors": key, "year": year, "bibliography_years": sorted(listed)},
            ))
    return out
