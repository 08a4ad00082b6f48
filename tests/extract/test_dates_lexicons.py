"""The dates extractor reads its words from the language data (``tahqiq/lang``): a new spelling in
a copy of the folder reaches it after :func:`tahqiq.lang.reload`."""

import shutil

import pytest
import yaml

from tahqiq import lang
from tahqiq.errors import TahqiqError
from tahqiq.extract.dates import dates_from_string


@pytest.fixture
def lang_copy(tmp_path, monkeypatch):
    folder = tmp_path / "lang"
    shutil.copytree(lang.HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("TAHQIQ_LANG_DIR", str(folder))
    yield folder
    monkeypatch.delenv("TAHQIQ_LANG_DIR")
    lang.reload()


def _add_spelling(folder, spelling, month):
    path = folder / "months.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"]["misspellings"][spelling] = month
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_new_month_spelling_reaches_the_extractor(lang_copy):
    s = "وصل الوفد في 12 فبرابر 2020 إلى العاصمة."
    before = dates_from_string(s)
    assert "2020-02-12" not in set(before["start_date"])
    _add_spelling(lang_copy, "فبرابر", 2)
    lang.reload()
    after = dates_from_string(s)
    row = after[after["start_date"] == "2020-02-12"]
    assert len(row) == 1 and row.iloc[0]["text"] == "12 فبرابر 2020" and row.iloc[0]["type"] == "date"


def test_the_original_folder_is_read_again_after_reload(lang_copy):
    _add_spelling(lang_copy, "فبرابر", 2)
    lang.reload()
    assert len(dates_from_string("12 فبرابر 2020").query("type == 'date'")) == 1
    assert lang.folder() == lang_copy


def test_a_broken_lexicon_is_named(lang_copy):
    (lang_copy / "time.yml").write_text("description: x\nentries: [", encoding="utf-8")
    lang.reload()  # never fails in another stage's reload: the dates' tables are rebuilt when used
    with pytest.raises(TahqiqError, match="time.yml"):
        dates_from_string("في 12 فبراير 2020")
