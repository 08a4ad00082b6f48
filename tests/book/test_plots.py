"""The plots in both editions: titles, axes and legends in the edition's language."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from tahqiq.book import plots  # noqa: E402


def test_labels_come_from_the_strings_file_as_they_are():
    """matplotlib shapes Arabic itself: the label is the string of ui.yml, not pre-shaped."""
    assert plots.label("findings", "en") == "findings"
    assert plots.label("findings", "ar") == "ملاحظات"
    assert plots.label("witness", "en", work="w", witness="B") == "w, witness B"
    assert plots.label("witness", "ar", work="w", witness="B") == "w، النسخة B"


def test_plot_text_is_in_the_edition_language():
    f = pd.DataFrame(columns=["kind", "severity"])
    en = plots.findings_plot(f, "t", "en")
    ar = plots.findings_plot(f, "t", "ar")
    assert [t.get_text() for t in en.axes[0].texts] == ["no findings"]
    assert [t.get_text() for t in ar.axes[0].texts] == [plots.label("no_findings", "ar")]
    df = pd.DataFrame({"work": ["a", "a"], "witness": ["A", "B"], "words_ar": [3, 4], "words_en": [1, 0]})
    fig = plots.overview_plot(df, "ar")
    ax = fig.axes[0]
    assert ax.get_title() == plots.label("corpus_title", "ar") and ax.get_xlabel() == plots.label("words", "ar")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [plots.label("arabic_words", "ar"),
                                                                    plots.label("english_words", "ar")]


def _side(ax):
    """(x inverted, category labels on the right, legend left of the axes) of a drawn plot."""
    import matplotlib.pyplot as plt

    fig = ax.figure
    fig.canvas.draw()
    leg = ax.get_legend()
    left_legend = None
    if leg is not None:
        left_legend = leg.get_window_extent().x1 <= ax.get_window_extent().x0 + 1
    right = ax.yaxis.get_ticks_position() == "right" and ax.yaxis.get_label_position() == "right"
    out = (ax.xaxis_inverted(), right, left_legend)
    plt.close(fig)
    return out


def test_arabic_bar_charts_read_from_the_right_and_english_ones_from_the_left():
    """A phone shows a wide plot from the side its edition reads from (tahqiq.css); an Arabic bar
    chart is laid out from the right: labels on the right, bars growing leftwards, the legend on the
    left. A time axis keeps running rightwards (its labels and legend still moved)."""
    per = pd.Series([30, 120, 7], index=["heading", "paragraph", "note"])
    assert _side(plots.kinds_plot(per, "t", "ar").axes[0])[:2] == (True, True)
    assert _side(plots.kinds_plot(per, "t", "en").axes[0])[:2] == (False, False)
    df = pd.DataFrame({"work": ["a", "b"], "witness": ["A", "A"], "words_ar": [3, 4], "words_en": [1, 0]})
    assert _side(plots.overview_plot(df, "ar").axes[0]) == (True, True, True)
    assert _side(plots.overview_plot(df, "en").axes[0]) == (False, False, False)
    f = pd.DataFrame({"kind": ["date-conflict", "date-conflict", "arithmetic-total"],
                      "severity": ["error", "warning", "error"], "verdict": ["unreviewed"] * 3})
    assert _side(plots.findings_plot(f, "t", "ar").axes[0]) == (True, True, True)
    assert _side(plots.findings_plot(f, "t", "en").axes[0]) == (False, False, False)
    dates = pd.DataFrame({"start_date": ["2001-01-01", "2022-02-04"], "end_date": ["2001-12-31", "2022-02-04"],
                          "type": ["year", "date"], "start": [10, 200]})
    assert _side(plots.timeline(dates, 1000, "t", "ar").axes[0]) == (False, True, True)
    assert _side(plots.timeline(dates, 1000, "t", "en").axes[0]) == (False, False, False)
