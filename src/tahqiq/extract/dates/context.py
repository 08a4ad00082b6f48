"""Rules that read a number or a word as a date from its context.

* Years of any century where the context makes them years: after a preposition («في», «منذ»,
  «in» …, :file:`lang/time.yml` ``year_prepositions``) and ending a clause or joined to another
  year («في 1228،», «في 1481 و 1558»), never before a counted noun or after a page word; a decade
  written «1560s» in any century.
* Ranges in words («1921 إلى 1940», ``1921 to 1940``), with a two-digit end («1992- 93»), of
  months sharing a year («فبراير-مارس 1986», ``January to March 2026``,
  each end possibly a pair of names) and of months of two years («من تشرين الأول 2025 إلى آذار 2026»).
* Back-references to the unit just mentioned («نفس العام», «العام ذاته», «في اليوم نفسه») and a
  bare «العام» framed by a time word («نهاية العام», «خلال العام»): the year of the date just
  mentioned, or of the anchor; a day with no day to refer to stays unresolved.
* Periods: the first or last units of a year («الأشهر الخمسة الأولى من العام 2012»), and the units
  after or before the date that follows («الأعوام العشرة التي تلت … 1997»), resolved against
  that date or left unresolved.
* A month named relative to the anchor («أيار الماضي», «مايو المقبل»), and a day range of a month
  without its year («من 12 إلى 15 مايو المقبل», «بين 3 و5 آذار»).
* «أمس», «أول أمس», «البارحة» (with the weekday they may name, «أمس الخميس»): the day(s) before
  the anchor (a dateline, the publication or given date), never a date of the narrative, and
  unresolved when the anchor has no day; before a date («أمس الخميس 13 تشرين الثاني») they are
  part of that date's row, which is checked against them (:mod:`.anchors`).
* «اليوم» in a wire's lead, the first sentence after its dateline, and closing a lapse counted from it («أي بعد سبعة
  أشهر من اليوم»): the anchor's day; not «واليوم» (nowadays), «حتى اليوم», «اليوم التالي/نفسه/الأول/الوطني».
* A count of units from what follows («بعد أربع سنوات من توقيعها عام 1994»: 1998) is counted
  from the date that follows in the sentence, never from an earlier one (:mod:`.finder`).
"""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs

from ..numerals import words_value

from . import patterns as P
from .intervals import Cand, iso, last_day, valid

_AL = "\u0621-\u064A"
# «اليوم» alone: not «واليوم» (nowadays, opening a clause), nor a day just told («اليوم التالي», «اليوم نفسه»),
# counted («اليوم الأول») or named («اليوم الوطني»), nor «حتى اليوم» (a span to the present)
_NOT_TODAY = (r"(?![^\S\n]+(?:نفسه|ذاته|التالي|السابق|الموالي|الاول|الأول|الاخير|الأخير|الموعود|المحدد|العالمي|الوطني|الدولي"
              r"|ال(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))(?![\u0621-\u064A]))")
_TODAY = re.compile(rf"(?<![{_AL}])(?<!حتى )(?<!حتي )(?P<w>اليوم)(?![{_AL}]){_NOT_TODAY}")
# «… بعد سبعة أشهر من اليوم»: a length counted from the day of writing
_LAPSE_FROM_TODAY = re.compile(rf"(?<![{_AL}])(?:بعد|قبل)[^\S\n]+(?:[^\s.،,؛]+[^\S\n]+){{1,4}}من[^\S\n]+(?=اليوم(?![{_AL}]){_NOT_TODAY})")
_SENTENCE_END = re.compile(r"[.!?؟](?!\d)|\n")


