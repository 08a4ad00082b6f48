"""Counts: a stated number of things against the things the text then lists.

«ثلاث جزر هي: أ، وب» states three and lists two. The rule reads a cardinal (a number word from
:mod:`tahqiq.extract.numerals`, an English number word, or digits from 2 to 12) with the noun it
counts, an introducer that opens the list right after it («هي»، «وهي»، «هم»، «:», "namely", "are",
"—", "(") and the items of the list up to the end of the sentence or the closing bracket, split
at «،», ",", ";" and the conjunction «و»/"and"/"or" standing before the last item. A finding
(kind ``count-mismatch``, a warning) is raised when the list has at least two items and their
number differs from the count. Partial lists are not counted: an introducer of examples
(«منها»، «مثل»، «أبرزها»، "including", "such as", "e.g.") or a trailing «وغيرها»/"etc." leaves the
sentence alone, and so does an item too long to be one name (more than :data:`MAX_ITEM_WORDS`
words: a list of clauses is not a list of names).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from . import UNORDERED_FORMS, detector
from .parts import _SCALES
from ..segment.sentences import STOP_OR_CLOSE
from ..text.normtext import fold
from ..text.patterns import LIST_MARKER, lead  # re.compile, with a look-ahead on the characters a match opens with
from ..text.spans import lines_from, wraps_sentence

KIND = "count-mismatch"
MAX_ITEM_WORDS = 5
MAX_NOUN_WORDS = 3

EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}

_INTRO = r"(?:(?:[،,][ \t]*)?(?<!\w)[وف]?(?:هي|هم|هما|وهي|وهن|هن|هي كل من|هم كل من|وهي كل من|وهم كل من)(?!\w)\s*:?|:|—|–|(?<=\s)-(?=\s)|\(|namely\b:?|are\s*:|were\s*:|,\s*namely\b:?|[,،]?\s*(?:هي\s+)?كل\s+من(?!\w))"
_PARTIAL = re.compile(
    r"(?<!\w)(?:منها|مثل|ابرزها|اهمها|بينها|من بينها|بما فيها|ومنها|كـ|وغيرها|وغيرهم|الخ|إلخ|including|such as|"
    r"e\.g\.|for example|among them|among others|etc\.?|and others|and more)(?!\w)", re.I)
_END = STOP_OR_CLOSE
# «…، وأكتاو 2018، ثم عشق آباد 2022»: «ثم» ("then") joins a list's last item as «و» does
_SPLIT = re.compile(r"\s*[،,;]\s*(?:(?:and|or|then)\s+|ثم\s+|و(?=\S))?|\s+(?:and|or)\s+|\s+و(?=\S)|\s+او\s+")
_TOKEN = r"[^\W\d_][\w'’-]*"
# a note marker closing an item («المسقفات(1)», "tax[2]", "tax¹") is not part of it
_NOTE_MARK = re.compile(r"\(\d{1,3}\)|\[\d{1,3}\]|[¹²³⁰⁴-⁹]+")
# «كل» before a count makes it a recurring interval («مرة كل ثلاث سنوات»، "every three years")
_EVERY = re.compile(r"(?<![^\W\d_])(?:كل|every)\s+$", re.I)
# a line of a bulleted or numbered list: its marker and indentation
_BULLET = re.compile(rf"^(?P<indent>[ \t]*){LIST_MARKER}[ \t]+\S", re.M)
MAX_LEAD_WORDS = 15


# --------------------------------------------------------------------------- accessors


def _text(tf: TextFacts) -> str:
    """The normalised text the rule reads (offsets map back with ``tf.norm.raw_span``)."""
    return tf.norm.text


def _stop(w: str) -> bool:
    from ..link.events import _STOP

    return w.lower() in _STOP


# a proclitic preposition or conjunction on the number word: «بأربع لغات»، «لثلاث دول»، «وخمس مدن»
# («لست» is the verb "I am not", not «ل» + «ست»)
_PROCLITIC = re.compile(r"^(?:ب|ل(?!ست$)|ك|و|ف|وب|ول(?!ست$)|فب)(?=[^\W\d_]{2,}$)")
# …except before a counted noun and its list: «لست دول هي …» (:func:`_head_count`)
_LST = re.compile(r"و?لست")


def _head_count(t: str, m: re.Match) -> int | None:
    """The count of a cardinal before its noun, the number word bare or with a proclitic («بأربع»،
    «لثلاث»، «وخمس»); «و» after another number word is the joint of a compound number
    («مئة وثلاث»)."""
    w = m.group("num")
    n = _cardinal(w)
    if n is not None or w.isdigit():
        return n
    p = _PROCLITIC.match(w)
    if not p and _LST.fullmatch(w):
        p = re.match(r"و?ل", w)  # «لست دول هي …»: before a counted noun and its list, «ل» + «ست», not "I am not"
    if not p:
        return None
    n = _cardinal(w[p.end():])
    if n is None or not p.group().startswith(("و", "ف")):
        return n
    prev = re.search(r"(\w+)\W*$", t[max(0, m.start() - 40):m.start()])
    if prev and (prev.group(1).isdigit() or _cardinal(prev.group(1)) is not None or _is_number_word(prev.group(1))):
        return None
    return n


def _is_number_word(w: str) -> bool:
    from ..extract.numerals import words_value

    return words_value(w) is not None


def _cardinal(word: str, lo: int = 2, hi: int = 12) -> int | None:
    """The whole number ``word`` writes (digits, an Arabic or English number word), if it is in ``lo``..``hi``."""
    from ..extract.numerals import words_value

    w = word.lower()
    if w in EN_NUMBERS:
        v = EN_NUMBERS[w]
    elif w.isdigit():
        v = int(w)
    else:
        hit = words_value(w)
        v = hit[0] if hit and not hit[1] else None
    return v if v is not None and lo <= v <= hi else None


_HEAD = re.compile(rf"(?<!\w)(?=(?P<num>\w+)[ \t]+(?P<noun>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,{MAX_NOUN_WORDS - 1}}}?)[ \t]*"
                   rf"(?P<intro>{_INTRO})[ \t]*)")
# an author-year reference in brackets: names, then a year (and a page) closing it
_CITATION = re.compile(r"[،,]\s*(?:1[5-9]|20)\d\d[a-z\u0621-\u064A]?\s*(?:[:،,]\s*(?:ص|p|pp)?\.?\s*[\d\s\-–]+)?\s*$",
                       re.IGNORECASE)


_SPAN_BEFORE = re.compile(r"(?<!\w)(?:بعد|قبل|خلال|لمده|مده|منذ|طوال|طيله|عبر|after|for|within|over|during)\s+$",
                          re.IGNORECASE)


_PERCENT_NOUN = re.compile(r"(?:بالمئه|بالمائه|في\s+المئه|في\s+المائه|%|٪|percent|per\s+cent)(?!\w)", re.I)


def _time_noun(noun: str) -> bool:
    """«خمس سنوات (…)», "three years (…)": a span of time, whose bracket is a gloss or a reference."""
    return noun.split()[0].lower() in {w.lower() for w in lang.words("counts", "time_nouns")}


def _compound_rest(w: str) -> bool:
    """Whether ``w`` is «و» and a number word: the rest of a compound number («وعشرين»، «وثلاثون»، with the article
    of a definite one: «الاثنتين والخمسين»)."""
    from ..extract.numerals import words_value

    return w.startswith("و") and len(w) > 3 and bool(words_value(re.sub(r"^ال(?=\w{3})", "", w[1:])))


# a counted noun with a complement of one word: «أربع فئات من الدائنين:»، «ثلاثة مشروعات في محيطه هي:»
_COMPLEMENT = re.compile(rf"{_TOKEN}[ \t]+(?:من|في|of|in)[ \t]+{_TOKEN}")


_SCALE_NOUN = re.compile(rf"(?:{'|'.join(sorted(_SCALES, key=len, reverse=True))})(?![\u0621-\u064Aa-z])", re.IGNORECASE)


def find_counts(t: str) -> list[dict]:
    """Stated counts with the list that follows them: ``num, count, items, start, end`` (normalised)."""
    out = []
    # (same length: offsets hold; a «(1)» opening its line marks a list's item, not a note)
    t = _NOTE_MARK.sub(lambda k: k.group() if not t[t.rfind("\n", 0, k.start()) + 1:k.start()].strip() else " " * len(k.group()), t)
    for m in _heads(t):
        n = _head_count(t, m) if m.re in (_HEAD, _HEAD_FAR, _HEAD_NUMBER_OF) else _definite_count(m)
        if n is None:
            continue
        noun = m.group("noun")
        if m.re is _HEAD and re.match(r"من[ \t]+(?:ال|[^\W\d_]+(?:ه|ها|هم|هن)(?:[ \t]|$))", noun):
            # a partitive: «سبعة من العناصر هي: …»، «ثلاث من رحلاته: …» counts the things listed
            noun = noun.split(None, 1)[1]
        # (a number word after «و» is the rest of a compound number: «لخمسة وعشرين عاماً:» counts 25 years, no list)
        if m.re in (_HEAD, _HEAD_FAR) and any(_cardinal(w) is not None or _compound_rest(w)
                                             or w.isdigit() or _stop(w) for w in noun.split()) \
                and not (_COMPLEMENT.fullmatch(noun) and not _stop(noun.split()[0]) and not _stop(noun.split()[-1])):
            continue
        if m.group("intro").strip() == "(" and "\n" in noun:
            continue
        if _PERCENT_NOUN.match(noun):
            continue  # «أي 9 بالمئة من رأس المال: …»: a percentage, not a count of things listed
        if _SCALE_NOUN.match(noun):
            continue  # «12 ألف مخطوطة: 7500 في القاهرة، …»: a quantity in thousands, whose list is its parts
        if m.re in (_HEAD, _HEAD_FAR) and _EVERY.search(t, max(0, m.start("num") - 6), m.start("num")):
            continue  # «مرة كل ثلاث سنوات: …»: a recurring interval, not a count of what follows

        if m.re is _HEAD_APPOS:
            got = _appos_items(t, m)
            if got is not None:
                out.append({"count": n, "items": got[0], "start": m.start("num"), "end": got[1], "num": m.group("num"),
                            "noun": noun})
            continue
        if m.group("intro").strip() == "(":
            stop = _END.search(t, m.end("intro"))
            end = stop.start() if stop else len(t)
        else:
            end = _list_end(t, m.end("intro"))
        body = t[m.end("intro"):end]
        if m.group("intro").strip() == "(" and (
                _CITATION.search(body) or _time_noun(noun) and _SPAN_BEFORE.search(t, max(0, m.start() - 12), m.start())):
            continue  # «بعد خمس سنوات (عمران وسلوم، 2021: 47)»: a reference or a span of time, no list
        if not body.strip() or _PARTIAL.search(t, m.start("noun"), m.end("intro")):
            continue
        body = _BRACKETS.sub(lambda k: " " * len(k.group()), body)  # «النجم (9 ألقاب)»: the name
        if not (m.group("intro").strip().endswith(":") and re.match(r"\s*[0-9٠-٩]", body)):
            body = _close(body, n)  # (a list of figures after a colon is closed by its own serial joints)
        end = m.end("intro") + len(body)
        # an example word inside the list makes it partial; one in a clause after the list closed
        # («هي: أ وب وج، منها 1,250 قطعة في …») speaks of something else
        if _PARTIAL.search(body):
            continue
        body = body.rstrip()
        serial = _serial(body, MAX_COLON_SERIAL_WORDS if m.group("intro").strip().endswith(":") else MAX_SERIAL_WORDS)
        pieces = _split_outside_quotes(body)
        items = serial or [x.strip(" «»\"'") for x in pieces if x.strip(" «»\"'")]
        # a name in quotation marks is closed: the list neither ends inside it nor goes on as a clause
        quoted = {x.strip(" «»\"'") for x in pieces if re.fullmatch(r"\s*[\"«][^\"«»]+[\"»]\s*", x)}
        early = _clause_cut(items) if not serial else items
        if 2 <= len(early) < len(items) and all(len(_name(x).split()) <= MAX_ITEM_WORDS for x in early) \
                and any(len(_name(x).split()) > MAX_ITEM_WORDS for x in items[len(early):]):
            items = early  # (a long clause after the names is no item: «…، ووصف الخنساء بأنها أعظم مدينة رآها»)
        if len(items) < 2 or (not serial and any(len(_name(x).split()) > MAX_ITEM_WORDS for x in items)
                              and not _runs_on(items)):
            continue
        # items separated by commas may hold an «و»/"and" of their own («في السعودية ومصر»):
        # a count that the comma-separated items meet is kept
        # (cut where a clause opens, «، ويقع مقرها …»; «ثم» before an item is a list's joint: «…، ثم عشق آباد»)
        by_comma = _clause_cut([re.sub(r"^ثم\s+", "", x) for x in re.split(r"\s*[،,;]\s*", body) if x.strip(" «»\"'")])
        # (only when the commas carry the list: «، و» before the items, or a «و» inside an inner item;
        # in «A، B وC» / "A, B and C" the last «و» is the list's own joint)
        if len(by_comma) >= 2 and len(by_comma) == n and (
                any(re.match(r"(?:و(?=\S)|and\s|or\s)", x.strip(), re.I) for x in by_comma[1:])
                or any(_AND_ITEM.search(" " + x) for x in by_comma[:-1])):
            continue
        cut = _clause_cut(items)
        if not serial and len(cut) < len(items) and len(cut) >= 2:
            # «: 150 ألفاً للسفر، و90 ألفاً للنشر، و60 ألفاً للترجمة، فيستأثر السفر وحده …»: the serial list ends
            # where a clause opens
            at = body.find(items[len(cut)].strip())
            closed = _serial(body[:at].rstrip(" ،,;"), MAX_COLON_SERIAL_WORDS if m.group("intro").strip().endswith(":")
                             else MAX_SERIAL_WORDS) if at > 0 else None
            if closed:
                serial, cut = closed, closed
                end = m.end("intro") + len(body[:at].rstrip(" ،,;"))
        items = cut
        if len(items) < 2:
            continue
        # (a number alone among names is a name too: «…، والمدينة التعليمية، و974، والجنوب»)
        numbered = [x for x in items if re.match(r"\W*\d", x)]
        named_number = all(re.fullmatch(r"\W*[\d٠-٩]+\W*", x) for x in numbered) and len(items) - len(numbered) >= 2
        if any(re.match(r"\W*\d", x) and not named_number or not _name(x).strip() for x in items) \
                and not _figure_serial(m, serial, items):
            continue  # a list of figures is not a list of named things (a name with a figure after it is)
        if len(items) != n and _ends_inside(items, n) and items[n - 1] not in quoted:
            items = items[:n]  # the reading the count meets (its last item runs into what follows)
        elif len(items) == n + 1 and _clause_after(items, n) and items[n] not in quoted:
            items = items[:n]  # «ثلاث قمم: سعودية صينية، وخليجية صينية، وعربية صينية، وتلتها زيارة …»
        if serial and len(items) != n and n in (_grouped_count(items), _names_joined(items)):
            continue
        weights = [_lead_number(x) or _lead_dual(x) or 1 for x in items]
        if sum(weights) == n and max(weights) > 1 and any(_lead_dual(x) for x in items):
            continue  # «أربع سفن: عبّارتين …، وسفينتي شحن …»: an item named by a dual counts two
        parts = [_lead_number(x) for x in items]
        if all(v is not None and 0 < v < n for v in parts):
            # «فريق من خمسة مترجمين: ثلاثة من قازان واثنان من القاهرة»: each item is a count of its own, whose sum
            # is the whole (a mismatch is a sum's, of kind arithmetic-total)
            if sum(parts) != n:
                out.append({"count": n, "items": items, "parts": parts, "start": m.start("num"), "end": end,
                            "num": m.group("num"), "noun": "" if m.re is _HEAD_DUAL else noun})
            continue
        if m.re in (_HEAD_NUMBER_OF, _HEAD_DEF, _HEAD_APPOS):
            # «عدد المصارف المشاركة خمسة»، «الدول الخمس: …»، «وموانئها الثلاثة: …»: quoted as written, the noun first
            out.append({"count": n, "items": items, "start": m.start("noun"), "end": end,
                        "num": f"{noun} {m.group('num')}", "noun": ""})
            continue
        out.append({"count": n, "items": items, "start": m.start("num"), "end": end, "num": m.group("num"),
                    "noun": "" if m.re is _HEAD_DUAL else noun})  # (a dual is its own count: «البلدين»)
    found = {c["start"] for c in out}
    return out + find_bullet_counts(t) + [c for c in find_joined_counts(t) if c["start"] not in found]


# a count right before a colon, its noun given or left to the sentence («تتلخص المخاطر في ثلاثة: …»،
# «الإجابة عن ثلاثة أسئلة: …»), whose items are clauses: each closed by «؛» (or each a question closed by
# «؟»), every one after the first opened by «و»/"and"
_HEAD_JOINED = re.compile(rf"(?<!\w)(?=(?P<head>(?P<num>[^\W\d_]+)(?:[ \t]+(?P<noun>{_TOKEN}(?:[ \t]+{_TOKEN})?))?[ \t]*:[ \t]*))")
_JOINTS = {"؛": re.compile(r"؛|;"), "؟": re.compile(r"؟|\?")}


def find_joined_counts(t: str) -> list[dict]:
    """A count before a colon whose items are long clauses, each closed by a semicolon or a question mark
    and joined to the one before by «و»: «تتلخص المخاطر في ثلاثة: تقلب أسعار النفط، إذ …؛ وتغير الحكومات،
    فقد …؛ والضغوط الأمريكية …» (three items), «عن ثلاثة أسئلة: كيف مُوّل الممر؟ ولماذا تعثر الميناء؟ وما
    الكلفة …؟» (three questions). The list ends at a stop, a paragraph's end, or a joint after which no «و»
    opens the next item."""
    out = []
    for m in _before_colons(_HEAD_JOINED, t, _JOINED_RUN):  # = _HEAD_JOINED.finditer(t)
        n = _cardinal(m.group("num"))
        noun = m.group("noun") or ""
        if n is None or any(_cardinal(w) is not None or _stop(w) for w in noun.split()) \
                or noun and fold(noun.split()[0]) in {fold(w) for w in lang.words("counts", "time_nouns")}:
            continue
        # the sentence after the colon, its wrapped lines joined
        end, k = len(t), m.end("head")
        while k < len(t):
            c = t[k]
            if c == "\n" and not _wrapped(t, k) or c in ".!" and not (t[k - 1:k].isdigit() and t[k + 1:k + 2].isdigit()):
                end = k
                break
            k += 1
        body = t[m.end("head"):end]
        for mark, joint in _JOINTS.items():
            parts = joint.split(body)
            if mark == "؟":  # a question closes each item; what follows the last one is no item
                if len(parts) < 3:
                    continue
                parts = parts[:-1]
                cut = next((i for i in range(1, len(parts)) if not re.match(r"\s*(?:و(?=\S)|and\s)", parts[i], re.I)), None)
                parts = parts[:cut] if cut else parts
            items = [x.strip() for x in parts]
            if len(items) < 2 or not all(items) or len(joint.findall(body)) < 1 \
                    or not all(re.match(r"(?:و(?=\S)|and\s)", x, re.I) for x in items[1:]):
                continue
            items = [items[0]] + [re.sub(r"^(?:و|and\s+)", "", x, flags=re.I) for x in items[1:]]
            items = _clause_cut(items)
            if len(items) >= 2:
                out.append({"count": n, "items": items, "start": m.start("num"), "end": m.end("head") + len(body),
                            "num": m.group("num"), "noun": noun})
            break
    return out


# the noun first, the count after it: «الدول الخمس (…)»، «الأحزاب الثلاثة، وهي …»; a dual noun is a count of
# two: «البلدين: مصر والسودان»، «الدولتان (…)»
# (a noun made definite by its pronoun, «وموانئها الثلاثة: الحديدة والصليف ورأس عيسى», and a line wrapped between
# the two words, are the same construction)
_HEAD_DEF = re.compile(rf"(?<!\w)(?P<noun>ال[^\W\d_]{{2,}}|[وفب]?[^\W\d_]{{2,}}(?:ها|هم|هما))[ \t]*\n?[ \t]*"
                       rf"(?<=\s)(?P<num>ال[^\W\d_]{{2,}})[ \t]*(?P<intro>{_INTRO})[ \t]*")
_HEAD_DUAL = re.compile(rf"(?<!\w)(?P<num>(?P<noun>[وفب]?(?:ال)?[^\W\d_]{{2,}}(?:ين|ان)))[ \t]*(?P<intro>{_INTRO})[ \t]*")


# the counted noun, then a short qualifier (a verb phrase or a prepositional phrase, up to four words,
# quotes allowed) before «هي:»/«وهي:»: «ثلاث دول شاركت للمرة الأولى هي: أ وب وج»، «سبع ولايات في مرحلة
# "الأزمة" هي: …» (the pronoun with a colon opens the list of the counted noun; without the colon the
# pronoun may be a clause's subject)
_HEAD_FAR = re.compile(rf"(?<!\w)(?=(?P<num>\w+)[ \t]+(?P<part>من[ \t]+(?=ال))?(?P<noun>{_TOKEN})(?P<gap>(?:[ \t]+[«\"]?{_TOKEN}[»\"]?){{0,4}})"
                       rf"[ \t]*(?P<intro>[،,]?[ \t]*[وف]?هي[ \t]*:|:)[ \t]*)")


# a definite count with its list in apposition between commas: «وقّعت الدول الثلاث، قيرغيزستان وكازاخستان
# وأوزبكستان، اتفاقية …» (names of one or two words joined by «و»; the second comma closes the list)
_HEAD_APPOS = lead(rf"(?<!\w)(?P<noun>ال[^\W\d_]{{2,}})[ \t]+(?P<num>ال[^\W\d_]{{2,}})[ \t]*(?P<intro>[،,])[ \t]*"
                         rf"(?=[^،,.!?؟؛:()\n]{{3,80}}[،,])")


def _appos_items(t: str, m: re.Match) -> tuple[list[str], int] | None:
    """The names of an appositive list (:data:`_HEAD_APPOS`) and where it ends, or None when the words
    between the commas are no list of short names joined by «و»."""
    end = re.compile(r"[،,]").search(t, m.end("intro")).start()
    body = t[m.end("intro"):end]
    items = [x.strip() for x in re.split(r"\s+و(?=\S)", body) if x.strip()]
    if len(items) < 2 or any(len(x.split()) > 2 or any(_stop(w) or w.isdigit() for w in x.split()) for x in items):
        return None
    if any(fold(x.split()[0]) in _openers() for x in items):
        return None
    return items, end


# a count said as the number of something, its list after a colon: «فصار عدد المصارف المشاركة فيها خمسة: الصين
# وهونغ كونغ …»، «وعددها أربعة: …»
_HEAD_NUMBER_OF = lead(rf"(?<!\w)(?P<noun>[وف]?عدد(?:ها|هم)?(?:[ \t]+{_TOKEN}){{0,8}}?)[ \t]+(?P<num>{_TOKEN})"
                             rf"[ \t]*(?P<intro>:)[ \t]*")
_WORD_START = re.compile(r"(?<!\w)\w+")
_JOINED_RUN = frozenset("_'’- \t")
"""Besides word characters, what a head of :data:`_HEAD_JOINED` may hold before its colon (its
words' quotes and hyphens, its blanks)."""
_FAR_RUN = _JOINED_RUN | frozenset("«»\"،,")
"""The same for :data:`_HEAD_FAR` (quotes around its qualifier's words, a comma before «هي:»)."""


def _before_colons(pattern: re.Pattern, t: str, run: frozenset[str], in_line: bool = False):
    """The matches of ``pattern.finditer(t)`` (of each line's ``pattern.finditer(t, start, end)``
    when ``in_line``), for a zero-width ``pattern`` (a look-ahead) that can match only at a place
    followed by word characters and ``run`` characters up to a colon: it is tried only in those
    stretches before each colon, not at every character of the text (colons are few). The
    stretches hold no line break, so each is inside the line of its colon."""
    q = t.find(":")
    while q >= 0:
        lo = q
        while lo > 0 and (t[lo - 1].isalnum() or t[lo - 1] in run):  # (str.isalnum is \w but for «_»)
            lo -= 1
        end = len(t)
        if in_line and t.find("\n", q) >= 0:
            end = t.find("\n", q)  # the end of the colon's line
        for p in range(lo, q):
            m = pattern.match(t, p, end)
            if m:
                yield m
        q = t.find(":", q + 1)


_COMMA = re.compile(r"[،,]")
_TOKEN_CHARS = frozenset("_'’-")
"""Besides the characters ``str.isalnum`` accepts, those a :data:`_TOKEN` may hold."""


def _before_commas(pattern: re.Pattern, t: str):
    r"""The matches of ``pattern.finditer(t)`` for a ``pattern`` opening with a number word, its noun
    and a comma (``(?<!\w)\w+[ \t]+`` :data:`_TOKEN` ``[ \t]*[،,]``: :data:`_EACH`, :data:`_EACH_OF`),
    tried only where such a match can begin: for each comma, the start of the run of word characters
    before the blanks before the token that ends at the comma's blanks (one place per comma, found by
    reading back from it), not at every word of the text. In text order, not overlapping."""
    heads = set()
    for c in _COMMA.finditer(t):
        e = c.start()
        while e > 0 and t[e - 1] in " \t":
            e -= 1
        s = e  # the token: word characters and _TOKEN_CHARS, back to a blank
        while s > 0 and (t[s - 1].isalnum() or t[s - 1] in _TOKEN_CHARS):
            s -= 1
        b = s
        while b > 0 and t[b - 1] in " \t":
            b -= 1
        p = b  # the number word: the word characters before the blanks (str.isalnum is \w but for «_»)
        while p > 0 and (t[p - 1].isalnum() or t[p - 1] == "_"):
            p -= 1
        if p < b < s < e:
            heads.add(p)
    last = 0
    for p in sorted(heads):
        if p < last:
            continue
        m = pattern.match(t, p)
        if m:
            yield m
            last = m.end()


def _decimal_tail(t: str, pos: int) -> bool:
    """Whether the digits at ``pos`` are the fraction of a decimal («16.8 مليار دولار:» counts no 8 things)."""
    return pos >= 2 and t[pos - 1] in ".,٫" and t[pos - 2].isdigit()


@lru_cache(maxsize=None)
def _may_count(w: str) -> bool:
    """Whether :func:`_head_count` can give a count for a number word ``w`` (a digit, a cardinal,
    or a cardinal after a proclitic), leaving out the word before it, which it reads as well."""
    if w.isdigit() or _cardinal(w) is not None or _LST.fullmatch(w):
        return True
    p = _PROCLITIC.match(w)
    return bool(p) and _cardinal(w[p.end():]) is not None


lang.on_reload(_may_count.cache_clear)


def _heads(t: str):
    """The counted heads of ``t`` in order. :data:`_HEAD` is tried only at the words that may be a
    count (:func:`_may_count`; find_counts drops the others), :data:`_HEAD_FAR` only on the lines
    holding a colon (none of its parts crosses a line): the matches find_counts reads are those
    of the patterns run over the whole text."""
    near = [m for w in _WORD_START.finditer(t) if _may_count(w.group()) and not _decimal_tail(t, w.start())
            and (m := _HEAD.match(t, w.start()))]
    near += list(_HEAD_DEF.finditer(t)) + list(_HEAD_DUAL.finditer(t)) + list(_HEAD_APPOS.finditer(t))
    near += list(_HEAD_NUMBER_OF.finditer(t))
    ends = {m.end("intro") for m in near  # a nearer count of the same list wins
            if (_head_count(t, m) if m.re in (_HEAD, _HEAD_NUMBER_OF) else _definite_count(m)) is not None}
    far = [m for m in _before_colons(_HEAD_FAR, t, _FAR_RUN, in_line=True)
           if m.end("intro") not in ends and _far_gap(m.group("gap")) and not _decimal_tail(t, m.start("num"))
           and (m.group("gap") or m.group("part"))]  # (a partitive with no qualifier: «سبعة من العناصر هي:»)
    return sorted(near + far, key=lambda m: m.start())


def _far_gap(gap: str) -> bool:
    """A qualifier between a counted noun and its «هي:» holds no number and no other counted phrase."""
    from ..extract.numerals import words_value

    def cardinal(w: str) -> bool:  # an ordinal («للمرة الأولى») counts nothing
        hit = words_value(w)
        return bool(hit) and not hit[1]

    return not any(w.isdigit() or _cardinal(w) is not None or cardinal(w) for w in re.findall(r"\w+", gap))


@lru_cache(maxsize=1)
def _singulars() -> frozenset:
    """The singular nouns whose dual names two things (the lemmas of counted nouns and of broken plurals)."""
    from ..text.normtext import fold

    words = set(lang.lexicon("counted_nouns")["arabic"]) | set(lang.lexicon("plurals")["broken"])
    words -= set(lang.lexicon("counted_nouns")["time_lemmas"])
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def _plural_forms() -> frozenset:
    """Every listed form of a countable noun that is not its singular («بلدان» is «countries», not a dual)."""
    from ..text.normtext import fold

    forms = set()
    for lemma_, fs in lang.lexicon("counted_nouns")["arabic"].items():
        forms |= {f for f in fs if f != lemma_}
    for fs in lang.lexicon("plurals")["broken"].values():
        forms |= set(fs)
    return frozenset(fold(f) for f in forms)


_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?:بين|between)\s+$", re.I)


