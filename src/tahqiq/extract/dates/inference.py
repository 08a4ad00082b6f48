"""An anchor inferred from the text itself, when no publication date is given or catalogued.

Relative expressions («العام الماضي», a month without a year) need the date a text was written.
When the caller gives none (``--date``, ``date_published``) and the catalogue has none, it is
inferred from the text, in this order of evidence, and never taken from today's date:

1. a publication cue followed by a date, in the first or last 1,500 characters: «نشر في», «نشر بتاريخ», «تاريخ النشر», «آخر تحديث»,
   ``Published``, ``Posted``, ``Updated`` (words in :file:`lang/time.yml` ``publication_cues``), or a closing
   formula heading one of the last three lines («حُرر في بكين يوم … 13 نوفمبر 2025م», "Done at Geneva on …":
   ``closing_cues``);
2. a dateline: a full date (a weekday before it counted as part of it) at an end of a short line
   among the first lines of the text, or filling one field of a short line of fields («**منصة الساحل** |
   الثلاثاء 21 تشرين الأول 2025 | قسم الاقتصاد»; not a table's row), or before the dash that runs a wire's dateline into its first
   sentence («الدقم، الثلاثاء 11 نوفمبر 2025 - أعلنت …»), or ending a byline («بقلم: … - نواكشوط،
   الجمعة 7 نونبر 2025»: ``byline_cues`` in :file:`lang/time.yml`);
3. a copyright year (in the first or last 1,500 characters): «©», «حقوق … محفوظة», ``Copyright``;
4. a year in the headline (a short first line, not a sentence, before the text), when the text
   names no later day or month;
5. the latest full date (a day or a month) the text names, BCE and Hijri rows aside.

The anchor's label says it was inferred and gives its evidence (``inferred 2024 (headline:
«…»)``), and every row resolved against it carries that label in ``anchor``.
"""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from functools import lru_cache

from ... import lang
from ...text.normtext import fold
from . import patterns as P
from .anchors import Anchor, parse_anchor
from .intervals import Cand
from ...text.intervals import year_of

_HEAD = 400  # how far into the text a dateline is looked for
_SHORT_LINE = 100
_EDGE = 1500  # publication cues and copyright lines are looked for this near the start or the end
_DATELINE = 30  # the most a dateline holds besides its date («القاهرة - 3 أبريل 2016»)
_AGENCY = re.compile(r"[«\"][^»\"\n]{1,30}[»\"]|\([^)\n]{1,30}\)")


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    words = sorted({fold(w) if not w.isascii() else w for w in lang.lexicon("time")["publication_cues"]},
                   key=lambda w: (-len(w), w))  # longest first, ties in a fixed order (one pattern every run)
    # (a weekday may stand between the cue and its date: «نُشر يوم الثلاثاء 14 أكتوبر 2025»)
    days = sorted({fold(w) for w in lang.lexicon("time")["weekdays"] if not w.isascii()}, key=lambda w: (-len(w), w))
    return re.compile(r"(?i:(?<![\w])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r"))\s*[:：\-–]?\s*(?:(?:" + "|".join(map(re.escape, days)) + r")\s*[،,]?\s*)?")


@lru_cache(maxsize=1)
def _byline_re() -> re.Pattern:
    """A byline's opening at the head of a line, markup before it aside («**بقلم: …», "By …")."""
    cues = lang.lexicon("time")["byline_cues"]

    def alt(ws) -> str:
        ws = sorted({fold(w) if not w.isascii() else w for w in ws}, key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)

    return re.compile(rf"[*_#>\s]*(?i:(?:{alt(cues['bare'])})(?![\w])\s*[:：]?|(?:{alt(cues['colon'])})\s*[:：])")


@lru_cache(maxsize=1)
def _closing_re() -> re.Pattern:
    """A closing formula at the head of a line, markup before it aside («حُرر في بكين يوم …», "Done at …")."""
    ws = sorted({fold(w) if not w.isascii() else w for w in lang.lexicon("time")["closing_cues"]}, key=lambda w: (-len(w), w))
    return re.compile(r"[*_>\s]*(?i:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + r"))(?![\w])")


_CLOSING_LINES = 3  # a closing formula is looked for at the head of this many last lines
_CLOSING_REACH = 120  # the most between the formula's cue and its date (a place, «يوم», a weekday, a Hijri date)


def _closing(t: str, explicit: list[Cand]) -> tuple[Cand, int, int] | None:
    """The date of a closing formula heading one of the text's last lines, with the line's span."""
    end, seen = len(t), 0
    while end > 0 and seen < _CLOSING_LINES:
        a = t.rfind("\n", 0, end) + 1
        if t[a:end].strip():
            seen += 1
            m = _closing_re().match(t, a, end)
            if m is not None:
                c = next((c for c in sorted(explicit, key=lambda c: c.start) if m.end() <= c.start and c.end <= end
                          and c.start - m.end() <= _CLOSING_REACH), None)
                if c is not None:
                    return c, a, end
            elif (c := _signed_date(t, a, end, explicit)) is not None:
                return c, a, end
        end = a - 1
    return None


