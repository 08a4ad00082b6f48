"""Figures: numbers with what they count — amounts of money, percentages, measures, counts, ordinals.

A *figure* is a number stated as a quantity: «240 مليار دولار» (240e9 USD), «64%», «107 ملايين طن»,
«7000 كلمة», «ثلاثة عقود» (3 decades), «يومين» (2 days), «الذكرى السنوية الخامسة والسبعين»
(the 75th anniversary: an ordinal). Each row gives the number with its scale word applied
(``value``), what it is measured in (``unit``: a currency code, a unit code, ``%`` or the lemma
of the counted noun), the scale factor, an approximator read as a bound (``approx``) and the raw
noun phrase counted (``counts``).

Not figures, and left out: years and dates (the dates extractor owns them), footnote markers
(``(1)``, ``[3]``, ``^(2)``), page, issue and volume numbers, list and section numbering, model
names and codes (``S-400``, ``covid-19``), numbers inside URLs, times, phone numbers; lone «واحد»
or «أحد» (“a single”, “one of”); ordinals that do not rank an occurrence («المبحث الثاني», «الحرب
العالمية الثانية», «تشرين الثاني»); definite duals naming the two parties («البلدين»، «الطرفين»);
vague plurals of scale words («مليارات الدولارات»).

Matching runs on the normalised text (:attr:`Document.norm`) and every span is mapped back, so
``text == raw[start:end]``. Numbers inside the calendar dates the dates extractor finds are left
to it. A bare number, with nothing it measures and no scale word, is not a figure.

In a ``pdf-scrambled`` text, whose lines hold their pieces in reverse order and glued together,
a number followed by nothing it could measure is matched with a free unit, currency, percent
sign or counted noun of its line, or with the noun of a figure it is coordinated with, or with a
unit opening the next line (:func:`_associate` gives the order of preference); the row's ``note``
says which. Lists of numbers next to a label («المراحل 2 و3 و4») and model names printed
backwards («154-» of «تو-154») are left out.

``value`` is a float with the scale applied; ``scale`` the scale word's factor (NaN if none);
``approx`` one of :data:`APPROX` or None; ``type`` one of :data:`TYPES`; ``unit`` is None for a
bare number or an ordinal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

import pandas as pd

from ..corpus.catalogue import Document
from ..text.normtext import fold
from .numerals import CARDINAL_WORDS, DUAL_NOUNS, DUAL_SCALES, NUMBER_WORDS_RE, SCALES, parse_number, words_value

COLUMNS = ("file", "start", "end", "text", "value", "unit", "scale", "approx", "counts", "type", "note")

TYPES = ("percent", "money", "measure", "count", "ordinal", "number")
APPROX = ("about", "more_than", "less_than", "at_least", "up_to")

_AR = "\u0621-\u064a"
_NOT_AR_BEFORE = rf"(?<![{_AR}])"
_NOT_AR_AFTER = rf"(?![{_AR}])"


def _alt(words) -> str:
    """A regex alternation of literal words, longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"


def _folded(table: dict[str, str]) -> dict[str, str]:
    """The table with its keys normalised like the text they are matched against."""
    return {fold(k): v for k, v in table.items()}


# --------------------------------------------------------------------------- lexicons

CURRENCIES = _folded({
    "دولار": "USD", "دولارا": "USD", "دولاراً": "USD", "دولارات": "USD", "الدولارات": "USD",
    "روبل": "RUB", "روبلا": "RUB", "روبلات": "RUB",
    "يوان": "CNY", "يورو": "EUR", "ين": "JPY", "جنيه": "GBP", "جنيه استرليني": "GBP",
    "dollars": "USD", "dollar": "USD", "USD": "USD", "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "yuan": "CNY", "CNY": "CNY", "rubles": "RUB", "roubles": "RUB", "RUB": "RUB",
})
# Words that may follow a currency name and belong to it («دولار أمريكي»).
_CURRENCY_TAIL = [fold(w) for w in ("أمريكي", "الأمريكي", "أميركي", "الأميركي", "روسي", "صيني", "استرليني")]

UNITS = _folded({
    "متر مكعب": "m3", "مترا مكعبا": "m3", "أمتار مكعبة": "m3", "قدم مكعب": "ft3",
    "طن": "tonne", "طنا": "tonne", "أطنان": "tonne", "برميل": "barrel", "براميل": "barrel",
    "كيلومتر": "km", "كيلومترا": "km", "كيلومترات": "km", "كم": "km", "كلم": "km",
    "ميل": "mile", "ميلا": "mile", "أميال": "mile", "متر": "m", "مترا": "m", "أمتار": "m",
    "كيلوغرام": "kg", "كيلوغراما": "kg", "كغ": "kg", "ميغاواط": "MW", "ميجاوات": "MW",
    "غيغاواط": "GW", "هكتار": "ha", "كيلومتر مربع": "km2", "كيلومترا مربعا": "km2",
    "tons": "tonne", "tonnes": "tonne", "barrels": "barrel", "km": "km", "miles": "mile",
})
# A rate after a unit: «برميل يومياً» is barrel/day.
RATES = _folded({"يومياً": "day", "يوميا": "day", "سنوياً": "year", "سنويا": "year", "شهرياً": "month",
                 "شهريا": "month", "في اليوم": "day", "في السنة": "year", "per day": "day", "a year": "year"})

# Adjectives that make a measure a rate («إمدادات سنوية تبلغ ...»).
RATE_ADJECTIVES = _folded({w: rate for rate, ws in {
    "year": ("سنوية", "سنوي", "السنوية", "السنوي"), "day": ("يومية", "يومي", "اليومية", "اليومي"),
    "month": ("شهرية", "شهري", "الشهرية", "الشهري")}.items() for w in ws})

