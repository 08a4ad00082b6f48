"""Reading the figures of a text: numbers in digits, in words and duals, with what follows them
(percent, scale word, currency, unit, counted noun), and ranges joined into one figure."""

from __future__ import annotations

import re

from ...text.patterns import lead
from ..numerals import parse_number, words_value
from . import lexicon as L
from .compound import and_after_scale
from .context import _approx, _is_reference_number, _is_year, _prev_token, _prev_words
from .lemmas import fold, lemma


def _row(a: int, b: int, value: float, type_: str = "number", unit: str | None = None,
         counts: tuple[int, int] | None = None, scale: float | None = None, note: str | None = None) -> dict:
    """A candidate figure in normalised offsets."""
    return {"nstart": a, "nend": b, "value": value, "unit": unit, "scale": scale, "counts_span": counts,
            "type": type_, "note": note}


_SHARE_NEXT = re.compile(r"[^\S\n]*\([^\S\n]*[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?[^\S\n]*(?:%|٪|في الم|بالم)")
_YEAR_NEXT = re.compile(r"[^\S\n]+[\d٠-٩]{4}(?![\d٠-٩])")
# «عام»/«سنة» in the form that names a year («عام 2022»), not the plural or accusative of a count («عاماً»):
# after a number and before a year it is the year's («3200 مدني عام 2024 مقابل 2000 عام 2022»)
_YEAR_WORD_BARE = frozenset({"عام", "العام", "سنه", "السنه"})


# «و3 مليارات لحملة السندات»: «ل» (for) on a noun in construct with a definite one is a prepositional phrase
# (for the holders of bonds), not the counted noun, which is never joined by «ل» nor followed by a definite
# genitive («3 ملايين لاجئ سوري» counts refugees)
_FOR_CONSTRUCT = re.compile(r"ل[^\W\d_]{3,}[ \t]+ال[^\W\d_]{2,}")


def _extend(t: str, a: int, b: int, value: float, note: list[str], guess_noun: bool = True) -> dict:
    """Read what follows the number at ``t[a:b]``: percent, scale, currency, unit or counted noun.

    With ``guess_noun`` a word after the number that is not in the lexicon is taken as the noun it
    counts (and the note says so); a scrambled text does not allow that guess.
    """
    row = _row(a, b, value)
    m = L._PERCENT_RE.match(t, b)
    if m:
        row.update(nend=m.end(), unit="%", type="percent")
        return row
    pm = L._PERCENT_BEFORE.search(t[max(0, a - 4):a]) if "%" in t[max(0, a - 4):a] else None
    if pm and not L._PERCENT_AFTER_NUMBER.search(t[max(0, a - 6):a]):
        row.update(nstart=max(0, a - 4) + pm.start(), unit="%", type="percent")  # «%30» printed right to left
        return row
    if t[max(0, a - 2):a].rstrip().endswith("$"):  # «$300 million»
        m = L._SCALE_RE.match(t, b)
        if m:
            row["scale"] = L.SCALES.get(m.group("w"), L.SCALES.get(m.group("w").lower()))
            row.update(value=value * row["scale"], nend=m.end())
        row.update(nstart=t.rindex("$", max(0, a - 2), a), unit="USD", type="money")
        return row
    m = L._EN_COMPOUND_RE.match(t, a)
    if m and m.start("u") - 1 == b:
        row.update(nend=m.end(), unit=m.group("u").lower(), type="count", counts_span=m.span("u"))
        return row
    end = b
    closed = False  # a scale word in the accusative («مليوناً», «ألفاً») is never followed by its noun
    m = L._SCALE_RE.match(t, end)
    if m:
        row["scale"] = L.SCALES.get(m.group("w"), L.SCALES.get(m.group("w").lower()))
        row["value"] = value * row["scale"]
        end = row["nend"] = m.end()
        closed = m.group("w").endswith("ا")
        if rest := and_after_scale(t, end, row["scale"]):  # «ثلاثة آلاف وخمسمائة», «مليون ونصف»
            row["value"] += rest[0]
            end = row["nend"] = rest[1]
            closed = False
    m = L._CURRENCY_RE.match(t, end)
    if m:
        cur = L.CURRENCIES.get(m.group("w")) or L.CURRENCIES.get(m.group("w").lower())
        if m.group("tail") and cur in L.CURRENCY_ADJECTIVES:  # «ريال سعودي»: the adjective names the country
            cur = L.CURRENCY_ADJECTIVES[cur].get(m.group("tail"), cur)
        row.update(nend=m.end(), unit=cur, type="money", counts_span=(m.start("w"), m.end()))
        return row
    m = L._UNIT_RE.match(t, end)
    if m:
        unit = L.UNITS.get(m.group("w")) or L.UNITS.get(m.group("w").lower())
        nend = m.end()
        if m.group("r") and " " in m.group("r") and L._DATED_AFTER.match(t, m.end()):
            nend = m.start() + len(t[m.start():m.start("r")].rstrip())  # «500 طن في العام 2023، في العام الماضي»: when, not a rate
        elif m.group("r"):
            unit = f"{unit}/{L.RATES[m.group('r')]}"
        row.update(nend=nend, unit=unit, type="measure", counts_span=(m.start("w"), nend))
        return row
    m = L._EN_COUNT_RE.match(t, end)
    if m:  # «463 D30 engines», «8 thousand troops»
        row.update(nend=m.end(), unit=L.EN_COUNT_NOUNS[m.group("n").lower()], type="count", counts_span=m.span("n"))
        return row
    m = L._WORD_RE.match(t, end)
    if m:
        w, (ws, we) = m.group("w"), m.span("w")
        if w in L.COUNT_NOUNS and L.COUNT_NOUNS[w] in L._TIME_LEMMAS and _YEAR_NEXT.match(t, we) and (
                closed or "scale" in row or w in _YEAR_WORD_BARE):
            return row  # the year's «عام»: a bare number, which takes the unit of its «من» (below)
        if w in L.COUNT_NOUNS:
            # («من 520 ألف متر مكعب عام 2020 إلى 715 ألفاً عام 2024»، «إلى 1.17 مليون عام 2024»: after a scale
            # word «عام» before a year is the year's, not a counted noun; the number takes the unit of its «من»)
            row.update(nend=we, unit=L.COUNT_NOUNS[w], type="count", counts_span=(ws, we))
            return row
        glued = ws == end  # «5000يقرب»: a PDF artefact, the word is not reliably the counted noun
        # after «منهم» the «من» after the number says where they come from, not what they are («منهم 90 من الجامعات»)
        pm = L._PARTITIVE_RE.match(t, end) if guess_noun and w == "من" and not L._PART_BEFORE_RE.search(
            t, max(0, a - 30), a) else None
        if pm and pm.group("w") not in L._FUNCTION_WORDS:
            # a partitive: «6000 من الرجال», «اثنين من منفذي العملية» (a definite or construct plural)
            noun = pm.group("w")
            construct = not noun.startswith("ال") and pm.group("next") is not None
            lem, plural = lemma(noun, construct=construct)
            if plural and (construct or noun.startswith("ال")):
                row.update(nend=pm.end("w"), unit=lem, type="count", counts_span=pm.span("w"),
                           noun_span=pm.span("w"), construct=construct)
                note.append("partitive")
                return row
        if (guess_noun and not glued and not closed and w not in L._FUNCTION_WORDS and not L._MONTH_RE.fullmatch(w) and len(w) > 2
                and not L._PREPOSITION_ARTICLE.match(w)  # «للتعاون», «بالمئة»: a prepositional phrase
                and not _FOR_CONSTRUCT.match(t, ws)
                # «6.5 مليارات لغوشن، و1.5 مليار لسي إن جي آر»: after a scale word an unknown word with «ل» is «for» X
                and not (w.startswith("ل") and row.get("scale") not in (None, 1, 1.0))):
            row.update(nend=we, unit=w[2:] if w.startswith("ال") else w, type="count", counts_span=(ws, we),
                       noun_span=(ws, we), guessed=True)
            note.append("counted noun not in the lexicon")
    return row


