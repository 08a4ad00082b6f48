"""Rules for dates of other eras and calendars: years and centuries before the common era, and
Hijri dates (converted to Gregorian intervals with ``hijridate``, the Umm al-Qura calendar).

* The first millennium: «عام 622م», «سنة 711 ميلادية», «622 AD» (a year below 1000 only with its era).
* BCE: «عام 660 قبل الميلاد», «660 ق.م», «القرن الثامن قبل الميلاد», «660 BC», «the 8th century
  BC», «الألفية الثالثة قبل الميلاد» (3000..2001 BC), «the third millennium BC». Years are numbered astronomically (660 BC is ``-0659``; see :func:`.intervals.iso`); a
  century BC covers its whole hundreds (the eighth is ``-0799``..``-0700``). A BCE expression is
  never the anchor of a relative one.
* Hijri: a year, a month or a date marked as Hijri by «هـ» (or «هجري», «للهجرة») or named with a
  Hijri month («15 رمضان 1445»), and the numeric «٢٧ / ٨ / ١٤١٢هـ». Its interval is the Gregorian
  days the Hijri unit covers (a Hijri year spans parts of two Gregorian years); ``note`` gives
  the Hijri date. Outside the Umm al-Qura tables of ``hijridate`` (1343-1500 AH) no interval is
  computed (the row says so) rather than one guessed by arithmetic.
* A Hijri century («القرن الثامن الهجري»: 700..799 AH, approximate) and its pair with a Gregorian
  one («القرن الثامن الهجري/الرابع عشر الميلادي»: the fourteenth century, the halves checked).
* A Hijri/Gregorian pair («1445هـ/2024م», «2024م (1445هـ)») is one expression: its interval is the
  Gregorian half's, and its note says whether the halves agree (their intervals overlap).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ...text import recache as re  # re, with compiled patterns kept between runs

from . import patterns as P
from .intervals import Cand, bce_century_interval, bce_year, century_interval, iso, last_day
from ..numerals import words_value

HIJRI_YEARS = (1343, 1500)  # the years hijridate's Umm al-Qura tables cover


@lru_cache(maxsize=4096)
def hijri_interval(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str] | None:
    """The Gregorian days (ISO, inclusive) of a Hijri year, month or day, or None outside the
    Umm al-Qura tables. ``hijridate`` is imported here, not with the module: most texts name no
    Hijri date, and its import was a tenth of a fresh process's cost of the dates extractor."""
    from hijridate import Hijri

    try:
        if d == 30 and m is not None and Hijri(y, m, 1).month_length() == 29:
            # the 30th of a month the tables give 29 days (a month begun by sighting the moon may
            # have it): the day after the 29th
            g = (Hijri(y, m, 29).to_gregorian() + timedelta(days=1)).isoformat()
            return g, g
        if d is not None:
            g = Hijri(y, m, d).to_gregorian().isoformat()
            return g, g
        if m is not None:
            first = Hijri(y, m, 1)
            return first.to_gregorian().isoformat(), (first.to_gregorian() + timedelta(days=first.month_length() - 1)).isoformat()
        last = Hijri(y, 12, 1)
        return (Hijri(y, 1, 1).to_gregorian().isoformat(),
                (last.to_gregorian() + timedelta(days=last.month_length() - 1)).isoformat())
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=4096)
def tabular_hijri_interval(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str] | None:
    """The Gregorian days (ISO, inclusive, proleptic) of a Hijri year, month or day by the tabular
    (arithmetic) Islamic calendar of ``convertdate``: for the years outside the Umm al-Qura tables,
    approximate (the months actually observed may begin a day or two apart). ``convertdate`` is
    imported here, not with the module: few texts name such years and its import costs ~40 ms."""
    from convertdate import islamic

    if y < 1 or (m is not None and not 1 <= m <= 12) or (d is not None and not 1 <= d <= islamic.month_length(y, m)):
        return None
    first = islamic.to_gregorian(y, m or 1, d or 1)
    if d is not None:
        last = first
    else:
        lm = m or 12
        last = islamic.to_gregorian(y, lm, islamic.month_length(y, lm))
    return iso(*first), iso(*last)


def _ordinal(w: str) -> int | None:
    """The number of an ordinal: digits («3rd»), English («third») or Arabic words («الثالثة»)."""
    digits = re.sub(r"\D", "", w)
    if digits:
        return int(digits)
    if w.isascii():
        return P.EN_ORDINAL_NUMBERS.get(w.lower())
    v = words_value(w)
    return v[0] if v and v[1] else None


