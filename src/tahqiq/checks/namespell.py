"""``name-spelling``: one person's name written two ways in one text, found by where names stand.

The gazetteer of :mod:`tahqiq.link.entities` knows famous names; most names of an article are
not in it. This detector reads the positions a name takes in Arabic prose (``lang/personal_names.yml``):

* after a title («المهندس خالد العمري», «الباحث الألماني ماركوس فيبر»: adjectives skipped), or
  an office in construct state and its genitive («وزير الخارجية سامر العمري»: a full name only),
* an introduced surname written otherwise where a noun stands (a genitive, after a preposition,
  with a clitic: «تصريحات القبيسي», «وللرفعي»; :func:`_elsewhere`),
* after a verb of saying or finding («وقال العمري», «ويرى الزعبي أن», «ما لاحظه فيبر»),
* before a Latin gloss («خوان مارتينيث (Juan Martínez)»: as many Arabic words as Latin ones),
* in an author-year citation («(الزعبي، 2019: 45)») and at the head of a reference («الزعبي، أحمد»).

A name of two or more words gives a *given* name (its first word) and a *surname* (its last); a
name of one word is a surname standing alone. Two written forms of one role are one name written
two ways when, after folding (hamza, «ة»/«ه», «ى»/«ي», «ال», a final vowel, doubled letters):

* they are equal (``orthographic``: «البلوشي»/«البلوشية», «نورة»/«نورا»);
* or, for surnames that look like names (a nisba «ال…ي», a surname seen with a given name, or a
  glossed name), one edit apart: a long vowel («العمري»/«العامري»), or two letters of one shape
  (``rasm``: «الزعبي»/«الزغبي») or one sound (``sound``: «السبيعي»/«الصبيعي»);
* or, for a name the text glosses in Latin letters (a foreign name), the same consonants up to
  the ways one foreign sound is written (``foreign``: «فيبر»/«ويبر», «مارتينيث»/«مارتينيز») or a
  Latin ending («بومبيوس»/«بومبي»); a glossed name is also looked for anywhere in the text.

Never flagged: a surname alone after the full name (one form), an Arabic name and its Latin gloss
(different scripts are never compared), one word spelt with other letters (hamza forms, «ة»/«ه»,
«ى»/«ي», tanwin: one folded form is one name), and two people: two surname forms each seen with its own
given name and never with the other's («خالد العمري» … «سعيد العامري»). Given names are compared
only with one surname, orthographically (Arabic given names one vowel apart are different
names: «سعيد»/«سعد»), or by consonants when the name is foreign.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..lang import words
from ..text.normtext import PERSIAN_LETTERS, fold
from ..text.patterns import finditer_before, trie
from ..review.findings import Finding, Span
from . import detector
from .chronology import raw_span

_AR = r"[\u0621-\u064A]+"
_LATIN_WORD = r"[A-Z][A-Za-z\u00C0-\u024F'’.\-]*"
_GLOSS = re.compile(rf"(?P<ar>(?:{_AR}[ \t]+){{0,3}}{_AR})[ \t]*\((?P<la>{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,3}})\)")
_GLOSS_AT = re.compile(r"\((?=[A-Z])")  # where a gloss's Latin part opens: each match of _GLOSS reaches one
_GLOSS_RUN = frozenset(map(chr, range(0x621, 0x64B))) | {" ", "\t"}  # the characters before it in a match
_CITE = re.compile(rf"\((?:انظر:?\s+)?(?P<a>{_AR})(?:\s+و(?P<b>{_AR}))?(?:\s+واخرون|\s+وزملاوه)?\s*[،,]\s*\d{{4}}")
_REF = re.compile(rf"(?m)^[ \t]*(?:[-•*]|\[?\d+[.)\]-]?)?[ \t]*(?P<s>{_AR})[ \t]*[،,][ \t]*(?P<g>{_AR})(?=[ \t]*(?:[(،,.]|و))")
_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")
# a second author of a reference, surname first: «…، سلوى والحارثي، ماجد (2021)»، «…، سلوى، والحارثي، ماجد»
_COAUTHOR = re.compile(rf"[ \t]*(?:[،,][ \t]*)?و(?P<s>{_AR})[ \t]*[،,][ \t]*(?P<g>{_AR})(?=[ \t]*(?:[(،,.]|و))")
# a second surname joined to the subject of a verb of saying, before «أن»/«إن»: «ويرى العمري والحارثي أن»
_THAT = re.compile(r"[ \t]+(?:ان|إن|أن)(?![\u0621-\u064A])")
_COSUBJECT = re.compile(rf"[ \t]+و(ال{_AR})(?={_THAT.pattern})")
_ADJ = re.compile(r"^ال\w+(?:ي|يه|يون|يين)$")
_AR_RE = re.compile(_AR)
_BLANKS = re.compile(r"[ \t]*")
_ADJ_AT = re.compile(rf"[ \t]+({_AR})")  # the next word after blanks (:func:`_after_title`)
_SON_AT = re.compile(rf"[ \t]+(بن|ابن)[ \t]+({_AR})")
_ALI_AT = re.compile(r"(علي)[ \t]+")


class _Runs:
    """A normalised text's runs of Arabic letters (the words ``_AR`` matches: a run is what
    ``(?<![\\u0621-\\u064A])WORD(?![\\u0621-\\u064A])`` can match), found once per text so that
    looking up a word costs its occurrences, not a pass over the text (a pass per name made a
    large text's names quadratic)."""

    def __init__(self, t: str):
        self.t = t
        self.spans = [(m.start(), m.end()) for m in _AR_RE.finditer(t)]
        self.at: dict[str, list[int]] = {}
        for i, (a, b) in enumerate(self.spans):
            self.at.setdefault(t[a:b], []).append(i)

    def where(self, w: str) -> list[tuple[int, int]]:
        """The bounds of each run equal to ``w`` (= ``re.finditer(rf"(?<!…){re.escape(w)}(?!…)", t)``
        for a word of Arabic letters), in text order."""
        return [self.spans[i] for i in self.at.get(w, ())]

    def count(self, words_: set[str]) -> int:
        return sum(len(self.at.get(w, ())) for w in words_)

    def followed(self, g: str) -> list[tuple[int, int, int]]:
        """(start of ``g``, start and end of the next word) for each run ``g`` followed by blanks
        then a word (= ``re.finditer(rf"(?<!…){re.escape(g)}[ \\t]+({_AR})", t)``, matches never overlapping)."""
        out, last = [], -1
        for i in self.at.get(g, ()):
            a, b = self.spans[i]
            if a < last or i + 1 >= len(self.spans):
                continue
            c, d = self.spans[i + 1]
            if c > b and _BLANKS.fullmatch(self.t, b, c):
                out.append((a, c, d))
                last = d
        return out


def _arabic_word(w: str) -> bool:
    return bool(w) and _AR_RE.fullmatch(w) is not None


_RUNS_LAST: list = [None, None]


def runs_of(t: str) -> _Runs:
    """The :class:`_Runs` of a text, the last text's kept (its detectors ask for one text in a row)."""
    if _RUNS_LAST[0] is not t and _RUNS_LAST[0] != t:
        _RUNS_LAST[:] = [t, _Runs(t)]
    return _RUNS_LAST[1]


def count_word(t: str, w: str) -> int:
    """How often ``w`` stands as a whole word of Arabic letters in ``t``
    (= ``len(re.findall(rf"(?<![\\u0621-\\u064A]){re.escape(w)}(?![\\u0621-\\u064A])", t))``)."""
    if _arabic_word(w):
        return runs_of(t).count({w})
    return len(re.findall(rf"(?<![\u0621-\u064A]){re.escape(w)}(?![\u0621-\u064A])", t))


@lru_cache(maxsize=None)
def _lex(key: str) -> frozenset[str]:
    return frozenset(words("personal_names", key))


@lru_cache(maxsize=None)
def _groups(key: str) -> dict[str, str]:
    """Each letter of the groups of ``key`` -> the group's first letter."""
    return {c: g[0] for g in words("personal_names", key) for c in g}


@lru_cache(maxsize=None)
def _verb_re() -> re.Pattern:
    alt = trie(_lex("verbs"), blank=r"\ ")  # (the longest-first alternation, factored)
    return re.compile(rf"(?<![\u0621-\u064A])[وف]?(?:{alt})(?:ت)?(?:ه|ها|هم|هما)?(?![\u0621-\u064A])")


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for every word of a text
def strip_article(w: str) -> str:
    for p in _ARTICLE:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for the same words many times in a text
def canon(w: str) -> str:
    """A folded word with «ال», a final vowel letter («ه», «ا») and doubled letters dropped (a name
    written in two words, «جين بينغ», is read as one)."""
    w = strip_article(fold(w).replace(" ", ""))
    w = re.sub(r"(?<!ي)ا$|ه$", "", w) if len(w) > 3 else w  # «روسيا» keeps its «يا»
    return re.sub(r"(.)\1+", r"\1", w)


def foreign_keys(w: str) -> frozenset[str]:
    """The consonants of a transliterated name, with and without a Latin ending: letters of one
    foreign sound merged, long vowels dropped (the first letter kept, «و» read as «ف» there)."""
    w = canon(w)
    forms = {w}
    for e in _lex("latin_endings"):
        if w.endswith(e) and len(w) - len(e) >= 3:
            forms.add(w[: -len(e)])
    g = _groups("foreign")
    out = set()
    for f in forms:
        f = f[:1] + re.sub(r"[اوي]", "", f[1:-1]) + f[-1:] if len(f) > 1 else f  # a final «ي» or «و» is heard
        f = "".join(g.get(c, c) for c in f)
        out.add(re.sub(r"(.)\1+", r"\1", f))
    return frozenset(out)


def one_edit(a: str, b: str) -> str | None:
    """How two canonical words one edit apart differ: ``vowel`` (a long vowel more or less),
    ``rasm`` or ``sound`` (one letter for another of its group), ``transposed`` (two neighbouring
    letters inside a word of five letters or more swapped, not the first nor the last); None otherwise."""
    if a == b:
        return None
    if len(a) > 1 and len(b) > 1 and a[0] != b[0] and a[-1] != b[-1]:
        return None  # each of those edits keeps the first or the last letter (most pairs of words fail here)
    if abs(len(a) - len(b)) == 1:
        s, l = sorted((a, b), key=len)
        for i in range(len(l)):
            if l[:i] + l[i + 1:] == s:
                return "vowel" if l[i] in "اوي" and 0 < i < len(l) - 1 else None
        return None
    if len(a) != len(b):
        return None
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    swapped = [i for i in range(1, len(a) - 1) if a[i] != b[i]]
    if (len(diff) == 2 and len(swapped) == 2 and swapped[1] == swapped[0] + 1 and len(a) >= 5
            and a[swapped[0]] == b[swapped[1]] and a[swapped[1]] == b[swapped[0]]):
        return "transposed"  # two neighbouring letters inside the word swapped («المزروعي»/«المرزوعي»)
    if (len(diff) == 2 and len(swapped) == 2 and swapped[1] == swapped[0] + 1 and len(a) >= 4
            and a[swapped[0]] == b[swapped[1]] and a[swapped[1]] == b[swapped[0]]
            and {a[swapped[0]], a[swapped[1]]} & set("اوي")):
        return "vowel"  # a long vowel written one place off («الرازق»/«الرزاق»)
    if len(diff) != 1:
        return None
    x, y = diff[0]
    for key in ("rasm", "sound"):
        g = _groups(key)
        if x in g and g.get(x) == g.get(y):
            return key
    return None


@dataclass
class Mention:
    form: str  # the folded word
    start: int  # normalised offsets
    end: int
    role: str  # "given" or "surname"
    partner: str | None = None  # the other name word (canonical), None for a surname alone
    glossed: bool = False
    how: str = ""


@dataclass
class _Names:
    t: str
    rows: list[Mention] = field(default_factory=list)
    seen: set = field(default_factory=set)
    split: list[Mention] = field(default_factory=list)

    def add(self, words_: list[tuple[str, int, int]], how: str, glossed: bool = False) -> None:
        ws = [w for w in words_ if w[0] not in _lex("joiners")]
        if not ws:
            return
        if len(ws) == 1:
            self._add(Mention(ws[0][0], ws[0][1], ws[0][2], "surname", None, glossed, how))
            return
        g, s = ws[0], ws[-1]
        if len(ws) >= 3:  # a surname maybe written in two words («شي جين بينغ»)
            self.split.append(Mention(f"{ws[-2][0]} {s[0]}", ws[-2][1], s[2], "surname", canon(g[0]), glossed, how))
        self._add(Mention(s[0], s[1], s[2], "surname", canon(g[0]), glossed, how))
        self._add(Mention(g[0], g[1], g[2], "given", canon(s[0]), glossed, how))

    def _add(self, m: Mention) -> None:
        key = (m.start, m.role)
        if key in self.seen or len(canon(m.form)) < 3:
            return
        self.seen.add(key)
        self.rows.append(m)


@lru_cache(maxsize=1)
def _folded_offices() -> frozenset[str]:
    """The offices in construct state («وزير»، «نائب»، «مدير»), folded as the normalised text writes them."""
    return frozenset(fold(w) for w in _lex("construct_titles") if " " not in w)


def _name_word(w: str) -> bool:
    return (w not in _lex("stop") and w not in _lex("titles") and not _verb_re().fullmatch(w)
            and not any(w.startswith(p) for p in _ARTICLE[:-1]))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _words_at(t: str, pos: int, n: int = 3, al_given: bool = False) -> list[tuple[str, int, int]]:
    """Up to ``n`` name words from ``pos`` (spaces only between them): a word with «ال» ends the
    name (with ``al_given``, after an office, not when it is the first word and a surname follows:
    :func:`_given_with_al`); a particle, a title or punctuation ends it before."""
    out: list[tuple[str, int, int]] = []
    for m in re.finditer(rf"[ \t]*({_AR})", t[pos:pos + 80]):
        if m.start() != (out[-1][2] - pos if out else 0) and t[pos + (out[-1][2] - pos if out else 0):pos + m.start(1)].strip():
            break
        if not out and _PARAGRAPH_BREAK.search(t, pos, pos + m.start(1)):
            break  # («## المنطقة الاقتصادية\n\nأُنشئت المنطقة …»: a heading's last word and the next paragraph's first)
        w, s = m.group(1), pos + m.start(1)
        after_joiner = bool(out) and out[-1][0] in _lex("joiners") and w.startswith("ال")
        if not _name_word(w) and not after_joiner:  # («عبد الأمير»: a title word is a name after «عبد»)
            break
        if (len(out) >= 2 and out[-2][0] in _lex("joiners") and out[-1][0].startswith("ال")
                and not w.startswith("ال") and w not in _lex("joiners")):
            break  # a compound «عبد الرازق» closes a name unless a surname with «ال» or a joiner follows
        out.append((w, s, s + len(w)))
        compound = len(out) >= 2 and out[-2][0] in _lex("joiners")  # «عبد الرحيم» inside a name
        if (w.startswith("ال") and not compound and not (al_given and len(out) == 1 and _given_with_al(t, s + len(w)))
                and not (al_given and len(out) == 2 and _compound_given(t, s + len(w)))) \
                or sum(x[0] not in _lex("joiners") for x in out) >= n:
            break
    return out


def _compound_given(t: str, end: int) -> bool:
    """Whether a name's second word with «ال» closes a compound given name a surname follows («محمد
    الأمين بوزيدي،»، «محمد الهادي العمري» is not one): the next word is a name word without «ال», and
    the name ends after it (punctuation, or a word that is no name word)."""
    if not _given_with_al(t, end):
        return False
    m = _ADJ_AT.match(t, end)
    nxt = _ADJ_AT.match(t, m.end())
    return nxt is None or not _name_word(nxt.group(1)) or nxt.group(1) in _lex("stop")


def _given_with_al(t: str, end: int) -> bool:
    """Whether a name's first word with «ال» is a given name a surname follows: a foreign name whose
    «أل»/«إل» folds like the article («ألكسندر نوفاك»، «إلدار …») or a given name with the article
    («الحبيب بورقيبة»، «الطيب صالح»): the next word is a name word without «ال», the one after it
    no name word with «ال» (a first name and an adjective are no surname)."""
    m = _ADJ_AT.match(t, end)
    if not m or m.group(1).startswith("ال") or not _name_word(m.group(1)) or m.group(1) in _lex("joiners") \
            or m.group(1) in _lex("stop") or _verb_re().fullmatch(m.group(1)):
        return False
    return True


def _after_title(t: str, pos: int) -> list[tuple[str, int, int]]:
    """The name after a title ending at ``pos``, past its adjectives («الألماني»), one genitive
    («للمجموعة») and the genitives coordinated with the office's («وزير التجارة والتكامل
    الكازاخستاني دانيار …», «وزيرة الخارجية والتعاون الدولي …»)."""
    i = pos
    for _ in range(3):
        m = _ADJ_AT.match(t, i)
        if m and m.group(1) in ("باسم", "بإسم", "باسمه", "باسمها"):
            # «المتحدث باسم الخارجية الهندية راندير …»: the office's «on behalf of» and its noun
            nxt = _ADJ_AT.match(t, m.end())
            if nxt and nxt.group(1).startswith("ال"):
                i = nxt.end()
                continue
        if m and m.group(1) in ("في", "لدى", "لدي", "بـ"):
            # «الباحث في المركز ميثم …»: the office's place, a preposition and its definite noun
            nxt = _ADJ_AT.match(t, m.end())
            if nxt and nxt.group(1).startswith("ال") and len(nxt.group(1)) >= 5:
                i = nxt.end()
                continue
        if not m or not (_ADJ.match(m.group(1)) or m.group(1).startswith("لل")
                         or m.group(1).startswith("وال") and len(m.group(1)) >= 6):
            break
        i = m.end()
    return _words_at(t, i, al_given=True)  # after an office a first word with «ال» may be a given name


# a word written with a hamza on its first alif followed by «ل» («أليكسي»، «إلهام»): folded, it reads
# like a word with the article («اليكسي»), which no name word has
_HAMZA_AL = re.compile(r"(?<![\u0621-\u064A])[أإ]ل[\u0621-\u064A]{3,}")


def name_text(tf: TextFacts) -> str:
    """The normalised text of ``tf`` for reading names: the same characters, but a word whose raw
    form begins with «أل»/«إل» keeps its hamza («يرى أليكسي ميلر» is a given name and a surname, not
    an adjective with the article and a surname), unless it is a word of the lexicons (a particle, a
    title, a verb). Same length and offsets as ``tf.norm.text``; computed once per text."""
    cached = tf.__dict__.get("_name_text")
    if cached is None:
        t = tf.norm.text
        chars: list[str] | None = None
        skip = _lex("stop") | _lex("joiners") | _lex("titles")
        for m in _HAMZA_AL.finditer(tf.raw):
            ns, ne = tf.norm.norm_span(m.start(), m.end())
            if ne - ns < 4 or t[ns:ns + 2] != "ال" or t[ns:ne] in skip or _verb_re().fullmatch(t[ns:ne]):
                continue
            chars = chars if chars is not None else list(t)
            chars[ns] = m.group()[0]
        cached = tf.__dict__["_name_text"] = "".join(chars) if chars is not None else t
    return cached


_LAST: list = [None, None, []]
"""The last text asked of :func:`mentions` (and its ``wide``) and its mentions: name-spelling and
surname-alone (twice) read one text's names in a row, each reading cost a tenth of a 20 KB text's time."""


def mentions(t: str, wide: bool = True) -> list[Mention]:
    """The name mentions of a normalised text (``wide``: also after an office in construct state
    and an introduced surname written otherwise where a noun stands; off for a text whose words
    are out of order). The same rows for the same text: the last text's are kept; a fresh list each
    call, the rows are never changed."""
    if _LAST[1] is not wide or (_LAST[0] is not t and _LAST[0] != t):
        _LAST[:] = [t, wide, _mentions(t, wide)]
    return list(_LAST[2])


def _mentions(t: str, wide: bool = True) -> list[Mention]:
    n = _Names(t)
    for m in finditer_before(_GLOSS, t, _GLOSS_AT, _GLOSS_RUN):  # = _GLOSS.finditer(t), tried only before «(A»
        la = m.group("la").split()
        if len(la) == 1 and (la[0].isupper() or len(la[0]) < 3):
            continue
        ar = [(w.group(), m.start("ar") + w.start(), m.start("ar") + w.end()) for w in re.finditer(_AR, m.group("ar"))]
        ar = ar[-min(len(la), 3):]
        while ar and not _name_word(ar[0][0]) and not ar[0][0].startswith("ال"):
            ar = ar[1:]
        if ar and all(_name_word(w[0]) or w[0].startswith("ال") for w in ar):
            n.add(ar, "gloss", glossed=True)
    _cited_glosses(n, t)
    titles = trie(_lex("titles"), blank=r"\ ")  # (the longest-first alternation, factored)
    adjectives = _lex("adjective_titles")
    for m in re.finditer(rf"(?<![\u0621-\u064A])[وف]?(?:{titles})(?![\u0621-\u064A])", t):
        ws = _after_title(t, m.end())
        title = m.group()[1:] if m.group()[0] in "وف" else m.group()
        if ws and ws[0][0].startswith("ال") and title in adjectives:
            continue  # «الاعتماد الاقتصادي المتبادل»: an adjective, no title
        if ws:
            n.add(ws, "title")
    ctitles = "|".join(sorted((re.escape(w) for w in _lex("construct_titles")), key=len, reverse=True))
    for m in re.finditer(rf"(?<![\u0621-\u064A])[وف]?(?:{ctitles})[ \t]+(?:(?!ال){_AR}[ \t]+)?ال{_AR}", t):
        if not wide:
            break
        ws = _after_title(t, m.end())  # «وزير الخارجية (الأردني) سامر العمري»: a full name only
        if sum(w[0] not in _lex("joiners") for w in ws) >= 2 and not _PLURAL.search(ws[-1][0]):
            n.add(ws, "title")
    if wide:
        _appositions(n, t)
    offices = _folded_offices()
    for m in _verb_re().finditer(t):
        ws = _words_at(t, m.end())
        if ws and ws[0][0] in offices:  # «ويقول نائب مدير الميناء …»: an office, read by the title rules
            continue
        if len(ws) == 2 and ws[1][0].startswith("و") and len(ws[1][0]) > 3 and _THAT.match(t, ws[1][2]):
            # «ويرى بانتوتشي وبيترسن أن»: two surnames, the subjects of the verb, not a given name and a surname
            n.add([ws[0]], "verb")
            n.add([(ws[1][0][1:], ws[1][1] + 1, ws[1][2])], "verb")
            continue
        if ws and not ws[0][0].startswith("ال") or len(ws) == 1:
            n.add(ws, "verb")
            both = _COSUBJECT.match(t, ws[-1][2])  # «ويرى العمري والحارثي أن»: two subjects of the verb
            if both and _name_word(both.group(1)):
                n.add([(both.group(1), both.start(1), both.end(1))], "verb")
    for m in _CITE.finditer(t):
        for g in ("a", "b"):
            if m.group(g) and _name_word(m.group(g)) or (m.group(g) or "").startswith("ال"):
                n.add([(m.group(g), m.start(g), m.end(g))], "citation")
    for m in _REF.finditer(t):
        if _name_word(m.group("g")):
            n.add([(m.group("g"), m.start("g"), m.end("g")), (m.group("s"), m.start("s"), m.end("s"))], "reference")
            pos = m.end("g")
            while (co := _COAUTHOR.match(t, pos)) and _name_word(co.group("g")):  # «العمري، سلوى والحارثي، ماجد»
                n.add([(co.group("g"), co.start("g"), co.end("g")), (co.group("s"), co.start("s"), co.end("s"))],
                      "reference")
                pos = co.end("g")
    surnames = {canon(r.form) for r in n.rows if r.role == "surname"}
    runs = runs_of(t)
    for m in n.split:
        joined = m.form.replace(" ", "")
        if _arabic_word(joined):
            whole = runs.where(joined)
        else:
            whole = [w.span() for w in re.finditer(rf"(?<![\u0621-\u064A]){re.escape(joined)}(?![\u0621-\u064A])", t)]
        if canon(m.form) in surnames or whole:
            n._add(m)
            for ws_, we_ in whole:
                n._add(Mention(joined, ws_, we_, "surname", m.partner, False, "joined"))
    full = {}  # a known given name anywhere, followed by a word: the person's surname or its variant
    for r in n.rows:
        if r.role == "given" and r.partner and len(canon(r.form)) >= 3:
            full.setdefault(r.form, set()).add(r.partner)
    for g, surnames in full.items():
        if _arabic_word(g):
            found = runs.followed(g)
        else:
            found = [(m.start(), m.start(1), m.end(1))
                     for m in re.finditer(rf"(?<![\u0621-\u064A]){re.escape(g)}[ \t]+({_AR})", t)]
        for gs, s0, s1 in found:
            s = t[s0:s1]
            if _name_word(s) or s.startswith("ال"):
                if canon(s) in surnames or any(canon(s) == c or one_edit(canon(s), c) for c in surnames):
                    n.add([(g, gs, gs + len(g)), (s, s0, s1)], "given")
    if wide:
        _elsewhere(n, t, runs)
    glossed = {canon(r.form): r for r in n.rows if r.glossed and not r.form.startswith("ال")}
    if glossed:  # a foreign name the text glosses, looked for anywhere
        keys = {k: r for f, r in glossed.items() if len(f) >= 4 for k in foreign_keys(f)}
        for m in re.finditer(_AR, t):
            w = m.group()
            for cand, off in ((w, 0), (w[1:], 1)) if w[:1] in "وبلفك" and canon(w) not in glossed else ((w, 0),):
                # (a glossed name that opens with a clitic's letter, «فولان», is the name, not «ف» + «ولان»)
                r = next((keys[k] for k in foreign_keys(cand) if k in keys), None)
                if r and _name_word(cand) and not _particle(cand) and not cand.startswith("ال") \
                        and canon(cand) != canon(r.form) and len(canon(cand)) >= 4:
                    n._add(Mention(cand, m.start() + off, m.end(), "surname" if r.role == "surname" else r.role,
                                   None, False, "anywhere"))
                    break
    return n.rows


# a Latin author-year citation: «(Sims, 2010: 91)», «(Bayat and Denis, 2013)», «(Schilling et al., 2012)»
_LATIN_CITE = re.compile(r"\((?:see\s+)?(?P<la>[A-Z][a-z\u00C0-\u024F'’\-]{2,})(?:\s+(?:et\s+al\.?|and|&)[^,()]{0,40})?,\s*(?:19|20)\d\d")
CITED_SIMILAR = 0.8
"""How alike (:func:`tahqiq.checks.bilingual.name_similarity`) an Arabic word must be to the Latin
surname of a citation in its sentence to be that author's name transliterated."""


def _cited_glosses(n: "_Names", t: str) -> None:
    """A foreign author named in Arabic letters in a sentence that cites them in Latin letters
    («فبحسب سيمز، يعيش … (Sims, 2010: 91)», «ويرى بيات أن … (Bayat, 2013: 46)»): the Arabic word
    whose consonants are the Latin surname's (and that is the only such word of the sentence) is
    glossed by the citation, as a name followed by its Latin spelling in brackets is."""
    from .bilingual import latin_skeleton, name_similarity

    for m in _LATIN_CITE.finditer(t):
        la = m.group("la")
        sk = latin_skeleton(la)
        if len(sk.replace(" ", "")) < 2:
            continue
        stop = max(t.rfind(".", 0, m.start()), t.rfind("\n", 0, m.start()), m.start() - 300)
        cands = []
        for w in re.finditer(_AR, t[stop + 1:m.start()]):
            word = w.group()
            if word[:1] in "وبلفك" and len(word) > 4 and not _name_word(word):
                continue
            if word.startswith("ال") or not _name_word(word) or len(canon(word)) < 3:
                continue
            wsk = latin_skeleton(word)
            if wsk == sk or (len(sk) >= 3 and wsk[:1] == sk[:1] and abs(len(wsk) - len(sk)) <= 1
                             and name_similarity(word, la) >= CITED_SIMILAR):
                cands.append((word, stop + 1 + w.start(), stop + 1 + w.end()))
        if len(cands) == 1:
            n.add([cands[0]], "gloss", glossed=True)


def _particle(w: str) -> bool:
    """A particle with its clitics («ولأن» = «و» + «ل» + «أن», «فإن»): no name."""
    rest = re.sub(r"^[وف]?[لبك]?", "", w)
    return rest != w and (rest in _lex("stop") or fold(rest) in {fold(x) for x in _lex("stop")})


@lru_cache(maxsize=1)  # (of the lexicons, read once)
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of an office or a profession, without their article («متحدث»، «مندوب»، «محافظ»),
    and those of them that may stand without it before a name («والي» alone is «وإلى»)."""
    roles = frozenset(strip_article(w) for w in _lex("titles") | _lex("construct_titles") | _lex("apposition_offices")
                      if " " not in w)
    return roles, roles - {strip_article(w) for w in _lex("apposition_offices")}


_COMMA_AT = re.compile(r"[،,][ \t]*")
_ARTICLE_AT = re.compile(r"[وف]?ال(?=[\u0621-\u064A])")


def _office(w: str, roles: frozenset[str]) -> bool:
    """Whether a word (a run of letters) is an office with its article and perhaps «و»/«ف» («والمحافظ»)."""
    bare = w.lstrip("وف")
    return _ARTICLE_AT.match(w) is not None and bare.startswith("ال") and strip_article(bare) in roles


def _apposed(t: str, pos: int) -> list[tuple[str, int, int]]:
    """The name words at ``pos`` (:func:`_words_at`), also when they open with «علي» (which folds
    like the preposition «على») or with a given name that has «ال» before «بن X» («الهادي بن عمر»)."""
    ws = _words_at(t, pos)
    head = _ALI_AT.match(t, pos)
    if not ws and head:
        return [(head.group(1), pos, pos + 3)] + _words_at(t, head.end())
    if len(ws) == 1 and ws[0][0].startswith("ال"):
        son = _SON_AT.match(t, ws[0][2])
        if son:
            return ws + [(son.group(1), son.start(1), son.end(1)), (son.group(2), son.start(2), son.end(2))]
    return ws


def _appositions(n: _Names, t: str) -> None:
    """A full name in apposition to an office: «قال المتحدث باسم الوزارة، علي الساعدي، إن …»,
    «أعلن المندوب الجهوي للفلاحة بنابل، منير الحمامي، أن …», and an office with its article right
    before a full name («بحضور المحافظ سعد الجبوري»): the person is introduced there. The name is
    a given name and a surname with «ال» or after «بن», followed by a comma, «إن»/«أن» or a colon; the
    office is among the eight words before the comma, in the same clause."""
    roles, bare_ok = _role_words()
    # where an apposition may open, in text order: each comma (with its blanks), and each word that
    # is an office with its article (the text's words each tested once, not each place; :func:`runs_of`)
    runs = runs_of(t)
    opens = sorted([(m.start(), m.end(), True) for m in _COMMA_AT.finditer(t)]
                   + [(*runs.spans[i], False) for w, places in runs.at.items() if _office(w, roles) for i in places])
    for start, end, comma in opens:
        if comma:
            back = re.split(r"[.!?؟؛;:\n،,()]", t[max(0, start - 90):start])[-1]
            words = re.findall(_AR, back)[-8:]
            if not any(strip_article(w) in (roles if strip_article(w) != w else bare_ok) for w in words):
                continue
            ws = _apposed(t, end)
        else:
            ws = _apposed(t, _BLANKS.match(t, end).end())  # the name after the office and its blanks
        if len(ws) < 2 or ws[0][0] in _lex("joiners") or ws[0][0].startswith("ال") and ws[-2][0] not in ("بن", "ابن"):
            continue
        last = ws[-1]
        if not (last[0].startswith("ال") or ws[-2][0] in ("بن", "ابن")):
            continue
        if comma and not _APPOS_END.match(t, last[2]):
            continue
        if _PLURAL.search(last[0]):
            continue
        n.add(ws, "title")


_APPOS_END = re.compile(r"[ \t]*(?:[،,:]|(?:إن|أن|ان)(?![\u0621-\u064A])|و(?![\u0621-\u064A])|$)")
"""What may follow a name in apposition: a comma, a colon, «إن»/«أن», «و» or the end of the text."""
_PLURAL = re.compile(r"^ال\w+(?:يين|يون|ات)$")  # «الرسميين»: a plural nisba adjective, not a surname («الحسين» is one)
_CLITIC = re.compile(r"^(?:[وف]?[بلك]|[وف])(?=ال|[^ل])")


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for every word of a text
def _bases(w: str) -> tuple[tuple[str, int], ...]:
    """A word and the word without its clitics, with the offset of the base («ولبوتين»,
    «للعمري» = «ل» + «العمري», «وبالكبيسي»)."""
    out = [(w, 0)]
    if w.startswith(("لل", "ولل", "فلل")):
        k = w.index("لل")
        out.append(("ال" + w[k + 2:], k + 1))
    else:
        m = _CLITIC.match(w)
        if m and len(w) - m.end() >= 3:
            out.append((w[m.end():], m.end()))
    return tuple(out)


def _elsewhere(n: _Names, t: str, runs: "_Runs | None" = None) -> None:
    """An introduced surname (seen with its given name after a title, before a Latin gloss, at the
    head of a reference) written otherwise anywhere a noun stands: in a genitive («تصريحات
    القبيسي»), after a preposition or with a clitic («وللرفعي»). A form one edit away
    (:func:`one_edit`) or equal once folded and its doubled letters dropped; not after a definite
    word (an adjective agrees with it: «الحل السلمي» is no «السالمي»), not a surname the text
    introduces itself, not after another given name (another person). A surname without «ال» only
    when the text glosses it in Latin letters or names it again in a name position (a foreign name:
    «الرئيس فلاديمير بوتين» … «وقال بوتين» … «ولبوتن»); a word after a title may be no name
    («السيد كوستا رفع دعوى»)."""
    intro: dict[str, set[str]] = {}
    for r in n.rows:
        if r.role == "surname" and r.partner and r.how in ("title", "gloss", "reference") \
                and " " not in r.form and len(canon(r.form)) >= 4:
            intro.setdefault(r.form, set()).add(r.partner)
    if not intro:
        return
    named = {r.form for r in n.rows if r.role == "surname" and r.partner}

    runs = runs or runs_of(t)
    counted: dict[str, int] = {}

    def count(w: str) -> int:
        base = strip_article(w)
        if base not in counted:
            if _arabic_word(base):  # the runs that are the base with its clitics and article: one look-up each
                counted[base] = runs.count({p + a + base for p in ("", "و", "ف", "ب", "ك") for a in ("", "ال", "لل", "ل")})
            else:
                counted[base] = len(re.findall(
                    rf"(?<![\u0621-\u064A])[وفبك]?(?:ال|لل|ل)?{re.escape(base)}(?![\u0621-\u064A])", t))
        return counted[base]

    hits: dict[str, list[str]] = {}

    givens = {r.form for r in n.rows if r.role == "given"}
    at = {r.start for r in n.rows}
    # what the rows say of each introduced form, read once (the rows added below are of forms
    # the text does not introduce, so these never change)
    rows_of: dict[str, int] = {}
    glossed: set[str] = set()
    partners_of: dict[str, set] = {}
    for r in n.rows:
        rows_of[r.form] = rows_of.get(r.form, 0) + 1
        partners_of.setdefault(r.form, set()).add(r.partner)
        if r.glossed:
            glossed.add(r.form)
    # each introduced form with what the comparison below reads of it, read once
    intro_keys = [(f, f.startswith("ال"), _doubled(f), canon(f)) for f in intro]

    def candidates(word: str) -> list[tuple[str, int, str]]:
        """The bases of a word (with their offsets) that may be a misspelling of one introduced
        form, and that form: what depends on the word alone (``intro`` is fixed here), read once
        per distinct word; where the word stands is read below."""
        out = []
        for c, off in _bases(word):
            if c in intro or c in named or len(canon(c)) < 4:
                continue
            hit = hits.get(c)
            if hit is None:
                art, dbl, cc = c.startswith("ال"), _doubled(c), canon(c)
                # (one_edit is None for lengths two or more apart: those are not asked)
                hit = hits[c] = [f for f, f_art, f_dbl, fc in intro_keys if f_art == art
                                 and (f_dbl == dbl or abs(len(fc) - len(cc)) <= 1 and one_edit(fc, cc))]
            if len(hit) != 1 or count(c) > count(hit[0]) + 1 or not hit[0].startswith("ال") and \
                    hit[0] not in glossed and rows_of.get(hit[0], 0) < 2:
                continue  # a misspelling is rarer than the name: «الروسي» is an adjective, not «الروسية»
            out.append((c, off, hit[0]))
        return out

    # the words of the text (its runs of Arabic letters) that have a candidate, each occurrence in
    # text order: most words have none, and their occurrences are never visited
    cands = {w: got for w in runs.at if (got := candidates(w))}
    for i in sorted(i for w in cands for i in runs.at[w]):
        a, b = runs.spans[i]
        for c, off, hit in cands[t[a:b]]:
            if a + off in at:
                continue
            prev = re.search(rf"({_AR}|\.)[ \t]*$", t[max(0, a - 40):a])
            pw = prev.group(1) if prev and off == 0 else ""
            if pw.startswith(_ARTICLE) and pw not in _lex("titles") or pw in givens and canon(pw) not in \
                    partners_of.get(hit, set()) or (pw and not _name_word(pw) and pw not in _lex("titles")
                                                    and not _verb_re().fullmatch(pw) and pw not in _lex("stop")):
                continue
            n._add(Mention(c, a + off, b, "surname", None, False, "elsewhere"))
            break


@lru_cache(maxsize=1 << 16)  # a pure function of the word
def _doubled(w: str) -> str:
    """A word without «ال» and with its doubled letters written once (a slip of the keyboard); a
    final «ة»/«ا» is kept (the feminine of an adjective is another word)."""
    return re.sub(r"(.)\1+", r"\1", strip_article(fold(w)))


def _namelike(f: str, rows: list[Mention]) -> bool:
    return (any(r.partner or r.glossed or r.how == "reference" for r in rows)
            or (f.startswith("ال") and f.endswith("ي") and len(f) >= 5))


def _foreign(rows: list[Mention]) -> bool:
    return any(r.glossed or r.how == "anywhere" for r in rows)


def transliterated(w: str) -> bool:
    """Whether a word bears the marks of a transliterated name (``transliteration_endings``/``_inner``: «كانغ»,
    «بطرسبورغ», «قوانغتشو»): a foreign name, its one sound written with either letter of a group."""
    c = canon(w)
    return len(c) >= 4 and (any(c.endswith(e) for e in _lex("transliteration_endings"))
                            or any(i in c for i in _lex("transliteration_inner")))


def same_name(a: str, b: str, ra: list[Mention], rb: list[Mention], role: str) -> str | None:
    """How two forms of one role are one name (``orthographic``, ``vowel``, ``rasm``, ``sound``,
    ``foreign``), or None."""
    ca, cb = canon(a), canon(b)
    if ca == cb:
        return "orthographic"
    foreign = _foreign(ra) or _foreign(rb) or transliterated(a) and transliterated(b)
    if foreign and min(len(ca), len(cb)) >= 4 and foreign_keys(a) & foreign_keys(b):
        return "foreign"
    if role == "surname" and min(len(ca), len(cb)) >= 4 and (_namelike(a, ra) or _namelike(b, rb)) \
            and _namelike(a, ra) + _namelike(b, rb) >= 1 and (_strong(ra) or _strong(rb)):
        return one_edit(ca, cb) or _nisba(a, b, ra, rb)
    return None


def _nisba(a: str, b: str, ra: list[Mention], rb: list[Mention]) -> str | None:
    """``nisba``: a surname with «ال» introduced with its given name (or in a reference) and the
    same surname alone with its nisba ending changed: «ي» dropped («الحارثي»/«الحارث») or «اني» for
    «ي» («العلوي»/«العلواني»). The bare form must stand alone (no given name of its own): two
    people are two full names."""
    if not (a.startswith("ال") and b.startswith("ال")):
        return None
    for full, rf, bare, rbare in ((a, ra, b, rb), (b, rb, a, ra)):
        if not _strong(rf) or any(r.partner for r in rbare):
            continue
        f, x = fold(full), fold(bare)
        if not f.endswith("ي") or len(strip_article(f)) < 4:
            continue
        forms = {f[:-3] + "ي"} if f.endswith("اني") else {f[:-1], f[:-1] + "اني"}
        if x in forms:
            return "nisba"
    return None


def _strong(rows: list[Mention]) -> bool:
    return any(r.partner or r.glossed or r.how in ("reference", "title") for r in rows)


def _two_people(ra: list[Mention], rb: list[Mention]) -> bool:
    pa = {r.partner for r in ra if r.partner}
    pb = {r.partner for r in rb if r.partner}
    return bool(pa and pb and not pa & pb)


def pairs(ms: list[Mention]) -> list[tuple[str, str, str, str]]:
    """(role, form a, form b, how) for each pair of forms of one name."""
    out = []
    for role in ("surname", "given"):
        by: dict[str, list[Mention]] = {}
        for m in ms:
            if m.role == role:
                by.setdefault(m.form, []).append(m)
        forms = sorted(by, key=lambda f: (-len(by[f]), min(r.start for r in by[f])))
        for i, a in enumerate(forms):
            for b in forms[i + 1:]:
                ra, rb = by[a], by[b]
                if a.startswith("ال") != b.startswith("ال") and (
                        strip_article(a) != strip_article(b) or not (_strong(ra) and _strong(rb))):
                    continue  # «روسيا»/«الروسية»; «الزعبي»/«زعبي» only for two names of persons
                if _two_people(ra, rb):
                    continue
                if role == "given":
                    pa, pb = {r.partner for r in ra}, {r.partner for r in rb}
                    if not pa & pb:
                        continue
                how = same_name(a, b, ra, rb, role)
                if how:
                    out.append((role, a, b, how))
    return out


_PERSIAN = PERSIAN_LETTERS
_PERSIAN_CLASS = "".join(sorted(_PERSIAN))
_RAW_WORD = re.compile(rf"[\u0621-\u0652\u0670{_PERSIAN_CLASS}]+")
# a word with a Persian letter (with or without Arabic letters around it)
_PERSIAN_WORD = re.compile(rf"[\u0621-\u064A]*[{_PERSIAN_CLASS}][\u0621-\u064A{_PERSIAN_CLASS}]*")
# (a text without a Persian letter, most texts, is not scanned by _PERSIAN_WORD, whose leading run is
# tried again at each letter of every Arabic word)
_PERSIAN_LETTER = re.compile(rf"[{_PERSIAN_CLASS}]")
_MARKS = re.compile(r"[\u0640\u064B-\u0652\u0670]")
_HAMZA_ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي"}
_HOW = {"hamza": "one with hamza, one without, in a text that writes it",
        "ya": "a final «ى» for the «ي» the text dots elsewhere", "script": "a Persian letter for an Arabic one"}


@lru_cache(maxsize=1)
def _habit_words() -> tuple[frozenset[str], frozenset[str]]:
    from ..lang import lexicon

    lex = lexicon("personal_names")
    return frozenset(map(str, lex["hamza_words"])), frozenset(map(str, lex["final_ya_words"]))


def _habits(raw_words: list[str]) -> set[str]:
    """The letters a text writes one way throughout: ``hamza`` when its common words with hamza on
    alef («أن»، «إلى») appear at least five times and never bare («ان»، «الى»); ``ya`` when its
    words with a final dotted «ي» («في»، «الذي») appear at least three times and never with «ى»
    («فى»، «الذى»). A text that writes them both ways has no habit a name can break."""
    hamza, ya = _habit_words()
    bare = {"".join(_HAMZA_ALEF.get(c, c) for c in w) for w in hamza}
    undotted = {w[:-1] + "ى" for w in ya}
    counts = Counter(raw_words)
    out = {"script"}
    if sum(counts[w] for w in hamza) >= 5 and not sum(counts[w] for w in bare):
        out.add("hamza")
    if sum(counts[w] for w in ya) >= 3 and not sum(counts[w] for w in undotted):
        out.add("ya")
    return out


def _letter_difference(a: str, b: str) -> str | None:
    """How two spellings of one folded word differ, when every difference is of one kind: ``hamza``
    (hamza on its seat or not), ``ya`` (a final «ي»/«ى»), ``script`` (a Persian letter for its Arabic
    one); None when they differ otherwise or in length."""
    if len(a) != len(b) or a == b:
        return None
    kinds = set()
    for i, (x, y) in enumerate(zip(a, b)):
        if x == y:
            continue
        if _PERSIAN.get(x, x) == _PERSIAN.get(y, y):
            kinds.add("script")
        elif _HAMZA_ALEF.get(x, x) == _HAMZA_ALEF.get(y, y):
            kinds.add("hamza")
        elif {x, y} == {"ي", "ى"} and i == len(a) - 1:
            kinds.add("ya")
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


# what follows the name a verb of saying introduces: a comma (its apposition) or «أن/إن» («قالت نادية فكري، …»، «قال
# محمد العمري إن …»); «بين محافظتي إستونيا في الشمال» is no speaker
_SPEECH_CLOSE = re.compile(r"\s*(?:[،,]|(?:ان|أن|إن)(?![\u0621-\u064A]))")


def habit_variants(tf: TextFacts, ms: list[Mention]) -> list[Finding]:
    """``entity-variant`` of one spelling: a person's name the text introduces (after a title, with its
    given name, in a reference) written, anywhere in the text, with a letter the text otherwise
    writes another way: without the hamza of a text that writes hamza («أوباما»/«اوباما»), with a
    final «ى» in a text that dots its final «ي» («الشامسي»/«الشامسى»), or with a Persian letter
    («بوتين»/«پوتين»، «كرماني»/«کرماني»). The spelling the text uses most (on a tie, the one of its
    habit) is the name's; each other is reported."""
    # a person's: after a title, in a reference, glossed with a given name, or a given name and a surname
    # after a verb of saying («قالت نادية فكري، …») (a glossed word alone may be a place)
    t = name_text(tf)
    names = {m.form for m in ms if (m.how in ("title", "reference", "given") or m.glossed and m.partner
                                    or m.how == "verb" and m.partner and _SPEECH_CLOSE.match(t, m.end))
             and len(canon(m.form)) >= 3 and _name_word(m.form)}
    raw = tf.raw
    # any word written with a Persian letter is compared with its Arabic spelling, a name or not
    persian = {b for w in _PERSIAN_WORD.finditer(raw)
               for b, _ in _bases(fold(w.group()))[:1]} if _PERSIAN_LETTER.search(raw) else set()
    if not names and not persian:
        return []
    habits = None  # the text's spelling habits, read only when a name has two spellings
    spellings: dict[str, dict[str, list[int]]] = {}
    # what each distinct word of the text spells (the first of its bases that is a name or a Persian
    # spelling, with its offset), read once per word, not at each of its places
    raw_words = _RAW_WORD.findall(raw)
    spelt: dict[str, tuple[str, int] | None] = {}
    for w in set(raw_words):
        got = None
        f = fold(w)
        if len(f) == len(w):  # (a word with vowel marks: its offsets are not its letters')
            for base, off in _bases(f):
                if base in names or base in persian:
                    got = (base, off)
                    break
        spelt[w] = got
    spelt_as: dict[str, set[str]] = {}  # each name's spellings in the text
    for w, got in spelt.items():
        if got is not None:
            spelt_as.setdefault(got[0], set()).add(w[got[1]:])
    if any(len(v) >= 2 for v in spelt_as.values()):  # (a name of one spelling is passed over below)
        for m in _RAW_WORD.finditer(raw):  # the places of those words, in text order
            got = spelt[m.group()]
            if got is not None:
                base, off = got
                spellings.setdefault(base, {}).setdefault(m.group()[off:], []).append(m.start() + off)
    out = []
    for name, by in sorted(spellings.items()):
        if len(by) < 2:
            continue
        habits = habits if habits is not None else _habits([_MARKS.sub("", w) for w in raw_words])
        # the name's spelling: the commonest; on a tie, the one of the text's habits
        forms = sorted(by, key=lambda x: (-len(by[x]), sum(c in _PERSIAN for c in x),
                                          -sum(c in _HAMZA_ALEF for c in x), x.endswith("ى"), min(by[x])))
        right = forms[0]
        for other in forms[1:]:
            how = _letter_difference(right, other)
            if how is None or how not in habits or how != "script" and name not in names:
                continue
            spans = [Span(tf.file, s, s + len(x), raw[s:s + len(x)])
                     for x, s in [(right, by[right][0])] + [(other, s) for s in by[other]]]
            out.append(Finding(
                kind="entity-variant", severity="note",
                message=f"One name is written two ways in this text: «{spans[0].text}» and «{spans[1].text}» "
                        f"({_HOW[how]}).",
                spans=spans,
                evidence={"rule": "a name written with a letter the text otherwise writes another way "
                                  "(hamza, a final «ي», a Persian letter)", "how": how, "forms": [right, other]},
            ))
    return out


