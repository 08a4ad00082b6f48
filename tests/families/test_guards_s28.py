"""Session 28's rules, each a construction of the language with its own cases (new subjects and wordings: none is a
sentence of the texts the rules were read from).

* «اليوم» in a wire's lead (the first sentence after its dateline) is the dateline's day, and so is «اليوم» closing a
  lapse counted from it («أي بعد خمسة أشهر من اليوم»); «واليوم» (nowadays), «اليوم التالي», «حتى اليوم» and «اليوم»
  later in the text are not dates;
"""

from __future__ import annotations

import pytest

from tahqiq.extract.dates import dates_from_string

# -- «اليوم» of a wire's lead ----------------------------------------------------------------------------------------

WIRE = ("موانئ عُمان توسّع رصيف الحاويات\n\n"
        "صحار - «وكالة الخليج للأنباء» - {dateline}\n\n"
        "{lead}\n"
        "وكان الرصيف الأول قد افتُتح في آذار 2014. واليوم يستقبل الميناء سفناً من اثنتي عشرة دولة، "
        "ويُنتظر أن تبدأ الأعمال في أيار 2026، أي بعد {n} أشهر من اليوم.")


def todays(text: str) -> list[str]:
    df = dates_from_string(text)
    return [r.start_date for r in df.itertuples() if r.text == "اليوم"]


@pytest.mark.parametrize("lead", [
    "وقّعت شركة موانئ صحار اليوم عقداً مع شركة صينية لتوسيع رصيف الحاويات.",
    "أعلنت هيئة الموانئ اليوم الخطة الجديدة لتوسيع الرصيف.",
])
def test_today_in_a_wires_lead_is_the_datelines_day(lead):
    text = WIRE.format(dateline="الأربعاء 10 كانون الأول 2025", lead=lead, n="خمسة")
    assert todays(text) == ["2025-12-10", "2025-12-10"]  # the lead's, and the lapse's «من اليوم»


def test_today_meaning_nowadays_is_no_date():
    text = WIRE.format(dateline="الأربعاء 10 كانون الأول 2025",
                       lead="تشهد الموانئ العُمانية حركة متزايدة منذ سنوات.", n="خمسة")
    # «واليوم يستقبل …» later in the text is nowadays; only the lapse's «من اليوم» is the day of writing
    assert todays(text) == ["2025-12-10"]


@pytest.mark.parametrize("lead", [
    "وصل الوفد الصيني إلى صحار في اليوم التالي لتوقيع المذكرة.",
    "ما زالت أعمال التوسعة مستمرة حتى اليوم في الرصيف الشمالي.",
])
def test_today_told_or_up_to_now_is_not_the_datelines_day(lead):
    text = WIRE.format(dateline="الأربعاء 10 كانون الأول 2025", lead=lead, n="خمسة")
    assert todays(text) == ["2025-12-10"]


def test_today_without_a_dateline_is_not_read():
    text = ("وقّعت شركة موانئ صحار اليوم عقداً مع شركة صينية لتوسيع رصيف الحاويات. "
            "وتعد الصين اليوم أكبر شريك تجاري للسلطنة.")
    assert todays(text) == []


# -- counts: a dual item counts two; «كل» makes a count an interval ---------------------------------------------------

from tahqiq import checks  # noqa: E402
from tahqiq.corpus.catalogue import Document  # noqa: E402
from tahqiq.facts import gather  # noqa: E402
from pathlib import Path  # noqa: E402


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


FLEET = ("وطلبت الشركة الوطنية للنقل النهري {n} قطع جديدة: زورقين سريعين لنقل الركاب بين الضفتين، وسفينتي قطر "
         "لسحب المراكب الثقيلة، وحوّامة إسعاف واحدة.")


@pytest.mark.parametrize("n, faulty", [("خمس", False), ("ست", True), ("أربع", True)])
def test_an_item_named_by_a_dual_counts_two(n, faulty):
    assert ("count-mismatch" in kinds(FLEET.format(n=n))) is faulty


@pytest.mark.parametrize("n, faulty", [("ثلاث", False), ("أربع", True)])
def test_a_name_ending_like_a_construct_dual_counts_one(n, faulty):
    text = f"ويطل على البحيرة {n} دول: إثيوبيا وجيبوتي وكينيا، وتستضيف كينيا مقر اللجنة."
    assert ("count-mismatch" in kinds(text)) is faulty


@pytest.mark.parametrize("every, faulty", [("كل", False), ("", True)])
def test_a_count_after_every_is_an_interval(every, faulty):
    text = (f"وتُعقد الندوة مرة {every} أربع سنوات: في تونس، ثم في عمّان، ثم في الرباط. "
            "وقد استضافت كل مدينة منها جلسة ختامية مفتوحة للجمهور.").replace("  ", " ")
    if not every:
        text = text.replace("مرة ", "في ")
    assert ("count-mismatch" in kinds(text)) is faulty


# -- an event dated twice, once by «اليوم» of the lead; a note's date; «الدورة الأولى» ----------------------------------

