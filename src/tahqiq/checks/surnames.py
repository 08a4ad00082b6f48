"""``surname-alone``: a surname written alone, after a verb of saying, in a form the text never
introduces, one letter away from the one surname it does introduce.

A news item or an essay introduces a person once with a given name («قال المهندس سليم الخطيب»)
and then names them by the surname alone after a verb of saying («وأضاف الخطيب أن …»). When that
bare surname is written otherwise («وأضاف الخطيبي أن»), no one of that name was introduced: it is
the introduced person's surname written a second way. :mod:`tahqiq.checks.namespell` compares
names only when the difference is a long vowel inside the word or two letters of one shape or
sound, since two introduced people may bear names one vowel apart («سعيد»/«سعد»); a bare form
never introduced is read more widely here:

* one letter more, less or other («الخطيب»/«الخطيبي»، «الدباغ»/«الصباغ»، «الحسن»/«الحسين»);
* the same consonants with the long vowels moved («الراشد»/«الرشيد»);
* a compound written in two words («العبدالله»/«العبد الله»).

The bare form (hamza, «ة»/«ه», «ى»/«ي» folded: spelling, not another name) is never seen with a
given name, a title or a Latin gloss, nor anywhere in the text outside the slot after a verb of
saying, and exactly one introduced surname is that close to it. Two introduced people, or a
surname cited in an author-year reference, are never compared here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .chronology import raw_span
from .namespell import _ADJ_AT, _BLANKS, Mention, _arabic_word, canon, count_word, mentions, name_text, one_edit, runs_of

_AR = r"[\u0621-\u064A]+"
MIN_LEN = 3  # letters of the canonical (article-less) shorter form
# words before a name that introduce another member of a family («شقيقه سلمان الزين»)
_KIN = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:ابن|ابنه|ابنها|بنت|ابنته|ابنتها|شقيق|شقيقه|شقيقها|شقيقته|شقيقتها|اخ|اخوه|"
                  r"اخيه|اخته|اخاه|والد|والده|والدها|والدته|عم|عمه|خال|خاله|زوج|زوجه|زوجته|زوجها|حفيد|حفيده|جد|جده|"
                  r"ال\w+)[ \t]+$")


def _levenshtein1(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    s, l = sorted((a, b), key=len)
    return any(l[:i] + l[i + 1:] == s for i in range(len(l)))


def _skeleton(w: str) -> str:
    return w[:1] + re.sub(r"[اوي]", "", w[1:])


def variant(bare: str, known: str) -> str | None:
    """How a bare canonical surname is another writing of a known one, or None."""
    a, b = canon(bare), canon(known)
    if a == b or min(len(a), len(b)) < MIN_LEN:
        return None
    if _levenshtein1(a, b) and max(len(a), len(b)) >= 4:
        return "letter"
    if len(_skeleton(a)) >= 3 and _skeleton(a) == _skeleton(b):
        return "vowels"
    return None


def _introduced(rows: list[Mention]) -> bool:
    """Seen with a given name after a title, before a Latin gloss, or at the head of a reference."""
    return any(r.partner and (r.glossed or r.how in ("title", "gloss", "reference")) for r in rows)


def bare_variants(t: str) -> list[tuple[Mention, Mention, str]]:
    """(bare mention, a mention of the introduced surname, how) for each bare surname variant."""
    ms = [m for m in mentions(t) if m.role == "surname"]
    by: dict[str, list[Mention]] = {}
    for m in ms:
        by.setdefault(m.form, []).append(m)
    known = {f: rows for f, rows in by.items() if _introduced(rows) and " " not in f}
    known_canon = {canon(f) for f in known}
    out = []
    for f, rows in sorted(by.items()):
        if f in known or canon(f) in known_canon or " " in f or not all(r.how == "verb" and not r.partner for r in rows):
            continue
        # the bare form nowhere else in the text (a name seen elsewhere is someone's own)
        if count_word(t, f) != len(rows):
            continue
        for r in rows:  # a compound written in two words: «العبد الله» for «العبدالله»
            nxt = _ADJ_AT.match(t, r.end)
            if nxt and canon(f + nxt.group(1)) in known_canon:
                k = next(x for x in known if canon(x) == canon(f + nxt.group(1)))
                out.append((Mention(f + " " + nxt.group(1), r.start, nxt.end(), "surname"), known[k][0], "split"))
                break
        else:
            close = [(k, how) for k in known for how in [variant(f, k)] if how]
            if len(close) == 1:
                k, how = close[0]
                out.extend((r, known[k][0], how) for r in rows[:1])
    return out


def given_variants(t: str) -> list[tuple[Mention, Mention, str]]:
    """A given name before an introduced surname, a long vowel away from the given name the
    surname was introduced with («سليمان الزين» … «سلمان الزين»), seen nowhere else and not
    introduced as a relative or with a title («شقيقه سلمان الزين»، «الشاعر سلمان الزين»)."""
    ms = mentions(t)
    out = []
    # the mentions grouped once by role and partner (a pass over all mentions per given name made a
    # large text's names quadratic); each group keeps the mentions' order
    surnames_of: dict[str | None, list[Mention]] = {}
    givens_of: dict[str | None, set[str]] = {}
    for m in ms:
        if m.role == "surname":
            surnames_of.setdefault(m.partner, []).append(m)
        elif m.role == "given":
            givens_of.setdefault(m.partner, set()).add(canon(m.form))
    # the running maximum of the starts in list order: its first value past g.start is at the first
    # surname of the list that starts after g (one bisection, not a pass per given name)
    starts_of = {k: list(accumulate((m.start for m in v), max)) for k, v in surnames_of.items()}
    variants: dict[tuple[str, str], list[tuple[str, int, int]]] = {}  # read once per given name and surname
    for g in [m for m in ms if m.role == "given" and m.partner and m.how in ("title", "gloss")]:
        sur_list = surnames_of.get(canon(g.form), ())
        k = bisect_right(starts_of.get(canon(g.form), ()), g.start)  # the first surname after g
        sur = sur_list[k] if k < len(sur_list) else None
        if sur is None or not sur.form.startswith("ال"):
            continue
        key = (canon(g.form), sur.form)
        if key not in variants:
            others = set(givens_of.get(canon(sur.form), ()))
            found = variants[key] = []
            for ms_, w0, w1 in _before(t, sur.form):
                w = t[w0:w1]
                if canon(w) in others - {canon(w)} or canon(w) == canon(g.form) or len(canon(w)) < 4 \
                        or one_edit(canon(w), canon(g.form)) != "vowel" or _KIN.search(t[max(0, ms_ - 30):ms_]):
                    continue
                if count_word(t, w) != 1 \
                        or len(others - {canon(w)}) > 1:  # the variant itself is no second given name
                    continue
                found.append((w, w0, w1))
        out.extend((Mention(w, w0, w1, "given"), g, "vowel") for w, w0, w1 in variants[key])
    return out


def _before(t: str, sur: str) -> list[tuple[int, int, int]]:
    """(start of the match, start and end of the word) for each word followed by blanks then the
    whole word ``sur`` (= ``re.finditer(rf"(?<!…)({_AR})[ \\t]+{re.escape(sur)}(?!…)", t)``, matches never
    overlapping), from the text's index of words when ``sur`` is a word of Arabic letters."""
    if not _arabic_word(sur):
        return [(m.start(), m.start(1), m.end(1))
                for m in re.finditer(rf"(?<![\u0621-\u064A])({_AR})[ \t]+{re.escape(sur)}(?![\u0621-\u064A])", t)]
    runs = runs_of(t)
    out, last = [], -1
    for j in runs.at.get(sur, ()):
        if j == 0:
            continue
        a, b = runs.spans[j - 1]
        c, _ = runs.spans[j]
        if a >= last and c > b and _BLANKS.fullmatch(t, b, c):
            out.append((a, a, b))
            last = runs.spans[j][1]
    return out


