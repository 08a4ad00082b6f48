"""Events the text names itself: one event phrase given two dates, within a text and across works.

The gazetteer (:mod:`tahqiq.checks.events`) knows some fifty events; an article names many more.
Here an event is found and keyed from the text alone:

* an **event phrase** is a head noun of an event (a *trigger*: إعلان، اتفاقية، معاهدة، قمة، زيارة،
  مناورات، تأسيس، غزو، صفقة; declaration, agreement, treaty, summit, visit, exercises, founding,
  invasion, deal; see ``lang/event_phrases.yml``) with the name that follows it (and, in English,
  the modifiers before it: «the Sino-Russian Joint Declaration»), up to four content words within
  its clause, stopping at a date, a number or a word that opens a clause or an adverbial («في»،
  «عام»، «التي»، "in", "which", "signed");
* its **key** is the kind, the *stage* (a stage word before the head or between the phrase and its
  date: the ratification, entry into force, renewal, anniversary, negotiation, draft or
  withdrawal of a treaty is another event than its signing) and the set of its name words, without
  the article and proclitics and without the words that name nothing («البلدين»، "bilateral");
* its **date** is the nearest date of its sentence that stands ``on`` it (no order word or
  consequence between them, as for the gazetteer's links), within :data:`MAX_GAP` characters, or
  a date right before a clause that «حيث»، «عندما»، "when" open with the phrase («حتى عام 1918،
  حيث تم إعلان الاستقلال»: whatever the date's own until, the clause happened then).

Two phrases are one event when their kinds and stages agree and their name words share at least
:data:`MIN_SHARED` words with a Jaccard similarity of at least :data:`MIN_JACCARD`; kinds that recur
(a summit, a visit, an exercise) are one event only when both carry the same ordinal («القمة
الأولى»). The kinds whose name may be one word (a treaty, declaration, founding, invasion) are
also one event when one name is the other with at most :data:`MAX_EXTRA` more words («إعلان
المبادئ» and «إعلان المبادئ في الخرطوم»). One event given two dates that do not overlap, in different sentences, is a finding
(``error`` when both name a day, else ``warning``). A range printed reversed is read as its range
by the dates extractor, so it never conflicts with itself; the dates of one sentence are an
enumeration, not rivals. Pairs that the gazetteer already links to one event are left to
:mod:`tahqiq.checks.events`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import detector

KIND = "event-date-conflict"
MAX_GAP = 100  # normalised characters between a phrase and its date
NAME_WORDS = 4
MIN_SHARED = 2
MIN_JACCARD = 0.6
MAX_EXTRA = 1  # name words a fuller name of a treaty, declaration, founding or invasion may add
DATE_GRANULARITIES = ("day", "month", "year")
DATE_TYPES = ("date", "month", "year", "datetime")
_YEAR_DIGITS = re.compile(r"\d{4}")
FIRST = frozenset({"اول", "first", "inaugural", "maiden"})
_QUALIFIED_FIRST = re.compile(r"(?<!\w)[وف]?(?:منذ|بعد|عقب|خلال)(?!\w)|\b(?:since|after|following|in\s+\d+\s+years)\b", re.I)
_FIRST_TIME = re.compile(r"لاول مره|الاولي من نوعها|الاول من نوعه|for the first time|first of its kind", re.I)
"""Words that make a phrase the first of its kind («أول مناورات», "the first-ever summit")."""

_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
_CLAUSE = re.compile(r"[،,؛;:.!?؟()\[\]«»\"“”\n]")
_PROCLITIC = "وفبلك"
# an order word just before a phrase makes it the reference point of a time adverbial
# («قبل إعلان X بعام، أي في 2004»): the sentence's date is not the phrase's own
_ORDER_BEFORE = re.compile(r"^[وف]?(?:قبل|قبيل|بعد|عقب|اعقاب|منذ|حتي|لدي)$|^(?:before|after|since|until|following|prior)$", re.I)
# --------------------------------------------------------------------------- accessors
# One place each for what this module reads besides a text's own tables, so that a change of
# where reference data or shared facts live is a one-line change here.


def _gazetteer_links(tf: TextFacts):
    """The text's comparable links to gazetteer events (made with the facts' reference gazetteer),
    computed once per text (:func:`.events.links_of` is kept on its facts: they were computed anew
    for every pair of phrases compared, a long text's pairs times its links)."""
    from .events import links_of

    return links_of(tf)


def _dates(tf: TextFacts) -> list[dict]:
    """The text's dates that can date an event, with normalised offsets (author-year years excluded)."""
    from ..link.events import _dates_norm

    return _dates_norm(tf)


def _relation(t: str, start: int, end: int, d: dict) -> str:
    from ..link.events import _Mention, _relation as rel

    m = _Mention(start, end, [])
    return rel(t, m, d, [m])


# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1 << 16)
def _base(w: str) -> str:
    """A folded word without the article and a proclitic: «والاعلان» → «اعلان»."""
    w = w.lower()
    if len(w) > 4 and w[0] in _PROCLITIC and w[1:3] == "ال":
        w = w[1:]
    if len(w) > 3 and w.startswith("لل"):
        w = w[2:]
    elif len(w) > 4 and w.startswith("ال"):
        w = w[2:]
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


@lru_cache(maxsize=1 << 16)
def _bases(w: str) -> tuple[str, ...]:
    """The forms a word may stand for: itself, and without a one-letter proclitic."""
    out = [_base(w)]
    if len(w) > 3 and w[0] in _PROCLITIC:
        out.append(_base(w[1:]))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def _lex():
    from ..lang import lexicon
    from ..text.normtext import fold

    e = lexicon("event_phrases")

    def phrases(words) -> list[tuple[str, ...]]:
        return [tuple(_base(x) for x in fold(str(w)).split()) for w in words]

    triggers = {p: kind for kind, ws in e["triggers"].items() for p in phrases(ws)}
    stages = {p: st for st, ws in e["stages"].items() for p in phrases(ws)}
    flat = lambda key: frozenset(_base(fold(str(w))) for w in e[key])  # noqa: E731
    joins = frozenset(fold(str(w)).lower() for w in e["joins"])
    return triggers, stages, frozenset(e["recurring"]), flat("ordinals"), flat("stops"), joins


@lru_cache(maxsize=None)
def _generic() -> frozenset:
    """Words that name no particular event (``generic`` of the lexicon), and the kinds whose name
    may be a single word."""
    from ..lang import lexicon
    from ..text.normtext import fold

    e = lexicon("event_phrases")
    countries = [n for langs in lexicon("countries").values() for ns in langs.values() for n in ns]
    words = [w for n in list(e["generic"]) + list(e["participants"]) + countries for w in fold(str(n)).split()]
    return frozenset(_base(w) for w in words), frozenset(e["single_word_names"])


# --------------------------------------------------------------------------- phrases


@dataclass
class Phrase:
    """An event phrase of a text: normalised span, kind, stage, name words, ordinal, its date."""

    ns: int
    ne: int
    kind: str
    stage: str
    words: frozenset
    ordinal: str | None
    sent: tuple[int, int] = (0, 0)
    date: dict | None = None
    trigger: int = 0  # index of the trigger's token
    first: bool = False  # «أول X», "the first(-ever) X": the first of its kind


_FIRST_WORDS: dict[int, tuple[dict, int, frozenset]] = {}
"""The first words of the entries of each table :func:`_match_at` was asked with (by identity and size)."""


def _first_words(table: dict) -> frozenset:
    got = _FIRST_WORDS.get(id(table))
    if got is None or got[0] is not table or got[1] != len(table):
        got = _FIRST_WORDS[id(table)] = (table, len(table), frozenset(k[0] for k in table))
    return got[2]


def _match_at(toks: list[re.Match], i: int, table: dict) -> tuple[int, str] | None:
    """The longest entry of ``table`` (word tuples) starting at token ``i``: (length, value)."""
    if i < len(toks) and _first_words(table).isdisjoint(_bases(toks[i].group())):
        return None  # no entry starts with this word (most tokens): the longer keys need not be built
    for n in (3, 2, 1):
        if i + n > len(toks):
            continue
        words = [toks[i + k].group() for k in range(n)]
        for first in _bases(words[0]):
            key = (first, *(_base(w) for w in words[1:]))
            if key in table:
                return n, table[key]
    return None


def _may_start(toks: list[re.Match], table: dict) -> list[int]:
    """The tokens where an entry of ``table`` may start (one of its first words is among the token's
    :func:`_bases`), in order: :func:`_match_at` finds nothing at any other. Each distinct word is
    looked up once."""
    firsts = _first_words(table)
    may: dict[str, bool] = {}
    out = []
    for i, m in enumerate(toks):
        w = m.group()
        ok = may.get(w)
        if ok is None:
            ok = may[w] = not firsts.isdisjoint(_bases(w))
        if ok:
            out.append(i)
    return out


def _same_clause(t: str, a: int, b: int) -> bool:
    return not _CLAUSE.search(t, a, b)


_PLACE_PREP = frozenset({"في", "in", "at", "near", "off"})


def _place_follows(w: re.Match, date_at: set[int], stops: frozenset) -> bool:
    """Whether the word after «في»/"in" starts a place (not a date, a number or a function word)."""
    low = w.group().lower()
    if low == "the":
        return True
    return not (any(c.isdigit() for c in low) or w.start() in date_at or low in stops or _base(low) in stops
                or _base(low) in ("عام", "سنه", "year", "month", "شهر", "يوم", "day"))


def _name(t: str, toks: list[re.Match], i: int, n: int, date_at: set[int]) -> tuple[list[re.Match], str | None]:
    """The name words after the trigger (and English modifiers before it), and an ordinal."""
    triggers, stages, _, ordinals, stops, joins = _lex()
    words: list[re.Match] = []
    ordinal = None
    j = i + n
    while j < len(toks) and len(words) < NAME_WORDS and _same_clause(t, toks[j - 1].end(), toks[j].start()):
        w = toks[j]
        low, base = w.group().lower(), _base(w.group())
        if low in _PLACE_PREP and j + 1 < len(toks) and _place_follows(toks[j + 1], date_at, stops):
            j += 1  # «في بحر الشمال», "in the Northern Sea": a place is part of the name
            continue
        if any(c.isdigit() for c in low) or w.start() in date_at or low in stops or base in stops:
            break
        if _match_at(toks, j, triggers):
            break
        if base in ordinals:
            ordinal = base
        elif low not in joins and base not in joins:
            words.append(w)
        j += 1
    if re.match(r"[A-Za-z]", toks[i].group()):
        k = i - 1
        while k >= 0 and i - k <= 3 and _same_clause(t, toks[k].end(), toks[k + 1].start()):
            w = toks[k]
            low, base = w.group().lower(), _base(w.group())
            if any(c.isdigit() for c in low) or low in stops or low in joins or w.start() in date_at:
                break
            if base in ordinals:
                ordinal = base
            elif not _match_at(toks, k, stages):
                words.insert(0, w)
            k -= 1
    return words, ordinal


def _stage(toks: list[re.Match], i: int, lo: int, hi: int, ns: int | None = None,
           starts: list[int] | None = None) -> str:
    """The stage named in the three words before the trigger ``i`` (or before the phrase's start
    ``ns``, past English modifiers: "ratified the Eastern Border Treaty") or between ``lo`` and
    ``hi`` (the gap between the phrase and its date). ``starts``: the tokens' start offsets (in
    text order), if known, found by bisection instead of a pass over every token per phrase."""
    _, stages, *_ = _lex()
    starts = [m.start() for m in toks] if starts is None else starts
    k = bisect_left(starts, ns) if ns is not None else len(starts)
    first = i if ns is None else min(i, k if k < len(starts) else i)
    # the gap after the phrase is read from the phrase's last word: a name may have taken the first
    # word of a stage phrase after it («معاهدة حسن الجوار حيز التنفيذ»)
    gap_from = max(i + 1, bisect_left(starts, lo) - 1) if lo >= (starts[i] if i < len(starts) else 0) else bisect_left(starts, lo)
    near = list(range(max(0, first - 3), i)) + list(range(gap_from, bisect_left(starts, hi)))
    for j in near:
        hit = _match_at(toks, j, stages)
        if hit:
            return hit[1]
    return "event"


def _split_words(ms: list[re.Match]) -> frozenset:
    out = set()
    for m in ms:
        for part in re.split(r"[-_]", m.group()):
            b = _base(part)
            if len(b) > 1 and b not in _generic()[0]:
                out.add(b)
    return frozenset(out)


def find_phrases(tf: TextFacts) -> list[Phrase]:
    """The dated event phrases of a text's body (notes and bibliography excluded)."""
    from ..link.events import _sentence_of, _sentences

    t = tf.norm.text
    triggers, *_ = _lex()
    toks = list(_TOKEN.finditer(t))
    starts = [m.start() for m in toks]
    # a date that names its year («سنة 1997», "4 May 1998"): a relative one («الأعوام العشرة التي
    # تلت X», "a decade later») is dated from another event, not given to this one
    dates = [d for d in _dates(tf) if d["row"].granularity in DATE_GRANULARITIES
             and d["row"].type in DATE_TYPES and _YEAR_DIGITS.search(t[d["ns"]:d["ne"]])]
    date_at = {m.start() for d in dates for m in _TOKEN.finditer(t, d["ns"], d["ne"])}
    cited = _cited(tf)
    bounds = _sentences(t)
    found: list[Phrase] = []
    i = 0
    for k in _may_start(toks, triggers):
        if k < i:  # inside the phrase found last
            continue
        hit = _match_at(toks, k, triggers)
        if not hit:
            continue
        i = k
        n, kind = hit
        words, ordinal = _name(t, toks, i, n, date_at)
        ns = min([toks[i].start()] + [w.start() for w in words])
        ne = max([toks[i + n - 1].end()] + [w.end() for w in words])
        rs = tf.norm.raw_span(ns, ne)[0]
        sent = _sentence_of(bounds, len(t), ns)
        first_time = _FIRST_TIME.search(t, max(sent[0], ns - 60), min(sent[1], ne + 60))
        anchored = any(_ORDER_BEFORE.match(toks[j].group()) for j in range(max(0, i - 2), i))
        # a first qualified by «منذ»/«بعد»/"since"/"after" («أول زيارة منذ 2019») is not a first-ever
        qualified = _QUALIFIED_FIRST.search(t, ne, min(sent[1], ne + 60))
        first = not qualified and (bool(first_time) or ordinal in FIRST or any(_base(toks[j].group()) in FIRST for j in range(max(0, i - 4), i)
                                        if _same_clause(t, toks[j].end(), toks[i].start())))
        if not anchored and not any(a <= rs < b for a, b in cited):
            found.append(Phrase(ns, ne, kind, "event", _split_words(words), ordinal,
                                _sentence_of(bounds, len(t), ns), trigger=i, first=first))
        i += n
    # each date goes to the nearest phrase of its sentence that it stands on
    for d in dates:
        best = None
        for p in found:
            if not (p.sent[0] <= d["ns"] < p.sent[1]):
                continue
            dist = max(0, d["ns"] - p.ne, p.ns - d["ne"])
            if dist > MAX_GAP or (_relation(t, p.ns, p.ne, d) != "on" and not _when_clause(t, d, p)):
                continue
            if best is None or dist < best[0]:
                best = (dist, p)
        if best and (best[1].date is None or best[0] < best[1].date["dist"]):
            best[1].date = {**d, "dist": best[0]}
    out = []
    last: dict[str, Phrase] = {}
    for p in found:
        if not (p.words - _back_words()) and _points_back(toks, p.trigger) and p.kind in last:
            p.words = last[p.kind].words  # «هذه المعاهدة نفسها»: the treaty named last
            if p.trigger and toks[p.trigger - 1].group().lower() in _back_words():
                p.ns = toks[p.trigger - 1].start()  # the stage is read before the demonstrative
        if p.words and not p.ordinal:
            last[p.kind] = p
        if p.date is None or not p.words:
            continue
        lo, hi = (p.ne, p.date["ns"]) if p.date["ns"] >= p.ne else (p.date["ne"], p.ns)
        p.stage = _stage(toks, p.trigger, lo, hi, p.ns, starts)
        out.append(p)
    return out


@lru_cache(maxsize=1)
def _back_words() -> frozenset:
    from ..lang import lexicon
    from ..text.normtext import fold

    return frozenset(fold(str(w)).lower() for w in lexicon("event_phrases")["back_references"])


def _points_back(toks: list[re.Match], i: int) -> bool:
    """Whether the trigger at ``i`` is named by a back-reference: a demonstrative right before it
    («هذه المعاهدة»، «تلك الاتفاقية»، "this treaty") or «نفسها»/«ذاتها» right after it."""
    words = _back_words()
    before = toks[i - 1].group().lower() if i else ""
    after = toks[i + 1].group().lower() if i + 1 < len(toks) else ""
    return before in words or after in words


def _when_clause(t: str, d: dict, p: Phrase) -> bool:
    """Whether the phrase opens, with at most two words before it, a clause that «حيث»، «عندما»،
    "when" open right after the date: «حتى عام 1918، حيث تم إعلان الاستقلال» dates the declaration
    1918, whatever the date's own until."""
    if d["ne"] > p.ns:
        return False
    gap = t[d["ne"]:p.ns]
    m = re.fullmatch(r"\s*[,،]?\s*[وف]?(\w+)\s+((?:\w+\s+){0,2})", gap)
    return bool(m) and m.group(1).lower() in _when_words()


@lru_cache(maxsize=1)
def _when_words() -> frozenset:
    from ..lang import lexicon
    from ..text.normtext import fold

    return frozenset(fold(str(w)).lower() for w in lexicon("event_phrases")["when_words"])


def _cited(tf: TextFacts) -> list[tuple[int, int]]:
    from ..link.events import _cited_spans

    return _cited_spans(tf)


def phrases_of(tf: TextFacts) -> list[Phrase]:
    """:func:`find_phrases` of a text, computed once per text and kept on its facts (as the content
    words of :mod:`tahqiq.compare.paraphrase`): the internal and cross-work detectors share it and
    never change a phrase."""
    cached = tf.__dict__.get("_phrases")
    if cached is None:
        cached = tf.__dict__["_phrases"] = find_phrases(tf)
    return cached


# --------------------------------------------------------------------------- comparing


def same_event(a: Phrase, b: Phrase) -> list[str] | None:
    """The name words two phrases share when they name one event, else None."""
    _, _, recurring, *_ = _lex()
    if (a.kind, a.stage) != (b.kind, b.stage):
        return None
    if a.kind in recurring and (a.ordinal is None or a.ordinal != b.ordinal):
        return None
    if a.ordinal != b.ordinal:
        return None
    shared = a.words & b.words
    if a.words == b.words and len(shared) == 1 and a.kind in _generic()[1]:
        return sorted(shared)  # «معاهدة روما» twice: a one-word name that is the whole name
    small, big = sorted((a.words, b.words), key=len)
    if a.kind in _generic()[1] and small and small <= big and len(big - small) <= MAX_EXTRA:
        # «إعلان المبادئ» and «إعلان المبادئ في الخرطوم»: one names the event more fully
        return sorted(small)
    if len(shared) >= MIN_SHARED and len(shared) / len(a.words | b.words) >= MIN_JACCARD:
        return sorted(shared)
    return None


def _when(p: Phrase) -> tuple[str, str]:
    r = p.date["row"]
    return str(r.start_date), str(r.end_date)


def _day(p: Phrase) -> bool:
    return p.date["row"].granularity == "day"


def _span(tf: TextFacts, p: Phrase) -> Span:
    s, e = min(p.ns, p.date["ns"]), max(p.ne, p.date["ne"])
    rs, re_ = tf.norm.raw_span(s, e)
    return Span(tf.file, rs, re_, tf.raw[rs:re_])


def _linked_event(tf: TextFacts, p: Phrase) -> str | None:
    links = _gazetteer_links(tf)
    if links is None or not len(links):
        return None
    rs, re_ = tf.norm.raw_span(p.ns, p.ne)
    return next((str(link["event_id"]) for link in links if link["start"] < re_ and link["end"] > rs), None)


def _fact(tf: TextFacts, p: Phrase) -> dict:
    rs, re_ = tf.norm.raw_span(p.ns, p.ne)
    return {"file": tf.file, "phrase": tf.raw[rs:re_], "kind": p.kind, "stage": p.stage,
            "words": sorted(p.words), "ordinal": p.ordinal, "date_text": p.date["row"].text,
            "date": list(_when(p))}


def _pairs(ta: TextFacts, pa: list[Phrase], tb: TextFacts, pb: list[Phrase], scope: str) -> list[Finding]:
    from ..link.events import format_interval, overlaps

    out = []
    # :func:`same_event` holds only phrases of one kind, stage and ordinal: each phrase is compared
    # with those of its group (in their order), not with every phrase of the other text
    group: dict[tuple, list[tuple[int, Phrase]]] = {}
    for y, b in enumerate(pb):
        group.setdefault((b.kind, b.stage, b.ordinal), []).append((y, b))
    for x, a in enumerate(pa):
        for y, b in group.get((a.kind, a.stage, a.ordinal), ()):
            if ta is tb and (y <= x or a.sent == b.sent):
                continue
            if overlaps(_when(a), _when(b)):
                continue
            shared = same_event(a, b)
            if not shared:
                continue
            ea, eb = _linked_event(ta, a), _linked_event(tb, b)
            if ea is not None and ea == eb:
                continue  # the gazetteer's detector compares these
            sa, sb = _span(ta, a), _span(tb, b)
            where = "The text dates" if scope == "internal" else f"{ta.file} and {tb.file} date"
            out.append(Finding(
                kind=KIND,
                severity="error" if _day(a) and _day(b) else "warning",
                message=(f"{where} one {a.kind if a.stage == 'event' else a.kind + ' ' + a.stage} "
                         f"(«{' '.join(shared)}») {format_interval(*_when(a))} and {format_interval(*_when(b))}, "
                         f"which do not overlap."),
                spans=[sa, sb],
                evidence={"rule": "one event phrase keyed from the text (kind, stage, name words), "
                                  "two non-overlapping dates",
                          "shared_words": shared, "facts": [_fact(ta, a), _fact(tb, b)]},
                scope=scope,
            ))
    return out


def _same_kind_of_event(a: Phrase, b: Phrase) -> list[str] | None:
    """Name words two phrases share when they name events of one kind (ordinals ignored)."""
    if (a.kind, a.stage) != (b.kind, b.stage):
        return None
    shared = a.words & b.words
    if len(shared) >= MIN_SHARED and len(shared) / len(a.words | b.words) >= MIN_JACCARD:
        return sorted(shared)
    return None


def _firsts(ta: TextFacts, pa: list[Phrase], tb: TextFacts, pb: list[Phrase], scope: str) -> list[Finding]:
    """«The first X, in year Y» in one text against an X the other dates before Y."""
    out = []
    for a in pa:
        if not a.first:
            continue
        earlier = [b for b in pb if b is not a and b.date is not None and _when(b)[1] < _when(a)[0]
                   and _same_kind_of_event(a, b)]
        if not earlier:
            continue
        b = min(earlier, key=lambda q: _when(q)[0])
        shared = _same_kind_of_event(a, b)
        from ..link.events import format_interval

        out.append(Finding(
            kind="first-claim-contradicted",
            severity="warning",
            message=(f"{ta.file if scope == 'cross-work' else 'The text'} calls the {a.kind} («{' '.join(shared)}») of "
                     f"{format_interval(*_when(a))} the first, but {tb.file if scope == 'cross-work' else 'it also'} "
                     f"dates one {format_interval(*_when(b))}."),
            spans=[_span(ta, a), _span(tb, b)],
            evidence={"rule": "a 'first' event phrase dated after an event phrase of the same kind and name",
                      "shared_words": shared, "facts": [_fact(ta, a), _fact(tb, b)]},
            scope=scope,
        ))
    return out


@detector("first-claim-contradicted", scope="internal")
def first_claim_contradicted(facts: Facts) -> list[Finding]:
    """«The first X, in year Y» against an X the same text dates before Y."""
    out = []
    for tf in facts:
        ps = phrases_of(tf)
        out.extend(_firsts(tf, ps, tf, ps, "internal"))
    return out


@detector("first-claim-contradicted-cross", scope="cross-work")
def first_claim_contradicted_cross(facts: Facts) -> list[Finding]:
    """«The first X, in year Y» in one work against an earlier X dated in another work."""
    bases = sorted((tf for tf in facts if tf.base), key=lambda tf: tf.work_key)
    phrases = {id(tf): phrases_of(tf) for tf in bases}
    out = []
    for ta in bases:
        for tb in bases:
            if ta.work_key != tb.work_key:
                out.extend(_firsts(ta, phrases[id(ta)], tb, phrases[id(tb)], "cross-work"))
    return out


@detector("text-event-date-conflict", scope="internal")
def text_event_date_conflict(facts: Facts) -> list[Finding]:
    """One event phrase (named by the text, not the gazetteer) given two incompatible dates in one text."""
    out = []
    for tf in facts:
        ps = phrases_of(tf)
        out.extend(_pairs(tf, ps, tf, ps, "internal"))
    return out


@detector("text-event-date-conflict-cross", scope="cross-work")
def text_event_date_conflict_cross(facts: Facts) -> list[Finding]:
    """One event phrase dated differently by two works (their base texts)."""
    bases = sorted((tf for tf in facts if tf.base), key=lambda tf: tf.work_key)
    phrases = {id(tf): phrases_of(tf) for tf in bases}
    out = []
    for ta, tb in combinations(bases, 2):
        if ta.work_key == tb.work_key:
            continue
        out.extend(_pairs(ta, phrases[id(ta)], tb, phrases[id(tb)], "cross-work"))
    return out
