"""The catalogue, checksums, target resolution and every kind of bad input."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tahqiq.corpus.catalogue import Catalogue, load_path, resolve
from tahqiq.errors import TahqiqError

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def test_raw_texts_are_the_shared_corpus_byte_for_byte(root):
    """The shipped corpus: its five texts come first (texts a student adds get the next numbers)."""
    raw = sorted((root / "data" / "raw").glob("*.txt"))[:5]
    assert [p.name for p in raw] == [
        "000_01ec08bd9cfc9a25.txt", "001_cec83860dcd66baf.txt", "002_2d1ec8e4ea1e451a.txt",
        "003_8f9aa99e65f36d18.txt", "004_2bb25243eaff52f7.txt",
    ]
    if SHARED.is_dir():
        for p in raw:
            assert p.read_bytes() == (SHARED / p.name).read_bytes()


def test_catalogue_works_and_witnesses(catalogue):
    """The shipped works come first, in this order (a student's added works follow them)."""
    shipped = ["salman-2025", "mahmoud-2023", "putin-beijing-2024", "avdaliani-2025"]
    assert catalogue.slugs[:4] == shipped
    salman = catalogue.work("salman-2025")
    assert [t.file[:3] for t in salman.texts] == ["000", "001"]
    assert salman.base_text.startswith("000")
    assert salman.text().witness == "A" and salman.text("B").file.startswith("001")
    for w in catalogue:
        assert w.title["ar"] or w.title["en"]
        assert w.slug not in shipped or (w.title["ar"] and w.title["en"])
        for t in w.texts:
            assert hashlib.sha256((catalogue.raw_dir / t.file).read_bytes()).hexdigest() == t.sha256


@pytest.mark.parametrize(
    "target, expected",
    [("salman-2025", "000"), ("salman-2025:B", "001"), ("001", "001"), ("002_2d1ec8e4ea1e451a.txt", "002"),
     ("avdaliani-2025", "004")],
)
def test_resolve_targets(catalogue, target, expected):
    d = resolve(target, catalogue)
    assert d.name.startswith(expected)
    assert d.slug is not None and d.raw


def test_resolve_a_path(tmp_path):
    p = tmp_path / "new.txt"
    p.write_text("مقال جديد عن العلاقات الروسية الصينية عام ٢٠٢٤", encoding="utf-8")
    d = resolve(str(p))
    assert d.slug is None and d.form == "plain" and d.raw.startswith("مقال")


# ----------------------------------------------------------------------------- bad input


def copy_project(root: Path, dest: Path) -> Path:
    shutil.copytree(root / "data", dest / "data")
    return dest


def test_unknown_article_id(catalogue):
    with pytest.raises(TahqiqError, match="unknown article id 'nope'.*salman-2025"):
        catalogue.load("nope")


def test_unknown_witness(catalogue):
    with pytest.raises(TahqiqError, match="no witness 'C'"):
        catalogue.load("salman-2025", "C")


def test_missing_empty_binary_and_cp1256_files(tmp_path):
    with pytest.raises(TahqiqError, match="no such file"):
        load_path(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(TahqiqError, match="empty.txt: the file is empty"):
        load_path(tmp_path / "empty.txt")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    with pytest.raises(TahqiqError, match="empty"):
        load_path(tmp_path / "blank.txt")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(TahqiqError, match="img.png: the file is binary"):
        load_path(tmp_path / "img.png")
    (tmp_path / "win.txt").write_bytes("العلاقات الروسية الصينية منذ عام 2022".encode("cp1256"))
    with pytest.raises(TahqiqError, match="win.txt: the file is not UTF-8.*Windows-1256"):
        load_path(tmp_path / "win.txt")
    (tmp_path / "latin.txt").write_bytes("café crème".encode("latin-1"))
    with pytest.raises(TahqiqError, match="not UTF-8") as e:
        load_path(tmp_path / "latin.txt")
    assert "Windows-1256" not in str(e.value)


def test_wrong_checksum(root, tmp_path):
    proj = copy_project(root, tmp_path)
    p = proj / "data" / "raw" / "003_8f9aa99e65f36d18.txt"
    p.chmod(0o644)
    p.write_bytes(p.read_bytes() + b"\n")
    cat = Catalogue(proj)
    with pytest.raises(TahqiqError, match=r"003_8f9aa99e65f36d18.txt: checksum mismatch"):
        cat.load("putin-beijing-2024")


def _edit_catalogue(proj: Path, edit) -> None:
    path = proj / "data" / "articles.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda d: d["works"][1].pop("author"), "work 'mahmoud-2023': missing field 'author'"),
        (lambda d: d["works"][0]["texts"][1].pop("sha256"), "missing field 'texts.1.sha256'"),
        (lambda d: d["works"][2].update(slug="salman-2025"), "duplicate slug"),
        (lambda d: d["works"][3]["texts"][0].update(form="scanned"), "field 'texts.0.form' must be one of 'pdf-text', .* not 'scanned'"),
        (lambda d: d["works"][3].update(base_text="x.txt"), "field 'base_text': 'x.txt' is not one of its texts"),
        # dates are validated as `tahqiq add` validates them
        (lambda d: d["works"][0].update(date_published="30/06/2025"),
         "work 'salman-2025': field 'date_published': '30/06/2025' is not a date \\(YYYY, YYYY-MM or YYYY-MM-DD\\)"),
        (lambda d: d["works"][1].update(date_published="2023-02-30"), "field 'date_published': '2023-02-30' is not a date"),
        (lambda d: d["works"][2]["texts"][0].update(retrieved="May 2024"),
         "field 'texts.0.retrieved': 'May 2024' is not a date"),
    ],
)
def test_bad_catalogue_entries(root, tmp_path, edit, message):
    proj = copy_project(root, tmp_path)
    _edit_catalogue(proj, edit)
    with pytest.raises(TahqiqError, match=message) as e:
        Catalogue(proj)
    assert "articles.yml" in str(e.value)


