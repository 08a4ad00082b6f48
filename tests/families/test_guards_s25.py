"""Families of constructions read in session 25 (heldout22's misses, each generalised to its kind and tested here on
synthetic texts, faulty and clean):

* a change stated on the wrong base, the end instead of the start («من 80 إلى 100، أي بزيادة 20%»: 20 / 100, not
  20 / 80 = 25%), is a fault even where the figures' rounding could stretch to it (checks/change.py, wrong_base);
* a part of a breakdown named by the words that qualify it («منها 150 قطعة صينية و90 قطعة عمانية، أي أن القطع
  الصينية شكلت …»، «0.9 مليار صادرات مصرية … أي أن صادراتنا …») holds its share of the whole, and «منه» after
  the share names that whole (checks/holdershares.py);
* a clause of time about a date may stand between the date and the gap that glosses it («منذ عام 2019، حين كنت في
  السادسة والأربعين، أي منذ ست سنوات»; checks/ordering.py);
* a length of weeks or months is read when the end word is followed by a weekday («واستمر سبعة أسابيع حتى يوم
  الأحد 9 مارس 2025»), and a length glossing the sentence's two dates («… ويغلق يوم 31 آذار 2026، أي أن المدة
  أربعة أشهر») is held to them (checks/lengths.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def facts(text: str, form: str = "plain"):
    return gather([Document(path=Path("a.md" if form == "markdown" else "a.txt"), raw=text, form=form)])


def kinds(text: str, form: str = "plain") -> list[str]:
    return [f.kind for f in checks.run(facts(text, form))]


# -- a change on the wrong base ------------------------------------------------------------------------------------

WRONG_BASE = [
    # (end − start) / end instead of / start, where the figures' rounding alone would stretch to it: a rise told from
    # and to, a rise set against last year's figure, and a fall (found before too)
    ("ارتفع متوسط أجر العامل من 96 ديناراً عام 2021 إلى 109 دنانير عام 2024، أي بزيادة {p}%.", "11.9", "13.5"),
    ("ارتفع سعر الطن من 88 دولاراً إلى 100 دولار، أي بزيادة {p} في المائة.", "12", "13.6"),
    ("وصدّرت الموانئ 110 آلاف حاوية هذا العام، مقابل 97 ألف حاوية العام الماضي، أي بزيادة {p} بالمئة.", "11.8", "13.4"),
    ("انخفضت صادرات الشركة من 109 آلاف طن إلى 96 ألف طن، أي بانخفاض {p} في المئة.", "13.5", "11.9"),
]


@pytest.mark.parametrize("text, wrong, right", WRONG_BASE)
def test_a_change_on_the_wrong_base_is_found(text, wrong, right):
    assert "arithmetic-growth" in kinds(text.format(p=wrong))
    assert "arithmetic-growth" not in kinds(text.format(p=right))


@pytest.mark.parametrize("text", [
    # an approximated rate, and a small change where both bases round alike, stay quiet
    "ارتفع سعر الطن من 312 دولاراً إلى 355 دولاراً، أي بزيادة نحو 12 في المائة.",
    "ارتفع عدد المتدربين من 1000 إلى 1020 متدرباً، أي بزيادة 2 في المائة.",
])
def test_a_rate_the_rounding_allows_is_quiet(text):
    assert "arithmetic-growth" not in kinds(text)


# -- a part of a breakdown named by its qualifier -------------------------------------------------------------------

QUALIFIED = [
    "ضمت المكتبة 480 مخطوطة، منها 300 مخطوطة فارسية و180 مخطوطة تركية، أي أن المخطوطات الفارسية شكلت {p} في المائة منها.",
    "بلغت تجارة البلدين 12.5 مليار دولار، منها 10 مليارات دولار واردات و2.5 مليار دولار صادرات تونسية، "
    "أي أن صادراتنا {p} في المائة من المجموع.",
    "شارك في الدورة 640 متدرباً، منهم 400 متدرب من الجزائر و240 متدرباً من تونس، ويشكل الجزائريون {p} بالمئة من المشاركين.",
]


@pytest.mark.parametrize("text, right, wrong", [
    (QUALIFIED[0], "62.5", "60"),
    (QUALIFIED[1], "20", "25"),
    (QUALIFIED[2], "62.5", "57.5"),
])
def test_a_part_named_by_its_qualifier_holds_its_share(text, right, wrong):
    assert "arithmetic-share" in kinds(text.format(p=wrong))
    assert "arithmetic-share" not in kinds(text.format(p=right))


def test_a_figure_that_is_no_part_of_a_breakdown_keeps_its_words_out():
    # «الدول التسع تمثل …»: the verb after a count names no holder (the members are nine of thirty states named
    # before, not a share of them)
    text = ("وقال إن 30 دولة أخرى أبدت رغبتها في الانضمام. وأشار إلى أن الدول التسع تمثل 45 في المائة من سكان العالم "
            "و35 في المائة من ناتجه.")
    assert "arithmetic-share" not in kinds(text)


# -- a clause of time between a date and its gloss -----------------------------------------------------------------

DATELINE = "الرباط - «وكالة الأخبار» - الخميس 4 ديسمبر 2025\n"


@pytest.mark.parametrize("text, right, wrong", [
    ("وقال المدير: أتابع هذا الملف منذ عام 2018، حين كنت في الأربعين من عمري، أي منذ {n} سنوات.", "سبع", "خمس"),
    ("وأسس الجمعية بعد عودته من موسكو عام 2011، حين كان في الثلاثين، أي قبل {n} عاماً.", "أربعة عشر", "عشرة"),
])
def test_a_when_clause_between_a_date_and_its_gloss(text, right, wrong):
    assert "order-word-contradiction" in kinds(DATELINE + text.format(n=wrong))
    assert "order-word-contradiction" not in kinds(DATELINE + text.format(n=right))


def test_a_when_clause_with_a_figure_is_no_gloss_of_the_date():
    # a clause with its own figure may date something else: left alone
    text = DATELINE + "وأسس الجمعية عام 2011، حين بلغ عدد أعضائها 40 عضواً، أي قبل عشرة أعوام."
    assert "order-word-contradiction" not in kinds(text)


# -- lengths of weeks and months -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("افتُتح المعرض يوم السبت 4 أكتوبر 2025، واستمر {n} أسابيع حتى يوم السبت 15 نوفمبر 2025.", "ستة", "أربعة"),
    ("افتُتح المعرض يوم السبت 12 ربيع الآخر 1447هـ الموافق 4 أكتوبر 2025م، واستمر {n} أسابيع حتى يوم السبت "
     "24 جمادى الأولى 1447هـ الموافق 15 نوفمبر 2025م.", "ستة", "ثلاثة"),
    ("يبدأ التسجيل يوم الأحد 1 شباط 2026 ويُغلق يوم الخميس 30 نيسان 2026، أي أن المدة {n} أشهر.", "ثلاثة", "خمسة"),
])
def test_a_length_against_its_two_dates(text, right, wrong):
    assert "duration-mismatch" in kinds(text.format(n=wrong))
    assert "duration-mismatch" not in kinds(text.format(n=right))


def test_a_length_of_another_stretch_is_quiet():
    # «المدة» of something else, told after a full stop, is not the sentence's stretch
    text = "يبدأ التسجيل يوم الأحد 1 شباط 2026. وتستمر الدراسة بعد ذلك أربع سنوات، والمدة ثلاثة أشهر للتدريب."
    assert "duration-mismatch" not in kinds(text)


# -- a bulleted table and its total row --------------------------------------------------------------------------------

TABLE = """3. الإنتاج بحسب المحافظة (ألف طن، 2025)
- البصرة: {a} (2024: 300)، بزيادة {c} في المائة، وحصة {s} في المائة
- ذي قار: 150 (2024: 160)، بانخفاض 6.25 في المائة، وحصة 25 في المائة
- ميسان: 90 (2024: 100)، بانخفاض 10 في المائة، وحصة 15 في المائة
الإجمالي: 600 (2024: {t})

