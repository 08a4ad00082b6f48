"""The book's figures (matplotlib), drawn from the tables the chapter models compute."""

from __future__ import annotations

import re

import pandas as pd

from . import strings

SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#e67e22", "note": "#7f8c8d"}

# Every plot is drawn for a phone first: WIDTH inches wide (at the notebooks' 100 dpi, about 430 px),
# shown whole in a phone's column (about 358 px at 390; tahqiq.css scales it to its box, never
# pans it), where text of FONT points (16.7 px in the image) reads at about 14 px; a desktop shows
# it at its own size, its text as large as the page's. (Drawn 5 inches wide, about 510 px, its text
# read about 11.7 px on a phone: the timelines' labels were seen tiny at 390 px.) Legends sit under
# the plot, long category labels are wrapped or written above their bar, axes have few ticks.
WIDTH = 4.2
FONT = 12
TITLE = 13
PHONE_COLUMN = 358  # px: the article's column at a 390 px screen (measured in Chromium)
WRAP = 36  # characters of a label written across the plot's width (an event's name, a text's name)

# A timeline is drawn twice (:class:`Picture`): for a phone's column as above, and for a desktop's, WIDE
# inches wide (at most the 755 px of a column at 1366 px, its labels included), its text of WIDE_FONT points (about 15 px, the
# size of the page's own), shown at its own size there. Drawn for a phone only, a desktop showed the
# timelines 430 px wide in a 755 px column, the dated mentions squeezed into a plot 90 px wide beside
# their legend, the events' timeline 2,700 px tall (each event's name on a line of its own above its row).
WIDE = 7.1
WIDE_FONT = 11
WIDE_MEDIA = "(min-width: 960px)"  # where the page's column is wide enough for it (the theme's sidebar shows)
WIDE_WRAP = 40  # characters of an event's name beside its row on a desktop


