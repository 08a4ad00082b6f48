"""Seminar material computed from the data: the bilingual glossary with where each term occurs,
and a reading guide per work (who wrote it, where, in what form, and its known faults).

The curated parts live in ``data/reference/glossary.yml`` (terms) and ``data/seminar.yml``
(what a teacher says of each work: its audience and form); everything counted is computed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
from . import render, strings
from ..corpus.catalogue import Catalogue, Document
from ..errors import TahqiqError
from ..text.normtext import fold
from ..corpus.yamlfile import read_yaml, validate_entry

_CLITIC = "(?:[وفبلك])?(?:ال)?"
_SUFFIX = r"[\u0621-\u064A]{0,3}"


@lru_cache(maxsize=1)
def _models():
    """The pydantic models of a glossary term (``glossary.yml``) and a reading guide (``seminar.yml``)."""
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    Text = Annotated[str, StringConstraints(min_length=1)]

    class Term(BaseModel):
        model_config = ConfigDict(extra="forbid")
        ar: Text
        en: Text
        definition: Text
        definition_ar: Text | None = None  # the Arabic edition's definition (else the English one)
        forms: Annotated[list[Text], Field(min_length=1)]

    class Guide(BaseModel):
        model_config = ConfigDict(extra="forbid")
        work: Text
        audience: Text
        form: Text
        audience_ar: Text | None = None  # the Arabic edition's (else the English, marked as such)
        form_ar: Text | None = None

    return Term, Guide


def _load_yaml(path: Path, key: str) -> list[dict]:
    return read_yaml(path, list_key=key)[key]


def load_glossary(root: Path | None = None) -> list[dict]:
    """The glossary's terms, validated: each has ``ar``, ``en``, ``definition`` and ``forms``."""
    path = (root or Catalogue().root) / "data" / "reference" / "glossary.yml"
    terms = _load_yaml(path, "terms")
    for i, t in enumerate(terms):
        validate_entry(_models()[0], t, path, f"terms[{i}]" + (f" ({t.get('ar')!r})" if isinstance(t, dict) else ""))
    return terms


def term_pattern(forms: list[str]) -> re.Pattern:
    """A regex over normalised text matching any form, each word with clitics and short suffixes."""
    alts = []
    for form in forms:
        words = []
        for w in fold(form).split():
            stem = w[2:] if w.startswith("ال") and len(w) > 4 else w
            stem = stem[:-1] if stem.endswith("ه") and len(stem) > 3 else stem  # ta marbuta: any ending
            words.append(_CLITIC + re.escape(stem) + _SUFFIX)
        alts.append(r"\s+".join(words))
    return re.compile(r"(?<![\u0621-\u064A])(?:" + "|".join(alts) + r")(?![\u0621-\u064A])")


def occurrences(doc: Document, forms: list[str]) -> list[tuple[int, int]]:
    """Raw spans of the term's occurrences in ``doc``."""
    n = doc.norm
    return [n.raw_span(*m.span()) for m in term_pattern(forms).finditer(n.text)]


def glossary(cat: Catalogue | None = None, lang: str = "en") -> pd.DataFrame:
    """One row per term: Arabic, English, definition (in ``lang`` where the glossary gives it),
    occurrences per work, and the first occurrence."""
    cat = cat or Catalogue()
    docs = [cat.load(w.slug) for w in cat.works]
    rows = []
    for t in load_glossary(cat.root):
        definition = (t.get("definition_ar") or t["definition"]) if lang == "ar" else t["definition"]
        row = {"ar": t["ar"], "en": t["en"], "definition": definition}
        first = None
        for d in docs:
            spans = occurrences(d, t["forms"])
            row[d.slug] = len(spans)
            if spans and first is None:
                first = (d, spans[0])
        row["total"] = sum(row[d.slug] for d in docs)
        if first:
            d, (s, e) = first
            row.update(first_file=d.name, first_start=s, first_end=e, first_quote=render.sentence_text(d.raw, s, e, 120))
        else:
            row.update(first_file=None, first_start=None, first_end=None, first_quote=None)
        rows.append(row)
    return pd.DataFrame(rows)


def glossary_more(g: pd.DataFrame) -> list[str]:
    """The glossary's columns folded in each row's «more» (``render.table(more=…)``): the count in each
    work and where the first occurrence is (its quote stays shown). Side by side the glossary was 1,650 px
    wide in a 755 px box at 1366 px."""
    fixed = {"ar", "en", "definition", "total", "first_quote"}
    return [c for c in g.columns if c not in fixed]


# --------------------------------------------------------------------------- reading guides