def _definite_count(m: re.Match) -> int | None:
    """The count of a definite noun and its definite cardinal («الدول الخمس»: 5, not «الدول الخامسة»),
    or 2 for a dual («البلدين»، «الدولتان») of a known countable noun."""
    from ..extract.numerals import words_value

    if m.re is _HEAD_DUAL:
        if _BETWEEN_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
            return None  # «84 رحلة مباشرة بين البلدين: 28 رحلة لـ…»: the two ends of a relation, no list of two
        w = re.sub(r"^[وفب]?(?:ال)?", "", m.group("noun"))
        if w in _plural_forms():
            return None
        stem = _dual_stem(w)
        return 2 if stem in _singulars() and len(stem) >= 3 else None
    hit = words_value(m.group("num")[2:])
    return hit[0] if hit and not hit[1] and 2 <= hit[0] <= 12 else None


@lru_cache(maxsize=1)
def _openers() -> frozenset:
    return frozenset(fold(w) for w in lang.words("counts", "clause_openers"))


@lru_cache(maxsize=1)
def _inner() -> frozenset:
    return frozenset(fold(w) for w in lang.words("counts", "clause_inner"))


def _figure_serial(m: re.Match, serial: list[str] | None, items: list[str]) -> bool:
    """Whether the list is a serial list after a colon whose every item is a figure and what it goes to
    («على ثلاثة قطاعات: 150 ألف متر مكعب للاستخدام المنزلي، و70 ألفاً للمنطقة الصناعية، و30 ألفاً
    احتياطياً»): the items are counted as the parts the count announces."""
    if not serial or not m.group("intro").strip().endswith(":"):
        return False
    return all(re.match(r"\W*\d", x) and len(re.sub(r"^\W*[\d.,٫٬]+\s*", "", x).split()) >= 2 for x in items)