SIGNING = ("عمّان - «وكالة البتراء الاقتصادية» - الثلاثاء 9 كانون الأول 2025\n\n"
           "وقّعت وزارة الطاقة الأردنية وشركة صينية اليوم في عمّان اتفاقاً جديداً لتوسيع محطة العطارات.\n"
           "وكان الطرفان قد وقّعا اتفاقهما الأول في شنغهاي يوم الأحد 14 أيار 2017، لمدة خمس سنوات.\n"
           "ويُنتظر أن يزور وفد صيني العقبة في {month} 2026، أي {word} {n} أشهر من توقيع الاتفاق، لمتابعة التنفيذ.")


@pytest.mark.parametrize("month, word, n, faulty", [
    ("نيسان", "بعد", "أربعة", False),   # 9 December 2025 -> April 2026: the lead's signing
    ("تشرين الأول", "بعد", "أربعة", True),  # ten months after the lead's signing, not four
])
def test_an_event_dated_by_today_of_the_lead_may_be_counted_from(month, word, n, faulty):
    got = kinds(SIGNING.format(month=month, word=word, n=n))
    assert (("duration-mismatch" in got) or ("order-word-contradiction" in got)) is faulty


FESTIVAL = ("## مهرجان المسرح العربي\n\n"
            "أعلنت الهيئة رفع القيود عن العروض المسرحية يوم **الأحد 5 آذار 2017**. وأقيم أول عرض في الدوحة في "
            "تموز 2017، أي بعد أربعة أشهر من القرار[^1].\n\n"
            "ويستضيف **مهرجان المسرح العربي**، الذي انطلقت دورته الأولى في الرباط في {first}، عروضاً من تسعة بلدان "
            "في دورته السادسة في نوفمبر المقبل، أي بعد خمس سنوات من الدورة الأولى[^2].\n\n"
            "[^1]: وزارة الثقافة، «التقرير السنوي للعروض المسرحية 2024»، 3 فبراير 2025، "
            "https://www.moc.gov.qa/reports/2025/02/03/theatre-2024، اطلع عليه في 2 أكتوبر 2025.\n"
            "[^2]: الهيئة العربية للمسرح، «دليل المهرجان»، 4 سبتمبر 2025، https://www.atheatre.org/guide، "
            "اطلع عليه في 2 أكتوبر 2025.\n")


def _markdown_kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.md"), raw=text, form="markdown")]))]


@pytest.mark.parametrize("first, faulty", [("نوفمبر 2020", False), ("نوفمبر 2018", True)])
def test_the_first_session_is_no_pronoun_and_a_notes_date_no_event(first, faulty):
    # published in October 2025 (the notes' access dates): «نوفمبر المقبل» is November 2025
    text = FESTIVAL.format(first=first)
    assert ("duration-mismatch" in _markdown_kinds(text)) is faulty


def test_a_lapse_ago_is_no_date_of_the_event_it_counts_from():
    # «قبل يومين» is the gap itself (two days before the expiry), not a day of the writing two days back
    text = ("نواكشوط - «وكالة الصحراء» - الاثنين 1 كانون الأول 2025\n\n"
            "وقّعت الحكومة ملحقاً لعقد الصيد مع الشركة الصينية يوم الأربعاء 3 آذار 2021، قبل يومين فقط من انتهاء "
            "مدته الأصلية، ويستمر الملحق خمس سنوات.")
    assert "duration-mismatch" not in kinds(text)


@pytest.mark.parametrize("n, faulty", [("قرابة ثلاث سنوات", False), ("قرابة خمس سنوات", True), ("ثلاث سنوات", False),
                                       ("ست سنوات", True)])
def test_a_month_span_with_the_era_letter_and_its_length(n, faulty):
    text = f"وعمل ملحقاً ثقافياً في طشقند من مارس 1957م إلى ديسمبر 1959م، أي {n}، ثم عاد إلى القاهرة."
    assert ("duration-mismatch" in kinds(text)) is faulty


# -- a total that names its own count -------------------------------------------

@pytest.mark.parametrize("avg, faulty", [("15.5", False), ("19.0", True)])
def test_an_average_over_the_count_its_total_names(avg, faulty):
    text = ("أطلقت الهيئة تسعة برامج تدريبية منذ تأسيسها. وبلغت كلفة المراحل الأربع الأخيرة 62 مليون درهم، "
            f"بمتوسط {avg} مليون درهم للبرنامج الواحد.")
    assert ("arithmetic-rate" in kinds(text)) is faulty


# -- a multiple of the figure before it, or of a named year's -------------------------------------------------------

@pytest.mark.parametrize("mult, faulty", [("ضعف", False), ("ثلاثة أضعاف", True)])
def test_a_multiple_of_what_came_before(mult, faulty):
    text = ("خصّصت الحكومة 40 مليون دينار للمنح الدراسية عام 2019، ثم 80 مليوناً في موازنة عام 2022، "
            f"أي {mult} ما سبق، قبل أن تثبّت المبلغ.")
    assert ("arithmetic-growth" in kinds(text)) is faulty


@pytest.mark.parametrize("mult, faulty", [("أربعة أضعاف", False), ("ضعف", True), ("ستة أضعاف", True)])
def test_a_multiple_of_a_named_years_figure(mult, faulty):
    text = ("بلغت صادرات الفوسفات 1.5 مليون طن عام 2015. "
            f"وفي العام الماضي بلغت الصادرات 6 ملايين طن، أي {mult} صادرات 2015، بفضل الخط البحري الجديد.")
    assert ("arithmetic-growth" in kinds(text)) is faulty
