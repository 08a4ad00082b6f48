"""Detectors of event dates: one event, two dates (in a text, across works) and the external check.

Synthetic texts are checked against the project's gazetteer (data/reference/events.yml)."""

from __future__ import annotations

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.facts import gather

from builders import extracted, run_detector  # noqa: E402

load_all()


facts = extracted
run = run_detector


def test_registered_with_their_scopes():
    assert REGISTRY["event-date-conflict"].scope == "internal"
    assert REGISTRY["event-date-conflict-cross"].scope == "cross-work"
    assert REGISTRY["external-date"].scope == "external"


# --------------------------------------------------------------------------- one event, two dates


def test_internal_conflict_day_level_is_an_error():
    s = ("وقعت الصين وروسيا معاهدة حسن الجوار في 16 تموز 2001 في موسكو.\n\n"
         "وقد نصت معاهدة حسن الجوار الموقعة في 16 تموز 2002 على مبادئ عامة.")
    fs = run("event-date-conflict", s)
    assert len(fs) == 1
    f = fs[0]
    assert (f.kind, f.severity, f.scope) == ("event-date-conflict", "error", "internal")
    assert "16 July 2001" in f.message and "16 July 2002" in f.message
    assert [sp.text for sp in f.spans] == ["معاهدة حسن الجوار في 16 تموز 2001", "معاهدة حسن الجوار الموقعة في 16 تموز 2002"]
    assert f.evidence["event"] == "treaty-2001"


def test_internal_conflict_year_level_is_a_warning_in_english():
    s = "The Treaty of Good-Neighborliness was signed in 2001. Later the Treaty of Good-Neighborliness of 2003 was praised."
    fs = run("event-date-conflict", s)
    assert [(f.severity, f.evidence["event"]) for f in fs] == [("warning", "treaty-2001")]


def test_signing_and_ratification_are_not_a_conflict():
    s = ("وقع البلدان اتفاقية إضافية حول الحدود الشرقية في 14 تشرين الأول 2004.\n\n"
         "وفي عام 2005 تبادلت الصين وروسيا التصديق على اتفاقية مكملة حول القسم الشرقي.")
    assert run("event-date-conflict", s) == []
    assert run("external-date", s) == []


def test_intervals_that_contain_each_other_are_compatible():
    s = ("جاءت زيارة الرئيس الروسي بوتين إلى الصين في أيار 2024.\n\n"
         "وكانت زيارة الرئيس الروسي بوتين إلى الصين في 16 أيار 2024 مهمة.")
    assert run("event-date-conflict", s) == []
    assert run("external-date", s) == []


def test_a_statement_and_an_invasion_on_different_days_are_two_events():
    s = ("في 4 شباط 2022 أعلن البلدان شراكة بلا حدود.\n\n"
         "وفي 24 شباط 2022 بدأ الغزو الروسي لأوكرانيا.")
    assert run("event-date-conflict", s) == []
    assert run("external-date", s) == []


def test_a_date_before_the_event_by_an_order_word_is_not_its_date():
    s = "في 4 شباط 2022 وقبيل بدء العملية العسكرية الروسية في أوكرانيا أصدر البلدان بيانا عن شراكة بلا حدود."
    assert run("external-date", s) == []


def test_an_ongoing_war_may_be_dated_by_any_of_its_years():
    s = "اشتدت الحرب الروسية الأوكرانية في عام 2022.\n\nواستمرت الحرب الروسية الأوكرانية في عام 2023."
    assert run("event-date-conflict", s) == []


def test_cross_work_conflict_names_both_files():
    a = "Russia launched the Russian invasion of Ukraine on February 4, 2022."
    b = "بدأ الغزو الروسي لأوكرانيا في 24 شباط 2022."
    fs = run("event-date-conflict-cross", a, b)
    assert len(fs) == 1
    f = fs[0]
    assert (f.kind, f.severity, f.scope) == ("event-date-conflict", "error", "cross-work")
    assert "t0.txt" in f.message and "t1.txt" in f.message
    assert sorted(sp.file for sp in f.spans) == ["t0.txt", "t1.txt"]


def test_cross_work_agreement_is_silent():
    a = "وفي عام 2014 تم ضم شبه جزيرة القرم."
    b = "ضم روسيا لشبه جزيرة القرم في آذار 2014 غير موازين القوى."
    assert run("event-date-conflict-cross", a, b) == []


