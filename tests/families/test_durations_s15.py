"""Stated durations in more of their shapes (synthetic texts), each beside its clean form:
- a span opened and closed by present-tense verbs («لمدة 49 عاماً يبدأ عام 2017 وينتهي عام 2066»);
- a plan named by its years («الخطة الخمسية (2016-2020)»، «الخطة العشرية»);
- a length said round after a cue («على مدى عقدين، من 2001 إلى 2020»);
- «مرت N أعوام بين X عام Y1 وZ عام Y2»: a verb of passing, and events named between the years."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


CASES = [
    ("ووقعت الحكومة عقد إيجار للميناء لمدة {n} عاماً يبدأ عام 2018 وينتهي عام 2067.", "49", "25"),
    ("وحققت الخطة {n} (2016-2020) معظم أهدافها.", "الخمسية", "العشرية"),
    ("وتغطي الخطة {n} الأعوام 2021-2030.", "العشرية", "الخمسية"),
    ("وعلى مدى {n}، من 2001 إلى 2020، ظل الميناء مغلقاً أمام السفن الكبيرة.", "عقدين", "عقد واحد"),
    ("ومرت {n} بين توقيع الاتفاق عام 2017 وتنفيذه عام 2020.", "ثلاثة أعوام", "ستة أعوام"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_a_duration_against_its_years(text, good, bad):
    assert "duration-mismatch" not in kinds(text.format(n=good))
    assert "duration-mismatch" in kinds(text.format(n=bad))


def test_a_trilateral_exercise_is_no_three_year_plan():
    assert kinds("وأجرى البلدان مناورات ثلاثية في بحر العرب بين 2019 و2023.") == []
    assert kinds("وأبرم البلدان اتفاقية ثنائية بين 2012 و2020 لتبادل الطلاب.") == []


PASSED = [
    ("وتحتفل الجامعة هذا العام 2023 بمرور {n} على تأسيسها عام 1963.", "ستين عاماً", "خمسين عاماً"),
    ("وفي العام التالي، أي في 2024، مرت {n} على توقيع الاتفاق عام 2014.", "عشر سنوات", "عشرون سنة"),
]


@pytest.mark.parametrize("text,good,bad", PASSED)
def test_years_passed_since_an_event_in_the_year_of_the_sentence(text, good, bad):
    assert "duration-mismatch" not in kinds(text.format(n=good))
    assert "duration-mismatch" in kinds(text.format(n=bad))


SHORT = [
    ("وأمهل المجلس الأطراف {n}، من 1 آذار 2023 حتى 30 نيسان 2023.", "واحداً وستين يوماً", "ثلاثين يوماً"),
    ("واستمرت الهدنة {n} من 1 آذار 2023 حتى 30 نيسان 2023.", "شهرين", "ثلاثين يوماً"),
    ("وظل السعر ثابتاً {n} بين أيار وتشرين الأول 2022.", "ستة أشهر", "ثلاثة أشهر"),
]


@pytest.mark.parametrize("text,good,bad", SHORT)
def test_a_length_right_before_its_stretch(text, good, bad):
    assert "duration-mismatch" not in kinds(text.format(n=good))
    assert "duration-mismatch" in kinds(text.format(n=bad))