@detector("name-spelling", "internal")
def name_spelling(facts: Facts) -> list[Finding]:
    """One person's name written two ways in one text (names found by where they stand)."""
    out = []
    for tf in facts:
        t = name_text(tf)
        ms = mentions(t, wide=tf.doc.form != "pdf-scrambled")
        by: dict[str, list[Mention]] = {}
        for m in ms:
            by.setdefault(m.form, []).append(m)
        done = set()
        for role, a, b, how in pairs(ms):
            if frozenset((a, b)) in done:
                continue
            done.add(frozenset((a, b)))
            first = min(by[a], key=lambda r: r.start)
            rows = [first] + sorted((r for r in by[b] if r.role == role), key=lambda r: r.start)
            spans = [raw_span(tf, r.start, r.end) for r in rows]
            if len({sp.text for sp in spans}) < 2:
                continue
            out.append(Finding(
                kind="entity-variant",
                severity="note",
                message=f"One name is written two ways in this text: «{spans[0].text}» and «{spans[1].text}».",
                spans=spans,
                evidence={"rule": "two forms of a name in the positions names take (after a title or a verb of "
                                  "saying, before a Latin gloss, in a citation), one name up to " + how,
                          "role": role, "forms": [a, b], "how": how},
            ))
        out.extend(habit_variants(tf, ms))
    return out


