"""Source detectors: one source described two ways, notes against the bibliography, journal issues.

Internal detectors over the ``notes``, ``bibliography`` and ``citations`` tables of a
:class:`~tahqiq.facts.TextFacts` (the note and URL detectors are in :mod:`.citations`):

* ``source-inconsistent`` -- one source (same URL, or same author and title) given different
  years, issues or volumes, or a page outside the page range given elsewhere (the items of a
  series, titles that differ only in their year or number, are different sources);
* ``missing-from-bibliography`` / ``uncited-bibliography`` -- for a text with a bibliography,
  a full footnote reference that no entry matches, and an entry that no note or citation
  names;
* ``journal-issue-date`` -- two issues of one journal whose numbers and years run in opposite
  directions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from difflib import SequenceMatcher

from ..text.rows import records
from ..extract.citations import ref_key, same_url, url_key
from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from ..text.normtext import fold
from . import detector
from .bilingual import name_similarity
from .citations import _cited, _label, _refs, _val

FAMILY = "citations"
"""These detectors belong to the citations family (:func:`tahqiq.review.recall.detector_families`)."""

TITLE_SAME = 0.9
"""difflib ratio of folded title keys at which two references with the same author are one source."""

TRANSLATED_NAME = 0.8
""":func:`~tahqiq.checks.bilingual.name_similarity` at which an author in one script is the same
author transliterated in the other (an entry that translates another entry of the text)."""

SPELLING_FIELDS = ("url", "authors", "title")
"""Fields whose differences within one source are spellings (a note); years, issues, volumes and
pages are facts (a warning)."""


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


@lru_cache(maxsize=65536)
def _at_least(a: str, b: str, floor: float) -> bool:
    """``_ratio(a, b) >= floor``, after difflib's quick upper bounds (a long text repeats its titles:
    each pair is compared once)."""
    if not a or not b:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False)
    return m.real_quick_ratio() >= floor and m.quick_ratio() >= floor and m.ratio() >= floor


# --------------------------------------------------------------------------- one source, two descriptions


def _full(r: dict) -> bool:
    """A reference that names its source (title and author or URL), not an «ibid.» or «op. cit.»."""
    return bool(ref_key(r.get("title"))) and bool(ref_key(r.get("authors")) or url_key(r.get("url")))


def same_source(a: dict, b: dict) -> bool:
    """Whether two parsed references name one source: the same URL (up to a misspelt host, see
    :func:`tahqiq.extract.citations.same_url`), or the same author (folded) and titles at least :data:`TITLE_SAME` similar."""
    if url_key(a.get("url")) and url_key(b.get("url")):
        return same_url(a.get("url"), b.get("url"))
    aa, ab = ref_key(a.get("authors")), ref_key(b.get("authors"))
    if not aa or aa != ab or same_series_item(a, b):
        return False
    return _at_least(ref_key(a.get("title")), ref_key(b.get("title")), TITLE_SAME)


def _source_keys(r: dict) -> list[tuple[str, str]]:
    """Keys that any reference naming the same source (:func:`same_source`) shares with ``r``: its
    folded author, its URL key, its URL's path of 6 characters or more (a host mistyped)."""
    keys = []
    if ref_key(r.get("authors")):
        keys.append(("a", ref_key(r.get("authors"))))
    u = url_key(r.get("url"))
    if u:
        keys.append(("u", u))
        path = u.partition("/")[2]
        if len(path) >= 6:
            keys.append(("p", path))
    return keys


def _signature(r: dict) -> tuple:
    """What :func:`same_source` reads of a reference: two references of one signature name the same
    sources."""
    return (r.get("url"), r.get("authors"), r.get("title"), _val(r.get("year")))


