"""Families of constructions (figures) read in session 24 (heldout21's remaining misses, each generalised to its kind and
tested here on synthetic texts, faulty and clean):

* an amount added to another, or a share of a whole named before, that holds only with one scale word read for
  another («تضاف إليها 450 مليار دولار، فبلغ 1.575 مليار»، «وعدد سكانها 3.9 آلاف نسمة، 53% منهم …، أي نحو 2.07
  مليون») is a scale word slipped (arithmetic-magnitude; checks/additions.py, checks/shares.py), «آلاف» as
  printed included;
* a figure glossed by a multiple of a figure named after it in its clause («لعشرة آلاف مصلّ، أي عشرة أضعاف المبنى
  القديم الذي كان يتسع لألف مصلّ») is that many times it (checks/changeforms.py);
* the owners of a thing counted before its shares («ويملك المشروع ثلاثة شركاء: A بـ51%، وB بـ30%، وC بـ19%»،
  «تتقاسمه أربع شركات هي …») are the whole of it: their shares sum to 100% (checks/parts.py);
* items after a colon that each give a count and a value («14 مشروعاً بقيمة 3.5 مليار دولار: 8 مشاريع في مصر بقيمة
  2.1 مليار دولار، و4 في عُمان بقيمة …») sum to the count and to the value before it (checks/pairlists.py).
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


# -- a scale word slipped in an addition or a share's whole -------------------------------------------------------

ADDED = "اشترت الشركة الحصة مقابل 2.25 مليار دولار، تضاف إليها {b} دولار تعويضاً عن نفقات سابقة، فبلغ ما دفعته 2.85 مليار دولار."


@pytest.mark.parametrize("b, kind", [("600 مليون", None), ("600 مليار", "arithmetic-magnitude"),
                                     ("600 ألف", "arithmetic-total")])  # (a sum of the result's order: a wrong sum)
def test_an_amount_added_with_its_scale_word_slipped(b, kind):
    found = set(kinds(ADDED.format(b=b))) & {"arithmetic-magnitude", "arithmetic-total"}
    assert found == ({kind} if kind else set())


def test_a_supply_added_with_its_scale_word_slipped_in_the_next_sentence():
    text = ("يورد المصنع 320 ألف طن سنوياً إلى الميناء. وتضاف إلى ذلك 150 {s} طن سنوياً لمشروع ثانٍ، فيصبح المجموع "
            "470 ألف طن سنوياً.")
    assert "arithmetic-magnitude" not in kinds(text.format(s="ألف"))
    assert "arithmetic-magnitude" in kinds(text.format(s="مليون"))


SHARE = "ويبلغ عدد سكان الإقليم {w} نسمة، 40 في المائة منهم من الريف، أي نحو 2.4 مليون نسمة."


@pytest.mark.parametrize("w, fault", [("6 ملايين", False), ("6 آلاف", True), ("ستة آلاف", True), ("ستة ملايين", False)])
def test_a_share_whose_whole_has_its_scale_word_slipped(w, fault):
    assert ("arithmetic-magnitude" in kinds(SHARE.format(w=w))) is fault


# -- a multiple of a figure named after it ----------------------------------------------------------------------

@pytest.mark.parametrize("text, fault", [
    ("وتتسع القاعة الجديدة لعشرة آلاف مقعد، أي {n} أضعاف القاعة القديمة التي كانت تضم 2000 مقعد.", None),
    ("بلغ عدد المتدربين 4500 متدرب، أي {n} أضعاف عددهم عام 2010 حين كانوا 1500 متدرب.", None),
])
@pytest.mark.parametrize("n, ok", [("خمسة", "first"), ("ثلاثة", "second"), ("ستة", None)])
def test_a_figure_glossed_by_a_multiple_of_a_figure_named_after_it(text, fault, n, ok):
    first = "القاعة" in text
    right = (ok == "first" and first) or (ok == "second" and not first)
    assert ("arithmetic-growth" in kinds(text.format(n=n))) is (not right)


def test_a_multiple_of_a_figure_of_another_measure_is_left_alone():
    text = "بلغ عدد المتدربين 4500 متدرب، أي ثلاثة أضعاف ميزانية المعهد البالغة 800 ألف دولار."
    assert "arithmetic-growth" not in kinds(text)


# -- the owners' shares of a thing, counted ------------------------------------------------------------------------

@pytest.mark.parametrize("text, fault", [
    ("ويملك المشروع ثلاثة شركاء: مجموعة الشمال بـ51%، والشركة الوطنية بـ30%، وصندوق المدينة بـ19%.", False),
    ("ويملك المشروع ثلاثة شركاء: مجموعة الشمال بـ51%، والشركة الوطنية بـ35%، وصندوق المدينة بـ19%.", True),
    ("ويملك المشروع ثلاثة شركاء: مجموعة الشمال بـ51%، والشركة الوطنية بـ20%، وصندوق المدينة بـ19%.", True),
    ("وتتقاسم الحقل أربع شركات هي: الأولى (50%) والثانية (30%) والثالثة (10%) والرابعة (10%).", False),
    ("وتتقاسم الحقل أربع شركات هي: الأولى (50%) والثانية (30%) والثالثة (10%) والرابعة (15%).", True),
    # not the whole list: examples among many owners
    ("ويملك المصرف 12 مساهماً، أبرزهم الحكومة بـ40% والصندوق السيادي بـ20%.", False),
])
def test_the_shares_of_counted_owners_sum_to_the_whole(text, fault):
    assert ("arithmetic-parts" in kinds(text)) is fault


# -- items with a count and a value each, after a colon ---------------------------------------------------------

PAIRS = "موّل الصندوق {c} مشروعاً بقيمة 3.5 مليار دولار: {a} مشاريع في تونس بقيمة 2.1 مليار دولار، و4 في ليبيا بقيمة 1.1 مليار دولار، و2 في مالي بقيمة {v} مليون دولار."


@pytest.mark.parametrize("c, a, v, fault", [("14", "8", "300", False), ("14", "9", "300", True), ("15", "8", "300", True),
                                            ("14", "8", "500", True), ("14", "8", "320", False)])
def test_items_with_a_count_and_a_value_sum_to_both(c, a, v, fault):
    assert ("arithmetic-total" in kinds(PAIRS.format(c=c, a=a, v=v))) is fault


def test_items_in_number_words_and_two_items():
    text = "وقّعت الوزارة تسعة عقود قيمتها 900 مليون دولار: {n} عقود للطرق بقيمة 500 مليون دولار، وأربعة للموانئ بقيمة 400 مليون دولار."
    assert "arithmetic-total" not in kinds(text.format(n="خمسة"))
    assert "arithmetic-total" in kinds(text.format(n="ستة"))


def test_a_list_with_figures_the_items_do_not_account_for_is_left_alone():
    text = ("موّل الصندوق 14 مشروعاً بقيمة 3.5 مليار دولار: 8 مشاريع في تونس بقيمة 2.1 مليار دولار، و5 في ليبيا بقيمة "
            "1.1 مليار دولار، بينما بلغت المنح 300 مليون دولار.")
    assert "arithmetic-total" not in kinds(text)