_SIGNATURE_LINE = 60  # the longest line of a signature (a name, a title, a place) above its date


def _signed_date(t: str, a: int, b: int, explicit: list[Cand]) -> Cand | None:
    """The full date of a line that holds nothing else (a weekday and a place aside), among a text's last
    lines: the date a letter, a speech or a statement was signed («… ⏎ م. طارق … ⏎ الأحد 2 نوفمبر 2025»،
    «الرباط في 4 مارس 2024»). Not a field («تاريخ الاطلاع: …»), a list's item or a bracketed note."""
    c = next((c for c in explicit if a <= c.start and c.end <= b and c.granularity == "day"), None)
    if c is None:
        return None
    # (below a blank line or a short line of a signature, not the end of a sentence wrapped onto its own line)
    prev = t[:max(0, a - 1)].rstrip(" \t").rsplit("\n", 1)[-1]
    if len(prev.strip()) > _SIGNATURE_LINE or any(len(x.strip()) > _SIGNATURE_LINE for x in t[b:].split("\n")) \
            or not any(len(x.strip()) > _SIGNATURE_LINE for x in t[:a].split("\n")):
        return None  # (the text it signs above it, none after it: a dateline over a short text is no signature)
    wd = P.WEEKDAY_BEFORE.search(t, a, c.start)
    before = t[a:wd.start() if wd else c.start]
    rest = before + " " + t[c.end:b]
    if re.search(r"[:：()\[\]|\d]", rest) or re.match(r"\s*(?:[-–—•*>]|\d)", t[a:b]) \
            or len(rest.strip(" .,،*_-–")) > _DATELINE:
        return None
    return c


lang.on_reload(_cue_re.cache_clear)
lang.on_reload(_closing_re.cache_clear)
lang.on_reload(_byline_re.cache_clear)
# a wire's dateline runs into its first sentence after a dash («الدقم، الثلاثاء 11 نوفمبر 2025 - أعلنت …»)
_INTO_TEXT = re.compile(r"\s*\**\s*[-–—]\s")
# the separators of a line of fields (an outlet, a date, a section: «الساحل | الثلاثاء 21 تشرين الأول 2025 | اقتصاد»)
_FIELD_BEFORE = re.compile(r"(?:^|[|•·‖])[\s*_]*$", re.M)
_FIELD_AFTER = re.compile(r"\s*(?:[|•·‖]|$)")
_FIELD_SEPS = re.compile(r"[|•·‖]")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|(?i:copyright)|حقوق[^\n]{0,40}محفوظه)[^\n\d]{0,40}?(?:\d{4}\s*[-–]\s*)?(?P<y>\d{4})")


def _explicit(c: Cand) -> bool:
    return (c.relative is None and c.start_date is not None and c.start_date[:1] != "-"
            and not (c.note or "").startswith("Hijri") and c.type in ("date", "datetime", "month", "year", "day_range"))


def _paired(c: Cand) -> bool:
    """A Hijri day given with its Gregorian day («22 جمادى الأولى 1447هـ الموافق 13 نوفمبر 2025م»): as exact as
    the Gregorian day."""
    return (c.relative is None and c.start_date is not None and c.type in ("date", "datetime")
            and (c.note or "").startswith("Hijri/Gregorian pair"))