_MAGHREBI = lead(r"(?<![\d.,])(\d+)ر(\d+)(?!\d)")  # (tried at the digits only: text.patterns.lead)


_SPACE_GROUPS = re.compile(r"\d{1,3}(?:[^\S\n]\d{3})+(?![\d,]|\.\d|[^\S\n]\d)")
"""A number whose thousands are grouped by one space («41 760»، «1 250 000»): not one of a run of numbers (a table row)."""
_NUMBER_BEFORE = re.compile(r"\d[^\S\n]*$")


_DEFINITE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(ال[^\W\d_]{3,})[^\S\n]+$")


def _definite_plural_before(t: str, at: int) -> tuple[str, tuple[int, int]] | None:
    """(lemma, span) of a definite plural right before ``t[at:]`` («المدارس الـ171»، «المشاركين الـ40»); not a noun of
    time («السنوات الـ10», left as it was)."""
    m = _DEFINITE_WORD_BEFORE.search(t, max(0, at - 30), at)
    if m is None:
        return None
    lem, plural = lemma(m.group(1))
    if not plural or lem in L._TIME_LEMMAS or fold(lem) in L._TIME_LEMMAS:
        return None
    return lem, m.span(1)


def fraction_first(t: str) -> bool:
    """Whether the text writes its Maghrebi decimals («AرB») with the fraction first.

    Tunisian and Algerian press copy often stores a decimal in the order it was keyed right to left:
    «2ر14 ألف طن» is 14.2 (shown «14ر2» on screen), «5ر7 مليون» is 7.5. Others store it in reading
    order («5ر4 مليار» = 5.4). The convention belongs to the text, not to one number, so it is decided
    on all of them: a fraction side is short and constant (one decimal place, as press figures are), an
    integer side varies in length. When every first group has the same length (one or two digits) and
    some second group is longer, the first group is the fraction; otherwise the reading order holds
    (a lone «5ر4» stays 5.4)."""
    pairs = [(len(m.group(1)), len(m.group(2))) for m in _MAGHREBI.finditer(t)]
    if not pairs:
        return False
    firsts = {a for a, _ in pairs}
    return len(firsts) == 1 and max(firsts) <= 2 and any(b > a for a, b in pairs)


