"""The country of a bare currency name: «ريال», «دينار», «درهم», «جنيه», «ليرة» name no country alone.

A figure whose unit is such a bare name (read after the number, or implied by its paragraph) takes
a currency code (``lang/units.yml``, ``currency_countries``):

1. from the nearest mention of the same name before it that an adjective qualifies («بلغت الإيرادات
   5 ملايين ريال عماني ... و3 ملايين ريال» -> OMR), or, with none before it, from the mentions
   after it if they all agree;
2. else from the places the text names: when it names exactly one of the countries that use that
   name (its name, capital or adjective: «السعودية», «الرياض», «الشركة السعودية»), the amount is in
   that country's currency. Two such countries, or none, and the bare name is kept: nothing is guessed.

The adjective right after the name («ريال سعودي») is read by :func:`.reading._extend` itself.
"""

from __future__ import annotations

from bisect import bisect_left

from . import lexicon as L


class CurrencyCountries:
    """The qualified mentions and named places of one normalised text, found once, on first use."""

    def __init__(self, t: str):
        self.t = t
        self._mentions: dict[str, list[tuple[int, str]]] | None = None
        self._places: dict[str, set[str]] | None = None

    def _scan(self) -> None:
        t = self.t
        self._mentions = {}
        for m in L._CURRENCY_MENTION_RE.finditer(t):
            w = m.group("w") or m.group("s")
            bare = L.CURRENCIES.get(w) or L.CURRENCIES.get(w.lower())
            if bare not in L.CURRENCY_ADJECTIVES:
                continue
            nxt = L._WORD_RE.match(t, m.end())
            code = L.CURRENCY_ADJECTIVES[bare].get(nxt.group("w")) if nxt else None
            if code:
                self._mentions.setdefault(bare, []).append((m.start(), code))
        self._places = {}
        for m in L._CURRENCY_PLACE_RE.finditer(t):
            for bare, table in L.CURRENCY_PLACES.items():
                if m.group("w") in table:
                    self._places.setdefault(bare, set()).add(table[m.group("w")])

    def code(self, bare: str, a: int) -> str | None:
        """The code of the bare currency name ``bare`` for the amount at ``a``, or None."""
        if bare not in L.CURRENCY_ADJECTIVES:
            return None
        if self._mentions is None:
            self._scan()
        mentions = self._mentions.get(bare, [])
        i = bisect_left(mentions, (a, ""))
        if i > 0:
            return mentions[i - 1][1]
        after = {c for _, c in mentions[i:]}
        if len(after) == 1:
            return after.pop()
        places = self._places.get(bare, set())
        return next(iter(places)) if len(places) == 1 else None
