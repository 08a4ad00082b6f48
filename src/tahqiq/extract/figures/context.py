"""What stands around a number: the words before it, whether it is a reference (a page, a marker, a
date, a code) rather than a quantity, whether it is a year, and the approximator that bounds it."""

from __future__ import annotations

import re

from . import lexicon as L
from ...text.spans import wraps


def _prev_words(t: str, pos: int, n: int) -> list[str]:
    """Up to ``n`` words before ``pos`` in the same clause (stopping at punctuation), nearest last."""
    seg = L._WORDS_SPLIT.split(t[max(0, pos - 80):pos])[-1]
    return seg.split()[-n:]


def _prev_token(t: str, pos: int) -> str:
    """The whitespace-delimited token that ends right before ``pos`` (skipping spaces)."""
    words = t[max(0, pos - 40):pos].split()
    return words[-1] if words else ""


def _token_around(t: str, a: int, b: int) -> str:
    """The whitespace-delimited token containing ``t[a:b]`` (at most :data:`L._WINDOW` characters each side)."""
    i, lo = a, (a - L._WINDOW if a > L._WINDOW else 0)
    while i > lo and not t[i - 1].isspace():  # a character loop: the token is short, usually empty
        i -= 1
    return t[i:_NON_SPACE.match(t, b, b + L._WINDOW).end()]


def _line_around(t: str, a: int, b: int) -> tuple[str, str]:
    """The text of the line before ``a`` and the whole line holding ``t[a:b]`` (both bounded)."""
    before = t[max(0, a - L._WINDOW):a].rsplit("\n", 1)[-1]
    after = t[b:b + L._WINDOW].split("\n", 1)[0]
    return before, before + t[a:b] + after


_NON_SPACE = re.compile(r"\S*")
_NAME_DASH = re.compile(r"[^\W\d_][^\S\n]?-[^\S\n]?\d|\d-[^\S\n]?[^\W\d_]")
_GLUED_ARABIC = re.compile(rf"^[{L._AR}]+|[{L._AR}]+$")
_LATIN_OR_CODE = re.compile(r"[A-Za-z+/@:]")
_PLAIN_NUMBER = re.compile(rf"[$%]?(?:{L._DIGITS})%?")
_LETTER = re.compile(rf"[{L._AR}A-Za-z]")
_CODE_DIGITS = re.compile(r"0\d{5,}|\d{13,}")
_OPEN_BRACKET_END = re.compile(r"[(\[{]\s*$")
_CLOSE_BRACKET = re.compile(r"\s*[)\]}]")
_BRACKET = re.compile(r"[()\n]")
_PAGE_YEAR = re.compile(r"[:;]?\s?\d+\s?,\s?\d{4}\s?")
_LONE_NUMBER_LINE = re.compile(r"[-\u2013(]*\s*\d+\s*[-)]*")
_LIST_MARK_AFTER = re.compile(r"\s*[.)\-]\s")
_SENTENCE_END = re.compile(r"[.:؛]\s*$")
_RTL_LIST_MARK = re.compile(r"(?:^|\s)-$")
_RANGE_BEFORE = re.compile(r"\d+(?:\s?-\s?|\s?و\s?)$")
_REF_SPLIT = re.compile(r"[(),،;:]")
_REF_SPLIT_CHARS = frozenset("(),،;:")
_YEAR_RANGE = re.compile(r"\d{4}\.\d{4}")
_TO_MONTH = re.compile(r"[\s/.]*(?:[-و]\s?\d{1,2})?[\s/.\-]*")


