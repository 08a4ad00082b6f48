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
