"""Sentences that must stay quiet (synthetic, written for these guards; session 17):
- a list item ending a sentence is done: the line after it opens a paragraph with no date of the item's;
- two treaties signed on a Thursday share no word of a fact («يوم»، weekdays, «الموافق» are a date's words);
- a share said of a count of people beside a count of boats in one clause;
- «لخمسة وعشرين عاماً:» in a title counts years, it announces no list."""

from __future__ import annotations

from pathlib import Path

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def findings(text: str) -> list:
    return checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))


def test_a_paragraph_after_a_finished_list_item():
    text = ("ومرت الرابطة بمرحلتين:\n"
            "- المجلس التنسيقي، الذي أُسس في تونس يوم الأحد 12 مارس 1989م، وحُلّ عام 1994م؛\n"
            "- الأمانة الموحدة، التي انطلقت في عام 1999م، وتحولت إلى الرابطة بعد أربع سنوات من العمل المشترك بين الدول.\n"
            "وقد وقّع الميثاق التأسيسي رؤساء الدول الخمس، ومنهم الرئيس الموريتاني، المولود يوم 5 يونيو 1950م، "
            "وكان يومئذ في الثالثة والخمسين من عمره.\n")
    assert [f.kind for f in findings(text) if f.kind == "age-mismatch"] == []


def test_two_treaties_signed_on_a_thursday():
    text = ("تأسس المجلس بموجب معاهدة وُقّعت في الرباط يوم الخميس 12 مارس 2009م، ودخلت حيز التنفيذ يوم الخميس 1 "
            "أكتوبر 2009م.\n\nأما اللجنة الإقليمية، التي أُسست بمعاهدة وُقّعت في الرباط يوم الخميس 4 مايو 1995م، فقد "
            "حُلّت لاحقاً، وكانت معاهدتها قد دخلت حيز التنفيذ يوم الخميس 7 سبتمبر 1995م.\n")
    assert [f.kind for f in findings(text) if f.kind == "event-date-conflict"] == []


def test_a_share_of_the_people_beside_the_boats():
    text = ("في موريتانيا يعمل في الصيد التقليدي نحو 120 ألف شخص على متن 8 آلاف زورق، أي 2.5 بالمائة من السكان "
            "البالغ عددهم 4.8 ملايين نسمة.")
    assert [f.kind for f in findings(text) if f.kind.startswith("arithmetic")] == []


def test_a_compound_number_of_years_in_a_title():
    text = "العلاقات المغربية الصينية بعد اتفاقية الشراكة لخمسة وثلاثين عاماً: الطموحات والنتائج (2016-2024)\n"
    assert [f.kind for f in findings(text) if f.kind == "count-mismatch"] == []


def test_a_yearless_day_to_come_takes_the_year_of_its_weekday():
    text = ("طهران – الثلاثاء 21 تشرين الأول 2025 (وكالات)\n\n"
            "وتأتي التصريحات قبل شهر من اجتماع اللجنة المقرر في موسكو يوم الثلاثاء 18 تشرين الثاني.\n")
    tf = gather([Document(path=Path("a.txt"), raw=text, form="plain")]).texts[0]
    row = tf.dates[tf.dates["text"].str.startswith("18")].iloc[0]
    assert row["start_date"] == "2025-11-18"
    assert [f.kind for f in findings(text) if f.kind == "weekday-mismatch"] == []


def test_a_gap_after_an_event_is_no_length_of_a_stretch():
    text = ("صدر الكتاب في مارس 2024، فتوقف قبل توقيع الاتفاقية في بكين يوم الخميس 6 يونيو 2024، أي بعد ثلاثة أشهر "
            "من صدوره، وقبل قمة أستانا يومي 18 و19 مايو 2025.")
    assert [f.kind for f in findings(text) if f.kind == "duration-mismatch"] == []
