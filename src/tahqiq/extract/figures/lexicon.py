"""The figures extractor's word tables and the patterns built from them.

Every word comes from the language files (``lang/numbers.yml``, ``lang/units.yml``,
``lang/counted_nouns.yml``, ``lang/figure_cues.yml``), folded like the normalised text it is
matched against. :func:`refresh` builds the tables as globals of this module and builds them again
when :func:`tahqiq.lang.reload` has forgotten the lexicons (a new spelling in a copied folder); the
other modules of the extractor read them as ``L.NAME`` at call time, so they always see the
current ones. The patterns that hold no words (digits, spaces, brackets) are here too, named once.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ... import lang
from ...text.normtext import fold
from ...text.patterns import alt as _alt
from ...text.patterns import lead, partitive_before, trie
from .. import numerals

_AR = "\u0621-\u064a"
_NOT_AR_BEFORE = rf"(?<![{_AR}])"
_NOT_AR_AFTER = rf"(?![{_AR}])"


def _starts(*words, proclitics: str = "") -> str:
    """A lookahead for the first letters a pattern can start with (its words' and its proclitics'):
    a scan of a whole text then tries the pattern only where it can match, not at every character
    (the speed of a pattern that opens with a lookbehind and a long alternation)."""
    chars = set(proclitics) | {c for ws in words for w in ws if w for c in (w[0], w[0].lower(), w[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"



def _folded(table: dict[str, str]) -> dict[str, str]:
    """The table with its keys normalised like the text they are matched against."""
    return {fold(k): v for k, v in table.items()}


def _by_form(groups: dict) -> dict[str, str]:
    """``{code: [forms]}`` as ``{folded form: code}``."""
    return {fold(str(w)): code for code, ws in groups.items() for w in ws}


def _fset(ws) -> set[str]:
    return {fold(str(w)) for w in ws}


# --------------------------------------------------------------------------- patterns without words

# All the patterns are matched at a position (``pattern.match(t, pos)``), never on a slice, so
# that the work per number is bounded and a long text is read in linear time.
_SP = r"[^\S\n]*"  # spaces within a line
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A number in digits; also with a decimal comma before one or two digits («2,3») or the Maghrebi
# decimal sign «ر» («5ر4»), which :func:`.reading._number` reads.
# (text.patterns.lead: a leading look-ahead on the digits, so that the look-behind runs only at a
# digit, not at every character; the same matches, about 4x faster over a text)
_NUM_RE = lead(rf"(?<![\d.,])(?:\d+ر\d+|\d+,\d{{1,2}}(?![\d,])|{_DIGITS})(?![\d])")
# English compounds of a number and a unit of time: «30-year gas deal».
_EN_COMPOUND_RE = re.compile(r"\d+-(?P<u>year|month|week|day|hour)s?\b", re.I)
_WORD_RE = re.compile(rf"{_SP}(?P<w>[{_AR}]+)")
_PREV_WORD_RE = re.compile(rf"(?P<w>[{_AR}]+){_SP}$")
_TWO_NAMES_AFTER = re.compile(rf"[^\S\n]+[{_AR}]+[^\S\n]+و")
# Dates written with numbers only: «2026/07/10»، «26 / 12 / 2024».
_NUMERIC_DATE_RE = re.compile(r"(?<!\d)\d{1,4}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{1,4}(?!\d)")
_WINDOW = 60  # how far around a number the rules look
_CLAUSE_SPLIT = re.compile(r"[.;:!?()\[\]،؛\n]")
# Between two bounds: a dash (one figure, a range) or a conjunction (two figures).
_RANGE_GAP = re.compile(r"[^\S\n]?-[^\S\n]?")
_BOUNDS_GAP = re.compile(rf"{_SP}(?:و|الي|حتي|and|to){_SP}")
_TRAILING_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]*")
_WORDS_SPLIT = re.compile(r"[.,;:!?()\[\]،؛\n\"]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_PERCENT_BEFORE = re.compile(r"%[^\S\n]{0,3}$")
_PERCENT_AFTER_NUMBER = re.compile(r"\d[^\S\n]?%[^\S\n]{0,3}$")
_AR_LETTER = re.compile(rf"[{_AR}]")
_AR_WORD = re.compile(rf"[{_AR}]{{2,}}")
_GLUED_WORD_END = re.compile(rf"(?<![{_AR}\u0640])[{_AR}]+$")  # the letters right before a number, glued to it
# An author-year citation around a number: «(Snyder: 1997, p 123)», reversed «)350 ,1997».
_CITATION_RE = re.compile(r"[A-Za-z]{2,}\)?\s?[:;,]\s?\(?\d{4}|\d{4}\s?\(?\s?[:;]\s?\(?[A-Za-z]{2,}")
_GLUED_PREFIX = re.compile(rf"[{_AR}]+$")
_CHUNK_BREAK = re.compile(r"[^\S\n]{2,}|\d")
_BEFORE_GAP = re.compile(r"[\s،,.:;]*")
_DEFINITE_NEXT = re.compile(rf"[^\S\n]+ال[{_AR}]")
_LIST_GAP = re.compile(r"[^\S\n]*(?:[و،,][^\S\n]*)?")
_AND_GAP = re.compile(r"[^\S\n]*و[^\S\n]*")
# The definite article on a number makes it an ordinal: «الدورة الـ30», «الذكرى الـ 35» (normalised «ال30»).
_ARTICLE_BEFORE = re.compile(rf"{_NOT_AR_BEFORE}ال[^\S\n]?$")
# An indefinite word ending like a dual (-ين, -ان): a candidate for :func:`.kinds._morph_dual_rows`.
_DUAL_SHAPE_RE = re.compile(rf"(?=[{_AR}]){_NOT_AR_BEFORE}(?:[وبلف](?=[{_AR}]{{5}}))?(?P<w>[{_AR}]{{3,}}(?:ين|ان)){_NOT_AR_AFTER}")
# A partitive after a number: «6000 من الرجال», «اثنين من المقاطعات», «اثنين من منفذي العملية».
_PARTITIVE_RE = re.compile(rf"{_SP}من{_SP}(?P<w>[{_AR}]{{3,}})(?P<next>[^\S\n]+ال[{_AR}]+)?")
# A preposition glued to the article («للتعاون», «بالمئة», «وبالتالي»): not a counted noun.
_PREPOSITION_ARTICLE = re.compile(r"(?:لل|و?[بفك]ال|ولل)[\u0621-\u064a]{2}")
# (A tolerance, «± 85», is an error margin, not a count: see :func:`.reading._digit_rows`.)
# After «في العام», «في السنة»: a number or a definite word makes it a time («في العام 2023», «في السنة
# الماضية»), not a rate.
_DATED_AFTER = re.compile(rf"[^\S\n]*(?:\d|[\u0660-\u0669]|ال[{_AR}])")

# --------------------------------------------------------------------------- tables from the lexicons

_SOURCES: tuple = ()


def refresh() -> None:
    """Build the tables from the current lexicons (a no-op when they are built from them already)."""
    numerals.refresh()
    sources = tuple(lang.lexicon(n) for n in ("numbers", "units", "counted_nouns", "figure_cues", "plurals", "months"))
    if _SOURCES and all(a is b for a, b in zip(_SOURCES, sources)):
        return
    globals().update(_build(*sources))


lang.on_reload(refresh)
def _months(months: dict) -> tuple[list[str], set[str]]:  # (all names, single words)
    """The month names of ``lang/months.yml`` (the dates extractor's), folded: every spelling of
    every family for the pattern (English names capitalised, as a month is written: «may» is a verb),
    and for the word right before a number, the single-word names with the first word of the
    Gregorian two-word names («كانون», «تشرين»)."""
    gregorian = [str(k) for family in months["gregorian"].values() for k in family]
    names = [*gregorian, *map(str, months["misspellings"]), *map(str, months["hijri"]),
             *(str(k).capitalize() for k in months["english"])]
    folded = [fold(w) for w in names]
    single = {w for w in folded if " " not in w} | {fold(w).split()[0] for w in gregorian if " " in w}
    return [*folded, *(w for w in single if w not in folded)], single


def _build(numbers: dict, units: dict, nouns: dict, cues: dict, plurals: dict, months: dict) -> dict:
    g: dict = {"_SOURCES": (numbers, units, nouns, cues, plurals, months)}
    MONTHS, single = _months(months)
    g["MONTHS"] = MONTHS
    g["_MONTH_SET"] = {*single, *("و" + m for m in single)}
    # a trie of the names (text.patterns.trie): tried once for every small number
    g["_MONTH_RE"] = re.compile(rf"{_NOT_AR_BEFORE}(?:[وبل])?(?:{trie(MONTHS)}){_NOT_AR_AFTER}(?![a-z])")
    SCALES, DUAL_SCALES, CARDINAL_WORDS = numerals.SCALES, numerals.DUAL_SCALES, numerals.CARDINAL_WORDS
    g["SCALES"], g["DUAL_SCALES"], g["CARDINAL_WORDS"] = SCALES, DUAL_SCALES, CARDINAL_WORDS

    CURRENCIES = g["CURRENCIES"] = _by_form(units["currencies"])
    # A bare currency name's country (:mod:`.currency`): {bare: {folded adjective form: code}}, {bare: {place: code}}.
    adjectives, places = {}, {}
    for bare, codes in units["currency_countries"].items():
        for code, e in codes.items():
            for adj in e["adjective"]:
                a = fold(str(adj))
                for f in (a, a + "ا", a + "ه", a + "ين", a + "ون"):
                    adjectives.setdefault(str(bare), {})[f] = code
                    adjectives[str(bare)]["ال" + f] = code
            for w in [*e["places"], *e["adjective"]]:
                for f in (fold(str(w)), fold(str(w)) + "ه"):  # the nisba is the country's adjective too
                    places.setdefault(str(bare), {})[f] = code
                    places[str(bare)]["ال" + f] = code
            for adj in e["adjective"]:  # and names the country in every inflection: «680 عراقياً», «العراقيين»
                a = fold(str(adj))
                for f in (a + "ا", a + "ين", a + "ون", a + "ات"):
                    places[str(bare)][f] = code
                    places[str(bare)]["ال" + f] = code
    for bare, codes in (units.get("currency_places") or {}).items():  # provinces and cities of those countries
        for code, ws in codes.items():
            for w in ws:
                places.setdefault(str(bare), {})[fold(str(w))] = code
    g["CURRENCY_ADJECTIVES"], g["CURRENCY_PLACES"] = adjectives, places
    g["_CURRENCY_PLACE_RE"] = re.compile(
        _starts({w for d in places.values() for w in d}, proclitics="وبلفك") + rf"{_NOT_AR_BEFORE}(?:[وبلفك]|لل)?(?P<w>{_alt({w for d in places.values() for w in d})}){_NOT_AR_AFTER}")
    # Words that may follow a currency name and belong to it («دولار أمريكي», «ريال سعودي»).
    _CURRENCY_TAIL = g["_CURRENCY_TAIL"] = [fold(w) for w in units["currency_tail"]] + sorted(
        {f for d in adjectives.values() for f in d})
    UNITS = g["UNITS"] = _by_form(units["units"])
    # A rate after a unit: «برميل يومياً» is barrel/day.
    RATES = g["RATES"] = _by_form(units["rates"])
    # Adjectives that make a measure a rate («إمدادات سنوية تبلغ ...»).
    RATE_ADJECTIVES = g["RATE_ADJECTIVES"] = _by_form(units["rate_adjectives"])
    _EXTRA = g["_EXTRA"] = [fold(w) for w in units["extra"]]  # «متر مكعب إضافية سنوياً»

    # Counted nouns: every form (singular, accusative, plural) -> lemma.
    COUNT_NOUNS = g["COUNT_NOUNS"] = {fold(f): lemma for lemma, forms in nouns["arabic"].items() for f in forms}
    # English counted nouns (in English passages: abstracts, notes), plural -> singular.
    g["EN_COUNT_NOUNS"] = {**{w + "s": w for w in nouns["english"]["plural_s"]}, **nouns["english"]["irregular"]}
    g["_TIME_LEMMAS"] = set(nouns["time_lemmas"])
    g["_FRACTIONAL_LEMMAS"] = set(nouns.get("fractional_lemmas") or ())
    # Broken plurals (and plurals in -ات of singulars without -ة) -> singular.
    g["PLURALS"] = {fold(p): lemma for table in ("broken", "plural_ta") for lemma, ps in plurals[table].items() for p in ps}
    g["_PARTICIPLE_HOMOGRAPHS"] = _fset(plurals.get("participle_homographs", ()))  # «معلمين»: teachers, not a dual
    # Indefinite duals that are figures (2 of a unit of time or of countable things). Definite duals
    # («البلدين»، «الطرفين») and duals of the two parties («دولتين»، «جانبين») name, they do not count.
    _PARTY_LEMMAS = g["_PARTY_LEMMAS"] = _fset(nouns["party_lemmas"])
    FIGURE_DUALS = g["FIGURE_DUALS"] = {
        **{w: lem for w, lem in numerals.DUAL_NOUNS.items() if not w.startswith("ال") and fold(lem) not in _PARTY_LEMMAS},
        **_folded(nouns["figure_duals"]),
    }

    # Ordinals are figures when they rank an occurrence in a series: an anniversary, a session, a term...
    ORDINAL_HEADS = g["ORDINAL_HEADS"] = _fset(cues["ordinal_heads"])
    g["_ORDINAL_HEAD_RE"] = re.compile(rf"{_NOT_AR_BEFORE}{_alt(ORDINAL_HEADS)}{_NOT_AR_AFTER}")
    # Words before a number word that make it part of a name or a date, not a figure.
    g["_NAME_HEADS"] = _fset(cues["name_heads"])
    # Words right before a number that make it a reference, not a quantity.
    g["_REFERENCE_WORDS"] = _fset(cues["reference_words"])
    g["_YEAR_WORDS"] = _fset(cues["year_words"])
    g["_YEAR_DEMONSTRATIVES"] = _fset(cues["year_demonstratives"])
    APPROXIMATORS = g["APPROXIMATORS"] = [(fold(w), kind) for kind, ws in cues["approximators"].items() for w in ws]
    g["_APPROXIMATORS_LONGEST_FIRST"] = sorted(APPROXIMATORS, key=lambda wk: -len(wk[0]))
    g["_APPROX_LAST_WORDS"] = {w.split()[-1] for w, _ in APPROXIMATORS}
    after = cues["approx_after"]
    g["_AT_LEAST_AFTER"] = [fold(w) for w in after["at_least"]]
    g["_APPROX_AFTER"] = re.compile(
        rf"[^\S\n]*(?:{_alt(fold(w) for w in after['about'])}|{_alt(g['_AT_LEAST_AFTER'])}){_NOT_AR_AFTER}"
    )
    # Words after which a following word is not the counted noun.
    g["_FUNCTION_WORDS"] = _fset(cues["function_words"]) | _fset(cues["part_of"]["after"])  # «10 منهم»
    part = cues["part_of"]
    g["_PART_BEFORE_RE"] = re.compile(rf"{_NOT_AR_BEFORE}{_alt(_fset(part['before']))}[^\S\n]*$")
    g["_PART_LIST_BEFORE_RE"] = partitive_before(_fset(part["before"]))  # «منهم 1400 عماني و1300 صيني»
    g["_PART_AFTER_RE"] = re.compile(rf"[^\S\n]*{_alt(_fset(part['after']))}{_NOT_AR_AFTER}")
    g["_COMPARE_BEFORE_RE"] = re.compile(rf"{_NOT_AR_BEFORE}{_alt(_fset(part['compare']))}[^\S\n]*$")
    g["_KUL"] = fold(cues["each"][0])
    g["_PERIOD_PART_BEFORE"] = _fset(cues["period_part_before"])
    g["_PERIOD_PART_AFTER"] = _fset(cues.get("period_part_after") or ())
    # «من N إلى M»: the second bound of a from-to pair takes the unit of the first.
    g["_FROM_BEFORE"] = re.compile(rf"{_NOT_AR_BEFORE}{_alt(fold(w) for w in cues['from_to']['from'])}{_NOT_AR_AFTER}")
    g["_TO_BEFORE"] = re.compile(rf"{_NOT_AR_BEFORE}{_alt(fold(w) for w in cues['from_to']['to'])}[^\S\n]*$")
    g["_COUNT_OF_WORDS"] = tuple(fold(w) for w in cues["count_of"])  # a cheap test before the pattern
    # «عدد» and the definite noun after it: «ارتفع عدد السياح إلى 130 مليونا» counts tourists.
    g["_COUNT_OF_RE"] = re.compile(
        rf"{_NOT_AR_BEFORE}(?:[وبل])?{_alt(fold(w) for w in cues['count_of'])}[^\S\n]+(?P<w>ال[{_AR}]{{3,}}"
        # or in construct, with a pronoun («عدد سكانها», «عدد موظفيها») or before a definite noun («عدد طلاب الجامعة»)
        rf"|[{_AR}]{{3,}}?(?=(?:ها|هم|هما|هن)(?![{_AR}]))|[{_AR}]{{3,}}(?=[^\S\n]+ال[{_AR}]))")

    g["_SCALE_RE"] = re.compile(rf"{_SP}(?P<w>{_alt(SCALES)}){_NOT_AR_AFTER}(?![a-z])", re.I)
    g["_PERCENT_RE"] = re.compile(rf"{_SP}(?:%|{_alt([fold(w) for w in units['percent']['after_number']])}"
                                  rf"{_NOT_AR_AFTER}|percent\b|per cent\b)")
    g["_CURRENCY_RE"] = re.compile(rf"{_SP}(?P<w>{_alt(CURRENCIES)}){_NOT_AR_AFTER}(?![a-z])"
                                   rf"(?:{_SP}(?P<tail>{_alt(_CURRENCY_TAIL)}){_NOT_AR_AFTER})?")
    # A currency named anywhere, bare, definite or after a proclitic («بالدرهم», «للريال», «والجنيه»).
    # A name of two letters («ين») takes a proclitic only with the article («بالين»): «بين» is "between", not "in yen".
    long_cur = [c for c in CURRENCIES if len(c) > 2]
    short_cur = [c for c in CURRENCIES if len(c) <= 2]
    short = rf"|{_NOT_AR_BEFORE}(?:[وف]?(?:لل|[بل]?ال))?(?P<s>{_alt(short_cur)}){_NOT_AR_AFTER}(?![a-z])" if short_cur else ""
    g["_CURRENCY_MENTION_RE"] = re.compile(rf"{_starts(long_cur, short_cur, proclitics='وفبلا')}(?:"
                                           rf"{_NOT_AR_BEFORE}(?:[وف]?(?:لل|[بل]?(?:ال)?))"
                                           rf"(?P<w>{_alt(long_cur)}){_NOT_AR_AFTER}(?![a-z]){short})")
    g["_UNIT_RE"] = re.compile(rf"{_SP}(?P<w>{_alt(UNITS)}){_NOT_AR_AFTER}(?![a-z])"
                               rf"(?:{_SP}{_alt(_EXTRA)})?(?:{_SP}(?P<r>{_alt(RATES)}){_NOT_AR_AFTER})?")
    # An English counted noun, maybe after a model code: «463 D30 engines», «200 Su-27 aircraft».
    g["_EN_COUNT_RE"] = re.compile(rf"{_SP}(?:[A-Z][A-Za-z0-9-]*\d[A-Za-z0-9-]*{_SP})?"
                                   rf"(?P<n>{_alt(g['EN_COUNT_NOUNS'])})\b", re.I)
    g["_DUAL_RE"] = re.compile(rf"{_starts(FIGURE_DUALS, proclitics='وبلف')}{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(FIGURE_DUALS)}){_NOT_AR_AFTER}")
    # Construct duals of feminine counted nouns («سيارتي شحن»), followed by an indefinite word.
    CONSTRUCT_DUALS = g["CONSTRUCT_DUALS"] = {
        f[:-1] + "تي": lemma for f, lemma in COUNT_NOUNS.items()
        if f == fold(lemma) and f.endswith("ه") and fold(lemma) not in _PARTY_LEMMAS}
    g["_CONSTRUCT_DUAL_RE"] = re.compile(
        rf"{_starts(CONSTRUCT_DUALS, proclitics='وبلف')}{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(CONSTRUCT_DUALS)})(?=[^\S\n]+(?!ال)[{_AR}])")
    # Duals of scale words, also in construct («مليوني دولار»، «ألفي جندي»).
    DUAL_SCALE_FACTORS = g["_DUAL_SCALE_FACTORS"] = {
        **{w: SCALES[w] for w in DUAL_SCALES},
        **{fold(w): float(f) for w, f in numbers["dual_scales"]["construct"].items()}}
    g["_DUAL_SCALE_RE"] = re.compile(rf"{_starts(DUAL_SCALE_FACTORS, proclitics='وبلف')}{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(DUAL_SCALE_FACTORS)}){_NOT_AR_AFTER}")
    # Number words, also with a one-letter proclitic («بثلاث مراحل»، «وثلاث قاذفات»، «بسبع نقاط») when
    # what follows it is long enough not to be another word («لست» is not ل + ست: three letters at least).
    core = numerals.NUMBER_WORDS_RE.pattern.removeprefix(r"(?<![\u0621-\u064A])")
    # Two proclitics too, a conjunction and a preposition: «وبثلاث نواعير», «فلخمسة أسباب».
    number_starts = _starts(numerals.CARDINAL_WORDS, numerals.ORDINAL_WORDS, proclitics="وبلفا")
    # (and with the article before a scale: «هدف الأربعين مليار دولار», the forty-billion-dollar target)
    definite_scaled = (rf"(?:[وفب]?ال|لل)(?=[{_AR}]+(?:[^\S\n]+و[{_AR}]+)?[^\S\n]+(?:{_alt(SCALES)})"
                       rf"(?![{_AR}]))")
    g["_NUMBER_WORDS_RE"] = re.compile(rf"{number_starts}{_NOT_AR_BEFORE}(?:(?:[وف][بل]|[وبلف])(?=[{_AR}]{{3}})|{definite_scaled})?"
                                       rf"(?P<n>{core})")
    # A definite cardinal after the definite plural it counts: «السنوات الخمس»، «المراحل السبعة».
    def_units = [w for w, v in CARDINAL_WORDS.items() if 3 <= v <= 10]
    # A cardinal glued to the word before it by the extraction of a scrambled line, before its noun.
    g["_GLUED_CARDINAL_RE"] = re.compile(rf"(?<=[{_AR}])(?<!ال)(?P<n>{_alt(def_units)})[^\S\n]+(?P<noun>[{_AR}]+)")
    g["_DEFINITE_COUNT_RE"] = re.compile(
        rf"{_NOT_AR_BEFORE}(?P<noun>ال[{_AR}]+){_SP}(?P<n>ال{_alt(def_units)}){_NOT_AR_AFTER}")
    # Fractions: «ثلث» (1/3), «الثلثين» (2/3), with the article or a one-letter proclitic.
    g["FRACTIONS"] = {fold(w): float(Fraction(str(v))) for v, ws in numbers["fractions"].items() for w in ws}
    # also with a plural or feminine pronoun: «ربعها», «نصفهم» (a fraction of what was just named)
    g["_FRACTION_RE"] = re.compile(rf"{_starts(g['FRACTIONS'], proclitics='وبلفا')}{_NOT_AR_BEFORE}(?:[وبلف])?(?:ال)?(?P<w>{_alt(g['FRACTIONS'])})"
                                   rf"(?:ها|هما|هم|هن)?{_NOT_AR_AFTER}")
    # A scale word alone, in the singular, before what it counts: «مليون جندي», «بمليار دولار».
    # (and its accusative, «مليوناً», which :func:`.kinds._bare_scale_rows` reads only before «و» and the rest)
    g["_BARE_SCALE_RE"] = re.compile(
        rf"{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt({fold(str(ws[0])) for ws in numbers['scales'].values()} | {fold(str(w)) for ws in numbers['scales'].values() for w in ws if fold(str(w)).endswith('ا')})}){_NOT_AR_AFTER}")
    # A singular scale word and «و» right before a smaller amount: «مليار و286 مليون دولار».
    g["_BARE_SCALE_AND"] = re.compile(
        rf"{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(fold(str(ws[0])) for ws in numbers['scales'].values())})"
        rf"[^\S\n]*و[^\S\n]*$")
    g["_RATE_ADJ_RE"] = re.compile(rf"(?<=[{_AR}][^\S\n])(?P<w>{_alt(RATE_ADJECTIVES)}){_NOT_AR_AFTER}")
    _RATE_WORDS = g["_RATE_WORDS"] = {**RATES, **RATE_ADJECTIVES}  # adverbs and adjectives: what a scrambled line may hold
    g["_RATE_WORD_RE"] = re.compile(rf"{_NOT_AR_BEFORE}(?P<w>{_alt(_RATE_WORDS)}){_NOT_AR_AFTER}")

    # In a scrambled line, a unit may be torn apart: «مكعب» alone is a cubic metre («م ... تر»).
    _SCR_UNITS = g["_SCR_UNITS"] = {**UNITS, **_by_form(units["scrambled"])}
    g["_SCR_TOKEN_RE"] = re.compile(
        rf"(?P<pct>%)"
        rf"|(?:(?P<s>{_alt(SCALES)}){_SP})?(?:(?P<c>{_alt(CURRENCIES)})(?:{_SP}{_alt(_CURRENCY_TAIL)}{_NOT_AR_AFTER})?"
        rf"|(?P<u>{_alt(_SCR_UNITS)})(?:{_SP}{_alt(_EXTRA)})?(?:{_SP}(?P<r>{_alt(RATES)}))?"
        rf"|(?P<n>{_alt(COUNT_NOUNS)})){_NOT_AR_AFTER}(?![a-z])"
        rf"|(?P<so>{_alt(SCALES)}){_NOT_AR_AFTER}"
    )
    return g


refresh()
lang.on_reload(refresh)
