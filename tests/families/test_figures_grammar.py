"""Figures: the grammar of what is and is not a figure, generated (seeded, deterministic).

Ways Arabic writes the constructions below; every template is combined with each form of its
parts, inside paragraphs with distractors (true figures beside numbers that are none).

What is NOT a figure, each beside the same number used as a figure («15 مادة» is one):
- a footnote marker glued to a word or in brackets («ذلك(3)»، «[4]»); list numbering at a line's
  start («1- …»، «2) …»);
- an article, clause, law or resolution number («المادة 15»، «الفقرة 3»، «القانون رقم 15 لسنة 2019»،
  «القرار 2254»، «قرار مجلس الأمن رقم 242»); a page («ص 45»، «ص ص 112-115»);
- a year, with or without «عام» («عام 2019»، «منذ 2011»); an ordinal that names and does not rank
  («المبحث الثاني»، «الحرب العالمية الثانية»).

Units as lemmas: the counted noun after a number agrees with it: 3..10 a plural in the genitive
(broken or sound: «ثلاثة جنود»، «خمسة أطباء»، «سبعة لاجئين»), 11..99 an accusative singular
(«12 جندياً»، «خمسون مدنياً»), hundreds and thousands a genitive singular («مئة مدرسة»، «ثلاثة
آلاف شخص»), the dual alone («جنديان»، «جنديين»، «مدرستين»); the number in digits, Eastern digits or
words; the unit is the lemma in every case («جندي»، «شخص»، «مدرسة»). «نسمة» counts people.

Currencies from the context: an amount with a scale word and no currency takes the currency named
by a figure before it in the same paragraph («5 مليارات دولار للمشروع، منها 2 مليار للتعليم»);
it does NOT cross a paragraph break (a new paragraph may speak of another economy): there the
amount stays without a unit. «دينار» (and «ريال»، «درهم»، «جنيه») names no country alone: the
adjective after it («دينار كويتي») or the one country of its currency the text names («في الكويت»)
gives the code; two such countries, none.

Compound numbers: scales joined by «و» («مليار و286 مليون دولار»، «مليوناً ومئتي ألف لاجئ»), number
words with their hundreds («ثلاثة آلاف وخمسمائة شخص»، «ألفين وخمسمائة»), units and tens
(«خمسة وعشرين ألف»). Fractions and percentages in words: «ثلث»، «ربع»، «نصف»، «ثلثي» (unit
``fraction``), «خمسة وعشرين في المئة»، «عشرة بالمائة»، «15 في المائة»، «٪».
"""

from __future__ import annotations

import random

import pytest

from tahqiq.extract.figures import figures_from_string

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
RNG = random.Random(2019)


def rows(s: str) -> list[tuple]:
    return [(r.text, r.value, r.unit if isinstance(r.unit, str) else None) for r in figures_from_string(s).itertuples()]


# --------------------------------------------------------------------------- not figures
TRUE = "وأكد التقرير أن 45 ألف شخص نزحوا خلال الأزمة."
TRUE_ROW = ("45 ألف شخص", 45000.0, "شخص")
NOT_FIGURES = [
    "وقد أشار التقرير إلى ذلك(3) في خاتمته.",
    "وقد أشار التقرير إلى ذلك [4] في خاتمته.",
    "نصت المادة 15 من الدستور على ذلك.",
    "وتنص الفقرة 3 من المادة 12 على الحق في التعليم.",
    "صدر القانون رقم 15 لسنة 2019 لتنظيم الانتخابات.",
    "وتبنى مجلس الأمن القرار 2254 بالإجماع.",
    "وأشار قرار مجلس الأمن رقم 242 إلى الانسحاب.",
    "انظر: المصدر نفسه، ص 45، وص ص 112-115.",
    "1- تعزيز التعاون.\n2- دعم الاستثمار.\n3- تطوير التعليم.",
    "وتناول المبحث الثاني الحرب العالمية الثانية.",
    "وفي عام 2019 تغيرت السياسة، ومنذ 2011 تتوالى الأزمات.",
]
# the same numbers as figures: (sentence, row)
AS_FIGURES = [
    ("وتضمن القانون 15 مادة.", ("15 مادة", 15.0, "مادة")),
    ("وصوّت 13 عضواً لصالح القرار.", ("13 عضواً", 13.0, "عضو")),
    ("ويقع التقرير في 45 صفحة.", ("45 صفحة", 45.0, "صفحة")),
    ("وشارك فيها 2019 متطوعاً.", ("2019 متطوعاً", 2019.0, "متطوع")),
]


