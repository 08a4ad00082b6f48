"""The patterns of the dates extractor, named in one place, and the word tables they are built from.

Every word comes from the language data (``tahqiq/lang/months.yml``, ``tahqiq/lang/time.yml``, the
number words of :mod:`tahqiq.extract.numerals`); this module turns it into the regular expressions
and lookup tables the finder uses. It is built when first imported and rebuilt by
:func:`tahqiq.lang.reload` (see :func:`rebuild`), so that a new spelling in a lexicon reaches every
pattern. The consumers read the names through the module (``patterns.MON``), never by copying them.
"""

from __future__ import annotations

from ...text import recache as re  # re, with compiled patterns kept between runs
from functools import lru_cache

from ... import lang
from ...text.normtext import ArabicWords, fold
from ...text.patterns import partitive_before, trie
from ..numerals import CARDINAL_WORDS, DUAL_NOUNS, ORDINAL_WORDS
from .scan import KeyTables


_alt = trie  # the trie alternation of text.patterns


def _table(lexicon: str, key: str) -> dict:
    """One mapping of a lexicon, its words folded (as they appear in normalised text)."""
    return {fold(str(k)): v for k, v in lang.lexicon(lexicon)[key].items()}


def _list(lexicon: str, key: str) -> list[str]:
    return list(lang.words(lexicon, key))


def ordinal_day(word: str):
    """The value of an ordinal day word as :func:`..numerals.words_value` gives it (value, ordinal), «فاتح» (the
    first day, ``time.yml`` ``first_day``) included."""
    from ..numerals import words_value

    return (1, True) if word in lang.words("time", "first_day") else words_value(word)


# --------------------------------------------------------------------------- structure (no words)

AL = r"[\u0621-\u064A]"  # an Arabic letter
D = r"(?P<d>(?:[12]\d|3[01]|0?[1-9]))"
D2 = r"(?P<d2>(?:[12]\d|3[01]|0?[1-9]))"
Y = r"(?P<y>(?:1[0-9]|20|21)\d\d)"
Y2 = r"(?P<y2>(?:1[0-9]|20|21)\d\d)"
NB = r"(?<![\d/])(?<!\d[.,])"  # no digit (or number with a decimal/thousands separator) before
NA = r"(?![\d]|[.,]\d)"  # no digit (or decimal part) after
RANGE_SEP = r"\s*(?:-|–|و|الي|حتي|to|and)\s*"
YEAR_CUE = r"(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s*)"
CITATION_BEFORE = re.compile(r"[:;]\s*$")  # an author-year citation («(Panda; 2016)»)
PART_OF = re.compile(rf"\s+(?:من(?!{AL})|ل{AL})")  # «الربع الأخير من القرن»: a part of something else
# a word that may qualify a bare «الألفية» elsewhere in a scrambled line, alone or glued to «في»
LINE_QUALIFIER = re.compile(rf"(?<!{AL})(?P<q>الجديده|الاولي|الثانيه|الثالثه)(?=(?:و?في)?(?!{AL}))")
LINE_MAX = 400  # the longest stretch searched as "the line" of a scrambled text
# Paragraph breaks of PDF extractions are unreliable: an anaphoric expression («بعد شهرين») may
# also follow a date this many characters before it across a break.
ANAPHORA_WINDOW = 300
PARTS_IN_YEAR = {"quarter": 4, "half": 2}
# «بعد أربع سنوات من …» (not «من الآن», now): counted from what follows
FROM_AFTER = re.compile(rf"[^\S\n]+(?:من|علي)[^\S\n]+(?!(?:الان|اليوم|الحين)(?!{AL}))")
# «، أي» just before a count («عام 1908، أي بعد ثماني سنوات»): it restates the date just given
RESTATEMENT = re.compile(rf"(?<!{AL})[وف]?(?:اي|يعني)[^\S\n]*$")
# How far around a key an expression of the family may reach: (before, after).
REACH = {"year": (22, 26), "numdate": (12, 30), "month": (36, 40), "century": (50, 70), "relative": (30, 35),
         "part": (20, 45), "hijri": (30, 30), "backref": (15, 30), "period": (5, 60)}


