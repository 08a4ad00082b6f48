"""The lexicons kept parsed in the cache folder: the same entries as the YAML, refreshed when the file changes."""

import shutil

import pytest

from tahqiq import lang
from tahqiq.corpus.yamlfile import read_yaml
from tahqiq.errors import TahqiqError


@pytest.fixture
def copy(tmp_path, monkeypatch):
    src = tmp_path / "lang"
    shutil.copytree(lang.HERE, src, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("TAHQIQ_LANG_DIR", str(src))
    monkeypatch.setenv("TAHQIQ_CACHE", str(tmp_path / "cache"))
    lang.reload()
    yield src
    monkeypatch.undo()
    lang.reload()


def test_cached_lexicon_is_the_yaml(copy, tmp_path):
    first = lang.lexicon("months")
    assert list((tmp_path / "cache").glob("lexicon-months-*.marshal"))
    lang.reload()
    again = lang.lexicon("months")  # read back from the cache
    assert again == first == read_yaml(copy / "months.yml")["entries"]


def test_a_changed_file_is_read_again(copy, tmp_path):
    lang.lexicon("stopwords")
    path = copy / "stopwords.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    lang.reload()
    assert lang.lexicon("stopwords") == read_yaml(path)["entries"]
    assert len(list((tmp_path / "cache").glob("lexicon-stopwords-*.marshal"))) == 1  # the old one removed


def test_missing_and_off(copy, monkeypatch):
    with pytest.raises(TahqiqError, match="no such lexicon"):
        lang.lexicon("nonexistent")
    monkeypatch.setenv("TAHQIQ_CACHE", "off")
    lang.reload()
    assert lang.lexicon("months") == read_yaml(copy / "months.yml")["entries"]
