"""HTML for the book: escaped, direction-aware tables with a CSV download, cards, quotes.

Every string that comes from an article is untrusted: it is HTML-escaped here and nowhere
else is HTML built from article text. Arabic is put in elements with ``dir="rtl" lang="ar"``,
English in ``dir="ltr" lang="en"``, cell by cell, so mixed tables read right in both.
The CSV download is a ``data:`` link inside the page: it works offline and in Jupyter.
"""

from __future__ import annotations

import base64
import html
import math
from dataclasses import dataclass

import pandas as pd

from .text import language

MAX_CELL = 400  # characters shown in a table cell; the CSV has the full text


@dataclass
class HTML:
    """Raw HTML for notebook display (``text/html``) with a plain-text fallback."""

    html: str
    plain: str = ""

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.plain or "<HTML>"


def esc(value) -> str:
    """Escape any value for HTML text or attribute content."""
    return html.escape("" if value is None else str(value), quote=True)


def dir_attrs(s: str) -> str:
    """``dir``/``lang`` attributes for a string, by the script that dominates it."""
    lang = language(s)
    if lang == "ar":
        return ' dir="rtl" lang="ar"'
    if lang == "en":
        return ' dir="ltr" lang="en"'
    return ' dir="auto"'


def span(s: str | None, cls: str = "") -> str:
    """An escaped inline element carrying the direction of its text."""
    if s is None:
        return ""
    c = f' class="{esc(cls)}"' if cls else ""
    return f"<span{c}{dir_attrs(s)}>{esc(s)}</span>"


def _is_missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if not isinstance(v, (list, tuple, dict)) else False
    except (TypeError, ValueError):
        return False


def _cell(v) -> str:
    if _is_missing(v):
        return '<td class="tq-na"></td>'
    if isinstance(v, bool):
        return f'<td class="tq-num">{"yes" if v else "no"}</td>'
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        txt = f"{v:,.10g}" if isinstance(v, float) else f"{v}"
        return f'<td class="tq-num" dir="ltr">{esc(txt)}</td>'
    s = str(v)
    shown = s if len(s) <= MAX_CELL else s[:MAX_CELL] + " …"
    title = f' title="{esc(len(s))} characters; full text in the CSV"' if len(s) > MAX_CELL else ""
    return f"<td{dir_attrs(s)}{title}>{esc(shown)}</td>"


def csv_link(df: pd.DataFrame, filename: str, label: str = "Download CSV") -> str:
    data = df.to_csv(index=False).encode("utf-8")
    b64 = base64.b64encode(data).decode("ascii")
    return (
        f'<a class="tq-download" download="{esc(filename)}" '
        f'href="data:text/csv;charset=utf-8;base64,{b64}">{esc(label)} ({esc(filename)}, {len(df)} rows)</a>'
    )


def table(
    df: pd.DataFrame,
    name: str,
    caption: str | None = None,
    columns: list[str] | None = None,
    max_rows: int | None = None,
) -> HTML:
    """An HTML table of ``df`` (optionally only ``columns``), every cell escaped and directed,
    with a link to download the whole frame as ``<name>.csv``."""
    shown = df[columns] if columns else df
    if max_rows is not None and len(shown) > max_rows:
        body_df, more = shown.head(max_rows), len(shown) - max_rows
    else:
        body_df, more = shown, 0
    head = "".join(f'<th dir="ltr">{esc(c)}</th>' for c in shown.columns)
    rows = "\n".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in body_df.itertuples(index=False))
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    note = f'<p class="tq-more">… {more} more rows in the CSV.</p>' if more else ""
    out = (
        f'<div class="tq-table">{csv_link(df, name + ".csv")}'
        f'<div class="tq-scroll"><table class="tq">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>\n{rows}\n</tbody></table></div>{note}</div>"
    )
    return HTML(out, plain=f"<table {name}: {len(df)} rows>")


def card(fields: list[tuple[str, object]], title: str | None = None) -> HTML:
    """A definition list of ``(label, value)``; values are escaped and directed."""
    items = []
    for label, value in fields:
        if _is_missing(value) or value == "":
            shown = '<span class="tq-na">not known</span>'
        elif isinstance(value, HTML):
            shown = value.html
        else:
            shown = span(str(value))
        items.append(f"<dt>{esc(label)}</dt><dd>{shown}</dd>")
    head = f"<h4>{esc(title)}</h4>" if title else ""
    return HTML(f'<div class="tq-card">{head}<dl>{"".join(items)}</dl></div>', plain=title or "<card>")


def quote(raw: str, start: int, end: int, context: int = 80) -> HTML:
    """The raw span ``raw[start:end]`` highlighted within its surrounding text."""
    a = max(0, start - context)
    b = min(len(raw), end + context)
    before, hit, after = raw[a:start], raw[start:end], raw[end:b]
    lead = "… " if a > 0 else ""
    tail = " …" if b < len(raw) else ""
    whole = before + hit + after
    return HTML(
        f'<blockquote class="tq-quote"{dir_attrs(whole)}>{esc(lead + before)}'
        f"<mark>{esc(hit)}</mark>{esc(after + tail)}</blockquote>",
        plain=hit,
    )
