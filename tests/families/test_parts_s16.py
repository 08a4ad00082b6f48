"""Parts and totals in two more constructions (synthetic sentences, written for these rules):
- the parts of one breakdown share their precision: «6.3 مليارات …، و3 مليارات …، و5.2 مليارات» — the «3» was
  written without its «.0», so it stands for 3.0 ± 0.05, not 3 ± 0.5 billion;
- «منها» reaches back over figures of other measures to the count of its parts' own noun («ببناء 1000 مدرسة
  بكلفة 1.2 مليار دولار، …، تتولى شركة منها 679 مدرسة وشركة أخرى 321 مدرسة»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


SHARED = ("بلغ الدين الخارجي للبلاد 18.6 مليار دولار، موزعة على أربع فئات: 6.3 مليارات دولار للدائنين الرسميين، "
          "و3 مليارات لحملة السندات، و{x} مليارات للمؤسسات متعددة الأطراف، و4.1 مليارات للدائنين التجاريين.")


@pytest.mark.parametrize("x,found", [("5.2", False), ("5.8", True), ("5.5", True)])
def test_a_whole_number_among_decimals_shares_their_precision(x, found):
    assert ("arithmetic-total" in kinds(SHARED.format(x=x))) is found


def test_whole_numbers_alone_keep_their_own_precision():
    # every part a whole number of billions: each may be rounded, 3 + 5 + 4 = 12 meets 12.4
    text = "بلغت الاستثمارات 12.4 مليار دولار: 3 مليارات للطاقة، و5 مليارات للنقل، و4 مليارات للموانئ."
    assert "arithmetic-total" not in kinds(text)


FAR = ("انطلق البرنامج عام 2021 ببناء 1000 مدرسة بكلفة 1.2 مليار دولار، أي 1.2 مليون دولار للمدرسة الواحدة، "
       "تتولى شركة الإنشاءات الأولى منها {a} مدرسة وشركة الإنشاءات الثانية 321 مدرسة.")


def test_of_which_reaches_back_to_its_own_noun():
    assert "arithmetic-parts" not in kinds(FAR.format(a="679"))
    assert "arithmetic-parts" in kinds(FAR.format(a="697"))


def test_of_which_does_not_reach_over_a_sentence():
    text = ("انطلق البرنامج ببناء 1000 مدرسة. وفي العام التالي تعاقدت الوزارة على 2000 مدرسة أخرى، "
            "تتولى شركة منها 697 مدرسة وشركة ثانية 321 مدرسة.")
    assert "arithmetic-parts" not in kinds(text)


@pytest.mark.parametrize("total,found", [("5300", False), ("5000", True)])
def test_bare_numbers_under_a_count_after_a_colon(total, found):
    text = f"وتتألف القوة من {total} جندي: 3000 من الجيش و1500 من الشرطة و800 من الحرس الوطني."
    assert ("arithmetic-total" in kinds(text)) is found


def test_the_count_of_places_a_count_is_spread_over_is_no_total():
    text = "ويبني المقاول 22 مفاعلاً في سبع دول: 4 في مصر، و4 في تركيا، و4 في الصين، و4 في الهند، و2 في المجر، و4 في إيران."
    assert "arithmetic-total" not in kinds(text)


@pytest.mark.parametrize("asia,found", [("600 ألف", False), ("1.2 مليون", True)])
def test_among_them_without_min(asia, found):
    # «بينهم» (among them) opens the parts as «منهم» does: parts above the whole are a fault
    text = (f"استقبلت البلاد العام الماضي 2.4 مليون سائح، بينهم 900 ألف سائح أوروبي و800 ألف سائح عربي "
            f"و{asia} سائح آسيوي.")
    assert ("arithmetic-parts" in kinds(text)) is found


@pytest.mark.parametrize("total,found", [("80", False), ("85", True)])
def test_parts_joined_by_then_before_a_total(total, found):
    # a ranking's parts joined by «تلتها … ثم …» before «ما مجموعه»
    text = (f"وجاءت الصين في المرتبة الأولى بـ 40 مليار دولار، تلتها روسيا بـ 25 ملياراً ثم الهند بـ 15 ملياراً، "
            f"أي ما مجموعه {total} مليار دولار.")
    assert ("arithmetic-total" in kinds(text)) is found


def test_a_rise_then_another_is_no_list_of_parts():
    text = "ارتفع الإنتاج إلى 10 ملايين طن ثم إلى 15 مليون طن، وبلغ مجموع الصادرات 12 مليون طن."
    assert "arithmetic-total" not in kinds(text)
