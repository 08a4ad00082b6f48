"""Gaps between two sentences' dates, in two more shapes (synthetic sentences, written for these rules; session 17):
- a sentence opened by a gap whose clause dates its event in apposition after a comma («وبعد N، قام … بزيارة
  استمرت ثلاثة أيام، من الأحد 3 إلى الثلاثاء 5 مارس 2024»);
- «وقد جاءت الزيارة بعد N من صفقة 2006»: the subject names the event the sentence before has just dated."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"duration-mismatch", "order-word-contradiction"}


def kinds(text: str) -> set[str]:
    return {f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))} & KINDS


OPEN = ("أبرم البلدان اتفاق التعاون الجمركي في أيلول 2009، خلال زيارة رئيس الوزراء إلى عمّان. {w}، قام الملك بزيارة "
        "رسمية إلى بغداد دامت ثلاثة أيام، من الأحد 3 إلى الثلاثاء 5 مارس 2024، ووقّع في ختامها مذكرات تعاون.")


@pytest.mark.parametrize("w,found", [
    ("وبعد أربعة عشر عاماً", set()),
    ("وبعد عشرة أعوام", {"duration-mismatch"}),
    ("وقبل أربعة عشر عاماً", {"order-word-contradiction"}),
])
def test_an_opening_gap_with_the_date_in_apposition(w, found):
    assert kinds(OPEN.format(w=w)) == found


def test_a_date_of_another_clause_is_not_the_openings():
    text = ("أبرم البلدان اتفاق التعاون في أيلول 2009. وبعد عشرة أعوام، أسس رجل الأعمال شركته الخاصة، التي أدرجت "
            "أسهمها في البورصة، من الأحد 3 إلى الثلاثاء 5 مارس 2024، بعد سلسلة من الاندماجات.")
    assert kinds(text) == set()


CAME = ("وزار رئيس الوزراء موسكو يوم الاثنين 9 أيلول 2024، ووقّع خلال الزيارة اتفاقاً للطاقة. وقد جاءت الزيارة "
        "{w} من اتفاقية 2011، في ظرف دولي صعب.")


@pytest.mark.parametrize("w,found", [
    ("بعد ثلاثة عشر عاماً", set()),
    ("بعد عشرة أعوام", {"duration-mismatch"}),
    ("قبل ثلاثة عشر عاماً", {"order-word-contradiction"}),
])
def test_a_sentence_whose_subject_was_just_dated(w, found):
    assert kinds(CAME.format(w=w)) == found


NEXT_DAY = ("وصل الوزير إلى عمّان مساء يوم الأحد 12 آذار 2023، وعقد محادثاته مع نظيره في اليوم التالي، أي {w} من دخول "
            "الاتفاق التجاري حيز التنفيذ يوم الاثنين 6 آذار 2023.")


@pytest.mark.parametrize("w,found", [
    ("بعد أسبوع واحد", set()),
    ("بعد ثلاثة أسابيع", {"duration-mismatch"}),   # weeks counted to the day: one week, not three
    ("قبل أسبوع واحد", {"order-word-contradiction"}),
])
def test_a_gap_from_the_day_after(w, found):
    assert kinds(NEXT_DAY.format(w=w)) == found


def test_two_weeks_said_of_ten_days():
    text = ("وقّع الطرفان الاتفاق يوم الاثنين 6 آذار 2023. ثم صادق عليه البرلمان يوم الخميس 16 آذار 2023، أي بعد "
            "أسبوعين من توقيعه.")
    assert kinds(text) == set()
