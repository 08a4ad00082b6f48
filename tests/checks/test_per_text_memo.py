"""Per-text results several detectors read (event phrases, figures, dated mentions) are computed
once per text and kept on its facts; the findings are those of a fresh computation."""

from __future__ import annotations

from tahqiq.checks import REGISTRY, load_all, textevents
from tahqiq.checks.arithmetic import figures_of
from tahqiq.checks.chronology import POINT_TYPES, dated_mentions

from builders import extracted  # noqa: E402

load_all()

AR = ("وقّع الطرفان إعلان التكامل الزراعي الإقليمي في 23/3/2015 في العاصمة، وبلغ التبادل 120 مليون دولار.\n\n"
      "وقد مهّد إعلان التكامل الزراعي الإقليمي عام 2016 لتعاون أوسع.")
EN = ("The Treaty of Northern Fisheries was signed on 4 May 1998 in Oslo; the deal was worth 40 million dollars.\n\n"
      "Critics of the Treaty of Northern Fisheries, signed on 14 May 1998, called it weak.")
PHRASE_DETECTORS = ("text-event-date-conflict", "first-claim-contradicted", "text-event-date-conflict-cross",
                    "first-claim-contradicted-cross")


def _key(fs):
    return [(f.kind, f.message, [(s.file, s.start, s.end) for s in f.spans]) for f in fs]


def test_event_phrases_are_found_once_per_text_and_shared(monkeypatch):
    fresh = {name: _key(REGISTRY[name].func(extracted(AR, EN))) for name in PHRASE_DETECTORS}
    assert fresh["text-event-date-conflict"]  # the texts do hold findings: the comparison is not vacuous
    calls = []
    real = textevents.find_phrases
    monkeypatch.setattr(textevents, "find_phrases", lambda tf: calls.append(tf.file) or real(tf))
    facts = extracted(AR, EN)
    shared = {name: _key(REGISTRY[name].func(facts)) for name in PHRASE_DETECTORS}
    assert shared == fresh
    assert sorted(calls) == ["t0.txt", "t1.txt"]


def test_figures_and_dated_mentions_are_kept_per_text_and_handed_out_as_copies():
    for raw in (AR, EN):
        tf = extracted(raw).texts[0]
        figs = figures_of(tf)
        assert figs and figures_of(tf) == figs
        figs.clear()  # a caller changing its list does not change the next caller's
        assert figures_of(tf) == figures_of(extracted(raw).texts[0])
        points = dated_mentions(tf, POINT_TYPES)
        assert points and dated_mentions(tf, POINT_TYPES) == points
        points.clear()
        assert dated_mentions(tf, POINT_TYPES) == dated_mentions(extracted(raw).texts[0], POINT_TYPES)
        assert len(dated_mentions(tf)) >= len(dated_mentions(tf, POINT_TYPES))
