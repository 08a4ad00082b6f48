"""Family of constructions: an age apposed to a birth, in a nominal clause with no verb of the past —
«وشي، المولود في يونيو 1953، في التاسعة والستين من عمره» — is the age at the text's own date (its
dateline), as «وهي في …» is. With «وكان في …» it is the age at the event told before (unchanged).
And a gap back from that date said approximately: «زيارة يناير 2016، أي قبل نحو سبع سنوات»، «أي قبل نحو
سبعة أشهر» (appositions.py, read with gaps.approx_fits). Synthetic sentences, session 18.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

TEXT = "{place} - {day} - اختتمت القمة أعمالها اليوم. و{who}، {born} في {month} {y}، في {age} من عمره، وهي زيارته الثانية."
HEADS = [("الرياض", "الجمعة 9 ديسمبر 2022", 2022), ("القاهرة", "الأحد 5 مايو 2024", 2024)]


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


@pytest.mark.parametrize("place, day, year", HEADS)
@pytest.mark.parametrize("age, off", [("التاسعة والستين", 0), ("الثامنة والستين", -1), ("الرابعة والستين", -5),
                                      ("الثالثة والسبعين", 4)])
def test_an_age_apposed_to_a_birth_is_the_age_now(place, day, year, age, off):
    # ages given for a text of 2022: born 1953 is 68 or 69; shift the birth with the text's year
    y = 1953 + (year - 2022)
    text = TEXT.format(place=place, day=day, who="الرئيس", born="المولود", month="يونيو", y=y, age=age)
    assert ("age-mismatch" in kinds(text)) == (off not in (0, -1))


AGO = "الرباط، الثلاثاء 21 أكتوبر 2025 - وُضع حجر الأساس للمصنع {date}، أي قبل {gap}، باستثمار كبير."


@pytest.mark.parametrize("date, gap, fault", [
    ("يوم الخميس 22 مايو 2025", "نحو خمسة أشهر", False), ("يوم الخميس 22 مايو 2025", "نحو سبعة أشهر", True),
    ("يوم الخميس 22 مايو 2025", "نحو ثلاثة أشهر", True), ("يوم الخميس 27 يناير 2022", "نحو سبعة أشهر", True),
    ("في يناير 2016", "نحو عشر سنوات", False), ("في يناير 2016", "أقل من خمس سنوات", True),
    ("في يناير 2016", "أكثر من تسع سنوات", False), ("في يناير 2016", "نحو سبع سنوات", True),
])
def test_an_approximate_gap_back_from_the_present(date, gap, fault):
    """«Y، أي قبل نحو N»: N years (months) back from the text's date, read with its approximator (session 18)."""
    assert ("duration-mismatch" in kinds(AGO.format(date=date, gap=gap))) == fault