@pytest.mark.parametrize("i", range(len(NOT_FIGURES)))
@pytest.mark.parametrize("order", ["before", "after"])
def test_numbers_that_are_no_figures_beside_a_true_one(i, order):
    s = NOT_FIGURES[i] + "\n\n" + TRUE if order == "before" else TRUE + " " + NOT_FIGURES[i]
    assert rows(s) == [TRUE_ROW], rows(s)


@pytest.mark.parametrize("s, row", AS_FIGURES)
def test_the_same_numbers_counting_a_noun_are_figures(s, row):
    got = rows(NOT_FIGURES[RNG.randrange(len(NOT_FIGURES))] + "\n\n" + s)
    assert got == [row], got


# --------------------------------------------------------------------------- units as lemmas
# lemma: (the plural after 3..10, the accusative singular after 11..99, the genitive singular, the duals)
NOUNS = {
    "جندي": ("جنود", "جندياً", "جندي", ("جنديان", "جنديين")),
    "شخص": ("أشخاص", "شخصاً", "شخص", ("شخصان", "شخصين")),
    "مدرسة": ("مدارس", "مدرسة", "مدرسة", ("مدرستان", "مدرستين")),
    "طبيب": ("أطباء", "طبيباً", "طبيب", ("طبيبان", "طبيبين")),
    "لاجئ": ("لاجئين", "لاجئاً", "لاجئ", ("لاجئان",)),  # «لاجئين» is the plural
    "دولة": ("دول", "دولة", "دولة", ()),  # the dual of a party's noun names the two parties
    "مستشفى": ("مستشفيات", "مستشفى", "مستشفى", ()),
    "نسمة": ("نسمات", "نسمة", "نسمة", ()),
}
FEW = [(3, "ثلاثة", "ثلاث"), (5, "خمسة", "خمس"), (7, "سبعة", "سبع"), (10, "عشرة", "عشر")]
TENS = [(12, "12"), (25, "25"), (50, "خمسين"), (12, "١٢")]
BIG = [(100, "مئة"), (300, "300"), (3000, "ثلاثة آلاف"), (5000, "٥٠٠٠"), (2e6, "مليوني")]
FEMININE = {"مدرسة", "دولة", "نسمة"}
FRAMES = ["وأعلنت الوزارة أن {f} تضررت من القصف.", "وبحسب التقرير، استقبلت المنطقة {f} خلال العام.",
          "وقد أُحصي {f}، وفق ما أعلنت اللجنة (2)."]


def lemma_cases():
    for lemma, (plural, acc, gen, duals) in NOUNS.items():
        for n, masc, fem in FEW:
            if lemma in ("نسمة",):
                continue
            yield lemma, f"{fem if lemma in FEMININE else masc} {plural}", float(n)
            yield lemma, f"{n} {plural}".translate(EAST if n == 7 else {}), float(n)
        for n, w in TENS:
            yield lemma, f"{w} {acc}", float(n)
        for n, w in BIG:
            yield lemma, f"{w} {gen}", float(n)
        for d in duals:
            yield lemma, d, 2.0


@pytest.mark.parametrize("lemma, phrase, value", list(lemma_cases()))
def test_the_unit_is_the_lemma_of_the_counted_noun(lemma, phrase, value):
    s = "أشار البيان في الفقرة 4 إلى الأرقام الآتية.\n\n" + RNG.choice(FRAMES).format(f=phrase)
    got = rows(s)
    assert (phrase, value, lemma) in got, got
    assert len(got) == 1, got


# --------------------------------------------------------------------------- currencies from the context
CURRENCIES = [("دولار", "USD"), ("يورو", "EUR"), ("جنيه إسترليني", "GBP")]


