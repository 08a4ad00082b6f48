"""action-date-conflict (checks/actions.py): a founding, launch or opening of one object, keyed
from the text (verb or verbal noun, pronoun referents), given two dates. Synthetic texts."""

from __future__ import annotations

import pytest

from tahqiq.checks.actions import action_date_conflict
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def findings(s: str, form: str = "plain"):
    return action_date_conflict(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize("s, years", [
    # a verbal noun and a pronoun referring to the subject of its sentence
    ("بدأ النادي نشاطه بعد عام من تأسيس الرابطة عام 2004. وتضم الرابطة، منذ تأسيسها عام 2001، مئة عضو.",
     {2004, 2001}),
    # a verb with its subject dropped, and a short verbal noun
    ("أطلقت البلدية مبادرة \"حي نظيف\" في آذار 2016. وبعد ثلاث سنوات من إطلاق المبادرة عام 2014، تراجعت النفايات.",
     {2016, 2014}),
    # a relative clause whose verb carries its noun as a pronoun
    ("تتناول الورقة مشروع \"درب الماء\" الذي دشنته الوزارة عام 2012. وقد دُشن مشروع \"درب الماء\" عام 2015 بكلفة كبيرة.",
     {2012, 2015}),
    ("افتتح الأمير المكتبة العامة عام 1975. وشهد افتتاح المكتبة العامة عام 1978 حضوراً واسعاً.", {1975, 1978}),
])
def test_one_action_two_dates(s, years):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "event-date-conflict"
    assert {int(d[:4]) for d in f.evidence["dates"]} == years
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert "{" not in ar


@pytest.mark.parametrize("s", [
    # the same date twice
    "بدأ النادي نشاطه بعد عام من تأسيس الرابطة عام 2004. وتضم الرابطة، منذ تأسيسها عام 2004، مئة عضو.",
    # two objects of one action
    "أنشئ الميناء عام 1950، وأنشئ المطار عام 1960. ثم أنشئت وزارة النقل عام 1965.",
    "أطلقت الوزارة برنامج \"شمس الريف\" عام 2019. ثم أطلقت الوزارة برنامج \"ريف أخضر\" عام 2021.",
    # two actions of one object
    "تأسست الشركة عام 1990. وافتتحت الشركة فرعها الأول عام 1995.",
    # a date after a comma or an order word is not the action's
    "أطلقت البلدية المبادرة، وفي عام 2016 توسعت. وقد أطلقت البلدية المبادرة عام 2014.",
    "أطلقت البلدية المبادرة بعد عام 2016. وقد أطلقت البلدية المبادرة عام 2014.",
    # one sentence: an enumeration
    "تأسست الرابطة عام 2001 ثم تأسست الرابطة الثانية عام 2004.",
])
def test_no_conflict(s):
    assert findings(s) == []


def test_scrambled_text_is_skipped():
    s = "افتتح الأمير المكتبة العامة عام 1975. وشهد افتتاح المكتبة العامة عام 1978 حضوراً واسعاً."
    assert findings(s, "pdf-scrambled") == []


@pytest.mark.parametrize("s, n", [
    # a feminine verb's construct subject («أطلقت بلدية المدينة») is not the object; plural and singular
    # of one noun key one object («الحافلات»/«الحافلة»)
    ("يدرس المقال مشروع الحافلات الكهربائية الذي أطلقته بلدية المدينة عام 2018. وقد أطلقت بلدية المدينة "
     "مشروع \"الحافلة الكهربائية\" في آذار 2016، بعد دراسة طويلة.", 1),
    ("يدرس المقال مشروع الحافلات الكهربائية الذي أطلقته بلدية المدينة عام 2018. وقد أطلقت بلدية المدينة "
     "مشروع \"الحافلة الكهربائية\" في آذار 2018، بعد دراسة طويلة.", 0),
    # the same subject launching two objects, or two campaigns told apart by their ordinals
    ("أطلقت بلدية المدينة مشروع الحدائق عام 2015. ثم أطلقت بلدية المدينة مشروع الإنارة عام 2019.", 0),
    ("أطلقت بلدية المدينة حملة التشجير الأولى عام 2015. ثم أطلقت بلدية المدينة حملة التشجير الثانية عام 2019.", 0),
])
def test_a_construct_subject_and_plural_keys(s, n):
    assert len(findings(s)) == n
