"""One-time actions keyed from the text: «تأسيس الجمعية عام 2017» and «منذ تأسيسها عام 2015».

``action-date-conflict`` (findings of kind ``event-date-conflict``)
    An action that happens once to its object — a founding, launch, opening, establishment
    (``lang/actions.yml``) — named by a verb («أطلقت الوزارة برنامج "شمس الريف" في أيلول 2019»،
    «تأسست الجمعية عام 2017») or its verbal noun («إطلاق البرنامج عام 2019»، «تأسيس الجمعية»), with
    the date that follows it in its clause (within eight words, no comma or order word between;
    a date without a since/until of its own). The object is keyed from the text, without a gazetteer:

    * the content words after the trigger, up to the date (at most three; after an active verb a
      definite subject followed by more words is dropped: «أطلقت الوزارة برنامج …» keys «برنامج»);
    * for a trigger carrying an object pronoun («تأسيسها»، «أطلقته»): the noun phrase before the
      relative pronoun that opens its clause («برنامج "شمس الريف" الذي أطلقته»), else the last
      definite noun before it in its sentence («وتضم الجمعية، منذ تأسيسها»).

    Two mentions are one action when their actions agree and one key is the other's or part of it
    («البرنامج» and «برنامج شمس الريف»; «برنامج شمس الريف» and «برنامج ريف أخضر» are two). One
    action given two dates that do not overlap, in two sentences, is a ``warning``. Texts whose word
    order was scrambled by extraction are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..text.intervals import year_of
from . import detector, per_ordered_text
from .chronology import _ORDER_RE, POINT_TYPES, dated_mentions, raw_span, sentence_spans

NAME = "action-date-conflict"
KIND = "event-date-conflict"
_AL = r"\u0621-\u064A"
_TOKEN = re.compile(rf"[{_AL}]+|\d+|[,،؛;:.!?؟()\[\]\n]")
_REACH = 8  # words between a trigger and its date
_KEY_WORDS = 3
_PRONOUNS = ("هما", "ها", "ه")
_NOUN = {"found": "founding", "launch": "launch", "open": "opening", "establish": "establishment", "sign": "signing",
         "die": "death", "join": "accession", "withdraw": "withdrawal"}
_NAME_WORDS = 5
"""Content words after a trigger kept as its object's name: one name is the same object as another when
it is the other's first words or holds all of them («معهد سيول» and «معهد لكونفوشيوس في العاصمة الكورية
سيول»)."""
_POSITIONS = frozenset({"early", "mid", "late"})
"""Modifiers that name a part of a year («مطلع 2022»): its year still dates the action."""
_GOAL_RULE = ("an actor's accession to, or withdrawal from, one organisation or agreement (keyed by the actor and the head "
              "of what is joined or left), given two dates that do not overlap")
# actions whose verb names its subject right after it or nothing («ثم قُتل في تحطم طائرته»: the words
# after a preposition are no one's name)
_SUBJECT_NEXT = frozenset({"die"})
# a comma, then at most an emphasis or «ثم»/«و», between a date and the verb it dates («يوم 1 أغسطس
# 2017، افتُتحت …»)
_DATE_THEN = re.compile(r"\s*[،,]?\s*")
# words after a noun that stress it («القاعدة نفسها، التي افتُتحت»): not part of its name
_SELF = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها"})
_PLACE_PREPOSITIONS = frozenset({"في", "داخل", "ضمن", "عند", "بمدينه", "بمقر"})
"""Prepositions of place right after a verb of action: the phrase they open is where, not what."""
_SIGN = "sign"
_SIGN_RULE = ("a document's signing and a later back-reference to it (a definite or possessed noun, or the noun before "
              "a passive verb or participle), given two dates that do not overlap")
# words that make a signed document another one than the one signed before («اتفاقية أخرى/جديدة/ثانية»)
_ANOTHER = frozenset({"اخري", "اخر", "جديده", "جديد", "ثانيه", "ثاني", "ثالثه", "ثالث", "مماثله", "مماثل"})


@dataclass(frozen=True)
class _Mention:
    action: str
    nstart: int
    nend: int
    key: tuple[str, ...]
    date: object  # a chronology Mention
    sentence: int
    back: bool = False  # a signing whose document points back (definite, possessed, before a passive verb)


@lru_cache(maxsize=1)
def _lexicon():
    from ..lang import lexicon
    from ..text.normtext import fold

    lex = lexicon("actions")
    verbs, nouns = {}, {}
    for action, forms in lex["actions"].items():
        for w in forms["verbs"]:
            verbs[fold(w)] = action
        for w in forms["nouns"]:
            nouns[fold(w)] = action
        for w in forms.get("participles", ()):
            _PARTICIPLES[fold(w)] = action
    stop = {fold(w) for w in lex["stop"]}
    relatives = {fold(w) for w in lex["relatives"]}
    return verbs, nouns, stop, relatives


_PARTICIPLES: dict[str, str] = {}
"""The participles after a document («الاتفاقية الموقعة في …»), filled by :func:`_lexicon`."""


def _bare(tok: str) -> str:
    """A word without its article (the key compares stems of the same phrase)."""
    for p in ("وال", "فال", "بال", "لل", "ال"):
        if tok.startswith(p) and len(tok) - len(p) >= 3:
            return tok[len(p):]
    return tok


@lru_cache(maxsize=1 << 16)  # a pure function of the word (the lexicon is read once): asked for every token
def _trigger(tok: str) -> tuple[str, str, bool] | None:
    """(action, 'verb'/'noun', carries a pronoun) of a word, or None."""
    verbs, nouns, _, _ = _lexicon()
    if tok in _PARTICIPLES:
        return _PARTICIPLES[tok], "participle", False
    for pre in ("", "و", "ف", "ب", "ل", "وب", "ول"):
        if not tok.startswith(pre):
            continue
        rest = tok[len(pre):]
        for suf in ("",) + _PRONOUNS:
            if suf and not rest.endswith(suf):
                continue
            stem = rest[: len(rest) - len(suf)] if suf else rest
            if stem in verbs and (pre in ("", "و", "ف")):
                return verbs[stem], "verb", bool(suf)
            if stem in nouns:
                return nouns[stem], "noun", bool(suf)
    return None


def _content(tok: str) -> bool:
    _, _, stop, relatives = _lexicon()
    return len(tok) >= 3 and not tok.isdigit() and tok not in stop and tok not in relatives \
        and _trigger(tok) is None


def _mentions(tf: TextFacts) -> list[_Mention]:
    _, _, _, relatives = _lexicon()
    text = tf.norm.text
    points = [m for m in dated_mentions(tf, POINT_TYPES) if not m.type.endswith("range")
              and (m.modifier is None or m.modifier in _POSITIONS)]
    out = []
    for si, (s, e) in enumerate(sentence_spans(text)):
        if not any(map(_trigger, _TOKEN.findall(text, s, e))):
            continue  # no word of an action: most sentences (their words looked up at C speed, no matches kept)
        toks = list(_TOKEN.finditer(text, s, e))
        for i, t in enumerate(toks):
            trig = _trigger(t.group())
            if trig is None:
                continue
            action, pos, pronoun = trig
            date = next((m for m in points if t.end() <= m.nstart < e), None)
            between = [x for x in toks[i + 1:] if date is not None and x.end() <= date.nstart]
            gap = text[t.end():date.nstart] if date is not None else ""
            if date is None or len([x for x in between if _counted(x.group())]) > _REACH \
                    or re.search(r"[,،؛;:.!?؟()\n]", gap) or _ORDER_RE.search(gap):
                m = _dated_before(text, toks, i, trig, points, s, si) if pos == "verb" and not pronoun else None
                if m is not None:
                    out.append(m)
                continue
            if action in _SUBJECT_NEXT and pos == "verb" and between and not _content(between[0].group()):
                continue
            if pos == "verb" and not pronoun and not [x for x in between if _content(x.group())] and i:
                # a verb with nothing named after it tells of a noun before it: after a relative pronoun
                # («القاعدة نفسها، التي افتُتحت عام 2017»), joined by «و» to a relative clause's first verb («سد
                # مروي، الذي بدأ العمل فيه عام 2003 وافتُتح يوم 3 آذار 2009»), or in brackets after the noun
                # («سد مروي (افتُتح عام 2009)»)
                rel = i if toks[i - 1].group() in relatives else _coordinated(toks, i, relatives)
                if rel is not None:
                    key = _referent(toks[:rel], relatives)
                elif toks[i - 1].group() == "(":
                    key = _np_before([x.group() for x in toks[:i - 1]])
                else:
                    key = ()
                if key:
                    out.append(_Mention(action, t.start(), t.end(), key, date, si))
                if rel is not None or toks[i - 1].group() == "(":
                    continue
            if action in _goals():
                m = _goal_mention(action, toks, i, pronoun, between, relatives, date, si)
                if m is not None:
                    out.append(m)
                continue
            if action == _SIGN:
                m = _signing(toks, i, pos, pronoun, between, relatives, date, si)
                if m is not None:
                    out.append(m)
                continue
            if pronoun:  # the object is the pronoun's referent; the words after are the subject
                key = _referent(toks[:i], relatives)
                if key:
                    out.append(_Mention(action, t.start(), t.end(), key, date, si))
                continue
            if pos == "verb" and between and between[0].group() in _PLACE_PREPOSITIONS:
                continue  # «أُنشئ في الجامعة سنة 1973 نادٍ ثقافي»: a place after the verb; what it founded comes after the date
            words = [x.group() for x in between if _content(x.group())]
            if pos == "verb" and len(words) >= 2 and words[0].startswith("ال") \
                    and between and between[0].group() == words[0] and not _intransitive(t.group()):
                words = words[1:]  # the definite subject of an active verb
            elif pos == "verb" and t.group().endswith("ت") and len(words) >= 3 and words[0].endswith("ه") \
                    and not words[0].startswith("ال") and words[1].startswith("ال") \
                    and between and between[0].group() == words[0]:
                words = words[2:]  # a feminine verb's subject in the construct state («أطلقت وزارة الصحة …»)
            key = tuple(_bare(w) for w in words[:_NAME_WORDS])
            if not key:
                continue
            out.append(_Mention(action, t.start(), t.end(), key, date, si))
    return out


@lru_cache(maxsize=1)
def _day_words() -> frozenset:
    """«يوم» and the weekdays (``lang/time.yml`` ``weekdays``): the words that open a date («يوم الأحد 21 نوفمبر»),
    not words of its action."""
    from ..lang import lexicon
    from ..text.normtext import fold

    return frozenset(fold(w) for w in ("يوم", "يومي", *(w for w in lexicon("time")["weekdays"] if not w.isascii())))


def _counted(w: str) -> bool:
    """Whether a word between a trigger and its date counts towards :data:`_REACH`."""
    return (w[0].isalpha() or w.isdigit()) and w not in _day_words()


def _coordinated(toks: list[re.Match], i: int, relatives: set[str]) -> int | None:
    """The index of the relative pronoun whose clause a verb joined by «و» continues («الذي بدأ العمل
    فيه عام 2003 وافتُتح …»): the nearest before it in its sentence with no punctuation between."""
    if not toks[i].group().startswith("و"):
        return None
    for j in range(i - 1, max(-1, i - 12), -1):
        w = toks[j].group()
        if not (w[0].isalpha() or w.isdigit()):
            return None
        if w in relatives:
            return j + 1
    return None


@lru_cache(maxsize=1)
def _goals() -> dict[str, tuple[frozenset, frozenset | None]]:
    """action -> (the prepositions before what is joined or left, the heads of the bodies it may be, or None)."""
    from ..lang import lexicon
    from ..text.normtext import fold

    out = {}
    for action, forms in lexicon("actions")["actions"].items():
        if "goal" in forms:
            bodies = forms.get("bodies")
            out[action] = (frozenset(fold(w) for w in forms["goal"]),
                           frozenset(_head(fold(w)) for w in bodies) if bodies else None)
    return out


@lru_cache(maxsize=1)
def _actors() -> dict[str, str]:
    """A country's names and its capital's (``lang/countries.yml``, ``lang/capitals.yml``), folded and
    without the article -> the country's id: «موسكو» and «روسيا» are one actor."""
    from ..lang import lexicon
    from ..text.normtext import fold

    out = {}
    for name in ("countries", "capitals"):
        for cid, langs in lexicon(name).items():
            for ns in langs.values():
                for n in ns:
                    f = fold(n).lower()
                    out[" ".join(_bare(w) for w in f.split())] = cid
    return out