def _clause_cut(items: list[str]) -> list[str]:
    """The items up to the first one that opens a clause («…، وذلك بعد مشاورات»، «…، وقد …»): its first
    word (after «و») one that opens a clause (``lang/counts.yml`` ``clause_openers``) is no name."""
    for k, x in enumerate(items):
        first = re.sub(r"^(?:و|ف)(?=\S)", "", x.split()[0]) if x.split() else ""
        if k >= 1 and first and fold(first) in _openers():
            return items[:k]
        if k >= 2 and len(x.split()) >= 3 and any(fold(w) in _inner() for w in x.split()[2:]):
            return items[:k]  # «…، والخنساء، ووصف الخنساء بأنها أعظم مدينة رآها»: a complementizer makes a clause
        # a count of its own after names is another group, not a name: «وثلاثة أبناء: كريم وسليمة ونادية، وسبعة
        # أحفاد»
        if k >= 1 and len(x.split()) >= 2 and _lead_number(x) is not None and _lead_number(items[0]) is None \
                and not re.match(r"\W*\d", x):
            return items[:k]
    return items


# a place that closes a group of names: «أكتاو وكوريك في كازاخستان»، "Aktau and Kuryk in Kazakhstan"
_GROUP_PLACE = re.compile(r"\s+(?:في|داخل|in|at)\s+\S.*$", re.I)


