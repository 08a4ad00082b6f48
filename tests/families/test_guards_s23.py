"""Families of constructions read in session 23 (heldout21's misses and false alarms, each generalised to its
kind and tested here on synthetic texts, faulty and clean):

* a date alone on its line heads the entry below it (a timeline's, a chronology's): the entry's first sentence is
  at that date, for a gap counted from an event («الأحد 9 آذار 2014⏎افتُتح الخط بعد نحو خمسة أشهر من توقيعه»,
  checks/eventgaps.py) and for a length closed by an end date («فامتدت ولايته ثماني سنوات حتى آذار 2022»,
  checks/spans.py), and the entry names the event the heading dates;
* a birth year is no start of a length (checks/spans.py);
* a closing formula at the head of one of a text's last lines («حُرر في الرباط يوم … الموافق 4 مايو 2024م»,
  "Done at …") dates the document itself (its inferred anchor), and a gap back from the present may gloss a date
  after its comma without «أي» («يوم الأحد 5 مارس 1989، قبل خمسة وثلاثين عاماً»);
* a colon after «P% من NOUN» opens a list, whose first amount is no base of the share (checks/arithmetic.py); a
  total glossed by its share of another whole before its colon still heads the list after it, and a colon after
  «لكل X» opens a rate, not parts;
* an amount added to another («تضاف إليها B، فبلغ T») against the result stated (checks/additions.py);
* «للبرميل» right after a price is that price's, not the next amount's (checks/scalecaps.py);
* a count whose listed items are counts of their own («سبعة خبراء: أربعة من تونس وثلاثة من عمّان») is their sum,
  not the number of items (checks/counts.py);
* a relative clause with its own verb between an event and a date dates another event («بعد ثلاث سنوات من هدم
  الجسر القديم الذي بُني سنة 1950», checks/gaps.py, checks/ordering.py);
* the verbs and nouns of discovery, proposal, joining and demolition tell one event (lang/order.yml), and a
  clause runs past a short bracketed aside («عثر الرحالة (1820-1880) على …»);
* «ثم» right before a date joins two times of one clause («في الأربعينيات (1946) ثم سنة 1952»).
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


# -- a date heading its entry ------------------------------------------------------------------------------

TIMELINE = """تسلسل زمني: خط السكك الحديدية بين المدينتين
آخر تحديث: الخميس 12 أيلول 2024

الاثنين 14 تشرين الأول 2013
وقّعت الحكومتان اتفاقية إنشاء الخط في العاصمة بحضور الوزراء.

الأحد 9 آذار 2014
افتُتحت أعمال الحفر بعد {gap} من توقيعها، بمشاركة ثلاث شركات.
"""


@pytest.mark.parametrize("gap, fault", [("نحو خمسة أشهر", False), ("خمسة أشهر", False), ("تسعة أشهر", True),
                                        ("عامين", True)])
def test_a_heading_date_dates_its_entry_for_a_gap_from_an_event(gap, fault):
    assert ("duration-mismatch" in kinds(TIMELINE.format(gap=gap))) is fault


SPAN = """تسلسل زمني للمجلس

الثلاثاء 15 آذار 2016
عقد المجلس أول اجتماع له، وانتُخب رئيسه الأول، المولود عام 1951، لولاية من أربع سنوات جُددت مرة واحدة، فامتدت ولايته {n} حتى آذار 2024.
"""


@pytest.mark.parametrize("n, fault", [("ثماني سنوات", False), ("ست سنوات", True), ("عشر سنوات", True)])
def test_a_heading_date_starts_a_length_closed_by_an_end_date(n, fault):
    assert ("duration-mismatch" in kinds(SPAN.format(n=n))) is fault


def test_a_birth_year_is_no_start_of_a_length():
    text = ("وانتُخب الدبلوماسي سالم الراشد، المولود عام 1948، رئيساً للهيئة، فامتدت رئاسته ثماني سنوات حتى "
            "كانون الثاني 2024.")
    assert "duration-mismatch" not in kinds(text)


def test_a_date_inside_a_paragraph_heads_nothing():
    text = ("وقّعت الحكومتان الاتفاقية يوم الاثنين 14 تشرين الأول 2013 في العاصمة.\n\n"
            "وافتُتحت أعمال الحفر بعد تسعة أشهر من توقيعها، بمشاركة ثلاث شركات.")
    f = facts(text)
    from tahqiq.checks.chronology import dated_mentions, heading_entry

    assert all(heading_entry(f.texts[0], m) is None for m in dated_mentions(f.texts[0]))


# -- a closing formula dates the document; a gap back from it after a comma -----------------------------------

CLOSING = """بيان مشترك بين المملكة المغربية وجمهورية الصين الشعبية

