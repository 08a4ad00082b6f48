"""Synthetic tests (written for these rules, not taken from any benchmark text): the rest of an
amount after a scale word, «ونصف» after a unit, parts listed after «منهم», ages as ordinals, two
proclitics on a number word, fractions with a pronoun, the tamyiz as a singular, plurals أفعّة."""

import pandas as pd
import pytest

from tahqiq.extract.figures import figures_from_string


def rows(s):
    return [(r.text, r.value, r.unit) for r in figures_from_string(s).itertuples()]


@pytest.mark.parametrize("s, text, value, unit", [
    ("أنفقت البلدية أربعة آلاف وسبعمائة جنيه مصري", "أربعة آلاف وسبعمائة جنيه مصري", 4700.0, "EGP"),
    ("اشترت الجمعية ستة آلاف وثلاث مائة كتاب", "ستة آلاف وثلاث مائة كتاب", 6300.0, "كتاب"),
    ("تبرع بألفين وأربعمائة دولار", "ألفين وأربعمائة دولار", 2400.0, "USD"),
    ("قدرت الخسائر بـ 7 ملايين ونصف دولار", "7 ملايين ونصف دولار", 7.5e6, "USD"),
    ("يقطن الإقليم أربعة ملايين ونصف المليون نسمة", "أربعة ملايين ونصف المليون نسمة", 4.5e6, "نسمة"),
])
def test_rest_of_the_amount_after_a_scale(s, text, value, unit):
    assert (text, value, unit) in rows(s)


def test_the_rest_must_be_smaller_than_the_scale():
    # «وعشرة آلاف» is another amount, not a part of «ثلاثة آلاف»
    assert all(v != 3010.0 for _, v, _ in rows("أرسلت ثلاثة آلاف وعشرة آلاف أخرى"))


@pytest.mark.parametrize("s, text, value, unit", [
    ("دام الحصار أربع سنوات ونصف.", "أربع سنوات ونصف", 4.5, "سنة"),
    ("تأخرت الرحلة ساعتين وربع قبل الإقلاع", "ساعتين وربع", 2.25, "ساعة"),
    ("زاد الإنتاج ثلاث مرات ونصف خلال عقد", "ثلاث مرات ونصف", 3.5, "مرة"),
])
def test_and_a_fraction_of_the_unit(s, text, value, unit):
    assert (text, value, unit) in rows(s)


def test_a_fraction_opening_a_noun_phrase_is_its_own_figure():
    got = rows("عمل خمسة أيام ونصف الراتب لم يصرف")
    assert ("خمسة أيام", 5.0, "يوم") in got and ("نصف", 0.5, "fraction") in got


def test_parts_listed_after_the_pronoun_do_not_replace_the_whole():
    s = "يدرس في المعهد 420 متدرباً، منهم 150 مهندساً و70 مبرمجاً، وقد سافر 30 منهم إلى الخارج."
    df = figures_from_string(s)
    assert df.set_index("value").loc[30.0, "unit"] == "متدرب"


def test_a_new_whole_after_a_sentence_end():
    s = "وصل 80 سائحاً إلى الفندق. واستقبل المطعم 25 زائراً، وغادر 5 منهم مبكراً."
    assert figures_from_string(s).set_index("value").loc[5.0, "unit"] == "زائر"


@pytest.mark.parametrize("s, text, value", [
    ("نشر روايته الأولى وهي في الثالثة والعشرين.", "الثالثة والعشرين", 23.0),
    ("توفي في الرابعة والستين من عمره", "الرابعة والستين", 64.0),
    ("هاجر وكان في الخامسة عشرة", "الخامسة عشرة", 15.0),
])
def test_an_age_as_an_ordinal(s, text, value):
    df = figures_from_string(s)
    assert (text, value, "ordinal") in [(r.text, r.value, r.type) for r in df.itertuples()]


@pytest.mark.parametrize("s", ["وصلوا في الساعة الثالثة", "بدأ العمل في الثالثة بعد الظهر"])
def test_not_an_age(s):
    assert figures_from_string(s).empty


def test_number_word_with_two_proclitics():
    assert ("أربع قلاع", 4.0, "قلعة") in rows("عرفت المنطقة بحصونها وبأربع قلاع شاهقة") or \
        ("أربع قلاع", 4.0, "قلاع") in rows("عرفت المنطقة بحصونها وبأربع قلاع شاهقة")


def test_lam_then_short_word_is_not_a_number():
    assert figures_from_string("فلست أدري ما حدث").empty


def test_fraction_with_a_pronoun():
    assert ("ثلثهم", 1 / 3, "fraction") in rows("حضر المئات، وغادر ثلثهم قبل النهاية")