_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,])")
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")


def dot_thousands(t: str) -> bool:
    """Whether the text groups thousands with a point, as Moroccan and European copy does («18.400 مهني
    صحة»، «5.120 موقعاً») -- decided for the whole text: it writes its decimals with a comma («9,62 ملايين»،
    «22,3%») and has point-grouped numbers. In such a text «18.400» is 18400, never 18.4."""
    return bool(_COMMA_DECIMAL.search(t)) and bool(_DOT_GROUPS.search(t))


def _number(s: str, raw_char=None, a: int = 0, fraction_first: bool = False,
            dot_groups: bool = False) -> tuple[float | None, int, bool]:
    """(value, thousands groups, decimal comma) of a digit string of the normalised text.

    The normaliser writes the Arabic comma between digits as a point; what it was is decided by
    the length of the digit group after it (``raw_char(i)`` gives the raw character at the
    normalised offset ``i``): three digits are thousands («25،000» = 25000), fewer a decimal
    («2،5» = 2.5). A comma (European) or a «ر» (the Maghrebi decimal sign) before one or two digits
    is a decimal comma («2,3», «5ر4»): such a number must measure something (see :func:`_digit_rows`).
    Which side of a «ر» is the fraction is decided for the whole text (:func:`fraction_first`).
    """
    if s.isdigit():
        return float(s), 0, False
    if dot_groups and _DOT_GROUPS.fullmatch(s):  # «18.400» in a text whose decimal sign is the comma
        return float(s.replace(".", "")), s.count("."), False
    if "ر" in s and fraction_first:  # «2ر14» = 14.2 in a text that keys the fraction first
        frac, whole = s.split("ر", 1)
        return float(f"{whole}.{frac}"), 0, True
    if "ر" in s or ("," in s and len(s) - s.rindex(",") <= 3):
        return float(s.replace("ر", ".").replace(",", ".")), 0, True
    if "." in s and raw_char is not None:
        i = s.index(".")
        if len(s) - i - 1 == 3 and raw_char(a + i) in ("،", "٬"):
            return float(s.replace(".", "")), 1, False
    return parse_number(s), 0, False


_POINT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
_COMMA_DECIMAL = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?![\d,])")
_POINT_DECIMAL = re.compile(r"(?<![\d,.])\d+\.\d{1,2}(?![\d.])|(?<![\d,.])\d+\.\d{4,}(?![\d.])")
_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?![\d])")
_BEFORE_POINT = re.compile(r"\d(?=\.\d)")  # the last digit before a point and a digit
_BEFORE_COMMA = re.compile(r"\d(?=,\d)")


def _found_at(pattern: re.Pattern, raw: str, before: re.Pattern) -> bool:
    """``bool(pattern.search(raw))`` for a ``pattern`` of a number that opens a run of digits (no
    digit, point or comma before it) and goes on with a separator and a digit right after the run
    (:data:`_POINT_DECIMAL`, :data:`_COMMA_DECIMAL`): tried only at the runs that end before such a
    separator (``before``), not at every digit of the text (most texts have none: a pass over a
    20 KB text was about half a ms)."""
    for m in before.finditer(raw):
        s = m.start()
        while s and raw[s - 1].isdecimal():  # (str.isdecimal is \d)
            s -= 1
        if pattern.match(raw, s):
            return True
    return False


def point_convention(raw: str) -> bool | None:
    """Whether a point before three digits groups thousands in the raw text ``raw``: True when the text
    writes its decimals with a comma («10,4 ملايين», «92,5%»: the European and Maghrebi convention, where
    «1.240 حالة» is 1240) and never a point before fewer or more digits nor a comma before three; False
    when it writes a decimal point or a thousands comma («3.5%», «61,200 رحلة»); None when it shows neither."""
    if _found_at(_POINT_DECIMAL, raw, _BEFORE_POINT) or _COMMA_THOUSANDS.search(raw):
        return False
    return True if _found_at(_COMMA_DECIMAL, raw, _BEFORE_COMMA) else None


def _point_thousands(row: dict, digits: str, convention: bool | None) -> bool:
    """A point before three digits that groups thousands: by the text's convention
    (:func:`point_convention`), or, where the text shows none, before a noun counted in whole things
    («1.240 حالة», «5.120 موقعاً»: not a time, which may be a fraction, «6.250 سنوات» aside)."""
    if convention is False or not _POINT_GROUP.fullmatch(digits):
        return False
    if convention:
        return True
    return (row["type"] == "count" and row["scale"] is None and row["unit"] is not None
            and row["unit"] not in L._TIME_LEMMAS and row["unit"] not in L._FRACTIONAL_LEMMAS)


