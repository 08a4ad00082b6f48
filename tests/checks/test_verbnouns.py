"""An event named by its verbal noun after a lapse, told before with a finite verb
(checks/verbnouns, used by checks/ordering). Synthetic texts written for the rule."""

from __future__ import annotations

import pytest

from tahqiq.checks.ordering import order_word_event
from tahqiq.checks.verbnouns import group_of, tells
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.text.normtext import fold


def findings(s: str):
    return order_word_event(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("phrase, group", [
    ("من دخول الاتفاقية حيز التنفيذ", "entry"),
    ("من وفاته", "death"),
    ("من التوسعة الثانية", "expansion"),
    ("من بدء الأعمال", "start"),
    ("على افتتاح الجسر", "opening"),
    ("من الحرب", None),
])
def test_group_of_a_verbal_noun(phrase, group):
    t = fold(phrase)
    assert group_of(t, 0, len(t)) == group


@pytest.mark.parametrize("word, group, ok", [
    ("ودخلت", "entry", True), ("توفي", "death", True), ("اتسعت", "expansion", True),
    ("بدأت", "start", True), ("انطلق", "start", True), ("دخول", "entry", True),
    ("الدخل", "entry", False), ("توفي", "start", False),
])
def test_tells(word, group, ok):
    assert tells(fold(word), group) is ok


@pytest.mark.parametrize("s", [
    # a treaty entering into force told with «دخلت», counted from with «دخول»
    "ودخلت الاتفاقية حيز التنفيذ في أيار 2016. وقد بدأ بناء الخزان في نيسان 2015، بعد عام من دخول الاتفاقية حيز التنفيذ.",
    # a death told with «توفي», counted from with «وفاته»
    "توفي الشاعر في بيروت عام 1990. وقبل خمس سنوات من وفاته، أي في عام 1996، صدرت مختاراته.",
    # a start told with «انطلق», counted from with «بدء»
    "انطلق مشروع السكة عام 2015. واكتمل الخط الأول في 2019، قبل أربع سنوات من بدء الأعمال.",
    # an expansion told with «اتسع», counted from with «التوسعة»
    "تأسست الرابطة عام 1995 بستة أعضاء، ثم اتسعت إلى عشرة أعضاء عام 2003، وإلى خمسة عشر عام 2012، أي قبل تسع سنوات من التوسعة الأولى.",
])
def test_an_event_told_by_its_verb_orders_the_date(s):
    fs = findings(s)
    assert len(fs) == 1 and fs[0].kind == "order-word-contradiction"


@pytest.mark.parametrize("s", [
    "ودخلت الاتفاقية حيز التنفيذ في أيار 2016. وقد بدأ بناء الخزان في نيسان 2017، بعد عام من دخول الاتفاقية حيز التنفيذ.",
    "توفي الشاعر في بيروت عام 1990. وبعد ست سنوات من وفاته، أي في عام 1996، صدرت مختاراته.",
    "انطلق مشروع السكة عام 2015. واكتمل الخط الأول في 2019، بعد أربع سنوات من بدء الأعمال.",
    "تأسست الرابطة عام 1995 بستة أعضاء، ثم اتسعت إلى عشرة أعضاء عام 2003، وإلى خمسة عشر عام 2012، أي بعد تسع سنوات من التوسعة الأولى.",
    # the verb is told only after the order word: not the antecedent
    "وقد بدأ بناء الخزان في نيسان 2015، بعد عام من دخول الاتفاقية حيز التنفيذ. ودخلت اتفاقية أخرى حيز التنفيذ في أيار 2016.",
    # another event's verb (a death) does not date a start
    "توفي المهندس عام 2010. واكتمل الخط الأول في 2009، بعد أربع سنوات من بدء الأعمال.",
])
def test_consistent_or_untold_events_are_quiet(s):
    assert findings(s) == []


@pytest.mark.parametrize("s, n", [
    # a lapse alone, then a main clause whose date is a title's year in brackets
    ("اندلعت الحرب عام 1967، ونشر بعد عام كتابه \"الطريق\" (1966).", 1),
    ("اندلعت الحرب عام 1967، ونشر بعد عام كتابه \"الطريق\" (1968).", 0),
    # brackets that hold more than a year are not the clause's date
    ("اندلعت الحرب عام 1967، ونشر بعد عام كتابه \"الطريق\" (طبعة بيروت، 1960).", 0),
])
def test_a_title_year_in_brackets_after_a_lapse(s, n):
    assert len(findings(s)) == n