def figure(height: float, width: float = WIDTH, font: float = FONT):
    """A figure and its axes at the book's size, laid out by matplotlib's constrained layout (which
    keeps the legend under the plot inside the figure)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    ax.tick_params(labelsize=font)
    return fig, ax


def _png(fig) -> tuple[bytes, int, int]:
    """A figure as the notebooks show one (PNG at 100 dpi, its white margins cut), closed; with its size in px."""
    import io
    import struct

    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    data = buf.getvalue()
    width, height = struct.unpack(">II", data[16:24])  # the PNG's IHDR
    return data, width, height


class Picture:
    """A plot drawn for a phone's column and for a desktop's, shown as one image: an HTML ``<picture>``
    whose ``<source>`` (the desktop's drawing) a browser takes on a wide screen (:data:`WIDE_MEDIA`), the
    phone's drawing otherwise (and for a reader without ``<picture>``); ``alt``, the edition's words for
    it, escaped. Both PNGs are embedded (data URIs): the book loads nothing from elsewhere."""

    def __init__(self, phone, wide, alt: str):
        self.phone, self.wide, self.alt = _png(phone), _png(wide), alt

    def _repr_html_(self) -> str:
        import base64

        from .render import esc

        def uri(png) -> str:
            return "data:image/png;base64," + base64.b64encode(png[0]).decode("ascii")

        (_, pw, ph), (_, ww, wh) = self.phone, self.wide
        return (f'<picture class="tq-plot"><source media="{WIDE_MEDIA}" srcset="{uri(self.wide)}" width="{ww}" '
                f'height="{wh}"><img src="{uri(self.phone)}" width="{pw}" height="{ph}" alt="{esc(self.alt)}">'
                f"</picture>")

    def __repr__(self) -> str:
        return f"<plot: {self.alt}>"


def set_title(ax, text: str) -> None:
    """The plot's title over the whole figure (an axes' title, centred over the bars, ran past the
    figure's edge beside long labels), wrapped to its width."""
    import textwrap

    lines = textwrap.wrap(text, 44) or [""]
    if any("\u0600" <= ch <= "\u06ff" for ch in text):  # an Arabic title reads from the right even when it
        lines = ["\u200f" + line for line in lines]     # opens with a work's Latin id («salman-2025: …»)
    ax.figure.suptitle("\n".join(lines), fontsize=TITLE)


def wrap(text: str, width: int = 22, lang: str = "en") -> str:
    """A category label over lines of at most ``width`` characters; an id (``missing-from-bibliography``)
    is broken after its hyphens. On the Arabic edition each line reads from the right (:func:`rtl`)."""
    import textwrap

    out = textwrap.fill(str(text), width, break_on_hyphens=True, break_long_words=False)
    return rtl(out) if lang == "ar" else out


_ARABIC = re.compile("[\u0600-\u06ff]")
_RANGE = re.compile(r"(?<=\d)([-/–])(?=\d)")


def rtl(text: str) -> str:
    """A label of the Arabic edition as its reader reads it. matplotlib (3.11) orders a line that
    opens with a Latin word from the left: «salman-2025، النسخة A» showed «salman-2025» on the left
    and «A» on the right (the witness plot's labels read backwards); a right-to-left mark opening
    each line makes it read from the right, as set_title does for titles. It also reversed a range
    of years inside Arabic («خارطة طريق … 2021-2025» read «2025-2021»): a left-to-right mark on
    either side of the hyphen keeps the range in its order. A label without Arabic is left alone."""
    if not _ARABIC.search(text):
        return text
    lines = [_RANGE.sub("\u200e\\1\u200e", line) for line in text.split("\n")]
    return "\n".join("\u200f" + line if _LATIN_FIRST.match(line) else line for line in lines)


# a line whose first letter is Latin (a line opening with an Arabic letter already reads from the
# right, and a mark before it shifted it off the right edge of a wrapped label's block)
_LATIN_FIRST = re.compile(r"[^A-Za-z\u0600-\u06ff\u200f]*[A-Za-z]")


def lines_of(labels) -> int:
    return max((str(t).count("\n") + 1 for t in labels), default=1)


def label(key: str, lang: str = "en", **fields) -> str:
    """A plot's label ``plot.<key>`` of ``src/tahqiq/lang/ui.yml`` in ``lang``. Arabic is passed as
    it is: matplotlib (3.11) shapes it and orders right-to-left runs itself."""
    return strings.text(f"plot.{key}", lang).format(**fields)


def term(group: str, key, lang: str = "en") -> str:
    """A category a plot names (``group``: ``block`` kinds, ``date_type``, ``severity``) as the
    edition's reader reads it: ``plot.<group>.<key>`` of ui.yml in ``lang``; an unknown key as it is."""
    sid = f"plot.{group}.{key}"
    return strings.text(sid, lang) if sid in strings.strings() else str(key)


def kind_title(kind: str, lang: str = "en", width: int = 24) -> str:
    """A detector kind on the Arabic edition: its Arabic title (``lang/messages.yml``), wrapped;
    on the English edition the kind's id, as the findings' tables name it (wrapped after a hyphen)."""
    if lang != "ar":
        return wrap(kind, width)
    from ..review.messages import kinds

    title = (kinds().get(kind) or {}).get("title_ar")
    return wrap(title, width, lang) if title else kind


def counts_axis(axis) -> None:
    """Whole-number ticks on an axis of counts (no 0.5 finding), at most five of them."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=4, integer=True))


def legend_below(ax, lang: str = "en", ncols: int | None = None, font: float = FONT) -> None:
    """The legend under the plot (and its axis' label), where it covers no bar and takes none of a
    phone's width: a legend beside the plot made it wider than a phone's column. In Arabic each entry's
    key is on its right and the first entry on the right."""
    handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return
    n = ncols or min(len(labels), 3)
    if lang == "ar":  # the first column on the right (matplotlib fills the columns left to right, top down)
        rows = -(-len(labels) // n)
        cols = [list(zip(handles, labels))[i * rows:(i + 1) * rows] for i in range(n)][::-1]
        handles, labels = [h for c in cols for h, _ in c], [t for c in cols for _, t in c]
        n = sum(1 for c in cols if c)
    from matplotlib.transforms import offset_copy

    below = offset_copy(ax.transAxes, fig=ax.figure, y=-(0.62 if ax.get_xlabel() else 0.38), units="inches")
    ax.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0), bbox_transform=below,
              ncols=n, frameon=False, fontsize=font, markerfirst=lang != "ar", handlelength=1.4,
              columnspacing=1.0)


def reading_side(ax, lang: str = "en", mirror: bool = True) -> None:
    """A plot of the Arabic edition laid out from the right, where its reader starts (and where a
    phone shows a wide plot first): the category labels on the right and, with ``mirror``, the
    bars growing leftwards from them. Time axes are not mirrored (``mirror=False``). English: as drawn."""
    if lang != "ar":
        return
    if mirror:
        ax.invert_xaxis()
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    align_right(ax.get_yticklabels())


def align_right(texts) -> None:
    """The lines of each wrapped Arabic label flush with the right edge of its block, as Arabic is
    set: matplotlib aligns a label's lines on the side it is anchored by (left, for labels right of
    the axis), which left the lines of «مصدر أقدم ممّا يُستشهد / به عليه» ragged on the right."""
    for t in texts:
        t.set_multialignment("right")


def year_axis(axis) -> None:
    """A date axis whose labels never repeat: years when the ticks are years, months (with the
    year where it changes) when they are months."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
    axis.set_major_locator(locator)
    axis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def kinds_plot(per: pd.Series, title: str, lang: str = "en"):
    """A bar chart of words per kind of block (``per``: words indexed by kind)."""
    names = [wrap(term("block", k, lang), lang=lang) for k in per.index]
    fig, ax = figure(0.3 * lines_of(names) * len(per) + 1.3)
    ax.barh(names, per.values, color="#4a6fa5")
    ax.set_xlabel(label("words", lang), fontsize=FONT)
    counts_axis(ax.xaxis)
    reading_side(ax, lang)
    set_title(ax, title)
    return fig


def overview_plot(df: pd.DataFrame, lang: str = "en"):
    """Words per text, split into Arabic and English. Each text's name is written above its bar
    (from the right in Arabic), so the bars take the plot's whole width: as tick labels beside the
    bars the names («salman-2025, witness A») took half of it, and the bars were squeezed into a
    third of a phone's column."""
    n = df["work"].value_counts()
    labels = [wrap(label("witness", lang, work=w, witness=t) if n[w] > 1 else w, WRAP, lang)
              for w, t in zip(df["work"], df["witness"])]
    # a row: its name's lines, then its bar (y grows downwards: inverted below)
    y, at = [], 0.0
    for t in labels:
        at += 0.62 * (t.count("\n") + 1) + 0.45
        y.append(at)
        at += 0.4
    fig, ax = figure(0.34 * max(at, 1) + 1.9)
    ax.barh(y, df["words_ar"], height=0.6, label=label("arabic_words", lang), color="#4a6fa5")
    ax.barh(y, df["words_en"], height=0.6, left=df["words_ar"], label=label("english_words", lang), color="#d9a441")
    for yi, t in zip(y, labels):
        ax.text(0.99 if lang == "ar" else 0.01, yi - 0.4, t, transform=ax.get_yaxis_transform(),
                ha="right" if lang == "ar" else "left", va="bottom", fontsize=FONT, linespacing=1.2)
    ax.set_ylim(at, 0)
    ax.set_yticks([])
    ax.set_xlabel(label("words", lang), fontsize=FONT)
    counts_axis(ax.xaxis)
    reading_side(ax, lang)
    legend_below(ax, lang)
    set_title(ax, label("corpus_title", lang))
    return fig


TYPE_COLOURS = {
    "date": "#1f77b4", "datetime": "#1f77b4", "day_range": "#17becf", "month": "#2ca02c", "year": "#ff7f0e",
    "year_range": "#d62728", "decade": "#9467bd", "century": "#8c564b", "relative": "#e377c2",
    "url_date": "#7f7f7f", "quarter": "#2ca02c", "half": "#2ca02c",
}


def timeline(dates: pd.DataFrame, length: int, title: str, lang: str = "en", wide: bool = False):
    """A timeline of dated mentions: each interval as a bar at its position in the text (a
    millennium is left out: a thousand-year bar would flatten every other one). ``wide``: drawn for a
    desktop's column (:data:`WIDE`), not a phone's. The legend is in two columns on a phone: in three,
    wider than the plot, it squeezed the plot itself into a third of the figure's width."""
    from matplotlib.ticker import MaxNLocator

    font = WIDE_FONT if wide else FONT
    d = dates.dropna(subset=["start_date", "end_date"])
    d = d[d["type"] != "millennium"]
    d = d[~d["start_date"].str.startswith(("-", "0000"))]  # BCE: before the years matplotlib can draw
    fig, ax = figure(3.9, WIDE, font) if wide else figure(5.2)
    if d.empty:
        ax.text(0.5, 0.5, label("no_dates", lang), ha="center", va="center", transform=ax.transAxes, fontsize=font)
        ax.set_axis_off()
        return fig
    start = pd.to_datetime(d["start_date"])
    end = pd.to_datetime(d["end_date"]) + pd.Timedelta(days=1)
    pos = 100 * d["start"] / max(length, 1)
    for typ in sorted(d["type"].unique()):
        m = (d["type"] == typ).to_numpy()
        ax.hlines(pos[m], start[m], end[m], colors=TYPE_COLOURS.get(typ, "#333333"), linewidth=4,
                  label=term("date_type", typ, lang))
        ax.plot(start[m], pos[m], "|", color=TYPE_COLOURS.get(typ, "#333333"), markersize=9, markeredgewidth=2)
    ax.invert_yaxis()
    ax.set_ylabel(label("position", lang), fontsize=font)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    year_axis(ax.xaxis)
    set_title(ax, title)
    reading_side(ax, lang, mirror=False)
    legend_below(ax, lang, ncols=min(d["type"].nunique(), 5) if wide else 2, font=font)
    ax.grid(axis="x", alpha=0.3)
    return fig


def findings_plot(f: pd.DataFrame, title: str, lang: str = "en"):
    """A stacked bar chart of findings by kind and severity."""
    from .chapter import findings_summary

    s = findings_summary(f)
    names = [kind_title(k, lang) for k in s["kind"]]
    row = 0.12 + 0.22 * lines_of(names)  # a row holds its label's lines
    fig, ax = figure(row * max(len(s), 1) + 1.6)
    if s.empty:
        ax.text(0.5, 0.5, label("no_findings", lang), ha="center", va="center", transform=ax.transAxes, fontsize=FONT)
        ax.set_axis_off()
        return fig
    left = pd.Series(0, index=s.index)
    for sev, colour in SEVERITY_COLOURS.items():
        ax.barh(names, s[sev], left=left, color=colour, label=term("severity", sev, lang))
        left = left + s[sev]
    ax.invert_yaxis()
    ax.margins(y=0.01)
    ax.set_xlabel(label("findings", lang), fontsize=FONT)
    counts_axis(ax.xaxis)
    reading_side(ax, lang)
    set_title(ax, title)
    legend_below(ax, lang)
    return fig
