"""References to a calendar unit that agree with their noun or count a day of it (mixed into
:class:`.finder.Finder`, with :meth:`.finder.Finder.relatives`):

* the feminine «السنة» with its feminine adjective: «السنة الماضية/المقبلة/الحالية/الجارية/الفائتة»
  (deixis) and «السنة التالية/السابقة/اللاحقة» (anaphora, from the date just given);
* a day of a month named relatively: «في 15 من الشهر الجاري», «العاشر من الشهر الماضي», «يوم 3
  الشهر المقبل», «20 من الشهر التالي» (the month after the date just given);
* the unit before the last one: «العام قبل الماضي», «السنة قبل الماضية», «الشهر/الأسبوع قبل
  الماضي» (two units back).
"""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from ...text.patterns import trie
from ..numerals import words_value
from . import patterns as P
from .intervals import Cand


# «السنة التي قبلها», «العام الذي سبقه», «اليوم الذي تلاه», «الشهر الذي بعده» (normalised text)
_UNIT_BEFORE_AFTER_IT = re.compile(
    r"(?<![\u0621-\u064A])[وفبل]?(?P<u>العام|السنه|الشهر|الاسبوع|اليوم)[^\S\n]+(?:الذي|التي)[^\S\n]+"
    r"(?P<w>قبلها|قبله|بعدها|بعده|سبقتها|سبقته|سبقها|سبقه|تلتها|تلته|تلاها|تلاه)(?![\u0621-\u064A])")


class UnitReferenceRules:
    """Mixed into :class:`.finder.Finder`."""

    def unit_references(self) -> None:
        sing = trie(P.UNIT_SINGULAR_DEF)
        # «السنة الماضية», «السنة التالية»: the feminine «السنة» with its feminine adjective
        for m in self.find_ending_at_keys(rf"(?<!{P.AL})[وفبل]?السنه\s+(?P<w>{trie(P.YEAR_DEIXIS_FEM)})(?!{P.AL})",
                                          "relative", P.YEAR_DEIXIS_FEM):
            w = m.group("w")
            n, anaphoric = P.YEAR_DEIXIS_FEM[w], w in P.ANAPHORA_FEM
            self._rel(m, "deixis" if n == 0 and not anaphoric else "shift", "year", n, anaphoric)
        # «في 15 من الشهر الجاري», «العاشر من الشهر الماضي», «يوم 3 الشهر المقبل»: a day of the
        # month named relative to the anchor (or, «الشهر التالي», to the date just given)
        month_words = {w: n for w, n in {**P.DEIXIS, **P.ANAPHORA}.items()}
        for m in self.find_ending_at_keys(
                rf"(?<!{P.AL})(?:(?P<d>(?<![\d/.-])\d{{1,2}})\s+(?:من\s+)?|{P.ORDW_DAY})"
                rf"[وفبل]?الشهر\s+(?P<w>{trie(month_words)})(?!{P.AL})", "relative", month_words, reach=60):
            if m.group("d"):
                d = int(m.group("d"))
            else:
                v = words_value(m.group("od"))
                d = v[0] if v and v[1] else 0
            if not 1 <= d <= 31:
                continue
            w = m.group("w")
            n = month_words[w]
            kind = "deixis" if n == 0 and w not in P.ANAPHORA else "shift"
            self.add(Cand(m.start(), m.end(), "date", None, None, "month", rank=3, explicit=False,
                          relative=(kind, "month", n, w in P.ANAPHORA), days=(d, d)))
        # «السنة التي قبلها», «العام الذي سبقه», «الشهر الذي تلاه»: a relative clause naming the unit
        # before or after the date just given (anaphora)
        if "قبل" in self.t or "بعد" in self.t or "سبق" in self.t or "تل" in self.t:
            for m in _UNIT_BEFORE_AFTER_IT.finditer(self.t):
                w = m.group("w")
                unit = P.UNIT_SINGULAR_DEF.get(m.group("u"))
                if m.group("u") == "العام" and re.search(r"(?<![\u0621-\u064A])ال[\u0621-\u064A]+[^\S\n]+$",
                                                         self.t[max(0, m.start() - 20):m.start()]):
                    continue  # «الرأي العام الذي سبقه»: an adjective of a definite noun, not a year
                if unit in ("year", "month", "week", "day"):
                    self._rel(m, "shift", unit, -1 if w.startswith(("قبل", "سبق")) else 1, True)
        # «العام قبل الماضي», «السنة قبل الماضية»: the unit before the last one (two back)
        for m in self.find_ending_at_keys(rf"(?<!{P.AL})[وفبل]?(?P<u>{sing})\s+قبل\s+(?:الماضي|الماضيه)(?!{P.AL})",
                                          "relative", ("الماضي", "الماضيه")):
            unit = P.UNIT_SINGULAR_DEF[m.group("u")]
            if unit in ("day", "week", "month", "year") and m.group().endswith("ه") == (m.group("u") == "السنه"):
                self._rel(m, "shift", unit, -2, False)
