"""A yearly anniversary against the day of its event (checks/anniversaries). Synthetic texts."""

from __future__ import annotations

import pytest

from tahqiq.checks.anniversaries import anniversary_date
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts


def findings(s: str):
    return anniversary_date(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s", [
    # a birth told with its verb, the anniversary with a pronoun
    "وُلدت الروائية هالة ناصر يوم الثلاثاء 8 آذار 1949 في حيفا. وتحتفي المدينة في 18 آذار من كل عام بذكرى ميلادها.",
    # a founding named with its object in both
    "تأسست الجمعية الأهلية في 2 شباط 1978 بمبادرة من معلمين. ويحيي أعضاؤها ذكرى تأسيس الجمعية في 20 شباط سنوياً.",
    # a death, the anniversary before the verb's object
    "توفي المؤرخ فؤاد السالم في 30 أيلول 1999. وفي 3 تشرين الأول من كل عام تقام ندوة في ذكرى وفاته.",
])
def test_an_anniversary_on_another_day(s):
    fs = findings(s)
    assert len(fs) == 1 and fs[0].kind == "event-date-conflict"


@pytest.mark.parametrize("s", [
    "وُلدت الروائية هالة ناصر يوم الثلاثاء 8 آذار 1949 في حيفا. وتحتفي المدينة في 8 آذار من كل عام بذكرى ميلادها.",
    # a celebration dated with its own year is not the event's day
    "وُلدت الروائية هالة ناصر يوم الثلاثاء 8 آذار 1949. وأحيت المدينة ذكرى ميلادها المئوية في 10 آذار 2049.",
    # the anniversary of another object
    "تأسس النادي في 2 شباط 1978. ويحيي أعضاء الاتحاد ذكرى تأسيس الاتحاد في 20 شباط سنوياً.",
    # an event told only to the year
    "وُلدت الروائية هالة ناصر عام 1949. وتحتفي المدينة في 18 آذار من كل عام بذكرى ميلادها.",
    # another event's anniversary
    "وُلدت الروائية هالة ناصر يوم الثلاثاء 8 آذار 1949. وتحتفي المدينة في 18 آذار من كل عام بذكرى وفاتها.",
])
def test_agreeing_or_unrelated_anniversaries_are_quiet(s):
    assert findings(s) == []