def load_guides(root: Path | None = None) -> dict[str, dict]:
    """The teacher's notes per work from ``data/seminar.yml``: ``audience`` and ``form``."""
    path = (root or Catalogue().root) / "data" / "seminar.yml"
    out = {}
    for i, g in enumerate(_load_yaml(path, "guides")):
        validate_entry(_models()[1], g, path, f"guides[{i}]" + (f" ({g.get('work')!r})" if isinstance(g, dict) else ""))
        out[g["work"]] = g
    return out


def reading_guide(slug: str, findings: pd.DataFrame, cat: Catalogue | None = None, lang: str = "en") -> render.HTML:
    """Who wrote the work, where, for whom, its form, and its known faults (from the fact-check),
    labelled in ``lang`` (the teacher's notes and the finding messages are shown as given)."""
    from . import strings

    def t(key: str) -> str:
        return strings.text(key, lang)

    cat = cat or Catalogue()
    w = cat.work(slug)
    guide = load_guides(cat.root).get(slug, {})
    # counted as its chapter counts them: the findings that quote the work's base text
    mine = findings[[w.base_text in fs for fs in findings["files"]]]
    faults = mine.groupby(["kind", "severity"]).size().reset_index(name="n")
    from .chapter import venue_of
    from .exercises import kind_name

    def fault(kind: str, severity: str) -> str:  # on the Arabic edition the kind's Arabic title, its id beside it
        sev = render.esc(render._word("severity", severity, lang))
        if lang == "en":
            return f"{render.esc(kind)} ({sev})"
        return f"{render.span(kind_name(kind, lang))} <code>{render.esc(kind)}</code> ({sev})"

    fault_list = "".join(
        f"<li>{fault(r.kind, r.severity)}: {int(r.n)}</li>" for r in faults.itertuples()
    ) or f"<li>{render.esc(t('guide.none'))}</li>"
    worst = mine[mine["severity"] == "error"].head(3)
    examples = "".join(f"<li>{render.isolate_arabic(render.esc(m))}</li>" for m in worst["message"])
    card = render.card([
        (t("card.title_ar"), w.title.get("ar")),
        (t("card.title_en"), w.title.get("en")),
        (t("card.author"), " / ".join(x for x in (w.author.get("ar"), w.author.get("en")) if x) or None),
        (t("guide.where"), " · ".join(x for x in (venue_of(w, lang), w.volume_issue, w.date_published) if x) or None),
        (t("guide.audience"), render.in_edition(guide.get("audience"), guide.get("audience_ar"), lang)),
        (t("guide.form"), render.in_edition(guide.get("form"), guide.get("form_ar"), lang)),
        (t("guide.texts"), ("؛ " if lang == "ar" else "; ").join(
            t("card.witness_base" if x.file == w.base_text else "card.witness").format(
                witness=x.witness, form=render._word("form", x.form, lang)) for x in w.texts)),
    ], title=(w.title.get("ar") if lang == "ar" else None) or w.title.get("en") or slug, lang=lang)
    d = "rtl" if lang == "ar" else "ltr"
    faults_html = (f'<div class="tq-guide-faults"><p dir="{d}"><b>{render.esc(t("guide.faults"))}</b> '
                   f"{render.esc(t('guide.faults_how'))}</p><ul>{fault_list}</ul>"
                   + (f'<p dir="{d}">{render.esc(t("guide.example"))}</p><ul>{examples}</ul>' if examples else "")
                   + "</div>")
    return render.HTML(card.html + faults_html, plain=f"<reading guide {slug}>")


# --------------------------------------------------------------------------- open exercises


def conflict_or_ratification(events, lang: str = "en") -> list:
    """Pairs of gazetteer events one of which ratifies (or extends) the other: two dates that a
    careless reader would call a conflict (open exercises of :mod:`tahqiq.book.exercises`)."""
    from .exercises import _dir, _t, open_exercise
    from .remarks import human

    out = []
    for e in events:
        for other_id, relation in e.related:
            other = events.by_id.get(other_id)
            if other is None:
                continue
            other_name = render.span(other.name_ar) if lang == "ar" and other.name_ar else render.esc(other.name_en)
            this_name = render.span(e.name_ar) if lang == "ar" and e.name_ar else render.esc(e.name_en)
            # the reference dates and the relation in the edition's words («24 شباط/فبراير 2022», «تصديق على»)
            other_date, this_date = (render.esc(human(x.start, x.end, lang)) for x in (other, e))
            task = f"<p{_dir(lang)}>" + _t("ratification.prompt", lang, other=f"<b>{other_name}</b>",
                                            other_date=other_date, this=render.span(e.name_ar), this_date=this_date) + "</p>"
            solution = f"<p{_dir(lang)}>" + _t(
                "ratification.solution", lang, this=f"<i>{this_name}</i>", other=f"<i>{other_name}</i>",
                relation=f"<b>{render.esc(render._word('relation', relation, lang) if lang != 'en' else relation.replace('-', ' '))}</b>",
                other_date=other_date, this_date=this_date,
                sources=f"<code>{render.esc(other.source)}</code>, <code>{render.esc(e.source)}</code>") + "</p>"
            out.append(open_exercise(_t("ratification.title", lang), task, solution, e.id, other_id, lang=lang,
                                     id_title=_t("ratification.title", "en")))
    return out


