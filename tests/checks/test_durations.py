"""A stated duration against the start and end years the text gives for it (synthetic sentences
written for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str, form: str = "plain"):
    fs = REGISTRY["duration-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form=form))]))
    for f in fs:
        assert f.kind == "duration-mismatch"
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,stated,a,b", [
    ("استمرت الهدنة سبع سنوات، من عام 1961 إلى عام 1965، ثم انهارت.", 7, 1961, 1965),
    ("بقيت الشركة في السوق لمدة عامين بين عامي 1990 و1996.", 2, 1990, 1996),
    ("حكمت الأسرة الإقليم على مدى اثنين وثلاثين عاما. وكان ذلك من 1800 حتى 1822.", 32, 1800, 1822),
    ("تحولت المدينة خلال 12 سنة (1990-1995) إلى مركز تجاري.", 12, 1990, 1995),
    ("The blockade lasted eight years, from 1974 to 1978.", 8, 1974, 1978),
    ("The canal was closed for three years, between 1967 and 1975.", 3, 1967, 1975),
    # the length named by «مدة» with a possessive suffix, and «و» glued to the cue
    ("أقر المجلس خطة مدتها خمس سنوات (2025-2027) بقيمة مليار دينار.", 5, 2025, 2027),
    ("ووقع الطرفان اتفاقاً ومدته ثماني سنوات، من 2019 إلى 2023.", 8, 2019, 2023),
])
def test_a_duration_against_its_span_is_found(s, stated, a, b):
    fs = run(s)
    assert len(fs) == 1
    assert (fs[0].evidence["stated"], fs[0].evidence["from"], fs[0].evidence["to"]) == (stated, a, b)
    assert len(fs[0].spans) == 2


@pytest.mark.parametrize("s", [
    # the duration agrees with its span (one year of slack for the way the ends are counted)
    "استمرت الهدنة أربع سنوات، من عام 1961 إلى عام 1965، ثم انهارت.",
    "استمرت الهدنة خمس سنوات، من عام 1961 إلى عام 1965.",
    "بقيت الشركة في السوق لمدة ست سنوات بين عامي 1990 و1996.",
    "The blockade lasted four years, from 1974 to 1978.",
    "The canal was closed for eight years (1967-1975).",
    # an approximated number is not a stated duration
    "استمرت الهدنة أكثر من عشر سنوات، من 1961 إلى 1965.",
    "The blockade lasted about ten years, from 1974 to 1978.",
    # no cue of a length of time: the number is not the span's length
    "بعد خمس سنوات من توقيع الاتفاق، من 1961 إلى 1965، تغيّر كل شيء.",
    "Five years later, from 1974 to 1978, the port grew.",
    # a span printed backwards or in another paragraph
    "The blockade lasted eight years, from 1978 to 1974.",
    "استمرت الهدنة سبع سنوات.\nمن عام 1961 إلى عام 1965 تغيّر كل شيء.",
    # «مدتها» with a length that fits its span
    "أقر المجلس خطة مدتها ثلاث سنوات (2025-2027) بقيمة مليار دينار.",
    "ووقع الطرفان اتفاقاً ومدته أربع سنوات، من 2019 إلى 2023.",
    # a date that is not a span
    "استمرت المفاوضات ثلاث سنوات حتى توقيع الاتفاق عام 2015.",
])
def test_no_finding_where_nothing_is_wrong(s):
    assert run(s) == []


def test_a_scrambled_text_is_left_alone():
    assert run("The blockade lasted eight years, from 1974 to 1978.", form="pdf-scrambled") == []


@pytest.mark.parametrize("s, stated, anniversary", [
    ("على مدى 30 عامًا منذ إقامة العلاقات الدبلوماسية بين البلدين، تطور التعاون. ويصادف هذا العام "
     "الذكرى الـ 35لإقامة العلاقات الدبلوماسية بين البلدين.", 30, 35),
    ("احتفل البلدان بالذكرى الخامسة والعشرين لتأسيس اللجنة المشتركة. وخلال عشرين عاما منذ تأسيس اللجنة "
     "المشتركة تضاعفت التجارة.", 20, 25),
    ("It has been 30 years since the founding of the joint commission, and trade grew. This year marks the "
     "25th anniversary of the founding of the joint commission.", 30, 25),
])
def test_years_since_an_event_against_its_anniversary(s, stated, anniversary):
    fs = run(s)
    assert len(fs) == 1
    assert (fs[0].evidence["stated"], fs[0].evidence["anniversary"]) == (stated, anniversary)


@pytest.mark.parametrize("s", [
    "على مدى 35 عامًا منذ إقامة العلاقات الدبلوماسية بين البلدين، تطور التعاون. ويصادف هذا العام "
    "الذكرى الـ 35لإقامة العلاقات الدبلوماسية بين البلدين.",
    "احتفل البلدان بالذكرى الخامسة والعشرين لتأسيس اللجنة المشتركة. وخلال خمسة وعشرين عاما منذ تأسيس "
    "اللجنة المشتركة تضاعفت التجارة.",
    # two events: the anniversary of one, the years since another (sharing only a country and a verb noun)
    "احتفلت بكين بالذكرى الخامسة والسبعين لتأسيس جمهورية الصين الشعبية. وخلال 35 عاما منذ تأسيس العلاقات "
    "الدبلوماسية مع الصين تضاعفت التجارة.",
    "This year marks the 75th anniversary of the founding of the People's Republic of China; it has been "
    "35 years since the founding of diplomatic ties with China.",
    # an approximate count is left alone
    "منذ نحو 30 عامًا منذ إقامة العلاقات الدبلوماسية بين البلدين تطور التعاون. وهذه الذكرى الـ35 لإقامة "
    "العلاقات الدبلوماسية بين البلدين.",
])
def test_anniversary_consistent_or_other_event(s):
    assert run(s) == []


@pytest.mark.parametrize("s, bad", [
    # the end of a span joined by «و» («من 2010 وحتى 2018»، "from 2010 and until 2018")
    ("استمر البرنامج خمس سنوات، بدءاً من عام 2010 وحتى عام 2018.", True),
    ("استمر البرنامج ثماني سنوات، بدءاً من عام 2010 وحتى عام 2018.", False),
    ("The programme lasted five years, from 2010 and until 2018.", True),
    ("The programme lasted eight years, from 2010 and until 2018.", False),
])
def test_a_span_end_joined_by_and(s, bad):
    assert bool(run(s)) == bad


@pytest.mark.parametrize("s", [
    # a list of years after «بين»/"between" spans from the first to the last
    "تراجعت نسبة المشتركين من 40% إلى 25% خلال تسع سنوات، بين استطلاعات 2012 و2016 و2021.",
    "استمر البرنامج تسع سنوات، بين عامي 2012 و2016 و2021.",
])
def test_a_list_of_years_spans_first_to_last(s):
    assert run(s) == []


@pytest.mark.parametrize("s", [
    "تراجعت نسبة المشتركين من 40% إلى 25% خلال ست سنوات، بين استطلاعات 2012 و2016 و2021.",
    "استمر البرنامج ست سنوات، بين عامي 2012 و2016 و2021.",
])
def test_a_list_of_years_against_a_wrong_duration(s):
    found = run(s)
    assert len(found) == 1 and "2021" in " ".join(sp.text for sp in found[0].spans)
