"""Number words read once per phrase (numerals.words_value keeps its answers): the same answers as
reading the tables each time, and a new word in a copy of the language folder reaches them after
:func:`tahqiq.lang.reload`."""

import shutil

import pytest
import yaml

from tahqiq import lang
from tahqiq.extract import numerals

PHRASES = ["خمسه وعشرين", "الحادي والعشرين", "اثنا عشر", "ثلاث مئه", "ثلاثه", "الثالث", "العشرين", "كتاب",
           "خمسه و عشرين", "  سبعه  ", "", "ثلاث مائه وخمسين", "مئه", "الخامسه والسبعين", "ستون"]


def test_the_same_answers_as_the_tables_read_each_time():
    for _ in range(2):  # (asked again: the kept answers)
        for p in PHRASES:
            assert numerals.words_value(p) == numerals._words_value(p)
    assert numerals.words_value("خمسه وعشرين") == (25, False)
    assert numerals.words_value("كتاب") is None


def test_full_memo_is_emptied(monkeypatch):
    monkeypatch.setattr(numerals, "_VALUES_MAX", 3)
    numerals._VALUES.clear()
    for p in PHRASES:
        assert numerals.words_value(p) == numerals._words_value(p)
        assert len(numerals._VALUES) <= 3


@pytest.fixture
def lang_copy(tmp_path, monkeypatch):
    folder = tmp_path / "lang"
    shutil.copytree(lang.HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("TAHQIQ_LANG_DIR", str(folder))
    yield folder
    monkeypatch.delenv("TAHQIQ_LANG_DIR")
    lang.reload()
    assert numerals.words_value("ربعتعش") is None


def test_a_new_cardinal_reaches_the_answers_after_reload(lang_copy):
    assert numerals.words_value("ربعتعش") is None  # (kept: asked before the new word)
    path = lang_copy / "numbers.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    key = next(k for k in data["entries"]["cardinals"] if int(k) == 4)
    data["entries"]["cardinals"][key].append("ربعتعش")
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lang.reload()
    assert numerals.words_value("ربعتعش") == (4, False)
