"""`tahqiq add`: a new text lands byte for byte, is catalogued and verified, and nothing is half-written."""

from __future__ import annotations

import hashlib
import shutil

import pytest
import yaml

import tahqiq.corpus.add as add_mod
from tahqiq.corpus.add import add_article, derive_slug, detect_languages, transliterate
from tahqiq.argument.model import load_annotation
from tahqiq.corpus.catalogue import Catalogue
from tahqiq.errors import TahqiqError

ARTICLE = (
    "التقارب الروسي الصيني بعد عام ٢٠٢٢\n\n"
    "المقدمة\n\n"
    "شهدت العلاقات بين البلدين تطوراً كبيراً منذ عام ٢٠٢٢ بسبب العقوبات الغربية.\r\n\r\n"
    "فرضية البحث: تفترض الدراسة أن الشراكة قد تتحول إلى تحالف.\n\n"
    "الخاتمة\n\n"
    "يجب على الباحثين متابعة هذه الشراكة لأن أثرها كبير في النظام الدولي.\n"
)


@pytest.fixture
def project(tmp_path, root):
    """A temporary copy of the project's data; returns its root."""
    shutil.copytree(root / "data", tmp_path / "data")
    return tmp_path


def _state(project):
    """Every file under data/ with its bytes, to compare before and after a refused add."""
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted((project / "data").rglob("*"))
            if p.is_file()}


def _next(project) -> int:
    """The number the next added text gets: one more than the highest in data/raw/."""
    return max(int(p.name[:3]) for p in (project / "data" / "raw").glob("*.txt")) + 1


def _write(path, text: str):
    path.write_bytes(text.encode("utf-8"))
    return path


def test_add_copies_catalogues_and_annotates(project, tmp_path):
    src = _write(tmp_path / "mine.txt", ARTICLE)
    before = (project / "data" / "articles.yml").read_text(encoding="utf-8")
    number, works = _next(project), len(Catalogue(project))
    work = add_article(src, "التقارب الروسي الصيني بعد عام ٢٠٢٢", "غزلان محمود", date="2024-03",
                       title_en="Russian-Chinese rapprochement after 2022", root=project, retrieved="2026-11-01")
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    name = f"{number:03d}_{sha[:16]}.txt"
    assert work.slug == "mhmud-2024"
    assert work.base_text == name
    assert (project / "data" / "raw" / name).read_bytes() == src.read_bytes()  # byte for byte, CRLF kept
    after = (project / "data" / "articles.yml").read_text(encoding="utf-8")
    assert after.startswith(before)  # the existing text and comments are intact
    entry = yaml.safe_load(after)["works"][-1]
    assert entry == {
        "slug": "mhmud-2024",
        "title": {"ar": "التقارب الروسي الصيني بعد عام ٢٠٢٢", "en": "Russian-Chinese rapprochement after 2022"},
        "author": {"ar": "غزلان محمود", "en": None},
        "affiliation": {"ar": None, "en": None},
        "venue": None, "volume_issue": None, "date_published": "2024-03", "languages": ["ar"],
        "source_url": None, "licence": None, "notes": "Added with tahqiq add on 2026-11-01.",
        "base_text": name,
        "texts": [{"file": name, "sha256": sha, "form": "plain", "retrieved": "2026-11-01", "witness": "A"}],
    }
    cat = Catalogue(project)
    doc = cat.load("mhmud-2024")  # verifies the checksum
    assert doc.raw == src.read_bytes().decode("utf-8") and doc.form == "plain"
    assert len(cat) == works + 1
    ann = load_annotation("mhmud-2024", project)
    assert ann.text == name and ann.hypothesis.quote == "تفترض الدراسة أن الشراكة قد تتحول إلى تحالف."
    assert [c.type for c in ann.claims] == ["normative", "causal", "factual"]
    for item, _ in ann.quoted():
        assert doc.raw[item.start:item.end] == item.quote
    assert not [p for p in (project / "data").rglob("*.tmp")]


def test_add_english_author_and_next_numbers(project, tmp_path):
    n = _next(project)
    a = add_article(_write(tmp_path / "a.txt", ARTICLE), "A title", "Emil Smith", date="2021", root=project,
                    retrieved="2026-11-01")
    b = add_article(_write(tmp_path / "b.txt", ARTICLE + "\nنص آخر.\n"), "Another title", "John Smith", date="2021-05-02",
                    root=project, retrieved="2026-11-01")
    assert (a.slug, b.slug) == ("smith-2021", "smith-2021-2")
    assert a.title == {"ar": None, "en": "A title"} and a.author == {"ar": None, "en": "Emil Smith"}
    assert (a.base_text[:4], b.base_text[:4]) == (f"{n:03d}_", f"{n + 1:03d}_")
    assert Catalogue(project).slugs[-2:] == ["smith-2021", "smith-2021-2"]


def test_add_refuses_a_catalogued_text(project, root, tmp_path):
    state = _state(project)
    copy = tmp_path / "copy.txt"
    shutil.copyfile(root / "data" / "raw" / "003_8f9aa99e65f36d18.txt", copy)
    with pytest.raises(TahqiqError, match=r"already in the catalogue: 003_8f9aa99e65f36d18.txt, witness A of work "
                                          r"'putin-beijing-2024'") as e:
        add_article(copy, "عنوان", "كاتب", root=project)
    assert str(copy) in str(e.value)
    src = _write(tmp_path / "mine.txt", ARTICLE)
    add_article(src, "عنوان", "كاتب", root=project, retrieved="2026-11-01")
    state = _state(project)
    with pytest.raises(TahqiqError, match="already in the catalogue"):
        add_article(src, "عنوان آخر", "كاتب آخر", root=project)
    assert _state(project) == state


