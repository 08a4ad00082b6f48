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
    assert _title(fig) == plots.label("corpus_title", "ar") and ax.get_xlabel() == plots.label("words", "ar")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [plots.label("english_words", "ar"),
                                                                    plots.label("arabic_words", "ar")]  # first on the right


def _title(fig) -> str:
    """A plot's title as written in ui.yml (the figure's title: wrapped, an Arabic one's lines opened
    by a right-to-left mark)."""
    return fig.get_suptitle().replace("\u200f", "").replace("\n", " ")


def _side(ax):
    """(x inverted, category labels on the right, legend under the axes and their labels) of a drawn plot."""
    import matplotlib.pyplot as plt

    fig = ax.figure
    fig.canvas.draw()
    leg = ax.get_legend()
    below = None
    if leg is not None:
        below = leg.get_window_extent().y1 <= ax.xaxis.get_tightbbox(fig.canvas.get_renderer()).y0 + 1
    right = ax.yaxis.get_ticks_position() == "right" and ax.yaxis.get_label_position() == "right"
    out = (ax.xaxis_inverted(), right, below)
    plt.close(fig)
    return out


def test_arabic_bar_charts_read_from_the_right_and_english_ones_from_the_left():
    """An Arabic bar chart is laid out from the right: labels on the right, bars growing leftwards.
    A time axis keeps running rightwards (its labels still moved). The legend is under the plot in
    both editions, where it covers no bar and takes none of a phone's width."""
    per = pd.Series([30, 120, 7], index=["heading", "paragraph", "note"])
    assert _side(plots.kinds_plot(per, "t", "ar").axes[0])[:2] == (True, True)
    assert _side(plots.kinds_plot(per, "t", "en").axes[0])[:2] == (False, False)
    df = pd.DataFrame({"work": ["a", "b"], "witness": ["A", "A"], "words_ar": [3, 4], "words_en": [1, 0]})
    assert _side(plots.overview_plot(df, "ar").axes[0]) == (True, True, True)
    assert _side(plots.overview_plot(df, "en").axes[0]) == (False, False, True)
    f = pd.DataFrame({"kind": ["date-conflict", "date-conflict", "arithmetic-total"],
                      "severity": ["error", "warning", "error"], "verdict": ["unreviewed"] * 3})
    assert _side(plots.findings_plot(f, "t", "ar").axes[0]) == (True, True, True)
    assert _side(plots.findings_plot(f, "t", "en").axes[0]) == (False, False, True)
    dates = pd.DataFrame({"start_date": ["2001-01-01", "2022-02-04"], "end_date": ["2001-12-31", "2022-02-04"],
                          "type": ["year", "date"], "start": [10, 200]})
    assert _side(plots.timeline(dates, 1000, "t", "ar").axes[0]) == (False, True, True)
    assert _side(plots.timeline(dates, 1000, "t", "en").axes[0]) == (False, False, True)


def _phone_reading(fig) -> tuple[int, float]:
    """(the width in px of the PNG the notebook shows, the size in px of its smallest text once
    the PNG is scaled to a phone's column): drawn as the inline backend saves it (100 dpi, cropped)."""
    import io

    import matplotlib.pyplot as plt
    from matplotlib.image import imread
    from matplotlib.text import Text

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    width = imread(io.BytesIO(buf.getvalue())).shape[1]
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    smallest = min(t.get_fontsize() for t in texts) * 100 / 72
    plt.close(fig)
    return width, smallest * min(1.0, plots.PHONE_COLUMN / width)