def _lead_number(item: str) -> int | None:
    """The count an item of a list opens with («ثلاثة من قازان»، «واثنان من القاهرة»، «12 من الجيش»), if any."""
    w = re.match(r"\W*(?:و(?=\S))?(\w+)", item)
    if w is None or re.match(r"\s+(?:في|داخل|على|علي|in|at)(?!\w)", item[w.end():], re.I):
        return None  # «22 مفاعلاً في سبع دول: 4 في مصر، …»: another count spread over the places listed
    return _cardinal(w.group(1), 1, 10**9)


def _dual_stem(w: str, construct: bool = False) -> str | None:
    """The singular a dual (without its article) spells: «دولتين» → «دوله», «زورقين» → «زورق», and in construct (without
    its «ن») «سفينتي» → «سفينه»; None when ``w`` has no ending of a dual."""
    if w.endswith(("تين", "تان")):
        return w[:-3] + "ه"
    if construct and w.endswith("تي"):
        return w[:-2] + "ه"
    return w[:-2] if w.endswith(("ين", "ان")) else None


def _lead_dual(item: str) -> int | None:
    """2 when an item of a list opens with the dual of a countable noun, indefinite or in construct («عبّارتين
    تتسع كل منهما …»، «وسفينتي شحن»، «ومستشارين اثنين»), else None."""
    w = re.match(r"\W*(?:و(?=\S))?(\w+)", item)
    stem = _dual_stem(w.group(1), construct=True) if w else None
    if stem is None or len(stem) < 3:
        return None
    # (a feminine dual in «ـتين» is one by its form when indefinite; the others must be of a known countable noun:
    # «كازاخستان» ends in «ـتان» too, «جيبوتي» in «ـتي»)
    if w.group(1).endswith("تين") and not w.group(1).startswith("ال"):
        return 2
    return 2 if stem in _singulars() and stem not in _plural_forms() else None


