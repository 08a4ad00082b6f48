"""A total over a length of time restated as a rate (synthetic sentences, written for these rules; session 17):
- the length a calendar year or month the clause names («خلال العام الماضي»، «في عام 2023»);
- «على» right before the length («قرض قيمته 2.4 مليار دولار على ستين شهراً»);
- a second rate joined by «ونحو» to the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"arithmetic-rate"}


def kinds(text: str) -> set[str]:
    return {f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))} & KINDS


HEAD = "عمّان، الأحد 5 أكتوبر 2025\n\n"


@pytest.mark.parametrize("rate,found", [("70", set()), ("55", {"arithmetic-rate"})])
def test_a_total_over_a_calendar_year(rate, found):
    text = HEAD + (f"وذكرت الهيئة أن المطار استقبل خلال العام الماضي 840 رحلة شحن مقابل 700 رحلة في العام السابق، "
                   f"وبمتوسط يقارب {rate} رحلة شهرياً.")
    assert kinds(text) == found


@pytest.mark.parametrize("rate,found", [("40", set()), ("30", {"arithmetic-rate"})])
def test_a_total_in_a_named_year(rate, found):
    text = f"وصدّرت الشركة في عام 2023 نحو 480 حاوية مبردة، أي بمعدل {rate} حاوية شهرياً."
    assert kinds(text) == found


def test_another_year_of_the_total_leaves_it_alone():
    text = "وصدّرت الشركة في عام 2023 نحو 480 حاوية، وفي عام 2024 نحو 600 حاوية، أي بمعدل 50 حاوية شهرياً."
    assert kinds(text) == set()


@pytest.mark.parametrize("monthly,found", [("40", set()), ("50", {"arithmetic-rate"})])
def test_a_loan_over_months_and_a_second_rate(monthly, found):
    text = (f"ووافق البنك على قرض قيمته 2.4 مليار دولار على ستين شهراً، أي بمتوسط 480 مليون دولار سنوياً ونحو "
            f"{monthly} مليون دولار شهرياً.")
    assert kinds(text) == found
