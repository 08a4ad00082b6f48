"""Ages in two more shapes (synthetic texts), each beside its clean form:
- «المولود في أكتوبر 1953م، وكان يومئذ في …»: a month before the birth year, «وكان يومئذ» before the age, and
  the time a day range within one year («من 6 إلى 10 مارس 2023م»);
- «… يوم 23 أغسطس 2023. وكان الجنرال، المولود عام 1961، في …»: a past age in a sentence with no date of its
  own is of the time the sentence before tells (not of one told further back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


THEN = ("استمرت المحادثات في جنيف أربعة أيام، من 3 إلى 6 أبريل 2022م، وترأس الوفد الوزير سامي نصار، المولود في "
        "أيلول 1957م، وكان يومئذ في {a}.")
PAST = "ثم استقال من منصبه يوم الخميس 14 أيلول 2023. وكان الوزير، المولود عام 1958، في {a}."


@pytest.mark.parametrize("text,good,bad", [(THEN, "الرابعة والستين", "التاسعة والخمسين"),
                                           (PAST, "الخامسة والستين", "الخامسة والخمسين")])
def test_an_age_of_the_time_just_told(text, good, bad):
    assert "age-mismatch" not in kinds(text.format(a=good))
    assert "age-mismatch" in kinds(text.format(a=bad))


def test_a_past_age_after_two_sentences_is_of_no_told_time():
    text = ("ثم استقال من منصبه يوم الخميس 14 أيلول 2023. وعاد إلى التدريس في الجامعة. وكان الوزير، المولود عام 1958، "
            "في الخامسة والخمسين.")
    assert "age-mismatch" not in kinds(text)