def _grouped_count(items: list[str]) -> int | None:
    """The names a serial list of groups holds, each group a few names joined by «و»/"and" and closed by the
    place they are in: «خمسة موانئ هي أكتاو وكوريك في كازاخستان، وميناء باكو في ألات، وبوتي وباتومي في
    جورجيا» (five names in three groups). At least two groups must be closed by a place, and every name of
    a group is short (one or two words); otherwise None."""
    total, placed = 0, 0
    for x in items:
        head = _GROUP_PLACE.sub("", x)
        placed += head != x
        names = [w for w in re.split(r"\s+و(?=\S)|\s+and\s+", head, flags=re.I) if w.strip()]
        if not names or any(len(w.split()) > 2 for w in names):
            return None
        total += len(names)
    return total if placed >= 2 else None


def _names_joined(items: list[str]) -> int | None:
    """The names a serial list of groups holds when each group is short names joined by «و»/"and": «عشر
    دول: البرازيل وروسيا والهند والصين وجنوب أفريقيا (المؤسسون)، ومصر وإثيوبيا وإيران والإمارات (منذ 2024)،
    وإندونيسيا (منذ 2025)» (ten names in three groups); None when a name is longer than two words."""
    names = [w for x in items for w in re.split(r"\s+و(?=\S)|\s+and\s+", x.strip(), flags=re.I) if w.strip()]
    return len(names) if names and all(len(w.split()) <= 2 for w in names) else None


def _runs_on(items: list[str]) -> bool:
    """Whether only the last item is long after two or more short names (three words at most): the
    last name, then the sentence going on («هي ميرسك وإم إس سي وهاباغ لويد لبحث شروط عودة خطوطها»);
    the items are counted as they are."""
    return len(items) >= 3 and all(len(_name(x).split()) <= 3 for x in items[:-1])


def _clause_after(items: list[str], n: int) -> bool:
    """Whether the item after the count's last is a clause, not a name: the first ``n`` items are short (three
    words at most), the next one at least five words and longer than twice the longest of them."""
    short = max(len(_name(x).split()) for x in items[:n])
    return short <= 3 and len(_name(items[n]).split()) >= max(5, 2 * short + 1)


def _ends_inside(items: list[str], n: int) -> bool:
    """Whether the list may end inside an item of several words after items of one or two, where its
    count is met: «تتقاسم خمس دول هي كازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان حوضي
    نهري أمو داريا وسير داريا» (the fifth name, then the verb's object, which has an «و» of its own).
    A count that some reading of the list meets is no mismatch."""
    for k in range(2, len(items)):
        short = max(len(_name(x).split()) for x in items[:k])
        if short <= 2 and len(_name(items[k]).split()) >= max(3, short + 1) and k + 1 == n:
            return True
    return False


_BRACKETS = re.compile(r"\([^()\n]*\)")
_FIGURE = re.compile(r"(?:\s+(?:ب|بـ|بقيمة|بنحو|بلغ|بلغت|قدره|قدرها))?\s*\S*\d.*$", re.S)


def _name(item: str) -> str:
    """An item's name: the words before its first figure («الأسمدة بـ1.6 مليار دولار» -> «الأسمدة»)."""
    return _FIGURE.sub("", item)


_LIST_MARKS = re.compile(r"[.!?؟؛\n()]")
def _wrapped(t: str, nl: int) -> bool:
    """Whether the line end at ``nl`` only wraps a paragraph («… على أربعة أبواب: الطاقة، والبنية التحتية
    ⏎ للنقل، وميناء غوادر …»), its line ended by no stop, colon or bracket: the list goes on in the next line."""
    line = t[t.rfind("\n", 0, nl) + 1:nl].rstrip()
    return wraps_sentence(t, nl) and line[-1] not in ")»\"" and not _BULLET.match(line)


def _list_end(t: str, start: int) -> int:
    """Where a list opened at ``start`` ends: a stop, a semicolon, a line end that wraps no paragraph
    (:func:`_wrapped`) or a closing bracket that no opening bracket of the list's own («النجم (9 ألقاب)»)
    matches; a point between digits («2.4 مليار») is a decimal point."""
    depth = 0
    for k in _LIST_MARKS.finditer(t, start):
        c, pos = k.group(), k.start()
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return pos
            depth -= 1
        elif c == "\n":
            if not _wrapped(t, pos):
                return pos
        elif c == "." and 0 < pos < len(t) - 1 and t[pos - 1].isdigit() and t[pos + 1].isdigit():
            continue
        elif depth == 0:
            return pos
    return len(t)