@detector("surname-alone", "internal")
def surname_alone(facts: Facts) -> list[Finding]:
    """A surname written alone after a verb of saying, one letter away from the one the text introduces."""
    out = []
    for tf in facts:
        if tf.doc.form == "pdf-scrambled":  # words out of order: no slot is a name's
            continue
        t = name_text(tf)
        for bare, known, how in bare_variants(t) + given_variants(t):
            spans = [raw_span(tf, known.start, known.end), raw_span(tf, bare.start, bare.end)]
            out.append(Finding(
                kind="entity-variant",
                severity="note",
                message=f"One name is written two ways in this text: «{spans[0].text}» and «{spans[1].text}».",
                spans=spans,
                evidence={"rule": "a surname alone after a verb of saying, never introduced, one letter (or its "
                                  "long vowels, or a space) away from the one surname the text introduces",
                          "role": bare.role, "forms": [known.form, bare.form], "how": how},
            ))
    return out


# --------------------------------------------------------------------------- a compound name joined and spaced
# «عبد الله السالم» … «عبدالله السالم»، «(بن عمارة، 2022)» … «ويعيد بنعمارة»: a name whose first part is a joiner
# («عبد»، «أبو»، «بن») written in two words in one place and in one word in another, for one person: the same
# name word beside both (the next word, or the word before when it is a name: «منى عبد الحميد» … «منى عبدالحميد»),
# or, for a surname of «بن»/«أبو», both standing alone as a surname (after a verb of saying, in an author-year
# citation, before punctuation). Normalised text: «أبو» is «ابو».
_JOINED_HEADS = ("عبد", "ابو", "بن")
_SURNAME_HEADS = ("ابو", "بن")


