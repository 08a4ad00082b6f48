"""HTML for the book: escaped, direction-aware tables with a CSV download, cards, quotes.

Every string that comes from an article is untrusted: it is HTML-escaped here and nowhere
else is HTML built from article text. Arabic is put in elements with ``dir="rtl" lang="ar"``,
English in ``dir="ltr" lang="en"``, cell by cell, so mixed tables read right in both.
The CSV download is a ``data:`` link inside the page: it works offline and in Jupyter.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
from dataclasses import dataclass

import pandas as pd

from ..text.normtext import language

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


def text(value: str) -> HTML:
    """A string for myst-nb ``glue``: shown as itself (``{glue:text}`` uses the plain form)."""
    return HTML(esc(value), plain=str(value))


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
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
            txt = f"{int(v):,}"
        else:
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


_ARABIC_RUN = re.compile(r"[\u0600-\u06FF](?:[\u0600-\u06FF\s\d.,:;()\-–/]*[\u0600-\u06FF])?")


def isolate_arabic(escaped: str) -> str:
    """Wrap each run of Arabic in already-escaped English text in ``<bdi dir="rtl" lang="ar">``,
    so that it reads right to left without reordering the sentence around it."""
    return _ARABIC_RUN.sub(lambda m: f'<bdi dir="rtl" lang="ar">{m.group()}</bdi>', escaped)


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def sentence_bounds(raw: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """The sentence (or line) around ``raw[start:end]``, at most ``limit`` characters each side."""
    a = start
    lo = max(0, start - limit)
    while a > lo and not _SENTENCE_END.match(raw[a - 1]):
        a -= 1
    b = end
    hi = min(len(raw), end + limit)
    while b < hi and not _SENTENCE_END.match(raw[b]):
        b += 1
    if b < len(raw) and raw[b] in ".!?؟":
        b += 1
    return a, b


def sentence_quote(raw: str, start: int, end: int, label: str | None = None) -> str:
    """HTML: the span highlighted within its sentence, directed by the sentence's script."""
    a, b = sentence_bounds(raw, start, end)
    whole = raw[a:b].strip()
    lead = raw[a:start].lstrip()
    tail = raw[end:b].rstrip()
    cap = f'<div class="tq-quote-label" dir="ltr">{esc(label)}</div>' if label else ""
    return (
        f'<figure class="tq-quote">{cap}<blockquote{dir_attrs(whole)}>{esc(lead)}'
        f"<mark>{esc(raw[start:end])}</mark>{esc(tail)}</blockquote></figure>"
    )


def finding(f: dict, texts: dict[str, str]) -> str:
    """HTML of one finding: severity, verdict, message, its quotes side by side, the evidence."""
    quotes = []
    for sp in f["spans"]:
        raw = texts.get(sp["file"])
        label = f"{sp['file']} [{sp['start']}:{sp['end']}]"
        if raw is None or raw[sp["start"]:sp["end"]] != sp["text"]:
            quotes.append(f'<figure class="tq-quote"><div class="tq-quote-label">{esc(label)}</div>'
                          f'<blockquote{dir_attrs(sp["text"])}><mark>{esc(sp["text"])}</mark></blockquote></figure>')
        else:
            quotes.append(sentence_quote(raw, sp["start"], sp["end"], label))
    verdict = f.get("verdict") or "unreviewed"
    reason = f.get("reason")
    why = "" if _is_missing(reason) or not reason else f' <span class="tq-reason">({esc(reason)})</span>'
    evidence = json.dumps(f.get("evidence") or {}, ensure_ascii=False, sort_keys=True, default=str)
    return (
        f'<div class="tq-finding tq-sev-{esc(f["severity"])}">'
        f'<div class="tq-finding-head"><span class="tq-badge">{esc(f["severity"])}</span> '
        f'<span class="tq-verdict tq-verdict-{esc(verdict)}">{esc(verdict)}</span>{why} '
        f'<span class="tq-scope">{esc(f["scope"])}</span> <code>{esc(f["id"])}</code></div>'
        f'<p class="tq-message" dir="ltr">{isolate_arabic(esc(f["message"]))}</p>'
        f'<div class="tq-quotes">{"".join(quotes)}</div>'
        f'<details class="tq-evidence"><summary>evidence</summary><pre dir="ltr">{esc(evidence)}</pre></details>'
        f"</div>"
    )


def findings(df: pd.DataFrame, texts: dict[str, str]) -> HTML:
    """Findings grouped by kind, each with its quotes side by side."""
    if df.empty:
        return HTML('<p class="tq-na">No findings.</p>', plain="no findings")
    parts = []
    for kind, group in df.groupby("kind", sort=True):
        parts.append(f'<h4 class="tq-kind" dir="ltr">{esc(kind)} ({len(group)})</h4>')
        parts.extend(finding(row, texts) for row in group.to_dict(orient="records"))
    return HTML("\n".join(parts), plain=f"<{len(df)} findings>")