def _build() -> dict:
    """Every table and pattern built from the lexicons (the module's namespace)."""
    months = lang.lexicon("months")
    months_ar = {fold(k): v for family in months["gregorian"].values() for k, v in family.items()}
    months_ar.update(_table("months", "misspellings"))
    weak_ar = set(_list("months", "weak"))
    months_en = {str(k).lower(): v for k, v in months["english"].items()}
    # French names in Latin script («14 mai 2020» in a French note) read as the English ones
    months_en.update({str(k).lower(): v for k, v in (months.get("french") or {}).items()})
    mon_ar = rf"(?<!{AL})[وبلف]?(?:{_alt(months_ar)})(?!{AL})"
    # English month names, full or abbreviated, each alternative beginning with its own letter
    # (either case) so that the regex engine can skip ahead quickly (a letter just before the
    # name is rejected in code)
    initials: dict[str, list[str]] = {}
    for w in months_en:
        initials.setdefault(w[0], []).append(w[1:])
    mon_en = "(?:" + "|".join(f"[{c.upper()}{c}]{_alt(rest)}" for c, rest in sorted(initials.items())) \
        + r")(?![A-Za-z])\.?"
    # one month name, or a pair naming the same month twice: «فبراير/شباط», «كانون الثاني (يناير)»
    mon1 = rf"(?:{mon_ar}|{mon_en})"
    # or two names of different families side by side: «سبتمبر ايلول 1217»
    mon = rf"(?P<mon>{mon1}(?:\s*/\s*{mon1}|\s*[()]\s*{mon1}\s*[()]|[^\S\n]+(?![وف]){mon_ar})?)"

    modifier_words = _table("time", "modifiers")
    relation_words = _table("time", "relations")
    ar_modifiers = [k for k in modifier_words if not k.isascii()]
    relations_ar = [k for k in relation_words if not k.isascii()]
    relations_en = [k for k in relation_words if k.isascii()]
    # what may precede the core of an expression and belongs to it: «منذ أوائل عام», «وحتى نهاية شهر»
    prefix_re = re.compile(
        rf"(?:(?:(?<!{AL})[وف]?(?P<rel>{_alt(relations_ar)})\s+)?"
        rf"(?:(?<!{AL})[وفب]?(?P<mod>{_alt(ar_modifiers)})\s+)?"
        rf"(?:(?<!{AL})[وفبل]?(?:ال)?(?:عام|عامي|سنه|شهر)\s+)?"
        rf"|(?:(?<![A-Za-z])(?P<rel_en>{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in relations_en)})\s+)?"
        r"(?:(?<![A-Za-z])(?P<mod_en>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:(?<![A-Za-z])year\s+)?)$"
    )
    # the words that can end such a prefix (before its white space or hyphen)
    prefix_endings = (
        *relations_ar, *ar_modifiers, "عام", "عامي", "سنه", "شهر",
        *(v for w in (*relations_en, "early", "mid", "late") for v in (w, w.capitalize())), "year",
    )

    # number words (as numerals.NUMBER_WORDS_RE, without its look-behind, so that they may follow
    # an article: «الخمس»): «خمسة وعشرين», «الحادي والعشرين», «اثنا عشر»
    number_word = _alt(
        {*CARDINAL_WORDS, *ORDINAL_WORDS, *("ال" + w for w, v in CARDINAL_WORDS.items() if 20 <= v <= 90 and v % 10 == 0)}
    )
    numwords = rf"(?:{number_word})(?:\s+(?:عشر|عشره))?(?:\s+و\s?(?:ال)?(?:{number_word}))*(?!{AL})"
    numw = rf"(?:\d{{1,3}}|{numwords})"

    decade_words = _table("time", "decades")
    decade = rf"(?<!{AL})[وبلف]?(?:ال)?(?P<dec>{_alt(decade_words)})(?:يات|ات)(?!{AL})"
    century_rel = _table("time", "century_deixis")
    century = rf"(?:من\s+)?(?<!{AL})[وبلف]?القرن\s+(?P<cent>{_alt(century_rel)}|{numwords}|(?:ال)?\d{{1,2}}|[IVX]{{1,6}}(?![A-Za-z]))"
    en_ordinals = {str(k).lower(): v for k, v in lang.lexicon("time")["english_century_ordinals"].items()}
    # «twenty-first» and «twenty first» alike
    en_ordinal_words = "|".join(sorted({re.escape(k).replace("\\-", "[- ]").replace("\\ ", "[- ]") for k in en_ordinals},
                                       key=len, reverse=True))
    en_century = re.compile(
        r"(?i:\b(?:the\s+)?(?:(?P<mod>early|mid|late|middle\s+of\s+the|beginning\s+of\s+the|end\s+of\s+the)[\s-]+)?"
        rf"(?P<n>{en_ordinal_words}|1[89]th|20th|21st)\s+century\b)"
    )
    en_decades = {str(k).lower(): v for k, v in lang.lexicon("time")["english_decades"].items()}
    en_decade = re.compile(rf"(?i:\b(?:the\s+)?(?P<dec>{'|'.join(en_decades)})\b)")
    en_millennia = {str(k).lower(): v for k, v in lang.lexicon("time")["english_millennia"].items()}
    en_millennium = re.compile(rf"(?i:\b(?:the\s+)?(?P<mil>{'|'.join(en_millennia)}|new)\s+millennium\b)")
    millennium = rf"(?<!{AL})[وبلف]?الالفيه(?:\s+(?P<mil>الجديده|{numwords}))?(?!{AL})"

    units = _table("time", "units")
    unit_duals = {k: units[fold(v)] for k, v in DUAL_NOUNS.items() if fold(v) in units}
    unit_duals.update({"ال" + k: v for k, v in list(unit_duals.items())})
    unit_singular_def = _table("time", "units_definite")
    unit_plural_def = _table("time", "units_definite_plural")
    deixis = _table("time", "deixis")
    anaphora = _table("time", "anaphora")
    plural_dir = _table("time", "plural_directions")

    parts = {str(k) if str(k).isascii() else fold(str(k)): v for k, v in lang.lexicon("time")["parts"].items()}
    part_ordinals = _table("time", "part_ordinals")
    # «العام الجاري», «السنة الماضية»: which year, counted from the anchor's
    # «السنة الماضية», «السنة التالية»: the feminine adjectives of «السنة» (anaphoric: those of
    # ``anaphora`` with the feminine ending, «السابقة», «التالية», «اللاحقة»)
    year_deixis_fem = _table("time", "year_deixis_feminine")
    anaphora_fem = {w: n for w, n in year_deixis_fem.items() if w[:-1] in anaphora}
    year_deixis = {**{"العام " + w: n for w, n in {**deixis, **anaphora}.items()}, "هذا العام": 0, "هذه السنه": 0,
                   **{"السنه " + w: n for w, n in year_deixis_fem.items()}}
    part_ar = (
        rf"(?<!{AL})[وبلف]?(?P<part>الربع|النصف)\s+(?P<ord>{_alt(k for k in part_ordinals if not k.isascii())})(?!{AL})"
        rf"(?:\s+(?:من\s+|ل(?=(?:ال)?(?:عام|سنه)))?(?:(?:ال)?(?:عام|سنه)\s*)?{Y}{NA}"
        rf"|\s+(?:من\s+|ل)(?P<rel>{_alt(year_deixis)})(?!{AL})"
        # «الربع الثاني من العام»: of the year of the context (as if no year were named)
        rf"|\s+(?:من\s+|ل)(?P<bare>ال(?:عام|سنه))(?!{AL})(?![^\S\n]*\d))?"
    )
    part_en = re.compile(
        rf"(?i:\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)[\s-]+(?P<part>quarter|half)\s+"
        rf"(?:of\s+)?(?:the\s+year\s+)?){Y}{NA}"
    )
    part_q = re.compile(rf"\b(?P<part>[QH])(?P<ord>[1-4])(?:\s+of)?\s*[-/]?\s*{Y}{NA}")

    # counted nouns: a four-digit number before one of them is a quantity, not a year
    counted = _list("time", "counted")
    counted_re = re.compile(rf"[^\S\n]*(?:%|(?:{_alt(counted)})(?![\w]))", re.I)
    # the counted nouns of the figures (``counted_nouns``, ``plurals``; no unit of time): after a
    # bare number of four digits (no «عام»/«سنة» before it) a plural («2010 أشخاص») or an
    # indefinite accusative («2019 متطوعاً», the tamyiz of 11..99) makes it a count, not a year;
    # a bare singular («2000 شركة») too when no preposition stands before the number (after one,
    # «في 2019 رئيساً» may be a state, "as president")
    _nouns = lang.lexicon("counted_nouns")
    _time = {fold(w) for w in _nouns.get("time_lemmas", ())}
    _plural, _single = set(), set()
    for _lemma, _forms in _nouns["arabic"].items():
        if fold(_lemma) in _time:
            continue
        for _f in map(fold, _forms):
            (_single if _f in (fold(_lemma), fold(_lemma) + "ا") else _plural).add(_f)
        _single.add(fold(_lemma) + "ا")
    for _table_name in ("broken", "plural_ta"):
        for _lemma, _forms in lang.lexicon("plurals")[_table_name].items():
            _plural.update(map(fold, _forms))
            _single.update((fold(_lemma), fold(_lemma) + "ا"))
    _single -= {"عاما", "عام", "سنه", "يوم", "يوما", "شهر", "شهرا"}
    counted_plural_re = re.compile(rf"[^\S\n]+(?:{_alt(_plural)})(?!{AL})")
    counted_single_re = re.compile(rf"[^\S\n]+(?:{_alt(_single)})(?!{AL})")
    # before a number: it is a page, issue, volume or serial number
    # a partitive pronoun and the counts of its list before a number («منهم 1900 إثيوبي»، «منهم 1400 عماني و1900
    # صيني»): a count, not a year
    part_list_before = partitive_before({fold(w) for w in lang.lexicon("figure_cues")["part_of"]["before"]})
    not_year_before = re.compile(
        rf"(?:(?<![\w])(?:{_alt(_list('time', 'not_year_before'))})\.?\s*[:.]?\s*|#\s*|(?<![A-Za-z])[A-Z]-|\d[.,]\s?)$",
        re.I,
    )
    # a month name coordinated with another after it («في مارس ويونيو 2020»): a weak name is a month
    coordinated_month = re.compile(rf"[^\S\n]+(?=و)(?:{mon_ar})")
    # after a year: a month name glued to it («2014مايو 22»): the year belongs to that month
    attached_month = re.compile(rf"[^\S\n]*(?:و?في[^\S\n]*)?(?:{mon_ar})")
    # before a number in a scrambled line, where a counted noun may come first: «(روسي 2000»
    counted_before = re.compile(rf"(?<!{AL})(?:{_alt(w for w in counted if not w.isascii())})[\s،,(]*$")

    # an ordinal day before «من» and a month: «الرابع من», «الحادي والعشرين من شهر»
    ordw = (
        rf"(?:{_alt(k for k in ORDINAL_WORDS if k.startswith('ال'))})(?:\s+عشر)?"
        r"(?:\s+و\s?(?:العشرين|الثلاثين))?"
    )
    # «فاتح يناير»: the first day, without «من» (``time.yml`` ``first_day``)
    first_day = _list("time", "first_day")
    ordday = rf"(?P<od>{ordw}(?=\s+من\s)|{_alt(first_day)}(?=\s))\s+(?:من\s+)?(?:شهر\s+)?"
    ordw_day = rf"(?P<od>{ordw}(?=\s+من\s)|{_alt(first_day)}(?=\s))\s+(?:من\s+)?"  # «العاشر من الشهر الماضي»

    # before the common era: «عام 660 قبل الميلاد», «660 ق.م», «القرن الثامن قبل الميلاد», «660 BC»
    bce_marker = re.compile(
        rf"(?<!{AL})قبل\s+الميلاد(?!{AL})|(?<!{AL})ق\s*\.?\s*م\.?(?!{AL})"
        r"|(?<![A-Za-z])(?:BCE|B\.C\.(?:E\.)?|BC)(?![A-Za-z])"
    )
    bce_year_before = re.compile(
        rf"(?:(?<!{AL})[وبلف]?(?:ال)?(?:عام|سنه)\s+|(?<![A-Za-z])(?:in|year)\s+)?(?<![\d.,/])(?P<y>\d{{1,5}})\s*$"
    )
    bce_century_before = re.compile(
        rf"(?:(?<!{AL})[وبلف]?القرن\s+(?P<cent>{numwords}|\d{{1,2}}(?:st|nd|rd|th)?)"
        rf"|(?i:(?<![a-z])(?:the\s+)?(?P<cent_en>\d{{1,2}}(?:st|nd|rd|th)|{en_ordinal_words}|eighth|seventh|sixth|fifth)"
        r"\s+century))\s*$"
    )

    # «الألفية الثالثة قبل الميلاد», «the third millennium BC», «3rd millennium BCE»
    en_ordinal_numbers = {str(k).lower(): v for k, v in lang.lexicon("time")["english_ordinals"].items()}
    bce_millennium_before = re.compile(
        rf"(?:(?<!{AL})[وبلف]?الالفيه\s+(?P<mil>{numwords}|\d{{1,2}})"
        rf"|(?i:(?<![a-z])(?:the\s+)?(?P<mil_en>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(en_ordinal_numbers)})"
        r"\s+millennium))\s*$"
    )
    # a year of the first millennium with its era: «عام 622م», «سنة 711 ميلادية», «AD 622», «622 CE»
    ad_year = re.compile(
        rf"(?:(?<!{AL})[وبلف]?(?:ال)?(?:عام|سنه)[^\S\n]+)?(?<![\d.,/])(?P<y>\d{{1,3}})"
        rf"[^\S\n]*(?P<era>م(?!{AL})|ميلاديه?(?!{AL})|للميلاد(?!{AL})|بعد[^\S\n]+الميلاد(?!{AL})|(?:AD|CE|A\.D\.)(?![A-Za-z]))"
        r"|(?<![A-Za-z])(?:AD|A\.D\.)[^\S\n]*(?P<y2>\d{1,3})(?![\d%])"
    )
    # where one can end (a digit then the era) or begin (AD): found by scans much cheaper than it
    ad_year_era = re.compile(
        rf"\d[^\S\n]*(?:م(?!{AL})|ميلاديه?(?!{AL})|للميلاد(?!{AL})|بعد[^\S\n]+الميلاد(?!{AL})|(?:AD|CE|A\.D\.)(?![A-Za-z]))"
        r"|(?:AD|A\.D\.)[^\S\n]*\d"
    )

    # Hijri dates: a Hijri month name, or a Hijri marker («هـ», folded «ه»; «هجري», «للهجرة») after
    # the year; «1445هـ/2024م», «2024م (1445هـ)»: a pair
    hijri_months = _table("months", "hijri")
    hmon = rf"(?<!{AL})[وبلف]?(?P<hmon>{_alt(hijri_months)})(?!{AL})"
    hijri_mark = rf"[^\S\n]?(?:ه|هجري|هجريه|للهجره|هجريا)(?!{AL})"
    hijri_marker = re.compile(rf"(?<=\d){hijri_mark}")
    hijri_marker_after_digit = re.compile(rf"\d{hijri_mark}")  # the same, scanned from its digit (faster)
    hijri_month_date = rf"{hmon}\s*(?:[/,،-]\s*)?{YEAR_CUE}?(?P<y>\d{{3,4}})(?!\d)"
    hijri_month_date_d = rf"{NB}(?P<d>[12]\d|3[01]|0?[1-9])\s*(?:[/-]\s*)?(?:من\s+)?(?:شهر\s+)?{hijri_month_date}"
    # «27/8/1412هـ», «عام 1445هـ», «سنة 15هـ» (a year of one or two digits only after a cue or
    # before its Gregorian pair: checked in the rule), the year first: «1412/8/27هـ»; a range
    # «41-132هـ» (with its Gregorian pair only)
    hijri_before_marker = re.compile(
        rf"{NB}(?:(?P<d>\d{{1,2}})\s*([/.-])\s*(?P<m>\d{{1,2}})\s*\2\s*|(?P<cue>(?<!{AL})[وبلف]?(?:ال)?(?:عام|سنه)\s*))?"
        r"(?:(?P<y0>\d{1,4})\s*[-–]\s*)?(?P<y>\d{1,4})$"
        rf"|{NB}(?P<yf>\d{{3,4}})\s*(?P<sf>[/.-])\s*(?P<mf>\d{{1,2}})\s*(?P=sf)\s*(?P<df>\d{{1,2}})$"
    )
    # the Gregorian half after a Hijri one: «/2024م», «(636م)», «/661-750م» (a year below 1000 with «م»)
    gregorian_pair_after = re.compile(
        rf"\s*(?:[/(-]|،?\s*الموافق(?:\s+ل)?)\s*(?:(?P<gy0>\d{{3,4}})\s*[-–]\s*)?"
        rf"(?:(?P<gy>\d{{4}})(?:\s*م(?!{AL}))?|(?P<gys>\d{{1,3}})\s*م(?!{AL}))"
    )
    # a Hijri century, with its Gregorian pair: «القرن الثامن الهجري/الرابع عشر الميلادي»
    hijri_century = (
        rf"(?<!{AL})[وبلف]?القرن\s+(?P<cent>{numwords}|\d{{1,2}})[^\S\n]+(?:ال)?هجري(?!{AL})"
        rf"(?:[^\S\n]*(?:/|-|–|\(|،?[^\S\n]*الموافق(?:[^\S\n]+ل(?:ل)?)?)[^\S\n]*(?:(?:ال)?قرن[^\S\n]+)?"
        rf"(?P<gcent>{numwords}|\d{{1,2}})[^\S\n]+(?:ال)?ميلادي(?!{AL})(?:[^\S\n]*\))?)?"
    )
    # the Gregorian month after a Hijri one: «رمضان 1445هـ/مارس 2024م»
    gregorian_month_pair_after = re.compile(
        rf"\s*(?:/|،?\s*الموافق(?:\s+ل)?)\s*(?:شهر\s+)?(?P<mon>{mon1})\s*(?:[/,،-]\s*)?{YEAR_CUE}?{Y}{NA}(?:\s*م(?!{AL}))?"
    )
    gregorian_hijri_pair = rf"{NB}(?P<gy>\d{{4}})\s*م?\s*(?:/|-|(?P<paren>\())\s*(?P<hy>\d{{3,4}}){hijri_mark}(?(paren)\s*\))"

    # a year of any century where the context makes it one: after a preposition and ending a
    # clause or joined to another year («في 1228،», «في 1481 و 1558», «in 1343,»)
    year_preps = _list("time", "year_prepositions")
    year_end = rf"(?=[^\S\n]*(?:[،,.;:؛)\]!?؟\n]|$|(?:و|and\s|or\s|او\s)[^\S\n]*\d{{4}}(?!\d)|م(?!{AL})))"
    # read from the year: what ends it, and the preposition before it
    year_context_end = re.compile(rf"(?![\d%]){year_end}")
    year_context_before = re.compile(
        rf"(?:(?<!{AL})[وف]?(?:{_alt(w for w in year_preps if not w.isascii())})|(?<![A-Za-z])(?i:{_alt(w for w in year_preps if w.isascii())}))"
        rf"[^\S\n]+(?:(?:ال)?(?:عام|سنه)[^\S\n]+)?$"
    )
    # a year named by its event or document before it («اتفاقية 1899،»، «ثورة 1848.»)
    year_naming_before = re.compile(
        rf"(?:(?<!{AL})[وفبل]?(?:ال)?(?:{_alt(w for w in _list('time', 'year_naming_nouns') if not w.isascii())})"
        rf"|(?<![A-Za-z])(?i:(?:the\s+)?{_alt(w for w in _list('time', 'year_naming_nouns') if w.isascii())}\s+of))[^\S\n]+$")
    # «من 1896 إلى وفاته»، «من 1850 حتى الاستقلال»: a year from which a span runs to an event named by a word
    year_to_event = re.compile(r"[^\S\n]+(?:الي|حتي|وحتي)[^\S\n]+(?!\d)[\u0621-\u064A]{3,}")
    # a preposition of time before a number («في 2010 دول كثيرة انضمت»: a year before the subject)
    temporal_before = re.compile(
        rf"(?<!{AL})[وف]?(?:{_alt(w for w in year_preps if not w.isascii() and w != 'الي')})[^\S\n]+$")
    year_partner = re.compile(rf"[^\S\n]*(?:و|،|,|and|or|او)[^\S\n]*{NB}(?P<y>\d{{4}})(?![\d%]){year_end}")
    # ranges in words: «1921 إلى 1940», «1992- 93», «فبراير-مارس 1986»
    range_words = _list("time", "range_words")
    word_range = rf"{NB}{Y}[^\S\n]*(?:{_alt(range_words)})(?![A-Za-z\u0621-\u064A])[^\S\n]*(?:(?:ال)?(?:عام|سنه)\s*)?{Y2}{NA}"
    # a year after a preposition or «عام» is a point, and «حتى/إلى» then a second one: «في عام 2021
    # حتى عام 2030» (extended in 2021 until 2030) is no range; «الفترة 1921 إلى 1940» is
    range_blocked_before = re.compile(
        rf"(?:(?<!{AL})[وف]?(?:{_alt([*(w for w in year_preps if not w.isascii()), 'عام', 'سنه', 'العام', 'السنه'])})"
        rf"|(?<![A-Za-z])(?i:{_alt(w for w in year_preps if w.isascii())}|year))\s*$"
    )
    short_range = rf"{NB}{Y}[^\S\n]*[-–/][^\S\n]*(?P<y2s>\d\d)(?![\d%]|[.,]\d)"
    # each end may be a pair of names («كانون الثاني/يناير إلى آذار/مارس 2026»), the words English
    # («January to March 2026»); «في أيار وحزيران 2020» stays two months, «بين أيار وحزيران 2020» is one (MONTH_BETWEEN)
    mon_either = rf"{mon1}(?:\s*/\s*{mon1}|\s*[()]\s*{mon1}\s*[()])?"
    range_sep_words = (rf"(?:-|–|{_alt(w for w in range_words if not w.isascii())}|و"
                       rf"|(?<![A-Za-z])(?:{_alt(w for w in range_words if w.isascii())})(?![A-Za-z]))")
    month_range = (
        rf"(?P<ma>{mon_either})[^\S\n]*{range_sep_words}[^\S\n]*(?P<mb>{mon_either})"
        rf"\s*(?:[/,،-]\s*)?{YEAR_CUE}?{Y}{NA}"
    )
    # months of two years: «من تشرين الأول 2025 إلى آذار 2026», «October 2025 to March 2026»
    month_year_range = (
        rf"(?P<ma>{mon_either})\s*(?:[/,،-]\s*)?{YEAR_CUE}?{Y}{NA}[^\S\n]*{range_sep_words}[^\S\n]*"
        rf"(?P<mb>{mon_either})\s*(?:[/,،-]\s*)?{YEAR_CUE}?{Y2}{NA}"
    )
    # back-references: «نفس العام», «العام ذاته», «في اليوم نفسه»; «نهاية العام», «خلال العام»
    back = lang.lexicon("time")["back_reference"]
    ref_unit = r"(?P<u>العام|السنه|اليوم|الشهر)"
    # not before its own year («العام 2024», «العام 15هـ», «العام (2024)»); an amount may follow («خلال العام 1.5 مليار»)
    not_followed = rf"(?![^\S\n]*(?:\d{{4}}(?![\d.,]\d)|\d{{1,4}}[^\S\n]*(?:م|ه)(?!{AL})|\())(?!\s+(?:{_alt({**deixis, **anaphora, **_table('time', 'year_deixis_feminine')})})(?!{AL}))"
    back_before = rf"(?<!{AL})[وفبل]?(?:{_alt(fold(w) for w in back['before'])})\s+{ref_unit}(?!{AL}){not_followed}"
    back_after = rf"(?<!{AL})[وفبل]?{ref_unit}\s+(?:{_alt(fold(w) for w in back['after'])})(?!{AL})"
    year_frame = rf"(?<!{AL})[وفبل]?(?:{_alt(_list('time', 'year_frames'))})\s+(?P<core>(?P<u>العام|السنه)(?!{AL})){not_followed}"
    # periods: «الأشهر الخمسة الأولى من العام 2012», «الأعوام العشرة التي تلت … 1997»
    period_ends = _table("time", "period_ends")
    period_dirs = _table("time", "period_directions")
    period_in_year = (
        rf"(?<!{AL})[وفبل]?(?:(?P<p>{_alt(unit_plural_def)})\s+(?:ال)?(?P<n>{numw})|(?:ال)?(?P<n2>{numw})\s+(?P<p2>{_alt(k[2:] for k in unit_plural_def)}))"
        rf"\s+(?P<end>{_alt(period_ends)})\s+من\s+(?:(?:ال)?(?:عام|سنه)\s*)?{Y}{NA}"
    )
    # the first or last months of a year named relatively: «الأشهر التسعة الأولى من العام الجاري»,
    # «الأشهر الستة الأخيرة من العام الماضي»
    period_in_rel_year = (
        rf"(?<!{AL})[وفبل]?(?:(?P<p>{_alt(unit_plural_def)})\s+(?:ال)?(?P<n>{numw})|(?:ال)?(?P<n2>{numw})\s+(?P<p2>{_alt(k[2:] for k in unit_plural_def)}))"
        rf"\s+(?P<end>{_alt(period_ends)})\s+(?:من\s+|ل)(?P<rel>{_alt(year_deixis)})(?!{AL})"
    )
    period_next = (
        rf"(?<!{AL})[وفبل]?(?:(?P<p>{_alt(unit_plural_def)})\s+(?:ال)?(?P<n>{numw})|(?:ال)?(?P<n2>{numw})\s+(?P<p2>{_alt(k[2:] for k in unit_plural_def)}))"
        rf"\s+(?:(?:التي|الذي)\s+)?(?P<dir>{_alt(period_dirs)})(?!{AL})"
    )
    # a range of months with «بين … و…» is one interval, as «بين 1990 و1999» is: «بين أيار وحزيران 2020»
    month_between = (rf"(?<!{AL})[وف]?بين[^\S\n]+(?P<ma>{mon_either})[^\S\n]+(?=و)(?P<mb>{mon_either})"
                     rf"\s*(?:[/,،-]\s*)?{YEAR_CUE}?{Y}{NA}")
    # a range of months before a deixis word: «من يناير إلى مارس الماضي» (the deixis names the last)
    month_range_deixis = (rf"(?P<ma>{mon_either})[^\S\n]*(?P<sep>{range_sep_words})[^\S\n]*(?P<mb>{mon_either})"
                          rf"[^\S\n]+(?P<w>{_alt(k for k, v in deixis.items() if v)})(?!{AL})")
    # a month alone after an event noun names the event: «حرب حزيران», «ثورة يوليو»
    month_event_before = re.compile(
        rf"(?<!{AL})[وفبل]?(?:ال)?{_alt(fold(w) for w in _list('time', 'month_event_nouns'))}[^\S\n]+$")
    # a day and month made recurring: «في 12 نيسان من كل عام»
    recurring_after = re.compile(
        rf"[^\S\n]*[,،]?[^\S\n]*(?i:{_alt(fold(w) for w in _list('time', 'recurring_after'))})(?![A-Za-z\u0621-\u064A])")
    # a month named relative to the anchor: «أيار الماضي», «مايو المقبل», «سبتمبر الجاري» (the
    # anchor year's month)
    month_deixis = rf"{mon}\s+(?P<w>{_alt(deixis)})(?!{AL})"
    # a day range of a month named without its year, or relative to the anchor: «من 12 إلى 15 مايو
    # المقبل», «بين 3 و5 آذار»
    day_range_no_year = (
        rf"{NB}{D}{RANGE_SEP}{D2}[^\S\n]*(?:[/-][^\S\n]*)?(?:من[^\S\n]+)?(?:شهر[^\S\n]+)?{mon}"
        rf"(?:[^\S\n]+(?P<w>{_alt(k for k, v in deixis.items() if v)})(?!{AL}))?"
        rf"(?![^\S\n]*(?:[/,،-][^\S\n]*)?(?:(?:من[^\S\n]+)?(?:ال)?(?:عام|سنه)[^\S\n]*)?\d)"
    )

    # «أمس», «أول أمس», «البارحة», with the weekday they name («أمس الخميس»); not «أمسّ الحاجة» (most in need)
    baseline = re.compile(
        rf"(?:(?<!{AL})[وب]?(?:{_alt(w for w in _list('time', 'baseline_words') if not w.isascii())})(?!{AL})"
        rf"|(?<![A-Za-z])(?i:{_alt(w for w in _list('time', 'baseline_words') if w.isascii())})(?![A-Za-z]))(?:[^.،,؛;:\n]|(?<=\d)[.,،](?=\d))*$"
    )
    weekdays = _table("time", "weekdays")
    yesterday_words = {re.sub(r"\s+", " ", k): v for k, v in _table("time", "yesterday").items()}
    weekday_ar = _alt(k for k in weekdays if not k.isascii())
    yesterday = (
        rf"(?<!{AL})[وفب]?(?P<w>{_alt(k.replace(' ', '_') for k in yesterday_words if not k.isascii())})"
        rf"(?:[^\S\n]+(?P<wd>{weekday_ar}))?(?!{AL})(?![^\S\n]+(?:ال)?(?:حاج|ما\s+[يت]كون))"
    ).replace("_", r"[^\S\n]+")
    # «الثلاثاء المقبل», «يوم الجمعة الماضي»: the next (or last) such weekday from the anchor's day;
    # not when a date of its own follows («الثلاثاء الماضي 12 مايو»: the explicit date is read)
    weekday_deixis = (
        rf"(?:(?<!{AL})|(?<=(?<!{AL})[وفبل]))(?:يوم[^\S\n]+)?(?P<wd>{weekday_ar})[^\S\n]+"
        rf"(?P<w>{_alt(k for k, v in deixis.items() if v)})(?!{AL})(?![^\S\n]*[،,]?[^\S\n]*\d)"
    )
    weekday_before = re.compile(rf"(?<!{AL})[وفب]?(?:{weekday_ar})[^\S\n]*[،,]?[^\S\n]*$")
    # a year of somebody's birth («المولود عام 1979»، «وُلد في أيلول 1963»): a date of a life, not a time of the
    # narrative (no anchor for the days that follow; no start of a lapse)
    births = sorted({fold(w).lower() for w in lang.words("ages", "birth")}, key=len, reverse=True)
    birth_before = re.compile(r"(?<![\u0621-\u064Aa-z])[وف]?(?:" + "|".join(map(re.escape, births))
                              + r")\s+(?:(?:في|عام|سنه|العام|يوم|بتاريخ|in|on)\s+)?(?:[\u0621-\u064A]+\s+)?$", re.I)
    # «يوم الجمعة الماضي 31 أكتوبر»: a weekday counted from the time of writing right before a day named
    # without its year: the day is the time of writing's (its year is not the narrative's)
    weekday_deixis_before = re.compile(
        rf"(?<!{AL})[وفب]?(?:{weekday_ar})[^\S\n]+(?:{_alt(k for k, v in deixis.items() if v)})[^\S\n]*[،,]?[^\S\n]*$")

    # keys of the families of patterns: every expression of a family contains one of its keys
    key_words: dict[str, str] = {}
    for name in months_ar:
        key_words[name.split()[0]] = "month"
    for stem in decade_words:
        for art in ("", "ال"):
            for end in ("يات", "ات"):
                key_words[art + stem + end] = "century"
    key_words.update(dict.fromkeys(("القرن", "العقد", "الالفيه"), "century"))
    key_words.update(dict.fromkeys((k for k in parts if not k.isascii()), "part"))
    rel = ["هذا", "هذه", "منذ", "قبل", "بعد", "مضت", "خلت", *deixis, *anaphora, *plural_dir, *year_deixis_fem]
    rel += [w[2:] for w in plural_dir]
    key_words.update(dict.fromkeys(rel, "relative"))
    key_words.update(dict.fromkeys((w.split()[-1] for w in yesterday_words if not w.isascii()), "relative"))
    key_words.update({name.split()[0]: "hijri" for name in hijri_months})
    key_words.update(dict.fromkeys((*map(fold, back["before"] + back["after"]), *_list("time", "year_frames")),
                                    "backref"))
    key_words.update(dict.fromkeys((*unit_plural_def, *(k[2:] for k in unit_plural_def)), "period"))
    key_words_en = {
        **{v: "month" for w in months_en for v in (w, w.capitalize(), w.upper())},
        **{v: "century" for w in ("century", "millennium", *en_decades) for v in (w, w.capitalize(), w.upper())},
        **{v: "part" for w in ("quarter", "half") for v in (w, w.capitalize(), w.upper())},
    }
    # words that begin the expressions of some patterns (whole words, without a clitic)
    lead_words = {"من": "من", "بين": "بين", "ما": "ما", **{w: "ordinal" for w in ORDINAL_WORDS if w.startswith("ال")},
                  **{w: "ordinal" for w in first_day}}
    # words that every match of a case-insensitive English pattern holds as a whole run of Latin letters
    latin_words = {"w:century": ("century",), "w:millennium": ("millennium",), "w:decade": tuple(en_decades),
                   "w:part": ("quarter", "half"), "w:from": ("from", "between")}
    key_tables = KeyTables(ArabicWords({*key_words, *lead_words}, clitics="وبلف"), key_words, lead_words,
                           key_words_en, re.compile(rf"(?:{_alt(key_words_en)})(?![a-z])"), REACH, latin_words)

    return {k.upper(): v for k, v in locals().items() if not k.startswith("_") and k not in ("name", "stem", "art", "births",
                                                                                              "end", "w", "rel")}