def test_broken_yaml(root, tmp_path):
    proj = copy_project(root, tmp_path)
    (proj / "data" / "articles.yml").write_text("works:\n  - slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"articles.yml: broken YAML at line \d+"):
        Catalogue(proj)


def run_cli(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "tahqiq.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


def test_cli_bad_input_is_one_line_without_traceback(tmp_path):
    (tmp_path / "win.txt").write_bytes("العلاقات الروسية الصينية".encode("cp1256"))
    for args, needle in [
        (["blocks", "no-such-work"], "unknown article id or file"),
        (["blocks", str(tmp_path / "missing.txt")], "missing.txt: no such file"),
        (["blocks", str(tmp_path / "win.txt")], "Windows-1256"),
        (["blocks", "salman-2025", "--witness", "Z"], "no witness 'Z'"),
    ]:
        r = run_cli(*args)
        assert r.returncode == 2, (args, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("tahqiq: error:"), r.stderr
        assert "Traceback" not in r.stderr


def test_cli_debug_shows_traceback():
    r = run_cli("--debug", "blocks", "no-such-work")
    assert r.returncode == 2 and "Traceback" in r.stderr


def test_cli_checksum_error_names_the_file(root, tmp_path):
    import os

    proj = copy_project(root, tmp_path)
    p = proj / "data" / "raw" / "004_2bb25243eaff52f7.txt"
    p.chmod(0o644)
    p.write_bytes(b"tampered")
    r = run_cli("catalogue", env={**os.environ, "TAHQIQ_ROOT": str(proj)})
    assert r.returncode == 2
    assert "004_2bb25243eaff52f7.txt: checksum mismatch" in r.stderr and "Traceback" not in r.stderr


def test_cli_help_lists_commands():
    r = run_cli("--help")
    assert r.returncode == 0
    for cmd in ("build", "catalogue", "blocks", "outline", "extract"):
        assert cmd in r.stdout


# --------------------------------------------------------------------------- encodings and byte-order marks

SAMPLE = "العلاقات الروسية الصينية منذ عام 2022\nRussian-Chinese relations since 2022\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_bom_marked_encodings_are_read(tmp_path, codec):
    """A file that begins with a UTF-16 or UTF-32 byte-order mark is decoded in that encoding."""
    from tahqiq.text.normtext import bom_encoding

    p = tmp_path / "a.txt"
    mark = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    p.write_bytes(mark + SAMPLE.encode(codec))
    assert bom_encoding(p.read_bytes()) is not None
    assert load_path(p).raw == SAMPLE  # the mark is not part of the text


@pytest.mark.parametrize("codec, name", [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_utf16_without_a_mark_is_named_with_a_fix(tmp_path, codec, name):
    p = tmp_path / "nobom.txt"
    p.write_bytes(SAMPLE.encode(codec))
    with pytest.raises(TahqiqError, match=rf"nobom.txt: the file looks like {name} text without a byte-order mark, "
                                          rf"not UTF-8: convert it with `iconv -f {name} -t UTF-8 FILE > FILE.utf8.txt`"):
        load_path(p)


def test_utf8_bom_kept_for_offsets_and_ignored_for_identity(tmp_path):
    from tahqiq.text.normtext import clean_label, text_identity

    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"))
    raw = load_path(p).raw
    assert raw == "\ufeff" + SAMPLE  # offsets count the mark, as the raw file holds it
    assert text_identity(raw) == text_identity(SAMPLE) == text_identity(SAMPLE.encode("utf-16").decode("utf-16"))
    assert text_identity(SAMPLE + " ") != text_identity(SAMPLE)
    assert clean_label("\ufeffعنوان المقال\u200f ") == "عنوان المقال"
    assert clean_label("\ufeff The title") == "The title"
    (tmp_path / "only.txt").write_bytes(b"\xef\xbb\xbf \n")
    with pytest.raises(TahqiqError, match="only.txt: the file is empty"):
        load_path(tmp_path / "only.txt")
