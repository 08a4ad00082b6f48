"""The plots in both editions: Arabic labels are shaped and ordered for matplotlib."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from tahqiq.book import plots  # noqa: E402


def test_arabic_labels_are_joined_and_in_visual_order():
    s = plots.shaped("ملاحظات")
    assert s != "ملاحظات"  # presentation forms, right-to-left run reversed for a left-to-right renderer
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in s)  # every letter in its joined (presentation) form
    assert plots.shaped("findings 2024") == "findings 2024"
    assert plots.label("findings", "en") == "findings"
    assert plots.label("witness", "en", work="w", witness="B") == "w, witness B"
    assert "B" in plots.label("witness", "ar", work="w", witness="B")


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
