"""Session 27's rules, each a construction of the language with its own cases (new subjects and wordings: none is a
sentence of the texts the rules were read from). A faulty case must raise its kind, its twin must stay quiet.

* gaps to the present: «… في حزيران 2023 …، وها نحن بعد ثلاثة أعوام» against a present of November 2025 is two years:
  a gap is the whole years passed or the nearest year, never the next one up;
* a length of time is no figure of what is counted («أي ثلاثة أضعاف في ست سنوات، قبل أن ينخفض إلى 27 ألفاً»);
* «… من A إلى B، وأن X لم يتجاوز P%» (and "and that …"): a second reported clause, not the rate of the pair;
* a share «من المجموع» of parts stated before is a share of their sum;
* an acronym whose domain moves a block of its letters to the end («MCTA», «tamc.org») is one name;
* a date inside a quoted title («نشرة التجارة، أيلول 2024») is not the source's date;
* a forecast's verb may stand several words before «أن» («تتوقع الهيئة العامة للموانئ البحرية أن …»);
* a whole that closes another share's «من …» is that share's whole;
* «… و700 في حزيران 2026، و300 في تشرين الأول 2026، أي بعد أحد عشر شهراً من توقيع الاتفاق»: a gap that names what it
  counts from is not counted from a sibling item of a dated list;
* «… عام 1950، أي قبل وفاته بعشر سنوات، ورحل عن سبعين عاماً»: the age at death is of the death, not of the date before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def found(text: str, form: str = "plain") -> list:
    doc = Document(path=Path("a.md" if form == "markdown" else "a.txt"), raw=text, form=form)
    return checks.run(gather([doc]))


def kinds(text: str, form: str = "plain") -> list[str]:
    return [f.kind for f in found(text, form)]


# -- gaps to the present ---------------------------------------------------------------------------------------------

VISIT = ("عمّان، الأربعاء 12 تشرين الثاني 2025\n\n"
         "وقالت وزيرة النقل في مؤتمر صحفي عقب الافتتاح: «حين زرت ورش الشركة في مدينة ووهان في حزيران 2023 وعدت "
         "السائقين بحافلات كهربائية، {w} بعد {n} نسلّمهم المفاتيح».")


@pytest.mark.parametrize("w", ["وها نحن", "واليوم"])
@pytest.mark.parametrize("n, faulty", [("ثلاثة أعوام", True), ("عامين", False)])
def test_a_gap_to_the_present_is_not_rounded_up(w, n, faulty):
    assert ("duration-mismatch" in kinds(VISIT.format(w=w, n=n))) is faulty


def test_a_gap_to_the_present_may_count_whole_years():
    text = ("الرباط، الخميس 16 أكتوبر 2025\n\n"
            "قال مدير المحطة: «شغّلنا التوربين الأول في يناير 2017، وبعد ثماني سنوات ما زال يعمل بكامل طاقته».")
    assert "duration-mismatch" not in kinds(text)


# -- a length of time among counts -----------------------------------------------------------------------------------

VISITORS = ("قدّرت البلدية عدد الزوار الأجانب بنحو 12 ألفاً عام 2010، وارتفع العدد إلى 36 ألفاً عام 2016، أي ثلاثة أضعاف "
            "في ست سنوات، قبل أن ينخفض إلى 27 ألفاً عام 2022، أي بنسبة {p} بالمائة، بعد إغلاق المطار القديم.")


@pytest.mark.parametrize("p, faulty", [("25", False), ("40", True)])
def test_a_length_of_time_is_no_start_of_a_count(p, faulty):
    assert ("arithmetic-growth" in kinds(VISITORS.format(p=p))) is faulty


# -- a second reported clause ----------------------------------------------------------------------------------------

def test_a_rate_in_a_second_reported_clause_is_not_the_pairs():
    en = ("Abstract: The study finds that grain exports rose from 2.0 million tonnes in 2015 to 5.0 million tonnes in "
          "2023, a rise of 150 percent, and that the port handled only 41.2 percent of them.")
    ar = ("الملخص: تبيّن الدراسة أن صادرات الحبوب ارتفعت من 2.0 مليون طن عام 2015 إلى 5.0 ملايين طن عام 2023، وأن "
          "الميناء لم يتعامل إلا مع 41.2 بالمئة منها.")
    assert "arithmetic-growth" not in kinds(en)
    assert "arithmetic-growth" not in kinds(ar)


def test_a_wrong_rate_of_the_pair_is_still_read():
    en = "The study finds that grain exports rose from 2.0 million tonnes in 2015 to 5.0 million tonnes in 2023, a rise of 120 percent."
    assert "arithmetic-growth" in kinds(en)


# -- a share of the sum ------------------------------------------------------------------------------------------------

LOANS = ("يتكون تمويل المرفأ من قرضين: قرض ميسر بقيمة 1.5 مليار دولار بفائدة 1 بالمئة، وقرض تجاري بقيمة 2.5 مليار دولار "
         "بفائدة متغيرة، فيمثل القرض الميسر {p} بالمئة من المجموع.")


@pytest.mark.parametrize("p, faulty", [("37.5", False), ("45", True)])
def test_a_share_of_the_sum_of_the_parts(p, faulty):
    assert ("arithmetic-share" in kinds(LOANS.format(p=p))) is faulty


# -- an acronym in another word order -------------------------------------------------------------------------------

def test_an_acronym_rotated_in_its_domain_is_one_name():
    text = ("وتقدّر وكالة تنسيق الممر الأوسط (MCTA) أن ثلث الحاويات يعبر إلى دول الجوار، بحسب موقعها "
            "https://www.tamc.org/reports/2024 الذي يجمع بيانات الموانئ.")
    assert "name-variant" not in kinds(text)


# -- a date in a quoted title ----------------------------------------------------------------------------------------

NOTE = ("ارتفعت صادرات البلاد من التمور إلى روسيا عام 2024 إلى 18 ألف طن(1).\n\nالهوامش\n"
        "(1) الديوان الوطني للإحصاء، «نشرة التجارة الخارجية، أيلول 2024»، 14 تشرين الأول 2024، "
        "https://www.ons.dz/{url}/bulletin/، تاريخ الاطلاع: 2 كانون الثاني 2025.\n")


@pytest.mark.parametrize("url, faulty", [("2024/10/14", False), ("2024/12/14", True)])
def test_a_date_inside_a_quoted_title_is_not_the_sources(url, faulty):
    assert ("citation-url-date" in kinds(NOTE.format(url=url))) is faulty


# -- a forecast with a long subject -----------------------------------------------------------------------------------

def test_a_forecast_whose_subject_is_a_long_name():
    text = ("**الدوحة — 3 سبتمبر 2025**\n\n"
            "تتوقع الهيئة العامة للموانئ البحرية أن يبلغ عدد الحاويات 4 ملايين حاوية عام 2028[^1]، أي بزيادة كبيرة.\n\n"
            "[^1]: الهيئة العامة للموانئ البحرية، «آفاق الموانئ»، 12 يوليو 2025، https://www.ports.example/outlook\n")
    assert "citation-before-event" not in kinds(text, "markdown")


# -- a whole that is another share's ----------------------------------------------------------------------------------

def test_a_whole_closing_another_share_is_that_shares():
    text = ("وأوضح المرصد أن هذه الكمية، التي تمثل 5 بالمائة من إجمالي صادرات البلاد من التمور البالغة 200 ألف طن، "
            "توزعت بين 6 آلاف طن من التمور المعبأة (60 بالمائة) و4 آلاف طن من التمور السائبة.")
    assert not {"arithmetic-share-whole", "arithmetic-share"} & set(kinds(text))


# -- a gap that names its origin, after a dated list ------------------------------------------------------------------

SHIPMENTS = ("بغداد، الاثنين 10 تشرين الثاني 2025\n\nوقّعت الوزارة اليوم اتفاقاً لتوريد 1500 حافلة.\n"
             "تصل الحافلات على ثلاث شحنات: 500 حافلة في آذار 2026، و700 في حزيران 2026، و300 في تشرين الأول 2026، أي "
             "بعد أحد عشر شهراً من توقيع الاتفاق.")


def test_a_gap_named_from_an_event_is_not_counted_from_a_list_sibling():
    assert "duration-mismatch" not in kinds(SHIPMENTS)


def test_a_gloss_counted_from_the_date_before_is_still_read():
    text = "افتتح المصنع في آذار 2026، وبدأ التصدير منه في تشرين الأول 2026، أي بعد أربعة أشهر."
    assert "duration-mismatch" in kinds(text)


# -- an age at death after a date of another event -------------------------------------------------------------------

ORIENTALIST = ("وحمل المستشرق فاسيلي بارتولد (1890-1960) هذا العلم، ووضع كتابه الأشهر عام 1950، أي قبل وفاته بعشر سنوات، "
               "ورحل عن {n} عاماً.")


@pytest.mark.parametrize("n, faulty", [("سبعين", False), ("ثمانين", True)])
def test_an_age_at_death_in_its_own_clause(n, faulty):
    assert ("age-mismatch" in kinds(ORIENTALIST.format(n=n))) is faulty


# -- a count before a partitive pronoun --------------------------------------------------------------------------------

def test_a_four_digit_count_before_a_partitive_pronoun():
    from tahqiq.checks.arithmetic import figures_of

    text = "شمل الاستطلاع 3000 طالب في الجامعات الثلاث، وقال 1240 منهم إنهم يفضلون الدراسة في الصين."
    tf = list(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))[0]
    assert 1240 in [g.value for g in figures_of(tf)]
    faulty = "شمل الاستطلاع 3000 طالب في الجامعات الثلاث، وقال 1240 منهم (45%) إنهم يفضلون الدراسة في الصين."
    assert "arithmetic-share-whole" in kinds(faulty)
    assert "arithmetic-share-whole" not in kinds(faulty.replace("45%", "41.3%"))


# -- a holder's share of the list its figure is an item of --------------------------------------------------------------

CARGO = ("وتوزعت صادرات الميناء عام 2024 على ثلاث سلع: الفوسفات 3.0 ملايين طن، والحبوب 1.5 مليون طن، والأسمدة 0.5 مليون "
         "طن، فاستأثر الفوسفات بـ{p} بالمئة والحبوب بـ30 بالمئة.")


@pytest.mark.parametrize("p, faulty", [("60", False), ("70", True)])
def test_a_holders_share_of_its_list(p, faulty):
    assert ("arithmetic-share" in kinds(CARGO.format(p=p))) is faulty


# -- a change said again as a multiple before its rate ----------------------------------------------------------------

@pytest.mark.parametrize("p, faulty", [("200", False), ("300", True)])
def test_a_rate_after_a_multiple_of_a_from_to_pair(p, faulty):
    text = (f"وقد ارتفع عدد طلاب اللغة الصينية من 1.5 ألف عام 2020 إلى 4.5 آلاف عام 2024، أي ثلاثة أضعاف، بزيادة {p} "
            "بالمئة.")
    assert ("arithmetic-growth" in kinds(text)) is faulty


@pytest.mark.parametrize("p, faulty", [("200", False), ("250", True)])
def test_a_rate_after_a_multiple_and_its_span(p, faulty):
    text = (f"صدّر الميناء 2 مليون طن عام 2017، ثم 6 ملايين طن عام 2023، أي ثلاثة أضعاف في ست سنوات، بزيادة {p} بالمئة.")
    assert ("arithmetic-growth" in kinds(text)) is faulty


@pytest.mark.parametrize("p, faulty", [("100", False), ("50", True)])
def test_doubled_is_a_verb_of_rise(p, faulty):
    text = f"أما المسافرون فتضاعف عددهم من 2.1 مليون عام 2019 إلى 4.2 مليون عام 2024، بزيادة {p} بالمئة."
    assert ("arithmetic-growth" in kinds(text)) is faulty


# -- a breakdown after a colon: parts written in full, a part's share, a clause of contrast after -----------------------

LIBRARY = "تضم المكتبة اليوم 12 ألف مخطوطة: 7500 في القاهرة، أي 62.5 بالمئة، و3000 في الإسكندرية، و{n} في أسوان."


@pytest.mark.parametrize("n, faulty", [("1500", False), ("2500", True)])
def test_bare_parts_written_in_full_with_a_share_between(n, faulty):
    assert ("arithmetic-total" in kinds(LIBRARY.format(n=n))) is faulty


EXPORTS = ("بلغت صادرات الشركة عام 2024 ما مجموعه 50 مليون دولار: {a} مليوناً إلى الصين (60 بالمئة) و20 مليوناً إلى روسيا، "
           "في حين بلغت وارداتها 80 مليون دولار.")


@pytest.mark.parametrize("a, faulty", [("30", False), ("35", True)])
def test_a_breakdown_ends_where_a_clause_of_contrast_begins(a, faulty):
    assert ("arithmetic-total" in kinds(EXPORTS.format(a=a))) is faulty


# -- a count against a list of figures closed by a clause ---------------------------------------------------------------

BUDGET = ("ورصدت الجمعية لمهرجانها المقبل 500 ألف درهم، تُوزع على {n} بنود: 250 ألفاً للعروض، و150 ألفاً للضيافة، "
          "و100 ألف للدعاية، فيستأثر بند العروض وحده بنصف المبلغ.")
DELIVERIES = ("تصل الحافلات على {n} دفعات: 500 حافلة في آذار 2026، و700 في حزيران 2026، و300 في تشرين الأول 2026، أي "
              "قبل نهاية العام المقبل.")


@pytest.mark.parametrize("template", [BUDGET, DELIVERIES])
@pytest.mark.parametrize("n, faulty", [("ثلاثة", False), ("أربعة", True)])
def test_a_list_of_figures_ends_where_a_clause_opens(template, n, faulty):
    n = n if template is BUDGET else {"ثلاثة": "ثلاث", "أربعة": "أربع"}[n]
    assert ("count-mismatch" in kinds(template.format(n=n))) is faulty


def test_a_quantity_in_thousands_announces_no_list():
    text = "تضم المكتبة اليوم 12 ألف مخطوطة: 7500 في القاهرة، و3000 في الإسكندرية، و1500 في أسوان."
    assert "count-mismatch" not in kinds(text)


# -- a verb of order's lapse, as a bound -------------------------------------------------------------------------------

@pytest.mark.parametrize("lapse, faulty", [("بأقل من عام", False), ("بأكثر من عامين", True), ("بنحو عام", False)])
def test_a_lapse_said_as_a_bound_after_a_verb_of_order(lapse, faulty):
    text = (f"بدأت الصلة ببروتوكول للتبادل الثقافي وُقّع عام 1961، وهو بروتوكول سبق افتتاح القنصلية في حلب في مارس 1962 "
            f"{lapse}.")
    assert ("order-word-contradiction" in kinds(text)) is faulty


# -- a preposition of order with its own lapse -------------------------------------------------------------------------

RECOGNITION = ("تعود صلة البلدين إلى آذار 1956، حين افتتحت القاهرة قنصلية في بكين، {w} إعلان الوحدة يوم السبت 22 شباط 1958 "
               "{lapse}. غير أن التبادل الواسع لم يبدأ إلا لاحقاً.")


@pytest.mark.parametrize("w, lapse, faulty", [
    ("قبل", "بنحو عامين", False),
    ("قبل", "بعامين", False),
    ("قبل", "بخمس سنوات", True),
    ("بعد", "بعامين", True),
    ("قبل", "بأقل من عام", True),
])
def test_a_preposition_of_order_with_its_lapse(w, lapse, faulty):
    assert ("order-word-contradiction" in kinds(RECOGNITION.format(w=w, lapse=lapse))) is faulty


def test_a_preposition_of_order_without_a_lapse_is_left_to_the_other_rules():
    text = "افتتحت القاهرة قنصلية في بكين في آذار 1956، قبل إعلان الوحدة يوم السبت 22 شباط 1958، وتوسع التبادل بعدها."
    assert "order-word-contradiction" not in kinds(text)


# -- a date glossed by the months from the text's day; a season reached by a length -------------------------------------

OFFICE = ("الرباط، الثلاثاء 18 نوفمبر 2025\n\nويتوقع المكتب أن يُفتتح في جوان 2026 فرع للترويج في قوانغتشو، أي بعد {n} أشهر "
          "من اليوم.")


@pytest.mark.parametrize("n, faulty", [("سبعة", False), ("ستة", False), ("عشرة", True)])
def test_a_date_glossed_by_months_from_the_texts_day(n, faulty):
    assert ("duration-mismatch" in kinds(OFFICE.format(n=n))) is faulty


PROCEEDINGS = ("قازان، الخميس 4 كانون الأول 2025\n\nونأمل أن ننشر أعمال الندوة قبل نهاية آذار 2026، أي خلال أقل من {n} "
               "أشهر.")


@pytest.mark.parametrize("n, faulty", [("أربعة", False), ("ثلاثة", True)])
def test_a_deadline_within_less_than_months(n, faulty):
    assert ("duration-mismatch" in kinds(PROCEEDINGS.format(n=n))) is faulty


SEASON = ("صفاقس، الأربعاء 19 نوفمبر 2025\n\nوتأمل التعاونيات أن ترفع حصة التمور المعبأة إلى النصف خلال {n}، أي بحلول "
          "موسم 2027/2028.")


@pytest.mark.parametrize("n, faulty", [("ثلاث سنوات", False), ("سنتين", False), ("ست سنوات", True)])
def test_a_length_reaching_a_season(n, faulty):
    assert ("duration-mismatch" in kinds(SEASON.format(n=n))) is faulty
