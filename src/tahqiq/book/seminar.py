"""Seminar material computed from the data: the bilingual glossary with where each term occurs,
and a reading guide per work (who wrote it, where, in what form, and its known faults).

The curated parts live in ``data/reference/glossary.yml`` (terms) and ``data/seminar.yml``
(what a teacher says of each work: its audience and form); everything counted is computed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from . import render
from ..corpus.catalogue import Catalogue, Document
from ..errors import TahqiqError
from ..text.normtext import fold
from ..corpus.yamlfile import read_yaml

_CLITIC = "(?:[وفبلك])?(?:ال)?"
_SUFFIX = r"[\u0621-\u064A]{0,3}"


def _load_yaml(path: Path, key: str) -> list[dict]:
    return read_yaml(path, list_key=key)[key]


def load_glossary(root: Path | None = None) -> list[dict]:
    """The glossary's terms, validated: each has ``ar``, ``en``, ``definition`` and ``forms``."""
    path = (root or Catalogue().root) / "data" / "reference" / "glossary.yml"
    terms = _load_yaml(path, "terms")
    for i, t in enumerate(terms):
        for f in ("ar", "en", "definition", "forms"):
            if not t.get(f):
                raise TahqiqError(path, f"terms[{i}] ({t.get('ar')!r}): missing field {f!r}")
        if not isinstance(t["forms"], list):
            raise TahqiqError(path, f"terms[{i}] ({t['ar']!r}): field 'forms' must be a list")
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


def glossary(cat: Catalogue | None = None) -> pd.DataFrame:
    """One row per term: Arabic, English, definition, occurrences per work, and the first occurrence."""
    cat = cat or Catalogue()
    docs = [cat.load(w.slug) for w in cat.works]
    rows = []
    for t in load_glossary(cat.root):
        row = {"ar": t["ar"], "en": t["en"], "definition": t["definition"]}
        first = None
        for d in docs:
            spans = occurrences(d, t["forms"])
            row[d.slug] = len(spans)
            if spans and first is None:
                first = (d, spans[0])
        row["total"] = sum(row[d.slug] for d in docs)
        if first:
            d, (s, e) = first
            a, b = render.sentence_bounds(d.raw, s, e, limit=120)
            row.update(first_file=d.name, first_start=s, first_end=e, first_quote=d.raw[a:b].strip())
        else:
            row.update(first_file=None, first_start=None, first_end=None, first_quote=None)
        rows.append(row)
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- reading guides


def load_guides(root: Path | None = None) -> dict[str, dict]:
    """The teacher's notes per work from ``data/seminar.yml``: ``audience`` and ``form``."""
    path = (root or Catalogue().root) / "data" / "seminar.yml"
    out = {}
    for i, g in enumerate(_load_yaml(path, "guides")):
        for f in ("work", "audience", "form"):
            if not g.get(f):
                raise TahqiqError(path, f"guides[{i}] ({g.get('work')!r}): missing field {f!r}")
        out[g["work"]] = g
    return out


