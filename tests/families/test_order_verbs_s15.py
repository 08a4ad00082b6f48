"""Verbs of preceding and following that open their clause, with a dated subject and a dated object
(synthetic texts): «وسبقت X (D1) Y (D2)» wants D1 before D2, «وتلا/وأعقب X (D1) Y (D2)» D1 after D2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


CASES = [
    ("وسبقت زيارة الوزير في {d} القمة التي عقدت في تشرين الأول 2022.", "أيلول 2022", "كانون الأول 2022"),
    ("وتلا إعلان المبادئ في آذار 2015 وضع حجر الأساس في {d}.", "نيسان 2011", "نيسان 2016"),
    ("وأعقب اجتماع الرياض في 6 نيسان 2023 لقاء بكين الذي عقد في {d} بأيام قليلة.", "10 آذار 2023", "10 أيار 2023"),
    ("وقد سبق الاستفتاء الذي جرى عام {d} الحرب التي اندلعت عام 2014.", "2012", "2016"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_a_verb_of_order(text, good, bad):
    assert "order-word-contradiction" not in kinds(text.format(d=good))
    assert "order-word-contradiction" in kinds(text.format(d=bad))


def test_the_two_ends_of_one_stretch_are_not_subject_and_object():
    text = "وتلت الاتفاقَ خمسُ جولات من المحادثات استضافتها بغداد بين أبريل 2021 وأبريل 2022."
    assert "order-word-contradiction" not in kinds(text)


def test_a_verb_inside_its_sentence_is_not_read():
    text = "وقال إن الوفد سبق أن زار المدينة في أيار 2023 قبل أن يعود إليها في آذار 2023."
    assert "order-word-contradiction" not in " ".join(
        f.message for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
        if f.evidence.get("rule", "").startswith("a verb of preceding"))
