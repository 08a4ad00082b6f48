"""Counts against lists in two more shapes, generated:
- a list whose last item is joined by «ثم» ("then") instead of «و»: «ست قمم: عشق آباد 2002، وطهران 2007، …،
  وأكتاو 2018، ثم عشق آباد مجدداً 2022»، «سبعة فصول: …، والرأي العام، ثم خاتمة»;
- a list of groups, each of short names joined by «و» and closed by a bracket: «عشر دول: البرازيل وروسيا
  والهند والصين وجنوب أفريقيا (المؤسسون)، ومصر وإثيوبيا وإيران والإمارات (منذ 2024)، وإندونيسيا (منذ 2025)».
The right count is quiet, a count one more or one less is flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks.counts import count_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

WORDS = {4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر", 11: "إحدى عشرة"}
WORDS_M = {5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية"}


def found(text: str) -> list:
    return count_mismatch(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


SUMMITS = "وقد أنشأت الدول فريق عمل عام 1996، ثم عقدت {n} قمم: عشق آباد 2002، وطهران 2007، وباكو 2010، وأستراخان 2014، وأكتاو 2018، ثم عشق آباد مجدداً 2022."
CHAPTERS = "ويتوزع الكتاب على {n} فصول: السياق التاريخي، والطاقة، والسكك الحديدية، والديون، والأمن، والرأي العام، ثم خاتمة قصيرة."
GROUPS = ("وتضم المجموعة اليوم {n} دول: البرازيل وروسيا والهند والصين وجنوب أفريقيا (المؤسسون)، ومصر وإثيوبيا وإيران "
          "والإمارات (منذ 2024)، وإندونيسيا (منذ 2025).")


@pytest.mark.parametrize("template,words,right", [(SUMMITS, WORDS, 6), (CHAPTERS, WORDS_M, 7), (GROUPS, WORDS, 10)])
@pytest.mark.parametrize("delta", [0, -1, 1])
def test_count(template, words, right, delta):
    n = right + delta
    if n not in words or template is GROUPS and delta == 1:
        pytest.skip("no plural count word («إحدى عشرة دولة» counts a singular)")
    hits = found(template.format(n=words[n]))
    assert [h.kind for h in hits] == ([] if delta == 0 else ["count-mismatch"])


def test_a_list_of_groups_may_be_counted_by_groups():
    """«ثلاث مجموعات: …، …، …»: the three groups are a right count too (the list is read both ways)."""
    assert found(GROUPS.replace("{n} دول", "ثلاث مجموعات")) == []