_AND_ITEM = re.compile(r"(?:^|\s)و(?=\S)|\s(?:and|or)\s", re.I)
MAX_SERIAL_WORDS = 10
# after a colon («ثلاث أدوات رئيسية: تقليص …، وإدخال …، وربط …») the items are phrases of a verbal
# noun with its complements, each opened by «، و»: the colon and the joints mark them, they may be longer
MAX_COLON_SERIAL_WORDS = 16


# the complementizer after a verb and its subject («وتبيّن أن …»، «وأظهرت النتائج أن …»): a clause
_CLAUSE_PARTICLES = frozenset({"ان", "أن", "إن", "that"})


def _split_outside_quotes(body: str) -> list[str]:
    """The items of a list split at its joints, not inside a quoted name: «"سي إم أو سي"» (a name holding
    «أو») is one item."""
    out, last = [], 0
    for m in _SPLIT.finditer(body):
        pre = body[:m.start()]
        if pre.count('"') % 2 or pre.count("«") > pre.count("»"):
            continue
        out.append(body[last:m.start()])
        last = m.end()
    return out + [body[last:]]


_CLAUSE_WORDS = 5


def _close(body: str, n: int | None = None) -> str:
    """The list up to its end: after an item joined by «و»/"and", the next comma that no «و»/"and"
    follows ends it («هي الرابية والصفصافة وكفر السنديان، إلى جانب ضيوف …»)."""
    for c in re.finditer(r"[،,;]", body):
        if _AND_ITEM.search(body[:c.start()]) and not re.match(r"\s*(?:و(?=\S)|and\s|or\s|ثم\s|then\s)", body[c.end():], re.I):
            return body[:c.start()]
        # «هي المنوفية والشرقية وأسيوط وسوهاج، وتبيّن أن 540 أسرة …»: short names joined by «و» alone, then
        # «، و» opening a phrase of four words or more: a new clause, not the list's last item
        head = body[:c.start()]
        if _AND_ITEM.search(head) and not re.search(r"[،,;]", head) \
                and max(len(x.split()) for x in re.split(r"\s+و(?=\S)|\s+(?:and|or)\s+", head)) <= 2:
            nxt = re.match(r"\s*(?:و(?=\S)|and\s)([^،,;]*)", body[c.end():], re.I)
            ws = nxt.group(1).split() if nxt else []
            if len(ws) >= 4 and not ws[0].startswith("ال") and (
                    any(w in _CLAUSE_PARTICLES for w in ws[1:3]) or fold(ws[0]) in _openers()):
                return head
            # «هي روسيا وأوكرانيا وتركيا والأمم المتحدة، وتتولى فرقه المشتركة تفتيش السفن …»: a phrase of five
            # words or more after names of two words at most is no name of the list but a clause
            if len(ws) >= _CLAUSE_WORDS and not ws[0].startswith("ال"):
                return head
            # «في أربع دول هي ليبيا ومالي وبوركينا فاسو والنيجر، ويتبع مباشرة …»: the names before the comma
            # are as many as the count, and a phrase of three words or more follows: the list ended
            names = [x.strip() for x in re.split(r"\s+و(?=\S)|\s+(?:and|or)\s+", head.strip())]
            if n is not None and len(ws) >= 3 and not ws[0].startswith("ال") and len(names) == n:
                return head
            # «على أربع دول هي بلغاريا وصربيا والمجر وسلوفاكيا، وتستأثر المجر وحدها بـ …»: a phrase that names
            # one of the listed names again says something of it: the list ended before it
            if len(ws) >= 3 and any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", " ".join(ws[1:]))
                                    for x in names if x):
                return head
        # «هي الآداب والحقوق وإدارة الأعمال، و420 طالباً»: a figure after «، و» is counted beside the list,
        # no item of it
        # (a number alone between commas is a name of the list: «…، والمدينة التعليمية، و974، والجنوب»)
        if _AND_ITEM.search(body[:c.start()]) and re.match(r"\s*(?:و|and\s+)?[0-9٠-٩]", body[c.end():], re.I) \
                and not re.match(r"\s*(?:و|and\s+)?[0-9٠-٩]+\s*[،,]", body[c.end():], re.I):
            return body[:c.start()]
    return body


def _serial(body: str, longest: int = MAX_SERIAL_WORDS) -> list[str] | None:
    """The items of a serial list whose every item after the first opens with «، و» («محطة في
    الميناء، وخزاناً بسعة مليون متر مكعب، وشبكة للري»): items may be longer phrases then
    (:data:`MAX_SERIAL_WORDS`), since the commas and «و» mark each one."""
    parts = [x.strip(" «»\"'") for x in re.split(r"\s*[،,;]\s*", body)]
    if len(parts) < 3 or not all(re.match(r"(?:و(?=\S)|and\s|ثم\s|then\s)", x, re.I) for x in parts[1:]):
        return None
    if any(not x or len(x.split()) > longest for x in parts):
        return None
    return [parts[0]] + [re.sub(r"^(?:و|and\s+|ثم\s+|then\s+)", "", x, flags=re.I) for x in parts[1:]]


_LEAD = re.compile(r"^(?P<lead>[^\n]*):[ \t]*\n", re.M)


def _lead_count(lead: str, base: int) -> tuple[int, str, str, int] | None:
    """The one cardinal with its noun in a list's lead-in (count, number word, noun, its offset)."""
    lead_start = max((lead.rfind(c) for c in ".!?؟،,;"), default=-1) + 1  # the clause the colon ends
    words = list(re.finditer(r"[^\W_]+", lead[lead_start:]))
    if len(words) > MAX_LEAD_WORDS:
        return None
    # (the number word may carry a proclitic: «ومرت بثلاث مراحل:»)
    hits = [(i, n) for i, w in enumerate(words)
            if (n := _cardinal(w.group()) if not _PROCLITIC.match(w.group()) or _cardinal(w.group()) is not None
                else _cardinal(_PROCLITIC.sub("", w.group()))) is not None]
    if not hits:
        # «أطرح عليكم الأسئلة الثلاثة الآتية:»: a definite noun and its definite cardinal, the count before it
        defs = [(i, n) for i, w in enumerate(words) if i and w.group().startswith("ال") and words[i - 1].group().startswith("ال")
                and (n := _cardinal(w.group()[2:])) is not None]
        if len(defs) == 1:
            i, n = defs[0]
            return n, f"{words[i - 1].group()} {words[i].group()}", "", base + lead_start + words[i - 1].start()
    if len(hits) != 1 or hits[0][0] + 1 >= len(words):
        return None  # none, or a second count: which one the list is of is unclear
    i, n = hits[0]
    noun = words[i + 1].group()
    if noun.isdigit() or _stop(noun) or noun.lower() in lang.words("counts", "time_nouns"):
        return None  # «عشر سنوات:» says how long, not what is listed
    return n, words[i].group(), noun, base + lead_start + words[i].start()


def find_bullet_counts(t: str) -> list[dict]:
    """A stated count whose sentence ends in a colon before a bulleted or numbered list
    («يتألف المجمع من أربع محطات …:» then one line per item): the items are the list's lines at the
    first line's indentation, up to the first line of another kind."""
    out = []
    for m in _LEAD.finditer(t):
        lc = _lead_count(m.group("lead"), m.start("lead"))
        if lc is None:
            continue
        n, num, noun, start = lc
        pos, items, indent = m.end(), [], None
        for line in lines_from(t, m.end()):
            if not line.strip():
                if items or pos - m.end() < 2:
                    pos += len(line) + 1
                    continue
                break
            b = _BULLET.match(line)
            if not b:
                if items and len(line) - len(line.lstrip()) > len(indent or ""):
                    items[-1] += " " + line.strip()  # an item's own line wrapped under it, indented
                    pos += len(line) + 1
                    continue
                break
            if indent is None:
                indent = b.group("indent")
            if b.group("indent") == indent:
                items.append(line.strip())
            pos += len(line) + 1
        if len(items) >= 2 and not (len(items) < n and _labels_joined(items) == n):
            out.append({"count": n, "items": items, "start": start, "end": m.end() - 1, "num": num, "noun": noun})
    return out


