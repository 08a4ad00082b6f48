"""The rules of the dates extractor: every candidate expression of a normalised text.

Each method of :class:`Finder` is one family of rules (numeric dates, dates with a month name,
ranges, years, decades and centuries, millennia, parts of a year, relative expressions); the
patterns they use are named in :mod:`.patterns`, and they run where :class:`.scan.KeyedText`
finds their keys.
"""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from bisect import bisect_right
from dataclasses import replace

from ...text.patterns import trie
from ..numerals import words_value
from . import patterns as P
from .calendars import CalendarRules
from .context import ContextRules, count as _count
from .english import EnglishRules
from .unitrefs import UnitReferenceRules
from .intervals import Cand, century_interval, interval, iso, millennium_interval, part_interval, valid
from .scan import KeyedText, _compile

_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(s: str) -> int | None:
    """The value of a Roman numeral of I, V and X (a century: «القرن XIX»); None if malformed."""
    vals = [_ROMAN[ch] for ch in s]
    n = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
    return n if 0 < n <= 30 else None
from .select import prefix


def _letter_before(t: str, i: int) -> bool:
    """Whether a Latin letter stands just before position ``i`` (so an English name there is
    the tail of another word)."""
    return i > 0 and t[i - 1].isascii() and t[i - 1].isalpha()


# a year in apposition after «بعد N سنوات»: «، عام 1953», «، في 1991», «، في عام 1991م» (normalised text)
_YEAR_GLOSS = re.compile(r"[^\S\n]*[،,][^\S\n]*(?:اي[^\S\n]+)?(?:في[^\S\n]+)?(?:(?:ال)?(?:عام|سنه)[^\S\n]+)?\d{4}(?!\d)")

# a number followed by its share in brackets («2016 (16 في المئة)») counts something; it is no year
_SHARE_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*\d+(?:[.,٫]\d+)?[^\S\n]*(?:%|٪|في الم|بالم)")
# «عام»/«سنة» and a year right after a bare four-digit number: the number counts something of that year
_YEAR_OF_ANOTHER = re.compile(r"[^\S\n]+(?:في[^\S\n]+)?(?:عام|العام|سنه|السنه)[^\S\n]+\d{4}(?!\d)")
# a word after a number (not punctuation, not a year word): what it counts
_WORD_AFTER = re.compile(r"[^\S\n]+(?!(?:عام|العام|سنه|السنه|م|هـ)(?![\u0621-\u064A]))[\u0621-\u064A]{2,}")


