"""Periods: a decade, century or millennium phrase contradicting the year it is used for.

``period-mismatch``
    A period phrase — a decade («تسعينيات القرن الماضي», «العقد الأول من القرن الحادي
    والعشرين», ``the 1990s``), a century («القرن العشرين», ``the 21st century``) with the
    intervals the dates extractor gives, or a millennium («مطلع الألفية الثالثة», ``the new
    millennium``, read here) — standing right next to an explicit year (or day, month, year
    range) in one sentence, joined only by words that make one a gloss of the other («في»,
    «عام», «خلال», «أي», «تحديداً», ``in``, ``the year``, ``namely``, a comma or brackets), while
    the year lies outside the phrase's interval: «في العقد الأول من القرن الحادي والعشرين عام
    2015».

    A date of the clause that a comma and «حين»، «عندما»، «مع»، ``when`` open right after the period
    (within ten words, no order word between) glosses it too: «حتى منتصف العقد الثاني من القرن
    الحادي والعشرين، حين أتاحت … عام 2015» (``lang/time.yml`` ``period_glosses``; «مع», ``with
    the`` only after a period without a since/until of its own).

    Pairs joined by a range or relation word are not glosses and are never compared («منذ
    تسعينيات القرن الماضي وحتى 2024», ``since the 1990s until 2024``), nor are a period and a
    year that carry a since/until/before/after of their own, nor two phrases joined by «و»/``and``
    (two different times). A year range contradicts only if it lies wholly outside.

    A period that frames its sentence or clause («ففي العقد الأخير من القرن العشرين، تطورت …»,
    ``In the 1990s, …``: the phrase opens it, after at most «في»/«خلال»/«مع»/``in the``/``during
    the``) governs the dated mentions that follow it in that sentence (within 25 words, up to a
    semicolon, another period phrase, a sequence word («ثم»، "then") or a new time frame opened by
    «وفي»/«ثم في»/``and in``/``and by``): a plain year there must meet the period, a year introduced by «بعد»/«منذ»/``after``/
    ``since`` must not lie wholly after it, one introduced by «قبل»/«حتى»/«بحلول»/``before``/
    ``until``/``by`` not wholly before it. Texts whose word order was scrambled by extraction
    (form ``pdf-scrambled``) are read by the gloss rule only.

    A period that is the time adverbial of its clause after the verb («شهدت العلاقات في الخمسينيات
    تحالفاً توّج بمعاهدة عام 1950») governs the first plain date after it in that clause (no
    comma, order word, relation cue, new frame or relative clause between, within twelve words).

    A part of the period narrows it («مطلع/منتصف/أواخر القرن العشرين», "the late 1980s"): an early
    part is its first half, a middle one its middle three fifths, a late one its second half.

    Severity by the distance between the year and the period: one year is a ``note`` (the other
    convention for counting decades and centuries, 1991–2000 and 1901–2000); up to ten years a
    ``warning``; more an ``error`` (a frame finding is at most a ``warning``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.spans import held_by
from ..facts import Facts, TextFacts
from ..review.findings import SEVERITIES, Finding, Span
from ..text.intervals import millennium_years
from ..text.patterns import lead
from . import detector
from .chronology import POINT_TYPES, Mention, dated_mentions, raw_span, sentence_spans
from ..text.intervals import year_of

_AL = r"\u0621-\u064A"
_MILLENNIUM_AR = re.compile(
    rf"(?<![{_AL}])[وفبل]?(?:(?:مطلع|بدايه|بدايات|اوائل|مستهل)\s+)?الالفيه(?:\s+(?P<ord>الثالثه|الثانيه|الجديده))?(?![{_AL}])"
)
_MILLENNIUM_EN = lead(  # re.compile, with a lookahead on the first characters
    r"\b(?:the\s+)?(?:(?:turn|start|beginning|dawn)\s+of\s+the\s+)?(?:(?P<ord>new|third|second|2nd|3rd)\s+)?millennium\b",
    re.I,
)
_SECOND = {"الثانيه", "second", "2nd"}

# Words that may join a period phrase and the year it glosses.
_GLUE_WORDS = {
    "في", "عام", "العام", "سنه", "السنه", "خلال", "تحديدا", "بالتحديد", "اي", "حوالي", "نحو",
    "وتحديدا", "وبالتحديد", "وذلك",
    # the era letter after a year («30 نوفمبر 1967م، في …»: the date's, not a word between)
    "م", "ه",
    "in", "the", "year", "of", "during", "specifically", "namely", "i.e.", "ie", "around", "circa", "c.",
}
_GLUE_TOKEN = re.compile(rf"[{_AL}A-Za-z.]+|[,،():\s]+|\S")
_WORD_RE = re.compile(rf"[{_AL}A-Za-z0-9]+")
_MAX_GLUE_WORDS = 4
_RELATIONS = {"since", "until", "before", "after"}
PERIOD_TYPES = ("decade", "century")


@dataclass(frozen=True)
class _Period:
    nstart: int
    nend: int
    start_year: int
    end_year: int
    modifier: str | None
    span_of: Mention | None  # the dates row, when the phrase comes from the extractor


@lru_cache(maxsize=8)
def millennium_spans(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """Millennium phrases of a normalised text: ``(start, end, first_year, last_year)``; found
    once per text (five detectors read a text's periods).

    The unqualified or «الجديدة»/«الثالثة» (new, third) millennium is 2001..3000, the second
    1001..2000 (the dates extractor's convention, :func:`tahqiq.text.intervals.millennium_years`)."""
    out = []
    for rx in (_MILLENNIUM_AR, _MILLENNIUM_EN):
        for m in rx.finditer(text):
            second = (m.group("ord") or "").lower() in _SECOND
            out.append((m.start(), m.end(), *millennium_years(2 if second else 3)))
    return tuple(sorted(out))


def _periods(tf: TextFacts) -> list[_Period]:
    out = [
        _Period(m.nstart, m.nend, *_part(year_of(m.start_date), year_of(m.end_date), m.modifier), m.modifier, m)
        for m in dated_mentions(tf, PERIOD_TYPES)
    ]
    out += [_Period(s, e, a, b, None, None) for s, e, a, b in millennium_spans(tf.norm.text)]
    return sorted(out, key=lambda p: p.nstart)


# The share of a period its part covers («مطلع/منتصف/أواخر القرن العشرين», "the late 1980s"), kept
# wide: an early part is the first half, a middle one the middle three fifths, a late one the second half.
_PARTS = {"early": (0.0, 0.5), "mid": (0.2, 0.8), "late": (0.5, 1.0)}


def _part(a: int, b: int, modifier: str | None) -> tuple[int, int]:
    """The years of the part of the period ``a``..``b`` its modifier names (all of it without one)."""
    part = next((_PARTS[t] for t in (modifier or "").split("-") if t in _PARTS), None)
    if part is None:
        return a, b
    n = b - a + 1
    return a + int(part[0] * n), a + int(round(part[1] * n)) - 1


def _has_relation(modifier: str | None) -> bool:
    return bool(modifier and set(modifier.split("-")) & _RELATIONS)


def _is_gloss(gap: str) -> bool:
    """Whether the text between a period and a year only glues them (no range, relation or «و»,
    no line break: a dateline or a title line above a period is not its gloss)."""
    if "\n" in gap:
        return False
    words = [t for t in _GLUE_TOKEN.findall(gap) if not re.fullmatch(r"[,،():\s]+", t)]
    return len(words) <= _MAX_GLUE_WORDS and all(t.lower() in _GLUE_WORDS for t in words)


def _distance(p: _Period, y: Mention) -> int:
    """Years between the year's interval and the period's (0 if they meet)."""
    ys, ye = year_of(y.start_date), year_of(y.end_date)
    if ye < p.start_year:
        return p.start_year - ye
    if ys > p.end_year:
        return ys - p.end_year
    return 0


def _severity(distance: int) -> str:
    if distance <= 1:
        return "note"
    return "warning" if distance <= 10 else "error"


def _period_span(tf: TextFacts, p: _Period) -> Span:
    return p.span_of.span if p.span_of is not None else raw_span(tf, p.nstart, p.nend)


_WHEN_REACH = 10  # words between a gloss clause's opening word and its date


@lru_cache(maxsize=1)
def _when_res() -> tuple[re.Pattern, re.Pattern]:
    """The openers of a clause glossing a period (``lang/time.yml`` ``period_glosses``): after any
    period, and after a period without a relation of its own."""
    from ..lang import lexicon
    from ..text.normtext import fold

    g = lexicon("time")["period_glosses"]

    def rx(key: str) -> re.Pattern:
        ws = sorted({fold(w).lower() for lang in g[key].values() for w in lang}, key=len, reverse=True)
        return re.compile(r"\s*[,،]\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)
                          + rf")(?![{_AL}A-Za-z])(?P<rest>[^,،؛;:()]*)$", re.I)

    return rx("any"), rx("plain")


def _when_gloss(text: str, p: _Period, y: Mention) -> bool:
    """Whether ``y`` is the date of a clause opened after the period by «حين»، «عندما»، «مع»، "when"
    (the comma right after the period): «حتى منتصف العقد الثاني، حين أتاحت … عام 2015»."""
    from .chronology import _ORDER_RE

    gap = text[p.nend:y.nstart]
    if "\n" in gap:
        return False
    anyw, plain = _when_res()
    m = anyw.match(gap) or (None if _has_relation(p.modifier) else plain.match(gap))
    if m is None:
        return False
    rest = m.group("rest")
    return len(_WORD_RE.findall(rest)) <= _WHEN_REACH and not _ORDER_RE.search(rest) \
        and not _NEW_FRAME.search(rest)


def _pairs(tf: TextFacts) -> list[tuple[_Period, Mention]]:
    """Period phrases and the year each glosses (or is glossed by), within one sentence."""
    return [(p, y) for p, y, _ in _glosses(tf)]


def _joined(text: str, p: _Period, q: _Period) -> bool:
    """Whether two period phrases are joined by «و»/"and" alone (the «و» may open the second phrase's span:
    «أواخر الثمانينيات ومطلع التسعينيات»)."""
    a, b = sorted((p, q), key=lambda x: x.nstart)
    gap = text[a.nend:b.nstart]
    return bool(re.fullmatch(r"\s*(?:و|and)\s*", gap) or re.fullmatch(r"\s*", gap) and text[b.nstart:b.nstart + 1] == "و")


def _glosses(tf: TextFacts) -> list[tuple[_Period, Mention, str]]:
    """Period phrases and the year each glosses, with the shape: ``gloss`` (next to it), ``when``
    (the date of a clause opened by «حين»، «مع»، "when" after it)."""
    text = tf.norm.text
    periods = _periods(tf)
    points = dated_mentions(tf, POINT_TYPES)
    out = []
    for s, e in sentence_spans(text):
        ps = held_by(periods, s, e)
        ys = held_by(points, s, e)
        if not ps or not ys:
            continue
        for p in ps:
            after = [y for y in ys if y.nstart >= p.nend]
            if after and not _has_relation(after[0].modifier) and _when_gloss(text, p, after[0]):
                out.append((p, after[0], "when"))
                continue
            if _has_relation(p.modifier):
                continue
            before = [y for y in ys if y.nend <= p.nstart]
            after = [y for y in ys if y.nstart >= p.nend]
            near = []
            if before:
                near.append((before[-1], text[before[-1].nend : p.nstart]))
            if after:
                near.append((after[0], text[p.nend : after[0].nstart]))
            # «أي في أواخر الثمانينيات ومطلع التسعينيات»: periods joined by «و» gloss the years together
            joined = [q for q in ps if q is not p and _joined(text, p, q)]
            for y, gap in near:
                if _has_relation(y.modifier) or not _is_gloss(gap):
                    continue
                if any(_distance(q, y) == 0 for q in joined):
                    continue
                out.append((p, y, "gloss"))
    return out


# What may open a framing clause before the period phrase: a preposition, then (English) "the".
_FRAME_HEAD = {"في", "ففي", "وفي", "خلال", "وخلال", "مع", "ومع", "in", "during", "throughout"}
_FRAME_REACH = 25  # words after the period phrase
# A new time frame before a mention: «وفي»، «وعام»، «ثم في»، «وبحلول»، ``and in``, ``then by``, ``but since`` …
_NEW_FRAME = re.compile(
    rf"(?:(?<![{_AL}])(?:[وف]\s*|ثم\s+)(?:في|عام|خلال|بحلول|منذ|بعد|قبل)"
    r"|\b(?:and|then|but|while)\s+(?:in|by|since|from|after|before|during))\s*(?:\S+\s+)?$",
    re.I,
)
_AFTER_CUE = re.compile(
    rf"(?:(?<![{_AL}])(?:[وف]?(?:بعد|منذ|عقب|علي\s+اثر)|in\s+the\s+wake\s+of)|\b(?:after|since|following|from))"
    r"(?:\s+\S+){0,4}\s*$",
    re.I,
)
_BEFORE_CUE = re.compile(
    rf"(?:(?<![{_AL}])[وف]?(?:قبل|قبيل|حتي|بحلول)|\b(?:before|until|by|prior\s+to))(?:\s+\S+){{0,4}}\s*$",
    re.I,
)
# A terminus naming an era whose years follow in brackets: «وظل كذلك حتى عهد إمارة شرق الأردن
# (1921-1946)»، "until the era of the Emirate (1921-1946)": «حتى»/«إلى أن»/"until" and up to eight
# words of the era's name, the bracket glossing the era (the date is where the story ends, not a
# date inside the frame).
_TERMINUS_GLOSS = re.compile(
    rf"(?:(?<![{_AL}])[وف]?(?:حتي|الي\s+ان|لغايه)|\buntil)(?:\s+[^\s()\[\],،.]+){{1,8}}\s*[(\[]\s*$",
    re.I,
)


def _opens_clause(text: str, s: int, p: _Period) -> bool:
    """Whether a period phrase opens its sentence or clause: nothing before it there, or one
    preposition («في», «خلال», «مع», ``in``, ``during``), in English with its article, before a
    decade with its noun («وفي عقد الثمانينيات»)."""
    head = re.split(r"[,،؛;:]", text[s : p.nstart])[-1]
    toks = [t.lower() for t in _WORD_RE.findall(head)]
    return not toks or (toks[0] in _FRAME_HEAD and toks[1:] in ([], ["the"], ["عقد"]))


def _direction(text: str, frame_end: int, y: Mention) -> str:
    """How a governed mention relates to the frame: ``after``, ``before`` or ``at``."""
    mods = set((y.modifier or "").split("-"))
    if mods & {"after", "since"}:
        return "after"
    if mods & {"before", "until"}:
        return "before"
    lead = text[frame_end : y.nstart]
    if _AFTER_CUE.search(lead):
        return "after"
    if _BEFORE_CUE.search(lead) or _TERMINUS_GLOSS.search(lead):
        return "before"
    return "at"


def _framed(tf: TextFacts) -> list[tuple[_Period, Mention, str]]:
    """Periods framing their clause, each with the dated mentions it governs and their direction."""
    text = tf.norm.text
    periods = _periods(tf)
    points = dated_mentions(tf, POINT_TYPES)
    out = []
    for s, e in sentence_spans(text):
        ps = held_by(periods, s, e)
        for i, p in enumerate(ps):
            if _has_relation(p.modifier) or not _opens_clause(text, s, p):
                continue
            stop = ps[i + 1].nstart if i + 1 < len(ps) else e
            semicolon = re.compile(r"[;؛]").search(text, p.nend, stop)
            stop = semicolon.start() if semicolon else stop
            for y in (y for y in points if p.nend <= y.nstart and y.nend <= stop):
                lead = text[p.nend : y.nstart]
                if len(_WORD_RE.findall(lead)) > _FRAME_REACH or _NEW_FRAME.search(lead) or "\n" in lead \
                        or _sequence_word(lead):
                    break
                direction = _direction(text, p.nend, y)
                if direction == "at" and _governed_by_order_word(lead):
                    continue  # «…، بعد خمس سنوات من تأسيس المجموعة عام 1996»: the order word's date
                out.append((p, y, direction))
    return out


_ADVERBIAL_REACH = 12  # words between a period adverbial inside a clause and the date it governs


@lru_cache(maxsize=1)
def _adverbial_blockers() -> frozenset:
    from ..lang import words

    return frozenset(w.lower() for w in words("time", "comparison_words") + words("time", "range_words"))


def _blocks_adverbial(lead: str) -> bool:
    """A comparison («مما»، "than"), a range's end («إلى»، "to") or an English "and" between an
    adverbial period and a date: the date is not the period's."""
    toks = [t.lower() for t in _WORD_RE.findall(lead)]
    return any(t in _adverbial_blockers() or t == "and" for t in toks)


def _adverbial(tf: TextFacts) -> list[tuple[_Period, Mention, str]]:
    """A period that is the time adverbial of its clause after its verb («شهدت العلاقات في
    الخمسينيات تحالفاً توّج بمعاهدة عام 1950», "trade grew in the 1990s with the deal of 1994"),
    with the first plain date after it in the same clause: no comma, bracket or line break, no
    order word, relation cue, new frame or relative clause («التي»، "which") between."""
    from .chronology import _ORDER_RE, _SUBORDINATE

    text = tf.norm.text
    periods = _periods(tf)
    points = dated_mentions(tf, POINT_TYPES)
    out = []
    for s, e in sentence_spans(text):
        for p in held_by(periods, s, e):
            if _has_relation(p.modifier) or _opens_clause(text, s, p):
                continue
            head = [t.lower() for t in _WORD_RE.findall(text[max(s, p.nstart - 12):p.nstart])][-2:]
            if not head or not (head[-1] in _FRAME_HEAD or head[-2:] in (["in", "the"], ["during", "the"])):
                continue
            y = next((y for y in points if y.nstart >= p.nend and y.nend <= e), None)
            if y is None:
                continue
            lead = text[p.nend:y.nstart]
            if len(_WORD_RE.findall(lead)) > _ADVERBIAL_REACH or re.search(r"[,،؛;:()\n]", lead) \
                    or _ORDER_RE.search(lead) or _NEW_FRAME.search(lead) or _SUBORDINATE.search(lead) \
                    or _blocks_adverbial(lead) \
                    or _has_relation(y.modifier) or _direction(text, p.nend, y) != "at" \
                    or any(q.nstart >= p.nend and q.nend <= y.nstart for q in periods):
                continue
            out.append((p, y, "at"))
    return out


def _governed_by_order_word(lead: str) -> bool:
    """Whether an order word («بعد»، «قبل»، "after") in the last clause of ``lead`` governs the
    mention after it (too far for the after/before cues of :func:`_direction`)."""
    from .chronology import _ORDER_RE

    last = re.split(r"[,،؛;:]", lead)[-1]
    return any(m.lastgroup in ("after", "before") for m in _ORDER_RE.finditer(last))


def _sequence_word(lead: str) -> bool:
    """Whether a sequence word («ثم»، «لاحقاً»، "then", "later"; «سابقاً», "earlier") stands in
    ``lead``: it moves the time on, out of the frame."""
    from .chronology import _ORDER_RE

    return any(m.lastgroup in ("then", "earlier") for m in _ORDER_RE.finditer(lead))


def _frame_distance(p: _Period, y: Mention, direction: str) -> int:
    """Years by which a governed mention contradicts its frame (0: no contradiction)."""
    d = _distance(p, y)
    if direction == "after" and year_of(y.end_date) < p.start_year:
        return 0  # after something that precedes the period: fine
    if direction == "before" and year_of(y.start_date) > p.end_year:
        return 0
    return d


_RULES = {
    "gloss": "a period phrase and the year it glosses in one sentence; the year lies outside the phrase's interval",
    "when": "a period phrase and the date of the clause («حين»، «مع»، when) that follows it after a comma; "
            "the date lies outside the phrase's interval",
    "adverbial": "a period phrase that is the time adverbial of its clause («في الخمسينيات») and the first "
                 "plain date after it in that clause; the date lies outside the phrase's interval",
    "frame": "a period phrase opening its clause and a dated mention it governs; the mention's date "
             "(and its after/before cue) contradicts the period's interval",
}
_VERB = {"gloss": "is used for", "when": "is glossed by the clause of", "frame": "frames",
         "adverbial": "dates the clause of"}


# the era words a century phrase may end with before its gloss («القرن العشرين الميلادي، أي …»)
_ERA_WORDS = {"الميلادي", "الميلاديه", "للميلاد", "الهجري", "الهجريه", "للهجره", "م", "ه", "ad", "ce", "ah"}


def _is_period_gloss(gap: str) -> bool:
    """Whether two period phrases are joined as one time said twice: «منتصف القرن العشرين الميلادي، أي في
    أواخر القرن الرابع عشر الهجري» (a gloss word «أي»/"i.e." must stand between them)."""
    if "\n" in gap:
        return False
    words = [t.lower() for t in _GLUE_TOKEN.findall(gap) if not re.fullmatch(r"[,،():\s]+", t)]
    return any(w in ("اي", "i.e.", "ie", "namely") for w in words) and len(words) <= _MAX_GLUE_WORDS + 1 and \
        all(w in _GLUE_WORDS or w in _ERA_WORDS for w in words)


@detector("period-pair-mismatch")
def period_pair_mismatch(facts: Facts) -> list[Finding]:
    """Two period phrases glossing one time that do not meet: «منتصف القرن التاسع عشر الميلادي، أي في أواخر
    القرن الرابع عشر الهجري» (a Gregorian century and a Hijri one, each narrowed by its part)."""
    out: list[Finding] = []
    for tf in facts:
        text = tf.norm.text
        ps = [p for p in _periods(tf) if not _has_relation(p.modifier)]
        for a, b in zip(ps, ps[1:]):
            if not _is_period_gloss(text[a.nend:b.nstart]):
                continue
            d = max(0, b.start_year - a.end_year, a.start_year - b.end_year)
            if d <= 1:
                continue
            sa, sb = _period_span(tf, a), _period_span(tf, b)
            out.append(Finding(
                kind="period-mismatch",
                severity=_severity(d),
                message=(f"«{sa.text}» ({a.start_year}..{a.end_year}) and «{sb.text}» ({b.start_year}..{b.end_year}) "
                         f"gloss one time but lie {d} years apart."),
                spans=[sa, sb],
                evidence={"rule": "two period phrases glossing one time («أي»): their intervals must meet",
                          "first": {"text": sa.text, "first_year": a.start_year, "last_year": a.end_year},
                          "second": {"text": sb.text, "first_year": b.start_year, "last_year": b.end_year},
                          "distance_years": d},
            ))
    return out


@detector("period-mismatch")
def period_mismatch(facts: Facts) -> list[Finding]:
    """A decade, century or millennium phrase used for a year that lies outside it."""
    out: list[Finding] = []
    for tf in facts:
        cases = [(p, y, shape, _distance(p, y)) for p, y, shape in _glosses(tf)]
        if tf.doc.form != "pdf-scrambled":
            glossed = {(p.nstart, y.nstart) for p, y, _, _ in cases}
            cases += [(p, y, f"frame ({direction})", _frame_distance(p, y, direction))
                      for p, y, direction in _framed(tf) if (p.nstart, y.nstart) not in glossed]
            seen = {(p.nstart, y.nstart) for p, y, _, _ in cases}
            cases += [(p, y, "adverbial", _distance(p, y)) for p, y, _ in _adverbial(tf)
                      if (p.nstart, y.nstart) not in seen]
        for p, y, shape, d in cases:
            if d == 0:
                continue
            severity = _severity(d) if shape in ("gloss", "when") else max(_severity(d), "warning", key=SEVERITIES.index)
            ps, ysp = _period_span(tf, p), y.span
            out.append(Finding(
                kind="period-mismatch",
                severity=severity,
                message=(f"«{ps.text}» ({p.start_year}..{p.end_year}) {_VERB[shape.split()[0]]} «{ysp.text}» "
                         f"({year_of(y.start_date)}{'' if year_of(y.start_date) == year_of(y.end_date) else f'..{year_of(y.end_date)}'}), "
                         f"{d} year{'s' if d > 1 else ''} outside it."),
                spans=sorted([ps, ysp], key=lambda sp: sp.start),
                evidence={
                    "rule": _RULES[shape.split()[0]],
                    "period": {"text": ps.text, "first_year": p.start_year, "last_year": p.end_year,
                               "modifier": p.modifier},
                    "year": {"text": ysp.text, "start": y.start_date, "end": y.end_date},
                    "distance_years": d,
                    "shape": shape,
                },
            ))
    return out
