"""read_yaml uses libyaml's safe loader when PyYAML has it: the lexicons and curated files read the
same as with the pure-Python loader, and a broken file still names its line."""

from pathlib import Path

import pytest
import yaml

from tahqiq.corpus import yamlfile
from tahqiq.errors import TahqiqError

ROOT = Path(__file__).resolve().parents[2]


def test_fast_loader_reads_every_curated_file_the_same():
    files = sorted((ROOT / "src/tahqiq/lang").glob("*.yml")) + sorted((ROOT / "data").rglob("*.yml"))
    assert files
    for f in files:
        assert yamlfile.read_yaml(f) == yaml.safe_load(f.read_text(encoding="utf-8")), f


def test_broken_yaml_names_its_line(tmp_path):
    p = tmp_path / "bad.yml"
    p.write_text("description: x\nentries:\n  - [unclosed\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="broken YAML at line"):
        yamlfile.read_yaml(p)
