"""Figures: the kinds of issue 10 part 3, each with synthetic positive and negative cases.

Every sentence here was written for its rule (none is copied from the corpus or the dev set).
"""

from __future__ import annotations

import pytest

from tahqiq.extract.figures import figures_from_string
from tahqiq.extract.figures.lemmas import lemma, text_words


def rows(s: str) -> list[tuple]:
    """(text, value, unit, type) of every figure of ``s``."""
    return [(r.text, r.value, r.unit, r.type) for r in figures_from_string(s).itertuples()]


def vu(s: str) -> list[tuple]:
    """(value, unit) of every figure of ``s``."""
    return [(r.value, r.unit) for r in figures_from_string(s).itertuples()]


# --------------------------------------------------------------------------- separators


@pytest.mark.parametrize("s, value, unit", [
    ("نشرت الوزارة 45،000 نسخة من الكتيب", 45000, "نسخة"),  # three digits after the Arabic comma: thousands
    ("وزعت الجمعية ٤٥،٠٠٠ سلة غذائية", 45000, "سلة"),
    ("ارتفع المؤشر بنسبة 3،5 في المئة", 3.5, "%"),  # fewer: a decimal
    ("بلغ النمو 2,3 في المئة هذا الربع", 2.3, "%"),  # a European decimal comma before a percent
    ("بلغ العجز 5ر4 مليار", 5.4e9, None),  # the Maghrebi decimal sign
    ("growth was 2,5 percent", 2.5, "%"),
    ("the ministry printed 45,000 tons", 45000, "tonne"),
])
def test_thousands_and_decimal_separators(s, value, unit):
    assert vu(s) == [(value, unit)]


@pytest.mark.parametrize("s", [
    "وردت الأسماء في الصفحات 2,3 من الملحق",  # a list, measuring nothing
    "انظر البندين 4,5",
    "see items 2,3 below",
])
def test_a_comma_between_small_numbers_that_measure_nothing_is_no_decimal(s):
    assert rows(s) == []


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize("s, value, unit", [
    ("تراوح عدد الحضور بين 40-60،000 متفرج", 40000, "متفرج"),  # the lower bound shares the thousands
    ("استقبلت المدينة 8-10 آلاف زائر", 8000, "زائر"),  # a shared scale word
    ("the range was 8-10 thousand people", 8000, "person"),
])
def test_ranges_with_a_shared_scale(s, value, unit):
    assert vu(s) == [(value, unit)]


def test_a_range_whose_lower_bound_is_not_abbreviated_keeps_it():
    assert vu("شارك 900-1،200 طالب") == [(900, "طالب")]


# --------------------------------------------------------------------------- partitives


@pytest.mark.parametrize("s, value, unit", [
    ("استدعى الجيش 3000 من الجنود", 3000, "جندي"),
    ("أوفدت الجامعة ثلاثة من الأساتذة", 3, "أستاذ"),
    ("شاركت اثنتين من الفرق", 2, "فرقة"),
    ("اعتقلت الشرطة اثنين من منظمي الحملة", 2, "منظم"),  # an oblique plural in construct
    ("أغلقت السلطات أربعة من المصانع", 4, "مصنع"),
])
def test_partitives(s, value, unit):
    assert vu(s) == [(value, unit)]


@pytest.mark.parametrize("s", [
    "خرج 20 من الشهر الجاري",  # a singular after «من»: not a partitive
    "انتقل 5 من أصل عشرة",
])
def test_not_partitives(s):
    assert [u for _, u in vu(s)] == []


# --------------------------------------------------------------------------- number words, scales


@pytest.mark.parametrize("s, value, unit", [
    ("بنت الحكومة مئة مستشفى جديد", 100, "مستشفى"),
    ("حصل الفريق على أربعة كؤوس", 4, "كأس"),
    ("تضاعف الإنتاج خمسة أضعاف", 5, "ضعف"),
    ("نقلت الطائرة ثلاثة الصناديق", 3, "صندوق"),  # definite, but a plural
])
def test_number_words_before_their_noun(s, value, unit):
    assert vu(s) == [(value, unit)]


@pytest.mark.parametrize("s", [
    "وصل ثلاثة للمشاركة",  # a preposition glued to the article is no noun
    "قال اثنان منهم",  # «منهم» is no noun; and two is counted by a dual
])
def test_number_words_without_a_noun(s):
    assert [u for _, u in vu(s) if u] == []


@pytest.mark.parametrize("s, value, unit", [
    ("حضر مليون متظاهر", 1e6, "متظاهر"),
    ("تبرع بمليار دولار", 1e9, "USD"),
    ("صدر ألف كتاب", 1e3, "كتاب"),
    ("بلغت الواردات 250 ألف طن", 250e3, "tonne"),
    ("زار المعرض 250 ألف سائح", 250e3, "سائح"),  # the noun after the scale word
])
def test_scale_words(s, value, unit):
    assert vu(s) == [(value, unit)]