# Counted nouns: every form (singular, accusative, plural) -> lemma.
_COUNT_FORMS: dict[str, tuple[str, ...]] = {
    "يوم": ("يوم", "يوما", "أيام"), "أسبوع": ("أسبوع", "أسبوعا", "أسابيع"),
    "شهر": ("شهر", "شهرا", "أشهر", "شهور"), "سنة": ("سنة", "سنوات", "سنين", "سنوياً"),
    "عام": ("عام", "عاما", "أعوام"), "عقد": ("عقد", "عقود"), "قرن": ("قرن", "قرون"),
    "ساعة": ("ساعة", "ساعات"), "دقيقة": ("دقيقة", "دقائق"), "مرة": ("مرة", "مرات"),
    "جندي": ("جندي", "جنديا", "جنود"), "مقاتل": ("مقاتل", "مقاتلا", "مقاتلين"),
    "شخص": ("شخص", "شخصا", "أشخاص"), "طائرة": ("طائرة", "طائرات"), "سفينة": ("سفينة", "سفن"),
    "جزيرة": ("جزيرة", "جزر"), "محطة": ("محطة", "محطات"), "دولة": ("دولة", "دول"),
    "بلد": ("بلد", "بلدا", "بلدان"), "مرحلة": ("مرحلة", "مراحل"), "كلمة": ("كلمة", "كلمات"),
    "مشروع": ("مشروع", "مشروعا", "مشاريع", "مشروعات"), "اتفاقية": ("اتفاقية", "اتفاقيات"),
    "اتفاق": ("اتفاق", "اتفاقا", "اتفاقات"), "وثيقة": ("وثيقة", "وثائق"), "صاروخ": ("صاروخ", "صاروخا", "صواريخ"),
    "دبابة": ("دبابة", "دبابات"), "قاعدة": ("قاعدة", "قواعد"), "محرك": ("محرك", "محركا", "محركات"),
    "عضو": ("عضو", "عضوا", "أعضاء"), "شركة": ("شركة", "شركات"), "مدينة": ("مدينة", "مدن"),
    "منطقة": ("منطقة", "مناطق"), "مبدأ": ("مبدأ", "مبادئ"), "جزء": ("جزء", "أجزاء"),
    "نقطة": ("نقطة", "نقاط"), "مناورة": ("مناورة", "مناورات"), "قمة": ("قمة", "قمم"),
    "زيارة": ("زيارة", "زيارات"), "اجتماع": ("اجتماع", "اجتماعا", "اجتماعات"), "مجال": ("مجال", "مجالات"),
    "قطاع": ("قطاع", "قطاعات"), "بند": ("بند", "بندا", "بنود"), "نوع": ("نوع", "أنواع"),
    "مستوى": ("مستوى", "مستويات"), "محور": ("محور", "محاور"), "ركيزة": ("ركيزة", "ركائز"),
    "مبادرة": ("مبادرة", "مبادرات"), "لاجئ": ("لاجئ", "لاجئا", "لاجئين"), "قتيل": ("قتيل", "قتيلا", "قتلى"),
    "عامل": ("عامل", "عاملا", "عمال"), "دورة": ("دورة", "دورات"), "جولة": ("جولة", "جولات"),
    "خطوة": ("خطوة", "خطوات"), "هدف": ("هدف", "أهداف"), "عنصر": ("عنصر", "عناصر"), "قضية": ("قضية", "قضايا"),
    "مؤتمر": ("مؤتمر", "مؤتمرات"), "ولاية": ("ولاية", "ولايات"), "جيش": ("جيش", "جيوش"),
    "قوة": ("قوة", "قوى"), "دعامة": ("دعامة", "دعائم"), "مسار": ("مسار", "مسارات"), "بعد": ("أبعاد",),
    "أولوية": ("أولوية", "أولويات"), "عملية": ("عملية", "عمليات"), "منظمة": ("منظمة", "منظمات"),
    "وحدة": ("وحدات",), "لغة": ("لغة", "لغات"), "طالب": ("طالب", "طلاب"), "فرد": ("فرد", "أفراد"),
    "مبحث": ("مبحث", "مباحث"), "مطلب": ("مطلب", "مطالب"), "فصل": ("فصل", "فصول"), "صفحة": ("صفحة", "صفحات"),
    "تدريب": ("تدريب", "تدريبا", "تدريبات"), "مؤشر": ("مؤشر", "مؤشرا", "مؤشرات"), "تساؤل": ("تساؤل", "تساؤلات"),
    "قرار": ("قرار", "قرارا", "قرارات"), "قاذفة": ("قاذفة", "قاذفات"), "مركبة": ("مركبة", "مركبات"),
    "ضابط": ("ضابط", "ضابطا", "ضباط"), "استشارة": ("استشارة", "استشارات"), "ربع": ("ربع", "أرباع"),
    "سيارة": ("سيارة", "سيارات"), "نسمة": ("نسمة",), "اتجاه": ("اتجاه", "اتجاهات"), "منهج": ("منهج", "مناهج"),
    "اعتبار": ("اعتبار", "اعتبارات"), }
# English counted nouns (in English passages: abstracts, notes), plural -> singular.
EN_COUNT_NOUNS = {
    **{w + "s": w for w in ("engine", "plane", "jet", "soldier", "troop", "ship", "vessel", "tank", "missile",
                            "year", "month", "day", "week", "island", "station", "word", "member")},
    "countries": "country", "aircraft": "aircraft", "helicopters": "helicopter", "people": "person",
    "personnel": "personnel",
}
COUNT_NOUNS: dict[str, str] = {fold(f): lemma for lemma, forms in _COUNT_FORMS.items() for f in forms}

# Indefinite duals that are figures (2 of a unit of time or of countable things). Definite duals
# («البلدين»، «الطرفين») and duals of the two parties («دولتين»، «جانبين») name, they do not count.
_PARTY_LEMMAS = {fold(w) for w in ("بلد", "دولة", "جانب", "طرف")}
FIGURE_DUALS: dict[str, str] = {
    **{w: lem for w, lem in DUAL_NOUNS.items() if not w.startswith("ال") and fold(lem) not in _PARTY_LEMMAS},
    **_folded({"جزأين": "جزء", "جزءين": "جزء", "دقيقتين": "دقيقة", "ليلتين": "ليلة", "مرحلتين": "مرحلة",
               "سنتين": "سنة", "اتفاقيتين": "اتفاقية", "جولتين": "جولة", "قمتين": "قمة",
               "مبحثين": "مبحث", "مطلبين": "مطلب", "اتجاهين": "اتجاه", "تساؤلين": "تساؤل", "وثيقتين": "وثيقة",
               "منطقتين": "منطقة", "هدفين": "هدف", "منهجين": "منهج", "اعتبارين": "اعتبار"}),
}

# Ordinals are figures when they rank an occurrence in a series: an anniversary, a session, a term...
ORDINAL_HEADS = {fold(w) for w in (
    "ذكرى", "الذكرى", "دورة", "الدورة", "ولاية", "الولاية", "لولاية", "زيارة", "الزيارة", "مرة", "المرة",
    "للمرة", "قمة", "القمة", "نسخة", "النسخة", "جولة", "الجولة", "مؤتمر", "المؤتمر", "اجتماع", "الاجتماع",
    "جلسة", "الجلسة", "عيد", "العيد", "دورتها", "مناورة", "المناورة", "انتخابات", "الانتخابات",
)}
_ORDINAL_HEAD_RE = re.compile(rf"{_NOT_AR_BEFORE}{_alt(ORDINAL_HEADS)}{_NOT_AR_AFTER}")
# Words before a number word that make it part of a name or a date, not a figure.
_NAME_HEADS = {fold(w) for w in ("مجموعة", "القرن", "قرن", "القرنين", "كانون", "تشرين", "جمادى", "ربيع",
                                 "العالمية", "الألفية", "العقد")}

