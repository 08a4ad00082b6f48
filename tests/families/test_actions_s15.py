"""One-time actions read in more of their constructions (synthetic texts):
- a date before the verb it dates, a comma between («يوم 1 أغسطس 2017، افتُتحت … قاعدة»);
- a back-reference through a relative clause with a passive verb, the noun stressed by «نفسها»
  («أما القاعدة نفسها، التي افتُتحت عام 2017»);
- a person's death («مقتل X»، «توفي X»), which happens once.
Each beside what must not be read: a date after an order word, a verb whose subject is not named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


BASE = ("وفي يوم الخميس 5 مايو 2016، افتُتح رسمياً أول مستودع للحبوب في الميناء، بعد عامين من الأشغال.\n\n"
        "أما المستودع نفسه، الذي افتُتح عام {y}، فقد اتسع مرتين منذ ذلك الحين.")


@pytest.mark.parametrize("y,bad", [("2016", False), ("2018", True)])
def test_a_date_before_the_verb_and_a_relative_back_reference(y, bad):
    assert ("event-date-conflict" in kinds(BASE.format(y=y))) is bad


def test_a_date_after_an_order_word_dates_nothing():
    text = ("وبعد 5 مايو 2016، افتُتح أول مستودع للحبوب في الميناء.\n\n"
            "أما المستودع نفسه، الذي افتُتح عام 2018، فقد اتسع مرتين.")
    assert "event-date-conflict" not in kinds(text)


def test_two_different_objects_opened_are_not_one():
    text = ("وفي يوم الخميس 5 مايو 2016، افتُتح رسمياً أول مستودع للحبوب في الميناء.\n\n"
            "أما الرصيف الجديد، الذي افتُتح عام 2019، فيستقبل السفن الكبيرة.")
    assert "event-date-conflict" not in kinds(text)


DEATH = ("توفي الزعيم ماو تسي تونغ في 9 سبتمبر 1976 بعد مرض طويل.\n\n"
         "وتغيرت سياسة الحزب كثيراً بعد وفاة ماو في {when}.")


@pytest.mark.parametrize("when,bad", [("سبتمبر 1976", False), ("أكتوبر 1977", True)])
def test_a_death_is_dated_once(when, bad):
    text = DEATH.replace("توفي الزعيم ماو تسي تونغ", "توفي ماو تسي تونغ").format(when=when)
    assert ("event-date-conflict" in kinds(text)) is bad


def test_a_death_verb_without_its_subject_keys_nothing():
    text = ("قاد الجنرال تمرداً قصيراً في يونيو 2023، ثم قُتل في تحطم طائرته يوم 23 أغسطس 2023.\n\n"
            "وبعد مقتل الطيار في تحطم طائرته في مارس 2024 توقفت الرحلات.")
    assert "event-date-conflict" not in kinds(text)