def _digit_rows(t: str, reversed_lines: bool = False, dates: list[tuple[int, int]] = (), raw_char=None,
                points: bool | None = False) -> list[dict]:
    """Figures written in digits. ``dates`` are the normalised spans of the dates of the text (the
    dates extractor owns them). In a text with reversed lines (``reversed_lines``) a number keeps
    what is written right after it only when it is in the lexicon, and a number with nothing after
    it is kept (with ``unit`` None) for :func:`_associate` to find what it measures.

    Also: a number after the definite article is an ordinal with no unit («الدورة الـ30 لمعرض»,
    «الذكرى الـ 35لإقامة»: not 30 of «لمعرض»); a number after «±» is a tolerance, and a lone «1»
    before a word the lexicon does not know is a note marker («رأس الأفعى 1 وكذلك»: Arabic counts
    one by the noun alone), neither is a figure. ``raw_char`` reads the raw separator of a number
    (:func:`_number`)."""
    numeric = [m.span() for m in L._NUMERIC_DATE_RE.finditer(t)
               if raw_char is None or not any(t[i] == "." and raw_char(i) in ("،", "٬") for i in range(*m.span()))]
    rows, d, k = [], 0, 0
    first, dots = fraction_first(t), dot_thousands(t)
    joined_to = -1
    for m in L._NUM_RE.finditer(t):
        a, b = m.span()
        if a < joined_to:
            continue  # a group of the number before, joined to it by a space («41 760»)
        spaced = _SPACE_GROUPS.match(t, a) if not reversed_lines and m.group().isdigit() and len(m.group()) <= 3 else None
        if spaced is not None and not _NUMBER_BEFORE.search(t, max(0, a - 12), a):
            joined_to = spaced.end()
        while d < len(numeric) and numeric[d][1] <= a:
            d += 1
        if d < len(numeric) and numeric[d][0] <= a:
            continue  # inside a numeric date
        while k < len(dates) and dates[k][1] <= a:
            k += 1
        if k < len(dates) and dates[k][0] < b:
            continue  # part of a date the dates extractor found («2005أغسطس 25-19»)
        value, groups, decimal_comma = _number(m.group(), raw_char, a, first,
                                               dots and (raw_char is None or raw_char(a + m.group().find(".")) == "."))
        if joined_to > a:
            # thousands grouped by a space, the French and Maghrebi usage («41 760 تلميذاً»، «1 250 000 طن»)
            b = joined_to
            value, groups = float(re.sub(r"\D", "", t[a:b])), t[a:b].count(" ") or 1
        if value is None or _is_reference_number(t, a, b, value, glued=reversed_lines):
            continue
        if not reversed_lines and "ل" in t[a - 2:a] and (art := L._ARTICLE_BEFORE.search(t, max(0, a - 4), a)):
            if not decimal_comma and "." not in m.group() and (held := _definite_plural_before(t, art.start())):
                # after a definite plural the article's number counts it: «المدارس الـ171» (the 171 schools), not
                # an ordinal as after a singular («الدورة الـ30»)
                rows.append(_row(art.start(), b, value, "count", unit=held[0], counts=held[1],
                                 note="count after a definite plural"))
            elif 2 <= value < 1000 and not decimal_comma and "." not in m.group():
                rows.append(_row(art.start(), b, value, "ordinal", note="ordinal after the article"))
            continue
        if "±" in t[max(0, a - 4):a]:
            continue
        note: list[str] = []
        row = _extend(t, a, b, value, note, guess_noun=not reversed_lines)
        if (not decimal_comma and "." in m.group() and raw_char is not None and raw_char(a + m.group().index(".")) == "."
                and _point_thousands(row, m.group(), points)):
            value, groups, note = float(m.group().replace(".", "")), 1, []
            row = _extend(t, a, b, value, note, guess_noun=not reversed_lines)
        if groups:
            row["groups"] = groups
        if decimal_comma and row["type"] in ("number", "count") and row["scale"] is None and not (
                points and row["type"] == "count" and "," in m.group()):
            continue  # «2,3» that measures nothing is a list or a reference, not a decimal
            # (but a text that writes its decimals with a comma counts «17,6 حالة لكل 100 ألف»)
        if value == 1 and row.get("guessed") and m.group() == "1":
            continue
        if not reversed_lines and _note_marker(t, a, m.group(), row):
            continue
        if _is_year(t, a, b, value) and (value >= 1900 or not reversed_lines) and L._AR_LETTER.match(t, b) and (
            row["type"] != "count" or row["unit"] in L._TIME_LEMMAS
        ):
            continue  # «2013مليار»، «1998عام»: a year glued to a word of a scrambled line
        if row["scale"] is None and row["type"] in ("number", "count"):
            if reversed_lines:
                # the word before a number is not its context here; a bare number of the last
                # centuries is a year the dates extractor could not place, an older one a count
                if row["type"] == "number" and _is_year(t, a, b, value) and value >= 1900:
                    continue
            else:
                prev = _prev_token(t, a)
                is_year = (_is_year(t, a, b, value) and not _approx(t, a, b)  # «أكثر من 1000 كتاب»: an amount
                           or (prev in L._YEAR_WORDS or prev.lower() in L._YEAR_WORDS)
                           and _prev_token(t, a - len(prev) - 1).lower() not in L._YEAR_DEMONSTRATIVES
                           # «منذ بداية العام 68.400 رأس»: no year has five digits or a thousands separator
                           and value <= 9999 and value == int(value) and not re.search(r"[.,،٬]", t[a:b]))
                if is_year and _count_not_year(t, a, b, prev, row):
                    is_year = False
                if is_year and (row["type"] == "number" or note or row["unit"] in L._TIME_LEMMAS):
                    continue
        row["note"] = "; ".join(note) or None
        rows.append(row)
    return rows