def infer_anchor(t: str, cands: list[Cand], raw=None) -> Anchor | None:
    """The anchor the normalised text ``t`` gives itself (see the module's docstring), or None.
    ``raw(a, b)``: the raw text of the normalised span ``a:b`` (for quoting the evidence)."""

    def _quote(t: str, a: int, b: int) -> str:
        return "«" + re.sub(r"\s+", " ", raw(a, b) if raw else t[a:b]).strip()[:80] + "»"

    explicit = [c for c in cands if _explicit(c)]
    # 1. a publication cue followed by a date, near the start or the end of the text
    ends = [(0, min(len(t), _EDGE))] + ([(len(t) - _EDGE, len(t))] if len(t) > 2 * _EDGE else
                                        [(_EDGE, len(t))] if len(t) > _EDGE else [])
    for m in (m for a, b in ends for m in _cue_re().finditer(t, a, b)):
        c = next((c for c in explicit if m.end() <= c.start <= m.end() + 3), None)
        if c is not None:
            return _of(c, f"publication cue: {_quote(t, m.start(), c.end)}")
    # (a closing formula is the document's own date: «حُرر في بكين يوم الخميس … الموافق 13 نوفمبر 2025م»)
    closing = _closing(t, explicit + [c for c in cands if not _explicit(c) and _paired(c)])
    if closing is not None:
        c, a, b = closing
        return _of(c, f"publication cue: {_quote(t, a, b)}")
    # 2. a dateline: a full date on a short line near the start
    found = dateline(t, explicit)
    if found is not None:
        c, a, b = found
        return _of(c, f"dateline: {_quote(t, a, b)}")
    # 3. a copyright year
    m = next((m for a, b in ends for m in [_COPYRIGHT.search(t, a, b)] if m), None)
    if m and 1900 <= int(m.group("y")) <= 2199:
        return Anchor(int(m.group("y")), None, None, f"inferred {m.group('y')} (copyright: {_quote(t, m.start(), m.end())})")
    # 4. a year in the headline, unless the text names a later day or month
    first = t.find("\n")  # a headline is a short first line, followed by the text, not a sentence
    headline = 0 < first <= _SHORT_LINE * 1.5 and t[first:].strip() and not t[:first].rstrip().endswith((".", "؟", "?", "!"))
    latest = max((c for c in explicit if c.granularity in ("day", "month", "minute")), key=lambda c: c.start_date,
                 default=None)
    if headline:
        heads = [c for c in explicit if c.end <= first and c.granularity == "year"]
        if heads:
            c = max(heads, key=lambda c: c.start_date)
            if latest is None or year_of(latest.start_date) <= year_of(c.start_date):
                return _of(c, f"headline: {_quote(t, 0, first)}")
    # 5. the latest full date the text names
    if latest is not None:
        return _of(latest, f"latest full date in the text: {_quote(t, latest.start, latest.end)}")
    return None



def dateline(t: str, cands: list[Cand]) -> tuple[Cand, int, int] | None:
    """The dateline of the normalised text ``t`` (see the module's docstring, 2.), as the date read there and the
    dateline's span ``a:b`` (its line, or up to the dash that runs it into the lead), or None. Also where a wire's lead
    begins (:meth:`.context.ContextRules.todays`)."""
    for c in sorted((c for c in cands if _explicit(c)), key=lambda c: c.start):
        if c.start > _HEAD:
            break
        a, b = t.rfind("\n", 0, c.start) + 1, t.find("\n", c.end)
        b = len(t) if b < 0 else b
        into = _INTO_TEXT.match(t, c.end, b)
        if into is not None and t[a:c.start].strip():
            b = into.start()  # the dateline ends at the dash; its sentence follows
        # a byline ends with the date its author signed it («**بقلم: … - نواكشوط، الجمعة 7 نونبر 2025**»)
        byline = _byline_re().match(t, a, c.start) is not None and b - a <= _SHORT_LINE
        # at an end of its line, an agency's name in brackets after it aside («… 2025 - (وكالة …)»)
        alone = not _AGENCY.sub("", t[c.end : b]).strip(" .,،:|-–*_") or not t[a : c.start].strip()
        # a weekday before the date is part of it («القاهرة – الجمعة 14 مايو 2025»)
        wd = P.WEEKDAY_BEFORE.search(t, a, c.start)
        # and an agency's name in quotes or brackets is not the line's text («– «الأنباء» –»)
        other = (b - a) - (c.end - c.start) - (len(wd.group()) if wd else 0) \
            - sum(len(q) for q in _AGENCY.findall(t[a:c.start] + "\n" + t[c.end:b]))
        # or one field of a line of fields («**منصة الساحل** | الثلاثاء 21 تشرين الأول 2025 | قسم الاقتصاد»)
        fielded = b - a <= _SHORT_LINE and _FIELD_BEFORE.search(t, a, wd.start() if wd else c.start) is not None \
            and _FIELD_AFTER.match(t, c.end, b) is not None and len(_FIELD_SEPS.findall(t, a, b)) <= 3
        if t[a:b].lstrip(" *_").startswith("|"):
            continue  # a row of a table, which opens with its separator and may date anything
        if c.granularity in ("day", "minute") and ((other <= _DATELINE or byline) and alone or fielded):
            return c, a, b
        if byline and c.granularity == "month" and _SHORT_TAIL.fullmatch(t, c.end, b):
            # an issue line names the month it was issued, with at most a short field after it («إصدار: إدارة
            # الاتصال، القاهرة، نوفمبر 2025 - ورقة رقم 4»)
            return c, a, b
    return None


_SHORT_TAIL = re.compile(r"[^\S\n]*(?:[-–|][^\n]{0,30})?[ .*_]*")


def _of(c: Cand, evidence: str) -> Anchor | None:
    y, m, d = c.start_date.split("-")
    value = {"year": y, "month": f"{y}-{m}"}.get(c.granularity, f"{y}-{m}-{d}")
    a = parse_anchor(value, "inferred")
    return a if a is None else Anchor(a.y, a.m, a.d, f"{a.label} ({evidence})")
