"""A Hijri year glossed by a Gregorian year it does not touch, read exactly: the grammar, generated.

A Hijri year (354 or 355 days) touches one or two Gregorian years: 15 AH ran from February 636 to
February 637, so «سنة 15هـ/636م» and «15هـ/637م» are both right and «15هـ/638م» is wrong by a year.
The years are taken from the arithmetical Islamic calendar (``convertdate``), widened by a few days
for a month begun by sighting the moon. Forms: «سنة hهـ/gم», «عام hه/gم», «gم/hهـ» (the Gregorian
first), in Western or Eastern digits, in a sentence of a history with other dates about it. Faulty:
the Gregorian year one or two years after the last year the Hijri year touches, or before the
first. Not faults: either of the two years a Hijri year touches.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from convertdate import islamic

from tahqiq.checks.calendars import hijri_gloss_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FORMS = ["وفي سنة {h}هـ/{g}م دخل الجيش المدينة بعد حصار طويل.",
         "وقد بني البرج عام {h}ه/{g}م على أنقاض حصن قديم.",
         "وانتهت الحرب سنة {g}م/{h}هـ بصلح بين الطرفين."]
PREFACE = "تقع القلعة على الساحل، وقد زارها الرحالة في القرن التاسع عشر ووصفها بإسهاب عام 1850."


def _touched(h: int) -> tuple[int, int]:
    return date(*islamic.to_gregorian(h, 1, 1)).year, date(*islamic.to_gregorian(h + 1, 1, 1)).year


def found(text: str) -> list:
    return hijri_gloss_mismatch(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def _cases():
    rng = random.Random(15636)
    out = []
    for i in range(24):
        h = rng.randint(1, 1340)
        first, last = _touched(h)
        # a Hijri year whose first day falls in the first days of January touches the year before
        # only by the sighting tolerance: keep the generated cases clear of that edge
        if date(*islamic.to_gregorian(h, 1, 1)).timetuple().tm_yday <= 4 or date(*islamic.to_gregorian(h + 1, 1, 1)).timetuple().tm_yday <= 4:
            continue
        right = rng.choice((first, last))
        wrong = rng.choice((last + 1, last + 2, first - 1, first - 2))
        out.append((h, right, wrong, FORMS[i % 3], i % 4 == 3))
    return out


CASES = _cases()


@pytest.mark.parametrize("h,right,wrong,form,east", CASES, ids=[f"h{c[0]}" for c in CASES])
def test_a_gloss_outside_the_hijri_year_is_flagged(h, right, wrong, form, east):
    def text(g):
        s = PREFACE + " " + form.format(h=h, g=g)
        return s.translate(EAST) if east else s
    assert found(text(right)) == []
    hits = found(text(wrong))
    assert len(hits) == 1 and hits[0].evidence["hijri"] == h and hits[0].evidence["gregorian"] == wrong


@pytest.mark.parametrize("h", [15, 583, 688, 922, 1250])
def test_both_years_a_hijri_year_touches_are_right(h):
    for g in _touched(h):
        assert found(f"وفي سنة {h}هـ/{g}م دخل الجيش المدينة.") == []