# The namespace, filled by rebuild(); the names are listed for readers and linters.
MONTHS_AR = WEAK_AR = MONTHS_EN = MON_AR = MON_EN = MON1 = MON = None
MODIFIER_WORDS = RELATION_WORDS = PREFIX_RE = PREFIX_ENDINGS = NUMWORDS = NUMW = None
DECADE_WORDS = DECADE = CENTURY_REL = CENTURY = EN_ORDINALS = EN_CENTURY = EN_DECADES = EN_DECADE = None
EN_MILLENNIA = EN_MILLENNIUM = MILLENNIUM = UNITS = UNIT_DUALS = UNIT_SINGULAR_DEF = UNIT_PLURAL_DEF = None
YEAR_DEIXIS_FEM = ANAPHORA_FEM = None
DEIXIS = ANAPHORA = PLURAL_DIR = PARTS = PART_ORDINALS = YEAR_DEIXIS = PART_AR = PART_EN = PART_Q = None
COUNTED_PLURAL_RE = COUNTED_SINGLE_RE = TEMPORAL_BEFORE = COORDINATED_MONTH = ORDW_DAY = None
COUNTED = COUNTED_RE = NOT_YEAR_BEFORE = PART_LIST_BEFORE = ATTACHED_MONTH = COUNTED_BEFORE = ORDW = ORDDAY = None
KEY_WORDS = KEY_WORDS_EN = LEAD_WORDS = LATIN_WORDS = KEY_TABLES = MON_SPLIT = None
AD_YEAR = AD_YEAR_ERA = EN_ORDINAL_NUMBERS = BCE_MILLENNIUM_BEFORE = BCE_MARKER = BCE_YEAR_BEFORE = BCE_CENTURY_BEFORE = HIJRI_MONTHS = HIJRI_MARKER = HIJRI_MONTH_DATE = None
HIJRI_MARKER_AFTER_DIGIT = HIJRI_CENTURY = GREGORIAN_MONTH_PAIR_AFTER = HIJRI_MONTH_DATE_D = HIJRI_BEFORE_MARKER = GREGORIAN_PAIR_AFTER = GREGORIAN_HIJRI_PAIR = None
YEAR_NAMING_BEFORE = YEAR_TO_EVENT = None
YEAR_CONTEXT_END = YEAR_CONTEXT_BEFORE = YEAR_PARTNER = RANGE_BLOCKED_BEFORE = WORD_RANGE = SHORT_RANGE = MONTH_RANGE = MONTH_YEAR_RANGE = MON_EITHER = RANGE_SEP_WORDS = BACK_BEFORE = BACK_AFTER = None
YEAR_FRAME = PERIOD_ENDS = PERIOD_DIRS = PERIOD_IN_YEAR = PERIOD_IN_REL_YEAR = PERIOD_NEXT = MONTH_DEIXIS = DAY_RANGE_NO_YEAR = None
MONTH_EVENT_BEFORE = RECURRING_AFTER = MONTH_BETWEEN = MONTH_RANGE_DEIXIS = None
BASELINE = WEEKDAYS = YESTERDAY_WORDS = WEEKDAY_AR = YESTERDAY = WEEKDAY_BEFORE = WEEKDAY_DEIXIS = None
WEEKDAY_DEIXIS_BEFORE = BIRTH_BEFORE = None


