"""Parts and their whole, in more of their shapes (synthetic sentences, written for these rules; session 17):
- a list closed by «أي T» with a few words saying what the last part is for;
- the shares of a distribution with a phrase between commas after the thing distributed, a long name
  before a share in brackets, and «فيتوزع»;
- the holders counted right after the verb and as many shares: a sum short of 100 % is a fault too;
- shares with decimals get a fifth of a point of slack, not a whole point;
- a rest of shares («الحصة الباقية»، «لتبقى … لبقية …») is 100 % less the shares stated before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"arithmetic-parts", "arithmetic-total"}


def kinds(text: str) -> set[str]:
    return {f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))} & KINDS


@pytest.mark.parametrize("total,found", [("210", set()), ("190", {"arithmetic-total"})])
def test_a_list_restated_after_what_its_last_part_is_for(total, found):
    text = (f"وخصصت المنحة 80 مليون دينار لتأهيل المدارس و130 مليون دينار دعماً لشبكة المستشفيات الريفية، أي {total} "
            "مليون دينار في العام الأول.")
    assert kinds(text) == found


def test_a_restatement_in_another_currency_is_no_total():
    text = ("وخصصت المنحة 80 مليون دينار لتأهيل المدارس و130 مليون دينار دعماً للمستشفيات، أي نحو 70 مليون يورو "
            "للمستشفيات وحدها.")
    assert kinds(text) == set()


LEAD = "توزعت ملكية المصفاة، التي بلغت كلفتها 2.6 مليار دولار، على ثلاث شركات هي "


@pytest.mark.parametrize("shares,found", [
    (("45.5", "34.5", "20"), set()),
    (("45.5", "39.5", "20"), {"arithmetic-parts"}),   # beyond 100
    (("45.5", "24.5", "20"), {"arithmetic-parts"}),   # short of 100, the three holders counted
])
def test_shares_of_counted_holders(shares, found):
    a, b, c = shares
    text = (LEAD + f"شركة النفط الوطنية ({a} بالمئة) ومؤسسة الاستثمار السيادية الكويتية ({b} بالمئة) "
            f"والمصرف العربي للتنمية ({c} بالمئة).")
    assert kinds(text) == found


def test_a_short_sum_without_a_count_may_leave_out_a_rest():
    text = ("توزعت ملكية المصفاة على شركة النفط الوطنية (45.5 بالمئة) ومؤسسة الاستثمار (24.5 بالمئة) والمصرف "
            "العربي (20 بالمئة).")
    assert kinds(text) == set()


@pytest.mark.parametrize("last,found", [("38.4", set()), ("31.4", {"arithmetic-parts"})])
def test_a_verb_with_fa(last, found):
    text = (f"فيتوزع الإنفاق على ثلاثة أبواب: الأجور (41.3٪)، والدعم (20.3٪)، والاستثمار ({last}٪).")
    assert kinds(text) == found


@pytest.mark.parametrize("third,found", [("6.22", set()), ("6.92", {"arithmetic-parts"})])
def test_decimal_shares_get_a_fifth_of_a_point(third, found):
    text = ("وتوزع عائدات الصندوق على الأعضاء وفق نسب محددة: 71.45 في المائة لمصر، و18.9 في المائة للأردن، "
            f"و{third} في المائة للعراق، و3.43 في المائة للبنان.")
    assert kinds(text) == found


@pytest.mark.parametrize("rest,found", [("35", set()), ("25", {"arithmetic-parts"})])
def test_the_remaining_share_of_a_paragraph(rest, found):
    text = ("وبموجب العقد حصلت الشركة الكورية على حصة 65 في المائة في شركة التشغيل مقابل 400 مليون دولار. "
            f"وتسلمت الشركة المحطة بعد ستة أشهر. وتحتفظ الحكومة بالحصة الباقية البالغة {rest} في المائة.")
    assert kinds(text) == found


@pytest.mark.parametrize("rest,found", [("12", set()), ("22", {"arithmetic-parts"}), ("7", {"arithmetic-parts"})])
def test_the_rest_after_shares_that_changed(rest, found):
    text = ("وتراجعت حصة فرنسا من واردات تونس من القمح من 61 في المئة عام 2015 إلى 44 في المئة عام 2024، أي بانخفاض "
            f"17 نقطة مئوية، فيما ارتفعت حصة روسيا إلى 27 في المئة وحصة أوكرانيا إلى 17 في المئة، لتبقى {rest} في "
            "المئة لبقية الموردين.")
    assert kinds(text) == found