def _actor(words: tuple[str, ...]) -> tuple[str, ...]:
    """An actor's words with a country's or its capital's name read as the country («الولايات المتحدة»،
    «واشنطن» → usa); other words without their article and ending."""
    bare = [_bare(w).lower() for w in words]
    for n in range(len(bare), 0, -1):
        for k in range(len(bare) - n + 1):
            cid = _actors().get(" ".join(bare[k:k + n]))
            if cid:
                return tuple(_stem(w) for w in bare[:k]) + (cid,) + _actor(tuple(words[k + n:]))
    return tuple(_stem(w) for w in bare)


def _goal_mention(action: str, toks: list[re.Match], i: int, pronoun: bool, between: list[re.Match],
                  relatives: set[str], date, si: int) -> _Mention | None:
    """An accession or a withdrawal and its date: the actor (the words between the trigger and its
    preposition, or a pronoun's referent) and the head of what is joined or left (the first word after
    the preposition, one of the action's bodies when it has them). Keyed (head, actor words)."""
    t = toks[i]
    preps, bodies = _goals()[action]
    k = next((k for k, x in enumerate(between) if x.group() in preps), None)
    if k is None:
        return None
    goal = next((x.group() for x in between[k + 1:] if _content(x.group())), None)
    if goal is None or (bodies is not None and _head(goal) not in bodies):
        return None
    actor = _referent(toks[:i], relatives) if pronoun else tuple(x.group() for x in between[:k] if _content(x.group()))
    if not actor:
        return None
    return _Mention(action, t.start(), t.end(), (_head(goal),) + _actor(actor), date, si)


