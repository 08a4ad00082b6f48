"""Families of constructions (dates and lengths) read in session 24 (heldout21's remaining misses, each generalised to its kind and
tested here on synthetic texts, faulty and clean):

* an anniversary of more than five centuries («بمرور ألف ومئة عام على …»، «بالذكرى الألف لـ…», a four-digit
  count of years) is read like a shorter one (checks/anniversaryyears.py);
* a change told forward in two clauses joined by «ثم» («في عام 2016 بلغت … ثم هبطت إلى … عام 2019، أي بتراجع …
  في ثلاث سنوات») is a change from the first year to the second, against the length it is said to take
  (checks/durations.py);
* a word of the present («اليوم») in a sentence's main clause, no date there, dates the clause at the time of
  writing for a gap counted from an event dated elsewhere (not a relative or reported clause's gap), and a gap of
  years and months («بعد عام وتسعة أشهر») is held to the month (checks/eventgaps.py);
* a gap right after a word of the present, with a date before it in its sentence («وقّعنا في مارس 2019، واليوم، بعد
  خمس سنوات، …»), runs from that date to the present, which inside a quotation is the date its speaking is given
  («في حديث أجراه معه المركز في أيار 2024: «…»»), and «بعد أكثر من N» there is a floor; so does a gap told by what
  still holds after it («في ديسمبر 2016، وبعد ثماني سنوات ما زال …»; checks/presentgaps.py, lang/gaps.yml);
* a length under a year said approximately («بعد رحلة دامت نحو أحد عشر شهراً») may be one unit or a quarter off the
  dates it spans, no more; a bound («أكثر من ثلاثة أشهر») is still left alone (checks/lengths.py).
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


# -- long anniversaries --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fault", [
    ("واحتفلت المدينة سنة 1443هـ/2022م بمرور ألف ومئة عام على اعتناق أهلها الإسلام سنة 922م.", False),
    ("واحتفلت المدينة سنة 1443هـ/2022م بمرور ألف ومئتي عام على اعتناق أهلها الإسلام سنة 922م.", True),
    ("احتفلت الجمهورية عام 2020 بمرور 1000 عام على تأسيس المدينة عام 1020.", False),
    ("احتفلت الجمهورية عام 2020 بمرور 1000 عام على تأسيس المدينة عام 1070.", True),
    ("احتفلت المدينة عام 2018 بالذكرى الألف لتأسيس الجامع عام 1018.", False),
    ("احتفلت المدينة عام 2018 بالذكرى الألف لتأسيس الجامع عام 1068.", True),
    ("أقيم الاحتفال عام 2019 بمرور 600 عام على بناء القلعة عام 1419.", False),
])
def test_an_anniversary_of_many_centuries_is_checked_like_a_short_one(text, fault):
    assert ("duration-mismatch" in kinds(text)) is fault


# -- a change told forward with «ثم», and its length ------------------------------------------------------------

THEN = "بلغ الإنتاج عام 2010 نحو 40 ألف طن، ثم ارتفع إلى 60 ألف طن عام 2015، {gloss} {n}."


@pytest.mark.parametrize("gloss, n, fault", [
    ("أي بزيادة 50 في المائة في", "خمس سنوات", False),
    ("أي بزيادة 50 في المائة في", "ست سنوات", True),
    ("أي بزيادة 50 في المائة خلال", "ثماني سنوات", True),
    ("أي بارتفاع قدره النصف خلال", "ثلاث سنوات", True),
    ("وذلك في", "ست سنوات", False),  # no change named: the length may be another's
])
def test_a_change_told_forward_with_then_against_its_length(gloss, n, fault):
    assert ("duration-mismatch" in kinds(THEN.format(gloss=gloss, n=n))) is fault


def test_a_fall_told_forward_with_then_against_its_length():
    text = ("وفي عام 2016 بلغت القروض ذروتها بـ6.4 مليار دولار، ثم هبطت إلى 1.6 مليار دولار عام 2019، أي بتراجع قدره "
            "75 بالمئة في {n}.")
    assert "duration-mismatch" not in kinds(text.format(n="ثلاث سنوات"))
    assert "duration-mismatch" in kinds(text.format(n="خمس سنوات"))


# -- a word of the present dates its clause for a gap from an event ----------------------------------------------

WIRE = """الرباط - «وكالة المغرب للأنباء» - الأربعاء 12 مارس 2025

{s}