def count(s: str) -> int | None:
    """The number a count of units is written as: digits or number words («خمس», «العشرة»)."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    v = words_value(s)
    return v[0] if v else None


NAMING_NOTE = "a year naming its event or document"
"""The note of a year read from the noun it names («اتفاقية 1899»): a name, not the time of its clause
(:func:`tahqiq.checks.chronology.names_event`)."""
SPAN_NOTE = "a span in brackets after a noun (a life, a plan's years)"
"""The note of a year range in brackets right after a noun («الملك فيصل (1906-1975)»): the noun's span,
not the time of its clause either (:func:`tahqiq.extract.dates.mark_bracketed_spans`)."""

# a definite noun just before: «العام» after it is an adjective («الأمين العام», «الرأي العام»)
_DEFINITE_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفبل]?ال[\u0621-\u064A]{2,}[^\S\n]+$")


class ContextRules:
    """Mixed into :class:`.finder.Finder`."""

    # -- years of any century ------------------------------------------------------------
    def years_in_context(self) -> None:
        t = self.t
        self.windows("year")
        for a, b in self._keys["year"]:
            # years 1900-2099 are years anyway (:meth:`.finder.Finder.years`); read from the year:
            # what ends it (cheap, and rarely there), then the preposition before it
            if b - a != 4 or t[a - 1 : a] in "/.," and a:
                continue
            ends = bool(P.YEAR_CONTEXT_END.match(t, b))
            # «من 1896 إلى وفاته»: a span from the year to an event named by a word
            to_event = not ends and re.search(r"(?<![\u0621-\u064A])[وف]?من[^\S\n]+$", t[max(0, a - 6):a]) is not None \
                and P.YEAR_TO_EVENT.match(t, b) is not None
            if not ends and not to_event:
                continue
            y = int(t[a:b])
            if not 1000 <= y <= 2199 or 1900 <= y <= 2099 or P.COUNTED_RE.match(t, b):
                continue
            naming = not to_event and not P.YEAR_CONTEXT_BEFORE.search(t, max(0, a - 24), a) \
                and bool(P.YEAR_NAMING_BEFORE.search(t, max(0, a - 24), a))
            if not (to_event or naming or P.YEAR_CONTEXT_BEFORE.search(t, max(0, a - 24), a)):
                continue
            self.add(Cand(a, b, "year", iso(y), iso(y, 12, 31), "year", rank=1, note=NAMING_NOTE if naming else None))
            end = b
            while (p := P.YEAR_PARTNER.match(t, end)) is not None:
                y = int(p.group("y"))
                if not 1000 <= y <= 2199 or P.COUNTED_RE.match(t, p.end("y")):
                    break
                self.add(Cand(p.start("y"), p.end("y"), "year", iso(y), iso(y, 12, 31), "year", rank=1))
                end = p.end("y")

    # -- ranges in words -----------------------------------------------------------------
    def word_ranges(self) -> None:
        t = self.t
        for m in self.find_at_keys(P.WORD_RANGE, "year"):
            y1, y2 = int(m.group("y")), int(m.group("y2"))
            if not y1 < y2 <= y1 + 150 or P.COUNTED_RE.match(t, m.end()):
                continue
            before = (max(0, m.start() - 12), m.start())
            if P.NOT_YEAR_BEFORE.search(t, *before) or P.RANGE_BLOCKED_BEFORE.search(t, *before):
                continue
            self.add(Cand(m.start(), m.end(), "year_range", iso(y1), iso(y2, 12, 31), "year", rank=4))
        for m in self.find_at_keys(P.SHORT_RANGE, "year"):
            y1 = int(m.group("y"))
            y2 = y1 - y1 % 100 + int(m.group("y2s"))
            if y2 <= y1:
                y2 += 100  # «1999-00»
            if y2 - y1 > 9 or not 1000 <= y1 <= 2199 or P.COUNTED_RE.match(t, m.end()):
                continue
            if P.NOT_YEAR_BEFORE.search(t, max(0, m.start() - 12), m.start()):
                continue
            self.add(Cand(m.start(), m.end(), "year_range", iso(y1), iso(y2, 12, 31), "year", rank=2))
        for m in self.find_at_keys(P.MONTH_RANGE, "month"):
            a, _ = P.month_value(m.group("ma"))
            b, _ = P.month_value(m.group("mb"))
            y = int(m.group("y"))
            if a is None or b is None or a >= b or not valid(y, b):
                continue
            self.add(Cand(m.start(), m.end(), "month", iso(y, a), iso(y, b, last_day(y, b)), "month", rank=4,
                          note="range of months"))
        for m in self.find(P.MONTH_BETWEEN, "month"):
            a, _ = P.month_value(m.group("ma"))
            b, _ = P.month_value(m.group("mb"))
            y = int(m.group("y"))
            if a is None or b is None or a >= b or not valid(y, b):
                continue
            self.add(Cand(m.start("ma"), m.end(), "month", iso(y, a), iso(y, b, last_day(y, b)), "month", rank=5,
                          note="range of months"))
        for m in self.find(P.MONTH_RANGE_DEIXIS, "month"):
            a, _ = P.month_value(m.group("ma"))
            b, _ = P.month_value(m.group("mb"))
            if a is None or b is None or a == b:
                continue
            if m.group("sep") == "و" and not re.search(r"بين[^\S\n]*$", t[max(0, m.start() - 8) : m.start()]):
                continue  # «في كانون الثاني وشباط الماضي»: two months, not a range
            self.add(Cand(m.start(), m.end(), "month", None, None, "month", rank=5, note="range of months",
                          explicit=False, relative=("month_deixis", b, P.DEIXIS[m.group("w")]), first_month=a))
        for m in self.find_at_keys(P.MONTH_YEAR_RANGE, "month"):
            a, _ = P.month_value(m.group("ma"))
            b, _ = P.month_value(m.group("mb"))
            y1, y2 = int(m.group("y")), int(m.group("y2"))
            if a is None or b is None or not (y1, a) < (y2, b) or y2 - y1 > 10 or not (valid(y1, a) and valid(y2, b)):
                continue
            self.add(Cand(m.start(), m.end(), "month", iso(y1, a), iso(y2, b, last_day(y2, b)), "month", rank=5,
                          note="range of months"))

    # -- back-references and framed years ------------------------------------------------
    def back_references(self) -> None:
        units = {"العام": "year", "السنه": "year", "اليوم": "day", "الشهر": "month"}
        for m in self.find_at_keys(P.BACK_BEFORE, "backref"):
            self._back(m.start(), m.end(), units[m.group("u")])
        for m in self.find(P.BACK_AFTER, "backref"):
            prev = _DEFINITE_BEFORE.search(self.t, max(0, m.start() - 20), m.start())
            if prev and m.group("u") == "العام" and prev.group().strip().lstrip("وفبل") not in P.ORDINAL_WORDS:
                # an adjective of a definite noun: «الرأي العام نفسه» (public opinion itself); not
                # after an ordinal, itself an adjective («جلسته الأولى العام نفسه»), nor «اليوم»,
                # never an adjective
                continue
            self._back(m.start(), m.end(), units[m.group("u")])
        for m in self.find_at_keys(P.YEAR_FRAME, "backref"):
            # the year alone: a modifier before it («نهاية») is taken in as any prefix is
            self._back(m.start("core"), m.end("core"), "year")

    def _back(self, a: int, b: int, unit: str) -> None:
        self.add(Cand(a, b, "relative", None, None, unit, rank=2, relative=("shift", unit, 0, True),
                      explicit=False))

    # -- periods -------------------------------------------------------------------------
    def periods(self) -> None:
        for m in self.find_at_keys(P.PERIOD_IN_YEAR, "period"):
            unit = P.UNIT_PLURAL_DEF[m.group("p") or "ال" + m.group("p2")]
            n = count(m.group("n") or m.group("n2"))
            y = int(m.group("y"))
            if unit != "month" or not n or not 1 <= n <= 12 or not valid(y, 1):
                continue  # a period of a year counted in months (days and weeks: no such rows yet)
            first, last = (1, n) if P.PERIOD_ENDS[m.group("end")] > 0 else (13 - n, 12)
            self.add(Cand(m.start(), m.end(), "relative", iso(y, first), iso(y, last, last_day(y, last)), "month",
                          rank=4))
        for m in self.find_at_keys(P.PERIOD_IN_REL_YEAR, "period"):
            # «الأشهر التسعة الأولى من العام الجاري»: months of a year named relatively, resolved as
            # that year is, then narrowed to the months (:mod:`.anchors`)
            unit = P.UNIT_PLURAL_DEF[m.group("p") or "ال" + m.group("p2")]
            n = count(m.group("n") or m.group("n2"))
            if unit != "month" or not n or not 1 <= n <= 12:
                continue
            first, last = (1, n) if P.PERIOD_ENDS[m.group("end")] > 0 else (13 - n, 12)
            rel = re.sub(r"\s+", " ", m.group("rel"))
            k = P.YEAR_DEIXIS[rel]
            anaphoric = any(w in rel for w in P.ANAPHORA)
            self.add(Cand(m.start(), m.end(), "relative", None, None, "month", rank=4, explicit=False,
                          part=("months", (first, last)),
                          relative=("deixis" if k == 0 and not anaphoric else "shift", "year", k, anaphoric)))
        for m in self.find_at_keys(P.PERIOD_NEXT, "period"):
            unit = P.UNIT_PLURAL_DEF[m.group("p") or "ال" + m.group("p2")]
            n = count(m.group("n") or m.group("n2"))
            if not n:
                continue
            self.add(Cand(m.start(), m.end(), "relative", None, None, unit, rank=3, explicit=False,
                          relative=("next", unit, n * P.PERIOD_DIRS[m.group("dir")], False)))

    # -- months relative to the anchor ---------------------------------------------------
    def month_deixis(self) -> None:
        for m in self.find_at_keys(P.MONTH_DEIXIS, "month"):
            mon, note = P.month_value(m.group("mon"))
            if mon is None or re.search(r"[A-Za-z]", m.group("mon")):
                continue
            self.add(Cand(m.start(), m.end(), "month", None, None, "month", rank=3, note=note, explicit=False,
                          relative=("month_deixis", mon, P.DEIXIS[m.group("w")])))
            # a day of that month before it: «الأول من نيسان المقبل», «15 مايو المقبل», «العاشر من أيار الماضي»
            day = re.search(rf"(?:(?<![\d/.-])(?P<d>\d{{1,2}})[^\S\n]+(?:من[^\S\n]+)?|{P.ORDW_DAY})$",
                            self.t[max(0, m.start() - 30):m.start()])
            if day:
                if day.group("d"):
                    d = int(day.group("d"))
                else:
                    v = P.ordinal_day(day.group("od"))
                    d = v[0] if v and v[1] else 0
                if 1 <= d <= 31:
                    self.add(Cand(m.start() - len(day.group()), m.end(), "date", None, None, "month", rank=4, note=note,
                                  explicit=False, relative=("month_deixis", mon, P.DEIXIS[m.group("w")]), days=(d, d)))

    # -- day ranges of a month without its year -----------------------------------------
    def day_ranges_without_year(self) -> None:
        """«من 12 إلى 15 مايو المقبل», «بين 3 و5 آذار»: the month resolved as a month without a year
        (or relative to the anchor), then narrowed to its days."""
        for m in self.find(P.DAY_RANGE_NO_YEAR, "month", None, ("day",)):
            mon, note = P.month_value(m.group("mon"))
            d1, d2 = int(m.group("d")), int(m.group("d2"))
            if mon is None or not d1 < d2 or re.search(r"[A-Za-z]", m.group("mon")) or P.is_weak_alone(m.group("mon")):
                continue
            w = m.group("w")
            relative = ("month_deixis", mon, P.DEIXIS[w]) if w else ("month", mon, None)
            self.add(Cand(m.start(), m.end(), "day_range", None, None, "day", rank=4, note=note, explicit=False,
                          relative=relative, days=(d1, d2)))

    # -- a weekday next or last ---------------------------------------------------------------
    def weekday_deixis(self) -> None:
        """«الثلاثاء المقبل», «يوم الجمعة الماضي»: the day resolved from the anchor's day."""
        for m in self.find(P.WEEKDAY_DEIXIS, "relative"):
            self.add(Cand(m.start(), m.end(), "relative", None, None, "day", rank=2, explicit=False,
                          relative=("weekday", P.WEEKDAYS[m.group("wd")], P.DEIXIS[m.group("w")])))

    # -- today of a wire's lead --------------------------------------------------------------
    def todays(self) -> None:
        """«اليوم» that names the day of writing: in a wire's lead, the first sentence after its dateline (the one
        :func:`.inference.dateline` finds: «وقّعت إدارة الميناء اليوم عقداً»), and closing a lapse counted
        from it («أي بعد سبعة أشهر من اليوم»). «اليوم» meaning nowadays («واليوم نستقبل …», «تعد الصين اليوم
        أكبر …» later in the text) and «اليوم التالي/نفسه» (a day just told, :mod:`.unitrefs`) are not read."""
        from .inference import _AGENCY, _INTO_TEXT, dateline

        t = self.t
        spots = [m.end() for m in _LAPSE_FROM_TODAY.finditer(t)]
        line = dateline(t, self.cands)  # the dateline the anchor is inferred from
        if line is not None:
            _, _, b = line
            # (a dateline runs into its lead by a dash, or stands on a line of its own, an agency's name after it aside:
            # «إسطنبول - الأربعاء 8 يناير 2025 - (وكالة …)»)
            into = _INTO_TEXT.match(t, b)
            nl = t.find("\n", b) + 1 or len(t)
            a = into.end() if into and _AGENCY.sub("", t[into.end():nl]).strip(" .,،:|-–*_\n") else nl
            while a < len(t) and t[a].isspace():
                a += 1
            end = _SENTENCE_END.search(t, a)
            spots += [m.start("w") for m in _TODAY.finditer(t, a, end.start() if end else len(t))]
        for s in sorted(set(spots)):
            self.add(Cand(s, s + len("اليوم"), "relative", None, None, "day", rank=2, explicit=False,
                          relative=("yesterday", "day", 0, False)))

    # -- yesterday -------------------------------------------------------------------------
    def yesterdays(self) -> None:
        for m in self.find(P.YESTERDAY, "relative"):
            n = P.YESTERDAY_WORDS[re.sub(r"\s+", " ", m.group("w"))]
            wd = P.WEEKDAYS[m.group("wd")] if m.group("wd") else None
            self.add(Cand(m.start(), m.end(), "relative", None, None, "day", rank=2, explicit=False,
                          relative=("yesterday", "day", -n, False), day_check=(n, wd)))