def test_every_plot_fits_a_phone_column_with_readable_text(catalogue):
    """At 390 px a plot was 560 px wide, panned inside its box, its labels about 10 px; drawn 510 px
    wide they were still about 11.7 px (the timelines' labels were seen tiny). Every plot of the book
    is now drawn about 430 px wide; scaled to a phone's column (358 px) its smallest text (ticks,
    legend, event names) is at least 13 px, and its longest labels are wrapped."""
    from tahqiq.book.crosswork import CrossWork

    long_kinds = ["missing-from-bibliography", "external-office-before", "arithmetic-share-whole"]
    f = pd.DataFrame({"kind": long_kinds * 3, "severity": ["error", "warning", "note"] * 3,
                      "verdict": ["unreviewed"] * 9})
    dates = pd.DataFrame({"start_date": ["1900-01-01", "2022-02-04", "1990-01-01"], "start": [10, 200, 500],
                          "end_date": ["1999-12-31", "2022-02-04", "1999-12-31"], "type": ["century", "date", "decade"]})
    over = pd.DataFrame({"work": ["salman-2025", "salman-2025", "putin-beijing-2024"], "witness": ["A", "B", "A"],
                         "words_ar": [3000, 3100, 900], "words_en": [800, 0, 0]})
    per = pd.Series([30, 120, 7], index=["heading", "paragraph", "list_item"])
    cw = CrossWork(catalogue)
    for lang in ("en", "ar"):
        for fig in (plots.findings_plot(f, "salman-2025: findings by kind and severity", lang),
                    plots.timeline(dates, 1000, "salman-2025: dated mentions", lang),
                    plots.overview_plot(over, lang), plots.kinds_plot(per, "t", lang), cw.event_timeline_plot(lang)):
            width, phone_px = _phone_reading(fig)
            assert width <= 470, (lang, _title(fig), width)
            assert phone_px >= 13, (lang, _title(fig), round(phone_px, 1))
    labels = [t.get_text() for t in plots.findings_plot(f, "t", "en").axes[0].get_yticklabels()]
    assert "missing-from-\nbibliography" in labels
    assert all(len(line) <= 24 for t in labels for line in t.split("\n"))


def test_the_lines_of_a_wrapped_arabic_label_are_flush_right():
    f = pd.DataFrame({"kind": ["older-source-cited", "citation-url-date", "entity-variant"],
                      "severity": ["warning", "warning", "note"], "verdict": ["unreviewed"] * 3})
    fig = plots.findings_plot(f, "t", "ar")
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    wrapped = [t for t in fig.axes[0].get_yticklabels() if "\n" in t.get_text()]
    assert wrapped
    for t in wrapped:
        _, lines, _ = t._get_layout(r)  # each line's text, (width, height, descent), (x, y)
        right = {round(x + w) for _, (w, _h, _d), (x, _y) in lines}
        assert len(right) == 1, f"the lines of {t.get_text()!r} are ragged on the right"


def test_the_corpus_plot_writes_each_texts_name_above_its_bar():
    """The corpus plot named its texts beside their bars («salman-2025, witness A» took half the
    width), its bars squeezed into a third of a phone's column. Each name is now written above its
    bar, and the bars span the whole plot: the longest bar reaches near the axes' far edge."""
    df = pd.DataFrame({"work": ["salman-2025", "salman-2025", "putin-beijing-2024"], "witness": ["A", "B", "A"],
                       "words_ar": [6000, 6100, 900], "words_en": [2000, 0, 0]})
    for lang in ("en", "ar"):
        fig = plots.overview_plot(df, lang)
        ax = fig.axes[0]
        fig.canvas.draw()
        assert [t.get_text() for t in ax.get_yticklabels()] == []
        names = [t for t in ax.texts]
        assert [t.get_text().replace("\u200f", "") for t in names] == [
            plots.label("witness", lang, work="salman-2025", witness="A"),
            plots.label("witness", lang, work="salman-2025", witness="B"), "putin-beijing-2024"]
        r = fig.canvas.get_renderer()
        box = ax.get_window_extent(r)
        bars = [p.get_window_extent(r) for p in ax.patches]
        assert max(b.x1 for b in bars) - min(b.x0 for b in bars) >= 0.85 * box.width, lang  # the stacked bars
        for t, b in zip(names, bars):  # the name above its own bar (y grows upwards in display units)
            assert t.get_window_extent(r).y0 >= b.y1 - 1, (lang, t.get_text())


