"""The works side by side: their questions, theses and conclusions, and where they agree and
disagree on the same question, with the quotes of their reconstructions.

The positions are curated in ``data/comparison.yml`` (a stance and the claims that state it);
the quotes and glosses come from the reconstructions in ``data/annotations/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
from . import render
from ..argument.model import Annotation, load_all
from ..corpus.catalogue import Catalogue
from ..errors import TahqiqError
from ..corpus.yamlfile import read_yaml, validate_entry

STANCES = ("yes", "no", "partly", "open")


def _items(ann: Annotation) -> dict:
    return {c.id: c for c in [*ann.claims, *ann.conclusions]}


@lru_cache(maxsize=1)
def _models():
    """The pydantic models of ``data/comparison.yml``'s entries: a question and a shared fact."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

    Text = Annotated[str, StringConstraints(min_length=1)]
    Claims = Annotated[list[Text], Field(min_length=1)]

    class Position(BaseModel):
        model_config = ConfigDict(extra="forbid")
        work: Text
        stance: Annotated[Literal[STANCES], BeforeValidator(str)]
        summary: Text
        summary_ar: Text | None = None
        claims: Claims

    class Question(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        question: Text
        question_ar: Text | None = None
        positions: Annotated[list[Position], Field(min_length=1)]

    class Statement(BaseModel):
        model_config = ConfigDict(extra="forbid")
        work: Text
        claims: Claims

    class SharedFact(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: Text
        fact: Text
        fact_ar: Text | None = None
        comment: str | None = None
        comment_ar: Text | None = None
        statements: Annotated[list[Statement], Field(min_length=1)]

    return Question, SharedFact


def load_comparison(root: Path | None = None, annotations: dict[str, Annotation] | None = None) -> dict:
    """``data/comparison.yml``, validated against the catalogue and the reconstructions."""
    root = root or Catalogue().root
    path = root / "data" / "comparison.yml"
    data = read_yaml(path)
    anns = annotations if annotations is not None else load_all(root)

    Q, F = _models()
    read = validate_entry

    def check_claims(where: str, entry) -> None:
        work = entry.work
        if work not in anns:
            raise TahqiqError(path, f"{where}: no reconstruction for work {work!r}")
        known = _items(anns[work])
        for cid in entry.claims:
            if cid not in known:
                raise TahqiqError(path, f"{where}: claim {cid!r} is not in data/annotations/{work}.yml")

    for i, q in enumerate(data.get("questions") or []):
        qid = q.get("id") if isinstance(q, dict) else None
        where = f"question {qid!r}" if qid else f"questions[{i}]"
        for j, p in enumerate(read(Q, q, path, where).positions):
            check_claims(f"{where}, positions[{j}]", p)
    for i, fact in enumerate(data.get("shared_facts") or []):
        fid = fact.get("id") if isinstance(fact, dict) else None
        where = f"shared fact {fid!r}" if fid else f"shared_facts[{i}]"
        for j, st in enumerate(read(F, fact, path, where).statements):
            check_claims(f"{where}, statements[{j}]", st)
    return data


CURATED = ("question", "summary", "fact", "comment")  # the curated fields with an Arabic twin (<field>_ar)


def curated(entry: dict, field: str, lang: str = "en") -> tuple[str, bool]:
    """The text of a curated ``field`` of ``entry`` in ``lang`` and whether it is a fallback:
    on the Arabic edition ``<field>_ar`` where given, else the English (``True``: untranslated)."""
    en = entry.get(field) or ""
    if lang != "ar" or not en:
        return en, False
    ar = entry.get(field + "_ar")
    return (ar, False) if ar else (en, True)


def untranslated(data: dict) -> list[str]:
    """Where the Arabic edition falls back to English: ``questions[alliance].summary[salman-2025]``…"""
    out = []
    for q in data.get("questions") or []:
        if curated(q, "question", "ar")[1]:
            out.append(f"questions[{q['id']}].question")
        out.extend(f"questions[{q['id']}].summary[{p['work']}]" for p in q["positions"]
                   if curated(p, "summary", "ar")[1])
    for f in data.get("shared_facts") or []:
        out.extend(f"shared_facts[{f['id']}].{k}" for k in ("fact", "comment") if curated(f, k, "ar")[1])
    return out


def _curated_html(entry: dict, field: str, lang: str, tag: str = "") -> str:
    """A curated field as HTML in ``lang``: escaped, directed, a fallback marked for the reader."""
    from . import strings

    txt, fallback = curated(entry, field, lang)
    body = render.esc(txt)
    if tag:
        body = f"<{tag}>{body}</{tag}>"
    mark = (f' <span class="tq-untranslated" dir="rtl" lang="ar">{render.esc(strings.text("comparison.untranslated", "ar"))}</span>'
            if fallback else "")
    return f"<span{render.dir_attrs(txt)}>{body}</span>{mark}"


def stance_name(stance: str, lang: str = "en") -> str:
    """A stance (yes, no, partly, open) as the edition's reader reads it."""
    from . import strings

    return strings.text(f"comparison.stance.{stance}", lang)


ITEM_LIMIT = 120
"""A question's or conclusion's words in a comparison card, at most (the CSV has them whole)."""


class Comparison:
    def __init__(self, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or Catalogue()
        self.annotations = load_all(self.catalogue.root)
        self.data = load_comparison(self.catalogue.root, self.annotations)

    def _overview_rows(self, lang: str = "en", split: bool = False) -> list[dict]:
        """Per work: its questions, thesis, conclusions (lists of the items' words) and the
        reconstruction's assessment. On the Arabic edition each item is the author's own words (the
        reconstruction's verbatim quote, not its English gloss) and each assessment its verdict in Arabic,
        with the annotator's note in Arabic where the annotation gives it (``note_ar``; the English
        notes are in the English edition)."""
        from . import strings

        ar = lang == "ar"
        say = (lambda item: render.shorten(" ".join(item.quote.split()), 220)) if ar else (lambda item: item.gloss)

        def verdict(v):
            # a verdict of null (no question or no hypothesis stated: the note says which) is «not applicable»
            # (``split``: the verdict's word and its note apart, for the cards: :meth:`overview_html`)
            key = "na" if v.verdict is None else str(v.verdict).lower()
            word = strings.text(f"comparison.verdict.{key}", lang)
            if not ar:
                return (word, v.note) if split else f"{word}: {v.note}"
            if getattr(v, "note_ar", ""):
                return (word, v.note_ar) if split else f"{word}: {v.note_ar}"
            word = strings.text(f"comparison.verdict.{str(v.verdict).lower()}", "ar")
            return (word, "") if split else word

        rows = []
        for w in self.catalogue.works:
            ann = self.annotations.get(w.slug)
            if ann is None:
                continue
            a = ann.assessment
            rows.append({
                "work": w.slug,
                "questions": [say(q) for q in ann.questions] or [strings.text("comparison.none_stated", lang)],
                "thesis": [say(ann.thesis)],
                "conclusions": [say(c) for c in ann.conclusions],
                "answers its questions": verdict(a.answers_questions),
                "hypothesis confirmed": verdict(a.hypothesis_confirmed),
            })
        return rows

    def overview(self, lang: str = "en") -> pd.DataFrame:
        """Per work: its questions, thesis, conclusions (each list joined by « | ») and the
        reconstruction's assessment (:meth:`_overview_rows`): the table of the CSV."""
        rows = self._overview_rows(lang)
        return pd.DataFrame([{k: " | ".join(v) if isinstance(v, list) else v for k, v in r.items()} for r in rows])

    def overview_html(self, lang: str = "en") -> render.HTML:
        """The overview as one card per work: each part (questions, thesis, conclusions, the two
        verdicts) labelled on its own line across the page's width, the questions and conclusions
        as numbered lists; the CSV of :meth:`overview` above. As a table of six prose columns it was
        very tall (each column a few words wide, a work's row over 1,500 px at 1366 px on the Arabic
        edition, the questions run together with « | »)."""
        from . import strings

        rows = self._overview_rows(lang, split=True)
        cards = []

        def item(x: str) -> str:  # a question or conclusion in a line or two (the CSV has every word)
            return render.span(render.shorten(" ".join(x.split()), ITEM_LIMIT))

        for r in rows:
            fields = []
            for k in ("questions", "thesis", "conclusions", "answers its questions", "hypothesis confirmed"):
                v = r[k]
                if isinstance(v, list) and len(v) > 1:
                    v = render.HTML("<ol>" + "".join(f"<li>{item(x)}</li>" for x in v) + "</ol>", plain=" | ".join(v))
                elif isinstance(v, list):
                    v = render.HTML(item(v[0]), plain=v[0]) if v else None
                elif isinstance(v, tuple):  # a verdict: its word, the annotator's note folded under it
                    word, note = v
                    fold = (f' <details class="tq-verdict-note"><summary{render.dir_attrs(strings.text("comparison.why", lang))}>'
                            f'{render.esc(strings.text("comparison.why", lang))}</summary>{render.span(note)}</details>'
                            if note else "")
                    v = render.HTML(f"<b>{render.span(word)}</b>{fold}", plain=f"{word}: {note}" if note else word)
                fields.append((render.column_label(k, lang), v))
            cards.append(render.card(fields, title=r["work"], lang=lang).html)
        link = render.csv_link(self.overview(lang), "comparison-overview.csv", lang=lang)
        return render.HTML(f'<div class="tq-overview" data-table="comparison-overview">{link}{"".join(cards)}</div>',
                           plain=f"<overview: {len(rows)} works>")

    def agreement(self, question: dict, lang: str = "en") -> str:
        """Whether the works' stances on ``question`` agree, in ``lang`` (stances named in it too)."""
        from . import strings

        stances = {str(p["stance"]) for p in question["positions"]}
        if len(stances) == 1:
            return strings.text("comparison.agree", lang)
        sep = "، " if lang == "ar" else ", "
        return strings.text("comparison.disagree", lang).format(
            stances=sep.join(stance_name(s, lang) for s in sorted(stances)))

    def positions(self, question: dict) -> pd.DataFrame:
        rows = []
        for p in question["positions"]:
            items = _items(self.annotations[p["work"]])
            for cid in p["claims"]:
                c = items[cid]
                rows.append({"work": p["work"], "stance": str(p["stance"]), "claim": cid, "quote": c.quote,
                             "gloss": c.gloss, "start": c.start, "end": c.end})
        return pd.DataFrame(rows)

    def question_html(self, question: dict, lang: str = "en") -> render.HTML:
        """The question, each work's stance and summary, and its quotes (the agreement and the
        stances in ``lang``; the curated question and summaries as written in data/comparison.yml)."""
        d = "rtl" if lang == "ar" else "ltr"

        def gloss(item) -> str:  # the English gloss of a quote: the English edition's reader's aid
            return "" if lang == "ar" else f'<figcaption dir="ltr">{render.esc(item.gloss)}</figcaption>'

        parts = [f'<p dir="{d}">{_curated_html(question, "question", lang, "b")}</p>'
                 f'<p dir="{d}">{render.esc(self.agreement(question, lang))}.</p>']
        for p in question["positions"]:
            items = _items(self.annotations[p["work"]])
            quotes = "".join(
                f'<figure class="tq-quote"><div class="tq-quote-label">{render.esc(p["work"])} · '
                f'{render.esc(cid)}</div><blockquote{render.dir_attrs(items[cid].quote)}>'
                f'{render.esc(items[cid].quote)}</blockquote>{gloss(items[cid])}</figure>' for cid in p["claims"])
            parts.append(f'<div class="tq-finding"><p dir="{d}"><code>{render.esc(p["work"])}</code>: '
                         f'<b>{render.esc(stance_name(str(p["stance"]), lang))}</b>. {_curated_html(p, "summary", lang)}</p>'
                         f'<div class="tq-quotes">{quotes}</div></div>')
        return render.HTML("\n".join(parts), plain=f"<question {question['id']}>")

    def stance_table(self, lang: str = "en") -> pd.DataFrame:
        """Questions by works: each work's stance (the question, stances and agreement in ``lang``)."""
        rows = []
        for q in self.data.get("questions") or []:
            row = {"question": curated(q, "question", lang)[0]}
            row.update({p["work"]: stance_name(str(p["stance"]), lang) if lang == "ar" else str(p["stance"])
                        for p in q["positions"]})
            row["agreement"] = self.agreement(q, lang)
            rows.append(row)
        return pd.DataFrame(rows)

    def shared_facts_html(self, lang: str = "en") -> render.HTML:
        """Each fact several works state, its comment and their quotes; the curated words in ``lang``."""
        d = "rtl" if lang == "ar" else "ltr"
        parts = []
        for f in self.data.get("shared_facts") or []:
            quotes = []
            for s in f["statements"]:
                items = _items(self.annotations[s["work"]])
                for cid in s["claims"]:
                    quotes.append(f'<figure class="tq-quote"><div class="tq-quote-label">{render.esc(s["work"])} · '
                                  f'{render.esc(cid)}</div><blockquote{render.dir_attrs(items[cid].quote)}>'
                                  f'{render.esc(items[cid].quote)}</blockquote></figure>')
            comment = _curated_html(f, "comment", lang) if f.get("comment") else ""
            parts.append(f'<div class="tq-finding"><p dir="{d}">{_curated_html(f, "fact", lang, "b")}. '
                         f'{comment}</p><div class="tq-quotes">{"".join(quotes)}</div></div>')
        return render.HTML("\n".join(parts), plain="<shared facts>")