@pytest.mark.parametrize("cur, code", CURRENCIES)
@pytest.mark.parametrize("rest", ["منها {n} للتعليم", "وأنفقت {n} على الصحة", "مقابل {n} في العام السابق"])
@pytest.mark.parametrize("n, value", [("2 مليار", 2e9), ("مليار", 1e9), ("1.5 مليار", 1.5e9), ("٣ مليارات", 3e9)])
def test_an_amount_takes_the_currency_of_its_paragraph_not_of_the_one_before(cur, code, rest, n, value):
    head = f"خصصت الحكومة 5 مليارات {cur} للمشروع"
    same = rows(f"{head}، {rest.format(n=n)}.")
    assert same == [(f"5 مليارات {cur}", 5e9, code), (n, value, code)], same
    other = rows(f"{head}.\n\nوفي بلد آخر، {rest.format(n=n)}.")
    # a number with its scale word stays a figure without a unit; a scale word alone, measuring
    # nothing it names, is none
    alone = [] if n == "مليار" else [(n, value, None)]
    assert other == [(f"5 مليارات {cur}", 5e9, code), *alone], other


DINAR = [("الكويت", "KWD"), ("الأردن", "JOD"), ("العراق", "IQD"), ("البحرين", "BHD")]


@pytest.mark.parametrize("country, code", DINAR)
@pytest.mark.parametrize("form", ["بلغ الدين العام في {c} 10 مليارات دينار.",
                                  "أعلنت حكومة {c} موازنة قدرها 10 مليارات دينار.",
                                  "بلغ العجز 10 مليارات دينار، بحسب وزارة المالية في {c}."])
def test_a_dinar_takes_the_country_the_text_names(country, code, form):
    got = rows(form.format(c=country))
    assert [(r[1], r[2]) for r in got] == [(1e10, code)], got
    # two countries of the dinar: nothing guessed
    two = rows(form.format(c=country) + (" وفي ليبيا" if country != "ليبيا" else " وفي تونس") + " تراجع الدين.")
    assert [(r[1], r[2]) for r in two] == [(1e10, "دينار")], two


# --------------------------------------------------------------------------- compounds, fractions, percentages
COMPOUNDS = [
    ("مليار و286 مليون دولار", 1.286e9, "USD"),
    ("ثلاثة آلاف وخمسمائة شخص", 3500.0, "شخص"),
    ("مليوناً ومئتي ألف لاجئ", 1.2e6, "لاجئ"),
    ("ألفين وخمسمائة جندي", 2500.0, "جندي"),
    ("خمسة وعشرين ألف طالب", 25000.0, "طالب"),
    ("مئتين وخمسين مدرسة", 250.0, "مدرسة"),
    ("2 مليار و500 مليون يورو", 2.5e9, "EUR"),
]
PERCENT_FRACTION = [
    ("خمسة وعشرين في المئة", 25.0, "%"), ("عشرة بالمائة", 10.0, "%"), ("15 في المائة", 15.0, "%"),
    ("٪١٥".translate({}), 15.0, "%"), ("ثلث", 1 / 3, "fraction"), ("ربع", 0.25, "fraction"), ("نصف", 0.5, "fraction"),
    ("ثلثي", 2 / 3, "fraction"),
]
NUMBER_FRAMES = ["وأشارت الإحصاءات إلى {f} بحسب المادة 7 من التقرير.", "وفي عام 2023 بلغ العدد {f}، وفق الوزارة."]


@pytest.mark.parametrize("phrase, value, unit", COMPOUNDS)
@pytest.mark.parametrize("frame", NUMBER_FRAMES)
def test_compound_numbers_are_one_figure(phrase, value, unit, frame):
    got = rows(frame.format(f=phrase))
    assert got == [(phrase, value, unit)], got


@pytest.mark.parametrize("phrase, value, unit", PERCENT_FRACTION)
def test_percentages_and_fractions_in_words(phrase, value, unit):
    s = f"وأكد التقرير الصادر عام 2022 أن البطالة بلغت {phrase} السكان في الفصل 3."
    if unit == "%":
        s = f"وأكد التقرير الصادر عام 2022 أن البطالة بلغت {phrase} في الفصل 3."
    got = [(r[0], round(r[1], 6), r[2]) for r in rows(s)]
    assert got == [(phrase, round(value, 6), unit)], got