MONTHS = [fold(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "أذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين", "محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)]
_MONTH_SET = {*MONTHS, *("و" + m for m in MONTHS)}
_MONTH_RE = re.compile(rf"{_NOT_AR_BEFORE}(?:[وبل])?{_alt(MONTHS)}{_NOT_AR_AFTER}(?![a-z])")

# Words right before a number that make it a reference, not a quantity.
_REFERENCE_WORDS = {fold(w) for w in (
    "ص", "ص.", "صص", "صفحة", "العدد", "عدد", "المجلد", "مجلد", "مج", "ع", "ط", "رقم", "المادة", "الفقرة",
    "البند", "الجزء", "ج", "p", "p.", "pp", "pp.", "page", "vol", "vol.", "no", "no.", "No.", "issue", "ed.", "edition",
    # labels of stages, figures and tables: «المرحلة 3»، «الشكل 1»
    "المرحلة", "المراحل", "مرحلة", "الشكل", "شكل", "الجدول", "جدول", "المحور", "المؤشر", "figure", "table",
)}
_YEAR_WORDS = {fold(w) for w in ("عام", "العام", "لعام", "بعام", "وعام", "عامي", "سنة", "السنة", "لسنة",
                                  "منذ", "year", "in", "since")}

APPROXIMATORS: list[tuple[str, str]] = [
    (fold(w), kind)
    for kind, words in {
        "about": ("نحو", "بنحو", "حوالي", "بحوالي", "حوالى", "قرابة", "بقرابة", "ما يقرب من", "ما يقارب", "يقارب",
                  "تقريبا", "about", "around", "approximately", "nearly", "some"),
        "more_than": ("أكثر من", "بأكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يربو على",
                      "أزيد من", "more than", "over"),
        "less_than": ("أقل من", "بأقل من", "ما دون", "less than", "under", "fewer than"),
        "at_least": ("ما لا يقل عن", "لا يقل عن", "على الأقل", "at least"),
        "up_to": ("ما يصل إلى", "يصل إلى", "تصل إلى", "يصل الى", "تصل الى", "up to"),
    }.items()
    for w in words
]
_APPROXIMATORS_LONGEST_FIRST = sorted(APPROXIMATORS, key=lambda wk: -len(wk[0]))
_APPROX_LAST_WORDS = {w.split()[-1] for w, _ in APPROXIMATORS}
_APPROX_AFTER = re.compile(
    rf"[^\S\n]*(?:{_alt([fold('تقريباً'), 'تقريبا'])}|{_alt([fold('على الأقل')])}){_NOT_AR_AFTER}"
)

# Words after which a following word is not the counted noun.
_FUNCTION_WORDS = {fold(w) for w in (
    "و", "في", "من", "إلى", "الى", "على", "علي", "عن", "مع", "ثم", "أو", "او", "حتى", "أن", "إن", "ان", "ما",
    "لا", "قد", "هو", "هي", "التي", "الذي", "عام", "بين", "منذ", "بعد", "قبل", "خلال", "حيث", "كما", "أي",
    "عند", "لدى", "إذ", "اذ", "كان", "كانت", "وفي", "فقط", "نحو", "بنسبة", "مقابل", "وقد", "لم", "لن",
)}

# All the patterns below are matched at a position (``pattern.match(t, pos)``), never on a slice,
# so that the work per number is bounded and a long text is read in linear time.
_SP = r"[^\S\n]*"  # spaces within a line
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM_RE = re.compile(rf"(?<![\d.,])(?:{_DIGITS})(?![\d])")
_SCALE_RE = re.compile(rf"{_SP}(?P<w>{_alt(SCALES)}){_NOT_AR_AFTER}(?![a-z])", re.I)
_PERCENT_RE = re.compile(rf"{_SP}(?:%|{_alt([fold(w) for w in ('بالمائة', 'بالمئة', 'في المائة', 'في المئة')])}"
                         rf"{_NOT_AR_AFTER}|percent\b|per cent\b)")
_CURRENCY_RE = re.compile(rf"{_SP}(?P<w>{_alt(CURRENCIES)}){_NOT_AR_AFTER}(?![a-z])"
                          rf"(?:{_SP}{_alt(_CURRENCY_TAIL)}{_NOT_AR_AFTER})?")
_EXTRA = [fold("إضافية"), fold("إضافي")]  # «متر مكعب إضافية سنوياً»
_UNIT_RE = re.compile(rf"{_SP}(?P<w>{_alt(UNITS)}){_NOT_AR_AFTER}(?![a-z])"
                      rf"(?:{_SP}{_alt(_EXTRA)})?(?:{_SP}(?P<r>{_alt(RATES)}){_NOT_AR_AFTER})?")
# English compounds of a number and a unit of time: «30-year gas deal».
_EN_COMPOUND_RE = re.compile(r"\d+-(?P<u>year|month|week|day|hour)s?\b", re.I)
_WORD_RE = re.compile(rf"{_SP}(?P<w>[{_AR}]+)")
# An English counted noun, maybe after a model code: «463 D30 engines», «200 Su-27 aircraft».
_EN_COUNT_RE = re.compile(rf"{_SP}(?:[A-Z][A-Za-z0-9-]*\d[A-Za-z0-9-]*{_SP})?(?P<n>{_alt(EN_COUNT_NOUNS)})\b", re.I)
_PREV_WORD_RE = re.compile(rf"(?P<w>[{_AR}]+){_SP}$")
_DUAL_RE = re.compile(rf"{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(FIGURE_DUALS)}){_NOT_AR_AFTER}")
# Construct duals of feminine counted nouns («سيارتي شحن»), followed by an indefinite word.
CONSTRUCT_DUALS = {f[:-1] + "تي": lemma for f, lemma in COUNT_NOUNS.items()
                   if f == fold(lemma) and f.endswith("ه") and fold(lemma) not in _PARTY_LEMMAS}
_CONSTRUCT_DUAL_RE = re.compile(rf"{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(CONSTRUCT_DUALS)})(?=[^\S\n]+(?!ال)[{_AR}])")
_TWO_NAMES_AFTER = re.compile(rf"[^\S\n]+[{_AR}]+[^\S\n]+و")
# Duals of scale words, also in construct («مليوني دولار»، «ألفي جندي»).
_DUAL_SCALE_FACTORS = {**{w: SCALES[w] for w in DUAL_SCALES}, **{fold(w): f for w, f in (
    ("ألفي", 1e3), ("مليوني", 1e6), ("ملياري", 1e9), ("تريليوني", 1e12))}}
_DUAL_SCALE_RE = re.compile(rf"{_NOT_AR_BEFORE}(?:[وبلف])?(?P<w>{_alt(_DUAL_SCALE_FACTORS)}){_NOT_AR_AFTER}")
# Number words, also with a one-letter proclitic («بثلاث مراحل»، «وثلاث قاذفات») when what follows
# it is long enough not to be another word («لست» is not ل + ست).
_WORDS_CORE = NUMBER_WORDS_RE.pattern.removeprefix(r"(?<![\u0621-\u064A])")
_NUMBER_WORDS_RE = re.compile(rf"{_NOT_AR_BEFORE}(?:[وبلف](?=[{_AR}]{{4}}))?(?P<n>{_WORDS_CORE})")
# A definite cardinal after the definite plural it counts: «السنوات الخمس»، «المراحل السبعة».
_DEF_UNITS = [w for w, v in CARDINAL_WORDS.items() if 3 <= v <= 10]
# A cardinal glued to the word before it by the extraction of a scrambled line, before its noun.
_GLUED_CARDINAL_RE = re.compile(rf"(?<=[{_AR}])(?<!ال)(?P<n>{_alt(_DEF_UNITS)})[^\S\n]+(?P<noun>[{_AR}]+)")
_DEFINITE_COUNT_RE = re.compile(rf"{_NOT_AR_BEFORE}(?P<noun>ال[{_AR}]+){_SP}(?P<n>ال{_alt(_DEF_UNITS)}){_NOT_AR_AFTER}")
# Dates written with numbers only: «2026/07/10»، «26 / 12 / 2024».
_NUMERIC_DATE_RE = re.compile(r"(?<!\d)\d{1,4}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{1,4}(?!\d)")
_WINDOW = 60  # how far around a number the rules look
# Between two bounds: a dash (one figure, a range) or a conjunction (two figures).
_RATE_ADJ_RE = re.compile(rf"(?<=[{_AR}][^\S\n])(?P<w>{_alt(RATE_ADJECTIVES)}){_NOT_AR_AFTER}")
_RATE_WORDS = {**RATES, **RATE_ADJECTIVES}  # adverbs and adjectives: what a scrambled line may hold
_RATE_WORD_RE = re.compile(rf"{_NOT_AR_BEFORE}(?P<w>{_alt(_RATE_WORDS)}){_NOT_AR_AFTER}")
_CLAUSE_SPLIT = re.compile(r"[.;:!?()\[\]،؛\n]")
_RANGE_GAP = re.compile(r"[^\S\n]?-[^\S\n]?")
_BOUNDS_GAP = re.compile(rf"{_SP}(?:و|الي|حتي|and|to){_SP}")
_TRAILING_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]*")
_TIME_LEMMAS = {"عام", "سنة", "شهر", "يوم"}
_WORDS_SPLIT = re.compile(r"[.,;:!?()\[\]،؛\n\"]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_PERCENT_BEFORE = re.compile(r"%[^\S\n]{0,3}$")
_PERCENT_AFTER_NUMBER = re.compile(r"\d[^\S\n]?%[^\S\n]{0,3}$")
_AR_LETTER = re.compile(rf"[{_AR}]")
# An author-year citation around a number: «(Snyder: 1997, p 123)», reversed «)350 ,1997».
_CITATION_RE = re.compile(r"[A-Za-z]{2,}\)?\s?[:;,]\s?\(?\d{4}|\d{4}\s?\(?\s?[:;]\s?\(?[A-Za-z]{2,}")


# --------------------------------------------------------------------------- the extractor

def _prev_words(t: str, pos: int, n: int) -> list[str]:
    """Up to ``n`` words before ``pos`` in the same clause (stopping at punctuation), nearest last."""
    seg = _WORDS_SPLIT.split(t[max(0, pos - 80):pos])[-1]
    return seg.split()[-n:]


def _prev_token(t: str, pos: int) -> str:
    """The whitespace-delimited token that ends right before ``pos`` (skipping spaces)."""
    words = t[max(0, pos - 40):pos].split()
    return words[-1] if words else ""


def _token_around(t: str, a: int, b: int) -> str:
    """The whitespace-delimited token containing ``t[a:b]`` (at most :data:`_WINDOW` characters each side)."""
    left = t[max(0, a - _WINDOW):a]
    right = t[b:b + _WINDOW]
    left = "" if not left or left[-1].isspace() else left.split()[-1]
    right = "" if not right or right[0].isspace() else right.split()[0]
    return left + t[a:b] + right


def _line_around(t: str, a: int, b: int) -> tuple[str, str]:
    """The text of the line before ``a`` and the whole line holding ``t[a:b]`` (both bounded)."""
    before = t[max(0, a - _WINDOW):a].rsplit("\n", 1)[-1]
    after = t[b:b + _WINDOW].split("\n", 1)[0]
    return before, before + t[a:b] + after


_NAME_DASH = re.compile(r"[^\W\d_][^\S\n]?-[^\S\n]?\d|\d-[^\S\n]?[^\W\d_]")
_GLUED_ARABIC = re.compile(rf"^[{_AR}]+|[{_AR}]+$")
_LATIN_OR_CODE = re.compile(r"[A-Za-z+/@:]")
_PLAIN_NUMBER = re.compile(rf"[$%]?(?:{_DIGITS})%?")
_LETTER = re.compile(rf"[{_AR}A-Za-z]")
_CODE_DIGITS = re.compile(r"0\d{5,}|\d{13,}")
_OPEN_BRACKET_END = re.compile(r"[(\[{]\s*$")
_CLOSE_BRACKET = re.compile(r"\s*[)\]}]")
_BRACKET = re.compile(r"[()\n]")
_PAGE_YEAR = re.compile(r"[:;]?\s?\d+\s?,\s?\d{4}\s?")
_LONE_NUMBER_LINE = re.compile(r"[-\u2013(]*\s*\d+\s*[-)]*")
_LIST_MARK_AFTER = re.compile(r"\s*[.)\-]\s")
_SENTENCE_END = re.compile(r"[.:؛]\s*$")
_RTL_LIST_MARK = re.compile(r"(?:^|\s)-$")
_RANGE_BEFORE = re.compile(r"\d+(?:\s?-\s?|\s?و\s?)$")
_REF_SPLIT = re.compile(r"[(),،;:]")
_YEAR_RANGE = re.compile(r"\d{4}\.\d{4}")
_TO_MONTH = re.compile(r"[\s/.]*(?:[-و]\s?\d{1,2})?[\s/.\-]*")


def _is_reference_number(t: str, a: int, b: int, value: float, glued: bool = False) -> str | None:
    """Why the digit string ``t[a:b]`` is not a figure (a marker, a date, a code...), or None.

    With ``glued`` (a scrambled text) Arabic letters stuck to the number are another piece of the
    line, not part of a name: «4-3كل» is the range 4-3 followed by «كل».
    """
    core = _token_around(t, a, b).strip("()[]{}.,;:،؛\"'«»^*")
    if glued:
        if _NAME_DASH.search(t[max(0, a - 3):b + 3]):
            return "name with a number («تو-154» printed «154-»)"
        core = _GLUED_ARABIC.sub("", core)
    if _LATIN_OR_CODE.search(core) and not _PLAIN_NUMBER.fullmatch(core) and not _EN_COMPOUND_RE.match(t, a):
        return "code, date, time or URL"
    if _CODE_DIGITS.fullmatch(t, a, b):
        return "phone number or identifier"
    if "-" in core and _LETTER.search(core) and not _EN_COMPOUND_RE.match(t, a):
        return "name with a number"
    before = t[max(0, a - 3):a]
    if _OPEN_BRACKET_END.search(before) and _CLOSE_BRACKET.match(t, b):
        return "marker in brackets"
    if before.endswith("^"):
        return "superscript marker"
    left, right = t[max(0, a - 40):a], t[b:b + 40]
    if ("(" in left or ")" in left) and ("(" in right or ")" in right or "\n" in right):
        seg = _BRACKET.split(left)[-1] + t[a:b] + _BRACKET.split(right, 1)[0]
        if _CITATION_RE.search(seg) or _PAGE_YEAR.fullmatch(seg):
            return "page of an author-year citation"
    line_before, line = _line_around(t, a, b)
    if _LONE_NUMBER_LINE.fullmatch(line.strip()):
        return "page number"
    if _LIST_MARK_AFTER.match(t, b) and (not line_before.strip(" -*•\t") or _SENTENCE_END.search(before)):
        return "list number"
    if t[b:b + 1] == "•" or _RTL_LIST_MARK.search(before) and t[b:b + 1] in ("", " ", "\n", "\t"):
        return "list number (printed right to left)"
    # the first number of a range or a list stands for it: «ص ٢٦٨-٢٦٩»، «ص ١١٨ و ١٧٥»
    rng = _RANGE_BEFORE.search(t, max(0, a - 12), a)
    pieces = [x for x in _REF_SPLIT.split(_prev_token(t, rng.start() if rng else a)) if x]  # «٢٠٢١)،ص»
    prev = pieces[-1] if pieces else ""
    if prev in _REFERENCE_WORDS or prev.lower() in _REFERENCE_WORDS:
        return "page, issue, volume or label number"
    if _YEAR_RANGE.fullmatch(t, a, b):
        return "range of years"
    if value <= 31 and _MONTH_RE.match(t, _TO_MONTH.match(t, b, b + 12).end()):
        return "day of a date"
    if (value <= 31 or 1000 <= value <= 2100) and _prev_token(t, a).strip("0123456789./-،,() ") in _MONTH_SET:
        return "date"
    return None


def _is_year(t: str, a: int, b: int, value: float) -> bool:
    """A bare four-digit number read as a year (it has no unit, scale or percent after it)."""
    return b - a == 4 and 1000 <= value <= 2100 and bool(_FOUR_DIGITS.fullmatch(t, a, b))


def _approx(t: str, a: int, b: int) -> str | None:
    """The approximator before ``a`` (or «تقريباً» / «على الأقل» after ``b``) read as a bound."""
    tail = t[max(0, a - 24):a].rstrip()
    if not tail or tail.rsplit(None, 1)[-1] not in _APPROX_LAST_WORDS:
        tail = ""
    for w, kind in _APPROXIMATORS_LONGEST_FIRST if tail else ():
        if tail.endswith(w) and not _AR_LETTER.match(tail[-len(w) - 1:-len(w)]):
            return kind
    m = _APPROX_AFTER.match(t, b)
    if m:
        return "at_least" if fold("الأقل") in m.group() else "about"
    return None


def _row(a: int, b: int, value: float, type_: str = "number", unit: str | None = None,
         counts: tuple[int, int] | None = None, scale: float | None = None, note: str | None = None) -> dict:
    """A candidate figure in normalised offsets."""
    return {"nstart": a, "nend": b, "value": value, "unit": unit, "scale": scale, "counts_span": counts,
            "type": type_, "note": note}


def _extend(t: str, a: int, b: int, value: float, note: list[str], guess_noun: bool = True) -> dict:
    """Read what follows the number at ``t[a:b]``: percent, scale, currency, unit or counted noun.

    With ``guess_noun`` a word after the number that is not in the lexicon is taken as the noun it
    counts (and the note says so); a scrambled text does not allow that guess.
    """
    row = _row(a, b, value)
    m = _PERCENT_RE.match(t, b)
    if m:
        row.update(nend=m.end(), unit="%", type="percent")
        return row
    pm = _PERCENT_BEFORE.search(t[max(0, a - 4):a]) if "%" in t[max(0, a - 4):a] else None
    if pm and not _PERCENT_AFTER_NUMBER.search(t[max(0, a - 6):a]):
        row.update(nstart=max(0, a - 4) + pm.start(), unit="%", type="percent")  # «%30» printed right to left
        return row
    if t[max(0, a - 2):a].rstrip().endswith("$"):  # «$300 million»
        m = _SCALE_RE.match(t, b)
        if m:
            row["scale"] = SCALES.get(m.group("w"), SCALES.get(m.group("w").lower()))
            row.update(value=value * row["scale"], nend=m.end())
        row.update(nstart=t.rindex("$", max(0, a - 2), a), unit="USD", type="money")
        return row
    m = _EN_COMPOUND_RE.match(t, a)
    if m and m.start("u") - 1 == b:
        row.update(nend=m.end(), unit=m.group("u").lower(), type="count", counts_span=m.span("u"))
        return row
    end = b
    m = _SCALE_RE.match(t, end)
    if m:
        row["scale"] = SCALES.get(m.group("w"), SCALES.get(m.group("w").lower()))
        row["value"] = value * row["scale"]
        end = row["nend"] = m.end()
    m = _CURRENCY_RE.match(t, end)
    if m:
        cur = CURRENCIES.get(m.group("w")) or CURRENCIES.get(m.group("w").lower())
        row.update(nend=m.end(), unit=cur, type="money", counts_span=(m.start("w"), m.end()))
        return row
    m = _UNIT_RE.match(t, end)
    if m:
        unit = UNITS.get(m.group("w")) or UNITS.get(m.group("w").lower())
        if m.group("r"):
            unit = f"{unit}/{RATES[m.group('r')]}"
        row.update(nend=m.end(), unit=unit, type="measure", counts_span=(m.start("w"), m.end()))
        return row
    m = _EN_COUNT_RE.match(t, end)
    if m and row["scale"] is None:  # «463 D30 engines»
        row.update(nend=m.end(), unit=EN_COUNT_NOUNS[m.group("n").lower()], type="count", counts_span=m.span("n"))
        return row
    m = _WORD_RE.match(t, end)
    if m:
        w, (ws, we) = m.group("w"), m.span("w")
        if w in COUNT_NOUNS:
            row.update(nend=we, unit=COUNT_NOUNS[w], type="count", counts_span=(ws, we))
            return row
        glued = ws == end  # «5000يقرب»: a PDF artefact, the word is not reliably the counted noun
        if (guess_noun and not glued and w not in _FUNCTION_WORDS and not _MONTH_RE.fullmatch(w) and len(w) > 2
                and row["scale"] is None):
            row.update(nend=we, unit=w[2:] if w.startswith("ال") else w, type="count", counts_span=(ws, we))
            note.append("counted noun not in the lexicon")
    return row


def _digit_rows(t: str, reversed_lines: bool = False, dates: list[tuple[int, int]] = ()) -> list[dict]:
    """Figures written in digits. ``dates`` are the normalised spans of the dates of the text (the
    dates extractor owns them). In a text with reversed lines (``reversed_lines``) a number keeps
    what is written right after it only when it is in the lexicon, and a number with nothing after
    it is kept (with ``unit`` None) for :func:`_associate` to find what it measures."""
    numeric = [m.span() for m in _NUMERIC_DATE_RE.finditer(t)]
    rows, d, k = [], 0, 0
    for m in _NUM_RE.finditer(t):
        a, b = m.span()
        while d < len(numeric) and numeric[d][1] <= a:
            d += 1
        if d < len(numeric) and numeric[d][0] <= a:
            continue  # inside a numeric date
        while k < len(dates) and dates[k][1] <= a:
            k += 1
        if k < len(dates) and dates[k][0] < b:
            continue  # part of a date the dates extractor found («2005أغسطس 25-19»)
        value = parse_number(m.group())
        if value is None or _is_reference_number(t, a, b, value, glued=reversed_lines):
            continue
        note: list[str] = []
        row = _extend(t, a, b, value, note, guess_noun=not reversed_lines)
        if _is_year(t, a, b, value) and (value >= 1900 or not reversed_lines) and _AR_LETTER.match(t, b) and (
            row["type"] != "count" or row["unit"] in _TIME_LEMMAS
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
                is_year = _is_year(t, a, b, value) or prev in _YEAR_WORDS or prev.lower() in _YEAR_WORDS
                if is_year and (row["type"] == "number" or note or row["unit"] in _TIME_LEMMAS):
                    continue
        row["note"] = "; ".join(note) or None
        rows.append(row)
    return rows


def _word_rows(t: str, reversed_lines: bool = False) -> list[dict]:
    """Figures written in words: cardinals with what they count, ordinals ranking an occurrence,
    definite cardinals after their noun («السنوات الخمس»). In a text with reversed lines a cardinal
    with no noun next to it is kept (``unit`` None) for :func:`_associate`, and words glued to the
    word before them by the extraction («التاليثلاث محاور»، «الدراسةالمؤشرات السبع») are read too."""
    rows = []
    for m in _NUMBER_WORDS_RE.finditer(t):
        a, b = m.span("n")
        got = words_value(m.group("n"))
        if got is None:
            continue
        value, is_ordinal = got
        prev = _prev_words(t, m.start(), 4)
        if prev and prev[-1] in _NAME_HEADS:
            continue
        if is_ordinal:
            if (value < 2 and " " not in m.group("n")) or not any(w in ORDINAL_HEADS for w in prev):
                continue
            head = list(_ORDINAL_HEAD_RE.finditer(t, max(0, m.start() - 80), m.start()))[-1]
            phrase_end = head.start() + len(t[head.start():m.start()].rstrip())  # «الذكرى السنوية»
            rows.append(_row(a, b, float(value), "ordinal", counts=(head.start(), phrase_end), note="ordinal in words"))
            continue
        if value == 1:
            continue  # «واحد»، «أحد»: “a single”, “one of”
        note = ["number in words"]
        row = _extend(t, a, b, float(value), note)
        if row["type"] == "count" and not note[1:]:
            pass
        elif row["type"] == "number" and row["scale"] is not None:
            pass
        elif row["type"] in ("money", "measure", "percent"):
            pass
        else:
            # «مؤشرات ثلاثة»: an indefinite number word after the plural it counts.
            pw = _PREV_WORD_RE.search(t, max(0, m.start() - 30), m.start())
            noun = pw.group("w") if pw else ""
            cut = 1 if noun[:1] in ("ل", "ب", "و") and noun[1:] in COUNT_NOUNS else 0  # «لمؤشرات ثلاثة»
            if noun[cut:] not in COUNT_NOUNS:
                if reversed_lines and value >= 2:
                    rows.append(_row(a, b, float(value), note="number in words"))
                continue
            ns = pw.start() + cut
            row = _row(ns, b, float(value), "count", COUNT_NOUNS[noun[cut:]], (ns, pw.end("w")))
            note = ["number in words after the counted noun"]
        row["note"] = "; ".join(note)
        rows.append(row)
    for m in _DEFINITE_COUNT_RE.finditer(t):
        ns = m.start("noun")
        noun = m.group("noun")
        if reversed_lines and noun[2:] not in COUNT_NOUNS and noun.rfind("ال") > 0:
            ns += noun.rfind("ال")  # «الدراسةالمؤشرات السبع»: the definite noun glued to the word before
            noun = t[ns:m.end("noun")]
        if noun[2:] in COUNT_NOUNS:
            rows.append(_row(ns, m.end(), float(CARDINAL_WORDS[m.group("n")[2:]]), "count",
                             COUNT_NOUNS[noun[2:]], (ns, m.end("noun")), note="number in words after the counted noun"))
    if reversed_lines:
        for m in _GLUED_CARDINAL_RE.finditer(t):
            if m.group("noun") in COUNT_NOUNS:
                rows.append(_row(m.start("n"), m.end("noun"), float(CARDINAL_WORDS[m.group("n")]), "count",
                                 COUNT_NOUNS[m.group("noun")], m.span("noun"),
                                 note="number in words glued to the word before it"))
    return rows


def _dual_rows(t: str) -> list[dict]:
    """Duals that count: «يومين», «مليوني دولار», and the construct dual of a feminine counted noun
    before an indefinite noun («بسيارتي شحن»: two cargo cars), not before two names joined by
    «و» («منطقتي آسيا وأوروبا») nor before a definite one («سيارتي الجديدة» is “my new car”)."""
    rows = [_row(*m.span("w"), 2.0, "count", FIGURE_DUALS[m.group("w")], m.span("w"), note="dual")
            for m in _DUAL_RE.finditer(t)]
    for m in _CONSTRUCT_DUAL_RE.finditer(t):
        if not _TWO_NAMES_AFTER.match(t, m.end("w")):
            rows.append(_row(*m.span("w"), 2.0, "count", CONSTRUCT_DUALS[m.group("w")], m.span("w"), note="dual"))
    for m in _DUAL_SCALE_RE.finditer(t):
        a, b = m.span("w")
        scale = _DUAL_SCALE_FACTORS[m.group("w")]
        note: list[str] = ["dual of a scale word"]
        row = _extend(t, b, b, 2 * scale, note)
        if row["type"] == "number" and m.group("w") not in DUAL_SCALES:
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
                and r["scale"] == nxt["scale"] and _RANGE_GAP.fullmatch(gap)):
            # «4-3 سنوات» whose bounds each found the unit in a scrambled line
            out.append({**nxt, "nstart": r["nstart"], "value": min(r["value"], nxt["value"]),
                        "note": "range; the lower bound"})
            i += 1
            continue
        if r["type"] != "number" or r["scale"] is not None or nxt["type"] in ("number", "ordinal"):
            out.append(r)
            continue
        scale = nxt["scale"] or 1.0
        if _RANGE_GAP.fullmatch(gap):
            out.append({**nxt, "nstart": r["nstart"], "value": min(r["value"] * scale, nxt["value"]),
                        "note": "range; the lower bound"})
            i += 1
        elif _BOUNDS_GAP.fullmatch(gap):
            out.append({**r, "value": r["value"] * scale, "unit": nxt["unit"], "type": nxt["type"],
                        "scale": nxt["scale"], "note": "takes the unit of the bound after it"})
        else:
            out.append(r)
    return out


# --------------------------------------------------------------------------- scrambled lines
#
# In a ``pdf-scrambled`` text many lines hold their pieces in reverse order: a line is a run of
# chunks (Arabic phrases, numbers, Latin words) printed right to left, pieces are glued together
# («50مركبة»، «وروسيجندي»), and what a number measures may stand before it, at the start of the
# chunk before it, anywhere in its line, or on the next line when the number closes its line.
# :func:`_associate` gives each number with nothing it measures right after it a *free* unit of
# its line: a currency, a unit, a percent sign or a counted noun that no other number has taken.

# «مكعب» alone is a cubic metre: the extraction may tear «متر» away from it («م ... تر»).
_SCR_UNITS = {**UNITS, **_folded({"مكعب": "m3", "مكعبة": "m3"})}
_SCR_TOKEN_RE = re.compile(
    rf"(?P<pct>%)"
    rf"|(?:(?P<s>{_alt(SCALES)}){_SP})?(?:(?P<c>{_alt(CURRENCIES)})(?:{_SP}{_alt(_CURRENCY_TAIL)}{_NOT_AR_AFTER})?"
    rf"|(?P<u>{_alt(_SCR_UNITS)})(?:{_SP}{_alt(_EXTRA)})?(?:{_SP}(?P<r>{_alt(RATES)}))?"
    rf"|(?P<n>{_alt(COUNT_NOUNS)})){_NOT_AR_AFTER}(?![a-z])"
    rf"|(?P<so>{_alt(SCALES)}){_NOT_AR_AFTER}"
)
_GLUED_PREFIX = re.compile(rf"[{_AR}]+$")
_CHUNK_BREAK = re.compile(r"[^\S\n]{2,}|\d")
_BEFORE_GAP = re.compile(r"[\s،,.:;]*")
_KUL = fold("كل")
_DEFINITE_NEXT = re.compile(rf"[^\S\n]+ال[{_AR}]")
_LIST_GAP = re.compile(r"[^\S\n]*(?:[و،,][^\S\n]*)?")


def _tokens(t: str, ls: int, le: int) -> list[dict]:
    """The units of the line ``t[ls:le]`` that a number could take (see :data:`_SCR_TOKEN_RE`).

    A word glued to the word before it counts only if it has four letters or more and the glued
    part does not end in the article («إجزيرة» is «جزيرة», «المؤشرات» is not «مؤشرات»). Left out:
    a counted noun after «كل» («كل عام»), or in construct with a definite noun («شركة الغاز»), and
    the bare singular of a unit of time («عام», the word before a year).
    """
    out = []
    for m in _SCR_TOKEN_RE.finditer(t, ls, le):
        s0, e0 = m.span()
        if s0 > 0 and _AR_LETTER.match(t, s0 - 1) and not m.group("pct"):
            glued = _GLUED_PREFIX.search(t, max(0, s0 - 30), s0).group()
            if e0 - s0 < 4 or glued.endswith("ال") or glued.endswith("لل"):
                continue
        if m.group("pct"):
            tok = {"unit": "%", "type": "percent", "scale": None}
        elif m.group("so"):
            tok = {"unit": None, "type": "scale", "scale": SCALES[m.group("so")]}
        else:
            scale = SCALES[m.group("s")] if m.group("s") else None
            if m.group("c"):
                w = m.group("c")
                tok = {"unit": CURRENCIES.get(w) or CURRENCIES.get(w.lower()), "type": "money", "scale": scale}
            elif m.group("u"):
                unit = _SCR_UNITS[m.group("u")] + (f"/{RATES[m.group('r')]}" if m.group("r") else "")
                tok = {"unit": unit, "type": "measure", "scale": scale}
            else:
                lemma = COUNT_NOUNS[m.group("n")]
                if (scale is not None or _prev_token(t, s0) == _KUL or _DEFINITE_NEXT.match(t, e0)
                        or lemma in _TIME_LEMMAS and m.group("n") == fold(lemma)):
                    continue
                tok = {"unit": lemma, "type": "count", "scale": None}
        out.append({**tok, "start": s0, "end": e0})
    return out


def _line_of(starts: list[int], t: str, pos: int) -> tuple[int, int]:
    """The bounds of the line holding ``pos`` (``starts`` are the line starts)."""
    i = bisect_right(starts, pos) - 1
    end = starts[i + 1] - 1 if i + 1 < len(starts) else len(t)
    return starts[i], end


def _next_line(starts: list[int], t: str, pos: int) -> tuple[int, int] | None:
    """The first line after ``pos``'s that is not blank."""
    i = bisect_right(starts, pos)
    while i < len(starts):
        ls = starts[i]
        le = starts[i + 1] - 1 if i + 1 < len(starts) else len(t)
        if t[ls:le].strip():
            return ls, le
        i += 1
    return None


def _gap(a: int, b: int, x: dict) -> int:
    """Characters between the span ``[a, b)`` and the span ``[x["start"], x["end"])``."""
    return max(x["start"] - b, a - x["end"], 0)


def _words_beside(t: str, a: int, b: int) -> list[str]:
    """The words touching the number ``t[a:b]`` in a scrambled line: a word glued to it, and the
    whitespace-delimited words before and after its token, each without a one-letter proclitic."""
    left = t[max(0, a - 40):a]
    right = t[b:b + 40]
    glued_l = "" if not left or left[-1].isspace() else left.split()[-1]
    glued_r = "" if not right or right[0].isspace() else right.split()[0]
    rest_l = left[:len(left) - len(glued_l)].split()
    rest_r = right[len(glued_r):].split()
    words = [glued_l, glued_r, rest_l[-1] if rest_l else "", rest_r[0] if rest_r else ""]
    words = [w.strip("()[]{}.,;:،؛\"'«»-") for w in words]
    return [w[1:] if w[:1] in "وفبل" and w[1:] in _REFERENCE_WORDS else w for w in words if w]


def _is_digits(r: dict) -> bool:
    return "words" not in (r["note"] or "") and r["type"] != "ordinal"


def _digit_end(t: str, r: dict) -> int:
    """Where the number of a digit row ends (before a word glued after it)."""
    m = _NUM_RE.search(t, r["nstart"], r["nend"])
    return m.end() if m else r["nend"]


def _associate(t: str, rows: list[dict]) -> list[dict]:
    """Find what each number of a scrambled text measures when nothing it measures follows it.

    A *needy* row is a number with no unit, or a number in digits whose counted noun is merely
    glued after it (in a reversed line that word usually belongs to the number before: in
    «طائرة هليكوبتر 50مركبة عسكرية، وأكثر من 300» the helicopters are 50 and the vehicles 300).
    Numbers of a list next to a label («المراحل 2 و3 و4», «1شكل») are labels, not figures. The unit
    of a needy row is, in this order of preference:

    1. a free unit ending right before it («جندي 10000»، «سنوات. 4-3»);
    2. a free unit starting the chunk before it («طائرة مقاتلة روسية من طراز 200»);
    3. the counted noun glued after it («1281جزيرة»), when there is one;
    4. (digits only) the nearest free unit of its line, with a free scale word lying between them;
    5. the unit of the nearest figure of its line with a counted noun, currency or unit:
       coordinated numbers share their noun («8000 ... 10000 جندي»، «المراحل السبعة في ثلاث»; not a
       dual, whose number is in the noun);
    6. the first free measure, currency or percent sign of the next line (for a number in words,
       the first free counted noun: «تتناول الدراسة سبع» / «مؤشرات لتقييم»).

    A scale word ending right before the number («مليار 13») is taken with whatever unit is found.
    A unit is free while no figure holds it; taking it makes it held. An amount that takes a
    currency with no scale word keeps the scale of the other amount in that currency on its line
    («بقيمة 400 ... 270 مليار دولار»). Rows still without a unit or a scale are dropped.
    """
    starts = [0] + [i + 1 for i, c in enumerate(t) if c == "\n"]
    token_cache: dict[int, list[dict]] = {}

    def tokens(line: tuple[int, int]) -> list[dict]:
        if line[0] not in token_cache:
            token_cache[line[0]] = _tokens(t, *line)
        return token_cache[line[0]]

    def needy(r: dict) -> bool:
        if r["type"] == "number" and r["unit"] is None:
            return True
        return (r["type"] == "count" and _is_digits(r) and r["counts_span"] is not None
                and r["counts_span"][0] == _digit_end(t, r))

    # lists of numbers next to a label: «المراحل 2 و3 و4» printed «4و 3و 2تتطلب المراحل»
    labels: set[int] = set()
    group: list[int] = []
    for i, r in enumerate(rows):
        if group and not _LIST_GAP.fullmatch(t, rows[group[-1]]["nend"], r["nstart"]):
            group = []
        group.append(i)
        if needy(r) and _is_digits(r) and any(w in _REFERENCE_WORDS for w in _words_beside(t, r["nstart"], _digit_end(t, r))):
            labels.update(group)
        elif group[0] in labels:
            labels.add(i)

    held: set[int] = set()  # starts of the tokens held by a figure
    dropped: set[int] = set()  # ids of the rows found to measure nothing
    for r in rows:
        if not needy(r) and r["unit"] is not None:
            lo, hi = r["nstart"], max(r["nend"], (r["counts_span"] or (0, 0))[1])
            for x in tokens(_line_of(starts, t, r["nstart"])):
                if x["start"] < hi and lo < x["end"]:
                    held.add(x["start"])

    def free(x: dict, a: int, b: int) -> bool:
        return x["start"] not in held and not (x["start"] < b and a < x["end"]) and x["type"] != "scale"

    def take(r: dict, x: dict, why: str) -> None:
        held.add(x["start"])
        scale = x["scale"] if x["scale"] is not None else r["scale"]
        r.update(value=r["value"] * (x["scale"] or 1.0), unit=x["unit"], type=x["type"], scale=scale,
                 counts_span=(x["start"], x["end"]), note=why)

    def share(r: dict, f: dict, why: str) -> None:
        if r["scale"] is None and f["scale"] is not None:
            r.update(value=r["value"] * f["scale"], scale=f["scale"])
        r.update(unit=f["unit"], type=f["type"], note=why)

    def figures_near(line: tuple[int, int], a: int, b: int, me: dict) -> list[dict]:
        cands = [f for f in rows if line[0] <= f["nstart"] < line[1] and f is not me and id(f) not in dropped
                 and f["type"] in ("count", "money", "measure") and f["unit"] is not None and f["note"] != "dual"]
        return sorted(cands, key=lambda f: _gap(a, b, {"start": f["nstart"], "end": f["nend"]}))

    out: list[dict] = []
    for i, r in enumerate(rows):
        if not needy(r):
            out.append(r)
            continue
        if i in labels:
            dropped.add(id(r))
            continue
        digits = _is_digits(r)
        a = r["nstart"]
        b = _digit_end(t, r) if digits else r["nend"]
        glued_after = r["unit"] is not None
        line = _line_of(starts, t, a)
        toks = [x for x in tokens(line) if free(x, a, b)]
        # a scale word right before the number goes with it
        sc = [x for x in tokens(line) if x["type"] == "scale" and x["start"] not in held and x["end"] <= a
              and _BEFORE_GAP.fullmatch(t, x["end"], a)]
        if sc and r["scale"] is None and not glued_after:
            held.add(sc[-1]["start"])
            r.update(value=r["value"] * sc[-1]["scale"], scale=sc[-1]["scale"])
            # the currency or unit of that scale word stands next to it, in either order
            # («دولار أمريكي، مليار 240.1»: «مليار دولار» cut in two and reversed)
            a = sc[-1]["start"]
        before = [x for x in toks if x["end"] <= a and _BEFORE_GAP.fullmatch(t, x["end"], a)]
        seg_end = len(t[line[0]:a].rstrip()) + line[0]
        brk = [m.end() for m in _CHUNK_BREAK.finditer(t, line[0], seg_end)]
        first = _AR_LETTER.search(t, brk[-1] if brk else line[0], seg_end)
        chunk = [x for x in toks if first and x["start"] == first.start()]
        if before or chunk:
            if glued_after:
                r["nend"] = b
            take(r, before[-1], "unit before the number in a line with reversed word order") if before else \
                take(r, chunk[0], "unit at the start of the chunk before the number (reversed word order)")
        elif glued_after:
            pass
        elif digits and toks:
            x = min(toks, key=lambda x: _gap(a, b, x))
            if x["scale"] is None and r["scale"] is None and x["type"] in ("money", "measure"):
                lo, hi = min(b, x["end"]), max(a, x["start"])
                between = [y for y in tokens(line) if y["type"] == "scale" and y["start"] not in held
                           and lo <= y["start"] and y["end"] <= hi]
                if between:
                    held.add(between[0]["start"])
                    x = {**x, "scale": between[0]["scale"]}
            take(r, x, "unit found elsewhere in its line (scrambled word order)")
        elif near := figures_near(line, a, b, r):
            share(r, near[0], "shares the unit of a figure of its line (scrambled word order)")
        elif (nxt := _next_line(starts, t, a)) and (
                cands := [x for x in tokens(nxt) if free(x, a, b) and (x["type"] != "count") == digits]):
            take(r, cands[0], "unit on the next line (scrambled word order)")
        if r["unit"] is None and r["scale"] is None:
            dropped.add(id(r))
            continue
        out.append(r)
    # amounts in one currency on one line share a scale word only one of them kept
    for r in out:
        if r["type"] == "money" and r["scale"] is None and (r["note"] or "").startswith("unit found elsewhere"):
            line = _line_of(starts, t, r["nstart"])
            same = [f for f in out if f is not r and f["unit"] == r["unit"] and f["scale"] is not None
                    and line[0] <= f["nstart"] < line[1]]
            if same:
                f = min(same, key=lambda f: abs(f["nstart"] - r["nstart"]))
                r.update(value=r["value"] * f["scale"], scale=f["scale"])
    return out


def _rate_before(t: str, a: int, reversed_lines: bool) -> str | None:
    """The rate an adjective gives the measure at ``a``: «إمدادات سنوية تبلغ 38 مليار متر مكعب» is
    m3/year. It is looked for in the clause before the number, or in the whole line of a scrambled
    text (whose order is lost), where an adverb cut away from its unit counts too («سنوياً»)."""
    if reversed_lines:
        lo = t.rfind("\n", 0, a) + 1
        hi = t.find("\n", a)
        seg = t[lo:hi if hi >= 0 else len(t)]
    else:
        seg = _CLAUSE_SPLIT.split(t[max(0, a - 80):a])[-1]
    m = (_RATE_WORD_RE if reversed_lines else _RATE_ADJ_RE).search(seg)
    return _RATE_WORDS.get(m.group("w")) if m else None


# Dates whose numbers are calendar numbers, never figures.
CALENDAR_TYPES = ("date", "month", "day_range", "quarter", "half", "year", "year_range", "datetime", "url_date")


def _date_spans(doc: Document, dates: pd.DataFrame | None) -> list[tuple[int, int]]:
    """The normalised spans of the calendar dates of ``doc`` (not relative expressions, decades or
    centuries, whose numbers may be figures: «منذ ثلاثة عقود»)."""
    if dates is None:
        from .dates import extract_dates
        dates = extract_dates(doc)
    keep = dates[dates["type"].isin(CALENDAR_TYPES)]
    return sorted(doc.norm.norm_spans(keep["start"], keep["end"]))


def _rows_for(doc: Document, dates: pd.DataFrame | None = None) -> list[dict]:
    t = doc.norm.text
    reversed_lines = doc.form == "pdf-scrambled"
    cands = sorted(_digit_rows(t, reversed_lines, _date_spans(doc, dates)) + _word_rows(t, reversed_lines)
                   + _dual_rows(t), key=lambda r: (r["nstart"], -r["nend"]))
    kept: list[dict] = []
    for r in cands:
        if kept and r["nstart"] < kept[-1]["nend"]:
            continue
        kept.append(r)
    if reversed_lines:
        kept = _associate(t, kept)
    out: list[dict] = []
    for r in _join_ranges(t, kept):
        if r["type"] == "number" and r["scale"] is None:
            continue  # a bare number measures nothing: not a figure
        if r["type"] == "measure" and "/" not in r["unit"] and (rate := _rate_before(t, r["nstart"], reversed_lines)):
            r = {**r, "unit": f"{r['unit']}/{rate}"}
        start, end = doc.norm.raw_span(r["nstart"], r["nend"])
        end += len(_TRAILING_MARKS.match(doc.raw, end).group())  # the tanween of «سنوياً» belongs to the word
        counts = None
        if r["counts_span"]:
            cs, ce = doc.norm.raw_span(*r["counts_span"])
            counts = doc.raw[cs:ce + len(_TRAILING_MARKS.match(doc.raw, ce).group())]
        out.append({
            "file": doc.name, "start": start, "end": end, "text": doc.raw[start:end],
            "value": float(f"{float(r['value']):.12g}"),  # 240.1 * 1e9 is 240100000000.00003
            "unit": r["unit"], "scale": r["scale"], "approx": _approx(t, r["nstart"], r["nend"]),
            "counts": counts, "type": r["type"], "note": r["note"],
        })
    return out


def extract_figures(doc: Document, dates: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures of a document, one row per figure, sorted by ``start``; columns :data:`COLUMNS`.

    ``dates`` is the document's :func:`~tahqiq.extract.dates.extract_dates` table if the caller
    has it (computed otherwise): numbers inside its calendar dates are not figures.
    """
    rows = _rows_for(doc, dates)
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    df = df.astype({"start": "int64", "end": "int64", "value": "float64", "scale": "float64"})
    return df.sort_values("start", kind="stable").reset_index(drop=True)


def figures_from_string(s: str, name: str = "<string>") -> pd.DataFrame:
    """:func:`extract_figures` on a string (for tests and quick looks)."""
    return extract_figures(Document(path=Path(name), raw=s))
