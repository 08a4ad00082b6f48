"""A one-time action told by a verb and named again by its verbal noun, given two dates
(:mod:`tahqiq.checks.actions`), generated: «وُقّع الميثاق في بغداد يوم 24 فبراير 1955 … من توقيع الميثاق عام
1956» (a document right after the verb is what a passive verb signed, not the verb's subject), «افتُتح المتحف
… افتتاح المتحف»، «تأسست الرابطة … تأسيس الرابطة». Quiet: the same date twice; two different things signed; the
states that sign («وقّعت الدول … وقّعت الدول»: the subject of an active verb).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return sorted(f.kind for f in fs if f.kind == "event-date-conflict")


ACTS = [
    ("وُقّع الميثاق في بغداد يوم {a}.", "وحُلّت المنظمة لاحقاً، وكان ذلك بعد سنوات طويلة من توقيع الميثاق {b}."),
    ("افتُتح المتحف رسمياً {a} بحضور الوزير.", "وكان افتتاح المتحف {b} حدثاً بارزاً في المدينة."),
    ("تأسست الرابطة في القاهرة {a}.", "وكان تأسيس الرابطة {b} ثمرة حوار طويل بين الجامعات."),
]
DATES = [("يوم 24 فبراير 1955", "عام 1956"), ("في مارس 2024", "في مارس 2023"), ("عام 2010", "عام 2012")]


@pytest.mark.parametrize("first,second", ACTS)
@pytest.mark.parametrize("a,b", DATES)
def test_an_act_dated_twice(first, second, a, b):
    middle = " وتوالت بعد ذلك أحداث كثيرة في المنطقة. "
    assert kinds(first.format(a=a) + middle + second.format(b=b)) == ["event-date-conflict"]
    assert kinds(first.format(a=a) + middle + second.format(b=a.replace("يوم ", "في ").replace("في 24 فبراير", "عام"))) == []


@pytest.mark.parametrize("text", [
    # two verbs, the noun after each its actor
    "وقّعت الدول الإعلان الأول في شباط 1992. ثم وقّعت الدول اتفاقاً جديداً في حزيران 2024.",
    # two different things signed
    "وُقّع الميثاق يوم 24 فبراير 1955. وجاء توقيع البروتوكول عام 1956 لتنظيم اللجان.",
])
def test_not_one_act_dated_twice(text):
    assert kinds(text) == []