def _note_marker(t: str, a: int, digits: str, row: dict) -> bool:
    """A note marker printed as plain digits, not a figure: digits glued to the end of a word
    («المدينة7 تضم»: a proclitic of one or two letters, «بـ960», «و4,500», «م2», is not a word), or a lone
    «2» before a word the lexicon does not know and that is neither a dual nor a plural («في كتابه 2
    وأضاف»: Arabic counts two by the dual). Only a small bare number (three digits at most) that
    measures nothing known: a number with a percent, scale, currency, unit or known noun is a figure."""
    if not digits.isdigit() or len(digits) > 3 or row["scale"] is not None or row["type"] not in ("number", "count"):
        return False
    if row["type"] == "count" and not row.get("guessed"):
        return False
    glued = L._GLUED_WORD_END.search(t, max(0, a - 12), a)
    if glued and len(glued.group()) > 2:
        return True
    if digits == "2" and row.get("guessed"):
        noun = t[slice(*row["noun_span"])]
        return not noun.endswith(("ين", "ان", "ات")) and lemma(noun)[0] == (noun[2:] if noun.startswith("ال") else noun)
    return False


_YEAR_AFTER = re.compile(r"[^\S\n]+(?:في[^\S\n]+)?(?:عام|العام|سنه|السنه)[^\S\n]+[\d٠-٩]{4}(?![\d٠-٩])")


def _count_not_year(t: str, a: int, b: int, prev: str, row: dict) -> bool:
    """A four-digit number that counts, not a year: after or before a partitive pronoun («منهم 1500 في الخارج»، «1240 منهم»:
    :mod:`.parts` gives it its noun) or in the list of counts it opens («منهم 1400 عماني و1300 صيني»), or before an indefinite noun after a word that cannot introduce a
    year («سجلت الجامعة 1500 طالبة»; not «في 1990 طالب الوزير», «عام 1990 شهد», «رؤية 2030 الطموحة»)."""
    if L._PART_BEFORE_RE.search(t, max(0, a - 30), a) or L._PART_LIST_BEFORE_RE.search(t, max(0, a - 120), a):
        return True  # (and the next counts of its list: «منهم 1400 عماني و1300 صيني»)
    if L._PART_AFTER_RE.match(t, b):
        return True  # «شمل الاستطلاع 2000 طالب، قال 1240 منهم …»: a count of the pronoun's whole, not a year
    if _YEAR_AFTER.match(t, b):
        return True  # «مقابل 2000 عام 2022»: a year is not followed by another year's «عام»
    if row["type"] == "count" and row.get("noun_span") and t[a:b].isdigit() and 3 <= int(t[a:b]) % 100 <= 10:
        noun = t[slice(*row["noun_span"])]
        if not noun.startswith("ال") and lemma(noun)[1]:
            return True  # «نُقلت في 1003 رحلات»: a number whose last digits (3 to 10) take the plural it is followed by
    if row["type"] == "number" and _SHARE_NEXT.match(t, row["nend"]) and bool(L._AR_WORD.fullmatch(prev)) and not (
            prev in L._FUNCTION_WORDS or prev in L._YEAR_WORDS or prev in L._MONTH_SET or prev in L._REFERENCE_WORDS
            or prev[:1] in "وبلف" and prev[1:] in L._FUNCTION_WORDS | L._YEAR_WORDS):
        return True  # «والعلوم الصحية 2016 (16 في المئة)»: an item of a breakdown with its share, not a year
    if not row.get("guessed") or t.startswith("ال", row["noun_span"][0]):
        return False
    return bool(L._AR_WORD.fullmatch(prev)) and not (
        prev in L._FUNCTION_WORDS or prev in L._YEAR_WORDS or prev in L._NAME_HEADS or prev in L._MONTH_SET
        or prev in L._REFERENCE_WORDS or prev[:1] in "وبلف" and prev[1:] in L._FUNCTION_WORDS | L._YEAR_WORDS)


