"""External check of where a named exercise took place (synthetic sentences written for the rule,
against data/reference/exercises.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.facts import Facts, load_reference, text_facts
from tahqiq.link.exercises import border_claims, load_exercises

load_all()


def run(s: str):
    fs = REGISTRY["external-exercise-place"].func(
        Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))], load_reference()))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,country", [
    ("وفي أغسطس 2021 جرت مناورات التفاعل-2021 بالقرب من الحدود مع أفغانستان بمشاركة آلاف الجنود.", "afghanistan"),
    ("شهدت منطقة نينغشيا في أغسطس 2021 وبالقرب من الحدود مع أفغانستان تدريبات عسكرية مشتركة.", "afghanistan"),
    ("The Zapad/Interaction exercise of August 2021 was held near the border with Mongolia.", "mongolia"),
])
def test_an_exercise_by_a_border_its_area_does_not_touch(s, country):
    fs = run(s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].scope, fs[0].evidence["country"]) == ("external-exercise-place", "external", country)


@pytest.mark.parametrize("s", [
    "وفي أغسطس 2021 جرت مناورات التفاعل-2021 في منطقة نينغشيا شمال غرب الصين.",
    "The Zapad/Interaction exercise of August 2021 was held in Ningxia, far from the border with Afghanistan.",
    # an exercise the reference does not place says nothing
    "Vostok 2022 was held in the Russian Far East, near the border with China.",
    # a border claim far from any exercise
    "وفي أغسطس 2021 جرت مناورات التفاعل-2021 في منطقة نينغشيا. " + "وتحدث التقرير عن أمور أخرى كثيرة. " * 6
    + "وتقع القاعدة الأخرى بالقرب من الحدود مع أفغانستان.",
])
def test_the_reference_place_or_no_claim_is_quiet(s):
    assert run(s) == []


def test_border_claims_in_both_languages():
    assert [c for *_, c in border_claims("قرب الحدود مع باكستان، and near the border with Kazakhstan")] == ["pakistan", "kazakhstan"]
    assert border_claims("the border with nothing known") == []


def test_the_reference_file_is_validated(tmp_path, root):
    bib = root / "book" / "references.bib"
    assert "zapad-interaction-2021" in load_exercises(root / "data/reference/exercises.yml", bib)
    bad = tmp_path / "exercises.yml"
    bad.write_text("exercises:\n  - {event: x, region: {en: X}, borders: [atlantis], source: mnd-zapad-2021}\n",
                   encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"exercises\[0\]: field 'borders'"):
        load_exercises(bad, bib)
    bad.write_text("exercises:\n  - {event: x, region: {en: X}, borders: [], source: nope}\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"field 'source'"):
        load_exercises(bad, bib)


# --------------------------------------------------------------------------- a series dated before it began


def run_series(s: str):
    fs = REGISTRY["external-series-start"].func(
        Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))], load_reference()))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s,given", [
    ("وتعد الدوريات البحرية المشتركة، مثل تلك التي جرت في عام 2005 قرب جزر الكوريل، من سمات التعاون بين البلدين.", "2005"),
    ("وفي عام 2016 نفذ البلدان دورية جوية مشتركة فوق بحر اليابان.", "2016"),
    ("Joint naval patrols, such as the one held in 2012 off Sakhalin, are another feature of their cooperation.", "2012"),
    ("In March 2019 the two air forces flew a joint air patrol over the East China Sea.", "2019-03"),
])
def test_an_instance_dated_before_the_series_began(s, given):
    fs = run_series(s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].scope, fs[0].evidence["given"]) == ("external-series-start", "external", given)


@pytest.mark.parametrize("s", [
    "وتعد الدوريات البحرية المشتركة، مثل تلك التي جرت في عام 2023 قرب ألاسكا، من سمات التعاون بين البلدين.",
    "In July 2019 the two air forces flew their first joint air patrol over the Sea of Japan.",
    "Joint naval patrols began only after 2021; in 2012 the navies held the Joint Sea drills instead.",  # another sentence's year
    "وقبل عام 2021 لم تكن هناك دوريات بحرية مشتركة بين البلدين.",  # a bound, not the date of a patrol
    "The two navies plan joint naval patrols by 2030.",
    "Joint naval patrols are a feature of the partnership. In 2012 the navies held other drills.",
])
def test_instances_after_the_start_or_undated_are_quiet(s):
    assert run_series(s) == []


def test_series_are_validated(tmp_path):
    from tahqiq.link.exercises import load_series

    bib = Path(__file__).resolve().parents[2] / "book" / "references.bib"
    p = tmp_path / "exercises.yml"
    p.write_text("exercises: []\nseries:\n  - {id: x, name: {en: X}, aliases: {en: [x drill]}, first: '20-1', source: weitz-2015}\n",
                 encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"series\[0\].*first"):
        load_series(p, bib)
    p.write_text("exercises: []\nseries:\n  - {id: x, name: {en: X}, aliases: {en: [x drill]}, first: '2020', source: nokey}\n",
                 encoding="utf-8")
    with pytest.raises(TahqiqError, match="source"):
        load_series(p, bib)
