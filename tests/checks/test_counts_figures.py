"""count-mismatch (checks/counts.py) over lists whose items carry a figure or a bracket after their
name («النجم (9 ألقاب)»، «الأسمدة بـ1.6 مليار دولار»). Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from tahqiq.checks.counts import count_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts


def run(s: str):
    return count_mismatch(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s, n", [
    ("فاز بالبطولة أربعة لاعبين: سامر (4 مرات)، ونادر (مرتان)، وهاني (مرة واحدة)، أي سبع بطولات في المجموع.", 3),
    ("يتوزع الإنفاق على ثلاثة بنود: الرواتب بقيمة 4.5 مليون دينار، والصيانة بـ1.2 مليون دينار.", 2),
    ("تضم الخطة أربعة محاور: تأهيل الطرق الريفية، وبناء جسر بطول 300 متر، وحفر آبار جديدة.", 3),
])
def test_named_items_with_figures_are_counted(s, n):
    fs = run(s)
    assert len(fs) == 1, s
    assert len(fs[0].evidence.get("items", [])) == n or f"lists {n}" in fs[0].message


@pytest.mark.parametrize("s", [
    "فاز بالبطولة ثلاثة لاعبين: سامر (4 مرات)، ونادر (مرتان)، وهاني (مرة واحدة)، أي سبع بطولات في المجموع.",
    "يتوزع الإنفاق على بندين: الرواتب بقيمة 4.5 مليون دينار، والصيانة بـ1.2 مليون دينار.",
    "تضم الخطة ثلاثة محاور: تأهيل الطرق الريفية، وبناء جسر بطول 300 متر، وحفر آبار جديدة.",
    # a list of figures, not of named things
    "سجل المؤشر ثلاث قراءات: 2.5 و3.1 و4.",
])
def test_right_counts_and_figure_lists(s):
    assert run(s) == [], s


@pytest.mark.parametrize("s", [
    # «هي» inside a word («تنتهي») opens no list
    "بدأ البرنامج في آذار 2021 لمدة خمسة أعوام تنتهي في 31 كانون الأول 2025، قابلة للتمديد.",
    "تستمر الدورة ثلاثة أشهر وتنتهي في أيار من العام نفسه، بتمويل قدره ٢٫٥ مليون دينار، أي ٥٠٠٠ دينار للمتدرب.",
])
def test_no_list_inside_a_word(s):
    assert run(s) == [], s
