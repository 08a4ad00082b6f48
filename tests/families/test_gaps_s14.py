"""Stated gaps in more shapes and units, generated (each right gap quiet, each wrong one flagged):
- weeks and days between two days: «أي بعد أقل من ستة أسابيع» (40 days), «بعد أسبوع … يوم 23 مارس»;
- a gloss after the only date of a sentence, counted from the last date of the sentence before in its
  paragraph: «وُقّع الميثاق يوم 24 فبراير 1955. وانضمت بريطانيا إليه يوم 5 أبريل 1955، أي بعد …»;
- a gap inside a sentence leading to its date: «… يوم 7 سبتمبر 2013، … بعد أقل من شهر في جاكرتا، يوم 3
  أكتوبر 2013» (months counted to the day between two days);
- a length whose end is glossed: «وقّع يوم 20 نوفمبر 2023 اتفاقية … (26 مليار ريال) مدتها ثلاث سنوات، أي
  حتى نوفمبر 2026», counted from the sentence's date however far before;
- decades and centuries said round: «عام 2000، أي قبل ربع قرن» in a text of 2025 (a quarter century is
  21 to 29 years), «بعد عقدين، عام 2010».
Not gaps: «بعد عقد الاجتماع» (the holding of a meeting), «بعد يوم الاستقلال»; a gap counted from an event
it names («أي بعد ستة أسابيع من المؤتمر») is not counted from the sentence before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind in ("duration-mismatch", "order-word-contradiction"))


PREVIOUS = "وُقّع الميثاق في بغداد يوم الخميس 24 فبراير 1955. وانضمت بريطانيا إليه يوم الثلاثاء 5 أبريل 1955، أي بعد {gap}، ثم باكستان."
INLINE = ("ألقى الرئيس خطابه في أستانا يوم السبت 7 سبتمبر 2013، حين اقترح الحزام الاقتصادي، قبل أن يكمل الفكرة بعد {gap} "
          "في جاكرتا، يوم الخميس 3 أكتوبر 2013، بإعلان الطريق البحري.")
WEEKS = "وقّع الطرفان الاتفاق يوم 2 مارس 2020، ثم صُدّق عليه بعد {gap} في البرلمان يوم 23 مارس 2020."
UNTIL = ("يوم الاثنين 20 نوفمبر 2023، وقّع البنك المركزي وبنك الشعب اتفاقية لمبادلة العملات بقيمة 50 مليار يوان "
         "(26 مليار ريال) مدتها {gap}، أي حتى نوفمبر 2026.")
AGO = "الرباط، 12 مارس 2025 — تعود فكرة الممر إلى اتفاق وقّعته الدول الثلاث عام {year}، أي قبل ربع قرن."
DECADES = "تأسست الجمعية في القاهرة عام 1990. ثم توسعت بعد عقدين، عام {year}، إلى الخليج."

CASES = [
    (PREVIOUS, "أقل من ستة أسابيع", "أقل من أسبوعين"),
    (PREVIOUS, "ستة أسابيع", "ثلاثة أسابيع"),
    (INLINE, "أقل من شهر", "أكثر من شهرين"),
    (INLINE, "أقل من شهر", "ثلاثة أشهر"),
    (WEEKS, "ثلاثة أسابيع", "أسبوع"),
    (WEEKS, "ثلاثة أسابيع", "عشرة أيام"),
    (UNTIL, "ثلاث سنوات", "خمس سنوات"),
    (UNTIL, "ثلاث سنوات", "سنتين"),
]


@pytest.mark.parametrize("template,right,wrong", CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_right_gap_quiet_wrong_gap_flagged(template, right, wrong):
    assert kinds(template.format(gap=right)) == []
    assert "duration-mismatch" in kinds(template.format(gap=wrong))


@pytest.mark.parametrize("year,flagged", [(2000, False), (1998, False), (2002, False), (2005, True), (1990, True)])
def test_a_quarter_century_ago(year, flagged):
    assert bool(kinds(AGO.format(year=year))) is flagged


@pytest.mark.parametrize("year,flagged", [(2010, False), (2012, False), (2020, True)])
def test_two_decades_after(year, flagged):
    assert bool(kinds(DECADES.format(year=year))) is flagged


@pytest.mark.parametrize("text", [
    "انعقدت الجلسة الأولى يوم 1 مارس 2020، وانتهى الاجتماع بعد عقد الجلسة الثانية يوم 3 مارس 2020.",
    "أعلن الاستقلال يوم 5 يوليو 1962، وبدأ الإعمار بعد يوم الاستقلال مباشرة في 6 يوليو 1962.",
    # counted from an event the gap names, not from the sentence before
    "افتُتح المؤتمر يوم 1 يناير 1955. وانضمت بريطانيا يوم 5 أبريل 1955، أي بعد أسبوعين من انتهاء المفاوضات.",
    # a week gap against a bare year: not compared
    "وقّع الطرفان الاتفاق عام 2020، ثم صُدّق عليه بعد أسبوع في البرلمان يوم 23 مارس 2020.",
])
def test_not_gaps(text):
    assert kinds(text) == []


def test_before_leading_to_a_later_date_contradicts_its_order_word():
    text = INLINE.format(gap="أقل من شهر")
    assert kinds(text.replace("بعد أقل من شهر", "قبل أقل من شهر")) == ["order-word-contradiction"]


@pytest.mark.parametrize("word,found", [("بعد", []), ("قبل", ["order-word-contradiction"])])
def test_a_from_date_in_brackets(word, found):
    text = (f"وعُقدت القمة الثانية يوم الثلاثاء 17 يونيو 2025، التي جاءت {word} عامين من قمة شيان الأولى "
            "(18 و19 مايو 2023)، في أستانا.")
    assert kinds(text) == found


@pytest.mark.parametrize("years,flagged", [("أربع سنوات وسبعة أشهر", False), ("خمس سنوات وسبعة أشهر", True),
                                           ("أربع سنوات وثمانية أشهر", False), ("ثلاث سنوات وشهر", True),
                                           # (session 18) years and months said together are counted to the month
                                           # between two days: 4 years 2 months for 4 years 7 months is a fault
                                           ("أربع سنوات وشهرين", True)])
def test_years_and_months(years, flagged):
    text = ("وقّعت مصر وروسيا عقود المحطة يوم الاثنين 11 ديسمبر 2017، وصُبّت الخرسانة الأولى يوم الأربعاء 20 يوليو 2022، "
            f"أي بعد {years} من توقيع العقود.")
    assert ("duration-mismatch" in kinds(text)) is flagged


@pytest.mark.parametrize("n,flagged", [("خمسة عشر", False), ("عشرين", True)])
def test_a_quotation_closed_before_the_gloss(n, flagged):
    text = (f'القاهرة، 24 أكتوبر 2024 — قال إن المجموعة "قطعت شوطاً طويلاً منذ قمتها الأولى يوم الثلاثاء 16 يونيو 2009"، '
            f"أي قبل {n} عاماً.")
    assert ("duration-mismatch" in kinds(text)) is flagged
