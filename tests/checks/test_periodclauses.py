"""period-clause (checks/periodclauses.py): a period phrase explained by the clause after it
(«، إذ …»، «، حيث …»، «، فانخفض …»), every date of which lies outside it. Synthetic sentences."""

from __future__ import annotations

import pytest

from tahqiq.checks.periodclauses import period_clause
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def findings(s: str, form: str = "plain"):
    return period_clause(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize("s, period, year", [
    ("شهدت المدينة في خمسينيات القرن العشرين نمواً سريعاً، إذ افتتح فيها مصنعان عام 1963 وميناء عام 1966.",
     "خمسينيات القرن العشرين", "عام 1963"),
    ("يعود بناء السور إلى القرن السادس عشر على الأقل، إذ يذكره رحالة زار المدينة سنة 1688.",
     "القرن السادس عشر", "سنة 1688"),
    ("تراجعت زراعة القطن في تسعينيات القرن العشرين، فانخفضت المساحة من 40 ألف هكتار عام 2003 إلى 12 ألفاً عام 2009.",
     "تسعينيات القرن العشرين", "عام 2003"),
    ("ازدهرت الصحافة المحلية في الستينيات، حيث صدرت خمس صحف يومية عام 1978.", "الستينيات", "عام 1978"),
])
def test_clause_outside_its_period(s, period, year):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "period-mismatch"
    assert [sp.text for sp in f.spans] == [period, year]
    assert f.evidence["shape"] == "clause"
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert "{" not in ar


@pytest.mark.parametrize("s", [
    # a date inside the period
    "شهدت المدينة في ستينيات القرن العشرين نمواً سريعاً، إذ افتتح فيها مصنعان عام 1963 وميناء عام 1966.",
    # a baseline before the period, the end inside it
    "تراجعت زراعة القطن في تسعينيات القرن العشرين، فانخفضت المساحة من 40 ألف هكتار عام 1989 إلى 12 ألفاً عام 1998.",
    # the other convention of counting (one year)
    "ازدهرت الصحافة المحلية في الستينيات، حيث صدرت خمس صحف يومية عام 1970.",
    # a date with a relation of its own
    "ازدهرت التجارة في الثمانينيات، حيث ارتفعت الصادرات بعد عام 1975.",
    # a noun after «ف», not a verb
    "شهدت المدينة في الخمسينيات، فترة الرخاء، ثم افتتح فيها مصنع عام 1972.",
    # a clause of another kind («و»), and a sequence word before the date
    "ازدهرت الصحافة في الستينيات، وصدرت خمس صحف يومية عام 1978.",
    "ازدهرت الصحافة في الستينيات، إذ صدرت صحف كثيرة ثم أغلقت عام 1978.",
    # too far from the comma
    "ازدهرت الصحافة في الستينيات بفضل دعم الحكومة للمطابع الأهلية والنقابات، إذ صدرت صحف عام 1978.",
])
def test_no_clause_finding(s):
    assert findings(s) == []


def test_scrambled_text_is_skipped():
    s = "ازدهرت الصحافة المحلية في الستينيات، حيث صدرت خمس صحف يومية عام 1978."
    assert findings(s, "pdf-scrambled") == []
