"""The theme's chrome of the Arabic edition is Arabic (``tahqiq.book.chrome``, ``lang/chrome.yml``):
the sidebar, search, buttons, previous/next links and footer that Sphinx, the PyData theme and the
book theme write around a page. A two-page Sphinx book with the book theme is built in a
subprocess (Sphinx's translators are process-wide) in each language and its pages are read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tahqiq.book import chrome
from tahqiq.book.sphinxext import localise_file

ENGLISH_CHROME = ("Skip to main content", "Back to top", "Search this book", "Toggle primary sidebar",
                  "Toggle secondary sidebar", "Color mode", "System Settings", "Site navigation",
                  "Version warning", "previous page", "next page", "Copyright", 'aria-label="Main"',
                  "Light", "Dark")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|\$\{[A-Za-z]+\}|<a [^>]*>|</a>")

CONF = """
extensions = ["tahqiq.book.sphinxext"]
html_theme = "sphinx_book_theme"
html_theme_options = {{"search_bar_text": "Search this book..."}}
language = "{lang}"
copyright = "2026"
author = "x"
"""


def _build(tmp_path: Path, lang: str) -> Path:
    src, out = tmp_path / f"src-{lang}", tmp_path / f"out-{lang}"
    src.mkdir()
    (src / "conf.py").write_text(CONF.format(lang=lang), encoding="utf-8")
    (src / "index.rst").write_text("عنوان\n=====\n\nنص.\n\n.. toctree::\n\n   two\n", encoding="utf-8")
    (src / "two.rst").write_text("ثان\n===\n\nنص.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "sphinx", "-q", "-b", "html", str(src), str(out)],
                       capture_output=True, text=True, timeout=300)
    if r.returncode and "sphinx_book_theme" in r.stderr:
        pytest.skip("sphinx_book_theme is not installed")
    assert r.returncode == 0, r.stderr
    return out


def _chrome_text(page: str) -> str:
    """The visible text and the attribute values a reader meets (hover titles, labels, placeholders)."""
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page, flags=re.S)
    attrs = re.findall(r'(?:title|aria-label|placeholder|data-bs-title)="[^"]*"', page)
    return re.sub(r"<[^>]+>", "\n", page) + "\n" + "\n".join(attrs)


def test_every_entry_has_arabic_with_its_placeholders():
    for section in ("gettext", "literal", "search_bar", "js"):
        entries = chrome._section(section, "ar")
        assert entries, section
        for en, ar in entries.items():
            assert re.search(r"[\u0600-\u06FF]", ar), (section, en)
            assert sorted(PLACEHOLDER.findall(en)) == sorted(PLACEHOLDER.findall(ar)), (section, en)


def test_the_arabic_chrome_is_arabic_and_the_english_one_unchanged(tmp_path):
    ar = _build(tmp_path, "ar")
    for name in ("index.html", "two.html"):
        page = (ar / name).read_text(encoding="utf-8")
        seen = _chrome_text(page)
        left = [w for w in ENGLISH_CHROME if w in seen]
        assert not left, (name, left)
        for word in ("انتقل إلى المحتوى الرئيسي", "العودة إلى الأعلى", "ابحث في هذا الكتاب", "وضع الألوان",
                     "حقوق النشر", "إظهار الشريط الجانبي الرئيسي أو إخفاؤه"):
            assert word in page, (name, word)
        assert '<html lang="ar" dir="rtl"' in page
    assert "الصفحة التالية" in (ar / "index.html").read_text(encoding="utf-8")
    assert "الصفحة السابقة" in (ar / "two.html").read_text(encoding="utf-8")
    js = (ar / "_static" / "translations.js").read_text(encoding="utf-8")
    data = json.loads(re.search(r"addTranslations\((\{.*\})\)", js, re.S).group(1))
    assert data["messages"]["Searching"] == "جارٍ البحث"
    assert data["messages"]["Search"] == "بحث"  # Sphinx's own translation kept
    en = (_build(tmp_path, "en") / "index.html").read_text(encoding="utf-8")
    assert "Back to top" in en and "Toggle primary sidebar" in en and "Search this book..." in en
    assert "العودة إلى الأعلى" not in en


def test_literal_attributes_are_replaced_escaped_and_nothing_else(tmp_path, monkeypatch):
    monkeypatch.setattr(chrome, "literals", lambda lang: {"Toggle primary sidebar": '"><script>x</script>',
                                                          "Main": "فهرس"})
    page = tmp_path / "p.html"
    page.write_text('<button title="Toggle primary sidebar"></button><nav aria-label="Main"></nav>'
                    '<p>Main text: Toggle primary sidebar</p><a title="Main road">x</a>', encoding="utf-8")
    assert localise_file(page, "ar")
    out = page.read_text(encoding="utf-8")
    assert 'title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in out and "<script>" not in out
    assert 'aria-label="فهرس"' in out
    assert "<p>Main text: Toggle primary sidebar</p>" in out and 'title="Main road"' in out
    assert not localise_file(page, "ar")  # once


def test_search_messages_fill_only_the_empty_ones(tmp_path, monkeypatch):
    js = tmp_path / "translations.js"
    js.write_text('Documentation.addTranslations({"locale": "ar", "messages": {"Searching": "", '
                  '"Search": "\\u0628\\u062d\\u062b"}, "plural_expr": "n==1 ? 0 : 1"});\n', encoding="utf-8")
    monkeypatch.setattr(chrome, "js_messages", lambda lang: {"Searching": "</script><b>", "Search": "x", "Go": "اذهب"})
    assert chrome.localise_translations_js(js, "ar")
    text = js.read_text(encoding="utf-8")
    assert "</script>" not in text
    data = json.loads(re.search(r"addTranslations\((\{.*\})\)", text, re.S).group(1))
    assert data["messages"] == {"Searching": "</script><b>", "Search": "بحث", "Go": "اذهب"}
    assert data["plural_expr"] == "n==1 ? 0 : 1"
    assert not chrome.localise_translations_js(js, "ar")
    assert not chrome.localise_translations_js(tmp_path / "missing.js", "ar")


def test_the_arabic_config_names_the_author_in_arabic(tmp_path):
    import yaml

    from tahqiq.book.build import write_config

    (tmp_path / "_config.yml").write_text("title: x\nauthor: The tahqiq developers\nsphinx:\n  config:\n    language: en\n",
                                          encoding="utf-8")
    conf = yaml.safe_load(write_config(tmp_path, "ar").read_text(encoding="utf-8"))
    assert conf["author"] == "مطوّرو تحقيق" and conf["sphinx"]["config"]["language"] == "ar"