def _dated_before(text: str, toks: list[re.Match], i: int, trig: tuple[str, str, bool], points: list,
                  s: int, si: int) -> _Mention | None:
    """A verb opening its clause right after the date that dates it, a comma between («وبعد ثلاثة
    أسابيع، يوم الثلاثاء 1 أغسطس 2017، افتُتحت رسمياً أول قاعدة عسكرية صينية»): the words after the
    verb, to the end of its clause, name what it happened to. Not for a signing (its document is
    read by :func:`_signing`), nor after an order word («بعد 2017، افتُتحت»: the date is a bound)."""
    action, _, _ = trig
    t = toks[i]
    if action == _SIGN:
        return None
    date = next((m for m in reversed(points) if s <= m.nstart and m.nend <= t.start()), None)
    if date is None or _DATE_THEN.fullmatch(text, date.nend, t.start()) is None:
        return None
    if _ORDER_RE.search(text, max(s, date.nstart - 12), date.nstart):
        return None
    words = []
    for x in toks[i + 1:]:
        w = x.group()
        if not (w[0].isalpha() or w.isdigit()):
            break
        if _content(w):
            words.append(w)
            if len(words) == _KEY_WORDS:
                break
    if action in _SUBJECT_NEXT and not (i + 1 < len(toks) and _content(toks[i + 1].group())):
        return None
    if len(words) >= 2 and words[0].startswith("ال") and not _intransitive(t.group()) and toks[i + 1].group() == words[0]:
        words = words[1:]  # the definite subject of an active verb
    key = tuple(_bare(w) for w in words)
    return _Mention(action, t.start(), t.end(), key, date, si) if key else None


