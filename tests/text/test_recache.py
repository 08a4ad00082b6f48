"""The compiled-pattern cache: a pattern rebuilt from the cached code is the pattern re compiles."""

import importlib
import re
import subprocess
import sys

import pytest

from tahqiq.text import recache

PATTERNS = [
    (r"(?<![\u0621-\u064A])(?P<y>\d{4})(?:\s*م)?", 0),
    (r"(?i:\bjanuary|february)\s+(?P<d>\d{1,2})", 0),
    (r"[^\S\n]+(?:من|على)[^\S\n]+(?!(?:الان|اليوم)(?![\u0621-\u064A]))", 0),
    (r"(a)|(?P<b>b)(?(1)x|y)", re.I | re.M),
    (r"\d+(?:,\d{3})*", re.ASCII),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("TAHQIQ_CACHE", str(tmp_path))
    mod = importlib.reload(recache)
    yield mod
    importlib.reload(recache)


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_same_pattern_as_re(fresh, pattern, flags):
    fresh.compile(pattern, flags)
    fresh.save()
    again = importlib.reload(fresh)  # a new run: the pattern comes from the file
    cp = again.compile(pattern, flags)
    assert (pattern, flags) in again._disk
    assert cp == re.compile(pattern, flags)  # same flags, pattern and code
    assert cp.groupindex == re.compile(pattern, flags).groupindex
    assert cp.groups == re.compile(pattern, flags).groups


def test_matches_are_the_same(fresh):
    text = "وقعت الحرب عام 1914 وانتهت في January 11 1918، ومن الان 2,500"
    for pattern, flags in PATTERNS:
        fresh.compile(pattern, flags)
    fresh.save()
    again = importlib.reload(fresh)
    for pattern, flags in PATTERNS:
        ours = [(m.span(), m.groups()) for m in again.compile(pattern, flags).finditer(text)]
        theirs = [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]
        assert ours == theirs


def test_broken_or_missing_file_falls_back(fresh, tmp_path):
    path = fresh.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not marshal data")
    again = importlib.reload(fresh)
    assert again.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]
    again.save()  # replaces the broken file with a good one
    cached = importlib.reload(again)._read(path)
    assert list(cached) == [(r"\d+", 0)] and again._args(cached[(r"\d+", 0)]) == again._code(r"\d+", 0)


def test_wrong_code_in_file_is_recompiled(fresh):
    fresh._disk = {(r"\d+", 0): (0, [999, 999], 0, {}, (None,))}
    assert fresh.compile(r"\d+").findall("x 7 y 88") in (["7", "88"],)


def test_off_and_errors(monkeypatch):
    monkeypatch.setenv("TAHQIQ_CACHE", "off")
    mod = importlib.reload(recache)
    try:
        assert mod.cache_file() is None
        assert mod.compile(r"\w+").findall("ab cd") == ["ab", "cd"]
        with pytest.raises(re.error):
            mod.compile("(")
        assert mod.escape is re.escape and mod.Pattern is re.Pattern  # it stands in for re
    finally:
        monkeypatch.delenv("TAHQIQ_CACHE")
        importlib.reload(recache)


def test_written_at_exit_by_a_fresh_process(tmp_path):
    code = "from tahqiq.text import recache; recache.compile(r'(?P<n>\\d+)年')"
    env = {"TAHQIQ_CACHE": str(tmp_path), "PATH": ""}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    files = list(tmp_path.glob("re-*.marshal"))
    assert len(files) == 1 and (r"(?P<n>\d+)年", 0) in recache._read(files[0])


def test_entries_are_read_lazily(fresh):
    """Each entry is kept marshalled until a run asks for its pattern (a large file reads fast)."""
    for pattern, flags in PATTERNS:
        fresh.compile(pattern, flags)
    fresh.save()
    again = importlib.reload(fresh)
    data = again._read(again.cache_file())
    assert all(isinstance(v, bytes) for v in data.values())
    assert again._args((0, [1], 0, {}, ())) == (0, [1], 0, {}, ())  # an older file's tuple still reads
    assert again._args(b"broken") is None


def test_source_is_built_once_then_read(fresh):
    calls = []

    def build():
        calls.append(1)
        return "(?:ab(?:c|d)|x)"

    assert fresh.source(("test", "v1", ("abc", "abd", "x")), build) == "(?:ab(?:c|d)|x)"
    fresh.save()
    again = importlib.reload(fresh)  # a new run: the text comes from the file, build is not called
    assert again.source(("test", "v1", ("abc", "abd", "x")), build) == "(?:ab(?:c|d)|x)"
    assert len(calls) == 1
    assert again.source(("test", "v2", ("abc", "abd", "x")), lambda: "other") == "other"  # another version


def test_trie_from_the_cache_is_the_trie_built(fresh):
    from tahqiq.text import patterns

    words = ("يناير", "يونيو", "يوليو", "كانون الثاني", "may", "march")
    built = patterns._build_trie(tuple(sorted(set(words))), r"\s+")
    patterns._trie.cache_clear()
    assert patterns.trie(words) == built
    fresh.save()
    importlib.reload(fresh)
    patterns._trie.cache_clear()
    assert patterns.trie(words) == built
    assert ("trie", patterns._version(), r"\s+", tuple(sorted(set(words)))) in fresh._disk