def test_fraction_with_masculine_pronoun_is_left():
    assert figures_from_string("كان رجلاً ربعه بين الناس").empty


def test_tamyiz_is_a_singular_not_a_broken_plural():
    # «بحار» is the plural of «بحر» and the singular «بحّار»; after 11-99 the noun is a singular
    assert ("45 بحاراً", 45.0, "بحار") in rows("أبحرت السفينة وعلى متنها 45 بحاراً")
    assert ("7 بحار", 7.0, "بحر") in rows("تطل المدينة على 7 بحار")


def test_doubled_broken_plural_with_shadda():
    assert ("25 أسرّة", 25.0, "سرير") in rows("أضيف إلى القسم 25 أسرّة جديدة")
    assert ("6 أطبّاء", 6.0, "طبيب") in rows("وصل 6 أطبّاء متطوعين")
    # without the shadda «أسرة» is a family
    assert ("25 أسرة", 25.0, "أسرة") in rows("استفادت 25 أسرة من المنحة")


def test_accusative_scale_word_takes_no_guessed_noun():
    got = rows("رصدت الوزارة 90 مليون درهم للطرق، ثم أضافت 20 مليوناً أخرى")
    assert ("20 مليوناً", 2e7, "درهم") in got


def test_accusative_scale_word_keeps_a_partitive():
    assert ("15 ألفاً من المتطوعين", 15000.0, "متطوع") in rows("شارك 15 ألفاً من المتطوعين")


@pytest.mark.parametrize("s, text, value, unit", [
    ("خصصت البلدية مليوناً ومئتي ألف درهم إماراتي", "مليوناً ومئتي ألف درهم إماراتي", 1.2e6, "AED"),
    ("يسكن الوادي مليون وثلاثمائة ألف نسمة", "مليون وثلاثمائة ألف نسمة", 1.3e6, "نسمة"),
    ("بلغ عدد المشتركين أربعة ملايين وستمائة ألف مشترك", "أربعة ملايين وستمائة ألف مشترك", 4.6e6, "مشترك"),
])
def test_the_rest_with_a_smaller_scale_of_its_own(s, text, value, unit):
    assert (text, value, unit) in rows(s)


def test_construct_dual_of_hundred():
    assert ("مائتي ألف يورو", 2e5, "EUR") in rows("جمعت الحملة نحو مائتي ألف يورو")


@pytest.mark.parametrize("s", ["وقع الزلزال في سنة ألف وتسعمائة وستين", "راجع الطالب الدرس خمسة",
                               "ولد في عام ألفين وخمسة"])
def test_a_cardinal_after_a_singular_noun_names_it(s):
    assert not any(u in ("سنة", "عام", "درس") for _, _, u in rows(s))


def test_a_cardinal_after_a_plural_still_counts():
    assert ("قرون ثلاثة", 3.0, "قرن") in rows("امتد حكمهم قرون ثلاثة")


@pytest.mark.parametrize("s, value, unit", [
    ("يبلغ عدد سكانها حالياً 2.3 مليون", 2.3e6, "نسمة"),
    ("كان عدد السكان قبل الحرب 900 ألف", 9e5, "نسمة"),
    ("بلغ عدد موظفيها 730", 730.0, "موظف"),
    ("بلغ عدد طلاب المعهد 5400", 5400.0, "طالب"),
])
def test_count_of_a_noun_in_construct(s, value, unit):
    df = figures_from_string(s)
    assert (value, unit) in [(r.value, r.unit) for r in df.itertuples()]


def test_count_of_needs_the_word_before_it():
    # «سكانها» without «عدد» before it does not give a bare number a unit
    assert figures_from_string("يحب سكانها 730").empty


@pytest.mark.parametrize("s, text, unit", [
    ("ألّف الشاعر ديوانًا أول عام 1960 ثم صدر له ديوان ثان، وفي الجملة أصدر ستة دواوين", "ستة دواوين", "ديوان"),
    ("تعمل في القرية الناعورة الكبرى، وكانت فيها خمس نواعير", "خمس نواعير", "ناعورة"),
    ("رصد العلماء البركان الأكبر بين ثلاثة براكين", "ثلاثة براكين", "بركان"),
])
def test_fawaeel_plural_takes_the_singular_the_text_uses(s, text, unit):
    assert text in [r.text for r in figures_from_string(s).itertuples() if r.unit == unit]


def test_fawaeel_plural_without_evidence_is_kept():
    assert ("أربع نواعير", 4.0, "نواعير") in rows("شاهدنا أربع نواعير على النهر")