def _group_by_source(refs: list[dict]) -> list[list[dict]]:
    """References grouped by :func:`same_source` (single link), singletons included, in text order:
    each reference joins the first group holding a reference of the same source. The references
    compared are only those sharing a key of :func:`_source_keys`, one per signature (a text with a
    thousand references is not compared pair by pair)."""
    groups: list[list[dict]] = []
    # key -> signature -> (a reference of that signature, the first group holding one)
    seen: dict[tuple[str, str], dict[tuple, tuple[dict, int]]] = {}
    for r in refs:
        keys = _source_keys(r)
        sig = _signature(r)
        cands = {}
        for k in keys:
            for sg, (x, gi) in seen.get(k, {}).items():
                cands[sg] = (x, gi)
        hit = min((gi for x, gi in cands.values() if same_source(r, x)), default=None)
        if hit is None:
            hit = len(groups)
            groups.append([])
        groups[hit].append(r)
        for k in keys:
            got = seen.setdefault(k, {}).get(sig)
            if got is None or hit < got[1]:
                seen[k][sig] = (r, hit)
    return groups


def _page_range(p) -> tuple[int, int] | None:
    p = _val(p)
    if not p:
        return None
    nums = [int(x) for x in re.findall(r"\d+", str(p))]
    if not nums:
        return None
    if len(nums) == 1:
        return nums[0], nums[0]
    lo, hi = nums[0], nums[1]
    if hi < lo and len(str(hi)) < len(str(lo)):  # 268-72 means 268-272
        hi = int(str(lo)[: len(str(lo)) - len(str(hi))] + str(hi))
    return (lo, hi) if lo <= hi else (hi, lo)


_NUMBER = re.compile(r"\d+")


def series_numbers(title) -> tuple[str, ...]:
    """The numbers of a title (its year, its issue), Eastern digits read as Western ones."""
    return tuple(str(int(n)) for n in _NUMBER.findall(fold(str(_val(title) or ""))))


def same_series_item(a: dict, b: dict) -> bool:
    """Whether two references whose titles differ only in their numbers are two items of a
    series, not one source: an annual report, a yearbook or an issue of a periodical named by its
    year or number («التقرير السنوي لعام 2018» and «… لعام 2022», "Yearbook 2019" and "Yearbook 2020")."""
    na, nb = series_numbers(a.get("title")), series_numbers(b.get("title"))
    if bool(na) and bool(nb) and na != nb:
        return True
    # one title names its edition's year and the other none, and they appeared in different years
    # («تقرير النقل، 2019» and «تقرير النقل 2023، 2024»: two editions of a report, not one source)
    ya, yb = _val(a.get("year")), _val(b.get("year"))
    edition = any(len(n) == 4 for n in na + nb)
    return edition and not (na and nb) and ya is not None and yb is not None and int(ya) != int(yb)


