"""environment.yml (conda) and pyproject.toml describe the same environment."""

from __future__ import annotations

import re
import tomllib

import yaml


def _req(spec: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", spec)
    name, ver = m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")
    return name, ",".join(sorted(ver.split(","))) if ver else ""


def test_environment_yml_matches_pyproject(root):
    pyproject = tomllib.loads((root / "pyproject.toml").read_text())
    project = pyproject["project"]
    wanted = dict(_req(s) for s in project["dependencies"] + project["optional-dependencies"]["test"])
    env = yaml.safe_load((root / "environment.yml").read_text())
    conda = dict(_req(s) for s in env["dependencies"] if isinstance(s, str) and not s.startswith(("python", "pip")))
    assert conda == wanted
    py = next(s for s in env["dependencies"] if isinstance(s, str) and s.startswith("python"))
    assert py == "python>=3.11,<3.14" and project["requires-python"] == ">=3.11,<3.14"


def test_jupyter_book_is_pinned_below_2(root):
    deps = tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    assert "jupyter-book>=1.0.4,<2" in deps


def test_ci_runs_the_readme_test_command(root):
    readme = (root / "README.md").read_text()
    ci = (root / ".ci" / "run").read_text()
    assert "make test" in readme and "make book" in readme
    runs = [line for line in ci.splitlines() if line.startswith("make ")]
    # the README's command on the oldest supported Python; the engine's tests on the newest
    assert [r.split()[:2] for r in runs] == [["make", "test"], ["make", "test-engine"]]
    assert "py 3.11" in runs[0] and "py 3.13" in runs[1]
    assert "make test-engine" in readme
    makefile = (root / "Makefile").read_text()
    # make test runs the engine's tests too: it depends on test-engine
    assert re.search(r"^test: test-engine$", makefile, re.M)
