"""The chapter's plots: the timeline of dated mentions."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from tahqiq.book.chapter import timeline  # noqa: E402
from tahqiq.extract.dates import dates_from_string  # noqa: E402


def test_timeline_leaves_out_a_millennium():
    s = "في مطلع الألفية الثالثة، وفي الربع الأول من عام 2024 ثم عام 2025"
    d = dates_from_string(s, anchor="2025-06-30")
    assert {"millennium", "quarter", "year"} <= set(d["type"])
    fig = timeline(d, len(s), "t")
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    import matplotlib.dates as mdates

    # the axis spans the quarter and the year, not the thousand years of the millennium
    assert mdates.num2date(hi).year <= 2030 and mdates.num2date(lo).year >= 2020
    labels = ax.get_legend_handles_labels()[1]
    assert "millennium" not in labels and "quarter" in labels