def _signing(toks: list[re.Match], i: int, pos: str, pronoun: bool, between: list[re.Match],
             relatives: set[str], date, si: int) -> _Mention | None:
    """A signing and its document. The document is the object after an active verb or the verbal
    noun («وقّع البلدان خطة عمل …»، «توقيع الخطة»، «توقيع عقده»), the referent of an object pronoun
    («الاتفاقية … وقّعتها»), or the noun phrase right before a passive verb or a participle («عقد
    إنشاء المحطة وُقّع في …»، «الاتفاقية، الموقعة في …»). A signing by some of its parties («وقّعتها
    44 دولة»: a count between the signing and its date) is one party's signing, not the document's,
    and is left out."""
    t = toks[i]
    if any(x.group().isdigit() for x in between):
        return None
    words = [x.group() for x in between if _content(x.group())]
    if pronoun:
        key, back = _referent(toks[:i], relatives), True
    elif words and pos != "participle":
        if pos == "verb" and len(words) >= 2 and words[0].startswith("ال") and between and between[0].group() == words[0] \
                and _head(words[0]) not in _documents():
            words = words[1:]  # the definite subject of an active verb (a document after it is what a passive
            # verb signed: «وُقّع الميثاق في بغداد»)
        key = tuple(words[:_KEY_WORDS])
        head = key[0]
        back = head.startswith(("ال", "وال", "فال", "بال", "لل")) or _head(head) != _stem(_bare(head))  # «توقيع الخطة»، «توقيعها»
    elif not words:
        key, back = _phrase_before(toks, i), True
        if key:  # the quote starts at the document
            return _Mention(_SIGN, _start_before(toks, i), t.end(), tuple(_bare(w) for w in key), date, si, back)
    else:
        return None
    if (not key or _head(key[0]) not in _documents()) and pos == "verb" and not pronoun:
        after = _document_after(toks, date)  # «أبرمت معها يوم 12 نونبر 2019 عقداً»: the document after the date
        if after:
            key, back = (after,), False
    if not key or _head(key[0]) not in _documents():
        return None
    return _Mention(_SIGN, t.start(), t.end(), tuple(_bare(w) for w in key), date, si, back)


