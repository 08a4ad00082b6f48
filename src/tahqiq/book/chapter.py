"""What a chapter notebook shows, computed here so that notebooks stay thin.

``Chapter.load(article_id, witness, text_path)`` resolves the parameters of
``notebooks/article.ipynb`` to a document; its methods return tables (DataFrames), rendered
HTML and plots. ``corpus_overview()`` feeds ``notebooks/corpus.ipynb``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import plots, remarks, render, strings
from .plots import SEVERITY_COLOURS, findings_plot, overview_plot, timeline  # noqa: F401  (the notebooks import them here)
from ..corpus.catalogue import Catalogue, Document, load_path
from ..errors import TahqiqError
from ..facts import TextFacts, text_facts

_WORD = re.compile(r"[\w\u0621-\u064A]+")


def word_count(s: str) -> int:
    return len(_WORD.findall(s))


@dataclass
class Chapter:
    doc: Document
    catalogue: Catalogue | None = None
    lang: str = "en"  # the edition: "en" or "ar" (finding messages, labels)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls, article_id: str | None = None, witness: str | None = None, text_path: str | None = None,
        date_published: str | None = None, lang: str = "en",
    ) -> "Chapter":
        """The parameters of the article template: a catalogued work (and witness), or any text;
        ``date_published`` (YYYY-MM-DD) the anchor of its relative dates, over the catalogue's."""
        if text_path:
            ch = cls(load_path(Path(text_path)))
        elif not article_id:
            raise TahqiqError("notebooks/article.ipynb", "give article_id (a work's slug) or text_path")
        else:
            cat = Catalogue()
            ch = cls(cat.load(article_id, witness), cat)
        ch.doc.date = date_published or None
        ch.lang = lang
        return ch

    @property
    def slug(self) -> str:
        return self.doc.slug or Path(self.doc.name).stem

    @property
    def stem(self) -> str:
        """A name for this chapter's downloads: the slug and the text's number."""
        return f"{self.slug}-{Path(self.doc.name).stem.split('_')[0]}"

    @property
    def title(self) -> str:
        w = self.doc.work
        return (w.title.get("en") or w.title.get("ar") or w.slug) if w else self.doc.name

    # ------------------------------------------------------------------ tables

    @cached_property
    def facts(self) -> TextFacts:
        """The text's facts (blocks, dates, figures, citations, bibliography), computed once."""
        return text_facts(self.doc)

    @property
    def blocks(self) -> pd.DataFrame:
        return self.facts.blocks

    @property
    def dates(self) -> pd.DataFrame:
        return self.facts.dates

    @property
    def figures(self) -> pd.DataFrame:
        return self.facts.figures

    @property
    def citations(self) -> pd.DataFrame:
        return self.facts.citations

    @property
    def bibliography(self) -> pd.DataFrame:
        return self.facts.bibliography

    @cached_property
    def outline(self) -> pd.DataFrame:
        from ..segment.blocks import outline

        return outline(self.blocks)

    def stats(self) -> dict:
        """Numbers quoted in the chapter's prose (glued, never typed)."""
        b = self.blocks
        kinds = b["kind"].value_counts()
        body = b[~b["kind"].isin(["boilerplate", "metadata"])]
        d, c = self.dates, self.citations
        f = self.findings
        arg = {f"arg_{k}": v for k, v in self.argument_stats().items()}
        return {
            **arg,
            "findings": len(f),
            "findings_errors": int((f["severity"] == "error").sum()),
            "findings_warnings": int((f["severity"] == "warning").sum()),
            "findings_notes": int((f["severity"] == "note").sum()),
            "findings_confirmed": int((f["verdict"] == "confirmed").sum()),
            "findings_explained": int((f["verdict"] == "explained").sum()),
            "findings_false": int((f["verdict"] == "false-alarm").sum()),
            "findings_unreviewed": int((f["verdict"] == "unreviewed").sum()),
            # «of them» after the count of findings, agreed with it in Arabic («ملاحظتان، منهما …»)
            "findings_of_them": render.pronoun_of(len(f), "finding") if self.lang == "ar" else "of which",
            # counted phrases of the fact-check paragraph («1 finding … 1 note», not «1 findings … 1 notes»)
            **{f"findings{k}_n": render.count_of(int(n), noun, self.lang) for k, n, noun in (
                ("", len(f), "finding"), ("_errors", (f["severity"] == "error").sum(), "error"),
                ("_warnings", (f["severity"] == "warning").sum(), "warning"),
                ("_notes", (f["severity"] == "note").sum(), "note"),
                ("_false", (f["verdict"] == "false-alarm").sum(), "false alarm"),
                ("_confirmed", (f["verdict"] == "confirmed").sum(), "confirmed finding"),
                ("_explained", (f["verdict"] == "explained").sum(), "explained finding"),
                ("_unreviewed", (f["verdict"] == "unreviewed").sum(), "unreviewed finding"))},
            "dates": len(d),
            "dates_resolved": int(d["start_date"].notna().sum()),
            "dates_unresolved": int(d["start_date"].isna().sum()),
            "figures": len(self.figures),
            "citations": len(c),
            "citations_resolved": int(c["resolved"].fillna(False).astype(bool).sum()),
            "bibliography_entries": len(self.bibliography),
            "chars": len(self.doc.raw),
            "words": word_count(self.doc.raw),
            "body_words": int(sum(word_count(t) for t in body["text"])),
            "blocks": len(b),
            "headings": int(kinds.get("heading", 0)),
            "paragraphs": int(kinds.get("paragraph", 0)),
            "footnotes": int(kinds.get("footnote", 0)),
            "endnotes": int(kinds.get("endnote", 0)),
            "bibliography": int(kinds.get("bibliography", 0)),
            "boilerplate": int(kinds.get("boilerplate", 0)),
            # the same counts followed by the noun they count, agreed in the edition's language (render.count_of:
            # «في النص 7000 كلمة … في 90 كتلة» read «3 ملاحظة», «1 عنوانًا» where the number asked another form)
            **{f"{k}_n": render.count_of(int(n), noun, self.lang) for k, n, noun in (
                ("words", word_count(self.doc.raw), "word"), ("blocks", len(b), "block"),
                ("headings", kinds.get("heading", 0), "heading"), ("paragraphs", kinds.get("paragraph", 0), "paragraph"),
                ("footnotes", kinds.get("footnote", 0), "footnote"), ("endnotes", kinds.get("endnote", 0), "endnote"),
                ("bibliography", kinds.get("bibliography", 0), "bibliography entry"),
                ("boilerplate", kinds.get("boilerplate", 0), "piece of boilerplate"),
                ("dates", len(d), "temporal expression"), ("figures", len(self.figures), "figure"),
                ("dates_unresolved", d["start_date"].isna().sum(), "temporal expression"),  # «و1 تُركت دون حل»
                ("citations", len(c), "citation"), ("bibliography_entries", len(self.bibliography), "entry"),
                *((f"arg_{k}", arg.get(f"arg_{k}", 0), noun) for k, noun in (
                    ("claims", "claim"), ("relations", "relation"), ("conclusions", "conclusion"),
                    ("questions", "research question"))))},  # «Of its 1 research questions» read putin-beijing-2024
            # «n of them» agreed with n and with the whole it is part of (render.partitive): the Arabic read «للمقالة
            # سؤال بحثي واحد، تجيب الاستنتاجات عن 1 منها», «سؤالان بحثيان، … عن 2 منها», «(1 منها اعتراضات)», «يمسّ
            # التحقق 1 من الدعاوى»: a bare 1 or 2 for a thing counted, «منها» for one question or two
            **render.partitives({"body_words": int(sum(word_count(t) for t in body["text"])), "words": word_count(self.doc.raw),
                                 "dates_resolved": int(d["start_date"].notna().sum()), "dates": len(d),
                                 "citations_resolved": int(c["resolved"].fillna(False).astype(bool).sum()),
                                 "citations": len(c)}, {
                "body_words": {"noun": "word", "whole": "words"},
                "dates_resolved": {"noun": "temporal expression", "whole": "dates", "first": True},
                "citations_resolved": {"noun": "citation", "whole": "citations", "first": True}}, self.lang),
            **render.partitives({"arg_attacks": arg.get("arg_attacks", 0), "arg_relations": arg.get("arg_relations", 0),
                                 "arg_questions_answered": arg.get("arg_questions_answered", 0),
                                 "arg_questions": arg.get("arg_questions", 0),
                                 "arg_claims_weakened": arg.get("arg_claims_weakened", 0),
                                 "arg_conclusions_weakened": arg.get("arg_conclusions_weakened", 0)}, {
                "arg_attacks": {"noun": "attack", "counted": True, "whole": "arg_relations", "of": "relation",
                                "first": True},
                "arg_questions_answered": {"noun": "question", "counted": True, "whole": "arg_questions",
                                           "case": "gen"},
                "arg_claims_weakened": {"noun": "claim", "pronoun": False, "case": "acc"},
                "arg_conclusions_weakened": {"noun": "conclusion", "pronoun": False}}, self.lang),
        }

    # ------------------------------------------------------------------ rendering

    def card(self) -> render.HTML:
        """The metadata card: the work as catalogued and the text shown (labels in the chapter's edition)."""
        d, w = self.doc, self.doc.work

        def t(key: str) -> str:
            return strings.text(f"card.{key}", self.lang)

        def word(group: str, code: str) -> str:  # a form («pdf-text») or a language («ar») in the edition's words
            return render._word(group, code, self.lang)

        if w is None:
            return render.card(
                [(t("file"), d.name), (t("form"), word("form", d.form)), (t("characters"), len(d.raw))],
                title=t("uncatalogued"), lang=self.lang)
        entry = w.text(d.witness)
        others = [x for x in w.texts if x.file != entry.file]
        shown = t("witness_base" if entry.file == w.base_text else "witness").format(witness=entry.witness,
                                                                                      form=word("form", entry.form))
        fields = [
            (t("title_ar"), w.title.get("ar")),
            (t("title_en"), w.title.get("en")),
            (t("author"), " / ".join(x for x in (w.author.get("ar"), w.author.get("en")) if x) or None),
            (t("affiliation"), " / ".join(x for x in (w.affiliation.get("ar"), w.affiliation.get("en")) if x) or None),
            (t("venue"), venue_of(w, self.lang)),
            (t("volume"), w.volume_issue),
            (t("published"), w.date_published),
            (t("languages"), ("، " if self.lang == "ar" else ", ").join(word("lang", x) for x in w.languages)),
            (t("source"), w.source_url),
            (t("licence"), w.licence),
            (t("shown"), shown),
            (t("file"), entry.file),
            (t("retrieved"), entry.retrieved),
            ("SHA-256", entry.sha256),
            (t("others"), "; ".join(t("witness").format(witness=x.witness, form=word("form", x.form)) for x in others)
             or t("none")),
            (t("notes"), render.in_edition(w.notes, getattr(w, "notes_ar", None), self.lang)),
        ]
        return render.card(fields, title=w.slug, lang=self.lang)

    def outline_table(self) -> render.HTML:
        o = self.outline.copy()
        o["heading"] = ["\u2003" * (int(lv) - 1 if pd.notna(lv) else 0) + h for lv, h in zip(o["level"], o["heading"])]
        return render.table(o, f"{self.stem}-outline", columns=["level", "heading", "words", "start", "end"], lang=self.lang)

    def blocks_table(self) -> render.HTML:
        return self._table(self.blocks, "blocks")

    # The columns of each table a reader rarely needs, folded in a «more» at the end of each row
    # (render.table(more=…)): with them side by side the tables were 900 to 3,400 px wide in a 755 px
    # box at 1366 px. The offsets lead to the text (the edition above links each mark); the CSV has all.
    MORE = {
        "blocks": ("start", "end", "lang", "level", "number", "page", "detail"),
        "dates": ("start", "end", "granularity", "modifier", "anchor"),
        "figures": ("start", "end", "scale", "approx", "type"),
        "citations": ("start", "end", "marker", "page", "note_start", "note_end", "date", "pages", "url", "url_date",
                      "resolved"),
        "bibliography": ("start", "end", "section", "lang", "number", "page", "venue", "volume", "issue", "date",
                         "pages", "publisher", "place", "url", "url_date", "accessed"),
        "claims": ("section", "citations", "weakened", "start", "end"),
    }

    def _table(self, df: pd.DataFrame, name: str, hide: tuple[str, ...] = (), heads: dict | None = None) -> render.HTML:
        """A table of this text's rows: the ``file`` column (one value here) is shown only in the CSV;
        the columns of :data:`MORE` folded in each row's «more»."""
        cols = [c for c in df.columns if c not in ("file", *hide)]
        return render.table(df, f"{self.stem}-{name}", columns=cols, lang=self.lang, heads=heads,
                            more=self.MORE.get(name))

    def _remark(self) -> dict[str, str]:
        """The header of a date's or figure's ``note`` (the extraction's remark), which col.note names as
        a footnote («الحاشية») in the Arabic edition."""
        return {"note": strings.text("render.note_remark", self.lang)}

    def _remarked(self, df: pd.DataFrame, name: str) -> render.HTML:
        """The dates or figures table: its remarks (``note``, ``anchor``: English, from the extractors)
        in the edition's words (:mod:`.remarks`; the CSV keeps the English, and the Arabic beside it)."""
        df, twins = remarks.twin_remarks(df, self.lang)
        return self._table(df, name, hide=twins, heads=self._remark())

    def dates_table(self) -> render.HTML:
        return self._remarked(self.dates, "dates")

    def figures_table(self) -> render.HTML:
        return self._remarked(self.figures, "figures")

    def citations_table(self) -> render.HTML:
        return self._table(self.citations, "citations", hide=("note_text", "bib_text"))

    def bibliography_table(self) -> render.HTML:
        return self._table(self.bibliography, "bibliography")

    @cached_property
    def findings(self) -> pd.DataFrame:
        """The findings that quote this text: from the whole-corpus check (cross-work ones
        included) for a catalogued text, from a check of the text alone otherwise."""
        from ..review import factcheck

        if self.doc.work is None:
            found = factcheck.check([self.doc])
        else:
            found = factcheck.for_file(factcheck.corpus_findings(self.catalogue), {self.doc.name})
        return strings.localise_findings(found, self.lang)

    def _texts(self) -> dict[str, str]:
        texts = {self.doc.name: self.doc.raw}
        if self.catalogue is not None:
            for files in self.findings["files"]:
                for f in files:
                    if f not in texts and (found := self.catalogue.find_text(f)):
                        texts[f] = self.catalogue.load_entry(*found).raw
        return texts

    @cached_property
    def labels(self) -> dict[str, str]:
        """Each text file's name for the reader: its work and witness."""
        labels = reader_labels(self.catalogue, self.lang)
        if self.doc.name not in labels:
            labels[self.doc.name] = self.doc.name
        return labels

    def findings_summary(self) -> pd.DataFrame:
        return findings_summary(self.findings)

    def findings_summary_table(self) -> render.HTML:
        # a severity's column by the severity's word («note»: ملاحظة, not the footnote of col.note)
        severities = {s: render._word("severity", s, self.lang) for s in SEVERITY_COLOURS}
        return render.table(self.findings_summary(), f"{self.stem}-findings-summary", lang=self.lang, heads=severities)

    def findings_table(self) -> render.HTML:
        f = self.findings.copy()
        f["quotes"] = [" | ".join(s["text"] for s in spans) for spans in f["spans"]]
        f["message"] = [render.name_texts(m, self.labels) for m in f["message"]]
        # each finding's id, kind, severity, scope and verdict in one cell, its message and quotes beside
        # it: the table fits a desktop's column (the CSV keeps every column)
        return render.findings_index(f, f"{self.stem}-findings", ("message", "quotes"), lang=self.lang)

    def findings_html(self) -> render.HTML:
        return render.findings(self.findings, self._texts(), self.labels, here=self.doc.name, lang=self.lang)

    def findings_plot(self):
        return plots.findings_plot(self.findings, strings.text("plot.findings_title", self.lang).format(name=self.slug),
                                   self.lang)

    def edition(self) -> render.HTML:
        """The text as a critical edition: the article with its apparatus (:mod:`.edition`)."""
        from ..compare.collate import collate
        from ..facts import text_facts
        from . import edition as ed

        w, variants, other = self.doc.work, None, None
        if w is not None and self.catalogue is not None and len(w.texts) > 1:
            o = next(t for t in w.texts if t.file != self.doc.name)
            variants = collate(self.facts, text_facts(self.catalogue.load_entry(w, o)))
            other = strings.text("edition.tip.witness", self.lang).format(witness=o.witness)
        ann = self.annotation
        claims = ann.claims if ann is not None and ann.text == self.doc.name else []
        app = ed.apparatus(self.doc.name, self.dates, self.figures, self.citations, self.findings, claims,
                           variants, other, self.lang)
        return ed.edition(self.doc.raw, self.doc.form, self.blocks, app, self.dates, self.figures, self.lang)

    # ------------------------------------------------------------------ the argument

    @cached_property
    def annotation(self):
        """The curated reconstruction of this work (``data/annotations/<slug>.yml``), or None."""
        from ..argument.model import annotation_path, load_annotation

        if self.doc.work is None or not annotation_path(self.doc.work.slug, self.root).exists():
            return None
        return load_annotation(self.doc.work.slug, self.root)

    @property
    def root(self) -> Path:
        return self.catalogue.root if self.catalogue else Path.cwd()

    @cached_property
    def claim_findings(self) -> dict[str, list[str]]:
        """For each claim, the findings that touch it: those its annotation cites, and those
        whose quotes overlap the claim's quote in the text it is anchored in."""
        ann = self.annotation
        if ann is None:
            return {}
        from ..argument.anchor import overlapping_findings

        touching = overlapping_findings(ann, self.findings)
        return {c.id: sorted(set(c.findings) | set(touching.loc[touching["item"] == c.id, "finding"]))
                for c in ann.claims}

    @cached_property
    def confirmed(self) -> set[str]:
        f = self.findings
        return set(f.loc[f["verdict"] == "confirmed", "id"])

    def _marked_annotation(self):
        """The annotation with each claim's findings widened to those that touch it."""
        from dataclasses import replace

        ann = self.annotation
        return replace(ann, claims=[replace(c, findings=self.claim_findings[c.id]) for c in ann.claims])

    def argument_stats(self) -> dict:
        ann = self.annotation
        if ann is None:
            return {"claims": 0}
        weakened = [cid for cid, ids in self.claim_findings.items() if set(ids) & self.confirmed]
        types = pd.Series([c.type for c in ann.claims]).value_counts()
        answered = {q for c in ann.conclusions for q in c.answers}
        # the reconstruction's verdicts in the edition's words (comparison.stance.* of ui.yml)
        verdict = {v: strings.text(f"comparison.stance.{k}", self.lang)
                   for v, k in ((True, "yes"), (False, "no"), ("partly", "partly"))}
        not_stated = strings.text("argument.verdict.not_stated", self.lang)
        return {
            "claims": len(ann.claims),
            "claims_factual": int(types.get("factual", 0)),
            "claims_causal": int(types.get("causal", 0)),
            "claims_evaluative": int(types.get("evaluative", 0)),
            "claims_predictive": int(types.get("predictive", 0)),
            "claims_normative": int(types.get("normative", 0)),
            "relations": len(ann.relations),
            "attacks": sum(r.type == "attacks" for r in ann.relations),
            "conclusions": len(ann.conclusions),
            "questions": len(ann.questions),
            "questions_answered": len(answered & {q.id for q in ann.questions}),
            "claims_weakened": len(weakened),
            "conclusions_weakened": sum(bool(set(c.rests_on) & set(weakened)) for c in ann.conclusions),
            "answers_questions": verdict.get(ann.assessment.answers_questions.verdict,
                                             str(ann.assessment.answers_questions.verdict or not_stated)),
            "hypothesis_confirmed": verdict.get(ann.assessment.hypothesis_confirmed.verdict,
                                                str(ann.assessment.hypothesis_confirmed.verdict or not_stated)),
        }

    def argument_map(self) -> render.HTML:
        from ..argument.maps import svg_map

        def t(key: str) -> str:
            return strings.text(f"map.{key}", self.lang)

        d = ' dir="rtl"' if self.lang == "ar" else ""
        if self.annotation is None:
            none = render.esc(t("none")).format(file=f"<code>data/annotations/{render.esc(self.slug)}.yml</code>",
                                                command=f"<code>tahqiq annotate {render.esc(self.slug)}</code>")
            return render.HTML(f'<p class="tq-na"{d}>{none}</p>')
        words = {k: t(k) for k in ("title", "heading", "depth", "unlinked", "confirmed", "evidence", "legend",
                                   "touched", "conclusion", "supports", "attacks", "elaborates")}
        if self.lang != "en":  # the claim types as the edition names them
            words.update({c: strings.text(f"edition.tip.claim_type.{c}", self.lang)
                          for c in ("factual", "causal", "evaluative", "predictive", "normative")})
        ann = self._marked_annotation()
        if self.lang != "en":  # each box in the text's own words (its quote), not the English gloss: the Arabic
            from dataclasses import replace  # edition's map read «The basic motive of the United States …»

            ann = replace(ann, claims=[replace(c, gloss=c.quote or c.gloss) for c in ann.claims],
                          conclusions=[replace(k, gloss=k.quote or k.gloss) for k in ann.conclusions])
        svg = svg_map(ann, self.confirmed, words)
        full = render.anchor(f"map-{self.slug}")
        label = render.esc(t("title").format(work=self.slug))
        return render.HTML(
            f'<div class="tq-map" role="img" aria-label="{label}">{svg}</div>'
            f'<p{d}><a class="tq-open" href="#{full}">{render.esc(t("open"))}</a></p>'
            f'<div class="tq-map-full" id="{full}"><a class="tq-close" href="#">{render.esc(t("close"))}</a>{svg}</div>',
            plain="<argument map>")

    def argument_downloads(self) -> render.HTML:
        """The map as Argdown and as AIF JSON, downloadable next to the chapter."""
        import base64
        import json

        from ..argument.maps import to_aif, to_argdown

        if self.annotation is None:
            return render.HTML("")
        links = []
        for name, mime, data in (
            (f"{self.slug}.argdown", "text/plain", to_argdown(self.annotation)),
            (f"{self.slug}.aif.json", "application/json",
             json.dumps(to_aif(self.annotation), ensure_ascii=False, indent=1, sort_keys=True)),
        ):
            b64 = base64.b64encode(data.encode("utf-8")).decode("ascii")
            links.append(f'<a class="tq-download" download="{render.esc(name)}" '
                         f'href="data:{mime};charset=utf-8;base64,{b64}">{render.esc(strings.text("chapter.download_file", self.lang).format(name=name))}</a>')
        return render.HTML(" · ".join(links), plain="<argument downloads>")

    def claims(self) -> pd.DataFrame:
        ann = self.annotation
        if ann is None:
            return pd.DataFrame(columns=["id", "type", "section", "quote", "gloss", "citations", "findings",
                                         "weakened", "start", "end"])
        rows = []
        for c in ann.claims:
            touched = self.claim_findings[c.id]
            rows.append({"id": c.id, "type": c.type, "section": c.section, "quote": c.quote, "gloss": c.gloss,
                         "citations": ", ".join(c.citations), "findings": ", ".join(touched),
                         "weakened": bool(set(touched) & self.confirmed), "start": c.start, "end": c.end})
        return pd.DataFrame(rows)

    def claims_table(self) -> render.HTML:
        """The claims; on the Arabic edition without their English gloss (the quote is the text's own
        words; the CSV keeps the gloss) and with a placeholder section in Arabic."""
        c = self.claims()
        cols = None
        if self.lang != "en":
            c = c.assign(section=[_section(s, self.lang) for s in c["section"]])
            cols = [x for x in c.columns if x != "gloss"]
        from .edition import CLAIMS_ANCHOR

        t = render.table(c, f"{self.slug}-claims", columns=cols, lang=self.lang, more=self.MORE["claims"])
        return render.HTML(f'<div id="{CLAIMS_ANCHOR}">{t.html}</div>', plain=t.plain)

    def chain(self) -> pd.DataFrame:
        """Problem, questions, hypothesis and conclusions: which conclusion answers which question
        (the words that join them in the chapter's edition)."""
        ann = self.annotation
        cols = ["part", "id", "quote", "gloss", "answered_by"]
        if ann is None:
            return pd.DataFrame(columns=cols)
        from ..argument.maps import chain

        def t(key: str, **fields) -> str:
            return strings.text(f"chain.{key}", self.lang).format(**fields)

        sep = "، " if self.lang == "ar" else ", "
        pairs = chain(ann)
        rows = [{"part": "problem", "id": "", "quote": "", "gloss": ann.problem, "answered_by": ""}]
        for q in ann.questions:
            by = list(pairs.loc[pairs["question"] == q.id, "conclusion"].dropna())
            rows.append({"part": "question", "id": q.id, "quote": q.quote, "gloss": q.gloss,
                         "answered_by": sep.join(by) or t("not_answered")})
        for key in ("hypothesis", "method", "thesis"):
            item = getattr(ann, key)
            if item is not None:
                rows.append({"part": key, "id": "", "quote": item.quote, "gloss": item.gloss, "answered_by": ""})
        for c in ann.conclusions:
            answers = t("answers", questions=sep.join(c.answers) or t("no_question"))
            rests = t("rests_on", claims=sep.join(c.rests_on) or t("nothing"))
            rows.append({"part": "conclusion", "id": c.id, "quote": c.quote, "gloss": c.gloss,
                         "answered_by": answers + ("؛ " if self.lang == "ar" else "; ") + rests})
        a = ann.assessment
        stats = self.argument_stats()
        rows.append({"part": "assessment", "id": "", "quote": "",
                     "gloss": t("assessment", answers=stats["answers_questions"], answers_note=self._note(a.answers_questions),
                                confirmed=stats["hypothesis_confirmed"], confirmed_note=self._note(a.hypothesis_confirmed)),
                     "answered_by": t("deciding", claims=sep.join(a.deciding_claims))})
        return pd.DataFrame(rows, columns=cols)

    def _note(self, verdict) -> str:
        """An assessment's note in the chapter's edition: its ``note_ar`` on the Arabic edition where
        the annotation gives it, else the English note, marked as English («(بالإنجليزية)»)."""
        if self.lang == "en":
            return verdict.note
        if getattr(verdict, "note_ar", ""):
            return verdict.note_ar
        return f"{verdict.note} {strings.text('render.in_english', self.lang)}"

    def chain_table(self) -> render.HTML:
        """The chain; on the Arabic edition a row's gloss only where the row quotes nothing: the problem
        in Arabic (``problem_ar`` of the annotation; without it the English, marked as English) and the
        assessment, since a quote is the text's own words (the CSV keeps them all)."""
        c = self.chain()
        if c.empty:
            return render.table(c, f"{self.slug}-argument-chain", lang=self.lang)

        def whole(g):  # the problem and the assessment are the annotator's prose: shown whole, never cut
            return render.HTML(render.span(g), plain=g) if isinstance(g, str) else g

        if self.lang == "en":
            c = c.assign(gloss=[whole(g) if part in ("problem", "assessment") else g
                                for part, g in zip(c["part"], c["gloss"])])
            return render.table(c, f"{self.slug}-argument-chain", lang=self.lang)
        ann = self.annotation
        c = c.assign(gloss_ar=[None if q else (whole(g) if part == "assessment" else render.in_edition(
                                   g, ann.problem_ar if part == "problem" else None, self.lang))
                               for part, q, g in zip(c["part"], c["quote"], c["gloss"])])
        return render.table(c, f"{self.slug}-argument-chain", lang=self.lang,
                            columns=["part", "id", "quote", "gloss_ar", "answered_by"],
                            heads={"gloss_ar": render.column_label("gloss", self.lang)})

    def timeline_plot(self, wide: bool = False):
        """Every dated mention: its interval (x) against where it stands in the text (y)."""
        return plots.timeline(self.dates, len(self.doc.raw),
                              strings.text("plot.dates_title", self.lang).format(name=self.slug), self.lang, wide=wide)

    def timeline_picture(self) -> plots.Picture:
        """The timeline drawn for a phone and for a desktop, shown as one image (plots.Picture)."""
        return plots.Picture(self.timeline_plot(), self.timeline_plot(wide=True),
                             strings.text("plot.alt.timeline", self.lang))

    def kinds_plot(self):
        """A bar chart of words per kind of block."""
        b = self.blocks.assign(words=[word_count(t) for t in self.blocks["text"]])
        return plots.kinds_plot(b.groupby("kind", sort=True)["words"].sum().sort_values(),
                                strings.text("plot.kinds_title", self.lang).format(name=self.slug), self.lang)


