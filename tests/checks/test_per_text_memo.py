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


def test_per_text_computes_once_until_a_table_is_replaced():
    from tahqiq.facts import per_text

    calls = []

    @per_text
    def n_dates(tf):
        calls.append(tf.file)
        return len(tf.dates)

    tf = extracted(AR).texts[0]
    assert n_dates(tf) == n_dates(tf) == len(tf.dates) and calls == ["t0.txt"]
    tf.dates = tf.dates.iloc[:1]  # a table replaced (as a test may): computed anew
    assert n_dates(tf) == 1 and calls == ["t0.txt", "t0.txt"]
    assert n_dates(extracted(AR).texts[0]) == len(extracted(AR).texts[0].dates)  # another text: its own


def test_per_text_copies_hand_each_caller_its_own():
    from tahqiq.checks.chronology import histories, history_items
    from tahqiq.checks.citations import _refs
    from tahqiq.facts import per_text

    @per_text(copy=lambda rows: [dict(r) for r in rows])
    def rows(tf):
        return [{"start": 1}]

    tf = extracted(AR).texts[0]
    rows(tf)[0]["start"] = 99
    assert rows(tf) == [{"start": 1}]
    for f in (_refs, history_items, histories):  # the shared readings: a fresh value, the same rows
        got = f(tf)
        assert got == f(extracted(AR).texts[0]) and got is not f(tf)


def test_sentence_ends_of_the_last_text_are_kept_and_handed_out_as_copies():
    from tahqiq.segment.sentences import STOP_OR_LINE, ends

    first = ends(AR, STOP_OR_LINE)
    first.clear()
    assert ends(AR, STOP_OR_LINE) == [m.end() for m in STOP_OR_LINE.finditer(AR)]
    assert ends(EN, STOP_OR_LINE) == [m.end() for m in STOP_OR_LINE.finditer(EN)]
