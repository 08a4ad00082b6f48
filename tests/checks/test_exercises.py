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