_PLACEHOLDER_SECTIONS = ("(opening, before the first heading)", "(before the first heading)")
"""The section an annotation gives a claim that stands before the text's first heading."""


def _section(section, lang: str):
    """A claim's section in ``lang``: a heading's own text as written; the placeholder of a claim
    before the first heading in the edition's words (``claims.section.opening``)."""
    if isinstance(section, str) and section.strip() in _PLACEHOLDER_SECTIONS:
        return strings.text("claims.section.opening", lang)
    return section


def venue_of(work, lang: str = "en") -> str | None:
    """Where a work was published, for the reader of ``lang``: ``venue_ar`` of the catalogue on the
    Arabic edition where the venue is written in English only; otherwise the venue as catalogued (a
    name, «RSDI INSIGHTS», or both languages already)."""
    if lang == "ar" and getattr(work, "venue_ar", None):
        return work.venue_ar
    return work.venue


def text_label(slug: str, witness: str, n_texts: int, lang: str = "en") -> str:
    """A text as a reader names it: its work, and its witness when the work has several (in the words
    of ``lang``: «salman-2025, witness B», «salman-2025، النسخة B»)."""
    if n_texts <= 1:
        return slug
    return f"{slug}, witness {witness}" if lang == "en" else strings.text("plot.witness", lang).format(
        work=slug, witness=witness)


