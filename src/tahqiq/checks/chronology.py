"""Chronology: dates that run backwards.

Two detectors:

``article-history-order``
    An article history (received ≤ revised ≤ proofread ≤ accepted ≤ published) whose dates run
    backwards. History items are found by their labels («تاريخ الاستلام», «الاستلام بعد التنقيح»,
    «التنقيح اللغوي», «القبول», «النشر المباشر»; ``Received``, ``Received in revised form``,
    ``Final Proofreading``, ``Accepted``, ``Available online`` …) or by a passive verb with its
    optional subject («استُلم البحث»، «قُبل للنشر»، «نُشر») at the start of a line or after a
    separator (``;``, ``|``, ``،``), each followed within a few characters by the date it carries
    (a row of the dates table). Consecutive items of one language form one history; every pair of
    items whose canonical order the dates contradict is an error.

``order-word-contradiction``
    An explicit order word («بعد، عقب، في أعقاب، إثر، أعقب، منذ» after; «قبل، قبيل» before; «ثم،
    لاحقاً، بعد ذلك» then; and English after/following/since, before/prior to, then/later)
    relating two dated mentions of one sentence, contradicted by their dates («إثر» only as «على
    إثر»/«في إثر»: bare, its folded form is «أثر», impact). Only three
    sentence shapes are read, where the structure makes the relation plain:

    * *X W Y* — a dated mention X, then in the same clause (no comma between, W not opening a new
      clause with «و»/«ف») within a few words the order word W and right after it (within a few
      words, no comma) the dated mention Y: X is after Y (W = after), before Y (W = before);
    * *W Y, X* — W opens the sentence or a clause, Y follows it within a few words, then a comma,
      then X within the next few words, not inside a relative clause («التي»، "which": lang/order.yml
      ``subordinators``) and not the start of a range («ارتفع من … عام 2019 إلى … عام 2020»): X is
      after (before) Y;
    * *X … W Y* with a sequence word (ثم, then, later) at most twenty words after X: Y is after X;
      with a word of anteriority («سابقاً»، «قبل ذلك»، earlier, previously) Y is before X.

    The two mentions must be points or short spans (a day, month, year or year range, without
    their own since/until relation); a contradiction needs their intervals disjoint in the wrong
    order, so a mention in the same year as the other never contradicts it. Texts whose line
    word order was scrambled by extraction (form ``pdf-scrambled``) are skipped: the position of
    an order word there says nothing about what it relates.

The helpers :func:`sentence_spans` and :func:`dated_mentions` are shared with the other
families (periods, bilingual).
"""

from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.rows import records
from ..extract.dates.intervals import iso_key
from ..facts import Facts, TextFacts, per_text
from ..review.findings import Finding, Span
from ..segment.sentences import GAP, between
from ..lang import lexicon
from ..text.intervals import label
from ..text.patterns import lead, trie
from ..text.spans import held_by, within
from ..text.normtext import fold, language
from . import detector

# --------------------------------------------------------------------------- shared helpers

