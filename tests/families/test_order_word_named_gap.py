"""An order word reversed in a gap counted from a named event: generated.

The grammar (Arabic), read by ``named-gap`` (checks/eventgaps.py): a dated clause, then a gloss
«أي بعد/قبل N <unit> من <verbal noun>» counting from an event the text dates elsewhere («وقّع البلدان
العقد يوم 21 مايو 2014 … وبدأ الضخ يوم 2 ديسمبر 2019، أي بعد خمس سنوات من توقيع العقد»). When the gap
fits the event's date only the other way round («أي قبل خمس سنوات من توقيع العقد»), the order word
is what is wrong: a finding of kind ``order-word-contradiction``. When the gap fits neither way, it is
the duration (kind ``duration-mismatch``, unchanged). A gap of one year or month may be its noun alone
or with «واحد» («أي بعد شهر واحد من الاستقلال»، «قبل عام من التوقيع»), never «بعد عام 2003».
Not faults: the right order word; an approximated gap («نحو»); an event the text does not date.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.eventgaps import named_gap
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EVENTS = [  # (telling the event with {D}, the verbal noun phrase after «من»)
    ("وقّع البلدان العقد يوم الأربعاء {D} في شنغهاي.", "توقيع العقد"),
    ("وفي {D} أُعلن استقلال البلاد رسمياً.", "الاستقلال"),
    ("وتأسس المجلس في {D} في العاصمة.", "تأسيس المجلس"),
    ("وبدأ تشغيل المحطة في {D} بطاقة محدودة.", "بدء التشغيل"),
]
LATER = [
    "وبدأ الضخ يوم {D}، أي {W} {N} من {X}، وبكميات متواضعة.",
    "وانضمت البلاد إلى المنظمة في {D}، أي {W} {N} من {X}.",
]
GAPS = [  # (first date, second date, gap words)
    ("21 مايو 2014", "2 ديسمبر 2019", "خمس سنوات"),
    ("19 يونيو 1961", "20 يوليو 1961", "شهر واحد"),
    ("25 مايو 1981", "1 يناير 2003", "اثنين وعشرين عاماً"),
    ("28 يناير 2024", "29 يناير 2025", "عام واحد"),
    ("3 مارس 2010", "5 أبريل 2010", "شهر"),
]
MID = "\n\nوارتفع حجم التبادل التجاري إلى 20 مليار دولار، بزيادة 10 في المئة.\n\n"


def cases():
    for e, (tell, x) in enumerate(EVENTS):
        for k, later in enumerate(LATER):
            for g, (d1, d2, n) in enumerate(GAPS):
                for east in (False, True):
                    first = tell.format(D=d1.translate(EAST) if east else d1) + MID
                    d = d2.translate(EAST) if east else d2
                    right = first + later.format(D=d, W="بعد", N=n, X=x)
                    wrong = first + later.format(D=d, W="قبل", N=n, X=x)
                    yield f"{e}-{k}-{g}-{'east' if east else 'west'}", right, wrong


CASES = list(cases())


def found(s: str) -> list:
    return named_gap(Facts([text_facts(from_string(s, "plain"))]))


def test_the_grammar_is_covered():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_reversed_order_word_is_an_order_word_finding(name, right, wrong):
    assert found(right) == []
    fs = found(wrong)
    assert [f.kind for f in fs] == ["order-word-contradiction"]


def test_a_gap_that_fits_neither_way_stays_a_duration():
    s = EVENTS[0][0].format(D="21 مايو 2014") + MID + LATER[0].format(D="2 ديسمبر 2019", W="بعد", N="تسع سنوات", X="توقيع العقد")
    assert [f.kind for f in found(s)] == ["duration-mismatch"]


@pytest.mark.parametrize("s", [
    EVENTS[0][0].format(D="21 مايو 2014") + MID + LATER[0].format(D="2 ديسمبر 2019", W="بعد", N="نحو خمس سنوات", X="توقيع العقد"),
    "وبدأ الضخ يوم 2 ديسمبر 2019، أي قبل خمس سنوات من توقيع العقد.",
])
def test_approximated_gaps_and_undated_events_are_quiet(s):
    assert found(s) == []


def test_an_approximated_gap_the_wrong_way_round_is_still_found():
    """«نحو» loosens the length, not the order: «قبل نحو خمس سنوات» of an event five years earlier."""
    s = EVENTS[0][0].format(D="21 مايو 2014") + MID + LATER[0].format(D="2 ديسمبر 2019", W="قبل", N="نحو خمس سنوات", X="توقيع العقد")
    assert [f.kind for f in found(s)] in (["order-word-contradiction"], ["duration-mismatch"]), [f.message for f in found(s)]