# --------------------------------------------------------------------------- the external check


def test_external_day_level_contradiction_is_an_error_citing_the_source():
    fs = run("external-date", "شنت روسيا عمليات عسكرية ضد أوكرانيا في 4 / شباط / عام 2022.")
    assert len(fs) == 1
    f = fs[0]
    assert (f.kind, f.severity, f.scope) == ("external-date", "error", "external")
    assert "reference" in f.message and "wp-invasion-ukraine" in f.message
    assert "4 February 2022" in f.message and "24 February 2022" in f.message
    assert f.evidence["reference"]["source"] == "wp-invasion-ukraine"


def test_external_year_level_contradiction_is_a_warning():
    fs = run("external-date", "ثم جاء ضم روسيا لشبه جزيرة القرم عام 2015.")
    assert [(f.severity, f.evidence["event"]) for f in fs] == [("warning", "crimea-annexation")]


def test_external_agreement_is_silent():
    assert run("external-date", "Bilateral summits such as the Beijing summit in 1996 and the annexation of Crimea in 2014.") == []


# --------------------------------------------------------------------------- the corpus


@pytest.fixture(scope="module")
def corpus(catalogue):
    return gather(catalogue.documents())


def test_corpus_findings(corpus):
    ext = REGISTRY["external-date"].func(corpus)
    errors = [(f.spans[0].file[:3], f.evidence["event"]) for f in ext if f.severity == "error"]
    # 000 and its witness 001 date the invasion 4 February 2022 (the day of the joint statement)
    assert sorted(errors) == [("000", "russian-invasion-of-ukraine"), ("001", "russian-invasion-of-ukraine")]
    warned = {(f.spans[0].file[:3], f.evidence["event"]) for f in ext if f.severity == "warning"}
    # «اتفاقية الحدود الشرقية والغربية في السبعينات» / "were reached in the seventies"
    assert {("000", "border-agreement-east-1991"), ("000", "border-agreement-west-1994")} <= warned
    internal = REGISTRY["event-date-conflict"].func(corpus)
    assert {(f.spans[0].file[:3], f.evidence["event"]) for f in internal} >= {("000", "border-agreement-east-1991")}
    assert all(f.severity == "warning" for f in internal)
    cross = REGISTRY["event-date-conflict-cross"].func(corpus)
    # the Beijing summits of 1996 (000) and 1997 (002) are two events, not one dated twice
    assert not any(f.evidence["event"].startswith("beijing-summit") for f in cross)


# --------------------------------------------------------------------------- unlinked statements


def test_unlinked_statement_dated_twice_is_a_warning():
    s = ("افتتح جسر بلاغوفيشتشينسك هيهي الحدودي للسيارات في 10 حزيران 2022.\n\n"
         "وقد افتتح جسر بلاغوفيشتشينسك هيهي الحدودي للسيارات في 10 تموز 2022 رسميا.")
    fs = run("event-date-conflict", s)
    assert len(fs) == 1
    f = fs[0]
    assert (f.severity, f.scope) == ("warning", "internal")
    assert "10 June 2022" in f.message and "10 July 2022" in f.message
    assert {"بلاغوفيشتشينسك", "هيهي", "الحدودي"} <= set(f.evidence["shared_words"])


def test_unlinked_statement_across_works():
    a = "افتتح جسر بلاغوفيشتشينسك هيهي الحدودي للسيارات في 10 حزيران 2022."
    b = "افتتح جسر بلاغوفيشتشينسك هيهي الحدودي للسيارات في 10 تموز 2022."
    fs = run("event-date-conflict-cross", a, b)
    assert [(f.scope, sorted(sp.file for sp in f.spans)) for f in fs] == [("cross-work", ["t0.txt", "t1.txt"])]


def test_dates_of_one_sentence_are_an_enumeration_not_rivals():
    s = "وقعت الصين وروسيا اتفاقية الحدود الشرقية في أيار 1991 ثم اتفاقية الحدود الغربية في أيلول 1994."
    assert run("event-date-conflict", s) == []


def test_different_statements_are_not_compared():
    s = ("افتتح جسر بلاغوفيشتشينسك هيهي الحدودي في 10 حزيران 2022.\n\n"
         "وارتفعت صادرات الفحم الروسي إلى الصين في تموز 2022.")
    assert run("event-date-conflict", s) == []


