"""Gaps counted from a named event, in more of their shapes (synthetic sentences, written for these rules):
- a demonstrative before the event («من ذلك الانتقال»), a comma closing the opening phrase («وبعد … من ذلك
  الانتقال، انطلقت … يوم …»);
- gaps in days and weeks between two days («فبعد سبعة وستين يوماً من توقيعها …»);
- the date a main clause aims at («بحلول عام 2027») is not the time it happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"duration-mismatch", "order-word-contradiction"}


def kinds(text: str) -> set[str]:
    return {f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))} & KINDS


MOVE = ("ثم انتقل تشغيل المحطة إلى الشركة الوطنية يوم الاثنين 4 آذار 2013. {w} {n} من ذلك الانتقال، "
        "بدأ التصدير من المحطة يوم الأحد 4 كانون الأول 2016.")
SIGN = ("وقّع الوزير الاتفاقية في العاصمة يوم الاثنين 23 أيلول 2019. {w} {n} من توقيعها أعلن الوزير استقالته "
        "يوم الجمعة 29 تشرين الثاني 2019.")


@pytest.mark.parametrize("text,w,right,wrong", [
    (MOVE, "وبعد", "ثلاث سنوات وتسعة أشهر", "سنتين وتسعة أشهر"),
    (SIGN, "فبعد", "سبعة وستين يوماً", "سبعة وأربعين يوماً"),
    (SIGN, "فبعد", "عشرة أسابيع", "ستة أسابيع"),
])
def test_a_gap_from_a_named_event(text, w, right, wrong):
    assert kinds(text.format(w=w, n=right)) == set()
    assert kinds(text.format(w=w, n=wrong)) == {"duration-mismatch"}


@pytest.mark.parametrize("text,n", [(MOVE, "ثلاث سنوات وتسعة أشهر"), (SIGN, "سبعة وستين يوماً")])
def test_the_gap_fits_the_other_way_round(text, n):
    assert kinds(text.format(w="وقبل", n=n)) == {"order-word-contradiction"}


def test_a_date_aimed_at_is_no_time_of_the_event():
    text = ("بدأ تنفيذ البرنامج في المصانع عام 2022. بعد عامين من تنفيذ البرنامج، توصي الدراسة بتعميمه على "
            "المصانع الأربعة بحلول عام 2027.")
    assert kinds(text) == set()


def test_a_date_of_the_main_clause_before_a_comma_is_still_its_time():
    # the opening phrase ends at «وفاته»; «عام 1922» is the main clause's, though a comma follows it
    text = ("حكم الأمير من 1896 إلى وفاته يوم الأحد 28 نوفمبر 1915.\n\nوبعد {n} سنوات من وفاته رُسمت الحدود مع "
            "الجيران في مؤتمر عام 1922م، ثم اكتُشف النفط عام 1938.")
    assert kinds(text.format(n="سبع")) == set()
    assert kinds(text.format(n="تسع")) == {"duration-mismatch"}


@pytest.mark.parametrize("n,found", [("عشر سنوات", set()), ("عشرين عاماً", {"duration-mismatch"})])
def test_an_opening_phrase_dating_its_event_counts_to_the_main_clause(n, found):
    text = f"وبعد {n} على انطلاقها عام 2013، باتت المبادرة تضم 150 دولة في 2023."
    assert kinds(text) == found