def _word_rows(t: str, reversed_lines: bool = False) -> list[dict]:
    """Figures written in words: cardinals with what they count, ordinals ranking an occurrence,
    definite cardinals after their noun («السنوات الخمس»). In a text with reversed lines a cardinal
    with no noun next to it is kept (``unit`` None) for :func:`_associate`, and words glued to the
    word before them by the extraction («التاليثلاث محاور»، «الدراسةالمؤشرات السبع») are read too."""
    rows = []
    for m in L._NUMBER_WORDS_RE.finditer(t):
        a, b = m.span("n")
        got = words_value(m.group("n"))
        if got is None:
            continue
        value, is_ordinal = got
        prev = _prev_words(t, m.start(), 4)
        if prev and prev[-1] in L._NAME_HEADS:
            continue
        if is_ordinal and _age_ordinal(t, m.start("n"), m.end("n"), prev):
            rows.append(_row(a, b, float(value), "ordinal", note="an age: «في السابعة عشرة (من عمره)»"))
            continue
        if is_ordinal:
            if (value < 2 and " " not in m.group("n")) or not any(w in L.ORDINAL_HEADS for w in prev):
                continue
            head = list(L._ORDINAL_HEAD_RE.finditer(t, max(0, m.start() - 80), m.start()))[-1]
            phrase_end = head.start() + len(t[head.start():m.start()].rstrip())  # «الذكرى السنوية»
            rows.append(_row(a, b, float(value), "ordinal", counts=(head.start(), phrase_end), note="ordinal in words"))
            continue
        if value == 1:
            continue  # «واحد»، «أحد»: “a single”, “one of”
        note = ["number in words"]
        row = _extend(t, a, b, float(value), note)
        if row["type"] == "count" and not note[1:] or note[1:] == ["partitive"]:
            pass
        elif row.get("guessed") and not reversed_lines and value >= 3 and (
                not t.startswith("ال", row["noun_span"][0]) or lemma(t[slice(*row["noun_span"])])[1]):
            pass  # «مئة مدرسة», «ثلاثة ألقاب», «عشرة أضعاف»; definite only if plural («ثلاثة الحقائب»)
        elif row["type"] == "number" and row["scale"] is not None:
            pass
        elif row["type"] in ("money", "measure", "percent"):
            pass
        else:
            # «مؤشرات ثلاثة»: an indefinite number word after the plural it counts.
            pw = L._PREV_WORD_RE.search(t, max(0, m.start() - 30), m.start())
            noun = pw.group("w") if pw else ""
            cut = 1 if noun[:1] in ("ل", "ب", "و") and noun[1:] in L.COUNT_NOUNS else 0  # «لمؤشرات ثلاثة»
            if noun[cut:] not in L.COUNT_NOUNS:
                if reversed_lines and value >= 2 or not reversed_lines and row["type"] == "number" and (
                        L._PART_BEFORE_RE.search(t, max(0, a - 30), m.start()) or L._PART_AFTER_RE.match(t, row["nend"])
                        or L._COMPARE_BEFORE_RE.search(t, max(0, a - 30), m.start())
                        or L._TO_BEFORE.search(t, max(0, a - 8), m.start())):
                    # «منها ثلاثة»: :mod:`.parts`; «من ستة خلافات عام 2010 إلى ثلاثة عام 2024»: :func:`_from_to`
                    rows.append(_row(a, b, float(value), note="number in words"))
                continue
            if fold(L.COUNT_NOUNS[noun[cut:]]) == noun[cut:]:
                continue  # after a singular noun a cardinal names, it does not count: «سنة ألف وتسعمائة», «الفصل ثلاثة»
            ns = pw.start() + cut
            row = _row(ns, b, float(value), "count", L.COUNT_NOUNS[noun[cut:]], (ns, pw.end("w")))
            note = ["number in words after the counted noun"]
        row["note"] = "; ".join(note)
        rows.append(row)
    for m in L._DEFINITE_COUNT_RE.finditer(t):
        ns = m.start("noun")
        noun = m.group("noun")
        if reversed_lines and noun[2:] not in L.COUNT_NOUNS and noun.rfind("ال") > 0:
            ns += noun.rfind("ال")  # «الدراسةالمؤشرات السبع»: the definite noun glued to the word before
            noun = t[ns:m.end("noun")]
        if noun[2:] in L.COUNT_NOUNS:
            rows.append(_row(ns, m.end(), float(L.CARDINAL_WORDS[m.group("n")[2:]]), "count",
                             L.COUNT_NOUNS[noun[2:]], (ns, m.end("noun")), note="number in words after the counted noun"))
    if reversed_lines:
        for m in L._GLUED_CARDINAL_RE.finditer(t):
            if m.group("noun") in L.COUNT_NOUNS:
                rows.append(_row(m.start("n"), m.end("noun"), float(L.CARDINAL_WORDS[m.group("n")]), "count",
                                 L.COUNT_NOUNS[m.group("noun")], m.span("noun"),
                                 note="number in words glued to the word before it"))
    return rows


_AGE_SUBJECTS = frozenset({"هو", "وهو", "هي", "وهي", "كان", "وكان", "كانت", "وكانت"})
_OF_AGE = re.compile(r"[^\S\n]+من[^\S\n]+(?:ال)?عمر")