def reader_label(work, witness: str, n_texts: int, lang: str = "en", limit: int = 70) -> str:
    """A text as the book's reader names it: its work's title in ``lang`` (the other language's,
    else the slug, when it has none), shortened to ``limit`` characters, and its witness when the
    work has several («…, witness B» / «…، النسخة B»); never its file name."""
    from ..text.normtext import clean_label

    other = "en" if lang == "ar" else "ar"
    title = clean_label(work.title.get(lang) or "") or clean_label(work.title.get(other) or "") or work.slug
    title = render.shorten(title, limit)
    return strings.text("plot.witness", lang).format(work=title, witness=witness) if n_texts > 1 else title


def reader_labels(cat: Catalogue | None, lang: str = "en") -> dict[str, str]:
    """Every catalogued file name mapped to :func:`reader_label` in ``lang``."""
    if cat is None:
        return {}
    return {t.file: reader_label(w, t.witness, len(w.texts), lang) for w in cat.works for t in w.texts}


def key_label(slug: str, witness: str, n_texts: int) -> str:
    """The prefix of a bibliography or note key built on a text's file stem (``<stem>:bib:ar:12``) as
    a reader sees it: a code, the same in both editions, kept whole on one line left to right: the
    work's slug, and ``/<witness>`` when the work has several («salman-2025/A:bib:ar:12»). Words
    («salman-2025، النسخة A:bib:ar:12») made the key wrap over three lines in a narrow column, its
    parts reordered around the Arabic word in the Arabic edition's bibliography table."""
    return slug if n_texts <= 1 else f"{slug}/{witness}"