def _inconsistencies(group: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """(field, description, the rows that differ) for one source's references."""
    found = []
    for fld in ("year", "issue", "volume"):
        vals = {}
        for r in group:
            v = _val(r.get(fld))
            if v is not None and str(v).strip():
                vals.setdefault(str(int(v)) if fld == "year" else str(v).strip(), []).append(r)
        if len(vals) > 1:
            found.append((fld, " vs ".join(sorted(vals)), [rs[0] for rs in vals.values()]))
    for fld in ("url", "authors", "title"):
        by_key: dict[tuple[str, str], dict] = {}
        for r in group:
            k = url_key(r.get(fld)) if fld == "url" else ref_key(r.get(fld))
            if k:
                lang = "any" if fld == "url" else str(_val(r.get("lang")))
                by_key.setdefault((lang, k), r)
        for lang in {lg for lg, _ in by_key}:
            rows = [r for (lg, _), r in by_key.items() if lg == lang]
            if len(rows) > 1:
                found.append((fld, " vs ".join(str(_val(r.get(fld))) for r in rows), rows))
    ranges = [(r, _page_range(r.get("pages"))) for r in group]
    wide = [(r, pr) for r, pr in ranges if pr and pr[1] > pr[0]]
    points = [(r, pr) for r, pr in ranges if pr]
    for rw, (lo, hi) in wide:
        for rp, (plo, phi) in points:
            if rp is rw:
                continue
            if phi < lo or plo > hi:
                found.append(("pages", f"pages {rp['pages']} outside {rw['pages']}", [rw, rp]))
    return found


@detector("source-inconsistent", "internal")
def source_inconsistent(facts: Facts) -> list[Finding]:
    """One source given different years, issues, volumes or pages in different references."""
    out = []
    for t in facts:
        refs = [r for r in _refs(t) if _full(r)]
        for group in (g for g in _group_by_source(refs) if len(g) > 1):
            for fld, desc, rows in _inconsistencies(group):
                out.append(Finding(
                    kind="source-inconsistent",
                    severity="note" if fld in SPELLING_FIELDS else "warning",
                    message=(f"One source ({str(_val(group[0].get('title')) or '')[:60].strip()}) is given "
                             f"different {fld}: {desc} ({', '.join(_label(r) for r in rows)})."),
                    spans=[Span.of(r) for r in rows],
                    evidence={"rule": "same URL, or same author and similar title; compare " + fld,
                              "field": fld, "values": [_val(r.get(fld)) for r in rows],
                              "references": [r["text"] for r in group]},
                ))
    return out


# --------------------------------------------------------------------------- notes vs bibliography


def _notes(t: TextFacts) -> list[dict]:
    """The footnotes of a text as rows."""
    n = t.notes
    return records(n) if n is not None and len(n) else []


def _entries(t: TextFacts) -> list[dict]:
    """The bibliography entries proper (not endnotes)."""
    b = t.bibliography
    if b is None or not len(b):
        return []
    return [r for r in records(b) if _val(r.get("section")) != "endnotes"]


def _matches(note: dict, entry: dict) -> bool:
    """A note names a bibliography entry: the same URL, or the same author with a title at least
    half similar, or a title at least :data:`TITLE_SAME` similar."""
    if same_url(note.get("url"), entry.get("url")):
        return True
    an, ae = ref_key(note.get("authors")), ref_key(entry.get("authors"))
    tn, te = ref_key(note.get("title")), ref_key(entry.get("title"))
    if an and ae and _ratio(an, ae) >= TITLE_SAME and _ratio(tn, te) >= 0.5:
        return True
    if _ratio(tn, te) >= TITLE_SAME:
        return True
    # an institution's department given with the author by one and with the title by the other
    # («جامعة س، دائرة ص، تقرير ع» read as author «جامعة س» or «دائرة ص جامعة س»): the same words
    wn, we = _words(note), _words(entry)
    return len(wn) >= 4 and wn == we


def _words(r: dict) -> frozenset:
    """The folded words of a reference's author and title together."""
    return frozenset(re.findall(r"\w+", " ".join(fold(str(_val(r.get(k)) or "")).lower() for k in ("authors", "title"))))


_AFFILIATION = re.compile(
    r"^\W*(?:\(?\s*[\d٠-٩]+\s*[).]?|\[[\d٠-٩]+\]|[*†])?\s*"
    r"(?:[اأإ]ستاذ(?:ه|ة)?|باحث(?:ه|ة)?|طالب(?:ه|ة)?|محاضر(?:ه|ة)?|مدرس(?:ه|ة)?|عضو\s+هيئ|دكتور(?:ه|ة)?\s+في|رئيس(?:ه|ة)?\s+قسم"
    r"|professor|associate\s+professor|assistant\s+professor|lecturer|researcher|research\s+fellow|ph\.?\s?d\.?|doctoral)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A footnote on an author's name giving their affiliation («(1) أستاذ التعليم العالي، كلية الآداب،
جامعة …»، "(2) Associate Professor, University of …"): a rank or role first, no year. It names no
source and is not missing from the bibliography."""

_SHORT_PART = re.compile(r"^\W*(?:\(?\s*[\d٠-٩]+\s*[).]|\[[\d٠-٩]+\])?\s*([^,،;؛()]+?)\s*[,،]\s*((?:1[6-9]|20)\d\d)[a-z]?(?!\d)")


def _affiliation(note: dict) -> bool:
    text = str(_val(note.get("text")) or "")
    return bool(_AFFILIATION.search(fold(text).lower()) or _AFFILIATION.search(text)) \
        and not _YEAR_ANY.search(text.translate(_EAST))


_YEAR_ANY = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_EAST = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _short_forms_listed(note: dict, entries: list[dict]) -> bool:
    """A note of short author-year citations, one or several separated by «;»/«؛» («(5) ICARDA,
    2020; IPCC, 2022, chap. 9.»): listed when each names an entry's author with that entry's year."""
    text = str(_val(note.get("text")) or "").translate(_EAST)
    parts = [p for p in re.split(r"[;؛]", text) if p.strip()]
    if len(parts) < 2:
        return False
    for part in parts:
        m = _SHORT_PART.search(part)
        if not m:
            return False
        name, year = ref_key(m.group(1)), int(m.group(2))
        if not name or not any(ref_key(e.get("authors")) == name and _val(e.get("year")) is not None
                               and int(_val(e.get("year"))) == year for e in entries):
            return False
    return True


def _web_document(note: dict) -> bool:
    """A note citing a web document by its address and the day it was consulted («(3) ACLED, Sahel
    Mid-Year Update, 12 July 2024, https://… ، تاريخ الاطلاع: 08 جانفي 2025», "…, accessed 5 May 2024",
    «consulté le …»): a press release, a statement or a database page. An article whose bibliography
    lists books and articles only (no entry with an address) keeps such documents in its notes; they
    are missing from it only when the bibliography does list web sources."""
    return bool(url_key(note.get("url"))) and bool(_val(note.get("accessed")))


@detector("missing-from-bibliography", "internal")
def missing_from_bibliography(facts: Facts) -> list[Finding]:
    """A footnote source that no entry of the text's bibliography names."""
    out = []
    for t in facts:
        entries = _entries(t)
        if not entries:
            continue
        web_listed = any(url_key(e.get("url")) for e in entries)
        missing = [n for n in _notes(t) if _full(n) and not any(_matches(n, e) for e in entries)
                   and not _affiliation(n) and not _short_forms_listed(n, entries)
                   and (web_listed or not _web_document(n))]
        for group in _group_by_source(missing):
            first = group[0]
            named = ", ".join(str(_val(first.get(k))).strip()[:60] for k in ("authors", "title") if _val(first.get(k)))
            out.append(Finding(
                kind="missing-from-bibliography",
                severity="warning",
                message=f"The source of {', '.join(_label(n) for n in group)} ({named}) is not in the bibliography.",
                spans=[Span.of(n) for n in group],
                evidence={"rule": "footnote with author/title or URL matched to no bibliography entry",
                          "authors": _val(first.get("authors")), "title": _val(first.get("title")),
                          "url": _val(first.get("url")), "entries": len(entries)},
            ))
    return out


def translates(entry: dict, other: dict) -> bool:
    """Whether a bibliography entry gives another entry in a second language (a bilingual article
    lists its references twice): a different language, the same year, and the same URL or the
    same author transliterated (:data:`TRANSLATED_NAME`)."""
    la, lb = _val(entry.get("lang")), _val(other.get("lang"))
    if not la or not lb or la == lb:
        return False
    ya, yb = _val(entry.get("year")), _val(other.get("year"))
    if ya is None or yb is None or int(ya) != int(yb):
        return False
    if url_key(entry.get("url")) and url_key(other.get("url")):
        return same_url(entry.get("url"), other.get("url"))
    aa, ab = _val(entry.get("authors")), _val(other.get("authors"))
    return bool(aa and ab) and name_similarity(str(aa), str(ab)) >= TRANSLATED_NAME


def _titled(t, e) -> bool:
    """Whether the text names an entry by its title outside its bibliography (a review's heading names the book
    reviewed: «طريق الحرير إلى عمّان: الاستثمارات الصينية في الأردن»): a title of three words or more, found whole
    before the entry."""
    title = _val(e.get("title"))
    # (the title up to its first full stop or colon: «طريق الحرير إلى عمّان. عمّان: دار ورد» holds the place and publisher)
    title = re.split(r"[.:]\s", str(title or ""))[0].strip(" .،,")
    if len(title.split()) < 3:
        return False
    return t.raw.find(title, 0, int(e["start"])) >= 0


@detector("uncited-bibliography", "internal")
def uncited_bibliography(facts: Facts) -> list[Finding]:
    """A bibliography entry that no note or citation of the text names.

    A bibliography given twice (the same sources in a second language, as journals with an
    Arabic and an English reference list do) is checked where the notes use it: a section (in
    one language) of which fewer than half the entries are cited is a translation, not sources;
    in a section that is checked, an entry that :func:`translates` a cited entry (same year, same
    URL or the same author transliterated) is not uncited either.
    """
    out = []
    for t in facts:
        entries = _entries(t)
        if not entries:
            continue
        notes = [n for n in _notes(t) if _full(n)]
        cited_ids = {str(c["bib_id"]) for c in _cited(t) if _val(c.get("bib_id"))}
        cited = [e for e in entries
                 if str(e["bib_id"]) in cited_ids or any(_matches(n, e) for n in notes) or _titled(t, e)]
        cited_keys = {int(e["start"]) for e in cited}
        translated = {int(e["start"]) for e in entries
                      if int(e["start"]) not in cited_keys and any(translates(e, c) for c in cited)}
        by_part: dict[tuple[str, str], list[dict]] = {}
        for e in entries:
            by_part.setdefault((str(_val(e.get("section"))), str(_val(e.get("lang")) or "und")), []).append(e)
        for (section, lang), rows in by_part.items():
            n_cited = sum(int(e["start"]) in cited_keys for e in rows)
            if n_cited * 2 < len(rows):
                continue
            for e in rows:
                if int(e["start"]) in cited_keys or int(e["start"]) in translated:
                    continue
                out.append(Finding(
                    kind="uncited-bibliography",
                    severity="note",
                    message=(f"Bibliography entry «{e['text'][:80].strip()}» is cited by no note "
                             f"({n_cited} of {len(rows)} entries of its section are)."),
                    spans=[Span.of(e)],
                    evidence={"rule": "bibliography entry matched by no footnote or citation",
                              "section": section, "lang": lang, "cited_in_section": n_cited,
                              "entries_in_section": len(rows)},
                ))
    return out


# --------------------------------------------------------------------------- journal issues


def _issue_no(v) -> int | None:
    v = _val(v)
    if v is None:
        return None
    m = re.search(r"\d+", str(v))
    return int(m.group()) if m else None


@detector("journal-issue-date", "internal")
def journal_issue_date(facts: Facts) -> list[Finding]:
    """Two issues of one journal (same venue, same volume if given) whose numbers rise while their
    years fall."""
    out = []
    for t in facts:
        issues: dict[str, dict[int, dict]] = {}
        for r in _refs(t):
            venue, issue, year = ref_key(r.get("venue")), _issue_no(r.get("issue")), _val(r.get("year"))
            if not venue or issue is None or year is None:
                continue
            issues.setdefault(venue, {}).setdefault(issue, r)
        for venue, by_issue in issues.items():
            numbers = sorted(by_issue)
            for i, a in enumerate(numbers):
                for b in numbers[i + 1:]:
                    ra, rb = by_issue[a], by_issue[b]
                    va, vb = _issue_no(ra.get("volume")), _issue_no(rb.get("volume"))
                    if va is not None and vb is not None and va > vb:
                        continue
                    ya, yb = int(ra["year"]), int(rb["year"])
                    if ya <= yb:
                        continue
                    out.append(Finding(
                        kind="journal-issue-date",
                        severity="warning",
                        message=(f"{str(_val(ra.get('venue'))).strip()}: issue {a} is dated {ya} but the later "
                                 f"issue {b} is dated {yb}."),
                        spans=[Span.of(ra), Span.of(rb)],
                        evidence={"rule": "same venue: issue numbers increase while years decrease",
                                  "venue": _val(ra.get("venue")), "issues": [a, b], "years": [ya, yb],
                                  "volumes": [va, vb]},
                    ))
    return out
