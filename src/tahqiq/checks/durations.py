"""Durations: a stated length of time against the start and end years the text gives for it.

«استمرت الحرب خمس سنوات، من 1950 إلى 1953» states five years and gives three. The rule reads a
duration (a cue that makes a number of years a length of time: «استمرت»، «لمدة»، «خلال»، «على مدى»،
"lasted", "for", "over"; then a number in digits or words and a year unit, or a dual «عامين»)
and a span of two years (from/«من» … to/«إلى»/«حتى», between/«بين» … and/«و», or «1950-1953») in
the same sentence, or in the next one when the sentence has none. A finding (kind
``duration-mismatch``, a warning) is raised when the stated number differs from the span's
difference by more than one year (one year of slack: «من 2018 إلى 2023» is five or six years as
one counts the ends). An approximated number («أكثر من»، «نحو»، "about", "more than") is left
alone, and so is a span running backwards or longer than two centuries. The words are in
``lang/durations.yml``.

The years counted since an event («على مدى 35 عاماً منذ إقامة العلاقات»، "35 years since the
founding") are also set against the number of the same event's anniversary in the text («الذكرى
الـ35 لإقامة العلاقات»، "the 35th anniversary of the founding"): the same event when the two
phrases share two content words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Facts, TextFacts
from ..review.findings import Finding, Span
from ..segment.sentences import line_sentences
from . import UNORDERED_FORMS, detector
from ..text.patterns import ERA_LETTER, finditer_in_stretches, lead
from ..text.intervals import year_of
from ..text.spans import in_brackets
from ..text.patterns import spaced as _alt

KIND = "duration-mismatch"
SLACK = 1
CHANGE_SLACK = 0  # a change between two bare years took their difference («من … عام 2020 إلى … عام 2024، أي … في أربع سنوات»)
MAX_SPAN = 200
MAX_NUMBER_WORDS = 3


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import lexicon, words

    w = lambda k: words("durations", k)  # noqa: E731
    en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()}
    units, duals = _alt(w("units")), _alt(w("duals"))
    cue = rf"(?<!\w)و?(?:{_alt(w('cues'))})\s+"  # «ومدتها»: the conjunction glued to the cue
    num = rf"(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,{MAX_NUMBER_WORDS - 1}}}?)"
    # a verb of lasting may have its subject before the length: «استغرق بناء السد 10 سنوات»
    subject = r"(?:[^\W\d_]+\s+){1,4}?"
    verb = rf"(?<!\w)و?(?:{_alt(w('verb_cues'))})\s+(?:{subject})??"  # (lazy: «ومرت خمسة أعوام بين …»)
    from .gaps import ROUND_LENGTH

    # («على مدى عقدين، من 2000 إلى 2020»: a length said round) (the plan years: «الخطة الخمسية (2016-2020)»)
    plan = rf"(?:{_alt(w('plan_nouns'))})\s+(?P<plan>{_alt(lexicon('durations')['plan_years'])})"
    # (tried only at the characters a cue, a verb or a plan can open with: text.patterns.lead)
    duration = lead(rf"(?:(?:{cue}|{verb})(?:(?P<dual>{duals})|{num}\s+(?P<unit>{units})|{ROUND_LENGTH})|(?<!\w){plan})(?!\w)",
                    re.I)
    yw = rf"(?:(?:{_alt(w('year_words'))})(?:ي)?\s+)?"
    year = r"(?P<{}>[12]\d{{3}})(?!\d)(?:م(?![\u0621-\u064A]))?"  # («عام 2015م»: the era's letter)
    span = re.compile(
        rf"(?<!\w)(?:(?:{_alt(w('span_from'))})\s+(?:[^\s\d]+\s+){{0,4}}?{yw}{year.format('a')}\s*[،,]?\s*"
        rf"(?:{_alt(w('span_to'))})\s+{yw}{year.format('b')}"
        # («بين توقيع الاتفاق عام 2017 وتنفيذه عام 2020»: the events named between the years)
        rf"|(?:{_alt(w('span_between'))})\s+(?:[^\s\d]+\s+){{0,3}}?{yw}{year.format('c')}\s+(?:{_alt(w('span_and'))})\s*"
        rf"(?:[^\s\d]+\s+){{0,2}}?{yw}{year.format('d')}"
        rf"|{year.format('e')}\s*[-–—/]\s*{year.format('f')}"
        # «بدأ العمل فيه عام 2005 وانتهى عام 2011»: the verbs of the span's two ends
        rf"|(?<!\w)و?(?:{_alt(w('start_verbs'))})(?!\w)(?:\s+[^\s\d]+){{0,5}}?\s+{yw}{year.format('g')}"
        rf"[^.؛;\n\d]{{0,40}}?(?<!\w)[وف]?(?:{_alt(w('end_verbs'))})(?!\w)(?:\s+[^\s\d]+){{0,5}}?\s+{yw}{year.format('h')})",
        re.I)
    approx = re.compile(rf"(?<!\w)(?:{_alt(w('approximators'))})\s*$", re.I)
    return duration, span, approx, en


@lru_cache(maxsize=1)
def _season_before() -> re.Pattern:
    from ..lang import words

    forms = set()
    for w in words("durations", "season_years"):  # with a preposition: «للعام الدراسي»، «بالموسم»، «لموسم»
        forms |= {w, "ب" + w, "لل" + w[2:]} if w.startswith("ال") else {w, "ل" + w, "ب" + w}
    return re.compile(rf"(?<![^\W\d_])(?:في\s+)?(?:{_alt(forms)})\s*$", re.I)


def _one_season(t: str, span: re.Match) -> bool:
    """Whether a span of two years is one season named by the two calendar years it straddles («للعام الدراسي
    2025-2026»، «موسم 2023/2024»): the years follow each other and a season's words come right before them, or
    a slash joins them."""
    if not span.group("e") or int(span.group("f")) != int(span.group("e")) + 1:
        return False
    # (two years joined by a slash are one season or fiscal year with or without its words: «بلغ … في 2023/2024»)
    return "/" in t[span.end("e"):span.start("f")] \
        or bool(_season_before().search(t, max(0, span.start() - 30), span.start()))


def _number(s: str, en: dict) -> tuple[int, int] | None:
    """The value of the number ending ``s`` (digits, English or Arabic words) and how many
    characters from the end it takes."""
    from ..extract.numerals import words_value

    if s.isdigit():
        return int(s), len(s)
    toks = s.split()
    for k in range(len(toks)):  # the longest suffix that reads as a number
        tail = " ".join(toks[k:])
        if tail.lower() in en:
            return en[tail.lower()], len(tail)
        hit = words_value(tail)
        if hit and not hit[1]:
            return hit[0], len(tail)
    return None


def _stated(t: str, m: re.Match, en: dict, approx: re.Pattern) -> tuple[int, int] | None:
    """The number of years a match of a length states (its ``dual``, its ``num``, a round length or a
    plan's years) and where the number starts in ``t``; None when it does not read as a number or is
    approximated («نحو»)."""
    from ..lang import lexicon
    from .gaps import round_years

    if m.re is _patterns()[0]:
        if m.group("plan"):
            return int(lexicon("durations")["plan_years"][m.group("plan")]), m.start("plan")
        years = round_years(m)
        if years is not None:
            return (None if approx.search(t, 0, m.start()) else (years, m.start()))
    if m.group("dual"):
        n, start = 2, m.start("dual")
    else:
        v = _number(m.group("num"), en)
        if v is None:
            return None
        n, start = v[0], m.end("num") - v[1]
        if _ORDER_WORD.search(t, m.start("num"), start):
            return None  # «أي بعد اثنتين وعشرين سنة»: a gap after an event, not a length (gaps.py)
    return None if approx.search(t, 0, start) else (n, start)


# an order word between a cue and its number makes the number a gap, not a length
_ORDER_WORD = re.compile(r"(?<!\w)[وف]?(?:بعد|قبل|منذ|after|before|since)(?!\w)", re.I)


# one more year of a list after «بين X و Y»: «و2023», ", 2023", "and 2023"
_MORE_YEARS = re.compile(r"\s*(?:[,،]\s*(?:and\s+|و\s*)?|(?:and\s+|و\s*))(?P<y>[12]\d{3})(?!\d)", re.I)


_GLOSS_CUE = re.compile(r"(?:اي|أي|i\.e\.|that\s+is)\s", re.I)


def _computed_gloss(t: str, m: re.Match, span: re.Match) -> bool:
    """Whether the length glosses the span right before it: «من 1985 إلى 1989، أي أربع سنوات»,
    "from 1985 to 1989, that is four years". Such a length is computed from the two years the
    text gives, counted exclusively (the difference) or inclusively (one more), never one less:
    the one year of slack applies upwards only."""
    return (span.end() <= m.start() and re.fullmatch(r"\s*[,،]?\s*", t[span.end():m.start()]) is not None
            and _GLOSS_CUE.match(t, m.start()) is not None)


_LIFE_WORDS = re.compile(r"(?<!\w)[وف]?(?:عاش|عاشت|حياته|حياتها|عمره|عمرها|عمر|lived|life|aged)(?!\w)", re.I)


def _lifetime(t: str, span: re.Match, duration: re.Match) -> bool:
    """Whether the span is a person's lifetime in brackets after a name («عبد الله السالم الصباح
    (1895-1965)»: 15 to 110 years, no word of a spell of office or of time before the bracket), set
    against a duration that does not speak of a life («وفي عهده الذي امتد خمسة عشر عاماً»): the
    duration is of something else (his reign), not of the years in brackets."""
    from .ages import _SPELL

    if not span.group("e") or not in_brackets(t, span.start(), span.end()):
        return False
    if span.start() >= duration.end() and re.fullmatch(r"\s*\(?\s*", t[duration.end():span.start()]):
        return False  # «لمدة خمس سنوات (1950-1965)»: the duration's own years in brackets
    a, b = int(span.group("e")), int(span.group("f"))
    if not 15 <= b - a <= 110 or _SPELL.search(t[max(0, span.start() - 40):span.start()]):
        return False
    lo, hi = sorted((duration.start(), span.start()))
    return not _LIFE_WORDS.search(t, max(0, lo - 30), hi + 30)


# a length glossed by the year it ends in: «قرار عام 2008 بالتخلي عن زراعة القمح خلال ثماني سنوات، أي بحلول عام 2016»
_BY_GLOSS = re.compile(r"\s*[,،]?\s*(?:اي|i\.e\.)\s+(?:بحلول|حتي|by)\s+(?:(?:عام|سنه|العام|the\s+year)\s+)?"
                       r"(?P<y>[12]\d{3})(?!\d)", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?<!\d)([12]\d{3})(?!\d)")


def _by_year(t: str, ss: int, m: re.Match) -> tuple[int, int, int, int] | None:
    """A length of time counted from the year before it in its sentence to the year «، أي بحلول عام Y» after
    it gives: ``(start year, end year, start of the span, end of the span)``; None when the length is not
    glossed so, or no year stands before it in the sentence (a length from the present: presentgaps)."""
    by = _BY_GLOSS.match(t, m.end())
    if by is None or not _WITHIN_CUE.search(t, m.start(), m.start() + 12):
        return None
    before = list(_YEAR_BEFORE.finditer(t, ss, m.start()))
    if not before:
        return None
    a = before[-1]
    return int(a.group(1)), int(by.group("y")), a.start(), by.end()


# the cues of a length reaching a year: «خلال»، «في غضون»، «على مدى»، "within", "over"
_WITHIN_CUE = re.compile(r"(?<!\w)و?(?:خلال|غضون|علي\s+مدي|within|over)(?!\w)", re.IGNORECASE)


def find_durations(t: str) -> list[dict]:
    """Stated durations with the span of years they are set against: ``years, a, b, start, end,
    span_start, span_end`` (offsets in ``t``)."""
    duration, span, approx, en = _patterns()
    sents = [s for _, _, line in line_sentences(t) for s in line]
    out = []
    for i, (ss, se) in enumerate(sents):
        for m in duration.finditer(t, ss, se):
            v = _stated(t, m, en, approx)
            if v is None or v[0] <= 0:
                continue
            n, nstart = v
            by = _by_year(t, ss, m)
            if by is not None:
                (ya, yb, a0, b0) = by
                if 0 < yb - ya <= MAX_SPAN and abs((yb - ya) - n) > SLACK:
                    out.append({"years": n, "a": ya, "b": yb, "start": nstart, "end": m.end(),
                                "span_start": a0, "span_end": b0})
                continue
            found = None
            nxt = sents[i + 1] if i + 1 < len(sents) and "\n" not in t[se:sents[i + 1][0]] else (se, se)
            for a, b in ((ss, se), nxt):
                hits = [h for h in span.finditer(t, a, b) if not (h.start() < m.end() and m.start() < h.end())]
                if hits:
                    found = min(hits, key=lambda h: abs(h.start() - m.start()))
                    break
            if found is None or _lifetime(t, found, m) or _one_season(t, found):
                continue
            y = [int(g) for g in found.groups() if g]
            ya, yb = y[0], y[1]
            span_end = found.end()
            if found.group("d"):
                # «بين مسوح 2017 و2020 و2023», "between 2017, 2020 and 2023": a list of years spans first to last
                for more in _MORE_YEARS.finditer(t, found.end()):
                    if more.start() != span_end:
                        break
                    yb, span_end = int(more.group("y")), more.end()
            if not 0 < yb - ya <= MAX_SPAN or abs((yb - ya) - n) <= SLACK:
                if not (0 < yb - ya <= MAX_SPAN and n == yb - ya - 1 and _computed_gloss(t, m, found)):
                    continue
            out.append({"years": n, "a": ya, "b": yb, "start": nstart, "end": m.end(),
                        "span_start": found.start(), "span_end": span_end})
    return out


@lru_cache(maxsize=1)
def _change_patterns():
    from ..lang import words

    w = lambda k: words("durations", k)  # noqa: E731
    at = r"(?:في|عام|سنه|العام)\s+(?:[^\s\d]+\s+)?"  # «في تعداد 1996»، «عام 1996»
    # «موسم 2019/2020»: a season named by its first year; «عام 2015م»: the era's letter
    season = r"(?:/(?:[12]\d{3}|\d{2})(?!\d))?(?:م(?![\u0621-\u064A]))?"
    change = re.compile(
        rf"(?<!\w)من\s+[^؛;\n]{{1,50}}?{at}(?P<a>[12]\d{{3}})(?!\d){season}\s*[،,]?\s*(?:{_alt(w('span_to'))})\s+"
        rf"[^؛;\n]{{1,50}}?{at}(?P<b>[12]\d{{3}})(?!\d){season}")
    # the same change said from its later end back to its earlier one («بلغت 1.8 مليون طن عام 2024، … بعد أن كان 40 في
    # المائة عام 2022، أي بزيادة … في عامين»): no other year, and no clause of its own, between them
    back = re.compile(
        rf"(?<!\w)(?:في|عام|سنه|العام|in)\s+(?:[^\s\d]+\s+)?(?P<b>[12]\d{{3}})(?!\d){season}(?:(?![12]\d{{3}})[^؛;:\n]){{0,90}}?"
        rf"(?<!\w)(?:{_alt(w('change_from'))})\s*[^؛;\n\d]{{0,25}}?\d[^؛;\n]{{0,40}}?{at}(?P<a>[12]\d{{3}})(?!\d){season}", re.I)
    # the same change told forward in two clauses joined by «ثم» («في عام 2016 بلغت القروض 6.4 مليار دولار، ثم هبطت
    # إلى 1.6 مليار دولار عام 2019، أي بتراجع … في ثلاث سنوات»): read only with a gloss naming the change (:data:`_RATE_GLOSS`)
    then = re.compile(
        rf"(?<!\w)(?:في|عام|سنه|العام|in)\s+(?:[^\s\d]+\s+)?(?P<a>[12]\d{{3}})(?!\d){season}(?:(?![12]\d{{3}})[^؛;:\n]){{0,120}}?"
        rf"(?<!\w)و?(?:ثم|then)\s(?:(?![12]\d{{3}})[^؛;:\n]){{0,80}}?{at}(?P<b>[12]\d{{3}})(?!\d){season}", re.I)
    units, duals = _alt(w("units")), _alt(w("duals"))
    num = rf"(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,{MAX_NUMBER_WORDS - 1}}}?)"
    from .gaps import ROUND_LENGTH

    # a season counts as a year between two seasons («من … في موسم 2019/2020 إلى … في موسم 2023/2024، أي … في
    # أربعة مواسم»); a length may be said round («في ربع قرن»، «خلال عقدين»)
    seasons = _alt(w("seasons"))
    length = re.compile(rf"(?<!\w)(?:في|خلال|علي\s+مدي|علي\s+مدار|طوال)\s+(?:(?P<dual>{duals})|{num}\s+(?:{units}|{seasons})"
                        rf"|{ROUND_LENGTH})(?!\w)")
    return change, length, back, then


@lru_cache(maxsize=1)
def _rate_gloss() -> re.Pattern:
    """«أي بتراجع قدره 75 بالمئة»، «أي بزيادة»، "i.e. a rise of": a gloss naming a change (``lang/change.yml``)."""
    from ..lang import words

    from ..text.normtext import fold

    nouns = _alt({fold(w) for w in (*words("change", "rise"), *words("change", "fall"))})
    return re.compile(rf"(?<!\w)(?:{_alt(words('durations', 'that_is'))})\s+(?:ب|ب?ال)?(?:{nouns})(?!\w)", re.I)


_BARE_YEAR = re.compile(r"(?<!\w)(?:في|عام|سنه|العام|in)\s+$", re.I)


def find_change_lengths(t: str) -> list[dict]:
    """«ارتفع عدد السكان من 480 ألف نسمة في تعداد 1996 إلى 1.2 مليون نسمة في تعداد 2017، أي بزيادة
    150% في إحدى وعشرين سنة»: a change from a value in year a to a value in year b (or said back from b:
    «بلغت … عام 2024، بعد أن كانت … عام 2022»، «مقارنة بـ … عام 2022»: ``change_from``), then the length
    it took («في N سنة»، «خلال N سنوات») later in the sentence (no other year between), against
    ``b - a`` (one year of slack; an approximated length is left alone)."""
    from .gaps import ROUND_SLACK, round_years

    change, length, back, then = _change_patterns()
    _, _, approx, en = _patterns()
    out = []
    for _, _, sents in line_sentences(t):
        for ss, se in sents:
            for c in (*change.finditer(t, ss, se), *back.finditer(t, ss, se), *then.finditer(t, ss, se)):
                ya, yb = int(c.group("a")), int(c.group("b"))
                if not 0 < yb - ya <= MAX_SPAN:
                    continue
                m = length.search(t, c.end(), se)
                if m is None or re.search(r"(?<!\d)[12]\d{3}(?!\d)", t[c.end():m.start()]):
                    continue
                if c.re is then and not _rate_gloss().search(t, c.end(), m.start()):
                    continue
                years = round_years(m)
                if years is not None:  # said round: a share of it is slack too
                    if approx.search(t, 0, m.start()) or abs((yb - ya) - years) <= SLACK + ROUND_SLACK * years:
                        continue
                    v = (years, m.start())
                else:
                    v = _stated(t, m, en, approx)
                # (two bare years are b - a apart; a month or a census named before either leaves a year of slack)
                bare = all(_BARE_YEAR.search(t, max(0, c.start(g) - 8), c.start(g)) for g in ("a", "b"))
                if v is None or v[0] <= 0 or abs((yb - ya) - v[0]) <= (CHANGE_SLACK if bare else SLACK):
                    continue
                out.append({"years": v[0], "a": ya, "b": yb, "start": v[1], "end": m.end(),
                            "span_start": c.start(), "span_end": c.end()})
    return out


@lru_cache(maxsize=1)
def _after_patterns():
    from ..lang import words

    w = lambda k: words("durations", k)  # noqa: E731
    num = rf"(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,{MAX_NUMBER_WORDS - 1}}}?)"
    after = re.compile(
        rf"(?<!\w)(?:{_alt(w('after'))})\s+(?:(?:{_alt(w('after_passing'))})\s+)?"
        rf"(?:(?P<dual>{_alt(w('duals'))})|{num}\s+(?:{_alt(w('units'))}))\s+(?:{_alt(w('after_of'))})(?!\w)", re.I)
    yw = rf"(?:(?:{_alt(w('year_words'))})\s+)?"
    year = re.compile(r"(?<![\d/.-])(?P<y>1[5-9]\d\d|20\d\d)(?![\d/-])")
    # the year the length leads to, tied to it: «…، أي في عام b» after it, «في عام b، (أي) بعد …» before it
    later = re.compile(rf"[,،]?\s*(?:{_alt(w('that_is'))})\s+(?:(?:في|in)\s+)?{yw}(?P<y>[12]\d{{3}})(?!\d)", re.I)
    # («في عام b»، «هذا العام b»: the year of the sentence)
    earlier = re.compile(rf"(?:^|(?<=\s)|(?<=^و))(?:و?(?:في|in)\s+{yw}|(?:هذا|هذه)\s+(?:العام|السنه)\s+)(?P<y>[12]\d{{3}})(?!\d)\s*[,،]?\s*"
                         rf"(?:(?:{_alt(w('that_is'))})\s+)?$", re.I)
    return after, year, later, earlier


def find_after_lengths(t: str) -> list[dict]:
    """«بعد مرور N سنوات على تأسيسها عام a، أي في عام b»: the length after an event dated a against
    the year b the sentence ties to it (b - a differs from N by more than :data:`SLACK`). Only a
    sentence with those two years is read, so that no year of a third event is paired."""
    after, year, later, earlier = _after_patterns()
    _, _, approx, en = _patterns()
    out = []
    for _, _, sents in line_sentences(t):
        for ss, se in sents:
            for m in after.finditer(t, ss, se):
                v = _stated(t, m, en, approx)
                if v is None or v[0] <= 0:
                    continue
                n, ns = v
                c = _CLAUSE.search(t, m.end(), se)
                cend = c.start() if c else se
                a = year.search(t, m.end(), min(cend, m.end() + 80))
                if a is None:  # «تأسست اللجنة عام 2005، وبعد عشر سنوات من تأسيسها، أي في …»: the one year before
                    before = list(year.finditer(t, ss, m.start()))
                    if len(before) != 1:
                        continue
                    a = before[0]
                b = later.match(t, cend) if c else None
                if b is None:
                    head = re.search(r"[^,،؛;:()]*$", t[ss:m.start()])
                    b = earlier.search(t[ss:m.start()]) if head else None
                    bpos = (ss + b.start("y"), ss + b.end("y")) if b else None
                else:
                    bpos = (b.start("y"), b.end("y"))
                if bpos is None:
                    continue
                years = {int(y.group("y")) for y in year.finditer(t, ss, se)}
                ya, yb = int(a.group("y")), int(t[bpos[0]:bpos[1]])
                if years != {ya, yb} or abs((yb - ya) - n) <= SLACK or abs(yb - ya) > MAX_SPAN:
                    continue
                out.append({"years": n, "a": ya, "b": yb, "start": ns, "end": a.end(),
                            "span_start": bpos[0], "span_end": bpos[1]})
    return out


_EVENT_WORDS = 5
_CLAUSE = re.compile(r"[,،؛;:.()\n]")


def _event_words(t: str, s: int) -> frozenset:
    """The content words of the event phrase starting at ``s`` (up to its clause's end), each in
    the forms it may stand for («لإقامة» → «اقامه»)."""
    from ..lang import words
    from .textevents import _bases, _generic

    # function words, and words that name no particular event (parties, countries: «تأسيس
    # جمهورية الصين» and «تأسيس العلاقات مع الصين» are two events)
    stops = set(words("stopwords", "statements")) | set(_generic()[0])
    m = _CLAUSE.search(t, s)
    end = m.start() if m else len(t)
    out, n = set(), 0
    for w in re.finditer(r"[^\W\d_]+", t[s:end]):
        forms = {b for b in _bases(w.group()) if len(b) > 2 and b not in stops}
        if w.group().lower() in stops or not forms:
            continue
        out.update(forms)
        n += 1
        if n == _EVENT_WORDS:
            break
    return frozenset(out)


@lru_cache(maxsize=1)
def _anniversary_patterns():
    from ..lang import lexicon, words

    w = lambda k: words("durations", k)  # noqa: E731
    units, duals = _alt(w("units")), _alt(w("duals"))
    since = re.compile(rf"(?<!\w)(?:(?P<dual>{duals})|(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,{MAX_NUMBER_WORDS - 1}}}?)"
                       rf"\s+(?:{units}))\s+(?:{_alt(w('since'))})\s+", re.I)
    ann = lexicon("durations")["anniversary"]
    ar = rf"(?<!\w)[وفب]?(?:{_alt(ann['ar'])})\s+(?:ال\s*)?(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}?)\s*ل"
    en = rf"\b(?P<num2>\d{{1,3}})(?:st|nd|rd|th)\s+(?:{_alt(ann['en'])})\s+of\s+"
    # what every match of each holds (:func:`finditer_in_stretches`: the patterns run only around it)
    since_key = re.compile(rf"(?:{duals}|{units})\s+(?:{_alt(w('since'))})", re.I)
    ann_key = re.compile(_alt([*ann["ar"], *ann["en"]]), re.I)
    if not all(re.fullmatch(r"[\w\s]+", x) for k in ("units", "duals", "since") for x in w(k)) \
            or not all(re.fullmatch(r"[\w\s]+", x) for x in (*ann["ar"], *ann["en"])):
        since_key = ann_key = None  # a word with another character: the patterns run over the whole text
    return since, re.compile(f"{ar}|{en}", re.I), since_key, ann_key


def find_anniversary_conflicts(t: str) -> list[dict]:
    """«N years since E» against «the Mth anniversary of E» in one text (N and M more than
    :data:`SLACK` apart): ``years, anniversary, start, end, ann_start, ann_end``."""
    from ..extract.numerals import words_value

    since, ann, since_key, ann_key = _anniversary_patterns()
    _, _, approx, en = _patterns()

    def matches(pattern, key):  # = pattern.finditer(t)
        return pattern.finditer(t) if key is None else finditer_in_stretches(pattern, t, key)

    counts = []
    for m in matches(since, since_key):
        v = _stated(t, m, en, approx)
        if v is None:
            continue
        n, ns = v
        counts.append((n, ns, m.end(), _event_words(t, m.end())))
    out = []
    for a in matches(ann, ann_key):
        raw = a.group("num") or a.group("num2")
        if raw.isdigit():
            m_ = int(raw)
        else:
            hit = None
            toks = raw.split()
            for k in range(len(toks), 0, -1):
                hit = words_value(" ".join(toks[:k]))
                if hit:
                    break
            if not hit:
                continue
            m_ = hit[0]
        ev = _event_words(t, a.end() - (1 if a.group("num") else 0))
        for n, ns, ne, words_ in counts:
            if len(words_ & ev) >= 2 and abs(n - m_) > SLACK:
                out.append({"years": n, "anniversary": m_, "start": ns, "end": ne,
                            "ann_start": a.start(), "ann_end": a.end()})
    return out


@detector(KIND, "internal")
def duration_mismatch(facts: Facts) -> list[Finding]:
    """A stated duration («استمرت خمس سنوات») against the years of its own span («من 1950 إلى 1953»)."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out


_MONTH_SPAN_OPEN = re.compile(r"(?<!\w)(?:من|منذ|بين|from|between)\s+(?:(?:شهر|مطلع|بدايه|اواخر)\s+)?$", re.I)
# (the era letter may follow a year of either date, «من أكتوبر 1921م إلى يوليو 1924م»)
_MONTH_SPAN_TO = re.compile(ERA_LETTER + r"\s*[,،]?\s*(?:الي|إلى|حتي|و|to|until|and)\s+(?:(?:شهر|مطلع|نهايه)\s+)?$", re.I)
_MONTH_SPAN_GLOSS = re.compile(ERA_LETTER + r"\s*[,،]?\s*\(?\s*(?:اي|i\.e\.|that\s+is)\s+(?:(?P<approx>نحو|حوالي|قرابه|زهاء|ما\s+يقارب|"
                               r"about|around|some|nearly|almost)\s+)?", re.I)
_MONTH_SPAN_ROUGH = 6  # months: an approximated length («نحو خمس سنوات ونصف») of two dates named by their months
_MONTH_SPAN_WHOLE = 7  # months: a length in whole years is rounded to the year (a month more for counting both ends)


def _length_in_months(t: str, at: int, en: dict) -> tuple[int, int] | None:
    """A length of years (with its months: «خمس سنوات وأربعة أشهر»، «خمس سنوات ونصفاً»، «عامين») at ``at``, in
    months, and where it ends; None when none stands there."""
    from ..lang import words

    units, duals = _alt(words("durations", "units")), _alt(words("durations", "duals"))
    month_units = _alt(_short_units("month"))
    m = re.match(rf"(?:(?P<dual>{duals})|(?P<num>\d{{1,3}}|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}?)\s+(?:{units}))(?!\w)"
                 rf"(?:\s+(?:و(?P<half>نصف\w*)|و(?P<mnum>\d{{1,2}}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:{month_units})"
                 rf"|و(?P<mdual>شهرين|شهران)|و(?P<mone>شهر|شهرا))(?!\w))?", t[at:at + 80])
    if m is None:
        return None
    if m.group("dual"):
        years = 2
    else:
        v = _number(m.group("num"), en)
        if v is None or v[1] != len(m.group("num")):
            return None
        years = v[0]
    extra = 0
    if m.group("half"):
        extra = 6
    elif m.group("mdual"):
        extra = 2
    elif m.group("mone"):
        extra = 1
    elif m.group("mnum"):
        v = _number(m.group("mnum"), en)
        if v is None or v[1] != len(m.group("mnum")) or not 0 < v[0] < 12:
            return None
        extra = v[0]
    return 12 * years + extra, at + m.end()


def _short_units(unit: str) -> list[str]:
    from ..lang import lexicon

    return lexicon("durations")["short_units"][unit]


def _end_months(x) -> int | None:
    """The month (as a count of months) a mention of a range of months ends in, when it runs over more than one
    year («أفريل 1984 إلى أوت 1989»); None for a single month or day."""
    from ..text.intervals import year_of

    if x.row.get("granularity") not in ("day", "month") or not x.end_date or x.end_date[:4] == x.start_date[:4] \
            or not x.end_date[:4].isdigit():
        return None
    return year_of(x.end_date) * 12 + int(x.end_date[5:7]) - 1


def find_month_spans(tf: TextFacts) -> list[dict]:
    """A span between two dates named by their months, glossed by its length in years (and months): «من أفريل 1984
    إلى أوت 1989، أي خمس سنوات وأربعة أشهر»، «من أيلول 2008 إلى حزيران 2014، أي نحو ست سنوات». The months between
    the two must be the stated ones, a month either way (an approximated length: half a year; whole years: the
    nearest year, seven months either way); rows of
    ``months, between, start, end, span_start, span_end``."""
    from .appositions import _months
    from .chronology import POINT_TYPES, dated_mentions

    t = tf.norm.text
    en = _patterns()[3]
    points = sorted((x for x in dated_mentions(tf) if x.type in POINT_TYPES and x.modifier in (None, "until")),
                    key=lambda x: x.nstart)
    out = []
    # two dates (the second may hold its «حتى»), or one mention of a range between two months («أفريل 1984 إلى أوت
    # 1989» read as one)
    pairs = [(x, y, _months(x), _months(y)) for x, y in zip(points, points[1:])
             if x.modifier is None and y.nstart - x.nend <= 24
             and (_MONTH_SPAN_TO.fullmatch(t, x.nend, y.nstart) if y.modifier is None else not t[x.nend:y.nstart].strip())]
    pairs += [(x, x, _months(x), _end_months(x)) for x in points if x.modifier is None and _end_months(x) is not None]
    for x, y, mx, my in pairs:
        if mx is None or my is None or my <= mx:
            continue
        if not _MONTH_SPAN_OPEN.search(t, max(0, x.nstart - 16), x.nstart):
            continue
        g = _MONTH_SPAN_GLOSS.match(t, y.nend)
        if g is None:
            continue
        got = _length_in_months(t, g.end(), en)
        if got is None:
            continue
        stated, end = got
        between = my - mx
        # (whole years are a length rounded to the year: «من سبتمبر 2008 إلى يونيو 2014، أي ست سنوات»)
        slack = _MONTH_SPAN_WHOLE if stated % 12 == 0 else _MONTH_SPAN_ROUGH if g.group("approx") else 1
        if abs(stated - between) > slack:
            out.append({"months": stated, "between": between, "start": g.end(), "end": end,
                        "span_start": x.nstart, "span_end": y.nend})
    return out


_LENGTH_CUE = re.compile(r"(?<!\w)(?:لمده|مدتها|مدته|ولمده|علي\s+مدي|for|over)\s+", re.I)
# the span's two ends after its length: «لمدة أربع سنوات، تبدأ في فاتح يناير المقبل وتنتهي في متم دجنبر 2029»، «… تمتد من
# مارس 2020 إلى فبراير 2024»، «… اعتباراً من … حتى …»، "for four years, from … to …"
_ENDS_START = re.compile(r"\s*[,،]?\s*(?:(?:ت|ي)(?:بدا|سري|متد)|اعتبارا|ابتداء|starting|running|from)?\s*(?:في|من|on|in|from)?\s*$", re.I)
_ENDS_TO = re.compile(r"\s*[,،]?\s*(?:و(?:ت|ي)نتهي\s+(?:في\s+)?|حتي\s+|الي\s+|until\s+|to\s+|and\s+end(?:s|ing)?\s+(?:in\s+|on\s+)?)"
                      r"(?:(?:متم|نهايه|اخر|اواخر|the\s+end\s+of)\s+)?$", re.I)
_LENGTH_SPAN_SLACK = 1  # month: a day-to-day span may count its last month or not


def find_length_spans(tf: TextFacts) -> list[dict]:
    """A length followed by its two ends, each a date named by its month (or day), a relative one included
    («لمدة أربع سنوات، تبدأ في فاتح يناير المقبل وتنتهي في متم دجنبر 2029»: January 2026 to December 2029, 48 months
    counting both ends): the stated months must lie within a month of those between the start's month and the end's
    (its first to its last); rows of ``months, between, start, end, span_start, span_end``."""
    from .appositions import _months
    from .chronology import POINT_TYPES, dated_mentions

    t = tf.norm.text
    en = _patterns()[3]
    points = sorted((x for x in dated_mentions(tf) if (x.type in POINT_TYPES or x.type == "relative") and x.modifier is None
                     and x.row.get("granularity") in ("day", "month")), key=lambda x: x.nstart)
    out = []
    # two dates, or one mention of a range between two months («من أبريل 2019 إلى مارس 2022» read as one)
    pairs = [(x, y) for x, y in zip(points, points[1:])
             if y.nstart - x.nend <= 40 and _ENDS_TO.fullmatch(t, x.nend, y.nstart)]
    pairs += [(x, x) for x in points if _end_months(x) is not None]
    for x, y in pairs:
        mx = _months(x)
        if mx is None:
            continue
        cue_end = None
        for c in _LENGTH_CUE.finditer(t, max(0, x.nstart - 90), x.nstart):
            cue_end = c.end()
        if cue_end is None:
            continue
        got = _length_in_months(t, cue_end, en)
        if got is None or not _ENDS_START.fullmatch(t, got[1], x.nstart):
            continue
        stated, end = got
        hi = year_of(y.end_date) * 12 + int(y.end_date[5:7]) - 1 - mx + 1
        lo = hi - 1 if y is x else _months(y) - mx
        if lo <= 0:
            continue
        # (whole years are a length rounded to the year, as in a glossed span)
        slack = _MONTH_SPAN_WHOLE if stated % 12 == 0 and (hi - lo > 1 or hi % 12) else _LENGTH_SPAN_SLACK
        if not lo - slack <= stated <= hi + slack:
            out.append({"months": stated, "between": hi, "start": cue_end, "end": end,
                        "span_start": x.nstart, "span_end": y.nend})
    return out


def _spans(tf: TextFacts, d: dict, other: str) -> list[Span]:
    """The raw spans of a row's stated length (``start``/``end``) and of what it is set against
    (``<other>_start``/``<other>_end``)."""
    out = []
    for s, e in ((d["start"], d["end"]), (d[f"{other}_start"], d[f"{other}_end"])):
        rs, re_ = tf.norm.raw_span(s, e)
        out.append(Span(tf.file, rs, re_, tf.raw[rs:re_]))
    return out


def _findings(tf: TextFacts) -> list[Finding]:
    out = []
    for d in find_anniversary_conflicts(tf.norm.text):
        spans = _spans(tf, d, "ann")
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"The text counts {d['years']} years since an event («{spans[0].text.strip()}») but calls this "
                     f"its {d['anniversary']}th anniversary («{spans[1].text.strip()}»)."),
            spans=sorted(spans, key=lambda sp: sp.start),
            evidence={"rule": "years counted since an event against the number of its anniversary, one year of slack",
                      "stated": d["years"], "anniversary": d["anniversary"]},
        ))
    for d in find_after_lengths(tf.norm.text):
        spans = _spans(tf, d, "span")
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"The text puts {d['years']} years after an event of {d['a']} («{spans[0].text}») but dates "
                     f"what follows {d['b']} («{spans[1].text}»): {d['b'] - d['a']} years."),
            spans=sorted(spans, key=lambda sp: sp.start),
            evidence={"rule": "a length after a dated event against the year it leads to, one year of slack",
                      "stated": d["years"], "from": d["a"], "to": d["b"]},
        ))
    out.extend(_month_finding(tf, d, "", "a span between two months glossed by its length, a month of slack (whole "
                                         "years: the nearest year; approximated: half a year)")
               for d in find_month_spans(tf))
    told = set()
    for d in find_length_spans(tf):
        told.add(d["start"])
        out.append(_month_finding(tf, d, " counting both ends", "a length followed by its start and end months, a month "
                                                               "of slack (whole years against ends that are not: the nearest year)"))
    for d in find_durations(tf.norm.text) + find_change_lengths(tf.norm.text):
        if d["start"] in told:
            continue  # (the months of its ends have read it)
        spans = _spans(tf, d, "span")
        out.append(Finding(
            kind=KIND,
            severity="warning",
            message=(f"The text states {d['years']} years («{spans[0].text}») but gives {d['a']} to {d['b']} "
                     f"(«{spans[1].text}»): {d['b'] - d['a']} years."),
            spans=spans,
            evidence={"rule": "a stated duration against the difference of the span's years, one year of slack",
                      "stated": d["years"], "from": d["a"], "to": d["b"]},
        ))
    return out


def _month_finding(tf: TextFacts, d: dict, counted: str, rule: str) -> Finding:
    """A stated length in years and months against the months of the span it names (a row of
    :func:`find_month_spans` or :func:`find_length_spans`)."""
    spans = _spans(tf, d, "span")
    return Finding(
        kind=KIND,
        severity="warning",
        message=(f"The text states {_years_months(d['months'])} («{spans[0].text}») for «{spans[1].text}», "
                 f"which is {_years_months(d['between'])}{counted}."),
        spans=sorted(spans, key=lambda sp: sp.start),
        evidence={"rule": rule, "stated_months": d["months"], "months_between": d["between"]},
    )


def _years_months(n: int) -> str:
    y, m = divmod(n, 12)
    return f"{y} years" + (f" and {m} months" if m else "")
