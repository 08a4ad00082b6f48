"""A count of points announced at the end of a paragraph against the paragraphs that take them up in turn
(``ordinal-points``, findings of kind ``count-mismatch``).

«أرجو أن تسمحوا لي بتصحيح ثلاثة أخطاء وقع فيها المقال. ⏎ أولاً: … ⏎ ثانياً: … ⏎ ثالثاً: …»: the paragraphs (or
lines) right after the count open with the ordinal adverbs in order («أولاً»، «ثانياً»، …, "First", "Second", …),
one point each. The count is a cardinal with its plural noun («ثلاثة أخطاء»، «أربع توصيات») in the last sentence of
the paragraph right before the first ordinal, at its end (a short clause after the noun at most) or before a
colon; the run of ordinals ends at the first line that does not open with the next one. Ordinals that head short
lines with no sentence of their own are a section's headings: their count must end its paragraph with a colon. A
finding when the count is not the run's length.
"""

from __future__ import annotations

import re

from ..facts import Facts, TextFacts
from ..review.findings import Finding
from . import UNORDERED_FORMS, detector
from .chronology import raw_span
from .counts import KIND, _cardinal

FAMILY = "counts"
_AL = r"\u0621-\u064A"
_ORDINALS = ["اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"]
_ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_LINE_ORDINAL = re.compile(rf"^[ \t>*_#]*(?P<w>[{_AL}]+|[A-Za-z]+)[ \t*_]*[:،,\-–—.]", re.M)
# the count at the end of the paragraph: «بتصحيح ثلاثة أخطاء وقع فيها المقال.»، «ثلاث توصيات:»
_COUNT = re.compile(rf"(?<![{_AL}\w])(?P<n>\d{{1,2}}|[{_AL}]+|[A-Za-z]+)\s+(?P<noun>[{_AL}]{{3,}}|[A-Za-z]{{3,}})"
                    rf"(?P<tail>(?:\s+[{_AL}A-Za-z]+){{0,4}})\s*[.:]?\s*$")
MAX_COUNT = 10
# a heading: the ordinal and a few words, no sentence in the line («أولاً: العقد الصيني»)
_HEADING = re.compile(r"[^\n.!?؟]{0,60}(?:\n|$)")
_WORD = re.compile(rf"(?<![{_AL}\w])(?:[{_AL}]+|\w+)")


def _ordinal(word: str) -> int | None:
    w = word.lower()
    for names in (_ORDINALS, _ORDINALS_EN):
        if w in names:
            return names.index(w) + 1
    return None


def _findings(tf: TextFacts) -> list[Finding]:
    text = tf.norm.text
    out = []
    lines = [(m.start(), m.end(), _ordinal(m.group("w"))) for m in _LINE_ORDINAL.finditer(text)]
    starts = {a: k for a, _, k in lines if k}
    for a, _, k in lines:
        if k != 1:
            continue
        # the run: each next ordinal opens a later line, none skipped
        run, at = 1, a
        while True:
            nxt = next((b for b in sorted(starts) if b > at and starts[b] == run + 1), None)
            if nxt is None or any(at < b < nxt and starts[b] == 1 for b in starts):
                break
            run, at = run + 1, nxt
        if run < 2:
            continue
        # (ordinals heading short lines are a section's headings: the count must then open them with its colon)
        heads = all(_HEADING.match(text, b) for b in [a] + [b for b in starts if a < b <= at])
        # the paragraph right before the first ordinal, its last sentence
        para_end = text.rfind("\n", 0, a)
        while para_end > 0 and not text[text.rfind("\n", 0, para_end) + 1:para_end].strip():
            para_end = text.rfind("\n", 0, para_end)
        if para_end <= 0:
            continue
        para_start = text.rfind("\n", 0, para_end) + 1
        para = text[para_start:para_end].rstrip()
        last = re.split(r"(?<=[.!?؟])\s+", para)[-1]
        # (the count's cardinal is the last of the sentence's last words: a short clause may follow its noun)
        c = next((c for c in (_COUNT.match(last, w.start()) for w in reversed(list(_WORD.finditer(last))))
                  if c is not None and _cardinal(c.group("n"), 2, MAX_COUNT)), None)
        if c is None:
            continue
        n = _cardinal(c.group("n"), 2, MAX_COUNT)
        if n == run or heads and not para.endswith(":"):
            continue
        cs = para_start + len(para) - len(last) + c.start()
        ce = para_start + len(para) - len(last) + c.end("noun")
        out.append(Finding(
            kind=KIND, severity="warning",
            message=(f"The text announces {n} («{raw_span(tf, cs, ce).text}») and takes up {run} in turn, "
                     f"from «{raw_span(tf, a, a + len(text[a:].split(None, 1)[0])).text.strip(' :،,')}» on."),
            spans=[raw_span(tf, cs, ce), raw_span(tf, at, at + len(text[at:].split(None, 1)[0]))],
            evidence={"rule": "a count at the end of a paragraph against the paragraphs opening with the ordinals "
                              "in turn («أولاً … ثانياً …»)", "count": n, "points": run},
        ))
    return out


@detector("ordinal-points")
def ordinal_points(facts: Facts) -> list[Finding]:
    """A count of points («ثلاثة أخطاء») against the paragraphs that take them up in turn («أولاً … ثانياً …»)."""
    return [f for tf in facts if getattr(tf.doc, "form", None) not in UNORDERED_FORMS for f in _findings(tf)]