_AL = r"\u0621-\u064A"


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sentences of ``text`` as ``(start, end)`` offsets: cut at a stop followed by white space,
    at a blank line, and before a line opening with a list, note or heading marker
    (:data:`tahqiq.segment.sentences.GAP`). Cut once per text (eight rules of seven detectors
    read them)."""
    return tuple(between(text, GAP))


@dataclass(frozen=True)
class Mention:
    """A row of the dates table, placed in the normalised text (``nstart``, ``nend``)."""

    nstart: int
    nend: int
    type: str
    start_date: str
    end_date: str
    modifier: str | None
    row: dict

    @property
    def span(self) -> Span:
        return Span.of(self.row)


POINT_TYPES = ("date", "month", "day_range", "quarter", "half", "year", "year_range")
"""Date types that name a point or a short stretch of time (not a decade, century or URL date)."""


def dated_mentions(tf: TextFacts, types: tuple[str, ...] | None = None) -> list[Mention]:
    """The resolved dated mentions of a text (rows with both interval ends), in text order;
    computed once per text and ``types`` and kept on its facts (several detectors read them)."""
    memo = tf.__dict__.setdefault("_dated_mentions", {})
    key = tuple(types) if types else None
    if key not in memo:
        memo[key] = _dated_mentions(tf, types)
    return list(memo[key])


def _dated_mentions(tf: TextFacts, types: tuple[str, ...] | None) -> list[Mention]:
    if types:  # those of every type, read once per text (the dates table converted once), of these types
        return [m for m in dated_mentions(tf) if m.type in types]
    out: list[Mention] = []
    df = tf.dates
    for row in records(df):
        if not isinstance(row["start_date"], str) or not isinstance(row["end_date"], str):
            continue
        ns, ne = tf.norm.norm_span(int(row["start"]), int(row["end"]))
        mod = row["modifier"] if isinstance(row["modifier"], str) else None
        out.append(Mention(ns, ne, row["type"], row["start_date"], row["end_date"], mod, row))
    return sorted(out, key=lambda m: m.nstart)


_HEAD_WORDS = re.compile(rf"[{_AL}A-Za-z]{{2,}}|\d")


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset:
    return frozenset(fold(w) for w in lexicon("time")["weekdays"] if not w.isascii()) | {"يوم"}


def heading_entry(tf: TextFacts, m: Mention) -> tuple[int, int] | None:
    """When ``m`` heads an entry -- a date alone on its line (a weekday, markup and the other dates of the
    line aside: a timeline's or a chronology's «الجمعة 25 كانون الأول 2015», «### 2016») followed, after at
    most one blank line, by a line of prose -- the span of that entry's first sentence, the event the date
    heads («الجمعة 25 كانون الأول 2015⏎دخلت الاتفاقية حيز النفاذ بعد قرابة ستة أشهر من توقيعها»). None
    otherwise."""
    memo = tf.__dict__.setdefault("_heading_entries", {})
    if m.nstart not in memo:
        memo[m.nstart] = _heading_entry(tf, m)
    return memo[m.nstart]


def entry_heading(tf: TextFacts, pos: int) -> Mention | None:
    """The date heading the entry whose first sentence holds ``pos`` (:func:`heading_entry`), if any."""
    text = tf.norm.text
    line = text.rfind("\n", 0, pos)
    if line < 0:
        return None
    for x in reversed(held_by(dated_mentions(tf), max(0, line - 200), line)):
        h = heading_entry(tf, x)
        if h is not None and h[0] <= pos < h[1]:
            return x
    return None


def _heading_entry(tf: TextFacts, m: Mention) -> tuple[int, int] | None:
    text = tf.norm.text
    a = text.rfind("\n", 0, m.nstart) + 1
    b = text.find("\n", m.nend)
    b = len(text) if b < 0 else b
    others = [x for x in dated_mentions(tf) if a <= x.nstart and x.nend <= b]
    rest, at = [], a
    for x in sorted(others, key=lambda x: x.nstart):
        if x.nstart >= at:
            rest.append(text[at:x.nstart])
            at = x.nend
    rest.append(text[at:b])
    words = [w for w in _HEAD_WORDS.findall(" ".join(rest)) if w not in _weekday_words()]
    if words:
        return None
    pos, blanks = b, 0
    while pos < len(text):
        e = text.find("\n", pos + 1)
        e = len(text) if e < 0 else e
        if text[pos + 1:e].strip():
            break
        blanks, pos = blanks + 1, e
        if blanks > 1:
            return None
    else:
        return None
    start = pos + 1 + len(text[pos + 1:e]) - len(text[pos + 1:e].lstrip())
    if len(_WORD.findall(text, start, e)) < 4 or text[start] in "#|":
        return None  # another heading, a table
    stop = re.compile(r"[.!?؟](?=\s|$)").search(text, start, e)
    return start, stop.end() if stop else e


def names_event(m: Mention) -> bool:
    """Whether a dated mention is a year naming its event («اتفاقية 1899»، «ثورة 1848»): the event's
    date, never the time of the clause it stands in (the date a gap or an order word counts to)."""
    from ..extract.dates.context import NAMING_NOTE, SPAN_NOTE

    note = m.row.get("note") if m.row is not None else None
    return isinstance(note, str) and (NAMING_NOTE in note or SPAN_NOTE in note)


def is_birth(text: str, m: Mention) -> bool:
    """Whether a dated mention is somebody's birth («المولود في أيلول 1963»، «وُلد عام 1954»): a date of a
    life, not a time of the narrative a lapse counts from (:func:`..link.events.birth_before`)."""
    from ..link.events import birth_before

    return birth_before(text, m.nstart) is not None


def raw_span(tf: TextFacts, nstart: int, nend: int) -> Span:
    """The :class:`Span` of a normalised-text span."""
    rs, re_ = tf.norm.raw_span(nstart, nend)
    return Span(tf.file, rs, re_, tf.raw[rs:re_])


def interval_text(m: Mention) -> str:
    """A mention's interval, compactly (``2025-03-15``, ``2022``, ``2014..2023``): see
    :func:`tahqiq.text.intervals.label`."""
    return label(m.start_date, m.end_date, sep="..")


# --------------------------------------------------------------------------- article history

STAGES = ("received", "revised", "proofread", "accepted", "published")
"""The canonical order of an article history."""

_T = r"(?:تاريخ\s+)?"
# A passive verb of the history with its optional subject: «استُلم البحث»، «وقُبل للنشر»، «نُشر المقال»
_SUBJ = r"(?:\s+(?:البحث|المقال|المقاله|الدراسه|الورقه))?"
# Order matters: longer, more specific labels first (a revised receipt before a plain receipt).
_STAGE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("revised", rf"{_T}(?:الاستلام|الاستقبال|الورود)\s+بعد\s+(?:التنقيح|التعديل|المراجعه)"
                r"|received\s+in\s+revised\s+form|revised(?:\s+version)?(?:\s+received)?|revision\s+received"),
    ("proofread", rf"{_T}(?:التنقيح|التدقيق|المراجعه)\s+اللغوي(?:ه)?|(?:final\s+)?proof-?reading|proofread"),
    ("revised", rf"{_T}(?:المراجعه|التعديل|التنقيح)|و?(?:عدل|نقح|روجع)ت?{_SUBJ}"),
    ("received", rf"{_T}(?:الاستلام|الاستقبال|الورود|التقديم|الارسال)|received|submitted|submission(?:\s+date)?"
                 rf"|و?(?:استلم|ارسل|قدم|ورد)ت?{_SUBJ}"),
    ("accepted", rf"{_T}(?:القبول|قبول\s+النشر)|accepted(?:\s+for\s+publication)?|acceptance(?:\s+date)?"
                 rf"|و?قبلت?{_SUBJ}\s+للنشر"),
    ("published", rf"{_T}(?:النشر(?:\s+(?:المباشر|الالكتروني|الكترونيا))?|الاتاحه)|و?نشرت?{_SUBJ}"
                  r"|available\s+online|published(?:\s+online)?|(?:online\s+)?publication(?:\s+date)?"
                  r"|date\s+of\s+publication"),
)
# (the look-behind all labels open with read once before their groups, and a look-ahead on the
# characters a label can open with, as in :data:`_ORDER_RE`: the same matches and groups)
_LABEL_RE = lead(
    f"(?<![{_AL}A-Za-z])(?:"
    + "|".join(f"(?P<s{i}>(?:{p})(?![{_AL}A-Za-z]))" for i, (_, p) in enumerate(_STAGE_PATTERNS))
    + ")",
    re.I,
)
# What may stand before a label on its line (list markers, emphasis) or between two items (also a
# slash: «تاريخ الاستلام: … / تاريخ القبول: …» on one line).
_LEAD = re.compile(r"[\s\-*•·>#_|;؛،,/]*")
# Between a label and its date: a colon, emphasis, dashes, "on"/«في».
_GAP = re.compile(r"[\s:*\-–_]*(?:(?:on|في|بتاريخ|يوم)\s+)?[\s:*\-–_]*")
_MAX_GAP = 12
_MAX_ITEM_GAP = 200
_HISTORY_TYPES = ("date", "month", "datetime", "day_range", "year")


@dataclass(frozen=True)
class HistoryItem:
    """One labelled date of an article history."""

    stage: str
    label: str  # as written in the raw text
    lang: str
    nstart: int  # label start (normalised text)
    nend: int  # date end (normalised text)
    date: Mention


@per_text(copy=list)
def history_items(tf: TextFacts) -> list[HistoryItem]:
    """The labelled history dates of a text, in text order."""
    text = tf.norm.text
    mentions = dated_mentions(tf, _HISTORY_TYPES)
    by_start = {m.nstart: m for m in mentions}
    starts = sorted(by_start)
    items: list[HistoryItem] = []
    for line in re.finditer(r"[^\n]+", text):
        ls, le = line.span()
        k = bisect_left(starts, ls)
        if k == len(starts) or starts[k] > le:
            continue  # an item's date starts on its label's line: a line with no date has none
        prev_end = ls
        for m in _LABEL_RE.finditer(text, ls, le):
            if m.start() < prev_end:
                continue
            lead = _LEAD.fullmatch(text, prev_end, m.start())
            if lead is None:
                continue
            gap = _GAP.match(text, m.end(), le)
            dpos = gap.end() if gap else m.end()
            if dpos - m.end() > _MAX_GAP or dpos not in by_start:
                continue
            d = by_start[dpos]
            stage = _STAGE_PATTERNS[int(m.lastgroup[1:])][0]
            label = raw_span(tf, m.start(), m.end()).text
            items.append(HistoryItem(stage, label, language(label), m.start(), d.nend, d))
            prev_end = d.nend
    return items


@per_text(copy=lambda groups: [list(g) for g in groups])
def histories(tf: TextFacts) -> list[list[HistoryItem]]:
    """History items grouped into histories: consecutive items of one language, no stage twice,
    no more than a few lines apart. Only groups of two or more items are histories."""
    groups: list[list[HistoryItem]] = []
    for it in history_items(tf):
        g = groups[-1] if groups else None
        if (
            g is None
            or it.lang != g[-1].lang
            or any(o.stage == it.stage for o in g)
            or it.nstart - g[-1].nend > _MAX_ITEM_GAP
        ):
            groups.append([it])
        else:
            g.append(it)
    return [g for g in groups if len(g) > 1]


@detector("article-history-order")
def article_history_order(facts: Facts) -> list[Finding]:
    """An article history (received ≤ revised ≤ proofread ≤ accepted ≤ published) that runs backwards."""
    out: list[Finding] = []
    for tf in facts:
        for g in histories(tf):
            ordered = sorted(g, key=lambda it: STAGES.index(it.stage))
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    if a.date.start_date <= b.date.end_date:
                        continue
                    out.append(Finding(
                        kind="article-history-order",
                        severity="error",
                        message=(f"The article history dates {b.stage} («{b.label.strip()}» {interval_text(b.date)}) earlier "
                                 f"than {a.stage} («{a.label.strip()}» {interval_text(a.date)}), which must come first."),
                        spans=[raw_span(tf, a.nstart, a.nend), raw_span(tf, b.nstart, b.nend)],
                        evidence={
                            "rule": "received <= revised <= proofread <= accepted <= published",
                            "earlier_stage": {"stage": a.stage, "label": a.label, "date": interval_text(a.date)},
                            "later_stage": {"stage": b.stage, "label": b.label, "date": interval_text(b.date)},
                            "history": [{"stage": it.stage, "date": interval_text(it.date)} for it in g],
                        },
                    ))
    return out


# --------------------------------------------------------------------------- order words

_P = r"(?:[وف]\s*)?"  # a conjunction glued to the word
_TIME_UNITS = "|".join(sorted({re.sub(r"^ال", "", fold(w)) for w in lexicon("time")["units_definite"]},
                              key=len, reverse=True))
# «وقبلها مجلس النواب»، «وقبله الرئيس»: «قَبِلَها» (accepted it) with its subject after it, no «قبلها»
# (before it); a definite noun or a body's head (``lang/order.yml`` accept_subjects) opens the subject, a
# unit of time («وقبلها العام الماضي») is the adverb's own
_ACCEPTED = (rf"(?!{_P}قبل(?:ها|ه|هم|هما)\s+(?:(?:{trie(fold(w) for w in lexicon('order')['accept_subjects'])})"
             rf"|ال(?!(?:{_TIME_UNITS})(?![{_AL}]))[{_AL}]{{3,}})(?![{_AL}]))")
# one group a relation, the look-behinds they all open with read once before them (not once per
# group at every character), and a look-ahead on the characters an order word can open with
# (:func:`tahqiq.text.patterns.lead`): the same matches and groups, about half the time per text
_ORDER_RE = lead(
    f"(?<![{_AL}A-Za-z])(?<!من\\s)(?:"
    + "|".join(
        f"(?P<{rel}>{_ACCEPTED if rel == 'earlier' else ''}"
        f"{_P}{trie(fold(w).lower() for lang in words.values() for w in lang)}"
        f"(?![{_AL}A-Za-z]))"
        for rel, words in lexicon("order")["sequence"].items()
    )
    + ")",
    re.I,
)
_CLAUSE = re.compile(r"[,،؛;:()\n]")
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_NEAR = 6  # words between an order word and the mention it governs
_NEAR_X = 8  # words between the other mention and the order word (or the clause's comma)
_NEAR_THEN = 20  # words between the earlier mention and a sequence word («ثم», then)
_SEQUENCE = ("then", "earlier")  # words that order the mention after them against the one before
_RELATIONS = {"since", "until", "before", "after"}
# «من X إلى ما بعد Y», "from X to after Y": X opened by a range-start word and followed, before
# the order word, by a range-end word (lang/order.yml 'range_start', 'range_end') is the start of
# a range whose end the order word qualifies; the order word does not order X.


def _lexicon_re(key: str) -> re.Pattern:
    ws = [fold(w) for lang in lexicon("order")[key].values() for w in lang]
    return re.compile("|".join(rf"(?<![{_AL}A-Za-z]){re.escape(w)}(?![{_AL}A-Za-z])" for w in ws), re.I)


_RANGE_START = _lexicon_re("range_start")
_SUBORDINATE = _lexicon_re("subordinators")  # «التي»، "which": a relative clause's date is not the main clause's
_RANGE_END = _lexicon_re("range_end")
_RANKING = _lexicon_re("ranking")  # «تلاه»، "followed by", «أعلى»: a «ثم» after them orders ranks, not times
_NAME_TITLE = re.compile(
    rf"(?<![{_AL}A-Za-z])(?:ال)?(?:"
    + "|".join(re.escape(fold(w)) for lang in lexicon("order")["name_title"].values() for w in lang)
    + r")\s*$",
    re.I,
)


def _in_title(text: str, m: "Mention") -> bool:
    """Whether a year mention is the horizon of a title right before it («رؤية 2030», "Vision 2030")."""
    return (m.type == "year" and text[m.nstart : m.nstart + 1].isdigit()
            and bool(_NAME_TITLE.search(text, max(0, m.nstart - 30), m.nstart)))


def event_mentions(tf: TextFacts) -> list["Mention"]:
    """The dated mentions that can date an event: not a title's horizon («رؤية 2030») and not the year
    of an author-year citation («(الزعبي، 2019: 52)», "(Baron, 2015: 34)"), which dates a source."""
    text = tf.norm.text
    c = tf.citations
    cited = []
    if c is not None and len(c) and "kind" in c:
        cited = [(int(a), int(b)) for a, b, k in zip(c["start"], c["end"], c["kind"]) if k == "author_year"]
    inside = within(cited)
    return [m for m in dated_mentions(tf)
            if not _in_title(text, m) and not inside(int(m.row["start"]), int(m.row["end"]))]


def _range_start(text: str, s: int, x: "Mention", gap: str) -> bool:
    """Whether mention ``x`` opens a range «من … X إلى …» whose end word lies in ``gap``."""
    if not _RANGE_END.search(gap):
        return False
    head = text[s : x.nstart]
    cut = max((m.end() for m in _CLAUSE.finditer(head)), default=0)
    starts = list(_RANGE_START.finditer(head, cut))
    return bool(starts) and _words(head[starts[-1].end():]) <= _NEAR


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _own_relation(m: Mention, w_start: int) -> bool:
    """Whether a mention carries a since/until/before/after of its own (not the order word's)."""
    if not m.modifier:
        return False
    rel = set(m.modifier.split("-")) & _RELATIONS
    return bool(rel) and not (m.nstart <= w_start < m.nend)


def _placed_before(text: str, s: int, x: Mention) -> bool:
    """Whether ``x`` is the date of what a «قبل»/"before" earlier in its clause governs («أعدت
    الحكومة المشروع قبل عام من الانتخابات في حزيران 2021»): it may date the elections, not the
    clause, whose own time is then earlier and unknown, so a «ثم» after it orders nothing against
    it."""
    head = text[s : x.nstart]
    cut = max((m.end() for m in _CLAUSE.finditer(head)), default=0)
    return any(w.lastgroup == "before" for w in _ORDER_RE.finditer(head, cut))


def _point(m: Mention) -> bool:
    return m.type in POINT_TYPES


@dataclass(frozen=True)
class _Relation:
    later: Mention
    earlier: Mention
    word_start: int
    word_end: int
    word: str
    shape: str


def _relations_in(text: str, s: int, e: int, mentions: list[Mention]) -> list[_Relation]:
    """The order relations the order words of sentence ``[s, e)`` assert between its mentions."""
    ms = held_by(mentions, s, e)
    out: list[_Relation] = []
    if len(ms) < 2:
        return out
    for w in _ORDER_RE.finditer(text, s, e):
        rel = w.lastgroup
        ws, we = w.span()
        word = w.group()
        # Y: the first mention starting at or after the word, near it, no clause break between.
        after = [m for m in ms if m.nstart >= ws]
        if not after:
            continue
        y = after[0]
        between = text[we : max(we, y.nstart)]
        if _words(between) > _NEAR or _CLAUSE.search(between) or _ORDER_RE.search(between):
            continue
        before = [m for m in ms if m.nend <= ws]
        glued = bool(re.match(r"[وف]", word)) and rel not in _SEQUENCE
        x_shape = None
        if rel in _SEQUENCE:
            if before and _words(text[before[-1].nend : ws]) <= _NEAR_THEN \
                    and not _RANKING.search(text, s, ws) and not _placed_before(text, s, before[-1]):
                x_shape = (before[-1], f"X ... {rel} Y")
        elif before and not glued:
            gap = text[before[-1].nend : ws]
            if _words(gap) <= _NEAR_X and not _CLAUSE.search(gap) and not _ORDER_RE.search(gap) \
                    and not _range_start(text, s, before[-1], gap):
                x_shape = (before[-1], "X W Y")
        if x_shape is None and rel not in _SEQUENCE:
            head = text[s:ws]
            opens = glued or not head.strip() or bool(re.search(r"[,،؛;:]\s*$", head))
            rest = [m for m in ms if m.nstart >= y.nend]
            if opens and rest:
                tail = text[y.nend : rest[0].nstart]
                comma = re.search(r"[,،]", tail)
                if comma and _words(tail[: comma.start()]) <= _NEAR and _words(tail[comma.end():]) <= _NEAR_X \
                        and not _ORDER_RE.search(tail) and not _SUBORDINATE.search(tail[comma.end():]) \
                        and not re.search(r"[؛;:]", tail) \
                        and not _range_start(text, y.nend, rest[0], text[rest[0].nend:e]):
                    x_shape = (rest[0], "W Y, X")
        if x_shape is None:
            continue
        x, shape = x_shape
        if not (_point(x) and _point(y)) or _own_relation(x, ws) or _own_relation(y, ws):
            continue
        if shape == "X W Y" and is_birth(text, x):
            continue  # «المولود عام 1960 ووزير الطاقة منذ أيلول 2019»: a birth in apposition, not the clause's time
        if rel in ("before", "earlier"):  # X before Y; X … earlier Y: Y before X
            out.append(_Relation(y, x, ws, we, word, shape) if rel == "before" else _Relation(x, y, ws, we, word, shape))
        else:  # after, then: X after Y (after); Y after X (then)
            later, earlier = (x, y) if rel == "after" else (y, x)
            out.append(_Relation(later, earlier, ws, we, word, shape))
    return out


_NEAR_MAIN = 12  # words between a sentence-opening sequence word and the first date of its clause
_OPENS = re.compile(r"^[\s\"«(]*(?:[وف]?قد\s+)?$")


def _across(text: str, prev: tuple[int, int], cur: tuple[int, int], mentions: list[Mention]) -> list[_Relation]:
    """A sequence word opening its sentence («وبعد ذلك …»، «ثم …»، «وقد سبق ذلك …»، «وتلا ذلك …»,
    "Later, …") with no dated mention before it there: its other end is the last dated mention of
    the sentence before, in the same paragraph, at most :data:`_NEAR_THEN` words before the word.
    A stated lapse after the word («وبعد ذلك بعامين،») is :mod:`.ordering`'s; a comma before its own
    mention leaves it alone."""
    (ps, pe), (s, e) = prev, cur
    if "\n" in text[pe:s]:
        return []
    ms = held_by(mentions, s, e)
    before = held_by(mentions, ps, pe)
    out: list[_Relation] = []
    for w in _ORDER_RE.finditer(text, s, e):
        rel = w.lastgroup
        ws, we = w.span()
        if rel not in _SEQUENCE or not _OPENS.match(text[s:ws]) or not before:
            break
        after = [m for m in ms if m.nstart >= we]
        if not after or any(m.nstart < ws for m in ms):
            break
        y, x = after[0], before[-1]
        between = re.sub(r"^\s*[,،]", "", text[we:y.nstart])  # the word's own comma: «وقبل ذلك، …», "Before that, …"
        if _words(between) > _NEAR_MAIN or _CLAUSE.search(between) or _ORDER_RE.search(between) \
                or _words(text[x.nend:ws]) > _NEAR_THEN or _RANKING.search(text, ps, pe) \
                or _placed_before(text, ps, x) or not (_point(x) and _point(y)) \
                or _own_relation(x, ws) or _own_relation(y, ws):
            break
        out.append(_Relation(x, y, ws, we, w.group(), f"X. {rel} Y") if rel == "earlier"
                   else _Relation(y, x, ws, we, w.group(), f"X. {rel} Y"))
        break
    return out


@detector("order-word-contradiction")
def order_word_contradiction(facts: Facts) -> list[Finding]:
    """An order word (after, before, since, then) relating two dated mentions whose dates say the opposite."""
    out: list[Finding] = []
    for tf in facts:
        if tf.doc.form == "pdf-scrambled":
            continue
        text = tf.norm.text
        mentions = event_mentions(tf)
        sents = sentence_spans(text)
        for i, (s, e) in enumerate(sents):
            across = _across(text, sents[i - 1], (s, e), mentions) if i else []
            for r in _relations_in(text, s, e, mentions) + across:
                if iso_key(r.later.end_date) >= iso_key(r.earlier.start_date):  # years BC too
                    continue
                word = raw_span(tf, r.word_start, r.word_end)
                later, earlier = r.later.span, r.earlier.span
                out.append(Finding(
                    kind="order-word-contradiction",
                    severity="warning",
                    message=(f"«{word.text.strip()}» puts «{later.text}» ({interval_text(r.later)}) after "
                             f"«{earlier.text}» ({interval_text(r.earlier)}), but its date is earlier."),
                    spans=sorted([later, word, earlier], key=lambda sp: sp.start),
                    evidence={
                        "rule": "an order word relating two dated mentions in one sentence; the later one's "
                                "interval ends before the earlier one's begins",
                        "order_word": word.text,
                        "shape": r.shape,
                        "later": {"text": later.text, "date": interval_text(r.later)},
                        "earlier": {"text": earlier.text, "date": interval_text(r.earlier)},
                        "sentence": raw_span(tf, s, e).text,
                    },
                ))
    return out

