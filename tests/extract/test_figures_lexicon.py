"""The figures extractor reads its words from the language files, and a copied folder with one more
word reaches it after :func:`tahqiq.lang.reload`."""

from __future__ import annotations

import shutil

import pytest
import yaml

from tahqiq import lang
from tahqiq.extract.figures import figures_from_string
from tahqiq.extract.numerals import words_value


@pytest.fixture
def lang_copy(tmp_path, monkeypatch):
    folder = tmp_path / "lang"
    shutil.copytree(lang.HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("TAHQIQ_LANG_DIR", str(folder))
    lang.reload()
    yield folder
    monkeypatch.delenv("TAHQIQ_LANG_DIR", raising=False)
    lang.reload()


def _edit(folder, name, edit):
    path = folder / f"{name}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data["entries"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lang.reload()


@pytest.mark.parametrize("name", ["numbers", "units", "counted_nouns", "figure_cues"])
def test_lexicons_load(name):
    assert lang.lexicon(name)


def test_new_currency_in_a_copied_folder(lang_copy):
    s = "دفعت الشركة 40 روبية"
    assert figures_from_string(s).unit.tolist() != ["INR"]
    _edit(lang_copy, "units", lambda e: e["currencies"].setdefault("INR", []).append("روبية"))
    got = figures_from_string(s)
    assert got[["text", "value", "unit", "type"]].values.tolist() == [["40 روبية", 40.0, "INR", "money"]]


def test_new_number_word_in_a_copied_folder(lang_copy):
    assert words_value("دزينه") is None
    _edit(lang_copy, "numbers", lambda e: e["cardinals"].setdefault(12, []).append("دزينه"))
    assert words_value("دزينه") == (12, False)


def test_back_to_the_package_folder_after_reload(lang_copy, monkeypatch):
    _edit(lang_copy, "units", lambda e: e["currencies"].setdefault("INR", []).append("روبية"))
    assert figures_from_string("40 روبية").unit.tolist() == ["INR"]
    monkeypatch.delenv("TAHQIQ_LANG_DIR")
    lang.reload()
    assert figures_from_string("40 روبية").unit.tolist() != ["INR"]
