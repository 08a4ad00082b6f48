"""Rows of a bulleted or numbered table closed by a total row: ``table-rows`` (findings of kinds
``arithmetic-total``, ``arithmetic-growth`` and ``arithmetic-share``).

A statistical bulletin, a report's box of figures or a Markdown table written as a list prints one row per holder,
each a label, a colon and a number, and after the rows a line of the total:

    - مصر: 420 (2024: 350)، بزيادة 20 في المئة، وحصة 42 في المئة
    - السعودية: 210 (2024: 240)، بانخفاض 12.5 في المئة، وحصة 21 في المئة
    …
    المجموع: 1000 (2024: 930)

The unit is the table's heading («(ألف طن)»), so the numbers are bare: no figure of the extractors. The rule reads
the lines themselves: two rows or more in a run (a bullet or a number may open them), then a total row («المجموع»،
«الإجمالي», "total"). The rows' first numbers must sum to the total's; when every row and the total give a second
column in brackets, the value of another year («(2024: 350)»), that column must sum to the total's too. A row's
change («بزيادة/بانخفاض P%»، the words of ``lang/change.yml``) is its first number against its bracketed one, and
its share («حصة/نسبة S%») its first number against the total. Every number is held to its printed precision
(half a unit of its last digit); a change also within half a point, a share within a tenth of a point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..facts import Facts
from ..review.findings import Finding, Span
from ..text.normtext import fold
from ..text.patterns import LIST_MARKER, spaced as _alt
from . import detector
from .counts import _PERCENT_NOUN

FAMILY = "arithmetic"  # (the arithmetic family is split over several modules: review/recall)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PCT = rf"\s*{_PERCENT_NOUN.pattern}"
_ROW = re.compile(rf"^[ \t]*(?:{LIST_MARKER}[ \t]*)?(?P<label>[^\d:\n]{{1,40}}?)"
                  rf"[ \t]*[:：][ \t]*(?P<v>{_NUM})(?![\d.])(?P<rest>[^\n]*)$")
_BRACKET = re.compile(rf"\s*\(\s*(?:\d{{4}}|[^\d()\n]{{1,20}})\s*[:：]\s*(?P<p>{_NUM})\s*\)")
_SHARE = re.compile(rf"(?<![\u0621-\u064A])[وب]?(?:حصه|نسبه|share)\s+(?:قدرها\s+|تبلغ\s+)?(?P<s>{_NUM}){_PCT}", re.I)


@lru_cache(maxsize=1)
def _patterns():
    total = _alt(lang.words("breakdown", "total_row"))
    rise, fall = lang.words("change", "rise"), lang.words("change", "fall")
    change = re.compile(rf"(?<![\u0621-\u064A])[وب]{{0,2}}(?P<w>{_alt(rise + fall)})(?![\u0621-\u064A])\s+"
                        rf"(?:(?:قدرها|نسبتها|قدره|نسبته|of)\s+)?(?P<c>{_NUM}){_PCT}", re.I)
    total_row = re.compile(rf"^[ \t]*(?:[-*•–][ \t]*)?\**[ \t]*(?:{total})\**[ \t]*[:：][ \t]*(?P<v>{_NUM})(?![\d.])"
                           r"(?P<rest>[^\n]*)$", re.I)
    return change, total_row, {w.casefold() for w in fall}


def _span(tf, s: int, e: int) -> Span:
    return Span(tf.file, s, e, tf.raw[s:e])


def _half(s: str) -> float:
    """Half a unit of a printed number's last digit."""
    return 0.5 * 10 ** -(len(s.split(".")[1]) if "." in s else 0)


def _tables(raw: str):
    """(rows, total) for each run of two rows or more closed by a total row: a row is (match, its offset in the raw
    text). The raw lines are read, folded line by line (the normalised text joins a line that ends without a stop to
    the next: a table's rows are lines of their own)."""
    _, total_row, _ = _patterns()
    rows: list = []
    at = 0
    for line in raw.split("\n"):
        folded = fold(line)
        if len(folded) != len(line):  # (offsets would not hold)
            rows, at = [], at + len(line) + 1
            continue
        line = folded
        t = total_row.match(line)
        if t is not None:
            if len(rows) >= 2:
                yield rows, (t, at)
            rows = []
        else:
            r = _ROW.match(line)
            rows = rows + [(r, at)] if r is not None else []
        at += len(line) + 1


