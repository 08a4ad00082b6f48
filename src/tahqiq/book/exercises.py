"""Exercises built from the data, with answers a checker can mark.

One list of :class:`Exercise` (:func:`build_exercises`) feeds three things: the book's exercise
page (``sphinx-exercise`` directives, :meth:`Exercise.book_markdown`), a student notebook per
exercise with an answer cell and no solution, and a teacher's copy with the solution
(:mod:`tahqiq.book.notebooks`). Where the answer is data, :func:`check` marks it and says what is
right, what is missing and what is wrong, with the evidence:

``conflict``
    A passage (the sentences around two dates the fact-check found in conflict, so with
    distractors) whose date mentions are labelled ``m1``, ``m2`` …; the answer is the labels of
    the two mentions that cannot both be right.
``year``
    A relative or partial time phrase (``العقد الماضي``) in its passage; the answer is the year,
    or the first and last year, it means, as the extractor resolved it against its anchor.
``map``
    The claims of one section of a curated reconstruction, shuffled; the answer is the relations
    among them as YAML lines ``c3 supports c1``. Drafts (annotations with a TODO) are left out.
``open``
    Questions without a single right answer (a signing or a ratification? what changes with
    another witness?): the teacher's copy has a model answer, nothing is marked.

Every text shown comes from an article and is escaped (:func:`tahqiq.book.render.esc`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from . import render
from ..errors import TahqiqError
from ..text.intervals import year_of

DATE_KINDS = ("event-date-conflict", "period-mismatch", "order-word-contradiction", "article-history-order",
              "paraphrase-change", "external-date")
from .marking import RELATION_TYPES  # noqa: E402
CONTEXT_SENTENCES = 2
"""Sentences shown before and after each conflicting date: the distractors come from them."""


@dataclass
class Exercise:
    id: str
    kind: str  # conflict | year | map | open
    title: str
    prompt: str  # HTML (every article string escaped)
    how: str  # how to write the answer
    placeholder: str  # the student's answer cell
    solution: str  # HTML
    key: Any = field(default=None, repr=False)  # what check() compares with (None: not marked)
    work: str | None = None
    lang: str = "en"  # the language of title, prompt, how and solution (the edition's)
    digest: str = ""  # what the exercise is made of, hashed: a notebook's check sees that it changed

    @property
    def checked(self) -> bool:
        return self.key is not None

    def book_markdown(self) -> str:
        """MyST for the book: an ``exercise`` directive and its ``solution`` (a closed dropdown)."""
        how = f"<p{_dir(self.lang)}>{how_html(self.how)}</p>" if self.how else ""
        from . import strings

        nb = strings.text("exercise.notebook", self.lang)
        return (f"````{{exercise}}\n:label: {self.id}\n\n**{title_text(self.title, self.lang)}** · {render.esc(nb)} `{self.id}.ipynb`"
                f"\n\n{_block(self.prompt + how)}\n"
                f"````\n\n````{{solution}} {self.id}\n:class: dropdown\n\n{_block(self.solution)}\n````\n")


_LATIN_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")


def title_text(title: str, lang: str = "en") -> str:
    """An exercise's title escaped for MyST; on the Arabic edition each Latin run (a work's id,
    «putin-beijing-2024») a left-to-right ``<bdi class="tq-id">`` kept on one line: bare (and even
    isolated with U+2066 … U+2069) it broke at a hyphen and the Arabic sentence reordered its pieces
    and the parenthesis around it («(-putin / beijing-2024)» at 390 px)."""
    if lang != "ar":
        return render.esc(title)
    out, last = [], 0
    for m in _LATIN_RUN.finditer(str(title)):
        if re.search("[A-Za-z]", m.group()):
            out += [render.esc(title[last:m.start()]), f'<bdi dir="ltr" class="tq-id">{render.esc(m.group())}</bdi>']
            last = m.end()
    return "".join(out) + render.esc(title[last:])


_EXAMPLE = re.compile(r"`([^`]+)`|(\[[^\]\u0600-\u06FF]*\]|\"[^\"\u0600-\u06FF]*\")")


def how_html(how: str) -> str:
    """How to write an answer, as HTML (escaped): its examples (a `code span`, a ``["m1", "m4"]``
    list, a ``"2015-2024"`` string) as left-to-right code, so that an Arabic sentence does not
    reorder their brackets and quotes."""
    out, last = [], 0
    for m in _EXAMPLE.finditer(how):
        out.append(render.esc(how[last:m.start()]))
        out.append(f'<code dir="ltr">{render.esc(m.group(1) if m.group(1) is not None else m.group(2))}</code>')
        last = m.end()
    return "".join(out) + render.esc(how[last:])


def _dir(lang: str) -> str:
    """The direction attributes of a paragraph in ``lang``."""
    return ' dir="rtl" lang="ar"' if lang == "ar" else ' dir="ltr"'


def _t(sid: str, lang: str, **values) -> str:
    """The exercise string ``exercise.<sid>`` of ui.yml in ``lang``, its ``{names}`` filled in
    (values already escaped HTML where the string is HTML)."""
    from . import strings

    return strings.text(f"exercise.{sid}", lang).format(**values)


def kind_name(kind: str, lang: str) -> str:
    """A detector kind as the exercise's reader reads it: its Arabic title (``lang/messages.yml``)
    on the Arabic edition, its id on the English one (and where a kind has no Arabic title)."""
    if lang == "en":
        return kind
    from ..review.messages import kinds

    return (kinds().get(kind) or {}).get("title_ar") or kind


def text_name(doc, lang: str = "en") -> str:
    """A text as the exercise's reader names it: its work's title and witness
    (:func:`tahqiq.book.chapter.reader_label`), never its file name; a text outside the catalogue
    by its slug."""
    from .chapter import reader_label

    work = getattr(doc, "work", None)
    if work is None:
        return doc.slug
    return reader_label(work, doc.witness, len(work.texts), lang)


def _names(docs: dict, lang: str) -> dict[str, str]:
    """Each file name of ``docs`` mapped to :func:`text_name`."""
    return {name: text_name(d, lang) for name, d in docs.items()}


def _named(doc, lang: str) -> str:
    """:func:`text_name` as HTML, directed by its script."""
    return render.span(text_name(doc, lang), "tq-text-name")


def _block(html: str) -> str:
    """HTML as one Markdown HTML block: no blank line may end it early."""
    return '<div class="tq-exercise-body">' + re.sub(r"\n\s*\n", "\n", html).replace("\n", " ") + "</div>"


def _stable_id(kind: str, *parts) -> str:
    return f"ex-{kind}-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8]


def readable_ids(exercises: list[Exercise]) -> list[Exercise]:
    """Each exercise named as a student reads its notebook's name: ``ex-<kind>-<work>-<n>``
    (``ex-conflict-salman-2025-1.ipynb``; a question across works under ``corpus``), numbered in
    the book's order within its kind and work, so that both editions, and a list built for one
    kind, name it the same. The hashed id it was built with is kept as its ``digest``: a notebook
    carries it, and checking an answer against an exercise that has changed since says so."""
    from collections import Counter

    n: Counter = Counter()
    for ex in exercises:
        if not ex.digest:
            ex.digest = ex.id.rsplit("-", 1)[-1]
        work = re.sub(r"[^a-z0-9-]+", "-", (ex.work or "corpus").lower()).strip("-") or "corpus"
        n[ex.kind, work] += 1
        ex.id = f"ex-{ex.kind}-{work}-{n[ex.kind, work]}"
    return exercises


def _quote(text: str) -> str:
    return f"<blockquote{render.dir_attrs(text)}>{render.esc(text).replace(chr(10), '<br>')}</blockquote>"


# --------------------------------------------------------------------------- passages


def _window(raw: str, start: int, end: int, n: int = CONTEXT_SENTENCES) -> tuple[int, int]:
    """The sentence around ``raw[start:end]`` widened by ``n`` sentences each side, never
    beginning or ending inside a word (a sentence cut at its length limit starts at a word)."""
    a, b = render.sentence_bounds(raw, start, end)
    for _ in range(n):
        if a > 0:
            a = render.sentence_bounds(raw, max(0, a - 2), max(0, a - 1))[0]
        if b < len(raw):
            b = render.sentence_bounds(raw, min(len(raw) - 1, b + 1), min(len(raw), b + 2))[1]
    while 0 < a < start and raw[a - 1].isalnum():
        a += 1
    while end < b < len(raw) and raw[b].isalnum():
        b -= 1
    return a, b


def _merge(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for f, a, b in sorted(spans):
        if out and out[-1][0] == f and a <= out[-1][2]:
            out[-1] = (f, out[-1][1], max(out[-1][2], b))
        else:
            out.append((f, a, b))
    return out


def _remark_html(value, lang: str) -> str:
    """A remark of the extraction (a relative date's anchor, «published 2025-06-30») in the edition's
    words (:func:`tahqiq.book.remarks.remark`), as HTML."""
    from .remarks import remark

    shown = remark(str(value), lang)
    return shown.html if isinstance(shown, render.HTML) else render.span(shown)


def _labelled(raw: str, a: int, b: int, mentions: list[dict], form: str = "plain") -> str:
    """``raw[a:b]`` escaped, each mention followed by its label; the markup of a Markdown text
    («**», escapes, a link's address) left out, as the critical edition leaves it out (:mod:`.edition`); a
    converted PDF's strong emphasis too (``edition.STRONG_FORMS``)."""
    from .edition import STRONG_FORMS, markdown_markup, strong_markup

    hidden: set[int] = (set(markdown_markup(raw, a, b)[0]) if form == "markdown"
                        else strong_markup(raw, a, b)[0] if form in STRONG_FORMS else set())

    def shown(x: int, y: int) -> str:
        return render.esc("".join(ch for i, ch in enumerate(raw[x:y], x) if i not in hidden) if hidden else raw[x:y])

    parts, pos = [], a
    for m in sorted(mentions, key=lambda m: m["start"]):
        parts.append(shown(pos, m["start"]))
        parts.append(f'<mark>{shown(m["start"], m["end"])}</mark><sup dir="ltr"><b>[{m["label"]}]</b></sup>')
        pos = m["end"]
    parts.append(shown(pos, b))
    text = raw[a:b]
    return f"<blockquote{render.dir_attrs(text)}>{''.join(parts).strip().replace(chr(10), '<br>')}</blockquote>"


def conflict_exercises(findings: pd.DataFrame, docs: dict, dates: dict, n: int = 2, lang: str = "en") -> list[Exercise]:
    """Passages with two dates that cannot both be right, among other dates (see the module docstring).

    ``docs`` maps a file name to its :class:`~tahqiq.corpus.catalogue.Document`, ``dates`` a file
    name to its dates table. The most severe findings first, then by id; a witness repeating its
    base text's finding is skipped."""
    order = {"error": 0, "warning": 1, "note": 2}
    cand = findings[findings["kind"].isin(DATE_KINDS) & (findings["verdict"] != "false-alarm")]
    cand = cand.assign(_o=cand["severity"].map(order)).sort_values(["_o", "id"])
    out, seen, used = [], set(), []
    for f in cand.to_dict(orient="records"):
        spans = [s for s in f["spans"] if s["file"] in docs]
        key = (f["kind"], tuple(s["text"] for s in spans))
        if len(spans) < 2 or key in seen or len(out) == n:
            continue
        seen.add(key)
        windows = _merge([(s["file"], *_window(docs[s["file"]].raw, s["start"], s["end"])) for s in spans])
        if any(f2 == f1 and a2 < b1 and a1 < b2 for f1, a1, b1 in windows for f2, a2, b2 in used):
            continue  # one passage, one exercise
        mentions = []
        for file, a, b in windows:
            d = dates[file]
            inside = d[(d["start"] >= a) & (d["end"] <= b) & (d["type"] != "url_date")]
            mentions += [{"file": file, "start": int(r.start), "end": int(r.end)} for r in inside.itertuples()]
        for s in spans:  # a conflicting span the date table does not hold is a mention too
            if not any(m["file"] == s["file"] and m["start"] < s["end"] and s["start"] < m["end"] for m in mentions):
                mentions.append({"file": s["file"], "start": s["start"], "end": s["end"]})
        mentions.sort(key=lambda m: (m["file"], m["start"]))
        for i, m in enumerate(mentions, 1):
            m["label"] = f"m{i}"
        if len(mentions) < len(spans) + 2:  # too few distractors to be an exercise
            continue
        used += windows
        key_sets = [sorted({m["label"] for m in mentions if m["file"] == s["file"] and m["start"] < s["end"]
                            and s["start"] < m["end"]}) for s in spans]
        passages = "".join(
            f'<p{_dir(lang)}><b>{_named(docs[file], lang)}</b></p>'
            + _labelled(docs[file].raw, a, b, [m for m in mentions if m["file"] == file and a <= m["start"] < b],
                        getattr(docs[file], "form", "plain"))
            for file, a, b in windows)
        prompt = f'<p{_dir(lang)}>{_t("conflict.prompt", lang)}</p>{passages}'
        evidence = "".join(f"<li>{_quote(s['text'])} {_named(docs[s['file']], lang)} "
                           f"<bdi dir=\"ltr\">{int(s['start'])}–{int(s['end'])}</bdi></li>" for s in spans)
        message = render.name_texts(f.get("message_ar") if lang == "ar" and f.get("message_ar") else f["message"],
                                    _names(docs, lang))
        solution = (f'<p{_dir(lang)}>' + _t("conflict.solution", lang, kind=(f'<code>{render.esc(f["kind"])}</code>' if lang == "en" else
                                                                 render.esc(kind_name(f["kind"], lang))),
                                           id=f'<code>{render.esc(f["id"])}</code>')
                    + f' {render.isolate_arabic(render.esc(message))}</p><ul>{evidence}</ul>'
                    f'<p{_dir(lang)}>' + _t("conflict.mentions", lang, labels=render.esc(
                        _t("and", lang).join("/".join(k) for k in key_sets))) + '</p>')
        out.append(Exercise(
            id=_stable_id("conflict", f["id"]), kind="conflict", title=_t("conflict.title", lang, kind=kind_name(f["kind"], lang)),
            prompt=prompt, how=_t("conflict.how", lang), lang=lang,
            placeholder="answer = []  # the labels of the two mentions that conflict, e.g. [\"m1\", \"m4\"]",
            solution=solution, key={"sets": key_sets, "finding": f["id"],  # the same key in both editions
                                    "message": render.name_texts(f["message"], _names(docs, "en")),
                                    "message_ar": render.name_texts(f.get("message_ar") or "", _names(docs, "ar")) or None,
                                    "quotes": [s["text"] for s in spans],
                                    "labels": {m["label"]: docs[m["file"]].raw[m["start"]:m["end"]] for m in mentions}},
            work=docs[spans[0]["file"]].slug))
    return out


def year_exercises(docs: dict, dates: dict, works: list[str], n: int = 3, lang: str = "en") -> list[Exercise]:
    """Relative or partial time phrases (``type`` relative or decade, without a modifier such as
    *early*) resolved against an anchor:
    what years do they mean? One per work at most, in catalogue order, at most ``n``."""
    out = []
    for doc in docs.values():
        if len(out) == n or doc.slug not in works or any(e.work == doc.slug for e in out):
            continue
        d = dates[doc.name]
        rows = d[d["type"].isin(("relative", "decade")) & d["anchor"].notna() & d["start_date"].notna()
                 & d["modifier"].isna()]  # «early sixties»: where early ends is a matter of opinion
        if rows.empty:
            continue
        r = rows.assign(_decade=rows["type"] == "decade").sort_values(["_decade", "start"]).iloc[0]  # relative first
        first, last = year_of(r["start_date"]), year_of(r["end_date"])
        a, b = _window(doc.raw, int(r["start"]), int(r["end"]), 1)
        mention = [{"start": int(r["start"]), "end": int(r["end"]), "label": "?"}]
        published = doc.work.date_published if doc.work else None
        prompt = (f'<p{_dir(lang)}>' + _t("year.prompt", lang, work=f"<code>{render.esc(doc.slug)}</code>",
                                                   published=render.esc(published or _t("year.unknown_date", lang)))
                  + f"</p>{_labelled(doc.raw, a, b, mention, getattr(doc, 'form', 'plain'))}")
        span = f"{first}" if first == last else f"{first}–{last}"
        solution = (f'<p{_dir(lang)}>' + _t(
            "year.solution", lang, phrase=render.span(r["text"]), years=f"<b>{render.esc(span)}</b>",
            first=render.esc(r["start_date"]), last=render.esc(r["end_date"]), anchor=_remark_html(r["anchor"], lang),
            offsets=f'<bdi dir="ltr">{int(r["start"])}–{int(r["end"])}</bdi>', file=_named(doc, lang)) + "</p>")
        out.append(Exercise(
            id=_stable_id("year", doc.name, int(r["start"])), kind="year",
            title=_t("year.title", lang, work=doc.slug), prompt=prompt, how=_t("year.how", lang), lang=lang,
            placeholder="answer = None  # a year, e.g. 2019, or the first and last year, e.g. \"2015-2024\"",
            solution=solution, work=doc.slug,
            key={"first": first, "last": last, "phrase": r["text"], "anchor": r["anchor"]}))
    return out


def map_exercises(annotations: dict, lang: str = "en") -> list[Exercise]:
    """The section of each curated reconstruction with the most claims (at least three, with at
    least one relation among them), its claims shuffled; drafts are left out."""
    from ..argument.draft import is_draft

    out = []
    for slug, ann in annotations.items():
        if is_draft(ann.data):
            continue
        by_section: dict[str, list] = {}
        for c in ann.claims:
            by_section.setdefault(c.section or "(no section)", []).append(c)
        ranked = sorted(by_section.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for section, claims in ranked:
            ids = {c.id for c in claims}
            rel = [(r.source, r.type, r.target) for r in ann.relations if r.source in ids and r.target in ids]
            if len(claims) >= 3 and rel:
                break
        else:
            continue
        shuffled = sorted(claims, key=lambda c: hashlib.sha256(f"{slug}:{c.id}".encode()).hexdigest())
        gloss = (lambda c: "") if lang == "ar" else (lambda c: f'<br><span dir="ltr">{render.esc(c.gloss)}</span>')
        items = "".join(f"<li><b>{render.esc(c.id)}</b> {render.span(c.quote)}{gloss(c)}</li>" for c in shuffled)
        prompt = (f'<p{_dir(lang)}>' + _t("map.prompt", lang, work=f"<code>{render.esc(slug)}</code>",
                                                   section=render.span(section)) + f"</p><ol>{items}</ol>")
        solution = (f'<p{_dir(lang)}>' + _t("map.solution", lang) + '</p><ul>'
                    + "".join(f"<li>{render.esc(s)} <i>{render.esc(t)}</i> {render.esc(g)}</li>" for s, t, g in rel)
                    + "</ul>")
        out.append(Exercise(
            id=_stable_id("map", slug, section), kind="map", title=_t("map.title", lang, work=slug),
            prompt=prompt, how=_t("map.how", lang, types=("، " if lang == "ar" else ", ").join(f"`{t}`" for t in RELATION_TYPES)), lang=lang,
            placeholder='answer = """\n- c1 supports c2\n"""  # one relation a line: SOURCE TYPE TARGET',
            solution=solution, work=slug,
            key={"relations": sorted(rel), "glosses": {c.id: c.gloss for c in claims},
                 "quotes": {c.id: render.shorten(" ".join(c.quote.split()), 160) for c in claims}}))
    return out


def open_exercise(title: str, prompt: str, solution: str, *parts, lang: str = "en", id_title: str | None = None,
                  work: str | None = None) -> Exercise:
    """An exercise with no single right answer: the teacher's copy has a model answer. Its id comes
    from ``id_title`` (the English title) where given, so both editions name it the same."""
    return Exercise(id=_stable_id("open", id_title or title, *parts), kind="open", title=title, prompt=prompt,
                    how="", placeholder='answer = """\nYour answer in a few sentences.\n"""', solution=solution,
                    lang=lang, work=work)


# --------------------------------------------------------------------------- checking
# (in tahqiq.book.marking, in the exercise's language; re-exported here)

from .marking import Marking, _years, mark, parse_relations  # noqa: E402,F401


# --------------------------------------------------------------------------- notebooks

NOTEBOOK_KEY = "tahqiq"


def model_answer(ex: Exercise):
    """The answer a teacher's copy fills in: the key written as a student would write it."""
    k = ex.key
    if ex.kind == "conflict":
        return [s[0] for s in k["sets"]]
    if ex.kind == "year":
        return k["first"] if k["first"] == k["last"] else f"{k['first']}-{k['last']}"
    if ex.kind == "map":
        return "".join(f"- {a} {t} {b}\n" for a, t, b in k["relations"])
    return None


def notebook(ex: Exercise, teacher: bool = False):
    """A notebook for one exercise: the prompt, an answer cell (tagged ``answer``) and a cell that
    checks it; the teacher's copy has the model answer filled in and the solution."""
    import nbformat

    v4 = nbformat.v4
    meta = {"tags": ["answer"], NOTEBOOK_KEY: {"exercise": ex.id, "digest": ex.digest}}
    answer = model_answer(ex) if teacher else None
    src = ex.placeholder if answer is None else f"answer = {answer!r}"
    if ex.kind == "map" and answer is not None:
        src = f'answer = """\n{answer}"""'
    cells = [v4.new_markdown_cell(f"# {ex.title}\n\n{_block(ex.prompt)}\n\n{render.esc(ex.how)}".rstrip()),
             v4.new_code_cell(src, metadata=meta)]
    if ex.checked:
        lang = "" if ex.lang == "en" else f", lang={ex.lang!r}"
        digest = f", digest={ex.digest!r}" if ex.digest else ""
        cells.append(v4.new_code_cell(f"from tahqiq.book.seminar import check\n\ncheck({ex.id!r}, answer{lang}{digest})"))
    if teacher:
        cells.append(v4.new_markdown_cell(f"## Solution\n\n{_block(ex.solution)}"))
    nb = v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"},
        "language_info": {"name": "python"}, NOTEBOOK_KEY: {"exercise": ex.id, "copy": "teacher" if teacher else "student",
                                                         "lang": ex.lang}})
    return nb


def write_notebooks(exercises: list[Exercise], folder, teacher: bool = False) -> list:
    """One notebook per exercise into ``folder`` (``<id>.ipynb``); returns their paths."""
    import nbformat
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for ex in exercises:
        p = folder / f"{ex.id}.ipynb"
        nbformat.write(notebook(ex, teacher), p)
        paths.append(p)
    return paths


def answers_in(path) -> list[tuple[str, Any]]:
    """``[(exercise id, answer)]`` of a student's notebook: each cell tagged ``answer`` must assign
    a literal (a list, a number, a string) to ``answer``; nothing in the notebook is executed."""
    import ast
    from pathlib import Path

    import nbformat

    p = Path(path)
    try:
        nb = nbformat.read(p, as_version=4)
    except FileNotFoundError:
        raise TahqiqError(p, "no such file") from None
    except Exception as exc:  # nbformat raises several kinds on a damaged file
        raise TahqiqError(p, f"is not a notebook ({type(exc).__name__})") from None
    out = []
    for i, cell in enumerate(nb.cells):
        ex_id = cell.metadata.get(NOTEBOOK_KEY, {}).get("exercise")
        if cell.cell_type != "code" or "answer" not in cell.metadata.get("tags", []) or not ex_id:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError as exc:
            raise TahqiqError(p, f"cell {i + 1}: the answer is not valid Python ({exc.msg}, line {exc.lineno})") from None
        value = None
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "answer" for t in node.targets):
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    raise TahqiqError(p, f"cell {i + 1}: write the answer as a value (a list, a number, a "
                                         f"string), not an expression") from None
        out.append((ex_id, value))
    if not out:
        raise TahqiqError(p, "has no answer cell (a code cell tagged 'answer' from `tahqiq exercises --student`)")
    return out


def digests_in(path) -> dict[str, str]:
    """The digest each answer cell of a notebook of ``tahqiq exercises`` carries, by exercise id
    (none in older notebooks)."""
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # answers_in names the problem
        return {}
    out = {}
    for cell in nb.cells:
        meta = cell.metadata.get(NOTEBOOK_KEY) or {}
        if meta.get("exercise") and meta.get("digest"):
            out[meta["exercise"]] = str(meta["digest"])
    return out


def notebook_lang(path) -> str:
    """The language a notebook of ``tahqiq exercises`` was written in (``en`` for older ones)."""
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # answers_in names the problem
        return "en"
    lang = (nb.metadata.get(NOTEBOOK_KEY) or {}).get("lang")
    return lang if lang in ("en", "ar") else "en"
