"""A papermill parameter the template does not know is an error naming it and the known ones."""

from __future__ import annotations

import re

import nbformat
import papermill as pm
import pytest

from tahqiq.book import parameters
from tahqiq.errors import TahqiqError


def test_unknown_parameter_named_with_the_known_ones():
    ns = {"article_id": "x", "articel_id": "mahmoud-2023", "In": [], "_": None}
    with pytest.raises(TahqiqError, match=re.escape(
            "notebooks/article.ipynb: unknown parameter 'articel_id' (did you mean 'article_id'?); "
            "the known parameters are article_id, witness, text_path")):
        parameters.check(ns, ("article_id", "witness", "text_path"), "notebooks/article.ipynb")
    parameters.check({"article_id": "x", "witness": None}, ("article_id", "witness", "text_path"), "t.ipynb")
    with pytest.raises(TahqiqError, match="unknown parameters 'colour', 'zzz'; the known parameters are none"):
        parameters.check({"zzz": 1, "colour": 2}, (), "t.ipynb")


TEMPLATES = ["article", "comparison", "corpus", "crosswork", "exercises", "glossary", "guides", "syllabus",
             "validity"]


def test_every_template_is_listed(root):
    assert sorted(p.stem for p in (root / "notebooks").glob("*.ipynb")) == TEMPLATES


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_check_their_own_parameters(root, name):
    """The names a template checks are exactly those of its parameters cell, and every template
    takes the edition's language (``lang``, English by default)."""
    path = root / "notebooks" / f"{name}.ipynb"
    declared = set(pm.inspect_notebook(str(path)))
    assert "lang" in declared
    assert pm.inspect_notebook(str(path))["lang"]["default"] == '"en"'
    nb = nbformat.read(path, as_version=4)
    calls = [c.source for c in nb.cells if "_parameters.check(globals()" in c.source]
    assert len(calls) == 1
    checked = set(re.findall(r'"(\w+)"', calls[0].split("check(globals(), (", 1)[1].split(")", 1)[0]))
    assert checked == declared


def test_papermill_typo_stops_the_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"},
        "language_info": {"name": "python"}})
    nb.cells = [nbformat.v4.new_code_cell('article_id = "a"', metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell('import tahqiq.book.parameters as _parameters\n'
                                          '_parameters.check(globals(), ("article_id",), "t.ipynb")')]
    src = tmp_path / "t.ipynb"
    nbformat.write(nb, src)
    pm.execute_notebook(str(src), str(tmp_path / "ok.ipynb"), parameters={"article_id": "b"}, progress_bar=False,
                        kernel_name="python3")
    with pytest.raises(pm.PapermillExecutionError, match="unknown parameter 'articel_id'"):
        pm.execute_notebook(str(src), str(tmp_path / "bad.ipynb"), parameters={"articel_id": "b"},
                            progress_bar=False, kernel_name="python3")