# --------------------------------------------------------------------------- year-on-year comparisons


def test_the_same_month_of_three_years_is_a_comparison_not_one_statement():
    s = ("بلغ عدد زوار الواحة الشمالية في أيار 2010 نحو مليون زائر.\n\n"
         "وبلغ عدد زوار الواحة الشمالية في أيار 2011 نحو مليوني زائر.\n\n"
         "وبلغ عدد زوار الواحة الشمالية في أيار 2012 نحو ثلاثة ملايين زائر.")
    assert run("event-date-conflict", s) == []


def test_a_yearly_figure_in_english_is_a_comparison():
    s = ("Exports of grain to the region reached 2 million tonnes in May 2010.\n\n"
         "Exports of grain to the region reached 3 million tonnes in May 2011.")
    assert run("event-date-conflict", s) == []


def test_one_statement_dated_to_two_months_still_conflicts():
    s = ("Exports of grain to the northern region were suspended in March 2015 by decree.\n\n"
         "Exports of grain to the northern region were suspended in October 2015 by decree.")
    fs = run("event-date-conflict", s)
    assert len(fs) == 1 and fs[0].evidence["rule"].startswith("one unlinked statement")


def test_iraqs_1990_invasion_of_kuwait_is_not_the_2003_invasion():
    s = "في عام 1990 وقع غزو العراق للكويت، وتلاه تحالف دولي واسع."
    assert run("external-date", s) == []
    t = "وفي عام 2003 بدأ غزو العراق بقيادة أمريكية."
    assert run("external-date", t) == []
    u = "وفي عام 2005 بدأ الغزو الأمريكي للعراق."
    assert len(run("external-date", u)) == 1


# --------------------------------------------------------------------------- from hand-made rows


def test_event_date_conflict_from_hand_made_links():
    """The detector is a function of the links and the gazetteer carried in the facts: no file is
    read and no text is parsed (tests/builders.py). Arabic and English, positive and negative."""
    import builders as B

    summit = B.event("summit-x", "2019-06-05", "2019-06-07", name="Summit X")
    raw = "عقدت القمة في 5 حزيران 2019. The summit was held on 9 June 2020. القمة في 6 حزيران 2019."
    conflict = B.text(raw, links=[
        B.link(raw, "القمة", "5 حزيران 2019", "summit-x", ("2019-06-05", "2019-06-05")),
        B.link(raw, "summit", "9 June 2020", "summit-x", ("2020-06-09", "2020-06-09")),
    ])
    fs = REGISTRY["event-date-conflict"].func(B.facts(conflict, events=[summit]))
    assert [(f.severity, f.evidence["event"]) for f in fs] == [("error", "summit-x")]
    assert [sp.text for sp in fs[0].spans] == ["القمة في 5 حزيران 2019", "summit was held on 9 June 2020"]
    within = B.text(raw, links=[  # two days of a three-day event: no conflict
        B.link(raw, "القمة", "5 حزيران 2019", "summit-x", ("2019-06-05", "2019-06-05")),
        B.link(raw, "القمة", "6 حزيران 2019", "summit-x", ("2019-06-06", "2019-06-06"), occurrence=2),
    ])
    assert REGISTRY["event-date-conflict"].func(B.facts(within, events=[summit])) == []


def test_an_anniversary_is_dated_at_the_anniversary_not_the_event():
    ar = ("وقعت الصين وروسيا معاهدة حسن الجوار في 16 تموز 2001 في موسكو.\n\n"
          "واحتفل البلدان عام 2021 بالذكرى العشرين لتوقيع معاهدة حسن الجوار.")
    en = ("China and Russia signed the Treaty of Good-Neighbourliness in July 2001.\n\n"
          "In 2021 they marked the 20th anniversary of the Treaty of Good-Neighbourliness.")
    for s in (ar, en):
        assert run("event-date-conflict", s) == []
        assert run("external-date", s) == []
    # without the anniversary word the second date is the treaty's own, and a conflict
    plain = ("وقعت الصين وروسيا معاهدة حسن الجوار في 16 تموز 2001 في موسكو.\n\n"
             "ووقع البلدان عام 2021 معاهدة حسن الجوار.")
    assert len(run("event-date-conflict", plain)) == 1
