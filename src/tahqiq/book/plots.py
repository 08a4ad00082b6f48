"""The book's figures (matplotlib), drawn from the tables the chapter models compute."""

from __future__ import annotations

import pandas as pd

from . import strings

SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#e67e22", "note": "#7f8c8d"}


def label(key: str, lang: str = "en", **fields) -> str:
    """A plot's label ``plot.<key>`` of ``src/tahqiq/lang/ui.yml`` in ``lang``. Arabic is passed as
    it is: matplotlib (3.11) shapes it and orders right-to-left runs itself."""
    return strings.text(f"plot.{key}", lang).format(**fields)


def term(group: str, key, lang: str = "en") -> str:
    """A category a plot names (``group``: ``block`` kinds, ``date_type``, ``severity``) as the
    edition's reader reads it: ``plot.<group>.<key>`` of ui.yml in ``lang``; an unknown key as it is."""
    sid = f"plot.{group}.{key}"
    return strings.text(sid, lang) if sid in strings.strings() else str(key)


def kind_title(kind: str, lang: str = "en", width: int = 38) -> str:
    """A detector kind on the Arabic edition: its Arabic title (``lang/messages.yml``), wrapped;
    on the English edition the kind's id, as the findings' tables name it."""
    if lang != "ar":
        return kind
    import textwrap

    from ..review.messages import kinds

    title = (kinds().get(kind) or {}).get("title_ar")
    return textwrap.fill(title, width) if title else kind


def counts_axis(axis) -> None:
    """Whole-number ticks on an axis of counts (no 0.5 finding)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def legend_outside(ax, lang: str = "en", **kw) -> None:
    """The legend beside the plot, where it covers no bar (the saved figure is cropped to include
    it): on the right in English, on the left in Arabic (whose labels are on the right)."""
    if lang == "ar":
        ax.legend(loc="upper right", bbox_to_anchor=(-0.01, 1.0), frameon=False, fontsize="small", **kw)
    else:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small", **kw)


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


def year_axis(axis) -> None:
    """A date axis whose labels never repeat: years when the ticks are years, months (with the
    year where it changes) when they are months."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    axis.set_major_locator(locator)
    axis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def kinds_plot(per: pd.Series, title: str, lang: str = "en"):
    """A bar chart of words per kind of block (``per``: words indexed by kind)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 0.35 * len(per) + 1))
    ax.barh([term("block", k, lang) for k in per.index], per.values, color="#4a6fa5")
    ax.set_xlabel(label("words", lang))
    counts_axis(ax.xaxis)
    reading_side(ax, lang)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def overview_plot(df: pd.DataFrame, lang: str = "en"):
    """Words per text, split into Arabic and English."""
    import matplotlib.pyplot as plt

    n = df["work"].value_counts()
    labels = [label("witness", lang, work=w, witness=t) if n[w] > 1 else w for w, t in zip(df["work"], df["witness"])]
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.barh(labels, df["words_ar"], label=label("arabic_words", lang), color="#4a6fa5")
    ax.barh(labels, df["words_en"], left=df["words_ar"], label=label("english_words", lang), color="#d9a441")
    ax.invert_yaxis()
    ax.set_xlabel(label("words", lang))
    counts_axis(ax.xaxis)
    reading_side(ax, lang)
    legend_outside(ax, lang)
    ax.set_title(label("corpus_title", lang))
    fig.tight_layout()
    return fig


TYPE_COLOURS = {
    "date": "#1f77b4", "datetime": "#1f77b4", "day_range": "#17becf", "month": "#2ca02c", "year": "#ff7f0e",
    "year_range": "#d62728", "decade": "#9467bd", "century": "#8c564b", "relative": "#e377c2",
    "url_date": "#7f7f7f", "quarter": "#2ca02c", "half": "#2ca02c",
}


def timeline(dates: pd.DataFrame, length: int, title: str, lang: str = "en"):
    """A timeline of dated mentions: each interval as a bar at its position in the text (a
    millennium is left out: a thousand-year bar would flatten every other one)."""
    import matplotlib.pyplot as plt

    d = dates.dropna(subset=["start_date", "end_date"])
    d = d[d["type"] != "millennium"]
    d = d[~d["start_date"].str.startswith(("-", "0000"))]  # BCE: before the years matplotlib can draw
    fig, ax = plt.subplots(figsize=(8, 4))
    if d.empty:
        ax.text(0.5, 0.5, label("no_dates", lang), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    start = pd.to_datetime(d["start_date"])
    end = pd.to_datetime(d["end_date"]) + pd.Timedelta(days=1)
    pos = 100 * d["start"] / max(length, 1)
    for typ in sorted(d["type"].unique()):
        m = (d["type"] == typ).to_numpy()
        ax.hlines(pos[m], start[m], end[m], colors=TYPE_COLOURS.get(typ, "#333333"), linewidth=3,
                  label=term("date_type", typ, lang))
        ax.plot(start[m], pos[m], "|", color=TYPE_COLOURS.get(typ, "#333333"), markersize=6)
    ax.invert_yaxis()
    ax.set_ylabel(label("position", lang))
    year_axis(ax.xaxis)
    ax.set_title(title)
    reading_side(ax, lang, mirror=False)
    legend_outside(ax, lang)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def findings_plot(f: pd.DataFrame, title: str, lang: str = "en"):
    """A stacked bar chart of findings by kind and severity."""
    import matplotlib.pyplot as plt

    from .chapter import findings_summary

    s = findings_summary(f)
    tall = 0.55 if lang == "ar" else 0.4  # the Arabic titles of the kinds take two lines
    fig, ax = plt.subplots(figsize=(7, tall * max(len(s), 1) + 1.2))
    if s.empty:
        ax.text(0.5, 0.5, label("no_findings", lang), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    left = pd.Series(0, index=s.index)
    for sev, colour in SEVERITY_COLOURS.items():
        ax.barh([kind_title(k, lang) for k in s["kind"]], s[sev], left=left, color=colour,
                label=term("severity", sev, lang))
        left = left + s[sev]
    ax.invert_yaxis()
    ax.set_xlabel(label("findings", lang))
    counts_axis(ax.xaxis)
    reading_side(ax, lang)
    ax.set_title(title)
    legend_outside(ax, lang)
    fig.tight_layout()
    return fig