def _is_reference_number(t: str, a: int, b: int, value: float, glued: bool = False) -> str | None:
    """Why the digit string ``t[a:b]`` is not a figure (a marker, a date, a code...), or None.

    With ``glued`` (a scrambled text) Arabic letters stuck to the number are another piece of the
    line, not part of a name: «4-3كل» is the range 4-3 followed by «كل».
    """
    # The common case is a plain number between spaces: each test below is gated by a cheap
    # necessary condition (a character it needs), so that case costs few regex calls.
    token = _token_around(t, a, b)
    if glued or len(token) != b - a:  # a token of digits alone has no letter, code sign or dash
        core = token.strip("()[]{}.,;:،؛\"'«»^*")
        if glued:
            if _NAME_DASH.search(t[max(0, a - 3):b + 3]):
                return "name with a number («تو-154» printed «154-»)"
            core = _GLUED_ARABIC.sub("", core)
        if _LATIN_OR_CODE.search(core) and not _PLAIN_NUMBER.fullmatch(core) and not L._EN_COMPOUND_RE.match(t, a):
            return "code, date, time or URL"
        if "-" in core and _LETTER.search(core) and not L._EN_COMPOUND_RE.match(t, a):
            return "name with a number"
    if b - a >= 6 and _CODE_DIGITS.fullmatch(t, a, b):
        return "phone number or identifier"
    before = t[a - 3 if a > 3 else 0:a]
    if ("(" in before or "[" in before or "{" in before) and _OPEN_BRACKET_END.search(before) and _CLOSE_BRACKET.match(t, b):
        return "marker in brackets"
    if before.endswith("^"):
        return "superscript marker"
    left, right = t[a - 40 if a > 40 else 0:a], t[b:b + 40]
    if ("(" in left or ")" in left) and ("(" in right or ")" in right or "\n" in right):
        seg = _BRACKET.split(left)[-1] + t[a:b] + _BRACKET.split(right, 1)[0]
        if L._CITATION_RE.search(seg) or _PAGE_YEAR.fullmatch(seg):
            return "page of an author-year citation"
    line_before = t[a - L._WINDOW if a > L._WINDOW else 0:a].rsplit("\n", 1)[-1]
    if not line_before.strip().strip("-\u2013(") and _LONE_NUMBER_LINE.fullmatch(_line_around(t, a, b)[1].strip()):
        return "page number"
    if _LIST_MARK_AFTER.match(t, b) and (not line_before.strip(" -*•\t") or _SENTENCE_END.search(before)):
        return "list number"
    if t[b:b + 1] == "•" or "-" in before and _RTL_LIST_MARK.search(before) and t[b:b + 1] in ("", " ", "\n", "\t"):
        return "list number (printed right to left)"
    # the first number of a range or a list stands for it: «ص ٢٦٨-٢٦٩»، «ص ١١٨ و ١٧٥»
    k = a - 1
    while k >= a - 2 and k > 0 and t[k].isspace():  # «5 - »; «$» also matches before a final «\n»
        k -= 1
    rng = _RANGE_BEFORE.search(t, max(0, a - 12), a) if k >= 0 and t[k] in "-و" else None
    prev_token = _prev_token(t, a)
    ref_token = _prev_token(t, rng.start()) if rng else prev_token
    if _REF_SPLIT_CHARS.isdisjoint(ref_token):
        prev = ref_token
    else:
        pieces = [x for x in _REF_SPLIT.split(ref_token) if x]  # «٢٠٢١)،ص»
        prev = pieces[-1] if pieces else ""
    if (prev in L._REFERENCE_WORDS or prev.lower() in L._REFERENCE_WORDS) and not (
            L._SCALE_RE.match(t, b) or t[b:b + 3].lstrip().startswith(("%", "٪"))):
        # (no page, issue or article number has a scale word or a percent sign after it: «بلغ
        # العدد 2 مليار» is the count, "the number reached two billion")
        return "page, issue, volume or label number"
    if "." in t[a:b] and _YEAR_RANGE.fullmatch(t, a, b):
        return "range of years"
    if value <= 31 and L._MONTH_RE.match(t, _TO_MONTH.match(t, b, b + 12).end()):
        return "day of a date"
    if (value <= 31 or 1000 <= value <= 2100) and prev_token.strip("0123456789./-،,() ") in L._MONTH_SET:
        return "date"
    return None


_IMPLIED_LOOKBACK = 600  # characters: a paragraph's reach, and a bound that keeps the scan linear


def _implied_currency(t: str, a: int) -> str | None:
    """The currency a bare scale amount at ``a`` («50 مليون») is counted in, from the paragraph before it.

    Only the text between the start of the paragraph (the last line break that does not only wrap it,
    :func:`tahqiq.text.spans.wraps`) and ``a`` is read, at
    most :data:`_IMPLIED_LOOKBACK` characters; it must name exactly one currency («درهم», «بالريال»,
    «جنيه مصري»): none, or two different ones, and nothing is guessed.
    """
    lo = max(0, a - _IMPLIED_LOOKBACK)
    start = t.rfind("\n", lo, a) + 1 or lo
    while start > lo and wraps(t, start - 1):  # a line that only wraps the paragraph: read on back
        start = t.rfind("\n", lo, start - 1) + 1 or lo
    found = {L.CURRENCIES.get(w) or L.CURRENCIES.get(w.lower())
             for m in L._CURRENCY_MENTION_RE.finditer(t, start, a) for w in [m.group("w") or m.group("s")]}
    return found.pop() if len(found) == 1 else None


def _is_year(t: str, a: int, b: int, value: float) -> bool:
    """A bare four-digit number read as a year (it has no unit, scale or percent after it)."""
    return b - a == 4 and 1000 <= value <= 2100 and bool(L._FOUR_DIGITS.fullmatch(t, a, b))


def _approx(t: str, a: int, b: int) -> str | None:
    """The approximator before ``a`` (or «تقريباً» / «على الأقل» after ``b``) read as a bound."""
    tail = t[max(0, a - 24):a].rstrip()
    if not tail or tail.rsplit(None, 1)[-1] not in L._APPROX_LAST_WORDS:
        tail = ""
    for w, kind in L._APPROXIMATORS_LONGEST_FIRST if tail else ():
        if tail.endswith(w) and not L._AR_LETTER.match(tail[-len(w) - 1:-len(w)]):
            return kind
    m = L._APPROX_AFTER.match(t, b)
    if m:
        return "at_least" if any(w in m.group() for w in L._AT_LEAST_AFTER) else "about"
    return None