def reading_guide(slug: str, findings: pd.DataFrame, cat: Catalogue | None = None) -> render.HTML:
    """Who wrote the work, where, for whom, its form, and its known faults (from the fact-check)."""
    cat = cat or Catalogue()
    w = cat.work(slug)
    guide = load_guides(cat.root).get(slug, {})
    files = {t.file for t in w.texts}
    mine = findings[[bool(set(fs) & files) for fs in findings["files"]]]
    faults = mine.groupby(["kind", "severity"]).size().reset_index(name="n")
    fault_list = "".join(
        f"<li>{render.esc(r.kind)} ({render.esc(r.severity)}): {int(r.n)}</li>" for r in faults.itertuples()
    ) or "<li>none found</li>"
    worst = mine[mine["severity"] == "error"].head(3)
    examples = "".join(f"<li>{render.isolate_arabic(render.esc(m))}</li>" for m in worst["message"])
    card = render.card([
        ("Title", w.title.get("ar")),
        ("Title (English)", w.title.get("en")),
        ("Author", " / ".join(x for x in (w.author.get("ar"), w.author.get("en")) if x) or None),
        ("Where", " · ".join(x for x in (w.venue, w.volume_issue, w.date_published) if x) or None),
        ("For whom", guide.get("audience")),
        ("Its form", guide.get("form")),
        ("Texts", "; ".join(f"{t.file} ({t.form})" for t in w.texts)),
    ], title=w.title.get("en") or slug)
    faults_html = (f'<div class="tq-guide-faults"><p dir="ltr"><b>Known faults</b> (findings of the fact-check, '
                   f"by kind and severity):</p><ul>{fault_list}</ul>"
                   + (f'<p dir="ltr">For example:</p><ul>{examples}</ul>' if examples else "") + "</div>")
    return render.HTML(card.html + faults_html, plain=f"<reading guide {slug}>")


# --------------------------------------------------------------------------- exercises

DATE_KINDS = ("event-date-conflict", "period-mismatch", "order-word-contradiction", "article-history-order",
              "paraphrase-change", "external-date")


def _exercise(title: str, task_html: str, solution_html: str) -> render.HTML:
    """An exercise: its task, and its solution in a toggle that stays closed until opened."""
    return render.HTML(
        f'<div class="tq-exercise"><h4 dir="ltr">{render.esc(title)}</h4>{task_html}'
        f'<details class="tq-solution"><summary>Solution</summary>{solution_html}</details></div>',
        plain=f"<exercise: {title}>",
    )


def _plain_passage(raw: str, start: int, end: int, label: str) -> str:
    a, b = render.sentence_bounds(raw, start, end)
    text = raw[a:b].strip()
    return (f'<figure class="tq-quote"><div class="tq-quote-label">{render.esc(label)}</div>'
            f"<blockquote{render.dir_attrs(text)}>{render.esc(text)}</blockquote></figure>")


def spot_the_conflict(findings: pd.DataFrame, texts: dict[str, str], n: int = 2) -> list[render.HTML]:
    """Passages holding two dates that cannot both be right (from the date findings), with the
    finding as the solution. Deterministic: the most severe first, then by id."""
    order = {"error": 0, "warning": 1, "note": 2}
    cand = findings[findings["kind"].isin(DATE_KINDS) & (findings["verdict"] != "false-alarm")]
    cand = cand.assign(_o=cand["severity"].map(order)).sort_values(["_o", "id"])
    out, seen = [], set()
    for f in cand.to_dict(orient="records"):
        key = (f["kind"], tuple(sp["text"] for sp in f["spans"]))  # a witness repeats its base text's finding
        if key in seen:
            continue
        seen.add(key)
        if len(out) == n:
            break
        passages = "".join(_plain_passage(texts[s["file"]], s["start"], s["end"], s["file"])
                           for s in f["spans"] if s["file"] in texts)
        task = (f'<p dir="ltr">Read the passage(s). Which dates or periods cannot both be right, and why? '
                f"Could both be right after all (two different events, a signing and a ratification)?</p>"
                f'<div class="tq-quotes">{passages}</div>')
        out.append(_exercise(f"Spot the conflicting dates ({f['kind']})", task, render.finding(f, texts)))
    return out


