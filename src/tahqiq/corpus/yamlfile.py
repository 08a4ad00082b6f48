"""Reading the curated YAML files of ``data/``: one clear error for every way they can be bad."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import TahqiqError
from ..text.normtext import decode_text


def read_yaml(path: str | Path, where: str | Path | None = None, list_key: str | None = None,
              missing: str = "no such file") -> dict:
    """A curated YAML file as a mapping.

    A missing, empty, binary or non-UTF-8 file, broken YAML (with its line), a top level that is
    not a mapping, or (with ``list_key``) no list under that key: each raises a
    :class:`TahqiqError` naming ``where`` (default: the path) and the problem.
    """
    p = Path(path)
    where = where or p
    if not p.is_file():
        raise TahqiqError(where, missing)
    try:
        data = yaml.safe_load(decode_text(p.read_bytes(), where))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TahqiqError(where, f"broken YAML{at}: {problem}") from None
    if not isinstance(data, dict):
        raise TahqiqError(where, "expected a mapping at the top level")
    if list_key and not isinstance(data.get(list_key), list):
        raise TahqiqError(where, f"expected a list under {list_key!r}")
    return data


def validate_entry(model, item, where: str | Path, entry: str):
    """``item`` (one entry of a curated file) validated by the pydantic ``model``; a problem raises
    one :class:`TahqiqError` naming the file, the entry and the field
    (``data/x.yml: economies[2] (RUB): field 'gdp': Input should be greater than 0``,
    ``data/triage.yml: verdicts[0]: missing field 'id'``). The one validator of curated entries:
    a loader states its schema as a pydantic model and lets this turn a problem into one line."""
    from pydantic import ValidationError

    if not isinstance(item, dict):
        raise TahqiqError(where, f"{entry}: expected a mapping, not {item!r}")
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(x) for x in err["loc"] if x != "[key]") or "?"
        if not err["loc"]:  # a rule of the whole entry (a model validator): its message names the fields
            problem = err["msg"]
        elif err["type"] == "missing" or (err["type"] == "string_too_short" and not err.get("input")):
            problem = f"missing field {field!r}"
        elif err["type"] == "extra_forbidden":
            problem = f"unknown field {field!r}"
        elif err["type"] == "literal_error":
            problem = f"field {field!r} must be one of {err['ctx']['expected']}, not {err.get('input')!r}"
        else:
            problem = f"field {field!r}: {err['msg']}"
        raise TahqiqError(where, f"{entry}: {problem}" if entry else problem) from None