def _document_after(toks: list[re.Match], date) -> str | None:
    """An indefinite document right after a signing's date («… 2019 عقداً لإجراء …»), without its
    accusative «ا»."""
    nxt = next((x.group() for x in toks if x.start() >= date.nend), None)
    if nxt is None or nxt.startswith("ال"):
        return None
    w = nxt[:-1] if nxt.endswith("ا") and len(nxt) > 3 else nxt
    return w if _head(w) in _documents() else None


@lru_cache(maxsize=1)
def _intransitives() -> frozenset:
    from ..lang import lexicon
    from ..text.normtext import fold

    return frozenset(fold(w) for w in lexicon("actions")["intransitive"])


def _intransitive(tok: str) -> bool:
    """Whether a verb's subject is what the action happens to («وتأسست الرابطة»: the league was founded)."""
    return tok in _intransitives() or tok[:1] in "وف" and tok[1:] in _intransitives()


@lru_cache(maxsize=1)
def _documents() -> frozenset:
    """The head nouns of what is signed (``documents`` of the signing in ``lang/actions.yml``)."""
    from ..lang import lexicon
    from ..text.normtext import fold

    return frozenset(_head(fold(w)) for w in lexicon("actions")["actions"][_SIGN]["documents"])


def _phrase_before(toks: list[re.Match], i: int) -> tuple[str, ...]:
    """The document named right before a passive verb or a participle (one comma may stand
    between): from the first noun of a document among the three words before it to the last
    («عقد إنشاء المحطة وُقّع» → «عقد إنشاء المحطة»; «وترفع الاتفاقية، الموقعة» → «الاتفاقية»)."""
    _, _, stop, relatives = _lexicon()
    j = i - 1
    if j >= 0 and toks[j].group() in ("،", ","):
        j -= 1
    window = []
    while j >= 0 and len(window) < _KEY_WORDS + 2:
        w = toks[j].group()
        if not w[0].isalpha() or w in stop or w in relatives:
            break
        window.append(w)
        j -= 1
    window.reverse()
    first = next((k for k, w in enumerate(window) if _head(w) in _documents()), None)
    return () if first is None else tuple(window[first:first + _KEY_WORDS])


def _start_before(toks: list[re.Match], i: int) -> int:
    """The offset of the document noun of :func:`_phrase_before` before token ``i``."""
    j = i - 1
    if j >= 0 and toks[j].group() in ("،", ","):
        j -= 1
    while j >= 0 and toks[j].group()[0].isalpha() and i - j <= _KEY_WORDS + 3:
        if _head(toks[j].group()) in _documents():
            return toks[j].start()
        j -= 1
    return toks[i].start()


def _referent(before: list[re.Match], relatives: set[str]) -> tuple[str, ...]:
    """The noun a trigger's pronoun refers to: the phrase before a relative pronoun opening the
    trigger's clause, else the last definite noun of the sentence before it."""
    words = [x.group() for x in before]
    if words and words[-1] in relatives:
        return _np_before(words[:-1])
    for w in reversed(words):
        if w.startswith(("ال", "وال", "فال")) and _content(w):
            return (_bare(w),)
    return ()


def _np_before(words: list[str]) -> tuple[str, ...]:
    """The noun phrase that ends a list of words (a comma and a word of emphasis after it dropped):
    its last content words, at most :data:`_KEY_WORDS`."""
    phrase = []
    rest = list(words)
    if rest and rest[-1] in ("،", ","):
        rest = rest[:-1]  # «القاعدة نفسها، التي …»
    while rest and rest[-1] in _SELF:
        rest = rest[:-1]
    for w in reversed(rest):
        if not _content(w):
            break
        phrase.append(_bare(w))
        if len(phrase) == _KEY_WORDS:
            break
    return tuple(reversed(phrase))