_LABEL = re.compile(r"^\W*(?:\d{1,2}[.)-])?\s*(?P<label>[^:\n]+?)\s*:")


def _labels_joined(items: list[str]) -> int | None:
    """The names the labels of a bulleted list hold when a label joins short names by «و»/"and" («- **سفاجا**
    و**الجونة**: 6 بالمائة معاً»: two of the five places announced, in one line); None when an item has no
    label before a colon or a name is longer than two words. A count that this reading meets is no mismatch."""
    total = 0
    for x in items:
        m = _LABEL.match(x)
        if m is None:
            return None
        label = re.sub(r"[*_]", "", m.group("label")).strip()
        names = [w for w in re.split(r"\s+و(?=\S)|\s+and\s+|\s*[،,]\s*", label, flags=re.I) if w.strip()]
        if not names or any(len(w.split()) > 2 for w in names):
            return None
        total += len(names)
    return total


# a count split evenly over the two directions or banks of a thing: «ستة مسارات، ثلاثة في كل اتجاه»، «أربعة
# مسارات، مسارين في كل اتجاه»، «في كلا الاتجاهين»، "four lanes, two in each direction", "on either side" (a road, a
# bridge, a river has two; «جانب» alone is left out: a building has four sides)
_PAIRED = (r"(?:(?:كل|each)[ \t]+(?:اتجاه|ضفه|direction|bank)|either[ \t]+(?:side|direction|bank)"
           r"|(?:كلا|كل[ \t]+من)[ \t]+(?:ال)?(?:اتجاهين|ضفتين|جانبين))")
_EACH = re.compile(rf"(?<!\w)(?P<num>\w+)[ \t]+(?P<noun>{_TOKEN})[ \t]*[،,][ \t]*(?:اي[ \t]+|بواقع[ \t]+|with[ \t]+)?"
                   rf"(?P<each>(?P<n2>\w+)(?:[ \t]+(?P<noun2>{_TOKEN}))?)[ \t]+(?:في|من|علي|على|ب|in|on)[ \t]+"
                   rf"{_PAIRED}(?!\w)", re.I)


def find_each_side(t: str) -> list[dict]:
    """A count split over the two directions or sides of a thing («N X، M في كل اتجاه»): N against 2 × M.
    M is a cardinal (with or without its noun) or the dual of N's noun («مسارين»)."""
    out = []
    for m in _before_commas(_EACH, t):  # = _EACH.finditer(t)
        n = _cardinal(m.group("num"))
        if n is None or (m.group("noun2") or "") in ("منها", "منهم", "منهن", "منهما", "of"):
            continue  # «اثنان منها في كل اتجاه»: some of them, not all split evenly
        k = _cardinal(m.group("n2"))
        if k is None and m.group("noun2") is None:
            w = m.group("n2")
            stem = re.sub(r"(?:ين|ان)$", "", w) if len(w) >= 5 else None
            noun = fold(m.group("noun"))
            if stem and noun[:2] == stem[:2] and w.endswith(("ين", "ان")) and fold(stem) in _singulars() | {noun[:len(stem)]}:
                k = 2
        if k is None:
            continue
        out.append({"count": n, "per": k, "start": m.start("num"), "end": m.end(), "num": m.group("num"),
                    "noun": m.group("noun"), "each": m.group("each")})
    return out


# a count split evenly over named places: «تسع محطات، ثلاث في كل من منى ومزدلفة وعرفات»، "nine stations, three in each
# of Mina, Muzdalifah and Arafat": N against M times the names after «كل من»
_EACH_OF = re.compile(rf"(?<!\w)(?P<num>\w+)[ \t]+(?P<noun>{_TOKEN})[ \t]*[،,][ \t]*(?:اي[ \t]+|بواقع[ \t]+)?"
                      rf"(?P<each>\w+)[ \t]+(?:في|ل|من|علي|على)[ \t]+كل[ \t]+من[ \t]+(?P<names>[^.،,؛;:()\n]+)")


def find_each_of(t: str) -> list[dict]:
    """A count split evenly over the places named after «في كل من» («N X، M في كل من A وB وC»): N against M times
    the names (each one or two words, joined by «و»)."""
    out = []
    for m in _before_commas(_EACH_OF, t):  # = _EACH_OF.finditer(t)
        n, k = _head_count(t, m), _cardinal(m.group("each"))
        if n is None or k is None:
            continue
        names = [w for w in re.split(r"\s+و(?=\S)", m.group("names").strip()) if w.strip()]
        if len(names) < 2 or any(len(w.split()) > 2 for w in names):
            continue
        out.append({"count": n, "per": k, "names": names, "start": m.start("num"), "end": m.end(), "num": m.group("num"),
                    "noun": m.group("noun"), "each": m.group("each")})
    return out


@lru_cache(maxsize=1)
def _party_patterns() -> tuple[re.Pattern, re.Pattern, dict]:
    """The parties of a meeting or agreement named with its numeral adjective (``lang/counts.yml`` ``parties``):
    before it, as the subject of a verb of concluding («وقّع العراق وتركيا وقطر والإمارات مذكرة تفاهم رباعية»), or
    after it, after «بين» («قمة ثلاثية بين مصر والأردن والعراق»)."""
    lex = lang.lexicon("counts")
    alt = lambda ws: "|".join(re.escape(fold(w)).replace(r"\ ", r"[ \t]+") for w in sorted(ws, key=len, reverse=True))
    nisba = {fold(k): v for k, v in lex["parties"].items()}
    adj = rf"(?:ال)?(?P<nisba>{alt(nisba)})(?!\w)"
    head = rf"(?:ال)?(?:{alt(lex['party_nouns'])})"
    names = r"(?P<names>[^\W\d_]+(?:[ \t]+[^\W\d_]+)*?)"
    before = lead(rf"(?<!\w)[وف]?(?:{alt(lex['party_verbs'])})[ \t]+{names}[ \t]+{head}[ \t]+{adj}")
    after = lead(rf"(?<!\w){head}[ \t]+{adj}[ \t]+(?:[^\W\d_]+[ \t]+)?(?:بين|جمعت|ضمت)[ \t]+(?P<names>[^.،,؛;:()\n]+)")
    return before, after, nisba


_PARTY_STOP = re.compile(r"(?<!\w)(?:في|على|علي|الى|إلى|من|حول|بشأن|بشان|خلال|مع|عن|ل)(?!\w)")


def find_parties(t: str) -> list[dict]:
    """A meeting or agreement called «ثلاثية/رباعية …» whose parties the text names: its number against the names
    (each one or two words joined by «و», the run cut at the first preposition)."""
    before, after, nisba = _party_patterns()
    out = []
    for rx in (before, after):
        for m in rx.finditer(t):
            run = m.group("names")
            stop = _PARTY_STOP.search(run)
            if stop is not None:
                if rx is before:
                    continue  # «وقّع في بغداد …»: a complement, not the parties
                run = run[:stop.start()]
            names = [w for w in re.split(r"[ \t]*[،,][ \t]*(?:و(?=\S))?|[ \t]+و(?=\S)", run.strip()) if w.strip()]
            if rx is after and names and len(names[-1].split()) > 2:
                names[-1] = names[-1].split()[0]  # «… والعراق لبحث الأزمة»: the last name, then the clause going on
            if len(names) < 2 or any(len(w.split()) > 2 for w in names):
                continue
            out.append({"count": nisba[m.group("nisba")], "items": names, "start": m.start(), "end": m.end(),
                        "word": m.group("nisba")})
    return out


# a definite count that refers back to a group («الدول الخمس»): the noun, then its definite cardinal
_BACK = re.compile(r"(?<!\w)(?P<noun>[وفبل]?ال[^\W\d_]{2,})[ \t]+(?P<num>ال[^\W\d_]{2,})(?![\w])(?P<after>[ \t]*[^\s]*)")
# after the back-reference: a word that makes it another group (a subset, the other ones, a superlative)
_SUBSET_AFTER = re.compile(r"[ \t]*(?:ال[^\W\d_]+|الاخري|منها|منهم|من|الاعضاء|الاولي|الاخيره|other|of)(?!\w)")