def rerun_with_witness(cat: Catalogue, collation_summary: pd.DataFrame, lang: str = "en") -> list:
    """For each work with several texts: re-run its chapter on the other witness (open exercises)."""
    from . import strings
    from .chapter import reader_label
    from .crosswork import variant_class
    from .exercises import _dir, _t, open_exercise

    out = []
    for w in cat.works:
        for t in w.texts:
            if t.file == w.base_text:
                continue
            cmd = (f".venv/bin/papermill notebooks/article.ipynb out.ipynb "
                   f"-p article_id {w.slug} -p witness {t.witness}")
            rows = collation_summary[collation_summary["file_b"] == t.file]
            summary = "".join(f"<li{_dir(lang)}>" + _t("rerun.variants", lang, cls=render.esc(variant_class(r["class"], lang)),
                                                        count=render.esc(render.count_of(int(r["variants"]), "variant", lang))) + "</li>"
                              for r in rows.to_dict(orient="records"))
            # each field isolated (<bdi>, a span with dir): in an Arabic sentence, a bare Latin «B» and
            # «markdown» around the parenthesis made one left-to-right run of «B (title، markdown)»
            task = (f"<p{_dir(lang)}>" + _t("rerun.prompt", lang, work=f"<code>{render.esc(w.slug)}</code>",
                                             witness=f"<b><bdi>{render.esc(t.witness)}</bdi></b>",
                                             file=render.span(reader_label(w, t.witness, 1, lang)),  # the title
                                             form=f"<bdi>{render.esc(render._word('form', t.form, lang))}</bdi>")
                    + f'</p><pre dir="ltr">{render.esc(cmd)}</pre><p{_dir(lang)}>' + _t("rerun.question", lang) + "</p>")
            solution = (f"<p{_dir(lang)}>" + _t("rerun.solution", lang) + f"</p><ul>{summary}</ul>"
                        f"<p{_dir(lang)}>" + _t("rerun.meaning", lang) + "</p>")
            # the text named as everywhere else a reader sees it (work, witness), not «slug:B»
            named = strings.text("plot.witness", lang).format(work=w.slug, witness=t.witness)
            out.append(open_exercise(_t("rerun.title", lang, work=named), task, solution,
                                     w.slug, t.witness, lang=lang, work=w.slug,
                                     id_title=_t("rerun.title", "en", work=f"{w.slug}:{t.witness}")))
    return out


def build_exercises(cat: Catalogue | None = None, findings: pd.DataFrame | None = None,
                    kinds: tuple[str, ...] = ("conflict", "year", "map", "open"), lang: str = "en") -> list:
    """Every exercise of the seminar (of ``kinds``), in the book's order, from the data, drafts
    left out: the conflicting dates, the years a phrase means, the maps to rebuild, then the open
    questions."""
    from ..argument.draft import is_draft
    from ..argument.model import load_all
    from ..extract.dates import extract_dates
    from .exercises import conflict_exercises, map_exercises, year_exercises

    cat = cat or Catalogue()
    annotations = load_all(cat.root)
    drafts = {slug for slug, a in annotations.items() if is_draft(a.data)}
    works = [w.slug for w in cat.works if w.slug not in drafts]
    out = []
    if {"conflict", "year"} & set(kinds):
        from ..review.factcheck import corpus_findings

        docs = {d.name: d for d in cat.documents() if d.slug in works}
        dates = {name: extract_dates(d) for name, d in docs.items()}
        if "conflict" in kinds:
            out += conflict_exercises(corpus_findings(cat) if findings is None else findings, docs, dates, lang=lang)
        if "year" in kinds:
            out += year_exercises(docs, dates, works, lang=lang)
    if "map" in kinds:
        out += map_exercises({s: a for s, a in annotations.items() if s in works}, lang=lang)
    if "open" in kinds:
        from .crosswork import CrossWork

        cw = CrossWork(cat)
        out += (conflict_or_ratification(cw.events, lang=lang)
                + rerun_with_witness(cat, cw.collation_summary(), lang=lang))
    from .exercises import readable_ids

    return readable_ids(out)


_BUILT: dict[tuple, list] = {}


