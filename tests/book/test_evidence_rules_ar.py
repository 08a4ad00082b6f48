"""Every rule a detector can write into a finding's evidence has its Arabic (``evidence_ar.rules``
of ``lang/messages.yml``), so that the Arabic edition never shows a rule in English.

The rules are read from the detectors' source, not from the findings of the corpus (a rule that
no text of the corpus triggers yet is shown in English the day an article triggers it): every
value given to an evidence key ``rule`` (``{"rule": ...}`` or ``rule=...``), followed through the
forms the detectors build it with: a string, an f-string (its fields stand for any text: the
catalogue's ``{x}`` fields), ``a + b``, ``a if c else b``, a local name (every string assigned to
it in the module, alone or in a tuple) and ``TABLE[...]`` (every value of the module's dict)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from tahqiq.review.evidence_labels import rule_ar

CHECKS = Path(__file__).resolve().parents[2] / "src" / "tahqiq" / "checks"
FIELD = "X"


def _assigned(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """Each name of a module -> the expressions it can hold: ``a = x``; ``a, b = x, y``;
    ``a, b = f(...)`` (the tuples ``f`` returns); ``for a in ("x", "y")``; a parameter ``a`` of a
    function of the module (the arguments its calls pass, by position or by keyword)."""
    funcs = {f.name: f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    out: dict[str, list[ast.expr]] = {}

    def returns(name: str, i: int) -> list[ast.expr]:
        f = funcs.get(name)
        return [r.value.elts[i] for r in ast.walk(f) if isinstance(r, ast.Return)
                and isinstance(r.value, ast.Tuple) and len(r.value.elts) > i] if f else []

    for node in ast.walk(tree):
        pairs = []
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs += list(zip(target.elts, node.value.elts))
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Call) \
                        and isinstance(node.value.func, ast.Name):
                    pairs += [(t, r) for i, t in enumerate(target.elts) for r in returns(node.value.func.id, i)]
                else:
                    pairs.append((target, node.value))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            pairs.append((node.target, node.value))
        elif isinstance(node, ast.For) and isinstance(node.iter, (ast.Tuple, ast.List)):
            pairs += [(node.target, e) for e in node.iter.elts]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in funcs:
            params = [a.arg for a in funcs[node.func.id].args.args]
            pairs += list(zip((ast.Name(id=n) for n in params), node.args))
            pairs += [(ast.Name(id=k.arg), k.value) for k in node.keywords if k.arg in params]
        for target, value in pairs:
            if isinstance(target, ast.Name):
                out.setdefault(target.id, []).append(value)
    return out


def _strings(node: ast.expr, names: dict[str, list[ast.expr]], seen=frozenset()) -> list[str] | None:
    """Every string ``node`` can be (None when one form cannot be followed). A name that holds no
    string this test can see (a value computed elsewhere) stands for any text, as an f-string's field."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else FIELD for v in node.values)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _strings(node.left, names, seen), _strings(node.right, names, seen)
        return None if a is None or b is None else [x + y for x, y in itertools.product(a, b)]
    if isinstance(node, ast.IfExp):
        a, b = _strings(node.body, names, seen), _strings(node.orelse, names, seen)
        return None if a is None or b is None else a + b
    if isinstance(node, ast.Name):
        if node.id in seen:
            return []
        found = [s for v in names.get(node.id, []) for s in (_strings(v, names, seen | {node.id}) or [])]
        return [s for s in found if s] or [FIELD]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        found = []
        for v in names.get(node.value.id, []):
            if isinstance(v, ast.Dict):
                found += [s for x in v.values for s in (_strings(x, names, seen) or [])]
        return found or None
    return None


def detector_rules() -> list[tuple[str, int, str | None]]:
    """(module, line, rule) for every rule of the detectors (rule None: a form not followed)."""
    out = []
    for path in sorted(CHECKS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _assigned(tree)
        values = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                values += [v for k, v in zip(node.keys, node.values)
                           if isinstance(k, ast.Constant) and k.value == "rule"]
            elif isinstance(node, ast.Call):
                values += [k.value for k in node.keywords if k.arg == "rule"]
        for v in values:
            for s in sorted(set(_strings(v, names) or [None]), key=str):
                out.append((path.name, v.lineno, s))
    return out


RULES = detector_rules()


def test_the_rules_are_found():
    assert len({r for _, _, r in RULES if r}) >= 80


@pytest.mark.parametrize("module,line,rule", RULES, ids=[f"{m}:{n}" for m, n, _ in RULES])
def test_every_rule_of_a_detector_has_its_arabic(module, line, rule):
    assert rule is not None, f"{module}:{line}: a rule built in a form this test cannot follow"
    assert rule != FIELD, f"{module}:{line}: a rule this test cannot follow to its strings"
    assert rule_ar(rule) is not None, f"{module}:{line}: no Arabic for the rule {rule!r} (lang/messages.yml evidence_ar.rules)"


def test_a_collation_note_and_a_bibliography_section_in_evidence_read_in_arabic():
    """Seen by a scan of the Arabic pages for Latin words: a witness variant's evidence read «ملاحظة:
    a name differs: النهريين / النهدين», and the bibliography-sections finding's keys «الأقسام › العربية ›
    periodicals» (salman-2025, both witnesses). The English edition keeps them as written."""
    from tahqiq.book import render

    ev = {"class": "name", "note": "a name differs: النهريين / النهدين", "sections": {"ar": {"periodicals": 3}}}
    ar = render.evidence_table(ev, lang="ar")
    assert "a name differs" not in ar and "اسم مختلف:" in ar and "<bdi>النهريين / النهدين</bdi>" in ar
    assert "periodicals</th>" not in ar and 'title="sections.ar.periodicals"' in ar and "الدوريات</th>" in ar
    en = render.evidence_table(ev, lang="en")
    assert "a name differs: <bdi" in en and "sections.ar.periodicals</th>" in en
