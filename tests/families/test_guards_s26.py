"""Families of constructions read in session 26 (heldout23's misses and false alarms, each generalised to its kind and
tested here on synthetic texts with other subjects and wordings, faulty and clean):

* the text's present: a broadcast's or an issue's date field («تاريخ البث: …، الساعة …»، «تاريخ الإصدار: …») is a
  publication cue, and a full date alone on one of the last lines, under a signature, is the date a letter or a
  statement was signed (extract/dates/inference.py); a field's label names no event (checks/ordering.py);
* gaps to the present: «وبعد N سنوات نستقبل اليوم …» (today after the gap), «وها هي بعد N سنوات …» (a presentative),
  «وبعد N سنوات صار …» (what has happened cannot end after the present); a year of birth before a quotation is not
  the time of its speaking (checks/presentgaps.py);
* lengths: «خلال N سنوات، أي بحلول عام Y» counted from the year before it in the sentence; a span between two months
  glossed by its length in years and months («من أفريل 1984 إلى أوت 1989، أي خمس سنوات وأربعة أشهر»); «Y/Y+1» is one
  season, not two years (checks/durations.py); a start verb and an end verb in the past («بدأت … وانتهت …») close a
  stretch of days (lang/durations.yml, checks/lengths.py);
* a verb of preceding or following whose subject is a pronoun of what the sentence dated before («، وهو اتفاق سبق
  … في مايو 1956 بأقل من عام»), with its lapse (checks/orderverbs.py);
* shares: a length of time framing a clause is no whole («حصة … 40% خلال خمس سنوات»); a pronoun's fraction may be of
  the whole the sentence's parts make up (checks/shareforms.py, checks/sharewords.py);
* counts: a list's item that opens with a count of its own is another group («وثلاثة أبناء: …، وسبعة أحفاد»;
  checks/counts.py); a count of points against the paragraphs that take them up in turn («أولاً … ثانياً …»;
  checks/ordinalpoints.py);
* breakdowns: parts whose unit is elided («والهند 30 ألفاً»), the number of parts before a colon, a list closed by
  «وسائر …» (checks/parts.py, checks/breakdown.py); the lines of a list with their shares (checks/sharepairs.py);
* a change across the whole of a share said between its terms (checks/change.py); a peak dated against its series
  (checks/peaks.py); a bare number shared out over each head («بواقع 300 من كل محافظة»; checks/averages.py); the
  speaker's age said of today («عمري اليوم»; lang/ages.yml).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def facts(text: str, form: str = "plain"):
    return gather([Document(path=Path("a.md" if form == "markdown" else "a.txt"), raw=text, form=form)])


def found(text: str, form: str = "plain") -> list:
    return checks.run(facts(text, form))


def kinds(text: str, form: str = "plain") -> list[str]:
    return [f.kind for f in found(text, form)]


def anchor(text: str) -> str:
    tf = list(facts(text))[0]
    return str(tf.dates.attrs.get("anchor"))


GAP = ("duration-mismatch", "order-word-contradiction")


def gap_found(text: str) -> bool:
    return any(k in GAP for k in kinds(text))


# -- the text's present ------------------------------------------------------------------------------------------------

BROADCAST = ("بودكاست «ذاكرة الأرشيف» - الحلقة 40\n"
             "تاريخ البث: الخميس 6 آذار 2025، الساعة الثامنة مساءً بتوقيت دمشق\n\n"
             "الضيف: أعمل في أرشيف الدولة منذ عام 1989، أي منذ {n} عاماً، ولم أغادره إلا في سفرة قصيرة عام 1994.")
ISSUE = ("نشرة «المرفأ» الشهرية\ntاريخ الإصدار: السبت 1 شباط 2025\n\n"
         "وتعمل الشركة في ميناء طرطوس منذ عام 2005، أي منذ {n} عاماً، وقد وسّعت رصيفها عام 2012.").replace("\nt", "\n")
LETTER = ("السيد رئيس تحرير صحيفة «الرأي الاقتصادي»، تحية طيبة،\n\n"
          "قرأت ما نشرتموه عن تجارة الصوف مع الصين، وأنا أعمل في هذه التجارة منذ عام 1998، أي منذ {n} عاماً، "
          "وأرجو تصحيح ما ورد فيه.\n\nمع التقدير،\nسالم بن عمر\nتاجر صوف - صفاقس\nالثلاثاء 14 أكتوبر 2025\n")


@pytest.mark.parametrize("text, wrong, right", [(BROADCAST, "ستة وعشرين", "ستة وثلاثين"),
                                                 (ISSUE, "عشرة", "عشرين"),
                                                 (LETTER, "سبعة عشر", "سبعة وعشرين")])
def test_a_gap_from_the_present_of_a_field_or_a_signature(text, wrong, right):
    assert gap_found(text.format(n=wrong))
    assert not gap_found(text.format(n=right))


def test_a_signed_date_is_the_texts_present():
    assert "publication cue" in anchor(LETTER.format(n="سبعة وعشرين"))
    assert "14 أكتوبر 2025" in anchor(LETTER.format(n="سبعة وعشرين"))


def test_a_sentence_wrapped_onto_a_last_line_with_its_date_signs_nothing():
    text = ("بغداد - الاثنين 3 مارس 2025 - (وكالة الرافدين)\n\n"
            "أعلنت الوزارة اليوم أن المحطة ستدخل الخدمة العام المقبل، بعد أن تسلمت شحنة معداتها الأولى يوم\n"
            "الأربعاء 12 أبريل 2023.\n")
    a = anchor(text)
    assert "3 مارس 2025" in a and "dateline" in a


def test_a_fields_label_names_no_event():
    text = ("منصة «سوق الشرق»\nتاريخ الإطلاق: الأحد 9 مارس 2025\n\n"
            "أطلقت الشركة تطبيقها الثاني يوم 4 مايو 2019، أي بعد سبع سنوات من إطلاق موقعها الإلكتروني.")
    assert "order-word-contradiction" not in kinds(text)


# -- gaps to the present -----------------------------------------------------------------------------------------------

TODAY_AFTER = ("طرابلس، 20 أكتوبر 2025\n\nوقالت مديرة المشروع، المولودة عام 1975، في حفل الافتتاح: \"حين وضعنا حجر "
               "الأساس في أيار 2021 كانت الأرض رملاً، وبعد {n} نفتتح اليوم المستشفى\".")
PRESENTATIVE = ("نواكشوط، 2 ديسمبر 2025\n\nوكتب المحرر: \"توقعت في شباط 2013 ألا تعمر هذه الشراكة طويلاً، وها هي بعد "
                "{n} تزداد متانة\".")
BECAME = ("الدوحة، 5 نوفمبر 2025\n\nويقول المستورد: \"حين جربنا الأرز الصيني في يونيو 2020 كان سلعة هامشية، وبعد {n} "
          "صار يملأ نصف مخازننا\".")


@pytest.mark.parametrize("text, wrong, right", [
    (TODAY_AFTER, "سنتين", "أربع سنوات"),
    (PRESENTATIVE, "سبع سنوات", "اثنتي عشرة سنة"),
    (BECAME, "سبع سنوات", "ثلاث سنوات"),
])
def test_a_gap_to_the_present(text, wrong, right):
    assert gap_found(text.format(n=wrong))
    assert not gap_found(text.format(n=right))


def test_what_became_so_earlier_than_the_present_is_quiet():
    # two years after June 2020 is before the present: a past event, not the present itself
    assert not gap_found(BECAME.format(n="عامين"))


# -- lengths -----------------------------------------------------------------------------------------------------------

BY_YEAR = "وأقرت الحكومة عام 2011 خطة للتخلي عن الفحم في محطات الكهرباء خلال {n}، أي بحلول عام 2020، حمايةً للهواء."


def test_a_length_glossed_by_its_end_year_counts_from_the_year_before_it():
    assert "duration-mismatch" in kinds(BY_YEAR.format(n="ست سنوات"))
    assert "duration-mismatch" not in kinds(BY_YEAR.format(n="تسع سنوات"))


MONTH_SPANS = [
    ("وعمل ملحقاً تجارياً في طوكيو من مارس 2001 إلى نوفمبر 2005، أي {n}، ثم عاد إلى الرباط.",
     "أربع سنوات وثمانية أشهر", "أربع سنوات وأربعة أشهر"),
    ("أقامت البعثة في كازان من تشرين الأول 1992 حتى نيسان 1996، أي {n}، قبل أن تنتقل إلى موسكو.",
     "ثلاث سنوات ونصفاً", "خمس سنوات ونصفاً"),
    ("وتولت إدارة الفرع من يناير 2010 إلى أكتوبر 2015، أي نحو {n}، ثم تقاعدت.", "ست سنوات", "تسع سنوات"),
    ("عمل في الميناء من 2 فبراير 2016 حتى 20 مايو 2019، أي {n}.", "ثلاث سنوات وثلاثة أشهر", "أربع سنوات وثلاثة أشهر"),
]


@pytest.mark.parametrize("text, right, wrong", MONTH_SPANS)
def test_a_span_between_two_months_glossed_by_its_length(text, right, wrong):
    assert "duration-mismatch" in kinds(text.format(n=wrong))
    assert "duration-mismatch" not in kinds(text.format(n=right))


def test_whole_years_are_a_length_rounded_to_the_year():
    assert "duration-mismatch" not in kinds("عمل مراسلاً في بكين من سبتمبر 2012 إلى يونيو 2018، أي ست سنوات، ثم عاد.")


def test_two_years_joined_by_a_slash_are_one_season():
    text = ("هبط إنتاج المزرعة إلى 40 ألف طن في 2015/2016، ثم ارتفع حتى بلغ 90 ألف طن في 2022/2023، أي أنه تضاعف "
            "خلال سبع سنوات.")
    assert "duration-mismatch" not in kinds(text)


DAYS = ("معرض تجول في المدن الصينية، افتتح يوم الخميس 6 نوفمبر 2025، واختتم يوم الأحد 14 ديسمبر 2025، أي أنه "
        "استمر {n} يوماً.")


def test_a_stretch_of_days_closed_by_a_past_end_verb():
    assert "duration-mismatch" in kinds(DAYS.format(n="تسعة وأربعين"))
    assert "duration-mismatch" not in kinds(DAYS.format(n="تسعة وثلاثين"))


# -- a verb of order with a pronoun subject ----------------------------------------------------------------------------

PRONOUN_VERB = ("وتعود الصلة إلى بروتوكول ثقافي وُقّع في خريف 1962، وهو بروتوكول {v} افتتاح السفارة في العاصمة في "
                "فبراير 1964{lapse}.")


@pytest.mark.parametrize("verb, lapse, faulty", [
    ("سبق", " بأكثر من ثلاث سنوات", True),
    ("سبق", " بنحو عام ونصف", False),
    ("سبق", " بأربع سنوات", True),
    ("سبق", " بعام ونصف", False),
    ("سبق", " بأقل من عامين", False),
    ("تلا", "", True),
    ("سبق", "", False),
])
def test_a_verb_of_order_whose_subject_is_a_pronoun(verb, lapse, faulty):
    text = PRONOUN_VERB.format(v=verb, lapse=lapse)
    assert ("order-word-contradiction" in kinds(text)) is faulty


# -- shares --------------------------------------------------------------------------------------------------------------

def test_a_length_framing_a_clause_is_no_whole():
    text = ("واستغرق بناء الرصيف ثلاث سنوات.\n\nوتوصي الدراسة بألا تتجاوز حصة مصدر واحد من واردات الحبوب 40% خلال "
            "خمس سنوات.")
    assert "arithmetic-share-whole" not in kinds(text)


def test_a_pronouns_fraction_of_the_parts_the_sentence_lists():
    text = "ويضم الأسطول 30 سفينة حاويات و20 ناقلة، وبُني ثلثاها في كوريا، أي 33 سفينة."
    assert "arithmetic-share-whole" not in kinds(text)


# -- counts ----------------------------------------------------------------------------------------------------------------

def test_an_item_with_a_count_of_its_own_is_another_group():
    assert "count-mismatch" not in kinds("وتخلّف الراحلة زوجها وولدين: سامي ورنا، وخمسة أحفاد.")
    assert "count-mismatch" in kinds("وتخلّف الراحلة زوجها وثلاثة أولاد: سامي ورنا، وخمسة أحفاد.")


# -- breakdowns ------------------------------------------------------------------------------------------------------

ELIDED = ("وبلغ مجموع ما صدّرته التعاونية هذا الموسم {w} ألف طن من التمور، توزعت على النحو الآتي: فرنسا 14 ألف طن، "
          "وماليزيا 9 آلاف، وإندونيسيا 7 آلاف، وتركيا 6 آلاف، وأسواق أخرى 4 آلاف.")
ELIDED_ACC = ("وظل الأردن أكبر أسواقنا، إذ بلغ مجموع صادرات الزيت في العام نفسه {w} ألف طن، توزعت على النحو الآتي: "
              "الأردن 42 ألف طن، ولبنان 25 ألفاً، وفلسطين 16 ألفاً، والعراق 11 ألفاً، وأسواق أخرى 6 آلاف.")


@pytest.mark.parametrize("text, right, wrong", [(ELIDED, "40", "46"), (ELIDED_ACC, "100", "120")])
def test_parts_whose_unit_is_elided_break_their_whole_down(text, right, wrong):
    assert "arithmetic-parts" in kinds(text.format(w=wrong))
    assert "arithmetic-parts" not in kinds(text.format(w=right))


COUNTED = ("وارتفع عدد الزوار حتى بلغ 250 ألف زائر في 2024، أي أنه تضاعف خلال خمس سنوات، لكنه ظل دون 40 في المائة "
           "من طاقة المتحف. ويتوزع زوار 2024 على ثلاث فئات: الطلاب 120 ألف زائر، والسياح الأجانب {n} ألفاً، "
           "والمقيمون 50 ألفاً.")


def test_a_distribution_announcing_its_number_of_parts_before_a_colon():
    assert "arithmetic-parts" in kinds(COUNTED.format(n="60"))
    assert "arithmetic-parts" not in kinds(COUNTED.format(n="80"))


REST = ("وصدر التقرير في 300 صفحة، خص منها الزراعة بـ120 صفحة، والصناعة بـ100 صفحة، والتجارة وسائر القطاعات بـ{n} "
        "صفحة.")


def test_parts_after_of_which_closed_by_all_the_others():
    assert "arithmetic-parts" in kinds(REST.format(n="60"))
    assert "arithmetic-parts" not in kinds(REST.format(n="80"))


BULLETS = ("توزعت صادرات الفوسفات عام 2024 على أربع وجهات:\n"
           "• الهند: 3.6 مليون طن (45%).\n"
           "• البرازيل: 2 مليون طن (25%).\n"
           "• إندونيسيا: 1.6 مليون طن ({p}%).\n"
           "• أسواق أخرى: 0.8 مليون طن (10%).\n")
GLOSSED = ("وتتوزع الواردات على ثلاثة أصناف:\n\n"
           "- **البن العربي**: 36 ألف طن، أي {p} بالمائة.\n"
           "- **البن الروبوستا**: 18 ألف طن، أي 30 بالمائة.\n"
           "- **أصناف أخرى**: 6 آلاف طن، أي 10 بالمائة.\n")


@pytest.mark.parametrize("text, right, wrong", [(BULLETS, "20", "26"), (GLOSSED, "60", "66")])
def test_the_lines_of_a_list_with_their_shares_give_one_whole(text, right, wrong):
    assert "arithmetic-share-whole" in kinds(text.format(p=wrong))
    assert "arithmetic-share-whole" not in kinds(text.format(p=right))


# -- a peak against its series ------------------------------------------------------------------------------------------

SERIES = ("وارتفع عدد الحجاج القادمين من تتارستان من 900 حاج عام 2019، إلى 1400 عام 2022، و2100 عام 2023، ثم تراجع إلى "
          "1800 عام 2024. وبلغ العدد ذروته عام {y} بفضل الرحلات المباشرة.")


def test_a_peak_dated_against_its_series():
    assert "event-date-conflict" in kinds(SERIES.format(y="2022"))
    assert "event-date-conflict" not in kinds(SERIES.format(y="2023"))


def test_a_trough_and_a_year_outside_the_series():
    text = ("سجلت الصادرات 45 مليون دولار عام 2020، و38 مليوناً عام 2021، و52 مليوناً عام 2022. "
            "وكانت قد سجلت أدنى مستوى لها عام {y}.")
    assert "event-date-conflict" in kinds(text.format(y="2020"))
    assert "event-date-conflict" not in kinds(text.format(y="2021"))
    assert "event-date-conflict" not in kinds(text.format(y="2015"))  # another time than the series'


# -- a change across the whole of a share ---------------------------------------------------------------------------

def test_a_change_across_the_whole_of_a_share_said_between_its_terms():
    text = ("واستقبل المطار الجديد 42 مليون مسافر عام 2024 من أصل 120 مليون مسافر عبروا مطارات البلاد، أي 35 في المائة، "
            "مقابل 35 مليون مسافر عام 2023، بزيادة {p} في المائة.")
    assert "arithmetic-growth" in kinds(text.format(p="16.7"))
    assert "arithmetic-growth" not in kinds(text.format(p="20"))


# -- counts of points, shares out over each head, ages said of today -------------------------------------------------

POINTS = ("وأود أن أوضح {n} مسائل أغفلها التقرير.\n\n"
          "أولاً: لم يذكر التقرير أن المصنع افتتح عام 2019 بعد تأخير طويل.\n\n"
          "ثانياً: أغفل أن نصف العمال من أبناء المنطقة.\n\n"
          "ثالثاً: لم يشر إلى أن الإنتاج تضاعف منذ ذلك الحين.\n\n"
          "وفي الختام، أشكر لكم سعة صدركم.")


def test_a_count_of_points_against_the_ordinals_that_take_them_up():
    assert "count-mismatch" in kinds(POINTS.format(n="أربع"))
    assert "count-mismatch" not in kinds(POINTS.format(n="ثلاث"))


def test_ordinals_heading_sections_are_no_points():
    text = ("تربط الشبكة أربعة موانئ رئيسية.\n\nأولاً: العقد\nوقعت الشركة العقد عام 2022.\n\n"
            "ثانياً: الحمولات\nنقلت الشبكة ثلاثة ملايين طن.\n\nثالثاً: الركاب\nتبدأ رحلات الركاب العام المقبل.\n")
    assert "count-mismatch" not in kinds(text)


EACH = "وشمل المسح 1800 أسرة في {n} محافظات، بواقع 300 من كل محافظة."


def test_a_bare_number_shared_out_over_each_head():
    assert "arithmetic-rate" in kinds(EACH.format(n="خمس"))
    assert "arithmetic-rate" not in kinds(EACH.format(n="ست"))


AGE_TODAY = "بيروت، 4 أكتوبر 2025\n\nوقال الشاعر: أنا من مواليد 1961، أي أن عمري اليوم {n} عاماً، ولم أغادر المدينة."


def test_the_speakers_age_said_of_today():
    assert "age-mismatch" in kinds(AGE_TODAY.format(n="60"))
    assert "age-mismatch" not in kinds(AGE_TODAY.format(n="64"))
