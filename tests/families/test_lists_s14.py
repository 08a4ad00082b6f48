"""Wholes and their listed parts in two more shapes, generated:
- the count of the parts before the colon, the whole before it: «تبني الشركة 22 مفاعلاً في سبع دول خارج روسيا:
  4 في مصر، و4 في تركيا، …» (the parts sum to the whole, not to the count of places);
- a counted list whose every item carries its share in brackets: «ويملك المشروع أربعة شركاء: نوفاتك (50.1 بالمئة)،
  وتوتال (20 بالمئة)، و… (20 بالمئة)، و… (9.9 بالمئة)» (the shares add up to 100, at the list's finest precision),
  and its English form "four partners: A (50.1%), B (20%), …".
Also a list going on with a bare number («16 قطعة بحرية: 10 إيرانية و4 روسية و2 صينية»). The right list is quiet,
a part changed is flagged once.
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


REACTORS = "وتبني الشركة حالياً {w} مفاعلاً في سبع دول خارج روسيا: 4 في مصر، و4 في تركيا، و4 في الصين، و{x} في الهند، و2 في بنغلاديش، و2 في المجر، و2 في إيران."


@pytest.mark.parametrize("x", [4, 3, 6])
def test_the_count_of_places_before_the_colon(x):
    assert kinds(REACTORS.format(w=18 + x, x=x)) == []
    assert kinds(REACTORS.format(w=18 + x, x=x + 2)) == ["arithmetic-parts"]


PARTNERS = ("ويملك المشروع أربعة شركاء: نوفاتك الروسية ({a} بالمئة)، وتوتال إنرجيز الفرنسية ({b} بالمئة)، "
            "والمؤسسة الوطنية الصينية للبترول ({c} بالمئة)، وصندوق طريق الحرير ({d} بالمئة).")
PARTNERS_EN = "The project has four partners: Novatek ({a}%), TotalEnergies ({b}%), CNPC ({c}%), the Silk Road Fund ({d}%)."


@pytest.mark.parametrize("template", [PARTNERS, PARTNERS_EN])
@pytest.mark.parametrize("a,b,c,d", [("50.1", "20", "20", "9.9"), ("60", "20", "10", "10"), ("35.5", "30", "20", "14.5")])
def test_shares_of_a_counted_list(template, a, b, c, d):
    assert kinds(template.format(a=a, b=b, c=c, d=d)) == []
    bumped = f"{float(a) + 3:g}"  # beyond the rounding of four whole shares (two points)
    assert kinds(template.format(a=bumped, b=b, c=c, d=d)) == ["arithmetic-parts"]


def test_equal_thirds_are_rounded():
    assert kinds("وللشركة ثلاثة مساهمين: الدولة (33 بالمئة)، والصندوق (33 بالمئة)، والمصرف (33 بالمئة).") == []


@pytest.mark.parametrize("a,found", [(10, []), (12, ["arithmetic-total"])])
def test_a_list_going_on_with_a_bare_number(a, found):
    assert kinds(f"وجرت الجولة الخامسة في آذار 2025 بمشاركة 16 قطعة بحرية: {a} إيرانية و4 روسية و2 صينية.") == found