وتعتمد النشرة بيانات وزارة النفط.
"""


@pytest.mark.parametrize("fill, kind", [
    (dict(a=360, c=20, s=60, t=560), None),
    (dict(a=380, c=20, s=60, t=560), "arithmetic-total"),   # a row changed: the rows no longer sum to the total
    (dict(a=360, c=20, s=60, t=580), "arithmetic-total"),   # the bracketed column no longer sums
    (dict(a=360, c=16.7, s=60, t=560), "arithmetic-growth"),  # a row's change on the wrong base
    (dict(a=360, c=20, s=66, t=560), "arithmetic-share"),   # a row's share of the total
])
def test_a_bulleted_table_against_its_total_row(fill, kind):
    found = kinds(TABLE.format(**fill))
    if kind is None:
        assert not {"arithmetic-total", "arithmetic-growth", "arithmetic-share"} & set(found)
    else:
        assert kind in found


def test_a_table_in_eastern_digits():
    text = ("الصادرات بحسب الوجهة (مليون دولار)\n- الصين: ١٢٠٫٥\n- الهند: ٨٠\n- تركيا: ٤٩٫٥\nالمجموع: {t}\n")
    assert "arithmetic-total" not in kinds(text.format(t="٢٥٠"))
    assert "arithmetic-total" in kinds(text.format(t="٢٧٠"))


def test_rows_without_a_total_row_are_no_table():
    text = "أبرز المستوردين (ألف طن):\n- مصر: 420\n- السعودية: 210\n\nوبلغت الواردات كلها 1000 ألف طن."
    assert "arithmetic-total" not in kinds(text)


# -- counted lists: numbered items in brackets, a partitive with a pronoun ----------------------------------------------

def test_a_count_against_its_items_numbered_in_brackets():
    text = "وتقترح الدراسة {n} إجراءات:\n(١) تدريب الفنيين المحليين.\n(٢) تمويل الصيانة سنوياً.\n(٣) نشر العقود كاملة.\n"
    assert "count-mismatch" in kinds(text.format(n="أربعة"))
    assert "count-mismatch" not in kinds(text.format(n="ثلاثة"))


def test_a_partitive_with_a_pronoun_counts_the_items_listed():
    text = "وشارك الطبيب في {n} من بعثاتها: الثانية والخامسة والسادسة."
    assert "count-mismatch" in kinds(text.format(n="أربع"))
    assert "count-mismatch" not in kinds(text.format(n="ثلاث"))


# -- false alarms of heldout22, each a construction ----------------------------------------------------------------------

def test_a_share_is_said_of_the_nearer_figure_that_gives_it():
    # the engineers and the medics are parts of the unit whose total the share is said of
    text = ("أرسلت الدولة عام 2016 كتيبة قوامها 600 جندي، وأضافت إليها لاحقاً 250 من المهندسين و100 من المسعفين، "
            "فبلغت وحدتها 950 جندياً، أي {p} بالمئة من 19 ألف جندي في البعثة.")
    assert "arithmetic-share" not in kinds(text.format(p="5"))
    assert "arithmetic-share" in kinds(text.format(p="7"))


@pytest.mark.parametrize("word", ["أحد", "إحدى", "واحد", "معظم"])
def test_a_quantity_word_is_no_name(word):
    # «حيدر الساعدي، أحد خريجي المنصة» (one of): a quantity before its noun, never a name, so that «أحد» and the
    # «احد» of «واحد» are not one name written two ways
    from tahqiq.checks.namespell import _name_word
    from tahqiq.text.normtext import fold

    assert not _name_word(fold(word))


# -- a total of one year named by its relative word alone ----------------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("وبلغت إيرادات الرسوم في الميناء العام الماضي 720 مليون دينار، بمعدل {r} مليون دينار شهرياً.", "60", "72"),
    ("واستقبل المتحف هذا العام 156 ألف زائر، بمعدل {r} آلاف زائر أسبوعياً.", "3", "4"),
])
def test_a_total_of_the_year_named_as_an_adverb(text, right, wrong):
    assert "arithmetic-rate" in kinds(text.format(r=wrong))
    assert "arithmetic-rate" not in kinds(text.format(r=right))


# -- a term from now closed by the year it ends --------------------------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("أعلنت الهيئة اليوم طرح صكوك بقيمة 900 مليون دولار لأجل سبع سنوات تنتهي عام {y}.", "2032", "2034"),
    ("ووقّعت الشركة اليوم عقد إيجار لمدة عشر سنوات ينتهي في عام {y}.", "2035", "2031"),
])
def test_a_term_from_today_closed_by_its_year(text, right, wrong):
    assert "duration-mismatch" in kinds(DATELINE + text.format(y=wrong))
    assert "duration-mismatch" not in kinds(DATELINE + text.format(y=right))


def test_a_term_counted_from_a_date_of_its_sentence_is_not_from_today():
    # the sentence dates the start itself: durations' rule, not the present's
    text = DATELINE + "وذكّر الوزير اليوم بأن الشركة وقّعت عام 2021 عقداً لمدة عشر سنوات ينتهي عام 2031."
    assert "duration-mismatch" not in kinds(text)