class CalendarRules:
    """Mixed into :class:`.finder.Finder`."""

    # -- before the common era -------------------------------------------------------
    def bce(self) -> None:
        t = self.t
        for marker in self._bce_markers():
            before = t[max(0, marker.start() - 80) : marker.start()]
            start = marker.start() - len(before)
            m = P.BCE_YEAR_BEFORE.search(before)
            if m:
                n = int(m.group("y"))
                if not 1 <= n <= 15000:
                    continue
                y = bce_year(n)
                self.add(Cand(start + m.start(), marker.end(), "year", iso(y), iso(y, 12, 31), "year", rank=6,
                              explicit=False))
                continue
            m = P.BCE_MILLENNIUM_BEFORE.search(before)
            if m:  # «الألفية الثالثة قبل الميلاد»: 3000..2001 BC
                n = _ordinal(m.group("mil") or m.group("mil_en"))
                if n and 1 <= n <= 15:
                    self.add(Cand(start + m.start(), marker.end(), "millennium", iso(bce_year(n * 1000)),
                                  iso(bce_year((n - 1) * 1000 + 1), 12, 31), "millennium", rank=6, explicit=False))
                continue
            m = P.BCE_CENTURY_BEFORE.search(before)
            if m:
                cent = m.group("cent") or m.group("cent_en")
                digits = re.sub(r"\D", "", cent)
                if digits:
                    n = int(digits)
                elif cent.isascii():
                    n = P.EN_ORDINALS.get(re.sub(r"\s+|-", " ", cent.lower()).replace(" ", "-")) or \
                        P.EN_ORDINALS.get(cent.lower())
                else:
                    v = words_value(cent)
                    n = v[0] if v and v[1] else None
                if not n or not 1 <= n <= 150:
                    continue
                s, e = bce_century_interval(n)
                self.add(Cand(start + m.start(), marker.end(), "century", s, e, "century", rank=6, explicit=False))

    def _bce_markers(self) -> list[re.Match]:
        """The markers of a year before the common era («قبل الميلاد», «ق.م», «BC»), found where
        one of their literal parts occurs (cheap on a long text)."""
        t, found, seen = self.t, [], set()
        for lit, back in (("الميلاد", 8), ("ق.", 0), ("ق م", 0), ("BC", 0), ("B.C", 0)):
            i = t.find(lit)
            while i >= 0:
                m = P.BCE_MARKER.search(t, max(0, i - back), i + len(lit) + 4)
                if m and m.start() not in seen:
                    seen.add(m.start())
                    found.append(m)
                i = t.find(lit, i + 1)
        return sorted(found, key=lambda m: m.start())

    # -- years of the first millennium with their era ---------------------------------
    def ad_years(self) -> None:
        """«عام 622م», «سنة 711 ميلادية», «622 AD»: a year below 1000 only with its era marked (a
        cue word alone, «عام 622», may count, and «622 م» alone may be metres)."""
        t = self.t
        if "\u0645" not in t and "AD" not in t and "CE" not in t and "A.D." not in t:
            return
        end = 0
        for hit in P.AD_YEAR_ERA.finditer(t):
            m = P.AD_YEAR.search(t, max(end, hit.start() - 12), hit.end() + 8)
            if m is None or m.start() > hit.start() or m.end() < hit.end() - 1:
                continue
            end = m.end()
            y = int(m.group("y") or m.group("y2"))
            cue = m.group("y2") is not None or m.start("y") > m.start()
            if not y or (m.group("era") == "م" and not cue):
                continue
            self.add(Cand(m.start(), m.end(), "year", iso(y), iso(y, 12, 31), "year", rank=5))

    # -- Hijri dates ---------------------------------------------------------------------
    def hijri(self) -> None:
        for m in self.find_at_keys(P.HIJRI_MONTH_DATE, "hijri"):
            self._hijri(m)
        for m in self.find(P.HIJRI_MONTH_DATE_D, "hijri", "digit", ("day",)):
            self._hijri(m)
        for m in self.find(rf"(?<!{P.AL}){P.ORDDAY}{P.HIJRI_MONTH_DATE}", "hijri", at=("ordinal",)):
            self._hijri(m)  # «الأول من محرم 1446هـ»
        if "\u0647" not in self.t:
            return
        for found in P.HIJRI_MARKER_AFTER_DIGIT.finditer(self.t):
            marker = P.HIJRI_MARKER.match(self.t, found.start() + 1)
            m = P.HIJRI_BEFORE_MARKER.search(self.t, max(0, marker.start() - 40), marker.start())
            if m and m.end() == marker.start():
                self._hijri(m, marker)

    def _hijri(self, m: re.Match, marker: re.Match | None = None) -> None:
        gd = m.groupdict()
        if gd.get("yf"):  # the year first: «1412/8/27هـ»
            gd.update(y=gd["yf"], m=gd["mf"], d=gd["df"])
        y = int(gd["y"])
        mon = P.HIJRI_MONTHS.get(re.sub(r"\s+", " ", gd["hmon"])) if gd.get("hmon") else None
        if gd.get("m"):
            mon = int(gd["m"])
        d = int(gd["d"]) if gd.get("d") else None
        if gd.get("od"):  # «الأول من محرم 1446هـ»
            v = P.ordinal_day(gd["od"])
            if not v or not v[1] or not 1 <= v[0] <= 30:
                return
            d = v[0]
        if not y or (mon is not None and not 1 <= mon <= 12) or (d is not None and not (mon and 1 <= d <= 30)):
            return
        end = marker.end() if marker else m.end()
        if marker is None and (after := P.HIJRI_MARKER.match(self.t, m.end())):
            end = after.end()
        pair = P.GREGORIAN_PAIR_AFTER.match(self.t, end) if marker is not None else None
        if pair and (pair.group("gy0") is None) != (gd.get("y0") is None):
            pair = None  # a range paired with a single year, or the reverse
        start = m.start()
        if gd.get("y0") and pair is None:  # «12-1412هـ» unpaired: the year alone
            start = m.start("y")
        elif len(gd["y"]) < 3 and not gd.get("cue") and pair is None:
            return  # «15هـ» alone: a Hijri year of two digits only after «عام/سنة» or with its pair
        if pair and gd.get("y0"):
            self._range_pair(int(gd["y0"]), y, pair, start)
            return
        label = "-".join(f"{x:02d}" for x in (y, mon, d) if x is not None)
        found = hijri_interval(y, mon, d)
        gran = "day" if d else "month" if mon else "year"
        typ = "date" if d else "month" if mon else "year"
        if found is None:
            found = tabular_hijri_interval(y, mon, d)
            outside = f"Hijri {label}: outside the Umm al-Qura tables ({HIJRI_YEARS[0]}-{HIJRI_YEARS[1]} AH), "
            c = Cand(start, end, typ, *(found or (None, None)), gran, rank=6, explicit=False,
                     note=outside + ("approximate: tabular Islamic calendar" if found else "not converted"))
        else:
            c = Cand(start, end, typ, found[0], found[1], gran, rank=6, explicit=d is not None,
                     note=f"Hijri {label} (Umm al-Qura)")
        # a Gregorian year paired with it: «1445هـ/2024م», «1445هـ (2024م)», «15هـ/636م»
        if pair and mon is None:
            self._pair(c, int(pair.group("gy") or pair.group("gys")), c.start, pair.end(), label, found)
            return
        # a Gregorian month paired with a Hijri one: «رمضان 1445هـ/مارس 2024م»
        if mon is not None and (gm := P.GREGORIAN_MONTH_PAIR_AFTER.match(self.t, end)):
            if self._month_pair(c, gm, label, found):
                return
        self.add(c)

    def hijri_centuries(self) -> None:
        """«القرن الثامن الهجري» (700..799 AH, its Gregorian days by the tabular calendar, marked
        approximate); with its Gregorian pair («/الرابع عشر الميلادي») one row at the Gregorian
        century, the halves checked (their years overlap)."""
        for m in self.find(P.HIJRI_CENTURY, "century", at=("keys", "glued")):
            n = _ordinal(m.group("cent"))
            if not n or not 1 <= n <= 15:
                continue
            first = tabular_hijri_interval(max(1, (n - 1) * 100))
            last = tabular_hijri_interval(n * 100 - 1)
            label = f"Hijri century {n} ({first[0]}..{last[1]})"
            if m.group("gcent") is None:
                self.add(Cand(m.start(), m.end(), "century", first[0], last[1], "century", rank=6, explicit=False,
                              note=f"{label}: approximate, tabular Islamic calendar"))
                continue
            g = _ordinal(m.group("gcent"))
            if not g or not 1 <= g <= 22:
                continue
            s, e = century_interval(g, None, None)
            agree = first[0] <= e and s <= last[1]
            self.add(Cand(m.start(), m.end(), "century", s, e, "century", rank=7,
                          note=f"Hijri/Gregorian pair: {label} " + ("agrees with" if agree else "disagrees with")
                          + f" century {g}"))

    def gregorian_hijri_pairs(self) -> None:
        """«2024م/1445هـ», «2024م (1445هـ)»: the Gregorian half first."""
        for m in self.find_at_keys(P.GREGORIAN_HIJRI_PAIR, "year"):
            hy = int(m.group("hy"))
            self._pair(None, int(m.group("gy")), m.start(), m.end(), f"{hy:02d}", hijri_interval(hy))

    def _pair(self, c: Cand | None, gy: int, start: int, end: int, label: str, found) -> None:
        if not 1 <= gy <= 2199:  # a year of the first millennium too: «15هـ/636م»
            return
        if found is None:
            note = f"Hijri/Gregorian pair: Hijri {label} outside the Umm al-Qura tables, not checked"
        elif found[0][:-6] <= iso(gy)[:-6] <= found[1][:-6]:
            note = f"Hijri/Gregorian pair: Hijri {label} ({found[0]}..{found[1]}) agrees with {gy}"
        else:
            note = (f"Hijri/Gregorian pair disagrees: Hijri {label} is {found[0]}..{found[1]}, "
                    f"not in the Gregorian year {gy}")
        self.add(Cand(start, end, "year", iso(gy), iso(gy, 12, 31), "year", rank=7, note=note))

    def _range_pair(self, hy0: int, hy1: int, pair: re.Match, start: int) -> None:
        """«41-132هـ/661-750م»: one year range valued at its Gregorian half, the halves checked."""
        gy0, gy1 = int(pair.group("gy0")), int(pair.group("gy") or pair.group("gys"))
        if not (0 < hy0 < hy1 and 0 < gy0 < gy1):
            return
        a = hijri_interval(hy0) or tabular_hijri_interval(hy0)
        b = hijri_interval(hy1) or tabular_hijri_interval(hy1)
        agree = a and b and int(a[0][:4]) <= gy0 <= int(a[1][:4]) and int(b[0][:4]) <= gy1 <= int(b[1][:4])
        note = (f"Hijri/Gregorian pair: Hijri {hy0}-{hy1} " + ("agrees with" if agree else "disagrees with")
                + f" {gy0}-{gy1}")
        self.add(Cand(start, pair.end(), "year_range", iso(gy0), iso(gy1, 12, 31), "year", rank=7, note=note))

    def _month_pair(self, c: Cand, gm: re.Match, label: str, found) -> bool:
        """«رمضان 1445هـ/مارس 2024م»: one row valued at the Gregorian month, the halves checked
        (their days overlap)."""
        mon, _ = P.month_value(gm.group("mon"))
        gy = int(gm.group("y"))
        if mon is None or not 1 <= gy <= 2199:
            return False
        s, e = iso(gy, mon), iso(gy, mon, last_day(gy, mon))
        agree = found is not None and found[0] <= e and s <= found[1]
        note = (f"Hijri/Gregorian pair: Hijri {label} ({found[0]}..{found[1]}) " if found else
                f"Hijri/Gregorian pair: Hijri {label} not converted, ")
        note += ("agrees with" if agree else "disagrees with") + f" {gy}-{mon:02d}"
        self.add(Cand(c.start, gm.end(), "month", s, e, "month", rank=7, note=note))
        return True


