"""A count, the amount each has and the total (synthetic sentences, written for the rule
``arithmetic-each-total``): «أنبوبين … طاقة كل منهما 15.75 مليار متر مكعب سنوياً، أي 31.5 مليار متر مكعب في
المجموع»; «منهما» counts two, «منها» the nearest count of things before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather
from tahqiq.review.messages import arabic


def findings(text: str):
    return [f for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
            if f.kind == "arithmetic-total"]


CASES = [
    ("ويتألف الخط من أنبوبين متوازيين طاقة كل منهما {each} مليار متر مكعب سنوياً، أي {total} مليار متر مكعب في المجموع.",
     ("15.75", "31.5"), ("17.55", "31.5")),
    ("وتضم المنطقة الصناعية ثلاث محطات قدرة كل منها {each} ميغاواط، بإجمالي {total} ميغاواط.",
     ("400", "1200"), ("400", "1300")),
    ("ووزعت الحكومة خمس منح على المحافظات قيمة كل واحدة منها {each} ملايين دولار، ما مجموعه {total} مليون دولار.",
     ("8", "40"), ("8", "45")),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_count_times_each_against_the_total(text, good, bad):
    assert findings(text.format(each=good[0], total=good[1])) == []
    got = findings(text.format(each=bad[0], total=bad[1]))
    assert len(got) == 1 and got[0].evidence["rule"] == "a count times the amount of each vs the stated total"
    assert "×" in arabic(got[0].kind, got[0].evidence, [s.text for s in got[0].spans])


def test_another_amount_between_leaves_the_total_unclear():
    text = ("وتضم المنطقة ثلاث محطات قدرة كل منها 400 ميغاواط، تضاف إليها محطة رابعة قدرتها 300 ميغاواط، "
            "بإجمالي 1500 ميغاواط.")
    assert findings(text) == []


def test_no_count_no_finding():
    # «كل منها» with no count of things before it in the sentence: nothing to multiply
    text = "وبلغت قدرة كل منها 400 ميغاواط، بإجمالي 1300 ميغاواط."
    assert findings(text) == []
