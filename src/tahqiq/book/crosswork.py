"""The cross-work chapter: witnesses collated, passages one work takes from another, events
dated differently across works. Everything is computed from the catalogue's texts; the
notebook ``notebooks/crosswork.ipynb`` only calls these functions.
"""

from __future__ import annotations

from functools import cached_property

import pandas as pd

from . import plots, render
from ..compare.collate import collate
from ..compare.paraphrase import align_passages, changed_facts
from ..corpus.catalogue import Catalogue
from ..facts import Facts, gather, load_reference


def variant_note(note, lang: str = "en"):
    """A variant's note (English, from :func:`tahqiq.compare.collate.classify`) in ``lang``: its
    head (``collate.note.*`` of ui.yml) in the edition's words, the readings quoted after it kept,
    isolated in their own direction (``<bdi>``: a list of numbers keeps its order on a right-to-left
    page). The English edition, and a note of no known form, get the note as it is."""
    from . import strings

    if lang == "en" or not isinstance(note, str):
        return note
    for key in ("white", "format", "numbers", "folded", "name", "edits", "words"):
        head = strings.text(f"collate.note.{key}", "en")
        if note.startswith(head):
            rest = note[len(head):].strip().replace(strings.text("collate.note.none", "en"),
                                                    strings.text("collate.note.none", lang))
            shown = strings.text(f"collate.note.{key}", lang)
            html = render.esc(shown) + (f" <bdi>{render.esc(rest)}</bdi>" if rest else "")
            return render.HTML(f'<span dir="rtl" lang="ar">{html}</span>', plain=f"{shown} {rest}".strip())
    return note


def formatting_only(collation: pd.DataFrame) -> pd.Series:
    """The variants that differ in formatting only (white space, markup, punctuation, digit forms):
    those whose note is one of :func:`tahqiq.compare.collate.classify`'s notes for them, which say
    nothing of the readings."""
    from . import strings

    if collation.empty or "note" not in collation.columns:
        return pd.Series(False, index=collation.index)
    heads = {strings.text(f"collate.note.{k}", "en") for k in ("white", "format")}
    return collation["note"].isin(heads)


def variant_class(cls, lang: str = "en") -> str:
    """A variant's class (formatting, number, spelling, name, word) in ``lang``."""
    from . import strings

    sid = f"edition.tip.variant_class.{cls}"
    return strings.text(sid, lang) if lang != "en" and sid in strings.strings() else cls