# «الموافق», «المصادف» between a Hijri day and its Gregorian day (either first): one expression
_DAY_PAIR_JOIN = re.compile(r"(?:[^\S\n]*(?:م|ه)(?![\u0621-\u064A]))?[^\S\n]*[,،]?[^\S\n]*[وف]?(?:ال)?(?:موافق|مصادف|يوافق|يصادف)(?:ه|ين)?(?:[^\S\n]+ل|[^\S\n]+)?[^\S\n]*$")


def join_day_pairs(t: str, cands: list[Cand]) -> list[Cand]:
    """A Hijri day and a Gregorian day joined by «الموافق» («الأول من رمضان 1446هـ الموافق 1 مارس
    2025م»), in either order: one row with the Gregorian day, its note saying whether the halves
    agree. A day glossed in brackets («12 نيسان 1931 (25 ذو القعدة 1349هـ)») stays two rows."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.granularity == c.granularity and c.granularity in ("day", "month", "year")
                and prev.start_date and c.start_date):
            hijri = [x for x in (prev, c) if (x.note or "").startswith("Hijri ")]
            if len(hijri) == 1 and _DAY_PAIR_JOIN.fullmatch(t, prev.end, c.start):
                h = hijri[0]
                g = c if h is prev else prev
                if g.relative is None and g.start_date[:1] != "-":
                    # a month begun by sighting the moon may start a day before or after the tables
                    if c.granularity == "day":
                        off = abs((date.fromisoformat(h.start_date) - date.fromisoformat(g.start_date)).days)
                        agree = "agrees with" if off <= 1 else "disagrees with"
                    else:  # a month or year: the two intervals overlap
                        agree = "agrees with" if h.start_date <= g.end_date and g.start_date <= h.end_date else "disagrees with"
                    label = h.note.split(" (")[0]
                    note = f"Hijri/Gregorian pair: {label} ({h.start_date}) {agree} {g.start_date}"
                    prev.end, prev.start_date, prev.end_date = c.end, g.start_date, g.end_date
                    prev.note, prev.type, prev.relative, prev.explicit = note, "date", None, True
                    continue
        out.append(c)
    return out
