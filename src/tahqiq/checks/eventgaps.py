"""Gaps counted from a named event: «Y، أي بعد/قبل N سنة من <حدث>» against the date the text gives
that event elsewhere.

``named-gap`` (findings of kind ``duration-mismatch``)
    A gap of years or months (``gaps`` lexicon: «بعد»/«قبل», a number in digits or words, or a
    dual) right after a dated mention Y of its sentence (within six words: «استرجعها المماليك سنة
    1289، أي بعد مئة وثمانين عاماً من سقوطها»; «صوّت المجلس في كانون الأول 2020 على المشروع، أي
    قبل أحد عشر شهراً من بدء التنفيذ»; Y may be a range, «بين 1984 و1987»: its first year), and
    counted from an event named by a verbal noun after «من»/«على» (the phrase has no date of its
    own: that shape is :mod:`.gaps`'). The event's date is looked up in the text: every dated
    mention whose clause holds a word of the verbal noun's root («سقوطها» ~ «سقوط طرابلس …
    سنة 1109»، «وأسقطها عام 332 ق.م»; «إنشائه» ~ «أنشئ سنة 1962»; «بدء التنفيذ» ~ «وبدأت أعمال
    التنفيذ في تشرين الثاني 2021»). The root is compared on the word's consonant skeleton (its
    clitics, pronoun suffixes, long vowels and hamza removed); a verbal noun with a complement
    instead of a pronoun («بدء الأعمال») needs the complement's root in the clause too («قبل أن
    يبدأ تعافيه عام 2003» is another start). A finding only when the event is
    dated in the text and none of its dates fits the gap (one year, or one month, of slack), so
    that an event the text dates twice, or does not date, raises nothing. A gap with an
    approximator («نحو»، «أكثر من») is checked by :func:`.gaps.approx_fits`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from ..text.spans import held_by, starting_in
from . import UNORDERED_FORMS, detector
from .chronology import POINT_TYPES, dated_mentions, entry_heading, heading_entry, is_birth, names_event, raw_span

NAME = "named-gap"
KIND = "duration-mismatch"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_REACH = 12  # words between the dated mention Y and the gap (no sentence break between them)
_GLOSSED_REACH = 18  # the same for a gap glossing its clause with «أي» («…، أي بعد اثني عشر عاماً من …»), which
# points back to the clause's time across a phrase or two («في أثناء زيارة ولي العهد إلى بكين، إدراج اللغة …»)
_EVENT = re.compile(rf"(?:\s+و(?:نصف|ربع)(?:\s+ال(?:عام|سنه|شهر))?)?(?:\s+(?:فقط|تقريبا|بالضبط|بالتمام))?\s+(?:من|علي|على)\s+(?:(?:ذلك|تلك|هذا|هذه)\s+)?(?P<ev>[{_AL}]+)(?:[^\S\n]+(?P<obj>[{_AL}]+)(?:[^\S\n]+(?P<qual>ال[{_AL}]+))?)?")
_PRONOUN = ("ه", "ها", "هم", "هما")
# a date the main clause aims at, not the time it happened: «توصي الدراسة بتعميمه بحلول عام 2027»
_DEADLINE = re.compile(rf"(?<![{_AL}])(?:بحلول|حتي|حتى|قبل|by|until)\s+(?:(?:عام|العام|سنه|سنة)\s+)?$", re.I)


def aimed_at(text: str, x) -> bool:
    """Whether the dated mention ``x`` is a date its clause aims at («بحلول عام 2027»), not the time it happened."""
    return bool(_DEADLINE.search(text, max(0, x.nstart - 12), x.nstart))


def _main_times(text: str, mentions: list, start: int, end: int) -> list:
    """The dates between ``start`` and ``end`` that may be a main clause's time: no since/until of their own,
    not aimed at."""
    return [x for x in mentions if start <= x.nstart and x.nend <= end and x.modifier is None and not aimed_at(text, x)]
_NOT_OBJECT = frozenset("في من علي على الي إلى عن مع عام سنه سنة اي أي قبل بعد حتي حتى و".split())
_CLAUSE_STOP = re.compile(r"[.،,؛;:()\n]")
_WEAK = set("اويىءئؤأإآ")
_SUFFIXES = ("هما", "هم", "ها", "ه", "ت")


@lru_cache(maxsize=1)
def _now_words() -> frozenset:
    """«الآن»، «اليوم»: the present, no event (``lang/ages.yml`` now_words)."""
    from ..lang import words
    from ..text.normtext import fold

    return frozenset(fold(w).lower() for w in words("ages", "now_words"))


def skeleton(w: str, conj: bool = True) -> str:
    """The consonants of a (folded) Arabic word without its clitics and pronoun suffix: «سقوطها» →
    «سقط», «واسقطها» → «سقط», «انشائه» → «نش», «وبدات» → «بد» (``conj=False``: a first «و»/«ف» kept as
    the root's own letter, «وقعت» → «قع»)."""
    if conj and w.startswith(("و", "ف")) and len(w) > 3:
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    elif w.startswith(("ب", "ل")) and w[1:].startswith("ال") and len(w) > 5:
        w = w[3:]
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return "".join(c for c in w if c not in _WEAK)


def skeletons(w: str) -> set[str]:
    """The skeleton of ``w`` and, for a verb with the feminine «ت» before its pronoun («وقّعتها»،
    «أعلنته»), the skeleton without it (a noun keeps its «ة» written «ت»: «وفاته»، «زيارته»)."""
    out = {skeleton(w)}
    if w.startswith(("و", "ف")):
        out.add(skeleton(w, conj=False))  # «وُقّعت» (signed): the «و» is the root's («توقيعها»), not «and»
    for s in _PRONOUN:
        if w.endswith("ت" + s) and len(w) - len(s) - 1 >= 3:
            out.add(skeleton(w[: -len(s) - 1]))
            break
    return out


def same_root(a: str, b: str) -> bool:
    """Whether two skeletons share a root: equal, or one is the other with a derivational prefix
    letter («تسس» of «تاسيس» and «سس» of «اسس»)."""
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and len(short) >= 2 and long_[0] in "تمنس" and long_[1:] == short


_RELATIVE = re.compile(rf"(?<![{_AL}])(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)\s+(?P<verb>[{_AL}]+)")


def other_event_clause(text: str, a: int, b: int) -> bool:
    """Whether a relative clause between the event named at ``a`` by a verbal noun of an event group
    (``lang/order.yml``) and a date at ``b`` tells another event, whose date that is («بعد أربع سنوات من هدم مبناه القديم الذي شُيّد سنة 1904»: the building, not the demolition): its
    verb shares no root with the words before it, nor tells their event («من توقيع الاتفاقية التي أُبرمت عام 2010»
    is the signing)."""
    from .verbnouns import group_of, tells

    rel = _RELATIVE.search(text, a, b)
    if rel is None:
        return False
    before = _WORD.findall(text[a:rel.start()])
    verb = rel.group("verb")
    group = group_of(text, a, rel.start(), 6)  # (past a lapse before it: «بعد أربع سنوات من هدم …»)
    if group is None or tells(verb, group):
        # (only an event told by a verbal noun of its own: «من المفاوضات التي بدأت عام 1996»، «من مؤتمر برلين الذي
        # انعقد يوم 19 يناير» date the thing named itself)
        return False
    return not any(same_root(skeleton(w), k) for w in before for k in skeletons(verb))


_ASIDE = 40  # the longest bracketed aside a clause runs past («عثر … طوغان (1890-1970م) على مخطوطتها … سنة 1923»)


def _clause_start(text: str, s: int) -> int:
    """Where the clause holding ``s`` starts: after the last stop before it, past a short bracketed aside."""
    lo = max(0, s - 200)
    end = s
    while True:
        stops = list(_CLAUSE_STOP.finditer(text, lo, end))
        if not stops:
            return lo
        last = stops[-1]
        if last.group() == ")":
            opening = text.rfind("(", max(lo, last.start() - _ASIDE), last.start())
            if opening >= 0 and not _CLAUSE_STOP.search(text[opening + 1:last.start()].replace("(", "").replace(")", "")):
                end = opening
                continue
        return last.end()


def _clause(text: str, s: int, e: int) -> str:
    """The clause around ``text[s:e]``; for a date fronted alone before its main clause («في مارس 2023، أي بعد
    أسابيع من التدشين، وقّعت الشركة … عقداً»), that main clause too (a gloss opened by «أي» skipped)."""
    a = _clause_start(text, s)
    m = _CLAUSE_STOP.search(text, e)
    if m and m.group() in "،," and _WHEN.match(text, m.end()):
        m = _CLAUSE_STOP.search(text, m.end())  # «يوم 21 مارس 2018، حين وقّعتها …»: the date is the when-clause's
    if a > 0 and text[a - 1] in "،," and _FRONTED.fullmatch(text, a, s):
        # «وبدأ تشغيل مرحلتها الأولى، بطول 264 كيلومتراً بين …، عام 2016 لنقل الكبريت»: a date opening a clause after
        # an apposition («بطول …»، «بقيمة …») dates the clause before it, which names the event
        b, k = a - 1, 0
        while k < 3:
            p0 = max((x.end() for x in _CLAUSE_STOP.finditer(text, max(0, b - 200), b)), default=max(0, b - 200))
            if p0 == 0 or text[p0 - 1] not in "،," or not _APPOSITION.match(text, p0):
                break
            b, k = p0 - 1, k + 1
        if k:
            p0 = max((x.end() for x in _CLAUSE_STOP.finditer(text, max(0, b - 200), b)), default=max(0, b - 200))
            end = m.start() if m else min(len(text), e + 200)
            return text[p0:b] + " " + text[a:end]
    if m and m.group() in "،," and _FRONTED.fullmatch(text, a, s) and not _WORD.search(text, e, m.start()):
        pos = m.end()
        while True:
            nxt = _CLAUSE_STOP.search(text, pos)
            end = nxt.start() if nxt else min(len(text), pos + 200)
            if _GLOSS_CLAUSE.match(text, pos) and nxt is not None and nxt.group() in "،,":
                pos = nxt.end()
                continue
            return text[a:m.start()] + " " + text[pos:end]
    return text[a:m.start() if m else min(len(text), e + 200)]


_FRONTED = re.compile(r"\s*[وف]?(?:في|خلال|منذ|يوم|وفي|ففي)?\s*(?:(?:عام|سنه|سنة|العام|يوم)\s*)?")
"""What may stand before a date that opens its sentence or clause alone («في مارس 2023،»، «وفي عام 2019،»)."""
_APPOSITION = re.compile(r"\s*ب(?:طول|قيمه|كلفه|تكلفه|سعه|مساحه|قدره|عمق|ارتفاع|عرض|حموله)(?![\u0621-\u064A])")
"""A clause of measure set between a verb's clause and its date («، بطول 264 كيلومتراً …،»)."""
_GLOSS_CLAUSE = re.compile(r"\s*(?:اي|أي|يعني)\s")


_STILL = re.compile(r"\s*[وف]?(?:لا\s+يزال|لا\s+تزال|ما\s+زال|ما\s+زالت|ما\s+يزال|ما\s+تزال|لم\s+يعد|لم\s+تعد|لا\s+يبدو"
                    r"|لا\s+تبدو|يبقى|تبقى|يبقي|تبقي)(?![\u0621-\u064A])")
"""A main clause in the present («لا يزال لبنان …»، «ما زالت …»، «لم يعد …»): its time is the time of writing."""

_WHEN = re.compile(r"\s*[وف]?(?:حين|حينما|عندما|لما|اذ|إذ|يوم)\s")
"""A clause after a date's comma that the date stands on («… 2018، حين وقّعتها 44 دولة»)."""


# Adjectives that tell one entity from another of the same noun («المحطة الحالية»، «الأولى»): two
# different ordinals are two entities; «الحالية»/«الجديدة» (the present one) is not «الأولى»/«السابقة»/
# «القديمة» (the one it succeeded), but may be the third or the last.
_ORDINALS = (("الأولى", "الأول"), ("الثانية", "الثاني"), ("الثالثة", "الثالث"), ("الرابعة", "الرابع"),
             ("الخامسة", "الخامس"))
_PRESENT = ("الحالية", "الحالي", "الجديدة", "الجديد")
_PAST = ("الأولى", "الأول", "السابقة", "السابق", "القديمة", "القديم")


@lru_cache(maxsize=1)
def _classes() -> tuple[dict, frozenset, frozenset]:
    from ..text.normtext import fold

    ords = {fold(w): i for i, ws in enumerate(_ORDINALS) for w in ws}
    return ords, frozenset(fold(w) for w in _PRESENT), frozenset(fold(w) for w in _PAST)


def _contrastive() -> frozenset:
    ords, present, past = _classes()
    return frozenset(ords) | present | past


def distinct(q1: str, q2: str) -> bool:
    """Whether two qualifiers of one noun name two entities (folded, with the article)."""
    ords, present, past = _classes()
    if q1 in ords and q2 in ords:
        return ords[q1] != ords[q2]
    return (q1 in present and q2 in past) or (q2 in present and q1 in past)


def _other_entity(words: list[str], need: str, qual: str) -> bool:
    """Whether the clause's words name the complement with a qualifier :func:`distinct` from
    ``qual``: «محطة صحار الأولى» for «المحطة الحالية» (the first plant is not the current one)."""
    cs = _contrastive()
    if qual not in cs:
        return False
    for i, w in enumerate(words):
        if same_root(need, skeleton(w)):
            near = [x for x in words[i + 1:i + 4] if x in cs]
            return bool(near) and all(distinct(qual, x) for x in near)
    return False


def _in_reference(tf: TextFacts, x) -> bool:
    """Whether a dated mention stands in one of the text's notes or bibliography entries (its raw offsets)."""
    spans = tf.__dict__.get("_reference_spans")
    if spans is None:
        spans = []
        for table in (tf.notes, tf.bibliography):
            if table is not None and len(table):
                spans += [(int(a), int(b)) for a, b in zip(table["start"], table["end"])]
        tf.__dict__["_reference_spans"] = spans = sorted(spans)
    at = int(x.row["start"]) if x.row is not None else None
    return at is not None and any(a <= at < b for a, b in spans)


def _weak_complement(obj: str, words: list[str]) -> bool:
    """Whether a complement whose skeleton is too short to compare («الأولى», «الثانية»: weak letters and the
    article removed) stands in ``words`` as written, without its article or a conjunction («دورته الأولى»)."""
    bare = re.sub(r"^(?:[وفبل]?ال|لل)", "", obj)
    return len(bare) >= 3 and any(re.sub(r"^(?:[وفبل]?ال|لل)", "", w) == bare for w in words)


def _one_day(x) -> bool:
    """Whether a relative mention names one day of the writing («اليوم» of a wire's lead, «أمس»): resolved to one
    day, and no lapse of its own («قبل يومين» is a length, and may be the very gap being checked)."""
    quote = str(x.row.get("text", "")) if x.row is not None else ""
    return x.type == "relative" and x.start_date == x.end_date \
        and not re.match(r"\W*[وف]?(?:قبل|بعد|منذ|خلال)(?![\u0621-\u064A])", quote)


def event_dates(tf: TextFacts, verbal_noun: str, exclude, obj: str | None = None, qual: str | None = None,
                more: tuple[str, ...] = ()) -> list:
    """The dated mentions (points) of ``tf`` whose clause holds a word of ``verbal_noun``'s root
    and, when the verbal noun has a complement instead of a pronoun («بدء الأعمال», not
    «سقوطها»), a word of the complement's root too (a generic «بدء» names no event by itself).
    A complement with its own qualifier («افتتاح المحطة الحالية») is another entity in a clause
    that names the complement with another qualifier («افتتحت محطة صحار الأولى عام 2007»).

    A clause that tells the event by a verb or noun of its group (``lang/order.yml`` ``verbal_nouns``/
    ``event_verbs``: «أنشأت الحكومة … سنة 1987» for «تأسيسه») outranks one that only shares a skeleton
    with it («السياسي» has the skeleton of «تأسيس»); and the words that name the complement further
    (``more``: «سيول» of «افتتاح معهد سيول») keep the clauses that hold them all, when some do."""
    from .verbnouns import group_of, tells

    group = group_of(verbal_noun, 0, len(verbal_noun), 1)
    root = skeleton(verbal_noun)
    need = None
    # (a noun followed by a definite genitive is in the construct state and carries no pronoun: «قمة التأسيس»
    # folded «قمه التاسيس» ends in «ه» as «سقوطها» does, but names its complement)
    if obj and (not verbal_noun.endswith(_PRONOUN) or obj.startswith("ال")) and obj not in _NOT_OBJECT:
        need = skeleton(obj)
        if obj.startswith("ال") and group_of(obj, 0, len(obj), 1):
            group = group_of(obj, 0, len(obj), 1)
            # «قمة التأسيس»: a noun whose complement is itself the verbal noun of an event (the founding)
            # names that event: its dates are the founding's («تأسست … يوم 15 يونيو 2001»)
            root, need = need, None
    text = tf.norm.text
    out, told, named, rooted = [], [], [], []
    more_sk = [skeleton(w) for w in more]
    for x in dated_mentions(tf):
        if x is exclude or x.modifier is not None or x.type not in POINT_TYPES and not _one_day(x):
            continue  # (a day told relative to the writing, «وقّعت … اليوم اتفاقاً», dates its event too)
        if _in_reference(tf, x):
            continue  # a note's or reference's date dates its source («التقرير السنوي … 2024»), no event of the text
        if x.nstart <= exclude.nstart < x.nend:
            continue
        entry = heading_entry(tf, x)  # a date heading its entry: the clause is the entry's first sentence
        cl = text[entry[0]:entry[1]] if entry else _clause(text, x.nstart, x.nend)
        ws = _WORD.findall(cl)
        sk = [k for w in ws for k in skeletons(w)]
        tell = group is not None and any(tells(w, group) for w in ws)
        if (tell or any(same_root(root, w) for w in sk)) and (need is None or any(same_root(need, w) for w in sk)
                                                              or len(need) < 2 and _weak_complement(obj, ws)):
            if need is not None and qual and _other_entity([w.lower() for w in ws], need, qual):
                continue
            out.append(x)
            if tell:
                told.append(x)
                if any(same_root(root, w) for w in sk):
                    rooted.append(x)
            if more_sk and all(any(k == w for w in sk) for k in more_sk):
                named.append(x)
    if told:
        # (among them, those told by the verbal noun's own root: «التدشين» is «دُشّن» before «افتُتح», of its group)
        out = rooted or told
    if named and any(x in out for x in named):
        out = [x for x in out if x in named]
    return out


def _documents_in(words: list[str]) -> set[str]:
    from .actions import _documents, _head

    docs = _documents()
    return {h for w in words if (h := _head(w)) in docs}


def _same_document(text: str, ss: int, at: int, xs: list) -> list:
    """The dated signings a pronoun may name back to («ألغت السلطات عقد الميناء، أي بعد ست سنوات من توقيعه»): when
    the gap's own sentence names a document before the gap (a contract), not a clause that names only another kind
    of document («اتفاق أبرمه الاتحاد السوفيتي مع سوريا عام 1971»)."""
    own = _WORD.findall(text[ss:at])
    mine = _documents_in(own[-8:])
    if not mine:
        return xs
    keep = []
    for x in xs:
        theirs = _documents_in(_WORD.findall(_clause(text, x.nstart, x.nend)))
        if not theirs or theirs & mine:
            keep.append(x)
    return keep


def carries_pronoun(w: str) -> bool:
    """Whether a (folded) noun ends in a pronoun («توقيعه»، «إطلاقها»): not one with the article, whose «ة» folds to
    «ه» too («الزياره»، «بالزياره»، «للزياره»)."""
    return w.endswith(_PRONOUN) and not re.match(r"[وفبل]?(?:ال|لل)", w)


def _masculine_pronoun(verbal_noun: str) -> bool:
    """Whether a (folded) verbal noun ends in the masculine pronoun «ـه» («توقيعه»), not «ـها»/«ـهم»/«ـهما»."""
    return carries_pronoun(verbal_noun) and not verbal_noun.endswith(("ها", "هم", "هما")) and len(verbal_noun) > 4


def _feminine_event(text: str, x, verbal_noun: str) -> bool:
    """Whether the clause of ``x`` tells the event by a feminine verb («وقّعت») followed by a feminine noun
    («اتفاقية»، folded «اتفاقيه»): the thing signed is feminine, which a masculine pronoun cannot name."""
    root = skeleton(verbal_noun)
    words = _WORD.findall(_clause(text, x.nstart, x.nend))
    for i, w in enumerate(words):
        if w.endswith("ت") and any(same_root(root, k) for k in skeletons(w)):
            # (an indefinite noun in «ة» among the next words: the object in its construct, «وقّعت روسيا وسوريا
            # اتفاقية نشر …»; a definite one may be the subject, «وقّعت الحكومة العقد»)
            return any(n.endswith("ه") and not n.endswith(("ها", "هم")) and not n.startswith(("ال", "وال"))
                       and len(n) > 3 for n in words[i + 1:i + 4])
    return False


def _sentence_event_dates(tf: TextFacts, mentions: list, verbal_noun: str, exclude) -> list:
    """When no dated clause names the event, the dated mentions of the sentences that name it with
    the same noun («ففي يوم 19 يونيو 1961 تبادل … مذكرتين …، وأُعلن استقلال الكويت» for «من الاستقلال»:
    the date stands in the sentence's first clause, the noun in its last), or, for a noun with a pronoun
    («توقيعها»: one antecedent), any word of its root. Only for an event named by its noun alone (no
    complement: «بدء الأعمال» is too common a pair to look for sentence-wide)."""
    from .gaps import _patterns

    gap = _patterns()[0]
    root = skeleton(verbal_noun)
    text = tf.norm.text
    out = []
    for _, _, sents in line_sentences(text):
        for ss, se in sents:
            if ss <= exclude.nstart < se:
                continue  # the gap's own sentence
            # the words of the sentence but the events its own gaps count from («فانتهت بعد 360 يوماً من
            # توقيعها»: the signing is the gap's start, not the event the sentence dates)
            chunks, at = [], ss
            for g in gap.finditer(text, ss, se):
                ev = _EVENT.match(text, g.end())
                if ev is not None:
                    chunks.append(text[at:ev.start("ev")])
                    at = ev.end("ev")
            words = _WORD.findall(" ".join(chunks + [text[at:se]]))
            if any(skeleton(w) == root for w in words) or carries_pronoun(verbal_noun) and any(
                    same_root(root, k) for w in words for k in skeletons(w)):  # «توقيعها» … «وقّع … اتفاقية الحماية»
                out.extend(x for x in mentions if ss <= x.nstart < se and x.modifier is None
                           and not is_birth(text, x))  # («المولود عام 1961»: a person's birth)
    return out


def _months(m) -> int | None:
    if m.row.get("granularity") not in ("day", "month"):
        return None
    return year_of(m.start_date) * 12 + int(m.start_date[-5:-3]) - 1


def _fits(x, y, unit: str, n: int, after: bool, approx: str | None = None) -> bool:
    """Whether y lies n units after (before) x, one unit of slack (a gap said with an approximator:
    :func:`.gaps.approx_fits`)."""
    from .gaps import YEAR_SLACK_MONTHS, approx_fits

    sign = 1 if after else -1
    if unit in ("day", "week"):
        # days and weeks are checked between two days only («فبعد سبعة وستين يوماً من توقيعها … 29 تشرين الثاني
        # 2019»): one unit of slack (a day counted or not at either end)
        if x.row.get("granularity") != "day" or y.row.get("granularity") != "day":
            return True
        per = 7 if unit == "week" else 1
        d = (date.fromisoformat(y.start_date[:10]) - date.fromisoformat(x.start_date[:10])).days * sign
        if approx:
            return approx_fits(approx, n, d / per, d / per, 1)
        return d - per <= n * per <= d + per
    mx, my = _months(x), _months(y)
    if unit == "month":
        if mx is None or my is None:
            d = (year_of(y.start_date) - year_of(x.start_date)) * sign
            lo, hi, slack = (d - 1) * 12, (d + 1) * 12, 1
        else:
            lo = hi = (my - mx) * sign
            slack = 1
    elif mx is not None and my is not None:  # both name their month: half a year of rounding, not a whole one
        lo = hi = (my - mx) / 12 * sign
        slack = YEAR_SLACK_MONTHS
    else:
        lo = hi = (year_of(y.start_date) - year_of(x.start_date)) * sign
        slack = 1
    if approx:
        # an approximate gap to a range («بين 1984 و1987، أي بعد نحو ثلاثين سنة») may count to its end
        end = getattr(y, "end_date", None)
        if end and year_of(end) != year_of(y.start_date):
            d_end = (year_of(end) - year_of(x.start_date)) * sign * (12 if unit == "month" else 1)
            lo, hi = min(lo, d_end), max(hi, d_end)
        return approx_fits(approx, n, lo, hi, slack)
    return lo - slack <= n <= hi + slack


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern:
    """A second gap coordinated with a glossed one, after its event: «…، أي بعد أقل من أربعة أشهر من وفاة عبد
    الناصر، وبعد أحد عشر عاماً من بدء العمل» (the same date, counted from another event)."""
    from .gaps import _patterns

    gap = _patterns()[0].pattern
    return re.compile(r"(?P<gloss>)\s*[،,]\s*[وف]" + gap[gap.index("(?:(?P<after>"):])


@lru_cache(maxsize=2)
def _bare_coordinated(after: bool) -> re.Pattern:
    """«… من تأسيس الشركة وسبع سنوات من …»: a length joined by «و» to the event of a gap before it, with no order
    word of its own («و» stands in the group of the first gap's: ``after`` or ``before``)."""
    from .gaps import _patterns

    gap = _patterns()[0].pattern
    length = gap[gap.index(")", gap.index("(?P<before>")) + 1:]
    length = length[length.index(r"\s+") + 3:]  # past the order words' group and its space
    own, other = ("after", "before") if after else ("before", "after")
    return re.compile(rf"(?P<gloss>)\s+(?P<{own}>و)(?P<{other}>(?!))?{length}")


_RANKS = frozenset({"اول", "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "اخر", "اخري"})
"""Words that rank the complement of a verbal noun («افتتاح أول معهد عربي»): the noun after them is the complement."""


def _complement(text: str, ev: re.Match, end: int) -> tuple[str | None, tuple[str, ...]]:
    """The complement of an event's verbal noun (past a word that ranks it: «أول معهد») and up to two more words
    that name it («سيول» of «افتتاح معهد سيول»، «عربي» of «افتتاح أول معهد عربي»), within its clause."""
    obj = ev.group("obj")
    if obj is None or ev.group("qual"):
        return obj, ()
    words = _WORD.findall(text, ev.end("obj"), end)
    if obj in _RANKS and words:
        obj, words = words[0], words[1:]
    more = []
    for w in words[:2]:
        if w in _NOT_OBJECT or w.isdigit() or len(w) < 3 or w.startswith("ال") and _contrastive() & {w} \
                or w.startswith("و"):
            break  # (a word joined by «و» starts another phrase: «من تأسيس الشركة وسبع سنوات من …»)
        more.append(w)
    return obj, tuple(more)


# a relative clause or a reported one between the word of the present and the gap has a time of its own («… اليوم
# عقداً لصيانة المبنى الذي افتُتح بعد عامين من …»، «أعلن الوزير اليوم أن المصنع افتُتح بعد …»)
_OWN_CLAUSE = re.compile(r"(?<![\u0621-\u064A])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|ان|انه|انها|بان|بانه|بانها)"
                         r"(?![\u0621-\u064A])")


def _present_in_sentence(tf: TextFacts, ss: int, at: int):
    """The text's present as a mention, when a word of the present («اليوم»، «الآن»، «حالياً») stands in the
    sentence before ``at`` outside quotes and brackets, with no semicolon or colon after it (the clause of the
    gap's own verb), or None."""
    from .gaps import _present_mention, now_word

    text = tf.norm.text
    w = None
    for w in re.compile(rf"(?<![\u0621-\u064A])(?:{now_word()})(?![\u0621-\u064A])", re.I).finditer(text, ss, at):
        pass
    if w is None or re.search(r"[؛;:«»\"()]", text[ss:at]) or _OWN_CLAUSE.search(text, w.end(), at):
        return None
    return _present_mention(tf, w.start(), w.end())


def _findings(tf: TextFacts) -> list[Finding]:
    from .gaps import _GLOSS_REACH, _patterns, _point, _stated

    gap, _, opening = _patterns()[:3]
    coordinated = _coordinated()
    text = tf.norm.text
    mentions = [m for m in dated_mentions(tf) if m.type in POINT_TYPES]
    out = []
    for _, _, sents in line_sentences(text):
        for ss, se in sents:
            found = list(gap.finditer(text, ss, se))
            head = re.compile(r"\s*").match(text, ss).end()
            o = opening.match(text, head, se)  # «وبعد سبع سنوات من وفاته رُسمت الحدود … عام 1922»
            if o and not any(g.start() <= o.start() < g.end() or o.start() <= g.start() < o.end() for g in found):
                found.insert(0, o)
            lead = {}  # a coordinated gap -> the start of the gap it is joined to (the reach to Y is counted from it)
            for g in [g for g in found if g.group("gloss") or g.group("after") or g.group("before")]:
                ev = _EVENT.match(text, g.end())
                c = coordinated.match(text, ev.end(), se) if ev else None
                if c is None and ev is not None:
                    # «أي بعد أربعة عشر عاماً من تأسيس الشركة وسبع سنوات من تشغيل المرحلة الأولى»: a second length
                    # joined by «و» alone, with its own event, counted the same way
                    c = _bare_coordinated(bool(g.group("after"))).match(text, ev.end(), se)
                    if c is not None and _EVENT.match(text, c.end()) is None:
                        c = None
                if c is not None:
                    found.append(c)
                    lead[c.start()] = lead.get(g.start(), g.start())
            for m in found:
                approx = m.group("approx")  # «أي بعد نحو عامين»: checked by gaps.approx_fits
                got = _stated(m)
                ev = _EVENT.match(text, m.end())
                if got is None or ev is None or got[0] not in ("year", "month", "week", "day") \
                        or ev.group("ev") in _now_words():
                    continue  # («أي بعد تسعة أشهر من الآن»: counted from the writing, no event named)
                stop = _CLAUSE_STOP.search(text, m.end(), se)
                cend = stop.start() if stop else se
                own = starting_in(mentions, m.end(), cend)
                dated_own = None
                if own and m is o and stop is not None and stop.group() in "،," \
                        and len(_WORD.findall(text[ev.end():own[0].nstart])) <= 3:
                    # an opening phrase closed by a comma that dates its own event counts to the main clause's
                    # time: its first date, if it gives one («وبعد عشرين عاماً على انطلاقها عام 2013، باتت المبادرة
                    # تضم 150 دولة في 2023»; «بعد أكثر من عقد على توقيع المذكرة في تموز 2013، لم …» gives none)
                    dated_own = own[0]
                elif own and m is not o:
                    continue  # «بعد عشر سنوات من تأسيسها عام 1998»: gaps.py's «from» shape
                head_at = lead.get(m.start(), m.start()) if m is not o else m.start()
                prior = held_by(mentions, ss, head_at)
                reach_from = None  # the reach is counted from a name dropped between Y and the gap
                while prior and names_event(prior[-1]):
                    if len(_WORD.findall(text[prior[-1].nend:head_at])) <= _REACH:
                        reach_from = reach_from or prior[-1].nend
                    prior = prior[:-1]  # «اتفاقية 1899، أي بعد …»: a name, not the clause's time
                if dated_own is not None:
                    main_dates = _main_times(text, mentions, cend, se)
                    if not main_dates and _STILL.match(text, cend + 1):
                        # «بعد خمس سنوات على انفجار المرفأ يوم 4 آب 2020، لا يزال لبنان بلا إهراءات»: a main clause of
                        # the present with no date of its own: the time of writing
                        from .gaps import _present_mention

                        now = _present_mention(tf, cend + 1, _STILL.match(text, cend + 1).end())
                        main_dates = [now] if now is not None else []
                    if not main_dates:
                        continue
                    prior, reach_from = [main_dates[0]], None
                elif not prior and len(_WORD.findall(text[ss:m.start()])) <= 2:
                    # «وبعد سبع سنوات من وفاته رُسمت الحدود … عام 1922»: the gap opens its sentence, Y follows
                    later = _main_times(text, mentions, ev.end(), se)
                    # (a comma may close the opening phrase: «وبعد سنتين من ذلك الانتقال، انطلقت … يوم …»)
                    main = re.compile(r"\s*[،,]?").match(text, ev.end()).end()
                    if later and len(_WORD.findall(text[ev.end():later[0].nstart])) <= _REACH \
                            and not _CLAUSE_STOP.search(text, main, later[0].nstart):
                        prior = [later[0]]
                headed = None
                if not prior and dated_own is None:
                    # «الجمعة 25 كانون الأول 2015⏎دخلت الاتفاقية حيز النفاذ بعد قرابة ستة أشهر من توقيعها»: the first
                    # sentence of an entry a date heads (a timeline's) is at that date
                    headed = entry_heading(tf, m.start())
                    if headed is not None:
                        prior, reach_from = [headed], None
                if not prior and dated_own is None and headed is None:
                    # «وقّعت الوكالة اليوم عقداً …، وذلك بعد عام وتسعة أشهر من تدشينه الرسمي»: a word of the present
                    # in the sentence's main clause, no date there: the gap counts to the time of writing
                    headed = _present_in_sentence(tf, ss, head_at)
                    if headed is not None:
                        prior, reach_from = [headed], None
                reach = _GLOSSED_REACH if m.group("gloss") and m is not o else _REACH
                if headed is None and (
                        not prior or len(_WORD.findall(text[reach_from or prior[-1].nend:head_at])) > reach
                        or reach_from is not None and _CLAUSE_STOP.search(text, prior[-1].nend, reach_from)
                        and len(_WORD.findall(text[prior[-1].nend:reach_from])) > 2 * _REACH):
                    continue
                y = prior[-1]
                if dated_own is not None:
                    xs = [dated_own]
                else:
                    obj, more = _complement(text, ev, cend)
                    xs = event_dates(tf, ev.group("ev"), y, obj, ev.group("qual") if obj == ev.group("obj") else None,
                                     more)
                # (a noun whose «ة» is folded to «ه», «الرحلة الأخيرة», is looked for sentence-wide by its own skeleton,
                # not by its root as a pronoun's antecedent is: :func:`_sentence_event_dates`)
                if not xs and (ev.group("ev").endswith(_PRONOUN) or not ev.group("obj")
                               or ev.group("obj") in _NOT_OBJECT):
                    xs = _sentence_event_dates(tf, mentions, ev.group("ev"), y)
                if xs and _masculine_pronoun(ev.group("ev")):
                    # a masculine pronoun does not name back to a feminine noun its event's verb agrees with («ألغت …
                    # عقد الميناء، أي بعد نحو ست سنوات من توقيعه» is not «وُقّعت اتفاقية طرطوس» of 2017)
                    xs = [x for x in xs if not _feminine_event(text, x, ev.group("ev"))]
                if xs and carries_pronoun(ev.group("ev")):
                    xs = _same_document(text, ss, m.start(), xs)
                if not xs:
                    continue
                if any(x.nstart == y.nstart for x in xs) or y.nstart < m.start() and any(
                        x.start_date[:4] == y.start_date[:4] and y.row.get("granularity") == "year" for x in xs):
                    # «أنهتا اتفاقية 1899، أي بعد 62 عاماً من توقيعها»: the date before the gap names the event
                    # itself; the gap is counted to the date before it in the sentence
                    earlier = [x for x in prior[:-1] if not any(c.nstart == x.nstart for c in xs)]
                    if not earlier or len(_WORD.findall(text[earlier[-1].nend:m.start()])) > 2 * _REACH:
                        continue
                    y = earlier[-1]
                # a day or month of the event subsumes a year-only mention of it («21 مايو 2014» … «توقيع 2014»);
                # a gap in months is held to the event's months when the text gives them
                precise = {x.start_date[:4] for x in xs if _months(x) is not None}
                xs = [x for x in xs if _months(x) is not None or x.start_date[:4] not in precise
                      and not (got[0] == "month" and precise)]
                gp = [x for x in prior if _point(x)]
                if (m.group("gloss") and m.group("after") and len(gp) >= 2 and gp[-1] is y
                        and any(c.nstart == gp[-2].nstart for c in xs)
                        and len(_WORD.findall(text[y.nend:m.start()])) <= _GLOSS_REACH):
                    continue  # the event is the date before Y: gaps.py's «gloss» shape reads it
                unit, n = got
                half = re.match(r"\s+و(نصف|ربع)", text[m.end():ev.end()])
                if half:  # «خمس سنوات ونصف»
                    n = n + (0.5 if half.group(1) == "نصف" else 0.25)
                elif unit == "year" and n != int(n) and abs(n * 12 - round(n * 12)) < 1e-6:
                    unit, n = "month", round(n * 12)  # «بعد عام وتسعة أشهر»: counted in months, to the month
                after = bool(m.group("after"))
                if any(_fits(x, y, unit, n, after, approx) for x in xs):
                    continue
                if carries_pronoun(ev.group("ev")) and any(
                        _fits(x, y, unit, n, after, approx) for x in prior if x is not y and x.nstart < y.nstart):
                    continue  # «… يوم 17 أبريل 2007، وقد فُقد الاتصال به عام 2010 بعد ثلاث سنوات من إطلاقه»: the
                    # pronoun's antecedent, dated in the gap's own sentence
                x = min(xs, key=lambda c: (_months(c) is None, abs(c.nstart - m.start())))  # a day first, then the nearest
                spans = sorted({(y.nstart, y.nend), (m.start(), ev.end()), (x.nstart, x.nend)})
                reversed_ = [c for c in xs if _fits(c, y, unit, n, not after, approx) and c.start_date[:10] != y.start_date[:10]
                             and (unit == "year" or _months(c) is not None)]  # a year-only date fits any months
                if reversed_ and not m.group("approx"):
                    # the gap fits the other way round: the order word («بعد»/«قبل») is what is wrong
                    x = min(reversed_, key=lambda c: (_months(c) is None, abs(c.nstart - m.start())))
                    word = m.group("after") or m.group("before")
                    ws, we = (m.start("after"), m.end("after")) if m.group("after") else (m.start("before"), m.end("before"))
                    spans = sorted({(y.nstart, y.nend), (m.start(), ev.end()), (x.nstart, x.nend)})
                    later, earlier = (y, x) if after else (x, y)  # what the order word makes later
                    out.append(Finding(
                        kind="order-word-contradiction",
                        severity="warning",
                        message=(f"The text puts {y.start_date[:10]} {n} {unit}s {'after' if after else 'before'} an "
                                 f"event it dates {x.start_date[:10]} elsewhere («{raw_span(tf, x.nstart, x.nend).text}»): "
                                 f"the gap fits, the order word does not."),
                        spans=[raw_span(tf, s, e) for s, e in spans],
                        evidence={"rule": "a gap counted from an event named by its verbal noun that fits the event's "
                                          "date only the other way round (the order word is wrong)",
                                  "order_word": raw_span(tf, ws, we).text, "stated": n, "unit": unit,
                                  "date": y.start_date[:10], "event_dates": [c.start_date[:10] for c in xs],
                                  "later": {"text": raw_span(tf, later.nstart, later.nend).text, "date": later.start_date[:10]},
                                  "earlier": {"text": raw_span(tf, earlier.nstart, earlier.nend).text,
                                              "date": earlier.start_date[:10]}},
                    ))
                    continue
                out.append(Finding(
                    kind=KIND,
                    severity="warning",
                    message=(f"The text puts {y.start_date[:10]} {n} {unit}s {'after' if after else 'before'} an event "
                             f"it dates {x.start_date[:10]} elsewhere («{raw_span(tf, x.nstart, x.nend).text}»)."),
                    spans=[raw_span(tf, s, e) for s, e in spans],
                    evidence={"rule": "a gap counted from an event named by its verbal noun, against the dates the "
                                      "text gives that event (one unit of slack)",
                              "stated": n, "unit": unit, "date": y.start_date[:10],
                              "event_dates": [c.start_date[:10] for c in xs]},
                ))
    return out


@detector(NAME)
def named_gap(facts: Facts) -> list[Finding]:
    """A gap counted from a named event («أي بعد N سنة من سقوطها») against the event's dates in the text."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