def _age_ordinal(t: str, a: int, b: int, prev: list[str]) -> bool:
    """A feminine ordinal after «في» that gives an age (the year of life): «وهو في السابعة عشرة»,
    «في الحادية والعشرين من عمره». It follows «في» right after a pronoun or «كان», or is followed by
    «من عمره/من العمر»; not «في الدورة الثالثة» (a noun before it) nor «في الساعة الثالثة»."""
    first = t[a:b].split()[0]
    if not prev or prev[-1] != "في" or not first.startswith("ال") or not first.endswith("ه"):
        return False
    return (len(prev) > 1 and prev[-2] in _AGE_SUBJECTS) or bool(_OF_AGE.match(t, b))


def _dual_rows(t: str) -> list[dict]:
    """Duals that count: «يومين», «مليوني دولار», and the construct dual of a feminine counted noun
    before an indefinite noun («بسيارتي شحن»: two cargo cars), not before two names joined by
    «و» («منطقتي آسيا وأوروبا») nor before a definite one («سيارتي الجديدة» is “my new car”)."""
    rows = [_row(*m.span("w"), 2.0, "count", L.FIGURE_DUALS[m.group("w")], m.span("w"), note="dual")
            for m in L._DUAL_RE.finditer(t)]
    for m in L._CONSTRUCT_DUAL_RE.finditer(t):
        if not L._TWO_NAMES_AFTER.match(t, m.end("w")):
            rows.append(_row(*m.span("w"), 2.0, "count", L.CONSTRUCT_DUALS[m.group("w")], m.span("w"), note="dual"))
    for m in L._DUAL_SCALE_RE.finditer(t):
        a, b = m.span("w")
        scale = L._DUAL_SCALE_FACTORS[m.group("w")]
        note: list[str] = ["dual of a scale word"]
        rest = and_after_scale(t, b, scale) if m.group("w") in L.DUAL_SCALES else None  # «ألفين وخمسمائة»
        row = _extend(t, rest[1] if rest else b, rest[1] if rest else b, 2 * scale + (rest[0] if rest else 0), note)
        if row["type"] == "number" and m.group("w") not in L.DUAL_SCALES:
            continue  # a construct form («مليوني») needs what it counts after it
        row.update(nstart=a, scale=scale, note="; ".join(note))
        rows.append(row)
    return rows


def _join_ranges(t: str, rows: list[dict]) -> list[dict]:
    """Bounds that share what follows the second one.

    «20-30%» (or «4-3 سنوات» printed right to left) is one figure, valued at its lower bound;
    in «بين 20 و30 في المئة» each bound is a figure and the first takes the unit of the second.
    """
    out: list[dict] = []
    i = 0
    while i < len(rows):
        r = rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        i += 1
        if nxt is None:
            out.append(r)
            continue
        gap = t[r["nend"]:nxt["nstart"]]
        if (r["unit"] is not None and r["unit"] == nxt["unit"] and r["type"] == nxt["type"] != "ordinal"
                and r["scale"] == nxt["scale"] and L._RANGE_GAP.fullmatch(gap)):
            # «4-3 سنوات» whose bounds each found the unit in a scrambled line
            out.append({**nxt, "nstart": r["nstart"], "value": min(r["value"], nxt["value"]),
                        "note": "range; the lower bound"})
            i += 1
            continue
        g = nxt.get("groups", 0)
        if (r["type"] == nxt["type"] == "number" and r["scale"] is None and nxt["scale"] is None and g
                and L._RANGE_GAP.fullmatch(gap) and r["value"] < 1000 and nxt["value"] / 10 < r["value"] * 1000 ** g):
            # «120-140،000» measuring nothing yet: one bound, for a unit found later (:func:`_from_to`)
            out.append({**nxt, "nstart": r["nstart"], "value": min(r["value"] * 1000 ** g, nxt["value"]),
                        "note": "range; the lower bound"})
            i += 1
            continue
        if (r["type"] != "number" or r["scale"] is not None or nxt["type"] == "ordinal"
                or nxt["type"] == "number" and nxt["scale"] is None):
            out.append(r)
            continue
        scale = nxt["scale"] or 1.0
        if g and r["value"] < 1000 and nxt["value"] / 10 < r["value"] * 1000 ** g <= nxt["value"]:
            scale = 1000 ** g  # «250-300،000»: the lower bound shares the thousands of the upper
        if L._RANGE_GAP.fullmatch(gap):
            out.append({**nxt, "nstart": r["nstart"], "value": min(r["value"] * scale, nxt["value"]),
                        "note": "range; the lower bound"})
            i += 1
        elif L._BOUNDS_GAP.fullmatch(gap):
            out.append({**r, "value": r["value"] * scale, "unit": nxt["unit"], "type": nxt["type"],
                        "scale": nxt["scale"], "note": "takes the unit of the bound after it",
                        "noun_span": nxt.get("noun_span"), "construct": nxt.get("construct")})
        else:
            out.append(r)
    return _list_units(t, out)


_LIST_GAP = re.compile(r"[^\S\n]*(?:[،,][^\S\n]*)?(?:و[^\S\n]*)?")
_LIST_COMMA = re.compile(r"[^\S\n]*[،,][^\S\n]*(?:و[^\S\n]*)?")
_LIST_LAST = re.compile(r"[^\S\n]*[،,][^\S\n]*و[^\S\n]*")


