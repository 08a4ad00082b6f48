"""Help for the annotator: the standard parts of a research article, claim candidates, a starter file.

An argument reconstruction (``data/annotations/<slug>.yml``, see :mod:`tahqiq.argument.model`) is written
by a person. This module gives that person a start:

:func:`standard_parts` (columns :data:`PART_COLUMNS`)
    The standard parts of a research article, found in the blocks of :func:`tahqiq.segment.blocks.segment`:
    a heading naming a part («المقدمة», «أولاً: المشكلة البحثية والتساؤلات», ``Conclusion``), or a
    label opening a paragraph («فرضية البحث: …», ``Abstract: …``). Parts have canonical English ids
    (:data:`PARTS`). A heading is matched on its folded words as a bag (word order is free, so the
    scrambled lines of ``pdf-scrambled`` texts match): ordinal and structural labels («أولاً»,
    «المبحث الأول», ``First``, numbers) are ignored, every other word must name a part or qualify
    one («البحث», «الدراسة», ``research``), and in a heading (not in an inline label) fragments of
    one to three letters left by extraction («اً» split from its ordinal) are ignored. A one-word
    heading also matches as an anagram of a part's word («لخصالم» for «الملخص»). One heading can
    name two parts («الخاتمة والنتائج»): one row each, with the same span. A heading's part runs
    to the next heading of the same or a higher level; an inline part runs to the next part or
    heading, over paragraphs, list items and notes only. ``start``/``end`` are raw offsets (``end`` is the end of the part's last block that
    is not a note, metadata or boilerplate); ``heading`` is the heading's title or the inline
    label; ``lang`` the language of the part's text; ``section`` the section path of its first block.

:func:`claim_candidates` (columns :data:`CANDIDATE_COLUMNS`)
    Sentences of the body (paragraphs and list items in the text's main language, outside the
    references) that carry a cue of a claim, scored and ranked for review. Cues (:data:`CUES`):
    causal markers, hedges, evaluative, predictive and normative words (matched on the folded
    text, with Arabic conjunctions, prepositions, the article and common endings allowed), and
    the figures (not ordinals) and dates of :func:`~tahqiq.extract.figures.extract_figures` and
    :func:`~tahqiq.extract.dates.extract_dates` lying inside the sentence. Each category adds its
    weight (:data:`CUE_WEIGHTS`) once per cue, at most twice; a sentence in a conclusion, results
    or recommendations part gets :data:`POSITION_BONUS` more. ``type_guess`` is the claim type of
    the category contributing most (figures and dates: ``factual``; ties by :data:`TYPE_PRIORITY`;
    hedges alone decide nothing). Ranking: score descending, then start.

:func:`starter_annotation` and :func:`write_starter`
    A starting annotation in the schema of :mod:`tahqiq.argument.model`, filled from the parts and the
    candidates, every gloss ``TODO: gloss``. It is a draft: the curated file always wins, and
    :func:`write_starter` never overwrites a file unless told to.
"""

from __future__ import annotations

import os
import re
import tempfile
from bisect import bisect_left
from pathlib import Path

import pandas as pd
import yaml

from .draft import marker_line, untouched
from .model import annotation_path
from ..corpus.catalogue import Document
from ..errors import TahqiqError
from ..extract.citations import extract_citations
from ..extract.dates import extract_dates
from ..extract.figures import extract_figures
from ..segment.blocks import (
    _ORDINAL_STEMS_AR,
    _ORDINALS_AR,
    _ORDINALS_EN,
    _STRUCT_RANK,
    _anagram,
    _folded_words,
    _title,
    segment,
)
from ..text.normtext import fold, language
from ..segment.sentences import sentences
from ..lang import lexicon

PARTS = (
    "abstract", "introduction", "significance", "problem", "questions", "hypothesis", "objectives",
    "method", "structure", "conclusion", "results", "recommendations", "references",
)
"""Canonical ids of the standard parts, in their usual order."""

PART_COLUMNS = ("part", "heading", "start", "end", "lang", "section")
"""Columns of :func:`standard_parts`."""

