"""A unit or scale word slipped on a measure capped by what it measures: generated.

The grammar (Arabic and English), read by ``arithmetic-scale-cap`` (``noun_caps`` of
lang/scalecaps.yml): a height cue («يرتفع»، «ارتفاع»، «بارتفاع»، "rises", "height") before a length,
with a landform or a structure named before it in the sentence (تل، جبل، سد، برج، مبنى; hill, dam,
tower); a container («كيس»، «عبوة»، «صندوق»; sack, bag) right before a mass; a library («مكتبة»)
before a count of titles or books. A height in kilometres of a hill or dam, a sack of tons, a library of
hundreds of millions of books is a unit or scale word that slipped.
Not faults: the same figures in their right unit; an aircraft, missile or satellite «على ارتفاع 10
كيلومترات» (altitude, not a structure's height); a rise («ارتفاع») of prices or of a network's length;
a shipment (not one sack) of tons; a library of thousands of titles.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.scalecaps import arithmetic_scale_cap
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PAD = "وتقع المنطقة في شمال البلاد، وتبلغ مساحتها 48 دونماً. "

# (template with {N} and {U}, right unit, slipped unit)
HEIGHT = [
    ("تل المنشية موقع أثري يقع شرق المدينة، ويرتفع نحو {N} {U} فوق السهل المحيط به.", "متراً", "كيلومتراً"),
    ("ويبلغ الارتفاع المخطط للسد {N} {U}، ليصبح الأعلى في المنطقة.", "متراً", "كيلومتراً"),
    ("شُيّد البرج عام 1990 بارتفاع {N} {U}، وهو أعلى مبنى في المدينة.", "متر", "كيلومتر"),
    ("ويعلو جبل الشيخ {N} {U} عن سطح البحر.", "متر", "كيلومتر"),
    ("The dam's planned height is {N} {U}, the highest in Central Asia.", "metres", "kilometres"),
]
MASS = [
    ("وارتفع سعر كيس العلف ({N} {U}) من 400 إلى 460 أوقية.", "كلغ", "طنا"),
    ("ويُباع الأرز في عبوة وزنها {N} {U} بسعر 12 ديناراً.", "كيلوغرامات", "أطنان"),
    ("A sack of {N} {U} of flour now costs 30 dollars.", "kilograms", "tonnes"),
]
LIBRARY = [
    ("وتضم المكتبة المركزية للجامعة {N} {S} عنوان في مختلف التخصصات.", "ألف", "مليون"),
    ("وأعلنت الوزارة إنشاء مكتبة رقمية تضم {N} {S} كتاب.", "ألف", "مليار"),
]


def cases():
    for k, (tpl, good, bad) in enumerate(HEIGHT):
        for n in (30, 335, 120):
            for east in (False, True):
                num = str(n).translate(EAST) if east and not tpl.startswith("The") else str(n)
                yield f"height-{k}-{n}-{east}", PAD + tpl.format(N=num, U=good), PAD + tpl.format(N=num, U=bad)
    for k, (tpl, good, bad) in enumerate(MASS):
        for n in (50, 25, 10):
            for east in (False, True):
                num = str(n).translate(EAST) if east and not tpl.startswith("A ") else str(n)
                yield f"mass-{k}-{n}-{east}", PAD + tpl.format(N=num, U=good), PAD + tpl.format(N=num, U=bad)
    for k, (tpl, good, bad) in enumerate(LIBRARY):
        for n in (120, 450):
            for east in (False, True):
                num = str(n).translate(EAST) if east else str(n)
                yield f"library-{k}-{n}-{east}", PAD + tpl.format(N=num, S=good), PAD + tpl.format(N=num, S=bad)


CASES = list(cases())


def found(s: str) -> list:
    return arithmetic_scale_cap(Facts([text_facts(from_string(s, "plain"))]))


def test_the_grammar_is_covered():
    assert len(CASES) >= 50


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_the_right_unit_is_quiet_and_a_slipped_one_is_found(name, right, wrong):
    assert found(right) == []
    fs = found(wrong)
    assert len(fs) == 1 and fs[0].kind == "arithmetic-magnitude"


@pytest.mark.parametrize("s", [
    "حلقت الطائرة فوق الجبل على ارتفاع 10 كيلومترات قبل أن تهبط.",
    "أطلق الصاروخ من قرب السد ووصل إلى ارتفاع 120 كيلومتراً.",
    "The satellite passed over the tower at a height of 500 kilometres.",
    "وشهد العام ارتفاع طول شبكة السكك الحديدية قرب السد بمقدار 300 كيلومتر.",
    "ووصلت إلى الميناء شحنة من 50 طناً من الأكياس الفارغة.",
    "وتضم المكتبة الوطنية 120 ألف عنوان و3 ملايين وثيقة.",
    "ويمتد السد على طول 12 كيلومتراً عبر الوادي.",
])
def test_altitude_rises_shipments_and_lengths_are_quiet(s):
    assert found(s) == []
