"""sequence-main-clause (checks/sequence.py): «ثم» joining main clauses, its date against the main
clause's date past a subordinate clause's. Synthetic sentences."""

from __future__ import annotations

import pytest

from tahqiq.checks.sequence import sequence_main_clause
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def findings(s: str, form: str = "plain"):
    return sequence_main_clause(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize("s, later, earlier", [
    ("افتُتح المتحف في 3 آذار 2018 بحضور الوزير، بعد عامين من وضع حجر أساسه في أيار 2016، ثم زاره الملك في "
     "تموز 2017 وأشاد به.", "تموز 2017", "3 آذار 2018"),
    ("صدر القانون عام 2012، بعد عامين من الاحتجاجات في 2010، وبعد ذلك عدله البرلمان عام 2011.", "عام 2011", "عام 2012"),
    ("The port opened in May 2019, a year after the contract of 2018, then the first ship docked in March 2019.",
     "March 2019", "May 2019"),
])
def test_then_before_the_main_clause(s, later, earlier):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "order-word-contradiction"
    assert (f.evidence["later"]["text"], f.evidence["earlier"]["text"]) == (later, earlier)
    assert arabic(f.kind, f.evidence, [sp.text for sp in f.spans]).startswith("تجعل كلمة")


@pytest.mark.parametrize("s", [
    # in order
    "افتُتح المتحف في 3 آذار 2018 بحضور الوزير، بعد عامين من وضع حجر أساسه في أيار 2016، ثم زاره الملك في "
    "تموز 2019 وأشاد به.",
    # the main clause's date precedes a «قبل» clause's reference date: the latter does not bind «ثم»
    "أعلنت الحكومة الخطة في أيار 2020، قبل عام من الانتخابات في حزيران 2021، ثم أقرها البرلمان في آب 2020.",
    # the date after «ثم» is in a relative clause
    "انتقل الفريق إلى المدينة عام 2015، بعد موسم في القرية عام 2014، ثم إلى العاصمة التي تأسست عام 1900.",
    # a date in brackets (a citation) is not the main clause's
    "أغلق المصنع في 2015 (تقرير الوزارة، 2021)، بعد عامين من الخسائر في 2013، ثم أعيد فتحه في 2017.",
    # the nearest date contradicts: chronology's pair, not reported twice
    "صدر القانون عام 2012 ثم عدله البرلمان عام 2010.",
])
def test_no_main_clause_finding(s):
    assert findings(s) == []