@pytest.mark.parametrize("s", [
    "مات آلاف الناس",  # a plural scale word alone is vague
    "أنفقت مليارات الدولارات",
    "حضر مليون",  # nothing counted
])
def test_vague_or_bare_scale_words(s):
    assert rows(s) == []


# --------------------------------------------------------------------------- duals, fractions


@pytest.mark.parametrize("s, unit", [
    ("أصدر البرلمان قانونين جديدين بعد أن عدل القانون", "قانون"),
    ("زار الوفد مصنعين في المدينة", "مصنع"),  # a noun the plural table knows
    ("افتتحت الوزارة مدرستين في القرية وكانت المدرسة الأولى صغيرة", "مدرسة"),  # feminine: -تين -> -ة
])
def test_indefinite_duals_of_any_noun(s, unit):
    assert vu(s) == [(2, unit)]


@pytest.mark.parametrize("s", [
    "التقى الرئيس بوتين في موسكو",  # a name ending in -ين
    "اتفق البلدين على التعاون",  # definite: the two parties
    "وقع الطرفان اتفاقا",
    "التقى شريكين في المؤتمر",  # the parties' noun
    "دعا المواطنين إلى التصويت",  # a participle's sound plural
    "زار المستثمرين الجدد",
    "رحب بالسياح الصينيين",  # a nisba plural
    "كان بين الدولتين خلاف حين وصل الذين حضروا",  # particles ending in -ين
])
def test_words_that_merely_end_like_a_dual(s):
    assert rows(s) == []


@pytest.mark.parametrize("s, value", [
    ("وافق ثلث الأعضاء", 1 / 3),
    ("يحتاج القرار إلى أغلبية الثلثين", 2 / 3),
    ("صوت ثلثا النواب", 2 / 3),
])
def test_fractions(s, value):
    assert vu(s) == [(value, "fraction")]


def test_a_word_holding_a_fraction_word_is_no_fraction():
    assert rows("قال المثلث") == []


# --------------------------------------------------------------------------- ordinals, markers, references


@pytest.mark.parametrize("s, value", [
    ("احتفلت الجمعية بالذكرى الـ 40لتأسيسها", 40),  # glued to the next word
    ("انطلقت النسخة الـ12 لمهرجان الفيلم", 12),  # not 12 of «لمهرجان»
    ("عقد المؤتمر الـ7 للحزب", 7),
])
def test_ordinals_after_the_article(s, value):
    assert rows(s) == [(rows(s)[0][0], value, None, "ordinal")]


@pytest.mark.parametrize("s", [
    "كما في المصدر 1 وكذلك في غيره",  # a note marker glued after a word
    "قيل إن عمر الصخرة 660 سنة ± 85 شكلت",  # a tolerance
    "نص القرار 242 على الانسحاب",  # a resolution number
])
def test_markers_tolerances_and_references(s):
    assert [v for v, _ in vu(s) if v in (1, 85, 242)] == []


def test_an_approximator_makes_a_four_digit_number_an_amount():
    assert vu("نشرت الدار أكثر من 1500 عنوان") == [(1500, "عنوان")]
    assert vu("في 1500 عنوان") == [] or vu("في 1500 عنوان")[0][0] == 1500  # may be a year: not asserted


def test_the_number_of_a_noun_before_a_bare_amount():
    assert vu("ارتفع عدد المهاجرين في تلك الدول إلى 3 ملايين") == [(3e6, "مهاجر")]
    assert vu("ارتفع إلى 3 ملايين") == [(3e6, None)]  # nothing counted: left without a unit


# --------------------------------------------------------------------------- lemmas


@pytest.mark.parametrize("word, value, lem, plural", [
    ("جامعات", 4, "جامعة", True),  # sound feminine plural
    ("نجوم", 7, "نجم", True),  # broken plural (table)
    ("رجلاً", 30, "رجل", False),  # accusative tanween
    ("إعلاميًا", 150, "إعلامي", False),
    ("مهندسا", 25, "مهندس", False),  # tamyiz after 11-99
    ("مستثمرين", 5, "مستثمر", True),  # sound masculine plural
    ("صينيين", 5, "صيني", True),
    ("اجتماعات", 3, "اجتماع", True),  # lexicon
    ("تصريحات", 3, "تصريح", True),  # تفعيل: a masculine verbal noun
    ("انتخابات", 3, "انتخاب", True),  # افتعال
    ("أصوات", 3, "صوت", True),  # table
    ("أوقات", 3, "أوقات", True),  # أفعال: left alone
    ("براكين", 3, "براكين", False),  # فعاليل: left alone
    ("قانون", 3, "قانون", False),  # -ون of a short stem is the word's own
    ("كتاب", 1000, "كتاب", False),
])
def test_lemmas(word, value, lem, plural):
    assert lemma(word, value) == (lem, plural)


def test_a_masculine_stem_the_text_uses():
    words = text_words("دخل الحمام")
    assert lemma("حمامات", 3, words)[0] == "حمام"
    assert lemma("حمامات", 3)[0] == "حمامة"  # without that evidence the rule's default
    assert lemma("مطارات", 3)[0] == "مطار"  # a masculine noun of lang/plurals.yml (plural_ta)


