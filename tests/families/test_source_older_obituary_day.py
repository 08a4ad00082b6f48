"""An obituary dated before the death it reports, to the day: the grammar, generated.

Construction (biographies, news profiles): the body dates a death to the day
  «وتوفي في الخرطوم يوم الثلاثاء 8 أكتوبر 2013» / "He died in Cairo on 8 October 2013"
and the sources list a death notice («رحيل …»، «وفاة …»، «نعي …», "… dies at 76", "Obituary: …")
dated with a day. The notice cannot be published before the death: compared at the granularity
both have (a day before is a fault; the same day or after is not; a notice dated by year only is
compared by year).
Distractors (no fault): another event of the same paragraph dated earlier than the notice
(«نال جائزة النيلين عام 2011») under a heading that names the death («التكريم والوفاة»); a
notice dated the day of the death or a day after; Eastern digits.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.citations import citation_before_event
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
NAMES = ["الطيب عبد الرحيم النور", "سلمى الحاج", "محمود صالح", "نادية العلي"]
CITIES = ["الخرطوم", "القاهرة", "عمّان", "الرباط"]
DEATH = ["وتوفي في {c} يوم {d} {m} {y}", "ورحل في {c} في {d} {m} {y}", "وتوفيت في {c} يوم {d} {m} {y}"]
TITLES = ["\"رحيل {n}\"", "\"وفاة {n}\"", "\"نعي {n}\""]


def build(rng, name, death, title, d: int, m: int, y: int, nd: int, east: bool) -> str:
    city = rng.choice(CITIES)
    body = (f"{name} ({y - 76}-{y})\n\nالتكريم والوفاة\nنال جائزة الدولة للآداب عام {y - 2}، وهو في الرابعة والسبعين. "
            + death.format(c=city, d=d, m=MONTHS[m - 1], y=y) + "، ودُفن في مسقط رأسه.\n\n")
    refs = f"المصادر\n- {title.format(n=name)}، صحيفة الأيام، {city}، {nd} {MONTHS[m - 1]} {y}.\n"
    text = body + refs
    return text.translate(EAST) if east else text


def found(text: str) -> list:
    return citation_before_event(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def cases():
    rng = random.Random(13)
    k = 0
    for death in DEATH:
        for title in TITLES:
            name = rng.choice(NAMES)
            d, m, y = rng.randint(5, 25), rng.randint(1, 12), rng.choice([1998, 2007, 2013, 2019])
            east = rng.random() < 0.3
            right = build(rng, name, death, title, d, m, y, d + rng.choice([0, 1, 2]), east)
            wrong = build(rng, name, death, title, d, m, y, d - rng.choice([1, 2, 3]), east)
            yield f"{k}", right, wrong
            k += 1


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_notice_dated_before_the_death_day_is_found(name, right, wrong):
    assert found(right) == []
    assert [f.kind for f in found(wrong)] == ["citation-before-event"]
