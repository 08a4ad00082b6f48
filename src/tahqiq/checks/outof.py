"""A share restated as «A من أصل B» ("A out of B"): kind ``arithmetic-share-whole``.

The grammar (Arabic and English):

* the pair: a figure A, then «من أصل»، «من بين»، «من مجموع»، «من إجمالي» or "out of" and a number B
  (a figure or a bare number: «22 فيلماً من أصل 48»، «120 مدرسة من أصل 3,400 مدرسة»);
* the share P%, in the same sentence, on either side of the pair and joined to it by a
  restatement («أي»، «أي في نحو»، «ما يعادل»، "or", "i.e."), with no other figure between:
  «بدأ البرنامج في 120 مدرسة من أصل 3,400 مدرسة، أي في نحو 3.5% من المدارس»،
  «بلغت نسبة الأفلام نحو 46% من الأفلام المختارة، أي 22 فيلماً من أصل 48»; a share before the pair may also
  be explained by a clause («بلغت 85 بالمئة، إذ جرى استملاك 1870 قطعة من أصل 2200 قطعة»).

A finding when 100 A / B is not P within the printed precision of P (and its approximator) plus
max(1 point, 5% of P), the tolerance of the other share checks.
"""

from __future__ import annotations

import re

from ..facts import Facts
from ..review.findings import Finding
from . import detector
from .arithmetic import _fig_ev, _finding, _sentences, figures_of

POINT_PAD = 1.0
POINT_SHARE = 0.05

_OUT_OF = re.compile(r"\s*(?:من\s+(?:اصل|بين|مجموع|اجمالي)|out\s+of)\s+(?P<n>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)",
                     re.IGNORECASE)
_LINK = re.compile(r"^(?:\s*[^\W\d_]+){0,3}?[\s,،(]*(?:اي|i\.e\.|or|that\s+is|ما\s+يعادل|بما\s+يعادل|يعادل|ما\s+يمثل|يمثل|تمثل)"
                   r"(?:\s+(?:ان|في|ب|بنسبه|نسبه|ما\s+نسبته))*\s*(?:(?:نحو|حوالي|قرابه|about|some|nearly)\s+)?$",
                   re.IGNORECASE)


def _out_of_pairs(text: str, sent: list):
    """The «A من أصل B» pairs of a sentence: (A's index, A, the match, B's value, B's own figure or
    None, where the pair ends). B takes its own figure's scale word («12 مليون … من أصل 48 مليوناً»)
    and is larger than A."""
    for i, v in enumerate(sent):
        if v.kind in ("percent", "money") or v.lo <= 0:
            continue
        m = _OUT_OF.match(text, v.ne, v.ne + 40)
        if not m:
            continue
        n = float(m.group("n").replace(",", ""))
        end = m.end()
        # the end of the pair: its whole's own figure (« 3,400 مدرسة») if the table has it
        whole = next((g for g in sent[i + 1:] if g.ns <= m.start("n") < g.ne), None)
        if whole is not None:
            end = max(end, whole.ne)
            if whole.dim == v.dim and whole.value > v.value:
                n = whole.value
        if n > v.value:
            yield i, v, m, n, whole, end


@detector("arithmetic-share-outof", "internal")
def arithmetic_share_outof(facts: Facts) -> list[Finding]:
    """A share restated as «A من أصل B» / "A out of B" that 100 A / B does not give."""
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t)):
            for i, v, m, n, whole, end in _out_of_pairs(text, sent):
                rest = [g for g in sent if g is not v and g is not whole]
                after = next((g for g in rest if g.ns >= end), None)
                before = next((g for g in reversed(rest) if g.ne <= v.ns), None)
                p, mid = None, ""
                if after is not None and after.kind == "percent" and after.ns - end <= 40 \
                        and _LINK.match(text[end:after.ns]):
                    p = after
                elif before is not None and before.kind == "percent" and v.ns - before.ne <= 80:
                    mid = text[before.ne:v.ns]
                    # «46% من الأفلام المختارة، أي 22 فيلماً»: the words of the share, then the link
                    # or a clause that explains it: «بلغت 85 بالمئة، إذ جرى استملاك 1870 قطعة من أصل 2200»
                    tail = re.search(r"[,،]\s*(?:اي|i\.e\.|or|that\s+is|(?:اذ|حيث)\s+(?:[^\W\d_]+\s+){0,3})\s*$",
                                     mid, re.IGNORECASE)
                    if tail and not re.search(r"\d", mid):
                        p = before
                if p is None or p.value >= 100:
                    continue
                share = 100 * v.value / n
                tol = max(POINT_PAD, POINT_SHARE * p.value)
                if p.lo - tol <= share <= p.hi + tol:
                    continue
                out.append(_finding(
                    "arithmetic-share-whole", "warning",
                    f"{v.row['text'].strip()} out of {m.group('n')} is {share:.1f}%, not {p.row['text'].strip()}.",
                    [v, p],
                    {"rule": "«A من أصل B، أي P%»: 100 A / B vs the stated share", "part": _fig_ev(v),
                     "share": _fig_ev(p), "whole": {"text": m.group("n"), "value": n}, "computed": share,
                     "tolerance_points": tol},
                ))
    return out


# «49 دولة من أصل 54 دولة صادقت على الاتفاقية، أي أن خمس دول فقط لم تودع وثائق التصديق»: the others
# restated as a count with a negation after it («لم»، «لا»، «لن»، «ليست»، «غير»، «ما زالت»، "have not") are
# the whole less the part. The count: a figure of the part's kind right after «أي أن»/«ما يعني أن»/"i.e."/
# "meaning", then at most «فقط»/«منها»/"only", then the negation.
_NEGATED = re.compile(r"\s*(?:(?:فقط|منها|منهم|only|of\s+them)\s+)*(?:لم|لا|لن|ليست|ليس|غير|ما\s+زالت|ما\s+زال|لا\s+تزال|"
                      r"لا\s+يزال|have\s+not|haven't|has\s+not|did\s+not|do\s+not|are\s+not|remain\s+un)(?!\w)", re.IGNORECASE)


@detector("arithmetic-outof-others", "internal")
def arithmetic_outof_others(facts: Facts) -> list[Finding]:
    """«A من أصل B …، أي أن C لم …»: the others, C, are B less A."""
    out = []
    for t in facts:
        text = t.norm.text
        for _, sent in _sentences(t, figures_of(t)):
            for i, v, m, n, whole, end in _out_of_pairs(text, sent):
                for c in sent[i + 1:]:
                    if c is whole or c.ns < end or c.dim != v.dim or c.kind == "percent":
                        continue
                    link = re.search(r"[,،]?\s*(?:اي\s+ان|ما\s+يعني\s+ان|بمعني\s+ان|وهذا\s+يعني\s+ان|i\.e\.|meaning\s+that)\s*$",
                                     text[end:c.ns], re.IGNORECASE)
                    if not link or re.search(r"\d", text[end:c.ns]) or not _NEGATED.match(text, c.ne):
                        break
                    if c.lo <= n - v.value <= c.hi:
                        break
                    out.append(_finding(
                        "arithmetic-total", "warning",
                        f"{v.row['text'].strip()} out of {m.group('n')} leaves {n - v.value:g}, not {c.row['text'].strip()}.",
                        [v, c],
                        {"rule": "«A من أصل B، أي أن C لم …»: the others are the whole less the part",
                         "part": _fig_ev(v), "others": _fig_ev(c), "whole": {"text": m.group("n"), "value": n},
                         "computed": n - v.value},
                    ))
                    break
    return out