CANDIDATE_COLUMNS = ("rank", "score", "start", "end", "text", "section", "cues", "type_guess")
"""Columns of :func:`claim_candidates`. ``cues`` lists ``category:matched text`` in text order,
joined with ``; ``."""

TODO_GLOSS = "TODO: gloss"

# --------------------------------------------------------------------------- standard parts

# The words naming each part, the words that qualify or join them, and the ordinals a heading
# may carry: src/tahqiq/lang/argument.yml (folded, the article «ال» stripped, on use).
_PART_WORDS = {part: tuple(ws) for part, ws in lexicon("argument")["parts"].items()}
_QUALIFIER_WORDS = tuple(lexicon("argument")["qualifiers"])
_ORDINAL_ADJ = tuple(lexicon("argument")["ordinal_adjectives"])


def _key(word: str) -> str:
    """A folded word without the article «ال» (kept for words of four letters or fewer)."""
    return word[2:] if word.startswith("ال") and len(word) >= 5 else word


_PART_OF = {_key(fold(w).lower()): part for part, ws in _PART_WORDS.items() for w in ws}
_QUALIFIERS = {_key(fold(w).lower()) for w in _QUALIFIER_WORDS}
_LABELS = ({_key(w) for w in _ORDINALS_AR + _ORDINAL_STEMS_AR + _ORDINALS_EN} | {_key(w) for w in _STRUCT_RANK}
           | {_key(fold(w)) for w in _ORDINAL_ADJ})
_PART_ANAGRAMS = {_anagram(form): part for k, part in _PART_OF.items() if len(k) >= 3 and not k.isascii()
                  for form in (k, "ال" + k)}


def _word_key(word: str) -> str:
    """:func:`_key` of a word, without a leading conjunction «و» when the rest is a known word."""
    k = _key(word)
    if word.startswith("و") and len(word) > 2:
        rest = _key(word[1:])
        if rest in _PART_OF or rest in _QUALIFIERS:
            return rest
    return k


def heading_parts(title: str, inline: bool = False) -> list[str]:
    """The parts a heading (or, with ``inline``, a paragraph's opening label) names, in text order.

    Empty when any word is neither a part's name, a qualifier nor an ordinal or structural label
    (see the module docstring); ``inline`` labels get no tolerance for fragments or anagrams.
    """
    words = [(w, _word_key(w)) for w in _folded_words(title) if not w.isdigit()]
    words = [(w, k) for w, k in words if k not in _LABELS]
    keys = [k for _, k in words]
    found: list[str] = []
    for w, k in words:
        if k in _PART_OF:
            if _PART_OF[k] not in found:
                found.append(_PART_OF[k])
        elif k not in _QUALIFIERS and (inline or len(w) > 3):
            found = []
            break
    if not found and not inline and len(keys) == 1 and len(keys[0]) >= 4:
        part = _PART_ANAGRAMS.get(_anagram(keys[0]))
        return [part] if part else []
    return found


_INLINE_LABEL = re.compile(r"^[\s*#•\-–]*(?:[(\[]?[\d٠-٩]{1,3}[.)\]\-]\s*)?([^:：\n.،]{2,40}?)\s*\**\s*[:：]")


def _inline_label(text: str) -> tuple[str, list[str]]:
    """An opening label of a paragraph (``«فرضية البحث:»``) and the parts it names."""
    m = _INLINE_LABEL.match(text)
    if not m or len(m.group(1).split()) > 5:
        return "", []
    label = m.group(1).replace("**", "").strip()
    return label, heading_parts(label, inline=True)


_NOT_CONTENT = ("boilerplate", "footnote", "endnote", "metadata")
# The blocks an inline part runs over (it stops at a heading, the next part or any other block).
_INLINE_RUN = ("paragraph", "abstract", "list_item", "footnote", "boilerplate")