@dataclass(frozen=True)
class _Num:
    """A printed number of a table line: its raw span and the interval its printed precision allows."""
    text: str
    start: int
    end: int

    @property
    def value(self) -> float:
        return float(self.text.replace(",", ""))

    @property
    def lo(self) -> float:
        return self.value - _half(self.text)

    @property
    def hi(self) -> float:
        return self.value + _half(self.text)


def _num(m: re.Match, group: str, at: int) -> _Num:
    return _Num(m.group(group), at + m.start(group), at + m.end(group))


def _sum_finding(tf, parts: list[_Num], total: _Num, what: str) -> Finding | None:
    """A column whose numbers do not add up to the total's, within the sum of their printed precisions."""
    got = sum(x.value for x in parts)
    if abs(got - total.value) <= sum(x.hi - x.value for x in (*parts, total)) + 1e-9:
        return None
    return Finding(
        kind="arithmetic-total", severity="warning",
        message=f"The {what} of the table add up to {got:g}, not the total's {total.text} "
                f"({' + '.join(x.text for x in parts)}).",
        spans=[_span(tf, x.start, x.end) for x in (*parts, total)],
        evidence={"rule": "the rows of a bulleted table against its total row", "computed": got, "total": total.value})


@detector("table-rows", "internal")
def table_rows(facts: Facts) -> list[Finding]:
    """The rows of a bulleted table against its total row, and each row's change and share."""
    from .change import change_fits  # (the change module builds on arithmetic, as this one does)

    change, _, falls = _patterns()
    out = []
    for tf in facts:
        for rows, (t, tat) in _tables(tf.raw):
            total = _num(t, "v", tat)
            values = [_num(r, "v", at) for r, at in rows]
            out.append(_sum_finding(tf, values, total, "rows"))
            # the bracketed column, the value of another year, when every row and the total give it
            rests = [(r.group("rest"), at + r.start("rest")) for r, at in rows]
            brackets = [(b, r0) if (b := _BRACKET.match(rest)) else None for rest, r0 in rests]
            tb = _BRACKET.match(t.group("rest"))
            if tb is not None and all(brackets):
                out.append(_sum_finding(tf, [_num(b, "p", r0) for b, r0 in brackets],
                                        _num(tb, "p", tat + t.start("rest")), "bracketed column"))
            for v, (rest, r0), b in zip(values, rests, brackets):
                c = change.search(rest)
                if b is not None and c is not None:
                    p, stated = _num(b[0], "p", b[1]), _num(c, "c", r0)
                    sign = -1 if c.group("w").casefold() in falls else 1
                    plo, phi = sorted((sign * stated.lo, sign * stated.hi))
                    fits, computed, _ = change_fits(p, v, plo, phi)
                    if not fits and p.lo > 0:
                        out.append(Finding(
                            kind="arithmetic-growth", severity="warning",
                            message=(f"From {p.text} to {v.text} is a change of {computed:+.1f}%, not the "
                                     f"stated «{tf.raw[r0 + c.start():r0 + c.end()].strip()}»."),
                            spans=[_span(tf, x.start, x.end) for x in (v, p)] + [_span(tf, r0 + c.start(), r0 + c.end())],
                            evidence={"rule": "a row's change against its bracketed value of another year",
                                      "computed": computed, "stated": sign * stated.value}))
                sh = _SHARE.search(rest)
                if sh is not None and total.lo > 0:
                    s = _num(sh, "s", r0)
                    lo, hi = 100 * v.lo / total.hi, 100 * v.hi / total.lo
                    if not (lo - 0.1 <= s.hi and s.lo <= hi + 0.1):
                        computed = 100 * v.value / total.value
                        out.append(Finding(
                            kind="arithmetic-share", severity="warning",
                            message=(f"{v.text} of the total {total.text} is {computed:.1f}%, not the stated "
                                     f"«{tf.raw[r0 + sh.start():r0 + sh.end()].strip()}»."),
                            spans=[_span(tf, x.start, x.end) for x in (v, total)] + [_span(tf, r0 + sh.start(), r0 + sh.end())],
                            evidence={"rule": "a row's share against the table's total row", "computed": computed,
                                      "stated": s.value}))
    return [f for f in out if f is not None]
