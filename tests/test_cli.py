"""The command line: every subcommand explains itself, and --debug works after the subcommand too."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tahqiq.cli import build_parser, main


def _subcommands():
    p = build_parser()
    sub = next(a for a in p._actions if a.dest == "command")
    return sub.choices


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_subcommand_help_has_a_description_and_an_example(name, capsys):
    with pytest.raises(SystemExit) as e:
        main([name, "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    sp = _subcommands()[name]
    assert sp.description and " ".join(sp.description.split()) in " ".join(out.split())
    assert "example" in out and f"\n  tahqiq {name}" in out, out


def test_debug_is_accepted_after_the_subcommand(tmp_path):
    missing = tmp_path / "missing.txt"
    for argv in (["--debug", "findings", str(missing)], ["findings", str(missing), "--debug"]):
        r = subprocess.run([sys.executable, "-m", "tahqiq.cli", *argv], capture_output=True, text=True)
        assert r.returncode == 2
        assert "Traceback" in r.stderr and f"tahqiq: error: {missing}: no such file" in r.stderr
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "findings", str(missing)], capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr == f"tahqiq: error: {missing}: no such file\n"
