"""Names that disagree with the text's own evidence of how they are written.

* ``byline-email`` -- a romanised byline against the author's own e-mail address: a word of the
  name and a word of the address's local part that are close (difflib ratio at least
  :data:`NEAR`) but not equal («Amal Hassan» and ``amal.hasan@…``), when the address stands within
  :data:`REACH` characters of the name. An address whose words match the name, or share nothing
  with it (``info@…``), says nothing.
* ``acronym-domain`` -- an organisation's Latin acronym against the domain of the URL given for it
  within :data:`REACH` characters: the domain's main label is itself an acronym (letters only, at
  most eight), it neither contains nor is contained in the acronym, but they share their first
  letter and most of their letters («CSIS … www.cisis.org»). A domain that spells the name out
  (``russiancouncil.ru`` for RIAC) is not compared. An acronym in brackets after an Arabic
  organisation name («شركة مياه الساحل (SWC)») is also compared with the URLs tied to it: the note
  its marker calls, the notes that begin with the organisation's name, the URL its sentence calls
  its website (:func:`acronym_tied_mismatches`), and with a URL given first in its sentence
  (:func:`acronym_after_url_mismatches`: «… في www.crss.org، الموقع الرسمي لمركز … (CRSS)»).
* ``first-name-variant`` -- one person's first name written two ways in one text: the word before
  the surname of the mentions of one person entity (:mod:`tahqiq.link.entities`), two spellings of
  one word (its ``same_word``) in one script («فلاديمير بوتين» … «فلاديمر بوتين»); full names
  spelled two ways are left to ``entity-variant``.
* ``relations-pair`` -- "X-X relations" («العلاقات الروسية-الروسية») in a text whose other mentions
  say X-Y: one side of the pair was written twice. A text that never names an X-Y pair with X
  (intra-Palestinian «العلاقات الفلسطينية الفلسطينية») is left alone.

A name given in Arabic letters and in Latin letters is never compared with itself here: the rules
compare Latin with Latin (byline, address, acronym, domain) or one adjective with its own copy.
"""

from __future__ import annotations

from bisect import bisect_right
import re
from collections import Counter
from difflib import SequenceMatcher

import pandas as pd

from ..text.patterns import finditer_before, lead
from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector
from .chronology import raw_span

NEAR = 0.75
REACH = 600

_EMAIL = re.compile(r"(?<![\w.])(?P<local>[A-Za-z][A-Za-z0-9._-]{1,40})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LATIN_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[-\s](?:[A-Z][a-z]{1,}|al|el|bin)){1,3}\b")
_ACRONYM = re.compile(r"(?<![\w.])(?P<a>[A-Z]{3,7})(?![\w])")
# (lead: a look-ahead on the characters a host can open with, so that an Arabic text's other
# characters are passed at once; the same matches)
_URL_HOST = lead(r"(?:https?://)?(?:www\d?\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:/|\b)", re.I)
_REL_EN = lead(r"\b(?P<x>[A-Z][a-z]+)\s*[-–]\s*(?P<y>[A-Z][a-z]+)\s+(?:relations|ties|relationship|partnership|rapprochement)\b")
_REL_AR = re.compile(r"(?<!\w)(?:ال|وال|لل|بال)?(?:علاقات|العلاقات|علاقه|العلاقه|الشراكه|التقارب)\s+(?P<x>ال\w+?يه)\s*[-–]?\s*(?P<y>ال\w+?يه)(?!\w)")
_TLDS = {"com", "org", "net", "edu", "gov", "int", "info", "co", "ac"}

_WORD_AT = re.compile(r"\w+")


# --------------------------------------------------------------------------- accessors


def _text(tf: TextFacts) -> str:
    """The normalised text; offsets map back with ``tf.norm.raw_span``."""
    return tf.norm.text


_span = raw_span  # a normalised span as a quoted raw Span