_TRANSLIT_WORD = re.compile(r"(?<![\u0621-\u064A])[\u0621-\u064A]{4,}(?![\u0621-\u064A])")
TRANSLIT_MIN = 4
"""Letters a transliterated word has at least (after the article) for its spellings to be compared."""
VOWEL_ONLY_MIN = 7
"""Letters two spellings have at least when they differ by their long vowels too: short names a vowel apart are
other names («تشنغ»/«تشانغ»: Cheng, Chang), long ones one name («بطرسبورغ»/«بطرسبرغ»)."""


def _sound_keys(w: str) -> tuple[str, str | None]:
    """A spelling with the letters of one foreign sound merged (``foreign`` groups), and, for a long one
    (:data:`VOWEL_ONLY_MIN` letters), also without its long vowels and doubled letters."""
    c = canon(w)
    g = _groups("foreign")
    k = "".join(g.get(ch, ch) for ch in c)
    return k, re.sub(r"(.)\1+", r"\1", re.sub(r"[اوي]", "", k)) if len(c) >= VOWEL_ONLY_MIN else None


@detector("transliteration-spelling", "internal")
def transliteration_spelling(facts: Facts) -> list[Finding]:
    """One transliterated name (a place, a person, a firm: «نينغبو»، «بطرسبورغ»، «كانغ») written two ways in one text,
    wherever it stands: one form bears the marks of a transliteration (:func:`transliterated`), and they are one name up
    to the letters one foreign sound is written with (:func:`_sound_keys`: «نينغبو»/«نينجبو», «بينغ»/«بينج») and, in
    names of :data:`VOWEL_ONLY_MIN` letters or more, the long vowels too («بطرسبورغ»/«بطرسبرغ»)."""
    out = []
    for tf in facts:
        t = tf.norm.text
        words_ = [(m.group(), m.start(), m.end()) for m in _TRANSLIT_WORD.finditer(t) if len(canon(m.group())) >= TRANSLIT_MIN]
        marked = {k for w, _, _ in words_ if transliterated(w) for k in _sound_keys(w) if k}
        groups: dict[str, dict[str, list[tuple[int, int]]]] = {}
        for w, s, e in words_:
            for k in set(_sound_keys(w)) & marked:  # (the other spelling may lose the mark: «نينغبو»/«نينجبو»)
                groups.setdefault(k, {}).setdefault(canon(w), []).append((s, e))
        done: set[frozenset] = set()
        for k in sorted(groups):
            forms = groups[k]
            if len(forms) < 2 or frozenset(forms) in done:
                continue
            done.add(frozenset(forms))
            firsts = sorted((spans[0], f) for f, spans in forms.items())
            spans = [raw_span(tf, s, e) for (s, e), _ in firsts]
            if len({sp.text for sp in spans}) < 2:
                continue
            out.append(Finding(
                kind="entity-variant",
                severity="note",
                message="One transliterated name is written {} ways in this text: {}.".format(
                    len(spans), ", ".join(f"«{sp.text}»" for sp in spans)),
                spans=spans,
                evidence={"rule": "two spellings of one transliterated name (its marks: «نغ»، «سكي»، «برغ» …) "
                                  "one name up to the letters of one foreign sound and the long vowels",
                          "forms": sorted(forms), "key": k},
            ))
    return out