def test_an_arabic_label_reads_from_the_right_and_keeps_a_range_in_order():
    """matplotlib ordered a line that opens with a Latin word from the left: the witness plot's
    «salman-2025، النسخة A» read «salman-2025» on the left, «A» on the right (backwards for its
    reader); and it reversed a range of years inside Arabic («… 2021-2025» showed «2025-2021»)."""
    assert plots.rtl("salman-2025، النسخة A") == "\u200fsalman-2025، النسخة A"
    assert plots.rtl("خارطة طريق 2021-2025") == "خارطة طريق 2021\u200e-\u200e2025"
    assert plots.rtl("مصدر أقدم\nبه عليه") == "مصدر أقدم\nبه عليه"  # Arabic lines stay flush right
    assert plots.rtl("salman-2025, witness A") == "salman-2025, witness A"  # no Arabic: as it is
    assert plots.wrap("salman-2025، النسخة A", lang="ar").startswith("\u200f")
    assert not plots.wrap("salman-2025, witness A", lang="en").startswith("\u200f")
    df = pd.DataFrame({"work": ["salman-2025", "salman-2025"], "witness": ["A", "B"],
                       "words_ar": [3, 4], "words_en": [1, 0]})
    assert all(t.get_text().startswith("\u200fsalman-2025") for t in plots.overview_plot(df, "ar").axes[0].texts)


# ------------------------------------------------------------------ the timelines on a desktop
"""The timelines were drawn for a phone only: on a desktop a chapter's dated mentions were 430 px wide in
a 755 px column, the plot itself squeezed to about 90 px beside a legend of three columns wider than the
figure (constrained layout narrowed the axes to fit it), and the events' timeline 420 px wide and 2,700 px
tall (each event's name on a line of its own above its row). Each is now drawn twice, for a phone and for a
desktop, and shown as one <picture> (plots.Picture) whose desktop drawing a wide screen takes."""


def _axes_share(fig) -> float:
    fig.canvas.draw()
    return fig.axes[0].get_position().width


def test_a_timeline_uses_a_desktops_width_and_its_plot_its_figures_width(catalogue):
    from tahqiq.book.chapter import Chapter
    from tahqiq.book.crosswork import CrossWork

    import matplotlib.pyplot as plt

    for lang in ("en", "ar"):
        ch = Chapter.load("salman-2025", lang=lang)
        phone, wide = ch.timeline_plot(), ch.timeline_plot(wide=True)
        assert _axes_share(phone) >= 0.6, (lang, "a phone's timeline squeezed beside its legend")
        assert _axes_share(wide) >= 0.75, lang
        plt.close(phone)
        plt.close(wide)
        (_, pw, ph), (_, ww, wh) = plots._png(ch.timeline_plot()), plots._png(ch.timeline_plot(wide=True))
        assert pw <= 470 and 680 <= ww <= 755, (lang, pw, ww)  # a phone's column; a desktop's (755 px at 1366)
        assert wh < ph, (lang, "a desktop's timeline is wider than tall")
        ev_phone, ev_wide = CrossWork().event_timeline_plot(lang), CrossWork().event_timeline_plot(lang, wide=True)
        (_, pw, ph), (_, ww, wh) = plots._png(ev_phone), plots._png(ev_wide)
        assert pw <= 470 and 680 <= ww <= 755, (lang, pw, ww)
        assert wh <= 0.6 * ph, (lang, ph, wh)  # each event's name beside its row, not above it
        labels = [t.get_text() for t in ev_wide.axes[0].get_yticklabels()]
        assert len(labels) >= 20 and all(len(line) <= plots.WIDE_WRAP + 1 for t in labels for line in t.split("\n"))


def test_a_picture_is_one_image_whose_desktop_drawing_a_wide_screen_takes():
    import re

    dates = pd.DataFrame({"start_date": ["1990-01-01", "2022-02-04"], "start": [10, 200],
                          "end_date": ["1999-12-31", "2022-02-04"], "type": ["decade", "date"]})
    import matplotlib.pyplot as plt

    phone, wide = plots.timeline(dates, 1000, "t"), plots.timeline(dates, 1000, "t", wide=True)
    pic = plots.Picture(phone, wide, 'a <b>"plot"</b> & its words')
    # both figures closed: the notebook shows the picture, not them again
    assert phone.number not in plt.get_fignums() and wide.number not in plt.get_fignums()
    html = pic._repr_html_()
    assert html.count("<img ") == 1 and html.count("<source ") == 1
    assert f'media="{plots.WIDE_MEDIA}"' in html and html.count("data:image/png;base64,") == 2
    assert 'alt="a &lt;b&gt;&quot;plot&quot;&lt;/b&gt; &amp; its words"' in html  # escaped
    (w_src, _), (w_img, _) = [tuple(map(int, m)) for m in re.findall(r'width="(\d+)" height="(\d+)"', html)]
    assert w_src > 650 and w_img <= 470
