"""Changes in two more shapes (synthetic sentences, written for these rules; session 17):
- a change between two years («انخفض … بين 2017 و2020 بنسبة P%») against the figures stated with those years
  earlier in the paragraph;
- a change in percentage points with the ends' periods between («من 55% في الفترة 2010-2014 إلى 41% في الفترة
  2015-2019، أي بانخفاض 14 نقطة مئوية»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> set[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return {f.kind for f in fs if f.kind.startswith("arithmetic")}


YEARS = ("وبلغت صادرات الشركة 12.5 مليار درهم عام 2017، ثم تراجعت إلى 8.0 مليارات درهم عام 2020 وإلى 7.2 مليارات "
         "درهم عام 2023. أي أن الصادرات انخفضت بين 2017 و2020 بنسبة {p} بالمئة.")


@pytest.mark.parametrize("p,found", [("36", set()), ("42", {"arithmetic-growth"})])
def test_a_change_between_two_years(p, found):
    assert kinds(YEARS.format(p=p)) == found


def test_years_not_stated_with_figures_leave_it_alone():
    text = "وتحسنت المؤشرات كثيراً. وقد ارتفعت الصادرات بين 2017 و2020 بنسبة 42 بالمئة."
    assert kinds(text) == set()


POINTS = ("وتراجعت حصة فرنسا من واردات البلاد من 55 في المئة في الفترة 2010-2014 إلى 41 في المئة في الفترة "
          "2015-2019، أي بانخفاض {n} نقطة مئوية.")


@pytest.mark.parametrize("n,found", [("14", set()), ("24", {"arithmetic-growth"})])
def test_points_with_the_periods_between(n, found):
    assert kinds(POINTS.format(n=n)) == found
