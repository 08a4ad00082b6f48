"""Holders named together: a text is scanned with the pattern only when it holds one of its cue
words (namedsums._together_and_cues), which every match holds as written."""

from __future__ import annotations

from tahqiq.checks import namedsums
from tahqiq.text.normtext import normalise

SAMPLES = [
    "وتستحوذ الإمارات والسعودية معاً على 55 ألف سيارة",
    "وتستحوذ الإمارات والسعودية معا على 55 ألف سيارة",
    "وتستحوذ الإمارات والسعودية والمغرب مجتمعة على 66 ألف سيارة",
    "الإمارات، والسعودية ومصر مجتمعين 40 ألفاً",
    "وتستحوذ الإمارات والسعودية على 55 ألف سيارة",
]


def test_the_pattern_is_the_one_kept_with_its_cues():
    together, cues = namedsums._together_and_cues()
    assert namedsums._together() is together and cues
    assert all(c.replace(" ", r"\ ") in together.pattern or c in together.pattern for c in cues)


def test_every_match_holds_a_cue_word():
    together, cues = namedsums._together_and_cues()
    found = 0
    for s in SAMPLES + [normalise(s).text for s in SAMPLES]:
        for m in together.finditer(s):
            found += 1
            assert any(c in m.group() for c in cues)
        if not any(c in s for c in cues):
            assert together.search(s) is None
    assert found >= 3


def test_a_cue_inside_a_word_is_no_cue():
    _, cues = namedsums._together_and_cues()
    assert not namedsums._holds_cue("وقعت المعاهدة بين البلدين", cues)
    assert not namedsums._holds_cue("معا في البداية", cues)  # (no blank before it)
    assert namedsums._holds_cue("الإمارات والسعودية معا على", cues)
    assert namedsums._holds_cue("الإمارات والسعودية\u00a0معا", cues)  # (a blank of Unicode, as \s reads it)
    for s in SAMPLES + ["وقعت المعاهدة", "كانا معاً", "together with", "x togethers", "ومجتمعة"]:
        n = normalise(s).text
        if namedsums._together_and_cues()[0].search(n):
            assert namedsums._holds_cue(n, cues)
