"""A small Sphinx extension for the book (``sphinx.extra_extensions`` in ``_config.yml``).

1. sphinx-thebe adds its inline configuration script once per ``env-before-read-docs`` event, so a
   page can carry ``const THEBE_JS_URL = ...`` twice, which the browser reports as an error
   (``Identifier 'THEBE_JS_URL' has already been declared``). Identical scripts are kept once.
2. The two editions (:data:`tahqiq.book.build.LANGS`): each page of ``book/`` links at its top to
   its counterpart in the other edition (``book/X`` <-> ``ar/book/ar/X``; the Arabic HTML is
   published under ``ar/`` of the English one), labelled with the other edition's name from
   ``src/tahqiq/lang/ui.yml``. The Arabic edition's pages are ``<html lang="ar" dir="rtl">``:
   the theme writes ``lang`` from the ``language`` setting, this extension adds ``dir`` to every
   page it wrote when the build has finished.
3. The theme's chrome in the edition's language (:mod:`tahqiq.book.chrome`): a message catalogue
   behind Sphinx's own for the theme's templates, the search field's placeholder, the English the
   templates write without gettext, and the messages of Sphinx's search page.
"""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

EDITION_DIR = "ar"
RTL = ("ar",)


def _dedupe_scripts(app, pagename, templatename, context, doctree):
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, out = set(), []  # an inline script has filename None or "" depending on who added it
    for js in scripts:
        key = (str(getattr(js, "filename", js) or ""), repr(sorted(getattr(js, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            out.append(js)
    context["script_files"] = out


def counterpart(pagename: str, lang: str) -> str | None:
    """The relative URL of a page's counterpart in the other edition, or None for a page outside
    ``book/`` (the index, search, genindex)."""
    depth = pagename.count("/")
    if lang == EDITION_DIR:
        prefix = f"book/{EDITION_DIR}/"
        if not pagename.startswith(prefix):
            return None
        return "../" * (depth + 1) + "book/" + pagename[len(prefix):] + ".html"
    if not pagename.startswith("book/") or pagename.startswith(f"book/{EDITION_DIR}/"):
        return None
    return "../" * depth + f"{EDITION_DIR}/book/{EDITION_DIR}/" + pagename[len("book/"):] + ".html"


def edition_link(pagename: str, lang: str) -> str:
    """The HTML of the link to a page's counterpart ("العربية" on an English page, "English" on an
    Arabic one), or "" when it has none."""
    from .strings import text

    href = counterpart(pagename, lang)
    if href is None:
        return ""
    other = "en" if lang == EDITION_DIR else EDITION_DIR
    return (f'<p class="tahqiq-edition"><a class="tahqiq-edition-link" href="{_html.escape(href)}" '
            f'hreflang="{other}" lang="{other}" dir="{"rtl" if other in RTL else "ltr"}" '
            f'title="{_html.escape(text("edition.link_title", other))}">{_html.escape(text("edition.name", other))}</a></p>')


def localise_headerlinks(body: str, lang: str) -> str:
    """A page body with Sphinx's English hover text of heading links (``title="Link to this
    heading"``, which Sphinx's Arabic catalogue does not translate) in the edition's language."""
    from .strings import text

    if lang == "en":
        return body
    en, ours = text("sphinx.headerlink", "en"), text("sphinx.headerlink", lang)
    return body.replace(f'title="{_html.escape(en)}"', f'title="{_html.escape(ours)}"')


def _edition_link(app, pagename, templatename, context, doctree):
    lang = app.config.language or "en"
    if "body" in context:
        context["body"] = edition_link(pagename, lang) + localise_headerlinks(context["body"], lang)
    if lang != "en":
        from .chrome import search_bar_text

        context["theme_search_bar_text"] = search_bar_text(lang, context.get("theme_search_bar_text"))


def _chrome_catalogue(app, config):
    lang = config.language or "en"
    if lang != "en":
        from .chrome import install_catalogue

        install_catalogue(Path(app.doctreedir) / "tahqiq-locale", lang)


HTML_TAG = re.compile(r'<html([^>]*?) lang="([^"]+)"')


def set_direction(path: Path) -> bool:
    """Add ``dir="rtl"`` to a written page's ``<html lang="ar">`` tag (once); True if it changed."""
    text = path.read_text(encoding="utf-8")
    m = HTML_TAG.search(text)
    if not m or m.group(2) not in RTL or ' dir="' in text[m.start():text.index(">", m.start())]:
        return False
    path.write_text(text[:m.end()] + ' dir="rtl"' + text[m.end():], encoding="utf-8")
    return True


def localise_file(path: Path, lang: str) -> bool:
    """A written page's theme chrome in ``lang`` (:func:`tahqiq.book.chrome.localise_page`); True if it changed."""
    from .chrome import localise_page

    text = path.read_text(encoding="utf-8")
    out = localise_page(text, lang)
    if out != text:
        path.write_text(out, encoding="utf-8")
    return out != text


def _rtl_pages(app, exception):
    lang = app.config.language or "en"
    if exception is not None or lang == "en" or app.builder.format != "html":
        return
    from .chrome import localise_translations_js

    for page in Path(app.outdir).rglob("*.html"):
        localise_file(page, lang)
        if lang in RTL:
            set_direction(page)
    localise_translations_js(Path(app.outdir) / "_static" / "translations.js", lang)


def setup(app):
    app.connect("html-page-context", _dedupe_scripts, priority=900)
    app.connect("config-inited", _chrome_catalogue)
    app.connect("html-page-context", _edition_link, priority=900)
    app.connect("build-finished", _rtl_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