def _stem(w: str) -> str:
    """A key word without a feminine or sound plural ending («الحافلات»، «الحافلة» → «حافل»)."""
    for suf in ("ات", "ين", "ون", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _same(a: _Mention, b: _Mention) -> bool:
    if a.action != b.action:
        return False
    ka, kb = {_stem(w) for w in a.key}, {_stem(w) for w in b.key}
    return _stem(a.key[0]) == _stem(b.key[0]) and (ka <= kb or kb <= ka)


def _head(w: str) -> str:
    """A document's head noun without its article, a possessive pronoun or a feminine ending."""
    w = _bare(w)
    for suf in ("هما", "ها"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            return _stem(w[:-1] + "ه" if w.endswith("ت") else w)  # «خطتها» → «خطة»
    return _stem(w)


def _antecedents(ms: list[_Mention]) -> set[tuple[int, int]]:
    """The pairs (earlier, later) of signings where the later one's document points back to the
    earlier: the later names its document by a definite or possessed noun or before a passive verb or
    participle («توقيع الخطة»، «توقيع عقده»، «الاتفاقية، الموقعة في …»), and the earlier is the last
    signing before it of a document with the same head noun. Two indefinite documents («وقّعا
    اتفاقية … ووقّعا اتفاقية …») are two documents."""
    out = set()
    signs = [(k, m) for k, m in enumerate(ms) if m.action == _SIGN]
    for x, (k, b) in enumerate(signs):
        if _ANOTHER & set(b.key):
            continue
        # a one-word document ending in «ه» may be possessed («عقده»: its contract) when the
        # document signed before is the same noun without it («عقد»)
        possessed = len(b.key) == 1 and b.key[0].endswith("ه") and any(a.key[0] == b.key[0][:-1] for _, a in signs[:x])
        if not (b.back or possessed):
            continue
        for j, a in reversed(signs[:x]):
            if _head(a.key[0]) == _head(b.key[0]):
                if _named_apart(a, b):
                    continue  # «معاهدة نيرتشينسك» and «معاهدة حسن الجوار»: two treaties named apart
                out.add((j, k))
                break
    return out


def _named_apart(a: _Mention, b: _Mention) -> bool:
    """Whether two documents of one head noun are named by words of their own that share nothing
    («معاهدة نيرتشينسك»، «معاهدة حسن الجوار»)."""
    ra, rb = {_stem(w) for w in a.key[1:]}, {_stem(w) for w in b.key[1:]}
    return bool(ra) and bool(rb) and not ra & rb


def _findings(tf: TextFacts) -> list[Finding]:
    ms = _mentions(tf)
    back = _antecedents(ms)
    out, seen = [], set()
    for (ia, a), (ib, b) in combinations(enumerate(ms), 2):
        if a.sentence == b.sentence:
            continue
        if _SIGN in (a.action, b.action):
            if (ia, ib) not in back:
                continue
        elif not _same(a, b):
            continue
        da, db = a.date, b.date
        if not (da.end_date < db.start_date or db.end_date < da.start_date):
            continue
        pair = (da.nstart, db.nstart)
        if pair in seen:
            continue
        seen.add(pair)
        # a mention runs from its trigger to its date, or from its date to its trigger (a date before the verb)
        spans = [raw_span(tf, min(m.nstart, d.nstart), max(m.nend, d.nend)) for m, d in ((a, da), (b, db))]
        if _SIGN in (a.action, b.action) or year_of(da.start_date) == year_of(db.start_date):
            from ..link.events import format_interval

            when = f"{format_interval(da.start_date[:10], da.end_date[:10])} and {format_interval(db.start_date[:10], db.end_date[:10])}"
        else:
            when = f"{year_of(da.start_date)} and {year_of(db.start_date)}"
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"One {_NOUN.get(a.action, a.action)} («{spans[0].text}», «{spans[1].text}») is given two dates: "
                     f"{when}."),
            spans=spans,
            evidence={"rule": _SIGN_RULE if _SIGN in (a.action, b.action) else _GOAL_RULE if a.action in _goals() else
                              "a one-time action (founding, launch, opening) of one object keyed from the text, "
                              "given two dates that do not overlap",
                      "action": a.action, "object": " ".join(a.key if len(a.key) >= len(b.key) else b.key),
                      "dates": [da.start_date[:10], db.start_date[:10]],
                      "first": spans[0].text, "second": spans[1].text},
        ))
    return out


@detector(NAME)
def action_date_conflict(facts: Facts) -> list[Finding]:
    """A founding, launch or opening of one object given two dates in a text."""
    return per_ordered_text(_findings)(facts)
