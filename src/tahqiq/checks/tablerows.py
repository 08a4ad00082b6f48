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
from functools import lru_cache

from .. import lang
from ..facts import Facts
from ..review.findings import Finding
from . import detector
from ..review.findings import Span
from ..text.normtext import fold
from ..text.patterns import spaced as _alt

FAMILY = "arithmetic"  # (the arithmetic family is split over several modules: review/recall)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PCT = r"\s*(?:%|٪|في\s+الم[اي]?ئه|بالم[اي]?ئه|percent|per\s+cent)"
_ROW = re.compile(rf"^[ \t]*(?:[-*•–][ \t]*|\d{{1,2}}[.)-][ \t]*|\(\d{{1,2}}\)[ \t]*)?(?P<label>[^\d:\n]{{1,40}}?)"
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


def _val(s: str) -> float:
    return float(s.replace(",", ""))


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


@detector("table-rows", "internal")
def table_rows(facts: Facts) -> list[Finding]:
    """The rows of a bulleted table against its total row, and each row's change and share."""
    change, _, falls = _patterns()
    out = []
    for tf in facts:
        for rows, (t, tat) in _tables(tf.raw):
            def span(m, at, g):
                return _span(tf, at + m.start(g), at + m.end(g))

            total = _val(t.group("v"))
            values = [_val(r.group("v")) for r, _ in rows]
            slack = sum(_half(r.group("v")) for r, _ in rows) + _half(t.group("v"))
            if abs(sum(values) - total) > slack + 1e-9:
                out.append(Finding(
                    kind="arithmetic-total", severity="warning",
                    message=(f"The rows of the table add up to {sum(values):g}, not the total {t.group('v')} "
                             f"({' + '.join(r.group('v') for r, _ in rows)})."),
                    spans=[span(r, at, "v") for r, at in rows] + [span(t, tat, "v")],
                    evidence={"rule": "the rows of a bulleted table against its total row", "computed": sum(values),
                              "total": total}))
            brackets = [_BRACKET.match(r.group("rest")) for r, _ in rows]
            tb = _BRACKET.match(t.group("rest"))
            if tb is not None and all(brackets):
                before = [_val(b.group("p")) for b in brackets]
                slack = sum(_half(b.group("p")) for b in brackets) + _half(tb.group("p"))
                if abs(sum(before) - _val(tb.group("p"))) > slack + 1e-9:
                    out.append(Finding(
                        kind="arithmetic-total", severity="warning",
                        message=(f"The bracketed column of the table adds up to {sum(before):g}, not the total's "
                                 f"{tb.group('p')}."),
                        spans=[_span(tf, at + r.start("rest") + b.start("p"), at + r.start("rest") + b.end("p"))
                               for (r, at), b in zip(rows, brackets)]
                              + [_span(tf, tat + t.start("rest") + tb.start("p"), tat + t.start("rest") + tb.end("p"))],
                        evidence={"rule": "the rows of a bulleted table against its total row",
                                  "computed": sum(before), "total": _val(tb.group("p"))}))
            for (r, at), b in zip(rows, brackets):
                rest, r0 = r.group("rest"), at + r.start("rest")
                v, hv = _val(r.group("v")), _half(r.group("v"))
                c = change.search(rest)
                if b is not None and c is not None and _val(b.group("p")) > 0:
                    p, hp = _val(b.group("p")), _half(b.group("p"))
                    sign = -1 if c.group("w").casefold() in falls else 1
                    stated, hs = sign * _val(c.group("c")), _half(c.group("c"))
                    lo, hi = ((v - hv) / (p + hp) - 1) * 100, ((v + hv) / (p - hp) - 1) * 100
                    if not (lo - hs - 0.5 <= stated <= hi + hs + 0.5):
                        computed = (v / p - 1) * 100
                        out.append(Finding(
                            kind="arithmetic-growth", severity="warning",
                            message=(f"From {b.group('p')} to {r.group('v')} is a change of {computed:+.1f}%, not the "
                                     f"stated «{tf.raw[r0 + c.start():r0 + c.end()].strip()}»."),
                            spans=[span(r, at, "v"), _span(tf, r0 + b.start("p"), r0 + b.end("p")),
                                   _span(tf, r0 + c.start(), r0 + c.end())],
                            evidence={"rule": "a row's change against its bracketed value of another year",
                                      "computed": computed, "stated": stated}))
                sh = _SHARE.search(rest)
                if sh is not None and total > 0:
                    s, hs = _val(sh.group("s")), _half(sh.group("s"))
                    lo, hi = 100 * (v - hv) / (total + _half(t.group("v"))), 100 * (v + hv) / (total - _half(t.group("v")))
                    if not (lo - hs - 0.1 <= s <= hi + hs + 0.1):
                        computed = 100 * v / total
                        out.append(Finding(
                            kind="arithmetic-share", severity="warning",
                            message=(f"{r.group('v')} of the total {t.group('v')} is {computed:.1f}%, not the stated "
                                     f"«{tf.raw[r0 + sh.start():r0 + sh.end()].strip()}»."),
                            spans=[span(r, at, "v"), span(t, tat, "v"), _span(tf, r0 + sh.start(), r0 + sh.end())],
                            evidence={"rule": "a row's share against the table's total row", "computed": computed,
                                      "stated": s}))
    return out