def key_labels(cat: Catalogue | None) -> dict[str, str]:
    """Every catalogued file name mapped to :func:`key_label`."""
    if cat is None:
        return {}
    return {t.file: key_label(w.slug, t.witness, len(w.texts)) for w in cat.works for t in w.texts}


def name_gold_texts(df: pd.DataFrame, cat: Catalogue | None = None, column: str = "text") -> pd.DataFrame:
    """A table of extraction scores (:func:`tahqiq.review.gold.quality`) whose texts are named by
    their file's number («000») with each text named as :func:`key_label` names it («salman-2025/A»):
    the validity page's tables of dates and figures per type read «000», «001», … for the texts."""
    from pathlib import Path

    names = {Path(f).name[:3]: label for f, label in key_labels(cat or Catalogue()).items()}
    return df.assign(**{column: [names.get(v, v) if isinstance(v, str) else v for v in df[column]]})


def text_labels(cat: Catalogue | None, lang: str = "en") -> dict[str, str]:
    """Every catalogued file name mapped to :func:`text_label` in ``lang``."""
    if cat is None:
        return {}
    return {t.file: text_label(w.slug, t.witness, len(w.texts), lang) for w in cat.works for t in w.texts}


def corpus_overview(cat: Catalogue | None = None) -> pd.DataFrame:
    """One row per text of the catalogue: its work, witness, form, languages and size."""
    from ..segment.blocks import segment

    cat = cat or Catalogue()
    rows = []
    for w in cat.works:
        for t in w.texts:
            d = cat.load_entry(w, t)
            b = segment(d)
            langs = b.groupby("lang")["text"].apply(lambda s: sum(word_count(x) for x in s))
            rows.append(
                {
                    "work": w.slug,
                    "witness": t.witness,
                    "base": t.file == w.base_text,
                    "file": t.file,
                    "form": t.form,
                    "title": w.title.get("ar") or w.title.get("en"),
                    "author": w.author.get("en") or w.author.get("ar"),
                    "published": w.date_published,
                    "characters": len(d.raw),
                    "words": word_count(d.raw),
                    "words_ar": int(langs.get("ar", 0)),
                    "words_en": int(langs.get("en", 0)),
                    "blocks": len(b),
                    "footnotes": int((b["kind"] == "footnote").sum()),
                    "endnotes": int((b["kind"] == "endnote").sum()),
                    "bibliography": int((b["kind"] == "bibliography").sum()),
                }
            )
    return pd.DataFrame(rows)