def _word_before(t: str, pos: int) -> str | None:
    m = re.search(rf"(?<![\u0621-\u064A])({_AR})[ \t]+$", t[max(0, pos - 30):pos])
    return m.group(1) if m else None


def _word_after(t: str, pos: int) -> str | None:
    m = re.match(rf"[ \t]+({_AR})", t[pos:pos + 30])
    return m.group(1) if m else None


def _stands_alone(t: str, start: int, end: int) -> bool:
    """A surname standing alone: after a verb of saying, and followed by punctuation or a word that
    is no name («هذه»، «أن»)."""
    from .namespell import _name_word, _verb_re

    after = _word_after(t, end)
    prev = _word_before(t, start)
    return bool(prev and _verb_re().fullmatch(prev)) and (after is None or not _name_word(after))


def _cited(t: str, start: int, end: int) -> bool:
    """The name of an author-year citation: «(بن عمارة، 2022: 54)»، «(بن عمارة 2022)»."""
    return bool(re.search(r"\(\s*$", t[max(0, start - 3):start]) and re.match(r"\s*[،,]?\s*\d{4}", t[end:end + 12]))


def compound_variants(t: str) -> list[tuple[tuple[int, int], tuple[int, int], str, str]]:
    """((start, end) of the spaced form, (start, end) of the joined form, spaced, joined) for each
    compound name written both ways for one person."""
    from .namespell import _name_word

    out = []
    seen = set()
    for head in _JOINED_HEADS:
        spaced = {}
        for m in re.finditer(rf"(?<![\u0621-\u064A]){head}[ \t]+({_AR})", t):
            if len(m.group(1)) >= 3:
                spaced.setdefault(m.group(1), []).append((m.start(), m.end()))
        if not spaced:
            continue
        for m in re.finditer(rf"(?<![\u0621-\u064A]){head}({_AR})(?![\u0621-\u064A])", t):
            rest = m.group(1)
            if rest not in spaced or (head, rest) in seen:
                continue
            for s, e in spaced[rest]:
                nb_after = _word_after(t, e)
                same = (nb_after is not None and nb_after == _word_after(t, m.end()) and _name_word(nb_after)
                        and len(nb_after) >= 3)
                prev = _word_before(t, s)
                same = same or (prev is not None and prev == _word_before(t, m.start()) and _name_word(prev)
                                and len(prev) >= 3)
                if head in _SURNAME_HEADS:  # a surname: cited by author and year, or alone after a verb of saying
                    cited = [x for x in ((s, e), (m.start(), m.end())) if _cited(t, *x)]
                    alone = [x for x in ((s, e), (m.start(), m.end())) if _stands_alone(t, *x)]
                    same = same or bool(cited) or len(alone) == 2
                if same:
                    out.append(((s, e), (m.start(), m.end()), f"{head} {rest}", head + rest))
                    seen.add((head, rest))
                    break
    return out


@detector("name-compound-spacing", "internal")
def name_compound_spacing(facts: Facts) -> list[Finding]:
    """One person's compound name («عبد الله»، «بن عمارة») written in two words in one place and in one
    word in another («عبدالله»، «بنعمارة»)."""
    out = []
    for tf in facts:
        if tf.doc.form == "pdf-scrambled":  # words out of order: no neighbour is a name's
            continue
        t = tf.norm.text
        for (s1, e1), (s2, e2), spaced, joined in compound_variants(t):
            spans = sorted([raw_span(tf, s1, e1), raw_span(tf, s2, e2)], key=lambda sp: sp.start)
            out.append(Finding(
                kind="entity-variant",
                severity="note",
                message=f"One name is written two ways in this text: «{spans[0].text}» and «{spans[1].text}» "
                        "(a compound name in two words and in one).",
                spans=spans,
                evidence={"rule": "a compound name (عبد، أبو، بن) written in two words and in one for one person "
                                  "(the same name beside both, or both standing alone as a surname)",
                          "forms": [spaced, joined]},
            ))
    return out
