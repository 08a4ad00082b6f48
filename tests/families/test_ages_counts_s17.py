"""Ages and counted lists in two more shapes (synthetic sentences, written for these rules; session 17):
- «المولود في 3 مايو 1961 والبالغ يومئذ الثانية والستين»: an age joined to the birth by «والبالغ», a word of
  that time and an ordinal, given for the sentence's date;
- a counted noun with a complement of one word before its list («خمس فئات من المستفيدين:»، «ثلاثة مشاريع في
  الإقليم هي:»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> set[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))
    return {f.kind for f in fs} & {"age-mismatch", "count-mismatch"}


AGE = ("وفي يوم الاثنين 10 يوليو 2023 أعلن رئيس الحكومة، المولود في 3 مايو 1961 والبالغ يومئذ {age}، خطة "
       "التقشف الجديدة.")


@pytest.mark.parametrize("age,found", [("الثانية والستين", set()), ("الخامسة والستين", {"age-mismatch"})])
def test_an_age_joined_to_the_birth(age, found):
    assert kinds(AGE.format(age=age)) == found


@pytest.mark.parametrize("n,found", [("ثلاث", set()), ("خمس", {"count-mismatch"})])
def test_a_counted_noun_with_a_complement(n, found):
    text = (f"وتتوزع المنح على {n} فئات من المستفيدين: الطلاب الجامعيون (40٪)، والباحثون الشباب (35٪)، "
            "والمعلمون (25٪).")
    assert kinds(text) == found


@pytest.mark.parametrize("n,found", [("ثلاثة", set()), ("أربعة", {"count-mismatch"})])
def test_a_counted_noun_with_a_place_complement(n, found):
    text = f"وتنفذ الوكالة {n} مشاريع في الإقليم هي: محطة التحلية، والطريق الساحلي، ومستشفى الأطفال."
    assert kinds(text) == found


@pytest.mark.parametrize("n,found", [("أربع", set()), ("خمس", {"count-mismatch"})])
def test_a_clause_after_the_list_is_no_item(n, found):
    # «، ويقع مقرها …»: a verb of place opens the next clause of the entry, not a fifth item
    text = (f"وتضم الرابطة {n} دول أعضاء هي: تونس، والجزائر، والمغرب، وموريتانيا، ويقع مقر أمانتها العامة، "
            "المكتب الدائم، في الرباط، ومقر محكمتها في تونس.")
    assert kinds(text) == found


@pytest.mark.parametrize("n,found", [("بثلاث", set()), ("بأربع", {"count-mismatch"})])
def test_a_bulleted_list_after_a_count_with_a_proclitic(n, found):
    text = (f"ومرت الشراكة {n} مراحل:\n- مرحلة التأسيس، التي بدأت عام 2001م؛\n- مرحلة التوسع، التي بدأت عام 2010م؛\n"
            "- مرحلة التعميق، التي بدأت عام 2018م.\nوقد وقّع الاتفاق رؤساء الدول.\n")
    assert kinds(text) == found