def test_add_refuses_bad_files_naming_them(project, tmp_path):
    state = _state(project)
    cp1256 = tmp_path / "arabic-1256.txt"
    cp1256.write_bytes("العلاقات الروسية الصينية منذ عام 2022".encode("cp1256"))
    with pytest.raises(TahqiqError, match="not UTF-8") as e:
        add_article(cp1256, "عنوان", "كاتب", root=project)
    assert str(e.value).startswith(str(cp1256))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(TahqiqError, match="empty"):
        add_article(empty, "عنوان", "كاتب", root=project)
    with pytest.raises(TahqiqError, match="no such file") as e:
        add_article(tmp_path / "missing.txt", "عنوان", "كاتب", root=project)
    assert "missing.txt" in str(e.value)
    assert _state(project) == state


def test_add_refuses_bad_arguments(project, tmp_path):
    state = _state(project)
    src = _write(tmp_path / "mine.txt", ARTICLE)
    with pytest.raises(TahqiqError, match="'salman-2025' is already taken"):
        add_article(src, "عنوان", "كاتب", slug="salman-2025", root=project)
    with pytest.raises(TahqiqError, match="lower-case ASCII"):
        add_article(src, "عنوان", "كاتب", slug="Bad Slug", root=project)
    with pytest.raises(TahqiqError, match="is not a date"):
        add_article(src, "عنوان", "كاتب", date="2024-13", root=project)
    with pytest.raises(TahqiqError, match="unknown form"):
        add_article(src, "عنوان", "كاتب", form="docx", root=project)
    assert _state(project) == state


@pytest.mark.parametrize("fail_at", [1, 2])
def test_add_leaves_nothing_behind_on_failure(project, tmp_path, monkeypatch, fail_at):
    """A failure writing the catalogue (1) or the annotation (2) undoes the raw copy and the catalogue."""
    state, works = _state(project), len(Catalogue(project))
    real = add_mod.write_atomic
    calls = []

    def failing(path, text):
        calls.append(path)
        if len(calls) == fail_at:
            raise OSError("disk full")
        real(path, text)

    monkeypatch.setattr(add_mod, "write_atomic", failing)
    with pytest.raises(OSError, match="disk full"):
        add_article(_write(tmp_path / "mine.txt", ARTICLE), "عنوان", "كاتب", root=project)
    assert _state(project) == state
    assert len(Catalogue(project)) == works


def test_add_keeps_a_curated_annotation(project, tmp_path):
    curated = project / "data" / "annotations" / "mine-2020.yml"
    curated.parent.mkdir(parents=True, exist_ok=True)
    curated.write_text("# curated\n", encoding="utf-8")
    add_article(_write(tmp_path / "mine.txt", ARTICLE), "عنوان", "كاتب", slug="mine-2020", root=project)
    assert curated.read_text(encoding="utf-8") == "# curated\n"


def test_slug_helpers(docs, catalogue):
    assert transliterate("محمود") == "mhmud"
    assert transliterate("سلمان") == "slman"
    assert transliterate("وليد") == "wlid"
    assert derive_slug("روى غني سلمان", "2025-06-30", {"slman-2025"}, 5) == "slman-2025-2"
    assert derive_slug("؟", None, set(), 7) == "article-007"
    assert derive_slug("؟", "2020", set(), 7, title_en="The Russian bear") == "russian-2020"
    for stem, doc in docs.items():  # the languages of every text as catalogued
        assert detect_languages(doc.raw) == doc.work.languages, stem


def test_add_bom_is_not_a_new_text_nor_part_of_the_title(project, tmp_path):
    """The same text with and without a UTF-8 BOM (or saved as UTF-16) is one work; a BOM pasted
    into a title is dropped."""
    plain = _write(tmp_path / "plain.txt", ARTICLE)
    work = add_article(plain, "\ufeffالتقارب الروسي الصيني", "\ufeffغزلان محمود", root=project)
    assert work.title["ar"] == "التقارب الروسي الصيني" and work.author["ar"] == "غزلان محمود"
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(ARTICLE.encode("utf-16"))
    for p in (with_bom, utf16):
        with pytest.raises(TahqiqError, match=rf"^{p}: the same text is already in the catalogue \(the same "
                                              rf"characters, saved with another byte-order mark or encoding\): "
                                              rf"{work.base_text}, witness A of work '{work.slug}'$"):
            add_article(p, "عنوان", "كاتب", root=project)


def test_add_reads_a_utf16_text(project, tmp_path):
    src = tmp_path / "utf16.txt"
    src.write_bytes(ARTICLE.encode("utf-16"))
    work = add_article(src, "التقارب", "كاتب", root=project, title_en="Rapprochement")
    doc = Catalogue(project).load(work.slug)
    assert doc.raw == ARTICLE and (project / "data" / "raw" / work.base_text).read_bytes() == src.read_bytes()