class CrossWork:
    """The corpus seen across its works (base texts) and witnesses."""

    def __init__(self, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or Catalogue()
        self.facts: Facts = gather(self.catalogue.documents(), load_reference(self.catalogue.root))

    @property
    def texts(self) -> dict[str, str]:
        return {t.file: t.raw for t in self.facts}

    # ------------------------------------------------------------------ witnesses

    @cached_property
    def collation(self) -> pd.DataFrame:
        """Every variant between the base text of each work and its other witnesses."""
        frames = [collate(group[0], other) for group in self.facts.witnesses().values() for other in group[1:]]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def collation_summary(self, lang: str = "en") -> pd.DataFrame:
        c = self.collation
        if c.empty:
            return pd.DataFrame(columns=["file_a", "file_b", "class", "variants", "changes_meaning"])
        g = c.groupby(["file_a", "file_b", "class"], sort=True)
        out = g.agg(variants=("class", "size"), changes_meaning=("changes_meaning", "sum")).reset_index()
        return out if lang == "en" else out.assign(**{"class": [variant_class(x, lang) for x in out["class"]]})

    def collation_summary_table(self, lang: str = "en") -> render.HTML:
        """:meth:`collation_summary` as a table naming each text by its work and witness as a code
        («salman-2025/A», :func:`tahqiq.book.chapter.key_label`, one left-to-right word in both
        editions): named by the work's title, the two witnesses of one work took two columns of
        «Russian-Chinese relations since year 2022, witness A» five lines tall on every row at
        390 px. The CSV keeps the file names."""
        from .chapter import key_labels

        return render.table(self.collation_summary(lang), "collation-summary", lang=lang,
                            labels=key_labels(self.catalogue))

    def collation_table(self, meaning_only: bool = False, lang: str = "en") -> render.HTML:
        from . import strings

        c = self.collation
        if meaning_only and not c.empty:
            c = c[c["changes_meaning"]]
        name = "collation-meaning" if meaning_only else "collation"
        if lang != "en" and not c.empty:  # the class and the note in the edition's words
            c = c.assign(**{"class": [variant_class(x, lang) for x in c["class"]],
                            "note": [variant_note(x, lang) for x in c["note"]]})
        # a variant's note is a remark («ملاحظة»), not a footnote («الحاشية», col.note)
        heads = {"note": strings.text("render.note_remark", lang)}
        if c.empty:
            return render.table(c, name, lang=lang, heads=heads)
        columns = ["start_a", "text_a", "start_b", "text_b", "class", "note"]
        plain = formatting_only(self.collation) if not meaning_only else pd.Series(False, index=c.index)
        plain = plain.reindex(c.index, fill_value=False)
        if not plain.any():
            return render.table(c, name, columns=columns, lang=lang, heads=heads)
        # the variants of formatting only (markup, punctuation, digit forms: one note for all) are folded
        # away in a compact table of their readings, each row a line: listed with the others, each was a
        # tall row of a repeated note beside two near-empty readings (the CSV keeps every variant)
        rest = c[~plain]
        shown = (render.table(rest, name, columns=columns, lang=lang, heads=heads, csv=c) if len(rest)
                 else render.HTML(render.csv_link(c, name + ".csv", lang=lang)))
        compact = render.table(c[plain], f"{name}-formatting", columns=columns[:4], lang=lang, csv=False,
                               cls="tq-compact")
        summary = strings.text("collate.folded", lang).format(count=render.count_of(int(plain.sum()), "variant", lang))
        d = ' dir="rtl" lang="ar"' if lang == "ar" else ""
        return render.HTML(f'{shown.html}<details class="tq-folded"{d}><summary>{render.esc(summary)}</summary>'
                           f"{compact.html}</details>", plain=f"<table {name}: {len(c)} rows>")

    # ------------------------------------------------------------------ paraphrases

    @cached_property
    def _pairs(self) -> list[tuple]:
        """Each unordered pair of works once, the later-published one first (it may take from the other)."""
        base = sorted((t for t in self.facts if t.base), key=lambda t: (t.published or "", t.file), reverse=True)
        return [(a, b) for i, a in enumerate(base) for b in base[i + 1:]]

    @cached_property
    def _aligned(self) -> list[tuple]:
        """(a, b, passages) for every ordered pair of works where ``a`` takes passages from ``b``."""
        out = []
        for a, b in self._pairs:
            passages = align_passages(a, b)
            if not passages.empty:
                out.append((a, b, passages))
        return out

    @cached_property
    def alignments(self) -> pd.DataFrame:
        """Passages of each work that quote or paraphrase another work of the corpus."""
        frames = [p for _, _, p in self._aligned]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    @cached_property
    def changes(self) -> pd.DataFrame:
        """Dates, numbers and centuries that changed between aligned passages."""
        frames = [changed_facts(a, b, p) for a, b, p in self._aligned]
        frames = [f for f in frames if not f.empty]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def alignment_html(self, lang: str = "en") -> render.HTML:
        """Each aligned pair of passages side by side, with the facts that changed in it (its own
        words in ``lang``)."""
        from . import strings

        d = "rtl" if lang == "ar" else "ltr"
        a = self.alignments
        if a.empty:
            none = strings.text("crosswork.no_alignment", lang)
            return render.HTML(f'<p class="tq-na" dir="{d}">{render.esc(none)}</p>', plain=none)
        parts = []
        names = render.default_labels(lang)  # a text by its work's title and witness, not its file
        for i, row in a.iterrows():
            q1 = render.sentence_quote(self.texts[row["file_a"]], row["start_a"], row["end_a"],
                                       f"{names.get(row['file_a'], row['file_a'])} [{row['start_a']}:{row['end_a']}]")
            q2 = render.sentence_quote(self.texts[row["file_b"]], row["start_b"], row["end_b"],
                                       f"{names.get(row['file_b'], row['file_b'])} [{row['start_b']}:{row['end_b']}]")
            cites = f'<p class="tq-cites">{render.span(row["cites"])}</p>' if row.get("cites") else ""
            head = strings.text("crosswork.passage", lang).format(n=i + 1, similarity=row["similarity"])
            # a passage is hundreds of words, nearly all of them the same in both: each in a box of a few lines
            # that scrolls (tq-aligned), not two columns two screens tall on a phone
            parts.append(f'<div class="tq-finding tq-aligned"><p dir="{d}">{render.esc(head)}</p>{cites}'
                         f'<div class="tq-quotes">{q1}{q2}</div></div>')
        return render.HTML("\n".join(parts), plain=f"<{len(a)} aligned passages>")

    # ------------------------------------------------------------------ events

    @property
    def events(self):
        return self.facts.reference.events

    @cached_property
    def event_dates(self) -> pd.DataFrame:
        """Every dated mention of a gazetteer event in the base texts (the date the text gives it)."""
        frames = []
        for t in self.facts:
            if not t.base:
                continue
            links = t.links
            if not links.empty:
                frames.append(links[links["date_rel"] == "on"].assign(work=t.work_key))
        if not frames:
            return pd.DataFrame()
        df = pd.concat(frames, ignore_index=True)
        ref = self.events.by_id
        df["event"] = [ref[e].name_en for e in df["event_id"]]
        df["reference"] = [ref[e].label for e in df["event_id"]]
        return df[["work", "event_id", "event", "file", "start", "end", "text", "date_text", "date_start",
                   "date_end", "reference"]]

    def event_name(self, event_id: str, lang: str = "en") -> str:
        """An event of the gazetteer by its name in ``lang`` (``name.ar`` of events.yml on the Arabic
        edition; the English name where an event has no Arabic one)."""
        ev = self.events.by_id[event_id]
        return ev.name_ar if lang == "ar" and ev.name_ar else ev.name_en

    def event_dates_in(self, lang: str = "en") -> pd.DataFrame:
        """:attr:`event_dates` with each event named, and its reference date written, in ``lang`` (the
        table of the edition)."""
        df = self.event_dates
        if lang == "en" or df.empty:
            return df
        from .remarks import human

        ref = self.events.by_id  # the reference date in the edition's words («24 شباط/فبراير 2022»)
        return df.assign(event=[self.event_name(e, lang) for e in df["event_id"]],
                         reference=[human(ref[e].start, ref[e].end, lang) for e in df["event_id"]])

    def event_timeline_plot(self, lang: str = "en", wide: bool = False):
        """Each work's dates for the events it mentions, against the gazetteer's reference dates
        (labels and event names in ``lang``). For a phone each event's name is written above its row,
        across the plot's width (from the right in Arabic), so the plot grows downwards, not sideways: as
        tick labels beside the rows the names took half of a phone's width. ``wide`` (a desktop's column,
        plots.WIDE): each name beside its row, wrapped, on the reading side; drawn for a phone only, a
        desktop showed the plot 420 px wide and 2,700 px tall in a 755 px column."""
        import matplotlib.pyplot as plt

        df = self.event_dates
        font = plots.WIDE_FONT if wide else plots.FONT
        ids = sorted(df["event_id"].unique(), key=lambda e: (self.events.by_id[e].start, e)) if len(df) else []
        names = {e: plots.wrap(self.event_name(e, lang), plots.WIDE_WRAP if wide else plots.WRAP, lang) for e in ids}
        # a row: its name's lines above the work's lines (beside them on a desktop); y grows downwards (inverted below)
        y, at = {}, 0.2  # (a little room under the top axis: Arabic letters rise higher)
        for e in ids:  # (units of about a third of an inch: a line of a name takes half of one)
            lines = names[e].count("\n") + 1
            if wide:  # a row as tall as its name's lines, and a little room between two names
                at += (0.52 * lines + 0.28) / 2
                y[e] = at
                at += (0.52 * lines + 0.28) / 2
                continue
            at += 0.62 * lines + 0.45
            y[e] = at
            at += 0.55  # the works' lines around the row's
        fig, ax = (plots.figure(0.34 * max(at, 1) + 1.4, plots.WIDE, font) if wide
                   else plots.figure(0.34 * max(at, 1) + 1.6))
        if df.empty:
            ax.text(0.5, 0.5, plots.label("no_event_dates", lang), ha="center", va="center", transform=ax.transAxes,
                    fontsize=font)
            ax.set_axis_off()
            return fig
        # an ongoing event (no end yet) is drawn up to a year after the latest date shown
        horizon = pd.to_datetime(df["date_end"]).max() + pd.DateOffset(years=1)
        for e in ids:
            ev = self.events.by_id[e]
            s = pd.Timestamp(ev.start)
            t = min(pd.Timestamp(ev.end) if ev.end < "2200" else horizon, horizon) + pd.Timedelta(days=1)
            ax.plot([s, t], [y[e], y[e]], color="black", linewidth=6, alpha=0.25, solid_capstyle="butt")
            ax.plot([s], [y[e]], "D", color="black", markersize=6, label=plots.label("reference_date", lang) if e == ids[0] else None)
            if not wide:
                ax.text(0.99 if lang == "ar" else 0.01, y[e] - 0.42, names[e], transform=ax.get_yaxis_transform(),
                        ha="right" if lang == "ar" else "left", va="bottom", fontsize=font, linespacing=1.2)
        works = sorted(df["work"].unique())
        offsets = {w: (i - (len(works) - 1) / 2) * 0.12 for i, w in enumerate(works)}
        colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        for i, w in enumerate(works):
            sub = df[df["work"] == w]
            ys = [y[e] + offsets[w] for e in sub["event_id"]]
            start = pd.to_datetime(sub["date_start"])
            end = pd.to_datetime(sub["date_end"]) + pd.Timedelta(days=1)
            ax.hlines(ys, start, end, colors=colours[i % len(colours)], linewidth=3.5, label=w)
            ax.plot(start, ys, "|", color=colours[i % len(colours)], markersize=10, markeredgewidth=2)
        ax.set_ylim(at, 0)
        if wide:  # each event's name beside its row, on the side its edition reads from
            ax.set_yticks([y[e] for e in ids], [names[e] for e in ids], fontsize=font, linespacing=1.1)
            ax.tick_params(axis="y", length=0)
            plots.reading_side(ax, lang, mirror=False)
            ax.grid(axis="y", alpha=0.15)
        else:
            ax.set_yticks([])
        plots.set_title(ax, plots.label("events_title", lang))
        plots.year_axis(ax.xaxis)
        ax.xaxis.set_tick_params(labeltop=True, top=True)  # the years above and below a tall plot
        plots.legend_below(ax, lang, ncols=3 if wide else 2, font=font)
        ax.grid(axis="x", alpha=0.3)
        return fig

    def event_timeline_picture(self, lang: str = "en") -> plots.Picture:
        """The events' timeline drawn for a phone and for a desktop, shown as one image (plots.Picture)."""
        from . import strings

        return plots.Picture(self.event_timeline_plot(lang), self.event_timeline_plot(lang, wide=True),
                             strings.text("plot.alt.events", lang))