def standard_parts(doc: Document, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """The standard parts of ``doc`` (columns :data:`PART_COLUMNS`), by start; see the module docstring.

    ``blocks`` is ``segment(doc)`` when the caller has it already.
    """
    blocks = segment(doc) if blocks is None else blocks
    items = list(blocks.itertuples(index=False))
    found: list[tuple[int, str, list[str], bool]] = []  # (block index, label, parts, is heading)
    for i, b in enumerate(items):
        if b.kind == "heading":
            label = _title(b.text)
            parts = heading_parts(label)
        elif b.kind in ("paragraph", "abstract", "list_item"):
            label, parts = _inline_label(b.text)
        else:
            continue
        if parts:
            found.append((i, label, parts, b.kind == "heading"))
    starts = {i for i, *_ in found}
    rows = []
    for i, label, parts, is_heading in found:
        head = items[i]
        stop = i + 1
        while stop < len(items):
            b = items[stop]
            if b.kind == "heading" and (not is_heading or b.level <= head.level):
                break
            if not is_heading and (stop in starts or b.kind not in _INLINE_RUN):
                break
            stop += 1
        content = [b for b in items[i:stop] if b.kind not in _NOT_CONTENT]
        end = max(b.end for b in content)
        lang = language(doc.raw[head.start:end])
        section = None if pd.isna(head.section) else head.section
        for part in parts:
            rows.append((part, label, int(head.start), int(end), lang, section))
    rows.sort(key=lambda r: (r[2], PARTS.index(r[0])))
    return pd.DataFrame(rows, columns=list(PART_COLUMNS))


# --------------------------------------------------------------------------- claim candidates

_FUTURE_STEMS = tuple(lexicon("argument")["future_stems"])

CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    cat: (tuple(c["words"]), tuple(c["stems"])) for cat, c in lexicon("argument")["cues"].items()
}
"""Cue lexicons by category: ``(words, stems)``, written as printed (folded on use), from
``src/tahqiq/lang/argument.yml``. Words match whole, after an optional conjunction «و»/«ف»; stems
also take a preposition «ب»/«ل»/«ك», the article and common endings. English matches whole words."""

CUE_WEIGHTS = {"causal": 3, "predictive": 3, "normative": 3, "evaluative": 2, "hedge": 1, "figure": 1, "date": 1}
"""Score added per cue (each category counts at most twice)."""

POSITION_BONUS = 2
"""Score added to a sentence inside a conclusion, results or recommendations part."""

TYPE_PRIORITY = ("normative", "predictive", "causal", "evaluative", "factual")
"""Claim types by precedence when two categories contribute equally."""

_TYPE_OF = {"causal": "causal", "predictive": "predictive", "normative": "normative", "evaluative": "evaluative",
            "figure": "factual", "date": "factual"}
_CONCLUDING = ("conclusion", "results", "recommendations")
_PREFIX = r"(?<!\w)(?:[وف])?"
_CLITICS = r"(?<!\w)(?:[وف])?(?:[بلك])?(?:ال)?"
_ENDINGS = r"(?:ا|ه|ان|ين|ون|ات|ي|يه|يا|ها|هما|هم)?(?!\w)"


def _phrase(s: str) -> str:
    return r"\s+".join(re.escape(w) for w in fold(s).lower().split())


def _cue_regex(words: tuple[str, ...], stems: tuple[str, ...], extra: str | None = None) -> re.Pattern:
    alts = []
    for w in sorted(words, key=len, reverse=True):
        p = _phrase(w)
        alts.append(rf"\b{p}\b" if w.isascii() else rf"{_PREFIX}{p}(?!\w)")
    alts += [rf"{_CLITICS}{_phrase(s)}{_ENDINGS}" for s in sorted(stems, key=len, reverse=True)]
    if extra:
        alts.append(extra)
    return re.compile("|".join(alts), re.I)


_CUE_RE = {cat: _cue_regex(*lex, extra=(rf"{_PREFIX}س[يتن](?:{'|'.join(_FUTURE_STEMS)})(?!\w)"
                                        if cat == "predictive" else None))
           for cat, lex in CUES.items()}

