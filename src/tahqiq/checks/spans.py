"""Stated lengths of time bound to the dates of their own sentence, in shapes :mod:`.durations`
and :mod:`.gaps` do not read (findings of kind ``duration-mismatch``, a warning).

``stated-span``
    * *N، من Y1 إلى Y2* — a length right before a range of years of its own («عمل مدرساً ثماني
      سنوات، من 1954 إلى 1962»، «عشر سنوات (2010-2020)»), with no cue word needed: the range
      follows the length within two words;
    * *… X … N حتى Y* — a length closed by an end word and a date («وبقي في المنصب ست سنوات حتى
      عام 1984»، «لمدة خمسة عشر عاماً تنتهي في 31 ديسمبر 2034») counted from the last date of its
      sentence before the length (within twelve words; anywhere before it in the sentence when the end
      is glossed: «وقّع يوم 20 نوفمبر 2023 اتفاقية … مدتها ثلاث سنوات، أي حتى نوفمبر 2026»);
    * *X … Y بعد N من …* — a gap right after the second of two dates of a sentence (no «أي»: «وتخرج
      عام 1953 بعد أربع سنوات من الدراسة»), counted from the first, when the «من» phrase that
      follows it gives no date of its own (that shape is :mod:`.gaps`');
    * *more than N* — a length with «أكثر من»، «ما يزيد على»، "more than" in the shapes above or in
      :mod:`.gaps`' gloss («أي بعد أكثر من ثلاث سنوات»), which approximates only upwards: wrong when
      the dates are N or fewer units apart («less than N» likewise the other way).

N is a number of years or months (digits, words or a dual); the dates are points (a day, month or
year). Years are counted by months when both dates name a month. A plain length is wrong when more
than a unit off the dates' difference. Words: ``lang/durations.yml`` (units, numbers, span ends) and
``lang/spans.yml`` (the bounds). Texts whose word order was scrambled by extraction are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.spans import held_by
from ..facts import Facts, TextFacts
from ..review.findings import Finding
from ..segment.sentences import line_sentences
from ..text.intervals import year_of
from . import detector
from .chronology import POINT_TYPES, dated_mentions, entry_heading, is_birth, raw_span
from .durations import UNORDERED_FORMS, _alt, _number
from .gaps import _difference, _months

NAME = "stated-span"
KIND = "duration-mismatch"
_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")
_RANGE_REACH = 2  # words between the length and its range
_PRIOR_REACH = 12  # words between the start date and the length
_GAP_LEAD = 1  # words between the second date and «بعد»
_FROM_REACH = 8
_COUNTED = re.compile(r"\s+(?:من|علي|على)\s+(?!ذلك)")
_GLOSS_ONLY = re.compile(r"\s*[,،]?\s*(?:اي|يعني)\s*")


@lru_cache(maxsize=1)
def _patterns():
    from ..lang import lexicon, words

    lex = lexicon("durations")
    yu, yd = _alt(words("durations", "units")), _alt(words("durations", "duals"))
    mu, md = _alt(lex["short_units"]["month"]), _alt(lex["short_duals"]["month"])
    more, less = _alt(words("spans", "more_than")), _alt(words("spans", "less_than"))
    approx = _alt(words("durations", "approximators"))
    unit = re.compile(rf"(?<!\w)(?:(?P<dual_y>{yd})|(?P<dual_m>{md})|(?P<unit_y>{yu})|(?P<unit_m>{mu}))(?!\w)", re.I)
    # what may stand before the number: «بعد»، a bound, an approximator (matched at the end of the lead)
    lead = re.compile(rf"(?<!\w)(?P<after>[وف]?بعد\s+|after\s+)?(?:(?P<more>{more})\s+|(?P<less>{less})\s+|"
                      rf"(?P<approx>{approx})\s+)?$", re.I)

    # «… N سنوات، أي حتى نوفمبر 2026»: the end glossed by «أي» (then counted from any date before in the sentence)
    end = re.compile(rf"\s*[,،]?\s*(?P<gloss>(?:اي|يعني)\s+)?(?:{_alt(words('durations', 'span_end'))})\s+(?:في\s+)?$", re.I)
    frm = re.compile(rf"\s+(?:{_alt(words('gaps', 'from'))})\s+(?P<rest>[^,،؛;:()]*)$")
    approx_after = re.compile(rf"\s*(?:{_alt(words('durations', 'approximators_after'))})(?![{_AL}])", re.I)
    # the definite length, its number after its noun («السنوات الخمس»، «الأشهر الستة»): the units' forms with the article
    definite = re.compile(rf"(?<![{_AL}])ال(?:(?P<u_y>{yu})|(?P<u_m>{mu}))\s+"
                          rf"(?P<n>ال[{_AL}]+(?:\s+(?:عشر|عشره))?(?:\s+وال[{_AL}]+)?)(?![{_AL}])", re.I)
    return unit, lead, end, frm, approx_after, definite


@dataclass(frozen=True)
class Length:
    """A stated length: its offsets (from its first word: «بعد»، a bound or the number), its
    number and unit, and the words before the number."""

    start: int
    end: int
    n: int
    unit: str
    after: bool
    more: bool
    less: bool
    approx: bool


def lengths(text: str, ss: int, se: int) -> list[Length]:
    """The lengths of years or months stated in ``text[ss:se]`` (a number in digits or words, or a
    dual, then a unit)."""
    from ..lang import lexicon

    unit, lead, *_, definite = _patterns()
    en = {k.lower(): int(v) for k, v in lexicon("durations")["en_numbers"].items()}
    out = []
    for u in unit.finditer(text, ss, se):
        kind = "year" if (u.group("dual_y") or u.group("unit_y")) else "month"
        if u.group("dual_y") or u.group("dual_m"):
            n, ns = 2, u.start()
        else:
            before = text[max(ss, u.start() - 60):u.start()]
            toks = re.search(rf"((?:\d{{1,3}}|[{_AL}A-Za-z]+)(?:\s+[{_AL}A-Za-z]+){{0,3}})\s+$", before)
            if not toks:
                continue
            v = _number(toks.group(1), en)
            if v is None or v[0] <= 0:
                continue
            n, ns = v[0], u.start() - (len(before) - toks.end(1)) - v[1]
        lm = lead.search(text, max(ss, ns - 40), ns)
        start = lm.start() if lm and lm.group() else ns
        out.append(Length(start, u.end(), n, kind, bool(lm and lm.group("after")), bool(lm and lm.group("more")),
                          bool(lm and lm.group("less")), bool(lm and lm.group("approx"))))
    for d in definite.finditer(text, ss, se):
        # the definite length, its number after its noun: «خلال السنوات الخمس الأخيرة (2020-2024)»، «الأشهر الستة»
        v = _number(re.sub(r"(?<![^\s])و?ال", lambda w: "و" if w.group().startswith("و") else "", d.group("n")), en)
        if v is None or v[0] <= 1:
            continue
        kind = "month" if d.group("u_m") else "year"
        out.append(Length(d.start(), d.end(), v[0], kind, False, False, False, False))
    return sorted(out, key=lambda m: m.start)




def _point(m) -> bool:
    return m.type in POINT_TYPES and not m.type.endswith("range") and m.modifier is None


def _range_length(r, unit: str) -> tuple[float, float]:
    """The (lowest, highest) length of a range of years or months (its ends counted either way)."""
    if unit == "year":
        d = year_of(r.end_date) - year_of(r.start_date)
        return d, d + 1
    a = year_of(r.start_date) * 12 + int(r.start_date[5:7])
    b = year_of(r.end_date) * 12 + int(r.end_date[5:7])
    return b - a, b - a + 1


def _wrong(m: Length, n: int, lo: float, hi: float, unit: str, precise: bool, slack: float = 0) -> bool:
    """Whether the stated ``n`` (with its bound word, if any) cannot be the difference lo..hi."""
    if m.more:
        # «أكثر من N»: the true length exceeds N; with years only the dates allow up to hi + 1
        return n >= hi + (0.1 if precise else 1)
    if m.less:
        return n <= lo - (0.1 if precise else 1)
    if m.approx:
        return False
    if unit == "month":
        slack = 1
    elif precise:
        slack = 0.5
    return not (lo - slack <= n <= hi + slack)


def _finding(tf, m, dates, unit, n, lo, hi, shape) -> Finding:
    spans = sorted({(d.nstart, d.nend) for d in dates} | {(m.start, m.end)})
    diff = f"{round(lo, 1):g}" if lo == hi else f"{round(lo, 1):g} to {round(hi, 1):g}"
    bound = "more than " if m.more else "less than " if m.less else ""
    return Finding(
        kind=KIND,
        severity="warning",
        message=f"The text states {bound}{n} {unit}s but its dates are {diff} {unit}s apart.",
        spans=[raw_span(tf, s, e) for s, e in spans],
        evidence={"rule": "a stated length against the dates of its own sentence (a range, an end date, a gap)",
                  "shape": shape, "stated": n, "unit": unit, "bound": bound.strip(),
                  "first": dates[0].start_date[:10], "second": dates[-1].end_date[:10] if shape == "range"
                  else dates[-1].start_date[:10], "difference": diff},
    )


def _findings(tf: TextFacts) -> list[Finding]:
    _, _, end, frm, approx_after, _ = _patterns()
    text = tf.norm.text
    mentions = dated_mentions(tf)
    out = []
    for _, _, sents in line_sentences(text):
        for ss, se in sents:
            ms = held_by(mentions, ss, se)
            if not ms:
                continue
            for m in lengths(text, ss, se):
                if approx_after.match(text, m.end):
                    continue
                unit, n = m.unit, m.n
                f = _one(tf, text, m, unit, n, ms, end, frm)
                if f:
                    out.append(f)
    return out


def _one(tf, text, m, unit, n, ms, end, frm) -> Finding | None:
    later = [x for x in ms if x.nstart >= m.end]
    prior = [x for x in ms if x.nend <= m.start]
    nxt = later[0] if later else None
    if not m.after and nxt is not None:
        lead = text[m.end:nxt.nstart]
        # N، من Y1 إلى Y2 / N (Y1-Y2)
        if (nxt.type == "year_range" and nxt.modifier is None and len(_WORD.findall(lead)) <= _RANGE_REACH
                and not re.search(r"[؛;:.]", lead)):
            lo, hi = _range_length(nxt, unit)
            if _wrong(m, n, lo, hi, unit, unit == "month"):
                return _finding(tf, m, [nxt], unit, n, lo, hi, "range")
            return None
        # N حتى Y, counted from the last point before the length
        closed = end.match(lead)
        bare_gloss = _GLOSS_ONLY.fullmatch(lead)  # «، أي حتى نوفمبر 2026» (the until in the date's mention)
        if (not re.search(r"[؛;:()]", lead) and (nxt.modifier == "until" and (not _WORD.findall(lead) or bare_gloss)
                                                  or nxt.modifier is None and _point(nxt) and closed)):
            # (a birth year dates the person, not the start of what the length counts: «انتُخب جين لي تشيون، المولود
            # عام 1949، أول رئيس له …، فامتدت رئاسته عشر سنوات حتى كانون الثاني 2026»)
            starts = [x for x in prior if _point(x) and not is_birth(text, x)]
            headed = None
            if not starts and (headed := entry_heading(tf, m.start)) is not None and _point(headed):
                starts = [headed]  # the first sentence of an entry a date heads (a timeline's) starts at that date
            if starts:
                x = starts[-1]
                gap = text[x.nend:m.start] if headed is None else ""
                glossed = bool(closed and closed.group("gloss") or bare_gloss)  # the whole sentence before, brackets too
                if (glossed or len(_WORD.findall(gap)) <= _PRIOR_REACH) and \
                        not re.search(r"[؛;:]" if glossed else r"[؛;:()]", gap):
                    lo, hi = _difference(x, nxt, unit)
                    if hi > 0 and _wrong(m, n, lo, hi, unit, _months(x) is not None and _months(nxt) is not None):
                        return _finding(tf, m, [x, nxt], unit, n, lo, hi, "until")
            return None
    if m.after:
        points = [x for x in prior if _point(x)]
        if len(points) < 2:
            return None
        x, y = points[-2], points[-1]
        lead = text[y.nend:m.start]
        if len(_WORD.findall(lead)) > _GAP_LEAD or re.search(r"[؛;:()]", lead):
            return None
        gloss = re.search(rf"(?<![{_AL}])(?:أي|اي|يعني)\s*$", text[y.nend:m.start])
        if nxt is not None:
            f = frm.match(text[m.end:nxt.nstart])
            if f and len(_WORD.findall(f.group("rest"))) <= _FROM_REACH:
                return None  # the «من … عام X» shape: gaps'
        if gloss and not (m.more or m.less):
            return None  # gaps' gloss shape
        if not gloss and not _COUNTED.match(text, m.end):
            return None  # a bare «بعد N» after a date: counted from what?
        lo, hi = _difference(x, y, unit)
        if hi <= 0:
            return None
        if _wrong(m, n, lo, hi, unit, _months(x) is not None and _months(y) is not None):
            return _finding(tf, m, [x, y], unit, n, lo, hi, "gap")
    return None


@detector(NAME)
def stated_span(facts: Facts) -> list[Finding]:
    """A length of years or months against a range, an end date or the dates of a gap of its sentence."""
    out = []
    for tf in facts:
        if getattr(tf.doc, "form", None) in UNORDERED_FORMS:
            continue
        out.extend(_findings(tf))
    return out