def detectors_table(v: pd.DataFrame, lang: str = "en") -> render.HTML:
    """How far to trust each detector (``factcheck.validity``): the detectors with a finding in the corpus as a
    table, the others named in a line under it; the CSV keeps every detector. 81 of its 105 rows were zeros: at
    390 px, as cards, a reader went through 81 cards of zeros to find the 24 that say something, and at 1366 px
    through a 36em box of zeros."""
    found, silent = v[v["findings"] > 0], v[v["findings"] == 0]
    table = render.table(found if len(found) else v, "validity-by-detector", lang=lang, more=["scope"], csv=v)
    if found.empty or silent.empty:
        return table
    head = strings.text("render.silent_detectors", lang).format(n=render.count_of(len(silent), "detector", lang))
    ids = "، " if lang == "ar" else ", "
    names = ids.join(f'<code class="tq-id" dir="ltr">{render.esc(d)}</code>' for d in silent["detector"])
    # folded (a line to open): 81 names took a screen and a half at 390 px
    return render.HTML(f'{table.html}<details class="tq-silent tq-folded"><summary{render.dir_attrs(head)}>'
                       f'{render.esc(head)}</summary><p>{names}</p></details>', plain=table.plain)


def findings_summary(f: pd.DataFrame) -> pd.DataFrame:
    """Findings counted by kind and severity, with their verdicts."""
    rows = []
    for kind, g in f.groupby("kind", sort=True):
        row = {"kind": kind, "findings": len(g)}
        row.update({s: int((g["severity"] == s).sum()) for s in SEVERITY_COLOURS})
        row.update({v: int((g["verdict"] == v).sum()) for v in ("confirmed", "explained", "false-alarm", "unreviewed")})
        rows.append(row)
    cols = ["kind", "findings", *SEVERITY_COLOURS, "confirmed", "explained", "false-alarm", "unreviewed"]
    return pd.DataFrame(rows, columns=cols)
