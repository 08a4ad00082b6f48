"""Changes in two more wordings, generated (the right rate quiet, a wrong one flagged):
- verbs of fall and rise the rules did not know: «نزل سعر اللتر من 15 درهماً إلى 11,5 درهماً، أي بتراجع 23,3 في
  المائة»، «تدنى»، «انكمش»، «توسع»، "went down";
- two states of one quantity in a sentence, the change glossed after the second: «تجاوزت ترسانتها 600 رأس هذا
  العام، وقد تبلغ 1000 رأس بحلول عام 2030، أي بزيادة تقارب 67 في المئة».
Quiet: another quantity in the second clause («الصادرات 200 … والواردات 300»), a rate with its own base after
it («… بزيادة 20 في المئة عن العام الماضي»).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind.startswith("arithmetic"))


@pytest.mark.parametrize("verb", ["نزل", "نزلت", "تدنى", "انكمش"])
@pytest.mark.parametrize("a,b", [(15, 11.5), (200, 150), (80, 60)])
def test_fall_verbs(verb, a, b):
    rate = round(100 * (a - b) / a, 1)
    text = "{v} سعر اللتر من {a} درهماً في يونيو 2022 إلى {b} درهماً اليوم، أي بتراجع {r} في المائة."
    assert kinds(text.format(v=verb, a=a, b=b, r=rate)) == []
    assert kinds(text.format(v=verb, a=a, b=b, r=round(rate + 7, 1))) == ["arithmetic-growth"]


@pytest.mark.parametrize("a,b", [(600, 1000), (250, 400), (1200, 1500)])
@pytest.mark.parametrize("noun", ["رأس", "طائرة", "مليون دولار"])
def test_two_states(a, b, noun):
    rate = round(100 * (b - a) / a)
    text = "ويقدّر التقرير أن العدد تجاوز {a} {n} هذا العام، وقد يبلغ {b} {n} بحلول عام 2030، أي بزيادة تقارب {r} في المئة."
    assert kinds(text.format(a=a, b=b, n=noun, r=rate)) == []
    assert kinds(text.format(a=a, b=b, n=noun, r=rate + 25)) == ["arithmetic-growth"]


@pytest.mark.parametrize("text", [
    "بلغت الصادرات 200 مليون دولار، والواردات 300 مليون دولار، أي بزيادة 20 في المئة.",
    "بلغت الصادرات 200 مليون دولار هذا العام، وبلغت 300 مليون دولار في القطاع الآخر، أي بزيادة 20 في المئة عن العام الماضي.",
])
def test_not_two_states(text):
    assert kinds(text) == []


@pytest.mark.parametrize("rate,found", [(50, []), (33, ["arithmetic-growth"])])
def test_to_then_from_with_the_end_year_between(rate, found):
    text = f"فقد ارتفعت الشحنات عبر قزوين إلى 4.8 ملايين طن عام 2024، من 3.2 ملايين طن عام 2022، أي بزيادة {rate} في المئة في عامين."
    assert kinds(text) == found


@pytest.mark.parametrize("rate,found", [(25, []), (20, ["arithmetic-growth"])])
def test_versus_an_earlier_time_with_its_length(rate, found):
    """«مقابل 160 مليار دولار قبل ثلاث سنوات، أي بزيادة 25%»: the length of time dates the base, it is no figure."""
    text = f"بلغت المحفظة 200 مليار دولار في نهاية 2024، مقابل 160 مليار دولار قبل ثلاث سنوات، أي بزيادة {rate}%."
    assert kinds(text) == found


@pytest.mark.parametrize("points,found", [("25 نقطة", []), ("35 نقطة", ["arithmetic-growth"])])
def test_points_against_an_earlier_share(points, found):
    text = f"بلغت الحصة 90 في المائة خلال الأشهر التسعة الأولى، مقابل 65 في المائة قبل عامين، أي بزيادة {points} مئوية."
    assert kinds(text) == found


def test_a_rate_with_a_base_of_its_own():
    assert kinds("بلغت الصادرات 60 مليار دولار، مقابل واردات بقيمة 48 مليار دولار، أي بزيادة 10% عن العام الماضي.") == []