def conflict_or_ratification(events) -> list[render.HTML]:
    """Pairs of gazetteer events one of which ratifies (or extends) the other: two dates that a
    careless reader would call a conflict."""
    out = []
    for e in events:
        for other_id, relation in e.related:
            other = events.by_id.get(other_id)
            if other is None:
                continue
            task = (f'<p dir="ltr">One text says <b>{render.esc(other.name_en)}</b> took place in '
                    f"{render.esc(other.label)}; another speaks of {render.span(e.name_ar)} in "
                    f"{render.esc(e.label)}. A conflict of dates, or two different acts?</p>")
            solution = (f'<p dir="ltr">Two acts, not a conflict: <i>{render.esc(e.name_en)}</i> is the '
                        f"<b>{render.esc(relation.replace('-', ' '))}</b> <i>{render.esc(other.name_en)}</i> "
                        f"(reference dates {render.esc(other.label)} and {render.esc(e.label)}; sources: "
                        f"<code>{render.esc(other.source)}</code>, <code>{render.esc(e.source)}</code>). "
                        f"The fact-check keeps them as separate events, so it never reports this pair.</p>")
            out.append(_exercise("Conflict, or a signing and a ratification?", task, solution))
    return out


def rebuild_the_map(annotation) -> render.HTML | None:
    """The claims of the section of a reconstruction with the most claims, in a scrambled order;
    the solution is the relations among them and the whole map."""
    from ..argument.maps import svg_map

    by_section: dict[str, list] = {}
    for c in annotation.claims:
        by_section.setdefault(c.section or "(no section)", []).append(c)
    section, claims = max(by_section.items(), key=lambda kv: (len(kv[1]), kv[0]))
    if len(claims) < 3:
        return None
    ids = {c.id for c in claims}
    import hashlib

    shuffled = sorted(claims, key=lambda c: hashlib.sha256(c.id.encode()).hexdigest())
    items = "".join(f"<li><b>{render.esc(c.id)}</b> {render.span(c.quote)}<br>"
                    f'<span dir="ltr">{render.esc(c.gloss)}</span></li>' for c in shuffled)
    task = (f'<p dir="ltr">These claims of <code>{render.esc(annotation.work)}</code> stand in the section '
            f"{render.span(section)}. Which supports, attacks or elaborates which? Draw the map.</p><ol>{items}</ol>")
    rel = [r for r in annotation.relations if r.source in ids or r.target in ids]
    rel_html = "".join(f"<li>{render.esc(r.source)} <i>{render.esc(r.type)}</i> {render.esc(r.target)}</li>"
                       for r in rel) or "<li>none recorded</li>"
    solution = f'<p dir="ltr">The relations recorded in the reconstruction:</p><ul>{rel_html}</ul>{svg_map(annotation)}'
    return _exercise(f"Rebuild the map of a section of {annotation.work}", task, solution)


def rerun_with_witness(cat: Catalogue, collation_summary: pd.DataFrame) -> list[render.HTML]:
    """For each work with several texts: re-run its chapter on the other witness."""
    out = []
    for w in cat.works:
        for t in w.texts:
            if t.file == w.base_text:
                continue
            cmd = (f".venv/bin/papermill notebooks/article.ipynb out.ipynb "
                   f"-p article_id {w.slug} -p witness {t.witness}")
            rows = collation_summary[collation_summary["file_b"] == t.file]
            summary = "".join(f"<li>{render.esc(r['class'])}: {int(r['variants'])} variant(s)</li>"
                              for r in rows.to_dict(orient="records"))
            task = (f'<p dir="ltr">Re-run the chapter of <code>{render.esc(w.slug)}</code> on witness '
                    f"<b>{render.esc(t.witness)}</b> ({render.esc(t.file)}, {render.esc(t.form)}):</p>"
                    f"<pre>{render.esc(cmd)}</pre><p dir=\"ltr\">Which tables change, and why? Which "
                    f"differences between the witnesses change what the article says?</p>")
            solution = (f'<p dir="ltr">The collation of the two texts (see the cross-work chapter) finds:</p>'
                        f"<ul>{summary}</ul><p dir=\"ltr\">Only number, name and word variants change the "
                        f"meaning; formatting variants (Markdown, <code>&lt;sup&gt;</code>, escapes) change the "
                        f"block and citation tables but not the facts.</p>")
            out.append(_exercise(f"Re-run a chapter with another witness ({w.slug}:{t.witness})", task, solution))
    return out
