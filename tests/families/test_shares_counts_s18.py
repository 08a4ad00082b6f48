"""Families of constructions read in session 18 (synthetic sentences written for them):

- a definite numeral after its definite noun («في الدول الأربع الأخرى»، «لدى الشركات الثلاث») names the
  holders of an amount: a share in brackets after it is the amount's («و9.8 ملايين في الدول الأربع
  الأخرى مجتمعة (35 في المئة)»), not a share of «4»;
- the pronoun of «وأنفقت منها V، أي P%» is the topic figure's, not the one set against it for comparison
  after «مقابل/مقارنة بـ» («بلغت الإيرادات T عام 2024، مقابل T0 في العام السابق»);
- a list item in quotation marks is one name even when it holds «أو»/«و» («"سي إم أو سي"»، «"بي أو بي"»).
Each with the fault a writer could make, which must still be found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


HOLDERS = ("بلغ عدد {what} في المنطقة {t} مليون {unit} نهاية العام الماضي، منها {a} مليون في {c1}، أي {pa} في المئة، "
           "و{b} ملايين في {c2} ({pb} في المئة)، و{c} ملايين في {group} الأخرى مجتمعة ({pc} في المئة).")
CASES = [
    dict(what="الاشتراكات", unit="اشتراك", t=28, a=11.2, pa=40, b=7, pb=25, c=9.8, pc=35, c1="السعودية", c2="الإمارات",
         group="الدول الأربع"),
    dict(what="المسافرين", unit="مسافر", t=40, a=16, pa=40, b=8, pb=20, c=16, pc=40, c1="القاهرة", c2="الإسكندرية",
         group="المطارات الثلاثة"),
    dict(what="العملاء", unit="عميل", t=20, a=9, pa=45, b=5, pb=25, c=6, pc=30, c1="الرياض", c2="جدة",
         group="المدن الخمس"),
]


@pytest.mark.parametrize("case", CASES)
def test_a_share_after_the_holders_of_an_amount_is_the_amounts(case):
    assert not [k for k in kinds(HOLDERS.format(**case)) if k.startswith("arithmetic")]


@pytest.mark.parametrize("case", CASES)
def test_a_wrong_share_after_the_holders_is_found(case):
    wrong = dict(case, pc=case["pc"] + 12)
    assert "arithmetic-share-whole" in kinds(HOLDERS.format(**wrong)) or "arithmetic-parts" in kinds(
        HOLDERS.format(**wrong))


TOPIC = ("وبلغت {noun} {now} مليار {cur} عام 2024، {vs} {then} مليارات في العام السابق، أي بزيادة {up} في المئة، "
         "وأنفقت منها {part} مليار {cur} على البحث والتطوير، أي {share} في المئة من {noun}.")
TOPICS = [
    dict(noun="إيرادات الشركة", now=862.1, then=704.2, up=22.4, part=179.7, share=20.8, cur="يوان", vs="مقابل"),
    dict(noun="مبيعات المجموعة", now=120, then=100, up=20, part=30, share=25, cur="درهم", vs="مقارنة بـ"),
]


@pytest.mark.parametrize("case", TOPICS)
def test_the_pronoun_is_the_topic_figures(case):
    assert "arithmetic-share-whole" not in kinds(TOPIC.format(**case))


@pytest.mark.parametrize("case", TOPICS)
def test_a_share_of_the_topic_figure_that_is_wrong(case):
    wrong = dict(case, share=round(case["share"] * 1.3, 1))
    assert "arithmetic-share-whole" in kinds(TOPIC.format(**wrong))


QUOTED = "أسست الحكومة تحالف \"إيه بي سي\" الذي يضم {n} شركات هي {items}، لاستثمار أكثر من مليار دولار في مصنعين."


@pytest.mark.parametrize("n, items", [
    ("ثلاث", "\"كاتل\" و\"برونب\" و\"سي إم أو سي\""),
    ("ثلاث", "«كاتل» و«برونب» و«سي إم أو سي»"),
    ("أربع", "\"بي أو بي\" و\"كاتل\" و\"برونب\" و\"تي أند تي\""),
])
def test_a_quoted_name_holding_a_joint_is_one_item(n, items):
    assert "count-mismatch" not in kinds(QUOTED.format(n=n, items=items))


@pytest.mark.parametrize("n, items", [
    ("أربع", "\"كاتل\" و\"برونب\" و\"سي إم أو سي\""),
    ("ثلاث", "«كاتل» و«برونب» و«سي إم أو سي» و«غانفينغ»"),
])
def test_a_count_that_the_quoted_names_do_not_meet(n, items):
    assert "count-mismatch" in kinds(QUOTED.format(n=n, items=items))


ELLIPSIS = ("ونُقلت عبره في عام 2024 نحو 26.5 مليون طن: {a} ملايين طن عبر المسار الغربي ({pa} بالمئة)، و9.3 ملايين "
            "عبر المسار الأوسط (35.1 بالمئة)، و9.8 ملايين عبر المسار الشرقي (37 بالمئة).")


@pytest.mark.parametrize("a, pa, fault", [("7.4", "27.9", False), ("7.4", "29.7", True), ("7.1", "27.9", True)])
def test_parts_that_leave_the_unit_out_are_of_the_first_parts_kind(a, pa, fault):
    """«7.4 ملايين طن (27.9%)، و9.3 ملايين (35.1%)»: the later parts leave «طن» out; all imply one whole."""
    assert ("arithmetic-share-whole" in kinds(ELLIPSIS.format(a=a, pa=pa))) == fault


@pytest.mark.parametrize("head, fault", [
    ("وموانئها الثلاثة:", False), ("وموانئها الأربعة:", True), ("وموانئها\nالثلاثة:", False), ("وموانئها\nالأربعة:", True),
    ("ومدنهم الثلاث:", False), ("ومدنهم الخمس:", True),
])
def test_a_count_after_a_noun_made_definite_by_its_pronoun(head, fault):
    text = f"وقضى الاتفاق بوقف إطلاق النار في المحافظة {head} الحديدة والصليف ورأس عيسى."
    assert ("count-mismatch" in kinds(text)) == fault


def test_the_count_is_quoted_noun_first():
    msgs = [f.message for f in checks.run(gather([Document(path=Path("a.txt"), raw=(
        "تتقاسم الدول الخمس: مصر والسودان وإثيوبيا وكينيا، مياه النهر."), form="plain")])) if f.kind == "count-mismatch"]
    assert msgs and "الدول الخمس" in msgs[0]