_STALE = False


def forget() -> None:
    """Mark the tables stale (the hook :func:`tahqiq.lang.reload` calls): they are built again
    from the lexicons when next used (:func:`ensure`), so that a reload never fails here."""
    global _STALE
    _STALE = True


def ensure() -> None:
    """Build the tables again if a reload made them stale."""
    if _STALE:
        rebuild()


def rebuild() -> None:
    """Build every table and pattern from the lexicons again."""
    global MON_SPLIT, _STALE
    globals().update(_build())
    _STALE = False
    MON_SPLIT = re.compile(rf"{MON_AR}|{MON_EN}")
    month_value.cache_clear()
    is_weak_alone.cache_clear()


def month_of(token: str) -> int | None:
    """The month a month name (as matched) names."""
    t = re.sub(r"\s+", " ", token.strip().rstrip(".")).lower()
    if t in MONTHS_EN:
        return MONTHS_EN[t]
    if t in MONTHS_AR:
        return MONTHS_AR[t]
    if t[:1] in "وبلف" and t[1:] in MONTHS_AR and t[1:] not in WEAK_AR:  # «وفبراير», not «باب»
        return MONTHS_AR[t[1:]]
    return None


def months_in(s: str) -> list[int]:
    return [m for m in (month_of(t.group()) for t in MON_SPLIT.finditer(s)) if m]


@lru_cache(maxsize=4096)
def month_value(s: str) -> tuple[int | None, str | None]:
    """Month of a (possibly paired) month expression, and a note when the pair disagrees."""
    months = months_in(s)
    if not months:
        return None, None
    if len(set(months)) > 1:
        return months[0], f"paired month names disagree: {s.strip()!r} names months {months[0]} and {months[1]}"
    return months[0], None


@lru_cache(maxsize=4096)
def is_weak_alone(mon: str) -> bool:
    """Whether a month expression is one weak name alone (not a month without a day or a year)."""
    toks = [t.group() for t in MON_SPLIT.finditer(mon)]
    if len(toks) > 1:
        return False
    t = re.sub(r"\s+", " ", toks[0]).lower().rstrip(".") if toks else ""
    return t in WEAK_AR or (t.isascii() and (t == "may" or len(t) <= 4))


rebuild()
lang.on_reload(forget)
