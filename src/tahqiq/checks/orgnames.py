"""``org-acronym``: a known international organisation written with another's acronym or URL.

Texts name an international organisation in Arabic and give its Latin acronym in brackets right
after the name («منظمة العمل الدولية (ILO)»، «منظمة الأمم المتحدة للتربية والعلم والثقافة
(UNESCO)»); a reference names it in English with the URL of its own site ("International Labour
Organization, …, https://www.ilo.org/…"). The organisations, their names in both languages, their
acronyms in other languages and their domains are in ``lang/organisations.yml``. Two slips are
flagged (kind ``name-variant``, a note):

* the bracket right after a known Arabic name holds a Latin acronym that is none of the
  organisation's own («منظمة الأمم المتحدة للتربية والعلم والثقافة (UNICEF)»، «منظمة العمل الدولية
  (IOL)»);
* a reference line that names a known organisation in English gives a URL none of whose domain
  labels is the organisation's own or another known organisation's, and one of which spells the
  organisation's own closely (all letters but one, or two swapped: ``ifo.org`` for ILO).

Never flagged: an acronym of the organisation in another language (``also``: «OIT», «OMS»), a
bracket after a longer name that only begins like a known one («منظمة الصحة العالمية لشرق المتوسط
(EMRO)»: the bracket is not right after the known name), a URL of another site (a publisher, a
news site: not close to the organisation's domain).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts
from ..lang import lexicon
from ..review.findings import Finding
from ..text.normtext import fold
from ..text.patterns import lead
from . import detector
from .chronology import raw_span
from .names import _URL_HOST, _close, _host_tokens

KIND = "name-variant"
_BRACKET = re.compile(r"[ \t*_]*\((?P<a>[A-Z][A-Z]{1,7})\)")


@lru_cache(maxsize=1)
def _orgs() -> dict[str, dict[str, list[str]]]:
    return lexicon("organisations")


@lru_cache(maxsize=1)
def _arabic_names() -> re.Pattern:
    """Every folded Arabic name, longest first, with an optional clitic «و»/«ب»/«ل»/«ف» and «ال»."""
    names = {}
    for acr, e in _orgs().items():
        for n in e.get("ar", []):
            names[fold(n)] = acr
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (run over the whole text: tried only at the letters a name or its clitics can open with, text.patterns.lead)
    return lead(rf"(?<![\u0621-\u064A])(?:[وبلف]|ول|وب)?(?:ل)?(?P<name>{alt})(?![\u0621-\u064A])"), names


def _own(acr: str) -> set[str]:
    e = _orgs()[acr]
    return {acr} | set(e.get("also", []))


def arabic_mismatches(t: str) -> list[tuple[re.Match, re.Match, str]]:
    """(name match, bracket match, the organisation's acronym) for each known Arabic name followed
    right away by a bracketed acronym that is not the organisation's."""
    rx, names = _arabic_names()
    out = []
    for m in rx.finditer(t):
        b = _BRACKET.match(t, m.end())
        if not b:
            continue
        acr = names[m.group("name")]
        if b.group("a") not in _own(acr):
            out.append((m, b, acr))
    return out


@lru_cache(maxsize=1)
def _domains() -> frozenset[str]:
    return frozenset(d for e in _orgs().values() for d in e.get("domain", []))


def url_mismatches(t: str) -> list[tuple[int, int, re.Match, str]]:
    """(name start, name end, URL match, the organisation's acronym) for each line naming a known
    organisation in English whose URL spells the organisation's domain closely but otherwise."""
    out = []
    for line in re.finditer(r"[^\n]+", t):
        s = line.group()
        for acr, e in _orgs().items():
            hit = next((s.find(n) for n in sorted(e.get("en", []), key=len, reverse=True)
                        if len(n) > 8 and n in s), -1)
            if hit < 0:
                continue
            own = set(e.get("domain", []))
            for u in _URL_HOST.finditer(s, hit):
                if "@" in s[max(0, u.start() - 1):u.start()]:
                    continue
                tokens = _host_tokens(u.group("host"))
                if any(tok in _domains() or any(d in tok for d in own) for tok in tokens):
                    break  # its own site, or another known organisation's: not compared further
                if any(_close(d, tok) for d in own for tok in tokens):
                    name = next(n for n in sorted(e["en"], key=len, reverse=True) if n in s)
                    out.append((line.start() + hit, line.start() + hit + len(name),
                                _URL_HOST.search(t, line.start() + u.start()), acr))
                break
    return out


@detector("org-acronym", "internal")
def org_acronym(facts: Facts) -> list[Finding]:
    """A known organisation's Arabic name with another's acronym, or its English name with a URL
    that misspells its domain."""
    out = []
    for tf in facts:
        t = tf.norm.text
        for m, b, acr in arabic_mismatches(t):
            out.append(Finding(
                kind=KIND,
                severity="note",
                message=(f"«{raw_span(tf, m.start('name'), m.end('name')).text}» is {acr}, but the text gives "
                         f"its acronym as «{b.group('a')}»."),
                spans=[raw_span(tf, m.start("name"), m.end("name")), raw_span(tf, b.start("a"), b.end("a"))],
                evidence={"rule": "a known organisation's Arabic name (lang/organisations.yml) followed by a bracketed "
                                  "acronym that is none of its own", "organisation": acr, "acronym": b.group("a")},
            ))
        for s, e, u, acr in url_mismatches(t):
            out.append(Finding(
                kind=KIND,
                severity="note",
                message=(f"«{raw_span(tf, s, e).text}» ({acr}) is given with the domain «{u.group('host')}», "
                         f"which misspells its own."),
                spans=[raw_span(tf, s, e), raw_span(tf, u.start("host"), u.end("host"))],
                evidence={"rule": "a known organisation's English name in a line with a URL whose domain spells the "
                                  "organisation's own closely but otherwise", "organisation": acr,
                          "domain": u.group("host")},
            ))
    return out