وكانت الوزارة قد افتتحت المعهد رسمياً يوم الاثنين 10 يونيو 2024 بحضور السفير.
"""


@pytest.mark.parametrize("s, fault", [
    ("وقّعت الوزارة اليوم اتفاقاً مع الجامعة لتمويل المعهد، وذلك بعد تسعة أشهر من افتتاحه الرسمي.", False),
    ("وقّعت الوزارة اليوم اتفاقاً مع الجامعة لتمويل المعهد، وذلك بعد ثلاثة أعوام من افتتاحه الرسمي.", True),
    ("وقّعت الوزارة اليوم اتفاقاً مع الجامعة لتمويل المعهد، وذلك بعد عام وتسعة أشهر من افتتاحه الرسمي.", True),
    # a relative or a reported clause between the present and the gap has its own time
    ("وقّعت الوزارة اليوم اتفاقاً لتمويل المعهد الذي استقبل طلابه بعد ثلاثة أعوام من افتتاحه الرسمي.", False),
    ("وأعلنت الوزارة اليوم أن المعهد استقبل طلابه بعد ثلاثة أعوام من افتتاحه الرسمي.", False),
])
def test_a_word_of_the_present_dates_a_gap_from_an_event_dated_elsewhere(s, fault):
    assert ("duration-mismatch" in kinds(WIRE.format(s=s))) is fault


@pytest.mark.parametrize("gap, fault", [("عام وتسعة أشهر", False), ("عام وثلاثة أشهر", True),
                                        ("عامين وتسعة أشهر", True), ("عام وثمانية أشهر", False)])
def test_a_gap_of_years_and_months_is_held_to_the_month(gap, fault):
    text = WIRE.format(s=f"افتُتح المعهد رسمياً يوم الاثنين 10 يونيو 2024.") + \
        f"\nوفي 3 مارس 2026 تخرّجت أول دفعة من طلابه، بعد {gap} من افتتاحه الرسمي.\n"
    assert ("duration-mismatch" in kinds(text)) is fault



# -- a gap from a date to the present, in a quotation the time of its speaking -------------------------------------

SINCE = """الرياض، الأحد 2 نوفمبر 2025

{s}
"""


@pytest.mark.parametrize("s, fault", [
    ("قال المدير في حديث أجراه معه المركز في أيار 2024: «وقّعنا في مارس 2019، واليوم، بعد خمس سنوات، نحن أكبر مساهم».",
     False),
    ("قال المدير في حديث أجراه معه المركز في أيار 2024: «وقّعنا في مارس 2019، واليوم، بعد ثماني سنوات، نحن أكبر مساهم».",
     True),
    ("قال المدير في حديث أجراه معه المركز في أكتوبر الماضي: «حين وقّعنا في مارس 2023 كنا صغاراً، واليوم، بعد أكثر من "
     "عامين ونصف، صرنا ثاني أكبر مساهم».", False),
    ("قال المدير في حديث أجراه معه المركز في أكتوبر الماضي: «حين وقّعنا في مارس 2023 كنا صغاراً، واليوم، بعد أكثر من "
     "ثلاثة أعوام ونصف، صرنا ثاني أكبر مساهم».", True),
    # outside a quotation: the time of writing, a year of slack on a bare count of years
    ("وقّعت الشركة الاتفاق في مارس 2019، واليوم، بعد ست سنوات، صارت أكبر مساهم.", False),
    ("وقّعت الشركة الاتفاق في مارس 2019، واليوم، بعد عشر سنوات، صارت أكبر مساهم.", True),
])
def test_a_gap_from_a_date_to_the_present_of_its_speaking(s, fault):
    found = [f for f in checks.run(facts(SINCE.format(s=s))) if f.kind == "duration-mismatch"]
    assert bool(found) is fault


@pytest.mark.parametrize("s, fault", [
    ("قال المدير لصحيفة محلية في مارس الماضي: «دخلنا السوق في ديسمبر 2016، وبعد ثماني سنوات ما زال أهم أسواقنا».", False),
    ("قال المدير لصحيفة محلية في مارس الماضي: «دخلنا السوق في ديسمبر 2016، وبعد أحد عشر عاماً ما زال أهم أسواقنا».", True),
    ("افتُتح المصنع في يونيو 2015، وبعد عشر سنوات لا يزال أكبر مصنع في البلاد.", False),
    ("افتُتح المصنع في يونيو 2015، وبعد ست سنوات لا يزال أكبر مصنع في البلاد.", True),
])
def test_a_gap_told_by_what_still_holds_runs_to_the_present(s, fault):
    found = [f for f in checks.run(facts(SINCE.format(s=s))) if f.kind == "duration-mismatch"]
    assert bool(found) is fault



# -- an approximated length under a year ---------------------------------------------------------------------------

JOURNEY = "خرجت البعثة من القاهرة يوم 3 مارس 2021، ووصلت إلى بكين في 20 سبتمبر 2021، بعد رحلة دامت {n}."


@pytest.mark.parametrize("n, fault", [("نحو ستة أشهر", False), ("نحو سبعة أشهر", False), ("نحو خمسة أشهر", True),
                                      ("نحو ثلاثة أشهر", True), ("نحو عشرة أشهر", True), ("أكثر من ثلاثة أشهر", False),
                                      ("ستة أشهر تقريباً", False), ("ثلاثة أشهر تقريباً", True)])
def test_an_approximated_length_may_be_a_unit_or_a_quarter_off_its_dates(n, fault):
    assert ("duration-mismatch" in kinds(JOURNEY.format(n=n))) is fault


def test_an_approximated_journey_between_hijri_dates():
    text = ("خرجت السفارة من بغداد يوم الخميس 11 صفر سنة 309هـ، وبلغت مخيم الملك في 12 محرم سنة 310هـ، بعد رحلة دامت "
            "نحو {n} شهراً.")
    assert "duration-mismatch" not in kinds(text.format(n="أحد عشر"))
    assert "duration-mismatch" in kinds(text.format(n="ثمانية"))