class Finder(KeyedText, CalendarRules, ContextRules, UnitReferenceRules, EnglishRules):
    """All candidate expressions in one normalised text."""

    def __init__(self, text: str, scrambled: bool):
        super().__init__(text, P.KEY_TABLES)
        self.scrambled = scrambled
        self.cands: list[Cand] = []
        self.last_consumed: tuple[int, int] | None = None  # set by _year_in_line

    def add(self, c: Cand) -> None:
        if self.last_consumed is not None:
            c.consumes, self.last_consumed = self.last_consumed, None
        if not self.in_url(c.start) or c.type == "url_date":
            self.cands.append(c)

    def run(self) -> list[Cand]:
        self.url_dates()
        self.numeric()
        self.named()
        self.ranges()
        self.years()
        self.decades_centuries()
        self.millennia()
        self.parts()
        self.relatives()
        self.bce()
        self.ad_years()
        self.hijri()
        self.hijri_centuries()
        self.gregorian_hijri_pairs()
        self.years_in_context()
        self.word_ranges()
        self.back_references()
        self.periods()
        self.month_deixis()
        self.yesterdays()
        self.todays()
        self.weekday_deixis()
        self.day_ranges_without_year()
        self.english_relatives()
        return self.cands

    # -- dates inside URLs ------------------------------------------------------------
    def url_dates(self) -> None:
        pat = re.compile(
            r"(?<![\dA-Za-z])(?P<y>(?:19|20)\d\d)(?:[/_-](?P<m>0?[1-9]|1[0-2]|[A-Za-z]{3,9})(?:[/_-](?P<d>0?[1-9]|[12]\d|3[01]))?)?(?![\dA-Za-z%])"
            r"|(?<![\dA-Za-z%])(?P<y6>(?:19|20)\d\d)(?P<m6>0[1-9]|1[0-2])(?P<d6>0[1-9]|[12]\d|3[01])?(?![\dA-Za-z])"
            r"|(?<=/)(?P<y2>\d\d)/(?P<m2>0[1-9]|1[0-2])/(?P<d2>0[1-9]|[12]\d|3[01])(?=/)"
        )
        for a, b in self.urls:
            for m in pat.finditer(self.t, a, b):
                if m.group("d6") and self._id_value(m.start()):
                    continue  # ?id=20171205: a number a query names as an id, not a date
                if m.group("y6"):  # 201905 or 20190512
                    y, mo, d = int(m.group("y6")), int(m.group("m6")), m.group("d6") and int(m.group("d6"))
                elif m.group("y2"):  # /19/05/12/: a two-digit year needs its month and day between slashes
                    y, mo, d = 2000 + int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
                else:
                    y, mo, d = int(m.group("y")), m.group("m"), m.group("d")
                    if mo is not None:
                        mo = int(mo) if mo.isdigit() else P.MONTHS_EN.get(mo.lower())
                        if mo is None:  # a word after the year that is not a month
                            d = None
                    d = int(d) if d and mo else None
                if mo and not valid(y, mo, d):
                    continue
                s, e, g = interval(y, mo, d)
                self.add(Cand(m.start(), m.end() if mo else m.start() + 4, "url_date", s, e, g, rank=5))

    def _id_value(self, at: int) -> bool:
        """Whether the URL digits at ``at`` are the value of a query parameter that names no date."""
        m = re.search(r"[?&;]([A-Za-z_]+)=$", self.t[max(0, at - 40):at])
        return bool(m) and not re.search(r"date|day|^d$|^dt$|pub", m.group(1), re.I)

    # -- numeric dates and date-times ---------------------------------------------------
    def numeric(self) -> None:
        sep = r"\s*([/.-])\s*"
        dmy = re.compile(rf"{P.NB}(?P<a>\d{{1,2}}){sep}(?P<b>\d{{1,2}})\s*(?:\2)\s*(?P<y>\d{{4}}|\d\d){P.NA}")
        for m in self.find_at_keys(dmy.pattern, "numdate"):
            a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
            if m.group(2) != "/" and len(ys) == 2:
                continue
            y = int(ys) if len(ys) == 4 else 2000 + int(ys)
            d, mo = (b, a) if b > 12 >= a else (a, b)
            if not valid(y, mo, d):
                continue
            s, e, g = interval(y, mo, d)
            self.add(Cand(m.start(), m.end(), "date", s, e, g, rank=4))
        ymd = re.compile(
            rf"{P.NB}(?P<y>\d{{4}})\s*([/-])\s*(?P<m>\d{{1,2}})\s*\2\s*(?P<d>\d{{1,2}})(?!\d)"
            r"(?P<time>\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[+-]\d\d(?::?\d\d)?)?(?!\d))?"
        )
        for m in self.find_at_keys(ymd.pattern, "numdate"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if not valid(y, mo, d):
                continue
            s, e, _ = interval(y, mo, d)
            if m.group("time"):
                self.add(Cand(m.start(), m.end(), "datetime", s, e, "minute", rank=5))
            else:
                self.add(Cand(m.start(), m.end(), "date", s, e, "day", rank=4))

    # -- dates and months with a month name --------------------------------------------
    def named(self) -> None:
        ys = rf"\s*(?:[/,،.-]\s*)?{P.YEAR_CUE}?{P.Y}{P.NA}"
        patterns = [
            # day month [year]: «4 / شباط / عام 2022», «16 Mar.2025», «18 ديسمبر 1992», «22 نوفمبر»
            (rf"{P.NB}{P.D}\s*(?:[/-]\s*)?(?:شهر\s+)?{P.MON}(?:{ys})?", "dm", 3),
            # ordinal day, month [year]: «الرابع من فبراير 2022»
            (rf"(?<!{P.AL}){P.ORDDAY}{P.MON}(?:{ys})?", "odm", 3),
            # month day, year: «November 12, 2024»; month year: «نوفمبر 2021», «يونيو/2023»,
            # «أيلول / 2022», «October, 2024», «أكتوبر من عام 2004»; a month alone: «منتصف شهر مايو/أيار»
            (rf"{P.MON}(?:\s*{P.D}(?:st|nd|rd|th)?\s*,?\s*{P.Y}{P.NA}|{ys.replace('<y>', '<yb>')})?", "m", 2),
        ]
        if self.scrambled:
            patterns += [
                # reversed by right-to-left extraction: «1992ديسمبر 18», «1999ديسمير عام9», «2011يناير
                # الأول من», «1994يوليو», «2004وفي أكتوبر من عام»
                (rf"{P.NB}{P.Y}\s*(?:و?في\s*)?(?:شهر\s+)?{P.MON}(?:\s*(?:عام\s*)?{P.D}(?![\d-])"
                 rf"|\s*(?P<od>{P.ORDW})\s+منو?(?:في)?(?!{P.AL})|\s+من\s+(?:ال)?عام)?", "ym", 1),
                (rf"{P.NB}{P.Y}\s*(?:و?في\s*)?{P.ORDDAY}{P.MON}", "yodm", 3),
                # month then day, the year elsewhere in the line: «أكتوبر 4في»
                (rf"{P.MON}\s*{P.D}(?![\d-]|\s*(?:الي|-)\s*\d)", "md", 1),
            ]
        for pat, kind, rank in patterns:
            if kind in ("m", "md"):  # the pattern begins with the month name
                found = self.find_at_keys(pat, "month")
            elif kind in ("ym", "yodm"):  # the pattern begins with the year
                found = self.find_at_keys(pat, "year")
            elif kind == "dm":  # the pattern begins with a day of one or two digits
                found = self.find(pat, "month", "digit", ("day",))
            else:  # an ordinal day: «الرابع من فبراير»
                found = self.find(pat, "month", at=("ordinal",))
            for m in found:
                self._named_match(m, kind, rank)

    def _named_match(self, m: re.Match, kind: str, rank: int) -> None:
        self.last_consumed = None
        if _letter_before(self.t, m.start("mon")):
            return
        mon_text = m.group("mon")
        if kind == "m" and not (m.group("y") or m.group("yb")) and (P.is_weak_alone(mon_text) or mon_text.isascii()) and (
                mon_text.isascii() or not P.COORDINATED_MONTH.match(self.t, m.end("mon"))):
            return  # a weak name alone (not one coordinated with a month: «في مارس ويونيو 2020»);
            # an English month name alone is too ambiguous to count
        mon, note = P.month_value(mon_text)
        if mon is None:
            return
        gd = m.groupdict()
        y = gd.get("y") or gd.get("yb")
        y = int(y) if y else None
        if kind == "m" and y is not None:
            kind, rank = "my", 3 if gd.get("d") else 2
        if kind == "ym" and (gd.get("d") or gd.get("od")):
            rank = 3
        if gd.get("od"):
            v = P.ordinal_day(gd["od"])
            if not v or not v[1] or not 1 <= v[0] <= 31:
                return
            d = v[0]
        else:
            d = int(gd["d"]) if gd.get("d") else None
        if kind in ("ym", "yodm", "md"):
            note = "; ".join(filter(None, [note, "reordered parts recovered in a scrambled line"]))
        if y is None:
            # a month or day without a year: resolved later against an anchor
            if self.scrambled:
                y, note2 = self._year_in_line(m)
                if y is not None:
                    note = "; ".join(filter(None, [note, note2]))
            if d is None and P.MONTH_EVENT_BEFORE.search(self.t, max(0, m.start("mon") - 16), m.start("mon")):
                return  # «حرب حزيران», «ثورة يوليو»: an event's name
            if P.RECURRING_AFTER.match(self.t, m.end()):
                return  # «في 12 نيسان من كل عام»: a date that recurs, not one day
            if y is None:
                c = Cand(m.start(), m.end(), "date" if d else "month", None, None, "day" if d else "month",
                          note=note, rank=rank, relative=("month", mon, d), explicit=False)
                self.add(c)
                return
        if not valid(y, mon, d):
            return
        s, e, g = interval(y, mon, d)
        self.add(Cand(m.start(), m.end(), "date" if d else "month", s, e, g, note=note, rank=rank))

    def _year_in_line(self, m: re.Match) -> tuple[int | None, str | None]:
        """The one unattached four-digit year in the month's line of a scrambled text or, failing
        that, in the next line (where a phrase cut at the end of a right-to-left line goes on)."""
        a = max(self.t.rfind("\n", 0, m.start()) + 1, m.start() - P.LINE_MAX)
        for where in ("line", "next line"):
            b = self.t.find("\n", m.end() if where == "line" else a, (m.end() if where == "line" else a) + P.LINE_MAX)
            b = min(len(self.t), (m.end() if where == "line" else a) + P.LINE_MAX) if b < 0 else b
            years = [y for y in re.finditer(rf"{P.NB}(?:19|20)\d\d{P.NA}", self.t[a:b])
                     if not P.COUNTED_RE.match(self.t, a + y.end())
                     and not P.CITATION_BEFORE.search(self.t, max(0, a + y.start() - 3), a + y.start())
                     and not P.ATTACHED_MONTH.match(self.t, a + y.end())]
            if len(years) == 1:
                y = years[0]
                self.last_consumed = (a + y.start(), a + y.end())
                return int(y.group()), f"year {y.group()} recovered from the {where} of a scrambled text"
            if years:
                return None, None
            while b < len(self.t) and self.t[b] == "\n":
                b += 1
            a = b
        return None, None

    # -- day ranges and year ranges -----------------------------------------------------
    def ranges(self) -> None:
        t = self.t
        dr = [rf"{P.NB}{P.D}{P.RANGE_SEP}{P.D2}\s*(?:[/-]\s*)?{P.MON}\s*(?:[/,،-]\s*)?{P.YEAR_CUE}?{P.Y}{P.NA}"]
        if self.scrambled:
            dr.append(rf"{P.NB}{P.Y}\s*{P.MON}\s*{P.D2}\s*-\s*{P.D}(?!\d)")
        if self.scrambled:
            dr.append(rf"{P.MON}\s*{P.D2}\s*(?:الي|-)\s*{P.D}(?![\d-])")
        for pat in dr:
            if pat.startswith("(?P<mon>"):
                found = self.find_at_keys(pat, "month")
            elif pat.startswith(P.NB + "(?P<y>"):
                found = self.find_at_keys(pat, "year")
            else:  # a day range with its year, beginning with its first day
                found = self.find(pat, "month", "year", ("day",))
            for m in found:
                if _letter_before(self.t, m.start("mon")):
                    continue
                mon, note = P.month_value(m.group("mon"))
                self.last_consumed = None
                if m.groupdict().get("y"):
                    y = int(m.group("y"))
                else:
                    y, note = self._year_in_line(m)
                    if y is None:
                        continue
                d1, d2 = int(m.group("d")), int(m.group("d2"))
                if mon is None or d1 == d2:
                    continue
                if d1 > d2:
                    d1, d2 = d2, d1
                    note = "; ".join(filter(None, [note, "day range printed reversed"]))
                if not (valid(y, mon, d1) and valid(y, mon, d2)):
                    continue
                self.add(Cand(m.start(), m.end(), "day_range", iso(y, mon, d1), iso(y, mon, d2), "day",
                               note=note, rank=4))
        # year ranges: «2021-2025», «٢٠٢٣-٢٠١٤» (reversed), «١٩٩١.١٩٤٩», «من عام 1949 الى عام 1960», «بين عامي 2021 و2022»
        yr = [
            rf"{P.NB}{P.Y}\s*(?:-|–|/|\.)\s*{P.Y2}{P.NA}",
            rf"(?<!{P.AL})(?:من\s+(?=\D{{0,12}}\d{{4}}\s*(?:-|–|الي|حتي|وحتي|والي)(?!{P.AL}))|بين\s+)"
            rf"{P.YEAR_CUE}?(?:عامي\s+)?{P.Y}\s*(?:-|–|و|الي|حتي|وحتي|والي)\s*(?:(?P<mod>{trie(P.MODIFIER_WORDS)})\s+)?{P.YEAR_CUE}?{P.Y2}{P.NA}",
            rf"(?<!{P.AL})(?:ما\s+)?بين\s+(?:ال)?(?:اعوام|سنوات|عامي)\s*\(?\s*{P.Y}\s*(?:-|–|و|الي)\s*{P.Y2}\s*\)?",
            rf"(?i:\b(?:from|between)\s+{P.Y}\s*(?:to|and|-|–)\s*{P.Y2}{P.NA})",
        ]
        if self.scrambled:  # «2025وحتى 2021»: «من 2021 وحتى 2025» with its words reversed
            yr.append(rf"{P.NB}{P.Y}\s*(?:و?حتي|الي)\s+{P.Y2}{P.NA}(?=\s*{P.AL})")
        leads = {1: ("من", "بين"), 2: ("ما", "بين"), 3: ("w:from",)}  # where the others begin
        for i, pat in enumerate(yr):
            found = self.find_at_keys(pat, "year") if pat.startswith(P.NB) else self.find(pat, "year", "two keys", leads[i])
            for m in found:
                y1, y2 = int(m.group("y")), int(m.group("y2"))
                # a span of up to 150 years; in brackets (a title's period, «تاريخ الكويت الحديث (1965-1750)») 300
                bracketed = t[max(0, m.start() - 2):m.start()].strip().endswith("(") and t[m.end():m.end() + 2].strip().startswith(")")
                if y1 == y2 or abs(y1 - y2) > (300 if bracketed else 150) or not (1000 <= min(y1, y2) and max(y1, y2) <= 2199):
                    continue
                sep_dot = i == 0 and "." in t[m.start("y") + 4 : m.start("y2")]
                if i == 0 and P.NOT_YEAR_BEFORE.search(t, max(0, m.start() - 12), m.start()):
                    continue
                note = f"end: {P.MODIFIER_WORDS[m.group('mod').strip()]}" if m.groupdict().get("mod") else None
                if y1 > y2:
                    y1, y2 = y2, y1
                    note = "year range printed reversed (right-to-left extraction)"
                elif sep_dot or i == 4:
                    continue  # «1949.1991» in reading order is a decimal number, not a range
                self.add(Cand(m.start(), m.end(), "year_range", iso(y1), iso(y2, 12, 31), "year",
                               note=note, rank=3 + (i > 0)))
        # two consecutive years after a dual year noun, «عامي 2020 و2021», «خلال سنتي ٢٠١٨ و٢٠١٩»: one span
        # of two whole years (issue 10). Not «عامي 2010 و2015» (two years apart: two dates), not without the dual.
        dual = re.compile(rf"(?:(?<!{P.AL})[وبلف]?(?:عامي|سنتي)|(?:ال)?عامين|(?:ال)?سنتين)\s*$")
        for m in self.find_at_keys(rf"{P.NB}{P.Y}\s*و\s*{P.Y2}{P.NA}", "year"):
            y1, y2 = int(m.group("y")), int(m.group("y2"))
            if y2 != y1 + 1 or not (1000 <= y1 <= 2199) or not dual.search(t, max(0, m.start() - 12), m.start()):
                continue
            self.add(Cand(m.start(), m.end(), "year_range", iso(y1), iso(y2, 12, 31), "year", rank=4))

    # -- bare years ---------------------------------------------------------------------
    def years(self) -> None:
        t = self.t
        cue = re.compile(rf"(?:(?<!{P.AL})[وبلف]?(?:ال)?(?:عام|عامي|سنه|سنة)|(?i:\bin|\byear|©))\s*$")
        for m in self.find_at_keys(rf"{P.NB}(?P<y>\d{{4}}){P.NA}", "year"):
            y = int(m.group("y"))
            before = t[max(0, m.start() - 12) : m.start()]
            # a cue word before it («عام», «in» …) is looked for only where it matters
            decade = t[m.end() : m.end() + 1] == "s" and y % 10 == 0 and not t[m.end() + 1 : m.end() + 2].isalpha()
            if not (1900 <= y <= 2099 or (1000 <= y <= 2199 and (decade or cue.search(before)))):
                continue
            glued = self.scrambled and m.end() < len(t) and "\u0621" <= t[m.end()] <= "\u064a"
            if P.NOT_YEAR_BEFORE.search(before) or (P.COUNTED_RE.match(t, m.end()) and not glued):
                continue
            if not cue.search(before) and _WORD_AFTER.match(t, m.end()) \
                    and P.PART_LIST_BEFORE.search(t, max(0, m.start() - 120), m.start()):
                continue  # «منهم 1900 إثيوبي و500 صيني»: a count in a partitive's list, not a year
            if not self.scrambled and not cue.search(before) and not P.TEMPORAL_BEFORE.search(before) and (
                    P.COUNTED_PLURAL_RE.match(t, m.end()) or P.COUNTED_SINGLE_RE.match(t, m.end())):
                continue  # «شارك 2019 متطوعاً», «ارتفع العدد إلى 2010 أشخاص»: a count, not a year
            if not self.scrambled and not cue.search(before) and not P.TEMPORAL_BEFORE.search(before) and \
                    _SHARE_AFTER.match(t, m.end()):
                continue  # «والهندسة 2520 (20%)، والعلوم الصحية 2016 (16%)»: an item of a breakdown with its share
            if not cue.search(before) and _YEAR_OF_ANOTHER.match(t, m.end()):
                continue  # «3200 مدني عام 2024 مقابل 2000 عام 2022»: no year is followed by another year's «عام»
            if self.scrambled and P.COUNTED_BEFORE.search(before) and not cue.search(before):
                continue
            if t[m.end() : m.end() + 1] == "s":  # «1990s»
                s, e = iso(y - y % 10), iso(y - y % 10 + 9, 12, 31)
                self.add(Cand(m.start(), m.end() + 1, "decade", s, e, "decade", rank=2))
                continue
            s, e, g = interval(y)
            self.add(Cand(m.start(), m.end(), "year", s, e, g, rank=1))

    # -- decades and centuries ----------------------------------------------------------
    def decades_centuries(self) -> None:
        # «العقد الأول من القرن الحادي والعشرين»
        for m in self.find(rf"(?<!{P.AL})[وبلف]?العقد\s+(?P<ord>الاخير|{P.NUMWORDS})\s+{P.CENTURY}", "century", "two keys",
                           ("keys", "glued")):
            v = (10, True) if m.group("ord") == "الاخير" else words_value(m.group("ord"))
            if not v or not v[1] or not 1 <= v[0] <= 10:
                continue
            self.add(self._century_cand(m, decade_index=v[0] - 1))
        for m in self.find(rf"{P.DECADE}(?:\s+{P.CENTURY})?", "century", at=("keys", "glued")):
            self.add(self._century_cand(m, decade=P.DECADE_WORDS[m.group("dec")]))
        if self.scrambled:  # «القرن المنصرم.تسعينيات»: the two halves in reversed order
            for m in self.find(rf"(?<!{P.AL}){P.CENTURY}\s*[.،]?\s*{P.DECADE}", "century", "two keys",
                               ("keys", "glued", "من")):
                c = self._century_cand(m, decade=P.DECADE_WORDS[m.group("dec")])
                c.note = "reordered parts recovered in a scrambled line"
                c.rank = 4
                self.add(c)
            self._reversed_decades()
        for m in self.find(rf"(?<!{P.AL}){P.CENTURY}", "century", at=("keys", "glued", "من")):
            self.add(self._century_cand(m))
        for m in self.find(P.EN_CENTURY.pattern, "century", "w:century"):
            n = P.EN_ORDINALS.get(m.group("n").lower()) or int(re.sub(r"\D", "", m.group("n")) or 0)
            if not 1 <= n <= 22:
                continue
            s, e = century_interval(n, None, None)
            mod = P.MODIFIER_WORDS.get((m.group("mod") or "").lower().split(" ")[0].replace("middle", "mid"))
            self.add(Cand(m.start(), m.end(), "century", s, e, "century", modifier=mod, rank=3))
        for m in self.find(P.EN_DECADE.pattern, "century", "w:decade"):
            dec = P.EN_DECADES.get(m.group("dec").lower())
            if dec is None:  # a case-insensitive match with a letter such as ſ (long s): no English word
                continue
            c = Cand(m.start(), m.end(), "decade", None, None, "decade", rank=3, explicit=False,
                      relative=("century", None, dec, None, False))
            self.add(c)

    def _reversed_decades(self) -> None:
        """«والعشرين الحادي القرن من الأول العقد أوائل»: a line of a scrambled text whose words
        came out in reverse order. Each line holding «العقد» is read again with its words reversed;
        a decade of a century found there becomes a row spanning the words it used."""
        pat = _compile(
            rf"(?:(?P<mod>{trie(k for k in P.MODIFIER_WORDS if not k.isascii())})\s+)?"
            rf"العقد\s+(?P<ord>الاخير|{P.NUMWORDS})\s+{P.CENTURY}"
        )
        covered = -1
        for ks, _ in self._keys["century"]:
            if ks < covered or not self.t.startswith("العقد", ks):
                continue
            # the line around the key, at most P.LINE_MAX characters either side
            a = max(self.t.rfind("\n", max(0, ks - P.LINE_MAX), ks) + 1, ks - P.LINE_MAX)
            b = self.t.find("\n", ks, ks + P.LINE_MAX)
            b = min(len(self.t), ks + P.LINE_MAX) if b < 0 else b
            covered = b - 100  # a later «العقد» this close to the end is read with its own stretch
            words = [w.span() for w in _compile(r"\S+").finditer(self.t, a, b)][::-1]
            starts, pos = [], 0
            for ws, we in words:
                starts.append(pos)
                pos += we - ws + 1
            text = " ".join(self.t[ws:we] for ws, we in words)
            for m in pat.finditer(text):
                v = (10, True) if m.group("ord") == "الاخير" else words_value(m.group("ord"))
                if not v or not v[1] or not 1 <= v[0] <= 10:
                    continue
                used = words[bisect_right(starts, m.start()) - 1 : bisect_right(starts, m.end() - 1)]
                c = self._century_cand(m, decade_index=v[0] - 1)
                c.start, c.end = min(ws for ws, _ in used), max(we for _, we in used)
                c.modifier = P.MODIFIER_WORDS[m.group("mod")] if m.group("mod") else None
                c.note, c.rank = "words of a scrambled line read in reverse order", 4
                self.add(c)

    def _century_cand(self, m: re.Match, decade: int | None = None, decade_index: int | None = None) -> Cand:
        cent = m.groupdict().get("cent")
        rel = None
        n = None
        if cent:
            if cent in P.CENTURY_REL:
                rel = P.CENTURY_REL[cent]
            elif cent.removeprefix("ال").isdigit():  # «القرن 19»، «القرن الـ19»
                n = int(cent.removeprefix("ال"))
            elif re.fullmatch(r"[IVX]+", cent):  # «القرن XIX»
                n = roman_value(cent)
            else:
                v = words_value(cent)
                n = v[0] if v and v[1] else None
        typ = "century" if decade is None and decade_index is None else "decade"
        c = Cand(m.start(), m.end(), typ, None, None, typ, rank=3)
        if rel is not None:
            # «القرن الماضي/الحالي/المقبل» counts from the time of writing, «القرن السابق» from the date just told
            c.relative = ("century", rel, decade, decade_index, cent not in P.ANAPHORA)
            c.explicit = False
            return c
        if n is None and cent:
            return replace(c, start=m.start(), end=m.end(), note="century not understood")
        if n is None:  # a bare decade: «التسعينيات»
            c.relative = ("century", None, decade, decade_index, False)
            c.explicit = False
            return c
        s, e = century_interval(n, decade, decade_index)
        c.start_date, c.end_date = s, e
        return c

    # -- millennia ----------------------------------------------------------------------
    def millennia(self) -> None:
        for m in self.find_at_keys(P.MILLENNIUM, "century"):
            mil, note = m.group("mil"), None
            if mil is None:
                # the bare word is a time only after a modifier: «بداية الألفية» (not «أهداف الألفية»)
                if self._has_modifier(m.start()):
                    self.add(Cand(m.start(), m.end(), "millennium", None, None, "millennium", rank=3,
                                   relative=("millennium", "current"), explicit=False))
                    continue
                if self.scrambled:
                    mil, note = self._qualifier_in_line(m)
                if mil is None:
                    continue
            if mil == "الجديده":
                self.add(Cand(m.start(), m.end(), "millennium", None, None, "millennium", note=note, rank=3,
                               relative=("millennium", "new"), explicit=False))
                continue
            v = words_value(mil)
            if v and v[1] and 1 <= v[0] <= 3:
                s, e = millennium_interval(v[0])
                self.add(Cand(m.start(), m.end(), "millennium", s, e, "millennium", note=note, rank=3))
        for m in self.find(P.EN_MILLENNIUM.pattern, "century", "w:millennium"):
            mil = m.group("mil").lower()
            if mil == "new":
                self.add(Cand(m.start(), m.end(), "millennium", None, None, "millennium", rank=3,
                               relative=("millennium", "new"), explicit=False))
            elif mil in P.EN_MILLENNIA:  # not «fırst» (dotless i), which the pattern also matches
                s, e = millennium_interval(P.EN_MILLENNIA[mil])
                self.add(Cand(m.start(), m.end(), "millennium", s, e, "millennium", rank=3))

    def _has_modifier(self, start: int) -> bool:
        """Whether a modifier word («بداية», «منتصف» …) stands just before ``start``."""
        found = prefix(self.t, start)
        return found is not None and found[2] is not None

    def _qualifier_in_line(self, m: re.Match) -> tuple[str | None, str | None]:
        """The one word qualifying a bare «الألفية» («الجديدة», «الثالثة» …) elsewhere in its line
        of a scrambled text, where the words of a phrase come out of order (possibly glued to a
        following «في»)."""
        t = self.t
        a = max(t.rfind("\n", 0, m.start()) + 1, m.start() - P.LINE_MAX)
        b = t.find("\n", m.end(), m.end() + P.LINE_MAX)
        b = min(len(t), m.end() + P.LINE_MAX) if b < 0 else b
        found = [q.group("q") for q in P.LINE_QUALIFIER.finditer(t, a, b)]
        if len(found) != 1:
            return None, None
        return found[0], f"qualifier «{found[0]}» recovered from the line of a scrambled text"

    # -- quarters and halves of a year ---------------------------------------------------
    def parts(self) -> None:
        t = self.t
        for m in self.find_at_keys(P.PART_AR, "part"):
            unit, k = P.PARTS[m.group("part")], P.PART_ORDINALS[m.group("ord")]
            if k > P.PARTS_IN_YEAR[unit]:
                continue
            k = P.PARTS_IN_YEAR[unit] if k < 0 else k
            if m.group("y"):
                self._part(m, unit, k, int(m.group("y")))
            elif m.group("rel"):
                n = P.YEAR_DEIXIS[re.sub(r"\s+", " ", m.group("rel"))]
                anaphoric = any(w in m.group("rel") for w in P.ANAPHORA)  # «العام التالي», «السنة السابقة»
                self.add(Cand(m.start(), m.end(), unit, None, None, unit, rank=3, part=(unit, k),
                               relative=("deixis" if n == 0 and not anaphoric else "shift", "year", n, anaphoric), explicit=False))
            elif not P.PART_OF.match(t, m.end()):
                # named without a year: its year is taken as a month's is (from the first month)
                first = (k - 1) * 12 // P.PARTS_IN_YEAR[unit] + 1
                self.add(Cand(m.start(), m.end(), unit, None, None, unit, rank=3, part=(unit, k),
                               relative=("month", first, None), explicit=False))
        for pat, family, needs, at in ((P.PART_EN, "part", "w:part", None), (P.PART_Q, "year", "latin", ("latin",))):
            for m in self.find(pat.pattern, family, needs, at):
                unit, o = P.PARTS.get(m.group("part")) or P.PARTS[m.group("part").lower()], m.group("ord")
                k = int(o) if o.isdigit() else P.PART_ORDINALS.get(o.lower())
                if k is None or k > P.PARTS_IN_YEAR[unit]:  # «ſecond» (long s) is no English ordinal
                    continue
                self._part(m, unit, P.PARTS_IN_YEAR[unit] if k < 0 else k, int(m.group("y")))

    def _part(self, m: re.Match, unit: str, k: int, y: int) -> None:
        if 1000 <= y <= 2199:
            s, e = part_interval(unit, k, y)
            self.add(Cand(m.start(), m.end(), unit, s, e, unit, rank=3))

    # -- relative expressions -----------------------------------------------------------
    def relatives(self) -> None:
        sing = trie(P.UNIT_SINGULAR_DEF)
        # «هذا العام», «هذه السنة»
        for m in self.find_at_keys(rf"(?<!{P.AL})[وفب]?(?:هذا|هذه)\s+(?P<u>{sing})(?!{P.AL})", "relative"):
            self._rel(m, "deixis", P.UNIT_SINGULAR_DEF[m.group("u")], 0, False)
        # «العام الماضي», «الشهر المقبل», «العام التالي»
        for m in self.find_ending_at_keys(rf"(?<!{P.AL})[وفبل]?(?P<u>{sing})\s+(?P<w>{trie({**P.DEIXIS, **P.ANAPHORA})})(?!{P.AL})",
                                          "relative", {**P.DEIXIS, **P.ANAPHORA}):
            w = m.group("w")
            unit = P.UNIT_SINGULAR_DEF[m.group("u")]
            n = {**P.DEIXIS, **P.ANAPHORA}[w]
            if unit == "decade" and n == -1:
                self._rel(m, "span", "year", -10, w in P.ANAPHORA)
            else:
                # «العام الجاري»: the present, counted from the time of writing
                self._rel(m, "deixis" if n == 0 and w not in P.ANAPHORA else "shift", unit, n, w in P.ANAPHORA)
        self.unit_references()  # :mod:`.unitrefs`
        # «منذ ثلاثة عقود», «بعد شهرين», «قبل خمس سنوات»
        units = trie(P.UNITS)
        duals = trie(k for k in P.UNIT_DUALS if not k.startswith("ال"))
        for m in self.find_at_keys(
            rf"(?<!{P.AL})[وف]?(?P<rel>منذ|قبل|بعد)\s+(?:(?P<n>{P.NUMW})\s+(?P<u>{units})|(?P<dual>{duals})"
            rf"|(?P<one>يوم|اسبوع|شهر|عام|سنه)(?=[^\S\n]*(?:[،,.؛:!؟?]|\n|$)))(?!{P.AL})", "relative"
        ):
            if m.group("one") and self.scrambled:
                continue
            if m.group("one"):
                # «بعد عام،» (a year later), «قبل شهر.» (a month ago): one unit, ending its clause;
                # not «قبل عام 2010», «بعد شهر رمضان», «منذ عام واحد», «منذ يوم إنشائها» (the day
                # of: a noun follows), nor in a scrambled line
                n, unit = 1, P.UNITS[m.group("one")]
            elif m.group("dual"):
                n, unit = 2, P.UNIT_DUALS[m.group("dual")]
            else:
                n = _count(m.group("n"))
                unit = P.UNITS[m.group("u")]
                if n is None:
                    continue
            rel = m.group("rel")
            sign = 1 if rel == "بعد" else -1
            if rel != "منذ" and P.FROM_AFTER.match(self.t, m.end()):
                # «بعد أربع سنوات من توقيعها (عام 1994)», «قبل ستة أشهر من انتهائها»: the time
                # between two events, a duration (a figure), not a date
                continue
            restated = P.RESTATEMENT.search(self.t, max(0, m.start() - 8), m.start())
            if rel == "بعد" and restated:
                continue  # «عام 1908، أي بعد ثماني سنوات»: the time since the date just given
            if rel == "بعد" and _YEAR_GLOSS.match(self.t, m.end()):
                continue  # «بعد أربع سنوات، عام 1953»: the year that follows dates it, the span is a duration
            if rel == "قبل":
                # «قبل ثمانية وعشرين عاماً»: that many units ago, counted from the publication
                # (or given) date, never from a date of the narrative («عام 1997، أي قبل …»)
                self._rel(m, "ago", unit, -n, False)
                continue
            if rel == "منذ" and restated:
                # «منذ عام 2015، أي منذ عشر سنوات»: a date restated as a count back from the writing,
                # like «أي قبل …»: from the publication (or given) date, not from the date it restates
                self._rel(m, "ago", unit, -n, False, modifier="since")
                continue
            self._rel(m, "shift", unit, sign * n, rel != "منذ", modifier="since" if rel == "منذ" else None)
        # «السنوات الخمس المقبلة», «العقدين الماضيين», «الخمس سنوات الماضية», «السنوات الأخيرة»
        for m in self.find_ending_at_keys(
            rf"(?<!{P.AL})[وفبل]?(?P<p>{trie(k[2:] for k in P.UNIT_PLURAL_DEF)})\s+(?P<w>{trie(k[2:] for k in P.PLURAL_DIR)})(?!{P.AL})", "relative",
            {k[2:] for k in P.PLURAL_DIR},
        ):
            self._rel(m, "vague", P.UNIT_PLURAL_DEF["ال" + m.group("p")], 0, False)
        plur = trie(P.UNIT_PLURAL_DEF)
        dual_def = trie(k for k in P.UNIT_DUALS if k.startswith("ال"))
        dirs = trie(P.PLURAL_DIR)
        for m in self.find_ending_at_keys(
            rf"(?<!{P.AL})[وفبل]?(?:(?P<p>{plur})(?:\s+(?:ال)?(?P<n>{P.NUMW}))?|(?P<dual>{dual_def})|(?:ال)?(?P<n2>{P.NUMW})\s+(?P<p2>{trie(k[2:] for k in P.UNIT_PLURAL_DEF)}))\s+(?P<w>{dirs})(?!{P.AL})",
            "relative", P.PLURAL_DIR,
        ):
            d = P.PLURAL_DIR[m.group("w")]
            if m.group("dual"):
                n, unit = 2, P.UNIT_DUALS[m.group("dual")]
            elif m.group("p2"):
                n, unit = _count(m.group("n2")), P.UNIT_PLURAL_DEF["ال" + m.group("p2")]
            else:
                n, unit = (_count(m.group("n")) if m.group("n") else None), P.UNIT_PLURAL_DEF[m.group("p")]
            if n is None:
                self._rel(m, "vague", unit, 0, False)
            else:
                self._rel(m, "span", unit, d * n, False)
        # «سنوات مضت», «منذ سنوات»
        for m in self.find_at_keys(rf"(?<!{P.AL})[وف]?منذ\s+(?:عده\s+)?(?:سنوات|عقود|اعوام)(?!{P.AL})", "relative"):
            self._rel(m, "vague", "year", 0, False)
        for m in self.find_ending_at_keys(rf"(?<!{P.AL})(?:سنوات|عقود|اعوام)\s+(?:مضت|خلت)(?!{P.AL})", "relative", ("مضت", "خلت")):
            self._rel(m, "vague", "year", 0, False)

    def _rel(self, m: re.Match, kind: str, unit: str, n: int, anaphoric: bool, modifier: str | None = None) -> None:
        self.add(Cand(m.start(), m.end(), "relative", None, None, unit, modifier=modifier, rank=2,
                       relative=(kind, unit, n, anaphoric), explicit=False))