def _bare_noun(w: str) -> str:
    w = fold(w)
    w = re.sub(r"^[وفبل](?=ال)", "", w)
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _counted_again(between: str, noun: str, listed: int) -> bool:
    """Whether ``between`` counts ``noun`` again: a cardinal or digits before it, «عدد» before it, or its
    definite numeral with another number than ``listed`` («الدول السبع» after a list of five)."""
    from ..extract.numerals import words_value

    for k in re.finditer(rf"(?<!\w)[وفبل]?(?:ال)?{re.escape(noun)}(?!\w)", between):
        prev = between[:k.start()].split()[-1:] or [""]
        if prev[0].isdigit() or _cardinal(prev[0]) is not None or fold(prev[0]) in ("عدد", "لعدد", "وعدد"):
            return True
        nxt = between[k.end():].split()[:1]
        if nxt and nxt[0].startswith("ال"):
            hit = words_value(nxt[0][2:])
            if hit and not hit[1] and hit[0] != listed:
                return True
    return False


_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _other_time(t: str, a: int, b: int) -> bool:
    """Whether the sentences at ``a`` and ``b`` are dated to different times: each names a year and no year
    of one is within a year of the other's (a group's members change: the five of 1996 are not the ten of
    2025)."""
    from ..text.spans import first_mark, last_mark

    def years(at: int) -> set[int]:
        s0 = last_mark(t, ".!?؟\n", at) + 1
        s1 = first_mark(t, ".!?؟\n", at)
        return {int(y) for y in _YEAR.findall(t[s0:s1 if s1 >= 0 else len(t)])}

    ya, yb = years(a), years(b)
    return bool(ya) and bool(yb) and not any(abs(x - y) <= 1 for x in ya for y in yb)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def find_back_counts(t: str, lists: list[dict]) -> list[dict]:
    """«تتقاسم خمس دول هي أ وب وج ود وه … ويبلغ عدد سكان الدول الست …»: a definite count («الدول الست»)
    referring back to the group the text counted and listed before under the same noun, with another
    number. The list must agree with its own count (else the list is the finding), and no other count of
    the noun may stand between them; a definite word or «منها»/«من» after the count makes it another group."""
    from ..extract.numerals import words_value

    out = []
    heads = {c["start"] for c in lists}
    for m in _BACK.finditer(t):
        hit = words_value(m.group("num")[2:])
        if not hit or hit[1] or not 2 <= hit[0] <= 12 or m.start("num") in heads:
            continue
        if _SUBSET_AFTER.match(t, m.end("num")):
            continue
        rest = _NEXT_WORD.match(t, m.end("num"))
        if rest and _compound_rest(rest.group(1)):
            continue  # «سائر الدول الاثنتين والخمسين»: a compound number (52), not two
        noun = _bare_noun(m.group("noun"))
        before = [c for c in lists if c["end"] <= m.start() and _bare_noun(c["noun"].split()[0] if c["noun"].split() else "") == noun]
        if not before:
            continue
        c = before[-1]
        if len(c["items"]) != c["count"] or c["count"] == hit[0]:
            continue
        if _counted_again(t[c["end"]:m.start()], noun, c["count"]):
            continue  # the noun counted again between them: the back-reference may be to that one
        if _other_time(t, c["start"], m.start()):
            continue  # «تضم في عام 2025 عشر دول …» … «في 26 أبريل 1996 وقّع رؤساء الدول الخمس»: a group of another time
        out.append({"count": hit[0], "listed": c["count"], "items": c["items"], "start": m.start(), "end": m.end("num"),
                    "list_start": c["start"], "list_end": c["end"], "phrase": t[m.start():m.end("num")]})
    return out


def _count_finding(tf: TextFacts, c: dict, message: str, evidence: dict) -> Finding:
    """A count-mismatch warning over the normalised stretch ``c["start"]``-``c["end"]`` of ``tf``."""
    rs, re_ = tf.norm.raw_span(c["start"], c["end"])
    return Finding(kind=KIND, severity="warning", message=message, spans=[Span(tf.file, rs, re_, tf.raw[rs:re_])],
                   evidence=evidence)


@detector("count-mismatch", "internal")
def count_mismatch(facts: Facts) -> list[Finding]:
    """A stated count («ثلاث جزر») against the number of items the text lists after it."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue  # a scrambled text's lines are not in reading order
        t = _text(tf)
        for c in find_each_side(t):
            if c["count"] != 2 * c["per"]:
                out.append(_count_finding(
                    tf, c, f"The text announces {c['count']} ({c['num']} {c['noun']}) but splits them as {c['per']} on "
                           f"each of two sides («{c['each']}»): {2 * c['per']}.",
                    {"rule": "a count split over the two directions or sides of a thing: twice the share of each",
                     "count": c["count"], "per_side": c["per"]}))
        for c in find_parties(t):
            if c["count"] != len(c["items"]):
                out.append(_count_finding(
                    tf, c, f"The text calls it «{c['word']}» ({c['count']} parties) but names {len(c['items'])}: "
                           f"{', '.join('«' + x + '»' for x in c['items'])}.",
                    {"rule": "a meeting or agreement's numeral adjective («ثلاثية»، «رباعية») against the parties named",
                     "count": c["count"], "items": c["items"]}))
        for c in find_each_of(t):
            if c["count"] != c["per"] * len(c["names"]):
                out.append(_count_finding(
                    tf, c, f"The text announces {c['count']} ({c['num']} {c['noun']}) but puts {c['per']} in each of "
                           f"{len(c['names'])} ({', '.join('«' + x + '»' for x in c['names'])}): {c['per'] * len(c['names'])}.",
                    {"rule": "a count split evenly over named places («في كل من»): the share of each times the places",
                     "count": c["count"], "per_each": c["per"], "items": c["names"]}))
        lists = find_counts(t)
        for c in find_back_counts(t, lists):
            a = tf.norm.raw_span(c["list_start"], c["list_end"])
            b = tf.norm.raw_span(c["start"], c["end"])
            out.append(Finding(
                kind=KIND,
                severity="warning",
                message=(f"The text counts and lists {c['listed']} ({', '.join('«' + x + '»' for x in c['items'])}) "
                         f"and later refers to them as {c['count']} («{tf.raw[b[0]:b[1]]}»)."),
                spans=[Span(tf.file, a[0], a[1], tf.raw[a[0]:a[1]]), Span(tf.file, b[0], b[1], tf.raw[b[0]:b[1]])],
                evidence={"rule": "a definite count referring back to a group the text counted and listed with another number",
                          "count": c["count"], "listed": c["listed"], "items": c["items"]},
            ))
        for c in lists:
            if c.get("parts"):
                rs, re_ = tf.norm.raw_span(c["start"], c["end"])
                out.append(Finding(
                    kind="arithmetic-total", severity="warning",
                    message=(f"The text announces {c['count']} ({(c['num'] + ' ' + c['noun']).strip()}) but its parts "
                             f"add up to {sum(c['parts'])}: {' + '.join(str(v) for v in c['parts'])} "
                             f"({', '.join('«' + x + '»' for x in c['items'])})."),
                    spans=[Span(tf.file, rs, re_, tf.raw[rs:re_])],
                    evidence={"rule": "a cardinal with its noun, an introducer, and a list whose items are counts of "
                                      "their own: their sum", "count": c["count"], "parts": c["parts"],
                              "items": c["items"]}))
                continue
            if len(c["items"]) != c["count"]:
                out.append(_count_finding(
                    tf, c, f"The text announces {c['count']} ({(c['num'] + ' ' + c['noun']).strip()}) but lists "
                           f"{len(c['items'])}: {', '.join('«' + x + '»' for x in c['items'])}.",
                    {"rule": "a cardinal with its noun, an introducer, a complete list of a different length",
                     "count": c["count"], "items": c["items"]}))
    return out
