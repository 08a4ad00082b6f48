"""Which clause an order word belongs to, when a date stands before it (:mod:`.ordering`).

«X عام 2001، أي بعد …» places the date before the order word; «سجّل X عام 2017، وقال بعد
اعتزاله عام 2021 …» ("scored in 2017, and said after retiring in 2021") does not: the order
word stands in a clause coordinated by «و» (or by «ف» before a verb: «… عام 2008، فارتفعت بعد
تشغيل السد …») after the comma, which orders its own verb, not the
date of the clause before. An anaphor in that clause («وذلك بعد …»، «وكان ذلك بعد …»، "and that
was after") points back to the clause before, which it then still places.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import lexicon
from ..text.normtext import fold

_AL = r"\u0621-\u064A"
_WORD = re.compile(rf"[{_AL}A-Za-z0-9]+")


@lru_cache(maxsize=1)
def _anaphors() -> frozenset:
    return frozenset(fold(w).lower() for ws in lexicon("order")["anaphors"].values() for w in ws)


def _coordinated(part: str) -> bool:
    """Whether a clause (the text after the last comma before the order word) is opened by «و»
    and names no anaphor of the clause before («وقال الوزير …», not «وذلك …»، «وكان ذلك …»)."""
    ws = [w.lower() for w in _WORD.findall(part)]
    if not ws or not (ws[0].startswith("و") and len(ws[0]) > 2 or _fa_verb(ws[0])):
        return False
    ana = _anaphors()
    return not any(w in ana or w[1:] in ana for w in ws)


def _fa_verb(w: str) -> bool:
    """«ف» before a past verb with its feminine «ت» («…، فارتفعت بعد تشغيل السد …»، «فتراجعت»): a clause of
    its own, as one opened by «و» (not a noun that begins with «ف», «فترات»، «فبراير»)."""
    return w.startswith("ف") and len(w) >= 5 and w.endswith("ت") and not w.endswith("ات")


def one_clause_between(gap: str, subs: frozenset) -> bool:
    """Whether the text between a date and the order word after it is at most one clause: one
    comma («X، أي بعد …»), or two around a clause with no date of its own that neither «و» nor a
    subordinator opens («… عام 2001، تأسست المنظمة، بعد خمس سنوات من …»); not when the order word
    stands in a clause of its own coordinated by «و» after the comma («…، وقال بعد …»)."""
    parts = re.split(r"[,،]", gap)
    if len(parts) >= 2 and _coordinated(parts[-1]):
        return False
    if len(parts) <= 2:
        return True
    if len(parts) > 3:
        return False
    first = _WORD.search(parts[1])
    return first is not None and not first.group().startswith("و") and first.group().lower() not in subs