أولاً: استذكر الجانبان إقامة العلاقات بين البلدين يوم الأحد 1 نوفمبر 1958، قبل {n} عاماً، وأكدا عزمهما على تطويرها.

ثانياً: اتفق الجانبان على عقد الدورة المقبلة للجنة المشتركة يوم الثلاثاء 14 أبريل 2026 في بكين.

{closing} في الرباط يوم السبت 25 شوال 1445هـ الموافق 4 مايو 2024م، من نسختين أصليتين.
"""


@pytest.mark.parametrize("closing", ["حُرر", "صدر", "وُقّع"])
def test_a_closing_formula_dates_the_document(closing):
    anchor = facts(CLOSING.format(n="خمسة وستين", closing=closing)).texts[0].dates.attrs.get("anchor")
    assert anchor is not None and "2024-05-04" in str(anchor[1])


@pytest.mark.parametrize("n, fault", [("خمسة وستين", False), ("ستة وستين", False), ("خمسة وخمسين", True),
                                      ("سبعين", True)])
def test_a_gap_back_from_the_present_glosses_a_date_without_ai(n, fault):
    assert ("duration-mismatch" in kinds(CLOSING.format(n=n, closing="حُرر"))) is fault


def test_a_closing_cue_in_the_body_is_no_anchor():
    text = ("وقّع في الرباط يوم 4 مايو 2019 وزير الخارجية اتفاق التعاون، ثم بدأت المحادثات.\n\n"
            "ويتوقع الخبراء أن يُعقد الاجتماع المقبل في 2030، بعد مفاوضات طويلة، وأن تتوسع اللجنة.\n\n"
            "ونُشر التقرير بعد ذلك في المجلة، وقرأه كثيرون، وتناولته الصحف.\n\n"
            "وفي الختام قال الوزير إن المحادثات ستستمر طويلاً.")
    anchor = facts(text).texts[0].dates.attrs.get("anchor")
    assert anchor is None or "publication cue" not in str(anchor[1])


# -- a colon after a share's noun; a share gloss before a colon; a rate after «لكل» ---------------------------

SUBSCRIPTIONS = ("بلغت مساهمات الدول الخمس في الصندوق 4.6 مليار دولار، أي 9 بالمئة من رأس المال: المغرب 2.1 مليار "
                 "دولار، وتونس {b} مليار، والأردن 600 مليون، ولبنان 400 مليون، وموريتانيا 300 مليون.")


def test_a_colon_after_a_shares_noun_opens_a_list_not_its_base():
    ks = kinds(SUBSCRIPTIONS.format(b="1.2"))
    assert "arithmetic-share" not in ks and "count-mismatch" not in ks  # (nor is «9 بالمئة» a count of the list)


@pytest.mark.parametrize("b, fault", [("1.2", False), ("1.5", True), ("0.9", True)])
def test_a_total_glossed_by_its_share_still_heads_its_list(b, fault):
    assert ("arithmetic-total" in kinds(SUBSCRIPTIONS.format(b=b))) is fault


def test_a_colon_after_a_rate_word_opens_no_breakdown():
    text = ("واشترت الشركة في العام نفسه حصة 20% مقابل 600 مليون دولار، أي بالسعر نفسه لكل نقطة: 30 مليون دولار، ما "
            "يعني أن قيمة المشروع كله قُدّرت بـ3 مليارات دولار.")
    assert "arithmetic-total" not in kinds(text)


# -- an amount added to another ----------------------------------------------------------------------------

ADDED = [
    "دفعت الشركة 2.4 مليار دولار ثمناً للحصة، تضاف إليها 600 مليون دولار رسوماً سابقة، فبلغ ما دفعته {t} مليار دولار.",
    "تنتج المصفاة 320 ألف برميل يومياً، وطاقتها القصوى 500 ألف برميل يومياً. ويضاف إلى ذلك 130 ألف برميل يومياً "
    "من مصفاة أخرى، فيصبح المجموع {t} ألف برميل يومياً.",
]


@pytest.mark.parametrize("text", ADDED, ids=["same-sentence", "sentence-before"])
@pytest.mark.parametrize("ok", [True, False])
def test_an_amount_added_to_another(text, ok):
    t = ("3" if ok else "3.4") if "مليار" in text else ("450" if ok else "480")
    assert ("arithmetic-total" in kinds(text.format(t=t))) is not ok


def test_an_addition_without_a_result_word_says_nothing():
    text = "دفعت الشركة 2.4 مليار دولار، تضاف إليها 600 مليون دولار رسوماً، وذلك في عام 2020 الذي شهد 5 مليارات دولار."
    assert "arithmetic-total" not in kinds(text)


# -- a barrel's price before the cue -----------------------------------------------------------------------

def test_the_barrel_cue_after_a_price_is_that_prices():
    text = "وتبلغ الشحنات نحو 120 مليون برميل في السنة، وبسعر 70 دولاراً للبرميل تبلغ قيمتها 8.4 مليار دولار سنوياً."
    assert "arithmetic-magnitude" not in kinds(text)


def test_a_barrels_price_in_the_thousands_is_still_caught():
    assert "arithmetic-magnitude" in kinds("وارتفع سعر البرميل إلى 85 ألف دولار في السوق الآجلة.")


# -- items that are counts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, fault", [("أربعة", "وثلاثة", False), ("خمسة", "وثلاثة", True), ("3", "و4", False),
                                         ("اثنان", "واثنان", True)])
def test_items_that_are_counts_add_up(a, b, fault):
    text = f"ويتولى المراجعة فريق من سبعة خبراء: {a} من تونس {b} من عمّان، على أن يصدر التقرير في الخريف."
    ks = kinds(text)
    assert "count-mismatch" not in ks
    assert ("arithmetic-total" in ks) is fault


# -- a relative clause dates another event -----------------------------------------------------------------

@pytest.mark.parametrize("verb, flagged", [("بُني", False), ("شُيّد", False), ("هُدم", True)])
def test_a_relative_clause_with_another_verb_dates_another_event(verb, flagged):
    text = f"وافتُتح الجسر الجديد يوم 12 مايو 2016، بعد ثلاث سنوات من هدم الجسر القديم الذي {verb} سنة 1950."
    ks = kinds(text)
    assert ("duration-mismatch" in ks) is flagged


def test_a_relative_clause_telling_the_same_event_keeps_its_date():
    text = "ووقّعت الاتفاقية الثانية عام 2021، بعد عشر سنوات من توقيع الاتفاقية الأولى التي أُبرمت عام 2005."
    assert "duration-mismatch" in kinds(text)


# -- event verbs of discovery, proposal, joining; a clause past a bracketed aside ------------------------------

@pytest.mark.parametrize("told, noun", [("عثر الرحالة يوسف الخطيب (1820-1880) على المخطوطة", "اكتشاف المخطوطة"),
                                        ("اكتشف الباحثون المخطوطة", "اكتشاف المخطوطة"),
                                        ("انضمت الدولة إلى المنظمة", "انضمامها"),
                                        ("اقترح الوزير إنشاء الصندوق", "اقتراحه")])
@pytest.mark.parametrize("n, fault", [("إحدى وعشرين", False), ("إحدى عشرة", True)])
def test_an_event_told_by_its_verb_dates_its_noun(told, noun, n, fault):
    text = (f"{told} في القاهرة سنة 1931، وكان ذلك حدثاً لافتاً.\n\n"
            f"وصدر الكتاب الأول في بيروت سنة 1952، بعد {n} سنة من {noun}.")
    assert ("duration-mismatch" in kinds(text)) is fault


# -- «ثم» before a date ------------------------------------------------------------------------------------

def test_then_before_a_date_joins_two_times_of_one_clause():
    text = ("ونشر المحقق النص في دمشق سنة 1962، وكان المستشرق الألماني قد ترجمه مرتين، في أربعينيات القرن العشرين "
            "(1946) ثم سنة 1952.")
    assert "order-word-contradiction" not in kinds(text)


def test_then_before_a_clause_is_still_read():
    text = ("وقّعت الحكومة الاتفاقية في 15 أيار 2022، بعد عام من توقيع المذكرة في نيسان 2021، ثم صادق عليها "
            "البرلمان في 20 حزيران 2021.")
    assert "order-word-contradiction" in kinds(text)


# -- guards met on the older sets while these rules were written ----------------------------------------------

def test_a_span_of_months_is_no_part_of_things_counted():
    text = ("وبلغ ما سُلّم حتى نهاية أكتوبر 360 حافلة، أي 60٪ من المجموع: 140 حافلة في 2024 و220 في الأشهر العشرة "
            "الأولى من العام الجاري.")
    assert "arithmetic-total" not in kinds(text)


def test_items_led_by_amounts_are_no_counts_of_the_whole():
    text = "وتسلم الميناء الشحنة على ثلاث دفعات: 60 ألف طن، ثم 50 ألف طن، ثم 40 ألف طن، في خريف ذلك العام."
    assert "arithmetic-total" not in kinds(text) and "count-mismatch" not in kinds(text)


@pytest.mark.parametrize("got, n, fault", [("حصلت الشركة على عقد", "ست", False), ("وقّعت الشركة عقداً", "ست", False),
                                           ("وقّعت الشركة عقداً", "تسع", True)])
def test_a_pronoun_names_back_its_own_sentences_document(got, n, fault):
    text = ("تعود العلاقة إلى اتفاق أبرمه البلدان عام 1972 في العاصمة.\n\n"
            f"وفي عام 2013 {got} لإدارة المطار مدة 30 عاماً.\n\n"
            f"وفي يناير 2019 ألغت الحكومة الجديدة عقد المطار، أي بعد نحو {n} سنوات من توقيعه.")
    assert bool({"duration-mismatch", "order-word-contradiction"} & set(kinds(text))) is fault


def test_the_verbal_nouns_own_verb_outranks_its_group():
    text = ("دُشّن الخط رسمياً يوم الأربعاء 5 تشرين الأول 2016، ثم افتُتح شطره الثاني يوم الثلاثاء 10 كانون الثاني 2017، "
            "غير أن التشغيل التجاري لم يبدأ إلا يوم الاثنين 1 كانون الثاني 2018، أي بعد نحو خمسة عشر شهراً من التدشين.")
    assert "duration-mismatch" not in kinds(text)


# -- a change after «ثم» with the end's own date; a rate kept up for a length; the price of a point --------------

@pytest.mark.parametrize("rate, fault", [("29.6", False), ("42.1", True)])
def test_a_change_after_then_with_the_ends_date_before_the_rate(rate, fault):
    text = (f"بلغ إنتاج الحقل 2.7 مليار قدم مكعبة يومياً عام 2019، ثم تراجع إلى 1.9 مليار قدم مكعبة يومياً عام 2024، "
            f"أي بنسبة {rate}%.")
    assert ("arithmetic-growth" in kinds(text)) is fault


@pytest.mark.parametrize("end, noun, fault", [("3.6", "بتراجع", False), ("3.6", "بزيادة", True), ("4.1", "بتراجع", True)])
def test_a_bare_then_before_the_end_value(end, noun, fault):
    text = (f"بلغت مستحقات الشركاء 6.2 مليار دولار في يونيو 2023، ثم {end} مليار دولار في يونيو 2025، "
            f"أي {noun} 41.9%.")
    assert ("arithmetic-growth" in kinds(text)) is fault


@pytest.mark.parametrize("text, fault", [
    ("تقدم الحكومة 120 منحة دراسية سنوياً للطلبة لمدة أربع سنوات، أي 480 منحة، وتفتتح مركزاً ثقافياً.", False),
    ("تقدم الحكومة 120 منحة دراسية سنوياً للطلبة لمدة أربع سنوات، أي 600 منحة، وتفتتح مركزاً ثقافياً.", True),
    ("يصدّر الميناء 25 ألف طن شهرياً على مدى عامين، بإجمالي 600 ألف طن.", False),
    ("يصدّر الميناء 25 ألف طن شهرياً على مدى عامين، بإجمالي 300 ألف طن.", True),
    ("ينتج الحقل 400 برميل يومياً لمدة عشرة أيام، أي 4000 برميل.", False),
])
def test_a_rate_kept_up_for_a_length_and_its_total(text, fault):
    assert ("arithmetic-rate" in kinds(text)) is fault


POINT = ("اشترت الشركة في مايو 2019 حصة 20% من الحقل مقابل 900 مليون دولار، أي {r} مليون دولار لكل نقطة مئوية، ما يعني "
         "أن قيمة الحقل كله قُدّرت بـ{w} مليار دولار.")


@pytest.mark.parametrize("r, w, fault", [("45", "4.5", False), ("40", "4", True), ("45", "5.4", True)])
def test_the_price_of_a_point_and_the_whole(r, w, fault):
    assert ("arithmetic-rate" in kinds(POINT.format(r=r, w=w))) is fault


@pytest.mark.parametrize("r, fault", [("300", False), ("240", True)])
def test_a_price_per_point_named_after_it(r, fault):
    text = (f"وقّعت الشركة اتفاقاً للاستحواذ على 8% من المصفاة مقابل 2.4 مليار دولار. وبسعر الإعلان دفعت الشركة {r} مليون "
            f"دولار عن كل نقطة مئوية من الحصة.")
    assert ("arithmetic-rate" in kinds(text)) is fault


# -- a holder's share of a whole stated before --------------------------------------------------------------

HOLDERS = ("وبلغت مساهمات الدول الأربع 4.8 مليار دولار: المغرب 1.8 مليار دولار، وتونس 1.5 مليار، والأردن 900 مليون، "
           "ولبنان 600 مليون. وتعادل حصة المغرب وحدها {p} بالمئة من مساهمات هذه الدول.")


@pytest.mark.parametrize("p, fault", [("37.5", False), ("37", False), ("57.3", True), ("30", True)])
def test_a_holders_share_of_a_listed_whole(p, fault):
    assert ("arithmetic-share" in kinds(HOLDERS.format(p=p))) is fault


@pytest.mark.parametrize("p, fault", [("75", False), ("57", True)])
def test_a_counted_holders_share_of_the_list_head(p, fault):
    text = (f"وشغّلت الشركة في ذروة الأشغال 3200 عامل، منهم 2400 صيني و800 مصري، أي أن الصينيين كانوا نحو {p} في المائة "
            f"من اليد العاملة.")
    assert ("arithmetic-share" in kinds(text)) is fault


def test_a_share_of_something_the_text_never_stated_says_nothing():
    text = ("صدّر المغرب 1.8 مليار دولار من الفوسفات إلى الصين عام 2024. ويمثل المغرب وحده 70 بالمئة من احتياطي "
            "الفوسفات في العالم.")
    assert "arithmetic-share" not in kinds(text)


def test_a_bound_is_no_stated_share():
    text = ("وجاءت روسيا أولاً بـ 108 ملايين طن، ثم العراق بـ 64 مليون طن.\n\n"
            "ويوصي التقرير بأن يفتح العراق حساباً باليوان لجزء لا يتجاوز 10% من مبيعاته.")
    assert "arithmetic-share" not in kinds(text)


def test_a_part_named_after_its_figure():
    text = ("ويغطي الاقتراض 28 مليار دينار: 21.8 مليار دينار من السوق الداخلية و6.2 مليار دينار من الخارج، أي أن "
            "الاقتراض الداخلي يمثل 77.9% من إجمالي الاقتراض.")
    assert "arithmetic-share" not in kinds(text)


def test_a_counted_noun_in_another_paragraph_names_no_holder():
    text = ("ويعمل في المواقع نحو 20 ألف عامل، منهم 17 ألف مصري و3 آلاف صيني.\n\n"
            "وتموّل البنوك الصينية 85% من عقد منطقة الأعمال، أي 2.55 مليار دولار.")
    assert "arithmetic-share" not in kinds(text)


# -- a total above a numbered or bulleted list ------------------------------------------------------------------

LISTED = """اتفق الجانبان على خمسة مشاريع بقيمة إجمالية قدرها {t} مليار دولار، هي:
1. ميناء الفاو الكبير: 3.1 مليار دولار؛
2. محطة للطاقة الشمسية: 1.4 مليار دولار؛
3. شبكة للألياف الضوئية: 800 مليون دولار؛
4. مستشفى جامعي: 500 مليون دولار؛
5. مركز بيانات: 400 مليون دولار.
ويبدأ التنفيذ في العام المقبل.
"""


@pytest.mark.parametrize("t, fault", [("6.2", False), ("6.7", True), ("5.8", True)])
def test_a_total_above_a_numbered_list(t, fault):
    assert ("arithmetic-total" in kinds(LISTED.format(t=t))) is fault


@pytest.mark.parametrize("t, fault", [("1.5", False), ("1.7", True)])
def test_a_total_above_a_bulleted_list_in_markdown(t, fault):
    text = (f"تشتري الشركة من ثلاث مصافٍ طاقتها الإجمالية {t} مليون برميل يومياً:\n\n"
            "- مصفاة الشمال: 700 ألف برميل يومياً؛\n- مصفاة الجنوب: 500 ألف برميل يومياً؛\n"
            "- مصفاة الساحل: 300 ألف برميل يومياً.\n")
    assert ("arithmetic-total" in kinds(text, "markdown")) is fault


def test_a_list_of_dates_below_a_total_is_no_breakdown():
    text = ("بلغت كلفة البرنامج 4 مليارات دولار، ومراحله:\n1. التصميم: عام 2019؛\n2. البناء: عام 2021؛\n"
            "3. التشغيل: عام 2024.\n")
    assert "arithmetic-total" not in kinds(text)


def test_a_list_total_compared_with_last_year_on_the_head_line():
    text = ("بلغت التجارة 650 مليار درهم في عام 2024، مقابل 560 مليار درهم في عام 2023. وتوزعت على النحو التالي:\n\n"
            "- الصين: 300 مليار درهم\n- الهند: 240 مليار درهم\n- روسيا: 60 مليار درهم\n- البرازيل: 50 مليار درهم\n")
    assert "arithmetic-total" not in kinds(text, "markdown")


# -- a relative clause that dates the thing named itself ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقّع الرؤساء الاتفاقية يوم الأحد 12 آب 2018، بعد ثمانية عشر عاماً من المفاوضات التي بدأت عام 1996.",
    "أُغلقت الموانئ يوم الجمعة 17 يناير 2020، قبل أسبوع من مؤتمر برلين الذي انعقد يوم الأحد 19 يناير 2020.",
])
def test_a_relative_clause_dating_the_thing_named_itself_is_read(text):
    ks = kinds(text)
    assert "duration-mismatch" in ks or "order-word-contradiction" in ks


def test_a_relative_clause_date_with_its_length_is_the_start_of_what_ends():
    text = ("توقف عبور الغاز يوم الأربعاء 1 يناير 2025، بعد انتهاء عقد العبور الذي وُقّع في ديسمبر 2019 لمدة ثلاث "
            "سنوات، وأصبح الخط الجديد المنفذ الوحيد.")
    assert "order-word-contradiction" in kinds(text)
