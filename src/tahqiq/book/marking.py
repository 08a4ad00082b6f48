"""Marking a student's answer to an exercise (:func:`mark`): what is right, missing or wrong,
with the evidence, in the exercise's language (``Exercise.lang``: the words of the Arabic
edition's exercises and of a notebook written with ``tahqiq exercises --lang ar`` are Arabic;
the strings are ``marking.*`` of ``src/tahqiq/lang/ui.yml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from . import render, strings
from ..errors import TahqiqError

RELATION_TYPES = ("supports", "attacks", "elaborates")


def _m(sid: str, lang: str, **values) -> str:
    return strings.text(f"marking.{sid}", lang).format(**values)


@dataclass
class Marking:
    """What :func:`mark` says: ``ok``, and lines of what is right, missing or wrong, with evidence."""

    exercise: str
    ok: bool
    right: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    marked: bool = True  # False for an open question
    lang: str = "en"

    def __str__(self) -> str:
        state = "not_marked" if not self.marked else "ok" if self.ok else "not_yet"
        lines = [f"{self.exercise}: " + _m(state, self.lang)]
        for name, items in (("right", self.right), ("missing", self.missing), ("wrong", self.wrong),
                            ("evidence", self.evidence)):
            lines += [f"  {_m('line.' + name, self.lang)}: {x}" for x in items]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        d = ' dir="rtl" lang="ar"' if self.lang == "ar" else ' dir="ltr"'
        return f'<pre class="tq-marking"{d}>{render.esc(str(self))}</pre>'


def _years(answer) -> tuple[int, int] | None:
    if isinstance(answer, int) and not isinstance(answer, bool):
        return answer, answer
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–/]|to)?\s*(\d{4})?\s*", str(answer or ""))
    if not m:
        return None
    return int(m[1]), int(m[2] or m[1])


def parse_relations(answer) -> list[tuple[str, str, str]]:
    """``[(source, type, target)]`` from YAML lines ``- c3 supports c1`` (or a list of such strings
    or of ``[source, type, target]``)."""
    if isinstance(answer, str):
        try:
            answer = yaml.safe_load(answer)
        except yaml.YAMLError as exc:
            raise TahqiqError(None, f"the answer is not YAML: {str(exc).splitlines()[0]}") from None
    out = []
    for item in answer or []:
        parts = item.split() if isinstance(item, str) else list(item)
        if len(parts) != 3 or parts[1] not in RELATION_TYPES:
            raise TahqiqError(None, f"cannot read the relation {item!r}: write SOURCE TYPE TARGET, the type one "
                                    f"of {', '.join(RELATION_TYPES)}")
        out.append((str(parts[0]), str(parts[1]), str(parts[2])))
    return out


def mark(ex, answer) -> Marking:
    """Mark ``answer`` to the exercise ``ex`` (see :mod:`tahqiq.book.exercises` for the answer of
    each kind), in ``ex.lang``."""
    k, lang = ex.key, getattr(ex, "lang", "en") or "en"
    if k is None:
        return Marking(ex.id, False, evidence=[_m("open", lang)], marked=False, lang=lang)
    if ex.kind == "conflict":
        given = [str(a) for a in (answer or [])]
        unknown = [a for a in given if a not in k["labels"]]
        hit = [s for s in k["sets"] if set(s) & set(given)]
        right = [f"{a} «{k['labels'][a]}»" for a in given if any(a in s for s in k["sets"])]
        wrong = [_m("conflict.not_one", lang, label=a, text=k["labels"][a]) for a in given if a in k["labels"]
                 and not any(a in s for s in k["sets"])] + [_m("conflict.no_label", lang, label=a) for a in unknown]
        missing = [] if len(hit) == len(k["sets"]) else [_m("conflict.missing", lang, n=len(k["sets"]) - len(hit))]
        ok = not wrong and not missing
        message = (k.get("message_ar") or k["message"]) if lang == "ar" else k["message"]
        ev = [_m("conflict.finding", lang, id=k["finding"], message=message)] if ok else []
        return Marking(ex.id, ok, right, missing, wrong, ev, lang=lang)
    if ex.kind == "year":
        got = _years(answer)
        want = (k["first"], k["last"])
        span = f"{want[0]}" if want[0] == want[1] else f"{want[0]}-{want[1]}"
        if got is None:
            return Marking(ex.id, False, missing=[_m("year.missing", lang)], lang=lang)
        ok = got == want
        ev = [_m("year.evidence", lang, phrase=k["phrase"], span=span, anchor=k["anchor"])] if ok else []
        wrong = [] if ok else [_m("year.early" if got < want else "year.late", lang, got=f"{got[0]}-{got[1]}")]
        return Marking(ex.id, ok, [span] if ok else [], [], wrong, ev, lang=lang)
    if ex.kind == "map":
        given = set(parse_relations(answer))
        want = set(map(tuple, k["relations"]))
        g = k.get("quotes") or k["glosses"] if lang == "ar" else k["glosses"]  # the author's words on the Arabic edition
        fmt = lambda r: f"{r[0]} {r[1]} {r[2]}"  # noqa: E731
        right = [fmt(r) for r in sorted(given & want)]
        missing = [_m("map.missing", lang, a=r[0], b=r[2]) for r in sorted(want - given)]
        wrong = [fmt(r) + (_m("map.recorded", lang, rel=next(fmt(w) for w in want if {w[0], w[2]} == {r[0], r[2]}))
                           if any({w[0], w[2]} == {r[0], r[2]} for w in want) else "")
                 for r in sorted(given - want)]
        ev = [f"{c}: {g[c]}" for c in sorted({x for r in given | want for x in (r[0], r[2]) if x in g})]
        return Marking(ex.id, not missing and not wrong, right, missing, wrong, ev, lang=lang)
    raise TahqiqError(None, f"unknown exercise kind {ex.kind!r}")
