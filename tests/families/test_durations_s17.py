"""Durations and gaps counted from the text's present or over amounts (synthetic sentences, written for
these rules; session 17):
- a dateline with an agency's name in brackets after its date is the text's present («… 2025 - (وكالة …)»);
- a publication cue («تاريخ النشر: …») is the text's present too;
- a full date inside the first sentence of an encyclopedia entry is history, not the present;
- «Y، أي قبل N سنوات» with both months known: N is the months between them rounded either way;
- a weekday with «المقبل/الماضي» is a day counted from the anchor («الخميس المقبل»);
- an anniversary falling on a day in its own relative clause («، التي تحل الخميس المقبل»);
- years in brackets after a name are a life, not the stretch of a length in days;
- a span of years with an amount before each year («من 12.5 مليار دولار عام 2014م إلى …»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.checks.appositions import present_date, present_year
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"duration-mismatch"}


def facts(text: str):
    return gather([Document(path=Path("a.txt"), raw=text, form="plain")])


def kinds(text: str) -> set[str]:
    return {f.kind for f in checks.run(facts(text))} & KINDS


WIRE = "الرباط (المغرب) - الخميس 9 أكتوبر 2025 - (وكالة أنباء المغرب الكبير)\n\n{body}\n"


def test_a_dateline_with_the_agency_after_its_date_is_the_present():
    tf = facts(WIRE.format(body="قالت الوزارة إن المشروع يسير وفق الجدول المقرر.")).texts[0]
    assert "dateline" in tf.dates.attrs["anchor"][1]
    assert present_date(tf) == "2025-10-09"


def test_a_publication_cue_is_the_present():
    text = ("مجلة الدراسات المتوسطية\nتاريخ النشر: 3 آذار 2024\n\nأُسس المرصد عام 2012، أي قبل اثني عشر عاماً، "
            "في مدينة صغيرة.")
    tf = facts(text).texts[0]
    assert present_year(tf) == 2024
    assert kinds(text) == set()
    assert kinds(text.replace("اثني عشر عاماً", "ثمانية أعوام")) == {"duration-mismatch"}


def test_a_date_in_the_first_sentence_of_an_entry_is_history():
    text = ("منظمة الموانئ الإقليمية\n\nمنظمة الموانئ الإقليمية هيئة تعاون بحري، تأسست بموجب اتفاقية وُقّعت في "
            "مدينة الإسكندرية يوم الأحد 14 مارس 2010م، وتضم سبع دول. وقد افتتحت مقرها عام 2012م، أي قبل "
            "ثلاثة عشر عاماً من اليوم.")
    assert present_year(facts(text).texts[0]) is None


@pytest.mark.parametrize("n,found", [("سبع سنوات", set()), ("ثماني سنوات", set()),
                                     ("ست سنوات", {"duration-mismatch"}), ("تسع سنوات", {"duration-mismatch"})])
def test_ago_with_both_months_known(n, found):
    # 2 March 2018 to 9 October 2025: 91 months, seven or eight years
    body = f"وكانت الحكومة قد أطلقت البرنامج يوم الجمعة 2 مارس 2018، أي قبل {n}، بتمويل من البنك الدولي."
    assert kinds(WIRE.format(body=body)) == found


def test_a_year_alone_keeps_a_year_of_slack():
    body = "وكانت الحكومة قد أطلقت البرنامج عام 2018، أي قبل ثماني سنوات، بتمويل من البنك الدولي."
    assert kinds(WIRE.format(body=body)) == set()


@pytest.mark.parametrize("phrase,day", [
    ("الخميس المقبل", "2025-10-16"), ("يوم الاثنين الماضي", "2025-10-06"), ("السبت القادم", "2025-10-11"),
])
def test_a_weekday_next_or_last(phrase, day):
    tf = facts(WIRE.format(body=f"وسيعقد المجلس اجتماعه {phrase} في العاصمة.")).texts[0]
    rows = tf.dates[tf.dates["text"] == phrase]
    assert list(rows["start_date"]) == [day]


def test_a_weekday_with_its_own_date_is_the_date():
    tf = facts(WIRE.format(body="وعقد المجلس اجتماعه الاثنين الماضي 6 أكتوبر في العاصمة.")).texts[0]
    assert "الاثنين الماضي" not in set(tf.dates["text"])
    assert "6 أكتوبر" in " ".join(tf.dates["text"])


ANNIVERSARY = ("وتستعد الجامعة للاحتفال بالذكرى {n} لتأسيسها، التي تحل الخميس المقبل.\n\n"
               "وكانت الجامعة قد تأسست يوم الأحد 16 أكتوبر 1955 بقرار من مجلس الوزراء.")


@pytest.mark.parametrize("n,found", [("السبعين", set()), ("الستين", {"duration-mismatch"})])
def test_an_anniversary_on_a_day_of_its_relative_clause(n, found):
    assert kinds(WIRE.format(body=ANNIVERSARY.format(n=n))) == found


@pytest.mark.parametrize("n,found", [("أربعة أيام", set()), ("ستة أيام", {"duration-mismatch"})])
def test_a_life_in_brackets_is_no_stretch_of_days(n, found):
    text = f"وزار الكاتب نجيب سرور (1932-1978) موسكو بين 3 و6 أيار 1965، واستمرت الزيارة {n}، التقى خلالها طلاباً عرباً."
    assert kinds(text) == found


@pytest.mark.parametrize("n,found", [("ثماني سنوات", set()), ("خمس سنوات", {"duration-mismatch"})])
def test_a_span_with_an_amount_before_each_year(n, found):
    text = (f"ونمت صادرات الفوسفات من 12.5 مليار دولار عام 2014م إلى 20.1 مليار دولار عام 2022م، فزادت بأكثر من "
            f"النصف خلال {n}.")
    assert kinds(text) == found


def test_a_publication_cue_with_its_weekday():
    text = ("# الموانئ الصينية في الخليج\n\n**الدوحة — قسم الشؤون الاقتصادية** | نُشر يوم الأربعاء 8 أكتوبر 2025\n\n"
            "ويقول الباحث القطري سالم الكواري، المولود عام 1977 والبالغ {age} عاماً، إن الميناء تغيّر.\n")
    tf = facts(text.format(age=48)).texts[0]
    assert "publication cue" in tf.dates.attrs["anchor"][1]
    assert present_date(tf) == "2025-10-08"
    assert {f.kind for f in checks.run(facts(text.format(age=48)))} & {"age-mismatch"} == set()
    assert {f.kind for f in checks.run(facts(text.format(age=43)))} & {"age-mismatch"} == {"age-mismatch"}


@pytest.mark.parametrize("w,found", [("قبل", set()), ("بعد", {"order-word-contradiction"})])
def test_after_said_of_a_date_before_the_present(w, found):
    body = ("وكان الميناء قد افتُتح عام 2009 بتمويل صيني.\n\n"
            f"وفي يوم الجمعة 2 مارس 2018، أي {w} سبع سنوات، وقّعت الحكومة عقد التشغيل مع الشركة الصينية.")
    got = {f.kind for f in checks.run(facts(WIRE.format(body=body)))} & {"order-word-contradiction", "duration-mismatch"}
    assert got == found


def test_after_counted_from_an_earlier_event_is_quiet():
    body = ("وكان الميناء قد افتُتح يوم الأحد 2 مارس 2011 بتمويل صيني.\n\n"
            "وفي يوم الجمعة 2 مارس 2018، أي بعد سبع سنوات، وقّعت الحكومة عقد التشغيل مع الشركة الصينية.")
    got = {f.kind for f in checks.run(facts(WIRE.format(body=body)))} & {"order-word-contradiction", "duration-mismatch"}
    assert got == set()