_BODY_KINDS = ("paragraph", "list_item")
def _spans_of(parts: pd.DataFrame, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts named ``names``."""
    sel = parts[parts["part"].isin(names)]
    return list(zip(sel["start"].tolist(), sel["end"].tolist()))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _cues(doc: Document, start: int, end: int, spans: dict[str, list[tuple[int, int, str]]]) -> list[tuple[int, str, str]]:
    """``(raw position, category, raw text)`` of every cue inside the raw span ``[start, end)``.

    ``spans`` holds the figures and dates as ``(start, end, text)`` sorted by start.
    """
    norm = doc.norm
    ns, ne = norm.norm_span(start, end)
    s = norm.text[ns:ne]
    found = []
    for cat, rx in _CUE_RE.items():
        for m in rx.finditer(s):
            a, b = norm.raw_span(ns + m.start(), ns + m.end())
            found.append((a, cat, doc.raw[a:b].strip()))
    for cat, rows in spans.items():
        i = bisect_left(rows, (start,))
        while i < len(rows) and rows[i][0] < end:
            if rows[i][1] <= end:
                found.append((rows[i][0], cat, rows[i][2]))
            i += 1
    return sorted(found)


def _score(cues: list[tuple[int, str, str]], concluding: bool) -> tuple[int, str]:
    """The score of a sentence's cues and its type guess."""
    counts: dict[str, int] = {}
    for _, cat, _ in cues:
        counts[cat] = min(counts.get(cat, 0) + 1, 2)
    contrib = {cat: CUE_WEIGHTS[cat] * n for cat, n in counts.items()}
    score = sum(contrib.values()) + (POSITION_BONUS if concluding else 0)
    by_type: dict[str, int] = {}
    for cat, v in contrib.items():
        if cat in _TYPE_OF:
            by_type[_TYPE_OF[cat]] = by_type.get(_TYPE_OF[cat], 0) + v
    guess = min(by_type, key=lambda t: (-by_type[t], TYPE_PRIORITY.index(t))) if by_type else "factual"
    return score, guess


def main_language(blocks: pd.DataFrame) -> str:
    """The language of a text's body (paragraphs and list items), ``ar`` or ``en``."""
    body = blocks[blocks["kind"].isin(_BODY_KINDS)]
    lang = language(" ".join(body["text"]))
    return "en" if lang == "en" else "ar"


def claim_candidates(doc: Document, limit: int | None = None, blocks: pd.DataFrame | None = None,
                     parts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Sentences that may state a claim, ranked (columns :data:`CANDIDATE_COLUMNS`); see the module docstring.

    ``limit`` keeps the first rows of the ranking; ``blocks`` (``segment(doc)``) and ``parts``
    (``standard_parts(doc)``) may be passed when the caller has them.
    """
    blocks = segment(doc) if blocks is None else blocks
    parts = standard_parts(doc, blocks) if parts is None else parts
    lang = main_language(blocks)
    dates = extract_dates(doc)
    figures = extract_figures(doc, dates)
    figures = figures[figures["type"] != "ordinal"]
    spans = {cat: sorted(zip(df["start"].tolist(), df["end"].tolist(), df["text"].tolist()))
             for cat, df in (("figure", figures), ("date", dates))}
    references, concluding = _spans_of(parts, ("references",)), _spans_of(parts, _CONCLUDING)
    rows = []
    for b in blocks[blocks["kind"].isin(_BODY_KINDS)].itertuples(index=False):
        if _inside(b.start, references):
            continue
        for start, end in sentences(b.text, b.start):
            text = doc.raw[start:end]
            if len(text.split()) < 4 or language(text) != lang:
                continue
            cues = _cues(doc, start, end, spans)
            if not cues:
                continue
            score, guess = _score(cues, _inside(start, concluding))
            section = None if pd.isna(b.section) else b.section
            rows.append((score, start, end, text, section, "; ".join(f"{c}:{t}" for _, c, t in cues), guess))
    rows.sort(key=lambda r: (-r[0], r[1]))
    if limit is not None:
        rows = rows[:limit]
    return pd.DataFrame([(i + 1, *r) for i, r in enumerate(rows)], columns=list(CANDIDATE_COLUMNS))


# --------------------------------------------------------------------------- starter annotation

STARTER_CLAIMS = 15
"""How many candidates a starter annotation lists as claims."""

STARTER_HEADER = """\
# Starting annotation of {work} ({text}),
# written by `tahqiq annotate` from the detected parts of the article and its ranked claim candidates.
# It is a draft for a person to edit: gloss every quote (replace each "{todo}"), check the
# quotes, the thesis and the claim types, state the problem, add the relations between claims,
# what each conclusion rests on and answers, and the assessment.
# The curated file always wins: once edited, tahqiq never overwrites this file (only
# `tahqiq annotate --force` does); while nobody has edited it, `tahqiq annotate` refreshes it.
"""


def _quoted(doc: Document, span: tuple[int, int], **fields) -> dict:
    """A quoted item: the raw slice, a TODO gloss, ``fields``, then the offsets."""
    start, end = span
    return {"quote": doc.raw[start:end], "gloss": TODO_GLOSS, **fields, "start": start, "end": end}


def _part_sentences(doc: Document, blocks: pd.DataFrame, row, first_only: bool = False) -> list[tuple[int, int]]:
    """Sentences of a part's body blocks (after an inline label), each block's first one with ``first_only``."""
    inside = blocks[(blocks["start"] >= row.start) & (blocks["end"] <= row.end)
                    & blocks["kind"].isin(("paragraph", "list_item", "abstract"))]
    out: list[tuple[int, int]] = []
    for b in inside.itertuples(index=False):
        skip = 0
        if b.start == row.start:
            m = _INLINE_LABEL.match(b.text)
            skip = m.end() if m else 0
        spans = sentences(b.text[skip:], b.start + skip)
        out += spans[:1] if first_only else spans
    return out


def _conclusions(doc: Document, blocks: pd.DataFrame, row) -> list[tuple[int, int]]:
    """The first sentence of each list item of a results part (of each paragraph if it has none)."""
    if row is None:
        return []
    inside = blocks[(blocks["start"] >= row.start) & (blocks["end"] <= row.end)]
    kind = "list_item" if (inside["kind"] == "list_item").any() else "paragraph"
    return [s[0] for b in inside[inside["kind"] == kind].itertuples(index=False) if (s := sentences(b.text, b.start))]


def starter_annotation(doc: Document, n_claims: int = STARTER_CLAIMS) -> dict:
    """A starting annotation of ``doc`` in the schema of :mod:`tahqiq.argument.model`.

    ``problem``, ``questions``, ``hypothesis`` and ``method`` come from the detected parts (the
    first sentence of each; questions: the problem or questions part's list items, or its
    sentences holding a question mark); ``structure`` lists the titles of the top-level
    headings in the text's main language (not the abstract or the references); the ``thesis`` is the first sentence of the conclusion
    (else of the abstract, else the top candidate); the top ``n_claims`` candidates are the
    claims ``c1``…, their ``evidence.citations`` the citations inside the sentence (a source's
    ``bib_id``, else the marker's text, as :func:`tahqiq.argument.anchor.citation_ids` accepts); the conclusions ``k1``… are the first sentences of the results part's list
    items (else its paragraphs, else the conclusion part's first sentence, else the last
    paragraph's), so that the starter validates. Every gloss is ``TODO: gloss``; relations are empty; the
    assessment's verdicts are null with a TODO note. Quotes are raw slices with their offsets.
    """
    blocks = segment(doc)
    parts = standard_parts(doc, blocks)
    lang = main_language(blocks)
    cands = claim_candidates(doc, blocks=blocks, parts=parts)

    def part(name: str):
        sel = parts[(parts["part"] == name) & (parts["lang"] == lang)]
        return next(sel.itertuples(index=False), None)

    def first(name: str) -> tuple[int, int] | None:
        row = part(name)
        spans = _part_sentences(doc, blocks, row) if row is not None else []
        return spans[0] if spans else None

    problem = first("problem")
    questions: list[tuple[int, int]] = []
    for name in ("questions", "problem"):
        row = part(name)
        if row is None or questions:
            continue
        items = blocks[(blocks["start"] >= row.start) & (blocks["end"] <= row.end) & (blocks["kind"] == "list_item")]
        questions = [s[0] for b in items.itertuples(index=False) if (s := sentences(b.text, b.start))]
        if not questions:
            questions = [s for s in _part_sentences(doc, blocks, row) if re.search("[?؟]", doc.raw[s[0]:s[1]])]
    hypothesis, method = first("hypothesis"), first("method")
    heads = blocks[(blocks["kind"] == "heading") & (blocks["level"] == 1)]
    structure = [_title(t) for t in heads["text"]
                 if language(t) == lang and _title(t) and not {"abstract", "references"} & set(heading_parts(_title(t)))]
    thesis = first("conclusion") or first("abstract")
    if thesis is None and len(cands):
        thesis = (int(cands["start"].iloc[0]), int(cands["end"].iloc[0]))
    if thesis is None:
        titles = blocks[blocks["kind"] == "title"]
        row = titles.iloc[0] if len(titles) else blocks.iloc[0]
        thesis = (int(row["start"]), int(row["end"]))
    conclusions = _conclusions(doc, blocks, part("results")) or [s for s in (first("conclusion"),) if s]
    if not conclusions:
        last = blocks[blocks["kind"] == "paragraph"].tail(1)
        conclusions = [s[0] for b in last.itertuples(index=False) if (s := sentences(b.text, b.start))]

    cites = extract_citations(doc)
    cite_rows = list(zip(cites["start"].tolist(), cites["end"].tolist(), cites["bib_id"].tolist(), cites["text"].tolist()))
    claims = []
    for i, r in enumerate(cands.head(n_claims).itertuples(index=False), 1):
        section = "(before the first heading)" if pd.isna(r.section) else r.section
        cited = [bib if isinstance(bib, str) else text for a, b, bib, text in cite_rows if r.start <= a and b <= r.end]
        claims.append({"id": f"c{i}", **_quoted(doc, (r.start, r.end), type=r.type_guess, section=section,
                                                evidence={"citations": list(dict.fromkeys(cited)), "findings": []})})
    problem_text = (f"TODO: state the research problem in English. The text: {doc.raw[problem[0]:problem[1]]}"
                    if problem else "TODO: state the research problem in English (no part of the text declares it).")
    return {
        "work": doc.slug or Path(doc.name).stem,
        "text": doc.name,
        "problem": problem_text,
        "questions": [{"id": f"q{i}", **_quoted(doc, s)} for i, s in enumerate(questions, 1)],
        "hypothesis": _quoted(doc, hypothesis) if hypothesis else None,
        "method": _quoted(doc, method) if method else None,
        "structure": structure,
        "thesis": _quoted(doc, thesis),
        "claims": claims,
        "relations": [],
        "conclusions": [{"id": f"k{i}", **_quoted(doc, s, rests_on=[], answers=[])}
                        for i, s in enumerate(conclusions, 1)],
        "assessment": {
            "answers_questions": {"verdict": None, "note": "TODO: do the conclusions answer the questions?"},
            "hypothesis_confirmed": {"verdict": None, "note": "TODO: is the stated hypothesis confirmed?"},
            "deciding_claims": [],
        },
    }


def starter_yaml(doc: Document, n_claims: int = STARTER_CLAIMS) -> str:
    """:func:`starter_annotation` as YAML text, with the explanatory header comment."""
    data = starter_annotation(doc, n_claims)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096, default_flow_style=False)
    return STARTER_HEADER.format(work=data["work"], text=data["text"], todo=TODO_GLOSS) + marker_line(body) + body


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_starter(doc: Document, path: str | Path | None = None, force: bool = False,
                  root: str | Path | None = None, n_claims: int = STARTER_CLAIMS) -> Path:
    """Write the starter annotation of ``doc`` and return its path.

    ``path`` defaults to ``data/annotations/<slug>.yml`` under ``root`` (the project root); a
    text outside the catalogue needs an explicit ``path``. An existing file is replaced only if
    it is a starter nobody has edited (:func:`tahqiq.argument.draft.untouched`: ``tahqiq add``
    wrote it, then ``tahqiq annotate`` refreshes it), or with ``force``: an edited file always wins.
    """
    if path is None:
        if not doc.slug:
            raise TahqiqError(doc.path, "is not in the catalogue: add it with `tahqiq add` first, or name the output file")
        path = annotation_path(doc.slug, root)
    path = Path(path)
    if path.exists() and not force:
        try:
            old = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            old = ""
        if not untouched(old):
            raise TahqiqError(path, "exists and has been edited; the edited file always wins — "
                                    "use --force to overwrite it (your edits are lost)")
    write_atomic(path, starter_yaml(doc, n_claims))
    return path