def exercise(exercise_id: str, cat: Catalogue | None = None, lang: str = "en", digest: str | None = None) -> "object":
    """The exercise with this id (as written in a student's notebook), in ``lang``, or a clear
    error; with the ``digest`` a notebook carries, also an error when the exercise of that id is no
    longer the one the notebook was written for. The exercises of a kind are built once per
    process, project and language."""
    cat = cat or Catalogue()
    kind = exercise_id.split("-")[1] if exercise_id.count("-") >= 2 else ""
    kinds = (kind,) if kind in ("conflict", "year", "map", "open") else ("conflict", "year", "map", "open")
    key = (str(cat.root), kinds, lang)
    if key not in _BUILT:
        _BUILT[key] = build_exercises(cat, kinds=kinds, lang=lang)
    for ex in _BUILT[key]:
        if ex.id == exercise_id:
            if digest and ex.digest and digest != ex.digest:
                raise TahqiqError(exercise_id, "the exercise of this name has changed since this notebook was written "
                                               "(the data changed): write the notebooks again with `tahqiq exercises`")
            return ex
    raise TahqiqError(exercise_id, f"no such exercise in the current data (the data changed? write the notebooks "
                                   f"again with `tahqiq exercises`); the exercises of this kind are "
                                   f"{', '.join(e.id for e in _BUILT[key]) or 'none'}")


def check(exercise_id: str, answer, cat: Catalogue | None = None, lang: str = "en", digest: str | None = None):
    """Mark a student's ``answer`` to the exercise ``exercise_id`` (what a student notebook calls),
    the marking's words in ``lang`` (the notebook's: ``tahqiq exercises --lang ar`` writes Arabic ones)."""
    from .exercises import mark

    return mark(exercise(exercise_id, cat, lang, digest), answer)


# --------------------------------------------------------------------------- drafts


def argument_provenance(annotation, lang: str = "en") -> str:
    """How a chapter describes its reconstruction, in ``lang``: curated by hand, a draft with tasks
    left, or none (``argument.provenance.*`` of ui.yml)."""
    from ..argument.draft import tasks
    from . import strings

    if annotation is None:
        return strings.text("argument.provenance.none", lang)
    left = tasks(annotation.data)
    if left:
        n = f"{len(left)} task{'s' if len(left) != 1 else ''}" if lang == "en" else f"{len(left):,}"
        return strings.text("argument.provenance.draft", lang).format(tasks=n)
    return strings.text("argument.provenance.curated", lang)


def draft_tasks(annotation) -> render.HTML:
    """The TODOs of a draft reconstruction as a task list (empty for a curated one)."""
    from ..argument.draft import tasks

    left = tasks(annotation.data) if annotation is not None else []
    if not left:
        return render.HTML("", plain="")
    items = "".join(
        f'<li><code>{render.esc(t["entry"])}</code>: {render.esc(t["task"])}'
        + (f'<br>{render.span(t["quote"])}' if t["quote"] else "") + "</li>" for t in left)
    return render.HTML(f'<div class="tq-draft" dir="ltr"><p><b>Draft.</b> This reconstruction is a starter for a '
                       f"person to edit in <code>{render.esc(annotation.where)}</code>; its map and tables show "
                       f"the candidates as detected. Tasks left:</p><ol>{items}</ol></div>",
                       plain=f"<draft: {len(left)} tasks>")


# --------------------------------------------------------------------------- the syllabus


def exercise_list(exercises: list, kind: str, works: tuple[str, ...] | None = None, lang: str = "en") -> str:
    """MyST bullet list of references to the exercises of ``kind`` (of ``works``), for the syllabus;
    its words in ``lang`` («دفتر», not «notebook», on the Arabic edition)."""
    chosen = [ex for ex in exercises if ex.kind == kind and (works is None or ex.work in works or ex.work is None)]
    nb, sep = strings.text("exercise.notebook", lang), "؛ " if lang == "ar" else "; "
    from .exercises import title_text

    return "\n".join(f"- {{ref}}`{ex.id}` ({title_text(ex.title, lang)}{sep}{render.esc(nb)} `{ex.id}.ipynb`)"
                      for ex in chosen) or f"- {render.esc(strings.text('exercise.none_listed', lang))}"


def positions_table(comparison: dict, question: str = "alliance", lang: str = "en") -> pd.DataFrame:
    """Each work's stance and summary on one question of ``data/comparison.yml``; on the Arabic
    edition the stance named in Arabic and the summary's Arabic text."""
    from .comparison import curated, stance_name

    for q in comparison.get("questions", []):
        if q.get("id") == question:
            return pd.DataFrame([{"work": p["work"],
                                  "stance": stance_name(str(p["stance"]), lang) if lang == "ar" else p["stance"],
                                  "summary": curated(p, "summary", lang)[0]} for p in q["positions"]])
    raise TahqiqError("data/comparison.yml", f"no question {question!r}")