def test_units_are_lemmas_in_figures():
    assert vu("افتتحت 12 جامعة و8 كليات") == [(12, "جامعة"), (8, "كلية")]
    assert vu("سجل 7 لاعبين أهدافا") == [(7, "لاعب")]
    assert vu("وصل 15 خبيرا") == [(15, "خبير")]


@pytest.mark.parametrize("s, expected", [
    ("انخفض عدد السكان من 250 ألف نسمة إلى 120 ألفا", [(250e3, "نسمة"), (120e3, "نسمة")]),
    ("ارتفع الإنتاج من 40 طنا إلى 55", [(40, "tonne"), (55, "tonne")]),
    ("تراجع عدد الزوار من 250-300،000 زائر إلى 120-140،000", [(250e3, "زائر"), (120e3, "زائر")]),
])
def test_from_to_pairs_share_the_unit(s, expected):
    assert vu(s) == expected


@pytest.mark.parametrize("s", [
    "وصل 5 جنود. وفي اليوم التالي ارتفع الرقم إلى 7",  # another sentence
    "قرأ 5 كتب ثم انتقل إلى 7",  # no «من» before the first
])
def test_no_from_to_pair(s):
    assert len(vu(s)) == 1


@pytest.mark.parametrize("s", [
    "طالب القرار 660 بالانسحاب",  # a resolution number, not 660 of «بالانسحاب»
    "ينص الفصل 12 من المعاهدة على ذلك",
    "راجع الفصلين 9 و10",
    "under resolution 242 the parties",
    "see article 5 of the treaty",
])
def test_resolution_and_article_numbers_are_not_counts(s):
    assert rows(s) == []


@pytest.mark.parametrize("s, value, unit", [
    ("بلغت الصفقة مليار و286 مليون دولار", 1_286_000_000, "USD"),
    ("بلغت 3 مليارات و200 مليون دولار", 3.2e9, "USD"),
    ("بلغ عدد السكان مليون و200 ألف نسمة", 1.2e6, "نسمة"),
    ("خمسة ملايين و300 ألف طن", 5.3e6, "tonne"),
])
def test_compound_scales(s, value, unit):
    assert vu(s) == [(value, unit)]


@pytest.mark.parametrize("s, expected", [
    ("أنفقت 2 مليار دولار و300 مليون يورو", [(2e9, "USD"), (300e6, "EUR")]),  # two amounts, each with its unit
    ("بلغت مليار، و200 مليون دولار", [(200e6, "USD")]),  # a comma between: not one amount
    ("بلغ 200 مليون دولار و300 ألف", [(200e6, "USD"), (300e3, "USD")]),  # the smaller scale second (its currency implied)
])
def test_not_compound_scales(s, expected):
    assert [(v, u if isinstance(u, str) else None) for v, u in vu(s)] == expected


# --------------------------------------------------------------------------- a preposition is not the counted noun


@pytest.mark.parametrize("s", [
    "بلغ إنتاج المصنع 2,4 مليون وفق تقرير الشركة",   # a preposition after a bare scale: no noun
    "زار المعرض 3 ملايين حسب المنظمين",
    "بلغت الحصيلة 5 آلاف بحسب الأرقام الرسمية",
    "سجلت البلدية 12 ألفا ضمن القوائم الجديدة",
])
def test_preposition_after_scale_is_not_a_unit(s):
    (r,) = figures_from_string(s).itertuples()
    assert r.unit is None
    assert r.value >= 1000


@pytest.mark.parametrize("s, value, unit", [
    ("استقبل الميناء 2,4 مليون حاوية وفق تقرير الهيئة", 2.4e6, "حاوية"),  # the noun before the preposition counts
    ("زار المعرض 3 ملايين زائر حسب المنظمين", 3e6, "زائر"),
])
def test_noun_before_preposition_still_counted(s, value, unit):
    assert vu(s) == [(value, unit)]


# --------------------------------------------------------------------------- halves and quarters


@pytest.mark.parametrize("s, value", [
    ("يسكن نصف المزارعين في القرى الشمالية", 0.5),
    ("ذهب ربع الميزانية إلى الصيانة", 0.25),
    ("باعت الشركة بنصف السعر", 0.5),   # after a preposition
])
def test_half_and_quarter_are_fractions(s, value):
    assert vu(s) == [(value, "fraction")]


@pytest.mark.parametrize("s", [
    "ارتفعت المبيعات في الربع الثالث",     # a quarter of a period, ranked by an ordinal
    "تراجع الإنتاج في النصف الثاني",
    "تحسنت الأرباح خلال هذا الربع",          # after a demonstrative: a period
    "منتصف الليل موعد الإغلاق",            # another word, not the fraction
])
def test_a_ranked_half_or_quarter_is_not_a_fraction(s):
    assert rows(s) == []