def _list_units(t: str, rows: list[dict]) -> list[dict]:
    """«20 و22 و24 عاماً»، «18، 36 و36 شهراً»، «12 و15 و19 مليار دولار»: a list of bare numbers whose
    last takes the unit (and scale) after it; each bare number before one that took the unit of the bound after it (joined by «و» or a
    comma) takes it too, right to left (:func:`_bounds` pairs two neighbours only)."""
    out = list(rows)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if (k and a["type"] == "number" and a["scale"] is None and b["type"] not in ("number", "ordinal")
                and not b.get("note") and (b["scale"] is None or a["value"] < 1000)
                and _LIST_LAST.fullmatch(t[a["nend"]:b["nstart"]])
                and out[k - 1]["type"] == "number" and out[k - 1]["scale"] is None
                and _LIST_COMMA.fullmatch(t[out[k - 1]["nend"]:a["nstart"]])):
            # «18، 36، و36 شهراً»: the comma before the last member's «و» (three members or more)
            b = {**b, "note": "takes the unit of the bound after it"}
        if (a["type"] != "number" or a["scale"] is not None or b.get("note") != "takes the unit of the bound after it"
                or b["scale"] is not None and a["value"] >= 1000 or not _LIST_GAP.fullmatch(t[a["nend"]:b["nstart"]])
                or not t[a["nend"]:b["nstart"]].strip()):
            continue
        out[k] = {**a, "value": a["value"] * (b["scale"] or 1.0), "unit": b["unit"], "type": b["type"], "scale": b["scale"],
                  "note": "takes the unit of the bound after it", "noun_span": b.get("noun_span"),
                  "construct": b.get("construct")}
    return out


def _count_of(t: str, a: int) -> tuple[int, int] | None:
    """The span of the definite noun after «عدد» in the clause before ``a``, which a number with
    nothing after it counts: «ارتفع عدد السياح الصينيين إلى الخارج 130 مليونا» (130e6 tourists)."""
    lo = max(0, a - L._WINDOW - 20)
    if not any(w in t[lo:a] for w in L._COUNT_OF_WORDS):
        return None
    cut = [m.end() for m in L._CLAUSE_SPLIT.finditer(t, lo, a)]
    found = list(L._COUNT_OF_RE.finditer(t, cut[-1] if cut else lo, a))
    return found[-1].span("w") if found else None


def _from_to(t: str, prev: dict | None, r: dict) -> dict | None:
    """The unit a number with none takes from the figure a «من ... إلى ...» construction pairs it
    with: «انخفض عدد السكان من 250 ألف نسمة إلى 120 ألفا» (120e3 inhabitants). ``prev`` is the
    figure before it; the two are in one clause, «من» right before the first and «إلى» (or «حتى»)
    right before the second."""
    # (a count whose noun is still to be read, «عدد الضحايا … من 2.400 عام 2020 إلى 3.600 عام 2023», passes
    # that noun on)
    if prev is None or prev["unit"] is None and not prev.get("noun_span") or prev["type"] not in ("count", "money", "measure"):
        return None
    if r["nstart"] - prev["nend"] > L._WINDOW or not L._TO_BEFORE.search(t, prev["nend"], r["nstart"]):
        return None
    if L._CLAUSE_SPLIT.search(t, prev["nend"], r["nstart"]) or not L._FROM_BEFORE.search(t, max(0, prev["nstart"] - 20), prev["nstart"]):
        return None
    return {**r, "unit": prev["unit"], "type": prev["type"], "noun_span": prev.get("noun_span"),
            "construct": prev.get("construct"), "note": "takes the unit of the figure its «من ... إلى» pairs it with"}


def _compound_scales(t: str, rows: list[dict]) -> list[dict]:
    """A larger scale joined by «و» to a figure with a smaller one is one amount: «مليار و286 مليون
    دولار» = 1,286,000,000 USD, «3 مليارات و200 مليون دولار» = 3.2e9 USD. The larger part is either
    a number with its scale word and nothing it measures, or a singular scale word alone."""
    out: list[dict] = []
    for r in rows:
        if r["scale"] and r["type"] != "ordinal":
            p = out[-1] if out else None
            if (p is not None and p["type"] == "number" and p["scale"] and p["scale"] > r["scale"]
                    and L._AND_GAP.fullmatch(t, p["nend"], r["nstart"])):
                out.pop()
                r = {**r, "nstart": p["nstart"], "value": p["value"] + r["value"], "scale": p["scale"],
                     "note": "compound of scales"}
            elif (m := L._BARE_SCALE_AND.search(t, max(0, r["nstart"] - 20), r["nstart"])) and (
                    L.SCALES[m.group("w")] > r["scale"] and not (p is not None and p["nend"] > m.start("w"))):
                r = {**r, "nstart": m.start("w"), "value": L.SCALES[m.group("w")] + r["value"],
                     "scale": L.SCALES[m.group("w")], "note": "compound of scales"}
        out.append(r)
    return out