def _near(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


# --------------------------------------------------------------------------- byline vs e-mail


def byline_mismatches(t: str) -> list[tuple[re.Match, re.Match, str, str]]:
    """(name, e-mail, name word, address word) pairs that are close but not equal."""
    out = []
    seen = set()
    for em in _EMAIL.finditer(t):
        local = [w.lower() for w in re.split(r"[._\-\d]+", em.group("local")) if len(w) >= 3]
        if not local:
            continue
        lo, hi = max(0, em.start() - REACH), min(len(t), em.end() + REACH)
        for nm in _LATIN_NAME.finditer(t, lo, hi):
            words = [w.lower() for w in re.split(r"[-\s]+", nm.group()) if len(w) >= 3]
            if any(w in local for w in words) or any(_near(w, l) >= NEAR for w in words for l in local):
                pairs = [(w, l) for w in words for l in local if w != l and _near(w, l) >= NEAR
                         and w not in local and l not in words]
                if pairs and (nm.group(), pairs[0]) not in seen:
                    seen.add((nm.group(), pairs[0]))
                    out.append((nm, em, *pairs[0]))
    return out


@detector("byline-email", "internal")
def byline_email(facts: Facts) -> list[Finding]:
    """A romanised name spelled otherwise in the author's own e-mail address."""
    out = []
    for tf in facts:
        t = _text(tf)
        for nm, em, w, l in byline_mismatches(t):
            out.append(Finding(
                kind="name-variant",
                severity="note",
                message=f"The name «{nm.group()}» writes «{w}» where the author's e-mail «{em.group()}» writes «{l}».",
                spans=[_span(tf, nm.start(), nm.end()), _span(tf, em.start(), em.end())],
                evidence={"rule": "a word of a romanised name close to but not equal to a word of a nearby e-mail address",
                          "name_word": w, "email_word": l, "ratio": round(_near(w, l), 3)},
            ))
    return out


# --------------------------------------------------------------------------- acronym vs domain


def _label(host: str) -> str:
    parts = [p for p in host.lower().split(".")]
    while len(parts) > 1 and (parts[-1] in _TLDS or len(parts[-1]) == 2):
        parts.pop()
    return parts[-1] if parts else ""


def acronym_mismatches(t: str) -> list[tuple[re.Match, re.Match, str]]:
    out = []
    for am in _ACRONYM.finditer(t):
        acr = am.group("a").lower()
        for um in _URL_HOST.finditer(t, am.end(), min(len(t), am.end() + REACH)):
            if "\n\n" in t[am.end():um.start()]:
                break
            label = _label(um.group("host"))
            if not label.isalpha() or len(label) > 8 or len(label) < 3:
                break  # the first URL after the acronym is its own; one spelled out is not compared
            if acr in label or label in acr:
                break
            shared = sum(min(acr.count(c), label.count(c)) for c in set(acr))
            if label[0] == acr[0] and shared >= max(len(acr), len(label)) - 1:
                out.append((am, um, label))
            break
    return out


_ORG_ACRONYM = re.compile(r"(?P<org>(?:[\u0621-\u064A]+[ \t]+){1,5})\((?:[\u0621-\u064A]+[ \t]*[-–—:،,][ \t]*)?"
                          r"(?P<a>[A-Z][A-Za-z]{1,7})\)(?P<mark>[ \t]*\[\d+\])?")
_OPEN = re.compile(r"\(")  # every match of _ORG_ACRONYM reaches one, after Arabic words and spaces
_AR_RUN = frozenset(map(chr, range(0x621, 0x64B))) | {" ", "\t"}
_LATER_MARK = re.compile(r"\[(?P<n>\d+)\]")
_SENT_END = re.compile(r"[.!?؟\n]")
_NOTE_LINE = re.compile(r"(?m)^[ \t]*\[?(?P<n>\d+)[\].)\-]?[ \t]*(?P<body>.+)$")
_SITE = re.compile(r"موقع|website|site", re.I)


def _host_tokens(host: str) -> list[str]:
    parts = [p for p in re.split(r"[.\-]", host.lower()) if p and p != "www"]
    while len(parts) > 1 and (parts[-1] in _TLDS or len(parts[-1]) == 2):
        parts.pop()
    return parts


def _agrees(acr: str, tokens: list[str]) -> bool:
    """A domain token that writes the acronym: itself, the acronym after an umbrella prefix
    (``unescwa`` for ESCWA), the acronym opening a longer word (``iissonline``), or a part of a
    longer acronym. The acronym with one or two letters more at its end («wrba» for WRB) is
    another acronym, not this one."""
    def one(tok: str) -> bool:
        if acr == tok or tok.endswith(acr) or (len(tok) >= 3 and tok in acr):
            return True
        if acr in tok:
            return not (len(acr) >= 3 and tok.startswith(acr) and len(tok) - len(acr) <= 2)
        return False
    return any(one(tok) for tok in tokens)


def _close_one(acr: str, tok: str, loose: bool) -> bool:
    if not tok.isalpha() or not 2 <= len(tok) <= 8:
        return False
    if len(acr) >= 3 and len(tok) == len(acr) and sorted(tok) == sorted(acr) and tok[0] in acr[:2]:
        return True  # two letters swapped («rwba» for WRBA)
    if tok[0] != acr[0]:
        return False
    shared = sum(min(acr.count(c), tok.count(c)) for c in set(acr))
    if shared >= max(len(acr), len(tok)) - 1:
        return True
    return len(acr) >= 3 and tok[:3 if loose else 2] == acr[:3 if loose else 2]


def _close(acr: str, tok: str) -> bool:
    """A domain token that looks like another spelling of the acronym: its first letter, and all
    letters but one shared, or the same two first letters (the «Mo…» of a ministry), or the same
    letters with two swapped; also the token past an umbrella prefix of one or two letters
    («un» of ``unescwa``), then with all letters but one shared or the same first three."""
    if _close_one(acr, tok, False):
        return True
    return len(acr) >= 4 and any(len(tok) - k >= len(acr) - 1 and _close_one(acr, tok[k:], True) for k in (1, 2))


def acronym_tied_mismatches(t: str) -> list[tuple[re.Match, re.Match, str]]:
    """An organisation's acronym given in brackets after its Arabic name («شركة مياه الساحل (SWC)»)
    against the domains of the URLs tied to it: the note its marker calls («(WRA)[4]»), the notes
    that begin with the organisation's name («[2] شركة مياه الساحل، …»), a URL the same sentence
    calls its website («على موقعها www.…»). No tied domain contains the acronym, and one spells
    it closely (:func:`_close`)."""
    notes = {m.group("n"): m for m in _NOTE_LINE.finditer(t)}
    out = []
    for am in finditer_before(_ORG_ACRONYM, t, _OPEN, _AR_RUN):  # = _ORG_ACRONYM.finditer(t), tried before «(» only
        acr = am.group("a")
        if sum(c.isupper() for c in acr) < 2:
            continue
        lo = acr.lower()
        org = am.group("org").split()
        tied: list[re.Match] = []
        called = re.search(r"\d+", am.group("mark")).group() if am.group("mark") else None
        if called is None:  # the first marker of the sentence after the acronym («(WRBA) للإشراف …[2].»)
            end = _SENT_END.search(t, am.end())
            mk = _LATER_MARK.search(t, am.end(), end.start() if end else len(t))
            called = mk.group("n") if mk else None
        if called in notes:
            tied += list(_URL_HOST.finditer(t, notes[called].start("body"), notes[called].end()))
        name = " ".join(org[-min(len(org), 3):])
        for nm in notes.values():
            if nm.start() == am.start() or nm.start() <= am.start() < nm.end():
                continue
            if len(org) >= 2 and (nm.group("body").startswith(name) or _led_by(nm.group("body"), org)) \
                    or re.match(re.escape(acr) + r"(?![A-Za-z])", nm.group("body")):
                tied += list(_URL_HOST.finditer(t, nm.start("body"), nm.end()))
        tail = t[am.end():am.end() + 160].split("\n")[0]
        um = _URL_HOST.search(tail)
        if um and _SITE.search(tail[:um.start()]) and not _ACRONYM.search(tail[:um.start()]):
            tied.append(_URL_HOST.search(t, am.end() + um.start()))
        tied = [u for u in tied if u and "@" not in t[max(0, u.start() - 1):u.start()]]
        seen: set[int] = set()
        for u in tied:  # each tied URL on its own: one note's domain may be misspelt, another's right
            if u.start() in seen or _agrees(lo, _host_tokens(u.group("host"))):
                continue
            seen.add(u.start())
            close = [tok for tok in _host_tokens(u.group("host")) if _close(lo, tok)]
            if close:
                out.append((am, u, close[0]))
    return out


_BRACKET_ACR = re.compile(r"\((?:[\u0621-\u064A]+[ \t]*[-–—:،,][ \t]*)?(?P<a>[A-Z][A-Z]{1,7})\)")


_URLS_LAST: list = [(None, [])]  # (text, its URL hosts), read and replaced as one (threads)


def _url_hosts(t: str) -> list[re.Match]:
    """``list(_URL_HOST.finditer(t))``, the last text's kept: two rules read one text's URLs in a
    row (a pass of the pattern over a 20 KB text costs about 1 ms). Never changed by its readers."""
    last, urls = _URLS_LAST[0]
    if last is not t and last != t:
        urls = list(_URL_HOST.finditer(t))
        _URLS_LAST[0] = (t, urls)
    return urls


def acronym_after_url_mismatches(t: str) -> list[tuple[re.Match, re.Match, str]]:
    """A URL given first and the organisation it belongs to after it, in the same sentence:
    «… في www.crss.org، الموقع الرسمي لمركز … (CRSS).», "Its report (crss.org) was released by
    the Centre … (CRSS)". The first bracketed Latin acronym after the URL, before the sentence
    ends and before any other URL, within :data:`AFTER` characters; compared as the tied URLs of
    :func:`acronym_tied_mismatches` are."""
    out = []
    for um in _url_hosts(t):
        if "@" in t[max(0, um.start() - 1):um.start()]:
            continue
        end = _SENT_END.search(t, um.end())
        stop = min(end.start() if end else len(t), um.end() + AFTER)
        nxt = _URL_HOST.search(t, um.end(), stop)
        am = _BRACKET_ACR.search(t, um.end(), nxt.start() if nxt else stop)
        if not am:
            continue
        lo = am.group("a").lower()
        tokens = _host_tokens(um.group("host"))
        if _agrees(lo, tokens):
            continue
        close = [tok for tok in tokens if _close(lo, tok)]
        if close:
            out.append((am, um, close[0]))
    return out


AFTER = 200


def _known_pairs() -> frozenset[tuple[str, str]]:
    """(acronym, domain label) of the known organisations, their other-language acronyms included
    («FMI» and ``imf``, «OTAN» and ``nato``: an acronym in another language's word order)."""
    from ..lang import lexicon

    out = set()
    for key, e in lexicon("organisations").items():
        for a in {key, *(e.get("also") or [])}:
            out |= {(a.lower(), d.lower()) for d in e.get("domain") or []}
    return frozenset(out)


def acronym_anagram_mismatches(t: str) -> list[tuple[re.Match, re.Match, str]]:
    """A Latin acronym whose letters are those of a URL's domain label in another order («(HPC)» …
    ``hcp.ma``, «WMO (2024)» … ``mwo.int``, «(IRNEA)» … ``irena.org``): two letters of one name
    transposed, in the acronym or in the domain. Not when the acronym also is some URL's label (its own
    domain is there), nor for the known organisations' acronyms in another language («FMI»/``imf``)."""
    urls = [u for u in _url_hosts(t) if "@" not in t[max(0, u.start() - 1):u.start()]]
    if not urls:
        return []
    tokens = [(u, _host_tokens(u.group("host"))) for u in urls]
    labels = {tok for _, toks in tokens for tok in toks}
    # each URL's labels once, by their letters sorted, in the URLs' order (a pass over every URL per
    # acronym made a long text quadratic); the URLs do not overlap, so one bisection finds the only
    # one that may hold an acronym
    by_letters: dict[tuple[str, ...], list[tuple[re.Match, str]]] = {}
    for u, toks in tokens:
        for tok in toks:
            by_letters.setdefault(tuple(sorted(tok)), []).append((u, tok))
    starts = [u.start() for u in urls]
    known = _known_pairs()
    out, seen = [], set()
    # a label that is an acronym and a word run together (``acleddata``, ``ispionline``): its opening
    # letters, for an acronym of four letters or more whose URL follows it closely
    by_prefix: dict[tuple[str, ...], list[tuple[re.Match, str]]] = {}
    for u, toks in tokens:
        for tok in toks:
            for n in range(4, min(7, len(tok) - 2)):
                if tok[n:].isalpha():
                    by_prefix.setdefault(tuple(sorted(tok[:n])), []).append((u, tok))
    for am in _ACRONYM.finditer(t):
        a = am.group("a").lower()
        k = bisect_right(starts, am.start()) - 1
        if a in labels or (k >= 0 and am.start() < urls[k].end()):
            continue
        for u, tok in by_letters.get(tuple(sorted(a)), ()):
            if tok != a and len(tok) == len(a) and (a, tok) not in known and (a, tok) not in seen:
                seen.add((a, tok))
                out.append((am, u, tok))
        if len(a) >= 4 and not any(_agrees(a, toks) for _, toks in tokens):
            for u, tok in by_prefix.get(tuple(sorted(a)), ()):
                if (0 < u.start() - am.end() <= AFTER and tok[:len(a)] != a and tok[0] in a[:2]
                        and (a, tok) not in seen):
                    seen.add((a, tok))
                    out.append((am, u, tok))
    return out


def _led_by(body: str, org: list[str]) -> bool:
    """Whether a note opens with the organisation as its author: the words before its first comma
    (at least two) are the last words of the name before the bracket («[2] هيئة حوض النهر، …»)."""
    lead = re.split(r"[،,.:]", body, maxsplit=1)[0].split()
    return 2 <= len(lead) <= len(org) and org[-len(lead):] == lead


def _rotated(acronym: str, label: str) -> bool:
    """Whether a domain spells the acronym with a block of two or more of its first letters moved to the end («NCTTCA»
    and «ttcanc.org»: the Northern Corridor's authority named in another word order): one name, not two."""
    a, b = acronym.lower(), label.lower()
    return len(a) == len(b) >= 4 and any(a[k:] + a[:k] == b for k in range(2, len(a) - 1))


@detector("acronym-domain", "internal")
def acronym_domain(facts: Facts) -> list[Finding]:
    """An organisation's acronym that disagrees with the domain of its own URL."""
    out = []
    for tf in facts:
        t = _text(tf)
        found = acronym_mismatches(t)
        spans_ = {(am.start("a"), am.end("a")) for am, _, _ in found}
        tied = [f for f in acronym_tied_mismatches(t) if (f[0].start("a"), f[0].end("a")) not in spans_]
        spans_ |= {(am.start("a"), am.end("a")) for am, _, _ in tied}
        tied += [f for f in acronym_after_url_mismatches(t) if (f[0].start("a"), f[0].end("a")) not in spans_]
        spans_ |= {(am.start("a"), am.end("a")) for am, _, _ in tied}
        tied += [f for f in acronym_anagram_mismatches(t) if (f[0].start("a"), f[0].end("a")) not in spans_]
        for am, um, label in found + tied:
            if _rotated(am.group("a"), label):
                continue
            out.append(Finding(
                kind="name-variant",
                severity="note",
                message=f"The acronym «{am.group('a')}» is given with the domain «{um.group('host')}» («{label}»).",
                spans=[_span(tf, am.start("a"), am.end("a")), _span(tf, um.start("host"), um.end("host"))],
                evidence={"rule": "a Latin acronym and the acronym-like main label of the next URL's domain "
                                  "share their first letter and all letters but one, yet differ" if (am, um, label) in found else
                                  "an organisation's bracketed acronym and the domain of a URL tied to it (the note its "
                                  "marker calls, a note beginning with its name, its website), which spells it otherwise",
                          "acronym": am.group("a"), "domain_label": label},
            ))
    return out


# --------------------------------------------------------------------------- X-X relations


def _pairs(t: str):
    for rx in (_REL_EN, _REL_AR):
        for m in rx.finditer(t):
            yield m, m.group("x").lower(), m.group("y").lower()


@detector("relations-pair", "internal")
def relations_pair(facts: Facts) -> list[Finding]:
    """«X-X relations» where the text's other mentions name the pair X-Y."""
    out = []
    for tf in facts:
        t = _text(tf)
        pairs = list(_pairs(t))
        others = Counter(frozenset((x, y)) for _, x, y in pairs if x != y)
        for m, x, y in pairs:
            if x != y:
                continue
            meant = [p for p, _ in sorted(others.items(), key=lambda kv: (-kv[1], sorted(kv[0]))) if x in p][:1]
            if not meant:
                continue
            sp = _span(tf, m.start(), m.end())
            out.append(Finding(
                kind="relations-pair",
                severity="warning",
                message=f"«{sp.text}» names one side twice; elsewhere the text names the pair "
                        f"{', '.join('-'.join(sorted(p)) for p in meant)}.",
                spans=[sp],
                evidence={"rule": "an X-X pair in a text whose other pairs are X-Y",
                          "pairs": ['-'.join(sorted(p)) for p in meant]},
            ))
    return out


# --------------------------------------------------------------------------- a first name spelled two ways


def _persons(tf: TextFacts) -> list[dict]:
    """The text's person mentions, grouped into entities (shared with :mod:`tahqiq.checks.entities`):
    records of its rows, in text order, each a copy of its own."""
    from .entities import grouped_records, mentions

    m = mentions(tf)
    if m is None or m.empty:
        return []
    return [dict(r) for r in grouped_records(tf) if r["kind"] == "person"]


def _given_name(t: str, row: dict) -> tuple[str, int, int] | None:
    """The word before a person's surname: the first word of a full name, or the word just before a
    one-word mention («فلاديمر» before a matched «بوتين»). Normalised text and offsets."""
    ns = row["_ns"]
    name = str(row["name"]).split()
    if len(name) >= 2 or len(str(row["text"]).split()) > len(name):
        m = _WORD_AT.match(t, ns)
        return (m.group(), ns, m.end()) if m else None
    m = re.search(r"(\w+)[ \t]+$", t[max(0, ns - 40):ns])
    if not m:
        return None
    s = max(0, ns - 40) + m.start(1)
    return m.group(1), s, s + len(m.group(1))


@detector("first-name-variant", "internal")
def first_name_variant(facts: Facts) -> list[Finding]:
    """One person's first name written two ways in one text («فلاديمير» and «فلاديمر» before «بوتين»)."""
    from ..link.entities import same_word

    out = []
    for tf in facts:
        persons = _persons(tf)
        if not persons:
            continue
        t = _text(tf)
        by_group: dict[str, list[dict]] = {}  # (as groupby("group", sort=True) groups them)
        for r in persons:
            if pd.notna(r["group"]):
                by_group.setdefault(r["group"], []).append(r)
        for gid in sorted(by_group):
            firsts: dict[str, list[tuple[int, int]]] = {}
            full: dict[str, bool] = {}  # a first name seen only inside full names (entity-variant compares those)
            for r in by_group[gid]:
                r["_ns"] = tf.norm.norm_span(int(r["start"]), int(r["end"]))[0]
                hit = _given_name(t, r)
                if hit and len(hit[0]) >= 3 and not hit[0].isdigit():
                    firsts.setdefault(hit[0], []).append((hit[1], hit[2]))
                    full[hit[0]] = full.get(hit[0], True) and len(str(r["name"]).split()) >= 2
            words = sorted(firsts)
            pairs = [(a, b) for i, a in enumerate(words) for b in words[i + 1:]
                     if same_word(a, b) and not (full[a] and full[b])
                     and (re.match(r"[A-Za-z]", a) is None) == (re.match(r"[A-Za-z]", b) is None)]
            for a, b in pairs:
                spans = [_span(tf, *firsts[a][0]), _span(tf, *firsts[b][0])]
                out.append(Finding(
                    kind="entity-variant",
                    severity="note",
                    message=f"One person's first name is written two ways in this text: «{spans[0].text}» and «{spans[1].text}».",
                    spans=spans,
                    evidence={"rule": "the word before one person's surname, two spellings of one word (same script)",
                              "group": str(gid), "forms": [a, b]},
                ))
    return out
